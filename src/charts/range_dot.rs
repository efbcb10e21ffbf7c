//! 1.3.8: for each data stock and projection method, the median year of exhaustion with its
//! 90% interval. The interval is a line between its two stated ends (`ci90_low`, `ci90_high`)
//! on the category's row, the median a diamond: no value is derived to draw it.

use charming::element::{ItemStyle, Label, LabelPosition, LineStyle, Symbol};
use charming::series::{Line, Scatter};
use super::option::ChartOption;

use super::common::*;
use super::{BuiltChart, Ctx};
use crate::data::{Unit};
use crate::view_table::Row;
use crate::i18n::{format_stated, strings};

pub(super) fn build(ctx: &Ctx) -> BuiltChart {
    let (fig, lang) = (ctx.fig, ctx.lang);
    let s = strings(lang);
    let keys = series_keys(ctx.with_role(crate::data::Role::Point));
    let find = |key: &str, stat: &str| -> Option<&Row> { ctx.values.iter().copied().find(|v| v.series_key == key && v.x == stat) };
    let labels: Vec<String> = keys.iter().filter_map(|k| ctx.values.iter().find(|v| v.series_key == *k)).map(|v| lang.pick(v.series).to_string()).collect();
    let (mut tips, mut texts): (PointText, PointText) = (Vec::new(), Vec::new());
    let mut chart = ChartOption::new().legend(legend()).grid(wide_grid(true));
    let mut lo_year = f64::INFINITY;
    let mut hi_year = f64::NEG_INFINITY;
    let mut intervals = Vec::new();
    for (i, key) in keys.iter().enumerate() {
        let (Some(low), Some(high)) = (find(key, "ci90_low"), find(key, "ci90_high")) else { continue };
        lo_year = lo_year.min(low.value);
        hi_year = hi_year.max(high.value);
        let tip = format!(
            "<b>{}</b><br/>{}{}{} – {}",
            escape_html(&labels[i]),
            escape_html(s.interval),
            colon(lang),
            escape_html(&format_stated(low.value, Unit::Year, low.qualifier, lang)),
            escape_html(&format_stated(high.value, Unit::Year, high.qualifier, lang)),
        );
        tips.push(vec![tip.clone(), tip]);
        texts.push(vec![String::new(), String::new()]);
        let row = labels[i].clone();
        intervals.push(
            Line::new()
                .name(s.interval)
                .data(vec![vec![charming::datatype::CompositeValue::from(low.value), row.clone().into()], vec![high.value.into(), row.into()]])
                .symbol(Symbol::None)
                .item_style(ItemStyle::new().color(PALETTE[0]))
                .line_style(LineStyle::new().width(10).color(PALETTE[0]).opacity(0.45)),
        );
    }
    let medians: Vec<(usize, &Row)> = keys.iter().enumerate().filter_map(|(i, k)| find(k, "median").map(|v| (i, v))).collect();
    tips.push(medians.iter().map(|(i, v)| format!("<b>{}</b><br/>{}{}{}", escape_html(&labels[*i]), escape_html(s.median), colon(lang), escape_html(&format_stated(v.value, Unit::Year, v.qualifier, lang)))).collect());
    texts.push(medians.iter().map(|(_, v)| format_stated(v.value, Unit::Year, v.qualifier, lang)).collect());
    let label_fn = label_formatter(&texts);
    for line in intervals {
        chart = chart.series(line);
    }
    let median_data: Vec<Vec<charming::datatype::CompositeValue>> =
        medians.iter().map(|(i, v)| vec![v.value.into(), labels[*i].clone().into()]).collect();
    chart = chart.series(
        Scatter::new()
            .name(s.median)
            .data(median_data)
            .symbol(Symbol::Diamond)
            .symbol_size(16)
            .item_style(ItemStyle::new().color(PALETTE[1]))
            .label(Label::new().show(true).position(LabelPosition::Top).formatter(label_fn)),
    );
    // Bounds on multiples of five years keep the ticks round at any width.
    let (min, max) = ((lo_year / 5.0).floor() as i64 * 5, (hi_year / 5.0).ceil() as i64 * 5);
    let chart = chart
        .tooltip(tooltip(&tips))
        .x_axis(bottom_value_axis(&unit_name(fig, false, lang), false, TickStyle::Year, lang).min(min).max(max))
        .y_axis(category_axis(labels).inverse(true));
    BuiltChart { chart, height: 420, footnotes: Vec::new(), shown: None, legend: Vec::new() }
}
