//! The table view of a figure: the rows of its table in view (`view_table`) that are not
//! hidden, as a real HTML table (caption, header cells with scope), in the page's language and
//! number format, approximate values marked, estimates at their display precision, with the
//! provenance of each value. Columns sort on click.
//!
//! Compiled natively too: share pages' static body is this component rendered to HTML at build
//! time (`crate::share_page`), so readers without JavaScript read the same table.

use leptos::prelude::*;

use crate::i18n::{format_date, format_period, format_stated, provenance_label, strings, Lang};
use crate::view_table::{Row, ViewTable};

#[component]
pub fn DataTable(table: Memo<ViewTable>, lang: Memo<Lang>) -> impl IntoView {
    // (column, descending); column 0 keeps the table's order.
    let sort = RwSignal::new((0u8, false));
    // Sortable headers: a button per column, its state in aria-sort.
    let sortable = move |i: u8, label: &'static str| {
        let state = move || match sort.get() {
            (c, false) if c == i => "ascending",
            (c, true) if c == i => "descending",
            _ => "none",
        };
        view! {
            <th scope="col" aria-sort=state>
                <button type="button" class="sort" data-col=i on:click=move |_| sort.update(|(c, d)| { if *c == i { *d = !*d } else { *c = i; *d = false } })>{label}</button>
            </th>
        }
    };
    move || {
        let lang = lang.get();
        let t = strings(lang);
        table.with(|tv| {
            let fig = tv.fig;
            let caption = format!("{} {} · {}", t.figure, fig.id, lang.pick(fig.title));
            let models = tv.rows.iter().any(|r| r.model.is_some());
            let mut rows: Vec<&Row> = tv.plotted().filter(|r| !r.hidden).collect();
            let (col, desc) = sort.get();
            let name = |r: &Row| r.model.map_or(lang.pick(r.series), |m| m.name);
            match col {
                1 => crate::sort::sort_by(&mut rows, |a, b| name(a).cmp(name(b))),
                2 => crate::sort::sort_by(&mut rows, |a, b| a.x.cmp(&b.x)),
                3 => crate::sort::sort_by(&mut rows, |a, b| a.value.total_cmp(&b.value)),
                _ => {}
            }
            if desc {
                rows.reverse();
            }
            let head = if models {
                view! {
                    <thead><tr>
                        {sortable(1, t.series_col)}<th scope="col">{t.organization}</th>{sortable(2, t.published)}{sortable(3, t.value_col)}
                        <th scope="col">{t.provenance_col}</th>
                    </tr></thead>
                }
                .into_any()
            } else {
                view! {
                    <thead><tr>
                        {sortable(1, t.series_col)}{sortable(2, t.year_col)}{sortable(3, t.value_col)}
                        <th scope="col">{t.provenance_col}</th>
                    </tr></thead>
                }
                .into_any()
            };
            let body: Vec<AnyView> = rows
                .into_iter()
                .map(|r| {
                    let value = format_stated(r.shown(), r.unit, r.qualifier, lang);
                    let provenance = provenance_label(r.provenance, lang);
                    match r.model {
                        Some(m) => view! {
                            <tr><th scope="row">{m.name}</th><td>{m.organization}</td><td>{format_date(&m.date_iso(), lang)}</td>
                            <td class="num">{value}<span class="sector">{format!(" · {}", lang.pick(r.series))}</span></td><td>{provenance}</td></tr>
                        }
                        .into_any(),
                        // A stated value among models (a layered scatter): no organization cell.
                        None if models => view! {
                            <tr><th scope="row">{lang.pick(r.series).to_string()}</th><td></td><td>{format_period(&r.x, lang)}</td>
                            <td class="num">{value}</td><td>{provenance}</td></tr>
                        }
                        .into_any(),
                        None => view! {
                            <tr><th scope="row">{lang.pick(r.series).to_string()}</th><td>{format_period(&r.x, lang)}</td>
                            <td class="num">{value}</td><td>{provenance}</td></tr>
                        }
                        .into_any(),
                    }
                })
                .collect();
            view! {
                <div class="table-wrap">
                    <table class="data-table">
                        <caption>{caption}</caption>
                        {head}
                        <tbody>{body}</tbody>
                    </table>
                </div>
            }
        })
    }
}
