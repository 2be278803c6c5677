/**
 * Phrase pools for the generated overlay corpus. Two disjoint pools: `dev` is what the engine was
 * iterated against; `check` was written at the same time but is only measured, never tuned on, so
 * a vocabulary that merely memorises the dev phrases shows up as a gap between the two.
 *
 * The phrases imitate what PACS viewers, modalities, ECG carts and bedside monitors burn in:
 * DICOM patient and study attributes (name, ID, birth date, sex, age, accession, institution,
 * study description, model) and acquisition parameters. None is copied from a real image.
 */

export interface Pool {
  last: readonly string[];
  first: readonly string[];
  middle: readonly string[];
  facility: readonly string[];
  /** Study descriptions and technique lines per modality: never identifiers. */
  technique: Readonly<Record<Modality, readonly string[]>>;
  /** Equipment make and model as overlays print them. */
  model: Readonly<Record<Modality, readonly string[]>>;
  /** Clinicians named on an overlay (referring, reading): neither patient names nor errors. */
  clinician: readonly string[];
}

export type Modality = 'CR' | 'DX' | 'CT' | 'MR' | 'US' | 'ECG' | 'MONITOR';
export const MODALITIES: readonly Modality[] = ['CR', 'DX', 'CT', 'MR', 'US', 'ECG', 'MONITOR'];

const RADIOGRAPH_DEV = [
  'CHEST PA', 'CHEST AP PORTABLE', 'PORTABLE', 'AP SUPINE', 'UPRIGHT PA', 'L-SPINE LAT', 'KNEE AP', 'HAND PA OBL',
  'PELVIS AP', 'ABDOMEN SUPINE', 'SCOUT', 'LAT DECUB', 'SWIMMERS', 'CROSS TABLE LAT', 'KVP 80 MAS 4', 'kVp 110 mAs 3.2',
  'SID 180 CM', 'EI 1520 DI 0.3', 'W 2471 L 1524', 'WL 2048 WW 4096', 'ZOOM 1.0', 'GRID', 'STAT', 'ROUTINE', 'ERECT',
  'SHOULDER GRASHEY', 'ANKLE MORTISE', 'WRIST PA LAT', 'C-SPINE FLEX EXT',
];
const RADIOGRAPH_CHECK = [
  'XR CHEST 2 VIEWS', 'FOOT AP OBL LAT', 'HIP AP FROG', 'T-SPINE AP', 'SKULL TOWNE', 'SINUS WATERS', 'RIBS BILAT',
  'PORTABLE SEMI ERECT', 'KV 75 MAS 8.0', 'EXP 12 MS', 'DAP 1.2 DGYCM2', 'POST REDUCTION', 'WET READ', 'ELBOW LAT',
  'SUNRISE VIEW', 'CLAVICLE AP', 'TIB FIB AP LAT', 'BABYGRAM', 'OUTSIDE FILM', 'COPY',
];

const POOLS: Record<'dev' | 'check', Pool> = {
  dev: {
    last: ['DOE', 'GARCIA', 'NGUYEN', "O'BRIEN", 'SMITH', 'JOHNSON', 'OKAFOR', 'KOWALSKI', 'PATEL', 'MARTINEZ', 'WILLIAMS', 'BROWN', 'LEE', 'CHEN', 'HERNANDEZ', 'MURPHY', 'SMITH-JONES', 'DE LA CRUZ', 'AL-HASSAN', 'MCDONALD'],
    first: ['JOHN', 'MARIA', 'PATRICK', 'MAI', 'CHIDI', 'PRIYA', 'WEI', 'FATIMA', 'DAVID', 'SUSAN', 'JAMES', 'LINDA', 'KWAME', 'ANA', 'LUIS', 'AISHA', 'THOMAS', 'HELEN', 'ROBERT', 'XIU'],
    middle: ['L', 'M', 'A', 'J', 'THI', 'VAN'],
    facility: [
      'ST MARY HOSPITAL', 'MERCY MEDICAL CENTER', 'RADIOLOGY DEPT', 'GENERAL HOSPITAL ER', 'RIVERSIDE MEDICAL CENTER', 'COUNTY IMAGING',
      'ST JOSEPH REGIONAL MEDICAL CENTER', 'GOOD SAMARITAN HOSPITAL', 'UNIVERSITY HOSPITAL RADIOLOGY', 'CHILDRENS HOSPITAL',
      'MERCY GENERAL RADIOLOGY', 'MEMORIAL HOSPITAL CT',
    ],
    technique: {
      CR: RADIOGRAPH_DEV,
      DX: RADIOGRAPH_DEV,
      CT: ['CT CHEST W CONTRAST', 'CT HEAD WO', 'CTA CHEST PE', 'AXIAL', 'SAG', 'COR', 'SE 3 IM 42', 'SE: 3 IM: 42/120', 'WL 40 WW 400', 'W:400 L:40', 'THK 5.0 MM', 'KV 120 MA 210', 'DFOV 36.0CM', 'TILT 0.0', 'STND', 'BONE', 'LUNG', 'SCOUT', 'HELICAL', 'SEQ 2', 'SL 1.25', 'ABD PELVIS', 'SPI 1.375'],
      MR: ['SAG T2 FSE', 'AX T1 POST GAD', 'COR STIR', 'DWI B1000', 'ADC', 'AX FLAIR', 'TR 3000 TE 90', 'ET 16', 'FOV 24X24', 'MATRIX 320X256', 'NEX 2', 'SL 4.0 SP 1.0', 'SE 5 IM 12', 'MRI BRAIN WO', 'MRI L-SPINE', 'SAG T1', 'WL 600 WW 1200'],
      US: ['C1-5 ABD', 'L12-5 VASC', 'MI 1.2 TIS 0.4', 'TIB 0.3', 'FR 32 HZ', 'GAIN 50', 'DR 60', 'DEPTH 16 CM', 'PWR 100%', 'RT KIDNEY', 'LT KIDNEY LONG', 'GB', 'LIVER', 'OB 2D', 'TRV', 'SAG', 'THYROID RT LOBE', 'CBD 4 MM'],
      ECG: ['VENT RATE 72 BPM', 'PR INTERVAL 160 MS', 'QRS DURATION 90 MS', 'QT/QTC 380/420 MS', 'P-R-T AXES 45 30 60', 'SINUS RHYTHM', 'NORMAL ECG', 'SINUS BRADYCARDIA', 'ATRIAL FIBRILLATION', 'LEFT AXIS DEVIATION', 'OTHERWISE NORMAL ECG', 'UNCONFIRMED REPORT', 'ABNORMAL ECG', '25MM/S 10MM/MV 150HZ', 'I II III AVR AVL AVF'],
      MONITOR: ['HR 72', 'SPO2 97', 'NIBP 124/78 (93)', 'ART 120/80', 'RESP 16', 'TEMP 37.2', 'ETCO2 35', 'PVC 0', 'ST II 0.1', 'PLETH', 'ADULT', 'PACED OFF', 'ALARMS ON'],
    },
    model: {
      CR: ['FUJI FCR', 'AGFA DX-D 300', 'CARESTREAM DRX-1'],
      DX: ['CARESTREAM DRX-1', 'PHILIPS DIGITALDIAGNOST', 'GE DEFINIUM 8000'],
      CT: ['SOMATOM DEFINITION AS', 'AQUILION ONE', 'LIGHTSPEED VCT', 'REVOLUTION CT', 'OPTIMA CT660'],
      MR: ['SIGNA HDXT 1.5T', 'MAGNETOM SKYRA', 'INGENIA 3.0T'],
      US: ['GE LOGIQ E9', 'VOLUSON E8', 'PHILIPS EPIQ 7', 'ACUSON SEQUOIA'],
      ECG: ['MAC 5500', 'PAGEWRITER TC70'],
      MONITOR: ['INTELLIVUE MX800', 'CARESCAPE B650'],
    },
    clinician: ['REF: DR SMITH', 'REF PHYS: JONES, DAVID', 'REFERRED BY: PATEL', 'TECH: MK', 'READ BY: DR LEE'],
  },
  check: {
    last: ['NOVAK', 'IBRAHIM', 'TRAN', 'SCHMIDT', 'ROSSI', 'KIM', 'ADEYEMI', 'HUGHES', 'FITZGERALD', "O'CONNOR", 'VAN DER BERG', 'ST CLAIR', 'ABERNATHY', 'YAMAMOTO', 'KAUR', 'OLSEN', 'MENDOZA', 'DUBOIS', 'PETROV', 'MBEKI'],
    first: ['EMMA', 'OLUWASEUN', 'HIROSHI', 'MEI', 'SIOBHAN', 'RAJESH', 'ELENA', 'GRACE', 'JOSE', 'DMITRI', 'AMARA', 'BO', 'SVETLANA', 'TOMAS', 'NOOR', 'LIAM', 'ZANELE', 'MATEO', 'HANNAH', 'OMAR'],
    middle: ['K', 'R', 'E', 'MARIE', 'ANN'],
    facility: [
      'SAINT FRANCIS MEDICAL CENTER', 'ST LUKES HEALTH SYSTEM', 'MOUNT SINAI WEST', 'LAKESIDE ORTHOPEDIC CLINIC', 'BETH ISRAEL DEACONESS',
      'NORTHSIDE IMAGING CENTER', 'VALLEY HEALTH ED', 'GRACE HOSPITAL', 'PROVIDENCE ST JOHN', 'BAPTIST HEALTH RADIOLOGY',
      'ST ELIZABETH EMERGENCY DEPT', 'JOHN MUIR HEALTH', 'KAISER PERMANENTE', 'CHRIST HOSPITAL', 'OUR LADY OF LOURDES',
    ],
    technique: {
      CR: RADIOGRAPH_CHECK,
      DX: RADIOGRAPH_CHECK,
      CT: ['CT ABD PEL W IV', 'CT C-SPINE WO', 'CORONAL MPR', 'SAGITTAL MPR', 'IMG 88/240', 'SERIES 4', 'WINDOW 350 LEVEL 50', 'SLICE 2.5 MM', 'MAS 180', 'PITCH 0.98', 'CTDIVOL 8.2 MGY', 'DLP 410 MGYCM', 'SOFT TISSUE', 'MIP 10 MM', 'BRAIN STROKE PROTOCOL'],
      MR: ['AX DWI', 'SAG T1 FLAIR', 'COR T2 FS', 'AX SWI', 'AX T1 MPRAGE', 'TR 500 TE 12', 'FA 90', 'BW 31.2 KHZ', 'ST 3.0 MM', 'IMA 14', 'MRA COW', 'PERFUSION', 'FIESTA'],
      US: ['C5-1', 'L15-7IO', 'MI 0.9', 'TIS 0.2', 'PW 3.5 MHZ', 'CFM', 'DOPPLER', 'RT CCA PSV 82', 'LT ICA', 'SPLEEN', 'AORTA PROX', 'FETAL HR 142', 'GS', 'ENDOMETRIUM'],
      ECG: ['HR 88', 'PR 152 MS', 'QRS 98 MS', 'QT 372 MS', 'QTC 441 MS', 'AXIS 60', 'SINUS TACHYCARDIA', 'FIRST DEGREE AV BLOCK', 'RIGHT BUNDLE BRANCH BLOCK', 'BORDERLINE ECG', 'POSSIBLE INFERIOR INFARCT', 'NONSPECIFIC T WAVE ABNORMALITY', 'AGE UNDETERMINED', '0.05-150 HZ'],
      MONITOR: ['HR 118', 'SPO2 91', 'NBP 98/56', 'ABP 132/70', 'CVP 8', 'RR 22', 'T1 38.4', 'AWRR 14', 'PULSE 117', 'APNEA', 'SILENCE', 'STANDBY', 'NEONATE'],
    },
    model: {
      CR: ['KONICA REGIUS', 'FUJIFILM FDR'],
      DX: ['SIEMENS YSIO', 'SHIMADZU RADSPEED'],
      CT: ['BRILLIANCE 64', 'ASPIRE CT', 'NAEOTOM ALPHA'],
      MR: ['MAGNETOM VIDA', 'ACHIEVA 1.5T', 'VANTAGE ORIAN'],
      US: ['SONOSITE X-PORTE', 'MINDRAY DC-70', 'AFFINITI 70'],
      ECG: ['ELI 280', 'CARDIOVIT AT-102'],
      MONITOR: ['BENEVIEW T8', 'NIHON KOHDEN BSM'],
    },
    clinician: ['ORDERING: DR NOVAK', 'REFERRING MD: KIM', 'CONFIRMED BY: ROSSI, ELENA', 'OPERATOR: JT', 'RAD: DR OLSEN'],
  },
};

export function poolFor(name: 'dev' | 'check'): Pool {
  return POOLS[name];
}
