//! A figure's card: number, title, takeaway, chart (or description), unit, source, completeness
//! badge, stated facts, footnotes, and links to the neighbouring figures.

use leptos::prelude::*;

use super::app::{href, Page};
use super::chart_view::ChartView;
use crate::charts::{build, ChartOptions, TOP_N};
use crate::data::{Figure, FIGURES};
use crate::i18n::{completeness_label, format_stated, provenance_label, strings, Lang};
use crate::state::AppState;

fn source_line(fig: &Figure, lang: Lang) -> String {
    let mut provenances: Vec<&str> = Vec::new();
    for v in fig.values {
        let p = provenance_label(v.provenance, lang);
        if !provenances.contains(&p) {
            provenances.push(p);
        }
    }
    let report = match lang {
        Lang::En => "AI Index Report 2024",
        Lang::Zh => "《2024年人工智能指数报告》",
    };
    let sep = if lang == Lang::En { "; " } else { "；" };
    if fig.is_recomputed() {
        return match lang {
            Lang::En => "Epoch AI, “Data on Notable AI Models”, epoch.ai, accessed 2026-01-26 (CC BY 4.0)".into(),
            Lang::Zh => "Epoch AI《知名人工智能模型数据》（Data on Notable AI Models），epoch.ai，2026年1月26日获取（CC BY 4.0）".into(),
        };
    }
    if provenances.is_empty() {
        return format!("{report} · {}", fig.source_org);
    }
    format!("{report} · {} · {}", fig.source_org, provenances.join(sep))
}

fn stated_count(fig: &Figure, lang: Lang) -> String {
    let t = strings(lang);
    if fig.is_recomputed() {
        let n = crate::data::MODELS.len();
        return match lang {
            Lang::En => format!("{n} notable models of 2003–2023 in the dataset"),
            Lang::Zh => format!("数据集中2003–2023年的知名模型共{n}个"),
        };
    }
    match lang {
        Lang::En => format!("{} {}", fig.values.len(), t.values_stated),
        Lang::Zh => format!("{}{}", fig.values.len(), t.values_stated),
    }
}

#[component]
pub fn FigureCard(fig: &'static Figure) -> impl IntoView {
    let page = expect_context::<Page>();
    let lang = Memo::new(move |_| page.state.get().lang);
    let show_all = RwSignal::new(false);
    // Rebuilt whenever an input changes; charts are not compared (that would cost page weight).
    let built = Memo::new_with_compare(move |_| build(fig, ChartOptions { show_all: show_all.get() }, lang.get()).map(|b| (b, lang.get())), |_, _| true);
    let index = FIGURES.iter().position(|f| f.id == fig.id).unwrap_or(0);
    let neighbour = move |i: Option<usize>| i.and_then(|i| FIGURES.get(i));
    let prev = neighbour(index.checked_sub(1));
    let next = neighbour(Some(index + 1));
    let has_chart = built.with_untracked(|b| b.is_some());

    view! {
        <article class="figure-card" data-fig=fig.id aria-labelledby="figure-title">
            <nav class="figure-nav" aria-label=move || strings(lang.get()).figures>
                <a href=move || href(&AppState { fig: None, lang: lang.get() })>{move || strings(lang.get()).back_to_overview}</a>
                {prev.map(|p| view! { <a class="prev" rel="prev" href=move || href(&AppState { fig: Some(p.id), lang: lang.get() })>{move || format!("← {}", p.id)}</a> })}
                {next.map(|n| view! { <a class="next" rel="next" href=move || href(&AppState { fig: Some(n.id), lang: lang.get() })>{move || format!("{} →", n.id)}</a> })}
            </nav>
            <header class="figure-head">
                <p class="figure-number">{move || format!("{} {}", strings(lang.get()).figure, fig.id)}</p>
                <h1 id="figure-title" class="figure-title">{move || lang.get().pick(fig.title)}</h1>
                <p class="takeaway">{move || lang.get().pick(fig.takeaway)}</p>
                <p class="meta">
                    <span class="badge" data-completeness=format!("{:?}", fig.completeness)>
                        {move || completeness_label(fig.completeness, fig.is_recomputed(), lang.get())}
                    </span>
                    <span class="stated-count">{move || stated_count(fig, lang.get())}</span>
                </p>
            </header>
            {if has_chart {
                view! {
                    <ChartView fig=fig built=built/>
                    {move || built.with(|b| b.as_ref().and_then(|(b, _)| b.shown)).map(|(shown, all)| {
                        let t = strings(lang.get());
                        let label = if shown < all { format!("{} ({all})", t.show_all) } else { t.show_top.to_string() };
                        view! { <button type="button" class="show-all" on:click=move |_| show_all.update(|v| *v = !*v)>{label}</button> }
                    })}
                }.into_any()
            } else {
                view! {
                    <div class="no-chart" role="note">
                        <p class="description">{move || lang.get().pick(fig.description)}</p>
                        <p class="no-values">{move || strings(lang.get()).no_values}</p>
                    </div>
                }.into_any()
            }}
            <dl class="facts">
                <dt>{move || strings(lang.get()).unit}</dt>
                <dd class="unit">{move || lang.get().pick(fig.unit)}</dd>
                <dt>{move || strings(lang.get()).source}</dt>
                <dd class="source">{move || source_line(fig, lang.get())}</dd>
            </dl>
            {move || {
                let l = lang.get();
                let notes: Vec<String> = fig.annotations().map(|a| format!("{}: {}", l.pick(a.series), format_stated(a.value, a.unit, a.qualifier, l))).collect();
                (!notes.is_empty()).then(|| view! {
                    <section class="annotations">
                        <h2>{strings(l).stated_facts}</h2>
                        <ul>{notes.into_iter().map(|n| view! { <li>{n}</li> }).collect_view()}</ul>
                    </section>
                })
            }}
            <ul class="footnotes">
                {move || built.with(|b| b.as_ref().map(|(b, _)| b.footnotes.clone()).unwrap_or_default()).into_iter().map(|n| view! { <li>{n}</li> }).collect_view()}
                {move || fig.values.iter().any(|v| v.qualifier != crate::data::Qualifier::Exact).then(|| view! { <li>{strings(lang.get()).approx_legend}</li> })}
            </ul>
        </article>
    }
}

#[allow(dead_code)]
const _: usize = TOP_N;
