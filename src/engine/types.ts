/**
 * Rule ids are a contract shared by the engine, the policy, the CLI and the UI. docs/architecture.md
 * lists them, and a test keeps that list whole.
 */
export const PHI_TEXT_RULES = [
  'phi.name',
  'phi.location',
  'phi.date',
  'phi.age',
  'phi.phone',
  'phi.email',
  'phi.ssn',
  'phi.mrn',
  'phi.health_plan',
  'phi.account',
  'phi.license',
  'phi.vehicle',
  'phi.device',
  'phi.url',
  'phi.ip',
  'phi.id',
  'phi.room',
  'phi.patient_story',
] as const;

export const IMAGE_RULES = ['phi.face', 'image.medical', 'image.location'] as const;

export const CONDUCT_RULES = [
  'conduct.profanity',
  'conduct.derogatory',
  'conduct.colleague',
  'conduct.employer',
  'conduct.discrimination',
  'conduct.harm',
  'conduct.impairment',
  'conduct.boundary',
  'conduct.advice',
  'conduct.misinformation',
  'conduct.conflict',
] as const;

export type PhiTextRule = (typeof PHI_TEXT_RULES)[number];
export type ConductRule = (typeof CONDUCT_RULES)[number];
/** Rules a text recognizer can report: PHI in the words, and professional conduct. */
export type TextRule = PhiTextRule | ConductRule;
export type RuleId = PhiTextRule | (typeof IMAGE_RULES)[number] | ConductRule;
export const ALL_RULES: readonly RuleId[] = [...PHI_TEXT_RULES, ...IMAGE_RULES, ...CONDUCT_RULES];

export type Severity = 'low' | 'medium' | 'high';
export type Verdict = 'ok' | Severity;
export const SEVERITY_RANK: Record<Verdict, number> = { ok: 0, low: 1, medium: 2, high: 3 };

export type Sensitivity = 'standard' | 'strict';

/**
 * How an identifier relates to a person, decided from the words around it.
 * - inherent: the identifier only exists for a person (SSN, MRN, DOB...).
 * - patient:  a specific patient is referenced nearby ("pt", "my patient", "the guy in bay 3").
 * - person:   some person is referenced nearby (pronouns, "family", "whoever").
 * - family:   only the poster's own family ("my grandma turned 97") - not a patient.
 * - none:     nobody is attached (a clinic's phone line, a careers URL).
 */
export type Tie = 'inherent' | 'patient' | 'person' | 'family' | 'none';

/** Why a finding was raised: rendered by the UI and the CLI, never recomputed. */
export interface Explanation {
  recognizer: string;
  pattern: string;
  /** Outcome of the recognizer's validator (checksum, ranges), if it has one. */
  validator?: 'valid' | 'not-validated';
  /** Context words that raised confidence or tied the match to a person. */
  context: string[];
  tie: Tie;
  score: number;
}

export interface Fix {
  /** Text that replaces [start, end) in the original draft. */
  replacement: string;
  label: string;
}

export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

export interface Finding {
  rule: RuleId;
  severity: Severity;
  /** UTF-16 offsets into the original, un-normalised text. */
  start: number;
  end: number;
  match: string;
  message: string;
  guidance: string;
  source: 'text' | 'image';
  fix?: Fix;
  explain: Explanation;
  box?: Box;
}

export interface AnalyzeOptions {
  sensitivity?: Sensitivity;
  /** Rules to skip entirely (policy: rule off). */
  disabledRules?: readonly RuleId[];
  /** Terms (facility, unit, colleague names) that always raise a finding. */
  watchTerms?: readonly string[];
  /** Terms that never raise a finding (the clinic's own phone number, a colleague's name). */
  allowTerms?: readonly string[];
  /**
   * The text was read from a medical image (a radiograph overlay): ALL-CAPS names and bare
   * dates there are identifiers even without the words "patient" or "DOB".
   */
  medicalImage?: boolean;
  source?: 'text' | 'image';
  /**
   * A performance.now() time by which the check must end: past it, analyze throws AnalyzeTimeout
   * (deadline.ts) between recognizers, so the caller holds Post instead of freezing the tab.
   */
  deadline?: number;
}

/**
 * Findings of one rule left out of the list (see MAX_FINDINGS_PER_RULE in analyze.ts): how many,
 * and the most severe of them, which is never above the least severe one listed for the rule.
 */
export interface Truncation {
  rule: RuleId;
  omitted: number;
  severity: Severity;
}

export interface AnalysisResult {
  /** The highest severity of all findings, the omitted ones included. */
  verdict: Verdict;
  findings: Finding[];
  /** Rules with more findings than are listed (a pasted flood): present only when some were left out. */
  truncated?: Truncation[];
}
