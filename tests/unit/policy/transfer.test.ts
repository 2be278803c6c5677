import { describe, expect, it } from 'vitest';
import { DEFAULT_POLICY, mergePolicy } from '../../../src/policy';
import { differencesFromDefaults, formatPolicy, parsePolicyJson } from '../../../src/policy/transfer';

const ok = (text: string) => {
  const result = parsePolicyJson(text);
  if (!result.ok) throw new Error(result.errors.join('\n'));
  return result.patch;
};
const errors = (text: string) => {
  const result = parsePolicyJson(text);
  if (result.ok) throw new Error('expected errors');
  return result.errors;
};

describe('importing a policy', () => {
  it.each([
    ['plain policy', '{"sensitivity":"strict","sites":{"facebook":false}}'],
    ['Google Admin console form', '{"sensitivity":{"Value":"strict"},"sites":{"Value":{"facebook":false}}}'],
    ['Chrome/Edge JSON policy file', '{"ExtensionSettings":{},"3rdparty":{"extensions":{"oheikedilohjbaiaeicdbifckjnnogpg":{"sensitivity":"strict","sites":{"facebook":false}}}}}'],
    ['Firefox policies.json', '{"policies":{"3rdparty":{"Extensions":{"second-look@second-look":{"sensitivity":"strict","sites":{"facebook":false}}}}}}'],
    // A self-hosted build has the organisation's own id, which the extension cannot know.
    ['policy file for a self-hosted id', '{"3rdparty":{"extensions":{"abcdefghijklmnopabcdefghijklmnop":{"sensitivity":"strict","sites":{"facebook":false}}}}}'],
    [
      'policy file with another extension beside the development id',
      '{"3rdparty":{"extensions":{"bbcdefghijklmnopabcdefghijklmnop":{"x":1},"oheikedilohjbaiaeicdbifckjnnogpg":{"sensitivity":"strict","sites":{"facebook":false}}}}}',
    ],
  ])('reads the %s', (_, text) => {
    expect(ok(text)).toEqual({ sensitivity: 'strict', sites: { facebook: false } });
  });

  it.each([
    ['not JSON', '{sensitivity: strict}', /not valid JSON/],
    ['not an object', '["strict"]', /JSON object/],
    ['an unknown setting', '{"sensitivty":"strict"}', /"sensitivty" is not a setting Second Look knows\. Known settings: sites, /],
    ['a misspelt site', '{"sites":{"linkdin":false}}', /"sites\.linkdin" is not a setting/],
    ['a bad action', '{"actions":{"high":"nuke"}}', /^actions\.high: must be one of "show", "confirm", "block"\.$/],
    ['an unknown rule', '{"rules":{"phi.nope":{"enabled":false}}}', /"rules\.phi\.nope" is not a setting.*Rule ids/],
    ['a misspelt rule switch', '{"rules":{"phi.room":{"severty":"high"}}}', /"rules\.phi\.room\.severty"/],
    ['a blank term', '{"watchTerms":["St. Mary", " "]}', /^watchTerms\[1\]: /],
    ['a list given as a string', '{"allowTerms":"555-0100"}', /^allowTerms: must be a list\.$/],
    ['several extensions, none of them a known Second Look id', '{"3rdparty":{"extensions":{"abcdefghijklmnopabcdefghijklmnop":{},"bbcdefghijklmnopabcdefghijklmnop":{}}}}', /several extensions/],
    ['an empty 3rdparty section', '{"3rdparty":{"extensions":{}}}', /no "extensions"/],
  ])('explains %s', (_, text, message) => {
    expect(errors(text)).toEqual(expect.arrayContaining([expect.stringMatching(message)]));
  });

  it('reports every bad setting at once, not only the first', () => {
    expect(errors('{"actions":{"high":"nuke","low":"meh"},"pauseAllowed":"no"}')).toHaveLength(3);
  });
});

describe('exporting a policy', () => {
  const policy = mergePolicy(undefined, { sensitivity: 'strict', actions: { high: 'block' }, watchTerms: ['4 West'] }).policy;

  it('keeps only what differs from the defaults', () => {
    expect(differencesFromDefaults(policy)).toEqual({ sensitivity: 'strict', actions: { high: 'block' }, watchTerms: ['4 West'] });
    expect(differencesFromDefaults(DEFAULT_POLICY)).toEqual({});
  });

  it.each(['policy', 'admin-console'] as const)('round-trips through import in the %s format', (format) => {
    expect(ok(formatPolicy(policy, format))).toEqual(policy);
    expect(ok(formatPolicy(differencesFromDefaults(policy), format))).toEqual(differencesFromDefaults(policy));
  });

  it('wraps each value for the Google Admin console', () => {
    expect(JSON.parse(formatPolicy({ sensitivity: 'strict' }, 'admin-console'))).toEqual({ sensitivity: { Value: 'strict' } });
  });
});
