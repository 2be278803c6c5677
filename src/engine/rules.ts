import type { RuleId } from './types';

export interface RuleInfo {
  title: string;
  /** Completes "'<match>' ..." in a finding's message. */
  says: string;
  /** One line: why, with the source a board or compliance officer would cite. */
  guidance: string;
  /** Neutral text a one-click Redact puts in place of the match. */
  placeholder?: string;
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
  'conduct.profanity': { title: 'Profanity', says: 'is profanity', guidance: 'NCSBN and ANA: keep posts professional; boards review public conduct.' },
  'conduct.derogatory': { title: 'Disparaging patients', says: 'disparages patients', guidance: 'ANA Code of Ethics 1.1 and AMA 2.3.2: respect for patients extends to social media.' },
  'conduct.colleague': { title: 'Disparaging colleagues', says: 'disparages a colleague', guidance: 'ANA position on incivility and bullying; NCSBN lists lateral violence online as misconduct.' },
  'conduct.employer': { title: 'Criticising the employer', says: 'attacks the employer', guidance: 'Some workplace speech is protected (NLRA section 7); check your organisation\'s policy before posting.' },
  'conduct.discrimination': { title: 'Discriminatory language', says: 'is discriminatory', guidance: 'ANA Code of Ethics 1.1 and GMC: no discrimination on protected characteristics.' },
  'conduct.harm': { title: 'Harm or unsafe care', says: 'wishes harm or jokes about unsafe care', guidance: 'NCSBN and FSMB: threats and callousness about patient harm lead to discipline.' },
  'conduct.impairment': { title: 'Impairment', says: 'describes impairment around work', guidance: 'NCSBN and FSMB: practising while impaired is misconduct; posts about it are evidence.' },
  'conduct.boundary': { title: 'Patient boundaries', says: 'crosses a professional boundary with a patient', guidance: 'NCSBN: do not friend, message or date current or former patients.' },
  'conduct.advice': { title: 'Individual medical advice', says: 'gives individual medical advice online', guidance: 'AMA 2.3.2 and GMC: no diagnosis or treatment advice to individuals outside a care relationship.' },
  'conduct.misinformation': { title: 'Health misinformation', says: 'is a well-known false health claim', guidance: 'FSMB: spreading health misinformation can put your licence at risk.' },
  'conduct.conflict': { title: 'Undisclosed promotion', says: 'promotes a product without disclosure', guidance: 'AMA 2.3.2 and FTC endorsement guides: disclose sponsorships and financial interests.' },
};

export function messageFor(rule: RuleId, match: string): string {
  const shown = match.length > 60 ? `${match.slice(0, 57)}...` : match;
  return `'${shown}' ${RULES[rule].says}.`;
}
