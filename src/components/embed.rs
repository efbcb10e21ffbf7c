//! Embed mode (`embed=1`): the figure alone in an article's iframe: title, chart, a one-line
//! source and a link that opens the same state in the explorer in a new tab. It fills its frame
//! at any width and tells its parent its height,
//! `{"ai-index-explorer-height": {"fig": "<id>", "height": <px>}}`, on load and whenever the
//! height changes. It reads and writes nothing of the parent page.

use leptos::prelude::*;
use send_wrapper::SendWrapper;
use wasm_bindgen::prelude::*;

use super::app::{href, Page};
use super::browser::absolute_url;
use crate::data::Figure;
use crate::export::EMBED_MESSAGE_KEY;
use crate::i18n::{report_name, strings, Lang};
use crate::state::AppState;

fn post_height(fig: &str) {
    let Some(w) = web_sys::window() else { return };
    let Ok(Some(parent)) = w.parent() else { return };
    let Some(doc) = w.document() else { return };
    // The content's own height (the document's would never shrink below the frame's).
    let Some(content) = doc.query_selector(".embed").ok().flatten() else { return };
    let height = content.scroll_height();
    let inner = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&inner, &"fig".into(), &fig.into());
    let _ = js_sys::Reflect::set(&inner, &"height".into(), &height.into());
    let msg = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&msg, &EMBED_MESSAGE_KEY.into(), &inner);
    let _ = parent.post_message(&msg, "*");
}

/// `Source: AI Index Report 2024 · <org>`; Chinese with a full-width colon and the report's
/// Chinese title (`来源：《2024年人工智能指数报告》 · <org>`).
fn source_line(fig: &Figure, lang: Lang) -> String {
    let t = strings(lang);
    let colon = if lang == Lang::Zh { "：" } else { ": " };
    format!("{}{colon}{} · {}", t.source, report_name(lang), fig.source_org)
}

#[component]
pub fn EmbedFrame(fig: &'static Figure, lang: Lang, children: Children) -> impl IntoView {
    let page = expect_context::<Page>();
    let t = strings(lang);
    let open = move || absolute_url(&href(&AppState { embed: false, ..page.state.get() }));
    // Report the height now and on every change of the page's size.
    let observer: StoredValue<Option<SendWrapper<(web_sys::ResizeObserver, Closure<dyn FnMut()>)>>> = StoredValue::new(None);
    Effect::new(move |_| {
        let report = Closure::<dyn FnMut()>::new(move || post_height(fig.id));
        let Ok(o) = web_sys::ResizeObserver::new(report.as_ref().unchecked_ref()) else { return };
        if let Some(content) = web_sys::window().and_then(|w| w.document()).and_then(|d| d.query_selector(".embed").ok().flatten()) {
            o.observe(&content);
        }
        post_height(fig.id);
        observer.set_value(Some(SendWrapper::new((o, report))));
    });
    on_cleanup(move || {
        observer.update_value(|o| {
            if let Some(o) = o.take() {
                o.0.disconnect();
            }
        })
    });
    view! {
        <article class="embed" data-fig=fig.id aria-labelledby="figure-title">
            <h1 id="figure-title" class="embed-title">{format!("{} {} · {}", t.figure, fig.id, lang.pick(fig.title))}</h1>
            {children()}
            <p class="embed-source">
                <span>{source_line(fig, lang)}</span>
                <a class="open-explorer" href=open target="_blank" rel="noopener">{t.open_in_explorer}</a>
            </p>
        </article>
    }
}
