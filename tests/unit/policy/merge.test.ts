import { SITE_IDS } from '../../../src/sites';
import { describe, expect, it } from 'vitest';
import { DEFAULT_POLICY, mergePolicy } from '../../../src/policy';
import { ALL_RULES } from '../../../src/engine/types';

/** Lets pausing and site switches alone, so a test sees only what it is about. */
const PAUSE_OK = { pauseAllowed: true };

describe('mergePolicy: defaults <- user <- managed', () => {
  it('uses the defaults when nothing is set', () => {
    const { policy, locked, problems, managed } = mergePolicy(undefined, undefined);
    expect(policy).toEqual(DEFAULT_POLICY);
    expect(locked).toEqual([]);
    expect(problems).toEqual([]);
    expect(managed).toBe(false);
  });

  it('an empty managed object (Chrome with no policy) is no policy', () => {
    const { policy, lockedPaths, managed } = mergePolicy({}, { sites: { x: false } });
    expect(managed).toBe(false);
    expect(lockedPaths).toEqual([]);
    expect(policy.sites.x).toBe(false);
  });

  it('lets managed values override user values and locks exactly those fields', () => {
    const { policy, locked, lockedPaths, managed } = mergePolicy(
      { actions: { high: 'block' }, sensitivity: 'strict', ...PAUSE_OK },
      { actions: { high: 'show', medium: 'confirm' }, sensitivity: 'standard' },
    );
    expect(managed).toBe(true);
    expect(policy.actions).toEqual({ low: 'show', medium: 'confirm', high: 'block' });
    expect(policy.sensitivity).toBe('strict');
    expect(locked.sort()).toEqual(['actions', 'pauseAllowed', 'sensitivity']);
    expect(lockedPaths.sort()).toEqual(['actions.high', 'pauseAllowed', 'sensitivity']);
  });

  it('reports unknown managed keys instead of ignoring them silently', () => {
    const { problems } = mergePolicy({ actionz: { high: 'block' }, ...PAUSE_OK }, undefined);
    expect(problems).toEqual([expect.objectContaining({ source: 'managed', field: 'actionz' })]);
    expect(problems[0]!.message).toContain('does not know: "actionz"');
  });

  it('merges per-rule switches from both sources, managed winning per rule', () => {
    const { policy, lockedPaths } = mergePolicy(
      { rules: { 'phi.room': { enabled: true, severity: 'high' } }, ...PAUSE_OK },
      { rules: { 'phi.room': { enabled: false }, 'conduct.profanity': { enabled: false } } },
    );
    expect(policy.rules).toEqual({ 'phi.room': { enabled: true, severity: 'high' }, 'conduct.profanity': { enabled: false } });
    expect(lockedPaths).toEqual(['rules.phi.room', 'pauseAllowed']);
  });
});

describe('mergePolicy: an invalid managed value takes the strictest value, never the user’s', () => {
  it('the issue’s policy: "Block" blocks, "false" turns pausing off, both reported', () => {
    const { policy, problems, lockedPaths } = mergePolicy({ actions: { high: 'Block' }, pauseAllowed: 'false' }, { actions: { high: 'show' } });
    expect(policy.actions.high).toBe('block');
    expect(policy.pauseAllowed).toBe(false);
    expect(lockedPaths).toEqual(expect.arrayContaining(['actions.high', 'pauseAllowed']));
    const byField = Object.fromEntries(problems.map((p) => [p.field, p.message]));
    expect(byField['actions.high']).toBe(
      'Your organization’s policy sets actions.high to "Block", which is not "show", "confirm" or "block" (values are lowercase: "block"). Second Look uses "block", the strictest choice, until the policy is fixed.',
    );
    expect(byField['pauseAllowed']).toContain('write true or false without quotes');
    expect(byField['pauseAllowed']).toContain('Second Look uses false (no pausing)');
  });

  it.each([
    ['sensitivity', { sensitivity: 'Strict' }, (p: typeof DEFAULT_POLICY) => p.sensitivity, 'strict'],
    ['actions.low', { actions: { low: 'warn' } }, (p: typeof DEFAULT_POLICY) => p.actions.low, 'block'],
    ['sites.linkedin', { sites: { linkedin: 'no' } }, (p: typeof DEFAULT_POLICY) => p.sites.linkedin, true],
    ['sites.messenger', { sites: { messenger: 0 } }, (p: typeof DEFAULT_POLICY) => p.sites.messenger, true],
    ['confirmRequiresReason', { confirmRequiresReason: 'yes' }, (p: typeof DEFAULT_POLICY) => p.confirmRequiresReason, true],
    ['rules.phi.room.severity', { rules: { 'phi.room': { severity: 'Hi' } } }, (p: typeof DEFAULT_POLICY) => p.rules['phi.room']?.severity, 'high'],
    ['rules.phi.room.enabled', { rules: { 'phi.room': { enabled: 'off' } } }, (p: typeof DEFAULT_POLICY) => p.rules['phi.room']?.enabled, true],
  ] as const)('%s', (path, managed, read, strictest) => {
    // The user's own value is the weakest possible: it must not win.
    const user = { sensitivity: 'standard', actions: { low: 'show' }, sites: { linkedin: false, messenger: false }, confirmRequiresReason: false, rules: { 'phi.room': { enabled: false, severity: 'low' } } };
    const { policy, problems, lockedPaths } = mergePolicy({ ...managed, ...PAUSE_OK }, user);
    expect(read(policy)).toBe(strictest);
    expect(problems.map((p) => p.field)).toEqual([path]);
    expect(problems[0]!.source).toBe('managed');
    expect(lockedPaths.some((p) => path.startsWith(p))).toBe(true);
  });

  it('a valid neighbour of an invalid member still applies', () => {
    const { policy } = mergePolicy({ actions: { high: 'nuke', medium: 'confirm' }, sites: { x: 'yes', linkedin: false }, ...PAUSE_OK }, undefined);
    expect(policy.actions).toEqual({ low: 'show', medium: 'confirm', high: 'block' });
    expect(policy.sites).toEqual({ ...DEFAULT_POLICY.sites, x: true, linkedin: false });
  });

  it('a whole object of the wrong shape: every member strictest', () => {
    const { policy, problems } = mergePolicy({ actions: 'block all', rules: 'none', ...PAUSE_OK }, { rules: { 'phi.ssn': { enabled: false } } });
    expect(policy.actions).toEqual({ low: 'block', medium: 'block', high: 'block' });
    expect(Object.keys(policy.rules).sort()).toEqual([...ALL_RULES].sort());
    expect(policy.rules['phi.ssn']).toEqual({ enabled: true });
    expect(problems.map((p) => p.field)).toEqual(['actions', 'rules']);
  });

  it('a misspelt member of sites, actions or a rule is reported and ignored', () => {
    const { policy, problems, lockedPaths } = mergePolicy(
      { sites: { linkdin: false, x: false }, actions: { hgh: 'block' }, rules: { 'phi.room': { severty: 'low' }, 'phi.nope': { enabled: false } }, ...PAUSE_OK },
      undefined,
    );
    expect(problems.map((p) => p.field).sort()).toEqual(['actions.hgh', 'rules.phi.nope', 'rules.phi.room.severty', 'sites.linkdin']);
    expect(problems.find((p) => p.field === 'rules.phi.nope')!.message).toContain('names a rule Second Look does not know: "phi.nope"');
    expect(policy.sites).toEqual({ ...DEFAULT_POLICY.sites, x: false });
    expect(Object.keys(policy.sites)).toEqual(Object.keys(DEFAULT_POLICY.sites));
    expect(policy.rules).toEqual({});
    expect(lockedPaths).toEqual(['sites.x', 'pauseAllowed']);
  });
});

describe('mergePolicy: watch and allow terms are checked one by one', () => {
  const long = 'x'.repeat(101);

  it('one 101-character term drops that term only, reported with its position', () => {
    const { policy, problems } = mergePolicy({ watchTerms: ['St. Mary 4 West', long, '  ', 7, 'Ward 9'], ...PAUSE_OK }, undefined);
    expect(policy.watchTerms).toEqual(['St. Mary 4 West', 'Ward 9']);
    expect(problems.map((p) => p.field)).toEqual(['watchTerms[1]', 'watchTerms[2]', 'watchTerms[3]']);
    expect(problems[0]!.message).toContain('watchTerms entry 2 is 101 characters long');
    expect(problems[1]!.message).toContain('entry 3 is empty');
    expect(problems[2]!.message).toContain('entry 4 is a number, not text');
  });

  it('501 terms keep the first 500, and say so', () => {
    const terms = Array.from({ length: 501 }, (_, i) => `Unit ${i}`);
    const { policy, problems } = mergePolicy({ watchTerms: terms, ...PAUSE_OK }, undefined);
    expect(policy.watchTerms).toEqual(terms.slice(0, 500));
    expect(problems).toEqual([expect.objectContaining({ field: 'watchTerms', message: expect.stringContaining('has 501 watchTerms; at most 500 are used') })]);
  });

  it('a managed list that is not a list locks the list empty (a user’s allow terms cannot widen it)', () => {
    const { policy, lockedPaths, problems } = mergePolicy({ allowTerms: '555-0100', ...PAUSE_OK }, { allowTerms: ['555-0100', 'Dr. Smith'] });
    expect(policy.allowTerms).toEqual([]);
    expect(lockedPaths).toContain('allowTerms');
    expect(problems.map((p) => p.field)).toEqual(['allowTerms']);
  });

  it('the user’s own list is checked the same way', () => {
    const { policy, problems } = mergePolicy(undefined, { watchTerms: ['Ward 9', long] });
    expect(policy.watchTerms).toEqual(['Ward 9']);
    expect(problems).toEqual([expect.objectContaining({ source: 'user', field: 'watchTerms[1]' })]);
  });
});

describe('mergePolicy: under a managed policy, pausing and turning a site off are locked unless allowed', () => {
  it('a managed policy that says nothing about pausing turns it off and locks every site on', () => {
    const { policy, lockedPaths, problems } = mergePolicy({ sensitivity: 'strict' }, { pauseAllowed: true, sites: { x: false, facebook: false, linkedin: false, reddit: false, whatsapp: false, messenger: true } });
    expect(problems).toEqual([]);
    expect(policy.pauseAllowed).toBe(false);
    expect(policy.sites).toEqual({ ...DEFAULT_POLICY.sites, messenger: true });
    expect(Object.values(policy.sites).filter((on) => !on)).toEqual([]);
    expect(lockedPaths.sort()).toEqual(['pauseAllowed', 'sensitivity', ...SITE_IDS.map((id) => `sites.${id}`)].sort());
  });

  it('pauseAllowed: false from the organization locks the site switches too, keeping sites it turned off', () => {
    const { policy, lockedPaths } = mergePolicy({ pauseAllowed: false, sites: { facebook: false } }, { sites: { x: false } });
    expect(policy.sites).toEqual({ ...DEFAULT_POLICY.sites, facebook: false });
    expect(lockedPaths.sort()).toEqual(['pauseAllowed', ...SITE_IDS.map((id) => `sites.${id}`)].sort());
  });

  it('pauseAllowed: true from the organization leaves pausing and site switches to the user', () => {
    const { policy, lockedPaths } = mergePolicy({ pauseAllowed: true }, { sites: { x: false } });
    expect(policy.pauseAllowed).toBe(true);
    expect(policy.sites.x).toBe(false);
    expect(lockedPaths).toEqual(['pauseAllowed']);
  });

  it('without a managed policy the user’s own pauseAllowed: false locks nothing', () => {
    const { policy, lockedPaths } = mergePolicy(undefined, { pauseAllowed: false, sites: { x: false } });
    expect(policy.sites.x).toBe(false);
    expect(lockedPaths).toEqual([]);
  });
});

describe('mergePolicy: the user’s own settings', () => {
  it.each([['a string'], [42], [[1, 2]], [{ sensitivity: 7, rules: { 'phi.nope': { enabled: false } } }]])(
    'fall back to defaults when corrupt (%j), with a notice',
    (user) => {
      const { policy, problems } = mergePolicy(undefined, user);
      expect(policy).toEqual(DEFAULT_POLICY);
      expect(problems.length).toBeGreaterThan(0);
      expect(problems.every((p) => p.source === 'user')).toBe(true);
    },
  );

  it('an invalid user value is dropped (the default applies), not made strictest', () => {
    const { policy, problems } = mergePolicy(undefined, { actions: { high: 'Block', medium: 'confirm' } });
    expect(policy.actions).toEqual({ ...DEFAULT_POLICY.actions, medium: 'confirm' });
    expect(problems[0]!.message).toContain('It is ignored; the default applies.');
  });
});

describe('mergePolicy: added sites (extraSites)', () => {
  it('are the organization\u2019s and the user\u2019s together; only the organization\u2019s are locked', () => {
    const { policy, lockedPaths, problems } = mergePolicy({ extraSites: ['intranet.example.org'], pauseAllowed: true }, { extraSites: ['forum.example.org', 'intranet.example.org'] });
    expect(problems).toEqual([]);
    expect(policy.extraSites).toEqual(['intranet.example.org', 'forum.example.org']);
    expect(lockedPaths).toContain('extraSites.intranet.example.org');
    expect(lockedPaths).not.toContain('extraSites.forum.example.org');
    expect(lockedPaths).not.toContain('extraSites');
  });

  it('a user\u2019s list alone locks nothing', () => {
    const { policy, lockedPaths } = mergePolicy(undefined, { extraSites: ['forum.example.org'] });
    expect(policy.extraSites).toEqual(['forum.example.org']);
    expect(lockedPaths).toEqual([]);
  });

  it.each([
    ['a URL', 'https://forum.example.org/t/1', 'write "forum.example.org"'],
    ['capitals', 'Forum.Example.org', 'write "forum.example.org"'],
    ['no dot', 'intranet', 'is not a host name'],
    ['an IP address', '10.0.0.7', 'is not a host name'],
    ['a number', 7, 'not text'],
  ])('a managed entry that is %s is dropped and named; the others apply', (_, entry, said) => {
    const { policy, problems } = mergePolicy({ extraSites: [entry, 'intranet.example.org'] }, undefined);
    expect(policy.extraSites).toEqual(['intranet.example.org']);
    expect(problems).toEqual([expect.objectContaining({ source: 'managed', field: 'extraSites[0]', message: expect.stringContaining(said) })]);
  });

  it('a managed value that is not a list adds nothing and is named', () => {
    const { policy, problems } = mergePolicy({ extraSites: 'forum.example.org' }, { extraSites: ['mine.example.org'] });
    expect(policy.extraSites).toEqual(['mine.example.org']);
    expect(problems).toEqual([expect.objectContaining({ source: 'managed', field: 'extraSites' })]);
  });
});
