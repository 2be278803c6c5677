import { tieOf, type Doc } from '../doc';
import type { Candidate, CustomRecognizer } from '../recognizer';
import { matchesIn } from '../words';
import { matchesBeforeWords } from '../anchors';
import { NOT_PLACES } from '../vocab/story';
import { NOT_STREET_WORDS } from '../vocab/address';

/**
 * Places without a house number, tied to a patient: "from Elk Grove", "at the Kroger on Main St",
 * "the Oak St shelter", "on Route 17". Safe Harbor counts any geographic subdivision smaller than a
 * state, but towns and streets are everyday words in posts ("our new clinic on Main St"), so they
 * are reported only when a patient is referenced nearby, never for a mere person or nobody.
 */
// Not after a house number: "100 Main Street" is the full address recognizer's.
export const STREET_SUFFIXES = ['St', 'Street', 'Ave', 'Avenue', 'Rd', 'Road', 'Blvd', 'Boulevard', 'Lane', 'Ln', 'Dr', 'Drive', 'Hwy', 'Highway', 'Pkwy', 'Parkway', 'Pike', 'Ct', 'Court', 'Way', 'Pl', 'Place', 'Ter', 'Terrace', 'Cir', 'Circle', 'Trail', 'Close'];
export const STREET = new RegExp(String.raw`(?<!\d\s)\b(?:[A-Z][a-z]+\s){1,3}(?:${STREET_SUFFIXES.join('|')})\b\.?(?!\s[A-Z][a-z])`, 'g');
/**
 * Matches of STREET. Its words start at any capital, so no first word narrows where it starts, and
 * tried at every capitalised word of a long draft it costs more than any other PHI regex there
 * once V8 stops optimizing regexes (a busy page). Every match is one to three runs of letters, each
 * followed by one space, then a suffix that is a whole run (a boundary after it): it is tried only
 * at the three runs before each suffix.
 */
export function streetNames(text: string): RegExpExecArray[] {
  return matchesBeforeWords(STREET, text, SUFFIX_WORDS, 3) ?? matchesIn(STREET, text);
}
const SUFFIX_WORDS = STREET_SUFFIXES.map((w) => w.toLowerCase());
const ROUTE = /\b(?:Route|Rte|Hwy|Highway|Interstate|I-|US|SR|County Road|CR)\s?-?\d{1,3}\b/g;
/** "from Elk Grove", "in Lancaster": one or two capitalised words after from/in/near. */
const TOWN = /\b(?:from|in|near|outside)\s+((?:[A-Z][a-z]{2,})(?:\s[A-Z][a-z]{2,})?)\b(?!\s(?:St|Street|Ave|Rd|Road|Hospital|Medical|Clinic|Center|Centre|University|High|School|County))/g;

/**
 * A home described in words, as neighbours and crews know it: "the blue house on Maple", "lives
 * off Miller Road", "the apartments above the laundromat", "the trailer behind the Dollar General".
 * No number, often no street suffix, yet the town knows whose home it is. A home word (or "lives"),
 * a word that places it, then a street's name or a landmark.
 */
const HOME = String.raw`(?:house|home|apartment|apartments|apt|flat|trailer|cabin|farm|farmhouse|duplex|condo|bungalow|townhouse|mobile\s+home|shack|lives|living|lived)`;
const HOME_LANDMARK = String.raw`(?:post\s+office|fire\s+station|fire\s+hall|gas\s+station|police\s+station|church|chapel|mosque|synagogue|temple|school|library|park|laundromat|bar|pub|tavern|diner|restaurant|cafe|store|grocery|supermarket|mall|bank|pharmacy|cemetery|graveyard|bridge|tracks|railroad|river|creek|lake|pond|dam|mill|factory|plant|quarry|shelter|motel|hotel|bakery|barbershop|salon|pizza\s+place|pizzeria|car\s+wash|garage|hardware\s+store|dollar\s+store|liquor\s+store|bowling\s+alley|elementary|high\s+school|middle\s+school|stadium|fairgrounds|marina|water\s+tower|(?:[a-z]{3,15}\s)?(?:shop|shops|stand|club|hall|yard|center|centre)|[A-Z][A-Za-z'’&-]{1,20}(?:\s[A-Z][A-Za-z'’&-]{1,20}){0,2})`;
const HOME_IN_WORDS = new RegExp(
  String.raw`\b${HOME}\s+(?:(?:on|off)\s+(?<street>[A-Z][a-z]{2,20}(?:\s[A-Z][a-z]{2,20})?)|(?:next\s+to|across\s+from|behind|opposite|above|beside|over)\s+the\s+(?:(?:old|big|little|new|abandoned|closed)\s+)?(?<landmark>${HOME_LANDMARK}))\b`,
  'g',
);
/** Capitalised words after "lives on" or "home on" that are no street: "living on Social Security", "home on Easter". */
const NOT_HOME_STREET = new Set(['Medicare', 'Medicaid', 'Social', 'SSI', 'SSDI', 'Disability', 'Welfare', 'Ensure', 'Red', 'Monster', 'Coke', 'Pepsi', 'Diet', 'Mountain', 'Easter', 'Memorial', 'Labor', 'Labour', 'Independence', 'Valentine', "Valentine's", 'Mother', "Mother's", 'Father', "Father's", 'New', 'Boxing', 'Good', 'Hanukkah', 'Diwali', 'Eid', 'Passover', 'Ramadan', 'Hospice', 'Oxygen', 'Dialysis', 'Tylenol', 'Netflix', 'Facebook', 'Instagram', 'TikTok', 'Twitter', 'Zoom', 'Call', 'Leave', 'Earth', 'Mars', 'Planet', 'Campus', 'Base', 'Post']);

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
    for (const m of streetNames(doc.text)) consider(m.index, m.index + m[0].length, 'street name', 0.8);
    for (const m of matchesIn(ROUTE, doc.text)) consider(m.index, m.index + m[0].length, 'route', 0.8);
    for (const m of matchesIn(HOME_IN_WORDS, doc.text)) {
      const named = m.groups!.street ?? m.groups!.landmark!;
      const first = named.split(/\s+/)[0]!;
      if (NOT_PLACES.has(first) || NOT_STREET_WORDS.has(first.toLowerCase()) || NOT_HOME_STREET.has(first)) continue;
      // Only the home and where it is: "lives" is how the post says it, not part of the place.
      const start = /^(?:lives|living|lived)\b/.test(m[0]) ? m.index + m[0].search(/\s/) + 1 : m.index;
      const end = m.index + m[0].length;
      const { tie, cues } = tieOf(doc, start, end, PLACE_TIE_WORDS);
      if (tie === 'patient') out.push({ rule: 'phi.location', start, end, score: 0.8, recognizer: 'named-place', pattern: 'home in words', context: cues, tie, severity: 'high' });
    }
    for (const m of matchesIn(TOWN, doc.text)) {
      const town = m[1]!;
      if (NOT_PLACES.has(town.split(' ')[0]!) || NOT_STREET_WORDS.has(town.split(' ')[0]!.toLowerCase())) continue;
      const start = m.index + m[0].length - town.length;
      consider(start, start + town.length, 'town', 0.7);
    }
    return out;
  },
};
