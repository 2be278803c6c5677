import { tieOf, type Doc } from '../doc';
import type { Candidate, CustomRecognizer } from '../recognizer';
import { SpanSet } from '../spans';
import { matchesIn } from '../words';
import {
  COMPOUND_STREET_ENDING,
  COUNTRIES,
  MULTIWORD_COUNTRIES,
  NAME_PARTICLES,
  NOT_STREET_WORDS,
  STREET_PREFIXES,
  STREET_SUFFIXES,
  UNIT_WORDS,
  WEAK_SUFFIXES,
} from '../vocab/address';

// Module constants, not literals in per-token and per-match code: a regex literal is a new
// RegExp object each time it is evaluated.
const HOUSE_NUMBER = /^\d{1,6}(?:[A-RT-Za-rt-z])?$/;
const POSTAL_CODE = /^\d{3,6}(?:-\d{3,4})?$/;
const TWO_OR_THREE_DIGITS = /^\d{2,3}$/;
const TWO_CAPITALS = /^[A-Z]{2}$/;
const COLON_START = /^\s*:/;
const A_YEAR = /^(?:19|20)\d\d$/;
const LOWER_WORD_START = /^[a-z\u00DF-\u024F]+/;
const WORD_OR_APOSTROPHE_CHAR = /[A-Za-z\u00C0-\u024F\u0370-\u04FF'’-]/;
const WORD_CHAR = /[A-Za-z\u00C0-\u024F\u0370-\u04FF\u2206'’-]/;
const LETTER_CHAR = /[A-Za-z\u00C0-\u024F\u0370-\u04FF\u2206]/;

/**
 * Postal addresses as people paste them, in any country's order: "88 Birchwood Lane",
 * "6750 Koskikatu 25 Apt. 864", "Rua do Arenque 1634, Goiânia", "PSC 6293, Box 8158 / APO AP 04336",
 * and a block over several lines (street, unit, town, region, country, postal code). An address
 * is read token by token from something only an address starts with (a house number, a street
 * type, a P.O. box, "the corner of"), the street must end in a street type or a house number,
 * and the lines after it join only while each looks like part of an address. Every token is read
 * once per start, and starts inside an address already read are skipped: linear in the draft.
 *
 * Whose address it is decides the severity (the engine's tie): a patient's is high, a clinic's is
 * nothing under standard sensitivity and medium under strict.
 */

interface Tok {
  start: number;
  end: number;
  text: string;
  num: boolean;
  /** What separates this token from the one before: see gapKind. */
  gap: Gap;
}
/** space: same line; dot: ". " after the previous token; comma; line: a new line; blank: a blank line; stop: anything else. */
type Gap = 'space' | 'dot' | 'comma' | 'line' | 'blank' | 'stop';

const isLetter = (c: number) =>
  (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7) || (c >= 0x370 && c <= 0x4ff) || c === 0x2206;
const isDigit = (c: number) => c >= 48 && c <= 57;
/** Tokens looked at past a start: an address has a dozen at most before its last line. */
const MAX_TOKENS = 40;

/** The token starting at or after `from`, with the gap before it; undefined at the end or after `limit`. */
function tokenAt(text: string, from: number): Tok | undefined {
  let i = from;
  const n = text.length;
  while (i < n && !isLetter(text.charCodeAt(i)) && !isDigit(text.charCodeAt(i))) i++;
  if (i >= n) return undefined;
  const start = i;
  const num = isDigit(text.charCodeAt(i));
  if (num) {
    while (i < n && isDigit(text.charCodeAt(i))) i++;
    // "12B", and postal codes written with a hyphen ("3610-114", "75534-030").
    if (i < n && isLetter(text.charCodeAt(i)) && !(i + 1 < n && isLetter(text.charCodeAt(i + 1)))) i++;
    else if (text[i] === '-' && isDigit(text.charCodeAt(i + 1))) {
      i++;
      while (i < n && isDigit(text.charCodeAt(i))) i++;
    }
  } else {
    while (i < n) {
      const c = text.charCodeAt(i);
      if (isLetter(c)) i++;
      // Inner apostrophes and hyphens: "O'Neil", "Vana-Viru", "SAINT-PRIEST".
      else if ((c === 39 || c === 0x2019 || c === 45) && i + 1 < n && isLetter(text.charCodeAt(i + 1))) i++;
      else break;
    }
  }
  return { start, end: i, text: text.slice(start, i), num, gap: gapKind(text.slice(from, start)) };
}

function gapKind(gap: string): Gap {
  if (gap === '' || /^[ \t]+$/.test(gap)) return 'space';
  if (/^\.[ \t]+$/.test(gap) || gap === '/' || gap === '/ ') return 'dot';
  if (/^[ \t]*,[ \t]*$/.test(gap)) return 'comma';
  // A new line, perhaps after a "." or ","; the next line may start with quoting marks ("> ", "??? ").
  if (gap.includes('\n') && /^\.?[ \t,\n>?•*]*$/.test(gap) && !/\?[ \t]*\n/.test(gap)) {
    return gap.indexOf('\n') !== gap.lastIndexOf('\n') ? 'blank' : 'line';
  }
  return 'stop';
}

/** Tokens from `from` on, read lazily, at most MAX_TOKENS. */
class Reader {
  private toks: Tok[] = [];
  private pos: number;
  constructor(
    readonly text: string,
    from: number,
  ) {
    this.pos = from;
  }
  at(k: number): Tok | undefined {
    while (this.toks.length <= k && this.toks.length < MAX_TOKENS) {
      const t = tokenAt(this.text, this.pos);
      if (!t) break;
      this.toks.push(t);
      this.pos = t.end;
    }
    return this.toks[k];
  }
}

const lower = (t: Tok) => t.text.toLowerCase();
const isCap = (t: Tok) => !t.num && t.text[0] !== t.text[0]!.toLowerCase();
const isAllCaps = (t: Tok) => !t.num && t.text.length > 1 && t.text === t.text.toUpperCase() && t.text !== t.text.toLowerCase();
const isUnit = (t: Tok | undefined) => !!t && !t.num && UNIT_WORDS.has(lower(t));
/** A house or unit number: 1 to 6 digits and perhaps a letter ("12B"). */
const isHouseNumber = (t: Tok | undefined) => !!t && t.num && HOUSE_NUMBER.test(t.text);
/** Postal codes: "43215", "43215-1234", "3610-114", "394 13" (two tokens), "7412 SL". */
const isPostal = (t: Tok | undefined) => !!t && t.num && POSTAL_CODE.test(t.text);

/** A street type after the name; "St"/"Dr" before a capitalised word are Saint and Doctor. */
function isSuffix(t: Tok, next: Tok | undefined, lowerText: boolean): boolean {
  const w = lower(t);
  if (!STREET_SUFFIXES.has(w)) return false;
  if (!isCap(t) && !lowerText) return false;
  if ((w === 'st' || w === 'dr') && next && (next.gap === 'space' || next.gap === 'dot') && isCap(next) && !isUnit(next)) return false;
  return true;
}
/** Capitalised function words of a title ("5 Musicians Of The 70s"): never part of a street name. */
const TITLE_WORDS = new Set(['of', 'the', 'and', 'for', 'to', 'in', 'on', 'at', 'a', 'an', 'you', 'your', 'i', 'we', 'my', 'our', 'is', 'are', 'was', 'with', 'by', 'from', 'but', 'or', 'it', 'this', 'that']);
/** In all-lower-case posts any word looks like a name: these never are one ("we got 3 rapids"). */
const COMMON_WORDS = new Set([...TITLE_WORDS, 'got', 'get', 'had', 'have', 'has', 'be', 'been', 'more', 'less', 'days', 'hours', 'minutes', 'weeks', 'years', 'times', 'just', 'then', 'so', 'up', 'down', 'out', 'off', 'over', 'into', 'about', 'after', 'before', 'all', 'some', 'no', 'not', 'he', 'she', 'they', 'them', 'him', 'her', 'his', 'me', 'us', 'what', 'who', 'when', 'where', 'how', 'went', 'came', 'come', 'go', 'going', 'like', 'one', 'two', 'three', 'again', 'still', 'only', 'very', 'too', 'also', 'and', 'or', 'if', 'as', 'do', 'did', 'done', 'can', 'will', 'would', 'could', 'should', 'per', 'each', 'every', 'other', 'another', 'same', 'new', 'old', 'last', 'next', 'first']);
/** Street types written in lower case between the name and the number: "Erzsébet tér 19.", "Piroska u. 97". */
const LOWER_STREET_TYPES = new Set(['út', 'útja', 'utca', 'u', 'tér', 'rkp', 'körút', 'köz', 'sor', 'kapu', 'terrasse', 'str', 'ul', 'gade', 'vej', 'gata', 'gatan']);
const isPrefix = (t: Tok) => !t.num && STREET_PREFIXES.has(lower(t));
const isCompound = (t: Tok) => !t.num && t.text.length >= 5 && COMPOUND_STREET_ENDING.test(t.text);
const isParticle = (t: Tok) => !t.num && NAME_PARTICLES.has(lower(t)) && t.text === lower(t);
const sameLine = (t: Tok | undefined) => !!t && (t.gap === 'space' || t.gap === 'dot');

interface Found {
  start: number;
  end: number;
  pattern: string;
  score: number;
}

/** After the street: units, then lines of town, region, postal code and country. */
function readRest(r: Reader, k: number, lowerText: boolean, unitSeen: boolean, end = r.at(k - 1)!.end): { end: number; next: number; unit: boolean } {
  let unit = unitSeen;
  let lines = 0;
  for (;;) {
    const t = r.at(k);
    if (!t || t.gap === 'stop') break;
    // "Apt. 864", "Suite 501", "# 12": on the same line or the next.
    if (isUnit(t) && isHouseNumber(r.at(k + 1)) && (r.at(k + 1)!.gap === 'space' || r.at(k + 1)!.gap === 'dot')) {
      end = r.at(k + 1)!.end;
      k += 2;
      unit = true;
      continue;
    }
    if (t.gap === 'blank' && !(isPostal(t) || isCountryAt(r, k))) break;
    const newSegment = t.gap !== 'space' && t.gap !== 'dot';
    if (newSegment && ++lines > 6) break;
    // On the same line only capitals, a region, a postal code or a country follow a street.
    const seg = readPlace(r, k, lowerText, !newSegment && !unit);
    if (!seg) break;
    end = seg.end;
    k = seg.next;
  }
  return { end, next: k, unit };
}

/** "Porto Alegre", "KRISTIANSUND N", "Ostrov nad Ohrí", "SK", "nan", "Estonia 62488", "394 13": one segment of an address block. */
function readPlace(r: Reader, k: number, lowerText: boolean, capsOnly: boolean): { end: number; next: number } | undefined {
  const first = r.at(k)!;
  const country = countryLength(r, k);
  if (country) return withPostal(r, k + country);
  if (first.num) {
    if (!isPostal(first)) return undefined;
    // The postal code on a line of its own, perhaps in two parts ("394 13").
    const second = r.at(k + 1);
    if (second && second.gap === 'space' && ((second.num && TWO_OR_THREE_DIGITS.test(second.text)) || TWO_CAPITALS.test(second.text)) && !r.at(k + 2)?.num) {
      return { end: second.end, next: k + 2 };
    }
    return { end: first.end, next: k + 1 };
  }
  let j = k;
  let words = 0;
  for (;;) {
    const t = r.at(j);
    if (!t || t.num || (j > k && !sameLine(t))) break;
    const placeWord = lowerText || isCap(t) || (j > k && isParticle(t)) || t.text === 'nan';
    if (!placeWord || (capsOnly && !isAllCaps(t) && t.text !== 'nan')) break;
    if (isUnit(t)) break;
    // A label ("Mobile:", "Fax:") starts the next field, not a town.
    const after = r.at(j + 1);
    if (after && after.gap === 'stop' && COLON_START.test(gapText(r, j))) return words ? { end: r.at(j - 1)!.end, next: j } : undefined;
    j++;
    if (++words > 4) return undefined;
  }
  if (!words) return undefined;
  // The last word must not be a particle: "Suite 274 Ljubljana nan last" stops before "last".
  while (j > k && isParticle(r.at(j - 1)!)) j--;
  if (j === k) return undefined;
  return withPostal(r, j);
}

/** The text between token j and the next one (for labels). */
function gapText(r: Reader, j: number): string {
  const t = r.at(j)!;
  const next = r.at(j + 1);
  return next ? r.text.slice(t.end, next.start) : '';
}

/** A postal code after a town or country on the same line: "Estonia 62488", "Hellendoorn, OV 21072". */
function withPostal(r: Reader, j: number): { end: number; next: number } {
  let end = r.at(j - 1)?.end ?? 0;
  const t = r.at(j);
  if (t && sameLine(t) && isPostal(t)) {
    end = t.end;
    j++;
    // "394 13", "7412 SL": the second half of a spaced postal code.
    const second = r.at(j);
    if (second && second.gap === 'space' && ((second.num && TWO_OR_THREE_DIGITS.test(second.text)) || TWO_CAPITALS.test(second.text)) && !r.at(j + 1)?.num) {
      end = second.end;
      j++;
    }
  }
  return { end, next: j };
}

function isCountryAt(r: Reader, k: number): boolean {
  return countryLength(r, k) > 0;
}
/** The multi-word countries by their first word, each split once, in list order. */
const MULTIWORD_BY_FIRST = new Map<string, string[][]>();
for (const c of MULTIWORD_COUNTRIES) {
  const parts = c.split(' ');
  const list = MULTIWORD_BY_FIRST.get(parts[0]!);
  if (list) list.push(parts);
  else MULTIWORD_BY_FIRST.set(parts[0]!, [parts]);
}
/** How many tokens a country name at k takes (0 if none). */
function countryLength(r: Reader, k: number): number {
  const t = r.at(k);
  if (!t || t.num) return 0;
  const first = lower(t);
  for (const parts of MULTIWORD_BY_FIRST.get(first) ?? []) {
    if (parts.every((p, i) => i === 0 || (r.at(k + i) && lower(r.at(k + i)!) === p && sameLine(r.at(k + i))))) return parts.length;
  }
  return COUNTRIES.has(first) && isCap(t) ? 1 : 0;
}

/**
 * The street after a house number, from token k: name words up to a street type ("Birchwood
 * Lane"), or up to a second number ("Koskikatu 25", "Rua do Arenque 1634"). Returns the token
 * after the street and how it ended, or undefined when what follows is not a street.
 */
function readStreet(r: Reader, k: number, lowerText: boolean, houseNumber: boolean): { next: number; strength: number } | undefined {
  let names = 0;
  let typed = false; // a street type or a street-type ending was seen
  let lastSuffix = -1;
  let lastName = k;
  let prefixed = false;
  let j = k;
  for (; j < k + 8; j++) {
    const t = r.at(j);
    if (!t || (j > k ? !sameLine(t) : houseNumber && t.gap !== 'space')) break;
    if (t.gap === 'dot' && j > k && !isAbbreviation(r.at(j - 1)!)) break;
    if (t.num) {
      // "6400 12 Timms Drive": a second number right after the first is the building's.
      if (j === k && houseNumber && isHouseNumber(t)) continue;
      if (names && isHouseNumber(t) && !NOT_STREET_WORDS.has(lower(r.at(j - 1)!))) {
        // "Kesk 53 Suite 343", "Storgarden 52 Trajanka Forks": the house number ends a European street.
        // In all-lower-case text any word passes as a name, so a street type or a unit must vouch.
        if (lowerText && !typed && !isUnit(r.at(j + 1))) break;
        const strength = (typed ? 2 : 1) + (isUnit(r.at(j + 1)) ? 1 : 0);
        const tail = readStreetTail(r, j + 1, lowerText);
        return { next: tail ?? j + 1, strength: tail ? strength + 1 : strength };
      }
      break;
    }
    if (isUnit(t) && names) break;
    if (isSuffix(t, r.at(j + 1), lowerText) && names) {
      if (WEAK_SUFFIXES.has(lower(t)) && (!houseNumber || lowerText)) {
        names++;
        continue;
      }
      typed = true;
      lastSuffix = j;
      names++;
      continue;
    }
    const prefix = names === 0 && isPrefix(t);
    if (prefix) prefixed = true;
    if (prefix || isCompound(t) || (names > 0 && LOWER_STREET_TYPES.has(t.text))) typed = true;
    if (isCap(t) && TITLE_WORDS.has(lower(t)) && !prefix) break;
    if (lowerText && COMMON_WORDS.has(lower(t)) && !prefix && !(names > 0 && isParticle(t))) break;
    const word = lowerText ? !isUnit(t) : isCap(t) || (names > 0 && (isParticle(t) || LOWER_STREET_TYPES.has(t.text))) || prefix;
    if (!word) break;
    names++;
    lastName = j;
  }
  if (lastSuffix >= 0) return { next: lastSuffix + 1, strength: 2 };
  // "636 1812 Rue De La Gare", "33 avenue de Provence": a street type first, then its name.
  if (prefixed && houseNumber && names >= 2) {
    while (lastName > k && isParticle(r.at(lastName)!)) lastName--;
    return { next: lastName + 1, strength: 2 };
  }
  return undefined;
}

/** After "Fuglie 41": "Popović Dam", a faker-style second street name ending in a street type. */
function readStreetTail(r: Reader, k: number, lowerText: boolean): number | undefined {
  for (let j = k; j < k + 3; j++) {
    const t = r.at(j);
    if (!t || !sameLine(t) || t.num || !(isCap(t) || lowerText)) return undefined;
    if (STREET_SUFFIXES.has(lower(t)) && j > k) return j + 1;
  }
  return undefined;
}

const ABBREVIATIONS = /^(?:[A-Za-z]{1,4}|Str|Blvd|Ave|Apt|Ste|rkp)$/;
const isAbbreviation = (t: Tok) => !t.num && ABBREVIATIONS.test(t.text);

/**
 * House numbers that start a token, as [start, end) offsets: 1 to 6 digits and perhaps a letter
 * ("12B", not the "s" of "70s"), not part of a decimal, a list, a date, a fraction or a price. A
 * loop over the characters rather than a regex: a draft of numbers ("1 1 1 ...") would otherwise
 * build a match object for each. Each is handed to `visit` as found: a draft of thousands of
 * numbers builds no list of them.
 */
// Each test of a character against a class, as constants: a regex literal in the loop would be a
// new RegExp object for every number of the draft.
const NOT_BEFORE_NUMBER = /[\w.,/:#$-]/;
const NUMBER_LETTER = /[A-RT-Za-rt-z]/;
const NOT_AFTER_NUMBER = /[\w%°$]/;
const NUMBER_JOINER = /[,.:/%°-]/;
function forEachHouseNumber(text: string, visit: (start: number, end: number) => void): void {
  const n = text.length;
  for (let i = 0; i < n; i++) {
    if (!isDigit(text.charCodeAt(i))) continue;
    const start = i;
    while (i < n && isDigit(text.charCodeAt(i))) i++;
    const before = start > 0 ? text[start - 1]! : ' ';
    if (i - start > 6 || NOT_BEFORE_NUMBER.test(before)) continue;
    let end = i;
    const after = text[end] ?? ' ';
    if (NUMBER_LETTER.test(after) && !NOT_AFTER_NUMBER.test(text[end + 1] ?? ' ')) end++;
    const next = text[end] ?? ' ';
    if (NOT_AFTER_NUMBER.test(next) || (NUMBER_JOINER.test(next) && isDigit(text.charCodeAt(end + 1)))) continue;
    visit(start, end);
  }
}
/** A street type before the name: the first token of "Rua Diadema 1903". */
const P_O_BOX = /(?<![\w])(?:P\.?\s?O\.?\s?Box|Post\s+Office\s+Box)\s{1,3}#?\d{1,6}(?![\w-])/gi;
/** US military mail: "PSC 6293, Box 8158 APO AP 04336", "USNS Sekerková FPO AA 65728". */
const MILITARY =
  /(?<![\w])(?:(?:PSC|Unit|CMR)\s\d{1,5},?\s{1,3}Box\s\d{1,5}|US(?:S|NS|NV|CGC)\s[A-Z][A-Za-z\u00C0-\u024F'-]{1,30})\s{1,6}[ADF]PO\s{1,3}A[AEP]\s{1,3}\d{5}(?![\w-])/gi;
/** "the corner of Alšova 408 and Vedzizhev Greens", "at Elm & 5th". */
const CORNER = /(?<![\w])(?:the\s+)?corner\s+of\s+/gi;
const ORDINAL = String.raw`\d{1,3}(?:st|nd|rd|th)`;
const INTERSECTION = new RegExp(
  String.raw`(?<![\w])(?:at|on)\s+(?<a>[A-Z][a-z]{2,}|${ORDINAL})\s+(?:&|and)\s+(?<b>[A-Z][a-z]{2,}|${ORDINAL})(?![\w])`,
  'g',
);
/** "ZIP: 394 13", "postal code 7412 SL", "my zip code is 610": a postal code anywhere in the world. */
const LABELLED_POSTAL =
  /(?<![\w])(?:zip(?:\s?code)?|postal\s?code|post\s?code)\s{0,3}(?:is\s+|was\s+|[:#]\s{0,3})?(?<id>\d{3,6}(?:-\d{3,4}|\s\d{2,3}|\s[A-Z]{2})?)(?![\w-])/dgi;
/** "in Quinta de São Tiago 3610-114": a town and its postal code. */
const TOWN_POSTAL =
  /(?<![\w])in\s+(?<town>[A-Za-z\u00C0-\u024F][A-Za-z\u00C0-\u024F'-]{2,}(?:\s(?:de|do|da|del|di|la|le|nad|am|an|[A-Za-z\u00C0-\u024F][A-Za-z\u00C0-\u024F'-]{2,})){0,3})\s(?<code>\d{4,5}(?:-\d{3,4})?|\d{3}\s\d{2})(?![\w-])/g;
/** A US ZIP after "from"/"in" in a patient's story: "19yo gsw from 60624". */
const BARE_ZIP = /(?<![\w])(?:from|in|near|outside)\s(?<id>\d{5})(?![\w-])(?!\s+(?:feet|ft|steps|miles|mi|people|patients|visits|calls|deaths|dollars|units|beds|times|mg|mcg|ml)\b)/dgi;
/** A patient owns a bare ZIP only this close to the reference. */
const ZIP_TIE_WORDS = 10;

export const addresses: CustomRecognizer = {
  kind: 'custom',
  id: 'postal-address',
  rule: 'phi.location',
  find(doc: Doc): Candidate[] {
    // An overlay's acquisition fields ("2048 WW 4096", "80 MAS 4") have an address's shape; its
    // institution's address, if any, is left to the US street pattern.
    if (doc.options.medicalImage) return [];
    const text = doc.text;
    const lowerText = !/[A-Z]/.test(text);
    const found: Found[] = [];
    const taken = new SpanSet();
    const add = (f: Found | undefined) => {
      if (f && f.end > f.start && taken.claim(f.start, f.end)) found.push(f);
    };
    for (const m of matchesIn(MILITARY, text)) add({ start: m.index, end: m.index + m[0].length, pattern: 'military mail', score: 0.9 });
    for (const m of matchesIn(CORNER, text)) add(readCorner(text, m.index, m.index + m[0].length, lowerText));
    for (const m of matchesIn(P_O_BOX, text)) {
      if (taken.overlaps(m.index, m.index + m[0].length)) continue;
      const r = reader(text, m.index + m[0].length);
      // "P.O. Box 149 Monika Union": a street may follow the box on its line.
      let k = 0;
      while (k < 4 && r.at(k) && sameLine(r.at(k)) && !r.at(k)!.num && !isUnit(r.at(k)) && (isCap(r.at(k)!) || lowerText)) k++;
      const rest = readRest(r, k, lowerText, true, k ? r.at(k - 1)!.end : m.index + m[0].length);
      add({ start: m.index, end: rest.end, pattern: 'po box', score: 0.9 });
    }
    forEachHouseNumber(text, (start, end) => {
      // Most numbers in prose are followed by a lower-case word ("12 hours"): no street there.
      if (!mayStartStreet(text, end, lowerText)) return;
      if (taken.overlaps(start, end)) return;
      add(readFromHouseNumber(text, start, lowerText));
    });
    // Streets named first and numbered after ("Rua Diadema 1903", "Ziegelgasse 19"): from each
    // number, back over the words before it on the same line.
    for (const m of matchesIn(STREET_THEN_NUMBER, text)) {
      if (taken.overlaps(m.index, m.index + m[0].length)) continue;
      if (!lowerText && !mayEndStreet(text, m.index)) continue;
      add(readStreetFirst(text, m, lowerText));
    }
    for (const m of matchesIn(INTERSECTION, text)) {
      const { a, b } = m.groups!;
      if (!new RegExp(`^${ORDINAL}$`).test(a!) && !new RegExp(`^${ORDINAL}$`).test(b!)) continue;
      const start = m.index + m[0].indexOf(a!);
      add({ start, end: m.index + m[0].length, pattern: 'intersection', score: 0.5 });
    }
    for (const m of matchesIn(LABELLED_POSTAL, text)) {
      const [start, end] = m.indices!.groups!.id!;
      add({ start, end, pattern: 'labelled postal code', score: 0.8 });
    }
    for (const m of matchesIn(TOWN_POSTAL, text)) {
      const code = m.groups!.code!;
      if (A_YEAR.test(code)) continue; // "in March 2026"
      const town = m.groups!.town!;
      if (NOT_STREET_WORDS.has(town.split(/\s/)[0]!.toLowerCase())) continue;
      const start = m.index + m[0].indexOf(town, 2);
      add({ start, end: m.index + m[0].length, pattern: 'town and postal code', score: 0.7 });
    }
    const out: Candidate[] = found.map((f) => ({
      rule: 'phi.location',
      start: f.start,
      end: f.end,
      score: f.score,
      recognizer: 'postal-address',
      pattern: f.pattern,
      context: [],
    }));
    for (const m of matchesIn(BARE_ZIP, text)) {
      const [start, end] = m.indices!.groups!.id!;
      if (taken.overlaps(start, end)) continue;
      // Five digits after "from" are a ZIP only in a patient's story; elsewhere they are counts.
      const { tie, cues } = tieOf(doc, start, end, ZIP_TIE_WORDS);
      if (tie !== 'patient') continue;
      out.push({ rule: 'phi.location', start, end, score: 0.5, recognizer: 'postal-address', pattern: 'zip in a patient story', context: cues, tie, severity: 'high' });
    }
    return out;
  },
};

/** After a house number, a street needs a capitalised word, another number or a street type ("rue"). */
function mayStartStreet(text: string, at: number, lowerText: boolean): boolean {
  let i = at;
  while (text[i] === ' ' || text[i] === '\t') i++;
  if (i === at || i >= text.length) return false;
  // "6400 12 Timms Drive": a building number, then the house number, then the street.
  if (text[i]! >= '0' && text[i]! <= '9') {
    const j = i;
    while (i < text.length && text[i]! >= '0' && text[i]! <= '9') i++;
    if (i - j > 6 || (text[i] !== ' ' && text[i] !== '\t')) return false;
    while (text[i] === ' ' || text[i] === '\t') i++;
    if (i >= text.length || (text[i]! >= '0' && text[i]! <= '9')) return false;
  }
  const c = text[i]!;
  if (c !== c.toLowerCase()) return true;
  // In an all-lower-case draft any word may be the street's ("47 harlow st").
  if (lowerText) return c !== c.toUpperCase();
  const word = LOWER_WORD_START.exec(text.slice(i, i + 12))?.[0] ?? '';
  return STREET_PREFIXES.has(word);
}

/** Before a street's house number, the word is capitalised or a lower-case street type ("tér 19"). */
function mayEndStreet(text: string, at: number): boolean {
  let i = at - 1;
  while (i >= 0 && (text[i] === ' ' || text[i] === '\t')) i--;
  if (text[i] === '.') i--;
  let j = i;
  while (j >= 0 && WORD_OR_APOSTROPHE_CHAR.test(text[j]!)) j--;
  const word = text.slice(j + 1, i + 1);
  if (!word) return false;
  return word[0] !== word[0]!.toLowerCase() || LOWER_STREET_TYPES.has(word) || STREET_PREFIXES.has(word.toLowerCase());
}

// The draft is the Reader's own field: a WeakMap entry per reader was a third of this recognizer's
// time on a flood of numbers ("97 yo " x 10,500: two readers per number), mostly garbage collection.
function reader(text: string, from: number): Reader {
  return new Reader(text, from);
}

function readFromHouseNumber(text: string, at: number, lowerText: boolean): Found | undefined {
  const r = reader(text, at);
  const street = readStreet(r, 1, lowerText, true);
  if (!street) return undefined;
  const rest = readRest(r, street.next, lowerText, false);
  return { start: at, end: rest.end, pattern: 'street address', score: street.strength >= 2 || rest.unit ? 0.9 : 0.7 };
}

/** A number after one to four words on its line: the end of a street named first. */
const STREET_THEN_NUMBER = /(?<=[A-Za-z\u00C0-\u024F\u0370-\u04FF.][ \t])\d{1,5}(?:[A-RT-Za-rt-z])?(?![\w,.:/%°-]\d|[\w%°$])/g;

function readStreetFirst(text: string, m: RegExpExecArray, lowerText: boolean): Found | undefined {
  // Walk back over up to four words on the same line.
  let start = m.index;
  let words = 0;
  let typed = false;
  for (let p = m.index; words < 4; ) {
    const w = wordBefore(text, p);
    if (!w) break;
    const word = w.word;
    const isPre = STREET_PREFIXES.has(word.toLowerCase());
    const cap = lowerText || word[0] !== word[0]!.toLowerCase();
    const particle = (NAME_PARTICLES.has(word) || LOWER_STREET_TYPES.has(word)) && words > 0;
    if (lowerText && !particle && !isPre && COMMON_WORDS.has(word)) break;
    if (LOWER_STREET_TYPES.has(word)) typed = true;
    if (!cap && !particle && !isPre) break;
    if (words === 0 && NOT_STREET_WORDS.has(word.toLowerCase())) return undefined;
    if (cap && TITLE_WORDS.has(word.toLowerCase()) && !isPre) break;
    p = w.at;
    // A street starts with a name, not a particle: "side of Joaquin Suarez 2906".
    if (!particle || isPre) start = p;
    words++;
    if (isPre || (words === 1 && word.length >= 5 && COMPOUND_STREET_ENDING.test(word))) typed = true;
    if (isPre) break;
  }
  if (!words) return undefined;
  const r = reader(text, m.index);
  const numTok = r.at(0)!;
  const after = r.at(1);
  const tail = readStreetTail(r, 1, lowerText);
  const suffixAfter = !!after && sameLine(after) && !after.num && STREET_SUFFIXES.has(lower(after)) && (isCap(after) || lowerText);
  const unitAfter = !!after && isUnit(after);
  if (!typed && tail === undefined && !(suffixAfter && !lowerText) && !unitAfter && !addressCueBefore(text, start)) return undefined;
  // "Spring 2026": a year after a word is a date, unless a unit makes it a house.
  if (A_YEAR.test(numTok.text) && !unitAfter) return undefined;
  let next = tail ?? (suffixAfter ? 2 : 1);
  const rest = readRest(r, next, lowerText, unitAfter);
  next = rest.next;
  return { start, end: Math.max(numTok.end, rest.end), pattern: typed ? 'street named first' : 'street and number', score: typed ? 0.8 : 0.6 };
}

/** "lives on", "address is", "sent to", "meet me at": a word just before a street with no type. */
const ADDRESS_CUE_WORDS = new Set(['live', 'lives', 'lived', 'living', 'located', 'address', 'sent', 'send', 'deliver', 'delivered', 'ship', 'shipped', 'meet', 'moved', 'enter', 'return', 'off', 'side', 'stop']);
/** Up to three words may come between the cue and the street ("lives on the north side of"). */
const CUE_REACH = 4;
function addressCueBefore(text: string, start: number): boolean {
  let p = start;
  for (let k = 0; k < CUE_REACH; k++) {
    const w = wordBefore(text, p, true);
    if (!w) return false;
    if (ADDRESS_CUE_WORDS.has(w.word.toLowerCase())) return true;
    p = w.at;
  }
  return false;
}

const isWordChar = (c: string) => WORD_CHAR.test(c);
/**
 * The word that ends just before `p` (after spaces, and perhaps a "." or "/": "u. 97", "C/ Mayor"),
 * and where it starts; with `loose`, also across a ":" ("address: Rua ..."). A backward scan, so
 * each call reads only that word.
 */
function wordBefore(text: string, p: number, loose = false): { word: string; at: number } | undefined {
  let i = p;
  const stop = Math.max(0, p - 40);
  let spaces = 0;
  while (i > stop && (text[i - 1] === ' ' || text[i - 1] === '\t' || (loose && text[i - 1] === ':'))) (i--, spaces++);
  if (!spaces && !loose) return undefined;
  if (text[i - 1] === '/') i--;
  if (text[i - 1] === '.') i--;
  const end = i;
  while (i > stop && isWordChar(text[i - 1]!)) i--;
  if (i === end || !LETTER_CHAR.test(text[i]!)) return undefined;
  return { word: text.slice(i, end), at: i };
}

/** "the corner of X and Y": two streets, each a few capitalised words and perhaps a number. */
function readCorner(text: string, at: number, from: number, lowerText: boolean): Found | undefined {
  const r = reader(text, from);
  let k = 0;
  let sawAnd = false;
  let streetWords = 0;
  for (; k < 14; k++) {
    const t = r.at(k);
    if (!t || (k > 0 && !sameLine(t))) break;
    if (!t.num && lower(t) === 'and' && !sawAnd && streetWords) {
      sawAnd = true;
      streetWords = 0;
      continue;
    }
    if (t.num || lowerText || isCap(t) || isParticle(t) || isPrefix(t) || isAbbreviation(t)) {
      streetWords++;
      continue;
    }
    break;
  }
  while (k > 0 && isParticle(r.at(k - 1)!)) k--;
  if (!sawAnd || !streetWords) return undefined;
  // "St." after the second street is its type ("Inna Loop St.").
  return { start: at, end: r.at(k - 1)!.end, pattern: 'street corner', score: 0.8 };
}
