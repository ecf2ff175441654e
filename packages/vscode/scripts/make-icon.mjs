// Draws images/icon.png (128x128): an orange rounded square, Alibaba Cloud's colour, with three white
// bars for the lines of a template. Plain Node (zlib), no image library; shapes are anti-aliased by
// 4x4 supersampling. Run once with `node scripts/make-icon.mjs`; the PNG is checked in.
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateSync } from 'node:zlib';

const SIZE = 128;
const SAMPLES = 4;

/** Inside a rectangle with rounded corners of radius r. */
function inRoundedRect(x, y, left, top, width, height, r) {
  const cx = Math.min(Math.max(x, left + r), left + width - r);
  const cy = Math.min(Math.max(y, top + r), top + height - r);
  return (x - cx) ** 2 + (y - cy) ** 2 <= r * r && x >= left && x <= left + width && y >= top && y <= top + height;
}

const BARS = [
  { left: 26, top: 34, width: 76, height: 14 },
  { left: 26, top: 57, width: 58, height: 14 },
  { left: 26, top: 80, width: 40, height: 14 },
];

function pixel(px, py) {
  let background = 0;
  let bar = 0;
  for (let sy = 0; sy < SAMPLES; sy++) {
    for (let sx = 0; sx < SAMPLES; sx++) {
      const x = px + (sx + 0.5) / SAMPLES;
      const y = py + (sy + 0.5) / SAMPLES;
      if (!inRoundedRect(x, y, 4, 4, 120, 120, 26)) continue;
      background++;
      if (BARS.some((b) => inRoundedRect(x, y, b.left, b.top, b.width, b.height, b.height / 2))) bar++;
    }
  }
  const total = SAMPLES * SAMPLES;
  // Vertical gradient from a lighter to a deeper orange.
  const t = py / (SIZE - 1);
  const orange = [255, Math.round(138 - 44 * t), Math.round(61 - 61 * t)];
  const white = bar / Math.max(background, 1);
  const rgb = orange.map((c) => Math.round(c * (1 - white) + 255 * white));
  return [...rgb, Math.round((255 * background) / total)];
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(buffer) {
  let c = 0xffffffff;
  for (const byte of buffer) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
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

const rows = [];
for (let y = 0; y < SIZE; y++) {
  rows.push(Buffer.from([0])); // filter: none
  const row = Buffer.alloc(SIZE * 4);
  for (let x = 0; x < SIZE; x++) row.set(pixel(x, y), x * 4);
  rows.push(row);
}
const header = Buffer.alloc(13);
header.writeUInt32BE(SIZE, 0);
header.writeUInt32BE(SIZE, 4);
header.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA, no interlace
const png = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  chunk('IHDR', header),
  chunk('IDAT', deflateSync(Buffer.concat(rows), { level: 9 })),
  chunk('IEND', Buffer.alloc(0)),
]);
const out = join(dirname(fileURLToPath(import.meta.url)), '..', 'images', 'icon.png');
writeFileSync(out, png);
console.log(`wrote ${out} (${png.length} bytes)`);
