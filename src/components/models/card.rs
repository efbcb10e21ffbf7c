//! A model's card (`model=`): everything the source says of it, in the page's language, with
//! the chapter figures that count it as links. Opened by a click on its point, Enter in the
//! chart or a search result, or the link; Escape or Close closes it and returns focus.

use leptos::prelude::*;
use leptos::prelude::Set as _;
use wasm_bindgen::JsCast;

use super::Ctx;
use crate::data::{figure, Precision};
use crate::i18n::{format_date, format_shown, Lang};
use crate::models::data::{models, Entry, Measure, Set};
use crate::models::labels::{access_name, country_name, criterion_name, domain_name, measure_label, measure_note, modality_text, sector_name, ui};

fn close(ctx: Ctx) {
    ctx.go(ctx.with(|s| s.model = None), false);
    let target = ctx.opener.get_value().unwrap_or_else(|| "#model-chart-frame".into());
    // After the page has followed.
    let f = wasm_bindgen::closure::Closure::once_into_js(move || {
        let el = web_sys::window().and_then(|w| w.document()).and_then(|d| d.query_selector(&target).ok().flatten().or_else(|| d.get_element_by_id("models-q")));
        if let Some(el) = el.and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()) {
            let _ = el.focus();
        }
    });
    if let Some(w) = web_sys::window() {
        let _ = w.request_animation_frame(f.unchecked_ref());
    }
}

fn row(label: &'static str, value: String) -> impl IntoView {
    view! { <div class="card-row"><dt>{label}</dt><dd>{value}</dd></div> }
}

fn number(e: &Entry, m: Measure, lang: Lang) -> String {
    let v = e.measure(m);
    if !v.is_finite() {
        return ui(lang).none.to_string();
    }
    let shown = format_shown(v, Precision::Significant(3), lang);
    match m {
        Measure::Compute => format!("{shown} petaFLOP ({} FLOP)", e.measure_text(m)),
        _ => shown,
    }
}

fn card_body(ctx: Ctx, e: &'static Entry, outside: bool, lang: Lang) -> impl IntoView {
    let u = ui(lang);
    // Shows the model: every year of the data, no other filter (the search stays).
    let show_it = move |_| {
        ctx.go(ctx.with(|s| {
            s.time = crate::models::state::time_of(s.set, crate::models::state::data_years(s.set).0, crate::models::state::data_years(s.set).1);
            s.regions.clear();
            s.sector.clear();
            s.domain.clear();
            s.access.clear();
            s.frontier = false;
        }), false)
    };
    let list_sep = if lang == Lang::Zh { "、" } else { ", " };
    let mut countries: Vec<&str> = e.country_codes().map(|c| country_name(c, lang)).collect();
    // Epoch's "Multinational" has no country code (epoch/country_codes.csv), so no code says it:
    // shown as the source says it, not dropped to "—".
    if e.set == Set::Notable && e.source[4].split(',').any(|c| c.trim() == "Multinational") {
        countries.push(if lang == Lang::Zh { "跨国" } else { "Multinational" });
    }
    let countries = if countries.is_empty() { u.none.to_string() } else { crate::text::join(&countries, list_sep) };
    let mut rows = vec![
        row(u.organization, e.organization.to_string()).into_any(),
        row(u.date, if e.date.is_empty() { u.none.to_string() } else { format_date(e.date, lang) }).into_any(),
        row(u.countries, countries).into_any(),
        row(u.sector, sector_name(e.sector, lang).to_string()).into_any(),
        row(u.access, access_name(e.access, lang).to_string()).into_any(),
    ];
    match e.set {
        Set::Notable => {
            let domains: Vec<&str> = e.domains.iter().map(|d| domain_name(d, lang)).collect();
            rows.push(row(u.domain, if domains.is_empty() { u.none.to_string() } else { crate::text::join(&domains, list_sep) }).into_any());
            for m in [Measure::Parameters, Measure::Compute, Measure::Cost, Measure::CostCloud] {
                let label = if m == Measure::Compute { u.compute } else { measure_label(m, lang) };
                rows.push(view! { <div class="card-row"><dt>{label}</dt><dd>{number(e, m, lang)}<small class="card-note">{measure_note(m, lang)}</small></dd></div> }.into_any());
            }
            let criteria: Vec<&str> = e.source[12].split(',').map(str::trim).filter(|c| !c.is_empty()).map(|c| criterion_name(c, lang)).collect();
            rows.push(row(u.criteria, if criteria.is_empty() { u.none.to_string() } else { crate::text::join(&criteria, list_sep) }).into_any());
            if e.frontier {
                rows.push(row(u.frontier_yes, "✓".into()).into_any());
            }
        }
        Set::Foundation => {
            rows.push(row(u.modality, modality_text(e.source[4], lang)).into_any());
            rows.push(row(u.size, if e.source[5].is_empty() { u.none.to_string() } else { e.source[5].to_string() }).into_any());
        }
    }
    let figures = e.figures.iter().filter_map(|id| figure(id)).map(|f| {
        let href = format!("?fig={}&lang={}", f.id, lang.code());
        view! { <li><a href=href>{format!("{} {}", f.id, lang.pick(f.title))}</a></li> }
    }).collect_view();
    view! {
        {outside.then(|| view! {
            <p class="card-notice" role="note">{u.outside_filters}" "
                <button type="button" class="link-button show-it" on:click=show_it>{u.show_it}</button>
            </p>
        })}
        {e.year.is_some_and(|y| y > 2023).then(|| view! { <p class="card-notice">{u.later}</p> })}
        <dl class="card-facts">{rows}</dl>
        <h3>{u.figures}</h3>
        {if e.figures.is_empty() { view! { <p>{u.no_figures}</p> }.into_any() } else { view! { <ul class="card-figures">{figures}</ul> }.into_any() }}
    }
}

#[component]
pub fn ModelCard() -> impl IntoView {
    let ctx = expect_context::<Ctx>();
    let card = Memo::new(move |_| {
        let loaded = ctx.table.with(|t| t.is_some());
        let s = ctx.state.get();
        let slug = s.model.clone()?;
        if !loaded {
            return None;
        }
        let e = models()?.of(s.set).iter().find(|e| e.slug == slug)?;
        let outside = ctx.table.with(|t| t.as_ref().is_some_and(|t| t.position(&slug).is_none()));
        Some((e.slug, outside))
    });
    // Announced and focused when it opens.
    Effect::new(move |prev: Option<Option<&'static str>>| {
        let now = card.with(|c| c.map(|(s, _)| s));
        if now.is_some() && prev.flatten() != now {
            if let Some(e) = now.and_then(|slug| models().and_then(|m| m.of(ctx.state.get_untracked().set).iter().find(|e| e.slug == slug))) {
                ctx.announce.set(e.name.to_string());
            }
            let f = wasm_bindgen::closure::Closure::once_into_js(|| {
                if let Some(h) = web_sys::window().and_then(|w| w.document()).and_then(|d| d.get_element_by_id("model-card-title")).and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()) {
                    let _ = h.focus();
                }
            });
            if let Some(w) = web_sys::window() {
                let _ = w.request_animation_frame(f.unchecked_ref());
            }
        }
        now
    });
    let keydown = move |ev: web_sys::KeyboardEvent| {
        if ev.key() == "Escape" {
            ev.prevent_default();
            close(ctx);
        }
    };
    move || {
        let (slug, outside) = card.get()?;
        let lang = ctx.lang.get();
        let e = models()?.of(ctx.state.get_untracked().set).iter().find(|e| e.slug == slug)?;
        Some(view! {
            <section class="model-card" role="dialog" aria-modal="false" aria-labelledby="model-card-title" on:keydown=keydown>
                <header class="card-head">
                    <h2 id="model-card-title" tabindex="-1">{e.name}</h2>
                    <button type="button" class="card-close" on:click=move |_| close(ctx)>{ui(lang).close}</button>
                </header>
                {card_body(ctx, e, outside, lang)}
            </section>
        })
    }
}
