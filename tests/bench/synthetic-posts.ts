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
