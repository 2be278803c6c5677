import { describe, expect, it } from 'vitest';
import { clipBox, crop, invert, median, pad, resize, rgbaToGray, toPgm } from '../../../src/ocr/image';
import { gray, rgba } from './synthetic';

describe('image operations', () => {
  it('converts RGBA to luma with Rec. 601 weights', () => {
    const g = rgbaToGray(rgba(3, 1, (x) => [[255, 0, 0], [0, 255, 0], [255, 255, 255]][x] as [number, number, number]));
    expect([...g.data]).toEqual([76, 149, 255]);
  });

  it('crops, clipping the box to the image', () => {
    const img = gray(4, 4, (x, y) => y * 4 + x);
    expect(clipBox({ x: -2, y: 2, w: 10, h: 10 }, 4, 4)).toEqual({ x: 0, y: 2, w: 4, h: 2 });
    expect([...crop(img, { x: 1, y: 1, w: 2, h: 2 }).data]).toEqual([5, 6, 9, 10]);
  });

  it('pads with white and inverts', () => {
    const padded = pad(gray(1, 1, () => 0), 2);
    expect(padded.width).toBe(5);
    expect(padded.data[2 * 5 + 2]).toBe(0);
    expect(padded.data[0]).toBe(255);
    expect([...invert(gray(2, 1, (x) => x * 200)).data]).toEqual([255, 55]);
  });

  it('upscales bilinearly and downscales by area average', () => {
    const img = gray(2, 1, (x) => x * 100);
    const up = resize(img, 2);
    expect(up.width).toBe(4);
    expect(up.data[0]).toBe(0);
    expect(up.data[3]).toBe(100);
    expect(up.data[1]! > 0 && up.data[1]! < 100).toBe(true);
    expect([...resize(gray(4, 2, (x) => (x < 2 ? 0 : 200)), 0.5).data]).toEqual([0, 200]);
  });

  it('finds the median and writes binary PGM', () => {
    expect(median(gray(5, 1, (x) => [9, 1, 5, 3, 7][x]!))).toBe(5);
    const pgm = toPgm(gray(2, 1, () => 7));
    expect(new TextDecoder().decode(pgm.subarray(0, 11))).toBe('P5\n2 1\n255\n');
    expect([...pgm.subarray(11)]).toEqual([7, 7]);
  });
});
