//! Line charts over the figure's titled span of years. A year without a stated value is a gap
//! (`null`), so stated points stand alone as markers and no line crosses missing years.

use charming::element::{ItemStyle, Label, LabelPosition, LineStyle, LineStyleType};
use charming::series::Line;
use super::option::ChartOption;

use super::common::*;
use super::{BuiltChart, Ctx};
use crate::data::dataset::Layer;
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
        let of_key: Vec<&Row> = plotted.iter().copied().filter(|v| v.series_key == *key).collect();
        let first = of_key[0];
        // The report's stated values first (markers, labelled), then the dataset layer (a thin
        // line, unlabelled): same name and colour, so one legend entry shows or hides both.
        for layer in [Layer::Report, Layer::Dataset] {
            let rows: Vec<&Row> = of_key.iter().copied().filter(|v| v.layer() == layer).collect();
            let Some(head) = rows.first() else { continue };
            let dataset = layer == Layer::Dataset;
            let mut data: Vec<Option<f64>> = Vec::new();
            let (mut tip_row, mut label_row) = (Vec::new(), Vec::new());
            for y in &years {
                let year = y.to_string();
                match rows.iter().find(|v| v.x == year) {
                    // A log axis cannot place zero: shown as a gap, with a note.
                    Some(v) if !(ctx.log && v.value <= 0.0) => {
                        data.push(Some(v.value));
                        tip_row.push(value_tip(v, lang));
                        label_row.push(if dataset { String::new() } else { point_label(v, lang) });
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
            let style = if head.role == Role::Total { LineStyleType::Dashed } else { LineStyleType::Solid };
            let line = Line::new()
                .name(lang.pick(first.series))
                .data(data)
                .connect_nulls(false)
                .show_symbol(true)
                .item_style(ItemStyle::new().color(color));
            lines.push(if dataset {
                line.symbol(series_symbol(i, false)).symbol_size(4).line_style(LineStyle::new().width(1.5).color(color).opacity(0.7))
            } else {
                // Shapes tell series apart; hollow ones say "approximate or bound".
                line.symbol(series_symbol(i, approximate)).symbol_size(10).line_style(LineStyle::new().width(2).color(color).type_(style)).z(3)
            });
            tips.push(tip_row);
            labels.push(label_row);
        }
        legend_names.push((lang.pick(first.series).to_string(), ctx.entry_key(key)));
    }
    let label_fn = label_formatter(&labels);
    let has_legend = keys.len() > 1;
    let mut chart = ChartOption::new()
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
    let layered = plotted.iter().any(|v| v.layer() == Layer::Dataset);
    if !layered && plotted.len() < years.len() * keys.len() {
        footnotes.push(strings(lang).not_available.to_string());
    }
    if ctx.log && plotted.iter().any(|v| v.value <= 0.0) {
        footnotes.push(strings(lang).log_zero_note.to_string());
    }
    BuiltChart { chart, height: 380, footnotes, shown: None, legend: legend_names }
}
