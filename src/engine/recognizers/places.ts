import { tieOf, type Doc } from '../doc';
import type { Candidate, CustomRecognizer } from '../recognizer';
import { matchesIn } from '../words';
import { NOT_PLACES } from '../vocab/story';
import { NOT_STREET_WORDS } from '../vocab/address';

/**
 * Places without a house number, tied to a patient: "from Elk Grove", "at the Kroger on Main St",
 * "the Oak St shelter", "on Route 17". Safe Harbor counts any geographic subdivision smaller than a
 * state, but towns and streets are everyday words in posts ("our new clinic on Main St"), so they
 * are reported only when a patient is referenced nearby, never for a mere person or nobody.
 */
// Not after a house number: "100 Main Street" is the full address recognizer's.
const STREET = /(?<!\d\s)\b(?:[A-Z][a-z]+\s){1,3}(?:St|Street|Ave|Avenue|Rd|Road|Blvd|Boulevard|Lane|Ln|Dr|Drive|Hwy|Highway|Pkwy|Parkway|Pike|Ct|Court|Way|Pl|Place|Ter|Terrace|Cir|Circle|Trail|Close)\b\.?(?!\s[A-Z][a-z])/g;
const ROUTE = /\b(?:Route|Rte|Hwy|Highway|Interstate|I-|US|SR|County Road|CR)\s?-?\d{1,3}\b/g;
/** "from Elk Grove", "in Lancaster": one or two capitalised words after from/in/near. */
const TOWN = /\b(?:from|in|near|outside)\s+((?:[A-Z][a-z]{2,})(?:\s[A-Z][a-z]{2,})?)\b(?!\s(?:St|Street|Ave|Rd|Road|Hospital|Medical|Clinic|Center|Centre|University|High|School|County))/g;

/** Patient tie within this many words: a town two sentences away is someone else's. */
const PLACE_TIE_WORDS = 10;

export const places: CustomRecognizer = {
  kind: 'custom',
  id: 'named-place',
  rule: 'phi.location',
  find(doc: Doc): Candidate[] {
    const out: Candidate[] = [];
    const strict = doc.options.sensitivity === 'strict';
    const consider = (start: number, end: number, pattern: string, score: number) => {
      const { tie, cues } = tieOf(doc, start, end, PLACE_TIE_WORDS);
      if (tie === 'patient') out.push({ rule: 'phi.location', start, end, score, recognizer: 'named-place', pattern, context: cues, tie, severity: 'high' });
      else if (strict && pattern !== 'town') out.push({ rule: 'phi.location', start, end, score, recognizer: 'named-place', pattern, context: cues, tie, severity: 'medium' });
    };
    for (const m of matchesIn(STREET, doc.text)) consider(m.index, m.index + m[0].length, 'street name', 0.8);
    for (const m of matchesIn(ROUTE, doc.text)) consider(m.index, m.index + m[0].length, 'route', 0.8);
    for (const m of matchesIn(TOWN, doc.text)) {
      const town = m[1]!;
      if (NOT_PLACES.has(town.split(' ')[0]!) || NOT_STREET_WORDS.has(town.split(' ')[0]!.toLowerCase())) continue;
      const start = m.index + m[0].length - town.length;
      consider(start, start + town.length, 'town', 0.7);
    }
    return out;
  },
};
