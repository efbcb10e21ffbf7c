// Share pages (issue 11), run by the Makefile after `trunk build` (not a Trunk hook: it reads the
// finished index.html): `node scripts/share-pages.mjs <dist>`. For every page of build/share.json
// (written by `cargo run --bin page-shell`, 44 figures × en, zh) it writes
//   <dist>/s/<fig>/<lang>/index.html   the finished index.html (same hashed assets and scripts, not
//                                      re-minified) with that figure's title, description, canonical
//                                      and hreflang links, Open Graph, Twitter and oEmbed tags, and the
//                                      static body (readable without JavaScript) first in <body>;
//   <dist>/s/<fig>/<lang>/oembed.json  oEmbed 1.0 "rich": the Embed button's iframe;
//   <dist>/sitemap.xml                 every share page with its two language alternates;
// and adds `Sitemap:` to <dist>/robots.txt. Each with .gz and .br copies (scripts/precompress.mjs).
// URLs are absolute under SITE_URL, else root-relative under PUBLIC_URL (scripts/site-url.mjs);
// then it prints which tags previewers will ignore. Deterministic: no dates, share.json's order.
// The preview images (s/<fig>/<lang>/preview.png) are scripts/share-previews.mjs's.
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { compressBeside } from './precompress.mjs';
import { siteUrls } from './site-url.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** Preview image size (the Open Graph card's 1.91:1), as scripts/share-previews.mjs draws it. */
export const PREVIEW = { width: 1200, height: 630 };
/** The oEmbed width: the embed is fluid (width 100%); 800 is a column's width for consumers. */
const OEMBED_WIDTH = 800;

/** Text or attribute value escaped for HTML (always written inside double quotes). */
const esc = (s) => String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

// A start tag with its attributes, quoted or not (Trunk's minifier leaves most unquoted), so a `>`
// inside a quoted value does not end it.
const TAG = (name) => new RegExp(`<${name}(?:\\s+[^\\s=>/]+(?:\\s*=\\s*(?:"[^"]*"|'[^']*'|[^\\s"'>]+))?)*\\s*/?>`, 'gi');

/** Replaces exactly one match of `re` in `html` (fails the build if there are 0 or several). */
function one(html, re, replace, what) {
  const n = [...html.matchAll(new RegExp(re.source, re.flags.includes('g') ? re.flags : `${re.flags}g`))].length;
  if (n !== 1) throw new Error(`share-pages: index.html has ${n} ${what}, expected exactly one`);
  return html.replace(re, replace);
}

/** The `<head>` additions of one page (after its <title>). */
function headTags(p, u, siteName, style) {
  const meta = (attr, key, value) => `<meta ${attr}="${key}" content="${esc(value)}">`;
  return [
    `<base href="${esc(u.publicUrl)}">`,
    meta('name', 'description', p.description),
    `<link rel="canonical" href="${esc(u.page(p.fig, p.lang))}">`,
    `<link rel="alternate" hreflang="${esc(p.htmlLang)}" href="${esc(u.page(p.fig, p.lang))}">`,
    `<link rel="alternate" hreflang="${esc(p.altHtmlLang)}" href="${esc(u.page(p.fig, p.altLang))}">`,
    `<link rel="alternate" hreflang="x-default" href="${esc(u.page(p.fig, 'en'))}">`,
    meta('property', 'og:type', 'website'),
    meta('property', 'og:site_name', siteName),
    meta('property', 'og:title', p.ogTitle),
    meta('property', 'og:description', p.description),
    meta('property', 'og:url', u.page(p.fig, p.lang)),
    meta('property', 'og:locale', p.ogLocale),
    meta('property', 'og:locale:alternate', p.altOgLocale),
    meta('property', 'og:image', u.preview(p.fig, p.lang)),
    meta('property', 'og:image:width', PREVIEW.width),
    meta('property', 'og:image:height', PREVIEW.height),
    meta('property', 'og:image:alt', p.imageAlt),
    meta('name', 'twitter:card', 'summary_large_image'),
    meta('name', 'twitter:title', p.ogTitle),
    meta('name', 'twitter:description', p.description),
    meta('name', 'twitter:image', u.preview(p.fig, p.lang)),
    meta('name', 'twitter:image:alt', p.imageAlt),
    `<link rel="alternate" type="application/json+oembed" href="${esc(u.oembed(p.fig, p.lang))}" title="${esc(p.ogTitle)}">`,
    // The share pages' own styles (src/share_page.rs SHARE_STYLE): the static body's extra parts
    // (preview, table, links) are for readers without JavaScript, hidden from the first paint
    // when the app will take over; the figure pages load none of it.
    `<style>${style}</style>`,
  ].join('');
}

/** One share page made from the finished index.html. */
export function sharePage(index, p, u, siteName, style) {
  let html = one(index, /<html\b[^>]*>/i, `<html lang="${esc(p.htmlLang)}">`, '<html> tags');
  html = one(html, /<title>[\s\S]*?<\/title>/i, '', '<title> elements');
  html = html.replace(TAG('meta'), (tag) => (/\bname\s*=\s*["']?description["'\s>/]/i.test(tag) ? '' : tag));
  const charset = [...html.matchAll(TAG('meta'))].filter((m) => /\bcharset\s*=/i.test(m[0]));
  if (charset.length !== 1) throw new Error(`share-pages: index.html has ${charset.length} <meta charset>, expected one`);
  const at = charset[0].index + charset[0][0].length;
  html = `${html.slice(0, at)}<title>${esc(p.title)}</title>${headTags(p, u, siteName, style)}${html.slice(at)}`;
  const bodies = [...html.matchAll(TAG('body'))];
  if (bodies.length !== 1) throw new Error(`share-pages: index.html has ${bodies.length} <body> tags, expected one`);
  const b = bodies[0].index + bodies[0][0].length;
  return `${html.slice(0, b)}${p.body}${html.slice(b)}`;
}

/** The page's oEmbed response (https://oembed.com, type "rich"). */
export function oembed(p, u, siteName) {
  return {
    version: '1.0',
    type: 'rich',
    title: p.ogTitle,
    provider_name: siteName,
    provider_url: u.site,
    html: p.embedHtml.split('__EMBED_URL__').join(esc(u.embed(p.embedQuery))),
    width: OEMBED_WIDTH,
    height: p.embedHeight,
    thumbnail_url: u.preview(p.fig, p.lang),
    thumbnail_width: PREVIEW.width,
    thumbnail_height: PREVIEW.height,
  };
}

/** sitemap.xml: every page with its two language versions as alternates (Google's xhtml:link). */
export function sitemap(pages, u) {
  const lines = ['<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">'];
  for (const p of pages) {
    lines.push('<url>', `<loc>${esc(u.page(p.fig, p.lang))}</loc>`);
    for (const [lang, hreflang] of [[p.lang, p.htmlLang], [p.altLang, p.altHtmlLang]]) {
      lines.push(`<xhtml:link rel="alternate" hreflang="${esc(hreflang)}" href="${esc(u.page(p.fig, lang))}"/>`);
    }
    lines.push('</url>');
  }
  lines.push('</urlset>', '');
  return lines.join('\n');
}

/** The URLs the pages name: absolute under SITE_URL, or root-relative under PUBLIC_URL. */
export function urls({ siteUrl, publicUrl }) {
  const site = siteUrl || publicUrl;
  const dir = (fig, lang) => `${site}s/${fig}/${lang}/`;
  return {
    site,
    publicUrl,
    page: dir,
    preview: (fig, lang) => `${dir(fig, lang)}preview.png`,
    oembed: (fig, lang) => `${dir(fig, lang)}oembed.json`,
    embed: (query) => `${site}${query}`,
    sitemap: `${site}sitemap.xml`,
  };
}

/** Reads share.json and checks what this script relies on, with a message naming the page. */
export function readShare(file) {
  if (!existsSync(file)) throw new Error(`share-pages: ${file} is missing (written by \`make page-shell\`)`);
  const share = JSON.parse(readFileSync(file, 'utf8'));
  const strings = ['fig', 'lang', 'htmlLang', 'ogLocale', 'altLang', 'altHtmlLang', 'altOgLocale', 'title', 'ogTitle',
    'description', 'imageAlt', 'embedQuery', 'embedHtml', 'body'];
  if (!Array.isArray(share.pages) || share.pages.length === 0) throw new Error(`share-pages: ${file} has no pages`);
  for (const p of share.pages) {
    const bad = strings.filter((k) => typeof p[k] !== 'string' || p[k] === '');
    if (!Number.isInteger(p.embedHeight) || p.embedHeight <= 0) bad.push('embedHeight');
    if (typeof p.chart !== 'boolean') bad.push('chart');
    if (!/^\d+\.\d+\.\d+$/.test(p.fig) || !['en', 'zh'].includes(p.lang)) bad.push('fig/lang');
    if (!String(p.embedHtml).includes('__EMBED_URL__')) bad.push('embedHtml without __EMBED_URL__');
    if (bad.length) throw new Error(`share-pages: ${file}, page ${p.fig}/${p.lang}: bad or missing ${bad.join(', ')}`);
    if (typeof share.siteName?.[p.lang] !== 'string') throw new Error(`share-pages: ${file} has no siteName.${p.lang}`);
    if (typeof share.style !== 'string' || /<\//.test(share.style)) throw new Error(`share-pages: ${file} has no usable style`);
  }
  return share;
}

/** Writes every share file into `dist`; returns the paths written (relative to dist). */
export function writeShare(dist, share, u, { compress = true } = {}) {
  const index = readFileSync(path.join(dist, 'index.html'), 'utf8');
  const written = [];
  const write = (rel, text) => {
    const file = path.join(dist, rel);
    mkdirSync(path.dirname(file), { recursive: true });
    const bytes = Buffer.from(text);
    writeFileSync(file, bytes);
    if (compress) compressBeside(file, bytes);
    written.push(rel);
  };
  const keep = new Set();
  for (const p of share.pages) {
    const name = share.siteName[p.lang];
    write(`s/${p.fig}/${p.lang}/index.html`, sharePage(index, p, u, name, share.style));
    write(`s/${p.fig}/${p.lang}/oembed.json`, `${JSON.stringify(oembed(p, u, name), null, 2)}\n`);
    keep.add(p.fig);
  }
  // Folders of figures no longer in share.json (a rerun into an older dist) would stay reachable.
  const sDir = path.join(dist, 's');
  for (const fig of readdirSync(sDir)) if (!keep.has(fig)) rmSync(path.join(sDir, fig), { recursive: true, force: true });
  write('sitemap.xml', sitemap(share.pages, u));
  const robotsFile = path.join(dist, 'robots.txt');
  let robots = existsSync(robotsFile) ? readFileSync(robotsFile, 'utf8') : 'User-agent: *\nAllow: /\n';
  // An earlier run's line goes (with the blank line before it), so reruns give the same file.
  robots = robots.replace(/^Sitemap:.*\n?/gim, '').replace(/\n*$/, '\n');
  // Crawlers take only an absolute sitemap URL.
  if (/^https?:/.test(u.sitemap)) robots = `${robots}\nSitemap: ${u.sitemap}\n`;
  write('robots.txt', robots);
  return written;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const dist = process.argv[2];
  if (!dist) {
    console.error('usage: node scripts/share-pages.mjs <dist folder> (env SITE_URL, PUBLIC_URL; reads build/share.json)');
    process.exit(2);
  }
  try {
    const site = siteUrls();
    const share = readShare(process.env.SHARE_JSON || path.join(root, 'build/share.json'));
    const u = urls(site);
    const written = writeShare(dist, share, u);
    console.log(`share-pages: ${share.pages.length} share pages, their oEmbed files, sitemap.xml and robots.txt in ${dist} (${written.length} files, with .gz and .br copies), URLs under ${u.site}`);
    if (!site.siteUrl) {
      console.log('share-pages: no SITE_URL, so the URLs are root-relative: link previewers and crawlers ignore '
        + 'og:url, og:image, twitter:image, <link rel=canonical>, the hreflang alternates, the oEmbed link, its '
        + 'thumbnail_url, provider_url and iframe src, and the sitemap\'s <loc>s; robots.txt names no Sitemap. '
        + 'Build with `make dist SITE_URL=https://…/` for cards with images.');
    }
  } catch (e) {
    console.error(e.message);
    process.exit(1);
  }
}
