/**
 * Turns one image into the regions tesseract reads. Burned-in overlays live along the edges and in
 * the corners of a radiograph, small, usually white on black; full-image OCR at one polarity and
 * one threshold misses most of them. So: edge strips plus the inner image, each with its own
 * polarity, glyph-size-driven upscaling, Sauvola binarisation and a white margin.
 */
import { estimateGlyphHeight, keepGlyphLike, sauvola } from './binarize';
import { crop, invert, median, pad, resize } from './image';
import type { Box, GrayImage } from './types';

/** Depth of the edge strips, as a fraction of the image side. Overlay blocks of up to five
 * lines fit in the top and bottom 20% of real viewer layouts. */
export const STRIP_DEPTH = 0.2;
/** The inner region starts a little inside the strips, so a word cut by one boundary is whole in
 * the other; duplicates are removed after reading. */
export const INNER_INSET = 0.17;
/** Glyph height (px) below which tesseract's layout analysis starts to miss text... */
export const MIN_GLYPH_PX = 15;
/** ...and the height such text is upscaled to (bigger costs time and gains nothing). */
export const TARGET_GLYPH_PX = 24;
export const MAX_UPSCALE = 3;
/** Inner region's longest side after downscaling: its text (markers, annotations) is large. */
export const INNER_MAX_SIDE = 1600;
export const PAD_PX = 12;
/**
 * A region whose text-like ink covers less than this share of it is cut down to that ink (plus
 * INK_MARGIN_PX) before reading: tesseract's cost follows the pixels it is given, and the side
 * strips of a radiograph are mostly erased anatomy (2000x2000 bench: a side strip read in ~30 ms
 * instead of ~150-280 ms; 3x-upscaled strips of small-text images in ~100 ms instead of ~1 s).
 * Text-dense strips stay whole, so what tesseract reads there is unchanged.
 */
export const SPARSE_INK_SHARE = 0.5;
export const INK_MARGIN_PX = 12;
/** Median luminance below which a region is read as light text on a dark field, and inverted. */
export const DARK_MEDIAN = 110;
/** Gray levels by which ink must stand out locally (see sauvola's minContrast). */
export const MIN_INK_CONTRAST = 35;

export interface RegionPlan {
  name: 'top' | 'bottom' | 'left' | 'right' | 'inner' | 'whole';
  box: Box;
}

export interface PreparedRegion extends RegionPlan {
  /**
   * Binarised, dark text on white, padded: what tesseract reads. `box` is the part of the image
   * it shows: the plan's box, or less when the region was cut down to its ink.
   */
  image: GrayImage;
  /** No text-like ink at all: nothing to read (tesseract would find no words in white paper). */
  blank: boolean;
  /** prepared pixel = (original pixel - box origin) * scale + PAD_PX. */
  scale: number;
  inverted: boolean;
}

/**
 * Edge strips (top and bottom span the full width; left and right fill the height between them)
 * and the inner image. An image too small to have separate overlay strips is read whole.
 */
export function planRegions(width: number, height: number): RegionPlan[] {
  if (Math.min(width, height) < 240) return [{ name: 'whole', box: { x: 0, y: 0, w: width, h: height } }];
  const dy = Math.round(height * STRIP_DEPTH);
  const dx = Math.round(width * STRIP_DEPTH);
  const ix = Math.round(width * INNER_INSET);
  const iy = Math.round(height * INNER_INSET);
  return [
    { name: 'top', box: { x: 0, y: 0, w: width, h: dy } },
    { name: 'bottom', box: { x: 0, y: height - dy, w: width, h: dy } },
    { name: 'left', box: { x: 0, y: dy, w: dx, h: height - 2 * dy } },
    { name: 'right', box: { x: width - dx, y: dy, w: dx, h: height - 2 * dy } },
    { name: 'inner', box: { x: ix, y: iy, w: width - 2 * ix, h: height - 2 * iy } },
  ];
}

/** Sauvola window for a glyph height: about two glyphs, odd, within sane bounds. */
export function windowFor(glyphPx: number | undefined): number {
  const w = Math.round(Math.min(81, Math.max(15, (glyphPx ?? 20) * 1.6)));
  return w | 1;
}

/** How much to enlarge a region so its glyphs reach TARGET_GLYPH_PX (1 when big enough). */
export function upscaleFor(glyphPx: number | undefined): number {
  if (glyphPx === undefined || glyphPx >= MIN_GLYPH_PX) return 1;
  return Math.min(MAX_UPSCALE, TARGET_GLYPH_PX / glyphPx);
}

export function prepareRegion(gray: GrayImage, plan: RegionPlan): PreparedRegion {
  let region = crop(gray, plan.box);
  // Per-region polarity: the overlay strips of a radiograph are dark even when the inner image
  // (or an inverted display) is light.
  const inverted = median(region) < DARK_MEDIAN;
  if (inverted) region = invert(region);
  let scale = 1;
  if (plan.name === 'inner' && Math.max(region.width, region.height) > INNER_MAX_SIDE) {
    scale = INNER_MAX_SIDE / Math.max(region.width, region.height);
    region = resize(region, scale);
  }
  let pass = keepGlyphLike(sauvola(region, { window: windowFor(undefined), minContrast: MIN_INK_CONTRAST }));
  const glyph = estimateGlyphHeight(pass.glyphs);
  // The inner region is never enlarged: its text (markers, annotations) is big, and enlarging
  // the whole anatomy costs seconds of layout analysis for nothing.
  const up = scale === 1 && plan.name !== 'inner' ? upscaleFor(glyph) : 1;
  // Where `region` starts inside the plan's box, in the plan box's pixels.
  let origin = { x: 0, y: 0 };
  if (up > 1) {
    // A mostly empty strip (a side strip whose "glyphs" are a few specks of anatomy) is cut to
    // its ink before it is enlarged: enlarging and re-binarising all of it cost ~0.5 s per side
    // strip of a 2000x2000 image for nothing. The margin leaves room for the final margin and
    // for the Sauvola window around the ink.
    const window = windowFor(glyph! * up);
    const first = inkBounds(pass.glyphs, region.width, region.height, Math.ceil((INK_MARGIN_PX + window) / up));
    if (first && first.w * first.h < SPARSE_INK_SHARE * region.width * region.height) {
      region = crop(region, first);
      origin = { x: first.x, y: first.y };
    }
    region = resize(region, up);
    scale *= up;
    pass = keepGlyphLike(sauvola(region, { window, minContrast: MIN_INK_CONTRAST }));
  }
  const whole = origin.x === 0 && origin.y === 0 ? plan.box : { x: plan.box.x + origin.x, y: plan.box.y + origin.y, w: region.width / scale, h: region.height / scale };
  const ink = inkBounds(pass.glyphs, pass.image.width, pass.image.height);
  if (!ink) return { ...plan, box: whole, image: pad(pass.image, PAD_PX), scale, inverted, blank: true };
  if (ink.w * ink.h >= SPARSE_INK_SHARE * pass.image.width * pass.image.height) return { ...plan, box: whole, image: pad(pass.image, PAD_PX), scale, inverted, blank: false };
  const box = { x: whole.x + ink.x / scale, y: whole.y + ink.y / scale, w: ink.w / scale, h: ink.h / scale };
  return { ...plan, box, image: pad(crop(pass.image, ink), PAD_PX), scale, inverted, blank: false };
}

/** The box around the kept glyphs plus a margin, clipped to the region; undefined if none. */
export function inkBounds(glyphs: readonly Box[], width: number, height: number, margin = INK_MARGIN_PX): Box | undefined {
  if (!glyphs.length) return undefined;
  let x0 = width, y0 = height, x1 = 0, y1 = 0;
  for (const g of glyphs) {
    x0 = Math.min(x0, g.x);
    y0 = Math.min(y0, g.y);
    x1 = Math.max(x1, g.x + g.w);
    y1 = Math.max(y1, g.y + g.h);
  }
  x0 = Math.max(0, x0 - margin);
  y0 = Math.max(0, y0 - margin);
  x1 = Math.min(width, x1 + margin);
  y1 = Math.min(height, y1 + margin);
  return { x: x0, y: y0, w: x1 - x0, h: y1 - y0 };
}

export function prepareRegions(gray: GrayImage): PreparedRegion[] {
  return planRegions(gray.width, gray.height).map((plan) => prepareRegion(gray, plan));
}

/** A box in a prepared region's pixels -> the original image's pixels. */
export function toImageBox(region: Pick<PreparedRegion, 'box' | 'scale'>, box: Box): Box {
  return {
    x: region.box.x + (box.x - PAD_PX) / region.scale,
    y: region.box.y + (box.y - PAD_PX) / region.scale,
    w: box.w / region.scale,
    h: box.h / region.scale,
  };
}
