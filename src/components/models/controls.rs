//! The model explorer's controls: dataset, measure, colour rule, scale, years, filters
//! (countries, sector, domain, access, frontier) and search with its first matches. Every change
//! navigates (replacing the history entry; a new dataset adds one).

use leptos::prelude::*;

use super::Ctx;
use crate::i18n::Lang;
use crate::models::data::{models, Measure, Set};
use crate::models::labels::{access_name, color_label, country_name, domain_name, measure_label, sector_name, set_label, ui};
use crate::models::palette::ranking;
use crate::models::state::{access_codes, data_years, sectors, time_of, ColorBy, ModelsState, EU_UK};
use crate::state::Scale;

/// How many matches are listed under the search box.
const FIRST_MATCHES: usize = 8;

#[component]
pub fn SetTabs() -> impl IntoView {
    let ctx = expect_context::<Ctx>();
    let link = move |set: Set| {
        let l = ctx.lang.get();
        format!("?{}", crate::models::state::encode(&ModelsState { lang: l, set, theme: ctx.state.with(|s| s.theme), ..Default::default() }))
    };
    view! {
        <nav class="set-tabs" aria-label=move || ui(ctx.lang.get()).set>
            {Set::ALL.iter().map(|&set| view! {
                <a href=move || link(set) aria-current=move || (ctx.state.with(|s| s.set) == set).then_some("page")>{move || set_label(set, ctx.lang.get())}</a>
            }).collect_view()}
        </nav>
    }
}

fn checkbox_group(
    ctx: Ctx,
    legend: fn(Lang) -> &'static str,
    codes: Vec<&'static str>,
    name: fn(&str, Lang) -> &'static str,
    get: fn(&ModelsState) -> &Vec<&'static str>,
    set: fn(&mut ModelsState) -> &mut Vec<&'static str>,
    counts: Vec<usize>,
) -> impl IntoView {
    let all = codes.clone();
    view! {
        <fieldset class="filter-group">
            <legend>{move || legend(ctx.lang.get())}</legend>
            {codes.into_iter().zip(counts).map(|(code, n)| {
                let all = all.clone();
                let checked = move || ctx.state.with(|s| get(s).contains(&code));
                let toggle = move |_| {
                    let all = all.clone();
                    ctx.go(ctx.with(move |s| {
                        let list = set(s);
                        if list.contains(&code) { list.retain(|c| *c != code) } else { list.push(code) }
                        // Canonical order: the offered order.
                        let chosen: Vec<&'static str> = all.iter().copied().filter(|c| list.contains(c)).collect();
                        *list = chosen;
                        s.model = s.model.take();
                    }), false)
                };
                view! { <label class="filter-option"><input type="checkbox" prop:checked=checked on:change=toggle/>{move || name(code, ctx.lang.get())}<span class="filter-n">{n}</span></label> }
            }).collect_view()}
        </fieldset>
    }
}

fn count_of(set: Set, by: ColorBy, code: &str) -> usize {
    models().map_or(0, |m| ranking(m, set, by).iter().find(|(c, _)| *c == code).map_or(0, |(_, n)| *n))
}

#[component]
pub fn Controls() -> impl IntoView {
    let ctx = expect_context::<Ctx>();
    let lang = ctx.lang;
    let set = Memo::new(move |_| ctx.state.with(|s| s.set));
    // Not the table itself: the filters are rebuilt only when the models arrive or the set
    // changes, not on every filter change (a rebuild there lay in the redraw's path).
    let loaded = Memo::new(move |_| ctx.table.with(|t| t.is_some()));
    let years = Memo::new(move |_| ctx.state.with(|s| s.years()));
    let choose_years = move |a: u16, b: u16| {
        let (a, b) = if a <= b { (a, b) } else { (b, a) };
        ctx.go(ctx.with(|s| s.time = time_of(s.set, a, b)), false)
    };
    let year_options = move |chosen: u16| {
        let (lo, hi) = data_years(set.get());
        (lo..=hi).rev().map(|y| view! { <option value=y.to_string() selected=y == chosen>{y}</option> }).collect_view()
    };
    let measure = move || view! {
        <label class="control">{move || ui(lang.get()).y}
            <select id="models-y" on:change=move |ev| {
                let v = event_target_value(&ev);
                if let Some(m) = Measure::ALL.iter().find(|m| m.code() == v) { ctx.go(ctx.with(|s| s.y = *m), false) }
            }>
                {Measure::ALL.iter().map(|&m| view! { <option value=m.code() selected=move || ctx.state.with(|s| s.y == m)>{move || measure_label(m, lang.get())}</option> }).collect_view()}
            </select>
        </label>
    };
    let scale = move || view! {
        <label class="control">{move || ui(lang.get()).scale}
            <select id="models-scale" on:change=move |ev| {
                let linear = event_target_value(&ev) == "linear";
                ctx.go(ctx.with(|s| s.scale = linear.then_some(Scale::Linear)), false)
            }>
                <option value="log" selected=move || ctx.state.with(|s| s.log())>{move || ui(lang.get()).log}</option>
                <option value="linear" selected=move || ctx.state.with(|s| !s.log())>{move || ui(lang.get()).linear}</option>
            </select>
        </label>
    };
    let notable_only = move || (set.get() == Set::Notable).then(|| view! { {measure()}{scale()} });
    // Countries the link filters by that have no model in this set: listed too (with 0), else
    // the filter is on with no box to show it. Changes only with such a link, so a click on a
    // box does not rebuild the boxes.
    let unlisted = Memo::new(move |_| {
        let ranked = models().map(|m| ranking(m, set.get(), ColorBy::Country)).unwrap_or_default();
        ctx.state.with(|s| s.regions.iter().copied().filter(|c| *c != EU_UK && !ranked.iter().any(|(r, _)| r == c)).collect::<Vec<&'static str>>())
    });
    let filters = move || {
        if !loaded.get() {
            return None;
        }
        let set = set.get();
        let notable = set == Set::Notable;
        // Countries by how many models of the set they have, EU + UK first.
        let mut countries: Vec<&'static str> = vec![EU_UK];
        let ranked = models().map(|m| ranking(m, set, ColorBy::Country)).unwrap_or_default();
        countries.extend(ranked.iter().map(|(c, _)| *c));
        countries.extend(unlisted.get());
        let eu_uk_n = models().map_or(0, |m| m.of(set).iter().filter(|e| e.in_eu_uk()).count());
        let country_counts: Vec<usize> = countries.iter().map(|c| if *c == EU_UK { eu_uk_n } else { count_of(set, ColorBy::Country, c) }).collect();
        let sector_codes: Vec<&'static str> = sectors(set).to_vec();
        let sector_counts = sector_codes.iter().map(|c| models().map_or(0, |m| m.of(set).iter().filter(|e| e.sector == *c).count())).collect();
        let access = access_codes(set);
        let access_counts = access.iter().map(|c| models().map_or(0, |m| m.of(set).iter().filter(|e| e.access == *c).count())).collect();
        let domains: Vec<&'static str> = models().map(|m| ranking(m, set, ColorBy::Domain)).unwrap_or_default().iter().map(|(c, _)| *c).collect();
        let domain_counts = domains.iter().map(|c| count_of(set, ColorBy::Domain, c)).collect();
        Some(view! {
            // Open when the link sets a filter; then the reader's (it must not close under the
            // pointer when the last filter is cleared).
            <details class="model-filters" open=ctx.state.with_untracked(|s| s.filtered())>
                <summary>{move || ui(lang.get()).filters}</summary>
                <div class="filter-groups">
                    {checkbox_group(ctx, |l| ui(l).regions, countries, country_name, |s| &s.regions, |s| &mut s.regions, country_counts)}
                    {checkbox_group(ctx, |l| ui(l).sector, sector_codes, sector_name, |s| &s.sector, |s| &mut s.sector, sector_counts)}
                    {notable.then(|| checkbox_group(ctx, |l| ui(l).domain, domains, domain_name, |s| &s.domain, |s| &mut s.domain, domain_counts))}
                    {checkbox_group(ctx, |l| ui(l).access, access, access_name, |s| &s.access, |s| &mut s.access, access_counts)}
                    {notable.then(|| view! {
                        <label class="filter-option"><input type="checkbox" id="models-frontier" prop:checked=move || ctx.state.with(|s| s.frontier)
                            on:change=move |_| ctx.go(ctx.with(|s| s.frontier = !s.frontier), false)/>{move || ui(lang.get()).frontier}</label>
                    })}
                </div>
                <button type="button" class="clear-filters" on:click=move |_| ctx.go(ctx.with(|s| {
                    s.time = None; s.regions.clear(); s.sector.clear(); s.domain.clear(); s.access.clear(); s.frontier = false;
                }), false)>{move || ui(lang.get()).clear_filters}</button>
            </details>
        })
    };
    view! {
        <div class="model-controls">
            {notable_only}
            <label class="control">{move || ui(lang.get()).color}
                <select id="models-color" on:change=move |ev| {
                    let v = event_target_value(&ev);
                    let offered = ColorBy::offered(set.get_untracked());
                    if let Some(c) = offered.iter().find(|c| c.code() == v) { ctx.go(ctx.with(|s| s.color = Some(*c)), false) }
                }>
                    {move || ColorBy::offered(set.get()).iter().map(|&c| view! { <option value=c.code() selected=move || ctx.state.with(|s| s.color_by() == c)>{move || color_label(c, lang.get())}</option> }).collect_view()}
                </select>
            </label>
            <label class="control">{move || ui(lang.get()).from}
                <select id="models-from" on:change=move |ev| { let a = event_target_value(&ev).parse().unwrap_or(years.get_untracked().0); choose_years(a, years.get_untracked().1) }>
                    {move || year_options(years.get().0)}
                </select>
            </label>
            <label class="control">{move || ui(lang.get()).to}
                <select id="models-to" on:change=move |ev| { let b = event_target_value(&ev).parse().unwrap_or(years.get_untracked().1); choose_years(years.get_untracked().0, b) }>
                    {move || year_options(years.get().1)}
                </select>
            </label>
        </div>
        {filters}
        <Search/>
    }
}

/// The search box, the number of matches and a list of the first ones (buttons: Enter opens
/// the card).
#[component]
fn Search() -> impl IntoView {
    let ctx = expect_context::<Ctx>();
    let lang = ctx.lang;
    let input = move |ev| {
        let q: String = event_target_value(&ev).chars().take(crate::models::state::MAX_QUERY).collect();
        ctx.go(ctx.with(|s| s.q = q), false)
    };
    let results = move || {
        ctx.table.with(|t| {
            let t = t.as_ref()?;
            if !t.searching {
                return None;
            }
            let u = ui(lang.get());
            let count = if t.matches.is_empty() { u.no_matches.to_string() } else { format!("{} {}", t.matches.len(), u.matches) };
            let items = t.matches.iter().take(FIRST_MATCHES).map(|&i| {
                let e = t.rows[i].entry;
                let slug = e.slug;
                let open = move |_| {
                    ctx.opener.set_value(Some(format!("[data-slug=\"{slug}\"]")));
                    ctx.go(ctx.with(|s| s.model = Some(slug.to_string())), true)
                };
                let year = e.year.map_or(String::new(), |y| y.to_string());
                view! { <li><button type="button" class="match" data-slug=slug on:click=open>{e.name}<span class="match-meta">{format!(" · {} · {year}", e.organization)}</span></button></li> }
            }).collect_view();
            Some(view! {
                <p class="match-count" role="status">{count}</p>
                <ul class="match-list">{items}</ul>
            })
        })
    };
    let keydown = move |ev: web_sys::KeyboardEvent| {
        if ev.key() == "ArrowDown" {
            if let Some(b) = web_sys::window().and_then(|w| w.document()).and_then(|d| d.query_selector(".match-list button").ok().flatten()) {
                ev.prevent_default();
                let _ = wasm_bindgen::JsCast::unchecked_into::<web_sys::HtmlElement>(b).focus();
            }
        }
    };
    let list_keys = move |ev: web_sys::KeyboardEvent| {
        let k = ev.key();
        if k != "ArrowDown" && k != "ArrowUp" {
            return;
        }
        let Some(doc) = web_sys::window().and_then(|w| w.document()) else { return };
        let Some(active) = doc.active_element() else { return };
        let Ok(Some(li)) = active.closest("li") else { return };
        let next = if k == "ArrowDown" { li.next_element_sibling() } else { li.previous_element_sibling() };
        ev.prevent_default();
        match next.and_then(|n| n.query_selector("button").ok().flatten()) {
            Some(b) => { let _ = wasm_bindgen::JsCast::unchecked_into::<web_sys::HtmlElement>(b).focus(); }
            None if k == "ArrowUp" => {
                if let Some(i) = doc.get_element_by_id("models-q") { let _ = wasm_bindgen::JsCast::unchecked_into::<web_sys::HtmlElement>(i).focus(); }
            }
            None => {}
        }
    };
    view! {
        <div class="model-search" role="search" on:keydown=list_keys>
            <label for="models-q">{move || ui(lang.get()).search}</label>
            <input id="models-q" type="search" maxlength="64" autocomplete="off" prop:value=move || ctx.state.with(|s| s.q.clone()) on:input=input on:keydown=keydown/>
            <p class="search-hint">{move || ui(lang.get()).search_hint}</p>
            {results}
        </div>
    }
}
