/**
 * Writes world-names.json: first names and surnames from every locale of @faker-js/faker (a
 * maintained, MIT-licensed package with names from some seventy countries), Latin script only,
 * lower-cased. Run on install (package.json "postinstall"): the list is copied from node_modules,
 * never committed, and the engine bundles only these ~30,000 words, not faker itself.
 *
 * The English-only first-name list misses names patients have (Walter, Aria, Maverick, Nikolaj,
 * Tomomi); measured on the dev sets and the Presidio sentences, this list finds more names at the
 * same precision (see the issue-13 closing note).
 */
import { writeFileSync } from 'node:fs';
import { allLocales } from '@faker-js/faker';

type Names = string[] | Record<string, string[] | undefined> | undefined;

/** Names the engine can see: doc.words reads Latin letters only. */
const LATIN_NAME = /^[A-Za-z\u00C0-\u024F][A-Za-z\u00C0-\u024F'’-]*$/;

function collect(into: Set<string>, names: Names): void {
  const list = Array.isArray(names) ? names : Object.values(names ?? {}).flatMap((v) => v ?? []);
  for (const name of list) for (const part of name.split(/\s+/)) if (part.length > 1 && LATIN_NAME.test(part)) into.add(part.toLowerCase());
}

export function worldNames(): { first: string[]; last: string[] } {
  const first = new Set<string>();
  const last = new Set<string>();
  for (const locale of Object.values(allLocales)) {
    collect(first, locale.person?.first_name as Names);
    collect(last, locale.person?.last_name as Names);
  }
  return { first: [...first].sort(), last: [...last].sort() };
}

const out = new URL('./world-names.json', import.meta.url);
writeFileSync(out, JSON.stringify(worldNames()) + '\n');
