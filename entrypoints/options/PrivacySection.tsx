import { resetCounters } from '../../src/policy/counters';
import { useCounters } from '../../src/ui/settings/hooks';

/** What Second Look keeps, in plain words, and the counters with a reset. */
export function PrivacySection() {
  const counters = useCounters();
  const known = counters !== 'loading' && counters !== undefined ? counters : undefined;
  return (
    <section class="card" id="privacy" aria-labelledby="privacy-title">
      <h2 id="privacy-title">Privacy</h2>
      <ul class="privacy">
        <li>Drafts and images are checked in memory on this device. Nothing is sent anywhere: no telemetry, no cloud service.</li>
        <li>Nothing you write is stored. Second Look keeps only your settings, the time a pause ends, and three counts.</li>
        <li>Your organization can set policy, but cannot see your posts or these counts through Second Look.</li>
      </ul>
      <p data-counters>
        Counted on this device{known ? ` since ${new Date(known.since).toLocaleDateString()}` : ''}: {known?.warningsShown ?? 0} warnings shown,{' '}
        {known?.postsHeld ?? 0} posts held, {known?.fixesApplied ?? 0} fixes applied.{' '}
        <button type="button" class="sl-link" disabled={!known} onClick={() => void resetCounters()}>
          Reset counts
        </button>
      </p>
    </section>
  );
}
