import { describe, expect, it } from 'vitest';
import { analyze, RULES } from '../../../src/engine';
import { ANSI, runCli } from './run-cli';

const SSN_POST = 'SSN 623-11-4087 on the facesheet belongs to someone else';

// Each case starts Node + tsx + the engine (about a second, more on a busy machine).
describe('scan (human report)', { timeout: 60_000 }, () => {
  it('shows the verdict, the highlighted span and a block per finding', () => {
    const run = runCli(['scan', SSN_POST]);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    const { findings, verdict } = analyze(SSN_POST);
    const ssn = findings.find((f) => f.rule === 'phi.ssn')!;

    expect(run.stdout.split('\n')[0]).toContain(verdict.toUpperCase());
    // Piped stdout: no colour, spans marked with «» and numbered.
    expect(run.stdout).not.toMatch(ANSI);
    const n = findings.indexOf(ssn) + 1;
    expect(run.stdout).toContain(`«${ssn.match}»[${n}]`);
    for (const f of findings) {
      expect(run.stdout).toContain(f.rule);
      expect(run.stdout).toContain(f.message);
      expect(run.stdout).toContain(f.guidance);
      if (f.fix) expect(run.stdout).toContain(`replace with "${f.fix.replacement}"`);
    }
    expect(run.stdout).toContain(RULES['phi.ssn'].guidance);
  });

  it('joins several words into one post, and reads stdin when no text is given', () => {
    const fromArgs = runCli(['scan', ...SSN_POST.split(' ')]);
    const fromStdin = runCli(['scan'], { input: SSN_POST + '\r\n' });
    expect(fromArgs.code).toBe(0);
    expect(fromStdin.stdout).toBe(fromArgs.stdout);
    expect(fromStdin.stdout).toContain('phi.ssn');
  });

  it('says so when there is nothing to flag', () => {
    const text = 'Great CPR refresher class today, thanks to our educators!';
    expect(analyze(text).verdict).toBe('ok');
    const run = runCli(['scan', text]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/OK - nothing to flag/);
    expect(runCli(['scan'], { input: '' }).stdout).toMatch(/OK/);
  });

  it('colours with --color or FORCE_COLOR, and NO_COLOR / --no-color win', () => {
    expect(runCli(['scan', '--color', SSN_POST]).stdout).toMatch(ANSI);
    expect(runCli(['scan', SSN_POST], { env: { FORCE_COLOR: '1' } }).stdout).toMatch(ANSI);
    expect(runCli(['scan', SSN_POST], { env: { FORCE_COLOR: '0' } }).stdout).not.toMatch(ANSI);
    expect(runCli(['scan', SSN_POST], { env: { NO_COLOR: '1', FORCE_COLOR: '1' } }).stdout).not.toMatch(ANSI);
    expect(runCli(['scan', '--no-color', SSN_POST], { env: { FORCE_COLOR: '1' } }).stdout).not.toMatch(ANSI);
    const coloured = runCli(['scan', '--color', SSN_POST], { env: { NO_COLOR: '1' } }).stdout;
    expect(coloured).toMatch(ANSI);
    // Colour replaces the «» markers; the text itself is unchanged once styles are removed.
    expect(coloured.replace(/\x1b\[[0-9;]*m/g, '')).toContain('SSN 623-11-4087[1] on the facesheet');
  });

  it('never passes control characters from the post to the terminal', () => {
    const run = runCli(['scan', '--no-color', `${SSN_POST} \x1b[2J`]);
    expect(run.stdout).not.toContain('\x1b');
    expect(run.stdout).toContain('␛[2J');
  });

  it('--fail-on exits 1 when the verdict reaches the severity, 0 otherwise', () => {
    expect(analyze(SSN_POST).verdict).toBe('high');
    expect(runCli(['scan', '--fail-on', 'medium', SSN_POST]).code).toBe(1);
    expect(runCli(['scan', '--fail-on', 'high', SSN_POST]).code).toBe(1);
    expect(runCli(['scan', '--fail-on', 'low', 'Great CPR class today']).code).toBe(0);
    const bad = runCli(['scan', '--fail-on', 'severe', SSN_POST]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--fail-on must be 'low', 'medium' or 'high' \(got 'severe'\)/);
  });
});
