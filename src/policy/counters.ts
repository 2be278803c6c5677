import { browser } from 'wxt/browser';
import { z } from 'zod';

/**
 * How often Second Look helped, on this device: counts only. No text, rule, site or time of a
 * single event is kept, so the counters cannot say what anyone wrote (docs/architecture.md, Guarantees).
 */
export const COUNTERS_KEY = 'counters';

/** What the content script reports, one call per event. */
export const CounterEventSchema = z.enum(['warningShown', 'postHeld', 'fixApplied']);
export type CounterEvent = z.infer<typeof CounterEventSchema>;

const Count = z.number().int().nonnegative();
export const CountersSchema = z.object({
  warningsShown: Count,
  postsHeld: Count,
  fixesApplied: Count,
  /** When counting started (first event after install or a reset), ms since the epoch. */
  since: z.number().int().positive(),
});
export type Counters = z.infer<typeof CountersSchema>;

const FIELD: Record<CounterEvent, keyof Omit<Counters, 'since'>> = {
  warningShown: 'warningsShown',
  postHeld: 'postsHeld',
  fixApplied: 'fixesApplied',
};

/** Stored counters, or undefined when nothing was counted yet or the value is unreadable. */
export function parseCounters(raw: unknown): Counters | undefined {
  const parsed = CountersSchema.safeParse(raw);
  return parsed.success ? parsed.data : undefined;
}

export async function readCounters(): Promise<Counters | undefined> {
  return parseCounters((await browser.storage.local.get(COUNTERS_KEY))[COUNTERS_KEY]);
}

// Read-modify-write calls from one page run one after another, so quick events are never lost.
// Two tabs counting in the same millisecond could still drop one: a count, not an audit log.
let queue: Promise<void> = Promise.resolve();

/**
 * Adds one to a counter. For the content script: `warningShown` when a draft's warning panel
 * first appears, `postHeld` each time Post is intercepted (confirm or block), `fixApplied` each
 * time a one-click fix (Redact) is applied. Never throws; an unknown event is ignored.
 */
export function countEvent(event: CounterEvent): Promise<void> {
  const parsed = CounterEventSchema.safeParse(event);
  if (!parsed.success) return queue;
  const field = FIELD[parsed.data];
  queue = queue
    .then(async () => {
      const now = Date.now();
      const current = (await readCounters()) ?? { warningsShown: 0, postsHeld: 0, fixesApplied: 0, since: now };
      await browser.storage.local.set({ [COUNTERS_KEY]: { ...current, [field]: current[field] + 1 } });
    })
    .catch(() => undefined);
  return queue;
}

export async function resetCounters(): Promise<void> {
  await browser.storage.local.remove(COUNTERS_KEY);
}

/** Calls `onChange` with the counters now and after every change. */
export function watchCounters(onChange: (counters: Counters | undefined) => void, signal: AbortSignal): void {
  const refresh = async () => {
    const counters = await readCounters().catch(() => undefined);
    if (!signal.aborted) onChange(counters);
  };
  const listener = (changes: Record<string, unknown>, area: string) => {
    if (area === 'local' && COUNTERS_KEY in changes) void refresh();
  };
  browser.storage.onChanged.addListener(listener);
  signal.addEventListener('abort', () => browser.storage.onChanged.removeListener(listener));
  void refresh();
}
