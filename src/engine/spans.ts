/**
 * A set of non-overlapping [start, end) spans with O(log n) overlap checks. Recognizers and the
 * overlap resolution claim text with it, so a draft with thousands of findings stays linearithmic.
 */
export class SpanSet {
  private starts: number[] = [];
  private ends: number[] = [];

  /** True if [start, end) overlaps a span already in the set. */
  overlaps(start: number, end: number): boolean {
    const i = this.indexAfter(start);
    // Only the span starting before `start` and the first one starting after it can overlap.
    if (i > 0 && this.ends[i - 1]! > start) return true;
    return i < this.starts.length && this.starts[i]! < end;
  }

  /** Adds [start, end) if it overlaps nothing; returns whether it was added. */
  claim(start: number, end: number): boolean {
    const n = this.starts.length;
    // Spans mostly arrive in text order: appending needs no search and no shift.
    if (n === 0 || (start >= this.ends[n - 1]! && start > this.starts[n - 1]!)) {
      this.starts.push(start);
      this.ends.push(end);
      return true;
    }
    if (this.overlaps(start, end)) return false;
    const i = this.indexAfter(start);
    this.starts.splice(i, 0, start);
    this.ends.splice(i, 0, end);
    return true;
  }

  /** Index of the first span starting after `x`. */
  private indexAfter(x: number): number {
    let lo = 0;
    let hi = this.starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.starts[mid]! <= x) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}

/**
 * Claims that arrive in any order (by severity, by points) over a known stretch [from, to): each
 * character is marked once, so a claim costs its length, not the number of spans already claimed
 * (a SpanSet shifts its arrays on every claim out of text order). An empty span is refused
 * inside a claimed one and marks nothing.
 */
export class Coverage {
  private readonly marks: Uint8Array;

  constructor(
    private readonly from: number,
    to: number,
  ) {
    this.marks = new Uint8Array(Math.max(0, to - from));
  }

  /** Marks [start, end) if none of it is marked yet; returns whether it was. */
  claim(start: number, end: number): boolean {
    const a = start - this.from;
    const b = end - this.from;
    if (a === b) return !this.marks[a];
    for (let i = a; i < b; i++) if (this.marks[i]) return false;
    this.marks.fill(1, a, b);
    return true;
  }
}

/** The members of `ranked` that overlap no earlier one in `ranked` order, in that order. */
export function firstClaims<T extends { start: number; end: number }>(ranked: readonly T[]): T[] {
  if (!ranked.length) return [];
  let from = Infinity;
  let to = -Infinity;
  for (const s of ranked) {
    from = Math.min(from, s.start);
    to = Math.max(to, s.end);
  }
  const coverage = new Coverage(from, to);
  return ranked.filter((s) => coverage.claim(s.start, s.end));
}
