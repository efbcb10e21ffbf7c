// Navigation, language and robustness: the URL carries figure and language, the toggle and
// figure links redraw without reloading, bad links show a notice and a working page.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch, newPage, csv, drawnOption, hasCjk } from './harness.mjs';

const figures = csv('report/figures.csv');
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
  assert.equal(option.series[0].data[4], 65.8, '1.3.14 open share 2023');
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

test('changing figure replaces every series (no stale series)', async () => {
  const page = await newPage(browser);
  await page.goto(`${server.url}?fig=1.3.13&lang=en`);
  await drawnOption(page);
  await page.click('a.prev');
  await page.waitForFunction(() => location.search.includes('fig=1.3.12'));
  await page.click('a.prev');
  await page.waitForFunction(() => location.search.includes('fig=1.3.11'));
  await page.goto(`${server.url}?fig=1.1.4&lang=en`);
  await drawnOption(page);
  await page.click('a.next');
  await page.waitForFunction(() => location.search.includes('fig=1.1.5'));
  await page.waitForFunction(() => window.echarts.getInstanceByDom(document.querySelector('.chart')).getOption().series.length === 3);
  const option = await drawnOption(page);
  assert.deepEqual(option.series.map((s) => s.name), ['Industry', 'Education (academia)', 'Government']);
  assert.deepEqual(page.errors, []);
  await page.context().close();
});
