import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/engine';

const claims = (text: string) => analyze(text).findings.filter((f) => f.rule === 'conduct.misinformation');

describe('conduct.misinformation', () => {
  it.each([
    ['Vaccines cause autism. I have seen it with my own eyes in 15 years of peds nursing.', 'autism', 'high'],
    ['Masks don\'t work and the flu shot gives you the flu.', 'flu', 'medium'],
    ['HIV doesn\'t cause AIDS, it\'s the meds.', 'AIDS', 'medium'],
    ['Ivermectin cures COVID and they don\'t want you to know.', 'COVID', 'high'],
    ['sunscreen causes more cancer than the sun. nurse here, ditch it.', 'cancer', 'high'],
    ['5G spreads viruses', 'viruses', 'medium'],
    ['The HPV vaccine is making teenage girls infertile', 'infertil', 'medium'],
    ['autism comes from the MMR shot', 'autism', 'medium'],
    ['the jab rewrites your DNA', 'DNA', 'medium'],
    ['Cancer is just a fungus and baking soda kills it.', 'fungus', 'medium'],
    ['COVID was just a bad flu', 'flu', 'medium'],
    ['I tell all my diabetic pts to try my cinnamon capsules instead of metformin', 'metformin', 'high'],
    ['The reason so many young people are having heart attacks now is the covid vaccine.', 'vaccine', 'medium'],
    ['Chemo is poison. Cancer can be cured naturally.', 'poison', 'medium'],
    ["Your immune system doesn't need vaccines, natural immunity is all you need.", 'vaccines', 'medium'],
    ['covid was never real, it was the flu with better marketing. 22 yrs ICU RN', 'never real', 'high'],
    ['ivermectin cures cancer and the industry is burying the data', 'ivermectin', 'medium'],
    ["Measles isn't dangerous, it's a normal childhood illness. Let kids get it.", 'Measles', 'medium'],
    ['Statins are poison, ditch them and eat more butter', 'poison', 'medium'],
    ['Tylenol in pregnancy causes autism, I warn all my moms. —L&D RN', 'Tylenol', 'high'],
  ] as const)('finds %j', (text, part, severity) => {
    const found = claims(text);
    expect(found.length).toBeGreaterThan(0);
    expect(found.map((f) => f.match).join(' ')).toContain(part);
    expect(found[0]!.severity).toBe(severity);
    expect(found[0]!.message).toMatch(/Contradicted by/);
  });

  it.each([
    ['Myth: the flu shot gives you the flu. Fact: the injected vaccine has no live virus.'],
    ['Vaccines do not cause autism. That study was retracted.'],
    ['People still think the flu shot gives you the flu. It doesn\'t.'],
    ['Patients ask me every week if ivermectin treats COVID. It doesn\'t.'],
    ['Sunscreen does not cause cancer. UV does. Wear SPF 30.'],
    ['Do vaccines cause autism? No. Here is the evidence.'],
    ['Get your flu shot by October to protect against the flu this winter.'],
    ['Masks work best when they fit. Pinch the nose wire.'],
    ['Masks don\'t work if you wear them under your nose.'],
    ['Antibiotics don\'t work on viruses, so no z-pack for your cold.'],
    ['Sunscreen prevents skin cancer. Reapply every 2 hours.'],
    ['Does the HPV vaccine cause infertility? No. Large studies show no link.'],
    ["We're seeing measles again because vaccination rates dropped. Get your MMR."],
    ["Patients keep asking if vaccines cause autism. They don't."],
    ['Anyone who thinks covid was never real should spend a night in our ICU.'],
  ])('ignores %j', (text) => {
    expect(claims(text)).toEqual([]);
  });
});
