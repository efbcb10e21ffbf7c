//! `cargo run --bin page-shell -- <shell.html> <share.json>`: writes the static HTML that
//! index.html shows before the wasm runs (see `ai_index_explorer::page_shell`), and what each
//! share page says of its figure (`ai_index_explorer::share_page`, for scripts/share-pages.mjs). Run by `make dist` before Trunk; the
//! Trunk hook scripts/insert-shell.mjs puts it into dist/index.html. Writes only when the text
//! changed, so an unchanged shell does not make `trunk serve` rebuild.

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    let mut args = std::env::args().skip(1);
    let shell = args.next().unwrap_or_else(|| "build/shell.html".into());
    let share = args.next().unwrap_or_else(|| "build/share.json".into());
    write_if_changed(&shell, &ai_index_explorer::page_shell::shell_html());
    let pages = ai_index_explorer::share_page::share_file();
    match serde_json::to_string(&pages) {
        Ok(json) => write_if_changed(&share, &json),
        Err(e) => fail(&share, &e.to_string()),
    }
}

#[cfg(not(target_arch = "wasm32"))]
fn fail(path: &str, e: &str) -> ! {
    eprintln!("{path}: cannot write: {e}");
    std::process::exit(1);
}

#[cfg(not(target_arch = "wasm32"))]
fn write_if_changed(path: &str, text: &str) {
    if std::fs::read_to_string(path).ok().as_deref() == Some(text) {
        return;
    }
    if let Some(dir) = std::path::Path::new(path).parent() {
        let _ = std::fs::create_dir_all(dir);
    }
    if let Err(e) = std::fs::write(path, text) {
        fail(path, &e.to_string());
    }
}

#[cfg(target_arch = "wasm32")]
fn main() {}
