/**
 * docs/policies: the policy files `npm run package` writes, for placeholder ids and URLs and the
 * example policy in docs/policies/policy.json. A unit test regenerates them and compares, so the
 * admin guide's samples are always what the packager produces.
 *
 *   npx tsx src/packaging/doc-samples.ts     rewrites docs/policies after a change to the generator
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { GECKO_ID, parsePolicyJson } from '../policy/transfer';
import { PLACEHOLDER_TARGET, policySamples } from './policy-samples';

export const DOCS_POLICIES = new URL('../../docs/policies/', import.meta.url);

export function docSamples(): Record<string, string> {
  const parsed = parsePolicyJson(readFileSync(new URL('policy.json', DOCS_POLICIES), 'utf8'));
  if (!parsed.ok) throw new Error(`docs/policies/policy.json is not a valid policy: ${parsed.errors.join('; ')}`);
  return policySamples({ ...PLACEHOLDER_TARGET, geckoId: GECKO_ID, policy: parsed.patch });
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  for (const [name, text] of Object.entries(docSamples())) writeFileSync(new URL(name, DOCS_POLICIES), text);
  console.log(`wrote ${Object.keys(docSamples()).length} files to docs/policies`);
}
