//! Line charts over the figure's titled span of years. A year without a stated value is a gap
//! (`null`), so stated points stand alone as markers and no line crosses missing years.

use charming::element::{ItemStyle, Label, LabelPosition, LineStyle, LineStyleType};
use charming::series::Line;
use charming::Chart;

use super::common::*;
use super::{BuiltChart, Ctx};
use crate::data::{Qualifier, Role};
use crate::view_table::Row;
use crate::i18n::strings;

/// Years on the x axis: the chosen range or titled span, widened to any stated year outside it.
pub(super) fn years(span: Option<(u16, u16)>, values: &[&Row]) -> Vec<u16> {
    let stated: Vec<u16> = values.iter().filter_map(|v| v.x.parse().ok()).collect();
    let lo = stated.iter().copied().chain(span.map(|s| s.0)).min().unwrap_or(2010);
    let hi = stated.iter().copied().chain(span.map(|s| s.1)).max().unwrap_or(lo);
    (lo..=hi).collect()
}

pub(super) fn build(ctx: &Ctx) -> BuiltChart {
    let (fig, lang) = (ctx.fig, ctx.lang);
    let plotted: Vec<&Row> = ctx.values.iter().copied().filter(|v| v.role != Role::Annotation).collect();
    let years = years(ctx.span, &plotted);
    let mut legend_names = Vec::new();
    let keys = series_keys(plotted.iter().copied());
    let mut tips: PointText = Vec::new();
    let mut labels: PointText = Vec::new();
    let mut lines: Vec<Line> = Vec::new();
    for (i, key) in keys.iter().enumerate() {
        let rows: Vec<&Row> = plotted.iter().copied().filter(|v| v.series_key == *key).collect();
        let first = rows[0];
        let mut data: Vec<Option<f64>> = Vec::new();
        let (mut tip_row, mut label_row) = (Vec::new(), Vec::new());
        for y in &years {
            let year = y.to_string();
            match rows.iter().find(|v| v.x == year) {
                // A log axis cannot place zero: shown as a gap, with a note.
                Some(v) if !(ctx.log && v.value <= 0.0) => {
                    data.push(Some(v.value));
                    tip_row.push(value_tip(v, lang));
                    label_row.push(point_label(v, lang));
                }
                _ => {
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
                // Shapes tell series apart; hollow ones say "approximate or bound".
                .symbol(series_symbol(i, approximate))
                .symbol_size(10)
                .item_style(ItemStyle::new().color(color))
                .line_style(LineStyle::new().width(2).color(color).type_(style)),
        );
        tips.push(tip_row);
        labels.push(label_row);
        legend_names.push((lang.pick(first.series).to_string(), ctx.entry_key(key)));
    }
    let label_fn = label_formatter(&labels);
    let has_legend = keys.len() > 1;
    let mut chart = Chart::new()
        .tooltip(tooltip(&tips))
        .grid(grid(has_legend))
        .x_axis(category_axis(years.iter().map(|y| y.to_string()).collect()))
        .y_axis(value_axis(&unit_name(fig, ctx.log, lang), ctx.log, if ctx.log { TickStyle::Power } else { TickStyle::Compact }, lang));
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
    if ctx.log && plotted.iter().any(|v| v.value <= 0.0) {
        footnotes.push(strings(lang).log_zero_note.to_string());
    }
    BuiltChart { chart, height: 380, footnotes, shown: None, legend: legend_names }
}
