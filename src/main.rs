//! Entry point: installs the panic hook and the axis formatter, then mounts the app.

#[cfg(target_arch = "wasm32")]
fn main() {
    use ai_index_explorer::{components::App, echarts, i18n};

    std::panic::set_hook(Box::new(|info| {
        // The message in the console (the crate console_error_panic_hook does this and more, in
        // more of the page's bytes).
        web_sys::console::error_1(&info.to_string().into());
        // Show a message instead of a blank or frozen page; text only, never HTML.
        if let Some(body) = web_sys::window().and_then(|w| w.document()).and_then(|d| d.body()) {
            let lang = body.owner_document().and_then(|d| d.document_element()).and_then(|e| e.get_attribute("lang"));
            let lang = if lang.as_deref().is_some_and(|l| l.starts_with("zh")) { i18n::Lang::Zh } else { i18n::Lang::En };
            if let Some(doc) = body.owner_document() {
                if let Ok(div) = doc.create_element("div") {
                    div.set_class_name("crash");
                    let _ = div.set_attribute("role", "alert");
                    div.set_text_content(Some(i18n::strings(lang).crashed));
                    let _ = body.prepend_with_node_1(&div);
                }
            }
        }
    }));
    echarts::install_axis_formatter();
    leptos::mount::mount_to_body(App);
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("This is the browser app: build it with `make dist` (Trunk), or run `make test`.");
}
