// The faults of issue 7 that readers hit, each as a test with the right value taken from the data
// files: (1) a state with no value in view, (3) invented digits, log ticks, one-year ranges, the
// years footnotes name, the stated count; (9) Chinese typography of tooltips and the show-all button.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { serve, launch, newPage, csv, drawnOption, hasCjk, numbersOf, parseShown, significantDigits } from './harness.mjs';
import { allModels, countsByCountry, bySector, sig3, close } from './recount.mjs';

const values = csv('report/values.csv');
let server, browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

const plotted = (fig) => values.filter((v) => v.figure_id === fig && v.role !== 'annotation');
/** Years a figure states a value for, from values.csv. */
const statedYears = (fig) => [...new Set(plotted(fig).map((v) => v.x).filter((x) => /^\d{4}$/.test(x)))].sort();
const frames = (page) => page.evaluate(() => new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(ok))));
/** Numbers the chart draws now (none while the chart is empty). */
const drawnNumbers = async (page) => numbersOf((await drawnOption(page)).series.flatMap((s) => s.data));

// Fault 1: a state with no value in view. The chart area says so in the page's language, names the
// years the report does state, offers a reset; the page stays alive and every control works.
const empty = [
  ['1.1.1', 'en', 'time=2011..2021'],
  ['1.5.3', 'zh', 'time=2019&scale=log&hide=WORLD~world'],
  ['1.2.5', 'zh', 'time=2017..2018'],
];
for (const [fig, lang, rest] of empty) {
  const url = `?fig=${fig}&lang=${lang}&${rest}`;
  const years = statedYears(fig);

  test(`fault 1: ${url} says no value is stated for these years (names ${years.join(', ')}) and resets`, async () => {
    const page = await newPage(browser);
    await page.goto(server.url + url);
    await page.waitForSelector('.empty-state', { timeout: 8000 }).catch(() => assert.fail(`no .empty-state; page errors: ${JSON.stringify(page.errors)}`));
    const text = await page.textContent('.empty-state');
    for (const y of years) assert.ok(text.includes(y), `names the stated year ${y}: ${text}`);
    if (lang === 'zh') assert.ok(hasCjk(text), `in Chinese: ${text}`);
    else assert.ok(!hasCjk(text) && /\b(no|not)\b/i.test(text), `in English: ${text}`);
    assert.ok(await page.isVisible('.empty-state button'), 'a reset button');
    await page.click('.empty-state button');
    await page.waitForFunction(() => !new URLSearchParams(location.search).has('time'));
    await page.waitForSelector('.empty-state', { state: 'detached' });
    const drawn = await drawnNumbers(page);
    for (const v of plotted(fig)) assert.ok(drawn.some((d) => close(d, Number(v.value))), `after the reset ${v.series_key} ${v.x} = ${v.value} is drawn`);
    // Another year afterwards: the last stated year alone.
    await page.selectOption('#time-from', years.at(-1));
    await page.waitForFunction((y) => location.search.includes(`time=${y}`), years.at(-1));
    await frames(page);
    const last = plotted(fig).filter((v) => v.x === years.at(-1));
    const now = await drawnNumbers(page);
    for (const v of last) assert.ok(now.some((d) => close(d, Number(v.value))), `${v.x}: ${v.value} drawn`);
    assert.deepEqual(page.errors, [], 'no page error, no console.error');
    await page.context().close();
  });

  test(`fault 1: ${url} then choosing a stated year from the empty state draws the chart`, async () => {
    const page = await newPage(browser);
    await page.goto(server.url + url);
    await page.waitForSelector('#time-to');
    await frames(page);
    await page.selectOption('#time-to', years.at(-1));
    await page.waitForFunction(() => !document.querySelector('.empty-state'), null, { timeout: 8000 });
    const drawn = await drawnNumbers(page).catch(() => assert.fail(`not drawn after choosing ${years.at(-1)}; page errors: ${JSON.stringify(page.errors)}`));
    assert.ok(plotted(fig).filter((v) => v.x === years.at(-1)).every((v) => drawn.some((d) => close(d, Number(v.value)))), `${years.at(-1)} drawn`);
    // Still alive: the language toggle redraws.
    await page.click('#lang-toggle');
    await page.waitForFunction((l) => !location.search.includes(`lang=${l}`), lang);
    await drawnOption(page);
    assert.deepEqual(page.errors, [], 'no page error, no console.error');
    await page.context().close();
  });
}

// Fault 3: invented digits. A dataset estimate shows 3 significant digits; float noise never shows.
const llama = allModels.find((m) => m.name === 'Llama 2-7B');
const llamaShown = sig3(llama.flop / 1e15).toLocaleString('en-US');
const noise = (text) => /[1-9]\d*?(9{5}|0{4}[1-9])/.test(text.replace(/[,，]/g, '').replace(/^[^1-9]*/, ''));

test(`fault 3: 1.3.6 table shows Llama 2-7B as ${llamaShown} petaFLOP, no cell with float noise`, async () => {
  const page = await newPage(browser);
  await page.goto(`${server.url}?fig=1.3.6&lang=en&view=table`);
  await page.waitForSelector('table.data-table tbody tr');
  const rows = await page.$$eval('table.data-table tbody tr', (trs) => trs.map((tr) => ({
    name: tr.querySelector('th')?.textContent.trim(),
    cells: [...tr.querySelectorAll('td')].map((td) => td.textContent),
    num: (tr.querySelector('td.num')?.firstChild ?? tr.querySelector('td.num'))?.textContent?.trim(),
  })));
  const row = rows.find((r) => r.name === llama.name);
  assert.ok(row, 'Llama 2-7B has a row');
  // The number as shown, a unit may follow.
  assert.match(row.num, new RegExp(`^${llamaShown.replace(/[.,]/g, '\\$&')}(?![\\d.,])`), `Llama 2-7B: ${row.num}`);
  const noisy = rows.filter((r) => r.cells.some((c) => /\d/.test(c) && noise(c.match(/[\d.,]+/)?.[0] ?? '')));
  assert.deepEqual(noisy.map((r) => `${r.name}: ${r.num}`), [], 'no float noise');
  const tooPrecise = rows.filter((r) => significantDigits(r.num) > 3);
  assert.deepEqual(tooPrecise.map((r) => `${r.name}: ${r.num}`), [], 'every value at 3 significant digits');
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

/** Tick labels of the chart's first value axis (y), with the values ECharts placed them at. */
const yTicks = (page) => page.evaluate(() => {
  const inst = window.echarts.getInstanceByDom(document.querySelector('.chart'));
  const axis = inst.getModel().getComponent('yAxis', 0).axis;
  return { type: axis.type, labels: axis.getViewLabels().map((l) => ({ text: l.formattedLabel, value: Number(l.tickValue) })) };
});

// Years whose smallest models put a tick at 10⁻³ (0.001 petaFLOP), which read "0" before the fix.
for (const [fig, lang] of [['1.3.6', 'en&time=2005'], ['1.3.6', 'zh&time=2008..2011'], ['1.3.6', 'en&time=2004..2007'], ['1.3.6', 'en'], ['1.3.6', 'zh'], ['1.3.5', 'en']]) {
  test(`fault 3: every log tick label of ${fig} (${lang}) reads as its value`, async () => {
    const page = await newPage(browser);
    await page.goto(`${server.url}?fig=${fig}&lang=${lang}`);
    await drawnOption(page);
    await frames(page);
    const { type, labels } = await yTicks(page);
    assert.equal(type, 'log');
    assert.ok(labels.length >= 2, 'ticks drawn');
    const read = labels.map((l) => ({ ...l, read: parseShown(l.text) }));
    for (const l of read) {
      assert.ok(l.read !== null && l.read > 0, `tick '${l.text}' reads as a positive number (a log axis has no 0)`);
      if (l.value >= 1e-9) assert.ok(close(l.read, l.value, 1e-6), `tick '${l.text}' reads ${l.read}, placed at ${l.value}`);
    }
    assert.deepEqual(page.errors, []);
    await page.context().close();
  });
}

test('fault 3: a one-year range prints 2015, not 2015–2015, in the table and the CSV (1.3.4)', async () => {
  const page = await newPage(browser);
  await page.goto(`${server.url}?fig=1.3.4&lang=en&time=2015&view=table`);
  await page.waitForSelector('table.data-table tbody tr');
  const rows = await page.$$eval('table.data-table tbody tr', (trs) => trs.map((tr) => [...tr.querySelectorAll('th, td')].map((c) => c.textContent.trim())));
  const counts = countsByCountry(2015, 2015);
  assert.equal(rows.length, Object.keys(counts).length, 'one row per country with a 2015 model');
  for (const r of rows) {
    assert.ok(!r.some((c) => /2015\s*[–-]\s*2015/.test(c)), `no 2015–2015: ${r.join(' | ')}`);
    assert.ok(r.includes('2015'), `the period reads 2015: ${r.join(' | ')}`);
  }
  assert.equal(await page.$$eval('table.data-table', (t) => /2015\s*[–-]\s*2015/.test(t[0].textContent)), false, 'nowhere in the table');
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('#download-csv')]);
  const file = readFileSync(await download.path(), 'utf8');
  assert.ok(!/2015\s*[–-]\s*2015/.test(file), 'no 2015–2015 in the CSV');
  const records = parse(file.replace(/^\ufeff/, ''), { columns: true });
  assert.equal(records.length, Object.keys(counts).length);
  for (const r of records) assert.equal(r.x, '2015', `CSV x of ${r.series_en ?? r.series_key}`);
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

for (const lang of ['en', 'zh']) {
  test(`fault 3: 1.3.5 with time=2020..latest (${lang}) names 2020–2023 in its notes, not 2003–2023 or 704`, async () => {
    const page = await newPage(browser);
    await page.goto(`${server.url}?fig=1.3.5&lang=${lang}&time=2020..latest`);
    await drawnOption(page);
    await frames(page);
    const all = allModels.filter((m) => m.year >= 2003 && m.year <= 2023).length;
    const texts = await page.$$eval('.stated-count, .footnotes, .chart-description p', (els) => els.map((e) => e.textContent));
    const joined = texts.join('\n');
    assert.ok(!/2003\s*[–-]\s*2023/.test(joined), `no "2003–2023" in: ${joined}`);
    assert.ok(!new RegExp(`(?<!\\d)${all}(?!\\d)`).test(joined), `no "${all}" (models of 2003–2023) in: ${joined}`);
    assert.ok(/2020\s*[–-]\s*2023/.test(await page.textContent('.stated-count')), `the count line names 2020–2023: ${texts[0]}`);
    // The chart itself holds only 2020–2023 models.
    const option = await drawnOption(page);
    const inView = Object.values(bySector('parameters', 2020, 2023)).flat().length;
    assert.equal(option.series.reduce((n, s) => n + s.data.length, 0), inView, 'points of 2020–2023');
    assert.deepEqual(page.errors, []);
    await page.context().close();
  });
}

// Fault 11's count line (assigned with fault 3): stated values apart from values counted from a dataset.
test('1.3.16: the count under the title says how many values are stated and how many counted from Ecosystem Graphs', async () => {
  const rows = plotted('1.3.16');
  const stated = rows.filter((v) => ['zh_translation_text', 'source_text'].includes(v.provenance)).length;
  const counted = rows.filter((v) => v.provenance === 'source_data_file').length;
  const page = await newPage(browser);
  await page.goto(`${server.url}?fig=1.3.16&lang=en`);
  await drawnOption(page);
  const text = await page.textContent('.stated-count');
  assert.match(text, new RegExp(`(?<!\\d)${stated}(?!\\d)[^\\d]*stated`), `${stated} stated: ${text}`);
  assert.match(text, new RegExp(`(?<!\\d)${counted}(?!\\d)[^\\d]*Ecosystem Graphs`), `${counted} counted from Ecosystem Graphs: ${text}`);
  assert.ok(!new RegExp(`(?<!\\d)${rows.length}(?!\\d)`).test(text), `not ${rows.length} (all rows) as stated: ${text}`);
  await page.goto(`${server.url}?fig=1.3.16&lang=zh`);
  await drawnOption(page);
  const zh = await page.textContent('.stated-count');
  assert.ok(hasCjk(zh) && zh.includes(String(stated)) && zh.includes(String(counted)), `zh: ${zh}`);
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

// Fault 9: Chinese typography. After Chinese text, a colon is `：` and brackets are `（）`.
const asciiAfterCjk = /[\u3400-\u9fff\u3001-\u303f]\s*[:(]|[:(]\s*[\u3400-\u9fff]/;

/** Shows the tooltip of the first data item with a value and returns its text. */
async function tooltipText(page) {
  await page.evaluate(() => {
    const inst = window.echarts.getInstanceByDom(document.querySelector('.chart'));
    const series = inst.getOption().series;
    for (const [seriesIndex, s] of series.entries()) {
      const dataIndex = (s.data || []).findIndex((d) => d !== null && d !== undefined && d !== '-' && !(typeof d === 'object' && !Array.isArray(d) && (d.value === null || d.value === undefined)));
      if (dataIndex >= 0) { inst.dispatchAction({ type: 'showTip', seriesIndex, dataIndex }); return; }
    }
  });
  const read = () => [...document.querySelectorAll('.chart > div')].filter((d) => !d.querySelector('canvas') && d.offsetParent !== null && d.innerText.trim()).map((d) => d.innerText).join('\n');
  await page.waitForFunction(read, null, { timeout: 5000 });
  return page.evaluate(read);
}

for (const fig of ['1.3.6', '1.3.4', '1.2.5', '1.1.5', '1.3.13']) {
  test(`fault 9: the ${fig} tooltip in Chinese uses ： and （）`, async () => {
    const page = await newPage(browser);
    await page.goto(`${server.url}?fig=${fig}&lang=zh`);
    await drawnOption(page);
    await frames(page);
    const text = await tooltipText(page);
    assert.ok(hasCjk(text), `a Chinese tooltip: ${text}`);
    assert.ok(!asciiAfterCjk.test(text), `no ASCII ':' or '(' next to Chinese text: ${JSON.stringify(text)}`);
    if (/[:：]/.test(text)) assert.ok(text.includes('：'), `full-width colon: ${JSON.stringify(text)}`);
    assert.deepEqual(page.errors, []);
    await page.context().close();
  });
}

for (const [fig, n] of [['1.3.16', plotted('1.3.16').length], ['1.3.4', Object.keys(countsByCountry(2003, 2023)).length]]) {
  test(`fault 9: the show-all button of ${fig} reads 显示全部（${n}）`, async () => {
    const page = await newPage(browser);
    await page.goto(`${server.url}?fig=${fig}&lang=zh`);
    await drawnOption(page);
    assert.equal((await page.textContent('.show-all')).trim(), `显示全部（${n}）`);
    await page.context().close();
  });
}

// A panic aborts the wasm at once (a WebAssembly.RuntimeError, no Rust hook runs): the page's own
// script says so in the page's language instead of leaving a frozen page. The trap here is a
// real one: wasm-bindgen's allocator aborts on an impossible alignment.
const crashedText = Object.fromEntries(
  [...readFileSync(new URL('../../src/i18n/strings.rs', import.meta.url), 'utf8').matchAll(/^pub const (EN|ZH)[\s\S]*?^\s*crashed: "([^"]+)"/gm)]
    .map(([, lang, text]) => [lang.toLowerCase(), text]),
);
for (const lang of ['en', 'zh']) {
  test(`a wasm trap shows the crash message in ${lang}, once, as an alert`, async () => {
    assert.ok(crashedText[lang], 'crashed text read from src/i18n/strings.rs');
    const page = await newPage(browser);
    await page.addInitScript(() => addEventListener('TrunkApplicationStarted', (e) => { window.__wasm = e.detail.wasm; }));
    await page.goto(`${server.url}?fig=1.1.1&lang=${lang}`);
    await page.waitForFunction(() => window.__wasm && document.querySelector('.chart'));
    assert.equal(await page.locator('.crash').count(), 0);
    for (let i = 0; i < 2; i++) await page.evaluate(() => new Promise((ok) => setTimeout(() => { setTimeout(ok); window.__wasm.__wbindgen_malloc(8, 3); })));
    const alert = page.locator('.crash[role=alert]');
    assert.equal(await alert.count(), 1);
    assert.equal(await alert.textContent(), crashedText[lang]);
    await page.context().close();
  });
}
