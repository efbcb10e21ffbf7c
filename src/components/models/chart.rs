//! The model explorer's chart (through `echarts::ModelsChart` only) with its notes, keyboard
//! navigation (arrow keys through the filtered models in date order, Enter opens the card),
//! and the counts by colour category beside it.

use std::cell::RefCell;

use leptos::html::Div;
use leptos::prelude::*;

use super::Ctx;
use crate::echarts::{when_ready, ModelsChart};
use crate::i18n::{format_date, Lang};
use crate::models::labels::{category_name, ui};
use crate::models::option::{build, tip_html, ModelsOption};
use crate::models::palette::Palette;
use crate::models::state::ColorBy;
use crate::models::table::ModelsTable;

thread_local! {
    /// The chart on screen, and what its tooltip and clicks read: the table, colour rule and
    /// language last drawn, and its option (for images and keyboard focus).
    static CHART: RefCell<Option<ModelsChart>> = const { RefCell::new(None) };
    static DRAWN: RefCell<Option<(std::sync::Arc<ModelsTable>, ColorBy, Lang, ModelsOption)>> = const { RefCell::new(None) };
}

/// The option last drawn (PNG/SVG downloads draw it again off-screen).
pub(crate) fn drawn_option() -> Option<(ModelsOption, Lang)> {
    DRAWN.with_borrow(|d| d.as_ref().map(|(_, _, l, o)| (o.clone(), *l)))
}

/// Draws an image of the chart in view.
pub(crate) fn image(width: f64, height: f64, kind: crate::echarts::ImageKind) -> Option<String> {
    let (option, lang) = drawn_option()?;
    CHART.with_borrow(|c| c.as_ref().and_then(|c| c.image(&option, lang, width, height, kind)))
}

fn chart_height() -> u32 {
    let w = web_sys::window().and_then(|w| w.inner_width().ok()).and_then(|v| v.as_f64()).unwrap_or(1024.0);
    if w < 600.0 { 380 } else { 520 }
}

fn open_card(ctx: Ctx, row: usize, opener: &str) {
    let slug = DRAWN.with_borrow(|d| d.as_ref().and_then(|(t, _, _, _)| t.rows.get(row).map(|r| r.entry.slug)));
    if let (Some(slug), true) = (slug, ctx.state.with_untracked(|s| s.embed)) {
        // An embed has no card, and an entry in the frame's history would take the host page's
        // Back button: the card opens in the explorer, in a new tab, as "open in the explorer".
        let s = ctx.with(|s| {
            s.embed = false;
            s.model = Some(slug.to_string());
        });
        let url = crate::components::browser::absolute_url(&format!("?{}", crate::models::state::encode(&s)));
        let _ = web_sys::window().map(|w| w.open_with_url_and_target(&url, "_blank"));
    } else if let Some(slug) = slug {
        ctx.opener.set_value(Some(opener.to_string()));
        ctx.go(ctx.with(|s| s.model = Some(slug.to_string())), true);
    }
}

#[component]
pub fn ModelsChartView() -> impl IntoView {
    let ctx = expect_context::<Ctx>();
    let lang = ctx.lang;
    let frame = NodeRef::<Div>::new();
    let focus = RwSignal::new(None::<usize>);
    on_cleanup(|| {
        let old = CHART.with_borrow_mut(Option::take);
        drop(old);
    });
    // Redrawn when the table, colour rule or language changes (never on hover).
    Effect::new(move |_| {
        let Some(el) = frame.get() else { return };
        let Some(t) = ctx.table.get() else { return };
        let by = ctx.state.with(|s| s.color_by());
        let l = lang.get();
        focus.set(None);
        if CHART.with_borrow(|c| c.is_none()) {
            let chart = ModelsChart::new(
                &el,
                move |row| open_card(ctx, row, "#model-chart-frame"),
                |row| DRAWN.with_borrow(|d| d.as_ref().map_or(String::new(), |(t, by, l, _)| tip_html(t, row, *by, *l))),
            );
            CHART.with_borrow_mut(|c| *c = chart);
        }
        when_ready(move || {
            let option = build(&t, by, l);
            DRAWN.with_borrow_mut(|d| *d = Some((t, by, l, option)));
            // Shown from where the tooltip reads it (no copy of the option).
            DRAWN.with_borrow(|d| {
                let Some((_, _, _, option)) = d else { return };
                CHART.with_borrow(|c| {
                    if let Some(c) = c {
                        c.show(option, l, chart_height());
                    }
                });
            });
        });
    });
    let keydown = move |ev: web_sys::KeyboardEvent| {
        let key = ev.key();
        let Some(n) = ctx.table.with_untracked(|t| t.as_ref().map(|t| t.rows.len())) else { return };
        if n == 0 {
            return;
        }
        let now = focus.get_untracked();
        let next = match key.as_str() {
            "ArrowRight" | "ArrowDown" => Some(now.map_or(0, |i| (i + 1).min(n - 1))),
            "ArrowLeft" | "ArrowUp" => Some(now.map_or(n - 1, |i| i.saturating_sub(1))),
            "Home" => Some(0),
            "End" => Some(n - 1),
            "Enter" | " " => {
                if let Some(i) = now {
                    ev.prevent_default();
                    open_card(ctx, i, "#model-chart-frame");
                }
                None
            }
            _ => None,
        };
        if let Some(i) = next {
            ev.prevent_default();
            focus.set(Some(i));
            let (pos, text) = DRAWN.with_borrow(|d| {
                d.as_ref().map_or((None, String::new()), |(t, by, l, o)| {
                    let r = &t.rows[i];
                    let u = ui(*l);
                    let mut text = format!("{} · {} · {} · {}", r.entry.name, r.entry.organization, format_date(r.entry.date, *l), category_name(*by, r.category, *l));
                    if o.positions.get(i).copied().flatten().is_none() {
                        text.push_str(&format!(" · {}", u.none));
                    }
                    (o.positions.get(i).copied().flatten(), format!("{} / {}: {text}", i + 1, t.rows.len()))
                })
            });
            if let Some((s, k)) = pos {
                CHART.with_borrow(|c| {
                    if let Some(c) = c {
                        c.point_at(s, k);
                    }
                });
            }
            ctx.announce.set(text);
        }
    };
    // Two stable paragraphs whose text follows the table (no elements made per redraw: what the
    // page lays out again sits in the chart's redraw).
    let no_value = Memo::new(move |_| {
        ctx.side.with(|t| {
            let t = t.as_ref().filter(|t| t.no_value > 0)?;
            let (u, l) = (ui(lang.get()), lang.get());
            Some(if l == Lang::Zh {
                format!("{} 个模型中有 {} {}。", t.rows.len(), t.no_value, u.no_value)
            } else {
                format!("{} of {} {}.", t.no_value, t.rows.len(), u.no_value)
            })
        })
    });
    let undated = Memo::new(move |_| ctx.side.with(|t| t.as_ref().filter(|t| t.undated > 0).map(|t| format!("{} {}", t.undated, ui(lang.get()).undated))));
    let notes = view! {
        <p class="models-note" hidden=move || no_value.with(Option::is_none)>{move || no_value.get().unwrap_or_default()}</p>
        <p class="models-note" hidden=move || undated.with(Option::is_none)>{move || undated.get().unwrap_or_default()}</p>
    };
    let label = move || {
        let u = ui(lang.get());
        format!("{} · {}", u.title, u.keyboard_hint)
    };
    view! {
        {notes}
        <div id="model-chart-frame" class="chart-frame models-chart" tabindex="0" role="application" aria-label=label on:keydown=keydown node_ref=frame></div>
        <p class="models-hint">{move || ui(lang.get()).keyboard_hint}</p>
    }
}

/// Counts of the filtered models by colour category, with the counting rule.
#[component]
pub fn Counts() -> impl IntoView {
    let ctx = expect_context::<Ctx>();
    let lang = ctx.lang;
    // Rows keyed by category: a filter change updates the numbers, not the list's elements.
    let counts = Memo::new(move |_| ctx.side.with(|t| t.as_ref().map(|t| t.counts.clone()).unwrap_or_default()));
    let by = Memo::new(move |_| ctx.state.with(|s| (s.set, s.color_by())));
    let multi = Memo::new(move |_| matches!(by.get().1, ColorBy::Country | ColorBy::Domain));
    // The colours come from the whole set: known once the models are there.
    let palette = Memo::new(move |_| {
        let loaded = ctx.table.with(|t| t.is_some());
        let (set, by_rule) = by.get();
        loaded.then(|| crate::models::data::models().map(|m| Palette::new(m, set, by_rule))).flatten()
    });
    let rows = view! {
        <For each=move || counts.get() key=|(c, _)| *c let:item>
            {
                let c = item.0;
                let color = move || format!("background:{}", palette.with(|p| p.as_ref().map_or("#888", |p| p.color(c))));
                let n = move || counts.with(|v| v.iter().find(|(k, _)| *k == c).map_or(0, |(_, n)| *n));
                view! { <li><span class="swatch" style=color></span><span class="count-name">{move || category_name(by.get().1, c, lang.get())}</span><span class="count-n">{n}</span></li> }
            }
        </For>
    };
    let summary = move || {
        ctx.side.with(|t| {
            t.as_ref().map(|t| {
                let u = ui(lang.get());
                format!("{} {} · {} {}", t.rows.len(), u.models, t.points, u.drawn)
            })
        })
    };
    view! {
        <aside class="models-counts" aria-labelledby="counts-title">
            <h2 id="counts-title">{move || ui(lang.get()).counts}</h2>
            <p class="counts-summary">{summary}</p>
            <ul class="counts-list">{rows}</ul>
            // Only where a model can have several categories (countries, domains).
            <p class="counts-rule" hidden=move || !multi.get()>{move || ui(lang.get()).counting_rule}</p>
            <p class="counts-rule" hidden=move || !multi.get()>{move || ui(lang.get()).color_rule}</p>
        </aside>
    }
}
