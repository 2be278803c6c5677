import { conductRecognizer, type ConductPattern } from '../conduct/recognizer';
import { CARE, PATIENT, anyOf, near } from '../vocab/conduct';

/**
 * Wishing a patient harm or death, threats, withholding care, callousness about death, and jokes
 * about falsified charting or unsafe practice (NCSBN, FSMB: reported to boards as unprofessional
 * conduct). Venting hyperbole about oneself ("kill me", "I'm going to scream") and sports talk
 * ("we killed them") have no patient as object and are not findings.
 */
const PERSON = String.raw`(?:him|her|them|he|she|they|it|this\s+(?:guy|lady|man|woman|pt|patient|kid|dude|family|one)|that\s+(?:guy|lady|man|woman|pt|patient|kid|dude|family|one)|the\s+(?:\w+\s+){0,2}?(?:guy|lady|man|woman|pt|patient|kid|dude|family|driver|drunk|one|junkie|gomer|dirtbag|frequent\s+flyer)|my\s+pt|my\s+patient|pt|bed\s+\d+|room\s+\d+)`;
/** Words for a person inside a wish: "hope the guy in 5 ...", "let tonight be the night grandpa ...". */
const PERSON_WORD = String.raw`he|she|him|her|they|grandpa|grandma|granny|pt|patient|guy|lady|man|woman|kid|dude|family|this\s+one|that\s+one|bed\s+\d+|room\s+\d+|frequent\s+fl[yi]er|junkie|gomer|dirtbag|drunk|idiot|jerk|screamer|creep|addict|seeker`;
const mocking = near('mocking', anyOf(['lol', 'lmao', 'lmfao', 'haha', 'jk', 'oops', 'whoops', 'anyway', 'shrug', 'fine', "she's fine", "he's fine"], '🤷|😂|🤣|😇|😈|😏|🙃|😬|🤫'), 14);
const bored = near('boredom', anyOf(['already', 'bored', 'boring', 'so i have', 'something to do', 'entertain', 'quiet', 'slow', 'dead', 'please', 'i need', 'need some action', 'action', 'excitement'], '🥱|😴'), 10);

const PATTERNS: ConductPattern[] = [
  {
    name: 'wishing death or harm',
    gate: [['hope', 'hoping', 'hopefully', 'pray', 'praying', 'wish', 'wishing', 'fingers']],
    regex: new RegExp(
      String.raw`\b(?:hope|hoping|hopefully|pray|praying|wish|wishing|fingers\s+crossed)\s+(?:that\s+)?${PERSON}\s+(?:[\w']+\s+){0,4}?(?:dies|die|croaks|doesn't\s+make\s+it|does\s+not\s+make\s+it|won't\s+make\s+it|never\s+wakes?\s+up|doesn't\s+wake\s+up|codes|chokes|rots|suffers|bleeds\s+out|stops\s+breathing|gets\s+what\s+(?:he|she|they)\s+deserves?|falls|crashes|kicks\s+the\s+bucket)`,
      'gi',
    ),
    severity: 'high',
    tie: 'patient',
  },
  {
    name: 'hoping a patient dies',
    gate: [['hope', 'hoping', 'hopefully', 'pray', 'praying', 'wish', 'wishing', 'please', 'let']],
    // "Please let tonight be the night grandpa in the corner finally passes."
    regex: new RegExp(
      String.raw`\b(?:hope|hoping|hopefully|pray|praying|wish|wishing|please\s+let|let\s+(?:this|tonight|today)\s+be)\b[^.!?\n]{0,60}?\b(?:${PERSON_WORD})\b[^.!?\n]{0,40}?\b(?:finally\s+(?:passes|dies|goes|croaks|codes|expires)|passes\s+away|dies|croaks|kicks\s+the\s+bucket|doesn't\s+make\s+it|never\s+wakes?\s+up|stops\s+breathing|wakes?\s+up\s+with\s+the\s+worst|suffers|(?:is|stays|gets)\s+in\s+(?:agony|pain)|(?:gets|has|with)\s+no\s+pain\s+(?:meds|control|relief)|nobody\s+(?:brings|gives|answers)|(?:a\s+)?(?:nice\s+)?long\s+(?:stay|night|wait)\s+with\s+no|gets\s+what\s+(?:he|she|they)\s+deserves?)\b`,
      'gi',
    ),
    severity: 'high',
    tie: 'patient',
  },
  {
    name: 'let them suffer',
    gate: [['let', 'left', 'leave']],
    regex: new RegExp(String.raw`\blet\s+${PERSON}\s+(?:rot|die|suffer|bleed|sit\s+in\s+(?:it|(?:his|her|their)\s+own)|lie\s+in\s+(?:it|(?:his|her|their)\s+own)|choke|stew|crash|code|wait\s+all\s+night|withdraw|cry\s+it\s+out|scream\s+it\s+out|marinate)\b|\bleft\s+(?:him|her|them)\s+(?:sitting\s+|lying\s+|laying\s+)?in\s+(?:his|her|their)\s+own\b|\b(?:i'll|i\s+will|gonna|going\s+to|i'm\s+gonna)\s+leave\s+(?:the\s+next\s+one|him|her|them|my\s+(?:next\s+)?(?:pt|patient))\s+(?:like\s+that|that\s+way|in\s+(?:it|(?:his|her|their)\s+own))`, 'gi'),
    severity: 'high',
    tie: 'patient',
  },
  {
    name: 'deserves to die',
    gate: [['deserve', 'deserves', 'deserved', 'should']],
    regex: /\b(?:deserves?|deserved)\s+(?:to\s+(?:die|rot|suffer|be\s+in\s+pain)|what\s+(?:he|she|they)\s+got|whatever\s+(?:they|he|she)\s+gets?)\b|\bshould\s+(?:just\s+)?(?:die|rot|be\s+put\s+down)\b/gi,
    severity: 'high',
    needs: [near('person', new RegExp(`${PERSON}|${PATIENT.source}`, 'gi'), 10)],
    tie: 'patient',
  },
  {
    name: 'wishing for emergencies',
    gate: [['someone', 'somebody', 'anybody', 'anyone']],
    regex: /\b(?:someone|somebody|anybody|anyone)\s+(?:please\s+|just\s+|pls\s+)?(?:code|crash|die|wreck|crash\s+a\s+car|get\s+shot|get\s+stabbed|od|overdose|fall|have\s+a\s+(?:stroke|heart\s+attack|mi|seizure)|come\s+in\s+(?:coding|crashing|dying))\b/gi,
    severity: 'medium',
    needs: [bored],
    tie: 'none',
  },
  {
    name: 'wishing for trauma',
    gate: [['trauma', 'code', 'gsw', 'mvc', 'stabbing', 'rollover', 'shooting', 'stroke', 'stemi', 'bleed']],
    regex: /\b(?:bring(?:\s+(?:me|us))?(?:\s+in)?|need|want|give\s+me|pray(?:ing)?\s+for|send\s+(?:me|us))\s+(?:a\s+)?(?:(?:good|juicy|nice|real|spicy|big|gnarly|bloody|fun)\s+){1,2}(?:trauma|code|gsw|mvc|stabbing|rollover|shooting|stroke|stemi|bleed)\b(?!\s+(?:system|team|program|center|centre|surgeon|nurse|course|class|conference|simulation|sim|drill))/gi,
    severity: 'medium',
    tie: 'none',
  },
  {
    name: 'letting overdoses die',
    gate: [['stop', 'quit', "shouldn't", 'not', "can't", 'natural', 'darwin', 'thin', 'thinning', 'let']],
    regex: /\b(?:stop|quit|shouldn't\s+be|not|can't\s+keep)\s+(?:narcan(?:n?ing)?|saving|reviving|resuscitating|bringing\s+(?:them|these\s+people)\s+back)\b|\bnatural\s+selection\b|\bdarwin\s+awards?\b|\bthin(?:ning)?\s+the\s+herd\b|\bjust\s+let\s+(?:them|him|her)\s+go\b/gi,
    severity: 'high',
    needs: [near('overdose or patient', anyOf(['overdose', 'overdoses', 'overdosers', 'overdosing', 'od', 'ods', "od'd", "od'ing", 'narcan', 'junkie', 'junkies', 'addicts', 'addict', 'heroin', 'fentanyl', 'pts', 'patients', 'frequent flyers', 'these people'], PATIENT.source), 14)],
    tie: 'patient',
  },
  {
    name: 'punitive care',
    gate: [['biggest', 'largest', 'fattest', 'longest', 'dullest', 'widest', '14', '16']],
    regex: /\b(?:biggest|largest|fattest|longest|dullest|widest)\s+(?:[\w-]+\s+){0,2}?(?:needle|catheter|foley|iv|ng\s+tube|angiocath|gauge)\b|\b(?:14|16)\s*(?:g|gauge)\s+(?:for\s+(?:him|her)|just\s+because)\b/gi,
    severity: 'high',
    needs: [near('punitive', anyOf(['if he', 'if she', 'if they', 'one more time', 'again', 'spits', 'spit', 'swings', 'bites', 'deserves', 'earned', 'because he', 'because she', 'just because', 'keeps'], '😈|😏|🙃'), 14)],
    tie: 'patient',
  },
  {
    name: 'put out of misery',
    gate: [['misery', 'plug', 'slow', 'slow-code']],
    regex: /\bput\s+(?:him|her|them|it|the\s+\w+)\s+out\s+of\s+(?:his|her|their|its)\s+misery\b|\bpull\s+the\s+plug\s+(?:on\s+(?:him|her|them|grandma|grandpa)|already)\b|\bslow[\s-]code\b/gi,
    severity: 'high',
    unless: [near('clinical', anyOf(['no slow codes', 'slow codes are', 'ethics', 'policy', 'goals of care', 'family decided', 'comfort care', 'withdrawal of care']), 8)],
    tie: 'patient',
  },
  {
    name: 'one less',
    gate: [['less']],
    regex: /\bone\s+less\s+(?:junkie|frequent\s+fl[yi]er|drunk|crackhead|addict|gomer|dirtbag|scumbag|druggie|seeker|patient|pt|homeless|illegal)\b/gi,
    severity: 'high',
    tie: 'patient',
  },
  {
    name: 'callous about death',
    gate: [['another', "who's", 'whos', 'ding', 'riddance', 'body', 'death', 'toe', 'bag']],
    regex: /\banother\s+one\s+bites\s+the\s+dust\b|\bwho'?s\s+next\b|\bding\s+dong\b[^.!?\n]{0,30}\bdead\b|\bgood\s+riddance\b|\b(?:body|death)\s+count\b|\btoe\s+tag(?:ged)?\b|\bbag\s+(?:him|her)\s+and\s+tag\b/gi,
    severity: 'medium',
    needs: [near('death', anyOf(['died', 'dead', 'death', 'deaths', 'passed', 'expired', 'morgue', 'coded', 'codes', 'code', 'dying', 'tod', 'time of death', 'bodies', 'pts', 'patients'], '💀|⚰️|☠️'), 14)],
    raise: [mocking],
    tie: 'patient',
  },
  {
    name: 'failure to die',
    // Slang for a patient who keeps surviving: disparaging (conduct.derogatory) and callous about death.
    gate: [['failure']],
    regex: /\bfailure\s+to\s+die\b/gi,
    severity: 'medium',
    tie: 'patient',
  },
  {
    name: 'threat',
    gate: [['kill', 'punch', 'slap', 'hurt', 'strangle', 'smother', 'choke', 'smack', 'deck', 'throat', 'beat', 'stab', 'shove', 'sedate', 'snow']],
    regex: new RegExp(
      String.raw`\b(?:i'm|im|i\s+am|gonna|going\s+to|i'll|i\s+will|about\s+to|i\s+could|i\s+swear\s+i'll|ready\s+to)\s+(?:\w+\s+)?(?:kill|punch|slap|hurt|strangle|smother|choke|smack|deck|throat\s+punch|beat|stab|shove|sedate|snow)\s+(?:${PERSON}|somebody|someone|the\s+next\s+(?:\w+\s+)?(?:person|one|family|pt|patient|visitor|doc|doctor))\b`,
      'gi',
    ),
    severity: 'high',
    needs: [near('patient or care', new RegExp(`${PATIENT.source}|${CARE.source}`, 'gi'), 16)],
    tie: 'patient',
  },
  {
    name: 'chemical restraint as punishment',
    gate: [['vitamin', 'booty', 'b52', 'b-52', 'b54', 'b-54', 'night', 'night-night', 'haldol', 'nap', 'shut', 'shut-up']],
    regex: /["'“‘]?\b(?:vitamin\s+[hk]|booty\s+juice|b-?52|b-?54|night[\s-]night\s+juice|haldol\s+and\s+a\s+(?:long\s+)?nap|a\s+long\s+nap|shut[\s-]up\s+juice|the\s+(?:good\s+)?shut\s+up\s+shot)\b["'”’]?/gi,
    severity: 'medium',
    raise: [near('punitive', anyOf(['if he', 'if she', 'one more time', 'swings', 'swing', 'spits', 'spit', 'keeps', 'again', "he's getting", "she's getting", 'getting', 'gonna get', 'earned'], '😴|😈|💉'), 12)],
    tie: 'patient',
  },
  {
    name: 'withholding care',
    gate: [['forgot', 'accidentally', 'lost', 'misplaced', 'missed', 'hear', 'see', 'find', 'made', 'ignored', 'ignoring', 'ignore', 'unplugged', 'disconnected', 'turned', 'moved', 'hid', 'worth', 'no', 'took', 'taking', 'take', 'takes', 'let', "he'll", "she'll", "they'll", 'will', 'slow-walked', 'slow', 'slowwalked', 'extra']],
    regex: new RegExp(
      [
        String.raw`["'“‘]forgot["'”’]\s+to\s+\w+`,
        String.raw`["'“‘](?:accidentally|forgot|forgotten|lost|misplaced|didn't\s+hear|didn't\s+see|missed|couldn't\s+find)["'”’]\s+(?:[\w']+\s+){0,3}?(?:his|her|their|the)\s+(?:pain\s+meds|meds|medication|call\s+(?:light|bell)|pillow|water|blanket|dilaudid|morphine|tray|food|ativan|insulin)`,
        String.raw`\baccidentally\s+on\s+purpose\b`,
        String.raw`\bmade\s+(?:him|her|them|the\s+\w+)\s+wait\b(?=[^.!?\n]{0,40}(?:lol|😂|😇|😈|on purpose|deserved|because|cuz|bc))`,
        String.raw`\b(?:ignored|ignoring|ignore)\s+(?:his|her|their|the|that)\s+call\s+(?:light|bell)\b`,
        String.raw`\b(?:unplugged|disconnected|turned\s+off|moved|hid)\s+(?:his|her|their|the)\s+call\s+(?:light|bell)\b`,
        String.raw`\bcall\s+(?:light|bell)\b[^.!?\n]{0,60}\b(?:unplugged|disconnected|turned\s+off|hid)\s+it\b`,
        String.raw`\b(?:not|isn't|aren't|ain't)\s+worth\s+(?:the\s+)?(?:narcan|saving|the\s+effort|a\s+bed|the\s+resources|resuscitating|coding)\b`,
        String.raw`\bno\s+(?:pain\s+meds|dilaudid|narcan|morphine|blanket|water)\s+for\s+(?:him|her|you|them)\b`,
        String.raw`\b(?:took|taking|take|takes)\s+my\s+(?:sweet\s+)?(?:ass\s+|damn\s+)?time\s+(?:answering|getting|with|walking|responding|going)\b`,
        String.raw`\blet\s+(?:it|the\s+(?:call\s+)?(?:light|bell)|them|him|her)\s+(?:ring|beep|alarm)\b`,
        String.raw`\b(?:let\s+(?:it|them)\s+ring|ignor\w+\s+(?:it|the\s+(?:call\s+)?(?:light|bell)))\b[^.!?\n]{0,40}\b(?:he'll|she'll|they'll)\s+(?:live|survive)\b`,
        String.raw`\bslow[\s-]?walk(?:ed|ing)?\s+(?:his|her|their|the)\s+(?:pain\s+)?(?:meds|medication|dilaudid|morphine|pain|call)`,
        String.raw`\b(?:a\s+little\s+|a\s+bit\s+|some\s+)?extra\s+(?:ativan|haldol|benadryl|seroquel|zyprexa|versed|morphine|dilaudid|sedation)\b[^.!?\n]{0,50}\b(?:so\s+(?:we|i)|peace|quiet|shut\s+(?:him|her|them)\s+up|sleep\s+through|get\s+some\s+sleep)`,
      ].join('|'),
      'gi',
    ),
    severity: 'high',
    tie: 'patient',
  },
  {
    name: 'falsified charting',
    gate: [['assessed', 'saw', 'looked', 'drew', 'grabbed', 'skipped', 'skip', 'skipping', 'eyeballed', 'guessed', 'documented', 'signed', 'clicked', 'checked', 'pencil', 'pencil-whipped', 'pencil-whipping', 'pencilwhipped', 'dry', 'dry-lab', 'dry-labbed', 'drylab', 'drylabbed', 'fake', 'faked', 'faking', 'made', 'make', 'making', 'fudge', 'fudged', 'fudging', 'invented', 'chart', 'charted', 'what', 'gave', 'pushed', 'hung', 'pulled', "didn't", 'never', 'not']],
    regex: new RegExp(
      [
        String.raw`\bpencil[\s-]?whipp?(?:ed|ing)?\b`,
        String.raw`\bdry[\s-]?lab(?:bed|bing)?\b`,
        String.raw`\b(?:faked?|faking|made\s+up|make\s+up|making\s+up|fudged?|fudging|invented)\s+(?:the\s+|my\s+|his\s+|her\s+|all\s+(?:the\s+)?)?(?:vitals|vital\s+signs|assessments?|charting|numbers|i&os|i\/os|neuro\s+checks|sats|blood\s+sugars?|glucoses?|pain\s+scores?|documentation|notes?|rounds)\b`,
        String.raw`\bchart(?:ed)?\s+(?:vitals|it|the\s+assessment|everything|an\s+assessment|a\s+full\s+assessment|rounds)\s+(?:without|but\s+never|but\s+didn't|i\s+never|i\s+didn't)\b`,
        String.raw`\bcharted\s+(?:what|the\s+vitals)\s+(?:they|it|he|she)\s+should\s+(?:be|have\s+been)\b`,
        String.raw`\b(?:assessed|saw|checked(?:\s+on)?|looked\s+at)\s+(?:(?:them|him|her|my\s+pts|the\s+pts)\s*)?(?:maybe|only|like|just)\s+(?:once|twice|\d|one|two)\b[^\n]{0,60}\b(?:charted|documented|signed\s+off)\b`,
        String.raw`\b(?:charted|documented|signed)\s+(?:that\s+)?i\s+(?:gave|did|checked|turned|assessed|hung|took)\b[^\n]{0,80}?\bi\s+(?:did\s+not|didn't|never)\s+(?:give|do|check|turn|assess|hang|take)\b`,
        String.raw`\b(?:skipped|skip|skipping)\s+(?:the\s+)?(?:time[\s-]?out|double[\s-]?check|two[\s-]person\s+check|2[\s-]person\s+check|scan(?:ning)?|armband\s+check|independent\s+check)\b(?=[^.!?\n]{0,50}(?:lol|lmao|😂|🤷|oops|who\s+cares|yolo|whatever))`,
        // At a sentence start or after "I": two alternatives, each starting at a word, so a long
        // draft tries them only at those words (anchors.ts). The word boundary goes first, and the
        // lookbehind reads back a bounded stretch: unbounded, at every position of a paste of
        // spaces it would read back over all of them.
        String.raw`\b(?<=^|[.!?\n]\s{0,40})(?:eyeballed|guessed)\s+(?:the\s+)?(?:dose|drip\s+rate|rate|insulin|heparin)\b`,
        String.raw`\bi\s+(?:just\s+|totally\s+)?(?:eyeballed|guessed)\s+(?:the\s+)?(?:dose|drip\s+rate|rate|insulin|heparin)\b`,
        String.raw`\b(?:charted|documented|signed\s+off(?:\s+on)?|clicked\s+through|checked\s+off)\b[^\n]{0,60}?\b(?:did\s+i\s+(?:actually|really)|didn't\s+actually|never\s+actually|not\s+that\s+i\s+did|but\s+didn't\s+(?:do|actually)|i\s+never\s+(?:did|do|saw|checked|assessed|turned|took)|(?:looked\s+at|saw|checked(?:\s+on)?|assessed|laid\s+eyes\s+on)\s+(?:(?:them|him|her|it|each|my\s+pts|the\s+pts)\s*)?(?:maybe|only|like|about|just)\s+(?:\d|one|two|three|half|twice|once))\b`,
        String.raw`\b(?:late|at\s+\d{3,4}|hours?\s+late)\b[^.!?\n]{0,40}\bcharted\s+(?:them|it|everything|the\s+\w+)\s+(?:as\s+)?(?:on\s+time|as\s+given|for\s+\d{3,4})\b`,
        String.raw`\bwhat\s+(?:s?he|they)\s+(?:doesn't|don't|didn't)\s+know\s+won't\s+hurt\b`,
        String.raw`\b(?:gave|pushed|hung|gave\s+him|gave\s+her)\s+(?:the\s+|him\s+the\s+|her\s+the\s+)?wrong\s+(?:med|meds|dose|drug|bag|blood|patient|pt|insulin)\b(?=[^\n]{0,60}(?:anyway|lol|fine|🤷|😂|won't\s+know|no\s+one\s+will|nobody\s+will|didn't\s+report|not\s+reporting|oops|whoops))`,
        String.raw`\b(?:pulled|drew\s+up|grabbed|hung|gave|pushed)\s+(?:the\s+)?wrong\s+(?:[\w-]+\s+){0,3}?(?:med|meds|dose|drug|bag|blood|insulin|concentration|vial|pt|patient)\b(?=[^\n]{0,80}(?:anyway|lol|fine|🤷|😂|oops|whoops|slept|won't\s+know|no\s+one|nobody))`,
        String.raw`\b(?:didn't|not\s+gonna|not\s+going\s+to|never)\s+(?:report|write\s+(?:it\s+)?up|file\s+an?\s+(?:incident|occurrence)|tell\s+anyone)\b(?=[^.!?\n]{0,40}(?:lol|😂|🤫|🤷|oops))`,
      ].join('|'),
      'gi',
    ),
    severity: 'high',
    tie: 'patient',
  },
];

export const harm = conductRecognizer({ id: 'harm', rule: 'conduct.harm', patterns: PATTERNS, mentions: true, negation: true });
