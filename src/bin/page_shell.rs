//! `cargo run --bin page-shell -- <file>`: writes the static HTML that index.html shows before
//! the wasm runs (see `ai_index_explorer::page_shell`). Run by `make dist` before Trunk; the
//! Trunk hook scripts/insert-shell.mjs puts it into dist/index.html. Writes only when the text
//! changed, so an unchanged shell does not make `trunk serve` rebuild.

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    let path = std::env::args().nth(1).unwrap_or_else(|| "build/shell.html".into());
    let html = ai_index_explorer::page_shell::shell_html();
    if std::fs::read_to_string(&path).ok().as_deref() == Some(html.as_str()) {
        return;
    }
    if let Some(dir) = std::path::Path::new(&path).parent() {
        let _ = std::fs::create_dir_all(dir);
    }
    if let Err(e) = std::fs::write(&path, html) {
        eprintln!("{path}: cannot write: {e}");
        std::process::exit(1);
    }
}

#[cfg(target_arch = "wasm32")]
fn main() {}
