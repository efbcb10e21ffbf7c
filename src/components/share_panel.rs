//! Downloads and sharing for a figure: CSV of its data, PNG and SVG of the chart as shown, the
//! iframe snippet that embeds it, and "Cite this figure". All made in the browser.

use leptos::prelude::*;

use super::app::{href, Page};
use super::browser::{absolute_url, copy_text, download_data_url, download_text};
use crate::charts::ChartOptions;
use crate::data::Figure;
use crate::export::{citation, embed_snippet, figure_csv};
use crate::i18n::{strings, Lang};
use crate::state::AppState;

fn file_stem(fig: &Figure, lang: Lang) -> String {
    format!("ai-index-2024-figure-{}-{}", fig.id.replace('.', "-"), lang.code())
}

fn chart_element(fig: &Figure) -> Option<web_sys::Element> {
    web_sys::window()?.document()?.get_element_by_id(&format!("chart-{}", fig.id.replace('.', "-")))
}

/// The URL that embeds the current state.
pub fn embed_url(state: &AppState) -> String {
    absolute_url(&href(&AppState { embed: true, ..state.clone() }))
}

#[component]
pub fn SharePanel(fig: &'static Figure, lang: Lang, options: Memo<ChartOptions>, has_chart: bool, chart_height: Memo<u32>) -> impl IntoView {
    let page = expect_context::<Page>();
    let t = strings(lang);
    let open = RwSignal::new(None::<&'static str>);
    let copied = RwSignal::new(None::<bool>);
    let stem = file_stem(fig, lang);
    let stem2 = stem.clone();
    let stem3 = stem.clone();
    let csv = move |_| download_text(&format!("{stem}.csv"), "text/csv;charset=utf-8", &figure_csv(fig, &options.get_untracked()));
    let png = move |_| {
        if let Some(url) = chart_element(fig).and_then(|el| crate::echarts::png_of(&el)) {
            download_data_url(&format!("{stem2}.png"), &url);
        }
    };
    let svg = move |_| {
        if let Some(text) = chart_element(fig).and_then(|el| crate::echarts::svg_of(&el)) {
            download_text(&format!("{stem3}.svg"), "image/svg+xml;charset=utf-8", &text);
        }
    };
    let snippet = move || {
        let state = page.state.get();
        // Room for the title, source line and link around the chart.
        embed_snippet(&embed_url(&state), lang.pick(fig.title), chart_height.get() + 150)
    };
    let cite = citation(fig, lang);
    let cite2 = cite.clone();
    let toggle = move |which: &'static str| {
        copied.set(None);
        open.update(|o| *o = if *o == Some(which) { None } else { Some(which) });
    };
    view! {
        <section class="share" aria-label=t.share>
            <button type="button" id="download-csv" on:click=csv>{t.download_csv}</button>
            {has_chart.then(|| view! {
                <button type="button" id="download-png" on:click=png>{t.download_png}</button>
                <button type="button" id="download-svg" on:click=svg>{t.download_svg}</button>
                <button type="button" id="embed-button" aria-expanded=move || (open.get() == Some("embed")).to_string() on:click=move |_| toggle("embed")>{t.embed}</button>
            })}
            <button type="button" id="cite-button" aria-expanded=move || (open.get() == Some("cite")).to_string() on:click=move |_| toggle("cite")>{t.cite}</button>
            <Show when=move || open.get() == Some("embed")>
                <div class="share-box">
                    <label for="embed-code">{t.embed_code}</label>
                    <textarea id="embed-code" readonly rows="3" prop:value=snippet></textarea>
                    <button type="button" on:click=move |_| copy_text(&snippet(), move |ok| copied.set(Some(ok)))>{t.copy}</button>
                </div>
            </Show>
            <Show when=move || open.get() == Some("cite")>
                <div class="share-box">
                    <p id="citation" class="citation">{cite.clone()}</p>
                    <button type="button" on:click={let c = cite2.clone(); move |_| copy_text(&c, move |ok| copied.set(Some(ok)))}>{t.copy}</button>
                </div>
            </Show>
            <span class="copy-status" role="status" aria-live="polite">
                {move || copied.get().map(|ok| if ok { t.copied } else { t.copy_failed })}
            </span>
        </section>
    }
}
