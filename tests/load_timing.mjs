// First text and first chart of a cold load of `?fig=<id>&lang=<lang>` (default 1.1.1, en) against a
// plain page that loads the same ECharts bundle and calls setOption with the option the explorer
// passed to setOption (captured from a first load, functions kept as source). Interleaved cold
// loads in one headless Chromium; prints medians, the ratios issue 9 asks for and a bootstrap 90%
// interval of each. Run while holding the heavy lock:
//   flock /tmp/heavy.lock node tests/load_timing.mjs [runs] [fig] [lang]
// first text = the first animation frame in which the figure's title is in the page (painted
// right after); first chart = the instance's first `finished` event with series drawn.
import { createServer } from 'node:http';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import handler from 'serve-handler';
import { launch, root } from './e2e/harness.mjs';

const runs = Number(process.argv[2] || 15);
const fig = process.argv[3] || '1.1.1';
const lang = process.argv[4] || 'en';
const dist = process.env.DIST || path.join(root, 'dist');
const files = readdirSync(dist);
const echartsFile = files.find((f) => /^echarts-[0-9a-f]+\.js$/.test(f));
const cssFile = files.find((f) => /^main-[0-9a-f]+\.css$/.test(f));

// Installed before any page script: records when ECharts first finishes a drawing with series,
// the options passed to setOption, and when the figure title first appears in a frame.
function probe() {
  window.__t = {};
  window.__options = [];
  const fnSource = (k, v) => (typeof v === 'function' ? { __fn: String(v) } : v);
  let real;
  Object.defineProperty(window, 'echarts', {
    configurable: true,
    get: () => real,
    set: (ns) => {
      window.__t.echarts = performance.now();
      const wrapped = Object.create(ns);
      Object.defineProperty(wrapped, 'init', {
        value: (...args) => {
          if (window.__t.init === undefined) window.__t.init = performance.now();
          const inst = ns.init(...args);
          const set = inst.setOption;
          inst.setOption = function (option, ...rest) {
            if (window.__t.set === undefined) window.__t.set = performance.now();
            try { window.__options.push({ option: JSON.stringify(option, fnSource), opts: rest[0], locale: args[2] && args[2].locale }); } catch (e) { /* not needed for timing */ }
            return set.call(this, option, ...rest);
          };
          const hasSeries = () => { const o = inst.getOption(); return o && o.series && o.series.length > 0; };
          // `rendered`: the first frame with series painted; `finished`: its animation done too.
          inst.on('rendered', () => { if (window.__t.frame === undefined && hasSeries()) window.__t.frame = performance.now(); });
          inst.on('finished', () => { if (window.__t.chart === undefined && hasSeries()) window.__t.chart = performance.now(); });
          return inst;
        },
      });
      real = wrapped;
    },
  });
  const frame = () => {
    if (window.__t.text === undefined && document.querySelector('#figure-title')) window.__t.text = performance.now();
    if (window.__t.text === undefined || window.__t.chart === undefined) requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
  addEventListener('TrunkApplicationStarted', () => { window.__t.wasm = performance.now(); });
}

let plainHtml = '';
const server = createServer((req, res) => {
  if (req.url.startsWith('/__plain.html')) {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
    res.end(plainHtml);
    return;
  }
  handler(req, res, { public: dist, directoryListing: false });
});
await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
const base = `http://127.0.0.1:${server.address().port}/`;
const url = `${base}?fig=${fig}&lang=${lang}`;
const browser = await launch();

async function load(target) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const errors = [];
  page.on('console', (m) => { if (m.type() === 'error' || (m.type() === 'warning' && !m.text().includes('crbug.com/981419'))) errors.push(`${m.type()}: ${m.text()}`); });
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.addInitScript(probe);
  await page.goto(target);
  await page.waitForFunction(() => window.__t.chart !== undefined, null, { timeout: 30000 });
  const out = await page.evaluate(() => {
    const el = document.querySelector('.chart');
    return { ...window.__t, options: window.__options, width: el && el.clientWidth, height: el && el.clientHeight };
  });
  await context.close();
  return { ...out, errors };
}

// The option the explorer draws, and the size it draws it at.
const first = await load(url);
if (first.errors.length) console.log('explorer console:', first.errors);
const drawn = first.options.filter((o) => o.option.includes('"series"')).pop();
// labelLayout is a wasm closure: the same function in plain JS (see src/echarts.rs LABEL_LAYOUT).
const labelLayout = "(p)=>({x:p.labelRect.x,y:p.labelRect.y,align:'left',verticalAlign:'top',moveOverlap:'shiftY',hideOverlap:true})";
plainHtml = `<!doctype html><html lang="${lang}"><head><meta charset="utf-8">
<link rel="icon" href="data:,"><link rel="stylesheet" href="/${cssFile}"><script src="/${echartsFile}"></script></head><body>
<div class="chart" style="width:${first.width}px;height:${first.height}px"></div>
<script>
const revive = (k, v) => v && typeof v === 'object' && typeof v.__fn === 'string'
  ? (v.__fn.startsWith('function anonymous') ? (0, eval)('(' + v.__fn + ')') : (0, eval)(${JSON.stringify(labelLayout)})) : v;
const option = JSON.parse(${JSON.stringify(drawn.option)}, revive);
const chart = echarts.init(document.querySelector('.chart'), null, { locale: ${JSON.stringify(drawn.locale || 'EN')}, renderer: 'canvas' });
chart.setOption(option, { notMerge: true });
</script></body></html>`;
const plainUrl = `${base}__plain.html`;
const check = await load(plainUrl);
if (check.errors.length) console.log('plain console:', check.errors);

const ex = { text: [], chart: [], frame: [], echarts: [], wasm: [], init: [], set: [] };
const plain = { chart: [], frame: [], echarts: [], init: [], set: [] };
for (let i = 0; i < runs; i++) {
  // Alternate which goes first, so neither always runs on a just-warmed process.
  const order = i % 2 ? ['plain', 'ex'] : ['ex', 'plain'];
  for (const which of order) {
    if (which === 'ex') {
      const r = await load(url);
      ex.text.push(r.text);
      ex.chart.push(r.chart);
      ex.frame.push(r.frame);
      for (const k of ['echarts', 'wasm', 'init', 'set']) ex[k].push(r[k] ?? NaN);
      if (r.errors.length) console.log('explorer console:', r.errors);
    } else {
      const r = await load(plainUrl);
      plain.chart.push(r.chart);
      plain.frame.push(r.frame);
      for (const k of ['echarts', 'init', 'set']) plain[k].push(r[k] ?? NaN);
    }
  }
}
await browser.close();
server.close();

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const n = s.length;
  return n % 2 ? s[(n - 1) / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
};
// Bootstrap 90% interval of median(a) / median(b), resampling each side.
function interval(a, b) {
  let seed = 12345;
  const rand = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
  const pick = (xs) => xs.map(() => xs[Math.floor(rand() * xs.length)]);
  const ratios = [];
  for (let i = 0; i < 2000; i++) ratios.push(median(pick(a)) / median(pick(b)));
  ratios.sort((x, y) => x - y);
  return [ratios[100], ratios[1899]];
}
const fmt = (xs) => xs.map((x) => x.toFixed(0)).join(' ');
const row = (name, xs) => console.log(`${name.padEnd(30)} ms: ${fmt(xs)}  median ${median(xs).toFixed(0)}`);
const ratio = (name, a, b, target) => {
  const [lo, hi] = interval(a, b);
  console.log(`${name.padEnd(44)} ${(median(a) / median(b)).toFixed(3)} (90% ${lo.toFixed(3)}–${hi.toFixed(3)}), target ≤ ${target}`);
};
console.log(`fig ${fig} ${lang}, ${runs} interleaved cold loads, chart ${first.width}x${first.height}`);
row('explorer echarts ran', ex.echarts);
row('explorer wasm started (main done)', ex.wasm);
row('explorer echarts.init', ex.init);
row('explorer setOption', ex.set);
row('explorer first text', ex.text);
row('explorer first frame (rendered)', ex.frame);
row('plain echarts ran', plain.echarts);
row('plain setOption', plain.set);
row('plain first frame (rendered)', plain.frame);
row('explorer first chart (finished)', ex.chart);
row('plain first chart (finished)', plain.chart);
ratio('first chart (finished) ÷ plain', ex.chart, plain.chart, '1.10');
ratio('first frame (rendered) ÷ plain', ex.frame, plain.frame, '1.10');
ratio('first text ÷ plain first chart (finished)', ex.text, plain.chart, '0.60');
ratio('first text ÷ plain first frame (rendered)', ex.text, plain.frame, '0.60');
