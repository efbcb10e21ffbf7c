// `make bench`: what `?fig=1.1.1` loads (every same-origin response, raw and gzipped at level 9,
// summed: the measure of tests/e2e/page_weight.test.mjs) and the median time from navigation start
// to the first drawn chart over 5 cold loads in headless Chromium.
import path from 'node:path';
import { serve, launch, newPage, root, pageWeight, weightTable, BUDGET_BYTES } from './e2e/harness.mjs';

const dist = process.env.DIST || path.join(root, 'dist');
const server = await serve(dist);
const browser = await launch();
const weight = await pageWeight(browser, `${server.url}?fig=1.1.1&lang=en`);
console.log(weightTable(weight));

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
if (weight.total > BUDGET_BYTES) {
  console.log('OVER BUDGET');
  process.exitCode = 1;
}
