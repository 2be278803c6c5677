/**
 * Scanning long drafts without trying every regex at every character: prefixes.ts reads where a
 * regex's matches start, word-index.ts indexes one draft's words, scan.ts holds the strategies,
 * and scope.ts ties each draft's indexes to its Doc.
 */
export { anchorPrefixes, DIGITS } from './prefixes';
export { digitRuns, placesFitting, type DigitRun } from './digit-runs';
export { anchoredMatches, declarePhrases, matchesBeforeInnerDigits, matchesBeforeWords, matchesInRuns, matchesInSlice, matchesInWindow, matchesNearChar, mayMatchInSlice, useAnchors } from './scan';
export { inScanScope, newScanState, type ScanState } from './scope';
