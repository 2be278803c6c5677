/**
 * A generated, labelled corpus of the text burned into medical images, for measuring the engine's
 * image path at the level of findings: is the patient's name a name finding, is the DOB a date,
 * and is anything else (a hospital, a technique line, a model name) wrongly flagged?
 *
 * Each case is a set of overlay blocks in image corners, as PACS viewers, modalities, ECG carts
 * and monitors lay them out. A line is made of fields (separated by wide gaps, as columns of a
 * header are), a field of pieces, and each piece may carry the label of what it is.
 * Deterministic: one seed gives the same corpus every run.
 */
import { seededRandom } from '../../bench/synthetic-posts';
import { MODALITIES, poolFor, type Modality, type Pool } from './pools';

/**
 * What a labelled piece is. name, date, id, age (90+) and room must be found; facility must not be
 * a finding of any kind; clinician is a real name but not a patient's, so it is neither counted
 * for nor against the engine.
 */
export type LabelKind = 'name' | 'date' | 'id' | 'age' | 'room' | 'facility' | 'clinician';

export interface Piece {
  text: string;
  label?: LabelKind;
}
/** Pieces separated by one space: one phrase ("DOB 01.09.2012"). */
export type Field = Piece[];
/** Fields separated by a wide gap, as in a header row ("DOE, JOHN     ID 1234    03/14/2024"). */
export type OverlayLine = Field[];

export type Corner = 'tl' | 'tr' | 'bl' | 'br';
export interface Block {
  corner: Corner;
  lines: OverlayLine[];
}

export interface OverlayCase {
  id: string;
  modality: Modality;
  pool: 'dev' | 'check';
  blocks: Block[];
  /** A laterality marker drawn inside the image. */
  marker?: 'L' | 'R';
}

type Rand = () => number;
const pick = <T>(rand: Rand, list: readonly T[]): T => list[Math.floor(rand() * list.length)]!;
const chance = (rand: Rand, p: number) => rand() < p;
const int = (rand: Rand, min: number, max: number) => min + Math.floor(rand() * (max - min + 1));
const pad2 = (n: number) => String(n).padStart(2, '0');
const MONTHS = ['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC'];

/** How overlays print a date: the DICOM value (YYYYMMDD) and the viewers' localised forms. */
const DATE_STYLES = ['dd.mm.yyyy', 'mm/dd/yyyy', 'yyyy-mm-dd', 'dd-MON-yyyy', 'dd MON yyyy', 'MON dd yyyy', 'm/d/yyyy', 'mm/dd/yy', 'yyyymmdd'] as const;
type DateStyle = (typeof DATE_STYLES)[number];

export function formatDate(y: number, m: number, d: number, style: DateStyle): string {
  const mon = MONTHS[m - 1]!;
  switch (style) {
    case 'dd.mm.yyyy': return `${pad2(d)}.${pad2(m)}.${y}`;
    case 'mm/dd/yyyy': return `${pad2(m)}/${pad2(d)}/${y}`;
    case 'yyyy-mm-dd': return `${y}-${pad2(m)}-${pad2(d)}`;
    case 'dd-MON-yyyy': return `${pad2(d)}-${mon}-${y}`;
    case 'dd MON yyyy': return `${pad2(d)} ${mon} ${y}`;
    case 'MON dd yyyy': return `${mon} ${pad2(d)} ${y}`;
    case 'm/d/yyyy': return `${m}/${d}/${y}`;
    case 'mm/dd/yy': return `${pad2(m)}/${pad2(d)}/${String(y).slice(2)}`;
    case 'yyyymmdd': return `${y}${pad2(m)}${pad2(d)}`;
  }
}

function randomDate(rand: Rand, fromYear: number, toYear: number, style: DateStyle): string {
  return formatDate(int(rand, fromYear, toYear), int(rand, 1, 12), int(rand, 1, 28), style);
}

/** Every overlay in a corpus prints its dates one way, as a configured viewer does. */
function dateStyle(rand: Rand): DateStyle {
  return pick(rand, DATE_STYLES);
}

function caseOf(name: string, mixed: boolean): string {
  return mixed ? name.replace(/[A-Z]+/g, (w) => w[0] + w.slice(1).toLowerCase()) : name;
}

/** The patient's name as DICOM PN (LAST^FIRST^MIDDLE) and as viewers reformat it. */
function patientName(rand: Rand, pool: Pool): Piece[] {
  const last = pick(rand, pool.last);
  const first = pick(rand, pool.first);
  const middle = chance(rand, 0.3) ? pick(rand, pool.middle) : undefined;
  const format = pick(rand, ['caret', 'comma', 'last first', 'first last'] as const);
  let text: string;
  switch (format) {
    case 'caret': text = [last, first, middle].filter(Boolean).join('^'); break;
    case 'comma': text = `${last}, ${first}${middle ? ` ${middle}` : ''}`; break;
    case 'last first': text = `${last} ${first}${middle ? ` ${middle}` : ''}`; break;
    case 'first last': text = `${first}${middle ? ` ${middle}` : ''} ${last}`; break;
  }
  const pieces: Piece[] = [];
  if (chance(rand, 0.3)) pieces.push({ text: pick(rand, ['NAME:', 'PATIENT:', 'PT NAME:', 'Name:', 'PAT:']) });
  pieces.push({ text: caseOf(text, chance(rand, 0.1)), label: 'name' });
  return pieces;
}

function sexAndAge(rand: Rand): Piece[] {
  const old = chance(rand, 0.08);
  const age = old ? int(rand, 90, 103) : int(rand, 1, 89);
  const ageText = pick(rand, [`${age}Y`, `${String(age).padStart(3, '0')}Y`, `${age} Y`, `AGE ${age}`, `${age} YRS`, `${age}YR`]);
  const sex = pick(rand, ['M', 'F', '[M]', '[F]', 'SEX: F', 'MALE', 'FEMALE']);
  const pieces: Piece[] = [{ text: sex }];
  if (chance(rand, 0.6)) pieces.push(old ? { text: ageText, label: 'age' } : { text: ageText });
  return pieces;
}

function dob(rand: Rand, style: DateStyle): Piece[] {
  const label = pick(rand, ['DOB', 'DOB:', 'DOB', 'D.O.B.', 'BIRTH DATE:', 'BORN', 'Birth:']);
  return [{ text: label }, { text: randomDate(rand, 1925, 2023, style), label: 'date' }];
}

function examDate(rand: Rand, style: DateStyle): Piece[] {
  const pieces: Piece[] = [];
  if (chance(rand, 0.5)) pieces.push({ text: pick(rand, ['STUDY DATE:', 'EXAM:', 'ACQ:', 'DATE:', 'STUDY:']) });
  // The DICOM value is unreadable without a label; viewers that print it always label it.
  const s = style === 'yyyymmdd' && !pieces.length ? 'mm/dd/yyyy' : style;
  pieces.push({ text: randomDate(rand, 2018, 2025, s), label: 'date' });
  if (chance(rand, 0.6)) pieces.push({ text: chance(rand, 0.5) ? `${pad2(int(rand, 0, 23))}:${pad2(int(rand, 0, 59))}:${pad2(int(rand, 0, 59))}` : `${pad2(int(rand, 0, 23))}:${pad2(int(rand, 0, 59))}` });
  return pieces;
}

function patientId(rand: Rand): Piece[] {
  const label = pick(rand, ['MRN', 'MRN:', 'ID:', 'ID', 'PID:', 'PATIENT ID:', 'MR#', 'Pat ID:', 'HOSP NO:']);
  const value = chance(rand, 0.2) ? `${pick(rand, ['E', 'M', 'A'])}${int(rand, 100000, 9999999)}` : String(int(rand, 100000, 99999999));
  return [{ text: label }, { text: value, label: 'id' }];
}

function accession(rand: Rand): Piece[] {
  const label = pick(rand, ['ACC', 'ACC#', 'ACC:', 'ACCESSION:', 'ACCESSION #', 'ACC NO', 'EXAM #']);
  return [{ text: label }, { text: String(int(rand, 10000, 99999999)), label: 'id' }];
}

const one = (pieces: Piece[]): OverlayLine => [pieces];
const technique = (rand: Rand, pool: Pool, m: Modality): OverlayLine => one([{ text: pick(rand, pool.technique[m]) }]);

/** The identity block: name first, then some of sex/age, DOB and ID, in a viewer's order. */
function identityLines(rand: Rand, pool: Pool, style: DateStyle): OverlayLine[] {
  const name = patientName(rand, pool);
  // The issue's layout: "LAST FIRST [M] 01.09.2012" on one line, no DOB label.
  if (chance(rand, 0.2)) {
    return [one([...name, ...sexAndAge(rand).slice(0, 1), { text: randomDate(rand, 1925, 2023, style === 'yyyymmdd' ? 'dd.mm.yyyy' : style), label: 'date' }]), one(patientId(rand))];
  }
  const lines: OverlayLine[] = [one(chance(rand, 0.4) ? [...name, ...sexAndAge(rand)] : name)];
  const rest = [one(dob(rand, style)), one(patientId(rand))];
  if (chance(rand, 0.4)) rest.push(one(sexAndAge(rand)));
  if (chance(rand, 0.5)) rest.reverse();
  return [...lines, ...rest];
}

function studyLines(rand: Rand, pool: Pool, m: Modality, style: DateStyle): OverlayLine[] {
  const lines: OverlayLine[] = [];
  if (chance(rand, 0.8)) lines.push(one([{ text: pick(rand, pool.facility), label: 'facility' }]));
  if (chance(rand, 0.5)) lines.push(one([{ text: pick(rand, pool.model[m]) }]));
  lines.push(technique(rand, pool, m));
  lines.push(one(examDate(rand, style)));
  if (chance(rand, 0.5)) lines.push(one(accession(rand)));
  if (chance(rand, 0.2)) lines.push(one([{ text: pick(rand, pool.clinician), label: 'clinician' }]));
  return lines;
}

function techniqueLines(rand: Rand, pool: Pool, m: Modality, count: number): OverlayLine[] {
  const lines: OverlayLine[] = [];
  for (let i = 0; i < count; i++) {
    // Two parameters on one row is common ("KVP 80 MAS 4    W 2471 L 1524").
    lines.push(chance(rand, 0.3) ? [[{ text: pick(rand, pool.technique[m]) }], [{ text: pick(rand, pool.technique[m]) }]] : technique(rand, pool, m));
  }
  return lines;
}

/** PACS viewer layout (CR, DX, CT, MR): identity in one corner, study in another, technique below. */
function viewerCase(rand: Rand, pool: Pool, m: Modality, style: DateStyle): Block[] {
  const corners: Corner[] = chance(rand, 0.7) ? ['tl', 'tr', 'bl', 'br'] : ['bl', 'tl', 'br', 'tr'];
  return [
    { corner: corners[0]!, lines: identityLines(rand, pool, style) },
    { corner: corners[1]!, lines: studyLines(rand, pool, m, style) },
    { corner: corners[2]!, lines: techniqueLines(rand, pool, m, int(rand, 1, 3)) },
    { corner: corners[3]!, lines: techniqueLines(rand, pool, m, int(rand, 0, 2)) },
  ].filter((b) => b.lines.length);
}

/** Ultrasound: one header row of fields across the top, parameters down one side. */
function ultrasoundCase(rand: Rand, pool: Pool, style: DateStyle): Block[] {
  const header: OverlayLine = [];
  if (chance(rand, 0.7)) header.push([{ text: pick(rand, pool.facility), label: 'facility' }]);
  header.push(patientName(rand, pool));
  header.push(patientId(rand));
  header.push(examDate(rand, style));
  if (chance(rand, 0.5)) header.push([{ text: pick(rand, pool.model.US) }]);
  const second: OverlayLine = [dob(rand, style)];
  if (chance(rand, 0.5)) second.push([{ text: pick(rand, pool.technique.US) }]);
  return [
    { corner: 'tl', lines: [header, second] },
    { corner: 'tr', lines: techniqueLines(rand, pool, 'US', int(rand, 2, 4)) },
    { corner: 'bl', lines: techniqueLines(rand, pool, 'US', int(rand, 1, 2)) },
  ];
}

/** A 12-lead ECG printout: a dense header of identity and measurements, leads below. */
function ecgCase(rand: Rand, pool: Pool, style: DateStyle): Block[] {
  const name = patientName(rand, pool);
  const header: OverlayLine[] = [
    [name, patientId(rand), examDate(rand, style)],
    [dob(rand, style), sexAndAge(rand), [{ text: pick(rand, pool.technique.ECG) }]],
    [[{ text: pick(rand, pool.technique.ECG) }], [{ text: pick(rand, pool.technique.ECG) }]],
  ];
  if (chance(rand, 0.4)) header.push([[{ text: `ROOM: ${int(rand, 100, 999)}`, label: 'room' }], [{ text: pick(rand, pool.facility), label: 'facility' }]]);
  if (chance(rand, 0.4)) header.push(one([{ text: pick(rand, pool.clinician), label: 'clinician' }]));
  return [
    { corner: 'tl', lines: header },
    { corner: 'br', lines: [one([{ text: pick(rand, pool.model.ECG) }]), techniqueLines(rand, pool, 'ECG', 1)[0]!] },
    // A 12-lead tracing names its leads; tesseract reads them as scattered short lines.
    { corner: 'bl', lines: [one([{ text: 'I AVR V1 V4' }]), one([{ text: 'II AVL V2 V5' }]), one([{ text: 'III AVF V3 V6' }])] },
  ];
}

/** A bedside monitor: bed and name in the title bar, vitals in tiles. */
function monitorCase(rand: Rand, pool: Pool): Block[] {
  // The label is part of the finding: "BED 12" is what identifies the patient.
  const title: OverlayLine = [[{ text: `${pick(rand, ['BED', 'BED:', 'Bed'])} ${pick(rand, [String(int(rand, 1, 40)), `${int(rand, 1, 40)}${pick(rand, ['A', 'B'])}`])}`, label: 'room' }]];
  if (chance(rand, 0.8)) title.push(patientName(rand, pool).filter((p) => p.label));
  title.push([{ text: pick(rand, ['ADULT', 'PEDI', 'NEONATE', 'ADULT PACED OFF']) }]);
  return [
    { corner: 'tl', lines: [title] },
    { corner: 'tr', lines: techniqueLines(rand, pool, 'MONITOR', int(rand, 2, 4)) },
    { corner: 'br', lines: techniqueLines(rand, pool, 'MONITOR', int(rand, 1, 3)) },
    ...(chance(rand, 0.3) ? [{ corner: 'bl' as const, lines: [one([{ text: pick(rand, pool.model.MONITOR) }])] }] : []),
  ];
}

export function generateCorpus(count: number, poolName: 'dev' | 'check', seed = 11): OverlayCase[] {
  const rand = seededRandom(seed + (poolName === 'check' ? 1000 : 0));
  const pool = poolFor(poolName);
  const out: OverlayCase[] = [];
  for (let i = 0; i < count; i++) {
    const modality = MODALITIES[i % MODALITIES.length]!;
    const style = dateStyle(rand);
    const blocks =
      modality === 'US' ? ultrasoundCase(rand, pool, style)
      : modality === 'ECG' ? ecgCase(rand, pool, style)
      : modality === 'MONITOR' ? monitorCase(rand, pool)
      : viewerCase(rand, pool, modality, style);
    const marker = modality === 'CR' || modality === 'DX' ? pick(rand, ['L', 'R'] as const) : undefined;
    out.push({ id: `${poolName}-${String(i + 1).padStart(3, '0')}-${modality}`, modality, pool: poolName, blocks, ...(marker ? { marker } : {}) });
  }
  return out;
}
