//! Site header: title, link to the overview and to the compare view, language toggle.

use leptos::prelude::*;

use super::app::{href, tr, Go, Page};
use crate::i18n::Lang;
use crate::state::{AppState, View};

#[component]
pub fn SiteHeader(lang: Memo<Lang>) -> impl IntoView {
    let page = expect_context::<Page>();
    let go = expect_context::<Go>();
    let toggle = move |_| {
        let s = page.state.get_untracked();
        go.to(AppState { lang: s.lang.other(), ..s }, false);
    };
    let home = move || href(&AppState { lang: lang.get(), ..AppState::default() });
    let compare = move || href(&AppState { view: View::Compare, lang: lang.get(), ..AppState::default() });
    view! {
        <header class="site-header">
            <a class="brand" href=home>
                <span class="brand-title">{tr(lang, |t| t.app_title)}</span>
                <span class="brand-subtitle">{tr(lang, |t| t.app_subtitle)}</span>
            </a>
            <nav class="site-nav">
                <a href=compare class="compare-link">{tr(lang, |t| t.compare)}</a>
            </nav>
            <button id="lang-toggle" class="lang-toggle" type="button" lang=move || lang.get().other().html_tag() on:click=toggle>
                {tr(lang, |t| t.switch_language)}
            </button>
        </header>
    }
}
