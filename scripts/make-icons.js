#!/usr/bin/env node
/**
 * Génère les icônes PNG du complément (assets/icon-<taille>.png) sans dépendance :
 * un carré bleu aux coins arrondis portant un petit histogramme (trois barres claires).
 *
 * Only Node built-ins (zlib + hand-written PNG chunks). The output is deterministic:
 * running it again rewrites byte-identical files.
 *
 *   node scripts/make-icons.js            # writes assets/icon-{16,32,64,80,128}.png
 *   node scripts/make-icons.js OUT_DIR    # writes them elsewhere
 */
'use strict';

const fs = require('node:fs');
const path = require('node:path');
const zlib = require('node:zlib');

const SIZES = [16, 32, 64, 80, 128];

const BACKGROUND = [0x0f, 0x6c, 0xbd]; // bleu (Fluent brand)
const BAR = [0xde, 0xec, 0xf9]; // barres claires
const BASELINE = [0xff, 0xff, 0xff];

// --- PNG encoding -----------------------------------------------------------

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

function crc32(buf) {
  let c = 0xffffffff;
  for (const byte of buf) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length, 0);
  const typeAndData = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typeAndData), 0);
  return Buffer.concat([length, typeAndData, crc]);
}

/** rgba: Uint8Array of width*height*4 bytes. */
function encodePng(width, height, rgba) {
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // colour type: RGBA
  ihdr[10] = 0; // compression
  ihdr[11] = 0; // filter
  ihdr[12] = 0; // interlace
  const stride = width * 4;
  const raw = Buffer.alloc((stride + 1) * height);
  for (let y = 0; y < height; y++) {
    raw[y * (stride + 1)] = 0; // filter type: none
    Buffer.from(rgba.buffer, rgba.byteOffset + y * stride, stride).copy(raw, y * (stride + 1) + 1);
  }
  const idat = zlib.deflateSync(raw, { level: 9 });
  return Buffer.concat([
    signature,
    chunk('IHDR', ihdr),
    chunk('IDAT', idat),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

// --- Drawing ------------------------------------------------------------------

/** Returns the RGBA pixels of one icon of size×size. */
function drawIcon(size) {
  const px = new Uint8Array(size * size * 4);
  const set = (x, y, [r, g, b], a = 255) => {
    const i = (y * size + x) * 4;
    px[i] = r;
    px[i + 1] = g;
    px[i + 2] = b;
    px[i + 3] = a;
  };

  // Rounded square background (transparent corners), radius ~ 1/8 of the size.
  const radius = Math.max(2, Math.round(size / 8));
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const cx = x < radius ? radius - 0.5 : x >= size - radius ? size - radius - 0.5 : x;
      const cy = y < radius ? radius - 0.5 : y >= size - radius ? size - radius - 0.5 : y;
      const inside = (x - cx) ** 2 + (y - cy) ** 2 <= radius ** 2;
      if (inside) set(x, y, BACKGROUND);
    }
  }

  // Bar chart: three bars of increasing height standing on a baseline.
  const margin = Math.round(size * 0.2);
  const inner = size - 2 * margin;
  const gap = Math.max(1, Math.round(inner / 10));
  const barWidth = Math.max(2, Math.floor((inner - 2 * gap) / 3));
  const chartWidth = 3 * barWidth + 2 * gap;
  const left = Math.floor((size - chartWidth) / 2);
  const baseThickness = Math.max(1, Math.round(size / 32));
  const bottom = size - margin; // first row below the bars' baseline
  const heights = [0.45, 0.7, 1].map((f) => Math.max(2, Math.round(inner * f) - baseThickness));
  heights.forEach((h, i) => {
    const x0 = left + i * (barWidth + gap);
    for (let y = bottom - baseThickness - h; y < bottom - baseThickness; y++) {
      for (let x = x0; x < x0 + barWidth; x++) set(x, y, BAR);
    }
  });
  for (let y = bottom - baseThickness; y < bottom; y++) {
    for (let x = left - gap; x < left + chartWidth + gap; x++) set(x, y, BASELINE);
  }
  return px;
}

function makeIcons(outDir) {
  fs.mkdirSync(outDir, { recursive: true });
  return SIZES.map((size) => {
    const file = path.join(outDir, `icon-${size}.png`);
    fs.writeFileSync(file, encodePng(size, size, drawIcon(size)));
    return file;
  });
}

module.exports = { SIZES, encodePng, drawIcon, makeIcons };

if (require.main === module) {
  const outDir = path.resolve(process.argv[2] ?? path.join(__dirname, '..', 'assets'));
  for (const file of makeIcons(outDir)) {
    console.log(`écrit ${path.relative(process.cwd(), file)}`);
  }
}
