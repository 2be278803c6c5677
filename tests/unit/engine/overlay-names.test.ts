import { describe, expect, it } from 'vitest';
import { analyze, type AnalyzeOptions } from '../../../src/engine';
import { isEnglishFirstName } from '../../../src/engine/lexicon/first-names';
import { isOverlayTerm, OVERLAY_VOCABULARY } from '../../../src/engine/vocab/overlay';
import { spansOf } from './helpers';

/** Overlay text as the OCR layout gives it: one line per row, a tab between fields of a row. */
const image: AnalyzeOptions = { source: 'image', medicalImage: true };
const namesOn = (text: string, options: AnalyzeOptions = image) => spansOf(analyze(text, options), 'phi.name').map((s) => s.match);

describe('phi.name on a medical image overlay', () => {
  it.each([
    ['DOE, JOHN\nDOB 03.14.1957', 'DOE, JOHN'],
    ['DOE^JOHN^L\nID 1234567', 'DOE^JOHN^L'],
    ['Garcia^Maria\nMRN 1234567', 'Garcia^Maria'],
    ['GARCIA MARIA L\nDOB 01/09/2012', 'GARCIA MARIA'],
    ["O'BRIEN PATRICK\nMRN 1234567", "O'BRIEN PATRICK"],
    // No known first name: the identity labels around the line vouch for it.
    ['NGUYEN THI MAI\nID: 5512345\nDOB 01.09.2012', 'NGUYEN THI MAI'],
    ['OKAFOR CHIDI F 67Y', 'OKAFOR CHIDI'],
    // The layout: "LAST FIRST [M] 01.09.2012", no word "patient" anywhere.
    ['SMITH JOHN [M] 01.09.2012', 'SMITH JOHN'],
    ['PT NAME: ADEYEMI TUNDE', 'ADEYEMI TUNDE'],
    ['PAT: MURPHY SUSAN\tMRN 30055972', 'MURPHY SUSAN'],
    ['DE LA CRUZ, ANA\nDOB 01.09.2012', 'DE LA CRUZ, ANA'],
    ['De La Cruz, Aisha Thi\nID 24752712', 'De La Cruz, Aisha Thi'],
    ['MARIA A MCDONALD\tPID: 72428628', 'MARIA A MCDONALD'],
    ['BED: 4B\tXIONG PAO\tADULT', 'XIONG PAO'],
    // A hospital and a name read as one row still end in the name.
    ['UNIVERSITY HOSPITAL RADIOLOGY KOWALSKI ROBERT\nID: 9274095', 'KOWALSKI ROBERT'],
    ['GOOD SAMARITAN HOSPITAL MURPHY, LUIS', 'MURPHY, LUIS'],
  ])('finds the name in %j', (text, name) => {
    expect(spansOf(analyze(text, image), 'phi.name')).toEqual([{ match: name, severity: 'high' }]);
  });

  it.each([
    ['ST MARY HOSPITAL\nCHEST PA\n03.14.2024'],
    ['MERCY MEDICAL CENTER\nMRN 1234567'],
    ['RADIOLOGY DEPT\nDOB 01.09.2012'],
    ['GENERAL HOSPITAL ER\nID 1234567'],
    ['ST JOSEPH REGIONAL MEDICAL CENTER'],
    ['CHEST AP PORTABLE\nSUPINE\nKVP 80 MAS 4\nDOB 01.09.2012'],
    ['CROSS TABLE LAT\tL\nR\nSCOUT\nID 1234567'],
    ['AXIAL SE 3 IM 42\nSAG T2 FSE\nCOR THK 5.0\nWL/WW 40/400\nSE/IM 3/42\nSEQ 2'],
    ['SOMATOM DEFINITION AS\nLOGIQ E9\nMAGNETOM SKYRA\nDOB 01.09.2012'],
    ['SINUS BRADYCARDIA\nLEFT AXIS DEVIATION\nQRS DURATION 90 MS\tNORMAL ECG'],
    ['ADULT\tPACED OFF\nALARMS ON\nART 120/80\nBED 12'],
    ['REF: DR SMITH\nREF PHYS: JONES, DAVID\nREFERRED BY: PATEL ANIL\nDOB 01.09.2012'],
    ['KVP 80 MAS 4\nUPRIGHT PA\nDOB JUL 24 2003'],
    // Five words are a phrase, not a name, even among identity fields.
    ['RIGHT UPPER QUADRANT PAIN FOLLOW UP\nDOB 01.09.2012'],
  ])('flags no name in %j', (text) => {
    expect(namesOn(text)).toEqual([]);
  });

  it('never runs a name on into the next line of the overlay', () => {
    expect(namesOn('GARCIA MARIA\nPORTABLE CHEST')).toEqual(['GARCIA MARIA']);
    expect(namesOn('MARIA GARCIA\nKVP 80 MAS 10')).toEqual(['MARIA GARCIA']);
    expect(namesOn("DOE, JOHN\nO'BRIEN PATRICK\nGARCIA MARIA L")).toEqual(['DOE, JOHN', "O'BRIEN PATRICK", 'GARCIA MARIA']);
  });

  it('does not take a field label or a sex word into the name', () => {
    expect(namesOn('ROBERT KOWALSKI SEX: F')).toEqual(['ROBERT KOWALSKI']);
    expect(namesOn('NGUYEN, KWAME J Pat ID: 98768089')).toEqual(['NGUYEN, KWAME']);
    expect(namesOn('ROBERT CHEN HOSP NO: E7000035')).toEqual(['ROBERT CHEN']);
    expect(namesOn('DMITRI R MENDOZA F JUL 24 2003')).toEqual(['DMITRI R MENDOZA']);
  });

  it("leaves an institution named in the policy's watch terms to the watch-term finding", () => {
    const text = 'KAISER PERMANENTE\nDOE, JOHN\nDOB 01.09.2012';
    expect(namesOn(text)).toEqual(['KAISER PERMANENTE', 'DOE, JOHN']);
    const watched = analyze(text, { ...image, watchTerms: ['Kaiser Permanente'] });
    expect(spansOf(watched, 'phi.name').map((s) => s.match)).toEqual(['DOE, JOHN']);
    expect(spansOf(watched, 'phi.location').map((s) => s.match)).toEqual(['KAISER PERMANENTE']);
  });

  it('reads the overlay rules only on a medical image', () => {
    expect(namesOn('NGUYEN THI MAI\nID: 5512345\nDOB 01.09.2012', { source: 'image' })).toEqual([]);
    expect(namesOn('SMITH JOHN [M] 01.09.2012', {})).toEqual([]);
  });
});

describe('overlay vocabulary', () => {
  // A run holding a vocabulary word is never a name, so a given name in the lists is a name lost.
  // These are in the first-name lexicon but on an overlay they are abbreviations or study words
  // first (PET scan, AX axial, SID source-image distance, DI deviation index, RAD radiologist).
  const KNOWN_OVERLAP = ['PET', 'AX', 'SID', 'DI', 'RAD', 'CROSS', 'MAG', 'TEMP', 'BONE', 'READ', 'PAGE', 'PAT'];

  it('holds no given name except the few it means to', () => {
    // Common given names: the world list also holds rare ones that equal a modality's abbreviation
    // ("MAS", "NEO"), which an overlay never means as a name.
    expect(OVERLAY_VOCABULARY.filter((w) => isEnglishFirstName(w) && !KNOWN_OVERLAP.includes(w))).toEqual([]);
  });

  it('knows the technique words of each modality', () => {
    const words = `CR DX CT MR US AP PA LAT OBL SUPINE PRONE ERECT UPRIGHT PORTABLE CROSS TABLE SWIMMERS SCOUT AXIAL SAG COR
      KVP KV MAS MA MS SID EI DI WL WW SE IM THK SEQ TR TE FLAIR STIR GAIN DEPTH VENT RATE QRS SINUS RHYTHM NORMAL HR SPO2
      NIBP RESP TEMP ETCO2 ADULT PACED ALARMS CHEST HAND KNEE BONE LUNG SOMATOM LOGIQ SIGNA MAGNETOM`.split(/\s+/);
    expect(words.filter((w) => !isOverlayTerm(w))).toEqual([]);
  });

  it('leaves common names that are also overlay words out', () => {
    for (const w of ['WARD', 'LONG', 'ART', 'DIXON', 'WELCH', 'TOWNE', 'WATERS', 'THI']) expect(isOverlayTerm(w), w).toBe(false);
  });
});
