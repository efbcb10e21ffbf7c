//! Fetches the explorer's models file (`models::data::EXPLORER_FILE`) once, at start, and says
//! when it is there. A failed request (offline, file gone) is logged once and shown.

use leptos::prelude::*;
use leptos::task::spawn_local;
use wasm_bindgen::prelude::*;

use crate::models::data::{install, models, EXPLORER_FILE};

#[wasm_bindgen]
extern "C" {
    /// `fetch` of a path beside index.html (index.html's own script); the text.
    #[wasm_bindgen(js_namespace = window, js_name = aiIndexFetchText, catch)]
    fn fetch_text(path: &str) -> Result<js_sys::Promise, JsValue>;
}

/// Where the file stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Status {
    Loading,
    Loaded,
    Failed,
}

/// A new status signal for the page.
pub fn status() -> RwSignal<Status> {
    RwSignal::new(if models().is_some() { Status::Loaded } else { Status::Loading })
}

/// Starts the request unless the models are there.
pub fn request(status: RwSignal<Status>) {
    if models().is_some() {
        return;
    }
    spawn_local(async move {
        let result = match fetch_text(EXPLORER_FILE) {
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
                web_sys::console::warn_2(&JsValue::from(format!("could not load {EXPLORER_FILE}:")), &e);
                status.set(Status::Failed);
            }
        }
    });
}
