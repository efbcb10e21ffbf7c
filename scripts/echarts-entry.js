// The ECharts 5.5.1 build the explorer ships: only the chart types and components it uses
// (line, bar, scatter; grid, tooltip, legend, aria with decals; label layout, which moves or
// hides overlapping point labels; canvas renderer, and the SVG renderer for SVG downloads),
// exposed as the global `echarts` that the wasm binds to. The full build is 333 KB gzipped; this one is far
// smaller, which keeps the page within its 500 KB budget. Built by `npm run build:echarts`.
import * as echarts from 'echarts/core';
import { LineChart, BarChart, ScatterChart } from 'echarts/charts';
import { GridComponent, TooltipComponent, LegendComponent, AriaComponent } from 'echarts/components';
import { CanvasRenderer, SVGRenderer } from 'echarts/renderers';
// Without it ECharts ignores a series' `labelLayout` (tree-shaken away).
import { LabelLayout } from 'echarts/features';

echarts.use([LineChart, BarChart, ScatterChart, GridComponent, TooltipComponent, LegendComponent, AriaComponent, LabelLayout, CanvasRenderer, SVGRenderer]);
window.echarts = echarts;
