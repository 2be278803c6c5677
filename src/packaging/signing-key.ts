/**
 * The organisation's CRX signing key. Its public half decides the extension id every policy names,
 * so losing it means a new id and re-deploying every policy; leaking it lets anyone publish an
 * "update" that every managed browser installs. It therefore lives outside the repository (never
 * committed, never in a build directory), is created once with owner-only permissions, and the
 * command that creates it says, loudly, to back it up.
 */
import { generateKeyPairSync, createPrivateKey, type KeyObject } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, realpathSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join, relative, resolve, isAbsolute } from 'node:path';

/** Where the key lives unless --key or SECOND_LOOK_SIGNING_KEY says otherwise. */
export function defaultKeyPath(env: NodeJS.ProcessEnv = process.env): string {
  if (env.SECOND_LOOK_SIGNING_KEY) return resolve(env.SECOND_LOOK_SIGNING_KEY);
  const config = env.XDG_CONFIG_HOME || join(homedir(), '.config');
  return join(config, 'second-look', 'extension-signing-key.pem');
}

export interface SigningKey {
  key: KeyObject;
  path: string;
  /** True when this call generated it: the caller must tell the user to back it up. */
  created: boolean;
}

function isInside(path: string, dir: string): boolean {
  const real = (p: string) => {
    // The key file may not exist yet: resolve its nearest existing parent.
    let at = resolve(p);
    const rest: string[] = [];
    while (!existsSync(at)) {
      rest.unshift(at.slice(dirname(at).length + 1));
      at = dirname(at);
    }
    return join(realpathSync(at), ...rest);
  };
  const rel = relative(real(dir), real(path));
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}

/**
 * Loads the RSA key at `path`, or creates one (2048-bit, PKCS#8 PEM, mode 0600) when there is none.
 * Refuses a path inside `repository`: a key in a clone is one `git add -A` from being published.
 */
export function loadOrCreateSigningKey(path: string, repository: string): SigningKey {
  if (isInside(path, repository)) {
    throw new Error(`refusing to keep the signing key inside the repository (${path}); use a path outside it (--key PATH or SECOND_LOOK_SIGNING_KEY)`);
  }
  if (existsSync(path)) {
    let key: KeyObject;
    try {
      key = createPrivateKey(readFileSync(path));
    } catch (error) {
      throw new Error(`cannot read the signing key at ${path}: ${(error as Error).message}`);
    }
    if (key.asymmetricKeyType !== 'rsa') throw new Error(`the signing key at ${path} is ${key.asymmetricKeyType}, not RSA`);
    return { key, path, created: false };
  }
  mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  writeFileSync(path, privateKey.export({ type: 'pkcs8', format: 'pem' }), { mode: 0o600, flag: 'wx' });
  chmodSync(path, 0o600);
  return { key: privateKey, path, created: true };
}
