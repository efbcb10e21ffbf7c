// What `make bench` installs in every page it times, the explorer and the plain page alike
// (`page.addInitScript(probe, cfg)`), so both carry the same instrumentation:
//
// - `window.echarts` is caught when the bundle assigns it and `init` wrapped: each instance gets
//   an id, a `rendered` and a `finished` listener, and its `setOption` is wrapped to note the
//   time of each call that carries series (a "draw"). A draw records the first `rendered`
//   (first frame painted) and the first `finished` (nothing left to animate) after it.
// - With `cfg.capture`, the option of each draw is serialised at the call, before ECharts sees
//   it (ECharts' preprocessors edit the option in place): functions by their source. Never in
//   a timed run.
// - A requestAnimationFrame loop notes the first frame in which the figure title
//   (`.figure-title`) is in the document with text and a non-zero box, and marks it for
//   Element Timing, which then reports when that frame's paint of it was presented: "first
//   text painted".
// - With `cfg.wasm`, the wasm instance's memory is kept (WebAssembly.instantiate* wrapped) so
//   its size can be read.
//
// `window.__bench.drawn(since, event)` resolves with the first draw after `since` (a
// performance.now() time) once its `event` ('rendered' or 'finished') has fired.

/** The init script. Runs in the page: no imports, no closure over module scope. */
export function probe(cfg) {
  const B = (window.__bench = { draws: [], inits: 0, nextId: 0, refs: [], titleT: null, waiters: [] });
  const now = () => performance.now();

  const check = () => {
    B.waiters = B.waiters.filter((w) => {
      const d = B.draws.find((x) => x.setT >= w.since && x[w.event + 'T'] != null);
      if (d) w.resolve(d);
      return !d;
    });
  };
  B.drawn = (since, event, timeout = 20000) => new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no ${event} draw after ${since.toFixed(0)} ms within ${timeout} ms`)), timeout);
    B.waiters.push({ since, event, resolve: (d) => { clearTimeout(timer); resolve(d); } });
    check();
  });

  // The last draw, once finished (an animation still running holds memory and CPU).
  B.settled = () => (B.draws.length ? B.drawn(B.draws[B.draws.length - 1].setT, 'finished') : Promise.resolve(null));

  // Functions by source; numbers JSON cannot hold (NaN, ±Infinity) kept as tokens.
  const serialise = (option) => {
    const fns = [];
    const json = JSON.stringify(option, (key, v) => {
      if (typeof v === 'function') { fns.push({ key, src: Function.prototype.toString.call(v) }); return `\u0000fn${fns.length - 1}`; }
      if (typeof v === 'number' && !Number.isFinite(v)) return `\u0000num${String(v)}`;
      return v;
    });
    return { json, fns };
  };

  const wrapInstance = (inst, el) => {
    const id = B.nextId++;
    B.inits++;
    if (window.WeakRef) B.refs.push(new WeakRef(inst));
    const last = { draw: null };
    const realSet = inst.setOption;
    inst.setOption = function (option) {
      const series = option && option.series;
      const hasSeries = Array.isArray(series) ? series.length > 0 : !!series;
      if (hasSeries) {
        const d = { id, setT: now(), renderedT: null, finishedT: null };
        if (cfg.capture) {
          d.option = serialise(option);
          d.width = el.clientWidth;
          d.height = el.clientHeight;
          d.fig = el.getAttribute('data-fig');
          d.lang = document.documentElement.lang;
          d.init = B.initOf.get(inst);
          d.containerClass = el.className;
          d.containerId = el.id;
        }
        B.draws.push(d);
        last.draw = d;
      }
      return realSet.apply(this, arguments);
    };
    inst.on('rendered', () => {
      const d = last.draw;
      if (d && d.renderedT == null) { d.renderedT = now(); check(); }
    });
    inst.on('finished', () => {
      const d = last.draw;
      if (d && d.finishedT == null) { d.finishedT = now(); check(); }
    });
  };

  B.initOf = new WeakMap();
  let real;
  Object.defineProperty(window, 'echarts', {
    configurable: true,
    get: () => real,
    set: (ns) => {
      if (!ns || typeof ns.init !== 'function') { real = ns; return; }
      // The bundle's namespace has read-only members: an object that inherits them.
      const wrapped = Object.create(ns);
      Object.defineProperty(wrapped, 'init', {
        value: function (el, theme, opts) {
          const had = ns.getInstanceByDom(el);
          const inst = ns.init.apply(ns, arguments);
          if (inst !== had) {
            if (cfg.capture) B.initOf.set(inst, { theme: theme ?? null, opts: JSON.parse(JSON.stringify(opts ?? null)) });
            wrapInstance(inst, el);
          }
          return inst;
        },
      });
      real = wrapped;
    },
  });

  // The figure title: found by a requestAnimationFrame loop, in the frame that will paint it
  // (rAF callbacks run before that frame's paint), and marked there for Element Timing, whose
  // entry gives the time that paint reached the screen.
  const title = () => {
    if (B.titleT != null) return;
    const el = document.querySelector('.figure-title');
    if (el && el.textContent.trim() && el.getBoundingClientRect().height > 0) {
      B.titleT = now();
      el.setAttribute('elementtiming', 'bench-title');
      return;
    }
    // Stops with the first finished chart too (the plain page has no title).
    if (!(B.draws[0] && B.draws[0].finishedT != null) && now() < 30000) requestAnimationFrame(title);
  };
  requestAnimationFrame(title);
  B.titlePaintT = null;
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) if (e.identifier === 'bench-title' && B.titlePaintT == null) B.titlePaintT = e.renderTime || e.startTime;
    }).observe({ type: 'element', buffered: true });
  } catch (e) { /* no Element Timing: the rAF time stands */ }

  if (cfg.wasm) {
    const keep = (result) => {
      const exports = (result && (result.instance || result).exports) || {};
      for (const v of Object.values(exports)) if (v instanceof WebAssembly.Memory) B.wasmMemory = v;
      return result;
    };
    // Trunk's loader also hands the wasm exports to this event.
    addEventListener('TrunkApplicationStarted', (e) => { if (!B.wasmMemory) keep(e.detail && { exports: e.detail.wasm }); });
    for (const name of ['instantiate', 'instantiateStreaming']) {
      const f = WebAssembly[name];
      if (f) WebAssembly[name] = function () { return f.apply(this, arguments).then(keep); };
    }
  }
}
