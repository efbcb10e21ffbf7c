// Shared set-up of the browser tests: a static server for the built site on 127.0.0.1,
// headless Debian Chromium through playwright-core, and the data files read independently of
// the Rust code (csv-parse), so the tests compare what is drawn with the files themselves.
import { createServer } from 'node:http';
import { readFileSync, mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import handler from 'serve-handler';
import { parse } from 'csv-parse/sync';
import { chromium } from 'playwright-core';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const artifacts = path.join(root, 'tests/e2e/artifacts');
mkdirSync(artifacts, { recursive: true });

/** Rows of a CSV file under src/data, as objects keyed by header. */
export function csv(rel) {
  return parse(readFileSync(path.join(root, 'src/data', rel)), { columns: true, skip_empty_lines: true, bom: true });
}

/**
 * Serves `dir` (default: $DIST or dist/) on a free loopback port; resolves to its base URL.
 * serve-handler sends the plain files without Content-Encoding and ignores the .gz/.br copies
 * beside them, so what a test reads is the file itself. `pages` maps a path (`/x.html`) to HTML
 * served from memory (the bench's plain pages), so nothing is written into `dir`.
 */
export async function serve(dir = process.env.DIST || path.join(root, 'dist'), pages = {}) {
  const server = createServer((req, res) => {
    const html = pages[new URL(req.url, 'http://x').pathname];
    if (html === undefined) return handler(req, res, { public: dir, directoryListing: false });
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Content-Length': Buffer.byteLength(html) });
    res.end(html);
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address();
  return { url: `http://127.0.0.1:${port}/`, close: () => new Promise((ok) => server.close(ok)) };
}

const chromiumPath = process.env.CHROMIUM || '/usr/bin/chromium';

/** Headless Chromium with the flags this closed network needs, and `extra` flags. */
export function launch(extra = []) {
  return chromium.launch({
    executablePath: chromiumPath,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--lang=en-US', ...extra],
  });
}

/** A page that records console errors and uncaught exceptions into `page.errors`. */
export async function newPage(browser, viewport = { width: 1280, height: 800 }, options = {}) {
  const context = await browser.newContext({ viewport, ...options });
  const page = await context.newPage();
  page.setDefaultTimeout(15000);
  page.errors = [];
  page.on('console', (m) => { if (m.type() === 'error') page.errors.push(m.text()); });
  page.on('pageerror', (e) => page.errors.push(String(e)));
  return page;
}

/** Waits until the figure's chart has an option with series, and returns that option. */
export async function drawnOption(page) {
  await page.waitForFunction(() => {
    const el = document.querySelector('.chart');
    // ECharts loads deferred: the chart's container may be there before it.
    const inst = el && window.echarts && window.echarts.getInstanceByDom(el);
    const opt = inst && inst.getOption();
    return opt && opt.series && opt.series.length > 0;
  }, null, { timeout: 20000 });
  return page.evaluate(() => {
    const opt = window.echarts.getInstanceByDom(document.querySelector('.chart')).getOption();
    // Functions do not cross into Node; keep the data and names.
    return JSON.parse(JSON.stringify(opt, (k, v) => (typeof v === 'function' ? undefined : v)));
  });
}

/** Every number in a series' data: plain values, `{value}` items and `[x, y]` pairs. */
export function numbersOf(data) {
  const out = [];
  const visit = (d) => {
    if (typeof d === 'number') out.push(d);
    else if (Array.isArray(d)) d.forEach(visit);
    else if (d && typeof d === 'object' && 'value' in d) visit(d.value);
  };
  (data || []).forEach(visit);
  return out;
}

export const hasCjk = (s) => /[\u3400-\u9fff]/.test(s);

/** A figure drawn from the Epoch AI dataset rather than stated values (1.3.4–1.3.6). */
export const recomputed = (f) => f.completeness === 'none' && f.source_org.startsWith('Epoch AI');
/** A figure that has a chart (not an illustration without values). */
export const hasChart = (f) => f.chart_kind !== 'image' && (f.completeness !== 'none' || recomputed(f));

const SUPERSCRIPT = { '⁰': '0', '¹': '1', '²': '2', '³': '3', '⁴': '4', '⁵': '5', '⁶': '6', '⁷': '7', '⁸': '8', '⁹': '9', '⁻': '-', '⁺': '+' };

/**
 * The number a shown text stands for, in any of the forms the page may print: `84,000,000`,
 * `0.001`, `1.2e15`, `1.2×10¹⁵`, `10⁻³`, `5K`/`5M`/`5B`/`5T`, `23.27万`, `1.914亿`; `null` when the
 * text holds no number. Separators and a leading `≈`/`>`/`$` are ignored.
 */
export function parseShown(text) {
  let s = String(text).trim().replace(/^[≈~>＞<＜$＄约超过]+\s*/u, '').replace(/(\d)[,，\s\u2009\u202f](?=\d)/g, '$1').replace(/−/g, '-');
  s = s.replace(/[⁰¹²³⁴⁵⁶⁷⁸⁹⁻⁺]+/g, (m) => '^' + [...m].map((c) => SUPERSCRIPT[c]).join(''));
  let m = s.match(/^(-?\d+(?:\.\d+)?)?\s*(?:[×x*·]\s*)?10\^([-+]?\d+)(?![\d.])/);
  if (m) return (m[1] === undefined ? 1 : Number(m[1])) * 10 ** Number(m[2]);
  // A suffix counts only when no letter follows it ("5 models" is 5, not 5 million).
  m = s.match(/^(-?\d+(?:\.\d+)?(?:e[-+]?\d+)?)\s?(?:(K|M|B|T|千|万亿|万|亿)(?![A-Za-z]))?/i);
  if (!m) return null;
  const mult = { k: 1e3, m: 1e6, b: 1e9, t: 1e12, 千: 1e3, 万: 1e4, 亿: 1e8, 万亿: 1e12 }[(m[2] || '').toLowerCase()] || 1;
  return Number(m[1]) * mult;
}

/** Significant digits of a printed number (`84,000,000` → 2, `0.00120` → 3, `83,999,999.99999999` → 16). */
export function significantDigits(text) {
  const m = String(text).replace(/[,，\s]/g, '').match(/\d+(?:\.\d+)?/);
  if (!m) return 0;
  const [int, frac = ''] = m[0].split('.');
  let digits = (int + frac).replace(/^0+/, '');
  if (!frac) digits = digits.replace(/0+$/, '');
  return Math.max(digits.length, 1);
}

/** Number of ECharts instances alive: counts `echarts.init` results not yet disposed. Install with
 * `page.addInitScript(trackEcharts)` before the first navigation; read with `liveEcharts(page)`. */
export function trackEcharts() {
  let real;
  window.__echartsCreated = [];
  Object.defineProperty(window, 'echarts', {
    configurable: true,
    get: () => real,
    set: (ns) => {
      // The bundle's namespace has read-only members: wrap it in an object that inherits them.
      const wrapped = Object.create(ns);
      Object.defineProperty(wrapped, 'init', {
        value: (...args) => {
          const inst = ns.init(...args);
          if (!window.__echartsCreated.includes(inst)) window.__echartsCreated.push(inst);
          return inst;
        },
      });
      real = wrapped;
    },
  });
}

/** Instances created by `echarts.init` and not disposed (see [`trackEcharts`]). */
export const liveEcharts = (page) => page.evaluate(() => window.__echartsCreated.filter((i) => !i.isDisposed()).length);

/** The page-weight budget: everything `?fig=1.1.1` loads, gzipped at level 9, summed: issue 9's
 * 420 KiB (500 KiB before issue 9), which must hold as the model explorer and share pages land. */
export const BUDGET_BYTES = 420 * 1024;

/** The model explorer's page budget (issue 10): everything `?view=models&lang=en` loads, gzipped at
 * level 9, summed: 520 KB, kilobytes of 1000 bytes as the issue writes them. */
export const MODELS_BUDGET_BYTES = 520 * 1000;

/**
 * What loading `url` costs: every same-origin response the page receives until `ready(page)`
 * resolves (default: its chart is drawn) and the network is idle, each body gzipped at level 9
 * (Node's zlib). Returns rows `{ path, raw, gzip }` (largest first) and their `total` gzipped bytes.
 * A fresh context: a cold cache.
 */
export async function pageWeight(browser, url, ready = drawnOption) {
  const { gzipSync } = await import('node:zlib');
  const origin = new URL(url).origin;
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const pending = [];
  page.on('response', (res) => {
    if (new URL(res.url()).origin !== origin || res.status() >= 300) return;
    pending.push(res.body().then((body) => ({ path: new URL(res.url()).pathname, raw: body.length, gzip: gzipSync(body, { level: 9 }).length }), () => null));
  });
  await page.goto(url);
  await ready(page);
  await page.waitForLoadState('networkidle');
  const rows = (await Promise.all(pending)).filter(Boolean).sort((a, b) => b.gzip - a.gzip);
  await context.close();
  return { rows, total: rows.reduce((n, r) => n + r.gzip, 0) };
}

/**
 * The wasm entry points an index.html offers (written by scripts/entry-points.mjs): per bin
 * (`ai-index-explorer`, the figures; `ai-index-models`, the model explorer) the URL paths of its
 * glue and wasm and their integrity digests.
 */
export function entryPoints(indexHtml) {
  const json = indexHtml.match(/<script\b[^>]*\bid="?entries"?[^>]*>([\s\S]*?)<\/script>/);
  if (!json) throw new Error('index.html has no <script id=entries> (scripts/entry-points.mjs writes it)');
  return JSON.parse(json[1]);
}

/** A table of `pageWeight` rows in KiB. */
export function weightTable({ rows, total }, budget = BUDGET_BYTES) {
  const kib = (n) => (n / 1024).toFixed(1).padStart(9);
  return [
    `${'file'.padEnd(52)}${'raw KiB'.padStart(9)}${'gzip KiB'.padStart(10)}`,
    ...rows.map((r) => `${r.path.padEnd(52)}${kib(r.raw)} ${kib(r.gzip)}`),
    `${'total (gzip -9, summed)'.padEnd(52)}${''.padStart(9)} ${kib(total)}   budget ${budget % 1024 ? `${budget / 1000} KB` : `${budget / 1024} KiB`}`,
  ].join('\n');
}
