// The ECharts 5.5.1 build the page uses: only the chart types and components the explorer uses
// (line, bar, scatter; grid, tooltip, legend, aria with decals; label layout, so labels never
// overlap; the canvas renderer), exposed as the global `echarts` that the wasm binds to. The full
// build is 333 KB gzipped; this one is far smaller, which keeps the page within its budget.
//
// The page preloads this file and runs it once its own text is painted (a `<link rel=preload>`
// that scripts/preload-echarts.mjs writes, turned into a script by src/echarts.rs
// `start_after_paint`): ECharts' start-up, about 60 ms of script on a 2-core machine, never holds
// back the first paint. At its end it sets `window.aiIndexEchartsReady` and dispatches
// `aiindex:echarts-ready` on window, which the wasm waits for (`when_ready`). A classic script,
// not a module: `document.currentScript` (this script's URL, used below) is set only for
// classic scripts.
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

// Last: everything above is there when the wasm hears it.
window.aiIndexEchartsReady = true;
window.dispatchEvent(new Event('aiindex:echarts-ready'));
