//! Line charts over the figure's titled span of years. A year without a stated value is a gap
//! (`null`), so stated points stand alone as markers and no line crosses missing years.

use charming::element::{ItemStyle, Label, LabelPosition, LineStyle, LineStyleType, Symbol};
use charming::series::Line;
use charming::Chart;

use super::common::*;
use super::BuiltChart;
use crate::data::{Figure, Qualifier, Role, Value};
use crate::i18n::{strings, Lang};

/// Years on the x axis: the titled span, widened to any stated year outside it.
pub(super) fn years(fig: &Figure, values: &[&Value]) -> Vec<u16> {
    let stated: Vec<u16> = values.iter().filter_map(|v| v.x.parse().ok()).collect();
    let lo = stated.iter().copied().chain(fig.span.map(|s| s.0)).min().unwrap_or(2010);
    let hi = stated.iter().copied().chain(fig.span.map(|s| s.1)).max().unwrap_or(lo);
    (lo..=hi).collect()
}

pub(super) fn build(fig: &Figure, lang: Lang) -> BuiltChart {
    let plotted: Vec<&Value> = fig.values.iter().filter(|v| v.role != Role::Annotation).collect();
    let years = years(fig, &plotted);
    let keys = series_keys(plotted.iter().copied());
    let mut tips: PointText = Vec::new();
    let mut labels: PointText = Vec::new();
    let mut lines: Vec<Line> = Vec::new();
    for (i, key) in keys.iter().enumerate() {
        let rows: Vec<&Value> = plotted.iter().copied().filter(|v| v.series_key == *key).collect();
        let first = rows[0];
        let mut data: Vec<Option<f64>> = Vec::new();
        let (mut tip_row, mut label_row) = (Vec::new(), Vec::new());
        for y in &years {
            let year = y.to_string();
            match rows.iter().find(|v| v.x == year) {
                Some(v) => {
                    data.push(Some(v.value));
                    tip_row.push(value_tip(v, lang));
                    label_row.push(point_label(v, lang));
                }
                None => {
                    data.push(None);
                    tip_row.push(String::new());
                    label_row.push(String::new());
                }
            }
        }
        let approximate = rows.iter().any(|v| v.qualifier != Qualifier::Exact);
        let color = series_color(first, i);
        let style = if first.role == Role::Total { LineStyleType::Dashed } else { LineStyleType::Solid };
        lines.push(
            Line::new()
                .name(lang.pick(first.series))
                .data(data)
                .connect_nulls(false)
                .show_symbol(true)
                // Hollow markers say "approximate or bound" without relying on colour.
                .symbol(if approximate { Symbol::Custom("emptyCircle".into()) } else { Symbol::Circle })
                .symbol_size(10)
                .item_style(ItemStyle::new().color(color))
                .line_style(LineStyle::new().width(2).color(color).type_(style)),
        );
        tips.push(tip_row);
        labels.push(label_row);
    }
    let label_fn = label_formatter(&labels);
    let has_legend = keys.len() > 1;
    let mut chart = Chart::new()
        .tooltip(tooltip(&tips))
        .grid(grid(has_legend))
        .x_axis(category_axis(years.iter().map(|y| y.to_string()).collect()))
        .y_axis(value_axis(&unit_name(fig, false, lang), false, TickStyle::Compact, lang));
    if has_legend {
        chart = chart.legend(legend());
    }
    for line in lines {
        chart = chart.series(line.label(Label::new().show(true).position(LabelPosition::Top).formatter(label_fn.clone())));
    }
    let mut footnotes = Vec::new();
    if plotted.len() < years.len() * keys.len() {
        footnotes.push(strings(lang).not_available.to_string());
    }
    BuiltChart { chart, height: 380, footnotes, shown: None }
}
