import type { RuleId } from './types';

export interface RuleInfo {
  title: string;
  /** Completes "'<match>' ..." in a finding's message. */
  says: string;
  /** One line: why, with the source a board or compliance officer would cite. */
  guidance: string;
  /** Neutral text a one-click Redact puts in place of the match. */
  placeholder?: string;
  /** The guideline named at the end of a conduct finding's message: "(NCSBN; FSMB)". */
  cites?: string;
}

const SH = 'HIPAA Safe Harbor, 45 CFR 164.514(b)(2)';

export const RULES: Record<RuleId, RuleInfo> = {
  'phi.name': {
    title: 'Patient name',
    says: 'can name or identify a patient',
    guidance: `Names, initials and handles of patients are identifiers (${SH}(i)(A)); NCSBN: never identify patients by name.`,
    placeholder: '[patient]',
  },
  'phi.location': {
    title: 'Address or place',
    says: "is a location that can identify a patient",
    guidance: `Street addresses, towns and ZIP codes tied to a patient are identifiers (${SH}(i)(B)).`,
    placeholder: '[location]',
  },
  'phi.date': {
    title: 'Date tied to a person',
    says: 'is a date tied to a person (birth, admission, discharge or death)',
    guidance: `All elements of dates except the year, tied to a person, are identifiers (${SH}(i)(C)).`,
    placeholder: '[date]',
  },
  'phi.age': {
    title: 'Age 90 or over',
    says: 'is an age of 90 or more, which is rare enough to identify someone',
    guidance: `Ages over 89 must be grouped as "90 or older" (${SH}(i)(C)).`,
    placeholder: '[age 90+]',
  },
  'phi.phone': {
    title: 'Phone or fax number',
    says: "is a person's phone or fax number",
    guidance: `Telephone and fax numbers are identifiers (${SH}(i)(D), (E)).`,
    placeholder: '[phone]',
  },
  'phi.email': {
    title: 'Email address',
    says: "is a person's email address",
    guidance: `Email addresses are identifiers (${SH}(i)(F)).`,
    placeholder: '[email]',
  },
  'phi.ssn': {
    title: 'Social Security number',
    says: 'is a Social Security number',
    guidance: `Social Security numbers are identifiers (${SH}(i)(G)).`,
    placeholder: '[SSN]',
  },
  'phi.mrn': {
    title: 'Medical record number',
    says: 'is a medical record number',
    guidance: `Medical record numbers are identifiers (${SH}(i)(H)).`,
    placeholder: '[MRN]',
  },
  'phi.health_plan': {
    title: 'Health plan number',
    says: 'is a health plan member or beneficiary number',
    guidance: `Health plan beneficiary numbers (Medicare MBI, Medicaid, insurer ids) are identifiers (${SH}(i)(I)).`,
    placeholder: '[member ID]',
  },
  'phi.account': {
    title: 'Account or card number',
    says: 'is an account or payment card number',
    guidance: `Account numbers are identifiers (${SH}(i)(J)).`,
    placeholder: '[account]',
  },
  'phi.license': {
    title: 'Licence or certificate number',
    says: "is a licence or certificate number",
    guidance: `Certificate and licence numbers are identifiers (${SH}(i)(K)).`,
    placeholder: '[licence]',
  },
  'phi.vehicle': {
    title: 'Vehicle identifier',
    says: 'identifies a vehicle (plate or VIN) and so its owner',
    guidance: `Vehicle identifiers and serial numbers, including licence plates, are identifiers (${SH}(i)(L)).`,
    placeholder: '[vehicle]',
  },
  'phi.device': {
    title: 'Device serial number',
    says: "is a medical device's serial number or UDI",
    guidance: `Device identifiers and serial numbers are identifiers (${SH}(i)(M)).`,
    placeholder: '[device]',
  },
  'phi.url': {
    title: 'Identifying link',
    says: 'is a link that identifies a person (fundraiser, profile, obituary)',
    guidance: `Web URLs that point to a person are identifiers (${SH}(i)(N)).`,
    placeholder: '[link]',
  },
  'phi.ip': {
    title: 'IP address',
    says: "is an IP address tied to a person",
    guidance: `IP addresses are identifiers (${SH}(i)(O)).`,
    placeholder: '[IP]',
  },
  'phi.id': {
    title: 'Record or case number',
    says: 'is an accession, case or encounter number',
    guidance: `Any other unique identifying number or code is an identifier (${SH}(i)(R)).`,
    placeholder: '[ID]',
  },
  'phi.room': {
    title: 'Room or bed',
    says: 'is a room or bed number that colleagues and families can match to the patient',
    guidance: 'NCSBN: room numbers and similar details can identify a patient even without a name.',
    placeholder: '[room]',
  },
  'phi.patient_story': {
    title: 'Identifiable patient story',
    says: 'describes a specific patient encounter with details that can identify the patient',
    guidance: `Details that together identify someone are PHI even without a name (${SH}(ii)); NCSBN and AMA 2.3.2.`,
  },
  'phi.face': {
    title: 'Face in a photo',
    says: 'shows a face',
    guidance: `Full-face photographs are identifiers (${SH}(i)(Q)); get written consent first.`,
  },
  'image.medical': {
    title: 'Medical image',
    says: 'looks like a medical image',
    guidance: 'Clinical images need patient consent and de-identification before sharing (AMA 2.3.2, GMC).',
  },
  'image.location': {
    title: 'Photo location',
    says: 'carries the GPS location where it was taken',
    guidance: `Geographic data smaller than a state is an identifier (${SH}(i)(B)).`,
  },
  'conduct.profanity': {
    title: 'Profanity',
    says: 'is profanity that patients, colleagues and your board can read',
    guidance: 'NCSBN "A Nurse\'s Guide to the Use of Social Media" and the ANA Social Media Principles: keep public posts professional; boards review online conduct.',
    cites: 'NCSBN and ANA social media guidance',
  },
  'conduct.derogatory': {
    title: 'Disparaging patients',
    says: 'mocks or labels a patient; patients and families read these posts, named or not',
    guidance: 'ANA Code of Ethics, Provision 1 (respect for the dignity of every person) and AMA Code 2.3.2: mocking patients online erodes trust, named or not.',
    cites: 'ANA Code of Ethics 1.1; AMA Code 2.3.2',
  },
  'conduct.colleague': {
    title: 'Disparaging colleagues',
    says: 'disparages or exposes a colleague in public',
    guidance: 'ANA position statement on incivility, bullying and workplace violence; NCSBN and GMC treat online harassment of colleagues as unprofessional conduct.',
    cites: 'ANA position statement on incivility and bullying; NCSBN',
  },
  'conduct.employer': {
    title: 'Attacking the employer',
    says: 'reads as a public attack on your employer',
    guidance: 'Discussing pay, staffing or safety with coworkers can be protected (NLRA section 7); insults and public attacks usually are not. Check your organisation\'s social media policy.',
    cites: "NLRA section 7; your employer's social media policy",
  },
  'conduct.discrimination': {
    title: 'Discriminatory language',
    says: 'is hostile to people because of who they are (race, religion, weight, gender, disability, insurance)',
    guidance: 'ANA Code of Ethics, Provision 1.2 and GMC Good Medical Practice: no discrimination on race, religion, nationality, disability, weight, sex, orientation or age, online or off.',
    cites: 'ANA Code of Ethics 1.2; GMC Good Medical Practice',
  },
  'conduct.harm': {
    title: 'Harm or unsafe care',
    says: 'reads as wishing a patient harm or making their care worse on purpose',
    guidance: 'NCSBN and FSMB: wishing patients harm, threats, and jokes about withheld care or falsified charting are reported to boards as unprofessional conduct.',
    cites: 'NCSBN; FSMB',
  },
  'conduct.impairment': {
    title: 'Impairment at work',
    says: 'describes being impaired at or around work, or taking drugs meant for patients',
    guidance: 'NCSBN and FSMB: practising impaired and diverting controlled substances are grounds for discipline, and a post saying so is evidence.',
    cites: 'NCSBN; FSMB',
  },
  'conduct.boundary': {
    title: 'Patient boundaries',
    says: 'crosses the line between caring for a patient and a personal relationship',
    guidance: 'NCSBN "A Nurse\'s Guide to Professional Boundaries" and AMA 2.3.2: do not friend, message or date current or former patients; the clinician owns the boundary.',
    cites: 'NCSBN Guide to Professional Boundaries; AMA Code 2.3.2',
  },
  'conduct.advice': {
    title: 'Individual medical advice',
    says: 'gives one person a diagnosis or treatment online, without examining them',
    guidance: 'AMA Code 2.3.2, GMC and the Singapore Medical Council: no diagnosis or treatment for individuals outside a care relationship; point them to their own clinician.',
    cites: 'AMA Code 2.3.2; GMC; Singapore Medical Council',
  },
  'conduct.misinformation': {
    title: 'Health misinformation',
    says: 'repeats a well-known false health claim',
    guidance: 'FSMB (2021) and GMC: clinicians who spread health misinformation risk disciplinary action, including loss of licence.',
    cites: 'FSMB 2021; GMC',
  },
  'conduct.conflict': {
    title: 'Undisclosed promotion',
    says: 'promotes a product without disclosing the financial interest',
    guidance: 'FTC Endorsement Guides (16 CFR Part 255) and AMA Code 2.3.2: disclose sponsorships, affiliate links and financial interests (#ad), especially with health claims.',
    cites: 'FTC Endorsement Guides; AMA Code 2.3.2',
  },
};

/** A finding's message: the match, why it is a problem (the rule's words or a pattern's), and for conduct the guideline. */
export function messageFor(rule: RuleId, match: string, why?: string): string {
  const shown = match.length > 60 ? `${match.slice(0, 57)}...` : match;
  const cites = RULES[rule].cites;
  return `'${shown}' ${why ?? RULES[rule].says}${cites ? ` (${cites})` : ''}.`;
}
