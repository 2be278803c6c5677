import type { Recognizer } from '../recognizer';
import { ssn } from './ssn';
import { patientStory } from './patient-story';

/** Every text recognizer, in one list: registration happens here and only here. */
export const RECOGNIZERS: readonly Recognizer[] = [ssn];

export const STORY_RECOGNIZER = patientStory;
