// Building the page from answers. Elements are made with h(), never from HTML strings: the knowledge's text is
// always set as text.

import { t, word } from './i18n.js';

/** h('p', { class: 'x', onclick: f }, 'text', child…): an element; null, false and undefined children are skipped. */
export function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs || {})) {
    if (value == null || value === false) continue;
    if (name.startsWith('on')) el.addEventListener(name.slice(2), value);
    else if (name === 'class') el.className = value;
    else el.setAttribute(name, value === true ? '' : value);
  }
  append(el, children);
  return el;
}

/** Replaces an element's children, skipping null, false and undefined as h() does. */
export function fill(el, ...children) {
  el.replaceChildren();
  append(el, children);
  return el;
}

function append(el, children) {
  for (const child of children.flat(Infinity)) {
    if (child == null || child === false || child === '') continue;
    el.append(child instanceof Node ? child : String(child));
  }
}

/** A "view query" toggle: the document and the variables a section ran (one set, or one per place compared). */
export function queryView(query, variables) {
  const sets = (Array.isArray(variables) ? variables : [variables || {}])
    .map((v) => Object.fromEntries(Object.entries(v).filter(([, x]) => x !== undefined && x !== '')))
    .filter((v) => Object.keys(v).length);
  return h('details', { class: 'query' },
    h('summary', {}, t('viewQuery')),
    h('pre', {}, h('code', {}, query)),
    sets.length ? h('pre', { class: 'vars' }, h('code', {}, `# ${t('variables')}\n${sets.map((v) => JSON.stringify(v, null, 2)).join('\n')}`)) : null);
}

function badges(fact, here) {
  const list = [];
  if (fact.inheritedFrom) list.push(h('span', { class: 'badge inherited' }, t('inheritedFrom', fact.inheritedFrom.name)));
  else if (fact.region && here && fact.region.code !== here) list.push(h('span', { class: 'badge held' }, fact.region.name));
  if (fact.disputed) list.push(h('span', { class: 'badge disputed' }, t('disputed')));
  if (fact.caveat) list.push(h('span', { class: 'badge caveat' }, t('caveat')));
  return list.length ? h('span', { class: 'badges' }, list) : null;
}

/** The dates a fact applied, with links to the page as of the day before it began and the day after it ended. */
function dates(fact) {
  if (!fact.appliesFrom && !fact.appliesUntil) return null;
  return h('p', { class: 'dates' },
    fact.appliesFrom ? `${t('appliesFrom')} ${fact.appliesFrom}` : null,
    fact.appliesFrom && fact.appliesUntil ? ' · ' : null,
    fact.appliesUntil ? `${t('appliesUntil')} ${fact.appliesUntil}` : null,
    fact.appliesFrom ? h('a', { class: 'before', href: asOfHref(addDays(fact.appliesFrom, -1)) }, `← ${t('before')}`) : null,
    fact.appliesUntil ? h('a', { class: 'after', href: asOfHref(addDays(fact.appliesUntil, 1)) }, `${t('after')} →`) : null);
}

const addDays = (day, n) => new Date(Date.parse(`${day}T00:00:00Z`) + n * 86400000).toISOString().slice(0, 10);

/** This view's link with another "as of" date. */
function asOfHref(day) {
  const p = new URLSearchParams(location.hash.replace(/^#\/?/, ''));
  p.set('asOf', day);
  return `#${p}`;
}

/** Citations, one line per source document (title, publisher, date); its verbatim quotes on demand. */
export function citations(list) {
  if (!list?.length) return null;
  const bySource = new Map();
  for (const c of list) {
    const key = c.source?.id ?? c.source?.title;
    if (!bySource.has(key)) bySource.set(key, { source: c.source || {}, quotes: [] });
    if (c.quote && !bySource.get(key).quotes.includes(c.quote)) bySource.get(key).quotes.push(c.quote);
  }
  return h('ul', { class: 'citations', 'aria-label': t('citations') }, [...bySource.values()].map(({ source: s, quotes }) =>
    h('li', {},
      h('cite', {}, s.title), s.publisher ? ` · ${s.publisher}` : null, s.publishedOn ? ` · ${s.publishedOn}` : null,
      quotes.length || s.reliability ? h('details', {},
        h('summary', {}, quotes.length > 1 ? `${t('quote')} (${quotes.length})` : t('quote')),
        quotes.map((q) => h('blockquote', {}, q)),
        s.reliability ? h('p', { class: 'reliability' }, `${t('reliability')}: ${s.reliability}`) : null) : null)));
}

function list(label, items, ordered = false) {
  if (!items?.length) return null;
  return h('div', { class: 'field' }, h('span', { class: 'label' }, label),
    h(ordered ? 'ol' : 'ul', {}, items.map((item) => h('li', {}, item))));
}

function field(label, value) {
  if (value == null || value === '') return null;
  return h('p', { class: 'field' }, h('span', { class: 'label' }, label), ' ', value);
}

/** A dispute note names the facts it weighs against by id; those shown beside it are named by their title. */
function disputeText(note, titles) {
  return note.split(/([a-z0-9]+(?:-[a-z0-9]+){2,})/).map((part) => (titles?.has(part)
    ? h('button', { type: 'button', class: 'link fact-ref', onclick: (e) => e.target.closest('.facts')
      ?.querySelector(`[data-fact="${part}"]`)?.scrollIntoView({ block: 'center' }) }, `「${titles.get(part)}」`) : part));
}

/** One fact as a card: title, badges, the slice's own fields, notes on dispute and caveat, dates, citations. */
export function factCard(fact, body, here, heading = fact.title, titles = null) {
  return h('article', { class: `fact${fact.disputed ? ' is-disputed' : ''}`, 'data-fact': fact.factId },
    h('h3', {}, heading, ' ', badges(fact, here)),
    fact.description ? h('p', { class: 'desc' }, fact.description) : null,
    body,
    fact.disputed && fact.disputeNote ? h('p', { class: 'note disputed' }, h('strong', {}, t('disputed')), ': ', disputeText(fact.disputeNote, titles)) : null,
    fact.caveat ? h('p', { class: 'note caveat' }, h('strong', {}, t('caveat')), ': ', fact.caveat) : null,
    dates(fact),
    citations(fact.citations));
}

const BODIES = {
  withdrawal: (f) => [h('p', { class: 'kind' }, word('WithdrawalKind', f.kind)), field(t('applicant'), f.applicant),
    list(t('materials'), f.materials), field(t('outcome'), f.outcome), list(t('notes'), f.notes)],
  procedure: (f) => [list(t('steps'), f.steps, true),
    f.channels?.length ? h('div', { class: 'field' }, h('span', { class: 'label' }, t('channels')),
      h('ul', { class: 'channels' }, f.channels.map((c) => h('li', {}, h('span', { class: 'chip' }, word('WithdrawalChannelType', c.type)),
        ' ', c.name || '', c.description ? ` — ${c.description}` : '')))) : null,
    list(t('materials'), f.materials), field(t('processingTime'), f.processingTime), field(t('payout'), f.payout)],
  usage: (f) => [h('p', { class: 'kind' }, word('UsageCategory', f.category)),
    f.beneficiaries?.length ? field(t('beneficiaries'), f.beneficiaries.map((b) => word('Beneficiary', b)).join('、')) : null,
    list(t('conditions'), f.conditions),
    f.balanceThreshold != null ? field(t('threshold'), h('strong', { class: 'figure' }, `${f.balanceThreshold} ${t('yuan')}`)) : null,
    f.tiers?.length ? field(t('tiers'), f.tiers.join('、')) : null],
  balance: (f) => [h('p', { class: 'kind' }, h('span', { class: 'chip' }, word('QueryChannelType', f.type)), ' ', f.name || ''),
    list(t('prerequisites'), f.prerequisites), list(t('steps'), f.steps, true), field(t('contact'), f.contact)],
  contacts: (f) => [f.region ? h('p', { class: 'kind' }, f.region.name) : null, field(t('phone'), phoneLinks(f.phone)),
    field(t('address'), f.address), field(t('hours'), f.openingHours)],
  notices: (f) => [h('p', { class: `kind severity-${(f.severity || '').toLowerCase()}` }, word('NoticeSeverity', f.severity))],
  account: (f) => [h('p', { class: 'kind' }, word('AccountTopic', f.topic)),
    f.amount != null ? field(t('amount'), h('strong', { class: 'figure' }, `${f.amount}${f.unit ? ` ${f.unit}` : ''}`)) : null],
};

/** Phone numbers as tel: links (a field may hold several, separated by 、, / or ;). */
export function phoneLinks(phone) {
  if (!phone) return null;
  const parts = phone.split(/([、,，;；/]|\s+或\s+)/);
  return parts.map((part) => {
    const digits = part.replace(/[^\d+]/g, '');
    return digits.length >= 5 ? h('a', { href: `tel:${digits}` }, part.trim()) : part;
  });
}

/** The facts of one section of a region's answer (key as in queries.SECTIONS). */
export function sectionFacts(key, region) {
  if (!region) return [];
  switch (key) {
    case 'withdrawal': return region.withdrawalConditions || [];
    case 'procedure': return region.withdrawalProcedure ? [region.withdrawalProcedure] : [];
    case 'usage': return region.usageScenarios || [];
    case 'balance': return region.queryChannels || [];
    case 'contacts': return region.contacts || [];
    case 'notices': return region.notices || [];
    case 'account': return region.accountFacts || [];
    default: return [];
  }
}

/** The cards of a section; here is the code of the place shown, to label facts a sub-region holds. */
export function sectionBody(key, facts, here) {
  if (!facts.length) return h('p', { class: 'empty' }, t('noFacts'));
  const titles = new Map(facts.map((f) => [f.factId, f.title]));
  return h('div', { class: 'facts' }, facts.map((f) => factCard(f, BODIES[key](f), here, f.title, titles)));
}
