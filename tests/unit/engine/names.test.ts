import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/engine';
import { spansOf } from './helpers';

describe('phi.name', () => {
  it.each([
    ['Pt Linda Farrow, DOB 09/30/1958, came in with a K of 7.1', 'Linda Farrow'],
    ['pt linda farrow is back', 'linda farrow'],
    ['Here is the link to help our patient Jamal: the fundraiser', 'Jamal'],
    ['Pt Sandra K. in 9 keeps asking for her cat.', 'Sandra K.'],
    ['If anyone knows Mr. Abernathy\'s family please call us, he\'s asking for them', 'Mr. Abernathy'],
    ['my patient named Maria Lopez finally went home', 'Maria Lopez'],
    ['Linda, 94, in room 3 is the sweetest', 'Linda'],
    ['report: DOE, JOHN in bed 4 is the pt with the MRSA', 'DOE, JOHN'],
    ['J.R.M. is our pt in 4 with the trach', 'J.R.M.'],
    ['great to see my patient @jen_r at the gym', '@jen_r'],
    // A patient's relative with a title: family, not staff.
    ["Patient's husband, Dr. Lionel Watts, keeps calling the unit demanding updates.", 'Lionel Watts'],
    ["The pt's daughter Dr. Priya Raman wants to talk to the attending.", 'Priya Raman'],
    ["pt's wife Judge Ann Morrow wants to speak to administration", 'Ann Morrow'],
    ['Her daughter, attorney Lisa Grant, is threatening to sue the unit.', 'Lisa Grant'],
    ['His mama Brianna has not missed a single care time in the NICU.', 'Brianna'],
  ])('finds %j', (text, match) => {
    expect(spansOf(analyze(text), 'phi.name')).toEqual([{ match, severity: 'high' }]);
  });

  it.each([
    ['Welcome to our new chief nursing officer, Angela Brooks, RN, MSN!'],
    ['Great lecture on pediatric airway management today. Thanks @PedsEMdoc!'],
    ['Congrats to Mrs. Patel on her retirement after 30 years on 5 West'],
    ['Patient Safety Week starts Monday, wear your buttons'],
    ['Patient Experience scores are up again'],
    ['the patient will be fine, pt is stable'],
    ['Huge thanks to Dr. Nguyen for precepting me'],
    ['Congrats to Dr. Lee and his wife Dr. Anna Kim on their new baby!'],
    ['Dr. Lionel Watts gave a great grand rounds today.'],
    ['Judge Ann Morrow spoke at our nursing school graduation today.'],
    ['My brother Officer Tom Reyes graduated from the academy today!'],
    ['Shoutout to Linda, 25 years on nights, you are a legend'],
    ['I told the U.S. team about it'],
    ['@runnergirl88 thanks for the running tips'],
  ])('ignores %j', (text) => {
    expect(spansOf(analyze(text), 'phi.name')).toEqual([]);
  });

  it('reports a titled name with no context at medium', () => {
    expect(spansOf(analyze('Mrs. Okafor brought cookies'), 'phi.name')).toEqual([{ match: 'Mrs. Okafor', severity: 'medium' }]);
  });

  it('reads ALL-CAPS overlays as names on a medical image', () => {
    expect(spansOf(analyze('SMITH JOHN L', { medicalImage: true }), 'phi.name')).toEqual([{ match: 'SMITH JOHN', severity: 'high' }]);
    expect(spansOf(analyze('SMITH JOHN L'), 'phi.name')).toEqual([]);
  });

  it('does not take a label or the next line into a name', () => {
    // "PT NAME:" is a label, not a patient called Name.
    expect(spansOf(analyze('PT NAME ON FILE IS WRONG'), 'phi.name')).toEqual([]);
    expect(spansOf(analyze('Name: Walter Briggs\nAllergies none'), 'phi.name')).toEqual([{ match: 'Walter Briggs', severity: 'high' }]);
    expect(spansOf(analyze('report: DOE, JOHN\nBED 4 is the pt with the MRSA'), 'phi.name')).toEqual([{ match: 'DOE, JOHN', severity: 'high' }]);
  });

  it('reads "MS" after a number as milliseconds, and "MR BRAIN" on an image as a modality', () => {
    expect(spansOf(analyze('QRS 90 MS NORMAL, the pt is fine'), 'phi.name')).toEqual([]);
    expect(spansOf(analyze('MR BRAIN WO\nDOB 01.09.2012', { medicalImage: true }), 'phi.name')).toEqual([]);
    expect(spansOf(analyze('MRS JONES in room 4 keeps calling'), 'phi.name')).toEqual([{ match: 'MRS JONES', severity: 'high' }]);
  });
});
