import type { PatternRecognizer } from '../recognizer';
import { isValidSsn } from '../validators/ssn';

export const ssn: PatternRecognizer = {
  kind: 'pattern',
  id: 'us-ssn',
  rule: 'phi.ssn',
  tie: 'inherent',
  patterns: [
    // Dashed is the shape SSNs are written in; still needs a valid area/group/serial.
    { name: 'dashed', regex: /(?<![\d-])\d{3}-\d{2}-\d{4}(?![\d-])/g, score: 0.6 },
    // Spaced or dotted forms collide with phone fragments and dates: only with context.
    { name: 'spaced or dotted', regex: /(?<![\d.])\d{3}([ .])\d{2}\1\d{4}(?![\d.])/g, score: 0.3 },
    { name: 'unseparated', regex: /(?<!\d)\d{9}(?!\d)/g, score: 0.3 },
  ],
  context: ['ssn', 'ss#', 'ss #', 'social security', 'social', 'soc sec', 'ssa'],
  validate: (v) => (isValidSsn(v) ? undefined : false),
};
