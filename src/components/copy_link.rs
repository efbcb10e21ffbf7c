//! "Copy link": copies the page's canonical URL and says so in a polite live region.

use leptos::prelude::*;

use super::app::{href, tr, Page};
use super::browser::{absolute_url, copy_text};
use crate::i18n::{strings, Lang};

#[component]
pub fn CopyLink(lang: Memo<Lang>) -> impl IntoView {
    let page = expect_context::<Page>();
    let status = RwSignal::new(None::<bool>);
    let copy = move |_| {
        let url = absolute_url(&page.state.with_untracked(href));
        copy_text(&url, move |ok| status.set(Some(ok)));
    };
    view! {
        <span class="copy-link">
            <button type="button" id="copy-link" on:click=copy>{tr(lang, |t| t.copy_link)}</button>
            <span class="copy-status" role="status" aria-live="polite">
                {move || status.get().map(|ok| { let t = strings(lang.get()); if ok { t.link_copied } else { t.copy_failed } })}
            </span>
        </span>
    }
}
