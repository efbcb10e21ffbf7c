//! Site header: title, link to the overview, language toggle.

use leptos::prelude::*;

use super::app::{href, Go, Page};
use crate::i18n::strings;
use crate::state::{AppState, View};

#[component]
pub fn SiteHeader() -> impl IntoView {
    let page = expect_context::<Page>();
    let go = expect_context::<Go>();
    let lang = move || page.state.with(|s| s.lang);
    let toggle = move |_| {
        let s = page.state.get_untracked();
        go.to(AppState { lang: s.lang.other(), ..s }, false);
    };
    let compare_href = move || href(&AppState { view: View::Compare, lang: lang(), ..AppState::default() });
    view! {
        <header class="site-header">
            <a class="brand" href=move || href(&AppState { lang: lang(), ..AppState::default() })>
                <span class="brand-title">{move || strings(lang()).app_title}</span>
                <span class="brand-subtitle">{move || strings(lang()).app_subtitle}</span>
            </a>
            <nav class="site-nav">
                <a href=compare_href class="compare-link">{move || strings(lang()).compare}</a>
            </nav>
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
