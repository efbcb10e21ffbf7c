// ECharts for SVG downloads: the page's chart types and components with the SVG renderer, as
// the global `echartsSvg`. Requested only on the first SVG download (see echarts-entry.js).
import * as echarts from 'echarts/core';
import { LineChart, BarChart, ScatterChart } from 'echarts/charts';
import { GridComponent, TooltipComponent, LegendComponent, AriaComponent } from 'echarts/components';
import { LabelLayout } from 'echarts/features';
import { install as SVGRenderer } from 'echarts/lib/renderer/installSVGRenderer.js';

echarts.use([LineChart, BarChart, ScatterChart, GridComponent, TooltipComponent, LegendComponent, AriaComponent, LabelLayout, SVGRenderer]);
window.echartsSvg = echarts;
