// Share pages' preview images (issue 11), run by the Makefile after scripts/share-pages.mjs:
// `node scripts/share-previews.mjs <dist>` writes <dist>/s/<fig>/<lang>/preview.png for every page
// of build/share.json, 1200×630 PNG (the Open Graph card), at most 300 KB.
//
// Each image is a screenshot of the built share page itself in headless Chromium (no network:
// <dist> is served on 127.0.0.1), so the chart is the explorer's own: its option, formatters and
// fonts, drawn by ECharts. Once the app has mounted and drawn, a style sheet switches the page to
// the PREVIEW LAYOUT below, the chart's container takes its new size and the app's own
// ResizeObserver has ECharts redraw at that size; the screenshot is taken when ECharts reports
// `finished`. Light theme, no animation (reduced motion), device pixel ratio 1.
//
// PREVIEW LAYOUT (pixels of the 1200×630 image; tests/e2e/share_files.test.mjs checks the plot):
//   y  20..100  figure number and title, at most 2 lines, then an ellipsis
//   PLOT: x 24..1176, y 110..560 (1152×450): the chart's container, legend and axes included
//   y 574..612  the source line (left, one line, ellipsis) and the site name (right)
// Figures without a chart (`chart: false` in share.json, the illustrations 1.3.9–1.3.12): a text
// card of number and title, takeaway, description, source and site name.
// Page text names its font families (Noto Sans CJK SC for Chinese: Debian's fonts-noto-cjk,
// installed by scripts/setup.sh); the chart keeps the app's fonts.
import { createServer } from 'node:http';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import handler from 'serve-handler';
import { launch } from '../tests/e2e/harness.mjs';
import { readShare } from './share-pages.mjs';
import { siteUrls } from './site-url.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** The image and the plot rectangle of the preview layout (see above). */
export const SIZE = { width: 1200, height: 630 };
export const PLOT = { x: 24, y: 110, width: 1152, height: 450 };
/**
 * The page is laid out at SIZE / SCALE CSS pixels and drawn at SCALE device pixels per CSS pixel
 * (ECharts draws its canvas at the device pixel ratio). 1: the chart is laid out as the explorer
 * lays it out on a desktop (1152×450). 2 was tried: text and marks twice as large, better for
 * sparse charts seen small in a feed, but dense bar charts (1.3.16, 1.3.20, 1.3.21) squeezed to
 * 225 CSS px, below their default height, drew labels outside their bars.
 */
export const SCALE = 1;
const MAX_BYTES = 300 * 1000;
const PARALLEL = 2;

const FONTS = {
  en: '"Noto Sans", "DejaVu Sans", "Liberation Sans", Arial, sans-serif',
  zh: '"Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC", sans-serif',
};

/** The preview layout's style sheet for a page in `lang`. */
function previewCss(lang, chart) {
  return previewCssImagePx(lang, chart).replace(/(\d+(?:\.\d+)?)px/g, (_, n) => `${Number(n) / SCALE}px`);
}

/** The style sheet in image pixels. */
function previewCssImagePx(lang, chart) {
  // Only the card's head (number, title; takeaway on text cards), chart and source line show: a
  // whitelist, so parts added to the card later stay out of the preview.
  const hidden = ['body > :not(main):not(.preview-site)', 'main > :not(.figure-card)',
    '.figure-card > :not(.figure-head):not(.chart-frame):not(.facts):not(.no-chart)',
    `.figure-head > :not(.figure-number):not(.figure-title)${chart ? '' : ':not(.takeaway)'}`,
    '.chart-frame > :not(.chart)', '.facts > :not(dd.source)', '.no-chart > :not(.description)',
    chart ? '.no-chart' : '.chart-frame'];
  return `
    html, body { margin: 0 !important; padding: 0 !important; width: ${SIZE.width}px; height: ${SIZE.height}px;
      overflow: hidden !important; background: #ffffff !important; color: #1d2530 !important; }
    ${hidden.join(', ')} { display: none !important; }
    .figure-card, .figure-card * { font-family: ${FONTS[lang]} !important; }
    .figure-card { position: fixed !important; inset: 0 !important; margin: 0 !important; padding: 0 !important;
      border: 0 !important; box-shadow: none !important; max-width: none !important; background: #ffffff !important; }
    .figure-head { position: absolute; left: ${PLOT.x}px; top: 20px; width: ${PLOT.width}px; margin: 0; padding: 0; }
    .figure-number { display: inline; margin: 0 12px 0 0; font-size: 26px; line-height: 40px; font-weight: 600;
      color: #3b6fb6 !important; }
    .figure-title { display: inline; margin: 0; font-size: 30px; line-height: 40px; font-weight: 700; color: #1d2530 !important; }
    .figure-head { display: -webkit-box; -webkit-box-orient: vertical; -webkit-line-clamp: 2; overflow: hidden; max-height: 80px; }
    .chart-frame { position: absolute !important; left: ${PLOT.x}px; top: ${PLOT.y}px; width: ${PLOT.width}px !important;
      height: ${PLOT.height}px !important; min-height: 0 !important; margin: 0 !important; padding: 0 !important;
      border: 0 !important; background: #ffffff !important; }
    .chart { width: ${PLOT.width}px !important; height: ${PLOT.height}px !important; min-height: 0 !important;
      max-height: none !important; margin: 0 !important; background: #ffffff !important; }
    .facts { position: absolute; left: ${PLOT.x}px; top: 574px; width: 820px; height: 38px; margin: 0 !important;
      padding: 0 !important; border: 0 !important; display: block !important; background: none !important; }
    .facts dd.source { display: block !important; margin: 0 !important; padding: 0 !important; font-size: 17px; line-height: 38px; color: #4a5565 !important; white-space: nowrap;
      overflow: hidden; text-overflow: ellipsis; }
    .preview-site { position: fixed; right: ${SIZE.width - PLOT.x - PLOT.width}px; top: 574px; max-width: 320px;
      font: 600 19px/38px ${FONTS[lang]}; color: #3b6fb6; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
    ${chart ? '' : `
    .figure-card { box-shadow: inset 0 12px 0 #3b6fb6 !important; }
    .figure-head { top: 36px; display: block; overflow: visible; max-height: none; }
    .figure-number { display: block; font-size: 26px; line-height: 40px; }
    .figure-title { display: -webkit-box; -webkit-box-orient: vertical; -webkit-line-clamp: 2; overflow: hidden;
      font-size: 38px; line-height: 48px; }
    .figure-card .takeaway { display: -webkit-box !important; -webkit-box-orient: vertical; -webkit-line-clamp: 3;
      overflow: hidden; margin: 24px 0 0; padding-left: 20px; border-left: 6px solid #3b6fb6;
      font-size: 28px; line-height: 42px; color: #1d2530 !important; }
    .no-chart { position: absolute; left: ${PLOT.x}px; top: 330px; width: ${PLOT.width}px; margin: 0; padding: 0;
      border: 0; background: none; }
    .no-chart .description { display: -webkit-box; -webkit-box-orient: vertical; -webkit-line-clamp: 5; overflow: hidden;
      margin: 0 0 0 26px; font-size: 21px; line-height: 32px; color: #4a5565 !important; }`}
  `;
}

/**
 * Opens the share page `url`, waits for the app's figure (and chart), switches to the preview
 * layout and resolves to the PNG bytes.
 */
async function shot(page, url, p, siteName) {
  await page.goto(url);
  // The app has mounted this figure in this language (the static body has no .figure-card).
  await page.waitForSelector(`html[lang^="${p.lang}"] .figure-card[data-fig="${p.fig}"] .figure-title`, { timeout: 30000 });
  if (p.chart) {
    await page.waitForFunction(() => {
      const el = document.querySelector('.chart');
      const inst = el && window.echarts && window.echarts.getInstanceByDom(el);
      const opt = inst && inst.getOption();
      return opt && opt.series && opt.series.length > 0;
    }, null, { timeout: 30000 });
  }
  // Figures with a dataset layer draw the report's values first and the layer once its data file
  // (requested on first use) has arrived: no request for 500 ms means it has.
  await page.waitForLoadState('networkidle');
  await page.evaluate(({ css, siteName }) => {
    const style = document.createElement('style');
    style.textContent = css;
    document.head.appendChild(style);
    const site = document.createElement('div');
    site.className = 'preview-site';
    site.textContent = siteName;
    document.body.appendChild(site);
  }, { css: previewCss(p.lang, p.chart), siteName });
  if (p.chart) {
    // The app's ResizeObserver resizes ECharts to the new container; wait for that size, then for
    // ECharts' `finished` (the redraw is done; animation is off under reduced motion).
    await page.waitForFunction(({ w, h }) => {
      const inst = window.echarts.getInstanceByDom(document.querySelector('.chart'));
      return inst.getWidth() === w && inst.getHeight() === h;
    }, { w: PLOT.width / SCALE, h: PLOT.height / SCALE }, { timeout: 10000 });
    await page.evaluate(() => new Promise((done) => {
      const inst = window.echarts.getInstanceByDom(document.querySelector('.chart'));
      let over = false;
      const end = () => { if (!over) { over = true; inst.off('finished', end); done(); } };
      inst.on('finished', end);
      // Already finished and idle: no further event comes; a frame later is as good.
      requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(end, 300)));
    }));
  }
  await page.evaluate(() => document.fonts.ready.then(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)))));
  return page.screenshot({ clip: { x: 0, y: 0, width: SIZE.width / SCALE, height: SIZE.height / SCALE }, scale: 'device', type: 'png', animations: 'disabled', caret: 'hide' });
}

/** Serves `dist` at `publicUrl` on 127.0.0.1 (as the host will); resolves to { url, close }. */
async function serveAt(dist, publicUrl) {
  const server = createServer((req, res) => {
    const u = new URL(req.url, 'http://x');
    if (!u.pathname.startsWith(publicUrl)) { res.writeHead(404); res.end(); return; }
    req.url = `/${u.pathname.slice(publicUrl.length)}${u.search}`;
    handler(req, res, { public: dist, directoryListing: false });
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  return { url: `http://127.0.0.1:${server.address().port}${publicUrl}`, close: () => new Promise((ok) => server.close(ok)) };
}

/** Writes every preview; returns [{ file, bytes, ms }]. */
export async function writePreviews(dist, share, publicUrl, log = () => {}) {
  const server = await serveAt(path.resolve(dist), publicUrl);
  const browser = await launch();
  const results = [];
  const failures = [];
  try {
    const queue = [...share.pages];
    const worker = async () => {
      // One context per worker, kept: its HTTP cache holds ECharts and the wasm after the first page.
      const context = await browser.newContext({ viewport: { width: SIZE.width / SCALE, height: SIZE.height / SCALE }, deviceScaleFactor: SCALE, reducedMotion: 'reduce', colorScheme: 'light' });
      const page = await context.newPage();
      const errors = [];
      page.on('pageerror', (e) => errors.push(String(e)));
      for (let p = queue.shift(); p; p = queue.shift()) {
        const t0 = performance.now();
        const rel = `s/${p.fig}/${p.lang}/preview.png`;
        try {
          errors.length = 0;
          const png = await shot(page, `${server.url}s/${p.fig}/${p.lang}/`, p, share.siteName[p.lang]);
          if (errors.length) throw new Error(`page errors: ${errors.join('; ')}`);
          if (png.length > MAX_BYTES) throw new Error(`${png.length} bytes, over ${MAX_BYTES}`);
          const file = path.join(dist, rel);
          mkdirSync(path.dirname(file), { recursive: true });
          writeFileSync(file, png);
          results.push({ file: rel, bytes: png.length, ms: performance.now() - t0 });
          log(`${rel} ${(png.length / 1000).toFixed(1)} KB ${Math.round(performance.now() - t0)} ms`);
        } catch (e) {
          failures.push(`${rel}: ${e.message.split('\n')[0]}`);
          // One failure is usually every page's (an app that does not open share paths): stop.
          queue.length = 0;
        }
      }
      await context.close();
    };
    await Promise.all(Array.from({ length: PARALLEL }, worker));
  } finally {
    await browser.close();
    await server.close();
  }
  if (failures.length) throw new Error(`share-previews: ${failures.length} failed:\n  ${failures.join('\n  ')}`);
  return results;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const dist = process.argv[2];
  if (!dist) {
    console.error('usage: node scripts/share-previews.mjs <dist folder> (env SITE_URL, PUBLIC_URL; reads build/share.json)');
    process.exit(2);
  }
  const t0 = performance.now();
  try {
    const share = readShare(process.env.SHARE_JSON || path.join(root, 'build/share.json'));
    const only = process.env.PREVIEW_ONLY; // e.g. PREVIEW_ONLY=1.2.5 to redo one figure's two images
    if (only) share.pages = share.pages.filter((p) => only.split(',').includes(p.fig));
    const res = await writePreviews(dist, share, siteUrls().publicUrl, process.env.VERBOSE ? console.log : () => {});
    const kb = res.map((r) => r.bytes / 1000);
    console.log(`share-previews: ${res.length} preview images in ${((performance.now() - t0) / 1000).toFixed(1)} s, `
      + `${Math.min(...kb).toFixed(1)}–${Math.max(...kb).toFixed(1)} KB each`);
  } catch (e) {
    console.error(e.message);
    process.exit(1);
  }
}
