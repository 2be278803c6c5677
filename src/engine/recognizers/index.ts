import type { Recognizer } from '../recognizer';
import { ssn } from './ssn';
import { dates } from './dates';
import { ages } from './ages';
import { rooms } from './rooms';
import { names } from './names';
import { phone, phoneByContext } from './phone';
import { email, spelledEmail } from './email';
import { personalUrl } from './url';
import { webAddress } from './domain';
import { ipAddress } from './ip';
import { bankAccount, paymentCard } from './account';
import { iban } from './iban';
import { medicareMbi, memberId } from './health-plan';
import { mrn } from './mrn';
import { recordId } from './id';
import { overlayAccession, overlayPatientId } from './overlay-id';
import { licenseNumber } from './license';
import { licensePlate, vin } from './vehicle';
import { deviceSerial, udi } from './device';
import { location } from './location';
import { addresses } from './address';
import { places } from './places';
import { patientStory } from './patient-story';
import { profanity } from './conduct-profanity';
import { derogatory } from './conduct-derogatory';
import { colleagueDisparaged } from './conduct-colleague';
import { employerAttack } from './conduct-employer';
import { discrimination } from './conduct-discrimination';
import { harm } from './conduct-harm';
import { impairment } from './conduct-impairment';
import { boundary } from './conduct-boundary';
import { advice } from './conduct-advice';
import { misinformation } from './conduct-misinformation';
import { conflict } from './conduct-conflict';

/** Every text recognizer, in one list: registration happens here and only here. */
export const RECOGNIZERS: readonly Recognizer[] = [names, dates, ages, rooms, ssn,
  phone, phoneByContext, email, spelledEmail, personalUrl, webAddress, ipAddress, paymentCard, bankAccount, iban, medicareMbi, memberId, mrn, recordId,
  overlayPatientId, overlayAccession,
  licenseNumber, vin, licensePlate, udi, deviceSerial, location, addresses, places,
  profanity, derogatory, colleagueDisparaged, employerAttack, discrimination, harm, impairment, boundary, advice, misinformation, conflict];

export const STORY_RECOGNIZER = patientStory;
