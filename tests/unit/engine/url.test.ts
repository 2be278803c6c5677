import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/engine';
import { makeDoc } from '../../../src/engine/doc';
import { personalUrl } from '../../../src/engine/recognizers/url';
import { runPatternRecognizer } from '../../../src/engine/scoring';
import { spansOf, NO_BLOWUP_MS } from './helpers';

const high = (match: string) => [{ match, severity: 'high' }];
const none: never[] = [];

describe('phi.url', () => {
  it.each([
    [
      "Here's the link to help our patient Jamal: https://www.gofundme.com/f/help-jamal-walk-again",
      high('https://www.gofundme.com/f/help-jamal-walk-again'),
    ],
    ['Donate: https://www.gofundme.com/f/help-jamal-walk-again', none], // no person or patient nearby
    ['Her fundraiser gofundme.com/f/help-jamal.', high('gofundme.com/f/help-jamal')], // trailing dot
    ['see https://gofundme.com for how it works, she says', none], // the platform, not a campaign
    ['she started www.gofundme.com/c/blog/tips', none],
    ['his CaringBridge caringbridge.org/visit/janedoe', high('caringbridge.org/visit/janedoe')],
    ['her mealtrain.com/trains/abc123 is up', high('mealtrain.com/trains/abc123')],
    [
      'her obituary https://www.legacy.com/us/obituaries/dispatch/name/jane-doe-obituary?pid=123456',
      high('https://www.legacy.com/us/obituaries/dispatch/name/jane-doe-obituary?pid=123456'),
    ],
    ['her obituary is not on legacy.com/obituaries yet', none], // the listing page names nobody
    ['his obituary smithfuneralhome.com/obituary/john-smith', high('smithfuneralhome.com/obituary/john-smith')],
    ['(his page: https://facebook.com/john.doe)', high('https://facebook.com/john.doe')], // bracket stays out
    ['she follows facebook.com/groups/nurses', none],
    ['he is on instagram.com/jamal_w', high('instagram.com/jamal_w')],
    ['she posted instagram.com/p/Cx12abc', none], // a post, not a profile
    ['her tiktok www.tiktok.com/@jamalwalks', high('www.tiktok.com/@jamalwalks')],
    ['his x.com/jamal_w tweets', high('x.com/jamal_w')],
    ['she searched x.com/search?q=sepsis', none],
    ['she saved it on box.com/jane', none], // "x.com" inside another host
    ['email him at jamal@x.com', none], // an email, not a profile
    ['her linkedin https://www.linkedin.com/in/jane-doe-rn', high('https://www.linkedin.com/in/jane-doe-rn')],
    ['she works at linkedin.com/company/osu-wexner', none],
    ['great read: https://www.nejm.org/doi/full/10.1056/NEJMoa2034577 she says', none], // journal article
    ['apply at https://careers.osumc.edu/jobs/123 he said', none], // careers page
    ['our hospital is at https://www.osumc.edu and she works there', none], // homepage
  ])('%j', (text, expected) => {
    expect(spansOf(analyze(text), 'phi.url')).toEqual(expected);
  });

  it('reports identifying hosts only, at medium, under strict', () => {
    const strict = { sensitivity: 'strict' as const };
    expect(spansOf(analyze('Donate: https://www.gofundme.com/f/help-jamal-walk-again', strict), 'phi.url')).toEqual([
      { match: 'https://www.gofundme.com/f/help-jamal-walk-again', severity: 'medium' },
    ]);
    expect(spansOf(analyze('Apply: https://careers.osumc.edu/jobs/123', strict), 'phi.url')).toEqual([]);
  });

  it('names the kind of link', () => {
    const [f] = analyze("help our patient's family: gofundme.com/f/help-jamal").findings.filter((x) => x.rule === 'phi.url');
    expect(f?.explain).toMatchObject({ recognizer: 'personal-url', pattern: 'fundraiser', tie: 'patient' });
  });

  it('stays linear on long URL-like drafts', () => {
    for (const text of ['Main '.repeat(12_600), 'x.com/'.repeat(10_500), 'a.com/b/'.repeat(7_875), `https://${'a.'.repeat(31_000)}`]) {
      const doc = makeDoc(text);
      const t = performance.now();
      runPatternRecognizer(personalUrl, doc);
      expect(performance.now() - t).toBeLessThan(NO_BLOWUP_MS);
    }
  });
});
