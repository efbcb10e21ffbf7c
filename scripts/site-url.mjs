// Where the site will be hosted, from the environment: SITE_URL (absolute, for the share pages'
// Open Graph, canonical, oEmbed and sitemap URLs) and PUBLIC_URL (the path Trunk builds for).
// PUBLIC_URL defaults to SITE_URL's path; given both, they must agree. Run by the Makefile before
// Trunk builds (so a mismatch fails before minutes of compiling): prints the public URL, or exits
// 1 with the reason. scripts/share-pages.mjs reads the same function.
import { pathToFileURL } from 'node:url';

/**
 * `{ siteUrl, publicUrl }` from `env`: `siteUrl` is an absolute http(s) URL ending with `/`, or
 * null without SITE_URL; `publicUrl` a path starting and ending with `/`. Throws an Error whose
 * message says what is wrong.
 */
export function siteUrls(env = process.env) {
  const site = (env.SITE_URL || '').trim();
  const pub = (env.PUBLIC_URL || '').trim();
  const slash = (s) => (s.endsWith('/') ? s : `${s}/`);
  let publicUrl = pub ? slash(pub.startsWith('/') ? pub : `/${pub}`) : null;
  if (!site) return { siteUrl: null, publicUrl: publicUrl || '/' };
  let url;
  try {
    url = new URL(site);
  } catch {
    throw new Error(`SITE_URL=${site} is not an absolute URL (e.g. https://example.org/ai-index/)`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new Error(`SITE_URL=${site} must start with http:// or https://`);
  }
  if (url.search || url.hash) throw new Error(`SITE_URL=${site} must have no query or fragment`);
  const siteUrl = slash(url.href);
  const sitePath = new URL(siteUrl).pathname;
  if (publicUrl && publicUrl !== sitePath) {
    throw new Error(`PUBLIC_URL=${pub} differs from SITE_URL's path ${sitePath} (SITE_URL=${site}): give only SITE_URL, or a PUBLIC_URL equal to its path`);
  }
  return { siteUrl, publicUrl: sitePath };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  try {
    process.stdout.write(`${siteUrls().publicUrl}\n`);
  } catch (e) {
    console.error(`site-url: ${e.message}`);
    process.exit(1);
  }
}
