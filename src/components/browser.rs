//! Small browser helpers for the views: clipboard writes and downloads made in the page
//! (nothing is fetched).

use wasm_bindgen::prelude::*;

/// Writes `text` to the clipboard; `done(true)` on success, `done(false)` otherwise.
pub fn copy_text(text: &str, done: impl Fn(bool) + 'static) {
    let Some(w) = web_sys::window() else { return done(false) };
    let clipboard = js_sys::Reflect::get(&w.navigator(), &"clipboard".into()).ok().filter(|c| !c.is_undefined());
    let write = clipboard.and_then(|c| {
        let f = js_sys::Reflect::get(&c, &"writeText".into()).ok()?.dyn_into::<js_sys::Function>().ok()?;
        f.call1(&c, &text.into()).ok()?.dyn_into::<js_sys::Promise>().ok()
    });
    let Some(p) = write else { return done(false) };
    let done = std::rc::Rc::new(done);
    let d2 = done.clone();
    let ok = Closure::<dyn FnMut(JsValue)>::new(move |_| done(true));
    let err = Closure::<dyn FnMut(JsValue)>::new(move |_| d2(false));
    let _ = p.then2(&ok, &err);
    // One small pair per click, kept until the promise settles.
    ok.forget();
    err.forget();
}

fn click_link(filename: &str, href: &str) {
    let Some(doc) = web_sys::window().and_then(|w| w.document()) else { return };
    let Ok(a) = doc.create_element("a") else { return };
    let a: web_sys::HtmlAnchorElement = a.unchecked_into();
    a.set_href(href);
    a.set_download(filename);
    a.click();
}

/// Saves `content` as a file named `filename` of type `mime`.
pub fn download_text(filename: &str, mime: &str, content: &str) {
    let parts = js_sys::Array::of1(&JsValue::from_str(content));
    let opts = web_sys::BlobPropertyBag::new();
    opts.set_type(mime);
    let Ok(blob) = web_sys::Blob::new_with_str_sequence_and_options(&parts, &opts) else { return };
    let Ok(url) = web_sys::Url::create_object_url_with_blob(&blob) else { return };
    click_link(filename, &url);
    let _ = web_sys::Url::revoke_object_url(&url);
}

/// Saves a `data:` URL as a file named `filename`.
pub fn download_data_url(filename: &str, data_url: &str) {
    click_link(filename, data_url);
}

/// The URL to pass on for a canonical query string (`?fig=…`): a figure view's share page
/// (`…/s/<figure>/<lang>/?…`), else this site's root page with the query
/// (`super::location::address`).
pub fn absolute_url(query: &str) -> String {
    let Some(loc) = web_sys::window().map(|w| w.location()) else { return query.to_string() };
    format!("{}{}", loc.origin().unwrap_or_default(), super::location::address(query, true))
}
