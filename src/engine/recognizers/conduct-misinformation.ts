import type { Doc } from '../doc';
import { gateWindows, matchesStartingIn, sentenceAround } from '../conduct/frame';
import { sentenceHolds, withFrames } from '../conduct/frames';
import { CONDUCT_FRAMES } from '../conduct/frame-set';
import { MISINFORMATION_FRAMES } from '../conduct/frames-public';

import type { Candidate, CustomRecognizer } from '../recognizer';
import { SpanSet } from '../spans';
import { matchesIn } from '../words';
import { anyOf } from '../vocab/conduct';
import { FALSE_CLAIMS, PASSIVE_LINK, type FalseClaim } from '../vocab/misinformation';

/**
 * Well-known false health claims (FSMB 2021 statement on misinformation; GMC). Each claim in
 * vocab/misinformation.ts names its contradicting source, which the message cites. Myth-busting
 * ("Myth: the flu shot gives you the flu. Fact: ..."), questions, reported beliefs ("parents ask
 * whether vaccines cause autism") and denials ("vaccines don't cause autism") are not findings.
 * Claims made with professional authority ("trust me, I'm a nurse") are high.
 */
const GAP = String.raw`[^.!?\n]{0,50}?`;
/** A claim reported from someone else or refuted in its sentence is not the poster's claim (frame classes). */
const NOT_A_CLAIM = ['REPORTED', 'DEBUNK'];
/** Between the concepts, these turn the claim around: "vaccines do not cause autism". */
const GAP_DENIAL = /\b(?:not|no|never|cannot|can't|won't|don't|doesn't|didn't|isn't|aren't|avoid\w*|prevent\w*|protect\w*|against|myth|zero|nothing)\b|n't\b/i;
/** The sentence frames the claim as false, asked or someone else's. */
const FRAMED = /\b(?:myths?|debunk\w*|fact\s*(?:check)?:|false|falsehood|hoax\s+claims?|misinformation|disinformation|no\s+evidence|not\s+true|untrue|no\s+link|conspiracy|rumou?rs?|claims?\s+that|people\s+(?:think|believe|say)|patients?\s+(?:think|thinks|ask|asks|asked|believe|believes|say|says|swears|insists|claims)|parents?\s+(?:think|thinks|ask|asks|asked|believe|believes|worry|say|says)|asked\s+(?:me\s+)?(?:if|whether)|ask(?:s|ed|ing)?\s+(?:me\s+)?(?:if|whether)|keeps?\s+asking|whether|wonder\w*\s+if|still\s+(?:think|believe)|(?:who|that)\s+(?:think|thinks|say|says|believe|believes|claim|claims|insist|insists)|if\s+you\s+(?:hear|heard)|don't\s+believe|stop\s+saying|no,|nope)\b|\?/i;
/** The next sentence says it is false: "...if vaccines cause autism. They don't." */
const DENIED_NEXT = /^[^.!?\n]{0,30}[.!?]+\s*(?:no[.!,]|nope|false|wrong|not\s+true|myth|(?:they|it|that|this|vaccines?|he|she)\s+(?:don't|doesn't|do\s+not|does\s+not|didn't|won't|can't|cannot)\b)/i;
/** Claimed with professional authority: "as a nurse", "22 yrs ICU RN", a signature "— Tanya, RN" (dashes are folded to "-"). */
const AUTHORITY = anyOf([
  'as a nurse', "i'm a nurse", 'im a nurse', 'i am a nurse', 'nurse here', 'as a doctor', "i'm a doctor", 'doctor here',
  'as an rn', 'as a physician', 'trust me', 'do your research', "they don't want you to know", "i've seen it", 'with my own eyes',
  'in my years', 'years of', 'as a healthcare worker', 'as a pharmacist', 'as an np', 'as a nurse practitioner', 'as a midwife',
  'i tell all my', 'i tell my patients', 'i tell my pts', 'my patients',
], String.raw`\b\d+\s*(?:yrs?|years?)\s+(?:(?:as\s+an?\s+)?[\w-]+\s+)?(?:rn|nurse|md|doctor|np|physician|pharmacist)\b|\bboard[\s-]certified\b|,\s*(?:rn|md|do|np|pa-c|bsn|msn|dnp|crna|aprn)\b|\b(?:rn|md),\s*(?:bsn|msn|phd|facp|facs)\b|(?<![\w-])-\s*(?:[\w&.,]+\s+){0,3}?(?:rn|md|np|do|pa-c|bsn|msn|dnp|crna|aprn)\b`);

interface Compiled {
  claim: FalseClaim;
  regexes: RegExp[];
}

const COMPILED: Compiled[] = FALSE_CLAIMS.map((claim) => {
  if (claim.whole) return { claim, regexes: [new RegExp(claim.whole, 'gi')] };
  const { a, b, link } = claim;
  return {
    claim,
    regexes: [
      new RegExp(String.raw`\b(?:${a})\b(?<gap1>${GAP})\b(?:${link})\b(?<gap2>${GAP})\b(?:${b})\b`, 'gi'),
      new RegExp(String.raw`\b(?:${b})\b(?<gap1>${GAP})\b(?:${PASSIVE_LINK})\b(?<gap2>${GAP})\b(?:${a})\b`, 'gi'),
      // "The reason so many young people have heart attacks is the covid vaccine."
      new RegExp(String.raw`\breason\b(?<gap1>${GAP})\b(?:${b})\b(?<gap2>${GAP})\b(?:is|are)\s+(?:the\s+|because\s+of\s+(?:the\s+)?)?(?:${a})\b`, 'gi'),
    ],
  };
});

export const misinformation: CustomRecognizer = {
  kind: 'custom',
  id: 'misinformation',
  rule: 'conduct.misinformation',
  find(doc: Doc): Candidate[] {
    const out: Candidate[] = [];
    const claimed = new SpanSet();
    // The draft's first authority phrase, looked for once: the same for every claim it holds, and
    // on a long draft without one each search reads the whole text.
    let authority: RegExpExecArray | null | undefined;
    const authorityOf = () => {
      if (authority === undefined) {
        AUTHORITY.lastIndex = 0;
        authority = AUTHORITY.exec(doc.text);
      }
      return authority;
    };
    for (const { claim, regexes } of COMPILED) {
      const windows = gateWindows(doc, claim.gate);
      for (const re of regexes) {
        for (const m of windows.flatMap(([from, to]) => matchesStartingIn(re, doc.text, from, to))) {
          const start = m.index;
          const end = start + m[0].length;
          if (GAP_DENIAL.test(m.groups?.gap1 ?? '') || GAP_DENIAL.test(m.groups?.gap2 ?? '')) continue;
          const sentence = sentenceAround(doc, start, end);
          if (FRAMED.test(sentence) || DENIED_NEXT.test(doc.text.slice(end, end + 60))) continue;
          // Passed on from someone else, or answered with the evidence: "my cousin says ..., I sent him the CDC page".
          if (sentenceHolds(doc, CONDUCT_FRAMES, NOT_A_CLAIM, start)) continue;
          if (!claimed.claim(start, end)) continue;
          const authority = authorityOf();
          out.push({
            rule: 'conduct.misinformation',
            start,
            end,
            score: 0.8,
            recognizer: 'misinformation',
            pattern: `claim '${claim.id}'`,
            context: authority ? [`authority '${authority[0].toLowerCase()}'`] : [],
            tie: 'none',
            severity: authority ? 'high' : 'medium',
            message: `This repeats a well-known false health claim: ${claim.claim}. Contradicted by ${claim.source}. Clinicians who spread it risk discipline (FSMB 2021; GMC).`,
          });
        }
      }
    }
    // Two false claims in one sentence are two findings, each with its own source.
    // The same framing as the listed claims: not asked, debunked, reported or denied next.
    return withFrames(doc, CONDUCT_FRAMES, MISINFORMATION_FRAMES, out, (c) => !FRAMED.test(sentenceAround(doc, c.start, c.end)) && !DENIED_NEXT.test(doc.text.slice(c.end, c.end + 60)));
  },
};
