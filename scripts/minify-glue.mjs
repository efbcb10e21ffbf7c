// Trunk post_build hook (release builds): minifies the wasm-bindgen glue of every wasm entry point
// (`….js` beside `…_bg.wasm`) with esbuild, which Trunk's own minifier cannot parse. Runs
// in Trunk's staging directory, before entry-points.mjs names the files and writes their
// integrity digests into index.html (so the digests are of the minified glue).
import { transform } from 'esbuild';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir || process.env.TRUNK_PROFILE !== 'release') process.exit(0);
const glue = readdirSync(dir).filter((f) => /_bg\.wasm$/.test(f)).map((f) => f.replace(/_bg\.wasm$/, '.js'));
if (glue.length === 0) throw new Error('minify-glue.mjs: no wasm (…_bg.wasm) in the staging directory');
for (const name of glue) {
  const file = path.join(dir, name);
  if (!existsSync(file)) throw new Error(`minify-glue.mjs: ${name}, the glue of ${name.replace(/\.js$/, '_bg.wasm')}, is missing`);
  const { code } = await transform(readFileSync(file, 'utf8'), { minify: true, format: 'esm', legalComments: 'none' });
  writeFileSync(file, code);
}
