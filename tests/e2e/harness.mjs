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

/** Serves `dir` (default: $DIST or dist/) on a free loopback port; resolves to its base URL. */
export async function serve(dir = process.env.DIST || path.join(root, 'dist')) {
  const server = createServer((req, res) => handler(req, res, { public: dir, directoryListing: false }));
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address();
  return { url: `http://127.0.0.1:${port}/`, close: () => new Promise((ok) => server.close(ok)) };
}

const chromiumPath = process.env.CHROMIUM || '/usr/bin/chromium';

/** Headless Chromium with the flags this closed network needs. */
export function launch() {
  return chromium.launch({
    executablePath: chromiumPath,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--lang=en-US'],
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
    const inst = el && window.echarts.getInstanceByDom(el);
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
