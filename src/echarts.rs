//! The only module that talks to ECharts (loaded by `index.html` as the global `echarts`):
//! init with the interface language's locale, set an option without merging (so no stale
//! series survive), resize with the container, dispose. Also installs the axis-label function
//! that chart options call (`window.aiIndexAxisLabel`), backed by [`crate::i18n`].

use charming::Chart;
use serde::Serialize;
use wasm_bindgen::prelude::*;
use web_sys::{HtmlElement, ResizeObserver};

use crate::i18n::{format_compact, format_power, format_year, Lang};

#[wasm_bindgen]
extern "C" {
    /// An ECharts instance.
    #[derive(Clone, Debug)]
    pub type Instance;

    #[wasm_bindgen(js_namespace = echarts, js_name = init)]
    fn init(el: &HtmlElement, theme: &JsValue, opts: &JsValue) -> Instance;

    #[wasm_bindgen(method, js_name = setOption)]
    fn set_option(this: &Instance, option: &JsValue, opts: &JsValue);

    #[wasm_bindgen(method)]
    fn resize(this: &Instance);

    #[wasm_bindgen(method)]
    fn dispose(this: &Instance);

    #[wasm_bindgen(method)]
    fn on(this: &Instance, event: &str, handler: &js_sys::Function);

    #[wasm_bindgen(js_namespace = echarts, js_name = getInstanceByDom)]
    fn instance_of(el: &web_sys::Element) -> Option<Instance>;

    #[wasm_bindgen(method, js_name = getOption)]
    fn get_option(this: &Instance) -> JsValue;

    #[wasm_bindgen(method, js_name = getDataURL)]
    fn get_data_url(this: &Instance, opts: &JsValue) -> String;

    #[wasm_bindgen(method, js_name = renderToSVGString)]
    fn render_to_svg_string(this: &Instance) -> String;

    #[wasm_bindgen(method, js_name = getWidth)]
    fn get_width(this: &Instance) -> f64;

    #[wasm_bindgen(method, js_name = getHeight)]
    fn get_height(this: &Instance) -> f64;
}

fn set(obj: &JsValue, key: &str, value: &JsValue) {
    let _ = js_sys::Reflect::set(obj, &key.into(), value);
}

/// The chart drawn in `el` as a PNG data URL (twice the pixels, white background).
pub fn png_of(el: &web_sys::Element) -> Option<String> {
    let inst = instance_of(el)?;
    let opts = js_sys::Object::new();
    set(&opts, "type", &"png".into());
    set(&opts, "pixelRatio", &2.into());
    set(&opts, "backgroundColor", &"#ffffff".into());
    Some(inst.get_data_url(&opts))
}

/// The chart drawn in `el` as SVG markup: its option redrawn by a temporary instance with the
/// SVG renderer (charming only creates canvas instances), at the same size.
pub fn svg_of(el: &web_sys::Element) -> Option<String> {
    let inst = instance_of(el)?;
    let doc = web_sys::window()?.document()?;
    let tmp: HtmlElement = doc.create_element("div").ok()?.dyn_into().ok()?;
    let style = format!("position:absolute;left:-10000px;top:0;width:{}px;height:{}px", inst.get_width(), inst.get_height());
    let _ = tmp.set_attribute("style", &style);
    let _ = tmp.set_attribute("aria-hidden", "true");
    doc.body()?.append_child(&tmp).ok()?;
    let opts = js_sys::Object::new();
    set(&opts, "renderer", &"svg".into());
    let svg = init(&tmp, &JsValue::NULL, &opts);
    let option = inst.get_option();
    set(&option, "animation", &JsValue::FALSE);
    let merge = js_sys::Object::new();
    set(&merge, "notMerge", &JsValue::TRUE);
    svg.set_option(&option, &merge);
    let text = svg.render_to_svg_string();
    svg.dispose();
    tmp.remove();
    Some(text)
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

fn to_js(chart: &Chart) -> Result<JsValue, String> {
    // Plain objects, not JS Maps: ECharts reads options as objects.
    let ser = serde_wasm_bindgen::Serializer::new().serialize_maps_as_objects(true);
    let option = chart.serialize(&ser).map_err(|e| e.to_string())?;
    show_every_stated_point(&option);
    if reduced_motion() {
        set(&option, "animation", &JsValue::FALSE);
    }
    Ok(option)
}

/// Sets `showAllSymbol: true` on line series. ECharts otherwise hides the markers of category
/// points whose axis label it skips at narrow widths, and a stated value must never vanish;
/// charming 0.6 has no setter for this option.
fn show_every_stated_point(option: &JsValue) {
    let Ok(series) = js_sys::Reflect::get(option, &"series".into()) else { return };
    for s in js_sys::Array::from(&series).iter() {
        if js_sys::Reflect::get(&s, &"type".into()).ok().and_then(|t| t.as_string()).as_deref() == Some("line") {
            let _ = js_sys::Reflect::set(&s, &"showAllSymbol".into(), &JsValue::TRUE);
        }
    }
}

/// A chart drawn in a container, resized with it, disposed when dropped.
pub struct ChartHandle {
    el: HtmlElement,
    instance: Instance,
    lang: Lang,
    observer: Option<ResizeObserver>,
    _on_resize: Closure<dyn FnMut()>,
    on_legend: std::rc::Rc<Closure<dyn Fn(JsValue)>>,
}

impl ChartHandle {
    /// Initialises ECharts in `el` with the locale of `lang`; `on_legend` hears legend clicks.
    pub fn new(el: HtmlElement, lang: Lang, on_legend: LegendHandler) -> ChartHandle {
        let instance = Self::init_in(&el, lang);
        let target = instance.clone();
        let on_resize = Closure::<dyn FnMut()>::new(move || target.resize());
        let observer = ResizeObserver::new(on_resize.as_ref().unchecked_ref()).ok();
        if let Some(o) = &observer {
            o.observe(&el);
        }
        let on_legend = std::rc::Rc::new(Closure::<dyn Fn(JsValue)>::new(move |event: JsValue| {
            let Ok(selected) = js_sys::Reflect::get(&event, &"selected".into()) else { return };
            let entries = js_sys::Object::entries(&js_sys::Object::from(selected))
                .iter()
                .filter_map(|pair| {
                    let pair = js_sys::Array::from(&pair);
                    Some((pair.get(0).as_string()?, pair.get(1).as_bool()?))
                })
                .collect();
            on_legend(entries);
        }));
        instance.on("legendselectchanged", on_legend.as_ref().as_ref().unchecked_ref());
        ChartHandle { el, instance, lang, observer, _on_resize: on_resize, on_legend }
    }

    fn init_in(el: &HtmlElement, lang: Lang) -> Instance {
        let opts = js_sys::Object::new();
        let locale = if lang == Lang::Zh { "ZH" } else { "EN" };
        let _ = js_sys::Reflect::set(&opts, &"locale".into(), &locale.into());
        let _ = js_sys::Reflect::set(&opts, &"renderer".into(), &"canvas".into());
        init(el, &JsValue::NULL, &opts)
    }

    /// Shows `chart`, replacing everything drawn before. A new language re-initialises the
    /// instance, since ECharts reads its locale only at init.
    pub fn show(&mut self, chart: &Chart, lang: Lang) -> Result<(), String> {
        if lang != self.lang {
            self.instance.dispose();
            let instance = Self::init_in(&self.el, lang);
            instance.on("legendselectchanged", self.on_legend.as_ref().as_ref().unchecked_ref());
            self.instance = instance;
            self.lang = lang;
            let target = self.instance.clone();
            self._on_resize = Closure::<dyn FnMut()>::new(move || target.resize());
            if let Some(o) = &self.observer {
                o.disconnect();
            }
            self.observer = ResizeObserver::new(self._on_resize.as_ref().unchecked_ref()).ok();
            if let Some(o) = &self.observer {
                o.observe(&self.el);
            }
        }
        let option = to_js(chart)?;
        let opts = js_sys::Object::new();
        let _ = js_sys::Reflect::set(&opts, &"notMerge".into(), &JsValue::TRUE);
        self.instance.set_option(&option, &opts);
        self.instance.resize();
        Ok(())
    }
}

impl Drop for ChartHandle {
    fn drop(&mut self) {
        if let Some(o) = &self.observer {
            o.disconnect();
        }
        self.instance.dispose();
    }
}
