import type { Doc } from '../doc';
import type { Candidate, CustomRecognizer } from '../recognizer';
import { matchesBeforeInnerDigits } from '../anchors';
import { matchesIn } from '../words';
import { ibanLength, passesIbanChecksum } from '../validators/iban';

/**
 * A country code and two check digits, then up to 30 letters and digits, written solid or in
 * groups ("GB82 WEST 1234 5698 7654 32"). Each step takes one character, after at most one
 * separator, so a run is read one way only.
 */
const CANDIDATE = /(?<![A-Za-z0-9])[A-Za-z]{2}\d{2}(?:[ -]?[A-Za-z0-9]){11,30}/g;

/** Matches of CANDIDATE, exactly those of a scan. */
export function ibanCandidates(text: string): RegExpExecArray[] {
  return matchesBeforeInnerDigits(CANDIDATE, text, 2) ?? matchesIn(CANDIDATE, text);
}

/**
 * International bank account numbers (Safe Harbor J). Written in groups, a candidate runs on into
 * the next word ("… 7654 32 for rent"), so it is cut at its country's IBAN length and then must
 * pass the mod-97 check: a valid IBAN is an account number whoever wrote it.
 */
export const iban: CustomRecognizer = {
  kind: 'custom',
  id: 'iban',
  rule: 'phi.account',
  find(doc: Doc): Candidate[] {
    const out: Candidate[] = [];
    // Two letters, then a digit inside the same run of \w: only those places are tried in a long draft.
    for (const m of ibanCandidates(doc.text)) {
      const length = ibanLength(m[0].slice(0, 2));
      if (!length) continue;
      let taken = 0;
      let end = m.index;
      let compact = '';
      for (const ch of m[0]) {
        end++;
        if (ch === ' ' || ch === '-') continue;
        compact += ch;
        if (++taken === length) break;
      }
      if (taken < length || !passesIbanChecksum(compact)) continue;
      // The cut must fall between words: "GB82WEST12345698765432XYZ" is not this IBAN.
      if (/[A-Za-z0-9]/.test(doc.text[end] ?? '')) continue;
      out.push({
        rule: 'phi.account',
        start: m.index,
        end,
        score: 1,
        recognizer: 'iban',
        pattern: 'iban',
        validator: 'valid',
        context: [],
        tie: 'inherent',
      });
    }
    return out;
  },
};
