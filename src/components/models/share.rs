//! Downloads and sharing for the model explorer: CSV of the filtered models, PNG and SVG of the
//! chart as shown, copy link, the iframe snippet; and the embedded page (`embed=1`): title,
//! chart, source and a link that opens the same state, telling its parent its height
//! (`{"ai-index-explorer-height": {"fig": "models", "height": <px>}}`).

use leptos::prelude::*;
use leptos::prelude::Set as _;
use wasm_bindgen::prelude::*;

use super::{set_title, Ctx};
use crate::components::browser::{absolute_url, copy_text, download_data_url, download_text};
use crate::data::sources::{ECOSYSTEM_GRAPHS_CITATION_EN, ECOSYSTEM_GRAPHS_CITATION_ZH, EPOCH_CITATION_EN, EPOCH_CITATION_ZH};
use crate::echarts::{with_svg_renderer, ImageKind};
use crate::export::{embed_snippet, EMBED_MESSAGE_KEY};
use crate::i18n::Lang;
use crate::models::csv::models_csv;
use crate::models::data::Set;
use crate::models::labels::ui;
use crate::models::state::{encode, ModelsState};

/// `Source: <citation>` in the page's language.
pub fn source_line(set: Set, lang: Lang) -> String {
    let citation = match (set, lang) {
        (Set::Notable, Lang::Zh) => EPOCH_CITATION_ZH,
        (Set::Notable, Lang::En) => EPOCH_CITATION_EN,
        (Set::Foundation, Lang::Zh) => ECOSYSTEM_GRAPHS_CITATION_ZH,
        (Set::Foundation, Lang::En) => ECOSYSTEM_GRAPHS_CITATION_EN,
    };
    let colon = if lang == Lang::Zh { "：" } else { ": " };
    format!("{}{colon}{citation}", ui(lang).source)
}

fn file_stem(s: &ModelsState) -> String {
    format!("ai-index-models-{}", s.set.code())
}

fn embed_url(s: &ModelsState) -> String {
    absolute_url(&format!("?{}", encode(&ModelsState { embed: true, model: None, ..s.clone() })))
}

#[component]
pub fn ShareBar() -> impl IntoView {
    let ctx = expect_context::<Ctx>();
    let lang = ctx.lang;
    let copied = RwSignal::new(false);
    let show_code = RwSignal::new(false);
    let csv = move |_| {
        let Some(text) = ctx.table.with_untracked(|t| t.as_deref().map(models_csv)) else { return };
        download_text(&format!("{}.csv", file_stem(&ctx.state.get_untracked())), "text/csv;charset=utf-8", &text);
    };
    let png = move |_| {
        if let Some(url) = super::chart::image(960.0, 560.0, ImageKind::Png) {
            download_data_url(&format!("{}.png", file_stem(&ctx.state.get_untracked())), &url);
        }
    };
    let svg = move |_| {
        with_svg_renderer(move || {
            if let Some(svg) = super::chart::image(960.0, 560.0, ImageKind::Svg) {
                download_text(&format!("{}.svg", file_stem(&ctx.state.get_untracked())), "image/svg+xml", &svg);
            }
        })
    };
    let copy = move |_| {
        let url = absolute_url(&format!("?{}", encode(&ctx.state.get_untracked())));
        copy_text(&url, move |ok| copied.set(ok));
    };
    let snippet = move || {
        let s = ctx.state.get();
        embed_snippet(&embed_url(&s), &format!("{} · {}", ui(s.lang).title, set_title(s.set, s.lang)), 620)
    };
    let chart_tab = move || ctx.state.with(|s| s.tab == crate::models::state::Tab::Chart);
    view! {
        <section class="share-panel models-share">
            <div class="share-buttons">
                <button type="button" id="models-csv" on:click=csv>{move || ui(lang.get()).download_csv}</button>
                {move || chart_tab().then(|| view! {
                    <button type="button" id="models-png" on:click=png>{move || ui(lang.get()).download_png}</button>
                    <button type="button" id="models-svg" on:click=svg>{move || ui(lang.get()).download_svg}</button>
                })}
                <button type="button" id="models-copy" on:click=copy>{move || ui(lang.get()).copy_link}</button>
                <span role="status">{move || copied.get().then(|| ui(lang.get()).copied)}</span>
            </div>
            // Made when opened: a snippet kept up to date on every filter change was laid out
            // again in each redraw.
            <details class="embed-code" on:toggle=move |ev| {
                let open = wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(event_target::<web_sys::EventTarget>(&ev)).ok().is_some_and(|d| d.has_attribute("open"));
                show_code.set(open);
            }>
                <summary>{move || ui(lang.get()).embed_code}</summary>
                {move || show_code.get().then(|| view! { <textarea id="models-embed-code" readonly rows="3" aria-label=move || ui(lang.get()).embed_code prop:value=snippet></textarea> })}
            </details>
        </section>
    }
}

fn post_height() {
    let Some(w) = web_sys::window() else { return };
    let Ok(Some(parent)) = w.parent() else { return };
    let Some(content) = w.document().and_then(|d| d.query_selector(".embed").ok().flatten()) else { return };
    let inner = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&inner, &"fig".into(), &"models".into());
    let _ = js_sys::Reflect::set(&inner, &"height".into(), &content.scroll_height().into());
    let msg = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&msg, &EMBED_MESSAGE_KEY.into(), &inner);
    let _ = parent.post_message(&msg, "*");
}

/// The embedded explorer: title, chart, source, and a link to the same state in the explorer.
#[component]
pub fn EmbedPage() -> impl IntoView {
    let ctx = expect_context::<Ctx>();
    let lang = ctx.lang;
    let open = move || absolute_url(&format!("?{}", encode(&ModelsState { embed: false, ..ctx.state.get() })));
    // Its height on load and whenever it changes.
    Effect::new(move |_| {
        let Some(doc) = web_sys::window().and_then(|w| w.document()) else { return };
        let Some(el) = doc.query_selector(".embed").ok().flatten() else { return };
        let f = Closure::<dyn FnMut()>::new(post_height);
        if let Ok(o) = web_sys::ResizeObserver::new(f.as_ref().unchecked_ref()) {
            o.observe(&el);
        }
        f.forget(); // lives as long as the page
        post_height();
    });
    view! {
        <main id="main" class="embed models-embed">
            <h1 class="embed-title">{move || format!("{} · {}", ui(lang.get()).title, set_title(ctx.state.with(|s| s.set), lang.get()))}</h1>
            <super::chart::ModelsChartView/>
            <p class="source-line">{move || source_line(ctx.state.with(|s| s.set), lang.get())}</p>
            <a href=open target="_blank" rel="noopener">{move || ui(lang.get()).open_in_explorer}</a>
        </main>
    }
}
