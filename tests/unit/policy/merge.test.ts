import { describe, expect, it } from 'vitest';
import { DEFAULT_POLICY, mergePolicy } from '../../../src/policy';

describe('mergePolicy: defaults <- user <- managed', () => {
  it('uses the defaults when nothing is set', () => {
    const { policy, locked, problems } = mergePolicy(undefined, undefined);
    expect(policy).toEqual(DEFAULT_POLICY);
    expect(locked).toEqual([]);
    expect(problems).toEqual([]);
  });

  it('lets managed values override user values and locks exactly those fields', () => {
    const { policy, locked, lockedPaths } = mergePolicy(
      { actions: { high: 'block' }, sensitivity: 'strict' },
      { actions: { high: 'show', medium: 'confirm' }, sensitivity: 'standard', pauseAllowed: false },
    );
    expect(policy.actions).toEqual({ low: 'show', medium: 'confirm', high: 'block' });
    expect(policy.sensitivity).toBe('strict');
    expect(policy.pauseAllowed).toBe(false);
    expect(locked.sort()).toEqual(['actions', 'sensitivity']);
    expect(lockedPaths.sort()).toEqual(['actions.high', 'sensitivity']);
  });

  it('drops an invalid managed value field by field and reports it, keeping the valid ones', () => {
    const { policy, problems, lockedPaths } = mergePolicy(
      { actions: { high: 'nuke', medium: 'confirm' }, sites: { x: 'yes', linkedin: false }, watchTerms: ['St. Mary 4 West'] },
      undefined,
    );
    expect(policy.actions.high).toBe(DEFAULT_POLICY.actions.high);
    expect(policy.actions.medium).toBe('confirm');
    expect(policy.sites).toEqual({ ...DEFAULT_POLICY.sites, linkedin: false });
    expect(policy.watchTerms).toEqual(['St. Mary 4 West']);
    expect(problems.map((p) => p.field).sort()).toEqual(['actions.high', 'sites.x']);
    expect(problems[0]!.message).toMatch(/^Your organization's policy has an invalid value for/);
    expect(lockedPaths).not.toContain('actions.high');
  });

  it.each([['a string'], [42], [[1, 2]], [{ sensitivity: 7, rules: { 'phi.nope': { enabled: false } } }]])(
    'falls back to defaults for corrupt user settings %j, with a notice',
    (user) => {
      const { policy, problems } = mergePolicy(undefined, user);
      expect(policy).toEqual(DEFAULT_POLICY);
      expect(problems.length).toBeGreaterThan(0);
      expect(problems.every((p) => p.source === 'user')).toBe(true);
    },
  );

  it('reports unknown managed keys instead of ignoring them silently', () => {
    const { problems } = mergePolicy({ actionz: { high: 'block' } }, undefined);
    expect(problems).toEqual([expect.objectContaining({ source: 'managed', field: 'actionz' })]);
  });

  it('merges per-rule switches from both sources, managed winning per rule', () => {
    const { policy, lockedPaths } = mergePolicy(
      { rules: { 'phi.room': { enabled: true, severity: 'high' } } },
      { rules: { 'phi.room': { enabled: false }, 'conduct.profanity': { enabled: false } } },
    );
    expect(policy.rules).toEqual({ 'phi.room': { enabled: true, severity: 'high' }, 'conduct.profanity': { enabled: false } });
    expect(lockedPaths).toEqual(['rules.phi.room']);
  });

  it('reports a misspelt member of sites, actions or a rule instead of dropping it silently', () => {
    const { policy, problems, lockedPaths } = mergePolicy(
      { sites: { linkdin: false, x: false }, actions: { hgh: 'block' }, rules: { 'phi.room': { severty: 'low' } } },
      undefined,
    );
    expect(problems.map((p) => p.field).sort()).toEqual(['actions.hgh', 'rules.phi.room', 'sites.linkdin']);
    expect(policy.sites).toEqual({ ...DEFAULT_POLICY.sites, x: false });
    expect(Object.keys(policy.sites)).toEqual(Object.keys(DEFAULT_POLICY.sites));
    expect(policy.rules).toEqual({});
    expect(lockedPaths).toEqual(['sites.x']);
  });
});
