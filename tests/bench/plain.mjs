// The plain page `make bench` compares the explorer with: a hand-written HTML page that loads
// the same ECharts bundle and stylesheet (the tags of dist/index.html), holds a chart container
// of the explorer's class, id and size, and calls `echarts.init` with the explorer's init options
// and `setOption(option, {notMerge: true})` with the option the explorer passed to `setOption`
// (captured at the call by probe.mjs, never read back with getOption()).
//
// Functions in the option are written back as source: the explorer's formatters are
// `new Function` bodies (charming's JsFunction) and revive as they are. A function made by
// wasm-bindgen (a Rust closure) has no source that works outside the wasm: each such option key
// has a hand-written equivalent here, and an unknown one stops the bench.

/**
 * `window.aiIndexAxisLabel(value, lang, style)` written in JS: what the explorer installs from
 * Rust (src/echarts.rs `install_axis_formatter`, src/i18n/format.rs `format_compact`,
 * `format_power`, `format_year`). The bench checks it against the explorer's on sample values.
 */
export const AXIS_LABEL_JS = String.raw`function aiIndexAxisLabel(v, lang, style) {
  var SUP = '⁰¹²³⁴⁵⁶⁷⁸⁹';
  function sup(e) { var s = e < 0 ? '⁻' : '', d = String(Math.abs(e)); for (var i = 0; i < d.length; i++) s += SUP[+d[i]]; return s; }
  // As src/data/decimal.rs: a number as the digits of its shortest text, [sign, digits, digits
  // before the point]; rounding on those digits, half away from zero; plain text, never an exponent.
  function digitsOf(x) {
    var m = /^(\d+)(?:\.(\d*))?(?:e([+-]?\d+))?$/.exec(String(Math.abs(x)));
    var i = m[1], all = i + (m[2] || ''), lead = /^0*/.exec(all)[0].length;
    var d = all.slice(lead).replace(/0+$/, '');
    return { neg: x < 0 && d !== '', d: d, point: d ? i.length - lead + +(m[3] || 0) : 0 };
  }
  function roundTo(t, keep) {
    if (keep >= t.d.length) return t;
    var up = keep >= 0 && t.d[keep] >= '5', d = t.d.slice(0, Math.max(keep, 0)), point = t.point;
    if (up) {
      d = d.replace(/9+$/, '');
      if (d) d = d.slice(0, -1) + String(+d[d.length - 1] + 1); else { d = '1'; point += 1; }
    }
    d = d.replace(/0+$/, '');
    return d ? { neg: t.neg, d: d, point: point } : { neg: false, d: '', point: 0 };
  }
  function plainOf(t) {
    var d = t.d, p = t.point;
    var body = !d ? '0' : p <= 0 ? '0.' + '0'.repeat(-p) + d : p >= d.length ? d + '0'.repeat(p - d.length) : d.slice(0, p) + '.' + d.slice(p);
    return (t.neg ? '-' : '') + body;
  }
  function plain(x) { return isFinite(x) ? plainOf(digitsOf(x)) : '–'; }
  function scientific(x) {
    var t = digitsOf(x), m = (t.neg ? '-' : '') + t.d[0] + (t.d.length > 1 ? '.' + t.d.slice(1) : ''), e = t.point - 1;
    return m === '1' ? '10' + sup(e) : m === '-1' ? '-10' + sup(e) : m + '×10' + sup(e);
  }
  function roundSignificant(x, digits) {
    if (!isFinite(x) || x === 0) return x;
    return Number(plainOf(roundTo(digitsOf(x), digits)));
  }
  function short(x) {
    if (x !== 0 && Math.abs(x) < 1) return plain(roundSignificant(x, 3));
    var t = digitsOf(x);
    return plainOf(roundTo(t, t.point + 2));
  }
  function compact(x, lang) {
    if (!isFinite(x)) return '–';
    var a = Math.abs(x);
    if (a >= 1e15) return scientific(x);
    var steps = lang === 'zh' ? [[1e12, '万亿'], [1e8, '亿'], [1e4, '万']] : [[1e12, 'T'], [1e9, 'B'], [1e6, 'M'], [1e3, 'K']];
    for (var i = 0; i < steps.length; i++) if (a >= steps[i][0]) return short(x / steps[i][0]) + steps[i][1];
    return short(x);
  }
  function power(x, lang) {
    if (x > 0) {
      var l = Math.log10(x), e = Math.sign(l) * Math.round(Math.abs(l));
      if (Math.abs(x / Number('1e' + e) - 1) < 1e-9) {
        if (e >= -3 && e <= -1) return '0.' + '0'.repeat(-e - 1) + '1';
        if (e >= 0 && e <= 3) return compact(Number('1e' + e), lang);
        return '10' + sup(e);
      }
    }
    return compact(x, lang);
  }
  lang = lang === 'zh' ? 'zh' : 'en';
  return style === 'power' ? power(v, lang) : style === 'year' ? plain(v) : compact(v, lang);
}`;

/**
 * `labelLayout` of labelled series (src/echarts.rs `LABEL_LAYOUT`, a Rust closure): the label
 * pinned where ECharts placed it, moved apart vertically, hidden when it still overlaps.
 */
export const LABEL_LAYOUT_JS = `function benchLabelLayout(p) {
  var r = p.labelRect;
  return { x: r.x, y: r.y, align: 'left', verticalAlign: 'top', moveOverlap: 'shiftY', hideOverlap: true };
}`;

/**
 * The model explorer's tooltip formatter (src/echarts.rs `ModelsChart`, a Rust closure): it reads
 * the hovered point's row (the third value) and asks the wasm for that row's HTML. A plain JS
 * formatter of the same shape stands in for it; neither runs while the bench draws (no hover).
 */
export const MODELS_TIP_JS = `function benchModelsTip(p) {
  var v = p && (Array.isArray(p.value) ? p.value : p.data && p.data.value);
  return v && v[2] != null ? '<b>row ' + v[2] + '</b>' : '';
}`;

/** Hand-written stand-ins for Rust closures, by the option key that holds them. */
const STAND_INS = { labelLayout: 'benchLabelLayout' };
/** The same for the model explorer's option, whose one Rust closure is the tooltip's formatter. */
export const MODELS_STAND_INS = { formatter: 'benchModelsTip' };

/** Values the explorer's `aiIndexAxisLabel` is checked on against [`AXIS_LABEL_JS`]. */
export const AXIS_SAMPLES = [0, 1, 2, 5, 10, 20, 50, 100, 250, 999, 1000, 1125, 1500, 2000, 2500, 5000, 9999, 10000, 12500, 15000, 20000, 25000,
  40000, 50000, 60000, 80000, 100000, 120000, 150000, 200000, 240000, 250000, 300000, 1e6, 1.5e6, 2e6, 2.5e6, 1e7, 1.2e7, 1e8, 1.5e8, 1e9,
  2.5e9, 1e10, 1e11, 1e12, 1.5e12, 1e13, 1e14, 1e15, 1e16, 1.5e18, 1e21, 1e24, 3e25, 0.5, 0.25, 0.2, 0.1, 0.05, 0.01, 0.005, 0.001,
  1e-4, 1e-6, 1e-9, 0.125, 1.5, 2.5, 12.5, 33.3, -5, -1000, -2500, -0.5, 2010, 2015, 2022, 2024.5, 2026.25];

/**
 * JS source of a captured option (probe.mjs `serialise`): a literal, with the functions written
 * as source (or their stand-ins) and non-finite numbers restored.
 */
export function optionSource({ json, fns }, standIns = STAND_INS) {
  return json.replace(/"\\u0000(?:fn(\d+)|num(NaN|Infinity|-Infinity))"/g, (_, i, num) => {
    if (num) return num;
    const { key, src } = fns[Number(i)];
    if (/^function anonymous\(/.test(src)) return src;
    if (standIns[key]) return standIns[key];
    throw new Error(`the option's "${key}" is a function the plain page cannot rebuild (no source outside the wasm): ` +
      `give it a hand-written stand-in in tests/bench/plain.mjs\n${src.slice(0, 200)}`);
  });
}

/**
 * The stylesheet link of dist/index.html and its ECharts bundle as a plain script tag: the page
 * preloads the bundle (`link#echarts-bundle`, scripts/preload-echarts.mjs) and the wasm runs it
 * after its first paint; a plain page runs it at once, right before its own script (a build
 * without the preload step has a deferred script tag instead, used the same way).
 */
export function assetTags(indexHtml) {
  const css = indexHtml.match(/<link\b[^>]*\brel="?stylesheet"?[^>]*>/);
  const bundle = indexHtml.match(/<link\b[^>]*\bid="?echarts-bundle"?[^>]*>/) ||
    indexHtml.match(/<script\b[^>]*\bsrc="?[^"\s>]*echarts[^"\s>]*\.js"?[^>]*>\s*<\/script>/);
  if (!css || !bundle) throw new Error('dist/index.html: no stylesheet link or ECharts bundle (preload link or script tag) found');
  const attr = (name) => bundle[0].match(new RegExp(`\\b${name}=("?)([^"\\s>]+)\\1`))?.[2];
  const src = attr('href') || attr('src');
  const integrity = attr('integrity');
  // The icon too, or the browser asks for /favicon.ico.
  const icon = indexHtml.match(/<link\b[^>]*\brel="?icon"?[^>]*>/);
  return { css: (icon ? icon[0] : '') + css[0], script: `<script src="${src}"${integrity ? ` integrity="${integrity}"` : ''}></script>` };
}

const attr = (s) => String(s).replace(/&/g, '&amp;').replace(/"/g, '&quot;');

function page({ tags, lang, draw, body }) {
  return `<!doctype html><html lang=${lang}><meta charset=utf-8><meta content="width=device-width,initial-scale=1" name=viewport>` +
    `<title>Plain ECharts page</title>${tags.css}${tags.script}</head><body>` +
    `<div class="chart-frame"><div class="${attr(draw.containerClass || 'chart')}" id="${attr(draw.containerId || 'chart')}" ` +
    `style="width:${draw.width}px;height:${draw.height}px"></div></div>\n<script>\n${AXIS_LABEL_JS}\n${LABEL_LAYOUT_JS}\n${MODELS_TIP_JS}\n${body}\n</script></body></html>`;
}

const initArgs = (draw) => `${JSON.stringify(draw.init?.theme ?? null)}, ${JSON.stringify(draw.init?.opts ?? null)}`;

/** The cold-load page: one chart, drawn once. */
export function coldPage(tags, draw) {
  const body = `var chart = echarts.init(document.getElementById(${JSON.stringify(draw.containerId || 'chart')}), ${initArgs(draw)});\n` +
    `chart.setOption(${optionSource(draw.option)}, {notMerge: true});`;
  return page({ tags, lang: draw.lang || 'en', draw, body });
}

/**
 * The interaction page: draws `first`, then `window.plain.toggle(key)` sets the option of `key`
 * on the same instance with animation off, and `window.plain.next(key)` disposes the instance,
 * starts a new one and sets the option of `key`. Both return the performance.now() before the
 * first ECharts call; building the option literal comes before it. `standIns` names the
 * hand-written functions that replace the options' Rust closures, by option key.
 */
export function interactionPage(tags, first, draws, standIns = STAND_INS) {
  const keys = Object.keys(draws);
  const body = [
    'var F = {', keys.map((k) => `  ${JSON.stringify(k)}: function () { return ${optionSource(draws[k].option, standIns)}; }`).join(',\n'), '};',
    `var INIT = ${JSON.stringify(Object.fromEntries(keys.map((k) => [k, [draws[k].init?.theme ?? null, draws[k].init?.opts ?? null]])))};`,
    `var HEIGHT = ${JSON.stringify(Object.fromEntries(keys.map((k) => [k, draws[k].height])))};`,
    `var el = document.getElementById(${JSON.stringify(first.containerId || 'chart')});`,
    `var chart = echarts.init(el, ${initArgs(first)});`,
    `chart.setOption(F[${JSON.stringify(first.key)}](), {notMerge: true});`,
    'window.plain = {',
    '  toggle: function (key) { var o = F[key](); o.animation = false; var t0 = performance.now(); chart.setOption(o, {notMerge: true}); return t0; },',
    '  next: function (key) { var o = F[key](); el.style.height = HEIGHT[key] + "px"; var t0 = performance.now(); chart.dispose();',
    '    chart = echarts.init(el, INIT[key][0], INIT[key][1]); chart.setOption(o, {notMerge: true}); return t0; },',
    '};',
  ].join('\n');
  return page({ tags, lang: first.lang || 'en', draw: first, body });
}
