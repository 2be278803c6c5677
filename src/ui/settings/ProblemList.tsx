import type { PolicyProblem } from '../../policy';

/**
 * Values that could not be used, in the words read-source.ts chose ("Your organization's policy
 * sets actions.high to "Block", which is not ..."). Shown, never hidden: an admin's typo must be
 * visible on the first staff machine that gets it.
 */
export function ProblemList({ problems }: { problems: readonly PolicyProblem[] }) {
  if (problems.length === 0) return null;
  const managed = problems.some((p) => p.source === 'managed');
  return (
    <section class="sl-callout sl-callout--warn" role="status" aria-labelledby="problems-title" data-problems={problems.length}>
      <h2 class="sl-callout__title" id="problems-title">
        {managed ? 'Some of your organization\u2019s settings could not be used' : 'Some saved settings could not be used'}
      </h2>
      <ul class="sl-callout__list">
        {problems.map((p) => (
          <li key={`${p.source}:${p.field}`} data-problem={p.field} data-source={p.source}>
            {p.message}
          </li>
        ))}
      </ul>
      <p class="sl-callout__hint">
        {managed
          ? 'Until it is fixed, Second Look uses the strictest choice for each of these. Let your IT team know: chrome://policy shows what the browser received.'
          : 'Defaults are used instead.'}
      </p>
    </section>
  );
}
