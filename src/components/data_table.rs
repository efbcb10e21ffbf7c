//! The table view of a figure: its values as a real HTML table (caption, header cells with
//! scope), in the page's language and number format, approximate values marked, with the
//! provenance of each value. Region and time choices apply as on the chart.

use leptos::prelude::*;

use crate::charts::{visible_values, ChartOptions};
use crate::data::epoch::{models_by_country, models_by_sector, ALL_YEARS};
use crate::data::{region_name, Figure, Role};
use crate::i18n::{format_date, format_full, format_period, format_stated, provenance_label, sector_label, strings, Lang};

#[component]
pub fn DataTable(fig: &'static Figure, options: Memo<ChartOptions>, lang: Lang) -> impl IntoView {
    // (column, descending); column 0 keeps the order of the data file.
    let sort = RwSignal::new((0u8, false));
    move || {
        let l = lang;
        let t = strings(l);
        let opts = options.get();
        let caption = format!("{} {} · {}", t.figure, fig.id, l.pick(fig.title));
        let head = |cols: Vec<&'static str>| view! { <thead><tr>{cols.into_iter().map(|c| view! { <th scope="col">{c}</th> }).collect_view()}</tr></thead> };
        let body: AnyView = if fig.is_recomputed() {
            let years = opts.time.map_or(ALL_YEARS, |tr| tr.resolve(ALL_YEARS));
            if fig.kind == crate::data::ChartKind::Bar {
                let rows = models_by_country(years).into_iter().filter(|(c, _)| opts.regions.is_empty() || opts.regions.contains(c));
                view! {
                    {head(vec![t.regions_label, t.year_col, t.value_col])}
                    <tbody>{rows.map(|(code, n)| view! {
                        <tr><th scope="row">{region_name(code).map_or(code.to_string(), |x| l.pick(x).to_string())}</th>
                        <td>{format_period(&format!("{}-{}", years.0, years.1), l)}</td><td class="num">{format_full(n as f64, l)}</td></tr>
                    }).collect_view()}</tbody>
                }.into_any()
            } else {
                let measure = crate::charts::measure_of(fig);
                let rows: Vec<_> = models_by_sector(measure, years).into_iter().flat_map(|(s, ms)| ms.into_iter().map(move |m| (s, m))).collect();
                view! {
                    {head(vec![t.series_col, t.organization, t.published, t.value_col])}
                    <tbody>{rows.into_iter().map(|(s, m)| view! {
                        <tr><th scope="row">{m.name}</th><td>{m.organization}</td><td>{format_date(&m.date_iso(), l)}</td>
                        <td class="num">{format_full(measure.of(m).unwrap_or(f64::NAN), l)}<span class="sector">{format!(" · {}", sector_label(s, l))}</span></td></tr>
                    }).collect_view()}</tbody>
                }.into_any()
            }
        } else {
            let mut rows: Vec<_> = visible_values(fig, &opts).into_iter().filter(|v| v.role != Role::Annotation).collect();
            let (col, desc) = sort.get();
            match col {
                1 => rows.sort_by(|a, b| l.pick(a.series).cmp(l.pick(b.series))),
                2 => rows.sort_by(|a, b| a.x.cmp(b.x)),
                3 => rows.sort_by(|a, b| a.value.total_cmp(&b.value)),
                _ => {}
            }
            if desc {
                rows.reverse();
            }
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
            view! {
                <thead><tr>
                    {sortable(1, t.series_col)}{sortable(2, t.year_col)}{sortable(3, t.value_col)}
                    <th scope="col">{t.provenance_col}</th>
                </tr></thead>
                <tbody>{rows.into_iter().map(|v| view! {
                    <tr><th scope="row">{l.pick(v.series)}</th><td>{format_period(v.x, l)}</td>
                    <td class="num">{format_stated(v.value, v.unit, v.qualifier, l)}</td><td>{provenance_label(v.provenance, l)}</td></tr>
                }).collect_view()}</tbody>
            }.into_any()
        };
        view! {
            <div class="table-wrap">
                <table class="data-table">
                    <caption>{caption}</caption>
                    {body}
                </table>
            </div>
        }
    }
}
