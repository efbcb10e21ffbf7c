//! The only module that talks to ECharts (loaded by `index.html` as the global `echarts`):
//! init, set an option without merging (so no stale series survive), resize with the
//! container, follow device-pixel-ratio changes and printing, draw images off-screen, dispose.
//! Also installs the axis-label function that chart options call (`window.aiIndexAxisLabel`),
//! backed by [`crate::i18n`].
//!
//! ECharts reads its locale only at init, so every instance starts with one fixed locale and
//! the option carries every string in the reader's language (see [`localize`]): a language
//! switch is one `setOption` on the same instance. One chart element and its instance also
//! outlive the view that shows them ([`ChartHandle::park`]): the next figure or language draws
//! into them instead of starting ECharts again.
//!
//! ECharts' file is preloaded by index.html and run once the figure's title is painted: by
//! index.html's boot script on figure pages (while the wasm still loads), else by
//! [`start_after_paint`] (its start-up is about 60 ms of script that would otherwise hold back
//! the first paint); [`is_ready`] / [`when_ready`] say when charts can be drawn.
//!
//! Every call into JS is bound with `catch`: an exception thrown by ECharts comes back as an
//! `Err`, is logged once with `console.warn`, and leaves the Rust side whole. An exception that
//! unwound through Rust frames would leave borrows taken and end in a wasm trap.

use std::cell::RefCell;
use std::rc::Rc;

use crate::charts::ChartOption;
use crate::data::decimal::plain_text;
use serde::Serialize;
use wasm_bindgen::prelude::*;
use web_sys::{HtmlElement, MediaQueryList, ResizeObserver};

use crate::i18n::{format_compact, format_power, format_year, Lang};

#[wasm_bindgen]
extern "C" {
    /// An ECharts instance.
    #[derive(Clone, Debug)]
    pub type Instance;

    #[wasm_bindgen(catch, js_namespace = echarts, js_name = init)]
    fn init(el: &HtmlElement, theme: &JsValue, opts: &JsValue) -> Result<Instance, JsValue>;

    /// `init` of the SVG build (`echartsSvg`), there after [`with_svg_renderer`].
    #[wasm_bindgen(catch, js_namespace = echartsSvg, js_name = init)]
    fn init_svg(el: &HtmlElement, theme: &JsValue, opts: &JsValue) -> Result<Instance, JsValue>;

    #[wasm_bindgen(catch, method, js_name = setOption)]
    fn set_option(this: &Instance, option: &JsValue, opts: &JsValue) -> Result<(), JsValue>;

    #[wasm_bindgen(catch, method)]
    fn resize(this: &Instance) -> Result<(), JsValue>;

    #[wasm_bindgen(catch, method, js_name = getWidth)]
    fn get_width(this: &Instance) -> Result<f64, JsValue>;

    #[wasm_bindgen(catch, method, js_name = getHeight)]
    fn get_height(this: &Instance) -> Result<f64, JsValue>;

    #[wasm_bindgen(catch, method)]
    fn clear(this: &Instance) -> Result<(), JsValue>;

    #[wasm_bindgen(catch, method)]
    fn dispose(this: &Instance) -> Result<(), JsValue>;

    #[wasm_bindgen(catch, method)]
    fn on(this: &Instance, event: &str, handler: &js_sys::Function) -> Result<(), JsValue>;

    #[wasm_bindgen(catch, method, js_name = getDataURL)]
    fn get_data_url(this: &Instance, opts: &JsValue) -> Result<JsValue, JsValue>;

    #[wasm_bindgen(catch, method, js_name = renderToSVGString)]
    fn render_to_svg_string(this: &Instance) -> Result<JsValue, JsValue>;

    /// index.html's function that runs the preloaded ECharts bundle after the next paint.
    #[wasm_bindgen(catch, js_namespace = window, js_name = aiIndexStartEcharts)]
    fn start_echarts() -> Result<(), JsValue>;
}

/// Runs ECharts once the page as mounted now has been painted: index.html's
/// `aiIndexStartEcharts` adds the bundle it preloads (`link#echarts-bundle`, written by
/// scripts/preload-echarts.mjs) as a script, with the link's URL and integrity digest, in a task
/// queued from the next animation frame (which runs before that paint). Without that link (a
/// build that left the deferred script tag) the bundle runs by itself and this does nothing.
/// Call after mounting; when the boot script has started ECharts already, this does nothing.
pub fn start_after_paint() {
    if let Err(e) = start_echarts() {
        warn("start", &e);
    }
}

/// The event `scripts/echarts-entry.js` dispatches on `window` once ECharts is there.
const READY_EVENT: &str = "aiindex:echarts-ready";

/// Whether the ECharts bundle has run (`window.aiIndexEchartsReady`, set by
/// `scripts/echarts-entry.js`). It runs after the title is painted, before or after the wasm
/// mounts (see the module comment): until then nothing may call into ECharts.
pub fn is_ready() -> bool {
    web_sys::window().is_some_and(|w| get(&w, "aiIndexEchartsReady").as_bool() == Some(true))
}

/// Runs `then` once ECharts is there: at once if it is, else when the bundle's ready event
/// fires (never, if the bundle cannot load: the page keeps its text and the chart area its
/// size).
pub fn when_ready(then: impl FnOnce() + 'static) {
    if is_ready() {
        then();
        return;
    }
    let Some(w) = web_sys::window() else { return };
    let opts = web_sys::AddEventListenerOptions::new();
    opts.set_once(true);
    // Freed by wasm-bindgen once called; `once` makes sure it is called at most once.
    let f = Closure::once_into_js(then);
    let _ = w.add_event_listener_with_callback_and_add_event_listener_options(READY_EVENT, f.unchecked_ref(), &opts);
}

/// Width the chart is drawn at for printing: A4 (210 mm) less 15 mm margins each side is
/// 180 mm, 680 CSS px; the print stylesheet sets the same page margins.
pub const PRINT_WIDTH: u32 = 680;

thread_local! {
    /// Warnings already logged, so a failure repeated on every resize is reported once.
    static WARNED: RefCell<Vec<String>> = const { RefCell::new(Vec::new()) };
}

/// Logs a failed call into ECharts with `console.warn`, once per distinct message.
fn warn(context: &str, err: &JsValue) {
    let what = match err.dyn_ref::<js_sys::Error>() {
        Some(e) => String::from(e.to_string()),
        None => err.as_string().unwrap_or_else(|| "unknown error".into()),
    };
    let line = format!("ECharts {context} failed: {what}");
    let first = WARNED
        .try_with(|w| {
            let Ok(mut w) = w.try_borrow_mut() else { return true };
            if w.contains(&line) {
                return false;
            }
            if w.len() < 100 {
                w.push(line.clone());
            }
            true
        })
        .unwrap_or(true);
    if first {
        web_sys::console::warn_1(&line.into());
    }
}

/// The value of a call into ECharts, or `None` after logging its exception.
fn ok<T>(result: Result<T, JsValue>, context: &str) -> Option<T> {
    result.map_err(|e| warn(context, &e)).ok()
}

fn set(obj: &JsValue, key: &str, value: &JsValue) {
    let _ = js_sys::Reflect::set(obj, &key.into(), value);
}

fn get(obj: &JsValue, key: &str) -> JsValue {
    js_sys::Reflect::get(obj, &key.into()).unwrap_or(JsValue::UNDEFINED)
}

fn reduced_motion() -> bool {
    web_sys::window()
        .and_then(|w| w.match_media("(prefers-reduced-motion: reduce)").ok().flatten())
        .is_some_and(|m| m.matches())
}

/// Called with the legend's `selected` map (`{name: shown}`) after the reader clicks a legend
/// entry.
pub type LegendHandler = Box<dyn Fn(Vec<(String, bool)>)>;

/// Makes `window.aiIndexAxisLabel(value, lang, style)` available to axis formatters; `style`
/// is `compact`, `power` or `year` (see `charts::common::TickStyle`). Call once at start-up.
pub fn install_axis_formatter() {
    let f = Closure::<dyn Fn(f64, String, String) -> String>::new(|v: f64, lang: String, style: String| {
        let lang = Lang::from_code(&lang).unwrap_or_default();
        match style.as_str() {
            "power" => format_power(v, lang),
            "year" => format_year(v),
            _ => format_compact(v, lang),
        }
    });
    if let Some(w) = web_sys::window() {
        let _ = js_sys::Reflect::set(&w, &JsValue::from_str("aiIndexAxisLabel"), f.as_ref());
    }
    f.forget(); // lives as long as the page
}

/// The option as ECharts reads it, in `lang`, with the settings charming 0.6 has no setters for.
fn to_js(chart: &ChartOption, lang: Lang) -> Option<JsValue> {
    // Plain objects, not JS Maps: ECharts reads options as objects.
    let ser = serde_wasm_bindgen::Serializer::new().serialize_maps_as_objects(true);
    let option = match chart.serialize(&ser) {
        Ok(o) => o,
        Err(e) => {
            warn("option", &JsValue::from_str(&e.to_string()));
            return None;
        }
    };
    adjust_series(&option);
    confine_tooltips(&option);
    localize(&option, lang);
    if reduced_motion() {
        set(&option, "animation", &JsValue::FALSE);
    }
    Some(option)
}

/// The option's series, if it has any (a state with nothing in view may have none, or no
/// `series` key at all).
fn series_of(option: &JsValue) -> Option<js_sys::Array> {
    let series = get(option, "series");
    if !js_sys::Array::is_array(&series) {
        return None;
    }
    let series = js_sys::Array::from(&series);
    (series.length() > 0).then_some(series)
}

/// Line series get `showAllSymbol: true`: ECharts otherwise hides the markers of category
/// points whose axis label it skips at narrow widths, and a stated value must never vanish.
/// Series with labels get ECharts' label layout, so no two labels overlap: moved up or down
/// (`moveOverlap: 'shiftY'`), else hidden (`hideOverlap`; the value stays in the tooltip and
/// the table). Labels inside bars are only hidden: moved, they would leave their bar.
fn adjust_series(option: &JsValue) {
    let Some(series) = series_of(option) else { return };
    for s in series.iter() {
        if !s.is_object() {
            continue;
        }
        if get(&s, "type").as_string().as_deref() == Some("line") {
            set(&s, "showAllSymbol", &JsValue::TRUE);
        }
        let label = get(&s, "label");
        if get(&label, "show").as_bool() == Some(true) {
            let inside = get(&label, "position").as_string().is_some_and(|p| p.starts_with("inside"));
            let layout = if inside {
                let layout = js_sys::Object::new();
                set(&layout, "hideOverlap", &JsValue::TRUE);
                layout.into()
            } else {
                LABEL_LAYOUT.with(|f| f.clone())
            };
            set(&s, "labelLayout", &layout);
        }
    }
}

thread_local! {
    /// `labelLayout` as a function of each label: `{moveOverlap: 'shiftY', hideOverlap: true}`,
    /// with the label pinned at the place ECharts gave it (`x`, `y` of its rectangle, aligned
    /// left and top). Without the pin ECharts 5.5 moves the label only in its own bookkeeping:
    /// the point it is attached to puts it back at its default place when painted, so the two
    /// labels overlap on screen and neither is hidden (1.2.5 at 2022: `2.03%` over `0.23%`).
    static LABEL_LAYOUT: JsValue = {
        let f = Closure::<dyn Fn(JsValue) -> JsValue>::new(|params: JsValue| {
            let rect = get(&params, "labelRect");
            let layout = js_sys::Object::new();
            set(&layout, "x", &get(&rect, "x"));
            set(&layout, "y", &get(&rect, "y"));
            set(&layout, "align", &"left".into());
            set(&layout, "verticalAlign", &"top".into());
            set(&layout, "moveOverlap", &"shiftY".into());
            set(&layout, "hideOverlap", &JsValue::TRUE);
            layout.into()
        });
        f.into_js_value() // lives as long as the page
    };
}

/// Puts in the option what the fixed locale (English) would otherwise say: month names on
/// time axes (ECharts' Chinese "N月"; a time axis here spans at least a year, so month ticks
/// are never the bold "primary" level of a finer axis) and the aria
/// sentence ECharts writes on the chart element (off: that element is hidden from assistive
/// technology, and its wrapper carries the chart's name and description). Everything else
/// ECharts' locale holds (toolbox, legend selector) is unused.
fn localize(option: &JsValue, lang: Lang) {
    let aria = get(option, "aria");
    if aria.is_object() {
        let label = js_sys::Object::new();
        set(&label, "enabled", &JsValue::FALSE);
        set(&aria, "label", &label);
    }
    if lang != Lang::Zh {
        return;
    }
    let axes = get(option, "xAxis");
    let axes = if js_sys::Array::is_array(&axes) { js_sys::Array::from(&axes) } else { js_sys::Array::of1(&axes) };
    for axis in axes.iter().filter(|a| get(a, "type").as_string().as_deref() == Some("time")) {
        let mut label = get(&axis, "axisLabel");
        if !label.is_object() {
            label = js_sys::Object::new().into();
            set(&axis, "axisLabel", &label);
        }
        let levels = js_sys::Object::new();
        set(&levels, "month", &"{M}月".into());
        set(&label, "formatter", &levels);
    }
}

/// Keeps tooltips inside the chart (a 360 px embed has no room beside a point) and lets long
/// text (model lists) wrap instead of running off the frame.
fn confine_tooltips(option: &JsValue) {
    let tooltip = get(option, "tooltip");
    let each = |t: &JsValue| {
        if t.is_object() {
            set(t, "confine", &JsValue::TRUE);
            set(t, "extraCssText", &"max-width:min(24rem,calc(100vw - 2rem));white-space:normal;overflow-wrap:anywhere;".into());
        }
    };
    if js_sys::Array::is_array(&tooltip) {
        js_sys::Array::from(&tooltip).iter().for_each(|t| each(&t));
    } else {
        each(&tooltip);
    }
}

/// Starts ECharts in `el` with the renderer asked for and the fixed locale (see [`localize`]);
/// `size` fixes the size instead of reading the element's.
fn create(el: &HtmlElement, renderer: &str, size: Option<(f64, f64)>) -> Option<Instance> {
    let opts = js_sys::Object::new();
    set(&opts, "locale", &"EN".into());
    set(&opts, "renderer", &renderer.into());
    // zrender reads the ratio once, when the script loads; a chart re-created for a new ratio
    // must be told it.
    if let Some(w) = web_sys::window() {
        set(&opts, "devicePixelRatio", &w.device_pixel_ratio().into());
    }
    if let Some((w, h)) = size {
        set(&opts, "width", &w.into());
        set(&opts, "height", &h.into());
    }
    if renderer == "svg" {
        ok(init_svg(el, &JsValue::NULL, &opts), "init (SVG)")
    } else {
        ok(init(el, &JsValue::NULL, &opts), "init")
    }
}

/// What a chart handle and its listeners share. Borrowed only briefly, never across a call
/// into JS, so a listener that fires during such a call cannot find it taken.
struct Shared {
    /// The element ECharts draws into, made and owned by the handle.
    el: HtmlElement,
    /// The language last drawn in.
    lang: Option<Lang>,
    /// `None` before the first draw and after a failed init or option: the next draw starts
    /// afresh.
    instance: Option<Instance>,
    /// The option last drawn, to redraw a re-created instance; `None` when cleared.
    option: Option<JsValue>,
    /// The legend listener, bound again to every new instance.
    legend: js_sys::Function,
    /// Who hears legend clicks: the view now showing the chart.
    on_legend: Rc<dyn Fn(Vec<(String, bool)>)>,
    /// The query that matches the current device pixel ratio, and its listener.
    dppx: Option<(MediaQueryList, js_sys::Function)>,
}

type SharedRef = Rc<RefCell<Shared>>;

fn instance_of(shared: &SharedRef) -> Option<Instance> {
    shared.try_borrow().ok()?.instance.clone()
}

/// Disposes the instance (if any) and starts a new one with the last option: for a new
/// pixel ratio, or after a failure.
fn recreate(shared: &SharedRef) {
    let Ok(mut s) = shared.try_borrow_mut() else { return };
    let old = s.instance.take();
    let (el, option, legend) = (s.el.clone(), s.option.clone(), s.legend.clone());
    drop(s);
    if let Some(old) = old {
        ok(old.dispose(), "dispose");
    }
    let Some(inst) = create(&el, "canvas", None) else { return };
    ok(inst.on("legendselectchanged", &legend), "on");
    if let Some(option) = &option {
        if !draw(&inst, option, &el) {
            ok(inst.dispose(), "dispose");
            return;
        }
    }
    if let Ok(mut s) = shared.try_borrow_mut() {
        s.instance = Some(inst);
    }
}

/// Sets `option` replacing everything drawn before; false if ECharts threw (its instance is
/// then unusable: it stays "in its main process" and ignores every later option).
fn draw(inst: &Instance, option: &JsValue, el: &HtmlElement) -> bool {
    let opts = js_sys::Object::new();
    set(&opts, "notMerge", &JsValue::TRUE);
    if ok(inst.set_option(option, &opts), "setOption").is_none() {
        return false;
    }
    fit(inst, el);
    true
}

/// Resizes the chart to its container if their sizes differ (a new figure's height, a container
/// that changed while hidden). Only then: every `resize` lays out and paints the whole chart
/// again, which on the first load doubled the work before the first frame.
fn fit(inst: &Instance, el: &HtmlElement) {
    let drawn = ok(inst.get_width(), "getWidth").zip(ok(inst.get_height(), "getHeight"));
    if drawn != Some((f64::from(el.client_width()), f64::from(el.client_height()))) {
        ok(inst.resize(), "resize");
    }
}

/// Listens for the device pixel ratio leaving its current value (browser zoom, a window moved
/// to another screen), which ECharts 5 does not follow: the listener re-creates the chart and
/// calls this again for the new ratio.
fn watch_ratio(shared: &SharedRef, listener: &js_sys::Function) {
    let Some(w) = web_sys::window() else { return };
    let Ok(mut s) = shared.try_borrow_mut() else { return };
    if let Some((old, f)) = s.dppx.take() {
        let _ = old.remove_event_listener_with_callback("change", &f);
    }
    let query = format!("(resolution: {}dppx)", plain_text(w.device_pixel_ratio()));
    if let Ok(Some(mql)) = w.match_media(&query) {
        if mql.add_event_listener_with_callback("change", listener).is_ok() {
            s.dppx = Some((mql, listener.clone()));
        }
    }
}

fn set_width(el: &HtmlElement, width: Option<u32>) {
    let style = get(el, "style");
    let value = width.map_or(String::new(), |w| format!("{w}px"));
    set(&style, "width", &value.into());
}

thread_local! {
    /// The chart a replaced view left, with its park number, until the next view takes it or
    /// the task ends (see [`ChartHandle::park`]).
    static PARKED: RefCell<Option<(u32, ChartHandle)>> = const { RefCell::new(None) };
    static PARKS: std::cell::Cell<u32> = const { std::cell::Cell::new(0) };
}

/// A chart element (`div.chart`) with its ECharts instance, resized with its container,
/// redrawn for a new pixel ratio and for printing; disposed (with every listener removed and
/// the element taken out) when dropped.
pub struct ChartHandle {
    shared: SharedRef,
    observer: Option<ResizeObserver>,
    _on_resize: Closure<dyn FnMut()>,
    _on_legend: Closure<dyn Fn(JsValue)>,
    _on_ratio: Closure<dyn FnMut()>,
    on_before_print: Closure<dyn FnMut()>,
    on_after_print: Closure<dyn FnMut()>,
}

impl ChartHandle {
    /// Puts a chart element into `frame` (id `id`, `data-fig` `fig`): the one a replaced view
    /// parked, with its instance, else a new one (ECharts starts at the first [`show`]).
    /// `on_legend` hears legend clicks. `None` without a document.
    ///
    /// [`show`]: ChartHandle::show
    pub fn place(frame: &HtmlElement, id: &str, fig: &str, on_legend: LegendHandler) -> Option<ChartHandle> {
        let parked = PARKED.with(|p| p.borrow_mut().take()).map(|(_, h)| h);
        let handle = match parked {
            Some(h) => h,
            None => ChartHandle::new()?,
        };
        let el = {
            let mut s = handle.shared.try_borrow_mut().ok()?;
            s.on_legend = Rc::from(on_legend);
            s.el.clone()
        };
        let _ = el.set_attribute("id", id);
        let _ = el.set_attribute("data-fig", fig);
        frame.append_child(&el).ok()?;
        Some(handle)
    }

    fn new() -> Option<ChartHandle> {
        let doc = web_sys::window()?.document()?;
        let el: HtmlElement = doc.create_element("div").ok()?.dyn_into().ok()?;
        el.set_class_name("chart");
        // The canvas is hidden from assistive technology; the frame carries the chart's name
        // and its description.
        let _ = el.set_attribute("aria-hidden", "true");
        let shared: SharedRef = Rc::new(RefCell::new(Shared {
            el: el.clone(),
            lang: None,
            instance: None,
            option: None,
            legend: JsValue::UNDEFINED.unchecked_into(), // set below
            on_legend: Rc::new(|_| {}),
            dppx: None,
        }));
        let s = shared.clone();
        let on_legend = Closure::<dyn Fn(JsValue)>::new(move |event: JsValue| {
            let selected = get(&event, "selected");
            if !selected.is_object() {
                return;
            }
            let entries = js_sys::Object::entries(selected.unchecked_ref())
                .iter()
                .filter_map(|pair| {
                    let pair: js_sys::Array = pair.dyn_into().ok()?;
                    Some((pair.get(0).as_string()?, pair.get(1).as_bool()?))
                })
                .collect();
            // Taken out of the borrow first: the handler navigates.
            let Some(handler) = s.try_borrow().ok().map(|s| s.on_legend.clone()) else { return };
            handler(entries);
        });
        shared.borrow_mut().legend = on_legend.as_ref().unchecked_ref::<js_sys::Function>().clone();

        // Also called once when observing starts, with the size the chart already has.
        let s = shared.clone();
        let on_resize = Closure::<dyn FnMut()>::new(move || {
            let Ok(el) = s.try_borrow().map(|s| s.el.clone()) else { return };
            if let Some(i) = instance_of(&s) {
                fit(&i, &el);
            }
        });
        let observer = ResizeObserver::new(on_resize.as_ref().unchecked_ref()).ok();
        if let Some(o) = &observer {
            o.observe(&el);
        }

        // The listener needs its own function to re-arm itself for the next ratio.
        let own: Rc<RefCell<Option<js_sys::Function>>> = Rc::new(RefCell::new(None));
        let (s, me) = (shared.clone(), own.clone());
        let on_ratio = Closure::<dyn FnMut()>::new(move || {
            recreate(&s);
            let f = me.try_borrow().ok().and_then(|f| f.clone());
            if let Some(f) = f {
                watch_ratio(&s, &f);
            }
        });
        let ratio_fn: js_sys::Function = on_ratio.as_ref().unchecked_ref::<js_sys::Function>().clone();
        *own.borrow_mut() = Some(ratio_fn.clone());
        watch_ratio(&shared, &ratio_fn);

        // Printing: drawn at the printed width, back to the container's afterwards.
        let s = shared.clone();
        let on_before_print = Closure::<dyn FnMut()>::new(move || {
            let Some(i) = instance_of(&s) else { return };
            let Ok(el) = s.try_borrow().map(|s| s.el.clone()) else { return };
            set_width(&el, Some(PRINT_WIDTH));
            ok(i.resize(), "resize");
        });
        let s = shared.clone();
        let on_after_print = Closure::<dyn FnMut()>::new(move || {
            let Ok(el) = s.try_borrow().map(|s| s.el.clone()) else { return };
            set_width(&el, None);
            if let Some(i) = instance_of(&s) {
                ok(i.resize(), "resize");
            }
        });
        if let Some(w) = web_sys::window() {
            let _ = w.add_event_listener_with_callback("beforeprint", on_before_print.as_ref().unchecked_ref());
            let _ = w.add_event_listener_with_callback("afterprint", on_after_print.as_ref().unchecked_ref());
        }
        Some(ChartHandle {
            shared,
            observer,
            _on_resize: on_resize,
            _on_legend: on_legend,
            _on_ratio: on_ratio,
            on_before_print,
            on_after_print,
        })
    }

    /// Shows `chart` in `lang`, `height` CSS px tall, replacing everything drawn before; an
    /// option without series clears the chart. A new language is drawn at once, without the
    /// entry animation. Failures are logged (once) and leave the handle ready for the next draw.
    pub fn show(&mut self, chart: &ChartOption, lang: Lang, height: u32) {
        let Some(option) = to_js(chart, lang) else { return };
        let has_series = series_of(&option).is_some();
        let Ok(mut s) = self.shared.try_borrow_mut() else { return };
        if s.lang.is_some_and(|l| l != lang) {
            set(&option, "animation", &JsValue::FALSE);
        }
        let stale = s.instance.is_none();
        s.lang = Some(lang);
        s.option = has_series.then(|| option.clone());
        let el = s.el.clone();
        drop(s);
        set(&get(&el, "style"), "height", &format!("{height}px").into());
        if stale {
            // Draws the stored option into a fresh instance.
            recreate(&self.shared);
            return;
        }
        let Some(inst) = instance_of(&self.shared) else { return };
        let Ok(el) = self.shared.try_borrow().map(|s| s.el.clone()) else { return };
        if !has_series {
            ok(inst.clear(), "clear");
            return;
        }
        if !draw(&inst, &option, &el) {
            // Unusable now: drop it, so the next draw starts a new one.
            if let Ok(mut s) = self.shared.try_borrow_mut() {
                s.instance = None;
            }
            ok(inst.dispose(), "dispose");
        }
    }

    /// Keeps the chart for the view that replaces this one (next figure, other language): the
    /// next [`place`] takes it, element and instance, and its next [`show`] is one `setOption`.
    /// Disposed when the task ends untaken (the new view has no chart).
    ///
    /// [`place`]: ChartHandle::place
    /// [`show`]: ChartHandle::show
    pub fn park(self) {
        let n = PARKS.with(|c| {
            c.set(c.get().wrapping_add(1));
            c.get()
        });
        // The one parked before, if any, is dropped here, outside the borrow.
        let _old = PARKED.with(|p| p.borrow_mut().replace((n, self)));
        let expire = Closure::once_into_js(move || {
            let left = PARKED.with(|p| {
                let mut p = p.borrow_mut();
                if p.as_ref().is_some_and(|(m, _)| *m == n) {
                    p.take()
                } else {
                    None
                }
            });
            drop(left);
        });
        if let Some(w) = web_sys::window() {
            let _ = w.set_timeout_with_callback(expire.unchecked_ref());
        }
    }
}

impl Drop for ChartHandle {
    fn drop(&mut self) {
        if let Some(o) = &self.observer {
            o.disconnect();
        }
        if let Some(w) = web_sys::window() {
            let _ = w.remove_event_listener_with_callback("beforeprint", self.on_before_print.as_ref().unchecked_ref());
            let _ = w.remove_event_listener_with_callback("afterprint", self.on_after_print.as_ref().unchecked_ref());
        }
        if let Ok(mut s) = self.shared.try_borrow_mut() {
            if let Some((mql, f)) = s.dppx.take() {
                let _ = mql.remove_event_listener_with_callback("change", &f);
            }
            let el = s.el.clone();
            let inst = s.instance.take();
            drop(s);
            if let Some(i) = inst {
                ok(i.dispose(), "dispose");
            }
            el.remove();
        }
    }
}

#[wasm_bindgen]
extern "C" {
    /// Loads the ECharts build with the SVG renderer (`echartsSvg`, requested on first use, see
    /// `scripts/echarts-entry.js`); a promise.
    #[wasm_bindgen(js_namespace = window, js_name = aiIndexLoadSvgRenderer, catch)]
    fn load_svg_renderer() -> Result<js_sys::Promise, JsValue>;
}

/// Runs `then` once the SVG build of ECharts is there (at once after the first time); logs a
/// warning and does nothing when it cannot be loaded. Its loader comes with the page's ECharts
/// bundle: waits for that first.
pub fn with_svg_renderer(then: impl FnOnce() + 'static) {
    when_ready(move || load_svg_then(then));
}

fn load_svg_then(then: impl FnOnce() + 'static) {
    let Some(promise) = ok(load_svg_renderer(), "load the SVG renderer") else { return };
    let done = Closure::once(move |_: JsValue| then());
    let failed = Closure::once(|e: JsValue| warn("load the SVG renderer", &e));
    let _ = promise.then2(&done, &failed);
    // One small pair per download, kept until the promise settles.
    done.forget();
    failed.forget();
}

/// The kind of image [`image_of`] makes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ImageKind {
    /// A PNG data URL at twice the pixels, on white.
    Png,
    /// SVG markup.
    Svg,
}

/// Draws `chart` off-screen in a temporary instance of `width` × `height` CSS px, in `lang`
/// and without animation, and returns it as an image; the instance and its element
/// are removed afterwards. Needs no chart on screen (table view has none). `None` (after a
/// warning, if ECharts threw) when there is nothing to draw. SVG needs [`with_svg_renderer`]
/// first.
pub fn image_of(chart: &ChartOption, lang: Lang, width: f64, height: f64, kind: ImageKind) -> Option<String> {
    image_of_js(&to_js(chart, lang)?, width, height, kind)
}

/// [`image_of`] of an option already in JS form.
fn image_of_js(option: &JsValue, width: f64, height: f64, kind: ImageKind) -> Option<String> {
    let option = option.clone();
    series_of(&option)?;
    set(&option, "animation", &JsValue::FALSE);
    let doc = web_sys::window()?.document()?;
    let tmp: HtmlElement = doc.create_element("div").ok()?.dyn_into().ok()?;
    let style = format!("position:absolute;left:-10000px;top:0;width:{}px;height:{}px", plain_text(width), plain_text(height));
    let _ = tmp.set_attribute("style", &style);
    let _ = tmp.set_attribute("aria-hidden", "true");
    doc.body()?.append_child(&tmp).ok()?;
    let renderer = if kind == ImageKind::Png { "canvas" } else { "svg" };
    let out = create(&tmp, renderer, Some((width, height))).and_then(|inst| {
        let opts = js_sys::Object::new();
        set(&opts, "notMerge", &JsValue::TRUE);
        let drawn = ok(inst.set_option(&option, &opts), "setOption (image)");
        let image = drawn.and_then(|_| match kind {
            ImageKind::Png => {
                let opts = js_sys::Object::new();
                set(&opts, "type", &"png".into());
                set(&opts, "pixelRatio", &2.into());
                set(&opts, "backgroundColor", &"#ffffff".into());
                ok(inst.get_data_url(&opts), "getDataURL")
            }
            ImageKind::Svg => ok(inst.render_to_svg_string(), "renderToSVGString"),
        });
        ok(inst.dispose(), "dispose");
        image.and_then(|v| v.as_string())
    });
    tmp.remove();
    out
}

/// The model explorer's chart (`?view=models`, its own entry point): one instance in a chart
/// element, resized with its container, with a click handler (a point's row in the table of
/// what is shown) and the page's one tooltip formatter, which asks `tip` for the hovered row's
/// HTML: hovering never rebuilds the option.
pub struct ModelsChart {
    el: HtmlElement,
    instance: Rc<RefCell<Option<Instance>>>,
    observer: Option<ResizeObserver>,
    _on_resize: Closure<dyn FnMut()>,
    on_click: Closure<dyn Fn(JsValue)>,
    tooltip: Closure<dyn Fn(JsValue) -> String>,
}

impl ModelsChart {
    /// A chart element in `frame`; `on_click` gets the clicked point's row, `tip` makes the
    /// tooltip of a row. ECharts starts at the first [`ModelsChart::show`].
    pub fn new(frame: &HtmlElement, on_click: impl Fn(usize) + 'static, tip: impl Fn(usize) -> String + 'static) -> Option<ModelsChart> {
        let doc = web_sys::window()?.document()?;
        let el: HtmlElement = doc.create_element("div").ok()?.dyn_into().ok()?;
        el.set_class_name("chart");
        let _ = el.set_attribute("aria-hidden", "true");
        frame.append_child(&el).ok()?;
        let instance: Rc<RefCell<Option<Instance>>> = Rc::new(RefCell::new(None));
        let (i, e) = (instance.clone(), el.clone());
        let on_resize = Closure::<dyn FnMut()>::new(move || {
            let inst = i.try_borrow().ok().and_then(|i| i.clone());
            if let Some(inst) = inst {
                fit(&inst, &e);
            }
        });
        let observer = ResizeObserver::new(on_resize.as_ref().unchecked_ref()).ok();
        if let Some(o) = &observer {
            o.observe(&el);
        }
        let row_of = |p: &JsValue| get(&get(p, "value"), "2").as_f64().or_else(|| get(&get(&get(p, "data"), "value"), "2").as_f64());
        let on_click = Closure::<dyn Fn(JsValue)>::new(move |p: JsValue| {
            if let Some(r) = row_of(&p) {
                on_click(r as usize);
            }
        });
        let tooltip = Closure::<dyn Fn(JsValue) -> String>::new(move |p: JsValue| row_of(&p).map_or(String::new(), |r| tip(r as usize)));
        Some(ModelsChart { el, instance, observer, _on_resize: on_resize, on_click, tooltip })
    }

    /// Draws `option` (JSON, see `models::option`) in `lang`, `height` CSS px tall, replacing
    /// everything drawn before. Failures are logged once and leave the chart ready for the next.
    pub fn show(&self, option: &crate::models::option::ModelsOption, lang: Lang, height: u32) {
        use crate::models::option::YLabels;
        // As JSON text parsed by the browser: its objects and number arrays get V8's fast
        // layouts, which ECharts then reads faster than objects built key by key from wasm.
        let Some(js) = option_to_js(&option.option) else { return };
        set(&get(&js, "tooltip"), "formatter", self.tooltip.as_ref());
        confine_tooltips(&js);
        let y_label = get(&get(&js, "yAxis"), "axisLabel");
        let code = lang.code();
        let formatter: JsValue = match &option.y_labels {
            YLabels::Power => js_sys::Function::new_with_args("v", &format!("return aiIndexAxisLabel(v,'{code}','power')")).into(),
            YLabels::Compact => js_sys::Function::new_with_args("v", &format!("return aiIndexAxisLabel(v,'{code}','compact')")).into(),
            YLabels::Lanes(names) => {
                let names: js_sys::Array = names.iter().map(|n| JsValue::from_str(n)).collect();
                js_sys::Function::new_with_args("v", "var n=this[Math.round(v)];return Math.abs(v-Math.round(v))<1e-6&&n!=null?n:'';").bind0(&names).into()
            }
        };
        set(&y_label, "formatter", &formatter);
        localize(&js, lang);
        if reduced_motion() {
            set(&js, "animation", &JsValue::FALSE);
        }
        set(&get(&self.el, "style"), "height", &format!("{height}px").into());
        let current = self.instance.try_borrow().ok().and_then(|i| i.clone());
        let inst = match current {
            Some(i) => i,
            None => {
                let Some(i) = create(&self.el, "canvas", None) else { return };
                ok(i.on("click", self.on_click.as_ref().unchecked_ref()), "on");
                if let Ok(mut slot) = self.instance.try_borrow_mut() {
                    *slot = Some(i.clone());
                }
                i
            }
        };
        if !draw(&inst, &js, &self.el) {
            if let Ok(mut slot) = self.instance.try_borrow_mut() {
                *slot = None;
            }
            ok(inst.dispose(), "dispose");
        }
    }

    /// Shows the tooltip of the point of row `row` (keyboard navigation), in series `series`
    /// at `index`.
    pub fn point_at(&self, series: usize, index: usize) {
        let Some(inst) = self.instance.try_borrow().ok().and_then(|i| i.clone()) else { return };
        let action = js_sys::Object::new();
        set(&action, "type", &"showTip".into());
        set(&action, "seriesIndex", &(series as u32).into());
        set(&action, "dataIndex", &(index as u32).into());
        ok(inst.dispatch_action(&action), "dispatchAction");
    }

    /// The chart as an image (PNG data URL or SVG markup), drawn off-screen at `width` ×
    /// `height` with the same option.
    pub fn image(&self, option: &crate::models::option::ModelsOption, lang: Lang, width: f64, height: f64, kind: ImageKind) -> Option<String> {
        let js = option_to_js(&option.option)?;
        set(&get(&js, "tooltip"), "show", &JsValue::FALSE);
        if let crate::models::option::YLabels::Lanes(names) = &option.y_labels {
            let names: js_sys::Array = names.iter().map(|n| JsValue::from_str(n)).collect();
            let f = js_sys::Function::new_with_args("v", "var n=this[Math.round(v)];return Math.abs(v-Math.round(v))<1e-6&&n!=null?n:'';").bind0(&names);
            set(&get(&get(&js, "yAxis"), "axisLabel"), "formatter", &f);
        }
        localize(&js, lang);
        image_of_js(&js, width, height, kind)
    }
}

/// A JSON option as a JS object (`JSON.parse` of its text); `None` after a warning.
fn option_to_js(option: &serde_json::Value) -> Option<JsValue> {
    ok(js_sys::JSON::parse(&option.to_string()), "option")
}

impl Drop for ModelsChart {
    fn drop(&mut self) {
        if let Some(o) = &self.observer {
            o.disconnect();
        }
        if let Some(i) = self.instance.try_borrow_mut().ok().and_then(|mut i| i.take()) {
            ok(i.dispose(), "dispose");
        }
        self.el.remove();
    }
}

#[wasm_bindgen]
extern "C" {
    #[wasm_bindgen(catch, method, js_name = dispatchAction)]
    fn dispatch_action(this: &Instance, action: &JsValue) -> Result<(), JsValue>;
}
