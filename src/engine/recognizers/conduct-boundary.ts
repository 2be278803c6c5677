import { conductRecognizer, type ConductPattern } from '../conduct/recognizer';
import { COLLEAGUE_ROLES, anyOf, near } from '../vocab/conduct';

/**
 * Friending, messaging, dating or meeting patients outside care (NCSBN "A Nurse's Guide to
 * Professional Boundaries": the nurse is responsible for the boundary, with current and former
 * patients alike). The poster must be the one crossing it: a friend request *received* from a
 * patient, a question about how to decline one, and messages through the patient portal are not
 * findings.
 */

/** Someone's relative: "the son of one of my hospice patients", "a mom in the NICU". */
const RELATIVE = String.raw`(?:mom|mother|dad|father|parent|wife|husband|widow|widower|daughter|son|brother|sister|grandson|granddaughter|family|families)`;
/** Someone described: "the sweet mama from yesterday's delivery". */
const PERSON = String.raw`(?:guy|girl|lady|man|woman|dude|mama|mom|dad|papa|gentleman|couple|family|grandma|grandpa|kid|teen|boy)`;
/** Which patients: "my", "one of my", "a bunch of my old". */
const WHOSE = String.raw`(?:my|a|one\s+of\s+my|our|this|that|the|(?:a\s+lot|a\s+bunch|a\s+couple|some|most|all|several|one|two|a\s+few|half|many)\s+of\s+(?:my|our))`;

/** A patient, current or former, or a patient's relative. */
const PATIENT_REF = String.raw`(?:(?:a|the|one\s+of\s+(?:my|our|the))\s+${RELATIVE}s?\s+(?:in|from|on|of)\s+(?:the\s+|my\s+|our\s+)?(?:nicu|picu|icu|unit|er|ed|floor|ward|l&d|peds|bed\s+\d+|room\s+\d+|patients?|pts?)\b|(?:the|a|my)\s+${RELATIVE}\s+of\s+(?:one\s+of\s+)?(?:my|a|our)\s+(?:[\w-]+\s+){0,2}?(?:pt|patient)s?\b|${WHOSE}\s+(?:[\w-]+\s+){0,2}?(?:pt|patient)s?(?:'s\s+${RELATIVE})?\b|${WHOSE}\s+(?:old\s+|former\s+)?(?:[\w&-]+\s+)?families\b|${WHOSE}\s+(?:old\s+|former\s+)?(?:postpartum|nicu|l&d|labor|ob|peds|picu|hospice|dialysis|icu|clinic|antepartum|delivery|birthing|oncology|onc|rehab)\s+(?:moms|mamas|mothers|dads|families|babies|kids|ladies|guys)\b|(?:pt|patient)\s+from\s+(?:bed|room|bay|last|yesterday|this|my|the|\d)|(?:he|she)\s+(?:was|is)\s+(?:my|a)\s+(?:former\s+)?(?:pt|patient)|the\s+(?:guy|girl|lady|man|woman|dude)\s+(?:from|in)\s+(?:bed|room|bay)\s*\d+|(?:bed|room|rm|bay)\s*\d+[a-z]?\s+(?:guy|lady|man|woman|dude|girl|boy|gentleman|patient|pt|mom|dad|mama)|(?:the|a|that|this|my)\s+(?:[\w'-]+\s+){0,2}?${PERSON}\s+(?:from|in)\s+(?:(?:yesterday's|last\s+night's|today's|this\s+morning's|last\s+week's|my|our|the)\s+)?(?:[\w-]+\s+){0,2}?(?:delivery|surgery|code|admission|admit|triage|transfer|c-section|section|case|assignment|er|ed|icu|nicu|picu|unit|floor|clinic|ward|l&d|labor|ob|or|pacu|peds|hospice|rehab|dialysis)|(?:the|a|that|this|my)\s+(?:[\w-]+\s+){0,2}?${PERSON}\s+(?:from|in)\s+(?:bed|room|rm|bay)\s*\d+|(?:the|a|that|this)\s+(?:[\w'-]+\s+){1,3}?(?:i|we)\s+(?:just\s+)?(?:triaged|treated|cared\s+for|discharged|admitted|intubated|sutured|stitched\s+up|took\s+care\s+of|scanned|delivered|nursed))`;

const SOCIAL = String.raw`(?:(?:texting|messaging|snapchatting|dming|chatting|facetiming)\s+with(?=\s+(?:my|a|one|him|her|them|the|this|that)\b)|(?:found|looked\s+up|stalked|searched\s+for)\s+(?=(?:my|a|one|the|that|this|his|her|their)\s+[^.!?\n]{0,40}\b(?:insta|instagram|ig|fb|facebook|tiktok|snap|snapchat|socials?|linkedin|profile)\b)|(?:insta|instagram|ig|fb|facebook|tiktok|snapchat|socials?|profile)\s+and\s+(?:followed|added|friended|messaged|dm'?d)|(?:going|went|go|headed|heading|invited)\s+to\s+(?=(?:my|a|one|the|that|his|her|their)\s+[^.!?\n]{0,30}\b(?:birthday|party|wedding|bbq|barbecue|cookout|graduation|baby\s+shower|housewarming)\b)|friend\s+request(?:ed)?|(?:babysit(?:ting|s)?|nann(?:y|ying)|house[\s-]?sit(?:ting)?|dog[\s-]?sit(?:ting)?|clean(?:ing)?\s+house)\s+for|(?:friends|mutuals|connected)\s+with(?=\s+(?:half|most|all|some|a\s+few|a\s+lot|one|two|several|my|a|our)\b)|(?:friend|friending)\s+(?=(?:a|my|your|our|all\s+my)\b)|friended|unfriended|added\s+(?:him|her|them)\s+on|added(?=\s+(?:my|a|the|that|this|one)\b)|followed\s+(?:him|her|them)\s+(?:on|back)|follow(?:ing)?\s+(?:him|her|them)\s+on|accepted\s+(?:his|her|their|a)\s+(?:friend\s+|follow\s+)?request|slid\s+into|dm'?d|dm'?ing|in\s+(?:his|her|their|my)\s+dms|(?:been|were|are|started|keep|kept)\s+(?:messaging|texting|snapchatting|dming|talking)|messag(?:ed|ing)(?=\s+(?:him|her|them|my|a|one)\b)|text(?:ed|ing)(?=\s+(?:him|her|them|my|a|one)\b)|text(?:ed)?\s+(?:(?:him|her|them)\s+)?back|(?:replied|reply|answered|answer)\s+(?:to\s+)?(?:him|her|them|back)|gave\s+(?:him|her|them|my\s+\w+)\s+my\s+(?:number|cell|personal|snap|insta|ig)|(?:my|our)\s+personal\s+(?:cell|number|phone|email)|exchang(?:ed|ing)\s+(?:numbers|snaps|socials|instas|info)|swapp(?:ed|ing)\s+(?:numbers|snaps|socials|instas)|gave\s+(?:out\s+)?my\s+(?:personal\s+)?(?:cell|number|cell\s+number|phone\s+number|snap|insta|ig)\s+to|(?:still\s|keep|kept|stay|stayed)\s*in\s+touch\s+with|text\s+(?:pics|photos|all\s+the\s+time|every\s+day)|gave\s+(?=[^.!?\n]{0,60}\ba\s+ride\b)|gave\s+(?=(?:my|our|a|the|one)\s+[^.!?\n]{0,40}\bmy\s+(?:personal\s+)?(?:cell|number|snap|insta|ig|address)\b)|(?:let|letting)\s+(?:him|her|them)\s+(?:stay|crash|sleep)\s+(?:at|on|in)\s+my\b|(?:lent|loaned|gave)\s+(?:him|her|them)\s+(?:money|cash|\$\d+)|(?:sending|sent|send|lent|loaned|lend|lending|gave|giving|paid|paying)\s+(?=(?:my|a|our|one)\s+[^.!?\n]{0,40}(?:\b(?:money|cash|rent|venmo|cash\s*app)\b|\$\d+))|drove\s+(?:him|her|them)\s+home|follow(?:s|ing|ed)?(?!\s*(?:-\s*)?up)\b(?=[^.!?\n]{0,60}\b(?:insta|instagram|ig|fb|facebook|tiktok|snap|snapchat|twitter|socials?|linkedin)\b))`;
const DATING = String.raw`(?:(?:went\s+to|out\s+to|going\s+to)\s+(?:dinner|lunch|drinks|brunch)\s+with|(?:secretly|been|started|i'm|im)\s+seeing|seeing\s+each\s+other|date\s+night|a\s+date|on\s+a\s+date|dating|dated|went\s+out\s+with|go\s+out\s+with|going\s+out\s+with|asked\s+(?:him|her|them)\s+out|asked\s+out|hook(?:ed)?\s+up|kissed|made\s+out|sleeping\s+with|slept\s+with|tinder|hinge|bumble|matched\s+with|crush\s+on|flirt(?:ing|ed)?\s+with|(?:coffee|dinner|drinks)\s+date|going\s+for\s+(?:coffee|drinks|dinner)|met\s+up|meeting\s+up|(?:had|having|grabbed|got)\s+(?:coffee|drinks|dinner|lunch|brunch)\s+with|hang(?:ing)?\s+out|hung\s+out|moving\s+in\s+with|engaged\s+to|my\s+(?:boyfriend|girlfriend|bf|gf)\s+was\s+my)`;

/** Words every dating or social-contact phrase has: the windows the patterns run in. */
const DATING_WORDS = [
  'secretly', 'been', 'started', "i'm", 'im', 'date', 'dating', 'dated', 'out', 'asked', 'hook', 'hooked', 'kissed', 'sleeping', 'slept', 'tinder', 'hinge', 'bumble',
  'matched', 'crush', 'flirting', 'flirted', 'flirt', 'coffee', 'dinner', 'drinks', 'met', 'meeting', 'hang', 'hanging', 'hung',
  'moving', 'engaged', 'boyfriend', 'girlfriend', 'bf', 'gf', 'lunch', 'brunch', 'seeing', 'went',
];
const SOCIAL_WORDS = [
  'chatting', 'facetiming', 'found', 'looked', 'stalked', 'searched', 'insta', 'instagram', 'ig', 'fb', 'facebook', 'tiktok', 'snapchat', 'socials', 'social', 'profile', 'going', 'go', 'went', 'headed', 'heading', 'invited',
  'babysit', 'babysitting', 'babysits', 'nanny', 'nannying', 'housesitting', 'house', 'dog', 'cleaning', 'friends', 'mutuals', 'connected', 'friend', 'friending', 'friended', 'unfriended', 'added', 'followed', 'follow', 'follows', 'following', 'accepted', 'slid',
  'dm', "dm'd", 'dmd', 'dms', 'dming', "dm'ing", 'messaging', 'messaged', 'texting', 'texted', 'snapchatting', 'talking',
  'gave', 'personal', 'exchanged', 'exchanging', 'swapped', 'swapping', 'sent', 'touch', 'text', 'drove', 'let', 'letting',
  'lent', 'loaned', 'lend', 'lending', 'sending', 'send', 'paid', 'paying', 'giving', 'replied', 'reply', 'answered', 'answer',
];

/**
 * Asking how to handle it, receiving it, or updating a family about care: the poster has not crossed
 * the boundary.
 */
const received = near('received', anyOf(['got a friend request', 'got a request', 'received a friend request', 'sent me a friend request', 'sent me a request', 'keeps messaging me', 'keep getting', 'how do i', 'how should i', 'should i accept', 'what do i do', 'how to handle', 'decline', 'declined', 'ignore', 'ignored', 'blocked', 'patient portal', 'portal', 'mychart', 'secure message', 'secure messaging', 'telehealth', 'through the app', 'to update', 'update her', 'update him',
  'update them', 'updates on', 'care team']), 14);

/** The post is about a patient's care, however far back: "I cared for a 34-year-old firefighter...". */
const PATIENT_IN_POST = near('patient in the post', anyOf(['i cared for', 'my patient', 'my pt', 'our patient', 'our pt', 'the patient', 'a patient', 'patients', 'discharged', 'discharge', 'admitted', 'his troponin', 'her labs', 'his labs', 'delivered', 'delivery', 'cath lab', 'our ed', 'our er', 'in triage']), 90, 'before');
/** A coworker texting is not a boundary. */
const colleagueActor = near('colleague', COLLEAGUE_ROLES, 8, 'before');

const PATTERNS: ConductPattern[] = [
  {
    name: 'returning a patient\'s advances',
    // "My former pt slid into my DMs and honestly I slid right back", "...asked me out and I said yes".
    gate: [['slid', 'asked', 'messaged', 'added', 'followed', 'requested', 'dm', "dm'd", 'dms']],
    regex: new RegExp(
      String.raw`${PATIENT_REF}[^.!?\n]{0,40}\b(?:slid\s+into\s+my\s+dms|asked\s+me\s+out|asked\s+for\s+my\s+number|messaged\s+me|dm'?d\s+me|added\s+me|(?:friend[\s-])?requested\s+me|followed\s+me)\b[^.!?\n]{0,40}\b(?:i|we)\b[^.!?\n]{0,30}\b(?:slid\s+(?:right\s+)?back|said\s+yes|accepted|added\s+(?:him|her|them)\s+back|followed\s+(?:him|her|them)\s+back|replied|answered|gave\s+(?:him|her|them)\s+my|went\s+out|are\s+going|yes)\b`,
      'gi',
    ),
    severity: 'high',
    tie: 'patient',
  },
  {
    name: 'dating a patient',
    why: "describes a romantic relationship with a patient or their relative",
    // Whole words only: "outdated" is not "dated", "Tina" is not "a".
    gate: [DATING_WORDS],
    regex: new RegExp(`\\b${DATING}(?=[^.!?\\n]{0,50}${PATIENT_REF})|\\b${PATIENT_REF}(?=[^.!?\\n]{0,50}\\b(?:and\\s+)?(?:i|we|we're|we've|i'm|me)\\b[^.!?\\n]{0,30}${DATING})`, 'gi'),
    severity: 'high',
    unless: [received],
    tie: 'patient',
  },
  {
    name: 'social contact with a patient',
    why: "describes friending, following or messaging a patient or their family",
    gate: [SOCIAL_WORDS],
    regex: new RegExp(
      `\\b${SOCIAL}(?=[^.!?\\n]{0,50}${PATIENT_REF})|\\b${PATIENT_REF}(?=[^.!?\\n]{0,60}(?:\\b(?:and\\s+)?(?:i|we|we're|we've|i've|i'm)\\b|\\band\\b)[^.!?\\n]{0,30}${SOCIAL})|\\bsent\\s+${PATIENT_REF}[^.!?\\n]{0,40}\\b(?:a\\s+)?(?:friend|follow)\\s+request`,
      'gi',
    ),
    severity: 'medium',
    unless: [received],
    raise: [near('outside care', anyOf(['after discharge', 'even after discharge', 'anytime', 'every night', 'going for coffee', "we're going", 'weird', 'hang out'], '😍|❤️|😘|👀'), 14)],
    tie: 'patient',
  },
  {
    name: 'a patient in the poster\'s life',
    gate: [['roommate', 'boyfriend', 'girlfriend', 'bf', 'gf', 'partner', 'husband', 'wife', 'fiance', 'fiancee', 'fiancé', 'fiancée', 'best', 'bestie', 'tenant', 'landlord', 'business', 'babysitter', 'nanny', 'employee', 'boss', 'date']],
    // "my former patient is my new roommate": a second relationship with a patient.
    regex: new RegExp(String.raw`\b${PATIENT_REF}\s+(?:is|was|became|is\s+now)\s+(?:now\s+)?my\s+(?:new\s+)?(?:roommate|boyfriend|girlfriend|bf|gf|partner|husband|wife|fianc[eé]e?|best\s+friend|bestie|tenant|landlord|business\s+partner|babysitter|nanny|employee|boss|date)\b`, 'gi'),
    severity: 'high',
    why: 'describes a personal relationship with a patient',
    unless: [received],
    tie: 'patient',
  },
  {
    name: 'taking a patient out',
    why: "describes a social outing with a patient",
    gate: [['took', 'taking', 'take', 'takes']],
    regex: new RegExp(String.raw`\b(?:took|taking|take|takes)\s+${PATIENT_REF}\s+out\s+(?:for|to)\s+(?:lunch|dinner|drinks|coffee|brunch|a\s+movie|the\s+movies|a\s+drink)\b`, 'gi'),
    severity: 'high',
    unless: [received],
    tie: 'patient',
  },
  {
    name: 'personal contact with a patient',
    why: "shows a patient has your personal contact details",
    // "Today he texted my personal cell a photo ... (yes, we keep in touch)": the patient has the
    // clinician's personal channel, in a post about their care.
    gate: [['personal', 'touch', 'gave', 'cell']],
    regex: /\b(?:texted|called|messaged|dm'?d|snapchatted|facetimed|sent|sends|texts)\s+(?:me\s+(?:on|at)\s+)?my\s+personal\s+(?:cell|phone|number|email|insta|instagram|facebook)\b|\b(?:texted|called)\s+my\s+cell\b|\b(?:we|still)\s+(?:keep|kept|stay|stayed)\s+in\s+touch\b|\bgave\s+(?:him|her|them)\s+my\s+(?:personal\s+)?(?:cell|number|snap|insta|ig)\b|\bi\s+gave\s+it\s+to\s+(?:him|her)\b/gi,
    severity: 'medium',
    needs: [PATIENT_IN_POST],
    unless: [received, colleagueActor],
    raise: [near('outside care', anyOf(['after discharge', 'anytime', 'every night', 'going for coffee', 'romance', 'date', 'cute'], '😍|❤️|😘|👀|😊'), 30)],
    tie: 'patient',
  },
];

/** Every pattern names a patient or a patient's relative. */
const GATE = [[
  'pt', 'pts', "pt's", 'patient', 'patients', "patient's", "patients'", 'mom', 'mother', 'dad', 'father', 'parent', 'parents', 'moms',
  'dads', 'wife', 'husband', 'daughter', 'son', 'family', 'families', 'grandson', 'granddaughter', 'guy', 'girl', 'lady', 'man',
  'woman', 'dude', 'brother', 'sister', 'mama', 'bed', 'room', 'gentleman', 'couple', 'kid', 'teen', 'papa', 'grandma', 'grandpa',
  // The personal-contact pattern finds its patient anywhere in the post ("I cared for ...").
  'cared', 'discharged', 'discharge', 'delivered', 'delivery', 'admitted', 'widow', 'widower',
  // "the firefighter I triaged": a patient by what the poster did for them.
  'triaged', 'treated', 'intubated', 'sutured', 'nursed', 'scanned', 'took',
]];

export const boundary = conductRecognizer({ id: 'boundary', rule: 'conduct.boundary', patterns: PATTERNS, gate: GATE, negation: true, mentions: true });
