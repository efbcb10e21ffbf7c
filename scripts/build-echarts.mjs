// Builds the two ECharts bundles into build/echarts/ with esbuild: lazy/echarts-svg-<hash>.js
// first (its name, hashed by content, is then written into the page's bundle), then
// echarts.js, which Trunk hashes and loads. `npm run build:echarts` / `make` call this.
import { build } from 'esbuild';
import { rmSync } from 'node:fs';
import path from 'node:path';

const out = 'build/echarts';
rmSync(out, { recursive: true, force: true });
const common = { bundle: true, minify: true, format: 'iife', target: 'es2019', legalComments: 'eof', logLevel: 'warning' };
const svg = await build({
  ...common,
  entryPoints: { 'echarts-svg': 'scripts/echarts-svg.js' },
  outdir: `${out}/lazy`,
  entryNames: '[name]-[hash]',
  metafile: true,
});
const svgName = path.basename(Object.keys(svg.metafile.outputs)[0]);
await build({
  ...common,
  entryPoints: ['scripts/echarts-entry.js'],
  outfile: `${out}/echarts.js`,
  define: { SVG_BUILD: JSON.stringify(svgName) },
});
console.log(`build/echarts: echarts.js, lazy/${svgName}`);
