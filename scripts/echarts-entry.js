// The ECharts 5.5.1 build the page loads: only the chart types and components the explorer uses
// (line, bar, scatter; grid, tooltip, legend, aria with decals; label layout, so labels never
// overlap; the canvas renderer), exposed as the global `echarts` that the wasm binds to. The full
// build is 333 KB gzipped; this one is far smaller, which keeps the page within its budget.
//
// The page loads this script deferred, after the wasm's module script, so the wasm may start
// (and paint the page's text) before it has run: at its end it sets `window.aiIndexEchartsReady`
// and dispatches `aiindex:echarts-ready` on window, which the wasm waits for (src/echarts.rs
// `when_ready`). A classic script, not a module: `document.currentScript` (this script's URL,
// used below) is set only for classic scripts.
//
// SVG downloads need ECharts' SVG renderer, which only a rare click uses: it ships in a second,
// complete build (scripts/echarts-svg.js, global `echartsSvg`) that `aiIndexLoadSvgRenderer()`
// requests on first use. A separate copy, because ECharts' renderers recognise shapes by their
// classes and cannot draw another copy's. Built by scripts/build-echarts.mjs.
import * as echarts from 'echarts/core';
import { LineChart, BarChart, ScatterChart } from 'echarts/charts';
import { GridComponent, TooltipComponent, LegendComponent, AriaComponent } from 'echarts/components';
import { LabelLayout } from 'echarts/features';
// The canvas renderer alone: `echarts/renderers` would bring the SVG renderer too.
import { install as CanvasRenderer } from 'echarts/lib/renderer/installCanvasRenderer.js';

echarts.use([LineChart, BarChart, ScatterChart, GridComponent, TooltipComponent, LegendComponent, AriaComponent, LabelLayout, CanvasRenderer]);
window.echarts = echarts;

// The SVG build's file, named by its content hash (set by scripts/build-echarts.mjs), beside
// this script under `lazy/`: resolved against this script's own URL, so sub-paths work.
const svgBuild = new URL(`lazy/${SVG_BUILD}`, document.currentScript.src).href;
let svgLoading = null;
window.aiIndexLoadSvgRenderer = () => {
  svgLoading = svgLoading || new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.src = svgBuild;
    script.onload = () => resolve(window.echartsSvg);
    script.onerror = () => { svgLoading = null; reject(new Error(`could not load ${svgBuild}`)); };
    document.head.appendChild(script);
  });
  return svgLoading;
};

// Data files the wasm fetches on first use (data/notable-models-<hash>.tsv, written by build.rs
// beside index.html): resolved against this script's URL as well, so sub-paths work.
const base = document.currentScript.src;
window.aiIndexFetchText = (path) =>
  fetch(new URL(path, base)).then((r) => (r.ok ? r.text() : Promise.reject(new Error(`${path}: HTTP ${r.status}`))));

// Last: everything above is there when the wasm hears it.
window.aiIndexEchartsReady = true;
window.dispatchEvent(new Event('aiindex:echarts-ready'));
