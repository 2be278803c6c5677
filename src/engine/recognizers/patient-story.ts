import type { Doc } from '../doc';
import type { Candidate } from '../recognizer';

/** Runs after the identifier recognizers: their findings count as identifying specifics. */
export const patientStory = {
  id: 'patient-story',
  rule: 'phi.patient_story' as const,
  find(_doc: Doc, _found: readonly Candidate[]): Candidate[] {
    return [];
  },
};
