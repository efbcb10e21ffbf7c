//! A figure's data as CSV (RFC 4180), UTF-8 with a byte-order mark so spreadsheet programs read
//! the Chinese names: the rows of its table in view, hidden series left out. Columns: figure,
//! series key, series name in English and Chinese, x, value (as the source has it), unit,
//! qualifier, role, provenance, layer (`report` or `dataset`), source. Figures recomputed from
//! Epoch AI export their recomputation (counts per country, or one row per model with its sector
//! as series key); figures with a dataset layer export both layers.

use crate::charts::ChartOptions;
use crate::data::sources::{ECOSYSTEM_GRAPHS_CITATION_EN, EPOCH_CITATION_EN, REPORT_EN, REPORT_LICENSE};
use crate::data::{Figure, Provenance};
use crate::i18n::Lang;
use crate::view_table::{table, ViewTable};

/// The header row.
pub const CSV_HEADER: [&str; 12] =
    ["figure", "series_key", "series_en", "series_zh", "x", "value", "unit", "qualifier", "role", "provenance", "layer", "source"];

fn field(s: &str) -> String {
    if s.contains([',', '"', '\n', '\r']) { format!("\"{}\"", crate::text::replace(s, "\"", "\"\"")) } else { s.to_string() }
}

pub(crate) fn line(out: &mut String, fields: &[&str]) {
    let row: Vec<String> = fields.iter().map(|f| field(f)).collect();
    out.push_str(&crate::text::join(&row, ","));
    out.push_str("\r\n");
}

/// The CSV text (with BOM) of `fig` under the reader's `options`: the rows of its table in
/// view ([`crate::view_table`]) that are not hidden, every value whole (estimates unrounded).
pub fn figure_csv(fig: &'static Figure, options: &ChartOptions) -> String {
    table_csv(&table(fig, options, Lang::En))
}

/// The CSV text (with BOM) of a table in view.
pub fn table_csv(t: &ViewTable) -> String {
    let mut out = String::from("\u{feff}");
    line(&mut out, &CSV_HEADER);
    let report = format!("{REPORT_EN} (Stanford HAI, {REPORT_LICENSE}); {}", t.fig.source_org);
    let epoch = format!("{EPOCH_CITATION_EN}; recomputed by the explorer");
    let eg = format!("{ECOSYSTEM_GRAPHS_CITATION_EN}; recounted by the explorer");
    for r in t.visible() {
        let (name_en, name_zh) = match r.model {
            Some(m) => (m.name, m.name),
            None => (r.series.en, r.series.zh),
        };
        let source = match r.provenance {
            Provenance::Recomputed => &epoch,
            Provenance::RecomputedEcosystemGraphs => &eg,
            _ => &report,
        };
        let value = r.export_text();
        line(
            &mut out,
            &[t.fig.id, r.series_key, name_en, name_zh, &r.x, &value, r.unit.code(), r.qualifier.code(), r.role.code(), r.provenance.code(), r.layer().code(), source],
        );
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::figure;

    fn rows(text: &str) -> Vec<Vec<String>> {
        let text = text.strip_prefix('\u{feff}').expect("BOM first");
        let mut r = ::csv::Reader::from_reader(text.as_bytes());
        assert_eq!(r.headers().unwrap().iter().collect::<Vec<_>>(), CSV_HEADER);
        r.records().map(|x| x.unwrap().iter().map(String::from).collect()).collect()
    }

    #[test]
    fn every_value_of_the_figure_as_stated() {
        let fig = figure("1.1.1").unwrap();
        let r = rows(&figure_csv(fig, &ChartOptions::default()));
        assert_eq!(r.len(), fig.values.len());
        assert_eq!(r[1][..9], ["1.1.1", "world", "World", "全球", "2022", "240000", "publications", "lower_bound", "point"]);
        assert_eq!(r[1][10], "report");
        assert!(r[1][11].contains("CSET"));
    }

    #[test]
    fn layered_figures_export_both_layers() {
        let r = rows(&figure_csv(figure("1.3.3").unwrap(), &ChartOptions::default()));
        let us_2023: Vec<(&str, &str, &str)> =
            r.iter().filter(|x| x[1] == "us" && x[4] == "2023").map(|x| (x[5].as_str(), x[9].as_str(), x[10].as_str())).collect();
        // Stated 61 (values.csv); the dataset layer's count is whatever the build recounted.
        let stated = crate::data::figure("1.3.3").unwrap().values.iter().find(|v| v.series_key() == "us" && v.x() == "2023").unwrap().value;
        let counted = crate::data::dataset::values_of(figure("1.3.3").unwrap()).find(|v| v.category == "USA" && v.x == "2023").unwrap().value;
        assert_eq!(us_2023, [(stated.to_string().as_str(), "zh_translation_text", "report"), (counted.to_string().as_str(), "recomputed", "dataset")]);
        let r = rows(&figure_csv(figure("1.3.19").unwrap(), &ChartOptions::default()));
        assert!(r.iter().any(|x| x[10] == "dataset" && x[9] == "recomputed_ecosystem_graphs" && x[11].contains("d66e17f")));
    }

    #[test]
    fn filters_apply_and_quotes_survive() {
        let fig = figure("1.2.5").unwrap();
        let opts = ChartOptions::from_state(&crate::state::parse("fig=1.2.5&regions=CHN").state);
        let r = rows(&figure_csv(fig, &opts));
        assert_eq!(r.len(), 1);
        assert_eq!(r[0][5], "61.13");
        assert_eq!(field("a \"b\", c"), "\"a \"\"b\"\", c\"");
    }

    #[test]
    fn recomputed_figures_export_their_recomputation() {
        let r = rows(&figure_csv(figure("1.3.4").unwrap(), &ChartOptions::default()));
        assert_eq!(r[0][1], "USA");
        let r = rows(&figure_csv(figure("1.3.6").unwrap(), &ChartOptions::default()));
        let alexnet = r.iter().find(|x| x[2] == "AlexNet").unwrap();
        assert_eq!(alexnet[5].parse::<f64>().unwrap().round(), 470.0);
    }
}
