//! Build-time aggregates of the dataset layers (included by build.rs only): the series each
//! layered figure draws from Epoch AI's notable models or the Ecosystem Graphs snapshot, and the
//! recounts its reconciliation sets against the report. Counting rules (data README and
//! issue 8): a model counts once per country of its organizations; EU+UK counts a model once if
//! any of its countries is EU27 or GBR; Epoch sectors by `sector_of`, foundation-model sectors by
//! `foundation_sector`; foundation models count once per organization named in their
//! `organization` (split at commas), as the report's 1.3.16–1.3.17 totals do.

use super::schema::{foundation_sector, CountryRow, FoundationModelRow, ModelNameRow, ModelRow, OrganizationRow, ValueRow};

/// One value of a dataset layer.
pub struct Aggregate {
    pub figure: &'static str,
    /// Sector code, region code, access type, or the report's series key (organizations,
    /// named models).
    pub category: String,
    /// A year, or a period (`2019-2023`).
    pub x: String,
    pub value: f64,
}

/// How many rows of the dataset a figure's layer leaves out, and why.
pub struct Facts {
    pub figure: &'static str,
    /// `epoch` or `ecosystem_graphs`.
    pub source: &'static str,
    pub window: (u16, u16),
    /// Rows in the dataset file.
    pub total: usize,
    pub no_date: usize,
    pub outside_window: usize,
    /// Rows in the window whose organizations have no country code (country figures only).
    pub no_country: usize,
}

/// Epoch AI's years for 1.3.1–1.3.4 (the report's span) and Ecosystem Graphs' for 1.3.13–1.3.20.
const EPOCH: (u16, u16) = (2003, 2023);
const FOUNDATION: (u16, u16) = (2019, 2023);

fn in_window(y: u16, w: (u16, u16)) -> bool {
    (w.0..=w.1).contains(&y)
}

fn eu_uk(codes: &[String], countries: &[CountryRow]) -> bool {
    codes.iter().any(|c| c == "GBR" || countries.iter().any(|k| &k.code == c && k.eu27))
}

fn push_counts(out: &mut Vec<Aggregate>, figure: &'static str, x: &str, counts: Vec<(String, usize)>) {
    for (category, n) in counts {
        out.push(Aggregate { figure, category, x: x.to_string(), value: n as f64 });
    }
}

/// Per-category counts in first-seen order of `order` (zeros kept).
fn count_by<'a>(order: &[String], items: impl Iterator<Item = Vec<String>>) -> Vec<(String, usize)> {
    let mut counts: Vec<(String, usize)> = order.iter().map(|c| (c.clone(), 0)).collect();
    for cats in items {
        for c in cats {
            match counts.iter_mut().find(|(k, _)| *k == c) {
                Some((_, n)) => *n += 1,
                None => counts.push((c, 1)),
            }
        }
    }
    counts
}

/// Countries by count, most first (ties by code); zero counts dropped.
fn ranked(mut counts: Vec<(String, usize)>) -> Vec<(String, usize)> {
    counts.retain(|(_, n)| *n > 0);
    counts.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    counts
}

fn period(w: (u16, u16)) -> String {
    format!("{}-{}", w.0, w.1)
}

fn three(codes: &[String], countries: &[CountryRow]) -> Vec<String> {
    let mut out = Vec::new();
    for c in ["USA", "CHN"] {
        if codes.iter().any(|x| x == c) {
            out.push(c.to_string());
        }
    }
    if eu_uk(codes, countries) {
        out.push("EU_UK".to_string());
    }
    out
}

/// Every aggregate and the facts of every layered figure.
pub fn aggregates(
    all_models: usize,
    models: &[ModelRow],
    countries: &[CountryRow],
    foundation: &[FoundationModelRow],
    organizations: &[OrganizationRow],
    values: &[ValueRow],
    names: &[ModelNameRow],
) -> (Vec<Aggregate>, Vec<Facts>) {
    let mut out = Vec::new();
    let mut facts = Vec::new();
    let sectors: Vec<String> = super::schema::SECTORS.iter().map(|s| s.to_string()).collect();
    let trio: Vec<String> = ["USA", "CHN", "EU_UK"].iter().map(|s| s.to_string()).collect();
    for y in EPOCH.0..=EPOCH.1 {
        let of_year = || models.iter().filter(move |m| m.year == y);
        let x = y.to_string();
        push_counts(&mut out, "1.3.1", &x, count_by(&sectors, of_year().map(|m| vec![m.sector.to_string()])));
        push_counts(&mut out, "1.3.3", &x, count_by(&trio, of_year().map(|m| three(&m.countries, countries))));
        // 1.3.4 sums these over the years in view; category "" counts models with no country, "total" every model of the year.
        let no_country = || vec![String::new()];
        push_counts(&mut out, "1.3.4", &x, ranked(count_by(&[], of_year().map(|m| if m.countries.is_empty() { no_country() } else { m.countries.clone() }))));
        out.push(Aggregate { figure: "1.3.4", category: "total".into(), x: x.clone(), value: of_year().count() as f64 });
        if y == 2023 {
            push_counts(&mut out, "1.3.2", &x, ranked(count_by(&[], of_year().map(|m| m.countries.clone()))));
        }
    }
    // 1.3.5–1.3.6: models with the measure per sector (the legend, before the rows are loaded).
    for (figure, compute) in [("1.3.5", false), ("1.3.6", true)] {
        let with = models.iter().filter(|m| in_window(m.year, EPOCH) && if compute { m.training_compute_flop.is_some() } else { m.parameters.is_some() });
        let counts: Vec<(String, usize)> = count_by(&sectors, with.map(|m| vec![m.sector.to_string()])).into_iter().filter(|(_, n)| *n > 0).collect();
        push_counts(&mut out, figure, &period(EPOCH), counts);
    }
    for (figure, w, country) in [("1.3.1", EPOCH, false), ("1.3.2", (2023, 2023), true), ("1.3.3", EPOCH, true)] {
        let outside = all_models - models.iter().filter(|m| in_window(m.year, w)).count();
        let no_country = if country { models.iter().filter(|m| in_window(m.year, w) && m.countries.is_empty()).count() } else { 0 };
        facts.push(Facts { figure, source: "epoch", window: w, total: all_models, no_date: 0, outside_window: outside, no_country });
    }

    let org = |m: &FoundationModelRow| organizations.iter().find(|o| o.organization == m.organization).expect("checked by parse_organizations");
    let in_years = |w: (u16, u16)| foundation.iter().filter(move |m| m.year.is_some_and(|y| in_window(y, w)));
    let fm_sectors: Vec<String> = ["industry", "academia", "industry_academia_collab", "government", "other"].iter().map(|s| s.to_string()).collect();
    let access: Vec<String> = ["open", "limited", "closed"].iter().map(|s| s.to_string()).collect();
    for y in FOUNDATION.0..=FOUNDATION.1 {
        let x = y.to_string();
        let year = (y, y);
        push_counts(&mut out, "1.3.15", &x, count_by(&fm_sectors, in_years(year).map(|m| vec![foundation_sector(&org(m).sectors).to_string()])));
        push_counts(&mut out, "1.3.19", &x, count_by(&trio, in_years(year).map(|m| three(&org(m).country_codes, countries))));
        let by_access = count_by(&access, in_years(year).map(|m| vec![m.access.clone()]));
        let total: usize = by_access.iter().map(|(_, n)| n).sum();
        for (category, n) in &by_access {
            out.push(Aggregate { figure: "1.3.14", category: category.clone(), x: x.clone(), value: *n as f64 * 100.0 / total as f64 });
        }
        push_counts(&mut out, "1.3.13", &x, by_access);
        out.push(Aggregate { figure: "1.3.13", category: "total".into(), x: x.clone(), value: total as f64 });
    }
    push_counts(&mut out, "1.3.18", "2023", ranked(count_by(&[], in_years((2023, 2023)).map(|m| org(m).country_codes.clone()))));
    push_counts(&mut out, "1.3.20", &period(FOUNDATION), ranked(count_by(&[], in_years(FOUNDATION).map(|m| org(m).country_codes.clone()))));
    // Organizations: each named in a model's `organization`, once per model; only those the
    // report states are kept (the reconciliation compares them).
    for (figure, w, x) in [("1.3.16", (2023, 2023), "2023".to_string()), ("1.3.17", FOUNDATION, period(FOUNDATION))] {
        for v in values.iter().filter(|v| v.figure_id == figure && v.role == "point") {
            let n = in_years(w).filter(|m| m.organization.split(',').any(|o| o.trim() == v.series_en)).count();
            out.push(Aggregate { figure, category: v.series_key.clone(), x: x.clone(), value: n as f64 });
        }
    }
    let fm_no_date = foundation.iter().filter(|m| m.year.is_none()).count();
    let fm_outside = foundation.iter().filter(|m| m.year.is_some_and(|y| !in_window(y, FOUNDATION))).count();
    for (figure, w, country) in [("1.3.15", FOUNDATION, false), ("1.3.18", (2023, 2023), true), ("1.3.19", FOUNDATION, true), ("1.3.20", FOUNDATION, true)] {
        let outside = foundation.iter().filter(|m| m.year.is_some_and(|y| !in_window(y, w))).count();
        let no_country = if country { in_years(w).filter(|m| org(m).country_codes.is_empty()).count() } else { 0 };
        facts.push(Facts { figure, source: "ecosystem_graphs", window: w, total: foundation.len(), no_date: fm_no_date, outside_window: outside, no_country });
    }
    let _ = fm_outside;
    // 1.3.21: the cloud cost of each model the report names, at the report's year.
    for v in values.iter().filter(|v| v.figure_id == "1.3.21" && v.role == "point") {
        let name = names.iter().find(|n| n.series_key == v.series_key).expect("checked by parse_model_names");
        let model = models.iter().find(|m| m.name == name.epoch_model).expect("checked by parse_model_names");
        if let Some(cost) = model.cost_cloud_usd {
            out.push(Aggregate { figure: "1.3.21", category: v.series_key.clone(), x: v.x.clone(), value: cost });
        }
    }
    // 1.3.7, 1.3.22, 1.3.23: models per domain (the legend, before the models file is loaded);
    // the windows and measures are those `view_table::dataset_rows` reads from the figures
    // (a native test checks the two agree).
    for (figure, w, compute, cost) in [("1.3.7", (2012, 2023), true, false), ("1.3.22", (2017, 2023), false, true), ("1.3.23", EPOCH, true, true)] {
        let with = models.iter().filter(|m| {
            in_window(m.year, w) && (!compute || m.training_compute_flop.is_some()) && (!cost || m.cost_cloud_usd.is_some())
        });
        let domain = |m: &ModelRow| match m.domains.as_slice() {
            [one] => super::sources::EPOCH_DOMAINS.iter().find(|(n, _, _)| n == one).map_or("several", |(_, code, _)| code).to_string(),
            _ => super::sources::SEVERAL_DOMAINS.1.to_string(),
        };
        let outside = all_models - models.iter().filter(|m| in_window(m.year, w)).count();
        facts.push(Facts { figure, source: "epoch", window: w, total: all_models, no_date: 0, outside_window: outside, no_country: 0 });
        let mut counts = count_by(&[], with.map(|m| vec![domain(m)]));
        counts.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
        push_counts(&mut out, figure, &period(w), counts);
    }
    let outside = all_models - models.iter().filter(|m| in_window(m.year, (2017, 2023))).count();
    facts.push(Facts { figure: "1.3.21", source: "epoch", window: (2017, 2023), total: all_models, no_date: 0, outside_window: outside, no_country: 0 });
    (out, facts)
}

/// The chapter figures whose default table counts the notable model `m` (its dataset layer
/// includes a row derived from it), by the rules of [`aggregates`] above: the model explorer's
/// card links to them. `names` names the models of 1.3.21 (one bar per named model).
pub fn notable_figures(m: &ModelRow, countries: &[CountryRow], names: &[ModelNameRow], values: &[ValueRow]) -> Vec<&'static str> {
    let mut out = Vec::new();
    let y = m.year;
    if in_window(y, EPOCH) {
        out.push("1.3.1");
    }
    if y == 2023 && !m.countries.is_empty() {
        out.push("1.3.2");
    }
    if in_window(y, EPOCH) && !three(&m.countries, countries).is_empty() {
        out.push("1.3.3");
    }
    if in_window(y, EPOCH) && !m.countries.is_empty() {
        out.push("1.3.4");
    }
    if in_window(y, EPOCH) && m.parameters.is_some() {
        out.push("1.3.5");
    }
    if in_window(y, EPOCH) && m.training_compute_flop.is_some() {
        out.push("1.3.6");
    }
    if in_window(y, (2012, 2023)) && m.training_compute_flop.is_some() {
        out.push("1.3.7");
    }
    let named_in_1_3_21 = values.iter().filter(|v| v.figure_id == "1.3.21" && v.role == "point").any(|v| {
        names.iter().any(|n| n.series_key == v.series_key && n.epoch_model == m.name)
    });
    if named_in_1_3_21 && m.cost_cloud_usd.is_some() {
        out.push("1.3.21");
    }
    if in_window(y, (2017, 2023)) && m.cost_cloud_usd.is_some() {
        out.push("1.3.22");
    }
    if in_window(y, EPOCH) && m.training_compute_flop.is_some() && m.cost_cloud_usd.is_some() {
        out.push("1.3.23");
    }
    out
}

/// The chapter figures whose default table counts the foundation model `m` (see
/// [`notable_figures`]); `org` is its row of `organization_map.csv`.
pub fn foundation_figures(m: &FoundationModelRow, org: &OrganizationRow, countries: &[CountryRow], values: &[ValueRow]) -> Vec<&'static str> {
    let mut out = Vec::new();
    let Some(y) = m.year else { return out };
    let stated = |figure: &str| {
        values.iter().filter(|v| v.figure_id == figure && v.role == "point").any(|v| m.organization.split(',').any(|o| o.trim() == v.series_en))
    };
    if in_window(y, FOUNDATION) {
        out.extend(["1.3.13", "1.3.14", "1.3.15"]);
    }
    if y == 2023 && stated("1.3.16") {
        out.push("1.3.16");
    }
    if in_window(y, FOUNDATION) && stated("1.3.17") {
        out.push("1.3.17");
    }
    if y == 2023 && !org.country_codes.is_empty() {
        out.push("1.3.18");
    }
    if in_window(y, FOUNDATION) && !three(&org.country_codes, countries).is_empty() {
        out.push("1.3.19");
    }
    if in_window(y, FOUNDATION) && !org.country_codes.is_empty() {
        out.push("1.3.20");
    }
    out
}
