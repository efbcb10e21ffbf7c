//! The table of what is shown: (figure, state, language) → every row in view, after the
//! reader's region and time filters and, for 1.3.4–1.3.6, the recomputation from Epoch AI's
//! dataset. Each row carries its unit, qualifier, provenance, display precision and whether
//! its series is hidden (hidden series stay, so the legend can show them again), and an empty
//! table says why. Chart builders, the table view, the CSV, the description, the compare view
//! and the count under the title read this table and nothing else, as Our World in Data's
//! Grapher derives chart, table and download from one transformed table.

mod dataset_rows;
mod epoch_rows;
mod text;

use std::borrow::Cow;

pub use text::{annotation_lines, count_line, empty_message, year_list};

use crate::charts::controls::{controls, Controls};
use crate::charts::ChartOptions;
use crate::data::{Figure, Model, Precision, Provenance, Qualifier, Role, Text, Unit, Value};
use crate::i18n::{shown_value, Lang};

/// One row in view.
#[derive(Debug, Clone, PartialEq)]
pub struct Row {
    /// Series key (`values.csv`), sector code (1.3.5–1.3.6) or country code (1.3.4).
    pub series_key: &'static str,
    /// Region code of a regional series.
    pub region: Option<&'static str>,
    /// Series name in both languages (for 1.3.5–1.3.6, the sector; the model is in `model`).
    pub series: Text,
    /// A year, a period (`2019-2023`; one year is written `2015`), a statistic, a measure, or
    /// a publication date (`2012-09-30`) for models.
    pub x: Cow<'static, str>,
    /// The value as the source has it, in `unit` (converted exactly in decimal where needed).
    pub value: f64,
    pub unit: Unit,
    pub qualifier: Qualifier,
    pub role: Role,
    pub provenance: Provenance,
    /// Digits to show on screen; exports keep `value` whole.
    pub precision: Precision,
    /// The reader hid this row's series (`hide=`); it stays for the legend.
    pub hidden: bool,
    /// The notable model a recomputed scatter row stands for.
    pub model: Option<&'static Model>,
}

impl Row {
    /// The number printed on screen: `value` at `precision`.
    pub fn shown(&self) -> f64 {
        shown_value(self.value, self.precision)
    }

    /// The value as exports write it: every digit of the source, in `unit` (a model's compute
    /// is its FLOP with the decimal point moved, which an f64 of petaFLOP may not hold whole).
    pub fn export_text(&self) -> String {
        match (self.model, self.unit) {
            (Some(m), Unit::Petaflop) => crate::data::decimal::shifted_text(m.training_compute_flop, -15),
            _ => crate::data::decimal::plain_text(self.value),
        }
    }

    /// The layer of the row: recounted from an open dataset, or read in the report.
    pub fn layer(&self) -> crate::data::dataset::Layer {
        if self.provenance.is_recomputed() { crate::data::dataset::Layer::Dataset } else { crate::data::dataset::Layer::Report }
    }

    /// Drawn on the chart (role point or total), as opposed to an annotation listed beside it.
    pub fn is_plotted(&self) -> bool {
        self.role != Role::Annotation
    }

    /// The year of `x`, when it is one.
    pub fn year(&self) -> Option<u16> {
        if self.x.len() == 4 { self.x.parse().ok() } else { None }
    }

    /// A notable model's Epoch AI estimate (compute, parameters, cost), in `unit`, shown at
    /// [`epoch_rows::ESTIMATE_DIGITS`] significant digits.
    fn estimate(m: &'static Model, series_key: &'static str, series: Text, x: Cow<'static, str>, value: f64, unit: Unit) -> Row {
        Row {
            series_key,
            region: None,
            series,
            x,
            value,
            unit,
            qualifier: Qualifier::Exact,
            role: Role::Point,
            provenance: Provenance::Recomputed,
            precision: Precision::Significant(epoch_rows::ESTIMATE_DIGITS),
            hidden: false,
            model: Some(m),
        }
    }

    fn stated(v: &'static Value) -> Row {
        Row {
            series_key: v.series_key(),
            region: v.region(),
            series: v.series(),
            x: Cow::Borrowed(v.x()),
            value: v.value,
            unit: v.unit,
            qualifier: v.qualifier,
            role: v.role,
            provenance: v.provenance,
            precision: Precision::Stated,
            hidden: false,
            model: None,
        }
    }
}

/// Why a table has no row to plot.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Empty {
    /// Nothing in the chosen years; the source has values (for the chosen regions) in `stated`.
    NoValueInYears { years: (u16, u16), stated: Vec<u16> },
    /// The chosen regions have no value at all.
    NoValueForRegions,
    /// The figure has no values (an illustration, or values the report does not give).
    NoValues,
    /// The models file these rows come from is not loaded yet.
    Loading,
}

/// The rows in view of a figure under the reader's choices, in one language.
#[derive(Debug, Clone)]
pub struct ViewTable {
    pub fig: &'static Figure,
    pub lang: Lang,
    /// What the figure offers (from its data).
    pub controls: Controls,
    /// Every row in view, all roles, in the source's order (stated values: file order;
    /// recomputed counts: most first; models: by sector, then date).
    pub rows: Vec<Row>,
    /// The chosen years, resolved against the figure's span (`None`: all).
    pub time: Option<(u16, u16)>,
    /// Years of the time axis: the chosen range, else the figure's (or dataset's) span.
    pub span: Option<(u16, u16)>,
    /// Why nothing is plotted, when nothing is.
    pub empty: Option<Empty>,
    /// How the rows were made, in `lang` (recount rules, models left out): printed under the
    /// chart and the table.
    pub notes: Vec<String>,
}

impl ViewTable {
    /// Rows drawn on the chart (point and total), hidden ones included.
    pub fn plotted(&self) -> impl Iterator<Item = &Row> {
        self.rows.iter().filter(|r| r.is_plotted())
    }

    /// Rows a reader sees in the table view and the CSV: not hidden.
    pub fn visible(&self) -> impl Iterator<Item = &Row> {
        self.rows.iter().filter(|r| !r.hidden)
    }

    /// True for tables recomputed from Epoch AI (1.3.4–1.3.6).
    pub fn is_recomputed(&self) -> bool {
        self.fig.is_recomputed()
    }

    /// The legend key (`hide=`) of a series key, sector code or part key.
    pub fn legend_key(&self, key: &str) -> String {
        legend_key(&self.controls, key).map_or_else(|| key.to_string(), str::to_string)
    }
}

fn legend_key<'a>(controls: &'a Controls, key: &str) -> Option<&'a str> {
    controls.legend.iter().find(|e| e.key == key || e.series_keys.contains(&key)).map(|e| e.key.as_str())
}

/// The table of what `fig` shows under `options`, in `lang`.
pub fn table(fig: &'static Figure, options: &ChartOptions, lang: Lang) -> ViewTable {
    let controls = controls(fig);
    let time = match (options.time, controls.years) {
        (Some(t), Some(span)) => Some(t.resolve(span)),
        _ => None,
    };
    let (mut rows, span, notes) = if fig.is_recomputed() {
        let window = time.unwrap_or(crate::data::epoch::ALL_YEARS);
        (epoch_rows::rows(fig, options, window), Some(window), epoch_rows::notes(fig, window, lang))
    } else if crate::data::dataset::has_layer(fig) {
        // `layer=` chooses which layers are in view; the controls and span cover both.
        use crate::state::LayerChoice;
        let mut rows = if options.layer == LayerChoice::Dataset { Vec::new() } else { report_rows(fig, options, time) };
        if options.layer != LayerChoice::Report {
            rows.extend(dataset_rows::rows(fig, options, time));
        }
        let span = time.or(controls.years).or(fig.span);
        (rows, span, dataset_rows::notes(fig, time, lang))
    } else {
        (report_rows(fig, options, time), time.or(fig.span), Vec::new())
    };
    for row in &mut rows {
        row.hidden = legend_key(&controls, row.series_key).is_some_and(|k| options.hide.iter().any(|h| h == k));
    }
    let waiting = crate::data::dataset::needs_models(fig)
        && !crate::data::notable_models::loaded()
        && (fig.is_recomputed() || options.layer != crate::state::LayerChoice::Report);
    let empty = if rows.iter().any(Row::is_plotted) {
        None
    } else if waiting {
        Some(Empty::Loading)
    } else {
        Some(why_empty(fig, options, time))
    };
    ViewTable { fig, lang, controls, rows, time, span, empty, notes }
}

fn in_regions(options: &ChartOptions, region: Option<&str>) -> bool {
    options.regions.is_empty() || region.is_none_or(|r| options.regions.contains(&r))
}

fn report_rows(fig: &'static Figure, options: &ChartOptions, time: Option<(u16, u16)>) -> Vec<Row> {
    fig.values
        .iter()
        .filter(|v| in_regions(options, v.region()))
        .map(Row::stated)
        .filter(|r| match (time, r.year()) {
            (Some((a, b)), Some(y)) => (a..=b).contains(&y),
            _ => true,
        })
        .collect()
}

fn why_empty(fig: &'static Figure, options: &ChartOptions, time: Option<(u16, u16)>) -> Empty {
    // The years with values for the chosen regions, whatever the chosen years.
    let all_years = ChartOptions { time: None, hide: Vec::new(), ..options.clone() };
    let rows = if fig.is_recomputed() {
        epoch_rows::rows(fig, &all_years, crate::data::epoch::ALL_YEARS)
    } else if crate::data::dataset::has_layer(fig) {
        use crate::state::LayerChoice;
        let mut rows = if options.layer == LayerChoice::Dataset { Vec::new() } else { report_rows(fig, &all_years, None) };
        if options.layer != LayerChoice::Report {
            rows.extend(dataset_rows::rows(fig, &all_years, None));
        }
        rows
    } else {
        report_rows(fig, &all_years, None)
    };
    // Models count for the year they were published; country counts (1.3.4) are over a period,
    // so their years are those with a model of the chosen countries.
    let has = |y: u16| {
        if fig.is_recomputed() && fig.kind == crate::data::ChartKind::Bar {
            crate::data::dataset::values_of(fig).any(|v| {
                v.value > 0.0 && v.x == y.to_string() && if options.regions.is_empty() { v.category == "total" } else { options.regions.contains(&v.category) }
            })
        } else {
            rows.iter().any(|r| r.is_plotted() && r.year().or_else(|| r.model.map(Model::year)) == Some(y))
        }
    };
    // In year order without a sort (years of the data lie within 1900–2099).
    let stated: Vec<u16> = (1900..2100).filter(|y| has(*y)).collect();
    match time {
        Some(years) if !stated.is_empty() => Empty::NoValueInYears { years, stated },
        _ if !options.regions.is_empty() && rows.iter().all(|r| !r.is_plotted()) => Empty::NoValueForRegions,
        _ => Empty::NoValues,
    }
}

#[cfg(test)]
mod tests;
