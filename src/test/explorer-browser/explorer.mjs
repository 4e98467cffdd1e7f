// Drives the Atlas Explorer page (served at /) in headless Chromium as a person would: searches, opens places,
// changes the date and the language, compares, asks, checks eligibility. Each check runs on a fresh page of its
// own; console errors and uncaught exceptions of every page are collected and reported as one more check. Then
// times the first render (navigation start to the first withdrawal fact card) in 5 fresh browser contexts, and
// takes screenshots at 1280×900 and at phone width (390×844).
// Usage: node explorer.mjs http://localhost:8080/ <screenshot dir>
// Chromium: env CHROMIUM_PATH, else /usr/bin/chromium (playwright-core downloads no browser).
// Prints one JSON object: {"passed": [...], "failed": [{"name", "error"}], "firstRenderMs": {"median", "samples"},
// "screenshots": [...], "ignoredConsoleErrors": [...] (persisted-query misses)} and exits 0; non-zero only when the script itself cannot run.
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium } from 'playwright-core';

const [base, shotArg] = process.argv.slice(2);
if (!base || !shotArg) {
  console.error('usage: node explorer.mjs <base url, e.g. http://localhost:8080/> <screenshot dir>');
  process.exit(2);
}
const root = new URL(base).href;
const shotDir = resolve(shotArg);
mkdirSync(shotDir, { recursive: true });

const TIMEOUT = 15_000;
const DESKTOP = { width: 1280, height: 900 };
const PHONE = { width: 390, height: 844 };
const SHENZHEN = '440300';
const GUANGZHOU = '440100';
const NANJING = '320100';

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
    '--disable-sync', '--no-first-run'],
  timeout: 60_000,
});

const passed = [];
const failed = [];
const screenshots = [];
const consoleErrors = [];
const ignored = new Set();

const url = (hash = '') => `${root}${hash}`;

/** A query sent by its hash alone: the first time a server sees it, the answer is PersistedQueryNotFound (a 400). */
const hashOnly = (address) => {
  const u = new URL(address);
  return u.pathname === '/graphql' && u.searchParams.has('extensions') && !u.searchParams.has('query');
};

/** A page in a fresh context (no cache, no storage), its console errors and uncaught exceptions recorded. */
async function freshPage(name, viewport = DESKTOP) {
  const context = await browser.newContext({ viewport, locale: 'zh-CN' });
  context.setDefaultTimeout(TIMEOUT);
  context.setDefaultNavigationTimeout(2 * TIMEOUT);
  const page = await context.newPage();
  page.on('console', (message) => {
    // Chromium logs every 4xx; a hash-only query the server has not seen yet is answered so by the protocol, and
    // the page then sends it with its text (a hash-only query failing otherwise shows as an error on the page).
    if (message.type() === 'error' && hashOnly(message.location()?.url || 'http://x/')) ignored.add('persisted-query miss');
    else if (message.type() === 'error') consoleErrors.push(`${name}: console error: ${message.text()} (${message.location()?.url || ''})`);
  });
  page.on('pageerror', (error) => consoleErrors.push(`${name}: uncaught: ${error.message}`));
  return { context, page };
}

/** One named check on its own fresh page. */
async function check(name, run, viewport) {
  const { context, page } = await freshPage(name, viewport);
  try {
    await run(page);
    passed.push(name);
  } catch (error) {
    failed.push({ name, error: String(error?.message || error).split('\n').slice(0, 6).join('\n') });
  } finally {
    await context.close().catch(() => {});
  }
}

async function shot(page, file, fullPage = false) {
  const path = resolve(shotDir, file);
  await page.screenshot({ path, fullPage });
  screenshots.push(path);
}

function assert(condition, message) {
  if (!condition) throw new Error(message);
}

const hashHas = (page, text) => page.waitForFunction((t) => location.hash.includes(t), text);

/** Waits until no section of the place page (or comparison cell) is still loading, and none failed. */
async function settled(page, scope) {
  await page.locator(`${scope} article.fact`).first().waitFor();
  await page.waitForFunction((s) => document.querySelectorAll(`${s} .loading`).length === 0, scope);
  const errors = await page.locator(`${scope} .error`).allInnerTexts();
  assert(errors.length === 0, `errors shown: ${errors.join(' | ')}`);
}

async function placeShown(page, hash) {
  await page.goto(url(hash));
  await page.locator('#s-withdrawal article.fact').first().waitFor();
}

// ---- the checks

await check('search shenzhen opens 深圳市', async (page) => {
  await page.goto(url());
  await page.locator('.browse ul.regions li').first().waitFor();
  await shot(page, 'home.png');
  await page.locator('#find').fill('shenzhen');
  await page.locator('#find').press('Enter');
  await hashHas(page, `place=${SHENZHEN}`);
  assert(/view=place/.test(await page.evaluate(() => location.hash)), 'the hash does not show the place view');
  await page.locator('header.place h1', { hasText: '深圳' }).waitFor();
});

await check('withdrawal facts with a citation quote', async (page) => {
  await placeShown(page, `#view=place&place=${SHENZHEN}`);
  const cards = await page.locator('#s-withdrawal article.fact').count();
  assert(cards > 0, 'no fact cards in the withdrawal section');
  const details = page.locator('#s-withdrawal ul.citations > li details:has(blockquote)').first();
  const summary = details.locator('summary');
  assert(/原文|Quote/.test(await summary.innerText()), `summary reads "${await summary.innerText()}"`);
  const quote = details.locator('blockquote').first();
  assert(!(await quote.isVisible()), 'the quote is visible before its summary is clicked');
  await summary.click();
  await quote.waitFor({ state: 'visible' });
  const text = (await quote.innerText()).trim();
  assert(text.length > 0, 'the quote is empty');
  await settled(page, 'main');
  await page.locator('header.place h1').waitFor();
  await page.evaluate(() => window.scrollTo(0, 0));
  await shot(page, 'place-shenzhen.png');
});

await check('as of 2023-06-01 the 7778.15 threshold, 2024-06-01 disputed', async (page) => {
  await placeShown(page, `#view=place&place=${SHENZHEN}`);
  const date = page.locator('#asof');
  let before = await page.$('#s-usage');
  await date.fill('2023-06-01');
  await hashHas(page, 'asOf=2023-06-01');
  await page.waitForFunction((el) => !el.isConnected, before);
  await settled(page, '#s-usage');
  await page.locator('#s-usage .figure', { hasText: '7778.15' }).first().waitFor();

  before = await page.$('#s-usage');
  await page.locator('#asof').fill('2024-06-01');
  await hashHas(page, 'asOf=2024-06-01');
  await page.waitForFunction((el) => !el.isConnected, before);
  await settled(page, '#s-usage');
  // The figure is gone; the text of a disputed fact still mentions it (it claims to replace the 7778.15 rule).
  const figures = await page.locator('#s-usage .figure').allInnerTexts();
  assert(!figures.some((f) => f.includes('7778.15')), `the 7778.15 threshold is still shown as of 2024-06-01: ${figures}`);
  const disputed = page.locator('#s-usage .badge.disputed').first();
  await disputed.waitFor({ state: 'visible' });
  assert(await page.locator('#asof').inputValue() === '2024-06-01', 'the date input does not hold 2024-06-01');
  // Both sides of the dispute are shown, and the note names the other side by its title, not its id.
  const refs = await page.locator('#s-usage .note.disputed .fact-ref').allInnerTexts();
  assert(refs.length > 0 && refs.every((r) => /^「.+」$/.test(r)), `dispute notes name no fact shown beside them: ${refs}`);
  // The screenshot shows the dispute of this date: the disputed card with a threshold figure, else any disputed card.
  const thresholdDispute = page.locator('#s-usage article.is-disputed:has(.figure)').first();
  await ((await thresholdDispute.count()) ? thresholdDispute : disputed).scrollIntoViewIfNeeded();
  await page.evaluate(() => window.scrollBy(0, -120));
  await shot(page, 'usage-2024-06-01-disputed.png');
});

await check('广州 shows an inherited badge', async (page) => {
  await placeShown(page, `#view=place&place=${GUANGZHOU}`);
  await page.locator('header.place h1', { hasText: '广州' }).waitFor();
  const badge = page.locator('.badge.inherited').first();
  await badge.waitFor({ state: 'visible' });
  assert((await badge.innerText()).includes('中国'), `badge reads "${await badge.innerText()}"`);
});

await check('a county: 昆山 opens 昆山市 under 苏州市, and 苏州市 lists it', async (page) => {
  await page.goto(url());
  await page.locator('.browse ul.regions li').first().waitFor();
  await page.locator('#find').fill('昆山');
  await page.locator('#find').press('Enter');
  await hashHas(page, 'place=320583');
  await page.locator('header.place h1', { hasText: '昆山市' }).waitFor();
  await page.locator('header.place nav.crumbs a', { hasText: '苏州市' }).waitFor();
  await page.locator('#s-withdrawal article.fact').first().waitFor();
  await page.goto(url('#view=home&browse=320500'));
  await page.locator('.browse ul.regions li a', { hasText: '昆山市' }).waitFor();
});

await check('compare 深圳 and 南京', async (page) => {
  await page.goto(url(`#view=compare&cmp=${SHENZHEN},${NANJING}`));
  const heads = page.locator('.compare .col-head');
  await heads.filter({ hasText: '深圳市' }).waitFor();
  await heads.filter({ hasText: '南京市' }).waitFor();
  assert(await heads.count() === 2, `${await heads.count()} column heads`);
  // Each section fills in when its answers arrive: wait until none is still loading, not only the first.
  await page.waitForFunction(() => document.querySelectorAll('.compare .cell').length > 0
    && document.querySelectorAll('.compare .loading').length === 0);
  const errors = await page.locator('.compare .error').allInnerTexts();
  assert(errors.length === 0, `errors in the comparison: ${errors.join(' | ')}`);
  const cells = page.locator('.compare .cell');
  const filled = await page.locator('.compare .cell:has(article.fact)').count();
  assert(filled >= (await cells.count()) / 2, `only ${filled} of ${await cells.count()} cells hold facts`);
  const rows = await page.locator('.compare .row-label').count();
  assert(await cells.count() === rows * 2, `${await cells.count()} cells for ${rows} aligned rows`);
  // Rows line facts up by situation: both cities have an emigration rule, in one row, marked as differing.
  const emigration = page.locator('.compare .row-label', { hasText: '出境定居' });
  assert(await emigration.count() === 1, `${await emigration.count()} rows for 出境定居`);
  assert(await emigration.locator('.badge.differs').count() === 1, 'the 出境定居 row is not marked as differing');
  const marks = await page.locator('.compare .row-label .badge').allInnerTexts();
  assert(marks.length === rows && marks.every((m) => m === '相同' || m === '不同'), `row marks: ${marks}`);
  await shot(page, 'compare-shenzhen-nanjing.png');
});

await check('ask a question', async (page) => {
  await page.goto(url('#view=ask'));
  await page.locator('#question').fill('深圳出国定居了医保余额能取出来吗？');
  await page.locator('form.ask button[type=submit]').click();
  await hashHas(page, 'q=');
  const answer = page.locator('.answer');
  await answer.locator('.disclaimer').waitFor();
  assert((await answer.locator('.disclaimer').innerText()).trim().length > 10, 'the disclaimer is empty');
  await answer.locator('dl.meta dd', { hasText: '深圳市' }).first().waitFor();
  await answer.locator('article.fact').first().waitFor();
  assert(await answer.locator('article.fact:has(ul.citations > li)').count() > 0, 'no fact card with citations');
  assert(await answer.locator('.error').count() === 0, 'the answer shows an error');
  await shot(page, 'ask-answer.png');
});

await check('switch to English', async (page) => {
  await placeShown(page, `#view=place&place=${SHENZHEN}`);
  await page.locator('#h-withdrawal', { hasText: '提取条件' }).waitFor();
  await page.locator('button.lang').click();
  await hashHas(page, 'lang=en');
  await page.locator('#h-withdrawal', { hasText: 'Withdrawal conditions' }).waitFor();
  await page.locator('#h-usage', { hasText: 'Usage' }).waitFor();
  assert(await page.evaluate(() => document.documentElement.lang) === 'en', 'html lang is not en');
  assert(await page.locator('button.lang').innerText() === '中文', 'the language button does not offer 中文');
  await settled(page, 'main');
  await page.locator('header.place h1').waitFor();
  await page.evaluate(() => window.scrollTo(0, 0));
  await shot(page, 'place-shenzhen-en.png');
});

await check('deep link in English as of 2023-06-01', async (page) => {
  await placeShown(page, `#view=place&place=${SHENZHEN}&asOf=2023-06-01&lang=en`);
  await page.locator('#h-withdrawal', { hasText: 'Withdrawal conditions' }).waitFor();
  assert(await page.locator('#asof').inputValue() === '2023-06-01', 'the date input does not hold 2023-06-01');
  await page.locator('#s-usage .figure', { hasText: '7778.15' }).first().waitFor({ state: 'visible' });
  await page.locator('.asof-note', { hasText: 'As of: 2023-06-01' }).waitFor();
});

await check('eligibility verdict', async (page) => {
  await page.goto(url('#view=ask'));
  await page.locator('#elig-region').fill('深圳');
  await page.locator('form.elig input[name=emigrating]').check();
  await page.locator('form.elig button[type=submit]').click();
  const verdict = page.locator('.verdict').first();
  await verdict.waitFor({ state: 'visible' });
  assert((await verdict.innerText()).includes('深圳市'), `the verdict reads "${await verdict.innerText()}"`);
  assert(await page.locator('.verdict-out .error').count() === 0, 'the eligibility check shows an error');
});

await check('phone width place page', async (page) => {
  await placeShown(page, `#view=place&place=${SHENZHEN}`);
  await settled(page, 'main');
  await page.locator('header.place h1').waitFor();
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  assert(width <= PHONE.width, `the page is ${width} px wide at ${PHONE.width} px`);
  await page.evaluate(() => window.scrollTo(0, 0));
  await shot(page, 'place-shenzhen-phone.png');
}, PHONE);

await check('before and after links show how a rule changed', async (page) => {
  await placeShown(page, `#view=place&place=${SHENZHEN}&asOf=2024-06-01`);
  await settled(page, '#s-usage');
  // The family-use rule without a threshold applies from 2023-10-01: its link goes to the day before.
  const card = page.locator('#s-usage article.fact', { has: page.locator('.dates', { hasText: '2023-10-01' }) }).first();
  await card.locator('a.before').click();
  await hashHas(page, 'asOf=2023-09-30');
  await page.locator('#s-usage .figure', { hasText: '7778.15' }).first().waitFor({ state: 'visible' });
  // The 7778.15 rule ended on 2023-09-30: its link goes to the day after, where the figure is gone.
  const threshold = page.locator('#s-usage article.fact', { has: page.locator('.figure', { hasText: '7778.15' }) }).first();
  await threshold.locator('a.after').click();
  await hashHas(page, 'asOf=2023-10-01');
  await settled(page, '#s-usage');
  const figures = await page.locator('#s-usage .figure').allInnerTexts();
  assert(!figures.some((f) => f.includes('7778.15')), `7778.15 still shown on 2023-10-01: ${figures}`);
});

await check('sources with their reliability', async (page) => {
  await page.goto(url('#view=sources&lang=en'));
  const items = page.locator('ol.sources > li');
  await items.first().waitFor();
  assert(await items.count() >= 5, `${await items.count()} sources listed`);
  assert(await page.locator('ol.sources .reliability').count() >= 5, 'sources without a reliability note');
  await page.locator('ol.sources .reliability', { hasText: 'Reliability' }).first().waitFor();
  await shot(page, 'sources.png');
});

await check('queries go by persisted-query hash, cacheable GET', async (page) => {
  const graphql = [];
  page.on('request', (r) => { if (new URL(r.url()).pathname === '/graphql') graphql.push(r); });
  await placeShown(page, `#view=place&place=${NANJING}`);
  await settled(page, 'main');
  assert(graphql.length > 0 && graphql.every((r) => r.method() === 'GET'), 'a query was not sent by GET');
  assert(graphql.some((r) => hashOnly(r.url())), 'no query went by its hash alone');
  // A second visitor: every query is now known to the server by its hash, and goes by it alone.
  const second = await freshPage('persisted queries, second visitor');
  try {
    const seen = [];
    second.page.on('response', (r) => { if (new URL(r.url()).pathname === '/graphql') seen.push(r); });
    await placeShown(second.page, `#view=place&place=${NANJING}`);
    await settled(second.page, 'main');
    assert(seen.length > 0, 'the second visitor sent no query');
    const texts = seen.filter((r) => !hashOnly(r.url())).map((r) => r.url().slice(0, 120));
    assert(texts.length === 0, `queries sent with their text the second time: ${texts.join(' ')}`);
    const failing = seen.filter((r) => r.status() !== 200).map((r) => `${r.status()} ${r.url().slice(0, 120)}`);
    assert(failing.length === 0, `hash-only queries that failed the second time: ${failing.join(' ')}`);
    assert(seen.every((r) => r.headers().etag), 'an answer without an ETag');
  } finally {
    await second.context.close().catch(() => {});
  }
});

// ---- time to first render: navigation start to the first withdrawal fact card, cold cache each time

const samples = [];
for (let i = 0; i < 5; i++) {
  const { context, page } = await freshPage(`first render ${i + 1}`);
  try {
    await page.addInitScript(() => {
      const seen = () => {
        const card = document.querySelector('#s-withdrawal article.fact');
        if (card && card.getClientRects().length && !window.__firstFactMs) window.__firstFactMs = performance.now();
        return window.__firstFactMs;
      };
      new MutationObserver((_, observer) => { if (seen()) observer.disconnect(); })
        .observe(document, { childList: true, subtree: true });
    });
    await page.goto(url(`#view=place&place=${SHENZHEN}`));
    const ms = await (await page.waitForFunction(() => window.__firstFactMs)).jsonValue();
    samples.push(Math.round(ms));
  } catch (error) {
    failed.push({ name: `first render ${i + 1}`, error: String(error?.message || error).split('\n')[0] });
  } finally {
    await context.close().catch(() => {});
  }
}
const sorted = [...samples].sort((a, b) => a - b);
const median = sorted.length ? (sorted.length % 2 ? sorted[(sorted.length - 1) / 2]
  : Math.round((sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2)) : null;

await browser.close();
if (consoleErrors.length) failed.push({ name: 'no console errors', error: consoleErrors.join('\n') });
else passed.push('no console errors');
console.log(JSON.stringify({ passed, failed, firstRenderMs: { median, samples }, screenshots,
  ignoredConsoleErrors: [...ignored] }));
