//! The ECharts option a chart hands to ECharts: charming's components and series, gathered
//! into the parts of an option the explorer's charts use.
//!
//! Why not `charming::Chart`: its serializer covers every ECharts component and all 22 series
//! kinds, and serde's derived code for all of them stays in the wasm whether a chart uses them
//! or not (about 20 KB gzipped). This type has the same builder methods for the parts used
//! here and serializes to the same JSON as a `charming::Chart` built with the same calls (one
//! axis as an object and several as an array), tested below against charming's own serializer
//! for every figure's charts. One difference in how it is built: the legend's hidden entries
//! are set with [`ChartOption::legend_hidden`], not charming's `Legend::selected`, which
//! collects them into a sorted map (that sort alone is 3 KB gzipped of wasm).
use charming::component::{Aria, Axis, Grid, Legend};
use charming::element::Tooltip;
use charming::series::{Bar, Line, Scatter};
use serde::{Serialize, Serializer};

/// One ECharts option (`setOption`'s argument): tooltip, legend, grids, axes, aria and series.
/// Serialized by serde (to a JS object in the browser, to JSON in tests); fields left unset are
/// left out of the option.
#[derive(Serialize, Debug, Clone, PartialEq, Default)]
#[serde(rename_all = "camelCase")]
pub struct ChartOption {
    #[serde(skip_serializing_if = "Option::is_none")]
    tooltip: Option<Tooltip>,
    #[serde(skip_serializing_if = "Option::is_none")]
    legend: Option<LegendOption>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    grid: Vec<Grid>,
    #[serde(skip_serializing_if = "Vec::is_empty", serialize_with = "one_or_many")]
    x_axis: Vec<Axis>,
    #[serde(skip_serializing_if = "Vec::is_empty", serialize_with = "one_or_many")]
    y_axis: Vec<Axis>,
    #[serde(skip_serializing_if = "Option::is_none")]
    aria: Option<Aria>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    series: Vec<DrawnSeries>,
}

/// charming's legend with the entries shown or hidden (`selected` in ECharts' terms).
#[derive(Serialize, Debug, Clone, PartialEq)]
struct LegendOption {
    #[serde(flatten)]
    legend: Legend,
    #[serde(skip_serializing_if = "Vec::is_empty", serialize_with = "as_object")]
    selected: Vec<(String, bool)>,
}

/// Pairs as one object: `{"India": false}`.
fn as_object<S: Serializer>(pairs: &[(String, bool)], serializer: S) -> Result<S::Ok, S::Error> {
    serializer.collect_map(pairs.iter().map(|(k, v)| (k, v)))
}

/// The series kinds the explorer draws. Each serializes as charming's series of that kind
/// (with its `type`).
#[derive(Serialize, Debug, Clone, PartialEq)]
#[serde(untagged)]
pub enum DrawnSeries {
    Line(Line),
    Bar(Bar),
    Scatter(Scatter),
}

impl From<Line> for DrawnSeries {
    fn from(s: Line) -> Self {
        DrawnSeries::Line(s)
    }
}

impl From<Bar> for DrawnSeries {
    fn from(s: Bar) -> Self {
        DrawnSeries::Bar(s)
    }
}

impl From<Scatter> for DrawnSeries {
    fn from(s: Scatter) -> Self {
        DrawnSeries::Scatter(s)
    }
}

/// A single axis as an object, several as an array (as charming's `OneOrMany<_, PreferOne>`).
fn one_or_many<S: Serializer>(axes: &[Axis], serializer: S) -> Result<S::Ok, S::Error> {
    match axes {
        [one] => one.serialize(serializer),
        many => many.serialize(serializer),
    }
}

impl ChartOption {
    /// An empty option.
    pub fn new() -> ChartOption {
        ChartOption::default()
    }

    /// Sets the tooltip.
    pub fn tooltip(mut self, tooltip: Tooltip) -> ChartOption {
        self.tooltip = Some(tooltip);
        self
    }

    /// Sets the legend (replacing one set before, with its hidden entries).
    pub fn legend(mut self, legend: Legend) -> ChartOption {
        self.legend = Some(LegendOption { legend, selected: Vec::new() });
        self
    }

    /// Hides these legend entries (by series name): ECharts keeps them in the legend, greyed
    /// out, and leaves their series out of the plot. Needs a legend set before; names are kept
    /// once, in the order given.
    pub fn legend_hidden(mut self, names: impl IntoIterator<Item = String>) -> ChartOption {
        if let Some(l) = &mut self.legend {
            for name in names {
                if !l.selected.iter().any(|(n, _)| *n == name) {
                    l.selected.push((name, false));
                }
            }
        }
        self
    }

    /// Adds a grid.
    pub fn grid(mut self, grid: Grid) -> ChartOption {
        self.grid.push(grid);
        self
    }

    /// Adds an x axis.
    pub fn x_axis(mut self, axis: Axis) -> ChartOption {
        self.x_axis.push(axis);
        self
    }

    /// Adds a y axis.
    pub fn y_axis(mut self, axis: Axis) -> ChartOption {
        self.y_axis.push(axis);
        self
    }

    /// Sets the aria settings (decal patterns).
    pub fn aria(mut self, aria: Aria) -> ChartOption {
        self.aria = Some(aria);
        self
    }

    /// Adds a series.
    pub fn series(mut self, series: impl Into<DrawnSeries>) -> ChartOption {
        self.series.push(series.into());
        self
    }

    /// The same option as a `charming::Chart`, for the tests that hold this type to charming's
    /// serializer.
    #[cfg(test)]
    pub fn to_charming(&self) -> charming::Chart {
        let mut chart = charming::Chart::new();
        if let Some(t) = &self.tooltip {
            chart = chart.tooltip(t.clone());
        }
        if let Some(l) = &self.legend {
            let legend = l.legend.clone();
            chart = chart.legend(if l.selected.is_empty() { legend } else { legend.selected(l.selected.clone()) });
        }
        for g in &self.grid {
            chart = chart.grid(g.clone());
        }
        for a in &self.x_axis {
            chart = chart.x_axis(a.clone());
        }
        for a in &self.y_axis {
            chart = chart.y_axis(a.clone());
        }
        if let Some(a) = &self.aria {
            chart = chart.aria(a.clone());
        }
        for s in &self.series {
            chart = chart.series(match s {
                DrawnSeries::Line(l) => charming::series::Series::Line(l.clone()),
                DrawnSeries::Bar(b) => charming::series::Series::Bar(b.clone()),
                DrawnSeries::Scatter(s) => charming::series::Series::Scatter(s.clone()),
            });
        }
        chart
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::charts::{build, ChartOptions};
    use crate::data::FIGURES;
    use crate::i18n::Lang;
    use crate::state::{Scale, Stack};

    /// The same JSON value (objects compared by keys and values; ECharts reads them so).
    fn same_json(option: &ChartOption, what: &str) {
        let ours = serde_json::to_value(option).unwrap();
        let charming = serde_json::to_value(option.to_charming()).unwrap();
        assert_eq!(ours, charming, "{what}: serialized unlike charming::Chart");
    }

    #[test]
    fn empty_and_two_axes_serialize_like_charming() {
        same_json(&ChartOption::new(), "empty");
        let two = ChartOption::new().x_axis(Axis::new()).x_axis(Axis::new()).y_axis(Axis::new());
        same_json(&two, "two x axes");
        let json: serde_json::Value = serde_json::to_value(&two).unwrap();
        assert!(json["xAxis"].is_array() && json["yAxis"].is_object(), "{json}");
        let hidden = ChartOption::new().legend(Legend::new().top(0)).legend_hidden(["India".to_string(), "Rest of the world".into(), "India".into()]);
        same_json(&hidden, "hidden legend entries");
        let json: serde_json::Value = serde_json::to_value(&hidden).unwrap();
        assert_eq!(json["legend"], serde_json::json!({"top": 0, "selected": {"India": false, "Rest of the world": false}}));
        assert_eq!(serde_json::to_value(ChartOption::new().legend_hidden(["x".to_string()])).unwrap(), serde_json::json!({}));
    }

    /// Every figure's chart in both languages, with each offered scale and stacking, and all
    /// categories shown: the same JSON as charming's `Chart` (the type the explorer used
    /// before), so ECharts is given exactly what it was given before.
    #[test]
    fn every_figure_serializes_like_charming() {
        let mut checked = 0;
        for fig in FIGURES.iter() {
            for lang in [Lang::En, Lang::Zh] {
                for (scale, stack, show_all) in [
                    (None, None, false),
                    (Some(Scale::Log), Some(Stack::Relative), true),
                    (Some(Scale::Linear), Some(Stack::Absolute), false),
                ] {
                    let hide = if show_all { crate::charts::controls::controls(fig).legend.into_iter().take(2).map(|e| e.key).collect() } else { Vec::new() };
                    let options = ChartOptions { scale, stack, show_all, hide, ..ChartOptions::default() };
                    if let Some(built) = build(fig, &options, lang) {
                        same_json(&built.chart, &format!("{} {lang:?} {options:?}", fig.id));
                        checked += 1;
                    }
                }
            }
        }
        let drawn = FIGURES.iter().filter(|f| crate::charts::has_chart(f)).count();
        assert!(checked >= drawn * 2, "{checked} charts checked, {drawn} figures have charts");
    }
}
