// Builds the two ECharts bundles into build/echarts/: lazy/echarts-svg-<hash>.js first (its
// name, hashed by content, is then written into the page's bundle), then echarts.js, which Trunk
// hashes and loads. `npm run build:echarts` / `make` call this.
//
// esbuild bundles, terser minifies: terser (two compress passes) makes the page's bundle about
// 6 KiB smaller gzipped than esbuild's own minifier. Unminified esbuild output would keep
// ECharts' development checks, so NODE_ENV is set to production explicitly.
import { build } from 'esbuild';
import { minify } from 'terser';
import { createHash } from 'node:crypto';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';

const out = 'build/echarts';
rmSync(out, { recursive: true, force: true });
mkdirSync(`${out}/lazy`, { recursive: true });
const common = {
  bundle: true,
  format: 'iife',
  target: 'es2019',
  legalComments: 'eof',
  logLevel: 'warning',
  write: false,
  define: { 'process.env.NODE_ENV': '"production"' },
};

/** The bundle of `entry`, minified; license comments (`/*!`) kept. */
async function bundle(entry, define = {}) {
  const result = await build({ ...common, entryPoints: [entry], define: { ...common.define, ...define } });
  const { code } = await minify(result.outputFiles[0].text, { ecma: 2019, compress: { passes: 2 }, format: { comments: 'some' } });
  return code;
}

const svg = await bundle('scripts/echarts-svg.js');
const svgName = `echarts-svg-${createHash('sha256').update(svg).digest('hex').slice(0, 16)}.js`;
writeFileSync(`${out}/lazy/${svgName}`, svg);
writeFileSync(`${out}/echarts.js`, await bundle('scripts/echarts-entry.js', { SVG_BUILD: JSON.stringify(svgName) }));
console.log(`build/echarts: echarts.js, lazy/${svgName}`);
