// ECharts' SVG renderer, for SVG downloads: a chunk of its own, requested on first use (see
// echarts-entry.js), registered with the page's one copy of ECharts.
import { use } from 'echarts/core';
import { install as SVGRenderer } from 'echarts/lib/renderer/installSVGRenderer.js';

use([SVGRenderer]);
