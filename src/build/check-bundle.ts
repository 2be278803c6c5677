/**
 * What a store reviewer greps for, checked on the built extension: no remote URL (nothing to load
 * code or data from), no code generation (eval, Function, string timers) and no HTML injection
 * (innerHTML and friends). `npm test` runs it on the Chrome and Firefox builds; the patches that
 * make it pass are in src/build/store-safe.ts.
 *
 *   tsx src/build/check-bundle.ts .output/chrome-mv3 .output/firefox-mv2
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * URLs that are names, not addresses: nothing is ever requested from them. Each is listed exactly,
 * with why it is in the bundle, so a new URL anywhere fails the check.
 */
export const NAMES_NOT_ADDRESSES: Readonly<Record<string, string>> = {
  'http://www.w3.org/2000/svg': 'SVG namespace (preact creates SVG elements with it)',
  'http://www.w3.org/1999/xhtml': 'XHTML namespace (preact)',
  'http://www.w3.org/1998/Math/MathML': 'MathML namespace (preact)',
  'http://ns.adobe.com/': 'XMP segment signature compared against image bytes (exifr)',
  'http://ns.adobe.com/xmp/extension/': 'XMP extension segment signature (exifr)',
  'http://ns.adobe.com/xap/1.0/': 'XMP packet signature (exifr)',
  'https://json-schema.org/draft/2020-12/schema': "JSON Schema dialect id zod's toJSONSchema writes as $schema",
  'http://json-schema.org/draft-07/schema#': 'JSON Schema dialect id (zod)',
  'http://json-schema.org/draft-04/schema#': 'JSON Schema dialect id (zod)',
  'https://rolldown.rs/in-depth/bundling-cjs#require-external-modules': "text of the bundler runtime's error for a missing require()",
  'https://developer.mozilla.org/en-US/docs/Web/API/Element/attachShadow#elements_you_can_attach_a_shadow_to':
    "text of WXT's error for a bad shadow-root host name",
  'https://github.com/MikeKovarik/exifr': "text of exifr's console warning about an unusual HEIC file",
};

export interface Violation {
  file: string;
  line: number;
  kind: 'remote-url' | 'code-generation' | 'html-injection' | 'manifest';
  text: string;
}

/** A scheme and a host: `https://${host}/*` templates and `http://[${ipv6}]` probes are not URLs. */
const URL_PATTERN = /\b(?:https?|wss?|ftp):\/\/[a-z0-9][^\s"'`<>()\\{}|^$]*/gi;

/** Code generation from strings: what a CSP without 'unsafe-eval' forbids and reviewers reject. */
const CODE_GENERATION: RegExp[] = [
  /\beval\s*\(/g,
  /\bnew\s+Function\b/g,
  /(?<![\w$.])Function\s*\(/g,
  // An alias (`const F = Function; new F(...)`) is how bundled libraries usually hide it.
  /[=,(:]\s*Function\s*[,;)]/g,
  /\bset(?:Timeout|Interval)\s*\(\s*["'`]/g,
  // import() of a computed specifier can load code from anywhere; bundled code imports literals.
  /(?<![\w$.])import\s*\(\s*(?!["'`])/g,
];

const HTML_INJECTION: RegExp[] = [/\binnerHTML\b/g, /\bouterHTML\b/g, /\binsertAdjacentHTML\b/g, /\bdocument\.write(?:ln)?\s*\(/g, /\bcreateContextualFragment\b/g];

const TEXT_FILES = /\.(?:js|mjs|html|css|json)$/;

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : TEXT_FILES.test(name) ? [path] : [];
  });
}

function lineOf(text: string, index: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < index; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

function excerpt(text: string, index: number, length: number): string {
  return text.slice(Math.max(0, index - 30), index + length + 30).replace(/\s+/g, ' ');
}

/** Violations in one file's text; `name` is how the file is reported. */
export function checkText(name: string, text: string): Violation[] {
  const out: Violation[] = [];
  const isManifest = /(?:^|\/)manifest\.json$/.test(name);
  if (isManifest) return checkManifest(name, text);
  for (const match of text.matchAll(URL_PATTERN)) {
    const url = match[0].replace(/[.,;:]+$/, '');
    if (url in NAMES_NOT_ADDRESSES) continue;
    out.push({ file: name, line: lineOf(text, match.index), kind: 'remote-url', text: url });
  }
  if (!/\.(?:js|mjs|html)$/.test(name)) return out;
  for (const [kind, patterns] of [['code-generation', CODE_GENERATION], ['html-injection', HTML_INJECTION]] as const) {
    for (const pattern of patterns) {
      for (const match of text.matchAll(pattern)) {
        out.push({ file: name, line: lineOf(text, match.index), kind, text: excerpt(text, match.index, match[0].length) });
      }
    }
  }
  return out;
}

/**
 * The manifest may name only the sites the content script runs on; it must not carry an update
 * URL (stores set their own) and its CSP must not allow remote scripts or eval.
 */
function checkManifest(name: string, text: string): Violation[] {
  const manifest = JSON.parse(text) as Record<string, unknown>;
  const out: Violation[] = [];
  const add = (message: string) => out.push({ file: name, line: 1, kind: 'manifest', text: message });
  if ('update_url' in manifest) add(`update_url is set (${String(manifest.update_url)})`);
  const csp = JSON.stringify(manifest.content_security_policy ?? '');
  if (/unsafe-eval(?<!wasm-unsafe-eval)|https?:|\*/.test(csp.replace(/'wasm-unsafe-eval'/g, ''))) add(`content_security_policy allows more than the extension's own files: ${csp}`);
  const patterns = [
    ...((manifest.content_scripts as { matches?: string[] }[] | undefined) ?? []).flatMap((c) => c.matches ?? []),
    ...((manifest.web_accessible_resources as { matches?: string[] }[] | undefined) ?? []).flatMap((r) => (typeof r === 'object' ? (r.matches ?? []) : [])),
    ...((manifest.host_permissions as string[] | undefined) ?? []),
    ...((manifest.permissions as string[] | undefined) ?? []).filter((p) => p.includes('://')),
  ];
  // Optional hosts are granted one site at a time, when the user or IT adds that site (the
  // browser asks then); the manifest may offer any https site that way, and nothing else.
  const optional = [
    ...((manifest.optional_host_permissions as string[] | undefined) ?? []),
    ...((manifest.optional_permissions as string[] | undefined) ?? []).filter((p) => p.includes('://')),
  ];
  const rest = {
    ...manifest,
    content_scripts: undefined,
    web_accessible_resources: undefined,
    host_permissions: undefined,
    optional_host_permissions: undefined,
    optional_permissions: undefined,
    permissions: undefined,
  };
  for (const match of JSON.stringify(rest).matchAll(URL_PATTERN)) add(`a URL outside the site match patterns: ${match[0]}`);
  const oneSite = (pattern: string) => /^https:\/\/(?:\*\.)?[a-z0-9.-]+\/\*$/.test(pattern);
  for (const pattern of patterns) if (!oneSite(pattern)) add(`host pattern wider than one site: ${pattern}`);
  for (const pattern of optional) if (pattern !== 'https://*/*' && !oneSite(pattern)) add(`optional host pattern beyond https sites: ${pattern}`);
  return out;
}

/** Every violation in a built extension directory. */
export function checkBundle(dir: string): { files: number; violations: Violation[] } {
  const files = filesUnder(dir);
  return { files: files.length, violations: files.flatMap((file) => checkText(relative(dir, file).replaceAll('\\', '/'), readFileSync(file, 'utf8'))) };
}

function main(dirs: string[]): number {
  if (dirs.length === 0) {
    console.error('usage: tsx src/build/check-bundle.ts BUILD_DIR...');
    return 2;
  }
  let failed = false;
  for (const dir of dirs) {
    const { files, violations } = checkBundle(dir);
    if (violations.length === 0) {
      console.log(`bundle check: ${dir}: ${files} files, no remote URL, no eval/Function, no innerHTML`);
      continue;
    }
    failed = true;
    console.error(`bundle check: ${dir}: ${violations.length} problem(s)`);
    for (const v of violations) console.error(`  ${v.file}:${v.line}  ${v.kind}  ${v.text}`);
  }
  if (failed) console.error('Store reviewers reject these. Patch the dependency at build (src/build/store-safe.ts) or remove the code.');
  return failed ? 1 : 0;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) process.exitCode = main(process.argv.slice(2));
