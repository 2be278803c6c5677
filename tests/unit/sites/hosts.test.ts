import { describe, expect, it } from 'vitest';
import { normalizeHost } from '../../../src/sites/hosts';

describe('normalizeHost: what "Check posts on this site" accepts', () => {
  it.each([
    ['forum.example.org', 'forum.example.org'],
    ['  Forum.Example.ORG ', 'forum.example.org'],
    ['https://forum.example.org/t/patient-story/12', 'forum.example.org'],
    ['http://forum.example.org', 'forum.example.org'],
    ['forum.example.org.', 'forum.example.org'],
    ['xn--bcher-kva.example', 'xn--bcher-kva.example'],
    ['bücher.example', 'xn--bcher-kva.example'],
  ])('%j -> %s', (input, host) => {
    expect(normalizeHost(input)).toBe(host);
  });

  it.each(['', 'intranet', 'localhost', '10.0.0.7', '*.example.org', 'forum.example.org:8443', 'user@forum.example.org', 'ftp://forum.example.org', '-bad-.example.org', 'a..b', 'x'.repeat(301)])(
    '%j is refused',
    (input) => {
      expect(normalizeHost(input)).toBeUndefined();
    },
  );
});
