// What grows in the JS heap and the wasm memory over figure switches (issue 9's heap row), for
// investigation, not part of `make bench` or `make test`:
//   node tests/bench/heap_probe.mjs [checkpoints…]       (default 200 300 500 800 switches)
//
// Opens `?fig=1.1.1&lang=en` (with the bench's probe, tests/bench/probe.mjs, unless PROBE=0) and
// switches figures as section 6 of tests/bench.mjs does: "next →" ten times, "← prev" ten
// times. At each checkpoint (total switches) it forces GC and prints the used JS heap
// (CDP Runtime.getHeapUsage), the wasm memory, the wasm-bindgen externref table's length and
// live slots, the ECharts instances, the elements in the document and history.length; at the
// end, console messages and requests by path.
//
// - HEAP_SNAPSHOT=1: heap snapshots at the first and last checkpoint; prints the net change by
//   node type and constructor/closure name, whose new machine code it is (function and script),
//   and the objects allocated in between that are still alive (snapshot node ids are never
//   reused), each with a retainer path.
// - JS_FLAGS='--no-opt --no-maglev --no-sparkplug': the same run with V8's compilers off (only
//   the interpreter), which tells machine code that warms up from objects that pile up.
// - A wasm build with `--cfg alloc_count` (src/alloc_count.rs) also reports the wasm heap's live
//   allocations and bytes: a count that grows with switches is memory the app leaves behind.
//     RUSTC_BOOTSTRAP=1 CARGO_UNSTABLE_BUILD_STD=std,panic_abort \
//     CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS="--cfg erase_components --cfg alloc_count \
//       -Zunstable-options -Cpanic=immediate-abort" trunk build --release --dist /tmp/count
//     DIST=/tmp/count node tests/bench/heap_probe.mjs 20 200 1000
// - DIST: the site to serve (default dist/); VERBOSE=1 prints each getHeapUsage and warnings.
import path from 'node:path';
import { serve, launch, root } from '../e2e/harness.mjs';
import { probe } from './probe.mjs';

const checkpoints = (process.argv.slice(2).length ? process.argv.slice(2) : ['200', '300', '500', '800']).map(Number);
const dist = process.env.DIST || path.join(root, 'dist');
const withProbe = process.env.PROBE !== '0';
const snapshots = process.env.HEAP_SNAPSHOT === '1';
const server = await serve(dist);
const browser = await launch(process.env.JS_FLAGS ? [`--js-flags=${process.env.JS_FLAGS}`] : []);
const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
const page = await context.newPage();
page.setDefaultTimeout(30000);
const consoleCounts = {};
page.on('console', (m) => { consoleCounts[m.type()] = (consoleCounts[m.type()] || 0) + 1; });
const requests = {};
page.on('request', (r) => { const k = r.url().replace(/^https?:\/\/[^/]+/, ''); requests[k] = (requests[k] || 0) + 1; });
page.on('console', (m) => { if (m.type() !== 'log' && process.env.VERBOSE) console.log(`console.${m.type()}: ${m.text()}`); });
page.on('pageerror', (e) => console.error(`pageerror: ${e}`));
// The wasm exports (memory, externref table), from Trunk's start-up event.
await page.addInitScript(() => {
  addEventListener('TrunkApplicationStarted', (e) => { window.__heapWasm = e.detail && e.detail.wasm; });
});
if (withProbe) await page.addInitScript(probe, { capture: false, wasm: true });
await page.goto(`${server.url}?fig=1.1.1&lang=en`);
await page.waitForFunction(() => {
  const el = document.querySelector('.chart');
  const inst = el && window.echarts && window.echarts.getInstanceByDom(el);
  return inst && inst.getOption() && inst.getOption().series && inst.getOption().series.length;
});
const cdp = await context.newCDPSession(page);

/** Clicks `sel` and waits for the card to change and, if it has a chart, for a painted frame. */
const click = (sel) => page.evaluate(async (sel) => {
  const before = document.querySelector('.figure-card')?.dataset.fig;
  const el = document.querySelector(sel);
  if (!el) throw new Error(`no ${sel}`);
  el.click();
  const deadline = performance.now() + 15000;
  for (;;) {
    await new Promise((ok) => requestAnimationFrame(() => setTimeout(ok, 0)));
    const card = document.querySelector('.figure-card');
    if (card && card.dataset.fig !== before) {
      const chart = card.querySelector('.chart');
      const inst = chart && window.echarts.getInstanceByDom(chart);
      const opt = inst && inst.getOption();
      if (!chart || (opt && opt.series && opt.series.length)) return card.dataset.fig;
    }
    if (performance.now() > deadline) throw new Error(`${sel}: no new figure`);
  }
}, sel);
let switches = 0;
const cycle = async () => {
  for (let i = 0; i < 10; i++) await click('.figure-nav a.next');
  for (let i = 0; i < 10; i++) await click('.figure-nav a.prev');
  switches += 20;
};

const sleep = (ms) => new Promise((ok) => setTimeout(ok, ms));
async function measure() {
  await sleep(1500); // the last chart's animation ends
  if (withProbe) await page.evaluate(() => { window.__bench.draws.length = 0; window.__bench.refs = window.__bench.refs.filter((r) => r.deref()); });
  for (let i = 0; i < 4; i++) await cdp.send('HeapProfiler.collectGarbage');
  const usage = await cdp.send('Runtime.getHeapUsage');
  const { usedSize, totalSize } = usage;
  if (process.env.VERBOSE) console.log(JSON.stringify(usage));
  const page_ = await page.evaluate(() => {
    const w = window.__heapWasm || {};
    const table = Object.values(w).find((v) => v instanceof WebAssembly.Table);
    let live = null;
    if (table) { live = 0; for (let i = 0; i < table.length; i++) { const v = table.get(i); if (v !== undefined && v !== null) live++; } }
    return {
      wasm: w.memory ? w.memory.buffer.byteLength : null,
      table: table ? table.length : null,
      tableLive: live,
      charts: document.querySelectorAll('[_echarts_instance_]').length,
      nodes: document.getElementsByTagName('*').length,
      history: history.length,
      // Only in a diagnostic build that exports it (a counting global allocator).
      alloc: window.wasmBindings && window.wasmBindings.alloc_count ? Array.from(window.wasmBindings.alloc_count()) : null,
    };
  });
  return { switches, used: usedSize, total: totalSize, ...page_ };
}

/** The heap snapshot as parsed JSON. */
async function snapshot() {
  for (let i = 0; i < 4; i++) await cdp.send('HeapProfiler.collectGarbage');
  const chunks = [];
  const on = (e) => chunks.push(e.chunk);
  cdp.on('HeapProfiler.addHeapSnapshotChunk', on);
  await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false, captureNumericValue: false });
  cdp.off('HeapProfiler.addHeapSnapshotChunk', on);
  return JSON.parse(chunks.join(''));
}

/** Nodes of a snapshot as arrays of {type, name, id, size, edges} with retainers. */
function nodes(s) {
  const m = s.snapshot.meta;
  const nf = m.node_fields, ef = m.edge_fields, NF = nf.length, EF = ef.length;
  const types = m.node_types[0], etypes = m.edge_types[0];
  const [iT, iN, iId, iS, iE] = ['type', 'name', 'id', 'self_size', 'edge_count'].map((k) => nf.indexOf(k));
  const [eT, eN, eTo] = ['type', 'name_or_index', 'to_node'].map((k) => ef.indexOf(k));
  const out = [];
  let e = 0;
  for (let i = 0; i < s.nodes.length; i += NF) {
    const n = { type: types[s.nodes[i + iT]], name: s.strings[s.nodes[i + iN]], id: s.nodes[i + iId], size: s.nodes[i + iS], retainers: [] };
    n.edgeStart = e;
    n.edgeCount = s.nodes[i + iE];
    e += n.edgeCount * EF;
    out.push(n);
  }
  for (const n of out) {
    for (let k = 0; k < n.edgeCount; k++) {
      const j = n.edgeStart + k * EF;
      const type = etypes[s.edges[j + eT]];
      const to = out[s.edges[j + eTo] / NF];
      const name = type === 'element' || type === 'hidden' ? `[${s.edges[j + eN]}]` : s.strings[s.edges[j + eN]];
      to.retainers.push({ from: n, type, name });
      (n.out || (n.out = [])).push({ to, type, name });
    }
  }
  return out;
}

const label = (n) => `${n.type}:${String(n.name).slice(0, 60)}`;
/** One retainer path from `n` towards a root, skipping weak edges. */
function pathOf(n, depth = 8) {
  const parts = [];
  const seen = new Set();
  let cur = n;
  for (let d = 0; d < depth && cur; d++) {
    seen.add(cur);
    const r = cur.retainers.find((x) => x.type !== 'weak' && !seen.has(x.from) && x.from.type !== 'synthetic') || cur.retainers.find((x) => x.type !== 'weak' && !seen.has(x.from));
    if (!r) break;
    parts.push(`${r.name} ← ${label(r.from)}`);
    cur = r.from;
  }
  return parts.join('  ←  ');
}

const kib = (n) => `${(n / 1024).toFixed(1)} KiB`;
const rows = [];
let first = null;
let warm = 0;
for (const at of checkpoints) {
  while (switches < at) await cycle();
  const m = await measure();
  rows.push(m);
  const prev = rows.at(-2);
  console.log(`${String(m.switches).padStart(5)} switches: heap ${kib(m.used)}` +
    (prev ? ` (${((m.used - prev.used) / 1024 / ((m.switches - prev.switches) / 100)).toFixed(1)} KiB per 100)` : '') +
    `, wasm ${kib(m.wasm)}, externref table ${m.table} (${m.tableLive} live), charts ${m.charts}, elements ${m.nodes}, history ${m.history}${m.alloc ? `, wasm heap ${m.alloc[0]} allocations (${m.alloc[1]} bytes)` : ''}`);
  if (snapshots && (at === checkpoints[0] || at === checkpoints.at(-1))) {
    const s = nodes(await snapshot());
    if (!first) { first = s; warm = m.switches; continue; }
    const had = new Set(first.map((n) => n.id));
    const fresh = s.filter((n) => !had.has(n.id));
    const by = new Map();
    for (const n of fresh) {
      const k = `${n.type}:${n.type === 'string' || n.type === 'concatenated string' ? '' : n.name}`;
      const g = by.get(k) || { k, count: 0, size: 0, ex: [] };
      g.count++; g.size += n.size;
      if (g.ex.length < 3) g.ex.push(n);
      by.set(k, g);
    }
    const total = fresh.reduce((a, n) => a + n.size, 0);
    // Net change by group (what the heap usage sees): count and self size, last minus first.
    const group = (n) => `${n.type}:${n.type === 'string' || n.type === 'concatenated string' || n.type === 'number' ? '' : String(n.name).slice(0, 70)}`;
    const net = new Map();
    for (const [sign, list] of [[-1, first], [1, s]]) for (const n of list) {
      const k = group(n);
      const g = net.get(k) || { k, count: 0, size: 0 };
      g.count += sign; g.size += sign * n.size;
      net.set(k, g);
    }
    const byType = new Map();
    for (const g of net.values()) { const t = g.k.split(':')[0]; byType.set(t, (byType.get(t) || 0) + g.size); }
    console.log(`\nnet change ${warm} → ${m.switches}, by node type: ${[...byType].filter(([, v]) => v).map(([t, v]) => `${t} ${kib(v)}`).join(', ')}`);
    console.log(`net change by group (|size| ≥ 2 KiB):`);
    for (const g of [...net.values()].filter((g) => Math.abs(g.size) >= 2048).sort((a, b) => b.size - a.size)) {
      console.log(`${kib(g.size).padStart(11)} ${String(g.count).padStart(7)}  ${g.k}`);
    }
    // Whose machine code is new: each new InstructionStream's Code, by the function (closure or
    // SharedFunctionInfo) holding it, and that function's script.
    const owners = new Map();
    const scriptOf = (sfi) => {
      const sc = (sfi.out || []).find((e) => e.name === 'script');
      const nm = sc && (sc.to.out || []).find((e) => e.name === 'name');
      return nm ? String(nm.to.name).replace(/^.*\//, '').slice(0, 40) : '?';
    };
    for (const n of fresh.filter((n) => n.name === 'system / InstructionStream')) {
      const code = n.retainers.find((r) => r.name === 'instruction_stream')?.from;
      const holders = code ? code.retainers.map((r) => r.from) : [];
      const sfi = holders.map((h) => (h.type === 'closure' ? (h.out || []).find((e) => e.name === 'shared')?.to : h)).find((h) => h && String(h.name).startsWith('system / SharedFunctionInfo'));
      const k = sfi ? `${String(sfi.name).replace('system / SharedFunctionInfo / ', '') || '(anonymous)'} @ ${scriptOf(sfi)}` : `(held by ${holders.map((h) => label(h)).join(', ').slice(0, 80) || 'nothing'})`;
      const g = owners.get(k) || { k, count: 0, size: 0 };
      g.count++; g.size += n.size;
      owners.set(k, g);
    }
    const byScript = new Map();
    for (const g of owners.values()) { const sc = g.k.split(' @ ')[1] || g.k; byScript.set(sc, (byScript.get(sc) || 0) + g.size); }
    console.log(`\nnew machine code by script: ${[...byScript].sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k} ${kib(v)}`).join(', ')}`);
    console.log('new machine code by function (top 30):');
    for (const g of [...owners.values()].sort((a, b) => b.size - a.size).slice(0, 30)) console.log(`${kib(g.size).padStart(11)} ${String(g.count).padStart(5)}  ${g.k}`);
    console.log(`\nobjects allocated after switch ${warm} and alive at ${m.switches}: ${fresh.length}, ${kib(total)} (self sizes)`);
    for (const g of [...by.values()].sort((a, b) => b.size - a.size).slice(0, 40)) {
      console.log(`${kib(g.size).padStart(11)} ${String(g.count).padStart(7)}  ${g.k.slice(0, 90)}`);
      for (const n of g.ex.slice(0, process.env.PATHS ? 3 : 1)) console.log(`            e.g. ${label(n)}  ←  ${pathOf(n)}`);
    }
  }
}
console.log(`console messages: ${JSON.stringify(consoleCounts)}`);
console.log(`requests (path: count): ${Object.entries(requests).map(([k, v]) => `${k.slice(0, 60)}: ${v}`).join(', ')}`);
await browser.close();
await server.close();
