import { afterEach, describe, expect, it } from 'vitest';
import { analyze } from '../../../src/engine';
import { useSharedDedupe } from '../../../src/engine/recognizers/patient-story';
import { ADVERSARIAL_CASES } from '../../bench/adversarial-cases';
import { denseDraft, longDraft, seededRandom } from '../../bench/synthetic-posts';
import { loadCorpus, ownCorpusPaths } from '../../eval/load-corpus';
import { confirmedGrowth, spansOf } from './helpers';

const story = (text: string) => spansOf(analyze(text), 'phi.patient_story').map((f) => f.severity);

describe('phi.patient_story', () => {
  it.each([
    'The high school QB from Saturday\'s game is in our PICU. Pray for him and his family.',
    'Guess which morning news anchor just got wheeled in for a colonoscopy 👀',
    'Lost a 22 year old tonight to a fentanyl OD. Found in the Walmart bathroom on Route 30.',
    'Kid in bay 4 put a Lego up his nose AGAIN. Third time this year.',
    'Our sweetest patient turned 99 today in room 318 and got a visit from the therapy dog',
    'The mayor came in last night after a bar fight, and yes he was as rude as you think',
  ])('finds a story in %j', (text) => {
    expect(story(text)).toEqual(['high']);
  });

  it.each([
    'admitted on 09/14/2026 for a hip fx, still here because no SNF will take her',
    'Delivered a baby to a 14 year old this morning. Her mom is 29.',
  ])('reports an encounter with two points of specifics at medium: %j', (text) => {
    expect(story(text)).toEqual(['medium']);
  });

  it.each([
    'A middle-aged patient presents with crushing chest pain radiating to the jaw. What is your next step?',
    'My patient today told me I was the best nurse she has had. Made my week!',
    'So proud of my daughter graduating nursing school today!',
    'Join us for the 5K fun run supporting the children\'s hospital on Saturday, 8am at the riverfront!',
    'Teaching point: always check a glucose in altered mental status. Always.',
    'Reminder: never post a patient story with the date, the unit or the town. Think before you post.',
    'Interesting JAMA study on telehealth follow-up after discharge. Worth a read.',
    'Patients who came in after the storm last week were mostly dehydrated; drink water, people.',
  ])('ignores %j', (text) => {
    expect(story(text)).toEqual([]);
  });

  it('leaves the fields of a medical image overlay to their own findings, not a story across them', () => {
    const overlay = 'PT NAME: HERNANDEZ JAMES\nBIRTH DATE: 01/02/13\tM 001Y';
    expect(spansOf(analyze(overlay, { source: 'image' }), 'phi.patient_story')).not.toEqual([]);
    const onImage = analyze(overlay, { source: 'image', medicalImage: true });
    expect(spansOf(onImage, 'phi.patient_story')).toEqual([]);
    expect(spansOf(onImage, 'phi.name').map((f) => f.match)).toEqual(['HERNANDEZ JAMES']);
  });

  it('explains which specifics make the story identifiable', () => {
    const [finding] = analyze('Guess which morning news anchor just got wheeled in for a colonoscopy').findings.filter(
      (f) => f.rule === 'phi.patient_story',
    );
    expect(finding?.message).toMatch(/news anchor/);
    expect(finding?.explain.context.join(' ')).toMatch(/guess which|news anchor/);
  });
});

describe('phi.patient_story: what the nurse reads', () => {
  const storyOf = (text: string) => {
    const found = analyze(text).findings.filter((f) => f.rule === 'phi.patient_story');
    expect(found).toHaveLength(1);
    return found[0]!;
  };

  it('quotes the reference with the name after it, and its specifics, not the sentence before', () => {
    const f = storyOf('Rough night. Pt Maria Lopez in room 12 (MRN 5512093) coded twice, family on the way.');
    expect(f.match).toBe('Pt Maria Lopez in room 12 (MRN 5512093) coded twice, family on the way.');
    expect(f.message).toBe(
      "A specific patient encounter ('Pt Maria Lopez') with details that together can identify the patient: room or bed 'room 12', medical record number '5512093', what happened 'coded', how often 'twice'.",
    );
  });

  it.each([
    // [post, quoted span, the reference as quoted, specifics the message must name]
    [
      'pic of the xray from our guy in bay 4 tonight. yes that is a whole fork.',
      'pic of the xray from our guy in bay 4 tonight.',
      'our guy',
      ["record shown 'pic of the xray'", "room or bed 'bay 4'", "when 'tonight'"],
    ],
    [
      'The man we lost in trauma 1 last night turned out to be my neighbor\'s brother. I am so sorry.',
      "The man we lost in trauma 1 last night turned out to be my neighbor's brother.",
      'The man we lost',
      ["room or bed 'trauma 1'", "when 'last night'", "who they are 'my neighbor's brother'"],
    ],
    [
      'lost a 79yo at 0412 after a long code. going to sit in the car for a bit.',
      'lost a 79yo at 0412 after a long code.',
      'lost a 79yo',
      ["when 'at 0412'", "age '79yo'"],
    ],
    [
      '2nd narcan save this week at the same house, 88 Orchard Rd. same guy.',
      '2nd narcan save this week at the same house, 88 Orchard Rd. same guy.',
      'same guy',
      ["address or place '88 Orchard Rd'", "what happened 'narcan'", "when 'this week'"],
    ],
    [
      'Her husband keeps calling; she is on our cardiac unit and wants her son Ray to visit.',
      'Her husband keeps calling; she is on our cardiac unit and wants her son Ray to visit.',
      'on our cardiac unit',
      ["patient name 'Ray'"],
    ],
  ])('%j', (text, span, reference, specifics) => {
    const f = storyOf(text);
    expect(f.match).toBe(span);
    expect(f.message).toContain(`('${reference}')`);
    for (const s of specifics) expect(f.message + f.explain.context.join(', ')).toContain(s);
  });

  it('makes a story of an age of 90 or more and a bed, with no other detail (the jigsaw)', () => {
    const f = storyOf('one hundred and one years old and she still beats me at cards. room 22 is the best room');
    expect(f.message).toContain("age 90 or over 'one hundred and one years old'");
  });

  it.each([
    'My 6 y/o fell off the swings today, buckle fracture, 4 hrs in an ED on the other side of the curtain', // own child
    'My grandma turned 96 today!!', // own family
    "Mom's hip replacement went great, thank you to the nurses for taking care of her",
    'the word quiet is banned on our unit. someone said it in 2019 and we got 3 rapids and a code before midnight',
    'Grief is heavy tonight. Lost a patient we had been fighting for.', // no specifics beyond the night
  ])('stays clean on %j', (text) => {
    expect(story(text)).toEqual([]);
  });
});

describe('phi.patient_story on floods', () => {
  it('stays linear when one long sentence holds thousands of references and specifics', () => {
    // One sentence (titles and initials do not end one), a name and a bed in every few words. The
    // quadratic version took 21 s at 63k. Growth in CPU time, not absolute time, so a loaded
    // machine cannot fail it: ten times the text may cost at most thirty times the time (quadratic is 100).
    for (const unit of ['Mr. A. ', 'Walter in 14 tonight ', 'our guy in bed 3 at 0200 ']) {
      const small = unit.repeat(Math.ceil(6_300 / unit.length));
      const large = unit.repeat(Math.ceil(63_000 / unit.length));
      expect(confirmedGrowth(small, large, analyze, 30), unit).toBeLessThan(30);
    }
  });
});

describe('phi.patient_story: the draft-wide deduplication of specifics', () => {
  afterEach(() => useSharedDedupe(true));

  it('gives the stories that deduplicating each window on its own gives', () => {
    const rows = ownCorpusPaths().flatMap((p) => loadCorpus(p).rows.map((r) => r.text));
    // Every row, shuffled, in drafts of 150 posts: windows then cut across specifics of the
    // neighbouring posts too, which is where the shared path must step aside.
    const rand = seededRandom(14);
    const shuffled = rows.map((r) => [rand(), r] as const).sort((a, b) => a[0] - b[0]).map(([, r]) => r);
    // The random mixes put specifics of every kind side by side, across the windows' edges.
    const mixes = ADVERSARIAL_CASES.filter((c) => c.name.startsWith('random mix')).map((c) => c.draft(6_320));
    const drafts = [denseDraft(63_206), longDraft(20_000), ...mixes, ...rows];
    for (let k = 0; k * 150 < shuffled.length; k++) drafts.push(shuffled.slice(k * 150, (k + 1) * 150).join(['\n\n', ' ', '\n'][k % 3]!));
    const stories = (text: string) => JSON.stringify(analyze(text).findings.filter((f) => f.rule === 'phi.patient_story'));
    let compared = 0;
    for (const draft of drafts) {
      useSharedDedupe(true);
      const shared = stories(draft);
      useSharedDedupe(false);
      expect(shared, draft.slice(0, 80)).toBe(stories(draft));
      if (shared !== '[]') compared++;
    }
    // The comparison proved something: many drafts hold stories.
    expect(compared).toBeGreaterThan(50);
  });
});
