// Hostile and odd links to the model explorer (?view=models), found by trying to break it:
// each test failed before the fix it names. No console errors anywhere.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch, newPage, csv } from './harness.mjs';

let server, browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

async function open(query, viewport) {
  const page = await newPage(browser, viewport);
  await page.goto(`${server.url}?${query}`);
  await page.waitForSelector('.counts-summary:not(:empty)');
  return page;
}
const notices = (page) => page.$$eval('.notice li', (lis) => lis.map((li) => li.textContent));

// A link without `lang` is rewritten with the browser's language at once; the problems of the
// link as opened must survive that rewrite (they were dropped: no notice at all).
test('a link without lang keeps its notices through the language rewrite', async () => {
  const page = await open('view=models&set=foundation&y=cost&scale=linear&lang=xx');
  await page.waitForFunction(() => /lang=en/.test(location.search));
  await page.waitForSelector('.notice li');
  const list = (await notices(page)).join('\n');
  for (const [param, value] of [['lang', 'xx'], ['y', 'cost'], ['scale', 'linear']]) {
    assert.ok(list.includes(`${param} (“${value}”)`), list);
  }
  // The default is used: the foundation timeline, English.
  assert.equal(await page.getAttribute('html', 'lang'), 'en');
  // They belong to the link opened: the next change of place drops them.
  await page.click('#tab-table');
  await page.waitForFunction(() => /tab=table/.test(location.search));
  await page.waitForFunction(() => !document.querySelector('.notice li'));
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

// `fig` means nothing in the model explorer; its notice said "There is no figure with that
// number", of figure 1.1.1, which exists.
for (const lang of ['en', 'zh']) {
  test(`fig=1.1.1 with view=models (${lang}): a notice that does not deny the figure exists`, async () => {
    const page = await open(`view=models&lang=${lang}&fig=1.1.1`);
    await page.waitForSelector('.notice li');
    const list = (await notices(page)).join('\n');
    assert.ok(list.includes('1.1.1'), list);
    assert.ok(!list.includes('There is no figure') && !list.includes('没有该编号的图表'), list);
    assert.ok(list.includes(lang === 'en' ? 'does not understand' : '无法识别'), list);
    assert.equal(await page.textContent('h1'), lang === 'en' ? 'Model explorer' : '模型浏览器');
    assert.deepEqual(page.errors, []);
    await page.context().close();
  });
}

// Back after a language change went back to the other language (the figure pages keep the
// language chosen: Back and Forward restore a place, not a preference).
test('Back after the language toggle keeps the language chosen', async () => {
  const page = await open('view=models&lang=en&q=gpt-4');
  await page.click('.match-list button');
  await page.waitForSelector('#model-card-title');
  await page.click('#lang-toggle');
  await page.waitForFunction(() => /lang=zh/.test(location.search));
  await page.goBack();
  await page.waitForFunction(() => !document.querySelector('#model-card-title'));
  await page.waitForTimeout(200);
  assert.match(await page.evaluate(() => location.search), /lang=zh/);
  assert.match(await page.evaluate(() => location.search), /q=gpt-4/);
  assert.equal(await page.getAttribute('html', 'lang'), 'zh-Hans');
  assert.equal(await page.textContent('h1'), '模型浏览器');
  await page.goForward();
  await page.waitForSelector('#model-card-title');
  assert.match(await page.evaluate(() => location.search), /lang=zh/);
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

// Epoch's country "Multinational" has no code (epoch/country_codes.csv): the card said "—" for
// CMS-RCNN, whose source names no other country, dropping what the source says.
test('a model Epoch lists as Multinational says so on its card, in both languages', async () => {
  const row = csv('epoch/country_codes.csv').find((c) => c.source_name === 'Multinational');
  assert.equal(row.code, '');
  const model = csv('epoch/notable_ai_models.csv').find((m) => m.country === 'Multinational');
  const slug = csv('epoch/model_slugs.csv').find((s) => s.model === model.model).slug;
  for (const [lang, name] of [['en', row.name_en], ['zh', row.name_zh]]) {
    const page = await open(`view=models&lang=${lang}&model=${slug}&time=earliest..latest`);
    await page.waitForSelector('#model-card-title');
    const countries = await page.$$eval('.card-row', (rows) => rows.map((r) => r.querySelector('dd').textContent)[2]);
    assert.equal(countries, name);
    assert.deepEqual(page.errors, []);
    await page.context().close();
  }
});

// An embed has no card: Enter (or a click) on a model wrote `model=` into the frame's own
// history (the host page's Back then stepped the frame) and showed nothing. It now opens the
// model's card in the explorer, in a new tab.
test('embed=1: opening a model opens the explorer in a new tab, the frame stays', async () => {
  const page = await newPage(browser);
  await page.goto(`${server.url}?view=models&lang=en&embed=1`);
  await page.waitForSelector('[_echarts_instance_]');
  await page.waitForFunction(() => document.querySelector('#announcer') !== null);
  const before = await page.evaluate(() => [location.search, history.length]);
  await page.focus('#model-chart-frame');
  await page.keyboard.press('End');
  const popup = page.context().waitForEvent('page');
  await page.keyboard.press('Enter');
  const tab = await popup;
  await tab.waitForSelector('#model-card-title');
  const url = new URL(tab.url());
  assert.equal(url.searchParams.get('embed'), null);
  assert.ok(url.searchParams.get('model'), tab.url());
  assert.deepEqual(await page.evaluate(() => [location.search, history.length]), before);
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

// `regions=ARG` on the foundation models (Argentina has none there, notable models has one): the
// page said "0 models" with no box checked, so the filter in force could not be seen or undone
// but by "Clear filters".
test('a country filter with no model in the set still shows its checked box', async () => {
  const fm = csv('ecosystem_graphs/organization_map.csv');
  assert.ok(!fm.some((o) => o.country_codes.split(/[~;,\s]+/).includes('ARG')), 'Argentina has no foundation model');
  const page = await open('view=models&lang=en&set=foundation&regions=ARG');
  const box = page.locator('.filter-option', { hasText: 'Argentina' }).locator('input');
  assert.equal(await box.isChecked(), true);
  await box.click();
  await page.waitForFunction(() => !/regions=/.test(location.search));
  // The counts follow after the chart's frame.
  await page.waitForFunction(() => !document.querySelector('.counts-summary').textContent.startsWith('0 '));
  assert.deepEqual(page.errors, []);
  await page.context().close();
});
