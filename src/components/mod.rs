//! Thin Leptos views over the pure core. The URL drives everything: [`app::App`] parses it into
//! an [`crate::state::AppState`]; controls navigate to a new URL and never set state directly.

pub mod app;
mod chart_view;
mod compare;
mod controls;
mod copy_link;
mod data_table;
mod figure_card;
mod header;
mod notice;
mod overview;

pub use app::App;
