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
use serde::ser::{Error as _, Impossible, SerializeStruct};
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
#[derive(Debug, Clone, PartialEq)]
struct LegendOption {
    legend: Legend,
    selected: Vec<(String, bool)>,
}

/// The legend's own fields, then `selected` (when any entry is hidden). Not
/// `#[serde(flatten)]`: that serializes the legend through a map serializer of its own, a
/// second copy of all of the legend's serializing code in the wasm (about 1 KB gzipped).
impl Serialize for LegendOption {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        self.legend.serialize(WithSelected { inner: serializer, selected: &self.selected })
    }
}

/// Pairs as one object: `{"India": false}`.
struct AsObject<'a>(&'a [(String, bool)]);

impl Serialize for AsObject<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_map(self.0.iter().map(|(k, v)| (k, v)))
    }
}

/// A serializer for charming's `Legend` (a struct): hands its fields to `inner`'s struct
/// serializer and adds `selected` at the end. Anything but a struct is an error (a `Legend`
/// never serializes as one).
struct WithSelected<'a, S> {
    inner: S,
    selected: &'a [(String, bool)],
}

/// `WithSelected`'s struct serializer.
struct WithSelectedStruct<'a, T> {
    inner: T,
    selected: &'a [(String, bool)],
}

impl<T: SerializeStruct> SerializeStruct for WithSelectedStruct<'_, T> {
    type Ok = T::Ok;
    type Error = T::Error;

    fn serialize_field<V: Serialize + ?Sized>(&mut self, key: &'static str, value: &V) -> Result<(), T::Error> {
        self.inner.serialize_field(key, value)
    }

    fn skip_field(&mut self, key: &'static str) -> Result<(), T::Error> {
        self.inner.skip_field(key)
    }

    fn end(mut self) -> Result<T::Ok, T::Error> {
        if !self.selected.is_empty() {
            self.inner.serialize_field("selected", &AsObject(self.selected))?;
        }
        self.inner.end()
    }
}

/// The `Serializer` methods `WithSelected` refuses: each returns an error.
macro_rules! not_a_struct {
    ($($name:ident($($arg:ty),*) -> $ret:ty;)*) => {$(
        fn $name(self, $(_: $arg),*) -> Result<$ret, S::Error> {
            Err(S::Error::custom("legend: not a struct"))
        }
    )*};
}

impl<'a, S: Serializer> Serializer for WithSelected<'a, S> {
    type Ok = S::Ok;
    type Error = S::Error;
    type SerializeSeq = Impossible<S::Ok, S::Error>;
    type SerializeTuple = Impossible<S::Ok, S::Error>;
    type SerializeTupleStruct = Impossible<S::Ok, S::Error>;
    type SerializeTupleVariant = Impossible<S::Ok, S::Error>;
    type SerializeMap = Impossible<S::Ok, S::Error>;
    type SerializeStruct = WithSelectedStruct<'a, S::SerializeStruct>;
    type SerializeStructVariant = Impossible<S::Ok, S::Error>;

    fn serialize_struct(self, name: &'static str, len: usize) -> Result<Self::SerializeStruct, S::Error> {
        let inner = self.inner.serialize_struct(name, len + usize::from(!self.selected.is_empty()))?;
        Ok(WithSelectedStruct { inner, selected: self.selected })
    }

    fn serialize_some<T: Serialize + ?Sized>(self, _: &T) -> Result<S::Ok, S::Error> {
        Err(S::Error::custom("legend: not a struct"))
    }

    fn serialize_newtype_struct<T: Serialize + ?Sized>(self, _: &'static str, _: &T) -> Result<S::Ok, S::Error> {
        Err(S::Error::custom("legend: not a struct"))
    }

    fn serialize_newtype_variant<T: Serialize + ?Sized>(self, _: &'static str, _: u32, _: &'static str, _: &T) -> Result<S::Ok, S::Error> {
        Err(S::Error::custom("legend: not a struct"))
    }

    not_a_struct! {
        serialize_bool(bool) -> S::Ok;
        serialize_i8(i8) -> S::Ok;
        serialize_i16(i16) -> S::Ok;
        serialize_i32(i32) -> S::Ok;
        serialize_i64(i64) -> S::Ok;
        serialize_u8(u8) -> S::Ok;
        serialize_u16(u16) -> S::Ok;
        serialize_u32(u32) -> S::Ok;
        serialize_u64(u64) -> S::Ok;
        serialize_f32(f32) -> S::Ok;
        serialize_f64(f64) -> S::Ok;
        serialize_char(char) -> S::Ok;
        serialize_str(&str) -> S::Ok;
        serialize_bytes(&[u8]) -> S::Ok;
        serialize_none() -> S::Ok;
        serialize_unit() -> S::Ok;
        serialize_unit_struct(&'static str) -> S::Ok;
        serialize_unit_variant(&'static str, u32, &'static str) -> S::Ok;
        serialize_seq(Option<usize>) -> Self::SerializeSeq;
        serialize_tuple(usize) -> Self::SerializeTuple;
        serialize_tuple_struct(&'static str, usize) -> Self::SerializeTupleStruct;
        serialize_tuple_variant(&'static str, u32, &'static str, usize) -> Self::SerializeTupleVariant;
        serialize_map(Option<usize>) -> Self::SerializeMap;
        serialize_struct_variant(&'static str, u32, &'static str, usize) -> Self::SerializeStructVariant;
    }
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
