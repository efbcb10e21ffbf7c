//! The reconciliation view (`view=reconcile`): the table [`crate::reconcile::reconcile`] makes,
//! as a real HTML table in the look of the data table (caption, header cells with scope,
//! numbers right-aligned in tabular figures), with its notes under it.

use leptos::prelude::*;

use crate::data::Figure;
use crate::i18n::{strings, Lang};
use crate::reconcile::reconcile;

#[component]
pub fn ReconcileView(fig: &'static Figure, lang: Memo<Lang>) -> impl IntoView {
    // Remade when the language changes (the page is rebuilt when the figure does).
    move || {
        let lang = lang.get();
        let t = strings(lang);
        let r = reconcile(fig, lang);
        let cell = |v: Option<String>| v.unwrap_or_else(|| "—".into());
        // An empty table says so in a row of its own (one table either way: smaller code).
        let empty = r.rows.is_empty().then(|| view! { <tr><td colspan="7" class="reconcile-empty">{t.reconcile_empty}</td></tr> });
        let body = r
            .rows
            .into_iter()
            .map(|row| {
                view! {
                    <tr>
                        <th scope="row">{row.series}</th><td>{row.x}</td>
                        <td class="num">{cell(row.stated)}</td><td class="num">{cell(row.recomputed)}</td>
                        <td class="num">{cell(row.difference)}</td><td class="num">{cell(row.percent)}</td>
                        <td class="reason">{row.reason.unwrap_or_default()}</td>
                    </tr>
                }
            })
            .collect_view();
        let table = view! {
            <div class="table-wrap">
                // Column names as CSS strings: the phone layout labels each number with them.
                <table class="data-table reconcile-table" style=format!(
                    "--stated:'{}';--recomputed:'{}';--difference:'{}';--percent:'{}'",
                    t.reconcile_stated, t.reconcile_recomputed, t.reconcile_difference, t.reconcile_percent
                )>
                    <caption>{format!("{} {} · {}", t.figure, fig.id, lang.pick(fig.title))}</caption>
                    <thead><tr>
                        <th scope="col">{t.series_col}</th><th scope="col">{t.year_col}</th>
                        <th scope="col" class="num">{t.reconcile_stated}</th><th scope="col" class="num">{t.reconcile_recomputed}</th>
                        <th scope="col" class="num">{t.reconcile_difference}</th><th scope="col" class="num">{t.reconcile_percent}</th>
                        <th scope="col">{t.reconcile_reason}</th>
                    </tr></thead>
                    <tbody>{body}{empty}</tbody>
                </table>
            </div>
        };
        view! {
            <section class="reconcile" aria-labelledby="reconcile-heading">
                <h2 id="reconcile-heading">{t.reconcile_heading}</h2>
                {table}
                {(!r.notes.is_empty()).then(|| view! { <ul class="footnotes reconcile-notes">{r.notes.into_iter().map(|n| view! { <li>{n}</li> }).collect_view()}</ul> })}
            </section>
        }
    }
}
