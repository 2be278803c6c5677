import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/engine';
import { spansOf } from './helpers';

const boundary = (text: string) => spansOf(analyze(text), 'conduct.boundary').map((f) => f.severity);

describe('conduct.boundary', () => {
  it.each([
    ["Just added my patient from last month on Instagram, we're going for coffee!", 'high'],
    ['just sent my cute pt from bed 9 a friend request', 'medium'],
    ["slid into my patient's DMs after his shift... I mean after MY shift", 'medium'],
    ["My patient from last week found me on FB and we've been messaging every night", 'high'],
    ['date night with a former pt! we met when I put in his IV', 'high'],
    ['I always give my personal cell to my patients so they can text me anytime, even after discharge.', 'high'],
    ['Ran into my former pt at the bar and we ended up exchanging numbers', 'medium'],
    ['I follow a lot of my patients on Insta, they love my nurse life content!', 'medium'],
    ["Is it bad that I have a crush on my patient's son? He visits every day", 'high'],
    ['Went to dinner with the son of one of my hospice patients, seeing each other again Friday', 'high'],
    ['My former pt slid into my DMs and honestly I slid right back', 'high'],
    ['Still in touch with a bunch of my old NICU families, we text pics all the time', 'medium'],
    ['I gave one of my dialysis patients a ride home after her treatment', 'medium'],
    ["Been messaging my pt's daughter on FB since discharge, she's really sweet", 'medium'],
    // Patients described by bed or by the care event; a personal channel in a post about their care.
    ['bed 11 guy i flirted with all week asked for my number and I gave it to him 😍', 'high'],
    ["DM'd the sweet mama from yesterday's delivery on insta to see how she's doing", 'medium'],
    ['I cared for a firefighter with an MI last month. Today he texted my personal cell a photo of his kids (we keep in touch 😊)', 'high'],
    ["My patient's husband keeps texting me and honestly I text back", 'medium'],
    ['Took my favorite dialysis patient out for lunch on my day off', 'high'],
    ["I'm literally friends with half my old patients on insta", 'medium'],
    ['my former patient is my new roommate lol', 'high'],
    ["I babysit for one of my patients' families on weekends now", 'medium'],
  ] as const)('finds %j', (text, severity) => {
    expect(boundary(text)).toEqual([severity]);
  });

  it.each([
    ['Social media rules for nurses: never friend a patient, never give medical advice online.'],
    ["Got a friend request from a patient's wife today. Declined, obviously. Boundaries!"],
    ['I would never date a patient, but the number of times I get asked out in triage is wild'],
    ['Patients can message our care team through MyChart 24/7 for non-urgent questions.'],
    ["My patient's wife brought the whole unit donuts. Best family ever."],
    ['A patient once told me you are the first person who listened to me all day.'],
    ['We do not friend patients on social media. Ever. Even the nice ones.'],
    ['I follow up with my patients by phone two days after discharge.'],
    ['A family member asked for my number to text me updates. I gave them the unit number instead.'],
    ['Our hospice team sends bereavement cards to families at 1 month and 13 months.'],
    ["Messaging the on-call doc about my pt's potassium, fingers crossed for a quick callback."],
    ["texting my pt's wife every hour to update her bc she can't get off work"],
    ['My charge nurse texted my personal cell about picking up a shift'],
    ['Patient asked for my number, I said no and gave him the clinic line'],
  ])('ignores %j', (text) => {
    expect(boundary(text)).toEqual([]);
  });
});
