// convert-homophones.mjs — ONE-TIME conversion: for every Han character of the region names in divisions.tsv,
// the characters a pinyin input method offers for the same syllable, so that ask() can read a place name typed
// with one such slip (杭洲 for 杭州, 西按 for 西安). Output: src/main/resources/regions/homophones.tsv.
//
//   cd deploy/tools/regions && npm ci && node convert-homophones.mjs ../../../src/main/resources/regions
//
// Readings: npm `pinyin-pro` (pinned in package.json), every reading of a character, without tones.
// Candidates: the 6,763 characters of GB/T 2312 (the set every pinyin input method offers first), enumerated by
// decoding its code points with the runtime's GB 18030 decoder. Two characters are homophones when they share a
// toneless reading. Re-run only when divisions.tsv or the pinned package changes.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pinyin } from 'pinyin-pro';

const out = process.argv[2];
if (!out) throw new Error('usage: node convert-homophones.mjs <src/main/resources/regions>');

const readings = (ch) => new Set(pinyin(ch, { multiple: true, toneType: 'none', type: 'array' })
  .map((r) => r.replace('ü', 'v')).filter((r) => /^[a-z]+$/.test(r)));

// GB/T 2312 level 1 (rows 0xB0–0xD7) and level 2 (0xD8–0xF7), columns 0xA1–0xFE.
const gb2312 = [];
const decoder = new TextDecoder('gb18030', { fatal: true });
for (let row = 0xb0; row <= 0xf7; row++) {
  for (let col = 0xa1; col <= 0xfe; col++) {
    try {
      const ch = decoder.decode(new Uint8Array([row, col]));
      if (/^\p{Script=Han}$/u.test(ch)) gb2312.push(ch);
    } catch { /* an unassigned code point (the end of row 0xD7) */ }
  }
}
if (gb2312.length !== 6763) throw new Error(`GB/T 2312 has 6763 characters, decoded ${gb2312.length}`);

const bySyllable = new Map();
for (const ch of gb2312) {
  for (const r of readings(ch)) {
    if (!bySyllable.has(r)) bySyllable.set(r, new Set());
    bySyllable.get(r).add(ch);
  }
}

const divisions = readFileSync(join(out, 'divisions.tsv'), 'utf8').trim().split('\n').slice(1).map((l) => l.split('\t'));
const nameChars = new Set();
for (const [, , , name, shortName] of divisions) {
  for (const ch of name + shortName) if (/\p{Script=Han}/u.test(ch)) nameChars.add(ch);
}

const lines = ['# Homophones of the characters of region names: for each character of divisions.tsv, the GB/T 2312',
  '# characters sharing one of its toneless pinyin readings. Made by deploy/tools/regions/convert-homophones.mjs',
  '# (see PROVENANCE.md). Columns: character, its readings (|), its homophones.'];
let missing = 0;
for (const ch of [...nameChars].sort()) {
  const own = [...readings(ch)];
  if (!own.length) { missing++; console.warn(`no reading for ${ch}`); continue; }
  const same = new Set();
  for (const r of own) for (const other of bySyllable.get(r) ?? []) if (other !== ch) same.add(other);
  lines.push(`${ch}\t${own.join('|')}\t${[...same].sort().join('')}`);
}
writeFileSync(join(out, 'homophones.tsv'), lines.join('\n') + '\n');
console.log(`${nameChars.size} characters of region names, ${missing} without a reading; ${gb2312.length} candidates`);
