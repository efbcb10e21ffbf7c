// Accessibility: an axe-core audit (WCAG 2.x A and AA rules) of every figure in both languages
// in the light theme, and a dozen figures in the dark theme: no serious or critical violation.
// axe cannot see into a canvas, so the chart's text description and the rule that colour is
// never the only carrier of meaning (decals on bars, marker shapes on lines) are checked here too.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { serve, launch, newPage, csv, drawnOption } from './harness.mjs';

const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const figures = csv('report/figures.csv');
const values = csv('report/values.csv');
const value = (fig, key, x) => values.find((v) => v.figure_id === fig && v.series_key === key && v.x === x);
let server, browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

async function audit(page) {
  await page.addScriptTag({ path: axePath });
  const result = await page.evaluate(() => window.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } }));
  return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`);
}

const dark = ['1.1.1', '1.1.5', '1.2.3', '1.2.5', '1.3.4', '1.3.6', '1.3.8', '1.3.9', '1.3.13', '1.3.16', '1.3.23', '1.5.4'];
const cases = [
  ...figures.flatMap((f) => ['en', 'zh'].map((lang) => [f.figure_id, lang, 'light'])),
  ...dark.map((id, i) => [id, i % 2 ? 'zh' : 'en', 'dark']),
];

test('no serious or critical axe violation on any figure, page or theme', async () => {
  const failures = [];
  const page = await newPage(browser);
  for (const [id, lang, theme] of [...cases, [null, 'en', 'light'], [null, 'zh', 'dark']]) {
    const url = id ? `${server.url}?fig=${id}&lang=${lang}&theme=${theme}` : `${server.url}?lang=${lang}&theme=${theme}`;
    await page.goto(url);
    await page.waitForSelector(id ? '#figure-title' : '.figure-index');
    if (id && (await page.$('.chart'))) await drawnOption(page);
    const found = await audit(page);
    if (found.length) failures.push(`${url}\n  ${found.join('\n  ')}`);
  }
  for (const lang of ['en', 'zh']) {
    await page.goto(`${server.url}?view=compare&lang=${lang}&theme=light`);
    await page.waitForSelector('.indicator');
    const found = await audit(page);
    if (found.length) failures.push(`compare ${lang}\n  ${found.join('\n  ')}`);
  }
  assert.deepEqual(failures, []);
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('every chart has a name and a description that states its values', async () => {
  const page = await newPage(browser);
  const pubs = value('1.1.1', 'world', '2022');
  const china = value('1.2.5', 'china', '2022');
  const median = values.find((v) => v.figure_id === '1.3.8' && v.x === 'median');
  const cases = [
    ['1.1.1', 'en', `> ${Number(pubs.value).toLocaleString('en-US')} ${pubs.unit}`],
    ['1.2.5', 'zh', `${china.value}%`],
    ['1.3.8', 'en', median.value],
    ['1.3.17', 'en', 'table view'],
  ];
  for (const [id, lang, text] of cases) {
    await page.goto(`${server.url}?fig=${id}&lang=${lang}`);
    await drawnOption(page);
    const frame = await page.$('.chart-frame');
    assert.equal(await frame.getAttribute('role'), 'img');
    assert.ok((await frame.getAttribute('aria-label')).length > 10);
    const desc = await page.textContent(`#${await frame.getAttribute('aria-describedby')}`);
    assert.ok(desc.includes(text), `${id}: ${desc}`);
  }
  await page.context().close();
});

test('colour is never the only carrier of meaning: decals on bars, shapes on lines', async () => {
  const page = await newPage(browser);
  for (const id of ['1.3.13', '1.1.5', '1.2.5', '1.2.3', '1.3.6']) {
    await page.goto(`${server.url}?fig=${id}&lang=en`);
    const option = await drawnOption(page);
    assert.equal(option.aria[0]?.decal?.show ?? option.aria?.decal?.show, true, `${id} decals`);
    const lines = option.series.filter((s) => s.type === 'line' || s.type === 'scatter');
    const named = [...new Set(lines.map((s) => s.name))];
    if (named.length >= 2 && id !== '1.3.13') {
      const symbols = new Set(lines.map((s) => String(s.symbol).replace(/^empty/, '').toLowerCase()));
      assert.ok(symbols.size >= Math.min(named.length, 5), `${id}: distinct marker shapes`);
    }
  }
  await page.context().close();
});

test('reduced motion turns animation off', async () => {
  const page = await newPage(browser, { width: 1280, height: 800 }, { reducedMotion: 'reduce' });
  await page.goto(`${server.url}?fig=1.1.1&lang=en`);
  const option = await drawnOption(page);
  assert.equal(option.animation, false);
  await page.context().close();
});

test('keyboard reaches the language toggle, view tabs and controls with a visible focus', async () => {
  const page = await newPage(browser);
  await page.goto(`${server.url}?fig=1.2.5&lang=en`);
  await drawnOption(page);
  const reached = new Set();
  for (let i = 0; i < 40; i++) {
    await page.keyboard.press('Tab');
    const info = await page.evaluate(() => {
      const el = document.activeElement;
      const style = getComputedStyle(el);
      return { id: el.id || el.className || el.tagName, outline: style.outlineStyle !== 'none' && style.outlineWidth !== '0px' };
    });
    if (info.id === 'BODY') continue; // focus left the page (browser UI) and comes back
    reached.add(info.id);
    assert.ok(info.outline, `visible focus on ${info.id}`);
  }
  for (const id of ['lang-toggle', 'copy-link', 'view-table', 'region-search', 'time-from']) assert.ok(reached.has(id), `${id} reachable`);
  await page.context().close();
});
