//! Entry point of the model explorer (`?view=models`): a second wasm, so the figure pages'
//! first view does not carry its code (issue 9's delivery rules). index.html loads this one or
//! the figures' (`src/main.rs`) by the link's `view`.

#[cfg(target_arch = "wasm32")]
fn main() {
    ai_index_explorer::components::models::start();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("This is the browser app's model explorer: build it with `make dist` (Trunk).");
}
