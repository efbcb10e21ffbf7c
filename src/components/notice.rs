//! Dismissible notices for URL parameters that could not be used. Values from the URL are
//! inserted as text, never as HTML.

use leptos::prelude::*;

use super::app::{tr, Page};
use crate::i18n::{strings, Lang};
use crate::state::Problem;

/// One notice line. Chinese takes full-width punctuation after Chinese text (`（…）`, `。`).
pub(crate) fn describe(p: &Problem, lang: Lang) -> String {
    let t = strings(lang);
    match (p.param, lang) {
        ("fig", Lang::En) => format!("{} (fig = “{}”)", t.unknown_figure, p.value),
        ("fig", Lang::Zh) => format!("{}（fig = “{}”）", t.unknown_figure, p.value),
        (crate::state::REPEATED, _) => format!("{}{}", t.repeated_param, p.value),
        (param, Lang::En) => format!("{} {param} (“{}”).", t.invalid_param, p.value),
        (param, Lang::Zh) => format!("{}{param}（“{}”）。", t.invalid_param, p.value),
    }
}

#[component]
pub fn Notices(lang: Memo<Lang>) -> impl IntoView {
    let page = expect_context::<Page>();
    view! {
        {move || (!page.dismissed.get() && page.parsed.with(|p| !p.problems.is_empty())).then(|| view! {
            <div class="notice" role="status">
                <ul>
                    {move || page.parsed.get().problems.iter().map(|p| view! { <li>{describe(p, lang.get())}</li> }).collect_view()}
                </ul>
                <button type="button" class="notice-dismiss" on:click=move |_| page.dismiss.set(true)>
                    {tr(lang, |t| t.dismiss)}
                </button>
            </div>
        })}
    }
}
