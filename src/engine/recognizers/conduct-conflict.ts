import type { Doc } from '../doc';
import { gateWindows, matchesStartingIn, nearby, onePerSentence } from '../conduct/frame';
import { judge, type ConductPattern, type ConductSpec } from '../conduct/recognizer';
import { withFrames } from '../conduct/frames';
import { CONDUCT_FRAMES } from '../conduct/frame-set';
import { CONFLICT_FRAMES } from '../conduct/frames-public';

import type { Candidate, CustomRecognizer } from '../recognizer';
import { SpanSet } from '../spans';
import { matchesIn } from '../words';
import { anyOf, near } from '../vocab/conduct';

/**
 * Promotion without disclosure (FTC Endorsement Guides, 16 CFR Part 255; AMA 2.3.2 on conflicts
 * of interest): promo and affiliate codes, referral links, "link in bio" and "DM to order" sales.
 * A clinician's endorsement or a health claim ("I recommend it to all my patients", "immune
 * support") makes it high. A clear disclosure anywhere in the post (#ad, "paid partnership",
 * "I earn a commission") means no finding; a hospital gift-shop sale has no selling signal.
 */

/** Words after "code" that are hospital codes, not coupons. */
const HOSPITAL_CODES = new Set([
  'BLUE', 'RED', 'PINK', 'BROWN', 'GRAY', 'GREY', 'WHITE', 'BLACK', 'ORANGE', 'YELLOW', 'GREEN', 'SILVER', 'AMBER', 'PURPLE',
  'GOLD', 'STEMI', 'STROKE', 'SEPSIS', 'TRAUMA', 'STATUS', 'CART', 'TEAM', 'CALL', 'RRT', 'RAPID', 'TRIAGE', 'HELP', 'LAVENDER',
  'VIOLET', 'ZERO', 'ADAM', 'BRAVO', 'ALPHA', 'MET', 'CRIMSON', 'DNR', 'FULL', 'ICD', 'CPT', 'HCPCS', 'OMEGA', 'TRIAD', 'SEPSIS',
  'NURSE', 'LIFE', 'HEART', 'BABY',
]);

/** Signals that the poster sells: a personal code, a referral link, "DM to order". */
const SELLING = new RegExp(
  [
    String.raw`\b(?:use|with|enter|apply|my|promo|discount|coupon|referral)\s+(?:my\s+)?(?:promo\s+|discount\s+|coupon\s+|referral\s+)?code\s*(?:[:"'“]\s*)?(?<code>[A-Za-z0-9]{3,20})\b`,
    String.raw`\bcode\s*(?:[:"'“]\s*)?(?<code2>[A-Z][A-Z0-9]{3,19})\b(?=[^.!?\n]{0,40}(?:\d+\s?%|\boff\b|discount|save|free\s+shipping|at\s+checkout))`,
    String.raw`(?:(?<!\d)\d+\s?%\s+off|save\s+\d+\s?%)[^.!?\n]{0,30}\bcode\s*(?:[:"'“]\s*)?(?<code3>[A-Z][A-Z0-9]{3,19})\b`,
    // "20% off with NURSEJEN", "NURSEJEN at checkout": a personal code without the word "code"
    // (kept only when it is written in capitals, see CAPS_CODE).
    String.raw`(?:(?<!\d)\d+\s?%\s+off|save\s+\d+\s?%)\s+(?:with|using|w\/)\s+(?<caps1>[A-Z][A-Z0-9]{3,19})\b`,
    String.raw`\b(?<caps2>[A-Z][A-Z0-9]{3,19})\s+at\s+checkout\b`,
    String.raw`\bcode\s*(?:[:"'“]\s*)?(?<code4>[A-Z]{2}[A-Z0-9]*)(?=\s*$)`,
    String.raw`[?&](?:ref|aff|affiliate|via|tag|rfsn|coupon|discount|sca_ref)=[\w-]+`,
    String.raw`\/(?:ref|aff|go|shop)\/[\w-]+`,
    String.raw`\bamzn\.to\/\w+`,
    String.raw`\b(?:with|use|through|via|at)\s+my\s+(?:referral\s+)?link\b`,
    String.raw`\bshop\s+my\s+(?:\w+\s+)?(?:link|store|storefront|favorites|faves|page|picks)\b`,
    String.raw`\bdm\s+(?:me\s+)?(?:to|for)\s+(?:(?:the|a|my)\s+)?(?:order|buy|purchase|pricing|prices|sample|samples|discount|code|link)\b`,
  ].join('|'),
  'gim',
);

/** A code written in capitals with a letter in it ("NURSEJEN", "SAVE20"), not an ordinary word. */
const CAPS_CODE = /^(?=[A-Z0-9]*[A-Z])[A-Z0-9]{4,20}$/;

/** Signals that sell only next to a product or a price: "link in bio" also announces free classes. */
const MAYBE_SELLING = /\blink\s+in\s+(?:my\s+)?bio\b|\b(?:order|buy|get)\s+(?:yours\s+)?(?:now|today|here)\b|\bgrab\s+yours\b|\bswipe\s+up\b|\bdm\s+(?:me\s+)?(?:to|for)\s+(?:more\s+)?(?:details|info|information)\b/gi;
const PRODUCT = anyOf(
  [
    'discount', 'code', 'off', 'sale', 'price', 'buy', 'order', 'shop', 'product', 'products', 'tea', 'teas', 'supplement',
    'supplements', 'gummies', 'vitamins', 'vitamin', 'socks', 'collagen', 'probiotic', 'probiotics', 'skincare', 'serum',
    'protein', 'powder', 'shakes', 'oils', 'essential oils', 'my line', 'my brand', 'my shop', 'my store', 'detox', 'cleanse',
    'capsules', 'pills', 'cream', 'patches', 'drops', 'scrubs', 'shoes', 'stethoscope', 'merch', 'course', 'coaching', 'program',
    'weight loss', 'immune', 'recommend',
  ],
  String.raw`(?<!\d)\d+\s?%|\$\d+`,
);

const DISCLOSURE = anyOf(
  [
    '#ad', '#ads', '#sponsored', '#spon', '#partner', '#paidpartnership', '#paidpartner', '#affiliate', '#gifted', '#collab',
    'paid partnership', 'paid partner', 'sponsored by', 'sponsored post', 'in partnership with', "i'm partnering with",
    'i am partnering with', 'partnered with', 'i earn a commission', 'i get a commission', 'i earn a small commission',
    'i receive a commission', 'affiliate link', 'affiliate links', 'i own this company', 'i own the company', 'my own company',
    'disclosure:', 'ad:', 'gifted by', 'i was paid', 'paid promotion', 'i may earn',
  ],
  String.raw`(?<![A-Za-z0-9_])#ad(?![A-Za-z0-9_])`,
);

const ENDORSEMENT = anyOf([
  'recommend to my patients', 'recommend to all my patients', 'recommend it to my patients', 'recommend it to all my patients',
  'what i recommend to', 'i recommend to all', 'i recommend to my', 'recommended by nurses', 'recommended by doctors',
  'nurse approved', 'nurse-approved', 'doctor approved', 'doctor-approved', 'as a nurse', 'as an icu nurse', 'as an er nurse',
  'as a doctor', 'as an rn', 'as a gi nurse', 'as a physician', 'as a pharmacist', 'as an np', 'i give it to every', 'i give it to all',
  'i give them to', 'my patients love', 'my pts love', 'the only one i trust', 'the only', 'i trust as a', 'clinically proven',
  'immune support', 'boost your immune', 'boosts immunity', 'immunity', 'detox', 'cures', 'heals', 'healing', 'weight loss',
  'lose weight', 'burns fat', 'anti-inflammatory', 'hormone balance', 'gut health', 'post-op', 'recovery', 'i tell all my',
  'every surgical pt', 'all my patients', 'my patients',
]);

/** Every selling signal has one of these words. */
const GATE = [['code', 'off', 'checkout', 'link', 'bio', 'dm', 'shop', 'ref', 'aff', 'affiliate', 'via', 'tag', 'rfsn', 'coupon', 'discount', 'amzn', 'order', 'buy', 'get', 'grab', 'swipe', 'go', 'sca_ref']];

const spec: ConductSpec = { id: 'undisclosed-promotion', rule: 'conduct.conflict', patterns: [] };
const LEVEL: Omit<ConductPattern, 'regex'> = {
  name: 'selling without disclosure',
  severity: 'medium',
  raise: [near('endorsement or health claim', ENDORSEMENT, 40)],
  tie: 'none',
};

export const conflict: CustomRecognizer = {
  kind: 'custom',
  id: 'conflict',
  rule: 'conduct.conflict',
  find(doc: Doc): Candidate[] {
    const found = promotionSignals(doc);
    return found.length ? found : onePerSentence(doc, withFrames(doc, CONDUCT_FRAMES, CONFLICT_FRAMES, []));
  },
};

/** Codes, referral links and "DM to order" without a disclosure: one finding for the post. */
function promotionSignals(doc: Doc): Candidate[] {
  const windows = gateWindows(doc, GATE);
  const within = (re: RegExp) => windows.flatMap(([from, to]) => matchesStartingIn(re, doc.text, from, to));
  const signals = [
    ...within(SELLING).filter((m) => {
      const caps = m.groups?.caps1 ?? m.groups?.caps2;
      if (caps !== undefined) return CAPS_CODE.test(caps);
      const code = m.groups?.code ?? m.groups?.code2 ?? m.groups?.code3 ?? m.groups?.code4;
      return !code || !(HOSPITAL_CODES.has(code.toUpperCase()) || /^\d+$/.test(code));
    }),
    ...within(MAYBE_SELLING).filter((m) => nearby(doc, m.index, m.index + m[0].length, PRODUCT, 25) !== undefined),
  ];
  if (!signals.length) return [];
  // Any disclosure anywhere: looked for only at the words its phrases start with (matchesIn), not
  // at every character of a long draft.
  if (matchesIn(DISCLOSURE, doc.text).length) return [];
  const out: Candidate[] = [];
  const claimed = new SpanSet();
  for (const m of signals) {
    const start = m.index;
    const end = start + m[0].length;
    if (!claimed.claim(start, end)) continue;
    const c = judge(doc, spec, LEVEL, start, end);
    if (c) out.push(c);
  }
  // One promotion is one finding: the code, the link and "DM to order" all sell the same thing.
  if (out.length > 1) return [out.reduce((best, c) => (c.score > best.score ? c : best))];
  return onePerSentence(doc, out);
}
