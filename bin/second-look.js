#!/usr/bin/env node
// Runs the TypeScript CLI (src/cli/main.ts) through tsx's loader in this same process: no build
// step, and no child process, so stdio, signals and the exit code are the CLI's own.
// tsx is resolved from this package, not from the caller's working directory.
import { register } from 'tsx/esm/api';

register();
await import(new URL('../src/cli/main.ts', import.meta.url).href);
