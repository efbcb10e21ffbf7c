//! The dataset layers: for eleven figures whose report values are thin, the full series
//! recomputed from an open dataset (Epoch AI's notable models, or the Ecosystem Graphs snapshot
//! at d66e17f) is drawn beside the report's stated values; for those and four complete figures
//! (1.3.13, 1.3.14, 1.3.16, 1.3.17) a reconciliation sets stated against recomputed values.

use std::sync::OnceLock;

use super::tables::{DATASET_COUNT, DATASET_TSV};
use super::{Figure, DATASET_FACTS, MODEL_NAMES};

/// Which layer a row of a figure belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Layer {
    /// Values the report (or its bilingual summary) states, and the report's own data files.
    Report,
    /// Values recomputed here from an open dataset.
    Dataset,
}

impl Layer {
    /// The code exports write in their `layer` column.
    pub fn code(self) -> &'static str {
        match self {
            Layer::Report => "report",
            Layer::Dataset => "dataset",
        }
    }
}

/// The open dataset a layer is counted from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DatasetSource {
    /// Epoch AI, "Data on Notable AI Models" (accessed 2026-01-26).
    Epoch,
    /// Stanford CRFM Ecosystem Graphs at commit d66e17f.
    EcosystemGraphs,
}

/// One value of a dataset layer, counted at build time (`src/data/aggregate.rs`).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct DatasetValue {
    pub figure: &'static str,
    /// Sector code (`industry`, `other`), region code (`USA`, `EU_UK`), access type (`open`,
    /// `total`), or the report's series key (organizations, named models).
    pub category: &'static str,
    /// A year, or a period (`2019-2023`).
    pub x: &'static str,
    /// A count of models, a share in percent (1.3.14) or a cost in USD (1.3.21).
    pub value: f64,
}

/// How many rows of its dataset a layer leaves out, and why.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DatasetFacts {
    pub figure: &'static str,
    pub source: DatasetSource,
    /// The years counted.
    pub window: (u16, u16),
    /// Rows in the dataset file.
    pub total: u32,
    /// Rows without a date (they belong to no year).
    pub no_date: u32,
    /// Rows dated outside `window`.
    pub outside_window: u32,
    /// Rows in `window` whose organizations have no country code (country figures only).
    pub no_country: u32,
}

/// A model the report names, the `model` of its row in Epoch AI's dataset, and that row's
/// measures the report's figures are compared with (so the reconciliation needs no models file).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct ModelName {
    pub series_key: &'static str,
    pub epoch_model: &'static str,
    /// Training compute in FLOP; NaN where unknown.
    pub compute_flop: f64,
    /// `training_compute_cost_cloud_usd`; NaN where unknown.
    pub cost_cloud_usd: f64,
}

/// Every value of the dataset layers, counted at build time (`src/data/aggregate.rs`), read
/// from its compact text once.
pub fn dataset_values() -> &'static [DatasetValue] {
    static VALUES: OnceLock<Vec<DatasetValue>> = OnceLock::new();
    VALUES.get_or_init(|| {
        let mut values = Vec::with_capacity(DATASET_COUNT);
        for line in DATASET_TSV.lines() {
            let mut f = line.split('\t');
            let (Some(figure), Some(category), Some(x), Some(list)) = (f.next(), f.next(), f.next(), f.next()) else { continue };
            let numbers = list.split(',').filter_map(super::number::parse_f64);
            if category == "*" {
                // One value per stated series of the figure, in file order, at `x`.
                let keys = super::figure(figure).into_iter().flat_map(|fig| fig.points().map(|v| v.series_key()));
                values.extend(keys.zip(numbers).map(|(category, value)| DatasetValue { figure, category, x, value }));
            } else if let Ok(first) = x.parse::<u16>() {
                // Consecutive years from `x`.
                for (k, value) in numbers.enumerate() {
                    let x = if k == 0 { x } else { year_text(first + k as u16) };
                    values.push(DatasetValue { figure, category, x, value });
                }
            } else {
                values.extend(numbers.map(|value| DatasetValue { figure, category, x, value }));
            }
        }
        // build.rs writes every value; a mismatch is a bug, and the layers would lie.
        debug_assert_eq!(values.len(), DATASET_COUNT);
        values
    })
}

/// A year as `'static` text, from the figures' year labels (2003–2023 are all used there).
fn year_text(y: u16) -> &'static str {
    const YEARS: [&str; 30] = [
        "2000", "2001", "2002", "2003", "2004", "2005", "2006", "2007", "2008", "2009", "2010", "2011", "2012", "2013", "2014",
        "2015", "2016", "2017", "2018", "2019", "2020", "2021", "2022", "2023", "2024", "2025", "2026", "2027", "2028", "2029",
    ];
    YEARS.get(usize::from(y.saturating_sub(2000))).copied().unwrap_or("")
}

/// The build-time values of `fig`'s dataset layer (or recount, for 1.3.13–1.3.17).
pub fn values_of(fig: &Figure) -> impl Iterator<Item = &'static DatasetValue> + '_ {
    dataset_values().iter().filter(move |v| v.figure == fig.id)
}

/// Epoch AI's notable models published in `years` (build-time counts per year).
pub fn notable_models_in(years: (u16, u16)) -> usize {
    dataset_values()
        .iter()
        .filter(|v| v.figure == "1.3.4" && v.category == "total" && v.x.parse().is_ok_and(|y: u16| (years.0..=years.1).contains(&y)))
        .map(|v| v.value as usize)
        .sum()
}

/// 1.3.4's counts per category summed over `years` (build-time counts per year), most first
/// (ties by code): country codes, "" for models with no country, "total" for every model.
pub fn country_totals(fig: &Figure, years: (u16, u16)) -> Vec<(&'static str, f64)> {
    let mut totals: Vec<(&'static str, f64)> = Vec::new();
    for v in values_of(fig).filter(|v| v.x.parse().is_ok_and(|y: u16| (years.0..=years.1).contains(&y))) {
        match totals.iter_mut().find(|(c, _)| *c == v.category) {
            Some((_, n)) => *n += v.value,
            None => totals.push((v.category, v.value)),
        }
    }
    rank_desc(&mut totals);
    totals
}

/// The stated series of `fig` for a category of its dataset layer: same region, or same
/// series key (sectors, named models, organizations).
pub fn stated_point(fig: &Figure, category: &str) -> Option<&'static super::Value> {
    fig.points().find(|v| v.region() == Some(category) || v.series_key() == category)
}

/// Sorts (category, value) pairs most first, ties by category: one sort for every such list
/// (each sort call site would add its own copy of the sort to the page).
pub fn rank_desc(pairs: &mut [(&'static str, f64)]) {
    crate::sort::sort_by(pairs, |a, b| b.1.total_cmp(&a.1).then(a.0.cmp(b.0)));
}

/// True for a category of 1.3.4's counts that is a country (not "" or "total").
pub fn is_country(category: &str) -> bool {
    category.len() == 3
}

/// What `fig`'s dataset layer leaves out, for the figures with a counted layer.
pub fn facts_of(fig: &Figure) -> Option<&'static DatasetFacts> {
    DATASET_FACTS.iter().find(|f| f.figure == fig.id)
}

/// The Epoch AI row of a model the report names (by its series key).
pub fn epoch_name(series_key: &str) -> Option<&'static str> {
    named_model(series_key).map(|n| n.epoch_model)
}

/// The join row of a model the report names (by its series key).
pub fn named_model(series_key: &str) -> Option<&'static ModelName> {
    MODEL_NAMES.iter().find(|n| n.series_key == series_key)
}

/// The dataset a figure's layer is counted from: Ecosystem Graphs for foundation-model figures
/// (its source names it), else Epoch AI.
pub fn source_of(fig: &Figure) -> DatasetSource {
    if fig.source_org.starts_with("Ecosystem Graphs") { DatasetSource::EcosystemGraphs } else { DatasetSource::Epoch }
}

/// The domain a model is coloured by: its one domain, or "several domains" (code, en, zh).
pub fn domain_of(model: &super::Model) -> (&'static str, &'static str, &'static str) {
    let several = super::sources::SEVERAL_DOMAINS;
    if model.domain.contains(',') {
        return (several.1, several.0, several.2);
    }
    super::sources::EPOCH_DOMAINS
        .iter()
        .find(|(name, _, _)| *name == model.domain)
        .map_or((several.1, several.0, several.2), |&(name, code, zh)| (code, name, zh))
}

/// True for figures that draw single models of Epoch AI's dataset (scatter figures recomputed
/// from it, or with a dataset layer): they need the models file.
pub fn needs_models(fig: &Figure) -> bool {
    fig.kind == super::ChartKind::Scatter && (fig.is_recomputed() || has_layer(fig))
}

/// True for figures drawn with a dataset layer beside the report's values (`layer=` applies):
/// those the build counted a layer for (it wrote what the layer leaves out).
pub fn has_layer(fig: &Figure) -> bool {
    !fig.is_recomputed() && facts_of(fig).is_some()
}

/// True for figures with a reconciliation view (`view=reconcile`): the build recounted values
/// for them (the layered figures, and 1.3.13, 1.3.14, 1.3.16, 1.3.17).
pub fn has_reconciliation(fig: &Figure) -> bool {
    !fig.is_recomputed() && values_of(fig).next().is_some()
}
