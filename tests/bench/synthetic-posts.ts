/**
 * Realistic clinician posts for benchmarking, generated deterministically (a fixed seed), so two
 * runs time the same text. Mixes ordinary posts, posts with identifiers and conduct problems,
 * because recognizers that bail out early on clean text would otherwise look cheaper than they are.
 */

/** mulberry32: tiny seeded PRNG; Math.random would make runs incomparable. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = <T>(rand: () => number, list: readonly T[]): T => list[Math.floor(rand() * list.length)]!;
const num = (rand: () => number, min: number, max: number) => min + Math.floor(rand() * (max - min + 1));

const FIRST = ['Linda', 'Marcus', 'Priya', 'Tom', 'Rosa', 'Dwayne', 'Mei', 'Gloria', 'Samuel', 'Aisha'];
const LAST = ['Farrow', 'Abernathy', 'Okafor', 'Nguyen', 'Delgado', 'Kowalski', 'Brennan', 'Haddad'];
const UNITS = ['ICU', 'step-down', 'the ED', 'L&D', 'onc', 'the cardiac floor', 'PACU', 'peds'];
const OPENERS = ['Long night on', 'Another 12 in', 'Shoutout to everyone on', 'Rough day in', 'Quiet shift on'];
const EDU = [
  'Reminder: hand hygiene before and after every patient contact cuts CLABSI rates.',
  'Sepsis bundles save lives: lactate, cultures, antibiotics within the hour.',
  'New grads, ask questions. Nobody expects you to know everything in your first year.',
  'Flu shots are free for staff this week in the cafeteria, 7a to 7p.',
  'Great CPR refresher today, compressions at 100-120 a minute, let the chest recoil.',
  'Never post MRNs, room numbers or dates of birth, even in a private group.',
  'Hydrate, eat something, and take your break. You cannot pour from an empty cup.',
];

type Slot = (rand: () => number) => string;
const slots: Record<string, Slot> = {
  name: (r) => `${pick(r, FIRST)} ${pick(r, LAST)}`,
  last: (r) => pick(r, LAST),
  unit: (r) => pick(r, UNITS),
  opener: (r) => pick(r, OPENERS),
  edu: (r) => pick(r, EDU),
  room: (r) => String(num(r, 100, 799)),
  bed: (r) => String(num(r, 1, 40)),
  age: (r) => String(num(r, 90, 104)),
  ssn: (r) => `${num(r, 100, 665)}-${num(r, 10, 99)}-${num(r, 1000, 9999)}`,
  phone: (r) => `614-555-${String(num(r, 100, 199)).padStart(4, '0')}`,
  mrn: (r) => String(num(r, 1_000_000, 9_999_999)),
  date: (r) => `${String(num(r, 1, 12)).padStart(2, '0')}/${String(num(r, 1, 28)).padStart(2, '0')}/${num(r, 1930, 2026)}`,
  email: (r) => `${pick(r, LAST).toLowerCase()}${num(r, 1940, 2005)}@outlook.com`,
  hours: (r) => String(num(r, 2, 14)),
};

const TEMPLATES = [
  '{opener} {unit}. {edu}',
  '{edu} Proud of our team in {unit} this week.',
  'Pt {name}, DOB {date}, came in with a K of 7.1, peaked T waves everywhere. Wild ECG.',
  'Our sweetest patient turned {age} today in room {room} and got a visit from the therapy dog.',
  'SSN {ssn} on the facesheet belongs to someone else, registration please fix',
  'If anyone knows Mr. {last}\'s family please call us at {phone}, he is asking for them',
  'MRN: {mrn} is still showing the old allergy list, pharmacy please look',
  'The guy in bed {bed} has been on the call light for {hours} hours straight, send coffee',
  'pt\'s email {email} bounced, so the discharge summary never went out',
  'admitted on {date} for a hip fx, still here because no SNF will take her',
  'Frequent flyer is back in {unit} with 10/10 pain and a bag of chips, here we go again',
  '{opener} {unit}: {hours} admits, two rapid responses, zero breaks. {edu}',
  'Congrats to {name} on passing the CCRN! {unit} is lucky to have you.',
  'Call our scheduling line at {phone} to book a flu shot, open to the public.',
  'Mrs. {last} in room {room} is {age} and still sharper than all of us. Best patient of the week.',
  '{edu} {edu}',
];

function fill(template: string, rand: () => number): string {
  return template.replace(/\{(\w+)\}/g, (_, key: string) => slots[key]!(rand));
}

/** `count` posts of 1-3 sentences each, deterministic for a given seed. */
export function syntheticPosts(count: number, seed = 42): string[] {
  const rand = seededRandom(seed);
  return Array.from({ length: count }, () => {
    const sentences = num(rand, 1, 3);
    return Array.from({ length: sentences }, () => fill(pick(rand, TEMPLATES), rand)).join(' ');
  });
}

/**
 * A long draft (a shift report pasted into a post, a long vent) of exactly `length` UTF-16 units:
 * varied paragraphs with identifiers sprinkled in, cut at `length` without splitting an emoji.
 */
export function longDraft(length: number, seed = 7): string {
  const rand = seededRandom(seed);
  const paragraphs: string[] = [];
  let size = 0;
  while (size < length) {
    const sentences = num(rand, 3, 7);
    const para = Array.from({ length: sentences }, () => fill(pick(rand, TEMPLATES), rand)).join(' ');
    const withEmoji = rand() < 0.2 ? `${para} 😩🏥` : para;
    paragraphs.push(withEmoji);
    size += withEmoji.length + 2;
  }
  let text = paragraphs.join('\n\n').slice(0, length);
  const last = text.charCodeAt(length - 1);
  // A high surrogate at the cut would leave half an emoji: end on a space instead.
  if (last >= 0xd800 && last <= 0xdbff) text = text.slice(0, length - 1) + ' ';
  if (text.length !== length) throw new Error(`longDraft(${length}) built ${text.length} chars`);
  return text;
}

/** Luhn check digit for a card number's first 15 digits. */
function luhnDigit(digits: string): string {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 0) d *= 2;
    sum += d > 9 ? d - 9 : d;
  }
  return String((10 - (sum % 10)) % 10);
}

const STREETS = ['Maple Ave', 'Birchwood Lane', 'N High St', 'Oak Street', 'Elm Rd', 'W 5th Ave'];
const TOWNS = ['Columbus, OH 43215', 'Dayton, OH 45402', 'Toledo, OH 43604', 'Akron, OH 44308'];
const dense: Record<string, Slot> = {
  ...slots,
  street: (r) => `${num(r, 10, 9999)} ${pick(r, STREETS)}`,
  town: (r) => pick(r, TOWNS),
  card: (r) => {
    const body = `4${String(num(r, 10_000_000, 99_999_999))}${String(num(r, 100_000, 999_999))}`;
    return `${body}${luhnDigit(body)}`.replace(/(\d{4})(?=\d)/g, '$1 ');
  },
  mbi: (r) => `${num(r, 1, 9)}EG${num(r, 1, 9)}-TE${num(r, 1, 9)}-MK${num(r, 10, 99)}`,
  member: (r) => `ABC${num(r, 100_000_000, 999_999_999)}`,
  ip: (r) => `192.168.${num(r, 0, 255)}.${num(r, 1, 254)}`,
  serial: (r) => `${num(r, 10, 99)}XK${num(r, 100_000, 999_999)}`,
  plate: (r) => `${pick(r, ['ABC', 'JKR', 'HTX'])}-${num(r, 1000, 9999)}`,
  dl: (r) => `S${num(r, 10_000_000, 99_999_999)}`,
  accession: (r) => `${num(r, 20, 26)}-SP-${num(r, 10_000, 99_999)}`,
  encounter: (r) => String(num(r, 1_000_000, 9_999_999)),
  handle: (r) => `@${pick(r, LAST).toLowerCase()}_${num(r, 1, 99)}`,
};

/** Clinical sentences that each carry several identifiers of different kinds. */
const DENSE_TEMPLATES = [
  'Pt {name}, DOB {date}, MRN {mrn}, SSN {ssn}, in room {room} bed {bed}, call {phone} or {email}.',
  'Discharged Mrs. {last} (age {age}) to {street}, {town}; Medicare MBI {mbi}, member ID: {member}.',
  'Her card {card} was declined at the pharmacy, she lives at {street} and her IP was {ip}.',
  'Insulin pump SN {serial} alarmed on our pt in bed {bed}, plates {plate} on her van, DL# {dl}.',
  'Accession # {accession} and encounter {encounter} belong to {name}, admitted on {date}, room {room}.',
  'My patient {handle} turned {age} today in room {room}; her son called from {phone} about DOB {date}.',
];

/**
 * A 63,206-character paste of a patient list or shift report in the worst shape for the engine:
 * clinical sentences packed with identifiers of every kind (names, dates of birth, MRNs, SSNs,
 * rooms, phones, emails, addresses, Medicare and member ids, cards, IPs, device serials, plates,
 * licences, accession and encounter numbers, handles), one paragraph every few sentences.
 */
export function denseDraft(length: number, seed = 11): string {
  const rand = seededRandom(seed);
  let text = '';
  while (text.length < length) {
    const sentences = Array.from({ length: num(rand, 3, 6) }, () => pick(rand, DENSE_TEMPLATES).replace(/\{(\w+)\}/g, (_, key: string) => dense[key]!(rand)));
    text += `${sentences.join(' ')}\n\n`;
  }
  return text.slice(0, length);
}
