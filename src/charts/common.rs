//! Pieces every chart builder shares: colours, tooltips and labels (text computed in Rust and
//! looked up by series and point index in the browser), and value axes whose tick labels are
//! formatted by [`crate::i18n`] through `window.aiIndexAxisLabel` (installed by `echarts.rs`).

use charming::component::{Axis, Grid, Legend, LegendType};
use crate::data::decimal::pow10;
use charming::element::{AxisLabel, AxisType, Formatter, JsFunction, NameLocation, SplitLine, TextStyle, Tooltip, Trigger};

use crate::data::{Figure, Qualifier};
use crate::i18n::{format_label, format_period, format_stated, qualifier_mark, provenance_label, Lang};
use crate::view_table::Row;

/// Text per series, per point: `table[series_index][data_index]`.
pub type PointText = Vec<Vec<String>>;

/// Series colours, in order: chosen for contrast on white and on dark grey.
pub const PALETTE: [&str; 10] =
    ["#3b6fb6", "#d1495b", "#2a9d8f", "#e9a03b", "#7b5ea7", "#5c8a3a", "#c2577a", "#4c9ed9", "#a0522d", "#6b6b6b"];

/// A stable colour for a region code, so a region looks the same in every figure.
pub fn region_color(code: &str) -> Option<&'static str> {
    Some(match code {
        "USA" => "#3b6fb6",
        "CHN" => "#d1495b",
        "EU_UK" => "#2a9d8f",
        "EU27" => "#3f8f5f",
        "GBR" => "#7b5ea7",
        "IND" => "#e9a03b",
        "ROW" | "WORLD" => "#6b6b6b",
        "EAS" => "#c2577a",
        "NAC" => "#4c9ed9",
        "ECS" => "#5c8a3a",
        _ => return None,
    })
}

/// ECharts' aria with decal patterns on bars, the patterns given explicitly (the reduced
/// ECharts bundle has no default palette, and an empty one breaks drawing).
pub fn aria_with_decals() -> charming::component::Aria {
    use charming::component::{Aria, Decal, DecalItem};
    use charming::datatype::CompositeValue;
    let stripes = |rotation: f64, gap: f64| {
        DecalItem::new()
            .symbol(charming::element::Symbol::Rect)
            .dash_array_x(CompositeValue::from(vec![1.0, 0.0]))
            .dash_array_y(CompositeValue::from(vec![2.0, gap]))
            .rotation(rotation)
    };
    let dots = |symbol: charming::element::Symbol| {
        DecalItem::new()
            .symbol(symbol)
            .symbol_size(0.7)
            .dash_array_x(CompositeValue::from(vec![CompositeValue::from(vec![8.0, 8.0]), CompositeValue::from(vec![0.0, 8.0, 8.0, 0.0])]))
            .dash_array_y(CompositeValue::from(vec![6.0, 0.0]))
    };
    let decals = vec![
        stripes(0.0, 0.0),
        stripes(std::f64::consts::FRAC_PI_4, 5.0),
        dots(charming::element::Symbol::Circle),
        stripes(-std::f64::consts::FRAC_PI_4, 4.0),
        dots(charming::element::Symbol::Triangle),
        stripes(std::f64::consts::FRAC_PI_2, 4.0),
    ];
    Aria::new().enabled(true).decal(Decal::new().show(true).decals(decals))
}

/// Marker shapes by series index: with the legend, they tell series apart without colour.
/// `hollow` gives the outlined variant used for approximate values and bounds.
pub fn series_symbol(index: usize, hollow: bool) -> charming::element::Symbol {
    // ECharts' names; the hollow ones are written out (not derived with `to_uppercase`, which
    // would bring the Unicode case tables, 6 KB gzipped, into the wasm).
    const SHAPES: [(&str, &str); 5] = [
        ("circle", "emptyCircle"),
        ("rect", "emptyRect"),
        ("triangle", "emptyTriangle"),
        ("diamond", "emptyDiamond"),
        ("roundRect", "emptyRoundRect"),
    ];
    let (solid, outlined) = SHAPES[index % SHAPES.len()];
    charming::element::Symbol::Custom(if hollow { outlined } else { solid }.to_string())
}

/// Escapes text for the HTML that ECharts renders in tooltips.
pub fn escape_html(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(c),
        }
    }
    out
}

/// `table` as a JSON array of arrays of strings. Written here: serde_json's code is a few KB of
/// the page for this one call.
fn json_table(table: &PointText) -> String {
    let mut out = String::from("[");
    for (i, row) in table.iter().enumerate() {
        out.push_str(if i == 0 { "[" } else { ",[" });
        for (j, cell) in row.iter().enumerate() {
            if j > 0 {
                out.push(',');
            }
            out.push('"');
            for c in cell.chars() {
                match c {
                    '"' => out.push_str("\\\""),
                    '\\' => out.push_str("\\\\"),
                    c if (c as u32) < 0x20 => out.push_str(&format!("\\u{:04x}", c as u32)),
                    c => out.push(c),
                }
            }
            out.push('"');
        }
        out.push(']');
    }
    out.push(']');
    out
}

/// A JS function `(p) => table[p.seriesIndex][p.dataIndex]`, the table embedded as JSON.
fn lookup_function(table: &PointText) -> JsFunction {
    let json = json_table(table);
    JsFunction::new_with_args(
        "p",
        &format!("var t={json};var r=t[p.seriesIndex];return r&&r[p.dataIndex]!=null?r[p.dataIndex]:'';"),
    )
}

/// An item tooltip that shows the prepared HTML of the hovered point (confined to the chart and
/// wrapped by `echarts.rs`, so it stays inside a phone-width frame).
pub fn tooltip(table: &PointText) -> Tooltip {
    Tooltip::new().trigger(Trigger::Item).formatter(Formatter::Function(lookup_function(table)))
}

/// A label formatter that shows the prepared text of each point.
pub fn label_formatter(table: &PointText) -> Formatter {
    Formatter::Function(lookup_function(table))
}

/// How a value axis writes its ticks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TickStyle {
    /// 240K / 24万.
    Compact,
    /// 10⁹ on log axes.
    Power,
    /// Years, ungrouped.
    Year,
}

impl TickStyle {
    fn code(self) -> &'static str {
        match self {
            TickStyle::Compact => "compact",
            TickStyle::Power => "power",
            TickStyle::Year => "year",
        }
    }
}

/// A value (or log) axis named `name`, ticks formatted per language.
pub fn value_axis(name: &str, log: bool, ticks: TickStyle, lang: Lang) -> Axis {
    let body = format!(
        "return window.aiIndexAxisLabel?window.aiIndexAxisLabel(v,\"{}\",\"{}\"):String(v);",
        lang.code(),
        ticks.code()
    );
    Axis::new()
        .type_(if log { AxisType::Log } else { AxisType::Value })
        .name(name)
        .name_location(NameLocation::End)
        // Start the name at the axis, so a long unit never runs off the left edge.
        .name_text_style(TextStyle::new().align("left"))
        .split_line(SplitLine::new().show(true))
        .axis_label(AxisLabel::new().formatter(Formatter::Function(JsFunction::new_with_args("v", &body))))
}

/// A category axis with these labels; long labels are shortened on the axis (full in tooltips).
pub fn category_axis(labels: Vec<String>) -> Axis {
    Axis::new().type_(AxisType::Category).data(labels).axis_label(AxisLabel::new().formatter(Formatter::Function(
        JsFunction::new_with_args("v", "v=String(v);return v.length>26?v.slice(0,25)+'…':v;"),
    )))
}

/// The plot area: labels inside, room for a legend on top when there is one.
pub fn grid(has_legend: bool) -> Grid {
    Grid::new().left(8).right(32).bottom(8).top(if has_legend { 56 } else { 28 }).contain_label(true)
}

/// The plot area of a chart with labels to the right of its points or bars.
pub fn wide_grid(has_legend: bool) -> Grid {
    grid(has_legend).right(72).bottom(24)
}

/// A scrolling legend on top.
pub fn legend() -> Legend {
    Legend::new().type_(LegendType::Scroll).top(0).left(0)
}

/// Axis name: the figure's unit, with "log scale" when the axis is logarithmic.
pub fn unit_name(fig: &Figure, log: bool, lang: Lang) -> String {
    let unit = lang.pick(fig.unit);
    if log && !crate::text::contains(unit, "log") && !crate::text::contains(unit, "对数") {
        match lang {
            Lang::En => format!("{unit} (log scale)"),
            Lang::Zh => format!("{unit}（对数刻度）"),
        }
    } else {
        unit.to_string()
    }
}

/// Label on a plotted point: short where no digit is lost, with its qualifier mark
/// (`> 240K`, `≈ 8.8万`, `$78,352,034`).
pub fn point_label(v: &Row, lang: Lang) -> String {
    let mark = qualifier_mark(v.qualifier);
    let value = v.shown();
    let number = match v.unit {
        crate::data::Unit::Percent | crate::data::Unit::PercentChange => format!("{}%", crate::i18n::format_full(value, lang)),
        crate::data::Unit::Usd if lang == Lang::En => format!("${}", format_label(value, lang)),
        _ => format_label(value, lang),
    };
    if mark.is_empty() { number } else { format!("{mark} {number}") }
}

/// Tooltip HTML of a stated value: series, x, value with qualifier and unit, provenance, note
/// for approximate values and bounds.
pub fn value_tip(v: &Row, lang: Lang) -> String {
    let mut s = format!(
        "<b>{}</b><br/>{}{}{}<br/><span style=\"opacity:.75\">{}</span>",
        escape_html(lang.pick(v.series)),
        escape_html(&format_period(&v.x, lang)),
        colon(lang),
        escape_html(&format_stated(v.shown(), v.unit, v.qualifier, lang)),
        escape_html(provenance_label(v.provenance, lang)),
    );
    if v.qualifier != Qualifier::Exact {
        let q = match (lang, v.qualifier) {
            (Lang::En, Qualifier::Approx) => "approximate value",
            (Lang::Zh, Qualifier::Approx) => "近似值",
            (Lang::En, _) => "lower bound: the report says “more than”",
            (Lang::Zh, _) => "下限：报告称“超过”",
        };
        s.push_str(&format!("<br/><i>{q}</i>"));
    }
    s
}

/// The colon after a label: ASCII `: ` in English, full-width `：` after Chinese text.
pub fn colon(lang: Lang) -> &'static str {
    match lang {
        Lang::En => ": ",
        Lang::Zh => "：",
    }
}

/// Powers of ten just below the smallest and just above the largest positive value: log-axis
/// bounds that hug the data (ECharts' own choice can add ten empty decades).
pub fn log_bounds(values: impl IntoIterator<Item = f64>) -> Option<(f64, f64)> {
    let (mut lo, mut hi) = (f64::INFINITY, f64::NEG_INFINITY);
    for v in values.into_iter().filter(|v| *v > 0.0 && v.is_finite()) {
        lo = lo.min(v);
        hi = hi.max(v);
    }
    (lo <= hi).then(|| (pow10(lo.log10().floor() as i32), pow10(hi.log10().ceil() as i32)))
}

/// Sets an axis' bounds to [`log_bounds`] of `values`.
pub fn with_log_bounds(axis: Axis, values: impl IntoIterator<Item = f64>) -> Axis {
    match log_bounds(values) {
        Some((lo, hi)) => axis.min(lo).max(hi),
        None => axis,
    }
}

/// A value axis drawn along the bottom of a horizontal chart: its name sits under the ticks.
pub fn bottom_value_axis(name: &str, log: bool, ticks: TickStyle, lang: Lang) -> Axis {
    value_axis(name, log, ticks, lang).name_location(NameLocation::Middle).name_gap(28).name_text_style(TextStyle::new().align("center"))
}

/// True when positive values span three or more orders of magnitude: a log axis reads better.
pub fn wants_log(values: impl IntoIterator<Item = f64>) -> bool {
    let (mut lo, mut hi) = (f64::INFINITY, 0.0f64);
    for v in values {
        if v <= 0.0 {
            return false;
        }
        lo = lo.min(v);
        hi = hi.max(v);
    }
    hi > 0.0 && hi / lo >= 1000.0
}

/// Distinct series keys of these values, in first-appearance order.
pub fn series_keys<'a>(values: impl IntoIterator<Item = &'a Row>) -> Vec<&'static str> {
    let mut keys: Vec<&'static str> = Vec::new();
    for v in values {
        if !keys.contains(&v.series_key) {
            keys.push(v.series_key);
        }
    }
    keys
}

/// Colour of a series: its region's colour, else the palette's `index`-th.
pub fn series_color(v: &Row, index: usize) -> &'static str {
    v.region.and_then(region_color).unwrap_or(PALETTE[index % PALETTE.len()])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn symbols_differ_by_series_and_hollow_marks_approximations() {
        let json = |s| serde_json::to_value(s).unwrap();
        assert_eq!(json(series_symbol(0, false)), "circle");
        assert_eq!(json(series_symbol(1, true)), "emptyRect");
        assert_eq!(json(series_symbol(3, false)), "diamond");
    }

    #[test]
    fn tables_are_valid_json() {
        let t: PointText = vec![vec!["a\"b\\c".into(), "\n<b>中</b>".into()], vec![], vec!["".into()]];
        let back: Vec<Vec<String>> = serde_json::from_str(&json_table(&t)).unwrap();
        assert_eq!(back, t);
    }

    #[test]
    fn html_is_escaped() {
        assert_eq!(escape_html("<script>&\"'"), "&lt;script&gt;&amp;&quot;&#39;");
    }

    #[test]
    fn log_only_for_positive_values_spanning_orders_of_magnitude() {
        assert!(wants_log([930.0, 191_400_000.0]));
        assert!(!wants_log([4.0, 109.0]));
        assert!(!wants_log([0.0, 1e9]));
    }

    #[test]
    fn log_bounds_hug_the_data() {
        assert_eq!(log_bounds([470.0, 5e10, 0.0]), Some((100.0, 1e11)));
        assert_eq!(log_bounds([0.0]), None);
    }
}
