/**
 * `npm run package [-- --base-url URL] [--key PATH] [--policy FILE] [--out DIR] [--skip-build]`
 *
 * Builds Chrome and Firefox, then writes to .output/package/: the store zip, the CRX signed with
 * the organisation's key and its updates.xml, the Firefox .xpi and sources zip, and policies/ for
 * every platform with this build's id and URLs. See docs/admin.md.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { PolicyFileError, readPolicyFile } from '../policy/files/read';
import { GECKO_ID, parsePolicyValue, type PolicyPatch } from '../policy/transfer';
import { normaliseBaseUrl, packageExtension } from './package';
import { PLACEHOLDER_TARGET } from './policy-samples';
import { defaultKeyPath, loadOrCreateSigningKey } from './signing-key';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const PLACEHOLDER_BASE = PLACEHOLDER_TARGET.updateUrl.replace(/updates\.xml$/, '');

const HELP = `npm run package -- [options]

Builds the extension and writes to .output/package/:
  second-look-<version>-chrome.zip   upload to the Chrome Web Store / Edge Add-ons (no key)
  second-look-<version>.crx          self-hosted Chrome/Edge package signed with your key
  updates.xml                        the update manifest browsers poll (serve it at --base-url)
  second-look-<version>-firefox.xpi  Firefox add-on, to be signed on addons.mozilla.org
  second-look-<version>-sources.zip  source code for the addons.mozilla.org review
  policies/                          force-install and policy files for every platform

Options:
  --base-url URL   where you will serve updates.xml, the .crx and the signed .xpi
                   (default: a placeholder, ${PLACEHOLDER_BASE})
  --key PATH       your signing key (default: $SECOND_LOOK_SIGNING_KEY, else
                   ~/.config/second-look/extension-signing-key.pem; created on first use)
  --policy FILE    the policy to write into policies/ (any form 'second-look policy check'
                   reads; default: docs/policies/policy.json)
  --out DIR        output directory (default: .output/package)
  --skip-build     package the existing .output builds
  -h, --help       this help
`;

function fail(message: string): never {
  console.error(`package: ${message}`);
  process.exit(2);
}

function loadPolicy(path: string): PolicyPatch {
  let raw: unknown;
  try {
    raw = readPolicyFile(path, readFileSync(path)).policy;
  } catch (error) {
    fail(`--policy ${path}: ${error instanceof PolicyFileError ? error.message : (error as Error).message}`);
  }
  const parsed = parsePolicyValue(raw);
  if (!parsed.ok) fail(`--policy ${path} is not a valid policy:\n  - ${parsed.errors.join('\n  - ')}`);
  return parsed.patch;
}

function banner(lines: string[]): string {
  const width = Math.max(...lines.map((l) => l.length)) + 4;
  const rule = '*'.repeat(width);
  return [rule, ...lines.map((l) => `* ${l.padEnd(width - 4)} *`), rule].join('\n');
}

async function main(): Promise<void> {
  let args;
  try {
    args = parseArgs({
      options: {
        'base-url': { type: 'string' },
        key: { type: 'string' },
        policy: { type: 'string' },
        out: { type: 'string' },
        'skip-build': { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
    }).values;
  } catch (error) {
    fail(`${(error as Error).message}\n\n${HELP}`);
  }
  if (args.help) {
    process.stdout.write(HELP);
    return;
  }
  let baseUrl: string;
  try {
    baseUrl = normaliseBaseUrl(args['base-url'] ?? PLACEHOLDER_BASE);
  } catch (error) {
    fail((error as Error).message);
  }
  const policy = loadPolicy(resolve(args.policy ?? join(ROOT, 'docs/policies/policy.json')));
  const outDir = resolve(args.out ?? join(ROOT, '.output/package'));

  let signing;
  try {
    signing = loadOrCreateSigningKey(resolve(args.key ?? defaultKeyPath()), ROOT);
  } catch (error) {
    fail((error as Error).message);
  }

  if (!args['skip-build']) {
    execFileSync('npx', ['wxt', 'build'], { cwd: ROOT, stdio: 'inherit' });
    execFileSync('npx', ['wxt', 'zip', '-b', 'firefox'], { cwd: ROOT, stdio: 'inherit' });
  }
  const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
  const result = await packageExtension({
    chromeDir: join(ROOT, '.output/chrome-mv3'),
    firefox: { zip: join(ROOT, `.output/second-look-${version}-firefox.zip`), sources: join(ROOT, `.output/second-look-${version}-sources.zip`) },
    signingKey: signing.key,
    baseUrl,
    geckoId: GECKO_ID,
    policy,
    outDir,
  });

  console.log('');
  if (signing.created) {
    console.log(
      banner([
        `NEW SIGNING KEY: ${signing.path}`,
        'BACK IT UP NOW, somewhere safe and private (your secrets vault).',
        `It is your extension's identity: id ${result.extensionId}.`,
        'Every policy names that id. Lose the key and the next version gets',
        'another id: every policy on every machine must then be replaced.',
        'Leak it and anyone can sign an "update" your browsers will install.',
      ]),
    );
    console.log('');
  } else {
    console.log(`Signing key: ${signing.path}`);
  }
  console.log(`Extension id (Chrome, Edge): ${result.extensionId}`);
  console.log(`Firefox add-on id:           ${GECKO_ID}`);
  console.log(`Version ${result.version}; update URL for ExtensionInstallForcelist: ${result.updateUrl}`);
  console.log('');
  for (const file of result.files) console.log(`  ${relative(process.cwd(), file.path) || file.path}\n      ${file.what}`);
  console.log('');
  if (baseUrl === PLACEHOLDER_BASE) {
    console.log(`Note: no --base-url, so updates.xml and policies/ point at the placeholder ${PLACEHOLDER_BASE}.`);
    console.log('Run again with --base-url https://your.server/path/ before deploying them.');
  } else {
    console.log(`Next: serve updates.xml, ${`second-look-${result.version}.crx`} and the signed .xpi at ${baseUrl},`);
    console.log('check a policy file with `npx second-look policy check FILE`, then deploy it (docs/admin.md).');
  }
}

await main();
