//! Site header: title, link to the overview, language toggle.

use leptos::prelude::*;

use super::app::{href, Go, Page};
use crate::i18n::strings;
use crate::state::AppState;

#[component]
pub fn SiteHeader() -> impl IntoView {
    let page = expect_context::<Page>();
    let go = expect_context::<Go>();
    let lang = move || page.state.get().lang;
    let toggle = move |_| {
        let s = page.state.get_untracked();
        go.to(AppState { lang: s.lang.other(), ..s }, false);
    };
    view! {
        <header class="site-header">
            <a class="brand" href=move || href(&AppState { fig: None, lang: lang() })>
                <span class="brand-title">{move || strings(lang()).app_title}</span>
                <span class="brand-subtitle">{move || strings(lang()).app_subtitle}</span>
            </a>
            <button
                id="lang-toggle"
                class="lang-toggle"
                type="button"
                lang=move || lang().other().html_tag()
                on:click=toggle
            >
                {move || strings(lang()).switch_language}
            </button>
        </header>
    }
}
