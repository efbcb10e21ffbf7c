//! What the reader is looking at, and its URL form. The URL is the one source of truth for the
//! reader's choices: URL → [`parse`] → [`AppState`] → page; controls [`encode`] a new URL.

mod url;

pub use url::{encode, parse, Parsed, Problem, DEFAULT_COMPARE, MAX_COMPARE, MIGRATIONS, REPEATED};
pub(crate) use url::{clip, parse_time, write_time};

use crate::i18n::Lang;

/// Which view of a figure is shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum View {
    #[default]
    Chart,
    Table,
    /// The chosen regions side by side across the chapter's regional indicators.
    Compare,
    /// A figure's stated values set against those recomputed from an open dataset
    /// (figures where `data::dataset::has_reconciliation`).
    Reconcile,
    /// The model explorer: its own wasm entry point (`crate::entry`) shows it; the figures' app
    /// never does (a link to it loads the page anew).
    Models,
}

/// Which layers of a figure with a dataset layer are shown (`layer=`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum LayerChoice {
    /// The report's stated values and the dataset series.
    #[default]
    Both,
    /// The report's stated values only.
    Report,
    /// The series recomputed from the open dataset only.
    Dataset,
}

/// Value-axis scale.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scale {
    Linear,
    Log,
}

/// Stacked parts as counts or as shares of their total.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Stack {
    Absolute,
    Relative,
}

/// Colour theme; `None` in [`AppState`] follows the reader's system setting.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Theme {
    Light,
    Dark,
}

/// One end of a time range.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Bound {
    Earliest,
    Latest,
    Year(u16),
}

/// A time range `from..to`; a single year is `Year(y)..Year(y)`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TimeRange {
    pub from: Bound,
    pub to: Bound,
}

impl TimeRange {
    /// The range as years within `span` (the figure's time axis).
    pub fn resolve(&self, span: (u16, u16)) -> (u16, u16) {
        let year = |b: Bound| match b {
            Bound::Earliest => span.0,
            Bound::Latest => span.1,
            Bound::Year(y) => y,
        };
        (year(self.from), year(self.to))
    }
}

/// The reader's choices that a link carries. Empty or `None` fields are the figure's defaults.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct AppState {
    /// The open figure's id (`1.2.5`), or `None` for the overview.
    pub fig: Option<&'static str>,
    pub view: View,
    pub lang: Lang,
    /// Layers shown, on figures with a dataset layer; elsewhere always `Both`.
    pub layer: LayerChoice,
    /// Region codes chosen (canonical, in the reader's order); empty: all of the figure's.
    pub regions: Vec<&'static str>,
    pub time: Option<TimeRange>,
    pub scale: Option<Scale>,
    pub stack: Option<Stack>,
    /// Legend entries hidden: region codes or series keys (see `charts::controls`).
    pub hide: Vec<String>,
    /// Every bar of a long list rather than the top 15 (`show=all`).
    pub show_all: bool,
    pub theme: Option<Theme>,
    /// The figure alone, for an iframe in an article (`embed=1`).
    pub embed: bool,
}
