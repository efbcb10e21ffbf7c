//! Scatter plots of stated values: one series per model, so each is named in the legend and
//! labelled beside its point. With a year on x (1.3.7, 1.3.22) the x axis spans the figure's
//! period; with two measures on x (1.3.23, `training_compute_petaflop` and
//! `training_cost_usd`), the rows of each model are pivoted into one (compute, cost) point.

use charming::element::{ItemStyle, Label, LabelPosition, Symbol};
use charming::series::Scatter;
use super::option::ChartOption;

use super::common::*;
use super::{BuiltChart, Ctx};
use crate::data::dataset::Layer;
use crate::data::{Figure, Qualifier, Role, Unit};
use crate::i18n::{format_date, format_stated, strings, Lang};
use crate::view_table::Row;

const COMPUTE: &str = "training_compute_petaflop";
const COST: &str = "training_cost_usd";

fn is_pair(fig: &Figure) -> bool {
    fig.values.iter().any(|v| v.x() == COMPUTE) && fig.values.iter().any(|v| v.x() == COST)
}

pub(super) fn build(ctx: &Ctx) -> BuiltChart {
    let (fig, lang) = (ctx.fig, ctx.lang);
    if is_pair(fig) {
        return build_pair(ctx);
    }
    let all: Vec<&Row> = ctx.with_role(Role::Point);
    let points: Vec<&Row> = all.iter().copied().filter(|v| v.layer() == Layer::Report).collect();
    let years: Vec<u16> = points.iter().filter_map(|v| v.x.parse().ok()).collect();
    let lo = years.iter().copied().chain(ctx.span.map(|s| s.0)).min().unwrap_or(2010);
    let hi = years.iter().copied().chain(ctx.span.map(|s| s.1)).max().unwrap_or(lo);
    // Without a titled span or chosen range, a year of margin keeps points off the frame.
    let (lo, hi) = if ctx.span.is_some() { (lo, hi) } else { (lo - 1, hi + 1) };
    let log = ctx.log;
    let mut legend_names = Vec::new();
    let (mut tips, mut texts): (PointText, PointText) = (Vec::new(), Vec::new());
    let mut series = Vec::new();
    // The dataset layer first, so the report's labelled points are drawn over it: every model
    // of the window, placed at its publication date.
    let layer: Vec<&Row> = all.iter().copied().filter(|v| v.layer() == Layer::Dataset).collect();
    for (j, group) in by_domain(&layer).into_iter().enumerate() {
        let data = group.iter().filter_map(|r| Some(vec![fractional_year(r.model?), r.value])).collect();
        tips.push(group.iter().map(|r| model_tip(r, lang)).collect());
        texts.push(vec![String::new(); group.len()]);
        legend_names.push((lang.pick(group[0].series).to_string(), ctx.entry_key(group[0].series_key)));
        series.push(layer_series(lang.pick(group[0].series), data, j));
    }
    for (i, v) in points.iter().enumerate() {
        let year = v.x.parse::<u16>().map_or(f64::NAN, f64::from);
        tips.push(vec![value_tip(v, lang)]);
        texts.push(vec![lang.pick(v.series).to_string()]);
        legend_names.push((lang.pick(v.series).to_string(), ctx.entry_key(v.series_key)));
        series.push(point_series(v, lang.pick(v.series), vec![year, v.value], i));
    }
    let label_fn = label_formatter(&texts);
    let mut chart = ChartOption::new()
        .legend(legend())
        .tooltip(tooltip(&tips))
        .grid(wide_grid(true))
        .x_axis(value_axis("", false, TickStyle::Year, lang).min(lo as i64).max(hi as i64 + i64::from(!layer.is_empty())).interval(if hi - lo > 8 { 2.0 } else { 1.0 }))
        .y_axis({
            let axis = value_axis(&unit_name(fig, log, lang), log, if log { TickStyle::Power } else { TickStyle::Compact }, lang);
            if log { with_log_bounds(axis, all.iter().map(|v| v.value)) } else { axis }
        });
    for s in series {
        chart = chart.series(s.label(Label::new().show(true).position(LabelPosition::Right).formatter(label_fn.clone())));
    }
    BuiltChart { chart, height: 420, footnotes: Vec::new(), shown: None, legend: legend_names }
}

/// A model's place on a year axis: its year plus the part of the year before its date.
fn fractional_year(m: &crate::data::Model) -> f64 {
    let (y, md) = (m.date / 10_000, m.date % 10_000);
    y as f64 + ((md / 100 - 1) as f64 * 30.44 + (md % 100 - 1) as f64) / 365.25
}

/// True when both rows are of the same model of the models file (compared by address).
fn same_model(a: Option<&crate::data::Model>, b: Option<&crate::data::Model>) -> bool {
    matches!((a, b), (Some(a), Some(b)) if std::ptr::eq(a, b))
}

/// Rows of the dataset layer grouped by domain, in the table's order.
fn by_domain<'a>(rows: &[&'a Row]) -> Vec<Vec<&'a Row>> {
    series_keys(rows.iter().copied()).into_iter().map(|k| rows.iter().copied().filter(|r| r.series_key == k).collect()).collect()
}

/// A model of the dataset layer: name, organization, date, value, domain.
fn model_tip(r: &Row, lang: Lang) -> String {
    let Some(m) = r.model else { return value_tip(r, lang) };
    format!(
        "<b>{}</b><br/>{}<br/>{}{}{}<br/>{}<br/>{}",
        escape_html(m.name),
        escape_html(m.organization),
        strings(lang).published,
        colon(lang),
        escape_html(&format_date(&m.date_iso(), lang)),
        escape_html(&format_stated(r.shown(), r.unit, r.qualifier, lang)),
        escape_html(lang.pick(r.series)),
    )
}

/// Small, light points of one domain: visibly secondary to the report's labelled points.
fn layer_series(name: &str, data: Vec<Vec<f64>>, j: usize) -> Scatter {
    Scatter::new()
        .name(name)
        .data(data)
        .symbol(series_symbol(j, false))
        .symbol_size(6)
        .item_style(ItemStyle::new().color(PALETTE[(j + 4) % PALETTE.len()]).opacity(0.55))
}

fn point_series(v: &Row, name: &str, point: Vec<f64>, i: usize) -> Scatter {
    let color = PALETTE[i % PALETTE.len()];
    let style = if v.qualifier == Qualifier::Exact {
        ItemStyle::new().color(color)
    } else {
        ItemStyle::new().color("transparent").border_color(color).border_width(2)
    };
    Scatter::new()
        .name(name)
        .data(vec![point])
        .symbol(Symbol::Circle)
        .symbol_size(12)
        .item_style(style)
}

fn build_pair(ctx: &Ctx) -> BuiltChart {
    let lang = ctx.lang;
    let all = ctx.with_role(Role::Point);
    let points: Vec<&Row> = all.iter().copied().filter(|v| v.layer() == Layer::Report).collect();
    let keys = series_keys(points.iter().copied());
    let mut legend_names = Vec::new();
    let (mut tips, mut texts): (PointText, PointText) = (Vec::new(), Vec::new());
    let mut series = Vec::new();
    let (mut xs, mut ys) = (Vec::new(), Vec::new());
    // The dataset layer first (drawn under the report's points): each model with both measures, one (compute, cost) point.
    let costs: Vec<&Row> = all.iter().copied().filter(|v| v.layer() == Layer::Dataset && v.x == COST).collect();
    for (j, group) in by_domain(&costs).into_iter().enumerate() {
        let pairs: Vec<(&Row, &Row)> = group
            .iter()
            // The same model by address: `Model`'s derived `==` is false for a model with a NaN
            // field (unknown parameters, e.g. Gemini 1.0 Ultra), which dropped its point.
            .filter_map(|cost| Some((all.iter().copied().find(|c| c.layer() == Layer::Dataset && c.x == COMPUTE && same_model(c.model, cost.model))?, *cost)))
            .collect();
        tips.push(pairs.iter().map(|(c, k)| format!("{}<br/>{}", model_tip(k, lang), escape_html(&format_stated(c.shown(), Unit::Petaflop, c.qualifier, lang)))).collect());
        texts.push(vec![String::new(); pairs.len()]);
        xs.extend(pairs.iter().map(|(c, _)| c.value));
        ys.extend(pairs.iter().map(|(_, k)| k.value));
        legend_names.push((lang.pick(group[0].series).to_string(), ctx.entry_key(group[0].series_key)));
        series.push(layer_series(lang.pick(group[0].series), pairs.iter().map(|(c, k)| vec![c.value, k.value]).collect(), j));
    }
    for (i, key) in keys.iter().enumerate() {
        let find = |x: &str| points.iter().copied().find(|v| v.series_key == *key && v.x == x);
        // A model needs both measures to be placed; the data has both for every model.
        let (Some(compute), Some(cost)) = (find(COMPUTE), find(COST)) else { continue };
        tips.push(vec![format!(
            "<b>{}</b><br/>{}<br/>{}",
            escape_html(lang.pick(cost.series)),
            escape_html(&format_stated(compute.value, Unit::Petaflop, compute.qualifier, lang)),
            escape_html(&format_stated(cost.value, Unit::Usd, cost.qualifier, lang)),
        )]);
        texts.push(vec![lang.pick(cost.series).to_string()]);
        legend_names.push((lang.pick(cost.series).to_string(), ctx.entry_key(key)));
        xs.push(compute.value);
        ys.push(cost.value);
        series.push(point_series(cost, lang.pick(cost.series), vec![compute.value, cost.value], i));
    }
    let (x_name, y_name) = match (lang, ctx.log) {
        (Lang::En, true) => ("Training compute (petaFLOP, log scale)", "Training cost (USD, log scale)"),
        (Lang::Zh, true) => ("训练算力（petaFLOP，对数刻度）", "训练成本（美元，对数刻度）"),
        (Lang::En, false) => ("Training compute (petaFLOP)", "Training cost (USD)"),
        (Lang::Zh, false) => ("训练算力（petaFLOP）", "训练成本（美元）"),
    };
    let label_fn = label_formatter(&texts);
    let mut chart = ChartOption::new()
        .legend(legend())
        .tooltip(tooltip(&tips))
        .grid(wide_grid(true))
        .x_axis(if ctx.log { with_log_bounds(bottom_value_axis(x_name, true, TickStyle::Power, lang), xs) } else { bottom_value_axis(x_name, false, TickStyle::Compact, lang) })
        .y_axis(if ctx.log { with_log_bounds(value_axis(y_name, true, TickStyle::Power, lang), ys) } else { value_axis(y_name, false, TickStyle::Compact, lang) });
    for s in series {
        chart = chart.series(s.label(Label::new().show(true).position(LabelPosition::Right).formatter(label_fn.clone())));
    }
    BuiltChart { chart, height: 420, footnotes: Vec::new(), shown: None, legend: legend_names }
}
