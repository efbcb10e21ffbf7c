// Table view, CSV, PNG, SVG and citation for every figure, in both languages, against the data
// files.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { serve, launch, newPage, csv, drawnOption, hasCjk, recomputed, hasChart, parseShown, significantDigits } from './harness.mjs';
import { EPOCH_SPAN, countsByCountry, countryNames, bySector, measureOf, sig3Shown, close } from './recount.mjs';

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
      // Scatter figures fetch Epoch AI's models file on first use: let it arrive.
      if (fig.chart_kind === 'scatter') await page.waitForLoadState('networkidle');
      // CSV: every row of values.csv, as stated (recomputed figures: their recomputation).
      const file = (await grab('#download-csv')).toString('utf8');
      assert.ok(file.startsWith('\ufeff'), `${where}: BOM`);
      const records = parse(file.slice(1), { columns: true });
      if (!recomputed(fig)) {
        // The report's layer: every row of values.csv; a dataset layer (issue 8) adds its own rows.
        const stated = records.filter((x) => x.layer === 'report');
        assert.equal(stated.length, rows.length, `${where}: CSV rows`);
        assert.ok(records.every((x) => x.layer === 'report' || (x.layer === 'dataset' && x.provenance.startsWith('recomputed'))), `${where}: layer column`);
        for (const v of rows) {
          const r = stated.find((x) => x.series_key === v.series_key && x.x === v.x);
          assert.ok(r, `${where}: ${v.series_key} ${v.x} in CSV`);
          assert.equal(Number(r.value), Number(v.value));
          assert.equal(r.series_zh, v.series_zh);
          assert.equal(r.provenance, v.provenance);
        }
      } else {
        checkRecomputedCsv(fig, records, where);
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
        // Both layers: as many rows as the CSV has plotted values.
        assert.equal(bodyRows.length, records.filter((x) => x.role !== 'annotation').length, `${where}: table rows`);
        assert.ok(bodyRows.length >= rows.filter((v) => v.role !== 'annotation').length, `${where}: every stated value in the table`);
        assert.ok(bodyRows.some((t) => t.includes(rows.find((v) => v.role !== 'annotation')[`series_${lang}`])), `${where}: table names`);
      } else {
        await checkRecomputedTable(fig, page, lang, where);
      }
    }
  }
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

// 1.3.4–1.3.6 against an independent recount (recount.mjs): every row of the table and the CSV.
const [FROM, TO] = EPOCH_SPAN;

/** A model's row may be labelled with its short name (Epoch's "GPT-4 (Mar 2023)" as GPT-4). */
const nameMatches = (label, model) => label === model || label === model.replace(/ \((Mar|Jun) 2023\)$/, '') && model.endsWith('(Mar 2023)');

async function checkRecomputedTable(fig, page, lang, where) {
  const rows = await page.$$eval('table.data-table tbody tr', (trs) => trs.map((tr) => ({
    head: tr.querySelector('th')?.textContent.trim(),
    num: tr.querySelector('td.num')?.firstChild?.textContent ?? tr.querySelector('td.num')?.textContent,
  })));
  if (fig.chart_kind === 'bar') {
    const counts = countsByCountry(FROM, TO);
    assert.equal(rows.length, Object.keys(counts).length, `${where}: one row per country`);
    for (const r of rows) {
      const code = Object.keys(countryNames).find((c) => countryNames[c][lang] === r.head);
      assert.ok(code, `${where}: ${r.head} is a country of country_codes.csv`);
      assert.equal(parseShown(r.num), counts[code], `${where}: ${r.head}`);
    }
  } else {
    const measure = measureOf(fig);
    const models = Object.values(bySector(measure, FROM, TO)).flat();
    assert.equal(rows.length, models.length, `${where}: one row per model with a value`);
    for (const m of models) {
      const r = rows.find((x) => nameMatches(x.head, m.name));
      assert.ok(r, `${where}: ${m.name} in the table`);
      // A dataset estimate: 3 significant digits on screen, no float noise.
      assert.ok(significantDigits(r.num) <= 3, `${where}: ${m.name} shows '${r.num}' (at most 3 significant digits)`);
      assert.ok(sig3Shown(m[measure]).some((v) => close(parseShown(r.num), v)), `${where}: ${m.name} shows '${r.num}' for ${m[measure]}`);
    }
  }
}

function checkRecomputedCsv(fig, records, where) {
  // The CSV holds the source values unchanged, one row per bar or point.
  if (fig.chart_kind === 'bar') {
    const want = Object.values(countsByCountry(FROM, TO)).sort((a, b) => a - b);
    const got = records.map((r) => Number(r.value)).sort((a, b) => a - b);
    assert.deepEqual(got, want, `${where}: CSV holds every country's count`);
  } else {
    const measure = measureOf(fig);
    const want = Object.values(bySector(measure, FROM, TO)).flat().map((m) => m[measure]).sort((a, b) => a - b);
    const got = records.map((r) => Number(r.value)).sort((a, b) => a - b);
    assert.equal(got.length, want.length, `${where}: CSV rows`);
    want.forEach((v, i) => assert.ok(close(got[i], v), `${where}: CSV value ${got[i]} is the dataset's ${v}`));
  }
}
