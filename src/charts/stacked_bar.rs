//! Stacked bars over years: the parts (role `point`) are stacked; the figure's `total` rows are
//! drawn as a separate, unstacked line of markers labelled with the stated total, never as a
//! part of the stack.

use charming::element::{ItemStyle, Label, LabelPosition, LineStyle, Symbol};
use charming::series::{Bar, Line, Series};
use charming::Chart;

use super::common::*;
use super::line::years;
use super::BuiltChart;
use crate::data::{Figure, Role, Value};
use crate::i18n::{strings, Lang};

pub(super) fn build(fig: &Figure, lang: Lang) -> BuiltChart {
    let plotted: Vec<&'static Value> = fig.values.iter().filter(|v| v.role != Role::Annotation).collect();
    let years = years(fig, &plotted);
    let (mut tips, mut texts): (PointText, PointText) = (Vec::new(), Vec::new());
    let mut series: Vec<Series> = Vec::new();
    let parts: Vec<&'static Value> = plotted.iter().copied().filter(|v| v.role == Role::Point).collect();
    let totals: Vec<&'static Value> = plotted.iter().copied().filter(|v| v.role == Role::Total).collect();
    let row = |rows: &[&'static Value], key: &str| -> Vec<Option<&'static Value>> {
        years.iter().map(|y| rows.iter().copied().find(|v| v.series_key == key && v.x == y.to_string())).collect()
    };
    for (i, key) in series_keys(parts.iter().copied()).iter().enumerate() {
        let cells = row(&parts, key);
        let name = cells.iter().flatten().next().map(|v| lang.pick(v.series)).unwrap_or(key);
        tips.push(cells.iter().map(|c| c.map_or(String::new(), |v| value_tip(v, lang))).collect());
        texts.push(cells.iter().map(|c| c.map_or(String::new(), |v| point_label(v, lang))).collect());
        let data: Vec<Option<f64>> = cells.iter().map(|c| c.map(|v| v.value)).collect();
        series.push(Series::Bar(Bar::new().name(name).stack("parts").data(data).item_style(ItemStyle::new().color(PALETTE[i % PALETTE.len()]))));
    }
    for key in series_keys(totals.iter().copied()) {
        let cells = row(&totals, key);
        let name = cells.iter().flatten().next().map(|v| lang.pick(v.series)).unwrap_or(strings(lang).total);
        tips.push(cells.iter().map(|c| c.map_or(String::new(), |v| value_tip(v, lang))).collect());
        texts.push(cells.iter().map(|c| c.map_or(String::new(), |v| point_label(v, lang))).collect());
        let data: Vec<Option<f64>> = cells.iter().map(|c| c.map(|v| v.value)).collect();
        series.push(Series::Line(
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
    let mut chart = Chart::new()
        .legend(legend())
        .tooltip(tooltip(&tips))
        .grid(grid(true))
        .x_axis(category_axis(years.iter().map(|y| y.to_string()).collect()))
        .y_axis(value_axis(&unit_name(fig, false, lang), false, TickStyle::Compact, lang));
    for s in series {
        chart = chart.series(match s {
            Series::Bar(b) => Series::Bar(b.label(Label::new().show(true).position(LabelPosition::Inside).formatter(label_fn.clone()))),
            Series::Line(l) => Series::Line(l.label(Label::new().show(true).position(LabelPosition::Top).formatter(label_fn.clone()))),
            other => other,
        });
    }
    BuiltChart { chart, height: 400, footnotes: Vec::new(), shown: None }
}

