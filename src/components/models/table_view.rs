//! `tab=table`: the filtered models as a table (sortable by column), in the page's language;
//! estimates at 3 significant digits (the CSV has every digit). A name opens the model's card.

use leptos::prelude::*;

use super::Ctx;
use crate::data::Precision;
use crate::i18n::{format_shown, Lang};
use crate::models::data::Set;
use crate::models::labels::{access_name, category_name, measure_label, sector_name, ui};
use crate::models::table::Row;

#[derive(Clone, Copy, PartialEq, Eq)]
enum Column {
    Name,
    Organization,
    Date,
    Measure,
    Category,
}

fn cmp(a: &Row, b: &Row, c: Column) -> std::cmp::Ordering {
    match c {
        Column::Name => a.entry.name.to_lowercase().cmp(&b.entry.name.to_lowercase()),
        Column::Organization => a.entry.organization.to_lowercase().cmp(&b.entry.organization.to_lowercase()),
        Column::Date => a.entry.day.total_cmp(&b.entry.day),
        // Models without a value last either way.
        Column::Measure => a.y.is_nan().cmp(&b.y.is_nan()).then(a.y.total_cmp(&b.y)),
        Column::Category => a.category.cmp(b.category),
    }
}

#[component]
pub fn ModelsTableView() -> impl IntoView {
    let ctx = expect_context::<Ctx>();
    let lang = ctx.lang;
    let sort = RwSignal::new((Column::Date, false));
    let header = move |c: Column, label: String| {
        let pressed = move || {
            let (k, desc) = sort.get();
            if k != c { "none" } else if desc { "descending" } else { "ascending" }
        };
        view! {
            <th scope="col" aria-sort=pressed>
                <button type="button" on:click=move |_| sort.update(|(k, d)| if *k == c { *d = !*d } else { *k = c; *d = false })>{label}</button>
            </th>
        }
    };
    move || {
        let l = lang.get();
        let u = ui(l);
        let (set, by, y) = ctx.state.with(|s| (s.set, s.color_by(), s.y));
        let rows = ctx.table.with(|t| t.as_ref().map(|t| t.rows.clone()))?;
        let (key, desc) = sort.get();
        let mut rows = rows;
        crate::sort::sort_by(&mut rows, |a, b| if desc { cmp(b, a, key) } else { cmp(a, b, key) });
        let measure_title = if set == Set::Notable { measure_label(y, l).to_string() } else { u.access.to_string() };
        let body = rows.iter().map(|r| {
            let e = r.entry;
            let slug = e.slug;
            let open = move |_| {
                ctx.opener.set_value(Some(format!("#models-table [data-slug=\"{slug}\"]")));
                ctx.go(ctx.with(|s| s.model = Some(slug.to_string())), true)
            };
            let value = match set {
                Set::Notable if r.y.is_finite() => format_shown(r.y, Precision::Significant(3), l),
                Set::Notable => u.none.to_string(),
                Set::Foundation => access_name(e.access, l).to_string(),
            };
            let mark = if r.later { " †" } else { "" };
            view! {
                <tr class:dim=!r.matched>
                    <th scope="row"><button type="button" class="link-button" data-slug=slug on:click=open>{e.name}</button></th>
                    <td>{e.organization}</td>
                    <td>{format!("{}{mark}", e.date)}</td>
                    <td class="num">{value}</td>
                    <td>{category_name(by, r.category, l)}</td>
                    <td>{sector_name(e.sector, l)}</td>
                </tr>
            }
        }).collect_view();
        let caption = format!("{} · {} {}", crate::models::labels::set_label(set, l), rows.len(), u.models);
        Some(view! {
            <div class="table-scroll">
                <table id="models-table" class="data-table">
                    <caption>{caption}</caption>
                    <thead><tr>
                        {header(Column::Name, u.name.to_string())}
                        {header(Column::Organization, u.organization.to_string())}
                        {header(Column::Date, u.date.to_string())}
                        {header(Column::Measure, measure_title)}
                        {header(Column::Category, crate::models::labels::color_label(by, l).to_string())}
                        <th scope="col">{u.sector}</th>
                    </tr></thead>
                    <tbody>{body}</tbody>
                </table>
            </div>
            <p class="models-note">{if l == Lang::Zh { "† 晚于报告所涵盖的时期。" } else { "† Later than the period the report covers." }}{" "}{u.estimate_note}</p>
        })
    }
}
