//! The page's query string as a signal, and navigation within the page: pushes or replaces a
//! history entry and updates the signal; Back and Forward update it too; clicks on in-page
//! links (`href="?…"`) navigate without reloading, unless the new query needs the other wasm
//! entry point (`crate::entry`: the model explorer has its own): the page is then loaded anew.
//!
//! History writes are coalesced: the signal (and so the page) changes at once, but the history
//! is written at most once per animation frame, with the latest URL. Browsers throttle history
//! calls (a held arrow key on a year select would otherwise write dozens per second and the
//! address bar would fall behind the screen).
//!
//! Written here instead of using leptos_router: the explorer has one route and only needs its
//! query, and the router's code put the page over its 500 KB budget.

use std::cell::RefCell;

use leptos::prelude::*;
use wasm_bindgen::prelude::*;


/// Whether `query` needs another wasm entry point than this page's (`crate::entry`).
fn other_entry(query: &str) -> bool {
    !OWN.get()(query)
}

/// The query the app reads: index.html's `aiIndexSearch`, the address's query, or on a share
/// page (`…/s/<figure>/<lang>/`, url.md) the path's figure and language, then the address's query.
fn current_search() -> String {
    js_search().unwrap_or_default()
}

#[wasm_bindgen]
extern "C" {
    #[wasm_bindgen(js_name = aiIndexSearch, catch)]
    fn js_search() -> Result<String, JsValue>;
    #[wasm_bindgen(js_name = aiIndexAddress, catch)]
    fn js_address(query: &str, shared: bool) -> Result<String, JsValue>;
}

/// The path and query to write or pass on for the canonical `query` (`?…`): index.html's
/// `aiIndexAddress`, by url.md's share-page rules (a figure view's share page, where it applies,
/// else the root form; `shared`: a link to pass on). Should the script fail, the query alone
/// (relative to the page: its root form on a root page).
pub fn address(query: &str, shared: bool) -> String {
    js_address(query, shared).unwrap_or_else(|_| query.to_string())
}

/// A history write waiting for the next animation frame: the latest URL, and whether any
/// request since the last write asked for a new entry (a push stays a push).
struct Pending {
    url: String,
    push: bool,
}

thread_local! {
    static PENDING: RefCell<Option<Pending>> = const { RefCell::new(None) };
    /// Whether a query is this entry point's (set by [`install`]).
    static OWN: std::cell::Cell<fn(&str) -> bool> = const { std::cell::Cell::new(|_| true) };
}

/// The current query string (`?fig=…`, or empty), kept up to date.
#[derive(Clone, Copy)]
pub struct Search(pub RwSignal<String>);

/// Creates the signal and installs the link-click listener (once per page). `own` says whether
/// a query is this wasm entry point's (each app reads it its own way: the figures' app with its
/// parser, so no second one is in its wasm); a link or a Back/Forward step to any other query
/// loads the page anew.
pub fn install(own: fn(&str) -> bool) -> Search {
    OWN.set(own);
    let search = RwSignal::new(current_search());
    let Some(window) = web_sys::window() else { return Search(search) };
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
        // A query of the other entry: the browser follows the link, a new page.
        if let Some(query) = href.strip_prefix('?').filter(|_| !other_entry(&href)) {
            ev.prevent_default();
            navigate(search, &format!("?{query}"), true);
        }
    });
    if let Some(doc) = window.document() {
        let _ = doc.add_event_listener_with_callback("click", on_click.as_ref().unchecked_ref());
    }
    on_click.forget(); // lives as long as the page
    Search(search)
}

/// Installs the Back/Forward listener (once per page). `restore` gets the restored entry's
/// query and returns the query to show; when that differs, the entry is rewritten in place
/// (the reader's preferences are not part of the history they step through).
pub fn on_history(search: RwSignal<String>, restore: impl Fn(&str) -> String + 'static) {
    let Some(window) = web_sys::window() else { return };
    let on_pop = Closure::<dyn Fn()>::new(move || {
        // The reader moved through history: a write still waiting belonged to the page left.
        PENDING.with(|p| p.borrow_mut().take());
        let restored = current_search();
        if other_entry(&restored) {
            // The entry's page belongs to the other wasm: load it.
            let _ = web_sys::window().map(|w| w.location().reload());
            return;
        }
        let shown = restore(&restored);
        if shown != restored {
            write(&shown, false);
        }
        search.set(shown);
    });
    let _ = window.add_event_listener_with_callback("popstate", on_pop.as_ref().unchecked_ref());
    on_pop.forget(); // lives as long as the page
}

/// Writes `query` into the current entry (`push == false`) or a new one, now.
fn write(query: &str, push: bool) {
    let Some(window) = web_sys::window() else { return };
    // On a share page, the share path while the figure and language stay, else the root form.
    let url = address(query, false);
    if let Ok(history) = window.history() {
        let _ = if push {
            history.push_state_with_url(&JsValue::NULL, "", Some(&url))
        } else {
            history.replace_state_with_url(&JsValue::NULL, "", Some(&url))
        };
    }
}

fn flush() {
    if let Some(p) = PENDING.with(|p| p.borrow_mut().take()) {
        // A new entry starts at the top. Scrolled here, in the frame that paints the new page,
        // not in the click: scrolling there made the browser lay out the page being left.
        if p.push {
            if let Some(w) = web_sys::window() {
                w.scroll_to_with_x_and_y(0.0, 0.0);
            }
        }
        write(&p.url, p.push);
    }
}

/// Goes to `query` (`?…`) on this page: a new history entry if `push` (scrolled to the top),
/// else replacing the current one. The page follows at once; the history entry is written, and
/// the page scrolled, on the next animation frame (see the module comment). `query` must need
/// this page's wasm entry point (`crate::entry`): a link to the other one is followed by the
/// browser (see `install`).
pub fn navigate(search: RwSignal<String>, query: &str, push: bool) {
    let Some(window) = web_sys::window() else { return };
    let scheduled = PENDING.with(|p| {
        let mut p = p.borrow_mut();
        let scheduled = p.is_some();
        let push = push || p.as_ref().is_some_and(|p| p.push);
        *p = Some(Pending { url: query.to_string(), push });
        scheduled
    });
    if !scheduled {
        let frame = Closure::once_into_js(flush);
        if window.request_animation_frame(frame.unchecked_ref()).is_err() {
            flush();
        }
    }
    search.set(query.to_string());
}
