import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/engine';
import { makeDoc } from '../../../src/engine/doc';
import { webAddress } from '../../../src/engine/recognizers/domain';
import { NO_BLOWUP_MS, spansOf } from './helpers';

const strict = { sensitivity: 'strict' } as const;

describe('phi.url (web addresses)', () => {
  it.each([
    ['Shared the files at https://ClickPhobia.com.br/ this morning', 'https://ClickPhobia.com.br/'],
    ['my site is www.lindasjourney.net', 'www.lindasjourney.net'],
    ['photos at http://harborfamily.co.uk/album/3', 'http://harborfamily.co.uk/album/3'],
    ['new blog: ourlittlewarrior.org', 'ourlittlewarrior.org'],
  ])('reports %j under strict', (text, match) => {
    expect(spansOf(analyze(text, strict), 'phi.url')).toEqual([{ match, severity: 'medium' }]);
  });

  it.each([
    ['Read the guideline on cdc.gov before your shift'], // a well-known public site
    ['email me at jane.doe@example.org'], // an email host, not a web address
    ['I went home.It was a long night'], // a missing space, not a host
    ['saved the notes.pdf to the shared drive'], // a file name
    ['we migrated to ASP.NET last year'], // a product name
    ['Apply: https://careers.osumc.edu/jobs/123'], // an employer's own pages
    ['version 2.5.1 is out'],
  ])('ignores %j under strict', (text) => {
    expect(spansOf(analyze(text, strict), 'phi.url')).toEqual([]);
  });

  it('reports a host near a patient under standard sensitivity, and nothing without one', () => {
    expect(spansOf(analyze('my patient asked me to share her blog lindasjourney.net'), 'phi.url')).toEqual([
      { match: 'lindasjourney.net', severity: 'high' },
    ]);
    expect(spansOf(analyze('Tickets at riversidegala.org, all proceeds to the cancer center'), 'phi.url')).toEqual([]);
    // "come in" is a patient event, not a patient.
    expect(spansOf(analyze('Wait times are posted at www.ohiohealth.com/er-wait-times, check before you come in'), 'phi.url')).toEqual([]);
  });

  it('stays linear on long drafts', () => {
    for (const text of ['a.'.repeat(31_500), 'www.'.repeat(15_800), 'https://a'.repeat(7_000), 'abc.de '.repeat(9_000)]) {
      const doc = makeDoc(text, strict);
      const t = performance.now();
      webAddress.find(doc);
      expect(performance.now() - t).toBeLessThan(NO_BLOWUP_MS);
    }
  });
});
