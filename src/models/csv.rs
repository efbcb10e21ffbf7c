//! The filtered models as CSV (RFC 4180, UTF-8 with a byte-order mark): one row per model of the
//! table of what is shown, in date order, with the source's columns as written (numbers
//! unchanged), the explorer's slug, country codes and sector code, and the citation of the
//! dataset.

use super::data::Set;
use super::table::ModelsTable;
use crate::data::sources::{ECOSYSTEM_GRAPHS_CITATION_EN, EPOCH_CITATION_EN};
use crate::export::csv::line;

/// Columns of a notable-models CSV: slug, Epoch's 13 columns, then what the explorer derives.
pub const NOTABLE_HEADER: [&str; 17] = [
    "slug", "model", "organization", "publication_date", "domain", "country", "organization_categorization", "parameters", "training_compute_flop",
    "training_compute_cost_2023_usd", "training_compute_cost_cloud_usd", "model_accessibility", "frontier_model", "notability_criteria",
    "country_codes", "sector", "source",
];

/// Columns of a foundation-models CSV.
pub const FOUNDATION_HEADER: [&str; 10] = ["slug", "name", "organization", "created_date", "access", "modality", "size", "country_codes", "sector", "source"];

/// The CSV text (with BOM) of the table's models.
pub fn models_csv(t: &ModelsTable) -> String {
    let mut out = String::from("\u{feff}");
    match t.set {
        Set::Notable => line(&mut out, &NOTABLE_HEADER),
        Set::Foundation => line(&mut out, &FOUNDATION_HEADER),
    }
    let citation = match t.set {
        Set::Notable => EPOCH_CITATION_EN,
        Set::Foundation => ECOSYSTEM_GRAPHS_CITATION_EN,
    };
    for r in &t.rows {
        let e = r.entry;
        let codes: Vec<&str> = e.country_codes().collect();
        let codes = crate::text::join(&codes, "~");
        let mut fields: Vec<&str> = vec![e.slug];
        fields.extend(e.source.iter().copied());
        fields.push(&codes);
        fields.push(e.sector);
        fields.push(citation);
        line(&mut out, &fields);
    }
    out
}
