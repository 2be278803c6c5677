import type { Recognizer } from '../recognizer';
import { ssn } from './ssn';
import { dates } from './dates';
import { ages } from './ages';
import { rooms } from './rooms';
import { names } from './names';
import { patientStory } from './patient-story';

/** Every text recognizer, in one list: registration happens here and only here. */
export const RECOGNIZERS: readonly Recognizer[] = [names, dates, ages, rooms, ssn];

export const STORY_RECOGNIZER = patientStory;
