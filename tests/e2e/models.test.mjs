// The model explorer (?view=models, issue 10), in both languages: a link opens the right card,
// filters change the drawn points to an independent recount from the CSV files (recount.mjs's
// rules, never the Rust code), the foundation-model counts by access equal the report's stated
// values (values.csv, 1.3.13), search highlights without changing counts, keyboard and Back/Forward
// work, CSV and the embed's height message; no console errors anywhere.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch, newPage, csv, drawnOption } from './harness.mjs';
import { allModels, countryNames } from './recount.mjs';

const slugs = csv('epoch/model_slugs.csv');
const fmRows = csv('ecosystem_graphs/foundation_models_2024-02-12.csv');
const zhNames = csv('epoch/organization_names_zh.csv');
const stated = csv('report/values.csv').filter((v) => v.figure_id === '1.3.13');

let server, browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

/** Points drawn: every data item of every series. */
const pointCount = (opt) => opt.series.reduce((n, s) => n + s.data.length, 0);
/** The counts beside the chart: name → number. */
const counts = (page) => page.$$eval('.counts-list li', (lis) => Object.fromEntries(lis.map((li) => [li.querySelector('.count-name').textContent, Number(li.querySelector('.count-n').textContent)])));
const summary = (page) => page.textContent('.counts-summary');

async function open(query, viewport) {
  const page = await newPage(browser, viewport);
  await page.goto(`${server.url}?${query}`);
  await page.waitForSelector('.counts-summary:not(:empty)');
  return page;
}

for (const lang of ['en', 'zh']) {
  test(`?view=models&model=gpt-4-mar-2023 (${lang}) opens GPT-4's card with its figures`, async () => {
    const row = slugs.find((s) => s.slug === 'gpt-4-mar-2023');
    assert.equal(row.model, 'GPT-4 (Mar 2023)');
    const src = allModels.find((m) => m.name === row.model);
    const page = await open(`view=models&lang=${lang}&model=gpt-4-mar-2023`);
    await page.waitForSelector('#model-card-title');
    assert.equal(await page.textContent('#model-card-title'), row.model);
    const facts = await page.textContent('.card-facts');
    assert.ok(facts.includes(src.organization), facts);
    assert.ok(facts.includes(lang === 'zh' ? '2023年3月14日' : '14 Mar 2023') || facts.includes(lang === 'zh' ? '2023年3月15日' : '15 Mar 2023'), facts);
    assert.ok(facts.includes(countryNames.USA[lang]), facts);
    // Its figures are links to them; 1.3.7 names GPT-4.
    const links = await page.$$eval('.card-figures a', (as) => as.map((a) => a.getAttribute('href')));
    assert.ok(links.includes(`?fig=1.3.7&lang=${lang}`), links.join(' '));
    // Focus is on the card's heading.
    await page.waitForFunction(() => document.activeElement?.id === 'model-card-title');
    assert.deepEqual(page.errors, []);
    await page.context().close();
  });
}

test('a slug outside the filters still opens its card, with a notice; an unknown slug gives a notice', async () => {
  const page = await open('view=models&lang=en&model=gpt-4-mar-2023&time=2010..2012');
  await page.waitForSelector('.card-notice');
  assert.ok((await page.textContent('.card-notice')).includes('outside the current filters'));
  // "Show every year, without filters" brings it in: the notice goes, the card stays.
  await page.click('.show-it');
  await page.waitForFunction(() => location.search.includes('time=earliest..latest') && !document.querySelector('.card-notice'));
  assert.equal(await page.textContent('#model-card-title'), 'GPT-4 (Mar 2023)');
  await page.goto(`${server.url}?view=models&lang=en&model=no-such-model`);
  await page.waitForSelector('.notice');
  assert.ok((await page.textContent('.notice')).includes('no-such-model'));
  assert.equal(await page.$('#model-card-title'), null);
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('filters change the drawn points and counts to the recount from the CSV', async () => {
  const cases = [
    { q: 'view=models&lang=en', f: (m) => m.year >= 2003 && m.year <= 2023 },
    { q: 'view=models&lang=en&regions=CHN&time=2023', f: (m) => m.year === 2023 && m.codes.includes('CHN') },
    { q: 'view=models&lang=en&regions=EU_UK&time=2015..2020&sector=academia', f: (m) => m.year >= 2015 && m.year <= 2020 && m.euUk && m.sector === 'academia' },
    { q: 'view=models&lang=zh&regions=USA~CHN&time=2020..latest&y=parameters', f: (m) => m.year >= 2020 && (m.codes.includes('USA') || m.codes.includes('CHN')), y: 'parameters' },
  ];
  const page = await newPage(browser);
  for (const c of cases) {
    await page.goto(`${server.url}?${c.q}`);
    await page.waitForSelector('.counts-summary:not(:empty)');
    const models = allModels.filter(c.f);
    const y = c.y || 'petaflop';
    const drawn = models.filter((m) => m[y] !== null && m[y] > 0).length;
    await page.waitForFunction((n) => {
      const inst = window.echarts?.getInstanceByDom(document.querySelector('.chart'));
      const o = inst?.getOption();
      return o && o.series.reduce((k, s) => k + s.data.length, 0) === n;
    }, drawn, { timeout: 20000 }).catch(() => {});
    const opt = await drawnOption(page);
    assert.equal(pointCount(opt), drawn, c.q);
    const text = await summary(page);
    assert.ok(text.startsWith(`${models.length} `) && text.includes(` ${drawn} `), `${c.q}: ${text}`);
  }
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('foundation models by access reproduce the report (1.3.13, 2019–2023)', async () => {
  const page = await newPage(browser);
  for (const year of ['2019', '2020', '2021', '2022', '2023']) {
    for (const lang of ['en', 'zh']) {
      await page.goto(`${server.url}?view=models&set=foundation&lang=${lang}&time=${year}`);
      await page.waitForSelector('.counts-summary:not(:empty)');
      const got = await counts(page);
      const names = lang === 'en' ? { open: 'Open', limited: 'Limited', closed: 'Closed' } : { open: '开放', limited: '有限', closed: '封闭' };
      for (const access of ['open', 'limited', 'closed']) {
        const v = stated.find((s) => s.series_key === access && s.x === year);
        assert.equal(got[names[access]] || 0, Number(v.value), `${year} ${access} (${lang})`);
      }
      const total = stated.find((s) => s.series_key === 'total' && s.x === year);
      assert.ok((await summary(page)).startsWith(`${total.value} `), year);
    }
  }
  // The undated rows are left out, with a note.
  const undated = fmRows.filter((r) => !r.created_date).length;
  assert.ok((await page.$$eval('.models-note:not([hidden])', (ps) => ps.map((p) => p.textContent).join(' '))).includes(String(undated)));
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('search (q=清华大学) highlights the Chinese name\'s models and never changes counts', async () => {
  const plain = await open('view=models&lang=zh');
  const before = { counts: await counts(plain), summary: await summary(plain) };
  await plain.context().close();
  const page = await open(`view=models&lang=zh&q=${encodeURIComponent('清华大学')}`);
  const orgs = new Set(zhNames.filter((r) => r.name_zh.includes('清华大学')).map((r) => r.organization));
  const expected = allModels.filter((m) => m.year >= 2003 && m.year <= 2023 && m.organization.split(',').some((o) => orgs.has(o.trim())));
  assert.ok(expected.length > 0);
  await page.waitForSelector('.match-count');
  assert.ok((await page.textContent('.match-count')).startsWith(`${expected.length} `), await page.textContent('.match-count'));
  assert.deepEqual(await counts(page), before.counts);
  assert.equal(await summary(page), before.summary);
  // A listed match opens its card from the keyboard.
  await page.focus('#models-q');
  await page.keyboard.press('ArrowDown');
  const name = await page.evaluate(() => document.activeElement.dataset.slug);
  await page.keyboard.press('Enter');
  await page.waitForSelector('#model-card-title');
  assert.ok(await page.evaluate(() => location.search.includes('model=')), name);
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('keyboard: arrows move through the models in date order, Enter opens, Escape closes and returns focus', async () => {
  const page = await open('view=models&lang=en&time=2012');
  await drawnOption(page);
  const first = allModels.filter((m) => m.year === 2012).sort((a, b) => a.date.localeCompare(b.date))[0];
  await page.focus('#model-chart-frame');
  await page.keyboard.press('ArrowRight');
  await page.waitForFunction((n) => document.getElementById('announcer').textContent.includes(n), first.name);
  await page.keyboard.press('Enter');
  await page.waitForSelector('#model-card-title');
  assert.equal(await page.textContent('#model-card-title'), first.name);
  await page.keyboard.press('Escape');
  await page.waitForFunction(() => !document.querySelector('#model-card-title'));
  await page.waitForFunction(() => document.activeElement?.id === 'model-chart-frame');
  assert.ok(!(await page.evaluate(() => location.search)).includes('model='));
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('every control writes the URL; Back closes a card opened by a click', async () => {
  const page = await open('view=models&lang=en');
  await page.selectOption('#models-color', 'country');
  await page.waitForFunction(() => location.search === '?view=models&lang=en&color=country');
  await page.selectOption('#models-y', 'cost_cloud');
  await page.waitForFunction(() => location.search === '?view=models&lang=en&y=cost_cloud&color=country');
  await page.selectOption('#models-scale', 'linear');
  await page.waitForFunction(() => location.search.includes('&scale=linear'));
  await page.click('#tab-table');
  await page.waitForSelector('#models-table');
  await page.waitForFunction(() => location.search.endsWith('&tab=table'));
  const rows = await page.$$eval('#models-table tbody tr', (r) => r.length);
  // The counts beside the chart follow after the chart's frame.
  await page.waitForFunction((n) => document.querySelector('.counts-summary').textContent.startsWith(`${n} `), rows);
  await page.click('#models-table tbody tr:first-child button');
  await page.waitForSelector('#model-card-title');
  await page.goBack();
  await page.waitForFunction(() => !document.querySelector('#model-card-title'));
  await page.goForward();
  await page.waitForSelector('#model-card-title');
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('CSV of the filtered models: BOM, header, one row per model, values as the source writes them', async () => {
  const page = await open('view=models&lang=en&regions=CHN&time=2023');
  const [dl] = await Promise.all([page.waitForEvent('download'), page.click('#models-csv')]);
  const text = await (await import('node:fs/promises')).readFile(await dl.path(), 'utf8');
  assert.ok(text.startsWith('\ufeffslug,model,organization,publication_date'));
  const lines = text.trim().split('\r\n');
  const expected = allModels.filter((m) => m.year === 2023 && m.codes.includes('CHN'));
  assert.equal(lines.length - 1, expected.length);
  const src = csv('epoch/notable_ai_models.csv').find((r) => r.model === expected[0].name && r.training_compute_flop);
  if (src) assert.ok(text.includes(src.training_compute_flop));
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('embed=1: the chart alone, and a height message with fig "models"', async () => {
  const host = `<!doctype html><link rel="icon" href="data:,"><iframe id="f" src="/?view=models&lang=en&set=foundation&embed=1" style="width:600px;height:400px"></iframe>
<script>window.msgs=[];addEventListener('message',(e)=>window.msgs.push(e.data));</script>`;
  const s = await serve(undefined, { '/host.html': host });
  const page = await newPage(browser);
  await page.goto(`${s.url}host.html`);
  await page.waitForFunction(() => window.msgs.some((m) => m['ai-index-explorer-height']?.fig === 'models' && m['ai-index-explorer-height'].height > 100), null, { timeout: 20000 });
  const frame = page.frame({ url: /embed=1/ });
  await frame.waitForSelector('.chart');
  assert.equal(await frame.$('.model-controls'), null);
  assert.deepEqual(page.errors, []);
  await page.context().close();
  await s.close();
});

test('phone (360 px): no horizontal overflow in either language', async () => {
  for (const lang of ['en', 'zh']) {
    const page = await open(`view=models&lang=${lang}&model=gpt-4-mar-2023`, { width: 360, height: 740 });
    await drawnOption(page);
    const over = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert.ok(over <= 0, `${lang}: ${over}px`);
    assert.deepEqual(page.errors, []);
    await page.context().close();
  }
});

test('the counts beside the chart use the chart\'s colours, category by category', async () => {
  for (const q of ['view=models&lang=en', 'view=models&lang=zh&set=foundation&color=country']) {
    const page = await open(q);
    const opt = await drawnOption(page);
    const series = Object.fromEntries(opt.series.map((s) => [s.name, s.itemStyle.color]));
    const swatches = await page.$$eval('.counts-list li', (lis) => lis.map((li) => [li.querySelector('.count-name').textContent, getComputedStyle(li.querySelector('.swatch')).backgroundColor]));
    const rgb = (hex) => `rgb(${parseInt(hex.slice(1, 3), 16)}, ${parseInt(hex.slice(3, 5), 16)}, ${parseInt(hex.slice(5, 7), 16)})`;
    let compared = 0;
    for (const [name, color] of swatches) {
      if (name in series) {
        assert.equal(color, rgb(series[name]), `${q}: ${name}`);
        compared++;
      }
    }
    assert.ok(compared >= 3, `${q}: ${compared} categories compared`);
    assert.deepEqual(page.errors, []);
    await page.context().close();
  }
});
