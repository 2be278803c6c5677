import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/engine';
import { spansOf } from './helpers';

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
