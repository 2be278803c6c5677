import type { Doc } from '../doc';
import { isEverydayWord, isFirstName, isKnownSurname, isUnambiguousFirstName } from '../lexicon/first-names';
import type { Candidate } from '../recognizer';
import {
  FOREIGN_LETTER,
  MAX_BEFORE_WORDS,
  NOT_NAMES,
  ORGANISATION_WORDS,
  PERSON_AFTER_PHRASES,
  PERSON_VERBS,
  PLACE_BEFORE,
  POSSESSED,
  STRONG_BEFORE,
  SURNAME_ENDING,
  TITLES,
  WEAK_BEFORE,
} from '../vocab/people';
import { COUNTRIES } from '../vocab/address';

// Module constants, not literals in per-token and per-match code: a regex literal is a new
// RegExp object each time it is evaluated.
const LOWER_NAME_WORD = /^[a-z\u00DF-\u024F][a-z\u00DF-\u024F'’-]+$/;
const HAS_LOWER = /[a-z\u00DF-\u00FF\u0100-\u024F]/;
const HAS_DIGIT = /\d/;
const ONE_CAPITAL = /^[A-Z]$/;
const HAS_APOSTROPHE = /['’]/;
const INITIAL_OR_TITLE = /^(?:[A-Z]|Mr|Mrs|Ms|Dr|St)$/;
const ONLY_SPACE = /^\s+$/;
const DIGIT_START = /^\d/;
const POSSESSIVE_S_END = /['’]s$/;
const ONE_SPACE = /^ $/;
const COLON_GAP = /^\s*:\s*["“]?$/;
const CAPITAL_OR_QUOTE_START = /^[A-Z"“]/;
const COMMA_GAP = /^,\s+$/;
const MODAL = /^(?:can|could|would|will|may)$/i;
const I_YOU_WE = /^(?:i|you|we)$/i;
const VERB_OR_ADVERB_END = /(?:ing|ed|ly)$/;

/**
 * Person names anywhere in the text, for strict sensitivity ("every identifier counts"): the
 * names in a pasted signature, a billing address, a chat transcript. A name here is a run of
 * capitalised words (initials and particles such as "ten", "van", "de" inside) that is not an
 * organisation or a label, and that something vouches for:
 * - its shape: a middle initial ("Faina D. Yefremova");
 * - the words around it: a title, "my name is", "my kid", "says", "shouted", "'s daughter";
 * - the words themselves: a known first name, or a surname shape from many languages (diacritics,
 *   -ova, -sson, -dóttir, -ić, -yama).
 * Runs after "in", "from", "to", "at" are towns and companies unless a first name starts them, and
 * a run with an organisation word ("Group", "Ltd", "Technologies") is a company. A word found to be
 * a name once is a name everywhere in the draft ("Faina D. Yefremova's ... early Yefremova"), and
 * so is every member of a list most of whose members are names.
 *
 * In an all-lower-case draft ("follow up with patricia desrosiers") only known first names start a
 * run. Standard sensitivity never calls this: there a name needs a patient (names.ts).
 */

type Person = Omit<Candidate, 'rule' | 'recognizer'>;

interface Run {
  /** Indices into doc.words of the run's tokens, particles and initials included. */
  first: number;
  last: number;
  /** The capitalised words (no initials, no particles), possessive "'s" removed. */
  caps: string[];
  initial: boolean;
  start: number;
  end: number;
}

const PARTICLES = new Set(['van', 'von', 'de', 'da', 'das', 'dos', 'do', 'del', 'della', 'di', 'du', 'ten', 'ter', 'der', 'den', 'bin', 'ibn', 'al', 'el', 'la', 'le', 'y']);
const POSSESSIVE = /['’]s?$/;
/** Longest run that can be one person's name (particles and initials aside). */
const MAX_NAME_WORDS = 4;

const isUpper = (c: string) => c !== c.toLowerCase() && c === c.toUpperCase();
const isLowerWord = (w: string) => w === w.toLowerCase() && w !== w.toUpperCase();

export function peopleAnywhere(doc: Doc): Person[] {
  const text = doc.text;
  const words = doc.words;
  const lowerDoc = !/[A-Z]/.test(text);
  const wordAt = (i: number) => text.slice(words.starts[i]!, words.ends[i]!);
  const gapBefore = (i: number) => (i > 0 ? text.slice(words.ends[i - 1]!, words.starts[i]!) : text.slice(0, words.starts[0]!));

  const runs: Run[] = [];
  for (let i = 0; i < words.length; i++) {
    const run = runAt(i);
    if (!run) continue;
    runs.push(run);
    i = run.last;
  }

  function nameShaped(w: string): boolean {
    if (!w) return false; // "'s" alone
    if (lowerDoc) return LOWER_NAME_WORD.test(w);
    return isUpper(w[0]!) && HAS_LOWER.test(w) && !HAS_DIGIT.test(w);
  }

  /** The run of name tokens starting at word i, if word i starts one. */
  function runAt(i: number): Run | undefined {
    // Most words of a draft are lower case or numbers: no string work for them.
    const c = text.charCodeAt(words.starts[i]!);
    if (!lowerDoc && ((c >= 97 && c <= 122) || (c >= 48 && c <= 57))) return undefined;
    const w0 = wordAt(i).replace(POSSESSIVE, '');
    if (!nameShaped(w0) || TITLES.has(w0.toLowerCase())) return undefined;
    if (lowerDoc && (NOT_NAMES.has(w0) || isCommonLower(w0))) return undefined;
    const caps = [w0];
    let last = i;
    let initial = false;
    for (let j = i + 1; j < words.length && caps.length < MAX_NAME_WORDS + 2; j++) {
      const gap = gapBefore(j);
      const prev = wordAt(j - 1);
      const prevInitial = ONE_CAPITAL.test(prev);
      if (!(gap === ' ' || (prevInitial && (gap === '. ' || gap === '.')))) break;
      if (POSSESSIVE.test(prev) && prev.length > 2 && HAS_APOSTROPHE.test(prev)) break; // "Yefremova's Cautionary"
      const w = wordAt(j).replace(POSSESSIVE, '');
      if (!lowerDoc && ONE_CAPITAL.test(w)) {
        // An initial inside a name: another name word must follow.
        const next = j + 1 < words.length ? wordAt(j + 1) : '';
        if (!nameShaped(next.replace(POSSESSIVE, ''))) break;
        initial = true;
        last = j;
        continue;
      }
      if (!lowerDoc && PARTICLES.has(w) && j + 1 < words.length && nameShaped(wordAt(j + 1)) && gapBefore(j + 1) === ' ') {
        last = j;
        continue;
      }
      if (!nameShaped(w)) break;
      if (lowerDoc && (NOT_NAMES.has(w) || isCommonLower(w))) break;
      caps.push(w);
      last = j;
    }
    const lastWord = wordAt(last);
    const end = words.ends[last]! - (POSSESSIVE.test(lastWord) && HAS_APOSTROPHE.test(lastWord) ? lastWord.match(POSSESSIVE)![0].length : 0);
    return { first: i, last, caps, initial, start: words.starts[i]!, end };
  }

  /** The last `n` words before word i, lower-cased, when only spaces (or one of `gaps`) separate them. */
  function before(i: number, n: number): string | undefined {
    const out: string[] = [];
    for (let k = i - 1; k >= 0 && out.length < n; k--) {
      const gap = text.slice(words.ends[k]!, k + 1 < words.length ? words.starts[k + 1]! : text.length);
      const joins = out.length === 0 ? /^[ \t]*(?:[,:?.][ \t\n]*)?$/.test(gap) && gap.indexOf('\n') === gap.lastIndexOf('\n') : /^[ \t]+$/.test(gap);
      if (!joins) return out.length ? out.reverse().join(' ') : undefined;
      out.push(wordAt(k).toLowerCase());
    }
    return out.length === n ? out.reverse().join(' ') : out.length ? out.reverse().join(' ') : undefined;
  }
  /** The phrases that end just before word i (its last 1..4 words), computed once per word. */
  const endings = new Map<number, string[]>();
  function phrasesBefore(i: number): string[] {
    let list = endings.get(i);
    if (list) return list;
    const all = before(i, MAX_BEFORE_WORDS);
    list = [];
    if (all) {
      const parts = all.split(' ');
      for (let n = 1; n <= parts.length; n++) list.push(parts.slice(-n).join(' '));
    }
    endings.set(i, list);
    return list;
  }
  function cueBefore(i: number, set: ReadonlySet<string>): boolean {
    const list = phrasesBefore(i);
    for (const p of list) if (set.has(p)) return true;
    return set === STRONG_BEFORE && list.length > 0 && list[0]!.startsWith('ex-');
  }
  /** The gap right before word i is "Word " or "word, " (not a new sentence or line). */
  function sentenceStart(i: number): boolean {
    if (i === 0) return true;
    // The gap ends a sentence or a line, perhaps followed by quoting marks ("> ", "- ").
    const gap = gapBefore(i);
    let k = gap.length;
    while (k > 0 && ' \t>?•*-'.includes(gap[k - 1]!)) k--;
    const ended = k > 0 && '.!?:;"“(\n'.includes(gap[k - 1]!);
    return ended && !INITIAL_OR_TITLE.test(wordAt(i - 1));
  }
  // A surname's shape or a surname some locale uses ("Nishiyama", "Hughes"), unless also a word.
  function looksForeign(w: string): boolean {
    return FOREIGN_LETTER.test(w) || SURNAME_ENDING.test(w) || (isKnownSurname(w) && isFirstName(w) === isUnambiguousFirstName(w) && !isEverydayWord(w));
  }
  function numberAfter(run: Run): boolean {
    const n = run.last + 1;
    return n < words.length && ONLY_SPACE.test(text.slice(words.ends[run.last]!, words.starts[n]!)) && DIGIT_START.test(wordAt(n));
  }
  function lineStart(i: number): boolean {
    return i === 0 || /\n[ \t>?•*-]*$/.test(gapBefore(i)) || (i === 0 && /^[ \t]*$/.test(gapBefore(i)));
  }
  function afterPerson(run: Run): boolean {
    const lastWord = wordAt(run.last);
    const n = run.last + 1;
    const gap = n < words.length ? text.slice(words.ends[run.last]!, words.starts[n]!) : '';
    if (POSSESSIVE_S_END.test(lastWord) && n < words.length && ONE_SPACE.test(gap) && POSSESSED.has(wordAt(n).toLowerCase())) return true;
    if (n >= words.length) return false;
    // Dialogue: "Ella: What a wife." (a label would be one of NOT_NAMES).
    // Dialogue: "Ella: What a wife.", "Anneli: where are the keys?" (a label would be one of NOT_NAMES).
    if (COLON_GAP.test(gap) && lineStart(run.first) && (run.caps.length === 1 || isFirstName(run.caps[0]!))) {
      if (CAPITAL_OR_QUOTE_START.test(text.slice(words.starts[n]! - (gap.endsWith('"') ? 1 : 0))) || isFirstName(run.caps[0]!) || looksForeign(run.caps[0]!)) return true;
    }
    if (COMMA_GAP.test(gap) && MODAL.test(wordAt(n)) && n + 1 < words.length && I_YOU_WE.test(wordAt(n + 1))) return true;
    if (gap !== ' ') return false;
    const next = [0, 1, 2].map((k) => (n + k < words.length ? wordAt(n + k).toLowerCase() : '')).filter(Boolean);
    if (PERSON_VERBS.has(next[0]!)) return true;
    for (let k = 1; k <= next.length; k++) if (PERSON_AFTER_PHRASES.has(next.slice(0, k).join(' '))) return true;
    return false;
  }

  // Lists of runs, grouped once: each run's list, so asking for it costs nothing per run.
  const lists: Run[][] = [];
  const listOf: number[] = [];
  for (let r = 0; r < runs.length; r++) {
    const joined = r > 0 && /^(?:, ?| and |, and )$/.test(text.slice(runs[r - 1]!.end, runs[r]!.start));
    if (!joined) lists.push([]);
    lists[lists.length - 1]!.push(runs[r]!);
    listOf.push(lists.length - 1);
  }
  const firmLists = new Map<Run[], boolean>();
  const namesLists = new Map<Run[], boolean>();

  const accepted: Run[] = [];
  const known = new Set<string>();
  const decided = new Map<Run, boolean>();
  for (let r = 0; r < runs.length; r++) {
    const run = runs[r]!;
    const ok = isPerson(run) && !inFirmName(r);
    decided.set(run, ok);
    if (ok) {
      accepted.push(run);
      for (const c of run.caps) known.add(c.toLowerCase());
    }
  }
  // A name found once is a name everywhere in the draft; a list mostly of names is all names.
  for (let r = 0; r < runs.length; r++) {
    const run = runs[r]!;
    if (decided.get(run) || !usable(run) || run.caps.some((c) => NOT_NAMES.has(c.toLowerCase()))) continue;
    if (run.caps.every((c) => known.has(c.toLowerCase())) || inListOfNames(r)) {
      decided.set(run, true);
      accepted.push(run);
    }
  }

  function usable(run: Run): boolean {
    if (run.caps.length === 1 && COUNTRIES.has(run.caps[0]!.toLowerCase())) return false;
    return run.caps.length > 0 && run.caps.length <= MAX_NAME_WORDS && !run.caps.some((c) => ORGANISATION_WORDS.has(c.toLowerCase())) && !run.caps.every((c) => NOT_NAMES.has(c.toLowerCase()));
  }

  /** The runs joined to run r by ", " and " and " ("They had 6: Kateřina, James, …, Emily and Michael"). */
  function listAround(r: number): Run[] {
    return lists[listOf[r]!]!;
  }
  /**
   * A list of single words decides for its members: "Kateřina, James, Christopher and Emily" is a
   * list of people (most are first names); "White, Willis and Hoffman, Lucid and Loveland
   * Technologies" and "The Jones, Smith and Davis Orchestra" are firms (surnames, a firm's word).
   */
  function inFirmName(r: number): boolean {
    const members = listAround(r);
    if (members.length < 3) return false;
    const cached = firmLists.get(members);
    if (cached !== undefined) return cached;
    const firm = isFirm(members);
    firmLists.set(members, firm);
    return firm;
  }
  function isFirm(members: Run[]): boolean {
    if (members.some((m) => m.caps.some((c) => ORGANISATION_WORDS.has(c.toLowerCase()) || NOT_NAMES.has(c.toLowerCase())))) return true;
    if (!members.every((m) => m.caps.length === 1)) return false;
    const firstNames = members.filter((m) => isUnambiguousFirstName(m.caps[0]!)).length;
    return !(firstNames * 2 > members.length && firstNames >= 2);
  }
  function inListOfNames(r: number): boolean {
    const members = listAround(r);
    if (members.length < 3 || inFirmName(r)) return false;
    let answer = namesLists.get(members);
    if (answer === undefined) {
      const names = members.filter((m) => decided.get(m) || m.caps.some((c) => isUnambiguousFirstName(c))).length;
      namesLists.set(members, (answer = names * 2 > members.length && names >= 2));
    }
    return answer;
  }

  function isPerson(run: Run): boolean {
    // "Ask Hiroshi Tanabe": a sentence's first word is capitalised whatever it is.
    // Only when a name is left: "Ask Ingrid Halvorsen", "Thanks Maria"; not "Krisztina Váradi".
    const rest = run.caps.slice(1);
    const nameLeft = rest.length >= 2 || (rest.length === 1 && isUnambiguousFirstName(rest[0]!));
    if (nameLeft && sentenceStart(run.first) && !isFirstName(run.caps[0]!) && !looksForeign(run.caps[0]!) && !lowerDoc) {
      const k = run.first + 1;
      Object.assign(run, { first: k, caps: run.caps.slice(1), start: words.starts[k]! });
    }
    if (!usable(run)) return false;
    // Leading labels and greetings ("Hi", "Producer") are context, not part of the name.
    const caps = run.caps.filter((c) => !NOT_NAMES.has(c.toLowerCase()));
    if (caps.length !== run.caps.length) return false; // "Personal Info", "Country Club Drive"
    const strongBefore = cueBefore(run.first, STRONG_BEFORE);
    const placeBefore = cueBefore(run.first, PLACE_BEFORE);
    const firstKnown = isUnambiguousFirstName(caps[0]!);
    // In an all-lower-case draft every word is name-shaped: only a first name, or a cue, starts a name.
    if (lowerDoc && ((!isFirstName(caps[0]!) && !(strongBefore && looksForeign(caps[0]!))) || caps[0]!.length < 3)) return false;
    const after = afterPerson(run);
    if (caps.length >= 2) {
      if (run.initial) return true;
      // "grew up in Shelly Park", "in Quinta de São Tiago 3610-114": a town, even with a first name in it.
      if (placeBefore && !strongBefore && (!firstKnown || PLACE_WORDS.has(caps[caps.length - 1]!.toLowerCase()) || numberAfter(run))) return false;
      if (firstKnown || strongBefore || after) return true;
      // "Krisztina Váradi", "Tomomi Nishiyama": a surname from another language ends the run.
      return looksForeign(caps[caps.length - 1]!);
    }
    const w = caps[0]!;
    if (strongBefore || after) return true;
    if (placeBefore) return false;
    if (lowerDoc) return false;
    const start = sentenceStart(run.first);
    if (isUnambiguousFirstName(w) && !start) return true;
    return (isUnambiguousFirstName(w) || looksForeign(w)) && cueBefore(run.first, WEAK_BEFORE);
  }

  return accepted.map((run) => ({
    start: run.start,
    end: run.end,
    score: 0.6,
    pattern: run.caps.length > 1 ? 'person name' : 'first or last name',
    context: [],
  }));
}

/** Last words of a town's or a park's name: "Shelly Park", "Colorado Springs", "Port Whangarei". */
const PLACE_WORDS = new Set(['park', 'port', 'bay', 'beach', 'springs', 'falls', 'heights', 'city', 'town', 'village', 'island', 'lake', 'valley', 'hills', 'hill', 'creek', 'harbor', 'harbour', 'point', 'grove', 'ridge', 'junction', 'mills', 'station', 'county', 'parish', 'district', 'province', 'region']);

const COMMON_LOWER = new Set(
  `is was are were be been has have had will would can could should may might must do does did not no yes and or but
  if then so to of in on at by for with from as into about over after before up down out off again also just still
  very too much many more most some any all each every one two three four five six seven eight nine ten the a an
  this that these those there here he she they we you i it his her their our your my me him us them who what when
  where why how which in a couple months weeks days years time times day week month year`.split(/\s+/),
);
function isCommonLower(w: string): boolean {
  return COMMON_LOWER.has(w) || VERB_OR_ADVERB_END.test(w) || w.length < 3;
}
