//! The page's query string as a signal, and navigation within the page: pushes or replaces a
//! history entry and updates the signal; Back and Forward update it too; clicks on in-page
//! links (`href="?…"`) navigate without reloading.
//!
//! Written here instead of using leptos_router: the explorer has one route and only needs its
//! query, and the router's code put the page over its 500 KB budget.

use leptos::prelude::*;
use wasm_bindgen::prelude::*;

fn current_search() -> String {
    web_sys::window().and_then(|w| w.location().search().ok()).unwrap_or_default()
}

/// The current query string (`?fig=…`, or empty), kept up to date.
#[derive(Clone, Copy)]
pub struct Search(pub RwSignal<String>);

/// Creates the signal and installs the `popstate` and link-click listeners (once per page).
pub fn install() -> Search {
    let search = RwSignal::new(current_search());
    let Some(window) = web_sys::window() else { return Search(search) };
    let on_pop = Closure::<dyn Fn()>::new(move || search.set(current_search()));
    let _ = window.add_event_listener_with_callback("popstate", on_pop.as_ref().unchecked_ref());
    on_pop.forget(); // lives as long as the page

    let on_click = Closure::<dyn Fn(web_sys::MouseEvent)>::new(move |ev: web_sys::MouseEvent| {
        if ev.default_prevented() || ev.button() != 0 || ev.meta_key() || ev.ctrl_key() || ev.shift_key() || ev.alt_key() {
            return;
        }
        let Some(target) = ev.target().and_then(|t| t.dyn_into::<web_sys::Element>().ok()) else { return };
        let Ok(Some(a)) = target.closest("a[href]") else { return };
        if a.has_attribute("target") || a.has_attribute("download") {
            return;
        }
        let href = a.get_attribute("href").unwrap_or_default();
        if let Some(query) = href.strip_prefix('?') {
            ev.prevent_default();
            navigate(search, &format!("?{query}"), true);
        }
    });
    if let Some(doc) = window.document() {
        let _ = doc.add_event_listener_with_callback("click", on_click.as_ref().unchecked_ref());
    }
    on_click.forget();
    Search(search)
}

/// Goes to `query` (`?…`) on this page: a new history entry if `push` (scrolled to the top),
/// else replacing the current one.
pub fn navigate(search: RwSignal<String>, query: &str, push: bool) {
    let Some(window) = web_sys::window() else { return };
    let path = window.location().pathname().unwrap_or_default();
    let url = format!("{path}{query}");
    if let Ok(history) = window.history() {
        let _ = if push {
            history.push_state_with_url(&JsValue::NULL, "", Some(&url))
        } else {
            history.replace_state_with_url(&JsValue::NULL, "", Some(&url))
        };
    }
    if push {
        window.scroll_to_with_x_and_y(0.0, 0.0);
    }
    search.set(query.to_string());
}
