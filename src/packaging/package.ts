/**
 * From built extensions to what gets shipped: the store zip for the Chrome Web Store and Edge
 * Add-ons, the signed CRX and updates.xml an organisation hosts itself, the Firefox package, and
 * the policy files for every platform naming that build's id and URLs. Used by `npm run package`
 * (main.ts) and by the force-install e2e test, so the test installs exactly what IT would.
 */
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { KeyObject } from 'node:crypto';
import type { PolicyPatch } from '../policy/transfer';
import { extensionIdOf, packCrx3, publicKeyDer, readCrx3 } from './crx3';
import { policySamples } from './policy-samples';
import { updateManifestXml } from './update-manifest';
import { zipDirectory } from './zip';

export interface PackageInput {
  /** The built Chrome MV3 extension (wxt build). */
  chromeDir: string;
  /** `wxt zip -b firefox` output: the extension zip and the sources zip AMO asks for. */
  firefox?: { zip: string; sources?: string };
  signingKey: KeyObject;
  /** Where the organisation serves these files, ending in "/". */
  baseUrl: string;
  geckoId: string;
  policy: PolicyPatch;
  outDir: string;
}

export interface PackageOutput {
  version: string;
  extensionId: string;
  updateUrl: string;
  files: { path: string; what: string }[];
}

/** The manifest a store gets: without `key` (a store assigns its own id) and without update_url. */
export function storeManifest(bytes: Buffer): Buffer {
  const manifest = JSON.parse(bytes.toString('utf8')) as Record<string, unknown>;
  delete manifest.key;
  delete manifest.update_url;
  return Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`);
}

export function normaliseBaseUrl(raw: string): string {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(`--base-url must be an absolute URL (https://host/path/), not "${raw}"`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new Error(`--base-url must be http(s), not ${url.protocol}`);
  if (url.search || url.hash) throw new Error('--base-url must not have a query or fragment');
  return url.href.endsWith('/') ? url.href : `${url.href}/`;
}

export async function packageExtension(input: PackageInput): Promise<PackageOutput> {
  const manifestPath = join(input.chromeDir, 'manifest.json');
  if (!existsSync(manifestPath)) throw new Error(`no Chrome build at ${input.chromeDir} (run npm run build)`);
  const { version } = JSON.parse(readFileSync(manifestPath, 'utf8')) as { version: string };
  const baseUrl = normaliseBaseUrl(input.baseUrl);
  mkdirSync(join(input.outDir, 'policies'), { recursive: true });
  const files: PackageOutput['files'] = [];
  const write = (name: string, data: Buffer | string, what: string) => {
    writeFileSync(join(input.outDir, name), data);
    files.push({ path: join(input.outDir, name), what });
  };

  const storeZip = await zipDirectory(input.chromeDir, (path, bytes) => (path === 'manifest.json' ? storeManifest(bytes) : bytes));
  write(`second-look-${version}-chrome.zip`, storeZip, 'upload to the Chrome Web Store and Microsoft Edge Add-ons (no key: the store assigns the id)');

  const crxName = `second-look-${version}.crx`;
  const crx = packCrx3(storeZip, input.signingKey);
  const extensionId = extensionIdOf(publicKeyDer(input.signingKey));
  // Verify what was written the way the browser will, before anyone deploys it.
  const check = readCrx3(crx);
  if (check.extensionId !== extensionId) throw new Error(`the CRX verifies as ${check.extensionId}, expected ${extensionId}`);
  write(crxName, crx, `self-hosted Chrome/Edge package, signed with your key (extension id ${extensionId})`);
  const updateUrl = `${baseUrl}updates.xml`;
  write('updates.xml', updateManifestXml({ extensionId, version, crxUrl: `${baseUrl}${crxName}` }), `update manifest: serve it at ${updateUrl}`);

  const xpiName = `second-look-${version}-firefox.xpi`;
  if (input.firefox) {
    copyFileSync(input.firefox.zip, join(input.outDir, xpiName));
    files.push({ path: join(input.outDir, xpiName), what: `Firefox add-on (${input.geckoId}), unsigned: sign it on addons.mozilla.org before deploying` });
    if (input.firefox.sources && existsSync(input.firefox.sources)) {
      const sources = `second-look-${version}-sources.zip`;
      copyFileSync(input.firefox.sources, join(input.outDir, sources));
      files.push({ path: join(input.outDir, sources), what: 'source code for the addons.mozilla.org review' });
    }
  }

  const samples = policySamples({
    chromeId: extensionId,
    updateUrl,
    geckoId: input.geckoId,
    xpiUrl: `${baseUrl}second-look-${version}-firefox-signed.xpi`,
    policy: input.policy,
  });
  for (const [name, text] of Object.entries(samples)) writeFileSync(join(input.outDir, 'policies', name), text);
  files.push({ path: join(input.outDir, 'policies/'), what: `policy files for every platform, naming ${extensionId} and ${updateUrl}` });
  return { version, extensionId, updateUrl, files };
}
