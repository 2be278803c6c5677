/**
 * A specific of a patient story (when, where, what happened, who they are, an identifier): found
 * by the story recognizer (recognizers/patient-story.ts) or by the patient model (recognizers/patient-model.ts), then
 * sorted, deduplicated and counted per story window. A draft packed with identifiers has
 * thousands of them; built here alone, with every field in the same order, they share one object
 * shape, so those sorts and loops stay on V8's fast path instead of reading several shapes.
 */
export interface Specific {
  start: number;
  end: number;
  /** What the explanation lists: "when 'tonight'", "room or bed 'bed 7'". */
  label: string;
  points: number;
  /** A HIPAA identifier found by another recognizer, as opposed to a narrative detail. */
  identifier: boolean;
  /** An identifier's kind, the rule's title in lower case ("room or bed"): what the jigsaw counts. */
  kind: string | undefined;
  /** A detail read by the patient model (a public place, a description, how long). */
  model: boolean;
  /** A time ("tonight", "at 3am"): alone, no detail of a bare reference. */
  time: boolean;
}

/** The specific `what 'quote'` over [start, end); `kind` makes it an identifier of that kind. */
export function specific(start: number, end: number, what: string, quote: string, points: number, kind?: string, model = false): Specific {
  return {
    start,
    end,
    label: `${what} '${quote}'`,
    points,
    identifier: kind !== undefined,
    kind,
    model,
    time: what === 'when' || what.startsWith('when '),
  };
}
