// Page weight: everything a page loads from its own origin, each response gzipped at level 9 and
// summed, stays within its budget: `?fig=1.1.1&lang=en` within BUDGET_BYTES (420 KiB, issue 9;
// `make bench` prints the same measure), the model explorer `?view=models&lang=en` within
// MODELS_BUDGET_BYTES (520 KB, issue 10). Each page loads its own wasm entry point (index.html's
// loader, scripts/entry-points.mjs) and nothing of the other's. In dist/ and, when built, in the
// sub-path build.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { serve, launch, pageWeight, weightTable, entryPoints, root, BUDGET_BYTES, MODELS_BUDGET_BYTES } from './harness.mjs';

const dist = process.env.DIST || path.join(root, 'dist');
const subRoot = path.resolve(root, process.env.SUBPATH_ROOT || 'target/subpath');
const builds = [
  { name: 'dist', dir: dist, base: '' },
  { name: 'the sub-path build', dir: subRoot, base: 'reports/ai-index/' },
].filter((b) => b.name === 'dist' || existsSync(path.join(b.dir, b.base, 'index.html')));

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

/** The model explorer has started: its wasm ran and mounted the page. */
const modelsReady = (page) => page.waitForFunction(() => window.wasmBindings && document.querySelector('main h1'), null, { timeout: 20000 });

for (const { name, dir, base } of builds) {
  const entries = () => entryPoints(readFileSync(path.join(dir, base, 'index.html'), 'utf8'));
  /** The files of entry `bin` among `rows`, and every file of the others' found there. */
  const split = (rows, bin) => {
    const e = entries();
    const own = [e[bin].js, e[bin].wasm];
    const others = Object.entries(e).filter(([b]) => b !== bin).flatMap(([, o]) => [o.js, o.wasm]);
    return { own: own.filter((p) => rows.some((r) => r.path === p)), others: rows.filter((r) => others.includes(r.path)).map((r) => r.path) };
  };
  const weigh = async (query, ready) => {
    const server = await serve(dir);
    try {
      return await pageWeight(browser, `${server.url}${base}${query}`, ready);
    } finally {
      await server.close();
    }
  };

  test(`${name}: ?fig=1.1.1 loads the figures' entry within BUDGET_BYTES (gzipped), nothing of the model explorer`, async () => {
    const weight = await weigh('?fig=1.1.1&lang=en');
    console.log(weightTable(weight));
    assert.ok(weight.rows.some((r) => r.path.endsWith('.wasm')) && weight.rows.some((r) => r.path.endsWith('.js')), 'the wasm and the scripts are counted');
    const { own, others } = split(weight.rows, 'ai-index-explorer');
    assert.equal(own.length, 2, 'the figures\' glue and wasm are counted');
    assert.deepEqual(others, [], 'nothing of the model explorer\'s entry');
    // dist/ holds .gz and .br copies of every file: the page asks for the plain names only, and
    // each file is counted once.
    assert.deepEqual(weight.rows.filter((r) => /\.(gz|br)$/.test(r.path)), [], 'no precompressed copy requested');
    assert.equal(new Set(weight.rows.map((r) => r.path)).size, weight.rows.length, 'no file counted twice');
    assert.ok(weight.total <= BUDGET_BYTES, `${(weight.total / 1024).toFixed(1)} KiB gzipped > ${BUDGET_BYTES / 1024} KiB`);
  });

  test(`${name}: ?view=models loads the model explorer's entry within MODELS_BUDGET_BYTES (gzipped), nothing of the figures'`, async () => {
    const weight = await weigh('?view=models&lang=en', modelsReady);
    console.log(weightTable(weight, MODELS_BUDGET_BYTES));
    const { own, others } = split(weight.rows, 'ai-index-models');
    assert.equal(own.length, 2, 'the model explorer\'s glue and wasm are counted');
    assert.deepEqual(others, [], 'nothing of the figures\' entry');
    assert.deepEqual(weight.rows.filter((r) => /\.(gz|br)$/.test(r.path)), [], 'no precompressed copy requested');
    assert.equal(new Set(weight.rows.map((r) => r.path)).size, weight.rows.length, 'no file counted twice');
    assert.ok(weight.total <= MODELS_BUDGET_BYTES, `${(weight.total / 1000).toFixed(1)} KB gzipped > ${MODELS_BUDGET_BYTES / 1000} KB`);
  });
}
