import { tieOf, type Doc } from '../doc';
import type { Candidate, CustomRecognizer } from '../recognizer';
import { matchesNearChar } from '../anchors';
import { matchesIn } from '../words';
import { COUNTRY_TLDS, GENERIC_TLDS, WELL_KNOWN_SITES, WORDLIKE_TLDS } from '../vocab/web';

/**
 * A host name, with or without a scheme and a path: labels of letters, digits and inner hyphens,
 * dots between them. It starts a token (not inside an email address, a longer host or a path).
 */
const HOST =
  /(?<![\w@./-])(?<scheme>https?:\/\/)?(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.){1,5}(?<tld>[a-z]{2,24})(?![\w@-]|\.[a-z0-9])(?<path>\/[^\s<>"]*)?/gi;
/** The first "." comes at most this far into a match: scheme, "www", one 63-character label. */
const FIRST_DOT_WITHIN = 8 + 63 + 1;
/** Second-level labels under which a country registers names: "co.uk", "com.br". */
const SECOND_LEVEL = /^(?:co|com|org|net|ac|gov|edu|or|ne|go)$/;
const PATIENT_NOUN = /\b(?:pt|patient)/;
const INSTITUTIONAL_TLDS = new Set(['edu', 'gov', 'mil', 'int']);
/** Host labels and path segments of an organisation's own pages. */
const INSTITUTIONAL_PAGES = new Set(['careers', 'career', 'jobs', 'job', 'apply', 'about', 'contact', 'news', 'events', 'donate', 'giving', 'volunteer', 'recruiting']);
/** A patient owns a link only this close to the reference (a sentence or so). */
const PATIENT_TIE_WORDS = 10;

/**
 * Personal web addresses (Safe Harbor N): a patient's blog or a family's site names them. A host
 * alone says nothing about whose it is, so under standard sensitivity it is reported only next to
 * a patient reference; under strict, every web address that is not a well-known public site is.
 * Email hosts, file names ("notes.pdf") and words glued across a missing space ("home.It") are not
 * web addresses: the top-level domain must be real, and a bare host with a word-like one
 * ("home.it") needs a scheme, "www." or a path.
 */
export const webAddress: CustomRecognizer = {
  kind: 'custom',
  id: 'web-address',
  rule: 'phi.url',
  find(doc: Doc): Candidate[] {
    const strict = doc.options.sensitivity === 'strict';
    const out: Candidate[] = [];
    const found = matchesNearChar(HOST, doc.text, '.', FIRST_DOT_WITHIN) ?? matchesIn(HOST, doc.text);
    for (const m of found) {
      const { scheme, tld, path } = m.groups!;
      const host = m[0].slice(scheme?.length ?? 0, m[0].length - (path?.length ?? 0)).toLowerCase();
      if (!isWebHost(host, tld!, !!scheme || host.startsWith('www.') || !!path, m[0])) continue;
      const start = m.index;
      // Sentence punctuation after a link is not part of it.
      let end = start + m[0].length;
      while (end > start && '.,;:!?)]'.includes(doc.text[end - 1]!)) end--;
      const { tie, cues } = tieOf(doc, start, end, PATIENT_TIE_WORDS);
      // "check before you come in" is a patient event, not a patient: the link must be near one.
      if (tie === 'patient' && cues.some((c) => PATIENT_NOUN.test(c))) out.push(candidate(start, end, cues, 'patient', 'high'));
      else if (strict) out.push(candidate(start, end, cues, tie, 'medium'));
    }
    return out;
  },
};

function candidate(start: number, end: number, cues: string[], tie: Candidate['tie'], severity: Candidate['severity']): Candidate {
  return { rule: 'phi.url', start, end, score: 0.7, recognizer: 'web-address', pattern: 'web address', context: cues, tie, severity };
}

/** A real top-level domain, not a well-known site, and not a glued word unless marked as a link. */
export function isWebHost(host: string, tld: string, marked: boolean, written: string): boolean {
  const top = tld.toLowerCase();
  if (!COUNTRY_TLDS.has(top) && !GENERIC_TLDS.has(top)) return false;
  const labels = host.replace(/^www\./, '').split('.');
  const registrable = labels.slice(SECOND_LEVEL.test(labels[labels.length - 2] ?? '') ? -3 : -2).join('.');
  if (WELL_KNOWN_SITES.has(registrable) || WELL_KNOWN_SITES.has(host.replace(/^www\./, ''))) return false;
  // A university's, a government's or an employer's own pages ("careers.osumc.edu/jobs") name nobody.
  if (INSTITUTIONAL_TLDS.has(top) || SECOND_LEVEL.test(labels[labels.length - 2] ?? '') && /^(?:ac|gov|edu|go)$/.test(labels[labels.length - 2]!)) return false;
  if (labels.some((l) => INSTITUTIONAL_PAGES.has(l)) || written.split('/').slice(3).some((seg) => INSTITUTIONAL_PAGES.has(seg.toLowerCase()))) return false;
  if (marked) return true;
  // Bare: people type hosts in lower case; "ASP.NET" and "Node.JS" are product names.
  if (/[A-Z]/.test(written.slice(written.lastIndexOf('.') + 1))) return false;
  return !WORDLIKE_TLDS.has(top) && labels[0]!.length >= 3;
}
