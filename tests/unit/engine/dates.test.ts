import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/engine';
import { spansOf } from './helpers';

describe('phi.date', () => {
  it.each([
    ['Pt Linda Farrow, DOB 09/30/1958, came in with a K of 7.1', '09/30/1958'],
    ['DOB 4/2/1933 and still sharper than me at 4am', '4/2/1933'],
    ['D.O.B. 03-14-57 on the wristband', '03-14-57'],
    ['dob: 1957-03-14', '1957-03-14'],
    ['date of birth 14.03.1957', '14.03.1957'],
    ['born on the 4th of July 1932 and still flirting with every nurse', 'the 4th of July 1932'],
    ['she was born March 14th, 1957 in this very hospital', 'March 14th, 1957'],
    ['admitted on 09/14/2026 for a hip fx, still here because no SNF will take her', '09/14/2026'],
    ['pt was discharged Sept. 3rd after 40 days with us', 'Sept. 3rd'],
    ['He passed away 14 Mar 2024 with his family around him', '14 Mar 2024'],
    ['DOB 4/2', '4/2'],
    ['her D.O.B. is ４/２/１９３３', '４/２/１９３３'],
  ])('finds %j', (text, match) => {
    expect(spansOf(analyze(text), 'phi.date')).toEqual([{ match, severity: 'high' }]);
  });

  it.each([
    ['Our clinic will be closed on Thanksgiving Day. Happy holidays!'],
    ['Reminder: the 2026 ACLS update changes the epinephrine timing.'],
    ['Join us for the 5K on Saturday, 8am at the riverfront!'],
    ['Conference registration closes 03/01/2027, see you there'],
    ['Pain 10/10 again, 1/2 tab of oxycodone did nothing'],
    ['Happy 4th of July from the night shift crew!'],
    ['BP 120/80 and HR 72, textbook'],
    ['Blood drive in the cafeteria Tuesday 10-2.'],
    ['version 1.2.24 of the EHR is out'],
    ['Ratios are 1:4 on 3/4 of our units'],
    ['may 12 of us finally get a break'],
    ['Flu clinic runs March 3 - March 14 in the main lobby'],
    ['Workshop on 2026-03-14 in the auditorium'],
    ['DOB 02/30/1958 typo'], // not a real date
  ])('ignores %j', (text) => {
    expect(spansOf(analyze(text), 'phi.date').filter((f) => f.severity !== 'low')).toEqual([]);
  });

  it('reports a public date only in strict mode', () => {
    const text = 'Conference registration closes 03/01/2027';
    expect(spansOf(analyze(text), 'phi.date')).toEqual([]);
    expect(spansOf(analyze(text, { sensitivity: 'strict' }), 'phi.date')).toEqual([{ match: '03/01/2027', severity: 'medium' }]);
  });

  it('keeps a colleague date low', () => {
    expect(spansOf(analyze('She presented her poster on March 3, 2026 at the conference'), 'phi.date')).toEqual([
      { match: 'March 3, 2026', severity: 'low' },
    ]);
  });

  it('treats a bare date on a medical image as an identifier', () => {
    expect(spansOf(analyze('DOE JOHN 01.09.2012', { medicalImage: true }), 'phi.date')).toEqual([{ match: '01.09.2012', severity: 'high' }]);
  });

  it.each([
    ['DOB 14-MAR-1957', '14-MAR-1957'],
    ['D.O.B. 20-FEB-1941', '20-FEB-1941'],
    ['DOB: 19570314', '19570314'],
    ['BIRTH DATE: 19530202', '19530202'],
  ])('reads EHR and DICOM forms of a DOB: %j', (text, match) => {
    expect(spansOf(analyze(text), 'phi.date')).toEqual([{ match, severity: 'high' }]);
  });

  it('does not read an unlabelled eight-digit number as a date', () => {
    expect(spansOf(analyze('order 19570314 shipped'), 'phi.date')).toEqual([]);
    expect(spansOf(analyze('MRN 19570314', { medicalImage: true }), 'phi.date')).toEqual([]);
  });

  it('on a medical image, reads every full date high whoever is mentioned around it', () => {
    // "MR#" and "FEMALE" are person words in a post; on an overlay they are fields.
    const text = 'BROWN, LUIS FEMALE 12/16/2016\nMR# 10629442\n04/27/2025\nEXAM: 20200719 22:12';
    expect(spansOf(analyze(text, { medicalImage: true }), 'phi.date')).toEqual([
      { match: '12/16/2016', severity: 'high' },
      { match: '04/27/2025', severity: 'high' },
      { match: '20200719', severity: 'high' },
    ]);
  });

  it('joins a date OCR split at a dot, on a medical image only', () => {
    expect(spansOf(analyze('DOB 07.28 1988\nSTUDY 12 11 2023', { medicalImage: true }), 'phi.date').map((s) => s.match)).toEqual(['07.28 1988', '12 11 2023']);
    expect(spansOf(analyze('we ran 12 11 2023 times'), 'phi.date')).toEqual([]);
    expect(spansOf(analyze('W 2471 L 1524\nSE 3 IM 42 12 40 1000', { medicalImage: true }), 'phi.date')).toEqual([]);
  });
});

