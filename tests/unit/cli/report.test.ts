import { describe, expect, it } from 'vitest';
import type { Finding } from '../../../src/engine';
import { palette } from '../../../src/cli/color';
import { highlightText, printable } from '../../../src/cli/report';

function finding(text: string, match: string, severity: Finding['severity'], from = 0): Finding {
  const start = text.indexOf(match, from);
  return {
    rule: 'phi.ssn',
    severity,
    start,
    end: start + match.length,
    match,
    message: '',
    guidance: '',
    source: 'text',
    explain: { recognizer: 't', pattern: 't', context: [], tie: 'inherent', score: 1 },
  };
}

describe('highlightText', () => {
  const plain = palette(false);

  it('marks each span and numbers it where it ends', () => {
    const text = 'SSN 623-11-4087 and room 12';
    const f = [finding(text, '623-11-4087', 'high'), finding(text, 'room 12', 'medium')];
    expect(highlightText(text, f, plain)).toEqual(['SSN «623-11-4087»[1] and «room 12»[2]']);
  });

  it('keeps nested spans inside one marked region', () => {
    const text = 'pt ssn 623 11 4087 today';
    const f = [finding(text, 'pt ssn 623 11 4087', 'medium'), finding(text, '623 11 4087', 'high')];
    expect(highlightText(text, f, plain)).toEqual(['«pt ssn 623 11 4087»[1][2] today']);
  });

  it('styles each line of a multi-line span separately and drops trailing blank lines', () => {
    const text = 'a\nbad\nword\n\n';
    const lines = highlightText(text, [finding(text, 'bad\nword', 'high')], palette(true));
    expect(lines).toHaveLength(3);
    for (const line of lines.slice(1)) expect(line.startsWith('\x1b[')).toBe(true);
    expect(lines.join('\n').replace(/\x1b\[[0-9;]*m/g, '')).toBe('a\nbad\nword[1]');
  });
});

describe('printable', () => {
  it('shows control characters instead of emitting them, and keeps newlines and tabs', () => {
    expect(printable('a\x1b[31mb\x07\tc\r\nd\x9b')).toBe('a␛[31mb␇\tc\nd\ufffd');
  });
});
