//! Validates every CSV file in `src/data/` and writes them as typed Rust tables
//! (`$OUT_DIR/tables.rs`, included by `src/data/tables.rs`), so the page gets compact static
//! data and parses no CSV at start-up. Any invalid row fails the build with `file:line: message`.

#[path = "src/data/schema.rs"]
#[allow(dead_code)]
mod schema;

#[path = "src/data/aggregate.rs"]
mod aggregate;

#[path = "src/data/sources.rs"]
#[allow(dead_code)]
mod sources;

// schema.rs sorts with the crate's one sort.
#[path = "src/sort.rs"]
#[allow(dead_code)]
mod sort;

use schema::*;
use std::fmt::Write as _;
use std::path::Path;

/// The report's span for figures recomputed from Epoch AI (data README).
const EPOCH_YEARS: (u16, u16) = sources::EPOCH_WINDOW;

fn read(rel: &str) -> String {
    println!("cargo:rerun-if-changed=src/data/{rel}");
    let path = Path::new("src/data").join(rel);
    std::fs::read_to_string(&path).unwrap_or_else(|e| fail(&[format!("src/data/{rel}: cannot read: {e}")]))
}

fn fail(errors: &[String]) -> ! {
    for e in errors {
        println!("cargo:warning={e}");
        eprintln!("{e}");
    }
    panic!("invalid data in src/data ({} errors): {}", errors.len(), errors.first().map(String::as_str).unwrap_or(""));
}

fn ok<T>(label: &str, r: Result<T, Vec<String>>) -> T {
    r.unwrap_or_else(|errs| {
        let _ = label;
        fail(&errs)
    })
}

fn variant(prefix: &str, code: &str) -> String {
    let mut s = String::from(prefix);
    s.push_str("::");
    let mut upper = true;
    for c in code.chars() {
        if c == '_' {
            upper = true;
        } else if upper {
            s.push(c.to_ascii_uppercase());
            upper = false;
        } else {
            s.push(c);
        }
    }
    s
}

fn text(en: &str, zh: &str) -> String {
    format!("Text {{ en: {en:?}, zh: {zh:?} }}")
}

/// Values as Rust writes them (`18`, `33.333333333333336`): the shortest text that reads back
/// to the same f64.
fn join(values: &[f64]) -> String {
    values.iter().map(|v| format!("{v}")).collect::<Vec<_>>().join(",")
}

fn figure_ident(id: &str) -> String {
    format!("V_{}", id.replace('.', "_"))
}

fn main() {
    println!("cargo:rerun-if-changed=src/data/schema.rs");
    println!("cargo:rerun-if-changed=src/data/sources.rs");
    let figures = ok("figures", parse_figures("src/data/report/figures.csv", &read("report/figures.csv")));
    let regions = ok("regions", parse_regions("src/data/report/regions.csv", &read("report/regions.csv")));
    let values = ok("values", parse_values("src/data/report/values.csv", &read("report/values.csv"), &figures, &regions));
    let countries = ok("countries", parse_countries("src/data/epoch/country_codes.csv", &read("epoch/country_codes.csv")));
    let every_model = ok("models", parse_models("src/data/epoch/notable_ai_models.csv", &read("epoch/notable_ai_models.csv"), &countries, (0, u16::MAX)));
    // The page relies on this order (newest first) to list models by date without sorting.
    if let Some(w) = every_model.windows(2).find(|w| w[0].date < w[1].date) {
        fail(&[format!("src/data/epoch/notable_ai_models.csv: not newest first ({} {} before {} {})", w[0].name, w[0].date, w[1].name, w[1].date)]);
    }
    let models: Vec<ModelRow> = every_model.iter().filter(|m| (EPOCH_YEARS.0..=EPOCH_YEARS.1).contains(&m.year)).cloned().collect();
    let foundation = ok("foundation models", parse_foundation_models("src/data/ecosystem_graphs/foundation_models_2024-02-12.csv", &read("ecosystem_graphs/foundation_models_2024-02-12.csv")));
    let organizations = ok("organizations", parse_organizations("src/data/ecosystem_graphs/organization_map.csv", &read("ecosystem_graphs/organization_map.csv"), &countries, &foundation));
    let texts = ok("texts", parse_texts("src/data/text/figure_text.csv", &read("text/figure_text.csv"), &figures));
    let highlights = ok("highlights", parse_highlights("src/data/text/highlights.csv", &read("text/highlights.csv"), &figures));
    let names = ok("display names", parse_display_names("src/data/report/display_names.csv", &read("report/display_names.csv"), &values));
    let model_names = ok("model names", parse_model_names("src/data/report/model_names.csv", &read("report/model_names.csv"), &values, &models));
    let names_of_every_model: Vec<&str> = every_model.iter().map(|m| m.name.as_str()).collect();
    let slugs = ok("model slugs", parse_slugs("src/data/epoch/model_slugs.csv", &read("epoch/model_slugs.csv"), &names_of_every_model));
    let foundation_names: Vec<&str> = foundation.iter().map(|m| m.name.as_str()).collect();
    let foundation_slugs = ok("foundation model slugs", parse_slugs("src/data/ecosystem_graphs/model_slugs.csv", &read("ecosystem_graphs/model_slugs.csv"), &foundation_names));
    let organization_set: Vec<&str> = every_model.iter().flat_map(|m| organization_names(&m.organization)).chain(foundation.iter().flat_map(|m| organization_names(&m.organization))).collect();
    let org_names_zh = ok("organization names zh", parse_org_names_zh("src/data/epoch/organization_names_zh.csv", &read("epoch/organization_names_zh.csv"), &organization_set));
    let (aggregates, facts) = aggregate::aggregates(every_model.len(), &models, &countries, &foundation, &organizations, &values, &model_names);

    let mut out = String::new();
    out.push_str("// @generated by build.rs from src/data/**/*.csv. Do not edit.\n");

    // A value's series (key, region, names) is stored once for all its values (`model::Series`).
    let mut series: Vec<(&str, &str, &str, &str)> = Vec::new();
    for fig in &figures {
        let rows: Vec<&ValueRow> = values.iter().filter(|v| v.figure_id == fig.id).collect();
        writeln!(out, "static {}: [Value; {}] = [", figure_ident(&fig.id), rows.len()).unwrap();
        for v in rows {
            let s = (v.series_key.as_str(), v.region_code.as_str(), v.series_en.as_str(), v.series_zh.as_str());
            let si = series.iter().position(|t| *t == s).unwrap_or_else(|| {
                series.push(s);
                series.len() - 1
            });
            writeln!(
                out,
                "  Value {{ value: {:?}, series: &SERIES[{si}], x: {:?}, unit: {}, qualifier: {}, role: {}, provenance: {} }},",
                v.value, v.x, variant("Unit", &v.unit), variant("Qualifier", &v.qualifier), variant("Role", &v.role), variant("Provenance", &v.provenance)
            )
            .unwrap();
        }
        out.push_str("];\n");
    }
    writeln!(out, "/// The distinct series of `values.csv` (`Value::series`).\npub(super) static SERIES: [Series; {}] = [", series.len()).unwrap();
    for (key, region, en, zh) in &series {
        let ends = [key.len(), key.len() + region.len(), key.len() + region.len() + en.len()];
        if ends[2] > u8::MAX as usize {
            fail(&[format!("src/data/report/values.csv: series '{key}': key, region and English name over 255 bytes; widen model::Series::ends")]);
        }
        writeln!(out, "  Series {{ text: {:?}, ends: {ends:?} }},", format!("{key}{region}{en}{zh}")).unwrap();
    }
    out.push_str("];\n");

    writeln!(out, "/// Every figure of Chapter 1, in report order.\npub static FIGURES: [Figure; {}] = [", figures.len()).unwrap();
    for fig in &figures {
        let t = texts.iter().find(|t| t.figure_id == fig.id).expect("checked by parse_texts");
        let span = fig.span.map_or("None".into(), |(a, b)| format!("Some(({a}, {b}))"));
        writeln!(
            out,
            "  Figure {{ id: {:?}, section: {:?}, title: {}, kind: {}, unit: {}, x_kind: {}, source_org: {:?}, completeness: {}, span: {span}, takeaway: {}, description: {}, values: &{} }},",
            fig.id, fig.section, text(&fig.title_en, &fig.title_zh), variant("ChartKind", &fig.chart_kind), text(&fig.unit_en, &fig.unit_zh),
            variant("XKind", &fig.x_kind), fig.source_org, variant("Completeness", &fig.completeness),
            text(&t.takeaway_en, &t.takeaway_zh), text(&t.description_en, &t.description_zh), figure_ident(&fig.id)
        )
        .unwrap();
    }
    out.push_str("];\n");

    writeln!(out, "/// Regions of the report's values (`report/regions.csv`).\npub static REGIONS: [Region; {}] = [", regions.len()).unwrap();
    for r in &regions {
        writeln!(out, "  Region {{ key: {:?}, code: {:?}, name: {}, kind: {} }},", r.key, r.code, text(&r.name_en, &r.name_zh), variant("RegionKind", &r.kind)).unwrap();
    }
    out.push_str("];\n");

    let coded: Vec<&CountryRow> = countries.iter().filter(|c| !c.code.is_empty()).collect();
    writeln!(out, "/// Countries of the Epoch AI dataset (`epoch/country_codes.csv`), those with a code.\npub static COUNTRIES: [Country; {}] = [", coded.len()).unwrap();
    for c in coded {
        writeln!(out, "  Country {{ code: {:?}, name: {}, eu27: {} }},", c.code, text(&c.name_en, &c.name_zh), c.eu27).unwrap();
    }
    out.push_str("];\n");

    // Compact rows: date as YYYYMMDD, countries as a bit set over COUNTRIES, NaN for unknown.
    let coded: Vec<&str> = countries.iter().filter(|c| !c.code.is_empty()).map(|c| c.code.as_str()).collect();
    if coded.len() > 64 {
        fail(&["src/data/epoch/country_codes.csv: more than 64 coded countries; widen Model::countries".into()]);
    }
    // Epoch AI's rows are not compiled in: they go to a same-origin file the page fetches on
    // first use (the figures that draw single models), named by its content hash.
    let mut tsv = String::new();
    for m in &models {
        let date: u32 = m.date.replace('-', "").parse().expect("checked by parse_models");
        let mask: u64 = m.countries.iter().map(|c| 1u64 << coded.iter().position(|x| x == c).expect("coded country")).fold(0, |a, b| a | b);
        let num = |v: Option<f64>| v.map_or(String::new(), |v| format!("{v:?}"));
        let fields = [
            m.name.clone(), m.organization.clone(), date.to_string(), format!("{mask:x}"), m.sector.to_string(), num(m.parameters),
            num(m.training_compute_flop), m.domains.join(","), num(m.cost_cloud_usd), num(m.cost_2023_usd), m.accessibility.clone(),
            if m.frontier { "1".into() } else { String::new() },
        ];
        if fields.iter().any(|f| f.contains(['\t', '\n', '\r'])) {
            fail(&[format!("src/data/epoch/notable_ai_models.csv: model '{}' has a tab or line break in a field", m.name)]);
        }
        tsv.push_str(&fields.join("\t"));
        tsv.push('\n');
    }
    let file = write_data_file("notable-models", &tsv);
    std::fs::write(Path::new(&std::env::var("OUT_DIR").unwrap()).join("notable-models.tsv"), &tsv).unwrap();
    writeln!(out, "/// Epoch AI's notable models published {}–{}, one per line (`data::notable_models`), fetched\n/// from this path beside index.html.\npub const MODELS_FILE: &str = \"data/{file}\";\n/// Models in [`MODELS_FILE`].\npub const MODEL_COUNT: usize = {};", EPOCH_YEARS.0, EPOCH_YEARS.1, models.len()).unwrap();

    // The model explorer's rows: every notable model (all years) and every foundation model,
    // for its own entry point only (`models::data`), in a file named by its content hash.
    let explorer = explorer_file(&every_model, &coded, &foundation, &organizations, &countries, &model_names, &values, &slugs, &foundation_slugs);
    let explorer_name = write_data_file("models-explorer", &explorer);
    std::fs::write(Path::new(&std::env::var("OUT_DIR").unwrap()).join("models-explorer.tsv"), &explorer).unwrap();
    writeln!(out, "/// The model explorer's rows (`models::data`), fetched from this path beside index.html.\npub const EXPLORER_FILE: &str = \"data/{explorer_name}\";\n/// Notable models (Epoch AI, every year) in [`EXPLORER_FILE`].\npub const EXPLORER_NOTABLE: usize = {};\n/// Foundation models (Ecosystem Graphs) in [`EXPLORER_FILE`].\npub const EXPLORER_FOUNDATION: usize = {};", every_model.len(), foundation.len()).unwrap();
    let names_zh = &org_names_zh;
    writeln!(out, "/// Chinese names of organizations based in China, Hong Kong and Taiwan, as (name as the\n/// source writes it, Chinese name) (`epoch/organization_names_zh.csv`): what search also finds.\npub static ORG_NAMES_ZH: [(&str, &str); {}] = [", names_zh.len()).unwrap();
    for (en, zh) in names_zh {
        writeln!(out, "  ({en:?}, {zh:?}),").unwrap();
    }
    out.push_str("];\n");
    let span = |years: &mut dyn Iterator<Item = u16>| {
        let years: Vec<u16> = years.collect();
        (*years.iter().min().expect("models"), *years.iter().max().expect("models"))
    };
    let (n, f) = (span(&mut every_model.iter().map(|m| m.year)), span(&mut foundation.iter().filter_map(|m| m.year)));
    writeln!(out, "/// First and last publication year of the notable models (`time=earliest..latest`).\npub const EXPLORER_NOTABLE_YEARS: (u16, u16) = ({}, {});\n/// First and last year of the dated foundation models.\npub const EXPLORER_FOUNDATION_YEARS: (u16, u16) = ({}, {});", n.0, n.1, f.0, f.1).unwrap();

    // As text, parsed once on first use (a table of structs would cost the page about three
    // times the bytes). A line is figure, category, first x and comma-separated values: values
    // of consecutive years share a line; category `*` stands for the figure's stated series in
    // file order (1.3.16–1.3.17: one recount per organization the report states).
    // Category-major (first appearance kept), so a category's years are adjacent.
    let mut aggregates = aggregates;
    let rank: Vec<(usize, usize)> = aggregates
        .iter()
        .map(|a| {
            let f = aggregates.iter().position(|b| b.figure == a.figure).unwrap();
            (f, aggregates.iter().position(|b| b.figure == a.figure && b.category == a.category).unwrap())
        })
        .collect();
    let mut order: Vec<usize> = (0..aggregates.len()).collect();
    order.sort_by_key(|&k| (rank[k], k));
    let mut slots: Vec<Option<aggregate::Aggregate>> = aggregates.drain(..).map(Some).collect();
    let aggregates: Vec<aggregate::Aggregate> = order.iter().map(|&k| slots[k].take().unwrap()).collect();
    let mut tsv = String::new();
    let mut i = 0;
    while i < aggregates.len() {
        let a = &aggregates[i];
        if [a.figure, &a.category, &a.x].iter().any(|f| f.contains(['\t', '\n', ',']) ) || a.category == "*" {
            fail(&[format!("aggregate of {}: a tab, line break or comma in {:?} / {:?}", a.figure, a.category, a.x)]);
        }
        let stated: Vec<&ValueRow> = values.iter().filter(|v| v.figure_id == a.figure && v.role == "point").collect();
        let run_of_stated = stated.len() > 1
            && aggregates[i..].len() >= stated.len()
            && stated.iter().zip(&aggregates[i..]).all(|(v, b)| b.figure == a.figure && b.category == v.series_key && b.x == a.x);
        let mut run = vec![a.value];
        if run_of_stated {
            run = aggregates[i..i + stated.len()].iter().map(|b| b.value).collect();
            writeln!(tsv, "{}\t*\t{}\t{}", a.figure, a.x, join(&run)).unwrap();
            i += stated.len();
            continue;
        }
        let mut j = i + 1;
        if let Ok(mut year) = a.x.parse::<u16>() {
            while let Some(b) = aggregates.get(j).filter(|b| b.figure == a.figure && b.category == a.category && b.x.parse::<u16>() == Ok(year + 1)) {
                run.push(b.value);
                year += 1;
                j += 1;
            }
        }
        // Runs are of one category over years; the aggregates list years within a category
        // in order only for some figures, so the rest are single values.
        writeln!(tsv, "{}\t{}\t{}\t{}", a.figure, a.category, a.x, join(&run)).unwrap();
        i = j;
    }
    writeln!(out, "/// The dataset layers' values, counted at build time (`data::aggregate`): one per line,\n/// figure, category, x and value, tab-separated (see `dataset::dataset_values`).\npub const DATASET_TSV: &str = {tsv:?};\n/// Lines of [`DATASET_TSV`].\npub const DATASET_COUNT: usize = {};", aggregates.len()).unwrap();
    writeln!(out, "/// What each dataset layer leaves out (`data::aggregate`).\npub static DATASET_FACTS: [DatasetFacts; {}] = [", facts.len()).unwrap();
    for f in &facts {
        let source = if f.source == "epoch" { "DatasetSource::Epoch" } else { "DatasetSource::EcosystemGraphs" };
        writeln!(out, "  DatasetFacts {{ figure: {:?}, source: {source}, window: ({}, {}), total: {}, no_date: {}, outside_window: {}, no_country: {} }},", f.figure, f.window.0, f.window.1, f.total, f.no_date, f.outside_window, f.no_country).unwrap();
    }
    out.push_str("];\n");
    writeln!(out, "/// Models the report names, joined to Epoch AI's rows (`report/model_names.csv`).\npub static MODEL_NAMES: [ModelName; {}] = [", model_names.len()).unwrap();
    for n in &model_names {
        let m = models.iter().find(|m| m.name == n.epoch_model).expect("checked by parse_model_names");
        let num = |v: Option<f64>| v.map_or("f64::NAN".to_string(), |v| format!("{v:?}"));
        writeln!(
            out,
            "  ModelName {{ series_key: {:?}, epoch_model: {:?}, compute_flop: {}, cost_cloud_usd: {} }},",
            n.series_key, n.epoch_model, num(m.training_compute_flop), num(m.cost_cloud_usd)
        )
        .unwrap();
    }
    out.push_str("];\n");

    writeln!(out, "/// Chapter highlights (`text/highlights.csv`).\npub static HIGHLIGHTS: [Highlight; {}] = [", highlights.len()).unwrap();
    for h in &highlights {
        writeln!(out, "  Highlight {{ id: {:?}, figure: {:?}, text: {} }},", h.id, h.figure_id, text(&h.text_en, &h.text_zh)).unwrap();
    }
    out.push_str("];\n");

    writeln!(out, "/// Display-only renames and merges (`report/display_names.csv`).\npub static DISPLAY_NAMES: [DisplayName; {}] = [", names.len()).unwrap();
    for n in &names {
        let merge = if n.merge_into.is_empty() { "None".to_string() } else { format!("Some({:?})", n.merge_into) };
        writeln!(out, "  DisplayName {{ figure: {:?}, series_key: {:?}, merge_into: {merge}, display: {} }},", n.figure_id, n.series_key, text(&n.display_en, &n.display_zh)).unwrap();
    }
    out.push_str("];\n");

    // Code ↔ variant, written once (the lists in schema.rs).
    for (name, codes) in [
        ("ChartKind", CHART_KINDS),
        ("Completeness", COMPLETENESS),
        ("XKind", X_KINDS),
        ("Unit", UNITS),
        ("Qualifier", QUALIFIERS),
        ("Role", ROLES),
        ("Provenance", PROVENANCES),
        ("RegionKind", REGION_KINDS),
        ("Sector", SECTORS),
    ] {
        let variants: Vec<String> = codes.iter().map(|c| variant(name, c)).collect();
        writeln!(out, "impl {name} {{").unwrap();
        writeln!(out, "    /// Every variant, in the order of its codes in `schema.rs`.\n    pub const ALL: [{name}; {}] = [{}];", codes.len(), variants.join(", ")).unwrap();
        let arms: Vec<String> = codes.iter().zip(&variants).map(|(c, v)| format!("{v} => {c:?}")).collect();
        writeln!(out, "    /// The code the data files, URLs and exports write.\n    pub fn code(self) -> &'static str {{ match self {{ {} }} }}", arms.join(", ")).unwrap();
        writeln!(out, "}}").unwrap();
    }

    let dest = Path::new(&std::env::var("OUT_DIR").unwrap()).join("tables.rs");
    std::fs::write(dest, out).unwrap();
}

/// Writes `text` to `build/data/<prefix>-<hash>.tsv` (FNV-1a of the text: a changed file gets a
/// new name, so hosts may cache it for ever) unless it is there with these bytes, removes older
/// files of the same prefix, and returns the file name. Written only when it differs: `make
/// serve` (Trunk's watcher) would take a rewrite of the same bytes for a change and rebuild
/// for ever.
fn write_data_file(prefix: &str, text: &str) -> String {
    let hash = text.bytes().fold(0xcbf2_9ce4_8422_2325u64, |h, b| (h ^ b as u64).wrapping_mul(0x0000_0100_0000_01b3));
    let file = format!("{prefix}-{hash:016x}.tsv");
    let dir = Path::new("build/data");
    let path = dir.join(&file);
    for old in std::fs::read_dir(dir).into_iter().flatten().flatten() {
        let name = old.file_name().to_string_lossy().into_owned();
        let older = name.strip_prefix(prefix).and_then(|r| r.strip_prefix('-')).is_some_and(|r| r.len() == 20 && r.ends_with(".tsv"));
        if older && old.path() != path {
            let _ = std::fs::remove_file(old.path());
        }
    }
    if std::fs::read(&path).ok().as_deref() != Some(text.as_bytes()) {
        std::fs::create_dir_all(dir).and_then(|_| std::fs::write(&path, text)).unwrap_or_else(|e| fail(&[format!("build/data/{file}: cannot write: {e}")]));
    }
    // A deleted copy makes Cargo run this script again.
    println!("cargo:rerun-if-changed=build/data/{file}");
    file
}

/// The model explorer's file (format: `models::data`). Notable rows carry the source's fields
/// as written (numbers too: the explorer's CSV gives them back unchanged) and what the build
/// derives: countries (bit set over COUNTRIES), sector code and the figures that count the model.
#[allow(clippy::too_many_arguments)]
fn explorer_file(
    every_model: &[ModelRow],
    coded: &[&str],
    foundation: &[FoundationModelRow],
    organizations: &[OrganizationRow],
    countries: &[CountryRow],
    names: &[ModelNameRow],
    values: &[ValueRow],
    slugs: &[String],
    foundation_slugs: &[String],
) -> String {
    let mut out = format!("notable\t{}\n", every_model.len());
    let raw = read("epoch/notable_ai_models.csv");
    let mut reader = csv::Reader::from_reader(raw.as_bytes());
    let records: Vec<csv::StringRecord> = reader.records().map(|r| r.expect("checked by parse_models")).collect();
    assert_eq!(records.len(), every_model.len(), "parse_models keeps every row");
    let fields_ok = |fields: &[String], name: &str, out: &mut String| {
        if fields.iter().any(|f| f.contains(['\t', '\n', '\r'])) {
            fail(&[format!("model '{name}' has a tab or line break in a field")]);
        }
        out.push_str(&fields.join("\t"));
        out.push('\n');
    };
    for ((m, r), slug) in every_model.iter().zip(&records).zip(slugs) {
        assert_eq!(&r[0], m.name, "same order");
        let mask: u64 = m.countries.iter().map(|c| 1u64 << coded.iter().position(|x| x == c).expect("coded country")).fold(0, |a, b| a | b);
        let mut fields: Vec<String> = vec![slug.clone()];
        fields.extend(r.iter().map(String::from));
        fields.push(format!("{mask:x}"));
        fields.push(m.sector.to_string());
        fields.push(aggregate::notable_figures(m, countries, names, values).join(" "));
        fields_ok(&fields, &m.name, &mut out);
    }
    writeln!(out, "foundation\t{}", foundation.len()).unwrap();
    for (m, slug) in foundation.iter().zip(foundation_slugs) {
        let org = organizations.iter().find(|o| o.organization == m.organization).expect("checked by parse_organizations");
        let fields = vec![
            slug.clone(),
            m.name.clone(),
            m.organization.clone(),
            m.created_date.clone(),
            m.access.clone(),
            m.modality.clone(),
            m.size.clone(),
            org.country_codes.join("~"),
            foundation_sector(&org.sectors).to_string(),
            aggregate::foundation_figures(m, org, countries, values).join(" "),
        ];
        fields_ok(&fields, &m.name, &mut out);
    }
    out
}
