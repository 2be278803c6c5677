import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const HERE = fileURLToPath(new URL('.', import.meta.url));

/** What a fixture folder's shell.json says: the origins it answers for and its static HTML. */
export interface FixtureShell {
  /** The first origin is the site's usual one (x.com); the others serve the same app. */
  origins: string[];
  title: string;
  lang: string;
  /** Static markup the live page ships before its app runs. */
  body: string;
}

export interface Fixture {
  /** The folder's name: the site id in src/sites. */
  site: string;
  shell: FixtureShell;
  entry: string;
}

/**
 * Every fixture folder (tests/e2e/sites/<site id>/ with a shell.json and a main.ts or main.tsx):
 * adding a site's fixture is adding its folder, nothing else here.
 */
export const FIXTURES: readonly Fixture[] = readdirSync(HERE, { withFileTypes: true })
  .filter((d) => d.isDirectory() && existsSync(join(HERE, d.name, 'shell.json')))
  .map((d) => {
    const entry = ['main.tsx', 'main.ts'].map((f) => join(d.name, f)).find((f) => existsSync(join(HERE, f)));
    if (!entry) throw new Error(`tests/e2e/sites/${d.name} has a shell.json but no main.ts(x)`);
    return { site: d.name, shell: JSON.parse(readFileSync(join(HERE, d.name, 'shell.json'), 'utf8')) as FixtureShell, entry };
  });

async function bundleOne(fixture: Fixture): Promise<string> {
  const result = await build({
    absWorkingDir: HERE,
    entryPoints: [fixture.entry],
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    target: ['chrome120', 'firefox128'],
    // React, Draft.js and Lexical switch to their production builds on this, like the live
    // sites; development React is several times slower and logs warnings into every test.
    define: { 'process.env.NODE_ENV': '"production"', global: 'globalThis' },
    // Drops the development branches the define above made dead; identifiers stay readable for
    // stack traces in failed tests.
    minifySyntax: true,
    legalComments: 'none',
    // The editors' own stylesheets (Draft.css, quill.core.css) are imported as strings and put
    // where each editor lives (document or shadow root).
    loader: { '.css': 'text' },
    // Fixture JSX is React's, whatever the root tsconfig says for the extension (Preact); the
    // files also carry a @jsxImportSource pragma for tsc.
    tsconfigRaw: { compilerOptions: { jsx: 'react-jsx', jsxImportSource: 'react' } },
    logLevel: 'silent',
  });
  const [output] = result.outputFiles;
  if (!output) throw new Error(`esbuild produced no output for the ${fixture.site} fixture`);
  return output.text;
}

const bundles = new Map<string, Promise<string>>();

/** A fixture app, bundled in memory on first use and shared by every test of the process. */
export function siteBundle(site: string): Promise<string> {
  let bundle = bundles.get(site);
  if (!bundle) {
    const fixture = FIXTURES.find((f) => f.site === site);
    bundle = fixture ? bundleOne(fixture) : Promise.reject(new Error(`no fixture for ${site}`));
    bundles.set(site, bundle);
  }
  return bundle;
}
