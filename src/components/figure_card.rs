//! A figure's card: number, title, takeaway, view tabs (chart, table, and the reconciliation
//! where the figure has one), controls, the chart (or description), unit, source, completeness badge, stated facts, footnotes, copy link, and
//! links to the neighbouring figures.

use leptos::prelude::*;

use super::app::{href, pick, tr, Go, Page};
use super::chart_view::ChartView;
use super::controls::FigureControls;
use super::copy_link::CopyLink;
use super::controls::layer_picker;
use crate::data_table::DataTable;
use super::reconcile_view::ReconcileView;
use super::share_panel::SharePanel;
use crate::charts::controls::controls;
use crate::charts::{build_from, describe_table, has_chart, ChartOptions};
use crate::data::dataset::{has_layer, has_reconciliation};
use crate::data::{Figure, FIGURES};
use crate::export::source_line;
use crate::i18n::{completeness_label, strings, Lang, Strings};
use crate::state::{AppState, View};
use crate::view_table::{annotation_lines, count_line, empty_message, table, Empty};

#[component]
pub fn FigureCard(fig: &'static Figure, lang: Memo<Lang>, #[prop(optional)] embed: bool) -> impl IntoView {
    let page = expect_context::<Page>();
    let go = expect_context::<Go>();
    let view_kind = Memo::new(move |_| page.state.with(|s| s.view));
    let options = Memo::new(move |_| page.state.with(ChartOptions::from_state));
    // The one table of what is shown: chart, table view, description, count and notes read it.
    let needs_models = crate::data::dataset::needs_models(fig);
    if needs_models {
        super::models_loader::request();
    }
    let models = super::app::local({
        let status = super::models_loader::status();
        move || status.get()
    });
    let shown = Memo::new_with_compare(
        move |_| {
            if needs_models {
                // Read, not only tracked: `track` does not run a memo, and a memo never run
                // hears nothing of the status it reads.
                models.with(|_| ());
            }
            table(fig, &options.get(), lang.get())
        },
        |_, _| true,
    );
    // Rebuilt whenever an input changes; charts are not compared (that would cost page weight).
    let built = Memo::new_with_compare(move |_| shown.with(|t| build_from(t, &options.get())).map(|b| (b, lang.get())), |_, _| true);
    let description = Memo::new(move |_| shown.with(|t| describe_table(t, &options.get())));
    let legend_names = Memo::new(move |_| built.with(|b| b.as_ref().map(|(b, _)| b.legend.clone()).unwrap_or_default()));
    let chart_height = Memo::new(move |_| built.with(|b| b.as_ref().map_or(0, |(b, _)| b.height)));
    let index = FIGURES.iter().position(|f| f.id == fig.id).unwrap_or(0);
    let prev = index.checked_sub(1).and_then(|i| FIGURES.get(i));
    let next = FIGURES.get(index + 1);
    let has_chart = has_chart(fig);
    let offered = controls(fig);
    let link = move |id: &'static str| move || href(&AppState { fig: Some(id), lang: lang.get(), ..AppState::default() });
    let go_view = go.clone();
    let go_all = go.clone();
    let go_reset = go.clone();
    // The empty state's button: all years (and, when the regions alone leave nothing, all regions).
    let reset = Callback::new(move |_: ()| {
        let mut s = page.state.get_untracked();
        if shown.with_untracked(only_regions_empty) {
            s.regions = Vec::new();
        }
        s.time = None;
        go_reset.to(s, false);
    });
    let toggle_all = Callback::new(move |_: ()| {
        let mut s = page.state.get_untracked();
        s.show_all = !s.show_all;
        go_all.to(s, false);
    });
    let set_view = move |v: View| {
        let mut s = page.state.get_untracked();
        s.view = v;
        go_view.to(s, false);
    };
    // One button type for every view tab (smaller than one per tab); `aria-pressed` is fixed, as
    // the card is rebuilt when the view changes. The reconciliation only where the figure has one.
    let tab = move |v: View, id: &'static str, label: fn(&'static Strings) -> &'static str| {
        let s = set_view.clone();
        (v != View::Reconcile || has_reconciliation(fig))
            .then(|| view! { <button type="button" id=id aria-pressed=(view_kind.get_untracked() == v).to_string() on:click=move |_| s(v)>{tr(lang, label)}</button> })
    };
    let on_legend = Callback::new(move |hidden_names: Vec<String>| {
        let keys: Vec<String> = built.with_untracked(|b| {
            b.as_ref().map_or(Vec::new(), |(b, _)| b.legend.iter().filter(|(n, _)| hidden_names.contains(n)).map(|(_, k)| k.clone()).collect())
        });
        let mut s = page.state.get_untracked();
        let mut ordered: Vec<String> = offered_legend(fig).into_iter().filter(|k| keys.contains(k)).collect();
        ordered.dedup();
        if s.hide != ordered {
            s.hide = ordered;
            go.to(s, false);
        }
    });

    // The view is fixed for this card: the page is rebuilt when it changes.
    let reconciling = view_kind.get_untracked() == View::Reconcile;
    let layered = has_layer(fig) && !reconciling;
    if embed {
        let chart = move || {
            if !has_chart {
                return view! { <p class="description">{pick(lang, fig.description)}</p> }.into_any();
            }
            match view_kind.get() {
                View::Table => view! { <DataTable table=shown lang=lang/> }.into_any(),
                View::Reconcile => view! { <ReconcileView fig=fig lang=lang/> }.into_any(),
                _ => view! { <ChartArea fig=fig built=built shown=shown reset=reset on_legend=on_legend description=description models=models lang=lang/> }.into_any(),
            }
        };
        let layers = layered.then(|| view! { <section class="controls" aria-label=tr(lang, |t| t.controls)>{layer_picker(lang)}</section> });
        // An embed is rebuilt when its language changes (it has no toggle).
        return view! { <super::embed::EmbedFrame fig=fig lang=lang.get_untracked()>{layers}{chart}</super::embed::EmbedFrame> }.into_any();
    }

    view! {
        <article class="figure-card" data-fig=fig.id aria-labelledby="figure-title">
            <nav class="figure-nav" aria-label=tr(lang, |t| t.figures)>
                <a href=move || href(&AppState { lang: lang.get(), ..AppState::default() })>{tr(lang, |t| t.back_to_overview)}</a>
                {prev.map(|p| view! { <a class="prev" rel="prev" href=link(p.id)>{format!("← {}", p.id)}</a> })}
                {next.map(|n| view! { <a class="next" rel="next" href=link(n.id)>{format!("{} →", n.id)}</a> })}
            </nav>
            <header class="figure-head">
                <p class="figure-number">{move || format!("{} {}", strings(lang.get()).figure, fig.id)}</p>
                <h1 id="figure-title" class="figure-title" tabindex="-1">{pick(lang, fig.title)}</h1>
                <p class="takeaway">{pick(lang, fig.takeaway)}</p>
                <p class="meta">
                    <span class="badge" data-completeness=fig.completeness.name()>
                        {move || completeness_label(fig, lang.get())}
                    </span>
                    <span class="stated-count">{move || shown.with(count_line)}</span>
                    <CopyLink lang=lang/>
                </p>
            </header>
            {if has_chart {
                view! {
                    <div class="view-tabs" role="group">
                        {tab(View::Chart, "view-chart", |t| t.view_chart)}
                        {tab(View::Table, "view-table", |t| t.view_table)}
                        {tab(View::Reconcile, "view-reconcile", |t| t.view_reconcile)}
                    </div>
                    // The reconciliation sets every stated value against its recomputed one: no control applies.
                    {(!reconciling).then(|| view! { <FigureControls controls=offered.clone() lang=lang legend=legend_names layered=layered/> })}
                    {move || if view_kind.get() == View::Table {
                        view! { <DataTable table=shown lang=lang/> }.into_any()
                    } else if reconciling {
                        view! { <ReconcileView fig=fig lang=lang/> }.into_any()
                    } else {
                        view! {
                            <ChartArea fig=fig built=built shown=shown reset=reset on_legend=on_legend description=description models=models lang=lang/>
                            // A layered scatter whose models file failed: the report's points are
                            // drawn; say the dataset layer is missing and offer to fetch it again.
                            {move || (needs_models && !fig.is_recomputed() && models.get() == super::models_loader::Status::Failed).then(|| view! {
                                <div class="empty-state" role="status">
                                    <p>{tr(lang, |t| t.models_failed)}</p>
                                    <button type="button" class="reset-time" on:click=|_| super::models_loader::request()>{tr(lang, |t| t.retry_button)}</button>
                                </div>
                            })}
                            {move || built.with(|b| b.as_ref().and_then(|(b, _)| b.shown)).map(|(shown, all)| {
                                let l = lang.get();
                                let t = strings(l);
                                let label = match l {
                                    _ if shown >= all => t.show_top.to_string(),
                                    Lang::En => format!("{} ({all})", t.show_all),
                                    Lang::Zh => format!("{}（{all}）", t.show_all),
                                };
                                view! { <button type="button" class="show-all" on:click=move |_| toggle_all.run(())>{label}</button> }
                            })}
                        }.into_any()
                    }}
                }.into_any()
            } else {
                view! {
                    <div class="no-chart" role="note">
                        <p class="description">{pick(lang, fig.description)}</p>
                        <p class="no-values">{tr(lang, |t| t.no_values)}</p>
                    </div>
                }.into_any()
            }}
            <SharePanel fig=fig lang=lang options=options has_chart=has_chart chart_height=chart_height built=built/>
            <dl class="facts">
                <dt>{tr(lang, |t| t.unit)}</dt>
                <dd class="unit">{pick(lang, fig.unit)}</dd>
                <dt>{tr(lang, |t| t.source)}</dt>
                <dd class="source">{move || source_line(fig, lang.get())}</dd>
                {crate::data::sources::MODEL_FIGURES.iter().find(|(id, _)| *id == fig.id).map(|(_, q)| view! {
                    <dt>{tr(lang, |t| t.model_explorer)}</dt>
                    <dd><a class="explore-models" href=move || format!("?view=models&lang={}&{q}", lang.get().code())>{tr(lang, |t| t.explore_models)}</a></dd>
                })}
            </dl>
            {move || {
                let notes = shown.with(annotation_lines);
                (!notes.is_empty()).then(|| view! {
                    <section class="annotations">
                        <h2>{strings(shown.with(|t| t.lang)).stated_facts}</h2>
                        <ul>{notes.into_iter().map(|n| view! { <li>{n}</li> }).collect_view()}</ul>
                    </section>
                })
            }}
            <ul class="footnotes">
                {move || built.with(|b| b.as_ref().map(|(b, _)| b.footnotes.clone())).unwrap_or_else(|| shown.with(|t| t.notes.clone())).into_iter().map(|n| view! { <li>{n}</li> }).collect_view()}
                {fig.values.iter().any(|v| v.qualifier != crate::data::Qualifier::Exact).then(|| view! { <li>{tr(lang, |t| t.approx_legend)}</li> })}
            </ul>
        </article>
    }
    .into_any()
}

/// Legend keys of the figure in legend order (the canonical order of `hide`).
fn offered_legend(fig: &Figure) -> Vec<String> {
    controls(fig).legend.into_iter().map(|e| e.key).collect()
}

/// The chart, or, when nothing is in view, what the source does state and a button back to it.
#[component]
fn ChartArea(
    fig: &'static Figure,
    built: Memo<Option<(crate::charts::BuiltChart, Lang)>>,
    shown: Memo<crate::view_table::ViewTable>,
    reset: Callback<()>,
    on_legend: Callback<Vec<String>>,
    description: Memo<String>,
    /// The models file's status, as this page reads it.
    models: Memo<super::models_loader::Status>,
    lang: Memo<Lang>,
) -> impl IntoView {
    // Rebuilt only when the table turns empty or back (the chart keeps its instance otherwise).
    let is_empty = Memo::new(move |_| shown.with(|t| t.empty.is_some()));
    move || {
        if !is_empty.get() {
            return view! { <ChartView fig=fig built=built on_legend=on_legend description=description/> }.into_any();
        }
        let regions = move || shown.with(only_regions_empty);
        let loading = move || shown.with(|t| t.empty == Some(Empty::Loading));
        let failed = move || loading() && models.get() == super::models_loader::Status::Failed;
        view! {
            <div class="empty-state" role="status">
                <p>{move || if failed() { strings(lang.get()).models_failed.to_string() } else { shown.with(|t| empty_message(t).unwrap_or_default()) }}</p>
                <button type="button" class="reset-time" hidden=move || loading() && !failed() on:click=move |_| {
                    if loading() { super::models_loader::request() } else { reset.run(()) }
                }>
                    {move || { let t = strings(lang.get()); if loading() { t.retry_button } else if regions() { t.all_regions_button } else { t.all_years_button } }}
                </button>
            </div>
        }
        .into_any()
    }
}

/// True when the chosen regions alone leave nothing in view (the button then resets them too).
fn only_regions_empty(t: &crate::view_table::ViewTable) -> bool {
    matches!(t.empty, Some(Empty::NoValueForRegions))
}
