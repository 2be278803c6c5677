import type { Doc } from '../doc';
import { nearby, onePerSentence } from '../conduct/frame';
import { withFrames } from '../conduct/frames';
import { CONDUCT_FRAMES } from '../conduct/frame-set';
import { COLLEAGUE_FRAMES } from '../conduct/frames-work';

import { withInsultsAimedAt } from '../conduct/insults';
import { runConductPatterns, type ConductPattern, type ConductSpec } from '../conduct/recognizer';
import type { Candidate, CustomRecognizer } from '../recognizer';
import { messageFor } from '../rules';
import { COLLEAGUE, NAMED_COLLEAGUE, anyOf, near } from '../vocab/conduct';

/**
 * Disparaging, bullying or harassing colleagues: lateral violence (ANA position statement on
 * incivility, bullying and workplace violence; NCSBN). Insults aimed at a colleague by role, name
 * or handle, and the classic bullying lines ("how did she pass NCLEX"). Naming or tagging the
 * colleague makes it high. Praise ("the best preceptor"), self-deprecation ("I'm the worst") and
 * sports trash talk have no colleague target and are not findings.
 */
const named = near('named', NAMED_COLLEAGUE, 12);
/** What only clinicians do: "how is she still allowed to operate". */
const PRACTICE = String.raw`\b(?:operate|operating|practice|practise|practicing|practising|privileges|licen[cs]e|nclex|boards|patients|pts|surgery|chart|charting|the\s+unit|on\s+staff|a\s+nurse|a\s+doctor|clinicals|orientation)\b`;
const colleagueNear = near('colleague', COLLEAGUE, 14);

/** Who the private matter is about: a pronoun, a handle or a colleague by role ("our charge nurse"). */
const PRONOUN_SUBJECT = String.raw`\b(?:she|he|they)(?:\s|(?='))`;
/** A colleague by handle or role, and the whitespace after: looked behind. */
const ROLE_BEFORE = String.raw`(?:@\w+|\b(?:our|my|the)\s(?:[\w-]+\s)?(?:manager|charge\snurse|preceptor|director|supervisor|educator|coworker|co-worker|colleague|resident|attending|doc|nurse|np|pa|tech|aide|traveler))\s`;

/**
 * A private matter said of someone: "she is", "@jo failed", "our manager is". The subject is a
 * pronoun or (looked behind) a colleague, so each is an alternative of its own, the looked-behind
 * one starting with its verb ("is") or its apostrophe ("'s", the lookbehind moved past it): a
 * long draft then tries them only at those words and apostrophes (conduct/candidates.ts), not at
 * every character of the windows around its gate words. At any place the alternatives are tried
 * in the order of `(?:pronoun|lookbehind)(?:'s|is|...)`: only verbs with one first character can start there.
 */
function afterSubject(verbs: readonly string[], rest: string): string[] {
  const quoted = verbs.filter((v) => v.startsWith("'")).map((v) => v.slice(1));
  const plain = verbs.filter((v) => !v.startsWith("'"));
  return [
    `${PRONOUN_SUBJECT}(?:${verbs.join('|')})${rest}`,
    ...(quoted.length ? [`'(?<=${ROLE_BEFORE}')(?:${quoted.join('|')})${rest}`] : []),
    ...(plain.length ? [`\\b(?<=${ROLE_BEFORE})(?:${plain.join('|')})${rest}`] : []),
  ];
}

const PATTERNS: ConductPattern[] = [
  {
    name: 'how did they pass',
    gate: [['how']],
    regex: new RegExp(
      String.raw`\bhow\s+(?:did|does|do|on\s+earth\s+did|tf\s+did|the\s+hell\s+did|the\s+hell\s+does)\s+(?:she|he|they|this\s+\w+|that\s+\w+|you|these\s+\w+|these\s+people)\s+(?:even\s+|ever\s+|still\s+)?(?:pass(?:ed)?|graduate(?:d)?|get\s+(?:hired|through|into)|(?:still\s+)?ha(?:ve|s)\s+(?:(?:a|her|his|their)\s+)?(?:licen[cs]e|privileges|a\s+job))\b` +
        String.raw`|\bhow\s+(?:is|are)\s+(?:she|he|they|(?:this|that|our|the)\s+(?:[\w-]+\s+)?[\w-]+)\s+still\s+(?:allowed|employed|licensed|working|practicing|practising|here|a\s+nurse|a\s+doctor|on\s+staff)\b`,
      'gi',
    ),
    severity: 'medium',
    needs: [near('colleague or practice', new RegExp(`${COLLEAGUE.source}|${PRACTICE}`, 'gi'), 14)],
    raise: [named],
    tie: 'person',
  },
  {
    name: 'how is this named colleague still allowed',
    gate: [['how']],
    regex: /\b[Hh]ow\s+(?:is|does)\s+(?:Dr|Doctor|Nurse)\.?\s+[A-Z][a-z]+\s+still\s+(?:allowed|employed|licensed|working|practicing|practising|here|have\s+(?:a\s+)?(?:licen[cs]e|privileges|a\s+job)|on\s+staff)\b/g,
    severity: 'high',
    tie: 'person',
  },
  {
    name: 'unfit to practise',
    gate: [['business', "shouldn't", 'should', 'needs', 'need', 'fired', 'retire']],
    regex: /\b(?:ha(?:s|ve)\s+no\s+business\s+(?:being\s+an?\s+(?:nurse|doctor|doc|surgeon|np|pa|rn|provider|physician)|(?:working|practicing|practising)\b|touching\s+patients|near\s+patients)|(?:shouldn't|should\s+not|should\s+never)\s+be\s+(?:an?\s+)?(?:nurse|doctor|surgeon|allowed\s+near\s+(?:patients|a\s+patient|pts)|licensed|practicing|practising)|needs?\s+to\s+(?:be\s+fired|retire|lose\s+(?:her|his|their)\s+licen[cs]e)|(?:should|needs\s+to|deserves\s+to)\s+(?:be|get)\s+fired)\b/gi,
    severity: 'medium',
    needs: [near('colleague', COLLEAGUE, 14)],
    raise: [named],
    tie: 'person',
  },
  {
    name: 'a colleague told off by handle',
    // "@jordan_rn maybe if you answered your own call lights we wouldn't have to cover for you"
    gate: [['maybe', 'cover', 'slack', 'job', 'learn', 'nobody', 'everyone', 'everybody', 'stop']],
    regex: /(?:^\s*|\n[^\S\n]*)@\w+[^\n]{0,120}?\b(?<hit>maybe\s+if\s+you|(?:cover|covering)\s+for\s+you|pick(?:ing)?\s+up\s+your\s+slack|do\s+your\s+(?:own\s+)?(?:job|charting|work)|learn\s+(?:to|how\s+to)\s+\w+|nobody\s+(?:likes|trusts|wants)\s+you|every(?:one|body)\s+(?:knows|hates|talks\s+about)\s+you|stop\s+(?:dumping|leaving)\s+your)/gi,
    severity: 'high',
    needs: [near('work', anyOf(['shift', 'call lights', 'call light', 'patients', 'pts', 'chart', 'charting', 'report', 'unit', 'assignment', 'cover', 'admits', 'meds', 'nights', 'days', 'floor']), 30)],
    tie: 'person',
  },
  {
    name: 'bullying',
    regex: anyOf([
      'how you really got', 'how she really got', 'how he really got', 'slept her way', 'slept his way', 'eat their young',
      'we all know you', 'we all know how you', 'we all know what you', 'everyone knows you', 'everyone knows what you',
      'everybody knows you', "everyone's talking about you", 'we know what you did',
      'eats their young', 'eating their young', 'nobody likes you', 'nobody wants you', 'no one likes you', 'no one wants you',
      'go back to nursing school', 'go back to med school', 'should lose her license', 'should lose his license',
      'should lose their license', 'should be fired', 'needs to be fired', 'get off my unit', 'quit already', 'do us all a favor',
      'everyone hates her', 'everyone hates him', 'laughing at her', 'laughing at him',
      // Telling a colleague they are not fit for the job.
      "mcdonald's is hiring", 'mcdonalds is hiring', 'walmart is hiring', 'target is hiring', 'find a new career', 'find another career',
      'pick a different career', "nursing isn't for you", 'nursing is not for you', 'not cut out for this', 'not cut out for nursing',
    ]),
    severity: 'medium',
    needs: [colleagueNear],
    // "Why do nurses eat their young? ... Let's fix that": the culture questioned, not a colleague bullied.
    unless: [near('questioning the culture', anyOf(['why do', 'why does', 'why are', "let's fix", 'lets fix', 'fix that', 'fix this', 'break the cycle', 'end the cycle', 'the culture', 'this culture', 'stop the', 'has to stop', 'needs to stop', 'must stop',
      // "'nurses eat their young' is not a personality trait", "... needs to die as a saying": the saying refuted.
      'personality trait', 'as a saying', 'retire', 'should be reported', 'kindness is', 'never funny', 'not funny', "isn't funny", 'that saying', 'the saying', 'needs to die', 'needs to go', 'is not normal', "isn't normal", 'is not okay', "isn't okay", 'is not a rite', "isn't a rite", 'rite of passage', 'is not an excuse', "isn't an excuse"]), 14)],
    raise: [named],
    tie: 'person',
  },
  {
    name: "sharing a colleague's private life",
    why: "shares a colleague's health or private life in public",
    // "why Kristen from nights quit: she's in rehab for pills, her cell is ...": a colleague's
    // health, troubles or contact details passed around (NCSBN; HIPAA covers coworkers too).
    gate: [['failed', 'flunked', 'sleeping', 'hooking', 'affair', 'rehab', 'detox', 'psych', 'jail', 'treatment', 'aa', 'pregnant', 'miscarriage', 'miscarried', 'divorce', 'divorced', 'divorcing', 'affair', 'cheating', 'cheated', 'caught', 'dui', 'arrested', 'suspended', 'fired', 'probation', 'overdosed', 'relapsed', 'cell', 'number', 'address', 'std', 'sti', 'hiv', 'cancer', 'diagnosed']],
    regex: new RegExp(
      [
        // The subject is looked behind, so the colleague it names counts as the colleague nearby.
        ...afterSubject(["'s", 'is', "'re", 'are', 'was', 'got', String.raw`just\s+got`, String.raw`has\s+been`, 'went'], String.raw`\s+(?:(?:getting|going\s+through\s+a)\s+)?(?:(?:in|into|to|back\s+in|out\s+of|off\s+to|going\s+to)\s+)?(?:rehab|detox|the\s+psych\s+(?:ward|unit)|psych|jail|treatment|aa|(?:a\s+)?(?:dui|arrested|suspended|fired|on\s+probation|pregnant|divorced|divorcing|cheating|overdosed|relapsed|diagnosed\s+with\s+\w+))\b`),
        ...afterSubject(["'s", 'is', "'re", 'are', 'was'], String.raw`\s+(?:sleeping|hooking\s+up|messing\s+around|having\s+an\s+affair)\s+with\b`),
        ...afterSubject(['failed', 'flunked'], String.raw`\s+(?:her|his|their)\s+(?:nclex|boards|board\s+exam|exam|competenc\w+|drug\s+(?:test|screen)|check[\s-]?offs?|skills\s+check)\b`),
        String.raw`\b(?:her|his|their)\s+(?:personal\s+)?(?:cell|number|phone(?:\s+number)?|home\s+address|address)\s+(?:is|:)`,
        String.raw`\b(?:she|he|they)\s+(?:had|has)\s+(?:a\s+)?(?:miscarriage|an\s+affair|an\s+std|hiv|cancer)\b`,
        String.raw`\b(?:because|bc|cause|since)\s+(?:she|he|they)\s+(?:cheated|relapsed|overdosed|got\s+(?:a\s+)?dui|got\s+arrested|got\s+caught)\b`,
      ].join('|'),
      'gi',
    ),
    severity: 'medium',
    needs: [near('colleague', new RegExp(`${COLLEAGUE.source}|\\b(?:from|on)\\s+(?:nights|days|our\\s+unit|the\\s+unit|my\\s+unit|the\\s+floor|night\\s+shift|day\\s+shift)\\b|\\bquit\\b|\\bcoworker|\\bwork\\s+wife|\\bwork\\s+husband`, 'gi'), 25, 'before')],
    // Good news shared with joy ("is pregnant and we threw her a shower") is not gossip.
    unless: [near('celebration', anyOf(['shower', 'baby shower', 'congrats', 'congratulations', 'so happy', 'so excited', 'so proud', 'welcome', 'cheering', 'rooting for', 'praying for', 'prayers', 'get well', 'recovery', 'celebrate', 'celebrating'], '🎉|🥳|❤️|💕|💙|🙏|🍼'), 20)],
    raise: [near('mocking or contact', anyOf(['lol', 'lmao', 'check on her', 'check on him', 'wanna', 'call her', 'call him', 'text her', 'text him'], '😂|🤣|💊|🙄|\\d{3}[-.\\s]\\d{3}[-.\\s]\\d{4}|\\d{3}[-.]\\d{4}'), 25)],
    tie: 'person',
  },
];

const spec: ConductSpec = { id: 'colleague-bullying', rule: 'conduct.colleague', patterns: PATTERNS, mentions: true, selfAimed: true };
const NAMED = /^(?:dr|doctor|nurse)\b|^@/i;

export const colleagueDisparaged: CustomRecognizer = {
  kind: 'custom',
  id: 'colleague',
  rule: 'conduct.colleague',
  find(doc: Doc): Candidate[] {
    const found = withInsultsAimedAt(doc, runConductPatterns(doc, spec), 'colleague', (i) => {
      const isNamed = NAMED.test(i.word) || nearby(doc, i.start, i.end, NAMED_COLLEAGUE, 12) !== undefined;
      return {
        rule: 'conduct.colleague',
        start: i.start,
        end: i.end,
        score: isNamed ? 0.9 : 0.7,
        recognizer: 'colleague',
        pattern: i.strong ? 'insult aimed at a colleague' : 'insult said of a colleague',
        context: [`colleague '${i.word}'`],
        tie: 'person',
        severity: isNamed ? 'high' : 'medium',
        message: messageFor('conduct.colleague', doc.text.slice(i.start, i.end), isNamed ? 'calls a named colleague names in public' : 'calls colleagues names in public'),
      };
    });
    return onePerSentence(doc, withFrames(doc, CONDUCT_FRAMES, COLLEAGUE_FRAMES, found));
  },
};
