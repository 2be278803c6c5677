import type { PatternRecognizer } from '../recognizer';
import { declareLetters } from '../letters';

// USPS street suffixes people actually write. Capitalised only: in lower case "way", "row",
// "court" and "drive" are prose ("5 more days in a row", "12 hours on the way").
const SUFFIX = [
  'Street', 'Avenue', 'Ave', 'Road', 'Rd', 'Lane', 'Ln', 'Drive', 'Boulevard', 'Blvd', 'Court', 'Ct',
  'Way', 'Place', 'Pl', 'Terrace', 'Ter', 'Circle', 'Cir', 'Highway', 'Hwy', 'Parkway', 'Pkwy', 'Trail', 'Trl',
  'Crescent', 'Grove', 'Alley', 'Pike', 'Ridge',
  // Not "Run", "Row", "Loop", "Path", "Square": "5K Fun Run", "2 Front Row" are not homes.
].join('|');
// "St" and "Dr" are also Saint and Doctor: "2 Residents St Luke sent her", "3 Nurses Dr Patel".
// As suffixes they end the street, so a capitalised name right after means the other reading
// (unless it is the unit: "Main St Apt 4").
const SAINT_OR_DOCTOR = String.raw`(?:St|Dr)(?!\.?\s(?!(?:Apt|Apartment|Unit|Suite|Ste|Bldg|Floor|Fl)\b)[A-Z][a-z])`;
// Words are at most 30 characters: a pattern tried at each capital of "A-A-A-..." or "O'O'O'..."
// must not read on to the end of the paste (no street or city name is that long).
const WORD_TAIL = '{0,29}';
// A street name word: capitalised ("Birchwood", "O'Neil", "N.") or an ordinal ("5th").
const NAME_WORD = String.raw`(?:[A-Z][A-Za-z'-]${WORD_TAIL}\.?|\d{1,3}(?:st|nd|rd|th))`;
const UNIT = String.raw`(?:,?\s(?:(?:Apt|Apartment|Unit|Suite|Ste|Bldg|Floor|Fl)\.?\s?#?|#\s?)[A-Z0-9][A-Z0-9-]{0,5}(?![\w-]))?`;
const STATE = [
  'AL', 'AK', 'AZ', 'AR', 'CA', 'CO', 'CT', 'DE', 'DC', 'FL', 'GA', 'HI', 'ID', 'IL', 'IN', 'IA', 'KS', 'KY', 'LA',
  'ME', 'MD', 'MA', 'MI', 'MN', 'MS', 'MO', 'MT', 'NE', 'NV', 'NH', 'NJ', 'NM', 'NY', 'NC', 'ND', 'OH', 'OK', 'OR',
  'PA', 'RI', 'SC', 'SD', 'TN', 'TX', 'UT', 'VT', 'VA', 'WA', 'WV', 'WI', 'WY', 'PR', 'GU', 'VI',
].join('|');
const CITY = String.raw`(?:[A-Z][A-Za-z.'-]${WORD_TAIL}\s){0,2}[A-Z][A-Za-z.'-]${WORD_TAIL}`;
const ZIP = String.raw`\d{5}(?:-\d{4})?`;
// ", Columbus, OH 43215" after a street.
const CITY_STATE_ZIP = String.raw`(?:,\s${CITY},?\s(?:${STATE})(?:\s${ZIP})?(?![\w-]))?`;

/**
 * Street addresses, ZIP codes and PO boxes (Safe Harbor B). A clinic's address is not PHI, so the
 * tie is contextual: "picked her up at 88 Birchwood Lane" is high, "visit our new clinic at 100
 * Main Street" is nothing. A house number and one to five capitalised words before the suffix
 * are required, which keeps unit names ("4 West"), routes ("Route 30") and shift lengths
 * ("12 hour shift") out.
 */
export const location: PatternRecognizer = {
  kind: 'pattern',
  id: 'us-location',
  rule: 'phi.location',
  tie: 'contextual',
  patterns: [
    {
      name: 'street address',
      regex: new RegExp(
        String.raw`(?<![\w.,/-])\d{1,6}[A-Z]?\s(?:${NAME_WORD}\s){1,5}(?:${SUFFIX}|${SAINT_OR_DOCTOR})(?![\w'-])${UNIT}${CITY_STATE_ZIP}`,
        'g',
      ),
      score: 0.5,
    },
    // "Columbus, OH 43215": a ZIP is only recognisable next to its state, and the state only after
    // "City," since IN, OR, ME, MD and PA are also words ("the MD 12345 order").
    { name: 'city state zip', regex: new RegExp(String.raw`(?<![\w])${CITY},\s(?:${STATE})\s${ZIP}(?![\w-])`, 'g'), score: 0.45 },
    { name: 'labelled zip', regex: declareLetters(new RegExp(String.raw`(?<![\w])(?:zip(?:\s?code)?|postal\s+code)\s{0,3}[:#]?\s{0,3}(?:is\s+|was\s+)?(?<id>${ZIP})(?![\w-])`, 'gi'), ['zip', 'postal']), score: 0.45 },
    { name: 'po box', regex: /(?<![\w])(?:P\.?\s?O\.?\s?Box|Post\s+Office\s+Box)\s#?\d{1,6}(?![\w-])/gi, score: 0.5 },
  ],
  context: ['address', 'lives', 'lived', 'living', 'home', 'house', 'apartment', 'street', 'neighbor', 'neighbour', 'zip', 'zip code', 'mailing', 'moved', 'picked up'],
};
