// The ECharts 5.5.1 build the explorer ships: only the chart types and components it uses
// (line, bar, scatter; grid, tooltip, legend, aria with decals; label layout so labels never
// overlap; the canvas renderer), exposed as the global `echarts` that the wasm binds to. The SVG
// renderer, needed only for SVG downloads, is a separate chunk loaded on first use through
// `window.aiIndexLoadSvgRenderer()` (a promise). The full build is 333 KB gzipped; this one is far
// smaller, which keeps the page within its budget. Built by `npm run build:echarts` (esbuild,
// ES modules with code splitting, so both chunks share one copy of ECharts).
import * as echarts from 'echarts/core';
import { LineChart, BarChart, ScatterChart } from 'echarts/charts';
import { GridComponent, TooltipComponent, LegendComponent, AriaComponent } from 'echarts/components';
import { LabelLayout } from 'echarts/features';
// The canvas renderer alone: `echarts/renderers` would pull the SVG renderer into this chunk.
import { install as CanvasRenderer } from 'echarts/lib/renderer/installCanvasRenderer.js';

echarts.use([LineChart, BarChart, ScatterChart, GridComponent, TooltipComponent, LegendComponent, AriaComponent, LabelLayout, CanvasRenderer]);
window.echarts = echarts;
window.aiIndexLoadSvgRenderer = () => import('./echarts-svg.js');
