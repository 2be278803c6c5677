import { describe, expect, it } from 'vitest';
import { mergePolicy } from '../../../src/policy';
import type { TabStatus } from '../../../src/messaging/tab-status';
import { policySource, protectionFor } from '../../../src/ui/settings/protection';

const x: TabStatus = { kind: 'tab-status', site: 'x', directMessages: false };
const state = (managed?: object, user?: object, pausedUntil?: number) => ({ ...mergePolicy(managed, user), ...(pausedUntil ? { pausedUntil } : {}) });

describe('is this tab protected', () => {
  it.each([
    ['still asking', undefined, state(), { kind: 'unknown' }],
    ['not one of the sites', null, state(), { kind: 'not-a-site' }],
    ['protected', x, state(), { kind: 'protected', site: 'x' }],
    ['paused', x, state(undefined, undefined, 5), { kind: 'paused', site: 'x', until: 5 }],
    ['turned off by the user', x, state(undefined, { sites: { x: false } }), { kind: 'site-off', site: 'x', locked: false }],
    ['turned off by IT', x, state({ sites: { x: false } }), { kind: 'site-off', site: 'x', locked: true }],
    ['a DM view with messages off', { ...x, site: 'facebook', directMessages: true } as TabStatus, state(), { kind: 'messages-off', site: 'facebook', locked: false }],
  ] as const)('%s', (_, tab, s, expected) => {
    expect(protectionFor(tab, s)).toEqual(expected);
  });

  it('names the policy in force', () => {
    expect(policySource(state())).toBe('Default settings');
    expect(policySource(state(undefined, { sensitivity: 'strict' }))).toBe('Your own settings');
    expect(policySource(state({ sensitivity: 'strict', actions: { high: 'block' }, pauseAllowed: true }))).toBe('Your organization\u2019s policy \u00b7 3 settings locked');
    // Pausing not allowed: it and the three site switches are locked as well.
    expect(policySource(state({ sensitivity: 'strict' }))).toBe('Your organization\u2019s policy \u00b7 5 settings locked');
  });
});
