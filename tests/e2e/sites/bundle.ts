import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

export type SiteId = 'x' | 'facebook' | 'linkedin';

const ENTRY_POINTS: Record<SiteId, string> = {
  x: 'x/main.tsx',
  facebook: 'facebook/main.tsx',
  linkedin: 'linkedin/main.ts',
};

const HERE = fileURLToPath(new URL('.', import.meta.url));

async function bundleOne(site: SiteId): Promise<string> {
  const result = await build({
    absWorkingDir: HERE,
    entryPoints: [ENTRY_POINTS[site]],
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    target: 'chrome120',
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
    // Fixture JSX is React's (X, Facebook), whatever the root tsconfig says for the extension
    // (Preact); the files also carry a @jsxImportSource pragma for tsc.
    tsconfigRaw: { compilerOptions: { jsx: 'react-jsx', jsxImportSource: 'react' } },
    logLevel: 'silent',
  });
  const [output] = result.outputFiles;
  if (!output) throw new Error(`esbuild produced no output for the ${site} fixture`);
  return output.text;
}

let bundles: Promise<Record<SiteId, string>> | undefined;

/**
 * The three fixture apps, bundled in memory once per process (every test in a worker shares
 * them). Built in parallel; well under a second on two cores.
 */
export function siteBundles(): Promise<Record<SiteId, string>> {
  bundles ??= Promise.all([bundleOne('x'), bundleOne('facebook'), bundleOne('linkedin')]).then(
    ([x, facebook, linkedin]) => ({ x, facebook, linkedin }),
  );
  return bundles;
}
