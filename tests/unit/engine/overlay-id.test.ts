import { describe, expect, it } from 'vitest';
import { analyze, type AnalyzeOptions } from '../../../src/engine';
import { spansOf } from './helpers';

const image: AnalyzeOptions = { source: 'image', medicalImage: true };

describe('record numbers under the short labels of a medical image', () => {
  it.each([
    ['ID: 1234567', 'phi.mrn', '1234567'],
    ['ID 30108196', 'phi.mrn', '30108196'],
    ['PID: M6983920', 'phi.mrn', 'M6983920'],
    ['Pat ID: 6395503', 'phi.mrn', '6395503'],
    ['ACC# 74357709', 'phi.id', '74357709'],
    ['ACC NO 31498503', 'phi.id', '31498503'],
    ['ACC: 69269491', 'phi.id', '69269491'],
    ['EXAM # 12345', 'phi.id', '12345'],
  ] as const)('finds %j', (text, rule, match) => {
    expect(spansOf(analyze(text, image), rule)).toEqual([{ match, severity: 'high' }]);
  });

  it.each([
    ['EXAM: 2024-11-06 18:02'],
    ['EXAM: 14-MAR-2020 13:43'],
    ['STUDY: 20240603'],
    ['ID: 42'],
    ['ACC 0000000'],
    ['VIDEO 1234567'],
  ])('reports no record number in %j', (text) => {
    const found = analyze(text, image).findings.filter((f) => f.rule === 'phi.mrn' || f.rule === 'phi.id');
    expect(found).toEqual([]);
  });

  it('leaves the short labels alone in a post, where "ID" is anyone\'s', () => {
    expect(analyze('ID 30108196 and ACC 74357709 are the gym locker codes').findings).toEqual([]);
  });
});
