//! Row schemas of the CSV files in `src/data/` and their validation.
//!
//! Shared by `build.rs` (which fails the build on the first invalid file, naming file and line)
//! and by the native tests. Each `parse_*` takes the file's label (used in messages) and its text,
//! and returns the typed rows or every error found as `"file:line: message"`.
//! No value is changed here: numbers are parsed as written.

use std::collections::{HashMap, HashSet};

pub const CHART_KINDS: &[&str] = &["line", "bar", "grouped_bar", "stacked_bar", "scatter", "range_dot", "image"];
pub const COMPLETENESS: &[&str] = &["full", "partial", "points_only", "none"];
pub const X_KINDS: &[&str] = &["year", "period", "category"];
// The code lists below are the one place where codes meet enum variants: `build.rs` generates
// each enum's `code()` and `ALL` from them (the variant is the code in CamelCase), so a code
// without a variant, or a variant without a code, does not compile.
pub const UNITS: &[&str] = &[
    "publications", "percent", "percent_change", "ratio", "patents", "patents_per_100k", "models",
    "petaflop", "parameters", "year", "usd", "attendees", "projects", "stars",
];
pub const QUALIFIERS: &[&str] = &["exact", "approx", "lower_bound"];
pub const ROLES: &[&str] = &["point", "total", "annotation"];
pub const PROVENANCES: &[&str] = &["zh_translation_text", "source_text", "source_data_file", "derived", "recomputed", "recomputed_ecosystem_graphs"];
/// Provenances only the explorer gives (never a row of `values.csv`).
pub const COMPUTED_PROVENANCES: &[&str] = &["recomputed", "recomputed_ecosystem_graphs"];
/// Sectors of notable models, in legend order.
pub const SECTORS: &[&str] = &["industry", "academia", "industry_academia_collab", "government", "research_collective", "other_collab", "unknown"];
pub const REGION_KINDS: &[&str] = &["country", "bloc", "world_region", "world", "residual"];
/// Epoch AI's `model_accessibility` values (empty: unknown).
pub const ACCESSIBILITY: &[&str] = &["Open weights (unrestricted)", "Open weights (non-commercial)", "Open weights (restricted use)", "API access", "Hosted access (no API)", "Unreleased"];
/// Ecosystem Graphs' access types.
pub const FOUNDATION_ACCESS: &[&str] = &["open", "limited", "closed"];
/// Sectors of `organization_map.csv`.
pub const ORGANIZATION_SECTORS: &[&str] = &["industry", "academia", "research collective", "government", "unknown"];
/// Figures whose series are models the report names (joined to Epoch AI by `model_names.csv`).
pub const NAMED_MODEL_FIGURES: &[&str] = &["1.3.7", "1.3.21", "1.3.22", "1.3.23"];
pub const RANGE_STATS: &[&str] = &["median", "ci90_low", "ci90_high"];
pub const PAIR_MEASURES: &[&str] = &["training_cost_usd", "training_compute_petaflop"];

/// One row of `report/figures.csv`, plus the span parsed from its English title.
#[derive(Debug, Clone, PartialEq)]
pub struct FigureRow {
    pub id: String,
    pub section: String,
    pub title_en: String,
    pub title_zh: String,
    pub chart_kind: String,
    pub unit_en: String,
    pub unit_zh: String,
    pub x_kind: String,
    pub source_org: String,
    pub completeness: String,
    /// First and last year of the published figure's period, from the title ("2010–22" → 2010, 2022).
    pub span: Option<(u16, u16)>,
}

/// One row of `report/regions.csv`.
#[derive(Debug, Clone, PartialEq)]
pub struct RegionRow {
    pub key: String,
    pub code: String,
    pub name_en: String,
    pub name_zh: String,
    pub kind: String,
}

/// One row of `report/values.csv`.
#[derive(Debug, Clone, PartialEq)]
pub struct ValueRow {
    pub figure_id: String,
    pub series_key: String,
    pub region_code: String,
    pub series_en: String,
    pub series_zh: String,
    pub x: String,
    pub value: f64,
    pub unit: String,
    pub qualifier: String,
    pub role: String,
    pub provenance: String,
    pub source_ref: String,
    pub note: String,
}

/// One row of `epoch/country_codes.csv`; `code` is empty for "Multinational".
#[derive(Debug, Clone, PartialEq)]
pub struct CountryRow {
    pub source_name: String,
    pub code: String,
    pub name_en: String,
    pub name_zh: String,
    pub eu27: bool,
}

/// One row of `epoch/notable_ai_models.csv`, reduced to what the explorer draws.
#[derive(Debug, Clone, PartialEq)]
pub struct ModelRow {
    pub name: String,
    pub organization: String,
    /// ISO date, `YYYY-MM-DD`.
    pub date: String,
    pub year: u16,
    /// Country codes (deduplicated, in source order); names without a code are dropped.
    pub countries: Vec<String>,
    /// Sector code from the data README's rule.
    pub sector: &'static str,
    pub parameters: Option<f64>,
    pub training_compute_flop: Option<f64>,
    /// Epoch's domains (`domain`, a comma-separated list), trimmed, in source order.
    pub domains: Vec<String>,
    /// `training_compute_cost_2023_usd`.
    pub cost_2023_usd: Option<f64>,
    /// `training_compute_cost_cloud_usd`: the cost column the report's figures match.
    pub cost_cloud_usd: Option<f64>,
    /// `model_accessibility` as written (empty where unknown).
    pub accessibility: String,
    /// `frontier_model` is set.
    pub frontier: bool,
    /// `notability_criteria` as written (comma-separated; empty where none is given).
    pub criteria: String,
}

/// One row of `ecosystem_graphs/foundation_models_2024-02-12.csv`, reduced to what is counted.
#[derive(Debug, Clone, PartialEq)]
pub struct FoundationModelRow {
    pub name: String,
    /// As written; several organizations are joined with `,` (each counts, once per model).
    pub organization: String,
    /// ISO date, or empty (two rows have none and belong to no year).
    pub created_date: String,
    pub year: Option<u16>,
    /// `open`, `limited` or `closed`.
    pub access: String,
    /// `modality` as written (`text; text`: input; output).
    pub modality: String,
    /// `size` as written (`34B parameters (dense)`, or empty).
    pub size: String,
}

/// One row of `ecosystem_graphs/organization_map.csv` (written for this project).
#[derive(Debug, Clone, PartialEq)]
pub struct OrganizationRow {
    /// The `organization` value of the foundation-model file, as written.
    pub organization: String,
    /// Distinct ISO alpha-3 codes (`country_codes`); empty for "International" or unknown.
    pub country_codes: Vec<String>,
    /// Distinct sectors of its organizations (`sectors`, `;`-separated), in source order.
    pub sectors: Vec<String>,
}

/// One row of `report/model_names.csv`: a model the report names, and its Epoch AI row.
#[derive(Debug, Clone, PartialEq)]
pub struct ModelNameRow {
    /// The series key of the model in `values.csv` (`gemini_ultra`).
    pub series_key: String,
    /// The name the report uses (`Gemini Ultra`).
    pub report_name: String,
    /// The `model` of its row in `notable_ai_models.csv` (`Gemini 1.0 Ultra`).
    pub epoch_model: String,
}

/// One row of `text/figure_text.csv`: our own takeaway (and description) per figure.
#[derive(Debug, Clone, PartialEq)]
pub struct TextRow {
    pub figure_id: String,
    pub takeaway_en: String,
    pub takeaway_zh: String,
    pub description_en: String,
    pub description_zh: String,
}

/// One row of `text/highlights.csv`.
#[derive(Debug, Clone, PartialEq)]
pub struct HighlightRow {
    pub id: String,
    pub figure_id: String,
    pub text_en: String,
    pub text_zh: String,
}

/// One row of `report/display_names.csv`: display-only renames and merges of spelling variants.
#[derive(Debug, Clone, PartialEq)]
pub struct DisplayNameRow {
    pub figure_id: String,
    pub series_key: String,
    /// Series key of the same organization under its other spelling, or empty.
    pub merge_into: String,
    pub display_en: String,
    pub display_zh: String,
}

type Errors = Vec<String>;

fn records(label: &str, text: &str, header: &[&str], errors: &mut Errors) -> Vec<(u64, Vec<String>)> {
    let mut reader = csv::ReaderBuilder::new().flexible(true).from_reader(text.as_bytes());
    match reader.headers() {
        Ok(h) => {
            let got: Vec<&str> = h.iter().collect();
            if got != header {
                errors.push(format!("{label}:1: header is {got:?}, expected {header:?}"));
                return Vec::new();
            }
        }
        Err(e) => {
            errors.push(format!("{label}:1: unreadable header: {e}"));
            return Vec::new();
        }
    }
    let mut rows = Vec::new();
    for rec in reader.records() {
        match rec {
            Ok(r) => {
                let line = r.position().map(|p| p.line()).unwrap_or(0);
                if r.len() != header.len() {
                    errors.push(format!("{label}:{line}: {} fields, expected {}", r.len(), header.len()));
                    continue;
                }
                rows.push((line, r.iter().map(|s| s.to_string()).collect()));
            }
            Err(e) => {
                let line = e.position().map(|p| p.line()).unwrap_or(0);
                errors.push(format!("{label}:{line}: malformed row: {e}"));
            }
        }
    }
    rows
}

fn check_in(label: &str, line: u64, column: &str, value: &str, allowed: &[&str], errors: &mut Errors) {
    if !allowed.contains(&value) {
        errors.push(format!("{label}:{line}: unknown {column} '{value}' (allowed: {})", allowed.join(", ")));
    }
}

fn require(label: &str, line: u64, column: &str, value: &str, errors: &mut Errors) {
    if value.trim().is_empty() {
        errors.push(format!("{label}:{line}: empty {column}"));
    }
}

fn finish<T>(rows: T, errors: Errors) -> Result<T, Errors> {
    if errors.is_empty() { Ok(rows) } else { Err(errors) }
}

/// Parses the period in a figure title: "…, 2010–22" → (2010, 2022); "2012 vs 2022" → (2012, 2022);
/// "…, 2022" → (2022, 2022). `None` when the title names no year.
pub fn title_span(title: &str) -> Option<(u16, u16)> {
    let chars: Vec<char> = title.chars().collect();
    let mut years: Vec<(usize, u16)> = Vec::new();
    let mut i = 0;
    while i + 4 <= chars.len() {
        let s: String = chars[i..i + 4].iter().collect();
        let bounded = (i == 0 || !chars[i - 1].is_ascii_digit()) && chars.get(i + 4).map_or(true, |c| !c.is_ascii_digit());
        if bounded && s.chars().all(|c| c.is_ascii_digit()) {
            if let Ok(y) = s.parse::<u16>() {
                if (1900..2100).contains(&y) {
                    years.push((i, y));
                    // "2010–22": a two-digit end year after an en dash.
                    if chars.get(i + 4) == Some(&'–') && chars.len() >= i + 7 {
                        let end: String = chars[i + 5..i + 7].iter().collect();
                        if end.chars().all(|c| c.is_ascii_digit()) && chars.get(i + 7).map_or(true, |c| !c.is_ascii_digit()) {
                            let e = (y / 100) * 100 + end.parse::<u16>().unwrap_or(0);
                            return Some((y, e));
                        }
                    }
                }
            }
            i += 4;
        } else {
            i += 1;
        }
    }
    match years.as_slice() {
        [] => None,
        [(_, y)] => Some((*y, *y)),
        [(_, a), .., (_, b)] => Some((*a.min(b), *a.max(b))),
    }
}

/// Parses `report/figures.csv`.
pub fn parse_figures(label: &str, text: &str) -> Result<Vec<FigureRow>, Errors> {
    let mut errors = Vec::new();
    let header = ["figure_id", "section", "title_en", "title_zh", "chart_kind", "unit_en", "unit_zh", "x_kind", "source_org", "completeness"];
    let mut seen = HashSet::new();
    let mut out = Vec::new();
    for (line, f) in records(label, text, &header, &mut errors) {
        let id = f[0].clone();
        let valid_id = id.split('.').count() == 3 && id.split('.').all(|p| !p.is_empty() && p.chars().all(|c| c.is_ascii_digit()));
        if !valid_id {
            errors.push(format!("{label}:{line}: figure_id '{id}' is not of the form 1.2.3"));
        }
        if !seen.insert(id.clone()) {
            errors.push(format!("{label}:{line}: duplicate figure_id '{id}'"));
        }
        if !id.starts_with(&format!("{}.", f[1])) {
            errors.push(format!("{label}:{line}: figure_id '{id}' is not in section '{}'", f[1]));
        }
        for (i, col) in [(2, "title_en"), (3, "title_zh"), (5, "unit_en"), (6, "unit_zh"), (8, "source_org")] {
            require(label, line, col, &f[i], &mut errors);
        }
        check_in(label, line, "chart_kind", &f[4], CHART_KINDS, &mut errors);
        check_in(label, line, "x_kind", &f[7], X_KINDS, &mut errors);
        check_in(label, line, "completeness", &f[9], COMPLETENESS, &mut errors);
        out.push(FigureRow {
            span: title_span(&f[2]),
            id,
            section: f[1].clone(),
            title_en: f[2].clone(),
            title_zh: f[3].clone(),
            chart_kind: f[4].clone(),
            unit_en: f[5].clone(),
            unit_zh: f[6].clone(),
            x_kind: f[7].clone(),
            source_org: f[8].clone(),
            completeness: f[9].clone(),
        });
    }
    finish(out, errors)
}

/// Parses `report/regions.csv`.
pub fn parse_regions(label: &str, text: &str) -> Result<Vec<RegionRow>, Errors> {
    let mut errors = Vec::new();
    let mut codes = HashSet::new();
    let mut out = Vec::new();
    for (line, f) in records(label, text, &["key", "code", "name_en", "name_zh", "kind"], &mut errors) {
        for (i, col) in [(0, "key"), (1, "code"), (2, "name_en"), (3, "name_zh")] {
            require(label, line, col, &f[i], &mut errors);
        }
        if !f[1].chars().all(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || c == '_') {
            errors.push(format!("{label}:{line}: region code '{}' is not upper-case ASCII", f[1]));
        }
        if !codes.insert(f[1].clone()) {
            errors.push(format!("{label}:{line}: duplicate region code '{}'", f[1]));
        }
        check_in(label, line, "kind", &f[4], REGION_KINDS, &mut errors);
        out.push(RegionRow { key: f[0].clone(), code: f[1].clone(), name_en: f[2].clone(), name_zh: f[3].clone(), kind: f[4].clone() });
    }
    finish(out, errors)
}

fn parse_number(label: &str, line: u64, column: &str, s: &str, errors: &mut Errors) -> Option<f64> {
    match s.trim().parse::<f64>() {
        Ok(v) if v.is_finite() => Some(v),
        _ => {
            errors.push(format!("{label}:{line}: {column} '{s}' is not a finite number"));
            None
        }
    }
}

fn is_year(s: &str) -> bool {
    s.len() == 4 && s.chars().all(|c| c.is_ascii_digit())
}

fn is_period(s: &str) -> bool {
    matches!(s.split_once('-'), Some((a, b)) if is_year(a) && is_year(b) && a < b)
}

/// Parses `report/values.csv`, checking each row against the figures and regions.
pub fn parse_values(label: &str, text: &str, figures: &[FigureRow], regions: &[RegionRow]) -> Result<Vec<ValueRow>, Errors> {
    let mut errors = Vec::new();
    let header = ["figure_id", "series_key", "region_code", "series_en", "series_zh", "x", "value", "unit", "qualifier", "role", "provenance", "source_ref", "note"];
    let figure_kinds: HashMap<&str, &str> = figures.iter().map(|f| (f.id.as_str(), f.chart_kind.as_str())).collect();
    let codes: HashSet<&str> = regions.iter().map(|r| r.code.as_str()).collect();
    let mut seen = HashSet::new();
    let mut out = Vec::new();
    for (line, f) in records(label, text, &header, &mut errors) {
        let Some(kind) = figure_kinds.get(f[0].as_str()) else {
            errors.push(format!("{label}:{line}: unknown figure_id '{}'", f[0]));
            continue;
        };
        require(label, line, "series_key", &f[1], &mut errors);
        if !f[1].chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_') {
            errors.push(format!("{label}:{line}: series_key '{}' is not lower-case ASCII", f[1]));
        }
        if !f[2].is_empty() && !codes.contains(f[2].as_str()) {
            errors.push(format!("{label}:{line}: unknown region_code '{}'", f[2]));
        }
        require(label, line, "series_en", &f[3], &mut errors);
        require(label, line, "series_zh", &f[4], &mut errors);
        let x = f[5].as_str();
        let x_ok = match *kind {
            "range_dot" => RANGE_STATS.contains(&x),
            _ if PAIR_MEASURES.contains(&x) => true,
            _ => is_year(x) || is_period(x),
        };
        if !x_ok {
            errors.push(format!("{label}:{line}: x '{x}' is not a year, period or known statistic for a {kind} figure"));
        }
        let value = parse_number(label, line, "value", &f[6], &mut errors);
        check_in(label, line, "unit", &f[7], UNITS, &mut errors);
        check_in(label, line, "qualifier", &f[8], QUALIFIERS, &mut errors);
        check_in(label, line, "role", &f[9], ROLES, &mut errors);
        check_in(label, line, "provenance", &f[10], PROVENANCES, &mut errors);
        if COMPUTED_PROVENANCES.contains(&f[10].as_str()) {
            errors.push(format!("{label}:{line}: provenance '{}' is given by the explorer, not by the data", &f[10]));
        }
        if !seen.insert((f[0].clone(), f[1].clone(), x.to_string())) {
            errors.push(format!("{label}:{line}: duplicate value for figure {} series {} at x {x}", f[0], f[1]));
        }
        if let Some(value) = value {
            out.push(ValueRow {
                figure_id: f[0].clone(),
                series_key: f[1].clone(),
                region_code: f[2].clone(),
                series_en: f[3].clone(),
                series_zh: f[4].clone(),
                x: x.to_string(),
                value,
                unit: f[7].clone(),
                qualifier: f[8].clone(),
                role: f[9].clone(),
                provenance: f[10].clone(),
                source_ref: f[11].clone(),
                note: f[12].clone(),
            });
        }
    }
    finish(out, errors)
}

/// Parses `epoch/country_codes.csv`.
pub fn parse_countries(label: &str, text: &str) -> Result<Vec<CountryRow>, Errors> {
    let mut errors = Vec::new();
    let mut out = Vec::new();
    for (line, f) in records(label, text, &["source_name", "code", "name_en", "name_zh", "eu27"], &mut errors) {
        require(label, line, "source_name", &f[0], &mut errors);
        if !f[1].is_empty() && !(f[1].len() == 3 && f[1].chars().all(|c| c.is_ascii_uppercase())) {
            errors.push(format!("{label}:{line}: code '{}' is not ISO 3166-1 alpha-3", f[1]));
        }
        let eu27 = match f[4].as_str() {
            "1" => true,
            "0" => false,
            other => {
                errors.push(format!("{label}:{line}: eu27 '{other}' is not 0 or 1"));
                false
            }
        };
        out.push(CountryRow { source_name: f[0].clone(), code: f[1].clone(), name_en: f[2].clone(), name_zh: f[3].clone(), eu27 });
    }
    finish(out, errors)
}

/// The data README's sector rule, applied to `organization_categorization`.
pub fn sector_of(categorization: &str) -> &'static str {
    let mut set: Vec<&str> = categorization.split(',').map(str::trim).filter(|s| !s.is_empty()).collect();
    crate::sort::sort(&mut set);
    set.dedup();
    match set.as_slice() {
        [] => "unknown",
        ["Industry"] => "industry",
        ["Academia"] => "academia",
        ["Academia", "Industry"] => "industry_academia_collab",
        ["Government"] => "government",
        ["Research collective"] => "research_collective",
        _ => "other_collab",
    }
}

fn optional_number(label: &str, line: u64, column: &str, s: &str, errors: &mut Errors) -> Option<f64> {
    if s.trim().is_empty() { None } else { parse_number(label, line, column, s, errors) }
}

/// Parses `epoch/notable_ai_models.csv`, keeping models published in `years` (inclusive).
pub fn parse_models(label: &str, text: &str, countries: &[CountryRow], years: (u16, u16)) -> Result<Vec<ModelRow>, Errors> {
    let mut errors = Vec::new();
    let header = ["model", "organization", "publication_date", "domain", "country", "organization_categorization", "parameters", "training_compute_flop", "training_compute_cost_2023_usd", "training_compute_cost_cloud_usd", "model_accessibility", "frontier_model", "notability_criteria"];
    let by_name: HashMap<&str, &str> = countries.iter().map(|c| (c.source_name.as_str(), c.code.as_str())).collect();
    let mut out = Vec::new();
    for (line, f) in records(label, text, &header, &mut errors) {
        require(label, line, "model", &f[0], &mut errors);
        let date = f[2].as_str();
        let parts: Vec<&str> = date.split('-').collect();
        let year = match parts.as_slice() {
            [y, m, d] if y.len() == 4 && m.len() == 2 && d.len() == 2 && date.chars().all(|c| c.is_ascii_digit() || c == '-') => y.parse::<u16>().ok(),
            _ => None,
        };
        let Some(year) = year else {
            errors.push(format!("{label}:{line}: publication_date '{date}' is not YYYY-MM-DD"));
            continue;
        };
        let mut codes: Vec<String> = Vec::new();
        for name in f[4].split(',').map(str::trim).filter(|s| !s.is_empty()) {
            match by_name.get(name) {
                Some(code) if !code.is_empty() => {
                    if !codes.iter().any(|c| c == code) {
                        codes.push(code.to_string());
                    }
                }
                Some(_) => {}
                None => errors.push(format!("{label}:{line}: country '{name}' is not in country_codes.csv")),
            }
        }
        let parameters = optional_number(label, line, "parameters", &f[6], &mut errors);
        let compute = optional_number(label, line, "training_compute_flop", &f[7], &mut errors);
        let cost_2023_usd = optional_number(label, line, "training_compute_cost_2023_usd", &f[8], &mut errors);
        let cost_cloud_usd = optional_number(label, line, "training_compute_cost_cloud_usd", &f[9], &mut errors);
        let domains: Vec<String> = f[3].split(',').map(str::trim).filter(|s| !s.is_empty()).map(String::from).collect();
        for d in &domains {
            if !super::sources::EPOCH_DOMAINS.iter().any(|(name, _, _)| name == d) {
                errors.push(format!("{label}:{line}: domain '{d}' is not in sources::EPOCH_DOMAINS"));
            }
        }
        if !f[10].is_empty() && !ACCESSIBILITY.contains(&f[10].as_str()) {
            errors.push(format!("{label}:{line}: unknown model_accessibility '{}'", f[10]));
        }
        let frontier = match f[11].trim() {
            "" | "False" | "false" => false,
            "True" | "true" => true,
            other => {
                errors.push(format!("{label}:{line}: frontier_model '{other}' is not True, False or empty"));
                false
            }
        };
        if year < years.0 || year > years.1 {
            continue;
        }
        out.push(ModelRow {
            name: f[0].clone(),
            organization: f[1].clone(),
            date: date.to_string(),
            year,
            countries: codes,
            sector: sector_of(&f[5]),
            parameters,
            training_compute_flop: compute,
            domains,
            cost_2023_usd,
            cost_cloud_usd,
            accessibility: f[10].clone(),
            frontier,
            criteria: f[12].clone(),
        });
    }
    finish(out, errors)
}

/// Parses `ecosystem_graphs/foundation_models_2024-02-12.csv`.
pub fn parse_foundation_models(label: &str, text: &str) -> Result<Vec<FoundationModelRow>, Errors> {
    let mut errors = Vec::new();
    let mut out = Vec::new();
    let header = ["name", "organization", "created_date", "access", "modality", "size", "nationality", "source_file"];
    for (line, f) in records(label, text, &header, &mut errors) {
        require(label, line, "name", &f[0], &mut errors);
        require(label, line, "organization", &f[1], &mut errors);
        check_in(label, line, "access", &f[3], FOUNDATION_ACCESS, &mut errors);
        let date = f[2].as_str();
        let year = if date.is_empty() {
            None
        } else {
            let ok = date.len() == 10 && date.chars().enumerate().all(|(i, c)| if i == 4 || i == 7 { c == '-' } else { c.is_ascii_digit() });
            if !ok {
                errors.push(format!("{label}:{line}: created_date '{date}' is not YYYY-MM-DD or empty"));
            }
            date[..4.min(date.len())].parse().ok()
        };
        out.push(FoundationModelRow { name: f[0].clone(), organization: f[1].clone(), created_date: date.to_string(), year, access: f[3].clone(), modality: f[4].clone(), size: f[5].clone() });
    }
    finish(out, errors)
}

/// Parses `ecosystem_graphs/organization_map.csv`: every code must be a code of
/// `epoch/country_codes.csv` (the build fails on a country it cannot map), every sector one of
/// [`ORGANIZATION_SECTORS`], and every organization of `models` must have a row.
pub fn parse_organizations(label: &str, text: &str, countries: &[CountryRow], models: &[FoundationModelRow]) -> Result<Vec<OrganizationRow>, Errors> {
    let mut errors = Vec::new();
    let mut out: Vec<OrganizationRow> = Vec::new();
    for (line, f) in records(label, text, &["organization", "orgs", "countries", "country_codes", "sectors", "notes"], &mut errors) {
        require(label, line, "organization", &f[0], &mut errors);
        let mut codes: Vec<String> = Vec::new();
        for code in f[3].split('~').map(str::trim).filter(|s| !s.is_empty()) {
            if !countries.iter().any(|c| c.code == code) {
                errors.push(format!("{label}:{line}: country code '{code}' is not in epoch/country_codes.csv"));
            } else if !codes.iter().any(|c| c == code) {
                codes.push(code.to_string());
            }
        }
        let mut sectors: Vec<String> = Vec::new();
        for sector in f[4].split(';').map(str::trim) {
            check_in(label, line, "sectors", sector, ORGANIZATION_SECTORS, &mut errors);
            if !sectors.iter().any(|s| s == sector) {
                sectors.push(sector.to_string());
            }
        }
        if out.iter().any(|o| o.organization == f[0]) {
            errors.push(format!("{label}:{line}: duplicate organization '{}'", f[0]));
        }
        out.push(OrganizationRow { organization: f[0].clone(), country_codes: codes, sectors });
    }
    for m in models {
        if !out.iter().any(|o| o.organization == m.organization) {
            errors.push(format!("{label}: no row for organization '{}' (model '{}')", m.organization, m.name));
        }
    }
    finish(out, errors)
}

/// Sector of a foundation model from the sectors of its organizations: industry, academia,
/// both (industry–academia collaboration) or government alone, as in the report; anything else
/// (research collectives, other mixes, unknown) is `other`.
pub fn foundation_sector(sectors: &[String]) -> &'static str {
    let mut set: Vec<&str> = sectors.iter().map(String::as_str).collect();
    crate::sort::sort(&mut set);
    set.dedup();
    match set.as_slice() {
        ["industry"] => "industry",
        ["academia"] => "academia",
        ["academia", "industry"] => "industry_academia_collab",
        ["government"] => "government",
        _ => "other",
    }
}

/// Parses `report/model_names.csv`: each `series_key` is a model series of `values.csv`, each
/// `epoch_model` a model of `models`; every model series of the figures that name models
/// (1.3.7, 1.3.21–1.3.23) has a row.
pub fn parse_model_names(label: &str, text: &str, values: &[ValueRow], models: &[ModelRow]) -> Result<Vec<ModelNameRow>, Errors> {
    let mut errors = Vec::new();
    let mut out: Vec<ModelNameRow> = Vec::new();
    for (line, f) in records(label, text, &["series_key", "report_name", "epoch_model"], &mut errors) {
        if !values.iter().any(|v| v.series_key == f[0] && NAMED_MODEL_FIGURES.contains(&v.figure_id.as_str())) {
            errors.push(format!("{label}:{line}: series_key '{}' names no model in values.csv", f[0]));
        }
        if !models.iter().any(|m| m.name == f[2]) {
            errors.push(format!("{label}:{line}: epoch_model '{}' matches no row of notable_ai_models.csv", f[2]));
        }
        if out.iter().any(|r| r.series_key == f[0]) {
            errors.push(format!("{label}:{line}: duplicate series_key '{}'", f[0]));
        }
        out.push(ModelNameRow { series_key: f[0].clone(), report_name: f[1].clone(), epoch_model: f[2].clone() });
    }
    for v in values.iter().filter(|v| NAMED_MODEL_FIGURES.contains(&v.figure_id.as_str()) && v.role == "point") {
        if !out.iter().any(|r| r.series_key == v.series_key) {
            errors.push(format!("{label}: no row for model '{}' ({} in figure {})", v.series_en, v.series_key, v.figure_id));
        }
    }
    finish(out, errors)
}

/// Parses `text/figure_text.csv`: exactly one row per figure, in any order.
pub fn parse_texts(label: &str, text: &str, figures: &[FigureRow]) -> Result<Vec<TextRow>, Errors> {
    let mut errors = Vec::new();
    let ids: HashSet<&str> = figures.iter().map(|f| f.id.as_str()).collect();
    let mut seen = HashSet::new();
    let mut out = Vec::new();
    for (line, f) in records(label, text, &["figure_id", "takeaway_en", "takeaway_zh", "description_en", "description_zh"], &mut errors) {
        if !ids.contains(f[0].as_str()) {
            errors.push(format!("{label}:{line}: unknown figure_id '{}'", f[0]));
        }
        if !seen.insert(f[0].clone()) {
            errors.push(format!("{label}:{line}: duplicate figure_id '{}'", f[0]));
        }
        require(label, line, "takeaway_en", &f[1], &mut errors);
        require(label, line, "takeaway_zh", &f[2], &mut errors);
        out.push(TextRow { figure_id: f[0].clone(), takeaway_en: f[1].clone(), takeaway_zh: f[2].clone(), description_en: f[3].clone(), description_zh: f[4].clone() });
    }
    for fig in figures {
        if !seen.contains(&fig.id) {
            errors.push(format!("{label}: no takeaway for figure {}", fig.id));
        }
    }
    finish(out, errors)
}

/// Parses `text/highlights.csv`.
pub fn parse_highlights(label: &str, text: &str, figures: &[FigureRow]) -> Result<Vec<HighlightRow>, Errors> {
    let mut errors = Vec::new();
    let ids: HashSet<&str> = figures.iter().map(|f| f.id.as_str()).collect();
    let mut out = Vec::new();
    for (line, f) in records(label, text, &["highlight_id", "figure_id", "text_en", "text_zh"], &mut errors) {
        if !ids.contains(f[1].as_str()) {
            errors.push(format!("{label}:{line}: unknown figure_id '{}'", f[1]));
        }
        require(label, line, "text_en", &f[2], &mut errors);
        require(label, line, "text_zh", &f[3], &mut errors);
        out.push(HighlightRow { id: f[0].clone(), figure_id: f[1].clone(), text_en: f[2].clone(), text_zh: f[3].clone() });
    }
    finish(out, errors)
}

/// Parses `report/display_names.csv`, checking that each key (and merge target) exists in its figure.
pub fn parse_display_names(label: &str, text: &str, values: &[ValueRow]) -> Result<Vec<DisplayNameRow>, Errors> {
    let mut errors = Vec::new();
    let keys: HashSet<(&str, &str)> = values.iter().map(|v| (v.figure_id.as_str(), v.series_key.as_str())).collect();
    let mut out = Vec::new();
    for (line, f) in records(label, text, &["figure_id", "series_key", "merge_into", "display_en", "display_zh"], &mut errors) {
        if !keys.contains(&(f[0].as_str(), f[1].as_str())) {
            errors.push(format!("{label}:{line}: figure {} has no series '{}'", f[0], f[1]));
        }
        if !f[2].is_empty() && !keys.contains(&(f[0].as_str(), f[2].as_str())) {
            errors.push(format!("{label}:{line}: figure {} has no series '{}' to merge into", f[0], f[2]));
        }
        require(label, line, "display_en", &f[3], &mut errors);
        require(label, line, "display_zh", &f[4], &mut errors);
        out.push(DisplayNameRow { figure_id: f[0].clone(), series_key: f[1].clone(), merge_into: f[2].clone(), display_en: f[3].clone(), display_zh: f[4].clone() });
    }
    finish(out, errors)
}

/// The organizations of an `organization` field of either dataset: Epoch AI and Ecosystem Graphs
/// both join several with `,`; no organization name in either file contains a comma (checked
/// by hand when `organization_names_zh.csv` was written), so a split at every comma is exact.
pub fn organization_names(field: &str) -> impl Iterator<Item = &str> {
    field.split(',').map(str::trim).filter(|s| !s.is_empty())
}

/// The ASCII part of the slug rule (data README): lowercase, every run of characters other
/// than `a–z`/`0–9` one `-`, none at either end. Non-ASCII characters count as separators here;
/// the committed slugs transliterate letters first ("NÜWA" → `nuwa`, where this gives `n-wa`).
pub fn slug_rule(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    let mut gap = false;
    for c in name.chars().map(|c| c.to_ascii_lowercase()) {
        if c.is_ascii_lowercase() || c.is_ascii_digit() {
            if gap && !out.is_empty() {
                out.push('-');
            }
            gap = false;
            out.push(c);
        } else {
            gap = true;
        }
    }
    out
}

/// `^[a-z0-9]+(-[a-z0-9]+)*$`.
pub fn is_slug(s: &str) -> bool {
    !s.is_empty() && s.split('-').all(|w| !w.is_empty() && w.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit()))
}

/// Parses a slug file (`epoch/model_slugs.csv`, header `model,slug`, or
/// `ecosystem_graphs/model_slugs.csv`, header `name,slug`): one row per model of its data file,
/// in the same order with the name as written (`names`). Returns the slugs in that order; errors
/// on the first name that differs, a missing or extra row, a slug that is not
/// [`is_slug`], and a slug used twice.
pub fn parse_slugs(file: &str, text: &str, names: &[&str]) -> Result<Vec<String>, Errors> {
    let mut errors = Vec::new();
    let header: [&str; 2] = if text.starts_with("model,") { ["model", "slug"] } else { ["name", "slug"] };
    let rows = records(file, text, &header, &mut errors);
    let mut seen: HashMap<&str, u64> = HashMap::new();
    let mut out = Vec::with_capacity(rows.len());
    let mut in_order = true;
    for (i, (line, f)) in rows.iter().enumerate() {
        match names.get(i) {
            Some(n) if *n == f[0] => {}
            // One message: after a missing or extra row every later row differs too.
            Some(n) if in_order => {
                errors.push(format!("{file}:{line}: {} '{}', expected '{n}' (one row per model of the data file, in its order)", header[0], f[0]));
                in_order = false;
            }
            None if in_order => {
                errors.push(format!("{file}:{line}: {} '{}' is past the data file's {} models", header[0], f[0], names.len()));
                in_order = false;
            }
            _ => {}
        }
        if !is_slug(&f[1]) {
            errors.push(format!("{file}:{line}: slug '{}' is not lowercase a-z/0-9 words joined by single '-'", f[1]));
        }
        if let Some(first) = seen.insert(f[1].as_str(), *line) {
            errors.push(format!("{file}:{line}: slug '{}' already used on line {first}", f[1]));
        }
        out.push(f[1].clone());
    }
    if in_order && rows.len() < names.len() {
        errors.push(format!("{file}: {} rows, expected {} (first missing: '{}')", rows.len(), names.len(), names[rows.len()]));
    }
    finish(out, errors)
}

/// A CJK unified ideograph (basic block, extension A, compatibility, extensions B and later).
fn is_cjk(c: char) -> bool {
    matches!(c, '\u{4E00}'..='\u{9FFF}' | '\u{3400}'..='\u{4DBF}' | '\u{F900}'..='\u{FAFF}' | '\u{20000}'..='\u{3FFFF}')
}

/// Parses `epoch/organization_names_zh.csv` (`organization,name_zh`): each organization is one
/// of `organizations` (the names of both data files, [`organization_names`]) and listed once;
/// each `name_zh` has a Chinese character. Returns (organization, name_zh) in file order.
pub fn parse_org_names_zh(file: &str, text: &str, organizations: &[&str]) -> Result<Vec<(String, String)>, Errors> {
    let mut errors = Vec::new();
    let known: HashSet<&str> = organizations.iter().copied().collect();
    let mut seen: HashMap<String, u64> = HashMap::new();
    let mut out = Vec::new();
    for (line, f) in records(file, text, &["organization", "name_zh"], &mut errors) {
        if !known.contains(f[0].as_str()) {
            errors.push(format!("{file}:{line}: organization '{}' is in neither data file", f[0]));
        }
        if let Some(first) = seen.insert(f[0].clone(), line) {
            errors.push(format!("{file}:{line}: organization '{}' already listed on line {first}", f[0]));
        }
        if f[1].trim().is_empty() {
            errors.push(format!("{file}:{line}: empty name_zh for '{}'", f[0]));
        } else if !f[1].chars().any(is_cjk) {
            errors.push(format!("{file}:{line}: name_zh '{}' of '{}' has no Chinese character", f[1], f[0]));
        }
        out.push((f[0].clone(), f[1].clone()));
    }
    finish(out, errors)
}

#[cfg(test)]
mod tests {
    use super::*;

    const FIGURES: &str = "figure_id,section,title_en,title_zh,chart_kind,unit_en,unit_zh,x_kind,source_org,completeness\n\
        1.1.1,1.1,\"AI publications worldwide, 2010–22\",全球人工智能文献数量,line,publications,篇,year,CSET,points_only\n";
    const REGIONS: &str = "key,code,name_en,name_zh,kind\nworld,WORLD,World,全球,world\n";
    const HEADER: &str = "figure_id,series_key,region_code,series_en,series_zh,x,value,unit,qualifier,role,provenance,source_ref,note\n";

    fn values(rows: &str) -> Result<Vec<ValueRow>, Vec<String>> {
        let figures = parse_figures("figures.csv", FIGURES).unwrap();
        let regions = parse_regions("regions.csv", REGIONS).unwrap();
        parse_values("values.csv", &format!("{HEADER}{rows}"), &figures, &regions)
    }

    #[test]
    fn a_valid_row_is_read_as_written() {
        let rows = values("1.1.1,world,WORLD,World,全球,2022,240000,publications,lower_bound,point,zh_translation_text,ref,note\n").unwrap();
        assert_eq!(rows[0].value, 240000.0);
        assert_eq!(rows[0].qualifier, "lower_bound");
    }

    #[test]
    fn errors_name_file_and_line() {
        let errs = values(
            "1.1.1,world,WORLD,World,全球,2022,240000,publications,exact,point,source_text,,\n\
             9.9.9,world,WORLD,World,全球,2022,1,publications,exact,point,source_text,,\n\
             1.1.1,world,XXX,World,全球,2021,1,publications,exact,point,source_text,,\n\
             1.1.1,world,WORLD,World,全球,2020,1,furlongs,exact,point,source_text,,\n\
             1.1.1,world,WORLD,World,全球,2019,1,publications,roughly,point,source_text,,\n\
             1.1.1,world,WORLD,World,全球,2018,1,publications,exact,stacked,source_text,,\n\
             1.1.1,world,WORLD,World,全球,2017,abc,publications,exact,point,source_text,,\n\
             1.1.1,world,WORLD,World,全球,2016,1,publications\n",
        )
        .unwrap_err();
        let expected = [
            "values.csv:3: unknown figure_id '9.9.9'",
            "values.csv:4: unknown region_code 'XXX'",
            "values.csv:5: unknown unit 'furlongs'",
            "values.csv:6: unknown qualifier 'roughly'",
            "values.csv:7: unknown role 'stacked'",
            "values.csv:8: value 'abc' is not a finite number",
            "values.csv:9: 8 fields, expected 13",
        ];
        for e in expected {
            assert!(errs.iter().any(|x| x.starts_with(e)), "missing error {e}; got {errs:?}");
        }
        assert_eq!(errs.len(), expected.len());
    }

    #[test]
    fn spans_come_from_titles() {
        assert_eq!(title_span("AI publications worldwide, 2010–22"), Some((2010, 2022)));
        assert_eq!(title_span("Change in granted AI patents per 100,000 inhabitants, 2012 vs 2022"), Some((2012, 2022)));
        assert_eq!(title_span("Foundation models by organization, 2023"), Some((2023, 2023)));
        assert_eq!(title_span("Parameters of notable ML models by sector"), None);
    }

    #[test]
    fn sector_rule_follows_the_data_readme() {
        assert_eq!(sector_of("Industry"), "industry");
        assert_eq!(sector_of("Industry,Industry"), "industry");
        assert_eq!(sector_of("Academia,Industry,Academia"), "industry_academia_collab");
        assert_eq!(sector_of("Academia,Government"), "other_collab");
        assert_eq!(sector_of(""), "unknown");
    }

    #[test]
    fn unknown_countries_and_bad_dates_are_errors() {
        let countries = parse_countries("c.csv", "source_name,code,name_en,name_zh,eu27\nChina,CHN,China,中国,0\n").unwrap();
        let header = "model,organization,publication_date,domain,country,organization_categorization,parameters,training_compute_flop,training_compute_cost_2023_usd,training_compute_cost_cloud_usd,model_accessibility,frontier_model,notability_criteria\n";
        let errs = parse_models("m.csv", &format!("{header}A,Org,2020-13,x,China,Industry,,,,,,,\nB,Org,2020-01-02,x,Atlantis,Industry,,,,,,,\n"), &countries, (2003, 2023)).unwrap_err();
        assert!(errs[0].starts_with("m.csv:2: publication_date"));
        assert!(errs[1].starts_with("m.csv:3: country 'Atlantis'"));
    }

    /// A data file's text (tests run from the package root).
    fn data(rel: &str) -> String {
        std::fs::read_to_string(format!("{}/src/data/{rel}", env!("CARGO_MANIFEST_DIR"))).unwrap()
    }

    /// One column of a data file, read with the csv crate directly (not through `parse_*`).
    fn column(rel: &str, name: &str) -> Vec<String> {
        let text = data(rel);
        let mut r = csv::Reader::from_reader(text.as_bytes());
        let i = r.headers().unwrap().iter().position(|h| h == name).unwrap();
        r.records().map(|rec| rec.unwrap()[i].to_string()).collect()
    }

    const EPOCH: &str = "epoch/notable_ai_models.csv";
    const FOUNDATION: &str = "ecosystem_graphs/foundation_models_2024-02-12.csv";

    /// Both slug files, parsed against the names of their data files.
    fn committed_slugs() -> [(Vec<String>, Vec<String>); 2] {
        let epoch = column(EPOCH, "model");
        let foundation = column(FOUNDATION, "name");
        fn refs(v: &[String]) -> Vec<&str> {
            v.iter().map(String::as_str).collect()
        }
        let e = parse_slugs("epoch/model_slugs.csv", &data("epoch/model_slugs.csv"), &refs(&epoch)).unwrap();
        let f = parse_slugs("ecosystem_graphs/model_slugs.csv", &data("ecosystem_graphs/model_slugs.csv"), &refs(&foundation)).unwrap();
        [(epoch, e), (foundation, f)]
    }

    /// The rows whose slugs were chosen by hand because the rule gives two rows one slug.
    const CLASHES: &[(&str, &str)] = &[("DeepLabV3+", "deeplabv3-plus"), ("PointNet++", "pointnet-plus-plus")];

    #[test]
    fn slug_rule_keeps_ascii_letters_and_digits_joined_by_single_dashes() {
        assert_eq!(slug_rule("GPT-4 (Mar 2023)"), "gpt-4-mar-2023");
        assert_eq!(slug_rule("  --Llama 2-70B__ "), "llama-2-70b");
        assert_eq!(slug_rule("NÜWA"), "n-wa");
        assert_eq!(slug_rule("(+)"), "");
        assert!(is_slug("gpt-4-mar-2023") && is_slug("a") && is_slug("0"));
        for bad in ["", "-a", "a-", "a--b", "A", "a_b", "nüwa", "a b"] {
            assert!(!is_slug(bad), "{bad:?}");
        }
    }

    #[test]
    fn committed_slugs_cover_both_files_and_follow_the_rule() {
        let [(epoch, e), (foundation, f)] = committed_slugs();
        assert_eq!((e.len(), f.len()), (976, 268));
        for (names, slugs) in [(&epoch, &e), (&foundation, &f)] {
            for (name, slug) in names.iter().zip(slugs.iter()) {
                if name.is_ascii() && !CLASHES.iter().any(|(n, _)| n == name) {
                    assert_eq!(*slug, slug_rule(name), "{name}");
                }
            }
        }
        // Each clash row is in the Epoch file, and the rule really gives it its partner's slug.
        for (name, slug) in CLASHES {
            let i = epoch.iter().position(|n| n == name).unwrap_or_else(|| panic!("{name} not in {EPOCH}"));
            assert_eq!(e[i], *slug);
            assert!(e.contains(&slug_rule(name)), "{name} no longer clashes");
        }
    }

    #[test]
    fn slugs_of_named_models_are_stable() {
        let [(epoch, e), (foundation, f)] = committed_slugs();
        let slug = |names: &[String], slugs: &[String], name: &str| slugs[names.iter().position(|n| n == name).unwrap()].clone();
        for (name, expected) in [
            ("GPT-4 (Mar 2023)", "gpt-4-mar-2023"),
            ("GPT-4 (Jun 2023)", "gpt-4-jun-2023"),
            ("Gemini 1.0 Ultra", "gemini-1-0-ultra"),
            ("AlexNet", "alexnet"),
            ("NÜWA", "nuwa"),
            ("PanGu-Σ", "pangu-sigma"),
            ("λ-WASP", "lambda-wasp"),
            ("DALL·E 3", "dall-e-3"),
            ("ERNIE-4.5-VL-424B-A47B (文心大模型4.5)", "ernie-4-5-vl-424b-a47b-wenxin-damoxing-4-5"),
            ("DeepLabV3", "deeplabv3"),
            ("PointNet", "pointnet"),
        ] {
            assert_eq!(slug(&epoch, &e, name), expected, "{name}");
        }
        assert_eq!(slug(&foundation, &f, "DALL·E"), "dall-e");
        assert_eq!(slug(&foundation, &f, "GPT-4"), "gpt-4");
    }

    #[test]
    fn every_non_ascii_name_has_a_slug_chosen_by_hand() {
        // Transliterated letters, and symbols (·, †, ×) as separators: the data README's rule.
        let table = [
            ("ERNIE-4.5-VL-424B-A47B (文心大模型4.5)", "ernie-4-5-vl-424b-a47b-wenxin-damoxing-4-5"),
            ("DALL·E 3", "dall-e-3"),
            ("PanGu-Σ", "pangu-sigma"),
            ("DALL·E 2", "dall-e-2"),
            ("NÜWA", "nuwa"),
            ("AWD-LSTM-DRILL + dynamic evaluation† (WT2)", "awd-lstm-drill-dynamic-evaluation-wt2"),
            ("(ensemble): AWD-LSTM-DOC (fin) × 5 (WT2)", "ensemble-awd-lstm-doc-fin-5-wt2"),
            ("ResNeXt-101 (64×4d)", "resnext-101-64-4d"),
            ("λ-WASP", "lambda-wasp"),
            ("DALL·E", "dall-e"),
        ];
        let mut checked = 0;
        for (names, slugs) in committed_slugs() {
            for (name, slug) in names.iter().zip(&slugs).filter(|(n, _)| !n.is_ascii()) {
                let expected = table.iter().find(|(n, _)| n == name).unwrap_or_else(|| panic!("no slug chosen for {name}"));
                assert_eq!(slug, expected.1);
                checked += 1;
            }
        }
        assert_eq!(checked, 12, "DALL·E 2 and DALL·E 3 are in both files");
    }

    #[test]
    fn slug_files_out_of_step_with_their_data_are_errors() {
        let names = ["A (1)", "B", "C"];
        assert_eq!(parse_slugs("s.csv", "model,slug\nA (1),a-1\nB,b\nC,c\n", &names).unwrap(), ["a-1", "b", "c"]);
        assert_eq!(parse_slugs("s.csv", "name,slug\nA (1),a-1\nB,b\nC,c\n", &names).unwrap().len(), 3);
        let cases: [(&str, &[&str]); 6] = [
            ("model,slug\nB,b\nA (1),a-1\nC,c\n", &["s.csv:2: model 'B', expected 'A (1)'"]),
            ("model,slug\nA (1),a-1\nB,b\n", &["s.csv: 2 rows, expected 3 (first missing: 'C')"]),
            ("model,slug\nA (1),a-1\nB,b\nC,c\nD,d\n", &["s.csv:5: model 'D' is past the data file's 3 models"]),
            ("model,slug\nA (1),A-1\nB,b-\nC,\n", &["s.csv:2: slug 'A-1' is not", "s.csv:3: slug 'b-' is not", "s.csv:4: slug '' is not"]),
            ("model,slug\nA (1),a\nB,b\nC,a\n", &["s.csv:4: slug 'a' already used on line 2"]),
            ("model,name\nA (1),a\n", &["s.csv:1: header is", "s.csv: 0 rows, expected 3"]),
        ];
        for (text, expected) in cases {
            let errs = parse_slugs("s.csv", text, &names).unwrap_err();
            assert_eq!(errs.len(), expected.len(), "{text:?}: {errs:?}");
            for (e, x) in errs.iter().zip(expected) {
                assert!(e.starts_with(x), "{text:?}: got {e:?}, expected {x:?}");
            }
        }
    }

    /// Organization names of both data files, as `build.rs` collects them.
    fn organization_set() -> Vec<String> {
        let mut all: Vec<String> = Vec::new();
        for field in column(EPOCH, "organization").iter().chain(&column(FOUNDATION, "organization")) {
            all.extend(organization_names(field).map(String::from));
        }
        all
    }

    #[test]
    fn chinese_names_cover_the_organizations_based_in_china_hong_kong_and_taiwan() {
        let all = organization_set();
        let rows = parse_org_names_zh("z.csv", &data("epoch/organization_names_zh.csv"), &all.iter().map(String::as_str).collect::<Vec<_>>()).unwrap();
        assert_eq!(rows.len(), 81);
        // The organizations of Epoch rows whose country includes China, Hong Kong or Taiwan, and
        // of Ecosystem Graphs organizations mapped to CHN, HKG or TWN.
        let mut based: HashSet<String> = HashSet::new();
        for (orgs, countries) in column(EPOCH, "organization").iter().zip(column(EPOCH, "country")) {
            if countries.split(',').map(str::trim).any(|c| ["China", "Hong Kong", "Taiwan"].contains(&c)) {
                based.extend(organization_names(orgs).map(String::from));
            }
        }
        let map = column("ecosystem_graphs/organization_map.csv", "organization").into_iter().zip(column("ecosystem_graphs/organization_map.csv", "country_codes")).collect::<HashMap<_, _>>();
        for orgs in column(FOUNDATION, "organization") {
            if map[&orgs].split('~').any(|c| ["CHN", "HKG", "TWN"].contains(&c)) {
                based.extend(organization_names(&orgs).map(String::from));
            }
        }
        for (org, _) in &rows {
            assert!(based.contains(org), "{org} is not on a China, Hong Kong or Taiwan row");
        }
        // Based in China but left out: no Chinese name we are sure of (data README).
        let unsure = ["ChatGLM", "Med AI Technology", "Oppo Mobile Telecommunications", "ULSee Inc."];
        // Co-authors based elsewhere.
        let elsewhere = [
            "Apple", "CIFAR AI Research", "Carnegie Mellon University (CMU)", "Columbia University", "Cornell University", "DeepMind",
            "Dublin City University", "Duke University", "Facebook AI Research", "Google", "Griffith University", "HEC",
            "Harvard University", "Johns Hopkins University", "MIT-IBM Watson AI Lab", "Massachusetts Institute of Technology (MIT)",
            "Michigan State University", "Microsoft", "Microsoft Research", "Mila - Quebec AI (originally Montreal Institute for Learning Algorithms)",
            "Monash University", "NVIDIA", "Nanyang Technological University", "National University of Singapore", "New York University (NYU)",
            "Oak Ridge National Laboratory", "Panasonic R&D", "Princeton University", "Salesforce Research", "Seoul National University",
            "Stanford University", "Technical University of Munich", "Texas A&M", "Toyota Technological Institute at Chicago",
            "University of California (UC) Berkeley", "University of California Los Angeles (UCLA)", "University of California San Diego",
            "University of Illinois Urbana-Champaign (UIUC)", "University of Iowa", "University of Montreal / Université de Montréal",
            "University of Oxford", "University of Surrey", "University of Sydney", "University of Technology Sydney",
            "University of Texas at Houston", "University of Washington", "University of Waterloo", "University of West London",
            "Vector Institute", "Washington University in St Louis", "Williams College",
        ];
        let mut missing: Vec<&str> = based.iter().map(String::as_str).filter(|o| !rows.iter().any(|(r, _)| r == o)).collect();
        crate::sort::sort(&mut missing);
        let mut expected: Vec<&str> = unsure.iter().chain(&elsewhere).copied().collect();
        crate::sort::sort(&mut expected);
        assert_eq!(missing, expected);
        let zh = |org: &str| rows.iter().find(|(o, _)| o == org).map(|(_, z)| z.as_str());
        assert_eq!(zh("Tsinghua University"), Some("清华大学"));
        assert_eq!(zh("DeepSeek"), Some("深度求索"));
        assert_eq!(zh("Deepseek AI"), Some("深度求索"));
        assert_eq!(zh("Microsoft Research Asia"), Some("微软亚洲研究院"));
        assert_eq!(zh("Chinese University of Hong Kong (CUHK)"), Some("香港中文大学"));
    }

    #[test]
    fn bad_chinese_name_rows_are_errors() {
        let orgs = ["Tsinghua University", "Baidu"];
        let text = "organization,name_zh\nTsinghua University,清华大学\nTsinghua Univ.,清华\nBaidu,\nTsinghua University,清华大学\nBaidu,Baidu\n";
        let errs = parse_org_names_zh("z.csv", text, &orgs).unwrap_err();
        let expected = [
            "z.csv:3: organization 'Tsinghua Univ.' is in neither data file",
            "z.csv:4: empty name_zh for 'Baidu'",
            "z.csv:5: organization 'Tsinghua University' already listed on line 2",
            "z.csv:6: organization 'Baidu' already listed on line 4",
            "z.csv:6: name_zh 'Baidu' of 'Baidu' has no Chinese character",
        ];
        assert_eq!(errs, expected);
        assert_eq!(parse_org_names_zh("z.csv", "organization,name_zh\nBaidu,百度\n", &orgs).unwrap(), [("Baidu".to_string(), "百度".to_string())]);
    }
}
