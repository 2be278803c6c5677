import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/engine';
import { spansOf } from './helpers';

const advice = (text: string) => spansOf(analyze(text), 'conduct.advice').map((f) => f.severity);

describe('conduct.advice', () => {
  it.each([
    ["@brittanyyy_22 that's definitely a UTI, just take your sister's leftover cipro", 'high'],
    ["Replying to Tom: yeah just double your lasix for the swelling, that's what I'd do", 'high'],
    ["@mark_d5 stop your metoprolol if it makes you tired, you don't need it at your age", 'high'],
    ['@kaylahmom a fever of 104 is fine for his age, alternate tylenol and motrin and skip the ER', 'high'],
    ["Susan, from your pics that mole looks totally benign, don't waste money on a derm.", 'high'],
    ['@runnergirl88 that rash is shingles, just grab some valacyclovir from a friend', 'high'],
    ['DM me a pic of the bite and I will tell you if you need antibiotics', 'medium'],
    ['@jess_runs sounds like plantar fasciitis. just take 800 of ibuprofen 3x a day', 'high'],
    ["@dadof3 honestly your son's rash looks like scabies from that pic", 'medium'],
    ["Jen, your BP meds are probably what's making you dizzy, just stop them for a week", 'high'],
    ["@coachmike you don't need the ER for that, it's just a sprain. ice and advil", 'high'],
    ['@beth_rx take 2 of your hydroxyzine and skip the psych follow up', 'high'],
    ['Linda, the cipro left over from your UTI will clear that right up', 'high'],
    ["@kayla.runs just give him the rest of your daughter's amoxicillin, no need for the pedi appt", 'high'],
    ["Tina girl, stop your antidepressant cold turkey, it's making you tired", 'high'],
  ] as const)('finds %j', (text, severity) => {
    expect(advice(text)).toContain(severity);
  });

  it.each([
    ['PSA: Call 911 for chest pain, stroke symptoms, or trouble breathing. Don\'t drive yourself.'],
    ['If you get a painful blistering rash on one side of your body, see your doctor within 3 days.'],
    ['Take your antibiotics exactly as prescribed, even if you feel better.'],
    ['Never stop your blood thinner without talking to your cardiologist.'],
    ['Acetaminophen max 4 g/day in healthy adults, 2-3 g with liver disease.'],
    ['Does anyone else\'s kid get a rash from amoxicillin? Asking as a mom, not a nurse lol'],
    ['@mike_icu great question! The evidence on early mobility is strong, here is the review.'],
    ['Great lecture on pediatric airway management today. Thanks @PedsEMdoc!'],
    ['Teaching case: a patient presents with crushing chest pain. What is your next step?'],
    ['Never double up on a missed dose of your blood pressure meds without asking your pharmacist.'],
    ["Leftover antibiotics? Don't take them for a new illness. Bring them to a take-back day."],
    ['Antidepressants should be tapered with your prescriber, never stopped cold turkey.'],
  ])('ignores %j', (text) => {
    expect(advice(text)).toEqual([]);
  });
});
