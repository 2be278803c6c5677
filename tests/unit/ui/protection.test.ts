import { describe, expect, it } from 'vitest';
import { mergePolicy } from '../../../src/policy';
import type { TabStatus } from '../../../src/messaging/tab-status';
import { SITES } from '../../../src/sites';
import { policySource, protectionFor } from '../../../src/ui/settings/protection';

const x: TabStatus = { kind: 'tab-status', site: 'x', host: 'x.com', directMessages: false };
const forum: TabStatus = { kind: 'tab-status', site: 'custom', host: 'forum.example.org', directMessages: false };
const state = (managed?: object, user?: object, pausedUntil?: number) => ({ ...mergePolicy(managed, user), ...(pausedUntil ? { pausedUntil } : {}) });

describe('is this tab protected', () => {
  it.each([
    ['still asking', undefined, state(), { kind: 'unknown' }],
    ['not one of the sites', null, state(), { kind: 'not-a-site' }],
    ['protected', x, state(), { kind: 'protected', name: 'X' }],
    ['paused', x, state(undefined, undefined, 5), { kind: 'paused', name: 'X', until: 5 }],
    ['turned off by the user', x, state(undefined, { sites: { x: false } }), { kind: 'site-off', name: 'X', locked: false }],
    ['turned off by IT', x, state({ sites: { x: false } }), { kind: 'site-off', name: 'X', locked: true }],
    ['a DM view with messages off', { ...x, site: 'facebook', directMessages: true } as TabStatus, state(), { kind: 'messages-off', name: 'Facebook', locked: false }],
    ['WhatsApp Web, all messages, off by default', { ...x, site: 'whatsapp', host: 'web.whatsapp.com', directMessages: true } as TabStatus, state(), { kind: 'messages-off', name: 'WhatsApp Web', locked: false }],
    ['an added site', forum, state(undefined, { extraSites: ['forum.example.org'] }), { kind: 'protected', name: 'forum.example.org' }],
    ['an added site since removed', forum, state(), { kind: 'site-off', name: 'forum.example.org', locked: false }],
  ] as const)('%s', (_, tab, s, expected) => {
    expect(protectionFor(tab, s)).toEqual(expected);
  });

  it('names the policy in force', () => {
    expect(policySource(state())).toBe('Default settings');
    expect(policySource(state(undefined, { sensitivity: 'strict' }))).toBe('Your own settings');
    expect(policySource(state({ sensitivity: 'strict', actions: { high: 'block' }, pauseAllowed: true }))).toBe('Your organization\u2019s policy \u00b7 3 settings locked');
    // Pausing not allowed: it and every site switch are locked as well.
    expect(policySource(state({ sensitivity: 'strict' }))).toBe(`Your organization\u2019s policy \u00b7 ${2 + SITES.length} settings locked`);
  });
});
