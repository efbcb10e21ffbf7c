//! Pure chart builders: (figure, options, language) → a `charming::Chart` (the ECharts option),
//! with the height the chart needs and the footnotes to print under it. One module per chart
//! kind; which one draws a figure follows from the figure's data (`chart_kind`, x kind, units,
//! completeness), never from a list of figure ids.

mod bar;
pub mod compare;
pub mod controls;
mod describe;
pub use describe::describe;
mod common;
mod grouped_bar;
mod line;
mod range_dot;
mod recomputed;
mod scatter;
mod stacked_bar;

pub use common::{escape_html, PointText, PALETTE};
pub use recomputed::measure_of;

use charming::Chart;

use crate::data::{ChartKind, Completeness, Figure, Role, Value};
use crate::i18n::Lang;
use crate::state::{AppState, Scale, Stack, TimeRange};
use controls::Controls;

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
        }
    }
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
    /// Legend names with the URL key that hides each (`hide=`), for legend clicks.
    pub legend: Vec<(String, String)>,
}

/// Everything a builder needs: the figure, its values after the reader's region and time
/// filters, and the resolved options.
pub(crate) struct Ctx {
    pub fig: &'static Figure,
    pub lang: Lang,
    /// Rows kept by the region and time filters (all roles).
    pub values: Vec<&'static Value>,
    /// Years of the time axis: the chosen range, else the figure's span.
    pub span: Option<(u16, u16)>,
    pub log: bool,
    pub relative: bool,
    pub show_all: bool,
    pub regions: Vec<&'static str>,
    pub time: Option<(u16, u16)>,
    controls: Controls,
    hide: Vec<String>,
}

impl Ctx {
    fn new(fig: &'static Figure, options: &ChartOptions, lang: Lang) -> Ctx {
        let controls = controls::controls(fig);
        let time = match (options.time, controls.years) {
            (Some(t), Some(span)) => Some(t.resolve(span)),
            _ => None,
        };
        let keep = |v: &&'static Value| {
            let region_ok = options.regions.is_empty() || v.region.is_none_or(|r| options.regions.contains(&r));
            let year: Option<u16> = if v.x.len() == 4 { v.x.parse().ok() } else { None };
            let time_ok = match (time, year) {
                (Some((a, b)), Some(y)) => (a..=b).contains(&y),
                _ => true,
            };
            region_ok && time_ok
        };
        Ctx {
            fig,
            lang,
            values: fig.values.iter().filter(keep).collect(),
            span: time.or(fig.span),
            log: match options.scale {
                Some(Scale::Log) => controls.scale,
                Some(Scale::Linear) => false,
                None => controls.log_default,
            },
            relative: controls.stack && options.stack == Some(Stack::Relative),
            show_all: options.show_all,
            regions: options.regions.clone(),
            time,
            hide: options.hide.clone(),
            controls,
        }
    }

    /// Rows with this role among the kept values.
    pub fn with_role(&self, role: Role) -> Vec<&'static Value> {
        self.values.iter().copied().filter(|v| v.role == role).collect()
    }

    /// The legend key (`hide=`) of a series key, sector code or part key.
    pub fn entry_key(&self, key: &str) -> String {
        self.controls
            .legend
            .iter()
            .find(|e| e.key == key || e.series_keys.contains(&key))
            .map_or_else(|| key.to_string(), |e| e.key.clone())
    }

    fn is_hidden(&self, key: &str) -> bool {
        self.hide.contains(&key.to_string())
    }
}

/// Builds the chart of `fig`, or `None` for figures that have nothing to plot (illustrations
/// and figures whose values the report does not give and no dataset here reproduces).
pub fn build(fig: &'static Figure, options: &ChartOptions, lang: Lang) -> Option<BuiltChart> {
    let ctx = Ctx::new(fig, options, lang);
    let built = if fig.is_recomputed() {
        recomputed::build(&ctx)?
    } else if fig.kind == ChartKind::Image || fig.completeness == Completeness::None || fig.values.iter().all(|v| v.role == Role::Annotation) {
        return None;
    } else {
        match fig.kind {
            ChartKind::Line => line::build(&ctx),
            ChartKind::Bar => bar::build(&ctx),
            ChartKind::GroupedBar => grouped_bar::build(&ctx),
            ChartKind::StackedBar => stacked_bar::build(&ctx),
            ChartKind::Scatter => scatter::build(&ctx),
            ChartKind::RangeDot => range_dot::build(&ctx),
            ChartKind::Image => return None,
        }
    };
    Some(apply_hidden(built, &ctx))
}

/// The figure's rows that the reader's region and time choices keep (all roles), file order.
pub fn visible_values(fig: &'static Figure, options: &ChartOptions) -> Vec<&'static Value> {
    Ctx::new(fig, options, Lang::En).values
}

/// Greys out hidden legend entries (ECharts keeps them in the legend, so they can come back).
fn apply_hidden(mut built: BuiltChart, ctx: &Ctx) -> BuiltChart {
    let hidden: Vec<(String, bool)> =
        built.legend.iter().filter(|(_, key)| ctx.is_hidden(key)).map(|(name, _)| (name.clone(), false)).collect();
    if !hidden.is_empty() {
        built.chart = built.chart.legend(common::legend().selected(hidden));
    }
    // Decal patterns on bars, so colour is never the only thing that tells series apart.
    built.chart = built.chart.aria(common::aria_with_decals());
    built
}

#[cfg(test)]
mod tests;
