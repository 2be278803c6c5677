/**
 * `npm run lint`: every regex literal in src/engine must run in linear time on any input. A draft
 * is whatever a user pastes, and the engine runs on the page's main thread: one regex that
 * backtracks on 63,000 copies of a character freezes the tab for seconds. eslint-plugin-regexp
 * proves most of it statically; tests/unit/engine/linear-regexes.test.ts applies the same rules
 * (and recheck) to the regexes the engine builds at run time, which a linter cannot see.
 *
 * Lives in tests/ to keep the top level small (docs/architecture.md) (`eslint -c tests/eslint.config.ts`).
 */
import tsParser from '@typescript-eslint/parser';
import type { Linter } from 'eslint';
import regexp from 'eslint-plugin-regexp';

/** The rules that keep a regex linear, and a few that catch regexes that cannot do what they say. */
export const LINEAR_REGEX_RULES: Linter.RulesRecord = {
  // Quantifiers that can exchange characters ("\s*(?:x)?\s*", "(?:\w+\s?)+"): polynomial or
  // exponential backtracking within one attempt.
  'regexp/no-super-linear-backtracking': ['error', { report: 'potential' }],
  // A quantifier that runs to the end of a flood and then fails, tried again at every position of
  // the flood ("\s+x" on 63,000 spaces): quadratic. Fragments reused in other regexes are judged
  // where they end up, in linear-regexes.test.ts.
  'regexp/no-super-linear-move': ['error', { ignoreSticky: true, ignorePartial: true, report: 'potential' }],
  'regexp/no-trivially-nested-quantifier': 'error',
  'regexp/no-misleading-capturing-group': 'error',
  'regexp/no-optional-assertion': 'error',
  'regexp/no-lazy-ends': 'error',
  'regexp/no-useless-quantifier': 'error',
  'regexp/no-zero-quantifier': 'error',
  'regexp/no-empty-alternative': 'error',
  'regexp/no-empty-lookarounds-assertion': 'error',
  'regexp/no-invalid-regexp': 'error',
};

export default [
  {
    files: ['src/engine/**/*.ts'],
    languageOptions: { parser: tsParser },
    plugins: { regexp },
    rules: LINEAR_REGEX_RULES,
  },
] satisfies Linter.Config[];
