import { checkFrames, type Frame } from './frames';
import { CONDUCT_FRAMES } from './frame-set';

/**
 * Frames about what clinicians tell the public: individual advice (conduct.advice), false health
 * claims (conduct.misinformation) and undisclosed interests (conduct.conflict). Classes in
 * vocab/classes-work.ts.
 */

const advice = (f: Omit<Frame, 'rule' | 'tie'>): Frame => ({ rule: 'conduct.advice', tie: 'person', ...f });
const misinformation = (f: Omit<Frame, 'rule' | 'tie'>): Frame => ({ rule: 'conduct.misinformation', tie: 'none', ...f });
const conflict = (f: Omit<Frame, 'rule' | 'tie'>): Frame => ({ rule: 'conduct.conflict', tie: 'none', ...f });

/** Advice is individual when someone is addressed: a handle, a reply, a name opening the post. */
const ADDRESSED = { with: ['ADDRESSEE'], reach: 2 } as const;

export const ADVICE_FRAMES = checkFrames(CONDUCT_FRAMES, [
  advice({
    name: "someone else's medication",
    why: "tells someone to take a medication prescribed to somebody else",
    // "use your wife's blood pressure pills", "take your mom's leftover oxycodone".
    // "give Tyler one of your husband's Ambien": the person given to may sit between.
    roles: ['USE_VERB', 'OTHERS_POSS', 'MED_WORD'],
    gaps: [5, 3],
    ...ADDRESSED,
    unless: ['TO_CARE'],
    unlessAffirmed: true,
    severity: 'high',
  }),
  advice({
    name: "an adult's sedative for a child",
    why: "tells someone to give a child an adult's sedative",
    roles: ['GIVE', 'CHILD', 'ADULT_SEDATIVE'],
    gaps: [2, 5],
    ...ADDRESSED,
    unless: ['TO_CARE'],
    unlessAffirmed: true,
    severity: 'high',
  }),
  advice({
    name: "an adult's sedative for a child",
    why: "tells someone to give a child an adult's sedative",
    // "your daughter can take some of your prescription trazodone to sleep".
    roles: ['CHILD', 'USE_VERB', 'ADULT_SEDATIVE'],
    gaps: [3, 5],
    ...ADDRESSED,
    unless: ['TO_CARE'],
    unlessAffirmed: true,
    severity: 'high',
  }),
  advice({
    name: 'stopping a medication',
    why: 'tells someone to stop a medication they need',
    roles: ['STOP_MED', 'CRITICAL_MED'],
    gaps: [3],
    ...ADDRESSED,
    unless: ['TO_CARE'],
    unlessAffirmed: true,
    severity: 'high',
  }),
  advice({
    name: 'a diagnosis and no specialist',
    why: 'diagnoses someone online and tells them to skip the specialist',
    roles: ['SKIP_CARE', 'SPECIALIST'],
    gaps: [3],
    with: ['ADDRESSEE', 'DIAG_CUE'],
    reach: 2,
    severity: 'high',
  }),
  advice({
    name: 'a pill and no emergency care',
    why: 'tells someone to treat an emergency at home instead of getting care',
    roles: ['TAKE_DOSE', 'OTC'],
    gaps: [2],
    with: ['ADDRESSEE', 'AVOID_CARE'],
    reach: 2,
    unless: ['TO_CARE'],
    unlessAffirmed: true,
    severity: 'high',
  }),
]);

const NOT_A_CLAIM = ['DEBUNK', 'REPORTED'];

export const MISINFORMATION_FRAMES = checkFrames(CONDUCT_FRAMES, [
  misinformation({
    name: 'a miracle cure',
    why: 'repeats a false health claim: an unproven remedy cures a serious disease. Contradicted by NCCIH; National Cancer Institute; ADA Standards of Care. Clinicians who spread it risk discipline',
    // "baking soda in water every morning cured my aunt's cancer", "colloidal silver kills any infection".
    roles: ['ALT_REMEDY', 'CURE_VERB'],
    gaps: [8],
    acrossClauses: true,
    with: ['DISEASE'],
    unless: NOT_A_CLAIM,
    severity: 'medium',
  }),
  misinformation({
    name: 'a miracle cure',
    why: 'repeats a false health claim: an unproven remedy cures a serious disease. Contradicted by NCCIH; National Cancer Institute; ADA Standards of Care. Clinicians who spread it risk discipline',
    // "diabetes can be reversed with a raw vegan diet".
    roles: ['CURE_VERB', 'ALT_REMEDY'],
    gaps: [5],
    // "the flu shot works better than any immune booster": what comes first beats the remedy.
    notAfter: ['PROVEN_TX', 'VACCINE', 'EFFORT'],
    with: ['DISEASE'],
    unless: NOT_A_CLAIM,
    severity: 'medium',
  }),
  misinformation({
    name: 'a remedy better than proven treatment',
    why: 'repeats a false health claim: an unproven remedy works better than proven treatment. Contradicted by NCCIH; CDC. Clinicians who spread it risk discipline',
    // "colloidal silver cures infections better than antibiotics", "this immune booster prevents the flu better than the shot".
    roles: ['ALT_REMEDY', 'BETTER_THAN', ['PROVEN_TX', 'VACCINE', 'MED_WORD']],
    gaps: [8, 2],
    unless: NOT_A_CLAIM,
    severity: 'medium',
  }),
  misinformation({
    name: 'dropping proven treatment for a remedy',
    why: 'repeats a false health claim: a remedy can replace proven treatment. Contradicted by NCCIH; National Cancer Institute; ADA Standards of Care. Clinicians who spread it risk discipline',
    // "ditch your blood pressure pills, beet juice does the same job", "skip the chemo, this herbal protocol ...".
    roles: ['STOP_PROVEN', 'PROVEN_TX'],
    gaps: [3],
    with: ['ALT_REMEDY'],
    unless: NOT_A_CLAIM,
    severity: 'medium',
  }),
  misinformation({
    name: 'the vaccine worse than the disease',
    why: 'repeats a false health claim: the vaccine is more dangerous than the disease. Contradicted by CDC; WHO vaccine safety data. Clinicians who spread it risk discipline',
    roles: ['VACCINE', 'MORE_DANGEROUS'],
    gaps: [4],
    with: ['DISEASE'],
    unless: NOT_A_CLAIM,
    severity: 'medium',
  }),
  misinformation({
    name: '5G makes people sick',
    why: 'repeats a false health claim: 5G makes people sick. Contradicted by WHO; FCC. Clinicians who spread it risk discipline',
    roles: ['FIVE_G', 'HARM_CLAIM'],
    gaps: [6],
    unless: NOT_A_CLAIM,
    severity: 'medium',
  }),
  misinformation({
    name: 'microchips in vaccines',
    why: 'repeats a false health claim: vaccines carry microchips. Contradicted by CDC; FDA ingredient lists. Clinicians who spread it risk discipline',
    roles: ['MICROCHIP'],
    with: ['VACCINE'],
    unless: NOT_A_CLAIM,
    severity: 'medium',
  }),
  misinformation({
    name: 'HIV does not cause AIDS',
    why: 'repeats a false health claim: HIV does not cause AIDS. Contradicted by WHO; CDC. Clinicians who spread it risk discipline',
    roles: ['HIV', 'NOT_CAUSE_AIDS'],
    gaps: [2],
    negatable: false,
    blockers: [],
    unless: NOT_A_CLAIM,
    severity: 'medium',
  }),
  misinformation({
    name: 'masks never worked',
    why: 'repeats a false health claim: masks never work. Contradicted by CDC; WHO (well-fitted masks reduce spread). Clinicians who spread it risk discipline',
    roles: ['MASKS', 'NEVER_WORKED'],
    gaps: [2],
    negatable: false,
    blockers: [],
    notBefore: ['CONDITION'],
    unless: NOT_A_CLAIM,
    severity: 'medium',
  }),
]);

export const CONFLICT_FRAMES = checkFrames(CONDUCT_FRAMES, [
  conflict({
    name: "a rep's perks steering recommendations",
    why: "says a company's perks steer what you recommend to patients (AMA 9.6.2 on gifts from industry)",
    roles: ['REP'],
    with: ['PERK', 'STEER'],
    reach: 1,
    severity: 'medium',
  }),
  conflict({
    name: "a company's perks steering recommendations",
    why: "thanks a company for perks and says they steer what you recommend (AMA 9.6.2 on gifts from industry)",
    // "Big thanks to Medtronic for the trip to Cabo. Guess which pump I'm pushing at the next committee meeting".
    roles: ['THANKS_TO', 'PERK'],
    gaps: [8],
    with: ['STEER'],
    reach: 1,
    firstPerson: false,
    unlessPost: ['AD_HASHTAG', 'AD_TAG'],
    severity: 'medium',
  }),
  conflict({
    name: "industry's money steering recommendations",
    why: 'says money or trips from a company steer what you recommend (AMA 9.6.2 on gifts from industry; AMA 2.3.2)',
    // "been on Lilly's speakers bureau for 3 years, theirs is the only insulin I prescribe".
    roles: ['INDUSTRY_TIE'],
    with: ['STEER'],
    reach: 1,
    negatable: false,
    unlessPost: ['AD_HASHTAG', 'AD_TAG'],
    severity: 'medium',
  }),
  conflict({
    name: 'recruiting for a sales team',
    why: 'recruits for a sales business under your professional name (FTC Endorsement Guides; your employer\'s policy)',
    roles: ['MLM_JOIN'],
    with: ['EARN'],
    reach: 1,
    negatable: false,
    severity: 'medium',
  }),
  conflict({
    name: 'an affiliate link with the sponsorship denied',
    why: 'earns from a product while saying it is not sponsored (FTC Endorsement Guides; AMA 2.3.2)',
    // "not sponsored, but here's my affiliate link", "use my code NURSE20 (not an ad!)".
    roles: ['AFFILIATE_LINK'],
    with: ['DENY_AD'],
    reach: 1,
    severity: 'medium',
  }),
  conflict({
    name: 'an affiliate link to patients',
    why: 'sends patients to a product you earn from (AMA 2.3.2; FTC Endorsement Guides)',
    roles: ['AFFILIATE_LINK'],
    with: ['PATIENT_REACH'],
    // "the only fish oil I recommend to my patients is X. It reverses plaque. Link in comments".
    reach: 2,
    unlessPost: ['AD_HASHTAG', 'AD_TAG'],
    severity: 'medium',
  }),
]);
