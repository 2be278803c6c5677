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
