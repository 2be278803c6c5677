import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli } from './run-cli';

// Each case starts Node + tsx (about a second, more on a busy machine).
describe('usage', { timeout: 60_000 }, () => {
  it('documents commands, options, exit codes and examples', () => {
    const main = runCli(['--help']);
    expect(main.code).toBe(0);
    for (const word of ['scan', '--jsonl', '--version', 'Exit codes', 'Examples']) expect(main.stdout).toContain(word);
    expect(runCli(['-h']).stdout).toBe(main.stdout);
    expect(runCli(['help']).stdout).toBe(main.stdout);

    const scan = runCli(['scan', '--help']);
    expect(scan.code).toBe(0);
    for (const word of ['--jsonl', '--sensitivity', '--fail-on', '--policy', '--color', '--no-color', 'NO_COLOR', '"line":3', 'Examples']) {
      expect(scan.stdout).toContain(word);
    }
    expect(runCli(['help', 'scan']).stdout).toBe(scan.stdout);
  });

  it('prints the package version', () => {
    const { version } = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string };
    const run = runCli(['--version']);
    expect(run.code).toBe(0);
    expect(run.stdout.trim()).toBe(version);
  });

  it.each([
    [[], /missing command/],
    [['frobnicate'], /unknown command 'frobnicate'/],
    [['--frobnicate'], /unknown option '--frobnicate'/],
    [['scan', '--frobnicate', 'x'], /unknown option '--frobnicate'/],
    [['scan', '--sensitivity', 'loose', 'x'], /--sensitivity must be 'standard' or 'strict' \(got 'loose'\)/],
    [['scan', '--sensitivity'], /--sensitivity/],
    [['scan', '--color', '--no-color', 'x'], /--color and --no-color/],
    [['help', 'frobnicate'], /no help for 'frobnicate'/],
    [['scan-image'], /give one or more image files/],
    [['scan-image', '--fail-on', 'often', 'x.png'], /--fail-on must be/],
  ])('%j is a usage error: message on stderr, exit 2', (args, message) => {
    const run = runCli(args);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(message);
    expect(run.stderr).toContain('--help');
  });

  it('runs through bin/second-look.js with the same output and exit code', () => {
    const input = '{"id":1,"text":"SSN 623-11-4087"}\nnot json\n';
    const viaBin = runCli(['scan', '--jsonl'], { input, via: 'bin' });
    const viaMain = runCli(['scan', '--jsonl'], { input });
    expect(viaBin.code).toBe(2);
    const strip = (s: string) => s.replace(/"ms":[0-9.]+/g, '"ms":0');
    expect(strip(viaBin.stdout)).toBe(strip(viaMain.stdout));
    expect(runCli(['--version'], { via: 'bin' }).stdout).toBe(runCli(['--version']).stdout);
  });
});
