import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Analyzer, CheckContext } from '../../../src/content/check-draft';
import { decidePost } from '../../../src/content/submit-guard';
import { TIMEOUT_RETRY_DELAYS_MS } from '../../../src/content/timeout-retries';
import { analyze, AnalyzeTimeout, WARM_UP_DRAFT } from '../../../src/engine';
import { DEFAULT_POLICY } from '../../../src/policy';
import type { ComposerSpec } from '../../../src/sites';

/**
 * A check that runs past its budget (the first one on a cold engine, on a busy machine) is run
 * again shortly, a bounded number of times, and never left "unchecked" until the next edit; Post
 * stays held meanwhile. The session runs here on a stand-in textarea and an engine whose first
 * calls are slow on a fake clock: no real time is measured.
 */

/** Just enough of a textarea for the session: its value, events, and being in the page. */
class FakeTextarea extends EventTarget {
  value = '';
  readonly isConnected = true;
  readonly parentElement = null;
}

const PHI = 'Pt in room 612 turned 97 today';
const BENIGN = 'Happy Nurses Week 4 West!';
const SPEC: ComposerSpec = { name: 'test-box', kind: 'textarea', editor: 'textarea', scope: 'form' };
/** What a cold engine's first check costs here: well past the budget. */
const COLD_MS = 2_000;

/**
 * The engine, slow for its first `slowCalls` calls: like the real one, it stops at the caller's
 * deadline (AnalyzeTimeout); a warm call gives the real engine's findings.
 */
function engine(slowCalls: number) {
  const texts: string[] = [];
  const analyzer: Analyzer = (text, options) => {
    texts.push(text);
    if (texts.length <= slowCalls && performance.now() + COLD_MS > options.deadline!) throw new AnalyzeTimeout('past the deadline');
    return analyze(text, { ...options, deadline: undefined });
  };
  return { analyzer, texts };
}

let ComposerSession: typeof import('../../../src/content/composer-session').ComposerSession;
let TYPING_PAUSE_MS: number;

beforeAll(async () => {
  vi.stubGlobal('HTMLTextAreaElement', FakeTextarea);
  vi.stubGlobal('HTMLInputElement', class {});
  vi.stubGlobal('MutationObserver', class { observe() {} disconnect() {} });
  ({ ComposerSession, TYPING_PAUSE_MS } = await import('../../../src/content/composer-session'));
  analyze(WARM_UP_DRAFT); // the real engine's own start-up, outside the fake clock
});

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'performance'] });
  vi.spyOn(console, 'warn').mockImplementation(() => {});
});
afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

/** A session on a box holding `text`, checked with `analyzer`; `updates` counts what the panel was told. */
function session(text: string, analyzer: Analyzer, override: Partial<CheckContext> = {}) {
  const box = new FakeTextarea();
  box.value = text;
  let updates = 0;
  const s = new ComposerSession(box as unknown as HTMLElement, SPEC, {
    checkContext: () => ({ policy: DEFAULT_POLICY, analyze: analyzer, failClosed: 'confirm', ...override }),
    update: () => updates++,
  });
  const type = (next: string) => {
    box.value = next;
    box.dispatchEvent(new Event('input'));
  };
  return { s, type, updates: () => updates };
}

const post = (check: NonNullable<InstanceType<typeof ComposerSession>['check']>) => decidePost({ checks: [check], confirmed: [false], starting: false, reading: false });

describe('a check that runs past its budget', () => {
  it('says the draft is still being checked, holds Post, and shows the verdict once the engine is warm', () => {
    const { analyzer, texts } = engine(1);
    const { s, updates } = session(PHI, analyzer);
    vi.advanceTimersByTime(0);
    expect(s.check).toMatchObject({ unchecked: 'timeout', retrying: true, findings: [] });
    expect(post(s.check!)).toEqual({ kind: 'hold', action: 'confirm' });
    expect(updates()).toBe(1);

    vi.advanceTimersByTime(TIMEOUT_RETRY_DELAYS_MS[0]! - 1);
    expect(texts).toHaveLength(1);
    vi.advanceTimersByTime(1);
    expect(texts).toEqual([PHI, PHI]);
    expect(s.check!.unchecked).toBeUndefined();
    expect(s.check!.retrying).toBeUndefined();
    expect(s.check!.findings.map((f) => f.rule)).toContain('phi.room');
    expect(updates()).toBe(2);
    // Checked: nothing more runs until the draft changes.
    vi.advanceTimersByTime(60_000);
    expect(texts).toHaveLength(2);
  });

  it('an ordinary post that timed out goes through once the retry has checked it', () => {
    const { analyzer } = engine(1);
    const { s } = session(BENIGN, analyzer);
    vi.advanceTimersByTime(0);
    expect(post(s.check!)).not.toEqual({ kind: 'post' });
    vi.advanceTimersByTime(TIMEOUT_RETRY_DELAYS_MS[0]!);
    expect(s.check).toMatchObject({ verdict: 'ok', action: 'none', findings: [] });
    expect(s.check!.unchecked).toBeUndefined();
    expect(post(s.check!)).toEqual({ kind: 'post' });
  });

  it('that keeps running past it is tried a bounded number of times, then stays held as "could not check"; Post checks it again', () => {
    const { analyzer, texts } = engine(Infinity);
    const { s } = session(PHI, analyzer);
    vi.advanceTimersByTime(0);
    for (const delay of TIMEOUT_RETRY_DELAYS_MS) {
      expect(s.check!.retrying).toBe(true);
      vi.advanceTimersByTime(delay);
    }
    expect(texts).toHaveLength(1 + TIMEOUT_RETRY_DELAYS_MS.length);
    expect(s.check).toMatchObject({ unchecked: 'timeout', findings: [] });
    expect(s.check!.retrying).toBeUndefined();
    expect(post(s.check!)).toEqual({ kind: 'hold', action: 'confirm' });
    vi.advanceTimersByTime(60_000);
    expect(texts).toHaveLength(1 + TIMEOUT_RETRY_DELAYS_MS.length);
    // Pressing Post checks the draft as it is now (submit-guard.ts): the way to try again.
    expect(s.checkNow().unchecked).toBe('timeout');
    expect(texts).toHaveLength(2 + TIMEOUT_RETRY_DELAYS_MS.length);
    vi.advanceTimersByTime(60_000);
    expect(texts).toHaveLength(2 + TIMEOUT_RETRY_DELAYS_MS.length);
  });
});

describe('what is not retried', () => {
  it('a check that finishes in time schedules nothing', () => {
    const { analyzer, texts } = engine(0);
    const { s } = session(PHI, analyzer);
    vi.advanceTimersByTime(0);
    expect(s.check!.retrying).toBeUndefined();
    expect(s.check!.verdict).toBe('high');
    vi.advanceTimersByTime(60_000);
    expect(texts).toHaveLength(1);
  });

  it('an engine that throws is held as an error, not run again on its own', () => {
    const texts: string[] = [];
    const throws: Analyzer = (text) => {
      texts.push(text);
      throw new RangeError('Maximum call stack size exceeded');
    };
    const { s } = session(PHI, throws);
    vi.advanceTimersByTime(0);
    expect(s.check).toMatchObject({ unchecked: 'error' });
    expect(s.check!.retrying).toBeUndefined();
    vi.advanceTimersByTime(60_000);
    expect(texts).toHaveLength(1);
  });

  it('an edit drops the pending retry: the new text waits for the typing pause, and gets its own tries', () => {
    const { analyzer, texts } = engine(Infinity);
    const { s, type } = session(PHI, analyzer);
    vi.advanceTimersByTime(0);
    expect(s.check!.retrying).toBe(true);
    // Typed just before the retry was due: the retry must not check the new text ahead of the pause.
    vi.advanceTimersByTime(TIMEOUT_RETRY_DELAYS_MS[0]! - 10);
    type(BENIGN);
    vi.advanceTimersByTime(TYPING_PAUSE_MS - 1);
    expect(texts).toEqual([PHI]);
    // The old draft is never checked again; the new one gets the pause's check and its own tries.
    vi.advanceTimersByTime(60_000);
    expect(texts).toEqual([PHI, ...Array(1 + TIMEOUT_RETRY_DELAYS_MS.length).fill(BENIGN)]);
    expect(s.check).toMatchObject({ text: BENIGN, unchecked: 'timeout' });
    expect(s.check!.retrying).toBeUndefined();
  });

  it('a disposed composer is not checked again', () => {
    const { analyzer, texts } = engine(Infinity);
    const { s } = session(PHI, analyzer);
    vi.advanceTimersByTime(0);
    s.dispose();
    vi.advanceTimersByTime(60_000);
    expect(texts).toHaveLength(1);
  });
});
