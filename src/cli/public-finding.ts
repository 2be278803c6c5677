import type { Finding } from '../engine';

/**
 * The fields of a finding the CLI promises in its JSON output (README, `--help`). Kept to these
 * so internal fields (explanations, fixes) can change without breaking anyone's scripts.
 */
export type PublicFinding = Pick<Finding, 'rule' | 'severity' | 'start' | 'end' | 'match' | 'message'>;
/** An image finding also says where it came from and, for OCR text, where it is in the image. */
export type PublicImageFinding = PublicFinding & Pick<Finding, 'source'> & { box?: Finding['box'] };

export function publicFinding({ rule, severity, start, end, match, message }: Finding): PublicFinding {
  return { rule, severity, start, end, match, message };
}

export function publicImageFinding(f: Finding): PublicImageFinding {
  return { ...publicFinding(f), source: f.source, ...(f.box ? { box: f.box } : {}) };
}
