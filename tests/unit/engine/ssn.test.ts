import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/engine';
import { spansOf } from './helpers';

describe('phi.ssn', () => {
  it.each([
    ['SSN 623-11-4087 on the facesheet belongs to someone else', '623-11-4087'],
    ['her social is 623 11 4087', '623 11 4087'],
    ['SSN: 623114087', '623114087'],
    ['ss# 623.11.4087 typed wrong', '623.11.4087'],
    ['S\u200BSN ６２３-１１-４０８７', '６２３-１１-４０８７'],
  ])('finds %j', (text, match) => {
    expect(spansOf(analyze(text), 'phi.ssn')).toEqual([{ match, severity: 'high' }]);
  });

  it.each([
    ['SSN 000-11-4087'], // area 000
    ['SSN 666-11-4087'], // area 666
    ['SSN 912-11-4087'], // area 9xx (ITINs)
    ['SSN 623-00-4087'], // group 00
    ['SSN 623-11-0000'], // serial 0000
    ['SSN 623-11 4087'], // mixed separators
    ['call 623 11 4087 maybe'], // spaced digits without context
    ['order 623114087 shipped'], // nine digits without context
    ['123-45-67890'], // too long
  ])('ignores %j', (text) => {
    expect(spansOf(analyze(text), 'phi.ssn')).toEqual([]);
  });
});
