// Every figure, in both languages: the drawn ECharts option holds the values of the data files,
// series and category names in the page's language, the card's title and takeaway, and no
// console errors. Figures without values show their description instead.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { serve, launch, newPage, csv, drawnOption, numbersOf, hasCjk, artifacts, recomputed, hasChart } from './harness.mjs';
import { EPOCH_SPAN, countsByCountry, countryNames, bySector, measureOf, allModels, modelsIn, SECTORS, close } from './recount.mjs';

const figures = csv('report/figures.csv');
const values = csv('report/values.csv');
const texts = Object.fromEntries(csv('text/figure_text.csv').map((r) => [r.figure_id, r]));
const displayNames = csv('report/display_names.csv');

let server, browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });


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

// Epoch AI recomputation, done independently of the Rust code (recount.mjs): every bar of 1.3.4
// and every point of 1.3.5–1.3.6 against the README's rules.
function checkRecomputed(fig, option, lang) {
  const [from, to] = EPOCH_SPAN;
  if (fig.chart_kind === 'bar') {
    const counts = countsByCountry(from, to);
    const labels = (option.yAxis?.[0]?.data || []).map((l) => String(l?.value ?? l));
    const data = numbersOfEach(option.series[0].data);
    assert.equal(labels.length, Object.keys(counts).length, `${fig.figure_id}: one bar per country with a model`);
    const drawn = {};
    labels.forEach((label, i) => {
      const code = Object.keys(countryNames).find((c) => countryNames[c][lang] === label);
      assert.ok(code, `${fig.figure_id}: bar label ${label} is a ${lang} country name of country_codes.csv`);
      drawn[code] = data[i];
    });
    assert.deepEqual(drawn, counts, `${fig.figure_id}: every bar equals the recount`);
  } else {
    const measure = measureOf(fig);
    const expected = bySector(measure, from, to);
    const key = (d, v) => `${d}|${v}`;
    const unmatched = new Set(Object.keys(expected));
    for (const s of option.series) {
      const points = (s.data || []).map((p) => (Array.isArray(p) ? p : p.value));
      const sector = [...unmatched].find((sec) => {
        if (expected[sec].length !== points.length) return false;
        const want = expected[sec].map((m) => [m.date, m[measure]]).sort();
        const got = [...points].sort();
        return want.every(([d, v], i) => got[i][0] === d && close(got[i][1], v));
      });
      assert.ok(sector, `${fig.figure_id}: series ${s.name} (${points.length} points) equals one sector of the recount`);
      if (lang === 'en') assert.equal(s.name, SECTORS.find(([c]) => c === sector)[1], `${fig.figure_id}: series name of ${sector}`);
      unmatched.delete(sector);
    }
    assert.deepEqual([...unmatched], [], `${fig.figure_id}: every sector with a value is drawn`);
    if (measure === 'petaflop') {
      const alexnet = allModels.find((m) => m.name === 'AlexNet');
      const drawnAlex = option.series.flatMap((s) => s.data).map((p) => (Array.isArray(p) ? p : p.value)).find((d) => d[0] === alexnet.date);
      assert.ok(close(drawnAlex[1], alexnet.flop / 1e15), 'AlexNet at its FLOP / 1e15');
    }
  }
}

/** The number of each data item (plain value, `{value}` or `[x, y]` → y), in order. */
function numbersOfEach(data) {
  return (data || []).map((d) => {
    const v = d && typeof d === 'object' && !Array.isArray(d) ? d.value : d;
    return Array.isArray(v) ? v[v.length - 1] : v;
  });
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
      // A figure with a dataset layer (issue 8): its report layer alone is checked here against
      // values.csv (dataset_layers.test.mjs checks the dataset layer against a recount).
      if (await page.$('fieldset.layer')) {
        await page.goto(`${server.url}?fig=${fig.figure_id}&lang=${lang}&layer=report`);
        await page.waitForSelector('#figure-title');
      }
      if (hasChart(fig)) {
        if (await page.$('.show-all')) {
          await page.click('.show-all');
          // Every bar of a long list: as many as the figure has categories.
          await page.waitForFunction(() => window.echarts.getInstanceByDom(document.querySelector('.chart')).getOption().yAxis[0].data.length > 15);
        }
        const option = await drawnOption(page);
        if (recomputed(fig)) {
          checkRecomputed(fig, option, lang);
          const notes = await page.textContent('.footnotes');
          assert.ok(notes.includes('Epoch AI') && (lang === 'zh' ? /2026年1月26日|2026-01-26/ : /2026-01-26/).test(notes), `${fig.figure_id}: cites Epoch AI and the access date: ${notes}`);
          if (fig.chart_kind === 'bar') {
            // Models without a country code drop out of the counts: the notes say how many.
            const noCode = modelsIn(...EPOCH_SPAN).filter((m) => m.codes.length === 0).length;
            assert.match(notes, new RegExp(`(?<!\\d)${noCode}(?!\\d)`), `${fig.figure_id}: says ${noCode} models have no country code: ${notes}`);
          }
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

// Screenshots for people to look at (tests/e2e/artifacts), and what can be checked on them: the
// PNG has the viewport's width, the page does not scroll sideways, and the chart's canvas holds a
// drawing (enough pixels that differ from its background), not an empty frame.
test('screenshots at desktop and phone widths, both languages: a drawn chart, no sideways scroll', async () => {
  for (const id of ['1.1.1', '1.3.6', '1.3.13', '1.3.16']) {
    for (const lang of ['en', 'zh']) {
      for (const [w, h] of [[1280, 800], [390, 844]]) {
        const where = `${id} ${lang} ${w}px`;
        // Reduced motion: no entry animation, so the canvas is final once the option is set.
        const page = await newPage(browser, { width: w, height: h }, { reducedMotion: 'reduce' });
        await page.goto(`${server.url}?fig=${id}&lang=${lang}`);
        await drawnOption(page);
        await page.evaluate(() => new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(ok))));
        const png = await page.screenshot({ path: path.join(artifacts, `${id}-${lang}-${w}.png`), fullPage: true });
        assert.deepEqual([...png.subarray(1, 4)], [0x50, 0x4e, 0x47], `${where}: a PNG`);
        assert.equal(png.readUInt32BE(16), w, `${where}: PNG as wide as the viewport`);
        assert.ok(png.readUInt32BE(20) >= h, `${where}: PNG at least as high as the viewport`);
        const ink = await page.evaluate(() => {
          const canvas = document.querySelector('.chart canvas');
          const ctx = canvas.getContext('2d');
          const { data } = ctx.getImageData(0, 0, canvas.width, canvas.height);
          // Background: the colour of most pixels.
          const freq = new Map();
          for (let i = 0; i < data.length; i += 4 * 7) {
            const k = (data[i] << 24) | (data[i + 1] << 16) | (data[i + 2] << 8) | data[i + 3];
            freq.set(k, (freq.get(k) || 0) + 1);
          }
          const bg = [...freq].sort((a, b) => b[1] - a[1])[0][0];
          let other = 0;
          for (let i = 0; i < data.length; i += 4) {
            const k = (data[i] << 24) | (data[i + 1] << 16) | (data[i + 2] << 8) | data[i + 3];
            if (k !== bg) other++;
          }
          return { other, total: data.length / 4, cssWidth: canvas.clientWidth };
        });
        assert.ok(ink.other >= 0.01 * ink.total, `${where}: the chart canvas is drawn (${ink.other} of ${ink.total} pixels differ from the background)`);
        assert.ok(ink.cssWidth > 0.6 * Math.min(w, 1280) - 100 && ink.cssWidth <= w, `${where}: chart ${ink.cssWidth}px wide in a ${w}px viewport`);
        const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
        assert.ok(scrollWidth <= w, `${where}: no sideways scroll (${scrollWidth}px)`);
        assert.deepEqual(page.errors, []);
        await page.context().close();
      }
    }
  }
});
