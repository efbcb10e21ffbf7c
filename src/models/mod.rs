//! The model explorer's pure core (`?view=models`): every notable model (Epoch AI) and every
//! foundation model (Ecosystem Graphs) behind the chapter, as rows ([`data`]), the reader's
//! choices and their URL form ([`state`]), and the one table of what is shown ([`table`]) that
//! the chart option ([`option`]), the table view, the counts and the CSV ([`csv`]) all read.
//! Compiled into the explorer's own entry point only (`src/models_main.rs`).

pub mod csv;
pub mod data;
pub mod labels;
pub mod option;
pub mod palette;
pub mod search;
pub mod state;
pub mod table;

#[cfg(test)]
mod tests;
