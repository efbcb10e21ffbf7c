//! The model explorer's page (`?view=models`), mounted by its own entry point
//! (`src/models_main.rs`).

use leptos::prelude::*;

/// Mounts the model explorer (stub).
pub fn start() {
    leptos::mount::mount_to_body(|| view! { <main id="main"><h1>"Model explorer"</h1></main> });
    crate::echarts::start_after_paint();
}
