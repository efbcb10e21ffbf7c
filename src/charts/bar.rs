//! Horizontal bar charts whose categories are the figure's series (countries, organizations,
//! models). Sorted by value, except when the figure spans several x (years), where the file's
//! chronological order is kept. Long lists show the top [`TOP_N`] until the reader asks for all.
//! Spelling variants (`display_names.csv`) are drawn as a second stacked segment of the same
//! organization's bar, so each segment keeps its stated count.

use charming::element::{ItemStyle, Label, LabelPosition};
use charming::series::Bar;
use super::option::ChartOption;

use super::common::*;
use super::{BuiltChart, Ctx, TOP_N};
use crate::data::dataset::Layer;
use crate::data::{display_name, Qualifier, Role};
use crate::view_table::Row;
use crate::i18n::{format_period, strings};

/// One bar: a category with its stated value (none for a category only the dataset layer has),
/// for merged spellings a variant's value, and the dataset layer's value (value, tip, label).
#[derive(Debug, Clone)]
pub(super) struct BarRow {
    pub label: String,
    pub value: Option<f64>,
    pub tip: String,
    pub text: String,
    pub color: Option<&'static str>,
    pub hollow: bool,
    pub variant: Option<(f64, String, String)>,
    pub dataset: Option<(f64, String, String)>,
}

impl BarRow {
    /// The larger of the stated total and the dataset's value: the sort key.
    fn total(&self) -> f64 {
        let stated = self.value.unwrap_or(0.0) + self.variant.as_ref().map_or(0.0, |v| v.0);
        stated.max(self.dataset.as_ref().map_or(0.0, |d| d.0))
    }
}

/// Draws bars for `rows` (already in display order); `series_name` names the main series.
pub(super) fn draw(mut rows: Vec<BarRow>, series_name: &str, ctx: &Ctx) -> BuiltChart {
    let lang = ctx.lang;
    let all = rows.len();
    let truncated = all > TOP_N && !ctx.show_all;
    if truncated {
        rows.truncate(TOP_N);
    }
    let log = ctx.log;
    let axis_name = unit_name(ctx.fig, log, lang);
    let axis_name = axis_name.as_str();
    let labels: Vec<String> = rows.iter().map(|r| r.label.clone()).collect();
    let has_variant = rows.iter().any(|r| r.variant.is_some());
    let mut tips: PointText = vec![rows.iter().map(|r| r.tip.clone()).collect()];
    let mut texts: PointText = vec![rows.iter().map(|r| if has_variant && r.variant.is_some() { String::new() } else { r.text.clone() }).collect()];
    let data: Vec<charming::datatype::DataPoint> = rows
        .iter()
        .map(|r| {
            let color = r.color.unwrap_or(PALETTE[0]);
            // Approximate values: an outlined bar, so the mark does not rely on colour alone.
            let style = if r.hollow {
                ItemStyle::new().color("transparent").border_color(color).border_width(2)
            } else {
                ItemStyle::new().color(color)
            };
            let item = charming::datatype::DataPointItem::new(r.value).item_style(style);
            charming::datatype::DataPoint::Item(item)
        })
        .collect();
    let main = Bar::new().name(series_name).data(data).stack("bar").item_style(ItemStyle::new().color(PALETTE[0]));
    let mut chart = ChartOption::new()
        .grid(wide_grid(has_variant))
        .x_axis(bottom_value_axis(axis_name, log, if log { TickStyle::Power } else { TickStyle::Compact }, lang))
        .y_axis(category_axis(labels).inverse(true));
    let mut series = vec![main];
    if has_variant {
        let s = strings(lang);
        tips.push(rows.iter().map(|r| r.variant.as_ref().map_or(String::new(), |v| v.1.clone())).collect());
        texts.push(rows.iter().map(|r| r.variant.as_ref().map_or(String::new(), |v| v.2.clone())).collect());
        let data: Vec<Option<f64>> = rows.iter().map(|r| r.variant.as_ref().map(|v| v.0)).collect();
        series.push(Bar::new().name(s.variant_spelling).data(data).stack("bar").item_style(ItemStyle::new().color(PALETTE[3])));
        chart = chart.legend(legend());
    }
    // The dataset layer: a light bar beside each stated one (not stacked on it).
    if rows.iter().any(|r| r.dataset.is_some()) {
        tips.push(rows.iter().map(|r| r.dataset.as_ref().map_or(String::new(), |d| d.1.clone())).collect());
        texts.push(rows.iter().map(|r| r.dataset.as_ref().map_or(String::new(), |d| d.2.clone())).collect());
        let data: Vec<charming::datatype::DataPoint> = rows
            .iter()
            .map(|r| {
                let style = ItemStyle::new().color(r.color.unwrap_or(PALETTE[0])).opacity(0.4);
                charming::datatype::DataPoint::Item(charming::datatype::DataPointItem::new(r.dataset.as_ref().map(|d| d.0)).item_style(style))
            })
            .collect();
        series.push(Bar::new().name(strings(lang).dataset_layer).data(data).bar_gap("10%"));
    }
    let label_fn = label_formatter(&texts);
    for bar in series {
        chart = chart.series(bar.label(Label::new().show(true).position(LabelPosition::Right).formatter(label_fn.clone())));
    }
    let chart = chart.tooltip(tooltip(&tips));
    let shown = rows.len();
    BuiltChart {
        chart,
        height: (shown as u32 * 26 + 90).max(240),
        footnotes: if has_variant { vec![strings(lang).merged_note.to_string()] } else { Vec::new() },
        shown: (all > TOP_N).then_some((shown, all)),
        legend: Vec::new(),
    }
}

pub(super) fn build(ctx: &Ctx) -> BuiltChart {
    let (fig, lang) = (ctx.fig, ctx.lang);
    let points: Vec<&Row> = ctx.with_role(Role::Point);
    // Judged on the whole figure, so labels keep their form whatever the filters keep.
    let all: Vec<&crate::data::Value> = fig.points().collect();
    let several_x = {
        let mut keys: Vec<&str> = all.iter().map(|v| v.series_key()).collect();
        keys.dedup();
        keys.len() < all.len() || all.iter().any(|v| v.x() != all[0].x())
    };
    let merged_away = |v: &Row| display_name(fig.id, v.series_key).and_then(|d| d.merge_into).is_some();
    let mut rows: Vec<BarRow> = Vec::new();
    let dataset_of = |key: &str, x: &str| points.iter().copied().find(|w| w.layer() == Layer::Dataset && w.series_key == key && w.x == x);
    let layer_value = |w: &Row| (w.value, value_tip(w, lang), point_label(w, lang));
    for v in &points {
        if merged_away(v) {
            continue;
        }
        let name = display_name(fig.id, v.series_key).map_or(lang.pick(v.series), |d| lang.pick(d.display));
        let label = if several_x { format!("{name} ({})", format_period(&v.x, lang)) } else { name.to_string() };
        if v.layer() == Layer::Dataset {
            // A category only the dataset has; the others are drawn beside their stated value.
            if points.iter().any(|w| w.layer() == Layer::Report && w.series_key == v.series_key && w.x == v.x) {
                continue;
            }
            rows.push(BarRow { label, value: None, tip: String::new(), text: String::new(), color: v.region.and_then(region_color), hollow: false, variant: None, dataset: Some(layer_value(v)) });
            continue;
        }
        let variant = points
            .iter()
            .find(|w| w.x == v.x && display_name(fig.id, w.series_key).and_then(|d| d.merge_into) == Some(v.series_key))
            // Label "4 + 2": both stated counts, never their sum.
            .map(|w| (w.value, value_tip(w, lang), format!("{} + {}", point_label(v, lang), point_label(w, lang))));
        rows.push(BarRow {
            label,
            value: Some(v.value),
            tip: value_tip(v, lang),
            text: point_label(v, lang),
            color: v.region.and_then(region_color),
            hollow: v.qualifier != Qualifier::Exact,
            variant,
            dataset: dataset_of(v.series_key, &v.x).map(layer_value),
        });
    }
    if !several_x {
        crate::sort::sort_by(&mut rows, |a, b| b.total().total_cmp(&a.total()));
    }
    let series_name = match points.first() {
        Some(v) if !several_x => format_period(&v.x, lang),
        _ => lang.pick(fig.unit).to_string(),
    };
    draw(rows, &series_name, ctx)
}

