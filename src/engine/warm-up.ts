/**
 * A draft that runs most of the engine, for warming it up before the first real check: the
 * regexes compile, the lexicons and tables each recognizer builds on first use get built, and the
 * code gets hot. The content script analyses it a few steps at a time as soon as a composer is
 * found (docs/architecture.md, "Engine time"), so the user's first check costs what later ones do.
 * Made of the kinds of thing every recognizer looks for, in the shapes they take; never shown.
 */
export const WARM_UP_DRAFT = [
  'Pt John Smith, DOB 03/14/1931, MRN 1234567, SSN 623-11-4087, in room 612 bed B turned 97 today.',
  'Mrs. Okafor (age 94) went home to 1420 N High St, Columbus, OH 43201; her son called 614-555-0100 or jsmith1950@outlook.com.',
  'Medicare MBI 1EG4-TE5-MK73, member ID: ABC123456789, card 4111 1111 1111 1111, DL# S12345678, plate ABC-1234.',
  'Insulin pump SN 48XK220193 alarmed all night; accession # 24-SP-01234, encounter 8812345, her IP was 192.168.1.254.',
  'My patient @jen_r at the gym, gofundme.com/f/help-jane-walk-again, J.R.M. in 4 is a sweetheart.',
  'The frequent flyer in bed 3 is a drug seeker, what an idiot, damn, this sh1t, f*** it, lazy charge nurse.',
  'Management does not care about us, mandatory overtime again; those people always show up for free sandwiches.',
  'Hope he dies, drank before shift and still buzzed, added a patient on Facebook, DM me your rash and I will tell you what to take.',
  'Vaccines cause autism, use code NURSE20 for 20% off, never post MRNs, PSA: "the lady in room 12" is identifiable.',
  'Rare case today: a 7 year old with fibrodysplasia ossificans progressiva came in after the fire on Main St.',
].join(' ');
