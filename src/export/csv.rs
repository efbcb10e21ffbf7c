//! A figure's data as CSV (RFC 4180), UTF-8 with a byte-order mark so spreadsheet programs read
//! the Chinese names. One row per stated value the reader's region and time choices keep.
//! Columns: figure, series key, series name in English and Chinese, x, value (as stated),
//! unit, qualifier, role, provenance, source. Figures recomputed from Epoch AI export their
//! recomputation (counts per country, or one row per model).

use crate::charts::{measure_of, visible_values, ChartOptions};
use crate::data::epoch::{models_by_country, models_by_sector, Measure, ALL_YEARS};
use crate::data::{region_name, ChartKind, Figure, Provenance, Qualifier, Role, Unit};

/// The header row.
pub const CSV_HEADER: [&str; 11] =
    ["figure", "series_key", "series_en", "series_zh", "x", "value", "unit", "qualifier", "role", "provenance", "source"];

fn field(s: &str) -> String {
    if s.contains([',', '"', '\n', '\r']) { format!("\"{}\"", s.replace('"', "\"\"")) } else { s.to_string() }
}

fn line(out: &mut String, fields: &[&str]) {
    let row: Vec<String> = fields.iter().map(|f| field(f)).collect();
    out.push_str(&row.join(","));
    out.push_str("\r\n");
}

fn unit_code(u: Unit) -> &'static str {
    match u {
        Unit::Publications => "publications",
        Unit::Percent => "percent",
        Unit::PercentChange => "percent_change",
        Unit::Ratio => "ratio",
        Unit::Patents => "patents",
        Unit::PatentsPer100k => "patents_per_100k",
        Unit::Models => "models",
        Unit::Petaflop => "petaflop",
        Unit::Year => "year",
        Unit::Usd => "usd",
        Unit::Attendees => "attendees",
        Unit::Projects => "projects",
        Unit::Stars => "stars",
    }
}

/// The CSV text (with BOM) of `fig` under the reader's `options`.
pub fn figure_csv(fig: &'static Figure, options: &ChartOptions) -> String {
    let mut out = String::from("\u{feff}");
    line(&mut out, &CSV_HEADER);
    let epoch = "Epoch AI, Data on Notable AI Models, accessed 2026-01-26 (CC BY 4.0); recomputed by the explorer";
    if fig.is_recomputed() {
        let years = options.time.map_or(ALL_YEARS, |t| t.resolve(ALL_YEARS));
        let period = format!("{}-{}", years.0, years.1);
        if fig.kind == ChartKind::Bar {
            for (code, n) in models_by_country(years).into_iter().filter(|(c, _)| options.regions.is_empty() || options.regions.contains(c)) {
                let name = region_name(code);
                let n = n.to_string();
                line(&mut out, &[fig.id, code, name.map_or(code, |t| t.en), name.map_or(code, |t| t.zh), &period, &n, "models", "exact", "point", "recomputed", epoch]);
            }
        } else {
            let measure = measure_of(fig);
            let unit = if measure == Measure::Parameters { "parameters" } else { "petaflop" };
            for (sector, models) in models_by_sector(measure, years) {
                for m in models {
                    let v = measure.of(m).map(|v| format!("{v}")).unwrap_or_default();
                    let date = m.date_iso();
                    line(&mut out, &[fig.id, sector.code(), m.name, m.name, &date, &v, unit, "exact", "point", "recomputed", epoch]);
                }
            }
        }
        return out;
    }
    for v in visible_values(fig, options) {
        let value = format!("{}", v.value);
        let qualifier = match v.qualifier {
            Qualifier::Exact => "exact",
            Qualifier::Approx => "approx",
            Qualifier::LowerBound => "lower_bound",
        };
        let role = match v.role {
            Role::Point => "point",
            Role::Total => "total",
            Role::Annotation => "annotation",
        };
        let provenance = match v.provenance {
            Provenance::ZhTranslationText => "zh_translation_text",
            Provenance::SourceText => "source_text",
            Provenance::SourceDataFile => "source_data_file",
            Provenance::Derived => "derived",
        };
        let source = format!("AI Index Report 2024 (Stanford HAI, CC BY-ND 4.0); {}", fig.source_org);
        line(&mut out, &[fig.id, v.series_key, v.series.en, v.series.zh, v.x, &value, unit_code(v.unit), qualifier, role, provenance, &source]);
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
        assert!(r[1][10].contains("CSET"));
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
