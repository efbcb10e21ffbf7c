//! Compare view (`view=compare&regions=USA~CHN~EU_UK`): the chosen regions (1–6) across every
//! regional indicator of the chapter, each value as stated with the year it refers to, a bar
//! scaled within its row, a rank where the report ranks, and a link to the full figure with
//! the same regions selected.

use leptos::prelude::*;

use super::app::{href, Go, Page};
use super::controls::region_matches;
use crate::charts::compare::{regions_with_values, rows, INDICATORS};
use crate::charts::controls::controls;
use crate::data::{figure, region_name};
use crate::i18n::{fixed_text, format_period, format_stated, plain_text, strings, Lang};
use crate::state::{AppState, View, MAX_COMPARE};

fn name(code: &str, lang: Lang) -> String {
    region_name(code).map_or(code.to_string(), |n| lang.pick(n).to_string())
}

#[component]
pub fn Compare(lang: Lang) -> impl IntoView {
    let page = expect_context::<Page>();
    let go = expect_context::<Go>();
    let t = strings(lang);
    let chosen = Memo::new(move |_| page.state.with(|s| s.regions.clone()));
    let query = RwSignal::new(String::new());
    let set_regions = StoredValue::new_local(move |regions: Vec<&'static str>| {
        let mut s = page.state.get_untracked();
        s.regions = regions;
        go.to(s, false);
    });
    let remove = move |code: &'static str| {
        let mut r = chosen.get_untracked();
        r.retain(|c| *c != code);
        set_regions.with_value(|f| f(r));
    };
    let add = move |code: &'static str| {
        let mut r = chosen.get_untracked();
        if !r.contains(&code) && r.len() < MAX_COMPARE {
            r.push(code);
            query.set(String::new());
            set_regions.with_value(|f| f(r));
        }
    };
    let candidates = move || {
        let q = query.get();
        let r = chosen.get();
        regions_with_values().into_iter().filter(|c| !r.contains(c) && region_matches(c, &q)).collect::<Vec<_>>()
    };

    let room = Memo::new(move |_| chosen.with(|c| c.len() < MAX_COMPARE));
    view! {
        <section class="compare" aria-labelledby="compare-title">
            <h1 id="compare-title" tabindex="-1">{t.compare}</h1>
            <p class="takeaway">{t.compare_intro}</p>
            <div class="compare-picker">
                <ul class="chips" aria-label=t.regions_label>
                    {move || chosen.get().into_iter().map(|code| view! {
                        <li class="chip" data-code=code>
                            {name(code, lang)}
                            <button type="button" class="chip-remove" disabled=move || chosen.with(|c| c.len() <= 1)
                                aria-label=format!("{} {}", t.remove, name(code, lang))
                                on:click=move |_| remove(code)>"×"</button>
                        </li>
                    }).collect_view()}
                </ul>
                // Rebuilt only when room runs out or comes back (a memo, as `Show` would).
                {move || if !room.get() {
                    view! { <p class="hint">{t.max_regions}</p> }.into_any()
                } else { view! {
                    <div class="region-add">
                        <input type="search" id="compare-search" aria-label=t.add_region
                            placeholder=t.region_search
                            prop:value=move || query.get() on:input=move |ev| query.set(event_target_value(&ev))/>
                        <ul class="candidates">
                            {move || candidates().into_iter().map(|code| view! {
                                <li><button type="button" class="candidate" data-code=code on:click=move |_| add(code)>
                                    {name(code, lang)}<span class="code">{code}</span>
                                </button></li>
                            }).collect_view()}
                        </ul>
                    </div>
                }.into_any() }}
            </div>
            {move || {
                let l = lang;
                let regions = chosen.get();
                INDICATORS.iter().map(|ind| {
                    let ind_rows = rows(ind, &regions, l);
                    let main_fig = ind.figures[0];
                    let links = ind.figures.iter().map(|id| {
                        let offered = figure(id).map(|f| controls(f).regions).unwrap_or_default();
                        let keep: Vec<&'static str> = regions.iter().copied().filter(|r| offered.contains(r)).collect();
                        let state = AppState { fig: Some(id), lang: l, view: View::Chart, regions: if keep.len() == offered.len() { Vec::new() } else { keep }, ..AppState::default() };
                        view! { <a class="open-figure" href=href(&state)>{format!("{} {id}", t.open_figure)}</a> }
                    }).collect_view();
                    view! {
                        <section class="indicator" data-indicator=ind.id>
                            <h2>{l.pick(ind.label)}<span class="indicator-x">{format!(" · {}", format_period(ind.x, l))}</span></h2>
                            {(!ind.note.en.is_empty()).then(|| view! { <p class="indicator-note">{l.pick(ind.note)}</p> })}
                            {ind_rows.into_iter().map(|row| view! {
                                {row.part.clone().map(|p| view! { <h3 class="part">{p}</h3> })}
                                <dl class="bars">
                                    {row.cells.into_iter().map(|cell| {
                                        let width = cell.value.map_or(0.0, |v| if row.max > 0.0 { (v.value / row.max * 100.0).max(0.0) } else { 0.0 });
                                        view! {
                                            <dt data-code=cell.region>{name(cell.region, l)}</dt>
                                            <dd class=if cell.value.is_some() { "bar-cell" } else { "bar-cell missing" } data-code=cell.region data-value=cell.value.map(|v| plain_text(v.value)).unwrap_or_default()>
                                                {match cell.value {
                                                    Some(v) => view! {
                                                        <span class="track" aria-hidden="true"><span class="bar" style=format!("width:{}%", fixed_text(width, 1))></span></span>
                                                        <span class="bar-value">{format_stated(v.value, v.unit, v.qualifier, l)}</span>
                                                        {cell.rank.map(|r| view! { <span class="rank">{format!("{} {r}", t.rank)}</span> })}
                                                        {(cell.figure != Some(main_fig)).then(|| view! { <span class="via">{format!("{} {}", t.figure, cell.figure.unwrap_or(""))}</span> })}
                                                    }.into_any(),
                                                    None => view! { <span class="not-stated">{t.not_stated}</span> }.into_any(),
                                                }}
                                            </dd>
                                        }
                                    }).collect_view()}
                                </dl>
                            }).collect_view()}
                            <p class="links">{links}</p>
                        </section>
                    }
                }).collect_view()
            }}
        </section>
    }
}
