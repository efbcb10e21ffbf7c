//! Figures 1.3.4–1.3.6, drawn from Epoch AI's notable-models dataset because the report text
//! states none of their values. 1.3.4 (a `bar` figure over a period) counts models per country;
//! 1.3.5 and 1.3.6 (`scatter` figures) plot each model's parameters or training compute by
//! publication date, one series per sector, on a log axis. Which measure follows from the
//! figure's unit.
//!
//! Source: Epoch AI, "Data on Notable AI Models", accessed 2026-01-26 (CC BY 4.0).

use charming::element::{AxisType, ItemStyle, Label, LabelPosition};
use charming::series::Scatter;
use charming::Chart;

use super::bar::{draw, BarRow};
use super::common::*;
use super::{BuiltChart, Ctx};
use crate::data::epoch::{models_by_country, models_by_sector, models_without, Measure, ALL_YEARS};
use crate::data::{region_name, ChartKind, Figure, Sector};
use crate::i18n::{format_date, format_full, format_period, sector_label, strings, Lang};

/// Models the report names in its text: labelled on the chart and findable in tooltips.
const NAMED_MODELS: [&str; 4] = ["AlexNet", "Transformer", "Gemini 1.0 Ultra", "GPT-4"];

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
    if fig.unit.en.to_ascii_lowercase().contains("flop") { Measure::TrainingComputePetaflop } else { Measure::Parameters }
}

pub(super) fn build(ctx: &Ctx) -> Option<BuiltChart> {
    let mut built = match ctx.fig.kind {
        ChartKind::Bar => by_country(ctx),
        ChartKind::Scatter => by_sector(ctx, measure_of(ctx.fig)),
        _ => return None,
    };
    built.footnotes.insert(0, strings(ctx.lang).recomputed_note.to_string());
    Some(built)
}

fn by_country(ctx: &Ctx) -> BuiltChart {
    let lang = ctx.lang;
    let (a, b) = ctx.time.unwrap_or(ALL_YEARS);
    let period = if a == b { a.to_string() } else { format!("{a}-{b}") };
    let rows = models_by_country((a, b))
        .into_iter()
        .filter(|(code, _)| ctx.regions.is_empty() || ctx.regions.contains(code))
        .map(|(code, n)| {
            let name = region_name(code).map_or(code.to_string(), |t| lang.pick(t).to_string());
            let count = format_full(n as f64, lang);
            let unit = strings(lang).models;
            let sep = if lang == Lang::En { " " } else { "" };
            BarRow {
                tip: format!("<b>{}</b><br/>{}: {count}{sep}{unit}", escape_html(&name), escape_html(&format_period(&period, lang))),
                text: count,
                label: name,
                value: n as f64,
                color: region_color(code),
                hollow: false,
                variant: None,
            }
        })
        .collect();
    draw(rows, &format_period(&period, lang), ctx)
}

fn by_sector(ctx: &Ctx, measure: Measure) -> BuiltChart {
    let (fig, lang) = (ctx.fig, ctx.lang);
    let years = ctx.time.unwrap_or(ALL_YEARS);
    let mut legend_names = Vec::new();
    let (mut tips, mut texts): (PointText, PointText) = (Vec::new(), Vec::new());
    let mut chart = Chart::new().legend(legend()).grid(wide_grid(true));
    let mut series = Vec::new();
    let mut all_values = Vec::new();
    let unit = match (measure, lang) {
        (Measure::Parameters, Lang::En) => " parameters",
        (Measure::Parameters, Lang::Zh) => "个参数",
        (Measure::TrainingComputePetaflop, _) => " petaFLOP",
    };
    for (sector, models) in models_by_sector(measure, years) {
        legend_names.push((sector_label(sector, lang).to_string(), sector.code().to_string()));
        let mut tip_row = Vec::new();
        let mut text_row = Vec::new();
        let mut data = Vec::new();
        for m in &models {
            let value = measure.of(m).unwrap_or(f64::NAN);
            tip_row.push(format!(
                "<b>{}</b><br/>{}<br/>{}: {}<br/>{}{unit}<br/>{}",
                escape_html(m.name),
                escape_html(m.organization),
                strings(lang).published,
                escape_html(&format_date(&m.date_iso(), lang)),
                escape_html(&format_full(value, lang)),
                escape_html(sector_label(sector, lang)),
            ));
            text_row.push(if NAMED_MODELS.contains(&m.name) { m.name.to_string() } else { String::new() });
            all_values.push(value);
            data.push(vec![charming::datatype::CompositeValue::from(m.date_iso()), value.into()]);
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
    let (lo, hi) = years;
    let y_axis = if ctx.log {
        with_log_bounds(value_axis(&unit_name(fig, true, lang), true, TickStyle::Power, lang), all_values)
    } else {
        value_axis(&unit_name(fig, false, lang).replace(" (log)", "").replace("（对数）", ""), false, TickStyle::Compact, lang)
    };
    let chart = chart
        .tooltip(tooltip(&tips))
        .x_axis(charming::component::Axis::new().type_(AxisType::Time).min(format!("{lo}-01-01")).max(format!("{hi}-12-31")))
        .y_axis(y_axis);
    let missing = models_without(measure, years);
    let note = match lang {
        Lang::En => format!("{missing} {}", strings(lang).models_without_measure),
        Lang::Zh => format!("{missing}{}", strings(lang).models_without_measure),
    };
    BuiltChart { chart, height: 460, footnotes: vec![note], shown: None, legend: legend_names }
}
