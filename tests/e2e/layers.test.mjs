// The dataset layers' plumbing: the "Layers" control and `layer=` (url.md: `both` default and
// never written; only on figures with a dataset layer, embeds included), and `view=reconcile`
// (only on figures with a reconciliation). Which figures have which comes from issue 8: 1.3.3 has
// a dataset layer, 1.3.13 only a reconciliation, 1.1.1 neither. The drawn dataset series are
// checked elsewhere; here only the controls, the URL and the reconciliation view's markup.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { serve, launch, newPage, csv, drawnOption } from './harness.mjs';

const figures = Object.fromEntries(csv('report/figures.csv').map((f) => [f.figure_id, f]));
const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
// The control's words (issue 8's brief; zh as in the project's strings).
const WORDS = {
  en: { legend: 'Layers', both: 'Both', report: 'Report values', dataset: 'Dataset', tab: 'Reconciliation' },
  zh: { legend: '图层', both: '全部', report: '报告数值', dataset: '数据集', tab: '数据核对' },
};

let server, browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

const search = (page) => page.evaluate(() => location.search);
const checked = (page) => page.$eval('.layer', (f) => f.querySelector('input:checked')?.value);

for (const lang of ['en', 'zh']) {
  test(`1.3.3 (${lang}): the Layers control writes layer=report and layer=dataset, one history entry, and a reload restores it`, async () => {
    const page = await newPage(browser);
    await page.goto(`${server.url}?fig=1.3.3&lang=${lang}`);
    await drawnOption(page);
    const w = WORDS[lang];
    assert.equal((await page.textContent('.layer legend')).trim(), w.legend);
    const labels = await page.$$eval('.layer label', (ls) => ls.map((l) => [l.querySelector('input').value, l.textContent.trim()]));
    assert.deepEqual(labels, [['both', w.both], ['report', w.report], ['dataset', w.dataset]]);
    assert.equal(await page.getAttribute('.layer', 'role'), 'radiogroup');
    assert.equal(await checked(page), 'both');
    const entries = await page.evaluate(() => history.length);

    await page.click('.layer input[value="report"]');
    await page.waitForFunction((q) => location.search === q, `?fig=1.3.3&lang=${lang}&layer=report`);
    assert.equal(await checked(page), 'report');
    await page.click('.layer input[value="dataset"]');
    await page.waitForFunction((q) => location.search === q, `?fig=1.3.3&lang=${lang}&layer=dataset`);
    assert.equal(await page.evaluate(() => history.length), entries, 'control changes replace the entry');
    await drawnOption(page);

    await page.reload();
    await drawnOption(page);
    assert.equal(await checked(page), 'dataset');
    assert.equal(await search(page), `?fig=1.3.3&lang=${lang}&layer=dataset`);
    // The layer stays through the table view and a language switch, and is written after lang.
    await page.click('#view-table');
    await page.waitForFunction((q) => location.search === q, `?fig=1.3.3&view=table&lang=${lang}&layer=dataset`);
    assert.equal(await checked(page), 'dataset', 'the control is offered in the table view too');
    await page.click('#lang-toggle');
    const other = lang === 'en' ? 'zh' : 'en';
    await page.waitForFunction((q) => location.search === q, `?fig=1.3.3&view=table&lang=${other}&layer=dataset`);
    assert.equal(await checked(page), 'dataset');
    // Both is the default: not written.
    await page.click('.layer input[value="both"]');
    await page.waitForFunction((q) => location.search === q, `?fig=1.3.3&view=table&lang=${other}`);
    assert.equal(await page.$('.notice'), null);
    assert.deepEqual(page.errors, []);
    await page.context().close();
  });

  test(`1.3.3 embed (${lang}): the Layers control is there and layer= goes into the link that opens the explorer`, async () => {
    const page = await newPage(browser, { width: 360, height: 740 });
    await page.goto(`${server.url}?fig=1.3.3&lang=${lang}&layer=REPORT&embed=1`);
    await drawnOption(page);
    assert.equal(await checked(page), 'report');
    await page.click('.layer input[value="dataset"]');
    await page.waitForFunction((q) => location.search === q, `?fig=1.3.3&lang=${lang}&layer=dataset&embed=1`);
    const open = new URL(await page.getAttribute('a.open-explorer', 'href'));
    // The figure's share page with the rest of the state (url.md).
    assert.equal(open.pathname + open.search, `/s/1.3.3/${lang}/?layer=dataset`);
    assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= 360), 'fits the frame');
    assert.deepEqual(page.errors, []);
    await page.context().close();
  });
}

test('layer= on 1.1.1 (no dataset layer): a notice, no control, and the link drops it', async () => {
  const page = await newPage(browser);
  // Without lang the explorer rewrites the link at once: the layer is not written back.
  await page.goto(`${server.url}?fig=1.1.1&layer=report`);
  await page.waitForFunction(() => location.search === '?fig=1.1.1&lang=en');
  await drawnOption(page);
  const notice = await page.textContent('.notice');
  assert.ok(notice.includes('layer') && notice.includes('“report”'), notice);
  assert.equal(await page.$('.layer'), null, 'no Layers control');
  assert.equal(await page.$('#view-reconcile'), null, 'no Reconciliation tab');
  // With lang: the next change of a control writes the link without it.
  await page.goto(`${server.url}?fig=1.1.1&lang=zh&layer=dataset`);
  await drawnOption(page);
  assert.match(await page.textContent('.notice'), /layer（“dataset”）/);
  await page.click('#view-table');
  await page.waitForFunction(() => location.search === '?fig=1.1.1&view=table&lang=zh');
  // The compare view is report-only.
  await page.goto(`${server.url}?view=compare&lang=en&layer=dataset`);
  await page.waitForSelector('.notice');
  assert.match(await page.textContent('.notice'), /\blayer\b/);
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

for (const lang of ['en', 'zh']) {
  test(`view=reconcile on 1.3.13 (${lang}) shows the reconciliation; the tab leads there and back`, async () => {
    const page = await newPage(browser);
    await page.goto(`${server.url}?fig=1.3.13&lang=${lang}`);
    await drawnOption(page);
    assert.equal(await page.$('.layer'), null, '1.3.13 has no dataset layer');
    assert.equal((await page.textContent('#view-reconcile')).trim(), WORDS[lang].tab);
    const entries = await page.evaluate(() => history.length);
    await page.click('#view-reconcile');
    await page.waitForFunction((q) => location.search === q, `?fig=1.3.13&view=reconcile&lang=${lang}`);
    await page.waitForSelector('section.reconcile h2');
    assert.equal(await page.getAttribute('#view-reconcile', 'aria-pressed'), 'true');
    assert.equal(await page.getAttribute('#view-chart', 'aria-pressed'), 'false');
    assert.equal(await page.evaluate(() => document.activeElement.id), 'view-reconcile', 'focus stays on the view tab');
    assert.equal(await page.evaluate(() => history.length), entries);
    assert.equal(await page.$('.chart'), null);
    assert.equal(await page.$('.controls'), null, 'no control applies to the reconciliation');
    await checkReconcileMarkup(page, '1.3.13', lang);

    await page.reload();
    await page.waitForSelector('section.reconcile');
    await page.click('#view-chart');
    await page.waitForFunction((q) => location.search === q, `?fig=1.3.13&lang=${lang}`);
    await drawnOption(page);
    assert.deepEqual(page.errors, []);
    await page.context().close();
  });
}

/** The reconciliation is a table with caption and scoped headers, numbers right-aligned in
 * tabular figures; with nothing to set side by side yet, its one row says so. */
async function checkReconcileMarkup(page, id, lang) {
  const m = await page.$eval('section.reconcile', (s) => {
    const table = s.querySelector('table');
    const rows = [...table.querySelectorAll('tbody tr')];
    const num = table.querySelector('tbody td.num');
    const style = num && getComputedStyle(num);
    return {
      caption: table.querySelector('caption')?.textContent,
      cols: table.querySelectorAll('thead th[scope="col"]').length,
      rowHeads: rows.filter((r) => r.querySelector('th[scope="row"]')).length,
      rows: rows.length,
      empty: table.querySelector('tbody td.reconcile-empty')?.textContent ?? null,
      align: style?.textAlign,
      figures: style?.fontVariantNumeric,
    };
  });
  assert.ok(m.caption.includes(id) && m.caption.includes(figures[id][`title_${lang}`]), m.caption);
  assert.equal(m.cols, 7);
  if (m.empty !== null) {
    assert.equal(m.rows, 1);
    assert.ok(m.empty.trim().length > 0, 'an empty reconciliation says so');
    return;
  }
  assert.ok(m.rows > 0);
  assert.equal(m.rowHeads, m.rows);
  assert.equal(m.align, 'right');
  assert.match(m.figures, /tabular-nums/);
}

test('view=reconcile on 1.1.1 falls back to the chart with a notice', async () => {
  const page = await newPage(browser);
  await page.goto(`${server.url}?fig=1.1.1&lang=en&view=reconcile`);
  await drawnOption(page);
  assert.match(await page.textContent('.notice'), /\bview\b.*“reconcile”/);
  assert.equal(await page.$('section.reconcile'), null);
  assert.equal(await page.getAttribute('#view-chart', 'aria-pressed'), 'true');
  // The explorer's own next link is written without it.
  await page.click('#view-table');
  await page.waitForFunction(() => location.search === '?fig=1.1.1&view=table&lang=en');
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('the Layers control is keyboard-operable: Tab reaches it with a visible focus, arrows choose', async () => {
  const page = await newPage(browser);
  await page.goto(`${server.url}?fig=1.3.3&lang=en`);
  await drawnOption(page);
  await page.focus('#view-chart');
  let focused = null;
  for (let i = 0; i < 6 && !focused; i++) {
    await page.keyboard.press('Tab');
    focused = await page.evaluate(() => {
      const el = document.activeElement;
      if (el.name !== 'layer') return null;
      const s = getComputedStyle(el);
      return { value: el.value, outline: s.outlineStyle !== 'none' && s.outlineWidth !== '0px' };
    });
  }
  assert.ok(focused, 'Tab from the view tabs reaches the Layers control');
  assert.equal(focused.value, 'both', 'Tab lands on the chosen option');
  assert.ok(focused.outline, 'visible focus');
  await page.keyboard.press('ArrowRight');
  await page.waitForFunction(() => location.search === '?fig=1.3.3&lang=en&layer=report');
  await page.keyboard.press('ArrowRight');
  await page.waitForFunction(() => location.search === '?fig=1.3.3&lang=en&layer=dataset');
  assert.equal(await page.evaluate(() => document.activeElement.value), 'dataset', 'focus stays in the group');
  await page.keyboard.press('ArrowLeft');
  await page.waitForFunction(() => location.search === '?fig=1.3.3&lang=en&layer=report');
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('no serious or critical axe violation on the Layers control and the reconciliation, both languages, desktop and phone', async () => {
  const failures = [];
  for (const viewport of [{ width: 1280, height: 800 }, { width: 360, height: 740 }]) {
    const page = await newPage(browser, viewport);
    for (const q of ['fig=1.3.3&lang=en&layer=report', 'fig=1.3.3&lang=zh&view=reconcile', 'fig=1.3.13&lang=en&view=reconcile&theme=dark', 'fig=1.3.21&lang=zh&view=reconcile']) {
      await page.goto(`${server.url}?${q}`);
      await page.waitForSelector('#figure-title');
      if (await page.$('.chart')) await drawnOption(page);
      assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= innerWidth), `${q}: nothing wider than the page`);
      await page.addScriptTag({ path: axePath });
      const result = await page.evaluate(() => window.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } }));
      const bad = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`);
      if (bad.length) failures.push(`${viewport.width} ${q}\n  ${bad.join('\n  ')}`);
    }
    assert.deepEqual(page.errors, []);
    await page.context().close();
  }
  assert.deepEqual(failures, []);
});
