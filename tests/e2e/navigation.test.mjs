// Navigation, language and robustness: the URL carries figure and language, the toggle and
// figure links redraw without reloading, bad links show a notice and a working page.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch, newPage, csv, drawnOption, hasCjk, trackEcharts, liveEcharts } from './harness.mjs';

const figures = csv('report/figures.csv');
const values = csv('report/values.csv');
let server, browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

test('language toggle switches every label without reloading the page', async () => {
  const page = await newPage(browser);
  await page.goto(`${server.url}?fig=1.2.5&lang=en`);
  let option = await drawnOption(page);
  assert.ok(option.series.some((s) => s.name === 'China'));
  await page.evaluate(() => { window.__notReloaded = true; });
  await page.click('#lang-toggle');
  await page.waitForFunction(() => document.documentElement.lang === 'zh-Hans');
  await page.waitForFunction(() => window.echarts.getInstanceByDom(document.querySelector('.chart')).getOption().series.some((s) => s.name === '中国'));
  option = await drawnOption(page);
  assert.ok(!option.series.some((s) => s.name === 'China'), 'no English series left');
  assert.equal(await page.evaluate(() => window.__notReloaded), true, 'same page, no reload');
  assert.match(page.url(), /lang=zh/);
  assert.equal(await page.textContent('#figure-title'), figures.find((f) => f.figure_id === '1.2.5').title_zh);
  assert.equal(await page.textContent('#lang-toggle'), 'English');
  assert.ok(hasCjk(await page.textContent('.facts')));
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('overview lists every figure, each one click away, and Back returns', async () => {
  const page = await newPage(browser);
  await page.goto(`${server.url}?lang=en`);
  await page.waitForSelector('.figure-link'); // the wasm mounts the page after the load event
  const links = await page.$$eval('.figure-link', (as) => as.map((a) => a.dataset.fig));
  assert.deepEqual(links, figures.map((f) => f.figure_id));
  await page.evaluate(() => { window.__notReloaded = true; });
  await page.click('.figure-link[data-fig="1.3.13"]');
  await page.waitForSelector('#figure-title');
  assert.match(page.url(), /fig=1\.3\.13&lang=en/);
  await drawnOption(page);
  await page.click('a.next');
  await page.waitForFunction(() => location.search.includes('fig=1.3.14'));
  const option = await drawnOption(page);
  const open = values.find((v) => v.figure_id === '1.3.14' && v.series_key === 'open' && v.x === '2023');
  const openSeries = option.series.find((s) => s.name === open.series_en);
  assert.equal(openSeries.data[option.xAxis[0].data.indexOf('2023')], Number(open.value), '1.3.14 open share 2023');
  await page.goBack();
  await page.waitForFunction(() => location.search.includes('fig=1.3.13'));
  await page.goBack();
  await page.waitForSelector('.figure-index');
  assert.equal(await page.evaluate(() => window.__notReloaded), true);
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('first visit takes the browser language and writes it into the URL', async () => {
  const page = await newPage(browser, { width: 1280, height: 800 }, { locale: 'zh-CN' });
  await page.goto(`${server.url}?fig=1.1.1`);
  await page.waitForFunction(() => location.search.includes('lang=zh'));
  assert.equal(await page.getAttribute('html', 'lang'), 'zh-Hans');
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

const malformed = [
  ['?fig=9.9.9&lang=en', 'There is no figure with that number'],
  ['?fig=&lang=en', 'There is no figure with that number'],
  ['?fig=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E&lang=en', 'There is no figure with that number'],
  ['?lang=fr', 'lang'],
  ['?fig=1.1.1&lang=%E4%B8%AD%E6%96%87', 'lang'],
  ['?fig=1.1.1.1&lang=zh', '没有该编号的图表'],
];
for (const [query, expected] of malformed) {
  test(`malformed link ${query} shows a notice and a working page`, async () => {
    const page = await newPage(browser);
    await page.goto(server.url + query);
    await page.waitForSelector('.notice');
    assert.ok((await page.textContent('.notice')).includes(expected));
    assert.equal(await page.$('img[src="x"]'), null, 'URL text never becomes HTML');
    assert.ok((await page.$('.figure-index')) || (await page.$('.figure-card')), 'a page is shown');
    await page.click('.notice-dismiss');
    await page.waitForSelector('.notice', { state: 'detached' });
    assert.deepEqual(page.errors, []);
    await page.context().close();
  });
}

test('charts follow their container from desktop to phone width', async () => {
  const page = await newPage(browser);
  await page.goto(`${server.url}?fig=1.3.13&lang=en`);
  await drawnOption(page);
  const width = () => page.evaluate(() => window.echarts.getInstanceByDom(document.querySelector('.chart')).getWidth());
  const wide = await width();
  await page.setViewportSize({ width: 390, height: 844 });
  await page.waitForFunction((w) => window.echarts.getInstanceByDom(document.querySelector('.chart')).getWidth() < w, wide);
  assert.ok((await width()) < 390);
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

// Series names a line figure draws, from values.csv: one per series key, in the page's language.
function seriesNames(fig, lang, { without = [] } = {}) {
  const rows = values.filter((v) => v.figure_id === fig && v.role !== 'annotation' && !without.includes(v.region_code));
  return [...new Set(rows.map((v) => v[`series_${lang}`]))].sort();
}
const drawnNames = (page) => page.evaluate(() => window.echarts.getInstanceByDom(document.querySelector('.chart')).getOption().series.map((s) => s.name).sort());

// ECharts merges a new option into the old one by default: a series that is no longer in the option
// stays drawn. Removing one must leave exactly the others, through a region change, a language
// change and in-page navigation away and back.
test('removing a series leaves exactly the others (no stale series)', async () => {
  const page = await newPage(browser);
  await page.goto(`${server.url}?fig=1.2.5&lang=en`);
  await drawnOption(page);
  assert.deepEqual(await drawnNames(page), seriesNames('1.2.5', 'en'));
  const removed = values.find((v) => v.figure_id === '1.2.5' && v.region_code === 'ROW');
  await page.click(`.region-option[data-code="${removed.region_code}"] input`);
  await page.waitForFunction(() => location.search.includes('regions='));
  await page.waitForFunction((n) => !window.echarts.getInstanceByDom(document.querySelector('.chart')).getOption().series.some((s) => s.name === n), removed.series_en, { timeout: 5000 })
    .catch(() => {});
  const expected = seriesNames('1.2.5', 'en', { without: [removed.region_code] });
  assert.deepEqual(await drawnNames(page), expected, 'exactly the regions still chosen');
  // The series set shown also has no entry for the removed one in the legend.
  const legend = await page.evaluate(() => window.echarts.getInstanceByDom(document.querySelector('.chart')).getOption().legend?.[0]?.data?.map((d) => d.name ?? d) ?? []);
  assert.ok(!legend.includes(removed.series_en), 'no legend entry for the removed series');
  await page.click('#lang-toggle');
  await page.waitForFunction(() => location.search.includes('lang=zh'));
  await page.waitForFunction(() => window.echarts.getInstanceByDom(document.querySelector('.chart'))?.getOption().series.some((s) => /[\u3400-\u9fff]/.test(s.name)));
  assert.deepEqual(await drawnNames(page), seriesNames('1.2.5', 'zh', { without: [removed.region_code] }), 'the same set in Chinese, nothing English left');
  // 1.3.13 → 1.3.14 → back, in-page: each figure shows exactly its own series.
  await page.goto(`${server.url}?fig=1.3.13&lang=en`);
  await drawnOption(page);
  await page.click('a.next');
  await page.waitForFunction(() => location.search.includes('fig=1.3.14'));
  await page.waitForFunction(() => window.echarts.getInstanceByDom(document.querySelector('.chart'))?.getOption().series.length > 0);
  assert.deepEqual(await drawnNames(page), seriesNames('1.3.14', 'en'));
  await page.click('a.prev');
  await page.waitForFunction(() => location.search.includes('fig=1.3.13'));
  await page.waitForFunction(() => window.echarts.getInstanceByDom(document.querySelector('.chart'))?.getOption().series.length > 0);
  assert.deepEqual(await drawnNames(page), seriesNames('1.3.13', 'en'));
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

// Every figure change, language toggle and view switch may create a chart: exactly one may be
// alive afterwards (one element with ECharts' instance attribute, and every other instance
// disposed).
test('no leaked chart instances after in-page navigation', async () => {
  const page = await newPage(browser);
  await page.addInitScript(trackEcharts);
  await page.goto(`${server.url}?fig=1.2.3&lang=en`);
  await drawnOption(page);
  const steps = [
    ['a.next', '1.2.4'], ['a.next', '1.2.5'], ['#lang-toggle', 'lang=zh'], ['#view-table', 'view=table'], ['#view-chart', null],
    ['a.next', '1.2.6'], ['a.next', '1.2.7'], ['#lang-toggle', 'lang=en'], ['a.prev', '1.2.6'], ['a.next', '1.2.7'], ['a.next', '1.3.1'],
  ];
  for (const [selector, expect] of steps) {
    const before = await page.evaluate(() => location.search);
    await page.click(selector);
    await page.waitForFunction((b) => location.search !== b, before);
    if (expect) await page.waitForFunction((e) => location.search.includes(e.includes('=') ? e : `fig=${e}`), expect);
    if (await page.$('.chart')) await drawnOption(page);
    else await page.waitForSelector('table.data-table, .no-chart');
    await page.evaluate(() => new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(ok))));
  }
  await drawnOption(page);
  const inDom = await page.evaluate(() => [...document.querySelectorAll('[_echarts_instance_]')].filter((el) => window.echarts.getInstanceByDom(el)).length);
  assert.equal(await page.$$eval('[_echarts_instance_]', (els) => els.length), 1, 'one element carries an ECharts instance');
  assert.equal(inDom, 1, 'and it is a live instance');
  assert.equal(await liveEcharts(page), 1, 'every other instance created on the way is disposed');
  assert.deepEqual(page.errors, []);
  await page.context().close();
});
