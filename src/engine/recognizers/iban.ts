import type { Doc } from '../doc';
import type { Candidate, CustomRecognizer } from '../recognizer';
import { matchesIn } from '../words';
import { ibanLength, passesIbanChecksum } from '../validators/iban';

/**
 * A country code and two check digits, then up to 30 letters and digits, written solid or in
 * groups ("GB82 WEST 1234 5698 7654 32"). Each step takes one character, after at most one
 * separator, so a run is read one way only.
 */
const CANDIDATE = /(?<![A-Za-z0-9])[A-Za-z]{2}\d{2}(?:[ -]?[A-Za-z0-9]){11,30}/g;

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
    for (const m of matchesIn(CANDIDATE, doc.text)) {
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
