// Shareable state: every control writes the URL, the URL restores the drawn chart; history;
// the compare view against the data files; malformed links.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch, newPage, csv, drawnOption } from './harness.mjs';

const values = csv('report/values.csv');
const regions = csv('report/regions.csv');
let server, browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

const search = (page) => new URL(page.url()).search;
const essentials = (o) => ({
  series: o.series.map((s) => ({ name: s.name, type: s.type, data: s.data })),
  x: o.xAxis.map((a) => ({ type: a.type, data: a.data, min: a.min, max: a.max })),
  y: o.yAxis.map((a) => ({ type: a.type, data: a.data })),
  selected: o.legend?.[0]?.selected ?? {},
});

test('controls set by clicking round-trip through the URL and a reload', async () => {
  const page = await newPage(browser);
  await page.goto(`${server.url}?fig=1.2.5&lang=en`);
  await drawnOption(page);
  await page.click('.region-option[data-code="ROW"] input');
  await page.waitForFunction(() => location.search.includes('regions=CHN~USA~EU_UK~IND'));
  await page.selectOption('#time-from', '2015');
  await page.waitForFunction(() => location.search.includes('time=2015..latest'));
  await page.click('.scale input[value="log"]');
  await page.waitForFunction(() => location.search.includes('scale=log'));
  // A legend click, as ECharts reports it.
  await page.evaluate(() => window.echarts.getInstanceByDom(document.querySelector('.chart')).dispatchAction({ type: 'legendToggleSelect', name: 'India' }));
  await page.waitForFunction(() => location.search.includes('hide=IND'));
  assert.equal(search(page), '?fig=1.2.5&lang=en&regions=CHN~USA~EU_UK~IND&time=2015..latest&scale=log&hide=IND');
  await page.click('#lang-toggle');
  await page.waitForFunction(() => location.search.includes('lang=zh'));
  await page.waitForFunction(() => window.echarts.getInstanceByDom(document.querySelector('.chart')).getOption().legend[0].selected?.['印度'] === false);
  const before = essentials(await drawnOption(page));
  assert.equal(before.y[0].type, 'log');
  assert.deepEqual(before.series.map((s) => s.name), ['中国', '美国', '欧盟和英国', '印度']);
  assert.equal(before.x[0].data[0], '2015');
  await page.reload();
  const after = essentials(await drawnOption(page));
  assert.deepEqual(after, before, 'reload restores exactly what was drawn');
  assert.equal(await page.isChecked('.region-option[data-code="ROW"] input'), false);
  assert.equal(await page.isChecked('.scale input[value="log"]'), true);
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('relative stacking and the table view are in the URL too', async () => {
  const page = await newPage(browser);
  await page.goto(`${server.url}?fig=1.3.13&lang=en`);
  await drawnOption(page);
  await page.click('.stack input[value="relative"]');
  await page.waitForFunction(() => location.search.includes('stack=relative'));
  await page.waitForFunction(() => window.echarts.getInstanceByDom(document.querySelector('.chart')).getOption().series.length === 3);
  const option = await drawnOption(page);
  const row = (key, x) => values.find((v) => v.figure_id === '1.3.13' && v.series_key === key && v.x === x);
  const [open, total] = [row('open', '2023'), row('total', '2023')];
  const i2023 = option.xAxis[0].data.indexOf('2023');
  const openSeries = option.series.find((s) => s.name === open.series_en);
  assert.ok(Math.abs(openSeries.data[i2023] - (Number(open.value) / Number(total.value)) * 100) < 1e-9, 'open share of the stated 2023 total');
  await page.click('#view-table');
  await page.waitForFunction(() => location.search.includes('view=table'));
  await page.reload();
  await page.waitForSelector('table.data-table');
  const cells = await page.$$eval('table.data-table tbody tr', (rows) => rows.map((r) => r.textContent));
  assert.equal(cells.length, values.filter((v) => v.figure_id === '1.3.13').length);
  const open2023 = values.find((v) => v.figure_id === '1.3.13' && v.series_key === 'open' && v.x === '2023');
  assert.ok(cells.some((c) => c.includes(open2023.series_en) && c.includes('2023') && c.includes(`${Number(open2023.value).toLocaleString('en-US')} ${open2023.unit}`)));
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('Back and Forward walk three figures', async () => {
  const page = await newPage(browser);
  await page.goto(`${server.url}?fig=1.1.1&lang=en`);
  await drawnOption(page);
  await page.click('a.next');
  await page.waitForFunction(() => location.search.startsWith('?fig=1.1.2'));
  await page.click('a.next');
  await page.waitForFunction(() => location.search.startsWith('?fig=1.1.3'));
  await page.goBack();
  await page.waitForFunction(() => location.search.startsWith('?fig=1.1.2'));
  assert.match(await page.textContent('#figure-title'), /AI publications by type/);
  await page.goBack();
  await page.waitForFunction(() => location.search.startsWith('?fig=1.1.1'));
  await page.goForward();
  await page.waitForFunction(() => location.search.startsWith('?fig=1.1.2'));
  const option = await drawnOption(page);
  assert.deepEqual(option.series.map((s) => s.name).sort(), ['Conference', 'Journal']);
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('Copy link copies the share-page URL of the canonical state and says so', async () => {
  const page = await newPage(browser, { width: 1280, height: 800 }, { permissions: ['clipboard-read', 'clipboard-write'] });
  await page.goto(`${server.url}?fig=1.2.5&lang=en&regions=usa~chn`);
  await drawnOption(page);
  await page.click('#copy-link');
  await page.waitForFunction(() => document.querySelector('.copy-status').textContent.length > 0);
  assert.equal(await page.textContent('.copy-status'), 'Link copied');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  // The figure's share page with the rest of the canonical query (url.md); the address bar keeps
  // its root form.
  assert.equal(copied, `${server.url}s/1.2.5/en/?regions=USA~CHN`);
  assert.ok(page.url().startsWith(`${server.url}?fig=1.2.5&lang=en`), page.url());
  await page.context().close();
});

function stated(fig, region, x, part) {
  return values.find((v) => v.figure_id === fig && v.region_code === region && v.x === x && v.role === 'point'
    && (part === '' ? !v.series_key.includes('__') : v.series_key.endsWith(`__${part}`)));
}
const indicators = {
  publications_by_sector: [['1.1.5'], '2022'], patents_by_status: [['1.2.3'], '2022'], patent_share: [['1.2.5', '1.2.4'], '2022'],
  patents_per_100k: [['1.2.6'], '2022'], patents_per_100k_change: [['1.2.7'], '2012-2022'], notable_models: [['1.3.2', '1.3.3'], '2023'],
  foundation_models: [['1.3.18', '1.3.19'], '2023'], foundation_models_total: [['1.3.20'], '2019-2023'],
  github_projects_share: [['1.5.2'], '2023'], github_stars: [['1.5.4'], '2023'],
};

for (const lang of ['en', 'zh']) {
  test(`compare view USA~CHN~EU_UK (${lang}) shows the values of the data files`, async () => {
    const page = await newPage(browser);
    await page.goto(`${server.url}?view=compare&regions=USA~CHN~EU_UK&lang=${lang}`);
    await page.waitForSelector('.indicator');
    const sections = await page.$$eval('.indicator', (els) => els.map((el) => ({
      id: el.dataset.indicator,
      cells: [...el.querySelectorAll('dd.bar-cell')].map((dd) => ({ code: dd.dataset.code, value: dd.dataset.value, text: dd.textContent })),
      parts: el.querySelectorAll('h3.part').length,
    })));
    assert.deepEqual(sections.map((s) => s.id), Object.keys(indicators));
    for (const s of sections) {
      const [figs, x] = indicators[s.id];
      const parts = [...new Set(values.filter((v) => v.figure_id === figs[0] && v.x === x && v.series_key.includes('__')).map((v) => v.series_key.split('__')[1]))];
      const partList = parts.length ? parts : [''];
      assert.equal(s.cells.length, partList.length * 3, s.id);
      s.cells.forEach((cell, i) => {
        const part = partList[Math.floor(i / 3)];
        const row = figs.map((f) => stated(f, cell.code, x, part)).find(Boolean);
        if (row) assert.equal(Number(cell.value), Number(row.value), `${s.id} ${cell.code} ${part}`);
        else {
          assert.equal(cell.value, '', `${s.id} ${cell.code}: no value`);
          assert.match(cell.text, lang === 'en' ? /not stated in the report/ : /报告未陈述/);
        }
      });
    }
    const names = await page.$$eval('.chip', (els) => els.map((e) => e.dataset.code));
    assert.deepEqual(names, ['USA', 'CHN', 'EU_UK']);
    const label = await page.textContent('.indicator dt');
    assert.equal(label, regions.find((r) => r.code === 'USA')[`name_${lang}`]);
    // The link to the full figure keeps the regions the figure has.
    const href = await page.getAttribute('.indicator[data-indicator="patent_share"] a.open-figure', 'href');
    assert.equal(href, `?fig=1.2.5&lang=${lang}&regions=USA~CHN~EU_UK`);
    assert.deepEqual(page.errors, []);
    await page.context().close();
  });
}

test('compare view adds and removes regions through the URL', async () => {
  const page = await newPage(browser);
  await page.goto(`${server.url}?view=compare&lang=en`);
  await page.fill('#compare-search', 'ind');
  await page.click('.candidate[data-code="IND"]');
  await page.waitForFunction(() => location.search.includes('regions=USA~CHN~EU_UK~IND'));
  await page.click('.chip[data-code="CHN"] .chip-remove');
  await page.waitForFunction(() => location.search.includes('regions=USA~EU_UK~IND'));
  const share = await page.$eval('.indicator[data-indicator="github_projects_share"] dd[data-code="IND"]', (d) => d.dataset.value);
  const [figs, x] = indicators.github_projects_share;
  assert.equal(Number(share), Number(stated(figs[0], 'IND', x, '').value));
  await page.context().close();
});

const malformed = [
  ['?fig=1.2.5&lang=en&regions=XXX~USA', 'regions'],
  ['?fig=1.2.5&lang=en&time=abc', 'time'],
  ['?fig=1.1.1&lang=en&time=1990..2030', 'time'],
  ['?fig=1.3.13&lang=en&scale=log', 'scale'],
  ['?fig=1.1.1&lang=en&stack=relative', 'stack'],
  ['?fig=1.2.5&lang=en&hide=FOO', 'hide'],
  ['?fig=1.2.5&lang=en&view=pie', 'view'],
  ['?fig=1.2.5&lang=en&theme=neon', 'theme'],
  ['?view=compare&lang=en&regions=USA~CHN~GBR~FRA~DEU~IND~JPN', 'regions'],
  ['?fig=1.2.5&lang=en&regions=%E4%B8%AD%E5%9B%BD%F0%9F%98%80', 'regions'],
  ['?fig=1.2.5&lang=en&hide=%3Cscript%3Ealert(1)%3C%2Fscript%3E', 'hide'],
  ['?fig=1.2.5&lang=en&time=' + '9'.repeat(3000), 'time'],
];
for (const [query, param] of malformed) {
  test(`malformed ${param} in ${query.slice(0, 60)} shows a notice and a working page`, async () => {
    const page = await newPage(browser);
    await page.goto(server.url + query);
    await page.waitForSelector('.notice');
    assert.match(await page.textContent('.notice'), new RegExp(`\\b${param}\\b`));
    assert.equal(await page.$('script:not([src]):not([type]):not(#entry-loader):not(#crash-handler):not(#boot-script)'), null);
    assert.ok((await page.$('.figure-card')) || (await page.$('.compare')), 'a working page');
    if (await page.$('.chart')) await drawnOption(page);
    assert.deepEqual(page.errors, []);
    await page.context().close();
  });
}

test('"show all" on a long bar list is in the URL and survives a reload', async () => {
  const page = await newPage(browser);
  await page.goto(`${server.url}?fig=1.3.16&lang=zh`);
  const rows = values.filter((v) => v.figure_id === '1.3.16' && v.role !== 'annotation');
  const TOP_N = 15; // the README's default: the top 15
  let option = await drawnOption(page);
  assert.equal(option.yAxis[0].data.length, TOP_N);
  await page.click('.show-all');
  await page.waitForFunction(() => location.search.endsWith('show=all'));
  await page.reload();
  await page.waitForFunction((n) => window.echarts.getInstanceByDom(document.querySelector('.chart'))?.getOption().yAxis[0].data.length === n, rows.length);
  option = await drawnOption(page);
  const largest = rows.reduce((a, b) => (Number(b.value) > Number(a.value) ? b : a));
  assert.equal(option.yAxis[0].data[0], largest.series_zh);
  assert.deepEqual(page.errors, []);
  await page.context().close();
});
