/**
 * V8 compiles a regex to bytecode the first time it runs, interprets it, and compiles it again to
 * machine code once it runs a second time; run first on a subject of 1,000 characters or more, it
 * goes to machine code at once. Every engine regex runs on every draft, so the bytecode step is
 * wasted work, and for the large phrase regexes it is the slow one: it was half of the first
 * check's time in a fresh page (Node: 106 -> 49 ms for the first analyze, 38 -> 6 ms for the
 * second). Matching is unchanged; only when the compiling happens.
 *
 * Only the code for one-byte (Latin-1) subjects is compiled here. Compiling the two-byte code too
 * (for drafts with a curly quote or an emoji) made the first analyze 74 -> 105-130 ms and the
 * second 4 -> 7 ms, and gains only where this process has room left in V8's regexp-code budget (the
 * bench's posts-then-draft order: 63k 72 -> 61 ms); a busy page has none (docs/architecture.md,
 * "Engine time"), so the long-draft scans avoid depending on optimized code instead (anchors/).
 */
const LONG_SUBJECT = ' '.repeat(1_000);
const compiled = new WeakSet<RegExp>();

/** `re`, compiled to machine code on its first use (global or sticky regexes: one attempt, at the end). */
export function compiledNatively(re: RegExp): RegExp {
  if (compiled.has(re)) return re;
  compiled.add(re);
  if (!re.global && !re.sticky) return re;
  const last = re.lastIndex;
  // From the subject's last character: the regex is compiled for a long subject but tried only there.
  re.lastIndex = LONG_SUBJECT.length - 1;
  re.exec(LONG_SUBJECT);
  re.lastIndex = last;
  return re;
}
