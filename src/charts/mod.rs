//! Pure chart builders: (figure, options, language) → a [`ChartOption`] (the ECharts option),
//! with the height the chart needs and the footnotes to print under it. One module per chart
//! kind; which one draws a figure follows from the figure's data (`chart_kind`, x kind, units,
//! completeness), never from a list of figure ids.

mod bar;
pub mod compare;
pub mod controls;
mod describe;
pub use describe::{describe, describe_table};
pub(crate) mod common;
mod grouped_bar;
mod line;
mod option;
pub use option::{ChartOption, DrawnSeries};
mod range_dot;
mod recomputed;
mod scatter;
mod stacked_bar;

pub use common::{escape_html, PointText, PALETTE};
pub use recomputed::measure_of;

use crate::data::{ChartKind, Completeness, Figure, Role};
use crate::i18n::Lang;
use crate::state::{AppState, LayerChoice, Scale, Stack, TimeRange};
use crate::view_table::{table, Row, ViewTable};

/// Bar charts with more categories than this show the top ones until the reader asks for all.
pub const TOP_N: usize = 15;

/// What the reader chose that changes how a chart is drawn (from the URL, plus "show all").
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ChartOptions {
    /// Show every category of a long bar chart instead of the top [`TOP_N`].
    pub show_all: bool,
    /// Region codes to show; empty: all.
    pub regions: Vec<&'static str>,
    pub time: Option<TimeRange>,
    pub scale: Option<Scale>,
    pub stack: Option<Stack>,
    /// Legend entries hidden (keys of [`controls::LegendEntry`]).
    pub hide: Vec<String>,
    /// Layers shown on a figure with a dataset layer (the table in view filters its rows by it).
    pub layer: LayerChoice,
}

impl ChartOptions {
    /// The chart options a page state asks for.
    pub fn from_state(state: &AppState) -> ChartOptions {
        ChartOptions {
            show_all: state.show_all,
            regions: state.regions.clone(),
            time: state.time,
            scale: state.scale,
            stack: state.stack,
            hide: state.hide.clone(),
            layer: state.layer,
        }
    }
}

/// A chart ready to hand to ECharts.
#[derive(Debug)]
pub struct BuiltChart {
    pub chart: ChartOption,
    /// Height the chart needs, in CSS pixels (long bar charts grow with their categories).
    pub height: u32,
    /// Notes printed under the chart, in the chart's language.
    pub footnotes: Vec<String>,
    /// For long bar charts: (categories shown, categories in all).
    pub shown: Option<(usize, usize)>,
    /// Legend names with the URL key that hides each (`hide=`), for legend clicks.
    pub legend: Vec<(String, String)>,
}

/// Everything a builder needs: the table in view and the resolved options.
pub(crate) struct Ctx<'a> {
    pub fig: &'static Figure,
    pub lang: Lang,
    pub table: &'a ViewTable,
    /// Rows in view (all roles; hidden series included, for the legend).
    pub values: Vec<&'a Row>,
    /// Years of the time axis: the chosen range, else the figure's span.
    pub span: Option<(u16, u16)>,
    pub log: bool,
    pub relative: bool,
    pub show_all: bool,
}

impl<'a> Ctx<'a> {
    fn new(table: &'a ViewTable, options: &ChartOptions) -> Ctx<'a> {
        let controls = &table.controls;
        Ctx {
            fig: table.fig,
            lang: table.lang,
            table,
            values: table.rows.iter().collect(),
            span: table.span,
            log: match options.scale {
                Some(Scale::Log) => controls.scale,
                Some(Scale::Linear) => false,
                None => controls.log_default,
            },
            relative: controls.stack && options.stack == Some(Stack::Relative),
            show_all: options.show_all,
        }
    }

    /// Rows with this role among the rows in view.
    pub fn with_role(&self, role: Role) -> Vec<&'a Row> {
        self.values.iter().copied().filter(|v| v.role == role).collect()
    }

    /// The legend key (`hide=`) of a series key, sector code or part key.
    pub fn entry_key(&self, key: &str) -> String {
        self.table.legend_key(key)
    }
}

/// True when `fig` is drawn as a chart at all (not an illustration or a figure without values).
pub fn has_chart(fig: &'static Figure) -> bool {
    fig.is_recomputed() || (fig.kind != ChartKind::Image && fig.completeness != Completeness::None && fig.values.iter().any(|v| v.role != Role::Annotation))
}

/// Builds the chart of `fig` under `options`: [`build_from`] on its [`table`].
pub fn build(fig: &'static Figure, options: &ChartOptions, lang: Lang) -> Option<BuiltChart> {
    build_from(&table(fig, options, lang), options)
}

/// Builds the chart of a table in view, or `None` when there is nothing to draw: the figure
/// has no chart ([`has_chart`]) or nothing is in view (`table.empty` says why).
pub fn build_from(table: &ViewTable, options: &ChartOptions) -> Option<BuiltChart> {
    if !has_chart(table.fig) || table.empty.is_some() {
        return None;
    }
    let ctx = Ctx::new(table, options);
    let mut built = if table.is_recomputed() {
        recomputed::build(&ctx)?
    } else {
        match table.fig.kind {
            ChartKind::Line => line::build(&ctx),
            ChartKind::Bar => bar::build(&ctx),
            ChartKind::GroupedBar => grouped_bar::build(&ctx),
            ChartKind::StackedBar => stacked_bar::build(&ctx),
            ChartKind::Scatter => scatter::build(&ctx),
            ChartKind::RangeDot => range_dot::build(&ctx),
            ChartKind::Image => return None,
        }
    };
    // Notes on how the table was made come first.
    let mut notes = table.notes.clone();
    notes.append(&mut built.footnotes);
    built.footnotes = notes;
    Some(apply_hidden(built, &ctx))
}

/// Greys out hidden legend entries (ECharts keeps them in the legend, so they can come back).
fn apply_hidden(mut built: BuiltChart, ctx: &Ctx) -> BuiltChart {
    let hidden: Vec<String> = built
        .legend
        .iter()
        .filter(|(_, key)| ctx.table.rows.iter().any(|r| r.hidden && ctx.entry_key(r.series_key) == *key))
        .map(|(name, _)| name.clone())
        .collect();
    if !hidden.is_empty() {
        built.chart = built.chart.legend(common::legend()).legend_hidden(hidden);
    }
    // Decal patterns on bars, so colour is never the only thing that tells series apart.
    built.chart = built.chart.aria(common::aria_with_decals());
    built
}

#[cfg(test)]
mod tests;
