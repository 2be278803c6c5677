import { phraseRegex, type Doc } from '../doc';
import { isEnglishFirstName as isFirstName } from '../lexicon/first-names';
import type { Candidate } from '../recognizer';
import { SpanSet } from '../spans';
import { matchesIn } from '../words';
import { isClinicianLabel, isFacilityWord, isNameLabel, isOverlayTerm } from '../vocab/overlay';

/**
 * Patient names in the text of a medical image. An overlay is short fields in the corners of the
 * image, one per line or separated by wide gaps (the OCR layout puts a tab there), and the patient's
 * name is a field of its own: "DOE^JOHN", "DOE, JOHN", "GARCIA MARIA L [F] 01.09.2012", or a bare
 * "NGUYEN THI MAI" at the head of the identity block. The same corners carry the institution, the
 * study and technique words, equipment models and the referring clinician; those are not names.
 *
 * So a name here is a run of capitalised words inside one field, never across a line or a gutter,
 * holding no overlay vocabulary, not part of a run that names an institution, not after a
 * clinician's label, and vouched for by its shape (caret, "LAST, FIRST", a name label) or by a
 * known first name, identity details after it, or identity labels on the lines around it.
 */

type OverlayName = Omit<Candidate, 'rule' | 'recognizer'>;

interface Token {
  start: number;
  end: number;
  /** The word without brackets around it or punctuation after it. */
  core: string;
  /** What followed the word: "," (or an OCR "." in its place) ends a surname, ":" ends a label. */
  trail: string;
  /** Part of a field label: "DOB:", and "PAT" in "PAT ID:". */
  label: boolean;
}

/** An ALL-CAPS or Capitalised word, hyphens and apostrophes inside: DOE, O'BRIEN, Smith-Jones. */
const NAME_WORD = /^(?:[A-Z]['’])?(?:[A-Z]{2,}(?:[-'’][A-Z]{2,})*|[A-Z][a-z]+(?:[-'’][A-Z]?[a-z]+)*)$/;
const INITIAL = /^[A-Z]$/;
/** DICOM person-name form as viewers print it: family^given^middle. */
const CARET_NAME = /^[A-Za-z][A-Za-z'’-]*(?:\^[A-Za-z'’-]*)+$/;
/** What follows a name on an identity line: sex, an age, a date, or their labels. */
const IDENTITY_AFTER = /^(?:[[(]?[MFO][\])}]?|MALE|FEMALE|SEX|AGE|DOB|D\.O\.B\.?|BORN|BIRTH|\d{1,3}\s?(?:Y|YR|YRS|YO)|\d{1,4}[./-]\d{1,2}[./-]\d{1,4}|\d{8})$/i;
/** Labels and values of the identity block: a bare name line sits among these. */
const IDENTITY_LABEL = /(?<![A-Za-z])(?:DOB|D\.O\.B|BIRTH|BORN|MRN|MR#|PID|(?:PAT(?:IENT)?\s?)?ID|SEX|AGE|BED|MALE|FEMALE|\d{1,3}\s?(?:Y|YR|YRS))(?![A-Za-z])/i;
/** Second words of two-word labels ("PAT ID:", "HOSP NO:", "PT NAME:"): the first word is label too. */
const LABEL_TAILS = new Set(['ID', 'NO', 'NAME', 'DATE', 'NUMBER', 'PHYS', 'MD', 'BY']);
/** Facility words that come before the rest of the name: "ST JOSEPH", "MOUNT SINAI WEST". */
const FACILITY_PREFIX = /^(?:ST|SAINT|MT|MOUNT)$/i;
/** How many words after "ST"/"MOUNT" still belong to the institution. */
const PREFIX_REACH = 2;
/** A name is at most four words besides particles and initials; longer runs are phrases. */
const MAX_NAME_WORDS = 4;
/** Surname particles, which do not count towards that: "DE LA CRUZ, AISHA THI", "VAN DER BERG". */
const PARTICLE = /^(?:DE|LA|LE|DEL|DELLA|DA|DOS|DAS|DU|VAN|VON|DER|DEN|TEN|TER|AL|EL|BIN|BEN|ABU|MC|MAC)$/i;
/** Lines before and after a bare name line that may hold the identity labels vouching for it. */
const LINES_BEFORE = 2;
const LINES_AFTER = 4;

export function overlayNames(doc: Doc): OverlayName[] {
  const out: OverlayName[] = [];
  const watched = watchedSpans(doc);
  const lines = linesOf(doc.text);
  lines.forEach((line, i) => {
    const near = lines.slice(Math.max(0, i - LINES_BEFORE), i + LINES_AFTER + 1);
    const identityNearby = near.some((l) => IDENTITY_LABEL.test(l.text));
    const whole = tokensIn(line.text, line.start);
    for (const field of fieldsOf(line)) out.push(...namesInField(field, whole, identityNearby));
  });
  // The policy's watch terms name the organisation's own places ("KAISER PERMANENTE", "BETH ISRAEL
  // DEACONESS" carry no facility word): such a run is the facility, reported as a watch term.
  return watched ? out.filter((n) => !watched.overlaps(n.start, n.end)) : out;
}

function watchedSpans(doc: Doc): SpanSet | undefined {
  const terms = doc.options.watchTerms?.map((t) => t.trim()).filter(Boolean) ?? [];
  if (!terms.length) return undefined;
  const spans = new SpanSet();
  for (const m of matchesIn(phraseRegex(terms), doc.text)) spans.claim(m.index, m.index + m[0].length);
  return spans;
}

interface Line {
  start: number;
  text: string;
}

function linesOf(text: string): Line[] {
  const out: Line[] = [];
  let start = 0;
  for (const part of text.split('\n')) {
    out.push({ start, text: part });
    start += part.length + 1;
  }
  return out;
}

function tokensIn(text: string, offset: number): Token[] {
  const tokens = [...text.matchAll(/\S+/g)].map((m) => {
    const raw = m[0];
    const lead = /^[[(]*/.exec(raw)![0].length;
    const trail = /(?<![,.;:)\]}])[,.;:)\]}]*$/.exec(raw.slice(lead))![0];
    const core = raw.slice(lead, raw.length - trail.length);
    return { start: offset + m.index! + lead, end: offset + m.index! + lead + core.length, core, trail, label: trail.startsWith(':') };
  });
  tokens.forEach((t, i) => {
    const next = tokens[i + 1];
    if (next?.label && LABEL_TAILS.has(next.core.toUpperCase())) t.label = true;
  });
  return tokens;
}

/** Fields of a line: the parts between tabs (gutters). */
function fieldsOf(line: Line): Token[][] {
  const out: Token[][] = [];
  let start = line.start;
  for (const part of line.text.split('\t')) {
    out.push(tokensIn(part, start));
    start += part.length + 1;
  }
  return out;
}

const endsSurname = (t: Token) => t.trail.startsWith(',') || (t.trail === '.' && t.core.length > 1);
const isNameWord = (t: Token) => NAME_WORD.test(t.core) && !isOverlayTerm(t.core) && !isFacilityWord(t.core) && !t.label;
const MONTH = /^(?:JAN|FEB|MAR|APR|MAY|JUNE?|JULY?|AUG|SEPT?|OCT|NOV|DEC)$/i;
/** "JUL 24 2003": a month before a day is a date's, even when it could be a name ("JAN", "MAY"). */
const startsDate = (tokens: Token[], k: number) => MONTH.test(tokens[k]!.core) && /^\d/.test(tokens[k + 1]?.core ?? '');

/**
 * Tokens that belong to an institution: in a run of capitalised words (vocabulary included), every
 * word up to the last facility word, and the words right after "ST"/"MOUNT". "ST MARY HOSPITAL"
 * is a place although MARY is a first name; in a header row read as one line, "UNIVERSITY
 * HOSPITAL RADIOLOGY KOWALSKI ROBERT" and "GOOD SAMARITAN HOSPITAL MURPHY, LUIS" end in a name.
 */
function facilityTokens(tokens: Token[]): Set<Token> {
  const out = new Set<Token>();
  let run: Token[] = [];
  const flush = () => {
    let last = -1;
    run.forEach((t, i) => {
      if (FACILITY_PREFIX.test(t.core)) last = Math.max(last, Math.min(run.length - 1, i + PREFIX_REACH));
      else if (isFacilityWord(t.core)) last = i;
    });
    for (const t of run.slice(0, last + 1)) out.add(t);
    run = [];
  };
  for (const t of tokens) {
    // "LAST," starts a name: a facility run stops before it.
    if (endsSurname(t) && run.length) flush();
    if ((NAME_WORD.test(t.core) || INITIAL.test(t.core)) && !t.label) run.push(t);
    else flush();
    if (t.trail && !endsSurname(t)) flush();
  }
  flush();
  return out;
}

/** Names among the tokens of one field; `line` is the whole line's tokens, for the labels before a field. */
function namesInField(tokens: Token[], line: Token[], identityNearby: boolean): OverlayName[] {
  const out: OverlayName[] = [];
  const facility = facilityTokens(tokens);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const before = line.slice(0, line.findIndex((x) => x.start === t.start)).slice(-2);
    if (before.some((b) => isClinicianLabel(b.core))) continue;
    const labelled = before.some((b) => isNameLabel(b.core) && b.label);
    if (CARET_NAME.test(t.core)) {
      const parts = t.core.split('^').filter(Boolean);
      if (parts.length >= 2 && !parts.some((p) => isOverlayTerm(p) || isFacilityWord(p))) {
        out.push(name(t.start, t.start + t.core.replace(/(?<!\^)\^+$/, '').length, 0.95, 'overlay caret name'));
      }
      continue;
    }
    if (!isNameWord(t) || facility.has(t) || startsDate(tokens, i)) continue;
    // The run: name words and inner initials, up to a label, a second comma, or anything else.
    // One comma may sit anywhere: "DE LA CRUZ, ANA".
    let j = i;
    let commas = 0;
    while (j + 1 < tokens.length && !(endsSurname(tokens[j]!) && ++commas > 1)) {
      const next = tokens[j + 1]!;
      const initial = INITIAL.test(next.core) && j + 2 < tokens.length && isNameWord(tokens[j + 2]!) && !startsDate(tokens, j + 2);
      if ((isNameWord(next) && !facility.has(next) && !startsDate(tokens, j + 1)) || initial) j++;
      else break;
    }
    const first = i;
    const run = tokens.slice(i, j + 1);
    const words = run.filter((r) => !INITIAL.test(r.core));
    i = j;
    if (words.filter((w) => !PARTICLE.test(w.core)).length > MAX_NAME_WORDS) continue;
    const after = tokens[j + 1];
    // A last initial ends the field ("PATEL PRIYA J") or comes before the details; it stays out of
    // the span, since it may as well be the sex.
    const rest = tokens.slice(j + 1 + (after && INITIAL.test(after.core) ? 1 : 0));
    const comma = words.length >= 2 && run.slice(0, -1).filter(endsSurname).length === 1;
    const knownFirst = words.length >= 2 && words.some((w) => isFirstName(w.core));
    const next = [after, rest[0]].filter(Boolean).map((t) => t!.core);
    if (rest[1]) next.push(`${rest[0]!.core} ${rest[1].core}`); // "49 Y"
    const detailsAfter = words.length >= 2 && next.some((t) => IDENTITY_AFTER.test(t));
    // The last thing in its field, after nothing or a labelled value ("BED: 4B"), among identity lines.
    const endsField = words.length >= 2 && !rest.length && identityNearby && (first === 0 || !NAME_WORD.test(tokens[first - 1]!.core));
    const [start, end] = [run[0]!.start, run[run.length - 1]!.end];
    if (labelled) out.push(name(start, end, 0.95, 'overlay labelled name'));
    else if (comma) out.push(name(start, end, 0.9, 'overlay last, first'));
    else if (knownFirst || detailsAfter || endsField) {
      out.push(name(start, end, 0.85, knownFirst ? 'overlay name (known first name)' : detailsAfter ? 'overlay name before identity details' : 'overlay name field in identity block'));
    }
  }
  return out;
}

function name(start: number, end: number, score: number, pattern: string): OverlayName {
  return { start, end, score, pattern, context: [], tie: 'inherent', severity: 'high' };
}
