// Trunk post_build hook (release builds): minifies the wasm-bindgen glue with esbuild, which
// Trunk's own minifier cannot parse, and writes its new integrity digest into index.html, so
// subresource integrity still holds. Runs in Trunk's staging directory, before it becomes dist/.
import { transform } from 'esbuild';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir || process.env.TRUNK_PROFILE !== 'release') process.exit(0);
const sri = (bytes) => `sha384-${createHash('sha384').update(bytes).digest('base64')}`;
const glue = readdirSync(dir).filter((f) => /^ai-index-explorer-[0-9a-f]+\.js$/.test(f));
const htmlPath = path.join(dir, 'index.html');
let html = readFileSync(htmlPath, 'utf8');
for (const name of glue) {
  const file = path.join(dir, name);
  const before = readFileSync(file);
  const { code } = await transform(before.toString('utf8'), { minify: true, format: 'esm', legalComments: 'none' });
  writeFileSync(file, code);
  html = html.split(sri(before)).join(sri(Buffer.from(code)));
}
writeFileSync(htmlPath, html);
