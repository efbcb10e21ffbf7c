// Trunk post_build step, after every step that rewrites the wasm or its glue and before
// precompress.mjs (see Trunk.toml): names the wasm entry points for index.html's loader.
// index.html's two rust links (src/main.rs, the figures; src/models_main.rs, the model explorer)
// are built by Trunk and loaded by neither: Trunk.toml's inject_scripts = false leaves the main
// app's link tag in place (removed here), and the model explorer's is a "worker". Trunk names the
// first `<bin>-<Trunk's hash>_bg.wasm` and `.js`, the second `<bin>_bg.wasm` and `<bin>.js`. This
// step names each pair by the hash of its final bytes (`<bin>-<hash>_bg.wasm`, `<bin>-<hash>.js`)
// and writes their URLs (under the public URL) and integrity digests as JSON in index.html,
// `<script type=application/json id=entries>`, which the loader (`<script id=entry-loader>`)
// reads to preload the one entry the page needs. Fails the build when index.html or the files
// are not as expected (Trunk loading a wasm itself, an entry the loader names that was not
// built, a wasm it does not name).
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) throw new Error('entry-points.mjs runs as a Trunk hook (TRUNK_STAGING_DIR unset)');
const base = process.env.TRUNK_PUBLIC_URL || '/';
const fail = (msg) => { throw new Error(`entry-points.mjs: ${msg}`); };
const sri = (bytes) => `sha384-${createHash('sha384').update(bytes).digest('base64')}`;

const htmlPath = path.join(dir, 'index.html');
let html = readFileSync(htmlPath, 'utf8');
// Trunk's main app link, left as it was by inject_scripts = false (minified or not).
const rustLinks = html.match(/<link\b[^>]*\brel="?rust"?[^>]*>/g) ?? [];
if (rustLinks.length !== 1) fail(`index.html has ${rustLinks.length} rust link tags left by Trunk, expected the main app's one (inject_scripts = false)`);
html = html.replace(rustLinks[0], '');
// Trunk loading a wasm itself (a module script importing its glue, preloads): every page would
// download it.
if (/<script\b[^>]*\btype="?module"?[^>]*>\s*import\b/.test(html) || /\brel="?modulepreload\b/.test(html) || /_bg\.wasm\b/.test(html)) {
  fail('index.html loads a wasm itself: Trunk.toml must keep inject_scripts = false');
}
const loader = html.match(/<script\b[^>]*\bid="?entry-loader"?[^>]*>([\s\S]*?)<\/script>/) ?? fail('index.html has no <script id=entry-loader>');
// The loader names each entry by its bin as a string ('ai-index-models'; the minifier may write `…`).
const bins = [...new Set([...loader[1].matchAll(/['"`](ai-index-[a-z-]+)['"`]/g)].map((m) => m[1]))].sort();
if (bins.length === 0) fail('the loader names no entry');

const entries = {};
const wasms = readdirSync(dir).filter((f) => f.endsWith('_bg.wasm'));
for (const bin of bins) {
  const found = wasms.filter((f) => new RegExp(`^${bin}(-[0-9a-f]+)?_bg\\.wasm$`).test(f));
  if (found.length !== 1) fail(`${found.length} wasm files for ${bin}: ${found.join(', ') || 'none'}`);
  const wasmName = found[0], glueName = wasmName.replace(/_bg\.wasm$/, '.js');
  wasms.splice(wasms.indexOf(wasmName), 1);
  const wasm = readFileSync(path.join(dir, wasmName));
  const glue = readFileSync(path.join(dir, glueName));
  const hash = createHash('sha256').update(wasm).update(glue).digest('hex').slice(0, 16);
  const js = `${bin}-${hash}.js`, bg = `${bin}-${hash}_bg.wasm`;
  renameSync(path.join(dir, glueName), path.join(dir, js));
  renameSync(path.join(dir, wasmName), path.join(dir, bg));
  entries[bin] = { js: base + js, wasm: base + bg, jsIntegrity: sri(glue), wasmIntegrity: sri(wasm) };
}
if (wasms.length > 0) fail(`the loader names no entry for ${wasms.join(', ')}`);
html = html.replace(loader[0], () => `<script type=application/json id=entries>${JSON.stringify(entries)}</script>${loader[0]}`);
writeFileSync(htmlPath, html);
console.log(`entry-points: ${Object.entries(entries).map(([bin, e]) => `${bin} → ${e.wasm}`).join('; ')}`);
