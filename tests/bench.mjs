// `make bench`: the size of every dist/ asset (raw and gzipped) and the median time from
// navigation start to the first drawn chart over 5 cold loads of ?fig=1.1.1 in headless Chromium.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import path from 'node:path';
import { serve, launch, newPage, root } from './e2e/harness.mjs';

const dist = process.env.DIST || path.join(root, 'dist');
const rows = readdirSync(dist).filter((f) => statSync(path.join(dist, f)).isFile()).map((f) => {
  const bytes = readFileSync(path.join(dist, f));
  return { asset: f, raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
});
rows.sort((a, b) => b.gzip - a.gzip);
const kb = (n) => (n / 1024).toFixed(1).padStart(8);
console.log('asset'.padEnd(48), '     raw KB', '   gzip KB');
for (const r of rows) console.log(r.asset.padEnd(48), kb(r.raw), '  ', kb(r.gzip));
const loaded = rows.filter((r) => !/robots|favicon/.test(r.asset));
const total = loaded.reduce((n, r) => n + r.gzip, 0);
console.log(`loaded by ?fig=1.1.1: ${kb(total).trim()} KB gzipped (budget 500 KB)`);

const server = await serve(dist);
const browser = await launch();
const times = [];
for (let i = 0; i < 5; i++) {
  const page = await newPage(browser); // new context: cold cache
  await page.goto(`${server.url}?fig=1.1.1&lang=en`);
  await page.waitForFunction(() => {
    const el = document.querySelector('.chart');
    const inst = el && window.echarts && window.echarts.getInstanceByDom(el);
    return inst && inst.getOption().series.length > 0;
  });
  times.push(await page.evaluate(() => performance.now()));
  await page.context().close();
}
await browser.close();
await server.close();
times.sort((a, b) => a - b);
console.log(`first chart drawn (ms, 5 cold loads): ${times.map((t) => t.toFixed(0)).join(', ')}; median ${times[2].toFixed(0)} ms`);
if (total > 500 * 1024) {
  console.log('OVER BUDGET');
  process.exitCode = 1;
}
