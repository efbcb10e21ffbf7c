// The two wasm entry points (issue 10; issue 9's delivery rules): index.html's loader
// (<script id=entry-loader>) preloads and starts the model explorer's (src/models_main.rs) when
// the query's `view` is `models`, else the figures' (src/main.rs), never both; the rule is
// src/entry.rs `Entry::for_query` in Rust. Links and Back/Forward that cross to the other entry
// load the page anew (src/components/location.rs). Both keep subresource integrity, and a page
// whose wasm cannot be loaded says so. Page weights: page_weight.test.mjs.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { serve, launch, newPage, entryPoints, root } from './harness.mjs';

const dist = process.env.DIST || path.join(root, 'dist');
const entries = entryPoints(readFileSync(path.join(dist, 'index.html'), 'utf8'));
const FIGURES = 'ai-index-explorer', MODELS = 'ai-index-models';
let server, browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

/** The bin whose glue or wasm `url` is, or null. */
const binOf = (url) => Object.keys(entries).find((b) => [entries[b].js, entries[b].wasm].includes(new URL(url).pathname)) ?? null;

/** Records, per document loaded in `page`, the entry files it requested: `page.loads` (one array per load). */
function recordLoads(page) {
  page.loads = [];
  page.on('framenavigated', (f) => { if (f === page.mainFrame()) page.loads.push([]); });
  page.on('request', (r) => { const b = binOf(r.url()); if (b) page.loads.at(-1)?.push(`${b} ${r.url().endsWith('.wasm') ? 'wasm' : 'glue'}`); });
}

/** Waits until entry `bin` has started (its exports are window.wasmBindings) and its page is mounted. */
async function started(page, bin) {
  await page.waitForFunction((wasm) => window.wasmBindings && window.aiIndexEntry?.wasm === wasm && document.querySelector('main h1'), entries[bin].wasm, { timeout: 20000 });
}

test('the loader reads the query as the app does and preloads one entry, with integrity', async () => {
  // As src/entry.rs's tests: keys trimmed, any case; the first `view` decides; values trimmed, any case.
  const cases = [
    ['?fig=1.1.1&lang=en', FIGURES], ['', FIGURES], ['?view=models', MODELS], ['?lang=zh&view=models&fig=1.1.1', MODELS],
    ['?%20VIEW%20=%20Models%20', MODELS], ['?View=MODELS', MODELS], ['?view=table&view=models', FIGURES],
    ['?view=models&view=table', MODELS], ['?view=model', FIGURES], ['?views=models', FIGURES], ['?view=models+x', FIGURES],
  ];
  const page = await newPage(browser);
  await page.route(/\.wasm$/, (r) => r.abort()); // only the head matters here
  for (const [query, bin] of cases) {
    await page.goto(server.url + query, { waitUntil: 'domcontentloaded' });
    const links = await page.$$eval('link[rel=modulepreload], link[rel=preload][as=fetch]', (ls) => ls.map((l) => ({
      rel: l.rel, href: new URL(l.href).pathname, integrity: l.integrity, crossOrigin: l.crossOrigin, type: l.type,
    })));
    assert.deepEqual(links, [
      { rel: 'modulepreload', href: entries[bin].js, integrity: entries[bin].jsIntegrity, crossOrigin: 'anonymous', type: '' },
      { rel: 'preload', href: entries[bin].wasm, integrity: entries[bin].wasmIntegrity, crossOrigin: 'anonymous', type: 'application/wasm' },
    ], `${query || '(no query)'}: ${bin}'s glue and wasm`);
  }
  await page.context().close();
});

test('a link from a figure page to ?view=models loads the model explorer; Back the figures again', async () => {
  const page = await newPage(browser);
  recordLoads(page);
  await page.goto(`${server.url}?fig=1.1.1&lang=en`);
  await started(page, FIGURES);
  // The figures' pages link to the model explorer as an in-page query, as every in-page link.
  await page.evaluate(() => {
    const a = document.createElement('a');
    a.href = '?view=models&lang=en';
    a.id = 'to-models';
    a.textContent = 'models';
    document.querySelector('main').append(a);
  });
  await page.click('#to-models');
  await page.waitForURL(/\?view=models&lang=en$/);
  await started(page, MODELS);
  await page.goBack();
  await page.waitForURL(/\?fig=1\.1\.1&lang=en$/);
  await started(page, FIGURES);
  assert.equal(await page.textContent('.figure-number'), 'Figure 1.1.1');
  // Each document loaded its own entry only (a page restored from the back/forward cache loads nothing).
  const loads = page.loads.filter((l) => l.length > 0);
  assert.deepEqual(loads.slice(0, 2), [[`${FIGURES} glue`, `${FIGURES} wasm`], [`${MODELS} glue`, `${MODELS} wasm`]]);
  for (const l of loads.slice(2)) assert.deepEqual(l, [`${FIGURES} glue`, `${FIGURES} wasm`]);
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('Back/Forward within the figures\' page to a ?view=models entry loads the model explorer', async () => {
  const page = await newPage(browser);
  await page.goto(`${server.url}?fig=1.2.5&lang=en`);
  await started(page, FIGURES);
  // An entry of this document with the other entry's query (written by hand: the app never does).
  await page.evaluate(() => history.pushState(null, '', '?view=models'));
  await page.evaluate(() => history.back());
  await page.waitForURL(/\?fig=1\.2\.5&lang=en$/);
  await page.evaluate(() => history.forward());
  await page.waitForURL(/\?view=models$/);
  await started(page, MODELS);
  assert.equal(await page.evaluate(() => performance.getEntriesByType('navigation')[0].type), 'reload', 'loaded anew');
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

const crashed = [...readFileSync(path.join(root, 'src/i18n/strings.rs'), 'utf8').matchAll(/^pub const EN[\s\S]*?^\s*crashed: "([^"]+)"/gm)][0][1];

test('each entry\'s glue and wasm: a changed file fails its integrity check, a missing one says the page could not load', async () => {
  for (const bin of [FIGURES, MODELS]) {
    const query = bin === MODELS ? '?view=models&lang=en' : '?fig=1.3.2&lang=en';
    for (const file of ['js', 'wasm']) {
      for (const fault of ['changed', 'missing']) {
        const page = await newPage(browser);
        const url = new URL(entries[bin][file], server.url).href;
        await page.route(url, async (r) => {
          if (fault === 'missing') return r.fulfill({ status: 404, body: 'gone' });
          // Still a working file: a comment at the glue's end, an empty custom section at the wasm's.
          const body = Buffer.concat([readFileSync(path.join(dist, new URL(url).pathname)), Buffer.from(file === 'js' ? '\n//' : [0, 2, 1, 0x78])]);
          return r.fulfill({ status: 200, body, contentType: file === 'js' ? 'text/javascript' : 'application/wasm' });
        });
        await page.goto(server.url + query);
        const alert = page.locator('.crash[role=alert]');
        await alert.waitFor();
        assert.equal(await alert.textContent(), crashed, `${bin} ${file} ${fault}`);
        assert.equal(await page.evaluate(() => window.wasmBindings), undefined, `${bin} ${file} ${fault}: not started`);
        await page.context().close();
      }
    }
  }
});
