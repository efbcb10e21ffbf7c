//! Grouped bars: categories are the regions of the figure's series, bars within a group are the
//! second dimension of the series key (`us__industry` → region USA, part `industry`). The part's
//! label is the series label with the region's name and dash removed.

use charming::element::{ItemStyle, Label, LabelPosition};
use charming::series::Bar;
use super::option::ChartOption;

use super::common::*;
use super::{BuiltChart, Ctx};
use crate::data::{region_name, Role, Text};
use crate::view_table::Row;
use crate::i18n::Lang;

/// The part of a regional series' label after its region's name: "China – Industry" → "Industry".
pub(super) fn part_label(series: Text, region: Option<&str>, lang: Lang) -> String {
    let label = lang.pick(series);
    let region = region.and_then(region_name).map(|n| lang.pick(n)).unwrap_or("");
    label
        .strip_prefix(region)
        .map(|rest| rest.trim_start_matches([' ', '–', '-']).to_string())
        .filter(|s| !s.is_empty())
        .unwrap_or_else(|| label.to_string())
}

pub(super) fn build(ctx: &Ctx) -> BuiltChart {
    let (fig, lang) = (ctx.fig, ctx.lang);
    let points: Vec<&Row> = ctx.with_role(Role::Point);
    let mut legend_names = Vec::new();
    let mut groups: Vec<&'static str> = Vec::new();
    let mut parts: Vec<&'static str> = Vec::new();
    for v in &points {
        let (group, part) = crate::text::split_once(v.series_key, "__").unwrap_or((v.series_key, ""));
        let group_code = v.region.unwrap_or(group);
        if !groups.contains(&group_code) {
            groups.push(group_code);
        }
        if !parts.contains(&part) {
            parts.push(part);
        }
    }
    let group_labels: Vec<String> =
        groups.iter().map(|g| region_name(g).map_or(g.to_string(), |n| lang.pick(n).to_string())).collect();
    let (mut tips, mut texts): (PointText, PointText) = (Vec::new(), Vec::new());
    let mut bars = Vec::new();
    for (i, part) in parts.iter().enumerate() {
        let in_part: Vec<&Row> = points.iter().copied().filter(|v| crate::text::split_once(v.series_key, "__").map_or("", |p| p.1) == *part).collect();
        let name = in_part.first().map(|v| part_label(v.series, v.region, lang)).unwrap_or_default();
        legend_names.push((name.clone(), ctx.entry_key(part)));
        let cells: Vec<Option<&Row>> = groups.iter().map(|g| in_part.iter().copied().find(|v| v.region == Some(*g))).collect();
        tips.push(cells.iter().map(|c| c.map_or(String::new(), |v| value_tip(v, lang))).collect());
        texts.push(cells.iter().map(|c| c.map_or(String::new(), |v| point_label(v, lang))).collect());
        let data: Vec<Option<f64>> = cells.iter().map(|c| c.map(|v| v.value)).collect();
        bars.push(Bar::new().name(name).data(data).item_style(ItemStyle::new().color(PALETTE[i % PALETTE.len()])));
    }
    let label_fn = label_formatter(&texts);
    let mut chart = ChartOption::new()
        .legend(legend())
        .tooltip(tooltip(&tips))
        .grid(grid(true))
        .x_axis(category_axis(group_labels))
        .y_axis(value_axis(&unit_name(fig, ctx.log, lang), ctx.log, if ctx.log { TickStyle::Power } else { TickStyle::Compact }, lang));
    for bar in bars {
        chart = chart.series(bar.label(Label::new().show(true).position(LabelPosition::Top).formatter(label_fn.clone())));
    }
    BuiltChart { chart, height: 400, footnotes: Vec::new(), shown: None, legend: legend_names }
}
