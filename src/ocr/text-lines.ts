/**
 * Where the text is: lines of glyph-like marks, found before anything is read, so tesseract is
 * given a few small crops instead of whole regions of anatomy (region-first OCR).
 *
 * A glyph is a small blob that stands out from its neighbourhood, brighter (an overlay's white
 * text, light grey type on bright tissue) or darker (a screenshot, a film shown as a negative) than
 * the local mean. Blobs of one height sitting side by side on one baseline are a line of text;
 * anatomy, noise and photo texture rarely line up like that. Each line keeps its own polarity, so
 * white-on-black and black-on-white text in one image are both found.
 *
 * Everything is linear in the pixels (running-sum box filters, one flood fill, a grid for
 * neighbours), so a 2000x2000 film costs tens of milliseconds.
 */
import type { Box, GrayImage, RgbaImage } from './types';

export interface TextLine {
  /** The line's box in image pixels (the union of its glyphs). */
  box: Box;
  /** Median glyph height, in pixels. */
  glyphPx: number;
  /** 'light': ink brighter than its surroundings (white overlay text); 'dark': the reverse. */
  polarity: 'light' | 'dark';
  /** How many glyph-like marks make it up (a run of touching letters counts once). */
  marks: number;
}

/**
 * Gray levels by which a glyph's pixel stands out from the local mean, and by which its 3x3
 * neighbourhood must too (half as much). The pixel test keeps one-pixel strokes of small light
 * type on bright tissue (~25 levels); the neighbourhood test drops sensor noise, whose odd bright
 * pixel has ordinary neighbours.
 */
export const MIN_CONTRAST = 14;
export const LOW_NOISE_CONTRAST = 8;
/** Glyph heights considered, in pixels: smaller is speckle, larger is anatomy or a logo. */
export const MIN_GLYPH_PX = 6;
export const MAX_GLYPH_PX = 160;
/** Neighbouring marks further apart than this many heights belong to different lines. */
export const MAX_GAP_HEIGHTS = 3;
/**
 * A line needs this many characters (a mark as wide as several letters counts as several), so a
 * pair of blobs in the anatomy is not a line; no identifier is shorter.
 */
export const MIN_CHARS = 3;
/** Width of one character, in glyph heights, for counting the letters in a run of touching ones. */
const CHAR_WIDTH = 0.75;
/** Taller than this, two marks are two blobs, never a blurred pair of words. */
const TWO_MARK_MAX_PX = 40;
/** Marks no taller than this are tiny type or speckle. */
const TINY_PX = 10;
/** Taller than this, a line needs five marks or more. */
const FEW_MARKS_MAX_PX = 48;

function maxHeight(m: Marks, members: readonly number[]): number {
  let h = 0;
  for (const i of members) h = Math.max(h, m.h[i]!);
  return h;
}

/**
 * Mean over a (2r+1)^2 window (edges repeat the border pixel), with running sums: O(pixels) for
 * any r, row by row so memory is read in order.
 */
export function boxMean(img: GrayImage, r: number): Uint8Array {
  const { width: w, height: h, data } = img;
  // Each row's horizontal window sums, kept for the 2r+1 rows the vertical window needs.
  const rows = new Uint32Array(w * h);
  for (let y = 0; y < h; y++) {
    const o = y * w;
    const first = data[o]!;
    const last = data[o + w - 1]!;
    let s = 0;
    for (let x = -r; x <= r; x++) s += x < 0 ? first : x >= w ? last : data[o + x]!;
    for (let x = 0; x < w; x++) {
      rows[o + x] = s;
      const add = x + r + 1;
      const drop = x - r;
      s += (add < w ? data[o + add]! : last) - (drop > 0 ? data[o + drop]! : first);
    }
  }
  const out = new Uint8Array(w * h);
  const column = new Uint32Array(w);
  const rowAt = (y: number) => (y < 0 ? 0 : y >= h ? h - 1 : y) * w;
  for (let y = -r; y <= r; y++) {
    const o = rowAt(y);
    for (let x = 0; x < w; x++) column[x] = column[x]! + rows[o + x]!;
  }
  const n = (2 * r + 1) * (2 * r + 1);
  const half = n >> 1;
  for (let y = 0; y < h; y++) {
    const o = y * w;
    for (let x = 0; x < w; x++) out[o + x] = ((column[x]! + half) / n) | 0;
    const add = rowAt(y + r + 1);
    const drop = rowAt(y - r);
    for (let x = 0; x < w; x++) column[x] = column[x]! + rows[add + x]! - rows[drop + x]!;
  }
  return out;
}

/** Window radius of the local mean: a few glyphs wide on any image size. */
export function backgroundRadius(width: number, height: number): number {
  return Math.max(10, Math.min(32, Math.round(Math.min(width, height) / 80)));
}

interface Marks {
  x: Int32Array;
  y: Int32Array;
  w: Int32Array;
  h: Int32Array;
  count: number;
}

/**
 * Glyph-like components of the pixels marked `value` in `mask` (4-connected). `labels` and
 * `stack` are scratch space the caller reuses between passes.
 */
function glyphMarks(mask: Uint8Array, width: number, height: number, value: number, labels: Uint8Array, stack: Int32Array, maxGlyph: number): Marks {
  const cap = 1 << 16;
  let xs = new Int32Array(cap), ys = new Int32Array(cap), ws = new Int32Array(cap), hs = new Int32Array(cap);
  let count = 0;
  labels.fill(0);
  for (let start = 0; start < mask.length; start++) {
    if (mask[start] !== value || labels[start]) continue;
    let top = 0;
    stack[top++] = start;
    labels[start] = 1;
    let minX = width, minY = height, maxX = 0, maxY = 0, area = 0;
    while (top > 0) {
      const p = stack[--top]!;
      const y = (p / width) | 0;
      const x = p - y * width;
      area++;
      if (x < minX) minX = x;
      if (x > maxX) maxX = x;
      if (y < minY) minY = y;
      if (y > maxY) maxY = y;
      if (x > 0 && mask[p - 1] === value && !labels[p - 1]) (labels[p - 1] = 1), (stack[top++] = p - 1);
      if (x < width - 1 && mask[p + 1] === value && !labels[p + 1]) (labels[p + 1] = 1), (stack[top++] = p + 1);
      if (y > 0 && mask[p - width] === value && !labels[p - width]) (labels[p - width] = 1), (stack[top++] = p - width);
      if (y < height - 1 && mask[p + width] === value && !labels[p + width]) (labels[p + width] = 1), (stack[top++] = p + width);
    }
    const w = maxX - minX + 1;
    const h = maxY - minY + 1;
    // Glyph-like: letter-sized, not a long bar or hairline, not a thin ring around something, and
    // not a solid blob (a solid mark is a thin one: I, l, 1).
    if (h < MIN_GLYPH_PX || h > maxGlyph || w > h * 12 || area < 12 || area < w * h * 0.1) continue;
    if (area > w * h * 0.88 && w > h * 0.4) continue;
    if (count === xs.length) {
      const grow = (a: Int32Array) => {
        const b = new Int32Array(a.length * 2);
        b.set(a);
        return b;
      };
      xs = grow(xs), ys = grow(ys), ws = grow(ws), hs = grow(hs);
    }
    xs[count] = minX, ys[count] = minY, ws[count] = w, hs[count] = h;
    count++;
  }
  return { x: xs, y: ys, w: ws, h: hs, count };
}

/**
 * One mark as a line: a word whose letters blur or serif into each other ("OKAFOR^GIULIA" in a
 * serif font, photographed). Long for its height, and striped like letters: across its middle,
 * ink and paper alternate about once per letter. A rib or a bar is one long run of ink.
 */
function wordOfTouchingLetters(m: Marks, i: number, mask: Uint8Array, value: number, width: number): boolean {
  const w = m.w[i]!, h = m.h[i]!;
  if (h > TWO_MARK_MAX_PX || w < h * 3.5) return false;
  let runs = 0;
  for (const row of [m.y[i]! + (h >> 1), m.y[i]! + ((h * 2) / 3) | 0]) {
    let inside = false;
    let count = 0;
    for (let x = m.x[i]!, o = row * width; x < m.x[i]! + w; x++) {
      const ink = mask[o + x] === value;
      if (ink && !inside) count++;
      inside = ink;
    }
    runs = Math.max(runs, count);
  }
  return runs >= (w / (CHAR_WIDTH * h)) * 0.8;
}

function median(values: number[]): number {
  return [...values].sort((a, b) => a - b)[values.length >> 1]!;
}

function find(parent: Int32Array, i: number): number {
  while (parent[i] !== i) {
    parent[i] = parent[parent[i]!]!;
    i = parent[i]!;
  }
  return i;
}

/**
 * Marks side by side on one baseline, joined into lines: each mark is linked to its nearest
 * neighbour to the right of a similar height that overlaps it vertically.
 */
function linkLines(m: Marks, mask: Uint8Array, value: number, width: number, height: number, polarity: TextLine['polarity']): TextLine[] {
  const n = m.count;
  if (n === 0) return [];
  // A grid of cells, each listing the marks whose left edge falls in it: neighbours are found by
  // looking at a few cells to the right, whatever the number of marks.
  const cell = 32;
  const cols = Math.ceil(width / cell);
  const rows = Math.ceil(height / cell);
  const heads = new Int32Array(cols * rows).fill(-1);
  const next = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    // Listed by its top-left corner; the search below covers every top a neighbour may have.
    const c = ((m.y[i]! / cell) | 0) * cols + ((m.x[i]! / cell) | 0);
    next[i] = heads[c]!;
    heads[c] = i;
  }
  const parent = new Int32Array(n);
  for (let i = 0; i < n; i++) parent[i] = i;
  for (let i = 0; i < n; i++) {
    const xi = m.x[i]!, yi = m.y[i]!, wi = m.w[i]!, hi = m.h[i]!;
    const right = xi + wi;
    // A neighbour may be up to 1/0.45 times taller, and its gap is judged by the taller one.
    const reach = right + MAX_GAP_HEIGHTS * hi * 2.2;
    let best = -1;
    let bestGap = Infinity;
    const c0 = Math.max(0, ((xi + wi * 0.5) / cell) | 0);
    const c1 = Math.min(cols - 1, (reach / cell) | 0);
    // A taller neighbour's top may be up to 2.2 heights above this one's and still overlap it.
    const r0 = Math.max(0, ((yi - hi * 2.3) / cell) | 0);
    const r1 = Math.min(rows - 1, ((yi + hi) / cell) | 0);
    for (let r = r0; r <= r1; r++) {
      for (let c = c0; c <= c1; c++) {
        for (let j = heads[r * cols + c]!; j !== -1; j = next[j]!) {
          if (j === i) continue;
          const xj = m.x[j]!, hj = m.h[j]!, yj = m.y[j]!;
          if (xj < xi + wi * 0.5) continue;
          const gap = xj - right;
          const tall = Math.max(hi, hj);
          if (gap > MAX_GAP_HEIGHTS * tall || gap < -0.3 * tall) continue;
          if (Math.min(hi, hj) < 0.45 * tall) continue;
          const overlap = Math.min(yi + hi, yj + hj) - Math.max(yi, yj);
          if (overlap < 0.5 * Math.min(hi, hj)) continue;
          if (gap < bestGap) (bestGap = gap), (best = j);
        }
      }
    }
    if (best >= 0) {
      const a = find(parent, i);
      const b = find(parent, best);
      if (a !== b) parent[a] = b;
    }
  }
  const groups = new Map<number, number[]>();
  for (let i = 0; i < n; i++) {
    const root = find(parent, i);
    const g = groups.get(root);
    if (g) g.push(i);
    else groups.set(root, [i]);
  }
  const lines: TextLine[] = [];
  for (const members of groups.values()) {
    let chars = 0;
    for (const i of members) chars += Math.max(1, Math.round(m.w[i]! / (CHAR_WIDTH * m.h[i]!)));
    // Two marks make a line only when they hold four letters or more between them ("DOE JOHN"
    // blurred into two runs), and only in small type (big letters do not blur together); a single
    // mark only when it is striped like a word. Large marks must be many: ribs and bowel gas are.
    if (chars < MIN_CHARS) continue;
    if (members.length === 1 && !wordOfTouchingLetters(m, members[0]!, mask, value, width)) continue;
    if (members.length === 2 && (chars < 4 || maxHeight(m, members) > TWO_MARK_MAX_PX)) continue;
    if (members.length < 5 && maxHeight(m, members) > FEW_MARKS_MAX_PX) continue;
    // Speckle (ultrasound, film grain) lines up in short runs of tiny round marks; tiny type is
    // read only where it holds five letters or more (no identifier is shorter), counted by width
    // so that blurred type, whose letters run together, still counts.
    if (chars < 5 && maxHeight(m, members) < TINY_PX) continue;
    let x0 = width, y0 = height, x1 = 0, y1 = 0;
    const heights: number[] = [];
    const bottoms: number[] = [];
    const tops: number[] = [];
    for (const i of members) {
      x0 = Math.min(x0, m.x[i]!);
      y0 = Math.min(y0, m.y[i]!);
      x1 = Math.max(x1, m.x[i]! + m.w[i]!);
      y1 = Math.max(y1, m.y[i]! + m.h[i]!);
      heights.push(m.h[i]!);
      bottoms.push(m.y[i]! + m.h[i]!);
      tops.push(m.y[i]!);
    }
    const glyphPx = median(heights);
    // One baseline and one top line: most marks end within a quarter height of the median bottom
    // (descenders aside) and start within a quarter height of the median top (ascenders aside),
    // and most are about the median height. Speckle that happens to chain up fails all three.
    const near = (values: number[], at: number) => values.filter((v) => Math.abs(v - at) <= Math.max(2, glyphPx * 0.25)).length;
    const most = Math.max(2, members.length * 0.5);
    if (near(bottoms, median(bottoms)) < most || near(tops, median(tops)) < most || near(heights, glyphPx) < most) continue;
    // A chain that drifts up or down across the image is texture, not a line.
    if (y1 - y0 > glyphPx * 2.2) continue;
    lines.push({ box: { x: x0, y: y0, w: x1 - x0, h: y1 - y0 }, glyphPx, polarity, marks: members.length });
  }
  return lines;
}

function overlapShare(a: Box, b: Box): number {
  const w = Math.min(a.x + a.w, b.x + b.w) - Math.max(a.x, b.x);
  const h = Math.min(a.y + a.h, b.y + b.h) - Math.max(a.y, b.y);
  if (w <= 0 || h <= 0) return 0;
  return (w * h) / Math.min(a.w * a.h, b.w * b.h);
}

/**
 * How far ink must stand out: three times the image's noise (estimated from how far pixels stray
 * from their 3x3 mean), within [LOW_NOISE_CONTRAST, MIN_CONTRAST]. A clean film shows faint light
 * grey type on bright tissue (~20 levels) clearly; a noisy photo of a screen needs the full margin
 * to keep its grain from looking like letters.
 */
export function contrastFor(gray: GrayImage, smooth: Uint8Array): number {
  const hist = new Uint32Array(256);
  let n = 0;
  for (let i = 0; i < gray.data.length; i += 7) {
    hist[Math.abs(gray.data[i]! - smooth[i]!)]!++;
    n++;
  }
  let seen = 0;
  let mad = 0;
  for (; mad < 255; mad++) {
    seen += hist[mad]!;
    if (seen * 2 >= n) break;
  }
  // Pixel minus its own 3x3 mean has 8/9 of the noise's spread; MAD x 1.48 is its deviation.
  const sigma = (mad * 1.4826 * 9) / 8;
  return Math.max(LOW_NOISE_CONTRAST, Math.min(MIN_CONTRAST, Math.round(3 * sigma)));
}

/**
 * The lines of text in an image, top to bottom. Where a light and a dark line cover the same
 * place (the counters of white letters look like dark marks), the one with more marks wins.
 */
export function findTextLines(gray: GrayImage, options: { minContrast?: number } = {}): TextLine[] {
  const { width, height } = gray;
  const smooth = boxMean(gray, 1);
  const minContrast = options.minContrast ?? contrastFor(gray, smooth);
  const background = boxMean(gray, backgroundRadius(width, height));
  const mask = new Uint8Array(width * height);
  const near = Math.ceil(minContrast / 2);
  const data = gray.data;
  for (let i = 0; i < mask.length; i++) {
    const b = background[i]!;
    const d = data[i]! - b;
    const n = smooth[i]! - b;
    mask[i] = d >= minContrast && n >= near ? 1 : d <= -minContrast && n <= -near ? 2 : 0;
  }
  const labels = new Uint8Array(width * height);
  const stack = new Int32Array(width * height);
  const maxGlyph = Math.min(MAX_GLYPH_PX, Math.max(MIN_GLYPH_PX * 2, Math.round(Math.min(width, height) / 3)));
  const candidates = [
    ...linkLines(glyphMarks(mask, width, height, 1, labels, stack, maxGlyph), mask, 1, width, height, 'light'),
    ...linkLines(glyphMarks(mask, width, height, 2, labels, stack, maxGlyph), mask, 2, width, height, 'dark'),
  ].sort((a, b) => b.marks - a.marks || b.box.w - a.box.w);
  const kept: TextLine[] = [];
  for (const line of candidates) if (!kept.some((k) => k.polarity !== line.polarity && overlapShare(k.box, line.box) > 0.5)) kept.push(line);
  return kept.sort((a, b) => a.box.y - b.box.y || a.box.x - b.box.x);
}

/** A line and the single-channel image it was found in (and is to be read from). */
export interface FoundLine {
  image: GrayImage;
  line: TextLine;
}

/** Share of strongly coloured pixels from which an image is read in a second channel too. */
const COLOURFUL_SHARE = 0.15;
const COLOUR_SPREAD = 40;

/**
 * Every line of text: those in the luminance, and in a colourful image (a PET or "hot" colour map,
 * a coloured viewer) also those only its palest channel shows: light grey type on a yellow map
 * has almost the luminance of the map, but not its blue.
 */
export function findAllTextLines(rgba: RgbaImage, gray: GrayImage): FoundLine[] {
  const found = findTextLines(gray).map((line) => ({ image: gray, line }));
  if (!colourful(rgba)) return found;
  const palest = minChannel(rgba);
  for (const line of findTextLines(palest)) {
    if (!found.some((f) => overlapShare(f.line.box, line.box) > 0.5)) found.push({ image: palest, line });
  }
  return found.sort((a, b) => a.line.box.y - b.line.box.y || a.line.box.x - b.line.box.x);
}

function colourful({ width, height, data }: RgbaImage): boolean {
  const step = Math.max(1, Math.floor(Math.sqrt((width * height) / 40_000)));
  let n = 0;
  let coloured = 0;
  for (let y = 0; y < height; y += step) {
    for (let x = 0; x < width; x += step) {
      const i = (y * width + x) * 4;
      n++;
      if (Math.max(data[i]!, data[i + 1]!, data[i + 2]!) - Math.min(data[i]!, data[i + 1]!, data[i + 2]!) >= COLOUR_SPREAD) coloured++;
    }
  }
  return coloured >= n * COLOURFUL_SHARE;
}

function minChannel({ width, height, data }: RgbaImage): GrayImage {
  const out = new Uint8Array(width * height);
  for (let i = 0, j = 0; i < out.length; i++, j += 4) out[i] = Math.min(data[j]!, data[j + 1]!, data[j + 2]!);
  return { width, height, data: out };
}
