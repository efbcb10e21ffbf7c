//! AI Index R&D Explorer: Chapter 1 ("Research and Development") of the Stanford HAI
//! *AI Index Report 2024* as live bilingual charts.
//!
//! The pure core (`data`, `entry`, `i18n`, `state`, `view_table`, `charts`, `export`, `reconcile`) compiles and is tested natively; only
//! `echarts` and `components` touch the browser and exist on `wasm32` alone.

pub mod charts;
pub mod data;
/// The table view's markup: a component of the app, also rendered at build time for share pages.
pub mod data_table;
pub mod entry;
pub mod export;
pub mod i18n;
pub mod models;
/// Build-time only: the static HTML index.html shows before the wasm runs.
#[cfg(not(target_arch = "wasm32"))]
pub mod page_shell;
/// Build-time only: what each share page (`s/<figure>/<lang>/`) says of its figure.
#[cfg(not(target_arch = "wasm32"))]
pub mod share_page;
pub mod reconcile;
pub mod sort;
pub mod state;
pub mod text;
pub mod view_table;

#[cfg(target_arch = "wasm32")]
pub mod components;
#[cfg(target_arch = "wasm32")]
pub mod echarts;
