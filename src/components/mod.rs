//! Thin Leptos views over the pure core. The URL drives everything: [`app::App`] parses it into
//! an [`crate::state::AppState`]; controls navigate to a new URL and never set state directly.

pub mod app;
pub(crate) mod browser;
mod chart_view;
mod compare;
mod controls;
mod copy_link;
mod embed;
mod share_panel;
mod figure_card;
mod header;
pub(crate) mod location;
pub(crate) mod notice;
mod overview;
pub mod models;
pub mod models_loader;
mod reconcile_view;

pub use app::App;
