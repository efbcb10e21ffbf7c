// The dataset layers of issue 8, as drawn, in both languages: for each of the eleven figures with
// a layer, the ECharts option holds the report's stated values (values.csv) and the dataset
// series, and the dataset series equal an independent recount from the CSV files under src/data
// (./recount.mjs, written from the data README and the issue, never calling the product);
// `layer=report` / `layer=dataset` round-trip through the URL and the Layers control and leave
// only that layer drawn; old `hide=` links hide the same category in both layers; and
// `view=reconcile` sets each stated value beside its recount (the eleven and 1.3.13, 1.3.14,
// 1.3.16, 1.3.17).
//
// How a layer is told apart in the option: bars, the series named "Dataset layer (recounted)";
// lines, two series per category under one name, the thin one (symbolSize 4) being the dataset's;
// scatters, one series per named model (the report) and one per domain (the dataset).
// One browser, one page per language, reused by every test.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch, newPage, csv, drawnOption, parseShown, hasCjk } from './harness.mjs';
import * as R from './recount.mjs';

const values = csv('report/values.csv');
const regions = csv('report/regions.csv');
const countries = csv('epoch/country_codes.csv');
const displayNames = csv('report/display_names.csv');

/** Figures with a dataset layer, and those with only a reconciliation (issue 8). */
const LAYERED = R.LAYERED_FIGURES;
const RECONCILED_ONLY = R.RECONCILED_FIGURES.filter((f) => !LAYERED.includes(f));
const KIND = Object.fromEntries(csv('report/figures.csv').map((f) => [f.figure_id, f.chart_kind]));
const LANGS = ['en', 'zh'];
/** Long bar lists show this many until "show all" (the README's top 15). */
const TOP_N = 15;
// The page's words where no data file names a category (as layers.test.mjs takes the control's).
const DATASET_BAR = { en: 'Dataset layer (recounted)', zh: '数据集图层（重新统计）' };
const SECTOR_ZH = { industry: '产业界', academia: '学术界', industry_academia_collab: '产学合作', government: '政府', research_collective: '研究团体', other_collab: '其他合作', unknown: '未知' };
const OTHER_SECTORS = { en: 'Other sectors', zh: '其他部门' };
const MEASURE_WORDS = { training_cost_usd: { en: 'training cost', zh: '训练成本' }, training_compute_petaflop: { en: 'training compute', zh: '训练算力' } };

/** The report's plotted values of a figure (points and totals), in file order. */
const stated = (fig) => values.filter((v) => v.figure_id === fig && v.role !== 'annotation');

/** The name a category is drawn under: the report's series of that category, else the region
 * (regions.csv, then country_codes.csv), else the sector. */
function categoryName(fig, key, lang) {
  const v = stated(fig).find((r) => r.region_code === key || r.series_key === key);
  if (v) return v[`series_${lang}`];
  const region = regions.find((r) => r.code === key) ?? countries.find((c) => c.code === key);
  if (region) return region[`name_${lang}`];
  const sector = R.SECTORS.find(([code]) => code === key);
  if (sector) return lang === 'en' ? sector[1] : SECTOR_ZH[key];
  if (key === 'other') return OTHER_SECTORS[lang];
  throw new Error(`${fig}: no name for category ${key}`);
}

/** The category a stated row belongs to in its figure's recount: region code, else series key. */
const categoryOf = (v) => v.region_code || v.series_key;

/** The recount of a figure's dataset layer: lines → category → year → count; bars → category →
 * value; scatters → domain name → points. */
function recount(fig) {
  switch (fig) {
    case '1.3.1': return R.epochSectorGrid();
    case '1.3.3': return R.epochTrioGrid();
    case '1.3.15': return R.fmSectorGrid();
    case '1.3.19': return R.fmTrioGrid();
    case '1.3.2': return R.countsByCountry(2023, 2023);
    case '1.3.18': return R.fmCountsByCountry(2023, 2023);
    case '1.3.20': return R.fmCountsByCountry(...R.FM_SPAN);
    // The cloud cost of each model the report names (none for three of them).
    case '1.3.21': return Object.fromEntries(stated(fig).map((v) => [v.series_key, R.namedModel(v.series_key).costCloud]));
    default: return R.scatterLayer(fig);
  }
}

/** The recomputed value of one stated row (what its reconciliation row must show); null: none. */
function recountOf(fig, v) {
  const key = categoryOf(v);
  switch (fig) {
    case '1.3.1': return R.epochSectorGrid()[key][v.x];
    case '1.3.3': return R.epochTrioGrid()[key][v.x];
    case '1.3.15': return R.fmSectorGrid()[key][v.x];
    case '1.3.19': return R.fmTrioGrid()[key][v.x];
    case '1.3.2': case '1.3.18': case '1.3.20': return recount(fig)[key] ?? 0;
    case '1.3.13': return R.fmAccessGrid()[key][v.x];
    case '1.3.14': { const g = R.fmAccessGrid(); return (g[key][v.x] * 100) / g.total[v.x]; }
    case '1.3.16': return R.fmCountsByOrganization(2023, 2023)[v.series_en] ?? 0;
    case '1.3.17': return R.fmCountsByOrganization(...R.FM_SPAN)[v.series_en] ?? 0;
    case '1.3.7': return R.namedModel(key).petaflop;
    case '1.3.21': case '1.3.22': return R.namedModel(key).costCloud;
    case '1.3.23': return v.x === 'training_cost_usd' ? R.namedModel(key).costCloud : R.namedModel(key).petaflop;
    default: throw new Error(`no recount for ${fig}`);
  }
}

const decimalsOf = (s) => (String(s).split('.')[1] ?? '').length;
/** `shown` is `exact` rounded to `decimals` places (either neighbour at a tie). */
const roundedFrom = (shown, exact, decimals) => Math.abs(shown - exact) <= 0.5 * 10 ** -decimals * (1 + 1e-9) + 1e-9 * Math.abs(exact);
/** A shown difference: `+23 models`, `-1 models`, `+$6,228`, `0%`; null for `—`. */
function parseDiff(text) {
  const t = text.trim();
  const sign = /^[-−]/.test(t) ? -1 : 1;
  const n = parseShown(t.replace(/^[+\-−]/, ''));
  return n === null ? null : sign * n;
}

/** A point's value in a series' data: a number, `{value}` or `[x, y]`; null where there is none. */
function valueOf(d) {
  if (d === null || d === undefined || typeof d === 'number' || Array.isArray(d)) return d ?? null;
  return typeof d === 'object' && 'value' in d ? (d.value ?? null) : null;
}

// ---------------------------------------------------------------------------------------------
// Reading the two layers out of a drawn option.

/** Lines: name → year → value, per layer. */
function readLines(opt) {
  const years = opt.xAxis[0].data.map(Number);
  const layers = { report: {}, dataset: {} };
  for (const s of opt.series) {
    const layer = s.symbolSize === 4 ? 'dataset' : 'report';
    assert.ok(!(s.name in layers[layer]), `two ${layer} series named ${s.name}`);
    layers[layer][s.name] = Object.fromEntries(s.data.map((d, i) => [years[i], valueOf(d)]));
  }
  return { years, ...layers };
}

/** Bars: one row per category label, with its stated and its dataset value. */
function readBars(opt, lang) {
  const labels = opt.yAxis[0].data;
  const layer = opt.series.find((s) => s.name === DATASET_BAR[lang]);
  const main = opt.series.filter((s) => s !== layer);
  assert.equal(main.length, 1, `one series of stated values besides the dataset layer: ${opt.series.map((s) => s.name)}`);
  return labels.map((label, i) => ({ label, report: valueOf(main[0].data[i]), dataset: layer ? valueOf(layer.data[i]) : null }));
}

/** Scatters: named model → points (the report), other series → points (the dataset's domains). */
function readScatter(opt, fig, lang) {
  const named = new Set(stated(fig).map((v) => v[`series_${lang}`]));
  const layers = { report: {}, dataset: {} };
  for (const s of opt.series) layers[named.has(s.name) ? 'report' : 'dataset'][s.name] = s.data.map(valueOf);
  return layers;
}

/** Which layers the option draws (a layer counts when it has at least one value). */
function layersIn(opt, fig, lang) {
  const some = (o) => Object.values(o).some((d) => Object.values(d).some((v) => v !== null));
  switch (KIND[fig]) {
    case 'line': { const l = readLines(opt); return { report: some(l.report), dataset: some(l.dataset) }; }
    case 'bar': { const rows = readBars(opt, lang); return { report: rows.some((r) => r.report !== null), dataset: rows.some((r) => r.dataset !== null) }; }
    default: { const l = readScatter(opt, fig, lang); return { report: some(l.report), dataset: some(l.dataset) }; }
  }
}

// ---------------------------------------------------------------------------------------------
// Checks of one drawn option against values.csv and the recount.

function checkLines(opt, fig, lang, layer) {
  const drawn = readLines(opt);
  const grid = recount(fig);
  const years = Object.keys(Object.values(grid)[0]).map(Number);
  assert.deepEqual(drawn.years, years, `${fig}: the x axis spans the figure's years`);
  const expectReport = {};
  if (layer !== 'dataset') {
    for (const v of stated(fig)) {
      const name = v[`series_${lang}`];
      expectReport[name] ??= Object.fromEntries(years.map((y) => [y, null]));
      expectReport[name][v.x] = Number(v.value);
    }
  }
  assert.deepEqual(drawn.report, expectReport, `${fig} (${lang}, layer ${layer}): the report's stated values`);
  const expectDataset = {};
  if (layer !== 'report') for (const [key, byYear] of Object.entries(grid)) expectDataset[categoryName(fig, key, lang)] = Object.fromEntries(Object.entries(byYear).map(([y, n]) => [y, n]));
  assert.deepEqual(drawn.dataset, expectDataset, `${fig} (${lang}, layer ${layer}): the dataset layer equals the recount`);
  // One legend entry per category: the two layers of a category share its name.
  for (const name of Object.keys(drawn.report)) if (layer === 'both') assert.ok(name in drawn.dataset, `${fig}: ${name} is in both layers`);
}

/** Expected bar rows of a figure under `layer`, in display order, before the top-N cut. */
function expectedBars(fig, lang, layer) {
  const counts = recount(fig);
  if (fig === '1.3.21') {
    // Several years: the file's order, a label with the model's year.
    return stated(fig)
      .map((v) => ({ name: v[`series_${lang}`], x: v.x, report: layer === 'dataset' ? null : Number(v.value), dataset: layer === 'report' ? null : counts[v.series_key] }))
      .filter((r) => r.report !== null || r.dataset !== null);
  }
  const keys = [...new Set([...stated(fig).map(categoryOf), ...Object.keys(counts)])];
  return keys
    .map((key) => {
      const v = stated(fig).find((r) => categoryOf(r) === key);
      return { name: categoryName(fig, key, lang), report: v && layer !== 'dataset' ? Number(v.value) : null, dataset: layer !== 'report' ? (counts[key] ?? null) : null };
    })
    .filter((r) => r.report !== null || r.dataset !== null);
}

function checkBars(opt, fig, lang, layer, showAll) {
  const drawn = readBars(opt, lang);
  const expected = expectedBars(fig, lang, layer);
  const what = `${fig} (${lang}, layer ${layer}${showAll ? ', show all' : ''})`;
  if (fig === '1.3.21') {
    assert.equal(drawn.length, expected.length, `${what}: one bar per named model${layer === 'dataset' ? ' with a cloud cost' : ''}`);
    expected.forEach((e, i) => {
      const d = drawn[i];
      assert.ok(d.label.startsWith(e.name) && d.label.includes(e.x), `${what}: row ${i} is ${e.name} (${e.x}), drawn ${d.label}`);
      assert.equal(d.report, e.report, `${what}: ${e.name} stated`);
      if (e.dataset === null) assert.equal(d.dataset, null, `${what}: ${e.name} has no cloud cost`);
      else assert.ok(R.close(d.dataset, e.dataset, 1e-12), `${what}: ${e.name} cloud cost ${d.dataset}, recount ${e.dataset}`);
    });
    return;
  }
  const byName = Object.fromEntries(expected.map((e) => [e.name, e]));
  const size = (r) => Math.max(r.report ?? 0, r.dataset ?? 0);
  const shown = showAll || expected.length <= TOP_N ? expected.length : TOP_N;
  assert.equal(drawn.length, shown, `${what}: ${shown} of ${expected.length} categories drawn`);
  for (const d of drawn) {
    const e = byName[d.label];
    assert.ok(e, `${what}: a bar for ${d.label}, which neither layer has`);
    assert.deepEqual({ report: d.report, dataset: d.dataset }, { report: e.report, dataset: e.dataset }, `${what}: ${d.label}`);
  }
  // Sorted by the larger of the two values; a cut list keeps the largest.
  for (let i = 1; i < drawn.length; i++) assert.ok(size(drawn[i - 1]) >= size(drawn[i]), `${what}: sorted, ${drawn[i - 1].label} before ${drawn[i].label}`);
  const left = expected.filter((e) => !drawn.some((d) => d.label === e.name));
  if (left.length) assert.ok(Math.max(...left.map(size)) <= size(drawn.at(-1)), `${what}: the top ${TOP_N} are drawn (${left.map((e) => e.name)} left out)`);
}

/** Drawn `[x, y]` points equal a recount's points (dates as year fractions: within 5 days). */
function samePoints(drawn, expected) {
  if (drawn.length !== expected.length) return `${drawn.length} points drawn, ${expected.length} recounted`;
  const xOf = (e) => (e.date ? R.yearPosition(e.date) : e.x);
  const d = [...drawn].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const e = [...expected].sort((a, b) => xOf(a) - xOf(b) || a.y - b.y);
  for (let i = 0; i < d.length; i++) {
    const [x, y] = d[i];
    const okX = e[i].date ? Math.floor(x) === Number(e[i].date.slice(0, 4)) && Math.abs(x - xOf(e[i])) < 0.015 : R.close(x, e[i].x, 1e-12);
    if (!okX || !R.close(y, e[i].y, 1e-12)) return `point ${i}: drawn [${x}, ${y}], recount ${e[i].model} (${e[i].date ?? e[i].x}, ${e[i].y})`;
  }
  return null;
}

/** The drawn dataset series of each recounted domain (en: by name; zh: by its points). */
function domainSeries(dataset, layer, lang) {
  const out = {};
  for (const [domain, points] of Object.entries(layer)) {
    const candidates = lang === 'en' ? [domain].filter((n) => n in dataset) : Object.keys(dataset).filter((n) => samePoints(dataset[n], points) === null);
    out[domain] = candidates.length === 1 ? candidates[0] : null;
  }
  return out;
}

function checkScatter(opt, fig, lang, layer) {
  const drawn = readScatter(opt, fig, lang);
  const what = `${fig} (${lang}, layer ${layer})`;
  const expectReport = {};
  if (layer !== 'dataset') {
    const pair = fig === '1.3.23';
    for (const v of stated(fig)) {
      const name = v[`series_${lang}`];
      if (pair) {
        const both = stated(fig).filter((w) => w.series_key === v.series_key);
        const at = (x) => Number(both.find((w) => w.x === x).value);
        expectReport[name] = [[at('training_compute_petaflop'), at('training_cost_usd')]];
      } else expectReport[name] = [[Number(v.x), Number(v.value)]];
    }
  }
  assert.deepEqual(drawn.report, expectReport, `${what}: the report's named models`);
  if (layer === 'report') {
    assert.deepEqual(drawn.dataset, {}, `${what}: no dataset series`);
    return;
  }
  const layerRecount = recount(fig);
  const names = domainSeries(drawn.dataset, layerRecount, lang);
  for (const [domain, points] of Object.entries(layerRecount)) {
    const name = names[domain];
    assert.ok(name, `${what}: one series for the domain ${domain} (${points.length} models); drawn: ${Object.keys(drawn.dataset).map((n) => `${n} (${drawn.dataset[n].length})`).join(', ')}`);
    if (lang === 'zh') assert.ok(hasCjk(name), `${what}: ${domain} is named in Chinese (${name})`);
    const problem = samePoints(drawn.dataset[name], points);
    assert.equal(problem, null, `${what}: ${domain}: ${problem}`);
  }
  assert.equal(Object.keys(drawn.dataset).length, Object.keys(layerRecount).length, `${what}: one series per domain, no other: ${Object.keys(drawn.dataset)}`);
}

function checkOption(opt, fig, lang, layer, showAll = false) {
  if (KIND[fig] === 'line') checkLines(opt, fig, lang, layer);
  else if (KIND[fig] === 'bar') checkBars(opt, fig, lang, layer, showAll);
  else checkScatter(opt, fig, lang, layer);
}

// ---------------------------------------------------------------------------------------------
// The reconciliation table.

/** The name a reconciliation row starts with: the display name (display_names.csv), else the
 * series; a spelling the chart merges into another keeps its own name (both are counted apart). */
function rowName(fig, v, lang) {
  const d = displayNames.find((r) => r.figure_id === fig && r.series_key === v.series_key && !r.merge_into);
  return d ? d[`display_${lang}`] : v[`series_${lang}`];
}

async function checkReconcile(page, fig, lang) {
  await page.waitForSelector('section.reconcile tbody tr');
  const rows = await page.$$eval('section.reconcile tbody tr', (rs) => rs.map((r) => [...r.children].map((c) => c.textContent.trim())));
  const expected = stated(fig);
  const what = `${fig} (${lang}) reconciliation`;
  assert.equal(rows.length, expected.length, `${what}: one row per stated value\n${rows.map((r) => r.join(' | ')).join('\n')}`);
  expected.forEach((v, i) => {
    const [head, year, statedText, recomputedText, diffText] = rows[i];
    const at = `${what}, row ${i + 1} (${v.series_en} ${v.x})`;
    assert.ok(head.startsWith(rowName(fig, v, lang)), `${at}: series "${head}"`);
    if (v.x in MEASURE_WORDS) {
      assert.ok(head.endsWith(MEASURE_WORDS[v.x][lang]) && year === '', `${at}: the measure in the series column ("${head}", "${year}")`);
    } else {
      assert.equal((year.match(/\d{4}/g) ?? []).join('-'), v.x, `${at}: year "${year}"`);
    }
    assert.equal(parseShown(statedText), Number(v.value), `${at}: stated "${statedText}"`);
    const exact = recountOf(fig, v);
    const shown = parseShown(recomputedText);
    if (exact === null) {
      assert.equal(recomputedText, '—', `${at}: nothing recomputed, shown "${recomputedText}"`);
      assert.equal(diffText, '—', `${at}: no difference without a recomputed value`);
      return;
    }
    assert.ok(shown !== null && roundedFrom(shown, exact, decimalsOf(v.value)), `${at}: recomputed "${recomputedText}", recount ${exact} at ${decimalsOf(v.value)} decimals`);
    const diff = parseDiff(diffText);
    assert.ok(diff !== null && Math.abs(diff - (shown - Number(v.value))) <= 1e-9 * Math.max(1, Math.abs(shown)), `${at}: difference "${diffText}" = recomputed − stated`);
  });
  return rows;
}

// ---------------------------------------------------------------------------------------------

test('the recount agrees with the facts the data README and issue 8 state', () => {
  // README: 976 Epoch rows, 117 models in 2023 (this vintage); 268 foundation models, two undated.
  assert.equal(R.allModels.length, 976);
  assert.equal(Object.values(R.epochSectorGrid()).reduce((n, byYear) => n + byYear[2023], 0), 117);
  assert.equal(R.foundationModels.length, 268);
  assert.equal(R.foundationModels.filter((m) => m.year === null).length, 2);
  // Issue 8: 21 Epoch models up to 2023 with both a compute value and a cloud cost.
  assert.equal(Object.values(R.scatterLayer('1.3.23')).flat().length, 21);
  // README: GPT-4 has two Epoch rows; only Mar 2023 has costs (the one the join table names).
  assert.equal(R.allModels.filter((m) => m.name.startsWith('GPT-4 (')).length, 2);
  assert.equal(R.namedModel('gpt4').name, 'GPT-4 (Mar 2023)');
  assert.ok(R.namedModel('gpt4').costCloud > 0);
});

let server, browser;
const pages = {};
/** Models-file responses per page since the last reset. */
const modelsFetched = { en: [], zh: [] };
const MODELS_FILE = /\/data\/notable-models-[0-9a-f]+\.tsv$/;

before(async () => {
  server = await serve();
  browser = await launch();
  for (const lang of LANGS) {
    pages[lang] = await newPage(browser);
    pages[lang].on('response', (r) => { if (MODELS_FILE.test(new URL(r.url()).pathname) && r.status() === 200) modelsFetched[lang].push(r.url()); });
  }
});
after(async () => { await browser?.close(); await server?.close(); });

const open = (page, query) => page.goto(`${server.url}?${query}`);
/** Waits for the address `?query` (the keys of `hide=` in any order: the page writes them in its
 * legend's order, which follows the layer shown). */
const waitSearch = (page, query) => page.waitForFunction((q) => {
  const norm = (s) => s.replace(/([?&]hide=)([^&]*)/, (_, k, v) => k + v.split('~').sort().join('~'));
  return norm(location.search) === norm(q);
}, `?${query}`, { timeout: 10000 })
  .catch(async () => assert.fail(`the address is ${await page.evaluate(() => location.search)}, expected ?${query}`));
const checkedLayer = (page) => page.$eval('.layer', (f) => f.querySelector('input:checked')?.value);

/** The drawn option once `ready(option)` holds (the models file may still be on its way). */
async function optionWhen(page, ready, what) {
  const until = Date.now() + 20000;
  for (;;) {
    const opt = await drawnOption(page);
    if (ready(opt)) return opt;
    if (Date.now() > until) assert.fail(`${what}: not drawn within 20 s; series: ${opt.series.map((s) => `${s.name} (${s.symbolSize ?? '-'}, ${s.data?.length})`).join(', ')}`);
    await page.waitForTimeout(100);
  }
}
/** The option once it draws exactly the layers `layer` asks for. */
const optionOf = (page, fig, lang, layer) => optionWhen(page, (o) => {
  const l = layersIn(o, fig, lang);
  return l.report === (layer !== 'dataset') && l.dataset === (layer !== 'report');
}, `${fig} (${lang}) with layer ${layer}`);

for (const lang of LANGS) {
  // en enters each figure with layer=report in its link, zh with layer=dataset: both values go
  // URL → page in one language and control → URL in the other.
  const [first, second] = lang === 'en' ? ['report', 'dataset'] : ['dataset', 'report'];
  for (const fig of LAYERED) {
    test(`${fig} (${lang}): both layers drawn, the dataset's equal to the recount; layer=${first} and ${second} round-trip; the reconciliation`, async () => {
      const page = pages[lang];
      page.errors.length = 0;
      modelsFetched[lang].length = 0;
      const base = `fig=${fig}&lang=${lang}`;

      await open(page, `${base}&layer=${first}`);
      checkOption(await optionOf(page, fig, lang, first), fig, lang, first);
      assert.equal(await checkedLayer(page), first, `the Layers control shows layer=${first}`);
      assert.equal(await page.evaluate(() => location.search), `?${base}&layer=${first}`, 'the link keeps the layer');

      await page.click(`.layer input[value="${second}"]`);
      await waitSearch(page, `${base}&layer=${second}`);
      checkOption(await optionOf(page, fig, lang, second), fig, lang, second);

      // Both is the default: the link drops it.
      await page.click('.layer input[value="both"]');
      await waitSearch(page, base);
      checkOption(await optionOf(page, fig, lang, 'both'), fig, lang, 'both');
      let show = '';
      if (KIND[fig] === 'bar' && expectedBars(fig, lang, 'both').length > TOP_N) {
        const all = expectedBars(fig, lang, 'both').length;
        await page.click('.show-all');
        show = '&show=all';
        await waitSearch(page, base + show);
        checkOption(await optionWhen(page, (o) => readBars(o, lang).length === all, `${fig} (${lang}): all ${all} bars`), fig, lang, 'both', true);
      }
      if (['1.3.7', '1.3.22', '1.3.23'].includes(fig)) {
        assert.ok(modelsFetched[lang].length > 0, `${fig}: the dataset layer comes from the models file data/notable-models-<hash>.tsv`);
      }

      await page.click('#view-reconcile');
      await waitSearch(page, `fig=${fig}&view=reconcile&lang=${lang}${show}`);
      await checkReconcile(page, fig, lang);
      assert.deepEqual(page.errors, []);
    });
  }
}

/** Old links: `hide=` keys (region code or series key) → the categories they hide. */
const HIDE = {
  '1.3.1': ['academia', 'government'],
  '1.3.3': ['USA'],
  '1.3.15': ['government', 'other'],
  '1.3.19': ['CHN', 'EU_UK'],
  '1.3.7': ['language', 'gemini_ultra'],
  '1.3.22': ['several', 'gpt4'],
  '1.3.23': ['vision', 'transformer'],
};

/** The drawn names of the categories `keys` stand for, in `opt` (scatter domains by their points). */
function hiddenNames(opt, fig, keys, lang) {
  if (KIND[fig] !== 'scatter') return keys.map((k) => categoryName(fig, k, lang));
  const { dataset } = readScatter(opt, fig, lang);
  const names = domainSeries(dataset, recount(fig), lang);
  return keys.map((k) => {
    const v = stated(fig).find((r) => r.series_key === k);
    if (v) return v[`series_${lang}`];
    const domain = Object.keys(names).find((d) => (d === R.SEVERAL_DOMAINS ? 'several' : d.toLowerCase().replaceAll(' ', '_')) === k);
    assert.ok(domain && names[domain], `${fig}: a drawn domain for hide key ${k}`);
    return names[domain];
  });
}

/** Names the legend turns off (ECharts' `legend.selected`). */
const unselected = (opt) => Object.entries(opt.legend?.[0]?.selected ?? {}).filter(([, on]) => on === false).map(([n]) => n).sort();

for (const lang of LANGS) {
  for (const [fig, keys] of Object.entries(HIDE)) {
    test(`${fig} (${lang}): an old hide=${keys.join('~')} link hides the same categories in both layers, whichever layer is shown`, async () => {
      const page = pages[lang];
      page.errors.length = 0;
      const hide = keys.join('~');
      await open(page, `fig=${fig}&lang=${lang}&hide=${hide}`);
      let opt = await optionOf(page, fig, lang, 'both');
      const names = hiddenNames(opt, fig, keys, lang);
      assert.deepEqual(unselected(opt), [...names].sort(), `${fig} (${lang}): the legend hides ${names}`);
      // A category both layers draw is hidden in both: every series of that name is off.
      const drawnNames = (o) => new Set(o.series.map((s) => s.name));
      if (KIND[fig] === 'line') {
        const { report, dataset } = readLines(opt);
        for (const key of keys) {
          const name = categoryName(fig, key, lang);
          assert.ok(name in dataset, `${fig}: ${name} has a dataset line`);
          if (stated(fig).some((v) => categoryOf(v) === key)) assert.ok(name in report, `${fig}: ${name} has report markers, hidden with the same legend entry`);
        }
      }
      for (const layer of ['report', 'dataset']) {
        await page.click(`.layer input[value="${layer}"]`);
        await waitSearch(page, `fig=${fig}&lang=${lang}&layer=${layer}&hide=${hide}`);
        opt = await optionOf(page, fig, lang, layer);
        const present = drawnNames(opt);
        assert.deepEqual(unselected(opt), names.filter((n) => present.has(n)).sort(), `${fig} (${lang}, layer ${layer}): hide= still hides its categories`);
      }
      assert.deepEqual(page.errors, []);
    });
  }
}

for (const lang of LANGS) {
  for (const fig of RECONCILED_ONLY) {
    test(`${fig} (${lang}): view=reconcile sets each stated value beside its recount`, async () => {
      const page = pages[lang];
      page.errors.length = 0;
      await open(page, `fig=${fig}&view=reconcile&lang=${lang}`);
      const rows = await checkReconcile(page, fig, lang);
      if (fig === '1.3.13') {
        // The issue's facts, literally: 2023: 149 = 98 open + 23 limited + 28 closed; 72 in 2022.
        const g = R.fmAccessGrid();
        assert.deepEqual([g.total[2023], g.open[2023], g.limited[2023], g.closed[2023], g.total[2022]], [149, 98, 23, 28, 72]);
        const row = (key, x) => rows[stated(fig).findIndex((v) => v.series_key === key && v.x === x)];
        for (const [key, x, n] of [['total', '2023', 149], ['open', '2023', 98], ['limited', '2023', 23], ['closed', '2023', 28], ['total', '2022', 72]]) {
          assert.deepEqual([parseShown(row(key, x)[2]), parseShown(row(key, x)[3])], [n, n], `1.3.13 ${key} ${x}: ${n} stated and recomputed`);
        }
      }
      assert.deepEqual(page.errors, []);
    });
  }
}
