import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze, type Sensitivity } from '../../../src/engine';
import { jsonLines, ROOT, runCli } from './run-cli';

const SSN_POST = 'SSN 623-11-4087 on the facesheet belongs to someone else';
const SSN = '623-11-4087';

/** What the CLI must print for a text: the engine's own findings, trimmed to the JSONL fields. */
function expectedFindings(text: string, sensitivity: Sensitivity = 'standard') {
  return analyze(text, { sensitivity }).findings.map(({ rule, severity, start, end, match, message }) => ({
    rule,
    severity,
    start,
    end,
    match,
    message,
  }));
}

const line = (value: unknown) => JSON.stringify(value) + '\n';

// Each case starts Node + tsx + the engine (about a second, more on a busy machine).
describe('scan --jsonl', { timeout: 60_000 }, () => {
  it('writes one result per line, in order, with engine offsets into the input text', () => {
    const prefix = 'Registration: the facesheet for bed 4 lists SSN ';
    const text = `${prefix}${SSN} which is wrong`;
    const input = line({ id: 'a', text }) + line({ id: 7, text: 'Great CPR class today' });
    const run = runCli(['scan', '--jsonl'], { input });

    expect(run.code).toBe(0);
    const [first, second, ...rest] = jsonLines(run.stdout);
    expect(rest).toEqual([]);
    expect(Object.keys(first!)).toEqual(['id', 'verdict', 'findings', 'ms']);
    expect(first!.id).toBe('a');
    expect(first!.verdict).toBe('high');
    const ssn = (first!.findings as { rule: string; start: number; end: number; match: string }[]).find(
      (f) => f.rule === 'phi.ssn',
    );
    expect(ssn).toMatchObject({ severity: 'high', start: text.indexOf(SSN), end: text.indexOf(SSN) + SSN.length, match: SSN });
    expect(first!.findings).toEqual(expectedFindings(text));
    expect(second).toMatchObject({ id: 7, verdict: analyze('Great CPR class today').verdict });
    for (const out of [first!, second!]) {
      expect(typeof out.ms).toBe('number');
      expect(out.ms as number).toBeGreaterThanOrEqual(0);
      expect(Math.round((out.ms as number) * 1000) / 1000).toBe(out.ms);
    }
  });

  it('keeps UTF-16 offsets right after emoji and accented text', () => {
    const text = `Día largo 😩🏥 — pt SSN ${SSN}`;
    const [out] = jsonLines(runCli(['scan', '--jsonl'], { input: line({ id: 1, text }) }).stdout);
    const ssn = (out!.findings as { rule: string; start: number; end: number }[]).find((f) => f.rule === 'phi.ssn');
    expect(ssn?.start).toBe(text.indexOf(SSN));
    expect(text.slice(ssn!.start, ssn!.end)).toBe(SSN);
  });

  it('reports malformed lines with their line number, keeps going, and exits 2', () => {
    const input = [
      line({ id: 1, text: SSN_POST }).trimEnd(), // 1
      '', // 2: blank, counted but silent
      '{"id": 2, "text": "unterminated', // 3
      '[1, 2]', // 4
      line({ id: 5 }).trimEnd(), // 5
      line({ id: 6, text: 42 }).trimEnd(), // 6
      line({ id: true, text: 'x' }).trimEnd(), // 7
      line({ id: null, text: 'x' }).trimEnd(), // 8
      '"just a string"', // 9
      line({ id: 10, text: SSN_POST, site: 'x', rules: ['phi.ssn'] }).trimEnd(), // 10: extra fields are fine
    ].join('\n');
    const run = runCli(['scan', '--jsonl'], { input });

    expect(run.code).toBe(2);
    const out = jsonLines(run.stdout);
    expect(out).toHaveLength(9);
    expect(out.map((o) => o.line ?? o.id)).toEqual([1, 3, 4, 5, 6, 7, 8, 9, 10]);
    const errors = out.filter((o) => 'error' in o);
    for (const e of errors) {
      expect(Object.keys(e)).toEqual(['id', 'line', 'error']);
      expect(e.id).toBeNull();
      expect(e.error).toMatch(new RegExp(`^line ${e.line}: `));
    }
    const byLine = new Map(errors.map((e) => [e.line, e.error as string]));
    expect(byLine.get(3)).toMatch(/^line 3: invalid JSON: /);
    expect(byLine.get(4)).toMatch(/not.*object|object.*got array/i);
    expect(byLine.get(5)).toMatch(/missing "text"/);
    expect(byLine.get(6)).toMatch(/"text" must be a string \(got number\)/);
    expect(byLine.get(7)).toMatch(/"id" must be a string or a number \(got boolean\)/);
    expect(byLine.get(8)).toMatch(/"id" must be a string or a number \(got null\)/);
    expect(byLine.get(9)).toMatch(/got string/);
    expect(out[0]).toMatchObject({ id: 1, verdict: 'high', findings: expectedFindings(SSN_POST) });
    expect(out.at(-1)).toMatchObject({ id: 10, verdict: 'high', findings: expectedFindings(SSN_POST) });
    expect(run.stderr).toMatch(/7 malformed lines/);
  });

  it('handles CRLF line ends, a UTF-8 BOM and a last line without a newline', () => {
    const input = '\uFEFF' + line({ id: 'crlf', text: SSN_POST }).trimEnd() + '\r\n\r\n' + JSON.stringify({ id: 'last', text: SSN_POST });
    const run = runCli(['scan', '--jsonl'], { input });

    expect(run.code).toBe(0);
    const out = jsonLines(run.stdout);
    expect(out.map((o) => o.id)).toEqual(['crlf', 'last']);
    for (const o of out) expect(o.findings).toEqual(expectedFindings(SSN_POST));
  });

  it('counts lines after CRLF blank lines correctly in errors', () => {
    const input = '\r\n\r\n{oops}\r\n';
    const [out] = jsonLines(runCli(['scan', '--jsonl'], { input }).stdout);
    expect(out).toMatchObject({ id: null, line: 3 });
  });

  it('writes nothing and exits 0 on empty input or only blank lines', () => {
    for (const input of ['', '\n\n  \n', '\r\n']) {
      const run = runCli(['scan', '--jsonl'], { input });
      expect(run.code).toBe(0);
      expect(run.stdout).toBe('');
    }
  });

  it('streams many lines in order', () => {
    const n = 3000;
    const input = Array.from({ length: n }, (_, i) => line({ id: i, text: i % 3 === 0 ? SSN_POST : `note ${i}` })).join('');
    const run = runCli(['scan', '--jsonl'], { input });
    expect(run.code).toBe(0);
    const out = jsonLines(run.stdout);
    expect(out.map((o) => o.id)).toEqual(Array.from({ length: n }, (_, i) => i));
    expect(out.filter((o) => o.verdict === 'high').length).toBeGreaterThanOrEqual(n / 3);
  });

  it('passes --sensitivity strict to the engine', () => {
    // Texts whose result depends on sensitivity; at least one must differ for this test to mean anything.
    const candidates = [
      'Meeting on 09/14/2026 at noon',
      'My grandma turned 97 on 03/02/2025',
      'Call the front desk at 614-555-0122',
      'ssn 623 11 4087',
    ];
    const differing = candidates.filter(
      (t) => JSON.stringify(expectedFindings(t, 'strict')) !== JSON.stringify(expectedFindings(t, 'standard')),
    );
    expect(differing.length).toBeGreaterThan(0);

    const input = candidates.map((text, id) => line({ id, text })).join('');
    const strict = jsonLines(runCli(['scan', '--jsonl', '--sensitivity', 'strict'], { input }).stdout);
    const standard = jsonLines(runCli(['scan', '--jsonl'], { input }).stdout);
    candidates.forEach((text, i) => {
      expect(strict[i]!.findings).toEqual(expectedFindings(text, 'strict'));
      expect(standard[i]!.findings).toEqual(expectedFindings(text, 'standard'));
    });
  });

  it('matches the engine on every row of the held-out corpus', () => {
    // Our own corpus, inside the repository: a test never reads the team's ../shared data.
    const input = readFileSync(path.resolve(ROOT, 'tests/eval/holdout.jsonl'), 'utf8');
    const rows = input.split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as { id: string; text: string });
    const out = jsonLines(runCli(['scan', '--jsonl'], { input }).stdout);
    expect(out.map((o) => o.id)).toEqual(rows.map((r) => r.id));
    rows.forEach((row, i) => {
      expect(out[i]!.verdict).toBe(analyze(row.text).verdict);
      expect(out[i]!.findings).toEqual(expectedFindings(row.text));
    });
  });

  it('--fail-on applies to the worst verdict of all lines', () => {
    const input = line({ id: 1, text: 'Great CPR class today' }) + line({ id: 2, text: SSN_POST });
    expect(runCli(['scan', '--jsonl', '--fail-on', 'high'], { input }).code).toBe(1);
    expect(runCli(['scan', '--jsonl', '--fail-on', 'high'], { input: line({ id: 1, text: 'hello' }) }).code).toBe(0);
    // A malformed line outranks the threshold: the input itself needs fixing.
    expect(runCli(['scan', '--jsonl', '--fail-on', 'high'], { input: input + 'nope\n' }).code).toBe(2);
  });

  it('rejects a text argument with --jsonl', () => {
    const run = runCli(['scan', '--jsonl', 'some text']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/--jsonl/);
  });
});
