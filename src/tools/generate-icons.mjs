// Draws the toolbar icons (public/icon/{16,32,48,128}.png): a calm teal rounded square with a
// white check mark. Run once with `node src/tools/generate-icons.mjs` and commit the PNGs; kept so
// the icons can be regenerated without an image editor. No dependencies beyond node:zlib.
import { mkdirSync, writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const SIZES = [16, 32, 48, 128];
const TEAL = [0x0f, 0x76, 0x6e]; // teal-700: readable against light and dark toolbars
const WHITE = [0xff, 0xff, 0xff];
// 4x4 supersampling per pixel gives smooth edges without a rasteriser.
const SUBSAMPLES = 4;

/** Coverage of the rounded square at (x, y) in unit coordinates [0, 1]. */
function insideRoundedSquare(x, y) {
  const r = 0.22;
  const cx = Math.min(Math.max(x, r), 1 - r);
  const cy = Math.min(Math.max(y, r), 1 - r);
  return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
}

function distanceToSegment(px, py, [ax, ay], [bx, by]) {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

/** The check mark: two strokes; thicker at small sizes so it survives 16 px. */
function insideCheck(x, y, size) {
  const half = size <= 16 ? 0.09 : 0.075;
  const a = [0.27, 0.53];
  const b = [0.44, 0.7];
  const c = [0.75, 0.33];
  return distanceToSegment(x, y, a, b) <= half || distanceToSegment(x, y, b, c) <= half;
}

function drawIcon(size) {
  const rgba = Buffer.alloc(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let square = 0;
      let check = 0;
      for (let sy = 0; sy < SUBSAMPLES; sy++) {
        for (let sx = 0; sx < SUBSAMPLES; sx++) {
          const x = (px + (sx + 0.5) / SUBSAMPLES) / size;
          const y = (py + (sy + 0.5) / SUBSAMPLES) / size;
          if (!insideRoundedSquare(x, y)) continue;
          square++;
          if (insideCheck(x, y, size)) check++;
        }
      }
      const n = SUBSAMPLES * SUBSAMPLES;
      const mix = square ? check / square : 0;
      const i = (py * size + px) * 4;
      for (let ch = 0; ch < 3; ch++) rgba[i + ch] = Math.round(TEAL[ch] * (1 - mix) + WHITE[ch] * mix);
      rgba[i + 3] = Math.round((255 * square) / n);
    }
  }
  return encodePng(size, size, rgba);
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(buf) {
  let c = 0xffffffff;
  for (const byte of buf) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

function encodePng(width, height, rgba) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // colour type RGBA
  const rows = Buffer.alloc((width * 4 + 1) * height);
  for (let y = 0; y < height; y++) {
    rows[y * (width * 4 + 1)] = 0; // filter: none
    rgba.copy(rows, y * (width * 4 + 1) + 1, y * width * 4, (y + 1) * width * 4);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const outDir = new URL('../../public/icon/', import.meta.url);
mkdirSync(outDir, { recursive: true });
for (const size of SIZES) {
  const png = drawIcon(size);
  writeFileSync(new URL(`${size}.png`, outDir), png);
  console.log(`public/icon/${size}.png ${png.length} bytes`);
}
