// Page weight: everything `?fig=1.1.1&lang=en` loads from its own origin, each response gzipped at
// level 9 and summed, stays within the budget (BUDGET_BYTES in harness.mjs: 460 KiB). `make bench` prints the same measure.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch, pageWeight, weightTable, BUDGET_BYTES } from './harness.mjs';

let server, browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

test('?fig=1.1.1 loads within the page-weight budget (BUDGET_BYTES, gzipped)', async () => {
  const weight = await pageWeight(browser, `${server.url}?fig=1.1.1&lang=en`);
  console.log(weightTable(weight));
  assert.ok(weight.rows.some((r) => r.path.endsWith('.wasm')) && weight.rows.some((r) => r.path.endsWith('.js')), 'the wasm and the scripts are counted');
  // dist/ holds .gz and .br copies of every file: the page asks for the plain names only, and
  // each file is counted once.
  assert.deepEqual(weight.rows.filter((r) => /\.(gz|br)$/.test(r.path)), [], 'no precompressed copy requested');
  assert.equal(new Set(weight.rows.map((r) => r.path)).size, weight.rows.length, 'no file counted twice');
  assert.ok(weight.total <= BUDGET_BYTES, `${(weight.total / 1024).toFixed(1)} KiB gzipped > ${BUDGET_BYTES / 1024} KiB`);
});
