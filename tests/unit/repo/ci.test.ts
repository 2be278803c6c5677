import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../eval/load-corpus';

const read = (name: string) => readFileSync(path.join(PROJECT_ROOT, name), 'utf8');

/** CI proves what the README promises a new user: the same command, on a clone with nothing beside it. */
describe('CI runs what the README says', () => {
  const readme = read('README.md');
  const ci = read('.ci/run');

  it('the README gives `npm ci && npm test` as the test command, and .ci/run runs exactly that in a fresh clone', () => {
    expect(readme).toContain('```sh\nnpm ci && npm test\n```');
    const clone = ci.indexOf('git clone');
    const cd = ci.indexOf('cd "$WORK/second-look"');
    expect(clone).toBeGreaterThan(0);
    expect(ci.indexOf('mktemp -d')).toBeLessThan(clone);
    expect(cd).toBeGreaterThan(clone);
    expect(ci.indexOf('\nnpm ci\n')).toBeGreaterThan(cd);
    expect(ci.indexOf('\nnpm test\n')).toBeGreaterThan(ci.indexOf('\nnpm ci\n'));
  });

  it('the Node lines in package.json engines are the ones the README states and CI runs', () => {
    const { engines } = JSON.parse(read('package.json')) as { engines: { node: string } };
    expect(engines.node).toBe('^20.19.0 || ^22.13.0 || >=24');
    expect(readme).toMatch(/Node 22, 24 (and|or) 26/);
    expect(ci).toContain('SECOND_NODE_LINE=22');
  });
});
