// History and navigation: rewriting a link never drops its notices, Back and Forward keep the
// reader's language, history writes are coalesced, focus and announcements follow in-page
// navigation, the skip link comes first, and Chinese notices and embeds use Chinese punctuation.
// Expected texts come from the data files (figures.csv) or the wording.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch, newPage, csv, drawnOption } from './harness.mjs';

const figures = Object.fromEntries(csv('report/figures.csv').map((f) => [f.figure_id, f]));
const ids = Object.keys(figures);
const next = (id) => ids[ids.indexOf(id) + 1];
const REPORT_ZH = '《2024年人工智能指数报告》';

let server, browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

const query = (page) => page.evaluate(() => location.search);
const noticeText = (page) => page.textContent('.notice');

test('?fig=9.9.9 without lang: the URL gets the language and the unknown-figure notice stays', async () => {
  const page = await newPage(browser); // browser language: en-US (harness)
  await page.goto(`${server.url}?fig=9.9.9`);
  await page.waitForFunction(() => location.search === '?lang=en');
  await page.waitForSelector('.figure-index');
  const notice = await noticeText(page);
  assert.ok(notice.includes('“9.9.9”') && notice.includes('fig'), notice);
  // Still there a while after the rewrite (nothing later clears it).
  await page.waitForTimeout(300);
  assert.ok((await noticeText(page)).includes('9.9.9'));
  // Going elsewhere leaves the notice behind.
  await page.click('.figure-link[data-fig="1.1.2"]');
  await page.waitForSelector('#figure-title');
  assert.equal(await page.$('.notice'), null, 'no notice on the next page');
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('?figure=1.2.5&time=abc (old name, no lang) keeps the time notice after the rewrite', async () => {
  const page = await newPage(browser);
  await page.goto(`${server.url}?figure=1.2.5&time=abc`);
  await page.waitForFunction(() => location.search === '?fig=1.2.5&lang=en');
  assert.equal(await page.textContent('#figure-title'), figures['1.2.5'].title_en);
  const notice = await noticeText(page);
  assert.ok(notice.includes('time') && notice.includes('“abc”'), notice);
  // The language toggle is a preference, not a new place: the notice stays, in Chinese.
  await page.click('#lang-toggle');
  await page.waitForFunction(() => location.search === '?fig=1.2.5&lang=zh');
  await page.waitForFunction(() => document.querySelector('.notice')?.textContent.includes('time（“abc”）'));
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('Back keeps the language chosen: 1.1.1 (en) → next → 中文 → Back shows 1.1.1 in Chinese', async () => {
  const page = await newPage(browser);
  await page.goto(`${server.url}?fig=1.1.1&lang=en`);
  await page.waitForSelector('#figure-title');
  const second = next('1.1.1');
  await page.click('a.next');
  await page.waitForFunction((id) => location.search === `?fig=${id}&lang=en`, second);
  await page.click('#lang-toggle');
  await page.waitForFunction((id) => location.search === `?fig=${id}&lang=zh`, second);
  await page.goBack();
  await page.waitForFunction(() => location.search.includes('fig=1.1.1'));
  await page.waitForFunction((t) => document.querySelector('#figure-title')?.textContent === t, figures['1.1.1'].title_zh);
  assert.equal(await page.getAttribute('html', 'lang'), 'zh-Hans');
  assert.equal(await query(page), '?fig=1.1.1&lang=zh', 'the restored entry is rewritten with the language');
  // Forward too.
  await page.goForward();
  await page.waitForFunction((t) => document.querySelector('#figure-title')?.textContent === t, figures[second].title_zh);
  assert.equal(await query(page), `?fig=${second}&lang=zh`);
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('Back to a link with a problem rewrites it with the chosen language and keeps its notice', async () => {
  const page = await newPage(browser);
  await page.goto(`${server.url}?fig=1.2.5&lang=en&time=abc`);
  await page.waitForSelector('.notice');
  await page.click('a.next');
  await page.waitForFunction((id) => location.search === `?fig=${id}&lang=en`, next('1.2.5'));
  assert.equal(await page.$('.notice'), null);
  await page.click('#lang-toggle');
  await page.waitForFunction(() => document.documentElement.lang === 'zh-Hans');
  await page.goBack();
  await page.waitForFunction(() => location.search === '?fig=1.2.5&lang=zh');
  await page.waitForSelector('.notice');
  const notice = await noticeText(page);
  assert.ok(notice.includes('time（“abc”）'), notice);
  assert.equal(await page.textContent('#figure-title'), figures['1.2.5'].title_zh);
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('holding ArrowDown on a year select: URL follows the select, history does not grow, writes coalesce', async () => {
  const page = await newPage(browser);
  // Count history writes made by the page.
  await page.addInitScript(() => {
    window.__writes = 0;
    for (const name of ['pushState', 'replaceState']) {
      const original = history[name].bind(history);
      history[name] = (...args) => { window.__writes += 1; return original(...args); };
    }
  });
  await page.goto(`${server.url}?fig=1.3.6&lang=en`);
  await drawnOption(page);
  const years = await page.$$eval('#time-to option', (os) => os.map((o) => o.value));
  assert.ok(years.length > 10, `${years.length} years`);
  // Start the range at its first two years so that ArrowDown has room to move.
  await page.goto(`${server.url}?fig=1.3.6&lang=en&time=${years[0]}..${years[1]}`);
  await drawnOption(page);
  const startLength = await page.evaluate(() => history.length);
  await page.focus('#time-to');
  for (let i = 0; i < 30; i += 1) await page.keyboard.press('ArrowDown');
  const value = await page.$eval('#time-to', (s) => s.value);
  assert.notEqual(value, years[1], 'the select moved');
  // The URL catches up with the select (time=earliest..Y, or no time once at the last year).
  const expected = value === years[years.length - 1] ? null : `earliest..${value}`;
  await page.waitForFunction((t) => new URLSearchParams(location.search).get('time') === t, expected);
  assert.ok((await page.evaluate(() => history.length)) - startLength <= 1, 'control changes replace the entry');

  // A burst of changes within one frame: the page follows each, the history is written once.
  await page.evaluate(() => { window.__writes = 0; });
  const burst = await page.evaluate((ys) => {
    const s = document.querySelector('#time-to');
    for (const y of ys) { s.value = y; s.dispatchEvent(new Event('change', { bubbles: true })); }
    return s.value;
  }, years.slice(2, 12));
  await page.waitForFunction((t) => new URLSearchParams(location.search).get('time') === t, `earliest..${burst}`);
  await page.waitForTimeout(100);
  assert.equal(await page.evaluate(() => window.__writes), 1, 'one history write for ten changes in one frame');
  assert.equal(await page.$eval('#time-to', (s) => s.value), burst);
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('after the next-figure link, focus is on the new h1 and the persistent live region announces it', async () => {
  const page = await newPage(browser);
  await page.goto(`${server.url}?fig=1.3.13&lang=en`);
  await page.waitForSelector('#figure-title');
  await page.evaluate(() => { document.getElementById('announcer').__original = true; });
  const second = next('1.3.13');
  await page.click('a.next');
  await page.waitForFunction((id) => location.search.includes(`fig=${id}`), second);
  await page.waitForFunction(() => document.activeElement && document.activeElement.matches('#main h1'));
  assert.equal(await page.evaluate(() => document.activeElement.textContent), figures[second].title_en);
  assert.equal(await page.evaluate(() => document.getElementById('announcer').__original), true, 'same live region node');
  await page.waitForFunction((t) => document.getElementById('announcer').textContent.includes(t), figures[second].title_en);
  assert.equal(await page.getAttribute('#announcer', 'aria-live'), 'polite');
  // Overview: focus on its heading too.
  await page.click('.brand');
  await page.waitForSelector('.figure-index');
  await page.waitForFunction(() => document.activeElement && document.activeElement.matches('#main h1'));
  assert.equal(await page.evaluate(() => document.getElementById('announcer').__original), true);
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

for (const [lang, label] of [['en', 'Skip to content'], ['zh', '跳到正文']]) {
  test(`skip link (${lang}) is the first Tab stop, visible on focus, and leads to the content`, async () => {
    const page = await newPage(browser);
    await page.goto(`${server.url}?fig=1.2.5&lang=${lang}`);
    await page.waitForSelector('#figure-title');
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const el = document.activeElement;
      const r = el.getBoundingClientRect();
      return { cls: el.className, text: el.textContent, w: r.width, h: r.height, top: r.top, left: r.left };
    });
    assert.equal(focused.cls, 'skip-link');
    assert.equal(focused.text, label);
    assert.ok(focused.w > 20 && focused.h > 10 && focused.top >= 0 && focused.left >= 0, JSON.stringify(focused));
    const before = await query(page);
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.activeElement?.id === 'main');
    assert.equal(await query(page), before, 'no new URL');
    assert.equal(await page.evaluate(() => location.hash), '');
    assert.deepEqual(page.errors, []);
    await page.context().close();
  });
}

test('Chinese notices and the embed source line use full-width punctuation and the report\'s Chinese name', async () => {
  const page = await newPage(browser);
  await page.goto(`${server.url}?fig=9.9.9&lang=zh`);
  let notice = await noticeText(page);
  assert.ok(notice.includes('（fig = “9.9.9”）'), notice);
  await page.goto(`${server.url}?fig=1.2.5&lang=zh&time=abc`);
  notice = await noticeText(page);
  assert.ok(notice.includes('time（“abc”）。'), notice);
  for (const text of [notice]) assert.ok(!/[\u3400-\u9fff] ?[:(]/.test(text), text);

  await page.goto(`${server.url}?fig=1.2.5&lang=zh&embed=1`);
  const zh = await page.textContent('.embed-source span');
  assert.equal(zh, `来源：${REPORT_ZH} · ${figures['1.2.5'].source_org}`);
  await page.goto(`${server.url}?fig=1.2.5&lang=en&embed=1`);
  const en = await page.textContent('.embed-source span');
  assert.equal(en, `Source: AI Index Report 2024 · ${figures['1.2.5'].source_org}`);
  assert.deepEqual(page.errors, []);
  await page.context().close();
});
