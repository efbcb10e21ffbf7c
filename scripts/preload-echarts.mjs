// Trunk post_build hook: turns the ECharts script tag Trunk writes into index.html
// (`<script defer integrity=… src=…/echarts-<hash>.js>`) into a preload link with the same URL
// and digest, `<link rel=preload as=script id=echarts-bundle …>`. The browser downloads (and
// compiles) the bundle at once, but runs it only when the wasm adds it as a script, after the
// page's text is painted (src/echarts.rs `start_after_paint`). Without this step (a tag left as
// Trunk wrote it) the bundle runs as a deferred script, and the page works the same, only
// without the earlier paint.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) throw new Error('preload-echarts.mjs runs as a Trunk hook (TRUNK_STAGING_DIR unset)');
const htmlPath = path.join(dir, 'index.html');
const html = readFileSync(htmlPath, 'utf8');
const tag = /<script\b([^>]*?)\bsrc=("?)([^"\s>]*\/echarts-[0-9a-f]+\.js)\2([^>]*)><\/script>/;
const m = html.match(tag);
if (!m) throw new Error('index.html: no ECharts script tag (<script … src=…/echarts-<hash>.js>) to turn into a preload');
const integrity = (m[1] + m[4]).match(/\bintegrity=("?)([^"\s>]+)\1/);
// Low priority, as a deferred script had: on a slow link the wasm and its glue, which paint the
// page's text, come first.
const link = `<link rel=preload as=script fetchpriority=low id=echarts-bundle href="${m[3]}"${integrity ? ` integrity="${integrity[2]}"` : ''}>`;
writeFileSync(htmlPath, html.replace(tag, link));
