//! Entry point: hands the crash message and the number parser to the page, installs the axis
//! formatter, mounts the app, and starts ECharts once the page is painted.

#[cfg(all(target_arch = "wasm32", alloc_count))]
mod alloc_count;

#[cfg(target_arch = "wasm32")]
fn main() {
    use ai_index_explorer::{components::App, echarts, i18n};

    // A panic aborts the wasm at once (no hook runs: see the Makefile's WASM_BUILD_ENV). The
    // page's own script (index.html) then shows this text, in the page's language, instead of
    // leaving a frozen page; text only, never HTML.
    if let Some(w) = web_sys::window() {
        let text = js_sys::Object::new();
        for lang in [i18n::Lang::En, i18n::Lang::Zh] {
            let _ = js_sys::Reflect::set(&text, &lang.code().into(), &i18n::strings(lang).crashed.into());
        }
        let _ = js_sys::Reflect::set(&w, &"aiIndexCrashText".into(), &text);
    }
    // Numbers in data read at run time are parsed, and numbers shown are written, by JavaScript
    // (see data::number).
    ai_index_explorer::data::number::use_parser(|s| js_sys::parse_float(s));
    ai_index_explorer::data::number::use_writer(|v| js_sys::Number::from(v).to_string_with_radix(10).map(String::from).unwrap_or_default());
    echarts::install_axis_formatter();
    leptos::mount::mount_to_body(App);
    // index.html's boot script showed the figure's title before the wasm loaded (#boot): the
    // app's own page takes its place, in this task, so no frame shows both or neither.
    if let Some(boot) = web_sys::window().and_then(|w| w.document()).and_then(|d| d.get_element_by_id("boot")) {
        boot.remove();
    }
    // The page's text first, then ECharts' start-up, then the chart (on figure pages the boot
    // script has started ECharts already: then this does nothing).
    echarts::start_after_paint();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("This is the browser app: build it with `make dist` (Trunk), or run `make test`.");
}
