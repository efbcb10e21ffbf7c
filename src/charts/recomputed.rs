//! Figures 1.3.4–1.3.6, drawn from their table in view, which `view_table` recomputes from
//! Epoch AI's notable-models dataset because the report text states none of their values.
//! 1.3.4 (a `bar` figure over a period) counts models per country; 1.3.5 and 1.3.6 (`scatter`
//! figures) plot each model's parameters or training compute by publication date, one series
//! per sector, on a log axis. Which measure follows from the figure's unit.
//!
//! Source: Epoch AI, "Data on Notable AI Models" (CC BY 4.0); see `data::sources`.

use charming::element::{AxisType, ItemStyle, Label, LabelPosition};
use charming::series::Scatter;
use super::option::ChartOption;

use super::bar::{draw, BarRow};
use super::common::*;
use super::{BuiltChart, Ctx};
use crate::data::epoch::{Measure, ALL_YEARS};
use crate::data::sources::NAMED_MODELS;
use crate::data::{ChartKind, Figure, Model, Sector, Unit};
use crate::i18n::{format_date, format_full, format_period, sector_label, strings, unit_suffix, Lang};
use crate::text;
use crate::view_table::Row;

fn sector_color(s: Sector) -> &'static str {
    match s {
        Sector::Industry => PALETTE[0],
        Sector::Academia => PALETTE[1],
        Sector::IndustryAcademiaCollab => PALETTE[2],
        Sector::Government => PALETTE[3],
        Sector::ResearchCollective => PALETTE[4],
        Sector::OtherCollab => PALETTE[5],
        Sector::Unknown => PALETTE[9],
    }
}

/// The measure a recomputed scatter figure plots, read from its unit.
pub fn measure_of(fig: &Figure) -> Measure {
    if crate::text::contains(&fig.unit.en.to_ascii_lowercase(), "flop") { Measure::TrainingComputePetaflop } else { Measure::Parameters }
}

pub(super) fn build(ctx: &Ctx) -> Option<BuiltChart> {
    Some(match ctx.fig.kind {
        ChartKind::Bar => by_country(ctx),
        ChartKind::Scatter => by_sector(ctx, measure_of(ctx.fig)),
        _ => return None,
    })
}

fn by_country(ctx: &Ctx) -> BuiltChart {
    let lang = ctx.lang;
    let period = ctx.values.first().map_or(String::new(), |r| format_period(&r.x, lang));
    let rows = ctx
        .values
        .iter()
        .map(|r| {
            let name = lang.pick(r.series).to_string();
            let count = format_full(r.value, lang);
            let unit = strings(lang).models;
            let sep = if lang == Lang::En { " " } else { "" };
            BarRow {
                tip: format!("<b>{}</b><br/>{}{}{count}{sep}{unit}", escape_html(&name), escape_html(&period), colon(lang)),
                text: count,
                label: name,
                value: Some(r.value),
                color: r.region.and_then(region_color),
                hollow: false,
                variant: None,
                dataset: None,
            }
        })
        .collect();
    draw(rows, &period, ctx)
}

/// The label of a model the report names (`GPT-4 (Mar 2023)` → `GPT-4`), else empty.
fn named_label(model: &Model) -> &'static str {
    NAMED_MODELS.iter().find(|(row, _)| *row == model.name).map_or("", |(_, label)| label)
}

fn by_sector(ctx: &Ctx, measure: Measure) -> BuiltChart {
    let (fig, lang) = (ctx.fig, ctx.lang);
    let (lo, hi) = ctx.span.unwrap_or(ALL_YEARS);
    let mut legend_names = Vec::new();
    let (mut tips, mut texts): (PointText, PointText) = (Vec::new(), Vec::new());
    let mut chart = ChartOption::new().legend(legend()).grid(wide_grid(true));
    let mut series = Vec::new();
    let unit = unit_suffix(if measure == Measure::Parameters { Unit::Parameters } else { Unit::Petaflop }, lang);
    let sectors = series_keys(ctx.values.iter().copied());
    for key in sectors {
        let rows: Vec<&Row> = ctx.values.iter().copied().filter(|r| r.series_key == key).collect();
        let Some(sector) = Sector::ALL.iter().copied().find(|s| s.code() == key) else { continue };
        legend_names.push((sector_label(sector, lang).to_string(), key.to_string()));
        let mut tip_row = Vec::new();
        let mut text_row = Vec::new();
        let mut data = Vec::new();
        for r in &rows {
            let Some(m) = r.model else { continue };
            tip_row.push(format!(
                "<b>{}</b><br/>{}<br/>{}{}{}<br/>{}{unit}<br/>{}",
                escape_html(m.name),
                escape_html(m.organization),
                strings(lang).published,
                colon(lang),
                escape_html(&format_date(&r.x, lang)),
                escape_html(&format_full(r.shown(), lang)),
                escape_html(sector_label(sector, lang)),
            ));
            text_row.push(named_label(m).to_string());
            data.push(vec![charming::datatype::CompositeValue::from(r.x.to_string()), r.value.into()]);
        }
        tips.push(tip_row);
        texts.push(text_row);
        series.push(
            Scatter::new()
                .name(sector_label(sector, lang))
                .data(data)
                .symbol(series_symbol(sector as usize, false))
                .symbol_size(7)
                .item_style(ItemStyle::new().color(sector_color(sector)).opacity(0.75)),
        );
    }
    let label_fn = label_formatter(&texts);
    for s in series {
        chart = chart.series(s.label(Label::new().show(true).position(LabelPosition::Right).formatter(label_fn.clone())));
    }
    let y_axis = if ctx.log {
        with_log_bounds(value_axis(&unit_name(fig, true, lang), true, TickStyle::Power, lang), ctx.values.iter().map(|r| r.value))
    } else {
        value_axis(&text::replace(&text::replace(&unit_name(fig, false, lang), " (log)", ""), "（对数）", ""), false, TickStyle::Compact, lang)
    };
    let chart = chart
        .tooltip(tooltip(&tips))
        .x_axis(charming::component::Axis::new().type_(AxisType::Time).min(format!("{lo}-01-01")).max(format!("{hi}-12-31")))
        .y_axis(y_axis);
    BuiltChart { chart, height: 460, footnotes: Vec::new(), shown: None, legend: legend_names }
}
