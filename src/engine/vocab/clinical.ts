import { longestWord } from './conduct';

/**
 * Everyday medication and condition names, for telling individual advice ("double your lasix",
 * "that rash is shingles") from general health talk. Lists are regex alternations (already
 * whole-word safe) because they are embedded in larger patterns.
 */
const alt = (words: readonly string[]) => words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+')).join('|');

export const MEDICATIONS = alt([
  'tylenol', 'acetaminophen', 'paracetamol', 'motrin', 'ibuprofen', 'advil', 'aleve', 'naproxen', 'aspirin', 'benadryl',
  'zyrtec', 'claritin', 'allegra', 'sudafed', 'mucinex', 'dayquil', 'nyquil', 'prednisone', 'medrol', 'amoxicillin', 'amox',
  'augmentin', 'azithromycin', 'z-pack', 'zpack', 'z pack', 'cipro', 'ciprofloxacin', 'keflex', 'cephalexin', 'doxycycline',
  'doxy', 'bactrim', 'macrobid', 'nitrofurantoin', 'flagyl', 'metronidazole', 'clindamycin', 'valacyclovir', 'valtrex',
  'acyclovir', 'tamiflu', 'paxlovid', 'ivermectin', 'hydroxychloroquine', 'metformin', 'insulin', 'lantus', 'ozempic',
  'semaglutide', 'wegovy', 'mounjaro', 'tirzepatide', 'lisinopril', 'losartan', 'amlodipine', 'metoprolol', 'atenolol',
  'carvedilol', 'propranolol', 'hctz', 'lasix', 'furosemide', 'spironolactone', 'warfarin', 'coumadin', 'eliquis',
  'xarelto', 'plavix', 'atorvastatin', 'lipitor', 'simvastatin', 'rosuvastatin', 'crestor', 'statin', 'levothyroxine',
  'synthroid', 'sertraline', 'zoloft', 'prozac', 'fluoxetine', 'lexapro', 'escitalopram', 'wellbutrin', 'bupropion',
  'xanax', 'alprazolam', 'ativan', 'lorazepam', 'klonopin', 'valium', 'ambien', 'melatonin', 'gabapentin', 'neurontin',
  'tramadol', 'oxycodone', 'percocet', 'norco', 'hydrocodone', 'flexeril', 'cyclobenzaprine', 'omeprazole', 'prilosec',
  'pantoprazole', 'protonix', 'pepcid', 'famotidine', 'zofran', 'ondansetron', 'miralax', 'colace', 'imodium', 'epipen',
  'albuterol', 'inhaler', 'antibiotics', 'antibiotic', 'steroids', 'steroid', 'antivirals', 'blood thinner', 'blood thinners',
  'potassium', 'magnesium', 'iron pills', 'vitamin d', 'b12', 'adderall', 'ritalin', 'birth control', 'plan b',
  'hydrocortisone', 'cortisone', 'neosporin', 'lamisil', 'clotrimazole', 'monistat', 'diflucan', 'fluconazole', 'nitro',
  'nitroglycerin', 'digoxin', 'diltiazem', 'meds', 'medication', 'medications', 'pills', 'dose', 'dosage', 'bp meds',
  'blood pressure meds', 'water pill', 'sleeping pills', 'antidepressant', 'antidepressants', 'permethrin', 'statin', 'statins',
  'benzonatate', 'tessalon', 'robitussin', 'pepto', 'tums', 'excedrin', 'sumatriptan', 'imitrex', 'flonase', 'afrin',
  'claritin-d', 'montelukast', 'singulair', 'hydroxyzine', 'trazodone', 'seroquel', 'lithium', 'lamictal', 'keppra',
  'methotrexate', 'humira', 'testosterone', 'estrogen', 'progesterone', 'clomid', 'letrozole', 'spironolactone',
]);

/** What a sentence diagnoses someone with: "that's a uti", "your rash is totally benign". */
const CONDITION_PHRASES = [
  'uti', 'a uti', 'shingles', 'melanoma', 'strep', 'strep throat', 'the flu', 'flu', 'covid', 'pneumonia', 'walking pneumonia',
  'bronchitis', 'appendicitis', 'cellulitis', 'gout', 'ringworm', 'eczema', 'psoriasis', 'lyme', 'lyme disease',
  'a kidney stone', 'kidney stones', 'gallstones', 'a sinus infection', 'sinus infection', 'an ear infection', 'ear infection',
  'pink eye', 'conjunctivitis', 'mono', 'hand foot and mouth', 'scabies', 'lice', 'impetigo', 'a yeast infection',
  'yeast infection', 'bv', 'an std', 'chlamydia', 'gonorrhea', 'herpes', 'a blood clot', 'blood clot', 'a dvt', 'dvt',
  'a stroke', 'a heart attack', 'anxiety', 'just anxiety', 'adhd', 'a concussion', 'concussion', 'a fracture', 'fractured',
  'broken', 'a sprain', 'sprained', 'sciatica', 'a hernia', 'hernia', 'an ulcer', 'ibs', 'celiac', 'diabetes', 'hypothyroidism',
  'an allergic reaction', 'allergies', 'hives', 'a cyst', 'cyst', 'a lipoma', 'lipoma', 'a skin tag', 'a wart', 'basal cell',
  'skin cancer', 'cancer', 'a tumor', 'benign', 'totally benign', 'nothing', 'nothing serious', 'fine', 'totally fine',
  'harmless', 'normal', 'viral', 'just viral', 'bacterial', 'just a virus', 'a virus', 'acid reflux', 'gerd', 'vertigo',
  'a migraine', 'migraines', 'tendonitis', 'plantar fasciitis', 'carpal tunnel', 'mastitis', 'thrush', 'rsv', 'croup',
  'whooping cough', 'measles', 'chickenpox', 'chicken pox', 'poison ivy', 'a spider bite', 'spider bite', 'bed bugs',
  'a pulled muscle', 'nothing to worry about', 'preeclampsia', 'sepsis', 'an infection', 'infected', 'a boil', 'an abscess',
  'mrsa', 'a staph infection', 'a bladder infection', 'a kidney infection', 'pyelo', 'low iron', 'anemia', 'dehydration',
];
export const CONDITIONS = alt(CONDITION_PHRASES);
/** Letters every match of CONDITIONS holds (conduct/frame.ts Letters): each phrase's longest word. */
export const CONDITION_LETTERS = [...new Set(CONDITION_PHRASES.map(longestWord))];

