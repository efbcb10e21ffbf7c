//! "Copy link": copies the page's canonical URL and says so in a polite live region.

use leptos::prelude::*;
use wasm_bindgen::prelude::*;

use super::app::{href, Page};
use crate::i18n::{strings, Lang};

#[component]
pub fn CopyLink(lang: Lang) -> impl IntoView {
    let page = expect_context::<Page>();
    let status = RwSignal::new(None::<bool>);
    let copy = move |_| {
        let Some(w) = web_sys::window() else { return };
        let loc = w.location();
        let url = format!("{}{}{}", loc.origin().unwrap_or_default(), loc.pathname().unwrap_or_default(), page.state.with_untracked(href));
        let clipboard = js_sys::Reflect::get(&w.navigator(), &"clipboard".into()).ok().filter(|c| !c.is_undefined());
        let write = clipboard.and_then(|c| {
            let f = js_sys::Reflect::get(&c, &"writeText".into()).ok()?.dyn_into::<js_sys::Function>().ok()?;
            f.call1(&c, &url.into()).ok()?.dyn_into::<js_sys::Promise>().ok()
        });
        match write {
            Some(p) => {
                let ok = Closure::<dyn FnMut(JsValue)>::new(move |_| status.set(Some(true)));
                let err = Closure::<dyn FnMut(JsValue)>::new(move |_| status.set(Some(false)));
                let _ = p.then2(&ok, &err);
                // One small pair per click, kept until the promise settles.
                ok.forget();
                err.forget();
            }
            None => status.set(Some(false)),
        }
    };
    let t = strings(lang);
    view! {
        <span class="copy-link">
            <button type="button" id="copy-link" on:click=copy>{t.copy_link}</button>
            <span class="copy-status" role="status" aria-live="polite">
                {move || status.get().map(|ok| if ok { t.link_copied } else { t.copy_failed })}
            </span>
        </span>
    }
}
