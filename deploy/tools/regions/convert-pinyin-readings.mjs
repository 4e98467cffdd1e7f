// convert-pinyin-readings.mjs — ONE-TIME conversion: the toneless pinyin readings of the characters a pinyin input
// method offers first (GB/T 2312) and of every character of the region names in divisions.tsv, so that ask() can
// read a word or place name typed with one homophone slip (才料 for 材料, 杭洲 for 杭州).
// Output: src/main/resources/regions/pinyin-readings.tsv.
//
//   cd deploy/tools/regions && npm ci && node convert-pinyin-readings.mjs ../../../src/main/resources/regions
//
// Readings: npm `pinyin-pro` (pinned in package.json), every reading of a character, without tones, ü as v.
// GB/T 2312's 6,763 characters are enumerated by decoding its code points with the runtime's GB 18030 decoder.
// Re-run only when divisions.tsv or the pinned package changes.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pinyin } from 'pinyin-pro';

const out = process.argv[2];
if (!out) throw new Error('usage: node convert-pinyin-readings.mjs <src/main/resources/regions>');

const readings = (ch) => [...new Set(pinyin(ch, { multiple: true, toneType: 'none', type: 'array' })
  .map((r) => r.replace('ü', 'v')).filter((r) => /^[a-z]+$/.test(r)))];

// GB/T 2312 level 1 (rows 0xB0–0xD7) and level 2 (0xD8–0xF7), columns 0xA1–0xFE.
const characters = new Set();
const decoder = new TextDecoder('gb18030', { fatal: true });
for (let row = 0xb0; row <= 0xf7; row++) {
  for (let col = 0xa1; col <= 0xfe; col++) {
    try {
      const ch = decoder.decode(new Uint8Array([row, col]));
      if (/^\p{Script=Han}$/u.test(ch)) characters.add(ch);
    } catch { /* an unassigned code point (the end of row 0xD7) */ }
  }
}
if (characters.size !== 6763) throw new Error(`GB/T 2312 has 6763 characters, decoded ${characters.size}`);

const divisions = readFileSync(join(out, 'divisions.tsv'), 'utf8').trim().split('\n').slice(1).map((l) => l.split('\t'));
let fromNames = 0;
for (const [, , , name, shortName] of divisions) {
  for (const ch of name + shortName) {
    if (/\p{Script=Han}/u.test(ch) && !characters.has(ch)) { characters.add(ch); fromNames++; }
  }
}

const lines = ['# Toneless pinyin readings of the GB/T 2312 characters and of every character of divisions.tsv. Made by',
  '# deploy/tools/regions/convert-pinyin-readings.mjs (see PROVENANCE.md). Columns: character, its readings (|).'];
for (const ch of [...characters].sort()) {
  const own = readings(ch);
  if (!own.length) throw new Error(`no reading for ${ch}`);
  lines.push(`${ch}\t${own.join('|')}`);
}
writeFileSync(join(out, 'pinyin-readings.tsv'), lines.join('\n') + '\n');
console.log(`${characters.size} characters: 6763 of GB/T 2312 and ${fromNames} more from region names`);
