//! Downloads and sharing for a figure: CSV of its data, PNG and SVG of its chart in the current
//! state (drawn off-screen, so they work in table view too), the iframe snippet that embeds
//! it, and "Cite this figure". All made in the browser.

use leptos::prelude::*;

use super::app::{href, tr, Page};
use super::browser::{absolute_url, copy_text, download_data_url, download_text};
use crate::charts::{BuiltChart, ChartOptions};
use crate::echarts::{image_of, when_ready, with_svg_renderer, ImageKind};
use crate::data::Figure;
use crate::export::{citation, embed_snippet, figure_csv, EMBED_CHROME};
use crate::i18n::{strings, Lang};
use crate::state::AppState;

fn file_stem(fig: &Figure, lang: Lang) -> String {
    format!("ai-index-2024-figure-{}-{}", crate::text::replace(fig.id, ".", "-"), lang.code())
}

/// Width of the figure's chart area in CSS px: the chart's, else (table view) its card's, else
/// 800.
fn chart_width(fig: &Figure) -> f64 {
    let Some(doc) = web_sys::window().and_then(|w| w.document()) else { return 800.0 };
    let chart = doc.get_element_by_id(&format!("chart-{}", crate::text::replace(fig.id, ".", "-")));
    let card = || doc.query_selector(&format!(".figure-card[data-fig=\"{}\"]", fig.id)).ok().flatten();
    [chart, card()].into_iter().flatten().map(|el| el.client_width()).find(|w| *w > 0).map_or(800.0, f64::from)
}

/// The figure's chart in its current state as an image, drawn at its default size.
/// The image of the chart as drawn now, with the language it is drawn in (the file is named by
/// it). `None` when the figure's card is gone: a click made before ECharts (or its SVG build)
/// came runs later, when the reader may have moved on.
fn image(fig: &Figure, built: Memo<Option<(BuiltChart, Lang)>>, kind: ImageKind) -> Option<(String, Lang)> {
    built
        .try_with_untracked(|b| {
            let (b, lang) = b.as_ref()?;
            Some((image_of(&b.chart, *lang, chart_width(fig), f64::from(b.height), kind)?, *lang))
        })
        .flatten()
}

/// The URL that embeds the current state.
pub fn embed_url(state: &AppState) -> String {
    absolute_url(&href(&AppState { embed: true, ..state.clone() }))
}

#[component]
pub fn SharePanel(
    fig: &'static Figure,
    lang: Memo<Lang>,
    options: Memo<ChartOptions>,
    has_chart: bool,
    chart_height: Memo<u32>,
    /// The figure's chart in the current state (`charts::build`), drawn for PNG and SVG.
    built: Memo<Option<(BuiltChart, Lang)>>,
) -> impl IntoView {
    let page = expect_context::<Page>();
    let open = RwSignal::new(None::<&'static str>);
    let copied = RwSignal::new(None::<bool>);
    // The file names carry the language at the click.
    let stem = move || file_stem(fig, lang.get_untracked());
    let csv = move |_| download_text(&format!("{}.csv", stem()), "text/csv;charset=utf-8", &figure_csv(fig, &options.get_untracked()));
    let png = move |_| {
        // ECharts loads `async`: a click before it is there draws once it comes.
        when_ready(move || {
            if let Some((url, lang)) = image(fig, built, ImageKind::Png) {
                download_data_url(&format!("{}.png", file_stem(fig, lang)), &url);
            }
        });
    };
    let svg = move |_| {
        // The SVG renderer is a build of its own, requested on the first SVG download.
        with_svg_renderer(move || {
            if let Some((text, lang)) = image(fig, built, ImageKind::Svg) {
                download_text(&format!("{}.svg", file_stem(fig, lang)), "image/svg+xml;charset=utf-8", &text);
            }
        });
    };
    let snippet = move || {
        let state = page.state.get();
        // Room for the title, source line and link around the chart.
        embed_snippet(&embed_url(&state), lang.get().pick(fig.title), chart_height.get() + EMBED_CHROME)
    };
    let cite = move || citation(fig, lang.get(), &absolute_url(&page.state.with(href)));
    let toggle = move |which: &'static str| {
        copied.set(None);
        open.update(|o| *o = if *o == Some(which) { None } else { Some(which) });
    };
    view! {
        <section class="share" aria-label=tr(lang, |t| t.share)>
            <button type="button" id="download-csv" on:click=csv>{tr(lang, |t| t.download_csv)}</button>
            {has_chart.then(|| view! {
                // Nothing to draw (no value in view): the image buttons say so by being disabled.
                <button type="button" id="download-png" disabled=move || built.with(Option::is_none) on:click=png>{tr(lang, |t| t.download_png)}</button>
                <button type="button" id="download-svg" disabled=move || built.with(Option::is_none) on:click=svg>{tr(lang, |t| t.download_svg)}</button>
                <button type="button" id="embed-button" aria-expanded=move || (open.get() == Some("embed")).to_string() on:click=move |_| toggle("embed")>{tr(lang, |t| t.embed)}</button>
            })}
            <button type="button" id="cite-button" aria-expanded=move || (open.get() == Some("cite")).to_string() on:click=move |_| toggle("cite")>{tr(lang, |t| t.cite)}</button>
            // The open box, if any (a plain closure: `Show` costs the page more).
            {move || match open.get() {
                Some("embed") => view! {
                    <div class="share-box">
                        <label for="embed-code">{tr(lang, |t| t.embed_code)}</label>
                        <textarea id="embed-code" readonly rows="3" prop:value=snippet></textarea>
                        <button type="button" on:click=move |_| copy_text(&snippet(), move |ok| copied.set(Some(ok)))>{tr(lang, |t| t.copy)}</button>
                    </div>
                }.into_any(),
                Some("cite") => view! {
                    <div class="share-box">
                        <p id="citation" class="citation">{cite}</p>
                        <button type="button" on:click=move |_| copy_text(&cite(), move |ok| copied.set(Some(ok)))>{tr(lang, |t| t.copy)}</button>
                    </div>
                }.into_any(),
                _ => ().into_any(),
            }}
            <span class="copy-status" role="status" aria-live="polite">
                {move || copied.get().map(|ok| { let t = strings(lang.get()); if ok { t.copied } else { t.copy_failed } })}
            </span>
        </section>
    }
}
