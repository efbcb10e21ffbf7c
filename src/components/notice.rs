//! Dismissible notices for URL parameters that could not be used. Values from the URL are
//! inserted as text, never as HTML.

use leptos::prelude::*;

use super::app::Page;
use crate::i18n::{strings, Lang};
use crate::state::Problem;

fn describe(p: &Problem, lang: Lang) -> String {
    let t = strings(lang);
    if p.param == "fig" {
        return format!("{} (fig = “{}”)", t.unknown_figure, p.value);
    }
    let sep = if lang == Lang::En { " " } else { "" };
    format!("{}{sep}{} (“{}”).", t.invalid_param, p.param, p.value)
}

#[component]
pub fn Notices(lang: Lang) -> impl IntoView {
    let page = expect_context::<Page>();
    let dismissed = RwSignal::new(false);
    // A new URL brings its own problems back into view.
    Effect::new(move |_| {
        page.parsed.track();
        dismissed.set(false);
    });
    view! {
        <Show when=move || !dismissed.get() && !page.parsed.get().problems.is_empty()>
            <div class="notice" role="status">
                <ul>
                    {move || page.parsed.get().problems.iter().map(|p| view! { <li>{describe(p, lang)}</li> }).collect_view()}
                </ul>
                <button type="button" class="notice-dismiss" on:click=move |_| dismissed.set(true)>
                    {strings(lang).dismiss}
                </button>
            </div>
        </Show>
    }
}
