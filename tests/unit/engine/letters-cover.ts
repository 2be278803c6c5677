import { RegExpParser, type AST } from '@eslint-community/regexpp';

/**
 * Whether every match of `re` holds one of `letters` (lowercase), judged from the regex itself:
 * each way through it must pass a run of literal characters that spells one of them. Conservative:
 * a way it cannot prove (a class, an optional part, a lookaround) counts as one that avoids them.
 * Returns the alternatives it could not prove, empty when all are.
 */
export function uncoveredAlternatives(re: RegExp, letters: readonly string[]): string[] {
  const ast = new RegExpParser({ ecmaVersion: 2025 }).parsePattern(re.source, 0, re.source.length, { unicode: re.flags.includes('u') });
  const lower = letters.map((l) => l.toLowerCase());
  const spells = (run: string) => lower.some((l) => run.toLowerCase().includes(l));
  // `before`: the literal characters just before the alternative, so "p(?:eople|atient)" spells "people".
  const covered = (alt: AST.Alternative, before = ''): boolean => {
    let run = before;
    for (const e of alt.elements) {
      if (e.type === 'Character') {
        run += String.fromCodePoint(e.value);
        if (spells(run)) return true;
        continue;
      }
      if ((e.type === 'Group' || e.type === 'CapturingGroup') && e.alternatives.every((a) => covered(a, run))) return true;
      if (e.type === 'Quantifier' && e.min >= 1 && (e.element.type === 'Group' || e.element.type === 'CapturingGroup') && e.element.alternatives.every((a) => covered(a))) return true;
      run = '';
    }
    return false;
  };
  return ast.alternatives.filter((a) => !covered(a)).map((a) => a.raw);
}

/**
 * As uncoveredAlternatives, for letter ways (src/engine/letters.ts LetterWays): an alternative is
 * proved when, for one of the ways, each of its lists is spelled on every way through it.
 */
export function uncoveredByWays(re: RegExp, ways: readonly (readonly (readonly string[])[])[]): string[] {
  const uncovered = ways.map((way) => way.map((letters) => new Set(uncoveredAlternatives(re, letters))));
  const all = uncoveredAlternatives(re, []);
  return all.filter((alt) => !uncovered.some((way) => way.every((missed) => !missed.has(alt))));
}
