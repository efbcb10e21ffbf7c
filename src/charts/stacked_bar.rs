//! Stacked bars over years: the parts (role `point`) are stacked; the figure's `total` rows are
//! drawn as a separate, unstacked line of markers labelled with the stated total, never as a
//! part of the stack. In relative mode each part is drawn as its share of the year's stated
//! total (computed here, and said so in tooltips and a note); the totals line is then left out.

use charming::element::{ItemStyle, Label, LabelPosition, LineStyle, Symbol};
use charming::series::{Bar, Line};
use super::option::DrawnSeries;
use super::option::ChartOption;

use super::common::*;
use super::line::years;
use super::{BuiltChart, Ctx};
use crate::data::{Role};
use crate::view_table::Row;
use crate::i18n::{fixed_text, format_full, strings, Lang};

/// Share of `part` in its year's total, in percent, with tooltip and label text.
fn share(part: &Row, total: f64, lang: Lang) -> (f64, String, String) {
    let pct = part.value / total * 100.0;
    let (open, close) = if lang == Lang::En { (" (", ")") } else { ("（", "）") };
    let tip = format!(
        "{}<br/>{}{}{}%{open}{} / {}{close}",
        value_tip(part, lang),
        escape_html(strings(lang).computed_share),
        colon(lang),
        fixed_text(pct, 2).trim_end_matches('0').trim_end_matches('.'),
        format_full(part.value, lang),
        format_full(total, lang)
    );
    (pct, tip, format!("{}%", fixed_text(pct, 1)))
}

pub(super) fn build<'a>(ctx: &Ctx<'a>) -> BuiltChart {
    let (fig, lang) = (ctx.fig, ctx.lang);
    let plotted: Vec<&'a Row> = ctx.values.iter().copied().filter(|v| v.role != Role::Annotation).collect();
    let years = years(ctx.span, &plotted);
    let mut legend_names = Vec::new();
    let (mut tips, mut texts): (PointText, PointText) = (Vec::new(), Vec::new());
    let mut series: Vec<DrawnSeries> = Vec::new();
    let parts: Vec<&'a Row> = plotted.iter().copied().filter(|v| v.role == Role::Point).collect();
    let totals: Vec<&'a Row> = plotted.iter().copied().filter(|v| v.role == Role::Total).collect();
    let row = |rows: &[&'a Row], key: &str| -> Vec<Option<&'a Row>> {
        years.iter().map(|y| rows.iter().copied().find(|v| v.series_key == key && v.x == y.to_string())).collect()
    };
    // The year's total: the stated total where there is one, else the sum of the stated parts.
    let total_of = |y: u16| -> f64 {
        let year = y.to_string();
        totals.iter().find(|v| v.x == year).map(|v| v.value).unwrap_or_else(|| parts.iter().filter(|v| v.x == year).map(|v| v.value).sum())
    };
    for (i, key) in series_keys(parts.iter().copied()).iter().enumerate() {
        let cells = row(&parts, key);
        let name = cells.iter().flatten().next().map(|v| lang.pick(v.series)).unwrap_or(key);
        legend_names.push((name.to_string(), ctx.entry_key(key)));
        let data: Vec<Option<f64>> = if ctx.relative {
            let shares: Vec<Option<(f64, String, String)>> =
                cells.iter().zip(&years).map(|(c, y)| c.filter(|_| total_of(*y) > 0.0).map(|v| share(v, total_of(*y), lang))).collect();
            tips.push(shares.iter().map(|c| c.as_ref().map_or(String::new(), |s| s.1.clone())).collect());
            texts.push(shares.iter().map(|c| c.as_ref().map_or(String::new(), |s| s.2.clone())).collect());
            shares.iter().map(|c| c.as_ref().map(|s| s.0)).collect()
        } else {
            tips.push(cells.iter().map(|c| c.map_or(String::new(), |v| value_tip(v, lang))).collect());
            texts.push(cells.iter().map(|c| c.map_or(String::new(), |v| point_label(v, lang))).collect());
            cells.iter().map(|c| c.map(|v| v.value)).collect()
        };
        series.push(DrawnSeries::Bar(Bar::new().name(name).stack("parts").data(data).item_style(ItemStyle::new().color(PALETTE[i % PALETTE.len()]))));
    }
    for key in series_keys(totals.iter().copied()).into_iter().filter(|_| !ctx.relative) {
        let cells = row(&totals, key);
        let name = cells.iter().flatten().next().map(|v| lang.pick(v.series)).unwrap_or(strings(lang).total);
        legend_names.push((name.to_string(), ctx.entry_key(key)));
        tips.push(cells.iter().map(|c| c.map_or(String::new(), |v| value_tip(v, lang))).collect());
        texts.push(cells.iter().map(|c| c.map_or(String::new(), |v| point_label(v, lang))).collect());
        let data: Vec<Option<f64>> = cells.iter().map(|c| c.map(|v| v.value)).collect();
        series.push(DrawnSeries::Line(
            Line::new()
                .name(name)
                .data(data)
                .symbol(Symbol::Custom("diamond".into()))
                .symbol_size(10)
                .connect_nulls(false)
                .item_style(ItemStyle::new().color("#333333"))
                .line_style(LineStyle::new().width(0)),
        ));
    }
    let label_fn = label_formatter(&texts);
    let mut chart = ChartOption::new()
        .legend(legend())
        .tooltip(tooltip(&tips))
        .grid(grid(true))
        .x_axis(category_axis(years.iter().map(|y| y.to_string()).collect()))
        .y_axis(if ctx.relative {
            value_axis(strings(lang).share_of_total, false, TickStyle::Compact, lang).max(100)
        } else {
            value_axis(&unit_name(fig, false, lang), false, TickStyle::Compact, lang)
        });
    for s in series {
        chart = chart.series(match s {
            DrawnSeries::Bar(b) => DrawnSeries::Bar(b.label(Label::new().show(true).position(LabelPosition::Inside).formatter(label_fn.clone()))),
            DrawnSeries::Line(l) => DrawnSeries::Line(l.label(Label::new().show(true).position(LabelPosition::Top).formatter(label_fn.clone()))),
            other => other,
        });
    }
    let footnotes = if ctx.relative { vec![strings(lang).relative_note.to_string()] } else { Vec::new() };
    BuiltChart { chart, height: 400, footnotes, shown: None, legend: legend_names }
}

