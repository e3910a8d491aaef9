#!/usr/bin/env node
/**
 * Writes the add-in's icons (assets/icon-16/32/64/80.png): a staircase of three white bars on a
 * rounded square in the brand colour — "trappan", the staircase of Finsam's equity guideline.
 * Plain Node (zlib only) so that anyone can regenerate them without an image tool:
 *   node scripts/make-icons.js
 * The PNGs are committed; the build only copies them.
 */
"use strict";
const fs = require("fs");
const path = require("path");
const zlib = require("zlib");

const BRAND = [0x0b, 0x5f, 0x6b]; // deep teal
const WHITE = [0xff, 0xff, 0xff];
const SIZES = [16, 32, 64, 80];

/** CRC-32 as PNG wants it (ISO 3309), table-driven. */
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
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

/** RGBA pixels (size × size × 4) to a PNG file. */
function encodePng(size, rgba) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // colour type RGBA
  // compression, filter and interlace stay 0
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0; // filter: none
    rgba.copy(raw, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", zlib.deflateSync(raw, { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

/** Coverage (0..1) of pixel (x, y) by the shape, 4×4 supersampled so that small sizes stay smooth. */
function coverage(size, x, y, inside) {
  let hits = 0;
  for (let sy = 0; sy < 4; sy++) {
    for (let sx = 0; sx < 4; sx++) {
      if (inside((x + (sx + 0.5) / 4) / size, (y + (sy + 0.5) / 4) / size)) hits++;
    }
  }
  return hits / 16;
}

/** Rounded square, corner radius r, in unit coordinates. */
function inRoundedSquare(u, v, r = 0.18) {
  const cx = Math.min(Math.max(u, r), 1 - r);
  const cy = Math.min(Math.max(v, r), 1 - r);
  return (u - cx) ** 2 + (v - cy) ** 2 <= r * r;
}

/** Three ascending bars: the staircase. */
function inStairs(u, v) {
  const bars = [
    { x0: 0.2, x1: 0.36, top: 0.58 },
    { x0: 0.42, x1: 0.58, top: 0.42 },
    { x0: 0.64, x1: 0.8, top: 0.24 },
  ];
  return bars.some((b) => u >= b.x0 && u < b.x1 && v >= b.top && v < 0.8);
}

function drawIcon(size) {
  const rgba = Buffer.alloc(size * size * 4);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const square = coverage(size, x, y, (u, v) => inRoundedSquare(u, v));
      const bar = coverage(size, x, y, inStairs);
      const i = (y * size + x) * 4;
      for (let c = 0; c < 3; c++) rgba[i + c] = Math.round(BRAND[c] * (1 - bar) + WHITE[c] * bar);
      rgba[i + 3] = Math.round(255 * square);
    }
  }
  return encodePng(size, rgba);
}

const outDir = path.join(__dirname, "..", "assets");
fs.mkdirSync(outDir, { recursive: true });
for (const size of SIZES) {
  const file = path.join(outDir, `icon-${size}.png`);
  fs.writeFileSync(file, drawIcon(size));
  console.log(`skrev ${path.relative(process.cwd(), file)}`);
}
