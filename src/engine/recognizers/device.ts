import type { PatternRecognizer } from '../recognizer';
import { isPlausibleIdentifier } from '../validators/identifier';
import { isValidGs1Udi, isValidHibccUdi } from '../validators/udi';

/**
 * Unique Device Identifiers (Safe Harbor M), the FDA code printed on implant cards and pump
 * labels. GS1 and HIBCC forms carry a check character, so a valid one is a UDI wherever it is.
 */
export const udi: PatternRecognizer = {
  kind: 'pattern',
  id: 'udi',
  rule: 'phi.device',
  tie: 'inherent',
  patterns: [
    // (01) GTIN-14 then (17) expiry, (10) lot, (21) serial...: the serial makes it one device.
    { name: 'gs1 udi', regex: /(?<![\w)])\(01\)\d{14}(?:\(\d{2,4}\)[\w.-]{1,20})*/g, score: 0.3 },
    // HIBCC: "+", labeler code (letter + 3), product code, unit-of-measure digit, then the check
    // character, or "/" secondary blocks (lot, expiry, serial) of which the last carries it.
    {
      name: 'hibcc udi',
      regex: /(?<![\w+])\+[A-Z][A-Z0-9]{3}[A-Z0-9]{1,18}\d(?:[A-Z0-9]|(?:\/[A-Z0-9$+%.-]{2,40}){1,4})(?![\w])/g,
      score: 0.3,
    },
    {
      name: 'labelled udi',
      // The label is in the pattern, so a match is already confident: 0.6 is high on its own.
      regex: /(?<![\w])UDI(?![A-Za-z])(?:\s?(?:#|number\b))?\s{0,3}[:#]?\s{0,3}(?<id>(?=[A-Za-z-]{0,6}\d)[A-Za-z0-9]+(?:-[A-Za-z0-9]+)*)(?![\w-])/g,
      score: 0.6,
    },
  ],
  context: ['udi', 'device', 'implant', 'implanted', 'gtin'],
  validate: (v) =>
    v.startsWith('(01)') ? isValidGs1Udi(v) : v.startsWith('+') ? isValidHibccUdi(v) : isPlausibleIdentifier(v, 6, 60) ? undefined : false,
};

const ID = String.raw`(?<id>(?=[A-Za-z-]{0,6}\d)[A-Za-z0-9]+(?:-[A-Za-z0-9]+)*)(?![\w-])`;
const SEP = String.raw`\s{0,3}[:#]?\s{0,3}(?:is\s+|was\s+)?`;

/**
 * Serial numbers are on laptops and phones too; a serial is PHI when it is a medical device in a
 * patient ("insulin pump SN 48XK220193 ... our pt"). So the label alone scores below the bar and
 * a device or patient word nearby lifts it over.
 */
export const deviceSerial: PatternRecognizer = {
  kind: 'pattern',
  id: 'device-serial',
  rule: 'phi.device',
  tie: 'inherent',
  patterns: [
    // "SN", "S/N" in capitals: "sn" is chat shorthand. No "lot": a lot number is shared by a
    // whole batch of devices, so it points at nobody.
    { name: 'SN', regex: new RegExp(String.raw`(?<![\w/])(?:SN|S/N|s/n)(?![A-Za-z])(?:\s?#)?${SEP}${ID}`, 'g'), score: 0.3 },
    // "serial killer podcast", "series": the word must be followed by an identifier with a digit.
    {
      name: 'serial',
      regex: new RegExp(String.raw`(?<![\w])(?:serial|ser\.)(?![a-z])(?:\s?(?:#|no\b\.?|num\b|number\b|nbr\b))?${SEP}${ID}`, 'gi'),
      score: 0.3,
    },
  ],
  context: [
    'pump', 'insulin pump', 'pacemaker', 'pacer', 'pacing', 'paced', 'interrogated', 'interrogation', 'leads', 'generator', 'battery', 'icd', 'defibrillator', 'implant', 'implanted', 'explanted', 'device',
    'stimulator', 'neurostimulator', 'lvad', 'vad', 'cochlear', 'hearing aid', 'cgm', 'sensor', 'port',
    'prosthesis', 'prosthetic', 'stent', 'valve', 'ventilator', 'bipap', 'cpap', 'wheelchair', 'monitor',
    'patient', "patient's", 'pt', "pt's",
  ],
  validate: (v) => (isPlausibleIdentifier(v, 5, 30) ? undefined : false),
};
