/**
 * Every policy document the admin guide ships (docs/policies, `npm run package`), read the way its
 * browser reads it, down to the object the extension receives as managed storage: JSON (Linux
 * Chrome/Chromium/Edge files, Firefox policies.json, the Google Admin console form, the plain
 * policy), Windows .reg files, the Intune script that imports one, and macOS configuration
 * profiles and managed-preference plists.
 */
import { managedStorageSchema } from '../managed-schema';
import { locatePolicy } from '../transfer';
import { parsePlist, type Plist } from './plist';
import { decodeRegFile, parseRegFile, registryToJson, type RegistryKeys, type SchemaNode } from './registry';

export type PolicyFileFormat = 'json' | 'registry' | 'intune-script' | 'profile' | 'plist';

/** One force-install entry: which extension, from where. */
export interface ForceInstall {
  id: string;
  /** Set when one file installs into several browsers (the Intune script: Chrome and Edge). */
  browser?: string;
  /** Chrome/Edge: the update manifest URL; Firefox: the install URL of the .xpi. */
  from: string;
}

export interface PolicyFile {
  format: PolicyFileFormat;
  /** The browser the document configures, when it says ("Google Chrome", "Microsoft Edge", …). */
  browser?: string;
  /** The extension id the settings are keyed by, when the format keys them. */
  extensionId?: string;
  /** What the extension receives (managed storage), before its own validation. */
  policy: unknown;
  installs: ForceInstall[];
}

/** A document that holds no readable policy; the message says why, for an admin. */
export class PolicyFileError extends Error {
  override name = 'PolicyFileError';
}

const FORMAT_NAMES: Record<PolicyFileFormat, string> = {
  json: 'JSON policy',
  registry: 'Windows registry file',
  'intune-script': 'Intune PowerShell script',
  profile: 'macOS configuration profile',
  plist: 'macOS managed preferences',
};

export function formatName(format: PolicyFileFormat): string {
  return FORMAT_NAMES[format];
}

/** Reads a policy document; `name` (a file name or path) decides the format where content cannot. */
export function readPolicyFile(name: string, bytes: Uint8Array): PolicyFile {
  const lower = name.toLowerCase();
  if (lower.endsWith('.reg')) return readRegistry(decodeRegFile(bytes), 'registry');
  const text = new TextDecoder('utf-8').decode(bytes).replace(/^\uFEFF/, '');
  if (lower.endsWith('.ps1')) {
    const embedded = /@'\r?\n(Windows Registry Editor Version 5\.00[\s\S]*?)\r?\n'@/.exec(text);
    if (!embedded) throw new PolicyFileError('this script has no embedded .reg content (a here-string @\' … \'@ starting with "Windows Registry Editor Version 5.00")');
    return readRegistry(embedded[1]!, 'intune-script');
  }
  if (lower.endsWith('.mobileconfig') || lower.endsWith('.plist') || text.trimStart().startsWith('<?xml') || text.startsWith('bplist')) {
    if (bytes[0] === 0x30 && (bytes[1] === 0x80 || bytes[1] === 0x82 || bytes[1] === 0x83)) {
      throw new PolicyFileError('this profile is signed (binary CMS): check the unsigned profile it was made from');
    }
    return readPlistDocument(name, text);
  }
  return readJson(text);
}

function readJson(text: string): PolicyFile {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    throw new PolicyFileError(`this is not valid JSON (${(error as Error).message}), nor a .reg, .ps1, .mobileconfig or .plist file`);
  }
  const located = locatePolicy(raw);
  if ('error' in located) throw new PolicyFileError(located.error);
  const doc = raw as Record<string, unknown>;
  const firefox = isObject(doc.policies);
  const root = firefox ? (doc.policies as Record<string, unknown>) : doc;
  const installs = [...forcelistEntries(root.ExtensionInstallForcelist), ...extensionSettingsInstalls(root.ExtensionSettings)];
  const values = Object.values(doc);
  const adminConsole = values.length > 0 && values.every((v) => isObject(v) && Object.keys(v).length === 1 && 'Value' in v);
  const browser = firefox
    ? 'Mozilla Firefox'
    : root['3rdparty'] !== undefined || installs.length
      ? 'Chrome, Chromium or Edge (Linux)'
      : adminConsole
        ? 'the Google Admin console'
        : undefined;
  return {
    format: 'json',
    ...(browser ? { browser } : {}),
    ...(located.extensionId ? { extensionId: located.extensionId } : {}),
    policy: located.policy,
    installs,
  };
}

const POLICY_ROOTS: Record<string, string> = {
  'Google\\Chrome': 'Google Chrome',
  'Microsoft\\Edge': 'Microsoft Edge',
  Chromium: 'Chromium',
};

function readRegistry(text: string, format: 'registry' | 'intune-script'): PolicyFile {
  let keys: RegistryKeys;
  try {
    keys = parseRegFile(text);
  } catch (error) {
    throw new PolicyFileError((error as Error).message);
  }
  const found: { browser: string; id: string; path: string }[] = [];
  const installs: ForceInstall[] = [];
  for (const [path, values] of keys) {
    const root = /^HKEY_(?:LOCAL_MACHINE|CURRENT_USER)\\SOFTWARE\\Policies\\(Google\\Chrome|Microsoft\\Edge|Chromium)\\(.+)$/i.exec(path);
    if (!root) continue;
    const browser = POLICY_ROOTS[Object.keys(POLICY_ROOTS).find((k) => k.toLowerCase() === root[1]!.toLowerCase())!]!;
    const rest = root[2]!;
    const extension = /^3rdparty\\extensions\\([^\\]+)\\policy$/i.exec(rest);
    if (extension) found.push({ browser, id: extension[1]!, path });
    if (/^ExtensionInstallForcelist$/i.test(rest)) installs.push(...forcelistEntries(Object.values(values)).map((i) => ({ ...i, browser })));
  }
  if (found.length === 0) {
    throw new PolicyFileError(
      'no extension policy in this file: Chrome reads it from [HKEY_LOCAL_MACHINE\\SOFTWARE\\Policies\\Google\\Chrome\\3rdparty\\extensions\\<id>\\policy] (Edge: …\\Microsoft\\Edge\\…)',
    );
  }
  let policies: { browser: string; id: string; policy: unknown }[];
  try {
    policies = found.map((f) => ({ browser: f.browser, id: f.id, policy: registryToJson(keys, f.path, managedStorageSchema() as SchemaNode) }));
  } catch (error) {
    throw new PolicyFileError((error as Error).message);
  }
  return { format, ...samePolicyEverywhere(policies, 'file'), installs };
}

const EXTENSION_PAYLOAD = /^(com\.google\.Chrome|com\.microsoft\.Edge|org\.chromium\.Chromium)\.extensions\.([a-p]{32}|[^.]+)$/;
const BROWSER_PAYLOADS: Record<string, string> = {
  'com.google.Chrome': 'Google Chrome',
  'com.microsoft.Edge': 'Microsoft Edge',
  'org.chromium.Chromium': 'Chromium',
};

function readPlistDocument(name: string, text: string): PolicyFile {
  let root: Plist;
  try {
    root = parsePlist(text);
  } catch (error) {
    throw new PolicyFileError((error as Error).message);
  }
  if (!isObject(root)) throw new PolicyFileError('the property list is not a <dict>');
  if (!Array.isArray(root.PayloadContent)) {
    if (name.toLowerCase().endsWith('.mobileconfig')) throw new PolicyFileError('this profile has no PayloadContent array of payloads');
    // A managed preferences file: /Library/Managed Preferences/com.google.Chrome.extensions.<id>.plist
    const fileName = name.split(/[\\/]/).pop()!.replace(/\.plist$/i, '');
    const match = EXTENSION_PAYLOAD.exec(fileName);
    return { format: 'plist', ...(match ? { browser: BROWSER_PAYLOADS[match[1]!]!, extensionId: match[2]! } : {}), policy: root, installs: [] };
  }
  const found: { browser: string; id: string; policy: unknown }[] = [];
  const installs: ForceInstall[] = [];
  const consider = (domain: string, settings: Record<string, unknown>) => {
    const extension = EXTENSION_PAYLOAD.exec(domain);
    if (extension) found.push({ browser: BROWSER_PAYLOADS[extension[1]!]!, id: extension[2]!, policy: settings });
    else if (domain in BROWSER_PAYLOADS) installs.push(...forcelistEntries(settings.ExtensionInstallForcelist).map((i) => ({ ...i, browser: BROWSER_PAYLOADS[domain]! })));
  };
  for (const payload of root.PayloadContent) {
    if (!isObject(payload)) continue;
    const type = String(payload.PayloadType ?? '');
    const settings = Object.fromEntries(Object.entries(payload).filter(([k]) => !k.startsWith('Payload')));
    if (type === 'com.apple.ManagedClient.preferences' && isObject(payload.PayloadContent)) {
      // The "Custom Settings" form: { domain: { Forced: [ { mcx_preference_settings: {...} } ] } }
      for (const [domain, entry] of Object.entries(payload.PayloadContent)) {
        const forced = isObject(entry) && Array.isArray(entry.Forced) ? entry.Forced : [];
        for (const f of forced) if (isObject(f) && isObject(f.mcx_preference_settings)) consider(domain, f.mcx_preference_settings);
      }
    } else {
      consider(type, settings);
    }
  }
  if (found.length === 0) {
    throw new PolicyFileError('no extension policy in this profile: it needs a payload of type com.google.Chrome.extensions.<id> (Edge: com.microsoft.Edge.extensions.<id>)');
  }
  return { format: 'profile', ...samePolicyEverywhere(found, 'profile'), installs };
}

/**
 * One file may configure Chrome and Edge alike (the Intune script does): fine when both get the
 * same extension and the same settings; otherwise each must be checked on its own.
 */
function samePolicyEverywhere(found: { browser: string; id: string; policy: unknown }[], what: string): { browser: string; extensionId: string; policy: unknown } {
  const [first] = found as [(typeof found)[number]];
  const differs = found.some((f) => f.id !== first.id || JSON.stringify(f.policy) !== JSON.stringify(first.policy));
  if (differs) {
    throw new PolicyFileError(`this ${what} sets different policies (${found.map((f) => `${f.browser}: ${f.id}`).join('; ')}); split it and check each part`);
  }
  return { browser: [...new Set(found.map((f) => f.browser))].join(' and '), extensionId: first.id, policy: first.policy };
}

/** "id;update URL" entries (Chrome's ExtensionInstallForcelist); a bare id means the browser's store. */
function forcelistEntries(list: unknown): ForceInstall[] {
  if (!Array.isArray(list)) return [];
  return list.filter((e): e is string => typeof e === 'string').map((entry) => {
    const [id, ...url] = entry.split(';');
    return { id: id!.trim(), from: url.join(';').trim() || '(the browser’s own store)' };
  });
}

/** ExtensionSettings entries that install: Chrome's update_url, Firefox's install_url. */
function extensionSettingsInstalls(settings: unknown): ForceInstall[] {
  if (!isObject(settings)) return [];
  return Object.entries(settings).flatMap(([id, entry]) => {
    if (!isObject(entry) || !['force_installed', 'normal_installed'].includes(String(entry.installation_mode))) return [];
    return [{ id, from: String(entry.install_url ?? entry.update_url ?? '(the browser’s own store)') }];
  });
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
