import { useCounters } from '../../src/ui/settings/hooks';

/** Counts only: how often Second Look warned, held a post, and fixed a draft on this device. */
export function CountersCard() {
  const counters = useCounters();
  if (counters === 'loading') return null;
  const items = [
    { key: 'warningsShown', label: ['warning shown', 'warnings shown'], value: counters?.warningsShown ?? 0 },
    { key: 'postsHeld', label: ['post held', 'posts held'], value: counters?.postsHeld ?? 0 },
    { key: 'fixesApplied', label: ['fix applied', 'fixes applied'], value: counters?.fixesApplied ?? 0 },
  ];
  const since = counters ? new Date(counters.since).toLocaleDateString([], { month: 'short', day: 'numeric' }) : undefined;
  return (
    <section class="counters" aria-labelledby="counters-title">
      <h2 class="counters__title" id="counters-title">
        On this device{since ? ` since ${since}` : ''}
      </h2>
      <ul class="counters__list">
        {items.map((item) => (
          <li key={item.key} class="counters__item" data-counter={item.key}>
            <span class="counters__value">{item.value}</span> <span class="counters__label">{item.label[item.value === 1 ? 0 : 1]}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
