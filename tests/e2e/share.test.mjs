// Embeds, downloads and citations: the embedded page in a host page (heights, resizing,
// the way back to the explorer), CSV/PNG/SVG made in the browser, the iframe snippet, and
// "Cite this figure" in both languages.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { serve, launch, newPage, csv, drawnOption } from './harness.mjs';

const figures = csv('report/figures.csv');
const values = csv('report/values.csv');
let server, browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

test('three embeds in a host page report their heights and follow resizes', async () => {
  const page = await newPage(browser, { width: 1200, height: 900 });
  const frames = [['1.1.1', 'en', 360], ['1.3.13', 'zh', 1000], ['1.2.5', 'en', 1000]];
  await page.setContent(`<!doctype html><html><body>
    <script>window.heights = []; addEventListener('message', (e) => { const m = e.data && e.data['ai-index-explorer-height']; if (m) { heights.push(m); for (const f of document.querySelectorAll('iframe')) if (f.contentWindow === e.source) f.style.height = m.height + 'px'; } });</script>
    ${frames.map(([fig, lang, w]) => `<iframe id="f${fig.replaceAll('.', '')}" src="${server.url}?fig=${fig}&lang=${lang}&embed=1" style="width:${w}px;height:200px;border:0" title="embed"></iframe>`).join('')}
  </body></html>`);
  await page.waitForFunction(() => new Set(window.heights.map((h) => h.fig)).size === 3, null, { timeout: 30000 });
  const heights = await page.evaluate(() => window.heights);
  for (const [fig] of frames) {
    const h = heights.filter((x) => x.fig === fig).at(-1);
    assert.ok(h.height > 300, `${fig} reports a real height (${h.height})`);
  }
  const frame = page.frames().find((f) => f.url().includes('fig=1.1.1'));
  assert.equal(await frame.$('.site-header'), null, 'no site navigation in an embed');
  assert.match(await frame.textContent('.embed-source'), /AI Index Report 2024 · CSET/);
  const open = await frame.$('a.open-explorer');
  assert.equal(await open.getAttribute('target'), '_blank');
  // The figure's share page (url.md: the embed's "open" link takes the share form).
  assert.equal(await open.getAttribute('href'), `${server.url}s/1.1.1/en/`);
  const zh = page.frames().find((f) => f.url().includes('fig=1.3.13'));
  assert.match(await zh.textContent('.embed-title'), /按访问类型分的基础模型数量/);
  // Resizing the iframe resizes the chart.
  const width = (f) => f.evaluate(() => window.echarts.getInstanceByDom(document.querySelector('.chart')).getWidth());
  const before = await width(zh);
  await page.evaluate(() => { document.getElementById('f1313').style.width = '400px'; });
  await zh.waitForFunction((w) => window.echarts.getInstanceByDom(document.querySelector('.chart')).getWidth() < w, before);
  assert.ok((await width(zh)) <= 400);
  await page.context().close();
});

test('embed snippet, citation and copy in both languages', async () => {
  for (const lang of ['en', 'zh']) {
    const page = await newPage(browser, { width: 1280, height: 800 }, { permissions: ['clipboard-read', 'clipboard-write'] });
    await page.goto(`${server.url}?fig=1.3.6&lang=${lang}&time=2015..latest`);
    await drawnOption(page);
    await page.click('#embed-button');
    const code = await page.inputValue('#embed-code');
    const title = figures.find((f) => f.figure_id === '1.3.6')[`title_${lang}`];
    assert.ok(code.startsWith(`<iframe src="${server.url}?fig=1.3.6&amp;lang=${lang}&amp;time=2015..latest&amp;embed=1"`), code);
    assert.ok(code.includes(`title="${title}"`) && code.includes('loading="lazy"') && code.includes('width="100%"'));
    await page.click('#cite-button');
    const cite = await page.textContent('#citation');
    assert.ok(cite.includes(lang === 'en' ? 'The AI Index 2024 Annual Report' : '《2024年人工智能指数报告》'));
    assert.ok(cite.includes('1.3.6') && cite.includes('CC BY-ND 4.0') && cite.includes('Epoch AI') && cite.includes('CC BY 4.0'));
    await page.click('.share-box button');
    assert.equal(await page.evaluate(() => navigator.clipboard.readText()), cite);
    await page.context().close();
  }
});

test('CSV, PNG and SVG downloads are made in the page with the data of the files', async () => {
  const page = await newPage(browser);
  await page.goto(`${server.url}?fig=1.2.5&lang=zh`);
  await drawnOption(page);
  const requests = [];
  page.on('request', (r) => { if (!r.url().startsWith('blob:') && !r.url().startsWith('data:')) requests.push(r.url()); });
  const grab = async (id) => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.click(id)]);
    return { name: download.suggestedFilename(), bytes: readFileSync(await download.path()) };
  };
  const csvFile = await grab('#download-csv');
  assert.equal(csvFile.name, 'ai-index-2024-figure-1-2-5-zh.csv');
  const text = csvFile.bytes.toString('utf8');
  assert.ok(text.startsWith('\ufeff'), 'UTF-8 byte-order mark');
  const lines = text.slice(1).trim().split('\r\n');
  assert.equal(lines[0], 'figure,series_key,series_en,series_zh,x,value,unit,qualifier,role,provenance,layer,source');
  const expected = values.filter((v) => v.figure_id === '1.2.5');
  assert.equal(lines.length - 1, expected.length);
  for (const v of expected) assert.ok(lines.some((l) => l.startsWith(`1.2.5,${v.series_key},${v.series_en},${v.series_zh},${v.x},${v.value},`)), v.series_key);
  const png = await grab('#download-png');
  assert.deepEqual([...png.bytes.subarray(0, 4)], [0x89, 0x50, 0x4e, 0x47], 'a PNG file');
  const svg = await grab('#download-svg');
  const svgText = svg.bytes.toString('utf8');
  const china = values.find((v) => v.figure_id === '1.2.5' && v.region_code === 'CHN' && v.x === '2022');
  assert.ok(svgText.startsWith('<svg') && svgText.includes(china.series_zh) && svgText.includes(`${china.value}%`), 'an SVG with the chart as shown');
  // Nothing is fetched but, on the first SVG download, the page's own SVG build of ECharts.
  assert.ok(requests.every((u) => u.startsWith(server.url) && /\/lazy\/echarts-svg-[\w-]+\.js$/.test(u)), `only the SVG build fetched: ${requests}`);
  assert.ok(requests.length <= 1, 'the SVG build once');
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('table view: caption, header scopes, marks, sortable columns', async () => {
  const page = await newPage(browser);
  await page.goto(`${server.url}?fig=1.1.1&lang=en&view=table`);
  await page.waitForSelector('table.data-table');
  assert.match(await page.textContent('caption'), /Figure 1.1.1/);
  assert.equal(await page.$$eval('thead th[scope="col"]', (t) => t.length), 4);
  const rows = await page.$$eval('tbody tr', (r) => r.map((x) => x.textContent));
  const stated = values.filter((v) => v.figure_id === '1.1.1' && v.role === 'point');
  const mark = { approx: '≈ ', lower_bound: '> ', exact: '' };
  const shown = (v) => `${mark[v.qualifier]}${Number(v.value).toLocaleString('en-US')} ${v.unit}`;
  assert.equal(rows.length, stated.length);
  stated.forEach((v, i) => assert.ok(rows[i].includes(shown(v)), `${rows[i]} shows ${shown(v)}`));
  await page.click('button.sort[data-col="3"]');
  await page.click('button.sort[data-col="3"]');
  assert.equal(await page.getAttribute('th:has(button.sort[data-col="3"])', 'aria-sort'), 'descending');
  const sorted = await page.$$eval('tbody tr', (r) => r.map((x) => x.textContent));
  const largest = stated.reduce((a, b) => (Number(b.value) > Number(a.value) ? b : a));
  assert.ok(sorted[0].includes(Number(largest.value).toLocaleString('en-US')), 'largest first');
  await page.context().close();
});
