//! A figure's controls, shown only where they apply (see `charts::controls`): layers (where the
//! figure has a dataset layer), regions (search by English or Chinese name or code), years,
//! linear/log, absolute/share. Every change
//! navigates to a new URL, replacing the history entry; nothing here holds chart state.

use leptos::prelude::*;

use super::app::{tr, Go, Page};
use crate::charts::controls::Controls;
use crate::data::region_name;
use crate::i18n::{strings, Lang, Strings};
use crate::state::{AppState, Bound, LayerChoice, Scale, Stack, TimeRange};
use crate::text::contains;

fn region_label(code: &str, lang: Lang) -> String {
    region_name(code).map_or(code.to_string(), |n| lang.pick(n).to_string())
}

/// True when `query` matches the region's code or either of its names.
pub fn region_matches(code: &str, query: &str) -> bool {
    let q = query.trim().to_ascii_lowercase();
    q.is_empty()
        || contains(&code.to_ascii_lowercase(), &q)
        || region_name(code).is_some_and(|n| contains(&n.en.to_ascii_lowercase(), &q) || contains(n.zh, &q))
}

/// Choices as radio buttons in a fieldset (scale, stacking, layers): one markup and keyboard
/// behaviour for all, and one copy of the code (a function, not a generic: page weight).
/// `chosen` gives the index of the current choice, `choose` writes choice `i` into a state;
/// `arg` is passed to both (the scale's default). `labels` gives the legend and the choices'
/// labels in a language (they follow the page's language).
#[allow(clippy::too_many_arguments)]
fn radio_group(
    class: &'static str,
    name: &'static str,
    lang: Memo<Lang>,
    labels: fn(&'static Strings) -> [&'static str; 4],
    values: [&'static str; 3],
    chosen: fn(&AppState, bool) -> usize,
    choose: fn(&mut AppState, usize, bool),
    arg: bool,
) -> impl IntoView {
    let page = expect_context::<Page>();
    let go = expect_context::<Go>();
    // An empty value leaves its slot out (two-way choices).
    let option = move |i: usize| {
        let value = values[i];
        let label = move || labels(strings(lang.get()))[i + 1];
        let go = go.clone();
        let change = move |_| {
            let mut s = page.state.get_untracked();
            choose(&mut s, i, arg);
            go.to(s, false);
        };
        (!value.is_empty()).then(|| view! { <label><input type="radio" name=name value=value prop:checked=move || page.state.with(|s| chosen(s, arg) == i) on:change=change/>{label}</label> })
    };
    view! {
        <fieldset class=class role="radiogroup">
            <legend>{move || labels(strings(lang.get()))[0]}</legend>
            {option(0)}{option(1)}{option(2)}
        </fieldset>
    }
}

/// Report values, dataset series or both (`layer=`), for figures with a dataset layer; also
/// shown in embeds.
pub fn layer_picker(lang: Memo<Lang>) -> impl IntoView {
    radio_group(
        "control layer",
        "layer",
        lang,
        |t| [t.layer_label, t.layer_both, t.layer_report, t.layer_dataset],
        ["both", "report", "dataset"],
        |s, _| match s.layer {
            LayerChoice::Both => 0,
            LayerChoice::Report => 1,
            LayerChoice::Dataset => 2,
        },
        |s, i, _| s.layer = [LayerChoice::Both, LayerChoice::Report, LayerChoice::Dataset][i],
        false,
    )
}

#[component]
pub fn FigureControls(
    controls: Controls,
    lang: Memo<Lang>,
    /// The figure has a dataset layer: the layer picker comes first.
    layered: bool,
    /// Legend entries as drawn: (name, `hide` key), in legend order.
    legend: Memo<Vec<(String, String)>>,
) -> impl IntoView {
    let page = expect_context::<Page>();
    let go = expect_context::<Go>();
    let update = {
        let go = go.clone();
        move |f: &dyn Fn(&mut AppState)| {
            let mut s = page.state.get_untracked();
            f(&mut s);
            go.to(s, false);
        }
    };
    let update = StoredValue::new_local(update);

    let regions = controls.regions.clone();
    let region_picker = (regions.len() >= 2).then(|| {
        let query = RwSignal::new(String::new());
        let all = regions.clone();
        let list = regions.clone();
        view! {
            <fieldset class="control regions">
                <legend>{tr(lang, |t| t.regions_label)}</legend>
                <input
                    type="search"
                    class="region-search"
                    aria-label=tr(lang, |t| t.region_search)
                    placeholder=tr(lang, |t| t.region_search)
                    prop:value=move || query.get()
                    on:input=move |ev| query.set(event_target_value(&ev))
                />
                <div class="region-list">
                    {list.into_iter().map(|code| {
                        let all = all.clone();
                        let checked = move || page.state.with(|s| s.regions.is_empty() || s.regions.contains(&code));
                        let only_one = move || page.state.with(|s| s.regions.len() == 1 && s.regions[0] == code);
                        let toggle = move |_| update.with_value(|u| u(&mut |s: &mut AppState| {
                            let mut chosen: Vec<&'static str> = if s.regions.is_empty() { all.clone() } else { s.regions.clone() };
                            if chosen.contains(&code) { chosen.retain(|c| *c != code) } else { chosen.push(code) }
                            // Keep the figure's order; all chosen is the default (written as nothing).
                            chosen = all.iter().copied().filter(|c| chosen.contains(c)).collect();
                            s.regions = if chosen.len() == all.len() { Vec::new() } else { chosen };
                        }));
                        view! {
                            <label class="region-option" data-code=code style:display=move || if region_matches(code, &query.get()) { "" } else { "none" }>
                                <input type="checkbox" prop:checked=checked disabled=only_one on:change=toggle/>
                                <span>{move || region_label(code, lang.get())}</span>
                                <span class="code">{code}</span>
                            </label>
                        }
                    }).collect_view()}
                </div>
            </fieldset>
        }
    });

    let time_picker = controls.years.map(|(lo, hi)| {
        let years: Vec<u16> = (lo..=hi).collect();
        let current = move || page.state.with(|s| s.time.map_or((lo, hi), |t| t.resolve((lo, hi))));
        let set = move |from: u16, to: u16| update.with_value(|u| u(&mut |s: &mut AppState| {
            let (a, b) = (from.min(to), from.max(to));
            s.time = if (a, b) == (lo, hi) {
                None
            } else {
                Some(TimeRange {
                    from: if a == lo { Bound::Earliest } else { Bound::Year(a) },
                    to: if b == hi { Bound::Latest } else { Bound::Year(b) },
                })
            };
        }));
        let options = move |selected: u16| years.iter().map(|y| view! { <option value=y.to_string() selected=*y == selected>{y.to_string()}</option> }).collect_view();
        let options2 = options.clone();
        view! {
            <fieldset class="control time">
                <legend>{tr(lang, |t| t.time_label)}</legend>
                <label>{tr(lang, |t| t.from_label)}" "
                    <select id="time-from" on:change=move |ev| { let a = event_target_value(&ev).parse().unwrap_or(lo); set(a, current().1) }>
                        {move || options(current().0)}
                    </select>
                </label>
                <label>{tr(lang, |t| t.to_label)}" "
                    <select id="time-to" on:change=move |ev| { let b = event_target_value(&ev).parse().unwrap_or(hi); set(current().0, b) }>
                        {move || options2(current().1)}
                    </select>
                </label>
            </fieldset>
        }
    });

    // Two choices each (the third slot left empty).
    let scale_picker = controls.scale.then(|| {
        radio_group(
            "control scale",
            "scale",
            lang,
            |t| [t.scale_label, t.linear, t.log, ""],
            ["linear", "log", ""],
            |s, log_default| s.scale.map_or(log_default, |x| x == Scale::Log) as usize,
            |s, i, log_default| {
                let log = i == 1;
                s.scale = if log == log_default { None } else if log { Some(Scale::Log) } else { Some(Scale::Linear) };
            },
            controls.log_default,
        )
    });

    let stack_picker = controls.stack.then(|| {
        radio_group(
            "control stack",
            "stack",
            lang,
            |t| [t.stack_label, t.absolute, t.relative, ""],
            ["absolute", "relative", ""],
            |s, _| (s.stack == Some(Stack::Relative)) as usize,
            |s, i, _| s.stack = (i == 1).then_some(Stack::Relative),
            false,
        )
    });

    // The legend as checkboxes: the same toggles as clicking the chart's legend, by keyboard.
    let series_picker = (!controls.legend.is_empty()).then(|| {
        let order: Vec<String> = controls.legend.iter().map(|e| e.key.clone()).collect();
        view! {
            <fieldset class="control series">
                <legend>{tr(lang, |t| t.series_toggle)}</legend>
                {move || {
                    let order = order.clone();
                    let mut seen: Vec<String> = Vec::new();
                    legend.get().into_iter().filter(|(_, k)| if seen.contains(k) { false } else { seen.push(k.clone()); true }).map(|(name, key)| {
                        let order = order.clone();
                        let k2 = key.clone();
                        let shown = move || page.state.with(|s| !s.hide.contains(&k2));
                        let toggle = move |_| {
                            let key = key.clone();
                            let order = order.clone();
                            update.with_value(|u| u(&mut |s: &mut AppState| {
                                let mut hide = s.hide.clone();
                                if hide.contains(&key) { hide.retain(|k| *k != key) } else { hide.push(key.clone()) }
                                s.hide = order.iter().filter(|k| hide.contains(k)).cloned().collect();
                            }))
                        };
                        view! { <label class="series-option"><input type="checkbox" prop:checked=shown on:change=toggle/>{name}</label> }
                    }).collect_view()
                }}
            </fieldset>
        }
    });

    view! {
        <section class="controls" aria-label=tr(lang, |t| t.controls)>
            {layered.then(|| layer_picker(lang))}
            {region_picker}
            {time_picker}
            {scale_picker}
            {stack_picker}
            {series_picker}
        </section>
    }
}
