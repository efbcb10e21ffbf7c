//! Fetches Epoch AI's models file (`data::notable_models::MODELS_FILE`) once, the first time a
//! figure that draws single models is shown, and says when it is there. A failed request
//! (offline, file gone) is logged once and can be retried by showing the figure again.

use leptos::prelude::*;
use leptos::task::spawn_local;
use wasm_bindgen::prelude::*;

use crate::data::notable_models::{install, loaded, MODELS_FILE};

#[wasm_bindgen]
extern "C" {
    /// `fetch` of a path beside index.html (index.html's own script, there before the wasm
    /// starts); the text.
    #[wasm_bindgen(js_namespace = window, js_name = aiIndexFetchText, catch)]
    fn fetch_text(path: &str) -> Result<js_sys::Promise, JsValue>;
}

/// Where the models file stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Status {
    Idle,
    Loading,
    Loaded,
    Failed,
}

thread_local! {
    // Reference-counted, not owned by the view that first asks: a figure card that asked and
    // was replaced (view, language) must not take the signal with it while the fetch runs.
    static STATUS: ArcRwSignal<Status> = ArcRwSignal::new(if loaded() { Status::Loaded } else { Status::Idle });
}

/// The status, as a signal views can track.
pub fn status() -> ArcRwSignal<Status> {
    STATUS.with(Clone::clone)
}

/// Starts the request unless the file is loaded or loading.
pub fn request() {
    let status = status();
    if matches!(status.get_untracked(), Status::Loaded | Status::Loading) {
        return;
    }
    status.set(Status::Loading);
    // Not after ECharts: the fetch helper is the page's own, and the table view, the takeaway
    // and the counts need the file whether or not ECharts ever comes.
    spawn_local(async move {
        let result = match fetch_text(MODELS_FILE) {
            Ok(promise) => wasm_bindgen_futures::JsFuture::from(promise).await,
            Err(e) => Err(e),
        };
        let installed = match result {
            Ok(text) => install(text.as_string().unwrap_or_default()).map_err(JsValue::from),
            Err(e) => Err(e),
        };
        match installed {
            Ok(()) => status.set(Status::Loaded),
            Err(e) => {
                web_sys::console::warn_2(&JsValue::from(format!("could not load {MODELS_FILE}:")), &e);
                status.set(Status::Failed);
            }
        }
    });
}
