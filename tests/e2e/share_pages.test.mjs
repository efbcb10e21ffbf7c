// Share pages in the browser (issue 11; url.md's last section): `s/<figure>/<lang>/` opens that
// figure in that language with the rest of the state from its query; without JavaScript it
// reads as the figure's title, takeaway, unit, source and every value the data files give for
// it; the title and takeaway keep their text and box when the app mounts; Copy link passes the
// share URL on; a change of figure or language lands on the root form. (The files themselves:
// share_files.test.mjs.)
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { serve, launch, newPage, drawnOption, csv, root, parseShown, recomputed } from './harness.mjs';

const dist = process.env.DIST || path.join(root, 'dist');
const built = existsSync(path.join(dist, 's/1.1.1/en/index.html'));
const skip = !built && 'no share pages in dist/ (make dist)';
const figures = csv('report/figures.csv');
const values = csv('report/values.csv');
const texts = Object.fromEntries(csv('text/figure_text.csv').map((t) => [t.figure_id, t]));
let server, browser;
before(async () => { if (built) { server = await serve(dist); browser = await launch(); } });
after(async () => { await browser?.close(); await server?.close(); });

const title = (f, lang) => (lang === 'en' ? f.title_en : f.title_zh);
const takeaway = (f, lang) => texts[f.figure_id][`takeaway_${lang}`];
const norm = (s) => s.replace(/\s+/g, ' ').trim();

test('without JavaScript every share page reads as its figure: title, takeaway, unit, source and every value of the data files', { skip }, async () => {
  const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const missing = [];
  for (const f of figures) {
    for (const lang of ['en', 'zh']) {
      await page.goto(`${server.url}s/${f.figure_id}/${lang}/`);
      const text = await page.evaluate(() => {
        const q = (s) => [...document.querySelectorAll(`#boot ${s}`)].map((e) => e.textContent);
        return { title: q('h1'), takeaway: q('.takeaway'), unit: q('.unit'), source: q('.source'), cells: q('td.num'), notes: q('.annotations li'),
          lang: document.documentElement.lang, img: document.querySelector('img')?.getAttribute('src'),
          shown: getComputedStyle(document.querySelector('.share-more')).display };
      });
      const at = `${f.figure_id} ${lang}`;
      assert.deepEqual(text.title.map(norm), [norm(title(f, lang))], at);
      assert.deepEqual(text.takeaway.map(norm), [norm(takeaway(f, lang))], at);
      assert.equal(text.unit.length, 1, `${at}: unit`);
      assert.equal(text.source.length, 1, `${at}: source`);
      assert.match(text.source[0], new RegExp(f.source_org.split(/[ ,(]/)[0]), `${at}: source names ${f.source_org}`);
      assert.equal(text.lang, lang === 'en' ? 'en' : 'zh-Hans', at);
      assert.equal(text.img, `s/${f.figure_id}/${lang}/preview.png`, `${at}: the preview is the first image`);
      assert.notEqual(text.shown, 'none', `${at}: the static body's values are shown without scripts`);
      if (recomputed(f)) continue; // counted from Epoch AI's dataset: no values in the data files
      // Every value of the data files for this figure, as printed (the table's value cells, the
      // stated facts' "series: value" lines), to the precision printed.
      const shown = [...text.cells, ...text.notes.map((n) => n.split(/[:：]\s*/).at(-1))].map(parseShown).filter((n) => n !== null);
      for (const v of values.filter((v) => v.figure_id === f.figure_id)) {
        const want = Number(v.value);
        if (!shown.some((s) => Math.abs(s - want) <= Math.max(Math.abs(want) * 0.005, 1e-9))) missing.push(`${at} ${v.series_key} ${v.x} ${v.value}`);
      }
    }
  }
  assert.deepEqual(missing, []);
  await context.close();
});

test('a share page opens the state of its query; a fig or lang in the query is not used, and said so', { skip }, async () => {
  const page = await newPage(browser);
  await page.goto(`${server.url}s/1.2.5/zh/?regions=USA~CHN&theme=dark`);
  const option = await drawnOption(page);
  assert.deepEqual(option.series.map((s) => s.name), ['中国', '美国']);
  assert.equal(await page.getAttribute('html', 'lang'), 'zh-Hans');
  assert.equal(await page.getAttribute('html', 'data-theme'), 'dark');
  assert.equal(await page.$('.notice'), null);
  assert.equal(page.url(), `${server.url}s/1.2.5/zh/?regions=USA~CHN&theme=dark`, 'the address keeps its share form');
  // The table view, from the query, stays on the share path.
  await page.goto(`${server.url}s/1.1.1/en/?view=table`);
  await page.waitForSelector('.figure-card table.data-table');
  await page.goto(`${server.url}s/1.2.5/en/?fig=1.1.1&lang=zh&stack=relative`);
  await page.waitForSelector('.figure-card');
  assert.equal(await page.getAttribute('.figure-card', 'data-fig'), '1.2.5');
  assert.equal(await page.getAttribute('html', 'lang'), 'en');
  // Said as what it is: the address gives figure and language, these were not used.
  const notice = await page.textContent('.notice');
  assert.match(notice, /share page's address sets figure and language\), not used: fig=1\.1\.1.*not used: lang=zh/s);
  assert.doesNotMatch(notice, /no figure with that number/);
  // The forms static hosts serve for the same page: the address becomes `…/s/F/L/`, the query kept.
  for (const variant of ['s/1.2.5/zh?regions=USA~CHN', 's/1.2.5/zh//?regions=USA~CHN', 's/1.2.5/zh/index.html?regions=USA~CHN']) {
    await page.goto(`${server.url}${variant}`);
    await page.waitForSelector('.figure-card[data-fig="1.2.5"]');
    const at = new URL(page.url());
    assert.equal(at.pathname, '/s/1.2.5/zh/', variant);
    assert.equal(await page.getAttribute('html', 'lang'), 'zh-Hans', variant);
  }
  // A view that is no figure view goes to the root form, in the path's language.
  await page.goto(`${server.url}s/1.2.5/zh/?view=compare`);
  await page.waitForFunction(() => location.pathname === '/' && /view=compare/.test(location.search) && /lang=zh/.test(location.search));
  await page.waitForSelector('main h1');
  await page.goto(`${server.url}s/1.2.5/en/?view=models&fig=1.1.1`);
  await page.waitForFunction(() => location.pathname === '/' && /view=models/.test(location.search) && /lang=en/.test(location.search) && !/fig=/.test(location.search));
  await page.waitForSelector('main h1');
  assert.equal(await page.$('.notice'), null, 'nothing the reader wrote was wrong');
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('from a share page: other changes stay on it, a figure or language change goes to the root form; Copy link gives the share URL', { skip }, async () => {
  const page = await newPage(browser, { width: 1280, height: 800 }, { permissions: ['clipboard-read', 'clipboard-write'] });
  await page.goto(`${server.url}s/1.2.5/en/`);
  await drawnOption(page);
  // A control: the share path with the canonical query minus fig and lang.
  await page.click('#view-table');
  await page.waitForFunction(() => location.search === '?view=table');
  assert.equal(new URL(page.url()).pathname, '/s/1.2.5/en/');
  await page.click('#copy-link');
  await page.waitForFunction(() => document.querySelector('.copy-status').textContent.length > 0);
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), `${server.url}s/1.2.5/en/?view=table`);
  // The citation names the share URL too.
  await page.click('#cite-button');
  assert.match(await page.textContent('#citation'), new RegExp(`${server.url.replace(/[.]/g, '\\.')}s/1\\.2\\.5/en/\\?view=table$`));
  // The next figure: the root form; Back returns to the share page as it was.
  await page.click('a.next');
  await page.waitForFunction(() => location.search.startsWith('?fig=1.2.6'));
  assert.equal(new URL(page.url()).pathname, '/');
  assert.equal(new URL(page.url()).searchParams.get('fig'), '1.2.6');
  await page.goBack();
  await page.waitForFunction(() => location.pathname.endsWith('/s/1.2.5/en/'));
  await page.waitForSelector('.figure-card[data-fig="1.2.5"] table.data-table');
  // The language: the root form in the other language.
  await page.click('#lang-toggle');
  await page.waitForFunction(() => location.search.includes('lang=zh'));
  assert.equal(new URL(page.url()).pathname, '/');
  assert.equal(new URL(page.url()).searchParams.get('fig'), '1.2.5');
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('the title and takeaway keep their text and box when the app mounts, at 1280 and 360 px', { skip }, async () => {
  const boxes = () => ['.figure-title', '.takeaway'].map((s) => {
    const e = document.querySelector(`main ${s}`) || document.querySelector(s);
    const r = e.getBoundingClientRect();
    return { text: e.textContent, box: [r.x, r.y, r.width, r.height] };
  });
  const moved = [];
  for (const [fig, lang] of [['1.1.1', 'en'], ['1.2.5', 'zh'], ['1.3.9', 'zh'], ['1.3.6', 'en'], ['1.5.4', 'zh']]) {
    for (const width of [1280, 360]) {
      const page = await newPage(browser, { width, height: 800 });
      // Before the wasm runs: the static body, as the page's HTML gives it.
      await page.addInitScript(`document.addEventListener('DOMContentLoaded', () => { window.__before = (${boxes})(); window.__static = !!document.querySelector('#boot.share-static'); });`);
      await page.goto(`${server.url}s/${fig}/${lang}/`);
      await page.waitForSelector('.figure-card');
      const [before, isStatic, after] = await page.evaluate((b) => [window.__before, window.__static, eval(`(${b})`)()], boxes.toString());
      assert.ok(isStatic, `${fig} ${lang}: the static body was there before the app`);
      for (let i = 0; i < 2; i++) {
        if (before[i].text !== after[i].text) moved.push(`${fig} ${lang} ${width}: text ${i}`);
        if (before[i].box.some((v, k) => Math.abs(v - after[i].box[k]) > 4)) moved.push(`${fig} ${lang} ${width}: ${before[i].box} → ${after[i].box}`);
      }
      assert.equal(await page.$('#boot'), null, 'the app took over the static body');
      assert.deepEqual(page.errors, []);
      await page.context().close();
    }
  }
  assert.deepEqual(moved, []);
});
