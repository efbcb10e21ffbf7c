// Table view, CSV, PNG, SVG and citation for every figure, in both languages, against the data
// files.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { serve, launch, newPage, csv, drawnOption, hasCjk, recomputed, hasChart } from './harness.mjs';

const figures = csv('report/figures.csv');
const values = csv('report/values.csv');
let server, browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

test('every figure: table, CSV, PNG, SVG and citation in both languages', async () => {
  const page = await newPage(browser);
  const grab = async (selector) => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.click(selector)]);
    return readFileSync(await download.path());
  };
  for (const fig of figures) {
    const rows = values.filter((v) => v.figure_id === fig.figure_id);
    for (const lang of ['en', 'zh']) {
      const where = `${fig.figure_id} (${lang})`;
      await page.goto(`${server.url}?fig=${fig.figure_id}&lang=${lang}`);
      await page.waitForSelector('#figure-title');
      // CSV: every row of values.csv, as stated (recomputed figures: their recomputation).
      const file = (await grab('#download-csv')).toString('utf8');
      assert.ok(file.startsWith('\ufeff'), `${where}: BOM`);
      const records = parse(file.slice(1), { columns: true });
      if (!recomputed(fig)) {
        assert.equal(records.length, rows.length, `${where}: CSV rows`);
        for (const v of rows) {
          const r = records.find((x) => x.series_key === v.series_key && x.x === v.x);
          assert.ok(r, `${where}: ${v.series_key} ${v.x} in CSV`);
          assert.equal(Number(r.value), Number(v.value));
          assert.equal(r.series_zh, v.series_zh);
          assert.equal(r.provenance, v.provenance);
        }
      } else {
        assert.ok(records.length > 20, `${where}: recomputation exported`);
      }
      // Citation.
      await page.click('#cite-button');
      const cite = await page.textContent('#citation');
      assert.ok(cite.includes(fig.figure_id) && cite.includes(fig[`title_${lang}`]) && cite.includes('CC BY-ND 4.0'), `${where}: citation`);
      if (lang === 'zh') assert.ok(hasCjk(cite));
      if (!hasChart(fig)) continue;
      // PNG and SVG of the chart as shown.
      await drawnOption(page);
      const size = await page.evaluate(() => { const i = window.echarts.getInstanceByDom(document.querySelector('.chart')); return [i.getWidth(), i.getHeight()]; });
      const png = await grab('#download-png');
      assert.deepEqual([...png.subarray(0, 4)], [0x89, 0x50, 0x4e, 0x47], `${where}: PNG`);
      const svg = (await grab('#download-svg')).toString('utf8');
      assert.ok(svg.startsWith('<svg') && svg.includes('<text'), `${where}: SVG with its text`);
      assert.ok(svg.includes(`width="${size[0]}"`) && svg.includes(`height="${size[1]}"`), `${where}: SVG at the size shown`);
      // Table view: one row per plotted value, in the page's language.
      await page.click('#view-table');
      await page.waitForSelector('table.data-table');
      const bodyRows = await page.$$eval('table.data-table tbody tr', (r) => r.map((x) => x.textContent));
      if (!recomputed(fig)) {
        assert.equal(bodyRows.length, rows.filter((v) => v.role !== 'annotation').length, `${where}: table rows`);
        assert.ok(bodyRows.some((t) => t.includes(rows.find((v) => v.role !== 'annotation')[`series_${lang}`])), `${where}: table names`);
      } else {
        assert.ok(bodyRows.length > 20, `${where}: recomputation in the table`);
      }
    }
  }
  assert.deepEqual(page.errors, []);
  await page.context().close();
});
