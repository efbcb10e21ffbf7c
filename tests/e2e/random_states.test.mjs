// Seeded random states, as readers share them: ≥ 200 links per run, each figure's link built from
// the controls its data offers (years from its span — single years, years without a value,
// reversed ranges and garbage —, scales, stacks, region and hidden-series subsets including empty
// ones, show, view, language, theme, sometimes embed; on figures with a dataset layer `layer=`,
// sometimes garbage; `view=reconcile`, mostly where a reconciliation is offered), plus the overview
// and the compare view. The changed control may also be the Layers control or the Reconciliation tab.
// Each link is opened in a fresh page, then ONE control is changed through the UI; the whole run
// must log no page error and no console.error, and no chart area may stay blank (neither drawn
// nor saying why it is empty).
//
// The seed is printed first (`seed: N`). Rerun another seed with `SEED=123 make test-e2e`, or
// directly: `SEED=123 node --test tests/e2e/random_states.test.mjs` (LINKS=500 for a longer run).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch, csv, recomputed } from './harness.mjs';
import { EPOCH_SPAN, countsByCountry, bySector, measureOf, modelsIn, LAYERED_FIGURES, RECONCILED_FIGURES } from './recount.mjs';

const SEED = Number(process.env.SEED ?? 20261129) >>> 0;
const LINKS = Math.max(200, Number(process.env.LINKS ?? 200));
console.log(`seed: ${SEED}`);

/** mulberry32: a small, fast seeded PRNG; the same seed gives the same links. */
function mulberry32(a) {
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
/** Random helpers over one PRNG. */
function randomness(seed) {
  const r = mulberry32(seed);
  const chance = (p) => r() < p;
  const pick = (xs) => xs[Math.floor(r() * xs.length)];
  const int = (lo, hi) => lo + Math.floor(r() * (hi - lo + 1));
  /** A random subset (each element with probability p), in a shuffled order. */
  const subset = (xs, p = 0.5) => xs.filter(() => chance(p)).sort(() => r() - 0.5);
  return { r, chance, pick, int, subset };
}
// Links come from the run's seed; each link's own seed decides its viewport and the control it
// changes, so a link's run is the same whatever runs beside it.
const { r: rnd, chance, pick, int, subset } = randomness(SEED);
const unique = (xs) => [...new Set(xs)];

const figures = csv('report/figures.csv');
const values = csv('report/values.csv');
const regionCodes = csv('report/regions.csv').map((r) => r.code);
const countryCodes = csv('epoch/country_codes.csv').map((c) => c.code).filter(Boolean);

/** The period a title names: "…, 2010–22" → [2010, 2022]; otherwise its first and last years. */
function titleSpan(title) {
  const dash = title.match(/(?<!\d)(\d{4})–(\d{2})(?!\d)/);
  if (dash) return [Number(dash[1]), Math.floor(Number(dash[1]) / 100) * 100 + Number(dash[2])];
  const ys = [...title.matchAll(/(?<!\d)(\d{4})(?!\d)/g)].map((m) => Number(m[1])).filter((y) => y >= 1900 && y < 2100);
  return ys.length ? [Math.min(...ys), Math.max(...ys)] : null;
}

/** What a figure's data offers (README: regions, years, scale, stack, legend, long lists). */
function controlsOf(fig) {
  if (recomputed(fig)) {
    const bar = fig.chart_kind === 'bar';
    const [lo, hi] = EPOCH_SPAN;
    const stated = unique(modelsIn(lo, hi).map((m) => m.year)).sort((a, b) => a - b);
    return {
      regions: bar ? Object.keys(countsByCountry(lo, hi)) : [], years: [lo, hi], stated, scale: true, stack: false,
      legend: bar ? [] : Object.keys(bySector(measureOf(fig), lo, hi)), longList: bar,
    };
  }
  const rows = values.filter((v) => v.figure_id === fig.figure_id && v.role !== 'annotation');
  const regions = unique(rows.map((r) => r.region_code).filter(Boolean));
  const stated = unique(rows.map((r) => r.x).filter((x) => /^\d{4}$/.test(x)).map(Number)).sort((a, b) => a - b);
  const ts = titleSpan(fig.title_en);
  const years = stated.length >= 2 ? [Math.min(stated[0], ts?.[0] ?? Infinity), Math.max(stated.at(-1), ts?.[1] ?? 0)] : null;
  const kind = fig.chart_kind;
  const scale = rows.length > 0 && rows.every((v) => Number(v.value) > 0) && kind !== 'stacked_bar' && kind !== 'range_dot' && rows.every((v) => v.unit !== 'year');
  const stack = kind === 'stacked_bar' && !rows.some((v) => v.unit === 'percent');
  let legend = [];
  if (['line', 'stacked_bar', 'scatter'].includes(kind)) {
    legend = unique(rows.map((r) => r.series_key)).map((key) => {
      const region = rows.find((r) => r.series_key === key).region_code;
      const keysOfRegion = unique(rows.filter((r) => region && r.region_code === region).map((r) => r.series_key));
      return region && keysOfRegion.length === 1 ? region : key;
    });
  } else if (kind === 'grouped_bar') {
    legend = unique(rows.map((r) => r.series_key.split('__')[1] ?? r.series_key));
  }
  if (legend.length < 2) legend = [];
  return { regions, years, stated, scale, stack, legend, longList: kind === 'bar' && rows.length > 15 };
}

const GARBAGE_TIME = ['abc', '2011..', '..2020', '1990..2030', '20x1', '2015..2015..2016', '', 'latest..earliest', '9'.repeat(40), 'earliest', '２０１５', '2015..latest..'];

/** A `time` value: mostly within the span, often on years without a value, sometimes reversed or garbage. */
function timeValue(c) {
  const [lo, hi] = c.years;
  const all = [];
  for (let y = lo; y <= hi; y++) all.push(y);
  const without = all.filter((y) => !c.stated.includes(y));
  const r = rnd();
  if (r < 0.15) return String(pick(all));
  if (r < 0.3 && without.length) return String(pick(without));
  if (r < 0.45 && without.length >= 2) {
    // A range lying in a gap between stated years.
    const a = pick(without);
    let b = a;
    while (b + 1 <= hi && without.includes(b + 1) && chance(0.7)) b++;
    return `${a}..${b}`;
  }
  if (r < 0.65) {
    const a = pick(all);
    const b = pick(all.filter((y) => y >= a));
    return `${a}..${b}`;
  }
  if (r < 0.75) return chance(0.5) ? `earliest..${pick(all)}` : `${pick(all)}..latest`;
  if (r < 0.87 && all.length >= 2) {
    const a = int(lo + 1, hi);
    return `${a}..${int(lo, a - 1)}`; // reversed
  }
  return pick([...GARBAGE_TIME, `${lo - 3}`, `${hi + 1}..${hi + 4}`]);
}

const GARBAGE_LAYER = ['', 'both~report', 'REPORT ', 'stated', 'datasets', 'x'.repeat(40)];

function figureLink(fig) {
  const c = controlsOf(fig);
  const p = [['fig', fig.figure_id], ['lang', pick(['en', 'zh'])]];
  const reconciled = RECONCILED_FIGURES.includes(fig.figure_id);
  // view=reconcile mostly where offered; elsewhere it falls back to the chart with a notice.
  if (chance(reconciled ? 0.2 : 0.02)) p.push(['view', 'reconcile']);
  else if (chance(0.25)) p.push(['view', chance(0.9) ? 'table' : 'chart']);
  if (LAYERED_FIGURES.includes(fig.figure_id) && chance(0.5)) p.push(['layer', chance(0.12) ? pick(GARBAGE_LAYER) : pick(['both', 'report', 'dataset'])]);
  else if (chance(0.03)) p.push(['layer', pick(['report', 'dataset'])]); // refused: no dataset layer
  if (c.years && chance(0.65)) p.push(['time', timeValue(c)]);
  else if (chance(0.06)) p.push(['time', pick(GARBAGE_TIME)]);
  if (c.regions.length >= 2 && chance(0.35)) {
    const chosen = subset(c.regions, chance(0.5) ? 0.3 : 0.7);
    if (chance(0.1)) chosen.push(pick(['XXX', 'usa', 'world', 'Chn']));
    p.push(['regions', chosen.join('~')]);
  }
  if (c.legend.length && chance(0.35)) {
    const hidden = chance(0.15) ? c.legend : subset(c.legend, 0.4);
    if (chance(0.08)) hidden.push('nope');
    p.push(['hide', hidden.join('~')]);
  }
  if (c.scale && chance(0.4)) p.push(['scale', pick(['linear', 'log'])]);
  else if (chance(0.04)) p.push(['scale', pick(['log', 'cubic'])]);
  if (c.stack && chance(0.5)) p.push(['stack', pick(['absolute', 'relative'])]);
  else if (chance(0.03)) p.push(['stack', 'relative']);
  if (c.longList && chance(0.5)) p.push(['show', pick(['all', 'top'])]);
  if (chance(0.3)) p.push(['theme', pick(['light', 'dark'])]);
  if (chance(0.1)) p.push(['embed', '1']);
  return '?' + p.map(([k, v]) => `${k}=${encodeURIComponent(v).replace(/%7E/gi, '~')}`).join('&');
}

function otherLink() {
  const lang = pick(['en', 'zh']);
  const theme = chance(0.3) ? `&theme=${pick(['light', 'dark'])}` : '';
  if (chance(0.4)) return `?lang=${lang}${theme}`;
  const codes = subset([...regionCodes, ...countryCodes], 0.12).slice(0, int(0, 8));
  if (chance(0.1)) codes.push('XXX');
  return `?view=compare&lang=${lang}${codes.length || chance(0.5) ? `&regions=${codes.join('~')}` : ''}${theme}`;
}

const links = [];
while (links.length < LINKS) links.push({ link: chance(0.9) ? figureLink(pick(figures)) : otherLink(), seed: Math.floor(rnd() * 2 ** 32) });
/** Pages open at once (2 by default; WORKERS=1 for one at a time). */
const WORKERS = Math.max(1, Number(process.env.WORKERS ?? 2));

/** Waits until the page is shown and its chart (if any) is drawn or explained, then two frames. */
async function settle(page) {
  await page.waitForFunction(() => document.querySelector('.figure-card, .embed, .figure-index, .compare'), null, { timeout: 10000 });
  const drawn = await page.waitForFunction(() => {
    const el = document.querySelector('.chart');
    if (!el || document.querySelector('.empty-state')) return true;
    const opt = window.echarts?.getInstanceByDom(el)?.getOption();
    return !!(opt && Array.isArray(opt.series));
  }, null, { timeout: 2500 }).then(() => true, () => false);
  await page.evaluate(() => new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(ok, 20)))));
  return drawn;
}

/**
 * The boot shell (index.html's script, src/page_shell.rs) against the mounted app: wherever the
 * app shows a figure page without a notice, the shell showed that figure's number and title
 * before the wasm, in the same box (within 4 px, page coordinates); nowhere else; and it is gone.
 * A notice (a value the link got wrong) sits above the title, so there only the text is compared.
 */
async function bootProblems(page) {
  const s = await page.evaluate(() => {
    const t = document.querySelector('.figure-card .figure-title');
    const r = t?.getBoundingClientRect();
    return {
      boot: window.__boot || null, left: !!document.getElementById('boot'), notice: !!document.querySelector('.notice'),
      app: t && { number: document.querySelector('.figure-card .figure-number').textContent, title: t.textContent, rect: [r.x + scrollX, r.y + scrollY, r.width, r.height] },
    };
  });
  const out = [];
  if (s.left) out.push('boot shell (#boot) left in the page after the app mounted');
  if (s.boot && !s.app) out.push(`boot shell showed "${s.boot.title}", but the app shows no figure page`);
  if (!s.boot && s.app && !s.notice) out.push(`figure page "${s.app.title}" without the boot shell before it`);
  if (s.boot && s.app) {
    if (s.boot.title !== s.app.title || s.boot.number !== s.app.number) out.push(`boot shell "${s.boot.number} ${s.boot.title}" ≠ app "${s.app.number} ${s.app.title}"`);
    else if (!s.notice && s.boot.rect.some((v, i) => Math.abs(v - s.app.rect[i]) > 4)) out.push(`title box moved at mount: ${s.boot.rect.map(Math.round)} → ${s.app.rect.map(Math.round)}`);
  }
  return out;
}

/** Records the boot shell's figure number, title and title box when index.html's script shows it. */
function recordBoot() {
  new MutationObserver((_, obs) => {
    const t = document.querySelector('#boot .figure-title');
    if (!t) return;
    const r = t.getBoundingClientRect();
    window.__boot = { number: document.querySelector('#boot .figure-number').textContent, title: t.textContent, rect: [r.x + scrollX, r.y + scrollY, r.width, r.height] };
    obs.disconnect();
  }).observe(document, { childList: true, subtree: true });
}

/** Changes one control the page offers, chosen at random; returns what it did (null: nothing offered). */
async function changeOne(page, { pick, int }) {
  const controls = {
    'empty-reset': '.empty-state button', time: '#time-from', region: '.region-option input:not([disabled])', scale: '.scale input',
    stack: '.stack input', series: '.series-option input', view: '#view-table', lang: '#lang-toggle', show: '.show-all',
    'overview-link': '.figure-index .figure-link', 'compare-remove': '.chip-remove:not([disabled])', 'compare-add': '#compare-search', legend: '.chart',
    layer: '.layer input:not(:checked)', reconcile: '#view-reconcile',
  };
  // One round trip: which of these the page offers, and how many of each.
  const counts = await page.evaluate((c) => Object.fromEntries(Object.entries(c).map(([k, sel]) => [k, document.querySelectorAll(sel).length])), controls);
  const has = async (sel) => counts[Object.keys(controls).find((k) => controls[k] === sel)] ?? (await page.$$(sel)).length;
  const options = Object.keys(controls).filter((k) => k !== 'legend' && counts[k] > 0);
  if (!options.length && counts.legend) options.push('legend');
  if (!options.length) return null;
  const what = pick(options);
  const click = (sel) => page.click(sel, { timeout: 3000 });
  switch (what) {
    case 'empty-reset': await click('.empty-state button'); break;
    case 'time': {
      const sel = pick(['#time-from', '#time-to']);
      const opts = await page.$$eval(`${sel} option`, (os) => os.filter((o) => !o.selected).map((o) => o.value));
      const v = pick(opts);
      await page.selectOption(sel, v, { timeout: 3000 });
      return `${what} ${sel}=${v}`;
    }
    case 'region': {
      const codes = await page.$$eval('.region-option', (ls) => ls.filter((l) => !l.querySelector('input').disabled).map((l) => l.dataset.code));
      const code = pick(codes);
      await click(`.region-option[data-code="${code}"] input`);
      return `${what} ${code}`;
    }
    case 'scale': await click('.scale input:not(:checked)'); break;
    case 'stack': await click('.stack input:not(:checked)'); break;
    case 'series': {
      const n = await has('.series-option input');
      const i = int(0, n - 1);
      await page.locator('.series-option input').nth(i).click({ timeout: 3000 });
      return `${what} #${i}`;
    }
    case 'view': {
      const table = (await page.getAttribute('#view-table', 'aria-pressed')) === 'true';
      await click(table ? '#view-chart' : '#view-table');
      return `${what} → ${table ? 'chart' : 'table'}`;
    }
    case 'lang': await click('#lang-toggle'); break;
    case 'layer': {
      const layers = await page.$$eval('.layer input:not(:checked)', (is) => is.map((i) => i.value));
      const layer = pick(layers);
      await click(`.layer input[value="${layer}"]`);
      return `${what} ${layer}`;
    }
    case 'reconcile': {
      const shown = (await page.getAttribute('#view-reconcile', 'aria-pressed')) === 'true';
      await click(shown ? '#view-chart' : '#view-reconcile');
      return `${what} → ${shown ? 'chart' : 'reconcile'}`;
    }
    case 'show': await click('.show-all'); break;
    case 'overview-link': {
      const ids = await page.$$eval('.figure-link', (as) => as.map((a) => a.dataset.fig));
      const id = pick(ids);
      await click(`.figure-link[data-fig="${id}"]`);
      return `${what} ${id}`;
    }
    case 'compare-remove': {
      const n = await has('.chip-remove:not([disabled])');
      await page.locator('.chip-remove:not([disabled])').nth(int(0, n - 1)).click({ timeout: 3000 });
      break;
    }
    case 'compare-add': {
      await page.fill('#compare-search', pick(['a', 'in', 'us', 'ch', 'e']), { timeout: 3000 });
      const codes = await page.$$eval('.candidate', (cs) => cs.filter((c) => c.offsetParent !== null && !c.disabled).map((c) => c.dataset.code));
      if (!codes.length) return `${what}: no candidate`;
      const code = pick(codes);
      await page.click(`.candidate[data-code="${code}"]`, { timeout: 3000 });
      return `${what} ${code}`;
    }
    case 'legend': {
      const name = await page.evaluate(() => window.echarts.getInstanceByDom(document.querySelector('.chart'))?.getOption()?.series?.[0]?.name);
      if (name === undefined) return 'legend: none';
      await page.evaluate((n) => window.echarts.getInstanceByDom(document.querySelector('.chart')).dispatchAction({ type: 'legendToggleSelect', name: n }), name);
      return `${what} ${name}`;
    }
  }
  return what;
}

let server, browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

test(`${LINKS} random states (seed ${SEED}): no page error, no console.error, no blank chart`, async () => {
  const started = Date.now();
  const failures = [];
  const actions = {};
  const spent = { open: 0, settle: 0, change: 0 };
  const clock = (phase, t0) => { spent[phase] += Date.now() - t0; return Date.now(); };

  async function run(context, { link, seed }) {
    const rng = randomness(seed);
    const page = await context.newPage();
    if (rng.chance(0.25)) await page.setViewportSize({ width: 360, height: 740 });
    page.setDefaultTimeout(10000);
    const errors = [];
    page.on('console', (m) => { if (m.type() === 'error') errors.push(`console.error: ${m.text().split('\n').slice(0, 2).join(' ')}`); });
    page.on('pageerror', (e) => errors.push(`page error: ${String(e).split('\n')[0]}`));
    let action = '(not reached)';
    try {
      let t = Date.now();
      await page.goto(server.url + link);
      t = clock('open', t);
      if (!(await settle(page))) errors.push('chart area blank on load: no chart drawn and no .empty-state');
      t = clock('settle', t);
      errors.push(...(await bootProblems(page)));
      const before = page.url();
      action = await changeOne(page, rng);
      const kind = String(action ?? 'none').split(/[ :]/)[0];
      actions[kind] = (actions[kind] || 0) + 1;
      if (action === null) action = 'nothing to change';
      else {
        await page.waitForFunction((b) => location.href !== b, before, { timeout: 1500 }).catch(() => {});
        t = clock('change', t);
        if (!(await settle(page))) errors.push(`chart area blank after "${action}": no chart drawn and no .empty-state`);
        clock('settle', t);
      }
    } catch (e) {
      errors.push(`could not run: ${String(e.message || e).split('\n')[0]}`);
    }
    if (errors.length) failures.push({ link, seed, action, after: page.url().replace(server.url, ''), errors: unique(errors) });
    await page.close();
  }

  let next = 0;
  async function worker() {
    let context;
    for (let done = 0; next < links.length; done++) {
      // A fresh context now and then keeps memory flat; each link gets a fresh page.
      if (done % 50 === 0) {
        await context?.close();
        context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
        await context.addInitScript(recordBoot);
      }
      await run(context, links[next++]);
    }
    await context?.close();
  }
  await Promise.all(Array.from({ length: WORKERS }, worker));

  const seconds = ((Date.now() - started) / 1000).toFixed(0);
  const secs = Object.entries(spent).map(([k, v]) => `${k} ${(v / 1000).toFixed(0)} s`).join(', ');
  console.log(`seed ${SEED}: ${links.length} links in ${seconds} s (${WORKERS} at a time; summed: ${secs}), ${failures.length} failing`);
  const param = (re) => links.filter((l) => re.test(l.link)).length;
  console.log(`links with layer= ${param(/[?&]layer=/)}, view=reconcile ${param(/[?&]view=reconcile/)}; changes: ${Object.entries(actions).sort().map(([k, n]) => `${k} ${n}`).join(', ')}`);
  const report = failures.map((f) => `${f.link}\n    then ${f.action} → ${f.after}\n    ${f.errors.join('\n    ')}`).join('\n');
  assert.equal(failures.length, 0, `seed ${SEED}: ${failures.length} of ${links.length} links failed:\n${report}`);
});
