// Every figure, in both languages: the drawn ECharts option holds the values of the data files,
// series and category names in the page's language, the card's title and takeaway, and no
// console errors. Figures without values show their description instead.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { serve, launch, newPage, csv, drawnOption, numbersOf, hasCjk, artifacts, recomputed, hasChart } from './harness.mjs';

const figures = csv('report/figures.csv');
const values = csv('report/values.csv');
const texts = Object.fromEntries(csv('text/figure_text.csv').map((r) => [r.figure_id, r]));
const displayNames = csv('report/display_names.csv');

let server, browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

const close = (a, b) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(b));

/** Values of a figure the chart must draw: rows with role point or total. */
const plotted = (id) => values.filter((v) => v.figure_id === id && v.role !== 'annotation');

function checkValues(fig, option) {
  const drawn = option.series.flatMap((s) => numbersOf(s.data));
  const rows = plotted(fig.figure_id);
  for (const r of rows) {
    assert.ok(drawn.some((d) => close(d, Number(r.value))), `${fig.figure_id}: ${r.series_key} ${r.x} = ${r.value} is drawn`);
  }
  // Nothing drawn that the file does not state, except the x of year-based scatter points.
  const allowed = new Set(rows.map((r) => Number(r.value)));
  rows.forEach((r) => { if (/^\d{4}$/.test(r.x)) allowed.add(Number(r.x)); });
  for (const d of drawn) {
    assert.ok([...allowed].some((a) => close(d, a)), `${fig.figure_id}: drawn value ${d} is in values.csv`);
  }
}

function displayOf(fig, key, lang) {
  const d = displayNames.find((n) => n.figure_id === fig && n.series_key === key);
  return d && d[`display_${lang}`];
}

function checkNames(fig, option, lang) {
  const rows = plotted(fig.figure_id);
  const names = new Set(rows.map((r) => r[`series_${lang}`]));
  const seriesNames = option.series.map((s) => s.name).filter(Boolean);
  const yLabels = (option.yAxis?.[0]?.data || []).map(String);
  const xLabels = (option.xAxis?.[0]?.data || []).map(String);
  switch (fig.chart_kind) {
    case 'line':
    case 'stacked_bar':
    case 'scatter':
      assert.deepEqual(new Set(seriesNames), names, `${fig.figure_id} series names in ${lang}`);
      break;
    case 'bar':
      for (const label of yLabels) {
        const known = rows.some((r) => label.startsWith(displayOf(fig.figure_id, r.series_key, lang) || r[`series_${lang}`]));
        assert.ok(known, `${fig.figure_id}: bar label ${label} is a ${lang} series name`);
      }
      break;
    case 'grouped_bar':
      for (const s of seriesNames) assert.ok([...names].some((n) => n.endsWith(s)), `${fig.figure_id}: ${s} in ${lang}`);
      assert.equal(xLabels.length, new Set(rows.map((r) => r.region_code)).size);
      break;
    case 'range_dot':
      assert.deepEqual(new Set(yLabels), names, `${fig.figure_id} categories in ${lang}`);
      break;
  }
  if (lang === 'zh') {
    // Every name that has a distinct Chinese form must appear in Chinese.
    const enOnly = rows.filter((r) => r.series_en !== r.series_zh).map((r) => r.series_en);
    for (const n of [...seriesNames, ...yLabels, ...xLabels]) assert.ok(!enOnly.includes(n), `${fig.figure_id}: '${n}' left in English`);
  }
}

// Epoch AI recomputation, done here independently of the Rust code.
const models = csv('epoch/notable_ai_models.csv').filter((m) => {
  const y = Number(m.publication_date.slice(0, 4));
  return y >= 2003 && y <= 2023;
});
const countryCode = Object.fromEntries(csv('epoch/country_codes.csv').map((c) => [c.source_name, c.code]));

function checkRecomputed(fig, option) {
  if (fig.chart_kind === 'bar') {
    const counts = {};
    for (const m of models) {
      const codes = new Set(m.country.split(',').map((c) => countryCode[c.trim()]).filter(Boolean));
      codes.forEach((c) => { counts[c] = (counts[c] || 0) + 1; });
    }
    const top = Math.max(...Object.values(counts));
    assert.equal(numbersOf(option.series[0].data)[0], top, '1.3.4 leads with the top count');
    assert.equal(top, counts.USA);
  } else {
    const flop = fig.unit_en.toLowerCase().includes('flop');
    const col = flop ? 'training_compute_flop' : 'parameters';
    const expected = models.filter((m) => m[col] !== '').length;
    const drawn = option.series.reduce((n, s) => n + s.data.length, 0);
    assert.equal(drawn, expected, `${fig.figure_id}: one point per model with ${col}`);
    if (flop) {
      const alexnet = option.series.flatMap((s) => s.data).find((d) => d[0] === '2012-09-30');
      assert.ok(close(alexnet[1], 470), 'AlexNet at 470 petaFLOP');
    }
  }
}

for (const fig of figures) {
  for (const lang of ['en', 'zh']) {
    test(`figure ${fig.figure_id} (${lang})`, async () => {
      const page = await newPage(browser);
      await page.goto(`${server.url}?fig=${fig.figure_id}&lang=${lang}`);
      await page.waitForSelector('#figure-title');
      assert.equal(await page.textContent('#figure-title'), fig[`title_${lang}`]);
      assert.equal(await page.textContent('.takeaway'), texts[fig.figure_id][`takeaway_${lang}`]);
      assert.equal(await page.getAttribute('html', 'lang'), lang === 'zh' ? 'zh-Hans' : 'en');
      if (lang === 'zh') assert.ok(hasCjk(await page.textContent('.figure-card .meta')), 'badge in Chinese');
      if (hasChart(fig)) {
        if (await page.$('.show-all')) await page.click('.show-all');
        if (fig.figure_id === '1.3.16' || fig.figure_id === '1.3.17') {
          await page.waitForFunction(() => window.echarts.getInstanceByDom(document.querySelector('.chart')).getOption().yAxis[0].data.length > 15);
        }
        const option = await drawnOption(page);
        if (recomputed(fig)) {
          checkRecomputed(fig, option);
          assert.match(await page.textContent('.footnotes'), lang === 'en' ? /Recomputed from Epoch AI, data accessed 2026-01-26/ : /Epoch AI/);
        } else {
          checkValues(fig, option);
          checkNames(fig, option, lang);
          // No stated point may be hidden at narrow widths.
          for (const s of option.series.filter((x) => x.type === 'line')) assert.equal(s.showAllSymbol, true);
        }
      } else {
        assert.equal(await page.$('.chart'), null, 'no chart for a figure without values');
        assert.equal(await page.textContent('.no-chart .description'), texts[fig.figure_id][`description_${lang}`]);
      }
      assert.deepEqual(page.errors, [], 'no console errors');
      await page.context().close();
    });
  }
}

test('screenshots at desktop and phone widths, both languages', async () => {
  for (const id of ['1.1.1', '1.3.6', '1.3.13', '1.3.16']) {
    for (const lang of ['en', 'zh']) {
      for (const [w, h] of [[1280, 800], [390, 844]]) {
        const page = await newPage(browser, { width: w, height: h });
        await page.goto(`${server.url}?fig=${id}&lang=${lang}`);
        await drawnOption(page);
        await page.waitForTimeout(400); // let the entry animation finish
        await page.screenshot({ path: path.join(artifacts, `${id}-${lang}-${w}.png`), fullPage: true });
        assert.deepEqual(page.errors, []);
        await page.context().close();
      }
    }
  }
});
