// Issue 9: the figure's title is painted before ECharts runs. index.html preloads the ECharts bundle
// (a link that scripts/preload-echarts.mjs writes in place of Trunk's script tag) and runs it once
// the boot shell (the title, before the wasm) is painted, or, on pages without the shell, the wasm
// adds it once its first frame is painted (src/echarts.rs `start_after_paint`).
// These tests check the order of events, never how long anything takes.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { serve, launch, newPage, root, csv } from './harness.mjs';

const dist = process.env.DIST || path.join(root, 'dist');
const subRoot = process.env.SUBPATH_ROOT ? path.resolve(root, process.env.SUBPATH_ROOT) : null;
const figures = csv('report/figures.csv');
let server, browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

/** The ECharts bundle of an index.html: its preload link and any script tag that would run it. */
function bundleTags(html) {
  return {
    link: html.match(/<link\b[^>]*\bid="?echarts-bundle"?[^>]*>/)?.[0],
    scripts: html.match(/<script\b[^>]*\bsrc="?[^"\s>]*echarts-[0-9a-f]+\.js[^>]*>/g) || [],
  };
}

for (const [name, file] of [['dist', path.join(dist, 'index.html')], ['the sub-path build', subRoot && path.join(subRoot, 'reports/ai-index/index.html')]]) {
  test(`${name}: ECharts is preloaded with its integrity digest, never run by a tag`, { skip: !(file && existsSync(file)) && 'not built' }, () => {
    const { link, scripts } = bundleTags(readFileSync(file, 'utf8'));
    assert.ok(link, 'a link#echarts-bundle');
    assert.match(link, /\brel="?preload"?/);
    assert.match(link, /\bas="?script"?/);
    assert.match(link, /\bfetchpriority="?low"?/, 'low priority: the wasm, which paints the text, comes first');
    assert.match(link, /\bintegrity="?sha384-[A-Za-z0-9+/=]+/);
    assert.deepEqual(scripts, [], 'no script tag runs the bundle');
  });
}

/**
 * Loads `url` cold and records, in page time: when the figure title is painted (Element Timing, and
 * the frame that paints it),
 * when the ECharts bundle starts running (its first write of `window.echarts`), when it says it
 * is ready, and whether `aiIndexFetchText` (needed before ECharts by the model figures) existed
 * at DOMContentLoaded.
 */
async function order(url) {
  const page = await newPage(browser);
  await page.addInitScript(() => {
    const o = (window.__order = { title: null, titleFrame: null, echarts: null, ready: null, fetchEarly: null, runs: 0 });
    let value;
    Object.defineProperty(window, 'echarts', {
      configurable: true,
      get: () => value,
      set: (v) => { value = v; o.runs += 1; if (o.echarts == null) o.echarts = performance.now(); },
    });
    addEventListener('aiindex:echarts-ready', () => { o.ready = performance.now(); });
    addEventListener('DOMContentLoaded', () => { o.fetchEarly = typeof window.aiIndexFetchText === 'function'; });
    new MutationObserver(() => {
      const el = document.querySelector('.figure-title');
      if (el && !el.hasAttribute('elementtiming')) el.setAttribute('elementtiming', 'title');
    }).observe(document, { childList: true, subtree: true });
    // The frame that paints the title (rAF callbacks run before that frame's paint). The boot
    // shell's title is often replaced by the app's before its Element Timing entry is
    // delivered, and Chromium then drops the entry: both times are kept, the earlier counts.
    const frame = () => {
      const el = document.querySelector('.figure-title');
      if (el && el.textContent.trim() && el.getBoundingClientRect().height > 0) o.titleFrame = performance.now();
      else requestAnimationFrame(frame);
    };
    requestAnimationFrame(frame);
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) if (e.identifier === 'title' && o.title == null) o.title = e.renderTime || e.startTime;
    }).observe({ type: 'element', buffered: true });
  });
  await page.goto(server.url + url);
  await page.waitForFunction(() => window.__order.ready != null && (window.__order.title ?? window.__order.titleFrame) != null, null, { timeout: 15000 });
  await page.waitForSelector('.chart canvas');
  const o = await page.evaluate(() => ({ ...window.__order, bundles: document.querySelectorAll('script[src*="echarts-"]').length }));
  return { page, o };
}

for (const [fig, lang] of [['1.1.1', 'en'], ['1.2.5', 'zh'], ['1.3.6', 'en']]) {
  const title = figures.find((f) => f.figure_id === fig)[lang === 'zh' ? 'title_zh' : 'title_en'];
  test(`?fig=${fig}&lang=${lang}: the title is painted before ECharts runs, and the chart is drawn`, async () => {
    const { page, o } = await order(`?fig=${fig}&lang=${lang}`);
    const painted = Math.min(o.title ?? Infinity, o.titleFrame ?? Infinity);
    assert.ok(painted <= o.echarts, `title painted at ${painted} ms (Element Timing ${o.title}, frame ${o.titleFrame}), ECharts ran at ${o.echarts} ms`);
    assert.ok(o.echarts <= o.ready, 'ready after running');
    assert.equal(o.runs, 1, 'the bundle runs once');
    assert.equal(o.bundles, 1, 'one script element for it');
    assert.equal(o.fetchEarly, true, 'aiIndexFetchText is there before ECharts');
    assert.ok((await page.textContent('.figure-title')).includes(title.slice(0, 12)), `the title of ${fig} in ${lang}`);
    assert.deepEqual(page.errors, [], 'no page error, no console.error');
    await page.context().close();
  });
}

// The models file and the page's own script never wait for ECharts: with the bundle blocked,
// a model figure's table still fills from Epoch AI's file (one row per model in the recount),
// and a browser without WebAssembly says what the page needs instead of staying blank.
test('ECharts blocked: ?fig=1.3.5&view=table still lists the models from the models file', async () => {
  const { bySector, EPOCH_SPAN } = await import('./recount.mjs');
  const expected = Object.values(bySector('parameters', ...EPOCH_SPAN)).reduce((n, ms) => n + ms.length, 0);
  const page = await newPage(browser);
  await page.route(/echarts-[0-9a-f]+\.js$/, (r) => r.abort());
  await page.goto(`${server.url}?fig=1.3.5&view=table&lang=en`);
  await page.waitForFunction((n) => document.querySelectorAll('table tbody tr').length === n, expected, { timeout: 15000 })
    .catch(async () => assert.fail(`${await page.$$eval('table tbody tr', (r) => r.length)} table rows, expected ${expected}`));
  assert.equal(await page.evaluate(() => window.aiIndexEchartsReady), undefined, 'ECharts never ran');
  await page.context().close();
});

test('a browser without WebAssembly gets the <noscript> text as an alert, not a blank page', async () => {
  const page = await newPage(browser);
  await page.addInitScript(() => { delete window.WebAssembly; });
  await page.goto(`${server.url}?fig=1.1.1`);
  const alert = await page.waitForSelector('.crash[role=alert]');
  assert.match(await alert.textContent(), /needs JavaScript and WebAssembly.*WebAssembly/s);
  assert.ok(!page.errors.some((e) => /aiIndexCrashed|is not defined.*crash/.test(e)), String(page.errors));
  await page.context().close();
});
