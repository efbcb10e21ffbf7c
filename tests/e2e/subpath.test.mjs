// Hosting under a sub-path: `make dist PUBLIC_URL=/reports/ai-index/` works from that path on a
// plain static server, deep links, navigation and embeds included.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { existsSync } from 'node:fs';
import { serve, launch, newPage, drawnOption, root } from './harness.mjs';

const subRoot = path.resolve(root, process.env.SUBPATH_ROOT || 'target/subpath');
const ready = existsSync(path.join(subRoot, 'reports/ai-index/index.html'));
let server, browser;
before(async () => { if (ready) { server = await serve(subRoot); browser = await launch(); } });
after(async () => { await browser?.close(); await server?.close(); });

test('the site works from /reports/ai-index/', { skip: !ready && 'build it with make test-e2e' }, async () => {
  const base = `${server.url}reports/ai-index/`;
  const page = await newPage(browser);
  await page.goto(`${base}?fig=1.2.5&lang=zh&regions=USA~CHN`);
  const option = await drawnOption(page);
  assert.deepEqual(option.series.map((s) => s.name), ['中国', '美国']);
  await page.click('a.next');
  await page.waitForFunction(() => location.search.startsWith('?fig=1.2.6'));
  assert.equal(new URL(page.url()).pathname, '/reports/ai-index/');
  await page.reload();
  await drawnOption(page);
  await page.goto(`${base}?fig=1.1.1&lang=en&embed=1`);
  await drawnOption(page);
  assert.equal(await page.getAttribute('a.open-explorer', 'href'), `${base}s/1.1.1/en/`, "the embed's open link: the share page");
  assert.deepEqual(page.errors, [], 'every asset found under the sub-path');
  await page.context().close();
});

test('share pages work from /reports/ai-index/s/<figure>/<lang>/', { skip: !(ready && existsSync(path.join(subRoot, 'reports/ai-index/s/1.2.5/zh/index.html'))) && 'build it with make test-e2e' }, async () => {
  const base = `${server.url}reports/ai-index/`;
  const page = await newPage(browser);
  await page.goto(`${base}s/1.2.5/zh/?regions=USA~CHN`);
  const option = await drawnOption(page);
  assert.deepEqual(option.series.map((s) => s.name), ['中国', '美国']);
  // A control stays on the share path; the next figure is the root form under the sub-path.
  await page.click('#view-table');
  await page.waitForFunction(() => location.search === '?view=table&regions=USA~CHN');
  assert.equal(new URL(page.url()).pathname, '/reports/ai-index/s/1.2.5/zh/');
  await page.click('a.next');
  await page.waitForFunction(() => location.search.startsWith('?fig=1.2.6'));
  assert.equal(new URL(page.url()).pathname, '/reports/ai-index/');
  // Without JavaScript, the static body's links lead to other share pages and the overview.
  const context = await browser.newContext({ javaScriptEnabled: false });
  const plain = await context.newPage();
  await plain.goto(`${base}s/1.2.5/zh/`);
  await plain.click('#boot a.next');
  assert.equal(new URL(plain.url()).pathname, '/reports/ai-index/s/1.2.6/zh/');
  assert.match(await plain.textContent('#boot h1'), /获授权人工智能专利/);
  await context.close();
  assert.deepEqual(page.errors, [], 'every asset found under the sub-path');
  await page.context().close();
});
