// Share pages as files, without a browser (issue 11): the 88 pages s/<fig>/<lang>/ that
// `make dist` writes (scripts/share-pages.mjs, scripts/share-previews.mjs), their head tags,
// preview images, oEmbed files, sitemap and robots.txt, in dist/ and in the sub-path build
// (SITE_URL=https://example.org/reports/ai-index/, see the Makefile's test-e2e). Expected titles
// come from src/data/report/figures.csv, never from build/share.json.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { HtmlValidate, FileSystemConfigLoader } from 'html-validate';
import { PNG } from 'pngjs';
import { csv, hasChart, root } from './harness.mjs';

const values = csv('report/values.csv');

const dist = process.env.DIST || path.join(root, 'dist');
const subRoot = path.resolve(root, process.env.SUBPATH_ROOT || 'target/subpath');
const subDist = path.join(subRoot, 'reports/ai-index');
const SUB_SITE = 'https://example.org/reports/ai-index/';
const figures = csv('report/figures.csv');
const LANGS = ['en', 'zh'];
const pages = figures.flatMap((f) => LANGS.map((lang) => ({ f, fig: f.figure_id, lang })));
const built = existsSync(path.join(dist, 's'));
const subBuilt = existsSync(path.join(subDist, 's'));

// The preview layout's plot rectangle (documented in scripts/share-previews.mjs): x 24..1176,
// y 110..560 of the 1200×630 image.
const PLOT = { x: 24, y: 110, width: 1152, height: 450 };

const decode = (s) => s.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos|#39);/gi, (_, e) => {
  if (e[0] === '#') return String.fromCodePoint(e[1].toLowerCase() === 'x' ? parseInt(e.slice(2), 16) : Number(e.slice(1)));
  return { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }[e.toLowerCase()];
});

/** Every start tag `name` of `html` as an object of its (decoded) attributes. */
function tags(html, name) {
  const out = [];
  const tagRe = new RegExp(`<${name}((?:\\s+[^\\s=>/]+(?:\\s*=\\s*(?:"[^"]*"|'[^']*'|[^\\s"'>]+))?)*)\\s*/?>`, 'gi');
  for (const m of html.matchAll(tagRe)) {
    const attrs = { index: m.index };
    for (const a of m[1].matchAll(/([^\s=>/]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+)))?/g)) {
      attrs[a[1].toLowerCase()] = decode(a[2] ?? a[3] ?? a[4] ?? '');
    }
    out.push(attrs);
  }
  return out;
}

/** The page's head as { title, meta: {name or property: content}, links: [...], base }. */
function head(html) {
  const headPart = html.slice(0, html.search(/<body[\s>]/i));
  const meta = {};
  for (const t of tags(headPart, 'meta')) {
    const key = t.property || t.name;
    if (key) {
      assert.ok(!(key in meta), `one ${key} only`);
      meta[key] = t.content;
    }
  }
  const title = headPart.match(/<title>([\s\S]*?)<\/title>/i);
  return { title: title && decode(title[1]), meta, links: tags(headPart, 'link'), base: tags(headPart, 'base')[0]?.href };
}

const read = (dir, rel) => readFileSync(path.join(dir, rel), 'utf8');
const pageDir = (p) => `s/${p.fig}/${p.lang}/`;

/**
 * The URL base the share files of `dir` use: `expected` when given (the sub-path build, or
 * SITE_URL in the environment), else what the first page's canonical link says, which must be
 * absolute http(s) or the root-relative public path; every page is then checked against it.
 */
function baseOf(dir, expected) {
  if (expected) return expected;
  const canonical = head(read(dir, pageDir(pages[0]) + 'index.html')).links.find((l) => l.rel === 'canonical').href;
  const base = canonical.slice(0, -pageDir(pages[0]).length);
  assert.ok(canonical.endsWith(pageDir(pages[0])), canonical);
  assert.match(base, /^(https?:\/\/[^/]+)?\/(.*\/)?$/, `base ${base}`);
  return base;
}
const envSite = process.env.SITE_URL ? (process.env.SITE_URL.endsWith('/') ? process.env.SITE_URL : `${process.env.SITE_URL}/`) : null;

/** The file under `dir` a URL of this site names. */
function fileOf(dir, base, url) {
  assert.ok(url.startsWith(base), `${url} is under ${base}`);
  return path.join(dir, url.slice(base.length));
}

/** Checks every share page's head and body in `dir` against figures.csv, with URLs under `base`. */
function checkPages(dir, base) {
  const index = read(dir, 'index.html');
  const kept = [...tags(index, 'script').filter((t) => t.src), ...tags(index, 'link').filter((t) => t.rel === 'stylesheet')];
  for (const p of pages) {
    const html = read(dir, pageDir(p) + 'index.html');
    const h = head(html);
    const where = `${p.fig}/${p.lang}`;
    const title = p.f[`title_${p.lang}`];
    const self = `${base}${pageDir(p)}`;
    const htmlLang = tags(html, 'html')[0].lang;
    assert.ok(p.lang === 'en' ? htmlLang === 'en' : /^zh(-|$)/.test(htmlLang), `${where}: <html lang=${htmlLang}>`);
    // The title first after the charset.
    assert.match(html, /^<!doctype html><html[^>]*>(<head>)?<meta charset="?utf-8"?><title>/i, `${where}: <title> right after <meta charset>`);
    assert.equal(html.match(/<title>/gi).length, 1, `${where}: one <title>`);
    assert.ok(h.title.includes(p.fig) && h.title.includes(title), `${where}: <title> ${h.title} names ${p.fig} ${title}`);
    assert.equal(h.base, base.replace(/^https?:\/\/[^/]+/, ''), `${where}: <base href> is the public path`);
    assert.ok(h.meta.description && h.meta.description.length > 10, `${where}: description`);
    const link = (rel, extra = {}) => h.links.filter((l) => l.rel === rel && Object.entries(extra).every(([k, v]) => l[k] === v));
    assert.deepEqual(link('canonical').map((l) => l.href), [self], `${where}: canonical`);
    const alternates = Object.fromEntries(link('alternate').filter((l) => l.hreflang).map((l) => [l.hreflang, l.href]));
    const zhTag = Object.keys(alternates).find((k) => /^zh(-|$)/.test(k));
    assert.deepEqual(alternates, { en: `${base}s/${p.fig}/en/`, [zhTag]: `${base}s/${p.fig}/zh/`, 'x-default': `${base}s/${p.fig}/en/` }, `${where}: hreflang`);
    const m = h.meta;
    assert.equal(m['og:type'], 'website');
    assert.ok(m['og:site_name'], `${where}: og:site_name`);
    assert.ok(m['og:title'].includes(title) && m['og:title'].includes(p.fig), `${where}: og:title ${m['og:title']}`);
    assert.equal(m['og:description'], m.description, `${where}: og:description`);
    assert.equal(m['og:url'], self, `${where}: og:url`);
    assert.equal(m['og:locale'], p.lang === 'en' ? 'en_US' : 'zh_CN');
    assert.equal(m['og:locale:alternate'], p.lang === 'en' ? 'zh_CN' : 'en_US');
    assert.equal(m['og:image'], `${self}preview.png`, `${where}: og:image`);
    assert.equal(m['og:image:width'], '1200');
    assert.equal(m['og:image:height'], '630');
    assert.ok(m['og:image:alt'], `${where}: og:image:alt`);
    assert.equal(m['twitter:card'], 'summary_large_image');
    assert.ok(m['twitter:title'].includes(title), `${where}: twitter:title`);
    assert.equal(m['twitter:description'], m.description);
    assert.equal(m['twitter:image'], m['og:image']);
    assert.ok(m['twitter:image:alt'], `${where}: twitter:image:alt`);
    const oembed = link('alternate', { type: 'application/json+oembed' });
    assert.equal(oembed.length, 1, `${where}: one oEmbed link`);
    assert.equal(oembed[0].href, `${self}oembed.json`);
    assert.ok(oembed[0].title.includes(title), `${where}: oEmbed link title`);
    assert.ok(html.includes('.share-more{display:none}'), `${where}: the static body's extras hidden when scripts run`);
    // The static body first in <body>, before the <noscript>; its first image is the preview.
    const body = html.slice(html.search(/<body[\s>]/i));
    assert.ok(body.indexOf('share-static') < body.indexOf('<noscript'), `${where}: static body before <noscript>`);
    const img = tags(body, 'img')[0];
    assert.ok(img, `${where}: an <img> in the static body`);
    assert.equal(new URL(img.src, `https://h${h.base}`).pathname, new URL(`${self}preview.png`, 'https://h').pathname, `${where}: first <img> is the preview`);
    // Same hashed assets as index.html.
    for (const t of kept) assert.ok(html.includes(t.src || t.href), `${where}: keeps ${t.src || t.href}`);
  }
}

/** Checks oEmbed files, images, sitemap and robots.txt of `dir`. */
function checkFiles(dir, base) {
  const absolute = /^https?:/.test(base);
  for (const p of pages) {
    const where = `${p.fig}/${p.lang}`;
    const self = `${base}${pageDir(p)}`;
    const o = JSON.parse(read(dir, `${pageDir(p)}oembed.json`));
    assert.equal(o.version, '1.0');
    assert.equal(o.type, 'rich');
    assert.ok(Number.isInteger(o.width) && o.width === 800, `${where}: oEmbed width ${o.width}`);
    assert.ok(Number.isInteger(o.height) && o.height > 300, `${where}: oEmbed height ${o.height}`);
    assert.ok(o.title.includes(p.f[`title_${p.lang}`]), `${where}: oEmbed title`);
    assert.ok(typeof o.provider_name === 'string' && o.provider_name, `${where}: provider_name`);
    assert.equal(o.provider_url, base);
    assert.equal(o.thumbnail_url, `${self}preview.png`);
    assert.equal(o.thumbnail_width, 1200);
    assert.equal(o.thumbnail_height, 630);
    const src = o.html.match(/<iframe\b[^>]*\ssrc="([^"]*)"/);
    assert.ok(src, `${where}: oEmbed html is an iframe`);
    const url = new URL(decode(src[1]), 'https://relative.invalid');
    assert.equal(decode(src[1]).split('?')[0], base, `${where}: iframe src ${src[1]} is the site root ${base}`);
    assert.equal(url.searchParams.get('fig'), p.fig, `${where}: iframe figure`);
    assert.equal(url.searchParams.get('lang'), p.lang, `${where}: iframe language`);
    assert.equal(url.searchParams.get('embed'), '1', `${where}: iframe is the embed`);
  }
  const sitemap = read(dir, 'sitemap.xml');
  const urls = [...sitemap.matchAll(/<url>([\s\S]*?)<\/url>/g)].map((u) => ({
    loc: decode(u[1].match(/<loc>([^<]*)<\/loc>/)[1]),
    alts: tags(u[1], 'xhtml:link').filter((l) => l.rel === 'alternate').map((l) => [l.hreflang, l.href]),
  }));
  assert.equal(urls.length, 88, 'sitemap lists 88 pages');
  assert.deepEqual(new Set(urls.map((u) => u.loc)), new Set(pages.map((p) => `${base}${pageDir(p)}`)));
  for (const u of urls) {
    const fig = u.loc.slice(base.length).split('/')[1];
    assert.equal(u.alts.length, 2, `${u.loc}: 2 alternates`);
    assert.deepEqual(u.alts.map(([l, href]) => [l.slice(0, 2), href]).sort(), [['en', `${base}s/${fig}/en/`], ['zh', `${base}s/${fig}/zh/`]], `${u.loc}: alternates`);
  }
  const robots = read(dir, 'robots.txt');
  if (absolute) assert.match(robots, new RegExp(`^Sitemap: ${base.replace(/[.?]/g, '\\$&')}sitemap\\.xml$`, 'm'));
  else assert.doesNotMatch(robots, /^Sitemap:/m, 'no relative Sitemap line');
}

test('all 88 share pages exist and pass html-validate with 0 errors', { skip: !built && 'build with make dist' }, async () => {
  const hv = new HtmlValidate(new FileSystemConfigLoader());
  const errors = [];
  for (const p of pages) {
    const file = path.join(dist, pageDir(p), 'index.html');
    assert.ok(existsSync(file), `${file} exists`);
    const report = await hv.validateFile(file);
    for (const r of report.results) for (const m of r.messages) errors.push(`${p.fig}/${p.lang} ${m.line}:${m.column} ${m.ruleId} ${m.message}`);
    // The rules .htmlvalidate.mjs turns off for the boot <template>s, on for the rest of the page.
    const html = readFileSync(file, 'utf8').replace(/<template\b[^>]*>[\s\S]*?<\/template>/gi, '');
    const strict = await hv.validateString(html, file, { rules: { 'no-multiple-main': 'error', 'empty-heading': 'error' } });
    for (const r of strict.results) for (const m of r.messages) errors.push(`${p.fig}/${p.lang} (no templates) ${m.ruleId} ${m.message}`);
  }
  assert.deepEqual(errors, []);
});

test('each share page has its own figure\'s title, description, canonical, hreflang, Open Graph, Twitter and oEmbed tags', { skip: !built && 'build with make dist' }, () => {
  checkPages(dist, baseOf(dist, envSite));
});

test('oEmbed files, sitemap and robots.txt', { skip: !built && 'build with make dist' }, () => {
  checkFiles(dist, baseOf(dist, envSite));
});

/** Share of pixels of the plot rectangle that differ from the image's background (its corner). */
function ink(png) {
  const at = (x, y) => (y * png.width + x) * 4;
  const bg = png.data.subarray(0, 3);
  let n = 0;
  for (let y = PLOT.y; y < PLOT.y + PLOT.height; y++) {
    for (let x = PLOT.x; x < PLOT.x + PLOT.width; x++) {
      const i = at(x, y);
      if (png.data[i] !== bg[0] || png.data[i + 1] !== bg[1] || png.data[i + 2] !== bg[2]) n++;
    }
  }
  return n / (PLOT.width * PLOT.height);
}

/** Pixels differing from the background in the margin around the plot rectangle: the 9 rows
 * above it (below a two-line title), the 14 below it (above the source line) and the 24 columns
 * either side of it. */
function margin(png) {
  const bg = png.data.subarray(0, 3);
  let n = 0;
  const count = (x0, x1, y0, y1) => {
    for (let y = y0; y < y1; y++) {
      for (let x = x0; x < x1; x++) {
        const i = (y * png.width + x) * 4;
        if (png.data[i] !== bg[0] || png.data[i + 1] !== bg[1] || png.data[i + 2] !== bg[2]) n++;
      }
    }
  };
  const bottom = PLOT.y + PLOT.height;
  count(0, png.width, PLOT.y - 9, PLOT.y);
  count(0, png.width, bottom, bottom + 14);
  count(0, PLOT.x, PLOT.y, bottom);
  count(PLOT.x + PLOT.width, png.width, PLOT.y, bottom);
  return n;
}

/** Decodes every preview of `dir`; checks size, format and uniqueness; returns [{ p, ink }]. */
function previews(dir) {
  const seen = new Map();
  const out = [];
  for (const p of pages) {
    const file = path.join(dir, pageDir(p), 'preview.png');
    const bytes = readFileSync(file);
    const where = `${p.fig}/${p.lang}`;
    assert.ok(bytes.length <= 300 * 1000, `${where}: ${bytes.length} bytes, at most 300 KB`);
    assert.deepEqual([...bytes.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], `${where}: a PNG`);
    const png = PNG.sync.read(bytes);
    assert.equal(png.width, 1200, `${where}: width`);
    assert.equal(png.height, 630, `${where}: height`);
    const hash = createHash('sha256').update(bytes).digest('hex');
    assert.ok(!seen.has(hash), `${where}: the same image as ${seen.get(hash)}`);
    seen.set(hash, where);
    out.push({ p, ink: ink(png), margin: margin(png) });
  }
  return out;
}

let inks;
test('every og:image is its own 1200×630 PNG of at most 300 KB, with a chart drawn in its plot area', { skip: !built && 'build with make dist' }, () => {
  const base = baseOf(dist, envSite);
  for (const p of pages) {
    const og = head(read(dist, pageDir(p) + 'index.html')).meta['og:image'];
    assert.equal(fileOf(dist, base, og), path.join(dist, pageDir(p), 'preview.png'));
  }
  inks = previews(dist);
  // A chart that was not drawn leaves its rectangle blank: axes, grid lines and labels alone
  // cover more than 1% (the sparsest figures, two stated values on a 13-year axis: about 1.8%).
  const blank = inks.filter(({ p, ink }) => hasChart(p.f) && ink < 0.01).map(({ p, ink }) => `${p.fig}/${p.lang} ${(ink * 100).toFixed(2)}%`);
  assert.deepEqual(blank, [], 'charts drawn');
  // ...inside the layout's plot rectangle, with nothing of it or of the page around it.
  const outside = inks.filter(({ p, margin }) => hasChart(p.f) && margin > 0).map(({ p, margin }) => `${p.fig}/${p.lang} ${margin} px`);
  assert.deepEqual(outside, [], 'the margin around the plot rectangle is blank');
  // Text cards (no chart) have text where the chart would be.
  for (const { p, ink } of inks.filter(({ p }) => !hasChart(p.f))) assert.ok(ink > 0.005, `${p.fig}/${p.lang}: text card`);
});

// The threshold: non-background pixels in at least 5% of the plot area. The data decide
// where it can hold: a figure whose report states one to nine values on a 13-year axis (the
// explorer keeps the figure's span and never fills a gap) draws a few marks on an empty grid,
// 1.8–4.8% of the area. So: 5% wherever the chart plots at least 20 values (values.csv rows that
// are not annotations; figures counted from a dataset plot hundreds); every chart's preview is
// checked to be drawn at all (at least 1%) above.
const plotted = (f) => (f.completeness === 'none' ? Infinity : values.filter((v) => v.figure_id === f.figure_id && v.role !== 'annotation').length);
test('chart previews: non-background pixels cover at least 5% of the plot area where the chart plots 20 values or more', { skip: !built && 'build with make dist' }, () => {
  const all = inks || previews(dist);
  const low = all.filter(({ p, ink }) => hasChart(p.f) && plotted(p.f) >= 20 && ink < 0.05)
    .map(({ p, ink }) => `${p.fig}/${p.lang} ${(ink * 100).toFixed(1)}% of the plot area`);
  assert.deepEqual(low, []);
  const applies = all.filter(({ p }) => hasChart(p.f) && plotted(p.f) >= 20).length;
  assert.ok(applies >= 10, `the 5% rule applies to ${applies} previews`);
});

test('the sub-path build: every og/twitter/canonical/oEmbed/sitemap URL is absolute under https://example.org/reports/ai-index/', { skip: !subBuilt && 'build it with make test-e2e' }, () => {
  checkPages(subDist, SUB_SITE);
  checkFiles(subDist, SUB_SITE);
  // Every URL the head names is under the site (nothing left root-relative or on another host).
  for (const p of pages) {
    const h = head(read(subDist, pageDir(p) + 'index.html'));
    const urls = [...h.links.filter((l) => l.rel === 'canonical' || l.rel === 'alternate').map((l) => l.href),
      ...['og:url', 'og:image', 'twitter:image'].map((k) => h.meta[k])];
    for (const u of urls) assert.ok(u.startsWith(SUB_SITE), `${p.fig}/${p.lang}: ${u}`);
    const o = JSON.parse(read(subDist, `${pageDir(p)}oembed.json`));
    for (const u of [o.provider_url, o.thumbnail_url]) assert.ok(u.startsWith(SUB_SITE), u);
  }
  const previewsSub = previews(subDist);
  assert.equal(previewsSub.length, 88);
});

/** A copy of what scripts/share-pages.mjs reads from a dist folder (index.html, robots.txt). */
function scratch(from) {
  const dir = mkdtempSync(path.join(tmpdir(), 'share-pages-'));
  for (const f of ['index.html', 'robots.txt']) cpSync(path.join(from, f), path.join(dir, f));
  return dir;
}
const runPages = (dir, env) => spawnSync(process.execPath, [path.join(root, 'scripts/share-pages.mjs'), dir], {
  encoding: 'utf8', env: { ...process.env, SITE_URL: '', PUBLIC_URL: '', ...env },
});
/** Every file under `dir`, relative path → bytes. */
function snapshot(dir) {
  const out = new Map();
  const walk = (d) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const f = path.join(d, e.name);
      if (e.isDirectory()) walk(f);
      else out.set(path.relative(dir, f), readFileSync(f));
    }
  };
  walk(dir);
  return out;
}

test('share-pages.mjs run twice gives byte-identical files; without SITE_URL it says what previewers ignore', { skip: !built && 'build with make dist' }, () => {
  const a = scratch(dist);
  const b = scratch(dist);
  try {
    const env = { SITE_URL: 'https://example.org/ai-index/' };
    for (const dir of [a, b]) {
      const r = runPages(dir, env);
      assert.equal(r.status, 0, r.stderr);
    }
    // A second run over the first one's output too (robots.txt gets one Sitemap line, not two).
    assert.equal(runPages(b, env).status, 0);
    const sa = snapshot(a);
    const sb = snapshot(b);
    assert.ok(sa.size >= 88 * 6 + 6, `${sa.size} files`);
    assert.deepEqual([...sa.keys()].sort(), [...sb.keys()].sort());
    for (const [k, v] of sa) assert.ok(v.equals(sb.get(k)), `${k} differs between runs`);
    assert.equal((sa.get('robots.txt').toString().match(/^Sitemap:/gm) || []).length, 1);

    rmSync(a, { recursive: true, force: true });
    const c = scratch(dist);
    const r = runPages(c, {});
    assert.equal(r.status, 0, r.stderr);
    for (const tag of ['og:url', 'og:image', 'twitter:image', 'canonical', 'oEmbed', 'thumbnail_url', 'sitemap', 'Sitemap']) {
      assert.ok(r.stdout.includes(tag), `the warning names ${tag}: ${r.stdout}`);
    }
    const h = head(readFileSync(path.join(c, 's/1.2.5/zh/index.html'), 'utf8'));
    assert.equal(h.meta['og:image'], '/s/1.2.5/zh/preview.png', 'root-relative without SITE_URL');
    assert.equal(statSync(path.join(c, 'sitemap.xml')).isFile(), true);
    rmSync(c, { recursive: true, force: true });
  } finally {
    rmSync(a, { recursive: true, force: true });
    rmSync(b, { recursive: true, force: true });
  }
});

test('SITE_URL with a different PUBLIC_URL fails with a message, before anything is written', { skip: !built && 'build with make dist' }, () => {
  const env = { SITE_URL: 'https://example.org/ai-index/', PUBLIC_URL: '/elsewhere/' };
  const check = spawnSync(process.execPath, [path.join(root, 'scripts/site-url.mjs')], { encoding: 'utf8', env: { ...process.env, ...env } });
  assert.equal(check.status, 1);
  assert.match(check.stderr, /PUBLIC_URL=\/elsewhere\/ differs from SITE_URL's path \/ai-index\//);
  const dir = scratch(dist);
  try {
    const r = runPages(dir, env);
    assert.equal(r.status, 1);
    assert.match(r.stderr, /PUBLIC_URL=\/elsewhere\/ differs/);
    assert.equal(existsSync(path.join(dir, 's')), false, 'nothing written');
    // The same path, with or without its slash, agrees.
    const same = spawnSync(process.execPath, [path.join(root, 'scripts/site-url.mjs')], { encoding: 'utf8', env: { ...process.env, SITE_URL: 'https://example.org/ai-index', PUBLIC_URL: '/ai-index' } });
    assert.equal(same.status, 0, same.stderr);
    assert.equal(same.stdout.trim(), '/ai-index/');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

// `make dist SITE_URL=…` (a variable on make's command line, as the README writes it) builds the
// app for that URL's path, and `make dist SITE_URL=… PUBLIC_URL=<another path>` stops at once.
// (Before GNU Make 4.4, `$(shell …)` does not see command-line variables: the Makefile passes
// them on. `make -n` prints the commands without running them.)
test('make dist takes SITE_URL and PUBLIC_URL from its command line', () => {
  const dry = (...vars) => spawnSync('make', ['-n', '--no-print-directory', 'dist', ...vars], { cwd: root, encoding: 'utf8', env: { ...process.env, SITE_URL: '', PUBLIC_URL: '' } });
  const publicUrl = (r) => r.stdout.match(/trunk build --release --public-url (\S+)/)?.[1];
  assert.equal(publicUrl(dry('SITE_URL=https://example.org/x/y/')), '/x/y/');
  assert.equal(publicUrl(dry('PUBLIC_URL=/z/')), '/z/');
  assert.equal(publicUrl(dry()), '/');
  const both = spawnSync('make', ['--no-print-directory', 'site-url', 'SITE_URL=https://example.org/x/', 'PUBLIC_URL=/other/'], { cwd: root, encoding: 'utf8', env: { ...process.env, SITE_URL: '', PUBLIC_URL: '' } });
  assert.notEqual(both.status, 0);
  assert.match(both.stderr, /PUBLIC_URL=\/other\/ differs from SITE_URL's path \/x\//);
});
