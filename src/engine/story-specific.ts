/**
 * A specific of a patient story (when, where, what happened, who they are, an identifier): found
 * by the story recognizer (recognizers/patient-story.ts) or by the patient model
 * (recognizers/patient-model.ts), then sorted, deduplicated and counted per story window. A draft
 * packed with identifiers has thousands of them, a flood of ages tens of thousands; built here
 * alone, they share one object shape (the sorts and loops over them stay on V8's fast path), and
 * each keeps where its quote is rather than the text of its label, which only the few a story
 * lists ever need.
 */
export class Specific {
  /** A HIPAA identifier found by another recognizer, as opposed to a narrative detail. */
  readonly identifier: boolean;
  /** A time ("tonight", "at 3am"): alone, no detail of a bare reference. */
  readonly time: boolean;
  /** The label starts with "age ": an age, or the kind "age 90 or over". */
  readonly age: boolean;
  /** An age, who they are or a description: a detail a reference may carry in its own words. */
  readonly keptInReference: boolean;

  constructor(
    readonly start: number,
    readonly end: number,
    /** What the detail is: "when", "place", "room or bed". */
    readonly what: string,
    private readonly text: string,
    private readonly quoteStart: number,
    private readonly quoteEnd: number,
    readonly points: number,
    /** An identifier's kind, the rule's title in lower case ("room or bed"): what the jigsaw counts. */
    readonly kind: string | undefined,
    /** A detail read by the patient model (a public place, a description, how long). */
    readonly model: boolean,
  ) {
    this.identifier = kind !== undefined;
    // The label is `${what} '...'`: it starts with "age " exactly when `${what} ` does.
    const head = `${what} `;
    this.time = head.startsWith('when ');
    this.age = head.startsWith('age ');
    this.keptInReference = /^(?:age|who they are|description) /.test(head);
  }

  /** What the explanation lists: "when 'tonight'", "room or bed 'bed 7'". */
  get label(): string {
    return `${this.what} '${this.text.slice(this.quoteStart, this.quoteEnd)}'`;
  }
}

/** The specific `what 'text[quoteStart, quoteEnd)'` over [start, end); `kind` makes it an identifier of that kind. */
export function specific(start: number, end: number, what: string, text: string, quoteStart: number, quoteEnd: number, points: number, kind?: string, model = false): Specific {
  return new Specific(start, end, what, text, quoteStart, quoteEnd, points, kind, model);
}
