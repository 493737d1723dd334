// Draws build/icon.png (512×512): a Slotboard "planning board", booking bars on slot tracks.
// Plain Node, no dependencies: shapes are rendered with 4×4 supersampling and written as a PNG.
// Run with `node build/make-icon.js` after changing the design; the PNG is committed.
import { Buffer } from 'node:buffer';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { deflateSync } from 'node:zlib';

const SIZE = 512;
const SAMPLES = 4;

/** Signed distance to a rounded rectangle (negative inside). */
function roundedRect(x0, y0, x1, y1, radius) {
  const cx = (x0 + x1) / 2;
  const cy = (y0 + y1) / 2;
  const hw = (x1 - x0) / 2 - radius;
  const hh = (y1 - y0) / 2 - radius;
  return (x, y) => {
    const dx = Math.abs(x - cx) - hw;
    const dy = Math.abs(y - cy) - hh;
    const outside = Math.hypot(Math.max(dx, 0), Math.max(dy, 0));
    return outside + Math.min(Math.max(dx, dy), 0) - radius;
  };
}

const mix = (a, b, t) => a.map((v, i) => v + (b[i] - v) * t);
const hex = (h) => [1, 3, 5].map((i) => parseInt(h.slice(i, i + 2), 16));

const TOP = hex('#4f46e5');
const BOTTOM = hex('#2e2a7a');
const WHITE = [255, 255, 255];
const AMBER = hex('#fbbf24');

// Layers, back to front: [shape, colour(x, y), opacity].
const tile = roundedRect(40, 40, 472, 472, 100);
const layers = [[tile, (_x, y) => mix(TOP, BOTTOM, (y - 40) / 432), 1]];
const rows = [140, 204, 268, 332];
for (const y of rows) layers.push([roundedRect(120, y, 392, y + 40, 20), () => WHITE, 0.14]);
const bar = (x0, x1, row, colour, opacity) =>
  layers.push([roundedRect(x0, rows[row], x1, rows[row] + 40, 20), () => colour, opacity]);
bar(120, 300, 0, WHITE, 1);
bar(200, 392, 1, AMBER, 1);
bar(120, 248, 2, WHITE, 1);
bar(280, 392, 2, WHITE, 0.7);
bar(168, 340, 3, WHITE, 1);

const pixels = Buffer.alloc(SIZE * SIZE * 4);
for (let py = 0; py < SIZE; py++) {
  for (let px = 0; px < SIZE; px++) {
    let r = 0;
    let g = 0;
    let b = 0;
    let a = 0;
    for (let sy = 0; sy < SAMPLES; sy++) {
      for (let sx = 0; sx < SAMPLES; sx++) {
        const x = px + (sx + 0.5) / SAMPLES;
        const y = py + (sy + 0.5) / SAMPLES;
        let colour = [0, 0, 0];
        let alpha = 0;
        for (const [shape, paint, opacity] of layers) {
          if (shape(x, y) > 0 || tile(x, y) > 0) continue;
          colour = mix(colour, paint(x, y), opacity);
          alpha = alpha + (1 - alpha) * opacity;
        }
        r += colour[0] * alpha;
        g += colour[1] * alpha;
        b += colour[2] * alpha;
        a += alpha;
      }
    }
    const n = SAMPLES * SAMPLES;
    const offset = (py * SIZE + px) * 4;
    // Straight (not premultiplied) alpha, as PNG wants.
    pixels[offset] = a ? Math.round(r / a) : 0;
    pixels[offset + 1] = a ? Math.round(g / a) : 0;
    pixels[offset + 2] = a ? Math.round(b / a) : 0;
    pixels[offset + 3] = Math.round((a / n) * 255);
  }
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(bytes) {
  let c = 0xffffffff;
  for (const byte of bytes) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

const header = Buffer.alloc(13);
header.writeUInt32BE(SIZE, 0);
header.writeUInt32BE(SIZE, 4);
header.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA, no interlace
const raw = Buffer.alloc(SIZE * (SIZE * 4 + 1));
for (let y = 0; y < SIZE; y++) pixels.copy(raw, y * (SIZE * 4 + 1) + 1, y * SIZE * 4, (y + 1) * SIZE * 4);
const png = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  chunk('IHDR', header),
  chunk('IDAT', deflateSync(raw, { level: 9 })),
  chunk('IEND', Buffer.alloc(0)),
]);
writeFileSync(join(import.meta.dirname, 'icon.png'), png);
