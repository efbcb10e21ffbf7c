//! Pure chart builders: (figure, options, language) → a `charming::Chart` (the ECharts option),
//! with the height the chart needs and the footnotes to print under it. One module per chart
//! kind; which one draws a figure follows from the figure's data (`chart_kind`, x kind, units,
//! completeness), never from a list of figure ids.

mod bar;
mod common;
mod grouped_bar;
mod line;
mod range_dot;
mod recomputed;
mod scatter;
mod stacked_bar;

pub use common::{escape_html, PointText, PALETTE};

use charming::Chart;

use crate::data::{ChartKind, Completeness, Figure};
use crate::i18n::Lang;

/// Bar charts with more categories than this show the top ones until the reader asks for all.
pub const TOP_N: usize = 15;

/// What the reader chose that changes how a chart is drawn.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct ChartOptions {
    /// Show every category of a long bar chart instead of the top [`TOP_N`].
    pub show_all: bool,
}

/// A chart ready to hand to ECharts.
#[derive(Debug)]
pub struct BuiltChart {
    pub chart: Chart,
    /// Height the chart needs, in CSS pixels (long bar charts grow with their categories).
    pub height: u32,
    /// Notes printed under the chart, in the chart's language.
    pub footnotes: Vec<String>,
    /// For long bar charts: (categories shown, categories in all).
    pub shown: Option<(usize, usize)>,
}

/// Builds the chart of `fig`, or `None` for figures that have nothing to plot (illustrations
/// and figures whose values the report does not give and no dataset here reproduces).
pub fn build(fig: &Figure, options: ChartOptions, lang: Lang) -> Option<BuiltChart> {
    if fig.is_recomputed() {
        return recomputed::build(fig, options, lang);
    }
    if fig.kind == ChartKind::Image || fig.completeness == Completeness::None || fig.values.iter().all(|v| v.role == crate::data::Role::Annotation) && fig.totals().next().is_none() {
        return None;
    }
    let built = match fig.kind {
        ChartKind::Line => line::build(fig, lang),
        ChartKind::Bar => bar::build(fig, options, lang),
        ChartKind::GroupedBar => grouped_bar::build(fig, lang),
        ChartKind::StackedBar => stacked_bar::build(fig, lang),
        ChartKind::Scatter => scatter::build(fig, lang),
        ChartKind::RangeDot => range_dot::build(fig, lang),
        ChartKind::Image => return None,
    };
    Some(built)
}

/// The option as JSON text, as ECharts receives it (functions appear as their source).
pub fn to_json(chart: &Chart) -> String {
    chart.to_string()
}

#[cfg(test)]
mod tests;
