//! Site header: title, link to the overview and to the compare view, language toggle.

use leptos::prelude::*;

use super::app::{href, Go, Page};
use crate::i18n::{strings, Lang};
use crate::state::{AppState, View};

#[component]
pub fn SiteHeader(lang: Lang) -> impl IntoView {
    let page = expect_context::<Page>();
    let go = expect_context::<Go>();
    let t = strings(lang);
    let toggle = move |_| {
        let s = page.state.get_untracked();
        go.to(AppState { lang: s.lang.other(), ..s }, false);
    };
    view! {
        <header class="site-header">
            <a class="brand" href=href(&AppState { lang, ..AppState::default() })>
                <span class="brand-title">{t.app_title}</span>
                <span class="brand-subtitle">{t.app_subtitle}</span>
            </a>
            <nav class="site-nav">
                <a href=href(&AppState { view: View::Compare, lang, ..AppState::default() }) class="compare-link">{t.compare}</a>
            </nav>
            <button id="lang-toggle" class="lang-toggle" type="button" lang=lang.other().html_tag() on:click=toggle>
                {t.switch_language}
            </button>
        </header>
    }
}
