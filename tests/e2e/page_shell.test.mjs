// The page shell (src/page_shell.rs, put into index.html by scripts/insert-shell.mjs): what a
// reader sees without JavaScript, and the figure title index.html's boot script shows before the
// wasm has loaded. The random-state run checks, for every link, that the shell's title is the
// app's, in the same box; here: the list without JavaScript, and where the shell shows at all.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { serve, launch, newPage, csv } from './harness.mjs';

const figures = csv('report/figures.csv');
let server, browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

test('without JavaScript: what the explorer needs, and every figure in English and Chinese', async () => {
  const page = await newPage(browser, { width: 360, height: 740 }, { javaScriptEnabled: false });
  await page.goto(`${server.url}?fig=1.2.5&lang=zh`);
  assert.match(await page.textContent('.no-js > p'), /needs JavaScript and WebAssembly.*需要启用 JavaScript/s);
  for (const [lang, col] of [['en', 'title_en'], ['zh-Hans', 'title_zh']]) {
    const items = await page.$$eval(`.no-js section[lang="${lang}"] li`, (ls) => ls.map((l) => [l.dataset.fig, l.textContent]));
    assert.deepEqual(items, figures.map((f) => [f.figure_id, `${f.figure_id} ${f[col]}`]), `the ${lang} list is figures.csv's`);
  }
  assert.ok(await page.isVisible('.no-js section[lang="zh-Hans"] li:last-child'), 'the list is shown');
  assert.equal(await page.$('#boot'), null, 'no boot shell without JavaScript');
  await page.context().close();
});

/** `query` opened with the wasm blocked: the boot shell's number and title (null: none), `<html lang>` and theme. */
async function shell(query, options = {}) {
  const page = await newPage(browser, { width: 1280, height: 800 }, options);
  await page.route(/\.wasm$/, (r) => r.abort());
  await page.goto(server.url + query);
  await page.waitForLoadState('domcontentloaded');
  const got = await page.evaluate(() => ({
    boot: document.getElementById('boot') && [document.querySelector('#boot .figure-number').textContent, document.querySelector('#boot .figure-title').textContent],
    lang: document.documentElement.lang, theme: document.documentElement.getAttribute('data-theme'),
  }));
  await page.context().close();
  return got;
}

const title = (id, lang) => figures.find((f) => f.figure_id === id)[`title_${lang}`];

test('before the wasm: the figure\'s number and title in the link\'s language, then the browser\'s', async () => {
  for (const [query, id, lang, options] of [
    ['?fig=1.1.1&lang=en', '1.1.1', 'en'],
    ['?fig=1.3.16&lang=ZH&view=table', '1.3.16', 'zh'],
    ['?figure=1.5.4&language=zh&fig=1.1.1', '1.5.4', 'zh'],
    ['?fig=%201.2.5%20&lang=zh-CN&embed=0', '1.2.5', 'zh'],
    ['?fig=1.3.9', '1.3.9', 'zh', { locale: 'zh-CN' }],
    ['?fig=1.3.9', '1.3.9', 'en', { locale: 'de-DE' }],
  ]) {
    const got = await shell(query, options);
    const figure = lang === 'zh' ? '图' : 'Figure';
    assert.deepEqual(got.boot, [`${figure} ${id}`, title(id, lang)], query);
    assert.equal(got.lang, lang === 'zh' ? 'zh-Hans' : 'en', `${query}: <html lang>`);
  }
  assert.equal((await shell('?fig=1.2.5&lang=zh&theme=dark')).theme, 'dark', 'the link\'s theme before the first paint');
});

test('no boot shell where the first box is not a figure\'s title, or a notice will come above it', async () => {
  for (const query of ['', '?lang=zh', '?view=compare&lang=en', '?fig=1.1.1&view=compare', '?fig=1.1.1&embed=1', '?fig=1.1.1&embed=true',
    '?fig=9.9.9&lang=en', '?fig=1.1&lang=en', '?fig=<b>x</b>', '?fig=1.1.1&view=models',
    // Values the app rejects with a notice above the title: the title would move at mount.
    '?fig=1.1.1&lang=fr', '?fig=1.1.1&lang=', '?fig=1.1.1&theme=blue', '?fig=1.1.1&view=', '?fig=1.1.1&embed=']) {
    assert.equal((await shell(query)).boot, null, query || '(no query)');
  }
  // The link's theme applies before the wasm on those pages too (no flash of the system's theme).
  for (const query of ['?lang=en&theme=dark', '?view=compare&theme=DARK', '?fig=1.1.1&embed=1&theme=dark']) {
    assert.equal((await shell(query, { colorScheme: 'light' })).theme, 'dark', query);
  }
  assert.equal((await shell('?lang=zh&theme=light', { colorScheme: 'dark' })).theme, 'light');
});

/** A string of src/i18n/strings.rs per language: { en, zh }. */
const strings = (field) => Object.fromEntries(
  [...readFileSync(new URL('../../src/i18n/strings.rs', import.meta.url), 'utf8').matchAll(new RegExp(`^pub const (EN|ZH)[\\s\\S]*?^\\s*${field}: "([^"]+)"`, 'gm'))]
    .map(([, lang, text]) => [lang.toLowerCase(), text]),
);
const crashedText = strings('crashed'), appTitle = strings('app_title'), figureWord = strings('figure');

test('the wasm cannot be loaded: the shell says so in the page\'s language, as an alert', async () => {
  for (const [lang, fail] of [['en', (r) => r.fulfill({ status: 404, body: 'gone' })], ['zh', (r) => r.abort()]]) {
    const page = await newPage(browser, { width: 360, height: 740 });
    await page.route(/\.wasm$/, fail);
    await page.goto(`${server.url}?fig=1.2.5&lang=${lang}`);
    const alert = page.locator('.crash[role=alert]');
    await alert.waitFor();
    assert.equal(await alert.textContent(), crashedText[lang]);
    assert.equal(await alert.count(), 1);
    assert.equal(await page.title(), `${figureWord[lang]} 1.2.5 · ${appTitle[lang]}`, 'the tab names the figure before the wasm');
    await page.context().close();
  }
});
