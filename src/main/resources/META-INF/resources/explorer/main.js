// Atlas Explorer: the state lives in the URL's hash (#view=place&place=440300&asOf=2023-06-01&lang=en), so every
// view is a link; hashchange re-renders. Views: home (find and browse), place, compare, ask, sources.

import { gql, GraphQLError } from './api.js';
import { setLang, t, word, SITUATIONS } from './i18n.js';
import { ASK, COUNTIES, ELIGIBILITY, FIND, PLACE, REGIONS, SECTIONS, SOURCES } from './queries.js';
import { citations, fill, h, queryView, sectionBody, sectionFacts } from './render.js';

const main = document.getElementById('main');
const NATION = '000000';
let regionsPromise;
let lastView = null;

// ---- state in the hash

function readState() {
  const p = new URLSearchParams(location.hash.replace(/^#\/?/, ''));
  const compare = (p.get('cmp') || '').split(',').filter((c) => /^\d{6}$/.test(c)).slice(0, 3);
  return {
    view: p.get('view') || (p.get('place') ? 'place' : 'home'),
    place: /^\d{6}$/.test(p.get('place') || '') ? p.get('place') : null,
    browse: /^\d{6}$/.test(p.get('browse') || '') ? p.get('browse') : NATION,
    asOf: /^\d{4}-\d{2}-\d{2}$/.test(p.get('asOf') || '') ? p.get('asOf') : '',
    lang: p.get('lang') === 'en' ? 'en' : 'zh',
    cmp: compare,
    q: p.get('q') || '',
    sit: (p.get('sit') || '').split(',').filter((k) => SITUATIONS.some(([key]) => key === k)),
    er: p.get('er') || '',
  };
}

function href(changes) {
  const state = { ...readState(), ...changes };
  const p = new URLSearchParams();
  if (state.view !== 'home') p.set('view', state.view);
  if (state.place) p.set('place', state.place);
  if (state.view === 'home' && state.browse !== NATION) p.set('browse', state.browse);
  if (state.asOf) p.set('asOf', state.asOf);
  if (state.cmp.length) p.set('cmp', state.cmp.join(','));
  if (state.view === 'ask' && state.q) p.set('q', state.q);
  if (state.view === 'ask' && state.er) p.set('er', state.er);
  if (state.view === 'ask' && state.sit.length) p.set('sit', state.sit.join(','));
  if (state.lang === 'en') p.set('lang', 'en');
  return `#${p}`;
}

function go(changes) {
  location.hash = href(changes);
}

// ---- regions: nation, provinces and prefectures loaded once, for suggestions and browsing; counties on demand

function regions() {
  regionsPromise ??= gql(REGIONS).then((data) => {
    const all = [data.nation, data.provinces, data.prefectures].flatMap((c) => c.edges.map((e) => e.node));
    const known = { all, byCode: new Map(), children: new Map(), countiesOf: new Map() };
    add(known, all);
    return known;
  });
  return regionsPromise;
}

function add(known, list) {
  const fresh = list.filter((r) => !known.byCode.has(r.code));
  for (const r of fresh) {
    known.byCode.set(r.code, r);
    const parent = r.parent?.code;
    if (parent) (known.children.get(parent) || known.children.set(parent, []).get(parent)).push(r);
  }
  if (known.all !== list) known.all.push(...fresh);
}

/** The regions known once the counties under {@code code} are loaded (asked for once per place). */
async function withCountiesOf(code) {
  const known = await regions();
  if (code !== NATION && !known.countiesOf.has(code)) {
    known.countiesOf.set(code, gql(COUNTIES, { parent: code }).then((data) => add(known, data.regions.edges.map((e) => e.node))));
  }
  await known.countiesOf.get(code); // none for the nation
  return known;
}

/** A region by code, a county too: its parent's counties are loaded when it is not known yet. */
async function regionByCode(code) {
  const known = await regions();
  if (known.byCode.has(code) || !/^\d{6}$/.test(code || '')) return known.byCode.get(code);
  const { region } = await gql(PLACE, { code });
  if (region?.parent) await withCountiesOf(region.parent.code);
  return known.byCode.get(code);
}

const norm = (s) => String(s).toLowerCase().normalize('NFKD').replace(/[\u0300-\u036f'’\s\-·.]/g, '');

function matches(all, text, limit = 12) {
  const q = norm(text);
  if (!q) return [];
  const scored = [];
  for (const r of all) {
    const names = [r.name, r.shortName, ...(r.aliases || [])].map(norm);
    let score = 0;
    if (names.includes(q)) score = 3;
    else if (names.some((n) => n.startsWith(q))) score = 2;
    else if (names.some((n) => n.includes(q))) score = 1;
    if (score) scored.push([score, r]);
  }
  scored.sort((a, b) => b[0] - a[0] || levelRank(a[1]) - levelRank(b[1]) || a[1].code.localeCompare(b[1].code));
  return scored.slice(0, limit).map(([, r]) => r);
}

const levelRank = (r) => ['NATION', 'PROVINCE', 'PREFECTURE', 'COUNTY'].indexOf(r.level);

/** A place from what was typed: a code in the text, one exact name, else the API's region(name:). */
async function resolve(text) {
  const { all, byCode } = await regions();
  const code = text.match(/\b(\d{6})\b/)?.[1];
  const coded = code && await regionByCode(code);
  if (coded) return { place: coded };
  const exact = all.filter((r) => [r.name, r.shortName, ...(r.aliases || [])].some((n) => norm(n) === norm(text)));
  if (exact.length === 1) return { place: exact[0] };
  try {
    const data = await gql(FIND, { name: text.trim() });
    if (data.region) return { place: byCode.get(data.region.code) || data.region };
  } catch (e) {
    if (!(e instanceof GraphQLError)) throw e;
    return { error: e.code === 'AMBIGUOUS_REGION' ? t('ambiguous') : t('notFound'), choices: exact.length ? exact : matches(all, text) };
  }
  return { error: t('notFound'), choices: matches(all, text) };
}

// ---- chrome: nav, language and date

function renderChrome(state) {
  document.title = `Atlas Explorer · ${t('title')}`;
  document.getElementById('brand').setAttribute('href', href({ view: 'home', place: state.place }));
  const nav = document.getElementById('nav');
  fill(nav, 
    navLink(t('home'), { view: 'home' }, state.view === 'home'),
    state.place ? navLink(t('place'), { view: 'place' }, state.view === 'place') : null,
    navLink(`${t('compare')}${state.cmp.length ? ` (${state.cmp.length})` : ''}`, { view: 'compare' }, state.view === 'compare'),
    navLink(t('ask'), { view: 'ask' }, state.view === 'ask'),
    navLink(t('sources'), { view: 'sources' }, state.view === 'sources'),
  );
  const date = h('input', { type: 'date', id: 'asof', value: state.asOf, min: '2015-01-01', max: '2035-12-31',
    onchange: (e) => go({ asOf: e.target.value }) });
  const controls = document.getElementById('controls');
  fill(controls, 
    h('label', { for: 'asof', class: 'asof' }, t('asOf'), date,
      state.asOf ? h('button', { type: 'button', class: 'link', onclick: () => go({ asOf: '' }) }, t('today')) : null),
    h('button', { type: 'button', class: 'lang', 'aria-label': t('languageLabel'), lang: state.lang === 'en' ? 'zh' : 'en',
      onclick: () => go({ lang: state.lang === 'en' ? 'zh' : 'en' }) }, t('language')),
  );
  fill(document.getElementById('foot'), h('p', {}, t('footer'), ' ',
    h('a', { href: '/q/graphql-ui' }, t('api'))));
}

function navLink(label, changes, current) {
  return h('a', { href: href(changes), 'aria-current': current ? 'page' : null }, label);
}

// ---- find a place

function findForm(onPlace, id = 'find', label = t('find')) {
  const input = h('input', { id, type: 'search', name: 'place', list: `${id}-list`, autocomplete: 'off',
    placeholder: t('findPlaceholder'), required: true });
  const datalist = h('datalist', { id: `${id}-list` });
  const out = h('div', { class: 'choices', 'aria-live': 'polite' });
  input.addEventListener('input', async () => {
    const { all } = await regions();
    fill(datalist, ...matches(all, input.value, 8).map((r) =>
      h('option', { value: `${r.name} ${r.code}` }, [r.shortName, ...(r.aliases || [])].join(' · '))));
  });
  const form = h('form', { class: 'find', role: 'search', onsubmit: async (e) => {
    e.preventDefault();
    fill(out, h('p', { class: 'loading' }, t('loading')));
    try {
      const found = await resolve(input.value);
      if (found.place) { fill(out, ); onPlace(found.place); return; }
      fill(out, h('p', { class: 'error' }, found.error),
        found.choices.length ? h('ul', { class: 'regions', 'aria-label': t('suggestions') },
          found.choices.map((r) => h('li', {}, h('button', { type: 'button', class: 'link', onclick: () => onPlace(r) },
            r.name, h('small', {}, ` ${word('RegionLevel', r.level)} · ${r.code}`))))) : null);
    } catch (err) {
      fill(out, h('p', { class: 'error' }, `${t('error')}: ${err.message}`));
    }
  } },
  h('label', { for: id }, label), h('div', { class: 'row' }, input, h('button', { type: 'submit' }, t('go'))), datalist);
  return h('div', {}, form, out);
}

// ---- views

async function viewHome(state) {
  const browse = h('section', { class: 'browse', 'aria-labelledby': 'browse-h' }, h('h2', { id: 'browse-h' }, t('browse')),
    h('p', { class: 'loading' }, t('loading')));
  fill(main, h('h1', {}, t('title')), h('p', { class: 'hint' }, t('intro')), findForm((r) => go({ view: 'place', place: r.code })), browse);
  const browsed = await regionByCode(state.browse);
  const { byCode, children } = await withCountiesOf(browsed?.code || NATION);
  const trail = [];
  for (let r = browsed; r; r = r.parent && byCode.get(r.parent.code)) trail.unshift(r);
  const here = browsed || byCode.get(NATION);
  fill(browse, h('h2', { id: 'browse-h' }, t('browse')),
    h('nav', { class: 'crumbs', 'aria-label': t('browse') }, trail.map((r, i) => [i ? ' › ' : '',
      h('a', { href: href({ view: 'home', browse: r.code }) }, r.name)])),
    h('p', {}, h('a', { class: 'button', href: href({ view: 'place', place: here.code }) }, `${t('openPlace')}: ${here.name}`)),
    regionList(children.get(here.code) || [], (r) => (r.level === 'PROVINCE' || r.level === 'PREFECTURE'
      ? href({ view: 'home', browse: r.code }) : href({ view: 'place', place: r.code }))));
}

function regionList(list, link) {
  return h('ul', { class: 'regions' }, list.map((r) => h('li', {},
    h('a', { href: link(r) }, r.name), h('small', {}, ` ${r.aliases?.find((a) => /^[A-Z]/.test(a)) || ''}`))));
}

async function viewPlace(state) {
  if (!state.place) return viewHome(state);
  if (!await regionByCode(state.place)) {
    fill(main, h('h1', {}, t('notFound'), h('small', {}, ` ${state.place}`)), findForm((r) => go({ view: 'place', place: r.code })));
    return;
  }
  const header = h('header', { class: 'place' }, h('p', { class: 'loading' }, t('loading')));
  const sections = SECTIONS.map((s) => h('section', { id: `s-${s.key}`, class: 'slice', 'aria-labelledby': `h-${s.key}` },
    h('h2', { id: `h-${s.key}` }, t(s.key)), h('p', { class: 'loading' }, t('loading'))));
  fill(main, header,
    h('nav', { class: 'toc', 'aria-label': t('place') }, SECTIONS.map((s) => h('a', { href: `#s-${s.key}`,
      onclick: (e) => { e.preventDefault(); document.getElementById(`s-${s.key}`).scrollIntoView(); } }, t(s.key)))),
    ...sections);
  placeHeader(state, header);
  SECTIONS.forEach((s, i) => fillSection(sections[i], s, state.place, state.asOf));
}

async function placeHeader(state, header) {
  try {
    const [{ region }, { children }] = await Promise.all([gql(PLACE, { code: state.place }), withCountiesOf(state.place)]);
    if (!region) throw new Error(t('notFound'));
    const trail = [];
    for (let p = region.parent; p; p = p.parent) trail.unshift(p);
    const inCompare = state.cmp.includes(region.code);
    const subs = children.get(region.code) || [];
    fill(header, 
      h('nav', { class: 'crumbs', 'aria-label': t('parent') }, trail.map((p) => [h('a', { href: href({ place: p.code }) }, p.name), ' › '])),
      h('h1', {}, region.name, ' ', h('small', {}, `${word('RegionLevel', region.level)} · ${region.code}`)),
      region.aliases?.length ? h('p', { class: 'aliases' }, `${t('aliases')}: ${region.aliases.join(' · ')}`) : null,
      h('p', { class: 'actions' },
        h('button', { type: 'button', onclick: () => go({ cmp: inCompare ? state.cmp.filter((c) => c !== region.code)
          : [...state.cmp, region.code].slice(-3), view: inCompare ? 'place' : 'compare' }) },
          inCompare ? t('removeCompare') : t('addCompare')),
        ' ', h('a', { class: 'button', href: href({ view: 'ask' }) }, t('eligibility'))),
      state.asOf ? h('p', { class: 'asof-note' }, `${t('asOf')}: ${state.asOf}`) : null,
      subs.length ? h('details', { class: 'subs' }, h('summary', {}, `${t('subregions')} (${subs.length})`),
        regionList(subs, (r) => href({ place: r.code }))) : null);
    document.title = `${region.name} · Atlas Explorer`;
  } catch (err) {
    fill(header, h('h1', {}, state.place), h('p', { class: 'error' }, `${t('error')}: ${err.message}`));
  }
}

async function fillSection(el, section, code, asOf) {
  const variables = { code, asOf: section.dated ? asOf || undefined : undefined };
  const heading = el.firstChild;
  try {
    const data = await gql(section.query, variables);
    fill(el, heading, sectionBody(section.key, sectionFacts(section.key, data.region), code),
      queryView(section.query, variables));
  } catch (err) {
    fill(el, heading, h('p', { class: 'error' }, `${t('error')}: ${err.message}`), queryView(section.query, variables));
  }
}

async function viewCompare(state) {
  const places = (await Promise.all(state.cmp.map(regionByCode))).filter(Boolean);
  if (readState().view !== 'compare') return;
  const chosen = h('ul', { class: 'chosen' }, places.map((r) => h('li', {}, h('a', { href: href({ view: 'place', place: r.code }) }, r.name), ' ',
    h('button', { type: 'button', class: 'link', 'aria-label': `${t('removeCompare')}: ${r.name}`,
      onclick: () => go({ cmp: state.cmp.filter((c) => c !== r.code) }) }, '×'))));
  const adder = places.length < 3
    ? findForm((r) => go({ cmp: [...new Set([...state.cmp, r.code])].slice(0, 3) }), 'cmp-find', t('compareAdd'))
    : h('p', { class: 'hint' }, t('compareFull'));
  fill(main, h('h1', {}, t('compareTitle')), h('p', { class: 'hint' }, t('compareHint')), chosen, adder);
  if (!places.length) return;
  const grid = h('div', { class: 'compare', style: `--cols:${places.length}` });
  grid.append(...places.map((r) => h('div', { class: 'col-head' },
    h('a', { href: href({ view: 'place', place: r.code }) }, r.name))));
  main.append(grid);
  for (const s of SECTIONS) {
    const body = h('div', { class: 'compare-section' }, h('p', { class: 'loading' }, t('loading')));
    grid.append(h('h2', { class: 'row-head' }, t(s.key)), body);
    const asOf = s.dated ? state.asOf || undefined : undefined;
    Promise.all(places.map((r) => gql(s.query, { code: r.code, asOf }).then((data) => sectionFacts(s.key, data.region))))
      .then((factsByPlace) => body.replaceWith(...compareRows(s.key, places, factsByPlace),
        h('div', { class: 'queries' }, queryView(s.query, places.map((r) => ({ code: r.code, asOf }))))))
      .catch((err) => fill(body, h('p', { class: 'error' }, `${t('error')}: ${err.message}`)));
  }
}

/** What lines facts up across places: the withdrawal situation, usage category, channel type…; else the fact. */
const ALIGN = {
  withdrawal: (f) => `kind:${f.kind}`, usage: (f) => `category:${f.category}`, balance: (f) => `type:${f.type}`,
  account: (f) => `topic:${f.topic}`, procedure: () => 'procedure', contacts: () => 'contacts',
};
const ALIGN_LABEL = {
  withdrawal: (f) => word('WithdrawalKind', f.kind), usage: (f) => word('UsageCategory', f.category),
  balance: (f) => word('QueryChannelType', f.type), account: (f) => word('AccountTopic', f.topic),
};

/**
 * One row per aligned key, one cell per place. Facts are matched by factId: a row whose places show the same
 * facts (an inherited national rule, say) is marked the same; any other row is marked as differing.
 */
function compareRows(key, places, factsByPlace) {
  const align = ALIGN[key] || ((f) => `fact:${f.factId}`);
  const rows = new Map();
  factsByPlace.forEach((facts, i) => facts.forEach((f) => {
    const k = align(f);
    if (!rows.has(k)) rows.set(k, { label: (ALIGN_LABEL[key] || ((x) => x.title))(f), cells: places.map(() => []) });
    rows.get(k).cells[i].push(f);
  }));
  if (!rows.size) return [h('p', { class: 'empty compare-empty' }, t('noFacts'))];
  return [...rows.values()].flatMap(({ label, cells }) => {
    const ids = cells.map((facts) => facts.map((f) => f.factId).sort().join());
    const same = ids.every((id) => id && id === ids[0]);
    return [
      h('h3', { class: `row-label ${same ? 'same' : 'differs'}` }, label, ' ',
        h('span', { class: `badge ${same ? 'same' : 'differs'}` }, same ? t('same') : t('differs'))),
      ...cells.map((facts, i) => h('div', { class: `cell${same ? '' : ' differs'}` },
        facts.length ? sectionBody(key, facts, places[i].code) : h('p', { class: 'empty' }, t('noneHere')))),
    ];
  });
}

// ---- sources: every document the knowledge cites

async function viewSources() {
  fill(main, h('h1', {}, t('sources')), h('p', { class: 'hint' }, t('sourcesHint')), h('p', { class: 'loading' }, t('loading')));
  const { sources } = await gql(SOURCES);
  const sorted = [...sources].sort((a, b) => (b.publishedOn || '').localeCompare(a.publishedOn || '') || a.title.localeCompare(b.title));
  fill(main, h('h1', {}, t('sources'), ' ', h('small', {}, String(sources.length))), h('p', { class: 'hint' }, t('sourcesHint')),
    h('ol', { class: 'sources' }, sorted.map((s) => h('li', { id: `src-${s.id}` },
      h('cite', {}, s.title),
      h('p', { class: 'meta' }, [s.publisher, s.publishedOn, s.id].filter(Boolean).join(' · ')),
      s.reliability ? h('p', { class: 'reliability' }, h('strong', {}, `${t('reliability')}: `), s.reliability) : null))),
    queryView(SOURCES, {}));
}

const EXAMPLES = {
  zh: ['深圳出国定居了医保余额能取出来吗？', '广州医保余额怎么查？', '阿克苏医保局电话', '南京医保余额可以给父母用吗？'],
  en: ['Can I withdraw my Shenzhen balance if I emigrate?', 'How do I check my balance in Guangzhou?', 'Aksu medical insurance phone number'],
};

async function viewAsk(state) {
  const input = h('textarea', { id: 'question', name: 'question', rows: 2, required: true, placeholder: t('askPlaceholder') }, state.q);
  const answer = h('div', { class: 'answer', 'aria-live': 'polite' });
  const askForm = h('form', { class: 'ask', onsubmit: (e) => { e.preventDefault(); go({ view: 'ask', q: input.value.trim() }); } },
    h('label', { for: 'question' }, t('askTitle')), input, h('div', { class: 'row' }, h('button', { type: 'submit' }, t('askGo'))),
    h('p', { class: 'hint' }, `${t('askExamples')}: `, EXAMPLES[state.lang].map((q, i) => [i ? ' · ' : '',
      h('a', { href: href({ view: 'ask', q }) }, q)])));
  const eligibility = h('section', { class: 'eligibility', 'aria-labelledby': 'elig-h' });
  fill(main, h('h1', {}, t('ask')), askForm, answer, eligibility);
  renderEligibilityForm(eligibility, state);
  if (state.q) renderAnswer(answer, state.q);
}

async function renderAnswer(el, question) {
  fill(el, h('p', { class: 'loading' }, t('loading')));
  try {
    const { ask } = await gql(ASK, { question });
    const here = ask.region?.code;
    const slices = [
      ['withdrawal', ask.withdrawalConditions], ['procedure', ask.withdrawalProcedure ? [ask.withdrawalProcedure] : []],
      ['usage', ask.usageScenarios], ['balance', ask.queryChannels], ['contacts', ask.contacts], ['account', ask.accountFacts], ['notices', ask.notices],
    ].filter(([, facts]) => facts?.length);
    fill(el, 
      h('p', { class: 'disclaimer', role: 'note' }, h('strong', {}, `${t('disclaimer')}: `), ask.disclaimer),
      h('dl', { class: 'meta' },
        h('dt', {}, t('region')), h('dd', {}, ask.region ? h('a', { href: href({ view: 'place', place: ask.region.code }) }, ask.region.name) : '—'),
        ask.otherRegions?.length ? [h('dt', {}, t('otherRegions')), h('dd', {}, ask.otherRegions.map((r, i) => [i ? '、' : '',
          h('a', { href: href({ view: 'place', place: r.code }) }, r.name)]))] : null,
        h('dt', {}, t('asOf')), h('dd', {}, ask.asOf),
        h('dt', {}, t('topic')), h('dd', {}, word('Topic', ask.topic)),
        h('dt', {}, t('confidence')), h('dd', {}, `${Math.round(ask.confidence * 100)}%`)),
      slices.length ? slices.map(([key, facts]) => h('section', { class: 'slice' }, h('h2', {}, t(key)), sectionBody(key, facts, here)))
        : h('p', { class: 'empty' }, t('noFacts')),
      queryView(ASK, { question }));
  } catch (err) {
    fill(el, h('p', { class: 'error' }, `${t('error')}: ${err.message}`));
  }
}

async function renderEligibilityForm(el, state) {
  const place = state.place ? await regionByCode(state.place) : null;
  const regionInput = h('input', { id: 'elig-region', name: 'region', required: true, value: state.er || place?.name || '',
    placeholder: t('findPlaceholder') });
  const result = h('div', { class: 'verdict-out', 'aria-live': 'polite' });
  const boxes = SITUATIONS.map(([key, zh, en]) => h('label', { class: 'check' },
    h('input', { type: 'checkbox', name: key, checked: state.sit.includes(key) }), ' ', state.lang === 'en' ? en : zh));
  const form = h('form', { class: 'elig', onsubmit: (e) => {
    e.preventDefault();
    const sit = [...form.querySelectorAll('input[type=checkbox]')].filter((box) => box.checked).map((box) => box.name);
    const er = regionInput.value.trim();
    if (er === state.er && sit.join() === state.sit.join()) renderVerdict(result, er, sit, state.asOf);
    else go({ view: 'ask', er, sit });
  } },
  h('p', { class: 'hint' }, t('eligibilityHint')),
  h('label', { for: 'elig-region' }, t('eligibilityFor')), regionInput,
  h('fieldset', {}, h('legend', {}, t('conditions')), boxes),
  h('button', { type: 'submit' }, t('check')));
  fill(el, h('h2', { id: 'elig-h' }, t('eligibility')), form, result);
  if (state.er && state.sit.length) renderVerdict(result, state.er, state.sit, state.asOf);
}

async function renderVerdict(el, region, sit, asOf) {
  const situation = Object.fromEntries(sit.map((key) => [key, true]));
  const variables = { region, situation, asOf: asOf || undefined };
  fill(el, h('p', { class: 'loading' }, t('loading')));
  try {
    const { withdrawalEligibility: e } = await gql(ELIGIBILITY, variables);
    const p = e.procedure;
    fill(el, 
      h('p', { class: `verdict verdict-${e.verdict.toLowerCase()}` }, h('strong', {}, word('Verdict', e.verdict)),
        ` · ${e.region.name} · ${t('asOf')} ${e.asOf}`,
        e.inheritedFrom?.length ? [' ', h('span', { class: 'badge inherited' }, t('inheritedFrom', e.inheritedFrom.map((r) => r.name).join('、')))] : null),
      e.assessments.length ? h('div', { class: 'field' }, h('span', { class: 'label' }, t('assessments')), h('ul', {},
        e.assessments.map((a) => h('li', {}, h('strong', {}, word('WithdrawalKind', a.situation)), ` — ${word('Verdict', a.verdict)}: ${a.reason}`,
          a.dependsOn ? ` (${t('dependsOn')}: ${a.dependsOn})` : '')))) : null,
      e.dependsOn.length ? h('div', { class: 'field' }, h('span', { class: 'label' }, t('dependsOn')), h('ul', {}, e.dependsOn.map((d) => h('li', {}, d)))) : null,
      e.materials.length ? h('div', { class: 'field' }, h('span', { class: 'label' }, t('materials')), h('ul', {}, e.materials.map((m) => h('li', {}, m)))) : null,
      p ? h('div', { class: 'field' }, h('span', { class: 'label' }, t('procedure')),
        h('ol', {}, p.steps.map((s) => h('li', {}, s))),
        p.channels.length ? h('p', {}, `${t('channels')}: `, p.channels.map((c) => `${word('WithdrawalChannelType', c.type)}${c.name ? ` (${c.name})` : ''}`).join('、')) : null,
        p.processingTime ? h('p', {}, `${t('processingTime')}: ${p.processingTime}`) : null,
        p.payout ? h('p', {}, `${t('payout')}: ${p.payout}`) : null) : null,
      e.cashAccess.length ? h('div', { class: 'field' }, h('span', { class: 'label' }, t('cashAccess')),
        h('ul', {}, e.cashAccess.map((f) => h('li', {}, h('strong', {}, f.title), f.description ? ` — ${f.description}` : '')))) : null,
      h('div', { class: 'field' }, h('span', { class: 'label' }, t('citations')), citations(e.citations)),
      queryView(ELIGIBILITY, variables));
  } catch (err) {
    fill(el, h('p', { class: 'error' }, `${t('error')}: ${err.message}`), queryView(ELIGIBILITY, variables));
  }
}

// ---- routing

async function render() {
  const state = readState();
  setLang(state.lang);
  renderChrome(state);
  const views = { home: viewHome, place: viewPlace, compare: viewCompare, ask: viewAsk, sources: viewSources };
  const view = views[state.view] || viewHome;
  const key = `${state.view}:${state.place}`;
  try {
    await view(state);
  } catch (err) {
    fill(main, h('p', { class: 'error' }, `${t('error')}: ${err.message}`),
      h('button', { type: 'button', onclick: render }, t('retry')));
  }
  if (lastView !== null && lastView !== key) main.focus({ preventScroll: true });
  if (lastView !== key) window.scrollTo(0, 0);
  lastView = key;
}

// The skip link moves focus to the content; it must not change the hash, which holds the page's state.
document.querySelector('.skip')?.addEventListener('click', (e) => { e.preventDefault(); main.focus(); });
window.addEventListener('hashchange', render);
render();

