//! Tests of the model explorer against an independent reading of the CSV files.
//!
//! The "truth" below reads `epoch/notable_ai_models.csv`, `epoch/country_codes.csv`,
//! `ecosystem_graphs/*.csv` and `epoch/organization_names_zh.csv` with the `csv` crate and applies
//! the rules of the data README and `../shared/notes/url.md` itself (never the explorer file or
//! the explorer's parsers), so a table that drifts from the data fails here.

use std::collections::{BTreeMap, BTreeSet};
use std::sync::OnceLock;

use proptest::prelude::*;
use serde_json::Value;

use super::csv::{models_csv, FOUNDATION_HEADER, NOTABLE_HEADER};
use super::data::{models, Entry, Measure, Set};
use super::labels::category_name;
use super::option;
use super::palette::{Palette, COLORS, OTHER, OTHER_COLOR, UNKNOWN, UNKNOWN_COLOR};
use super::state::{encode, parse, ColorBy, ModelsState, Tab, EU_UK, MAX_QUERY};
use super::table::{build, ModelsTable};
use crate::data::sources::EPOCH_DOMAINS;
use crate::data::COUNTRIES;
use crate::i18n::Lang;
use crate::state::{Bound, Scale, Theme, TimeRange};

// ---------------------------------------------------------------------------------------------
// The independent reading of the sources.

/// One model as the source files give it, with the rules applied here.
#[derive(Debug, Clone)]
struct Src {
    name: String,
    org: String,
    date: String,
    year: Option<u16>,
    /// Country codes of its organizations (country_codes.csv / organization_map.csv).
    countries: BTreeSet<String>,
    sector: String,
    /// Domain codes: Epoch's names lowercased, spaces as `_` (url.md).
    domains: BTreeSet<String>,
    access: String,
    frontier: bool,
    /// parameters, training_compute_flop, cost 2023 USD, cloud cost, parsed; None where empty.
    numbers: [Option<f64>; 4],
    /// The source record as written.
    raw: Vec<String>,
    slug: String,
}

impl Src {
    /// The value on y in the explorer's units (compute: petaFLOP = FLOP / 1e15).
    fn value(&self, m: Measure) -> Option<f64> {
        match m {
            Measure::Parameters => self.numbers[0],
            Measure::Compute => self.numbers[1].map(|v| v / 1e15),
            Measure::Cost => self.numbers[2],
            Measure::CostCloud => self.numbers[3],
        }
    }

    /// The categories it counts for under a colour rule; "unknown" when the source has none.
    fn categories(&self, c: ColorBy) -> Vec<String> {
        let v: Vec<String> = match c {
            ColorBy::Sector => [self.sector.clone()].into_iter().filter(|s| s != "unknown").collect(),
            ColorBy::Country => self.countries.iter().cloned().collect(),
            ColorBy::Domain => self.domains.iter().cloned().collect(),
            ColorBy::Access => [self.access.clone()].into_iter().filter(|s| s != "unknown").collect(),
        };
        if v.is_empty() { vec!["unknown".into()] } else { v }
    }
}

struct Truth {
    notable: Vec<Src>,
    foundation: Vec<Src>,
    /// EU27 (country_codes.csv's eu27 column) plus GBR.
    eu_uk: BTreeSet<String>,
    /// English organization name → Chinese name (organization_names_zh.csv).
    zh: BTreeMap<String, String>,
}

impl Truth {
    fn of(&self, set: Set) -> &[Src] {
        match set {
            Set::Notable => &self.notable,
            Set::Foundation => &self.foundation,
        }
    }
    /// First and last year with a model (`earliest`, `latest`).
    fn span(&self, set: Set) -> (u16, u16) {
        let years = self.of(set).iter().filter_map(|s| s.year);
        let v: Vec<u16> = years.collect();
        (*v.iter().min().unwrap(), *v.iter().max().unwrap())
    }
}

fn read(path: &str) -> Vec<csv::StringRecord> {
    let full = format!("{}/src/data/{path}", env!("CARGO_MANIFEST_DIR"));
    let mut r = csv::Reader::from_path(&full).unwrap_or_else(|e| panic!("{full}: {e}"));
    r.records().map(|x| x.unwrap()).collect()
}

fn header(path: &str) -> Vec<String> {
    let full = format!("{}/src/data/{path}", env!("CARGO_MANIFEST_DIR"));
    let mut r = csv::Reader::from_path(&full).unwrap();
    r.headers().unwrap().iter().map(String::from).collect()
}

fn col(path: &str, name: &str) -> usize {
    header(path).iter().position(|h| h == name).unwrap_or_else(|| panic!("{path}: no column {name}"))
}

fn num(s: &str) -> Option<f64> {
    let s = s.trim();
    (!s.is_empty()).then(|| s.parse::<f64>().unwrap_or_else(|_| panic!("'{s}' is not a number")))
}

fn year_of(date: &str) -> Option<u16> {
    (date.len() >= 4).then(|| date[..4].parse().unwrap())
}

fn truth() -> &'static Truth {
    static T: OnceLock<Truth> = OnceLock::new();
    T.get_or_init(|| {
        // Countries.
        let cc = "epoch/country_codes.csv";
        let (c_src, c_code, c_eu) = (col(cc, "source_name"), col(cc, "code"), col(cc, "eu27"));
        let mut code_of: BTreeMap<String, String> = BTreeMap::new();
        let mut eu_uk = BTreeSet::new();
        for r in read(cc) {
            code_of.insert(r[c_src].to_string(), r[c_code].to_string());
            if &r[c_eu] == "1" || &r[c_code] == "GBR" {
                eu_uk.insert(r[c_code].to_string());
            }
        }
        // Notable models.
        let p = "epoch/notable_ai_models.csv";
        let c = |n| col(p, n);
        let (name, org, date, domain, country, cat, params, flop, cost, cloud, access, frontier) = (
            c("model"),
            c("organization"),
            c("publication_date"),
            c("domain"),
            c("country"),
            c("organization_categorization"),
            c("parameters"),
            c("training_compute_flop"),
            c("training_compute_cost_2023_usd"),
            c("training_compute_cost_cloud_usd"),
            c("model_accessibility"),
            c("frontier_model"),
        );
        let slugs = read("epoch/model_slugs.csv");
        let records = read(p);
        assert_eq!(slugs.len(), records.len());
        let notable = records
            .iter()
            .zip(&slugs)
            .map(|(r, slug)| {
                assert_eq!(&slug[0], &r[name], "model_slugs.csv is in the data's order");
                let list = |i: usize| -> BTreeSet<String> { r[i].split(',').map(str::trim).filter(|x| !x.is_empty()).map(String::from).collect() };
                let countries = list(country)
                    .iter()
                    .map(|n| code_of.get(n).unwrap_or_else(|| panic!("country '{n}' not in country_codes.csv")).clone())
                    .filter(|c| !c.is_empty())
                    .collect();
                // The data README's sector rule, from the set of distinct values.
                let cats = list(cat);
                let cats: Vec<&str> = cats.iter().map(String::as_str).collect();
                let sector = match cats.as_slice() {
                    [] => "unknown",
                    ["Industry"] => "industry",
                    ["Academia"] => "academia",
                    ["Academia", "Industry"] => "industry_academia_collab",
                    ["Government"] => "government",
                    ["Research collective"] => "research_collective",
                    _ => "other_collab",
                };
                let domains = list(domain).iter().map(|d| d.to_lowercase().replace(' ', "_")).collect();
                // url.md's access codes for Epoch's model_accessibility.
                let access = match &r[access] {
                    "Open weights (unrestricted)" => "open_unrestricted",
                    "Open weights (non-commercial)" => "open_noncommercial",
                    "Open weights (restricted use)" => "open_restricted",
                    "API access" => "api",
                    "Hosted access (no API)" => "hosted",
                    "Unreleased" => "unreleased",
                    "" => "unknown",
                    other => panic!("access '{other}'"),
                };
                Src {
                    name: r[name].to_string(),
                    org: r[org].to_string(),
                    date: r[date].to_string(),
                    year: year_of(&r[date]),
                    countries,
                    sector: sector.into(),
                    domains,
                    access: access.into(),
                    frontier: r[frontier].trim() == "True",
                    numbers: [num(&r[params]), num(&r[flop]), num(&r[cost]), num(&r[cloud])],
                    raw: r.iter().map(String::from).collect(),
                    slug: slug[1].to_string(),
                }
            })
            .collect();
        // Foundation models.
        let om = "ecosystem_graphs/organization_map.csv";
        let (o_org, o_codes, o_sec) = (col(om, "organization"), col(om, "country_codes"), col(om, "sectors"));
        let orgs: BTreeMap<String, (BTreeSet<String>, String)> = read(om)
            .iter()
            .map(|r| {
                let codes = r[o_codes].split('~').filter(|c| !c.is_empty()).map(String::from).collect();
                let mut secs: Vec<&str> = r[o_sec].split(';').map(str::trim).filter(|s| !s.is_empty()).collect();
                secs.sort();
                secs.dedup();
                // schema::foundation_sector's rule (FOUNDATION_SECTORS): the distinct sectors.
                let sector = match secs.as_slice() {
                    ["industry"] => "industry",
                    ["academia"] => "academia",
                    ["academia", "industry"] => "industry_academia_collab",
                    ["government"] => "government",
                    _ => "other",
                };
                (r[o_org].to_string(), (codes, sector.to_string()))
            })
            .collect();
        let p = "ecosystem_graphs/foundation_models_2024-02-12.csv";
        let (name, org, date, access) = (col(p, "name"), col(p, "organization"), col(p, "created_date"), col(p, "access"));
        let slugs = read("ecosystem_graphs/model_slugs.csv");
        let records = read(p);
        assert_eq!(slugs.len(), records.len());
        let foundation = records
            .iter()
            .zip(&slugs)
            .map(|(r, slug)| {
                assert_eq!(&slug[0], &r[name]);
                let (countries, sector) = orgs.get(&r[org]).unwrap_or_else(|| panic!("organization '{}' not in organization_map.csv", &r[org])).clone();
                Src {
                    name: r[name].to_string(),
                    org: r[org].to_string(),
                    date: r[date].to_string(),
                    year: year_of(&r[date]),
                    countries,
                    sector,
                    domains: BTreeSet::new(),
                    access: r[access].to_string(),
                    frontier: false,
                    numbers: [None; 4],
                    raw: r.iter().map(String::from).collect(),
                    slug: slug[1].to_string(),
                }
            })
            .collect();
        let zh = read("epoch/organization_names_zh.csv").iter().map(|r| (r[0].to_string(), r[1].to_string())).collect();
        Truth { notable, foundation, eu_uk, zh }
    })
}

// ---------------------------------------------------------------------------------------------
// The recount of a state.

/// The default window of a set (the issue / url.md).
fn default_window(set: Set) -> (u16, u16) {
    match set {
        Set::Notable => (2003, 2023),
        Set::Foundation => (2019, 2023),
    }
}

fn window(s: &ModelsState) -> (u16, u16) {
    let span = truth().span(s.set);
    let year = |b: Bound| match b {
        Bound::Earliest => span.0,
        Bound::Latest => span.1,
        Bound::Year(y) => y,
    };
    s.time.map_or(default_window(s.set), |t| (year(t.from), year(t.to)))
}

fn color_rule(s: &ModelsState) -> ColorBy {
    s.color.unwrap_or(match s.set {
        Set::Notable => ColorBy::Sector,
        Set::Foundation => ColorBy::Access,
    })
}

fn passes(m: &Src, s: &ModelsState) -> bool {
    let (a, b) = window(s);
    let Some(y) = m.year else { return false };
    (a..=b).contains(&y)
        && (s.regions.is_empty() || s.regions.iter().any(|r| if *r == EU_UK { m.countries.iter().any(|c| truth().eu_uk.contains(c)) } else { m.countries.contains(*r) }))
        && (s.sector.is_empty() || s.sector.iter().any(|x| *x == m.sector))
        && (s.domain.is_empty() || s.domain.iter().any(|d| m.domains.contains(*d)))
        && (s.access.is_empty() || s.access.iter().any(|x| *x == m.access))
        && (!s.frontier || m.frontier)
}

#[derive(Debug, PartialEq)]
struct Recount {
    /// (date, name) of the filtered models, sorted.
    models: Vec<(String, String)>,
    points: usize,
    no_value: usize,
    counts: BTreeMap<String, usize>,
}

fn recount(s: &ModelsState) -> Recount {
    let rows: Vec<&Src> = truth().of(s.set).iter().filter(|m| passes(m, s)).collect();
    let mut models: Vec<(String, String)> = rows.iter().map(|m| (m.date.clone(), m.name.clone())).collect();
    models.sort();
    let log = s.set == Set::Notable && s.scale != Some(Scale::Linear);
    let points = match s.set {
        Set::Foundation => rows.len(),
        Set::Notable => rows.iter().filter(|m| m.value(s.y).is_some_and(|v| v.is_finite() && (!log || v > 0.0))).count(),
    };
    let mut counts = BTreeMap::new();
    for m in &rows {
        for c in m.categories(color_rule(s)) {
            *counts.entry(c).or_insert(0) += 1;
        }
    }
    Recount { models, points, no_value: if s.set == Set::Notable { rows.len() - points } else { 0 }, counts }
}

fn of_table(t: &ModelsTable) -> Recount {
    let mut models: Vec<(String, String)> = t.rows.iter().map(|r| (r.entry.date.to_string(), r.entry.name.to_string())).collect();
    models.sort();
    Recount { models, points: t.points, no_value: t.no_value, counts: t.counts.iter().map(|(k, n)| (k.to_string(), *n)).collect() }
}

fn table(s: &ModelsState) -> ModelsTable {
    build(models().unwrap(), s)
}

/// The table of `s` equals the recount, its rows are in date order and each row's drawn
/// category and y follow the rules.
fn check(s: &ModelsState) -> Result<(), TestCaseError> {
    let t = table(s);
    let want = recount(s);
    let got = of_table(&t);
    prop_assert_eq!(&got.models, &want.models, "models of {}", encode(s));
    prop_assert_eq!(got.points, want.points, "points of {}", encode(s));
    prop_assert_eq!(got.no_value, want.no_value, "no_value of {}", encode(s));
    prop_assert_eq!(&got.counts, &want.counts, "counts of {}", encode(s));
    prop_assert!(t.rows.windows(2).all(|w| w[0].entry.date <= w[1].entry.date), "rows oldest first");
    let rank = ranking(s.set, color_rule(s));
    for r in &t.rows {
        let src = source_of(r.entry);
        let want = drawn(&rank, src, color_rule(s));
        prop_assert_eq!(r.category, want.as_str(), "{}", r.entry.name);
        prop_assert_eq!(r.later, src.year.unwrap() > 2023);
    }
    Ok(())
}

fn source_of(e: &Entry) -> &'static Src {
    truth().of(e.set).iter().find(|m| m.slug == e.slug).unwrap_or_else(|| panic!("slug {} not in model_slugs.csv", e.slug))
}

/// Categories over the whole set, most models first, ties by code (unknown left out).
fn ranking(set: Set, c: ColorBy) -> Vec<(String, usize)> {
    let mut n: BTreeMap<String, usize> = BTreeMap::new();
    for m in truth().of(set) {
        for k in m.categories(c) {
            if k != "unknown" {
                *n.entry(k).or_insert(0) += 1;
            }
        }
    }
    let mut v: Vec<(String, usize)> = n.into_iter().collect();
    v.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    v
}

/// The category a model is drawn in: its highest-ranked one if in the top 8, else "other";
/// "unknown" without one.
fn drawn(rank: &[(String, usize)], m: &Src, c: ColorBy) -> String {
    let cats = m.categories(c);
    if cats == ["unknown"] {
        return "unknown".into();
    }
    let best = cats.iter().filter_map(|k| rank.iter().position(|(r, _)| r == k)).min().unwrap();
    if best < 8 { rank[best].0.clone() } else { "other".into() }
}

// ---------------------------------------------------------------------------------------------
// States.

fn st(q: &str) -> ModelsState {
    let p = parse(q);
    assert!(p.problems.is_empty(), "{q}: {:?}", p.problems);
    p.state
}

fn notable_domains() -> Vec<&'static str> {
    EPOCH_DOMAINS.iter().map(|(_, c, _)| *c).collect()
}

fn region_codes() -> Vec<&'static str> {
    let mut v: Vec<&'static str> = COUNTRIES.iter().map(|c| c.code).collect();
    v.push(EU_UK);
    v
}

/// Valid states only (built from the explorer's codes, normalized as `parse` leaves them).
fn arb_state() -> impl Strategy<Value = ModelsState> {
    let years = |set: Set| {
        let span = truth().span(set);
        prop_oneof![Just(Bound::Earliest), Just(Bound::Latest), (span.0..=span.1).prop_map(Bound::Year)]
    };
    let filters = (
        any::<bool>(),
        proptest::sample::subsequence(region_codes(), 0..4).prop_shuffle(),
        proptest::sample::subsequence(super::data::NOTABLE_SECTORS.to_vec(), 0..3),
        proptest::sample::subsequence(super::data::FOUNDATION_SECTORS.to_vec(), 0..3),
        proptest::sample::subsequence(notable_domains(), 0..4),
        proptest::sample::subsequence(super::data::NOTABLE_ACCESS.iter().map(|(c, _)| *c).collect::<Vec<_>>(), 0..4),
        proptest::sample::subsequence(super::data::FOUNDATION_ACCESS.to_vec(), 0..3),
        any::<bool>(),
    );
    let view = (
        0..4usize,
        0..4usize,
        proptest::option::of((years(Set::Notable), years(Set::Notable))),
        proptest::option::of((years(Set::Foundation), years(Set::Foundation))),
        any::<bool>(),
        "[a-zA-Z0-9 .()+&%~=清华大学-]{0,12}",
        proptest::option::of("[a-z0-9-]{1,30}"),
        any::<bool>(),
        0..3usize,
        any::<bool>(),
        any::<bool>(),
    );
    (filters, view).prop_map(|((foundation, regions, nsec, fsec, domain, nacc, facc, frontier), (y, color, ntime, ftime, linear, q, model, table, theme, embed, zh))| {
        let set = if foundation { Set::Foundation } else { Set::Notable };
        let offered = ColorBy::offered(set);
        let color = offered[color % offered.len()];
        let span = truth().span(set);
        let year = |b: Bound| match b {
            Bound::Earliest => span.0,
            Bound::Latest => span.1,
            Bound::Year(y) => y,
        };
        let time = if foundation { ftime } else { ntime }
            .map(|(a, b)| if year(a) <= year(b) { TimeRange { from: a, to: b } } else { TimeRange { from: b, to: a } })
            .filter(|t| (year(t.from), year(t.to)) != default_window(set));
        let notable = set == Set::Notable;
        ModelsState {
            lang: if zh { Lang::Zh } else { Lang::En },
            set,
            y: if notable { Measure::ALL[y] } else { Measure::Compute },
            color: (color != offered[0]).then_some(color),
            regions,
            time,
            scale: (notable && linear).then_some(Scale::Linear),
            sector: if notable { nsec } else { fsec },
            domain: if notable { domain } else { vec![] },
            access: if notable { nacc } else { facc },
            frontier: notable && frontier,
            q: q.trim().to_string(),
            model,
            tab: if table { Tab::Table } else { Tab::Chart },
            theme: [None, Some(Theme::Light), Some(Theme::Dark)][theme],
            embed,
        }
    })
}

/// Fixed states: defaults, every filter alone, and some together.
const FIXED: &[&str] = &[
    "",
    "time=earliest..latest",
    "time=2023",
    "time=2024..latest",
    "regions=CHN",
    "regions=EU_UK",
    "regions=USA~EU_UK&time=2010..2023",
    "regions=GBR&color=country",
    "sector=academia",
    "sector=industry_academia_collab~other_collab~unknown&time=earliest..latest",
    "domain=language~vision&color=domain",
    "domain=3d_modeling",
    "access=open_unrestricted~unknown&color=access",
    "frontier=1",
    "frontier=1&y=cost&scale=linear",
    "y=parameters&color=country&time=earliest..2023",
    "y=cost_cloud",
    "y=cost&regions=CHN~USA&sector=industry",
    "set=foundation",
    "set=foundation&time=earliest..latest",
    "set=foundation&regions=USA",
    "set=foundation&regions=EU_UK&color=country",
    "set=foundation&sector=other~academia&color=sector",
    "set=foundation&access=open&time=2023",
    "set=foundation&regions=CHN&access=closed~limited",
];

#[test]
fn fixed_states_match_the_recount() {
    for q in FIXED {
        let s = st(q);
        if let Err(e) = check(&s) {
            panic!("{q}: {e}");
        }
    }
}

#[test]
fn the_recount_is_not_vacuous() {
    // The default notable view has models, some without compute; EU_UK and CHN both narrow it.
    let all = recount(&ModelsState::default());
    assert!(all.models.len() > 500 && all.no_value > 0 && all.points > 300, "{} {} {}", all.models.len(), all.points, all.no_value);
    for q in ["regions=CHN", "regions=EU_UK", "frontier=1", "domain=vision", "sector=academia", "access=api"] {
        let n = recount(&st(q)).models.len();
        assert!(n > 0 && n < all.models.len(), "{q}: {n}");
    }
    // Google DeepMind's models count for the US and the UK: country counts exceed the rows.
    let c = recount(&st("color=country"));
    assert!(c.counts.values().sum::<usize>() > c.models.len());
    // The data README: 976 notable models (1950–2025), 268 foundation models, two undated.
    assert_eq!(truth().notable.len(), 976);
    assert_eq!(truth().span(Set::Notable), (1950, 2025));
    assert_eq!(truth().foundation.len(), 268);
    assert_eq!(truth().foundation.iter().filter(|m| m.year.is_none()).count(), 2);
    assert_eq!(table(&st("set=foundation")).undated, 2);
}

#[test]
fn every_code_the_explorer_offers_occurs_in_the_data() {
    // A code spelled differently from the data would filter to nothing.
    let t = truth();
    for d in notable_domains() {
        assert!(t.notable.iter().any(|m| m.domains.contains(d)), "domain {d}");
    }
    for (a, _) in super::data::NOTABLE_ACCESS {
        assert!(t.notable.iter().any(|m| m.access == a), "access {a}");
    }
    for s in super::data::NOTABLE_SECTORS {
        assert!(t.notable.iter().any(|m| m.sector == s), "sector {s}");
    }
    for a in super::data::FOUNDATION_ACCESS {
        assert!(t.foundation.iter().any(|m| m.access == a), "access {a}");
    }
    for s in super::data::FOUNDATION_SECTORS {
        assert!(t.foundation.iter().any(|m| m.sector == s), "foundation sector {s}");
    }
}

/// Yearly counts from values.csv rows of figure 1.3.13: year → series → value.
fn report_13_13() -> BTreeMap<u16, BTreeMap<String, usize>> {
    let mut out: BTreeMap<u16, BTreeMap<String, usize>> = BTreeMap::new();
    for r in read("report/values.csv") {
        if &r[0] == "1.3.13" {
            out.entry(r[5].parse().unwrap()).or_default().insert(r[1].to_string(), r[6].parse().unwrap());
        }
    }
    out
}

#[test]
fn foundation_counts_by_access_reproduce_the_report() {
    let report = report_13_13();
    // The literal numbers are what values.csv states.
    assert_eq!(report[&2023]["open"], 98);
    assert_eq!(report[&2023]["limited"], 23);
    assert_eq!(report[&2023]["closed"], 28);
    assert_eq!(report[&2022]["total"], 72);
    assert!(report.len() >= 5, "{report:?}");
    for (year, want) in &report {
        let s = st(&format!("set=foundation&time={year}"));
        let t = table(&s);
        let got: BTreeMap<String, usize> = t.counts.iter().map(|(k, n)| (k.to_string(), *n)).collect();
        for (k, n) in want {
            if k == "total" {
                assert_eq!(t.rows.len(), *n, "{year} total");
                assert_eq!(t.points, *n, "{year}: every dated foundation model is drawn");
            } else {
                assert_eq!(got.get(k).copied().unwrap_or(0), *n, "{year} {k}");
                // The access filter gives the same number.
                assert_eq!(table(&st(&format!("set=foundation&time={year}&access={k}"))).rows.len(), *n, "{year} access={k}");
            }
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 200, ..ProptestConfig::default() })]

    #[test]
    fn random_states_match_the_recount(s in arb_state()) {
        check(&s)?;
    }

    #[test]
    fn search_never_changes_counts(s in arb_state(), q in "[a-zA-Z0-9 清华大学]{1,8}") {
        let mut without = s.clone();
        without.q.clear();
        let mut with = s.clone();
        with.q = q.trim().to_string();
        let (a, b) = (table(&without), table(&with));
        prop_assert_eq!(a.rows.len(), b.rows.len());
        prop_assert_eq!(a.points, b.points);
        prop_assert_eq!(a.no_value, b.no_value);
        prop_assert_eq!(&a.counts, &b.counts);
        prop_assert_eq!(&a.legend, &b.legend);
        for (x, y) in a.rows.iter().zip(&b.rows) {
            prop_assert_eq!(x.entry.slug, y.entry.slug);
            prop_assert_eq!(x.category, y.category);
            prop_assert!(x.y.to_bits() == y.y.to_bits());
        }
        // The drawn points too.
        let by = s.color_by();
        prop_assert_eq!(points_of(&option::build(&a, by, s.lang).option), points_of(&option::build(&b, by, s.lang).option));
        // And the matches are those of the independent rule.
        let needle = with.q.to_lowercase();
        for (i, r) in b.rows.iter().enumerate() {
            let m = source_of(r.entry);
            let want = needle.is_empty() || found(m, &needle);
            prop_assert_eq!(r.matched, want, "{} / {}", &m.name, &with.q);
            prop_assert_eq!(b.matches.contains(&i), want && !needle.is_empty());
        }
    }

    #[test]
    fn url_round_trip(s in arb_state()) {
        let q = encode(&s);
        let p = parse(&q);
        prop_assert!(p.problems.is_empty(), "{}: {:?}", q, p.problems);
        prop_assert!(p.lang_given);
        prop_assert_eq!(&p.state, &s, "{}", q);
        // Canonical: encoding again gives the same text, keys in url.md's order.
        prop_assert_eq!(encode(&p.state), q.clone());
        let keys: Vec<&str> = q.split('&').map(|kv| kv.split('=').next().unwrap()).collect();
        let pos: Vec<usize> = keys.iter().map(|k| ORDER.iter().position(|o| o == k).unwrap()).collect();
        prop_assert!(pos.windows(2).all(|w| w[0] < w[1]), "{}", q);
        // Codes are case-insensitive: the upper-cased query (but q and model) reads the same.
        let upper: Vec<String> = q.split('&').map(|kv| if kv.starts_with("q=") || kv.starts_with("model=") { kv.to_string() } else { kv.to_ascii_uppercase() }).collect();
        prop_assert_eq!(&parse(&upper.join("&")).state, &s);
    }

    #[test]
    fn palette_is_fixed_whatever_the_filters_and_language(s in arb_state()) {
        let t = table(&s);
        let rank = ranking(s.set, s.color_by());
        for (cat, color) in &t.legend {
            prop_assert_eq!(*color, global_color(&rank, cat), "{}", cat);
        }
        let mut other = s.clone();
        other.lang = if s.lang == Lang::En { Lang::Zh } else { Lang::En };
        prop_assert_eq!(&table(&other).legend, &t.legend);
    }

    #[test]
    fn option_points_are_the_table_points(s in arb_state()) {
        check_option(&s)?;
    }
}

fn found(m: &Src, needle: &str) -> bool {
    m.name.to_lowercase().contains(needle)
        || m.org.to_lowercase().contains(needle)
        || m.org.split(',').filter_map(|o| truth().zh.get(o.trim())).any(|zh| zh.to_lowercase().contains(needle))
}

/// url.md's canonical order.
const ORDER: [&str; 22] = [
    "fig", "view", "lang", "layer", "set", "y", "color", "regions", "time", "scale", "stack", "sector", "domain", "access", "frontier", "hide", "show", "q", "model", "tab", "theme", "embed",
];

fn global_color(rank: &[(String, usize)], cat: &str) -> &'static str {
    match rank.iter().position(|(k, _)| k == cat) {
        Some(i) if i < 8 => COLORS[i],
        _ if cat == "unknown" => UNKNOWN_COLOR,
        _ => OTHER_COLOR,
    }
}

// ---------------------------------------------------------------------------------------------
// Search.

#[test]
fn search_is_case_insensitive_on_names_and_organizations() {
    let base = st("time=earliest..latest");
    let matched = |q: &str| {
        let mut s = base.clone();
        s.q = q.into();
        let t = table(&s);
        assert!(t.searching);
        t.matches.iter().map(|i| t.rows[*i].entry.slug).collect::<Vec<_>>()
    };
    let gpt = matched("gpt");
    assert!(!gpt.is_empty());
    assert_eq!(gpt, matched("GPT"));
    assert_eq!(gpt, matched("  Gpt "));
    let want: Vec<&str> = truth().notable.iter().filter(|m| m.name.to_lowercase().contains("gpt") || m.org.to_lowercase().contains("gpt")).map(|m| m.slug.as_str()).collect();
    assert_eq!(gpt.len(), want.len());
    // By organization only.
    let deepmind = matched("DEEPMIND");
    assert!(deepmind.iter().all(|s| truth().notable.iter().any(|m| m.slug == *s && m.org.to_lowercase().contains("deepmind"))));
    assert!(deepmind.len() > 10);
    // No search: every row matches, none is listed.
    let t = table(&base);
    assert!(!t.searching && t.matches.is_empty() && t.rows.iter().all(|r| r.matched));
}

#[test]
fn chinese_organization_names_find_their_models() {
    let t = truth();
    let zh = t.zh.get("Tsinghua University").expect("organization_names_zh.csv names Tsinghua University");
    let s = ModelsState { q: zh.clone(), ..st("time=earliest..latest") };
    let table = table(&s);
    let found: BTreeSet<&str> = table.matches.iter().map(|i| table.rows[*i].entry.slug).collect();
    let want: BTreeSet<&str> = t
        .notable
        .iter()
        .filter(|m| m.org.split(',').any(|o| t.zh.get(o.trim()).is_some_and(|n| n.contains(zh.as_str()))))
        .map(|m| m.slug.as_str())
        .collect();
    assert!(want.iter().any(|s| t.notable.iter().any(|m| m.slug == *s && m.org.contains("Tsinghua University"))));
    assert_eq!(found, want);
    // Foundation models too (same alias table), e.g. a Chinese organization's name.
    let (org, zh) = t.zh.iter().find(|(en, _)| t.foundation.iter().any(|m| m.org == **en && m.year.is_some())).expect("a foundation organization with a Chinese name");
    let s = ModelsState { q: zh.clone(), ..st("set=foundation&time=earliest..latest") };
    let table = super::table::build(models().unwrap(), &s);
    assert!(table.matches.iter().any(|i| table.rows[*i].entry.organization == org), "{org} / {zh}");
}

// ---------------------------------------------------------------------------------------------
// Slugs.

#[test]
fn slugs_are_unique_well_formed_and_resolve() {
    let all = models().unwrap();
    for set in Set::ALL {
        let entries = all.of(set);
        let src = truth().of(set);
        assert_eq!(entries.len(), src.len());
        let mut seen = BTreeSet::new();
        for e in entries {
            assert!(seen.insert(e.slug), "{set:?}: slug {} twice", e.slug);
            let b = e.slug.as_bytes();
            assert!(!b.is_empty() && b[0] != b'-' && b[b.len() - 1] != b'-' && !e.slug.contains("--"), "{}", e.slug);
            assert!(b.iter().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || *c == b'-'), "{}", e.slug);
            // Stable: the committed slug of this very row.
            let m = source_of(e);
            assert_eq!((e.name, e.organization, e.date), (m.name.as_str(), m.org.as_str(), m.date.as_str()));
            // The slug parses as `model=` and resolves (as the card does) to this row.
            let p = parse(&format!("model={}", e.slug));
            assert!(p.problems.is_empty());
            assert_eq!(p.state.model.as_deref(), Some(e.slug));
            assert!(std::ptr::eq(entries.iter().find(|x| x.slug == e.slug).unwrap(), e));
        }
        // In the widest window every dated model is a row of the table.
        let t = table(&ModelsState { set, time: Some(TimeRange { from: Bound::Earliest, to: Bound::Latest }), ..ModelsState::default() });
        for e in entries.iter().filter(|e| e.year.is_some()) {
            let i = t.position(e.slug).unwrap_or_else(|| panic!("{}", e.slug));
            assert_eq!(t.rows[i].entry.slug, e.slug);
        }
    }
    let gpt4 = all.notable.iter().find(|e| e.slug == "gpt-4-mar-2023").expect("gpt-4-mar-2023");
    assert_eq!(gpt4.name, "GPT-4 (Mar 2023)");
    // `model=` opens it in the default view (2023 is in the report's window).
    let t = table(&st("model=gpt-4-mar-2023"));
    assert_eq!(t.rows[t.position("gpt-4-mar-2023").unwrap()].entry.name, "GPT-4 (Mar 2023)");
}

// ---------------------------------------------------------------------------------------------
// URL: one test per parameter.

#[test]
fn every_parameter_reads_and_writes() {
    let q = "view=models&lang=zh&y=parameters&color=country&regions=USA~CHN~EU_UK&time=2015..latest&scale=linear&sector=industry~academia&domain=language~vision&access=api&frontier=1&q=gpt+4&model=gpt-4-mar-2023&tab=table&theme=dark&embed=1";
    let p = parse(q);
    assert!(p.problems.is_empty(), "{:?}", p.problems);
    let s = &p.state;
    assert_eq!(s.lang, Lang::Zh);
    assert_eq!(s.y, Measure::Parameters);
    assert_eq!(s.color, Some(ColorBy::Country));
    assert_eq!(s.regions, ["USA", "CHN", "EU_UK"]);
    assert_eq!(s.time, Some(TimeRange { from: Bound::Year(2015), to: Bound::Latest }));
    assert_eq!(s.scale, Some(Scale::Linear));
    assert_eq!(s.sector, ["industry", "academia"]);
    assert_eq!(s.domain, ["language", "vision"]);
    assert_eq!(s.access, ["api"]);
    assert!(s.frontier);
    assert_eq!(s.q, "gpt 4");
    assert_eq!(s.model.as_deref(), Some("gpt-4-mar-2023"));
    assert_eq!(s.tab, Tab::Table);
    assert_eq!(s.theme, Some(Theme::Dark));
    assert!(s.embed);
    assert_eq!(encode(s), q);
    let f = "view=models&lang=en&set=foundation&color=country&regions=CHN&time=2022&sector=other&access=open~closed";
    assert_eq!(encode(&st(f)), f);
    // Defaults are not written; lang always is.
    assert_eq!(encode(&ModelsState::default()), "view=models&lang=en");
    assert_eq!(encode(&st("set=notable&y=compute&color=sector&scale=log&time=2003..2023&frontier=0&tab=chart&embed=0")), "view=models&lang=en");
    assert_eq!(encode(&st("set=foundation&color=access&time=2019..2023")), "view=models&lang=en&set=foundation");
}

/// `query` gives exactly one problem, for `param`, and the state of `default`.
fn rejects(query: &str, param: &str, default: &str) {
    let p = parse(query);
    let params: Vec<&str> = p.problems.iter().map(|x| x.param).collect();
    assert_eq!(params, [param], "{query}");
    assert_eq!(p.state, parse(default).state, "{query}");
}

#[test]
fn invalid_lang() {
    rejects("lang=fr", "lang", "");
    assert!(!parse("lang=fr").lang_given);
}
#[test]
fn invalid_set() {
    rejects("set=all", "set", "");
}
#[test]
fn invalid_y() {
    rejects("y=flops", "y", "");
    rejects("set=foundation&y=cost", "y", "set=foundation");
}
#[test]
fn invalid_color() {
    rejects("color=red", "color", "");
    rejects("set=foundation&color=domain", "color", "set=foundation");
}
#[test]
fn invalid_regions() {
    rejects("regions=XXX", "regions", "");
    rejects("regions=~", "regions", "");
    rejects("regions=CHN~XXX", "regions", "regions=CHN");
}
#[test]
fn invalid_time() {
    rejects("time=1800..1900", "time", "");
    rejects("time=2023..2010", "time", "");
    rejects("time=2030", "time", "");
    rejects("time=soon", "time", "");
    rejects("set=foundation&time=2010..2023", "time", "set=foundation");
}
#[test]
fn invalid_scale() {
    rejects("scale=sqrt", "scale", "");
    rejects("set=foundation&scale=log", "scale", "set=foundation");
}
#[test]
fn invalid_sector() {
    rejects("sector=pharma", "sector", "");
    rejects("sector=academia~pharma", "sector", "sector=academia");
    rejects("set=foundation&sector=research_collective", "sector", "set=foundation");
}
#[test]
fn invalid_domain() {
    rejects("domain=poetry", "domain", "");
    rejects("set=foundation&domain=language", "domain", "set=foundation");
}
#[test]
fn invalid_access() {
    rejects("access=free", "access", "");
    rejects("set=foundation&access=api", "access", "set=foundation");
    rejects("access=open", "access", "");
}
#[test]
fn invalid_frontier() {
    rejects("frontier=yes", "frontier", "");
    rejects("set=foundation&frontier=1", "frontier", "set=foundation");
}
#[test]
fn long_q_is_clipped() {
    let long: String = "清".repeat(MAX_QUERY + 6);
    let p = parse(&format!("q={long}"));
    assert_eq!(p.problems.iter().map(|x| x.param).collect::<Vec<_>>(), ["q"]);
    assert_eq!(p.state.q.chars().count(), MAX_QUERY);
    assert_eq!(p.state.q, "清".repeat(MAX_QUERY));
    // 64 characters (not bytes) are fine.
    let ok = parse(&format!("q={}", "清".repeat(MAX_QUERY)));
    assert!(ok.problems.is_empty() && ok.state.q.chars().count() == MAX_QUERY);
    // Percent-encoded once, read back.
    let s = ModelsState { q: "a&b=c 清华 %".into(), ..ModelsState::default() };
    assert_eq!(parse(&encode(&s)).state, s);
}
#[test]
fn invalid_model() {
    rejects("model=GPT_4!", "model", "");
    rejects("model=", "model", "");
    rejects(&format!("model={}", "a".repeat(121)), "model", "");
    // Case-insensitive, like every code.
    assert_eq!(st("model=GPT-4-Mar-2023").model.as_deref(), Some("gpt-4-mar-2023"));
}
#[test]
fn invalid_tab() {
    rejects("tab=list", "tab", "");
}
#[test]
fn invalid_theme() {
    rejects("theme=blue", "theme", "");
}
#[test]
fn invalid_embed() {
    rejects("embed=maybe", "embed", "");
    assert!(st("embed=true").embed);
}
#[test]
fn figure_parameters_are_problems_here() {
    rejects("fig=1.1.1", "fig", "");
    rejects("layer=report", "layer", "");
    rejects("stack=relative", "stack", "");
    rejects("hide=USA", "hide", "");
    rejects("show=all", "show", "");
}

#[test]
fn old_names_and_unknown_parameters() {
    let p = parse("?view=models&language=zh&region=CHN&years=2015..2020&utm_source=x&foo=bar");
    assert!(p.problems.is_empty(), "{:?}", p.problems);
    assert!(p.lang_given);
    assert_eq!(p.state.lang, Lang::Zh);
    assert_eq!(p.state.regions, ["CHN"]);
    assert_eq!(p.state.time, Some(TimeRange { from: Bound::Year(2015), to: Bound::Year(2020) }));
    // The first of repeated keys counts; codes and keys are case-insensitive.
    assert_eq!(st("LANG=ZH&lang=en&SET=Foundation").lang, Lang::Zh);
    assert_eq!(st("set=FOUNDATION&access=Open~CLOSED").access, ["open", "closed"]);
    // An empty query is the default without problems.
    let p = parse("");
    assert!(p.problems.is_empty() && !p.lang_given && p.state == ModelsState::default());
}

// ---------------------------------------------------------------------------------------------
// Palette.

#[test]
fn palette_ranks_over_the_whole_set() {
    let all = models().unwrap();
    for set in Set::ALL {
        for by in ColorBy::offered(set) {
            let rank = ranking(set, *by);
            let p = Palette::new(all, set, *by);
            let got: Vec<(String, usize)> = p.ranked.iter().map(|(k, n)| (k.to_string(), *n)).collect();
            assert_eq!(got, rank, "{set:?} {by:?}");
            for (i, (k, _)) in rank.iter().enumerate() {
                assert_eq!(p.color(k), if i < 8 { COLORS[i] } else { OTHER_COLOR }, "{k}");
            }
            assert_eq!(p.color(UNKNOWN), UNKNOWN_COLOR);
            assert_eq!(p.color(OTHER), if rank.iter().position(|(k, _)| k == OTHER).is_some_and(|i| i < 8) { COLORS[rank.iter().position(|(k, _)| k == OTHER).unwrap()] } else { OTHER_COLOR });
            // Legend: the top eight, "other" when there are more, "unknown" when a model of
            // the set has no value for the rule.
            let mut legend: Vec<String> = rank.iter().take(8).map(|(k, _)| k.clone()).collect();
            if rank.len() > 8 {
                legend.push(OTHER.into());
            }
            if truth().of(set).iter().any(|m| m.categories(*by) == ["unknown"]) {
                legend.push(UNKNOWN.into());
            }
            assert_eq!(p.legend(), legend);
        }
    }
    // The fixed colours are distinct, and neither "other" nor "unknown" takes one of them.
    let set: BTreeSet<&str> = COLORS.iter().copied().collect();
    assert_eq!(set.len(), 8);
    assert!(!set.contains(OTHER_COLOR) && !set.contains(UNKNOWN_COLOR) && OTHER_COLOR != UNKNOWN_COLOR);
}

#[test]
fn narrow_filters_keep_the_colours() {
    // China alone, 2023 alone: the categories keep the colours of the whole set.
    for q in ["regions=CHN&time=2023", "color=country&regions=FRA", "color=domain&domain=robotics", "set=foundation&regions=CHN&color=sector"] {
        let s = st(q);
        let rank = ranking(s.set, s.color_by());
        let t = table(&s);
        for r in &t.rows {
            let color = t.legend.iter().find(|(k, _)| *k == r.category).map(|(_, c)| *c);
            assert_eq!(color, Some(global_color(&rank, r.category)), "{q}: {}", r.entry.name);
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Option.

/// Every point of the option's series: (series index, x, y, row).
fn points_of(o: &Value) -> Vec<(usize, f64, Option<f64>, usize)> {
    let mut out = Vec::new();
    for (si, s) in o["series"].as_array().unwrap().iter().enumerate() {
        for d in s["data"].as_array().unwrap() {
            let v = if d.is_array() { d } else { &d["value"] };
            let v = v.as_array().unwrap();
            assert_eq!(v.len(), 3, "{d}");
            out.push((si, v[0].as_f64().unwrap(), v[1].as_f64(), v[2].as_u64().unwrap() as usize));
        }
    }
    out
}

fn check_option(s: &ModelsState) -> Result<(), TestCaseError> {
    let t = table(s);
    let by = s.color_by();
    let o = option::build(&t, by, s.lang);
    let pts = points_of(&o.option);
    prop_assert_eq!(pts.len(), t.points, "{}", encode(s));
    let series = o.option["series"].as_array().unwrap();
    let mut seen = BTreeSet::new();
    let mut per_series: BTreeMap<usize, usize> = BTreeMap::new();
    for (si, x, y, i) in pts {
        prop_assert!(seen.insert(i), "row {} drawn twice", i);
        let r = &t.rows[i];
        let ser = &series[si];
        prop_assert_eq!(ser["name"].as_str().unwrap(), category_name(by, r.category, s.lang));
        let color = t.legend.iter().find(|(k, _)| *k == r.category).unwrap().1;
        prop_assert_eq!(ser["itemStyle"]["color"].as_str().unwrap(), color);
        prop_assert!(x.is_finite() && (x / 86_400_000.0 - r.entry.day).abs() < 1e-9);
        let y = y.expect("y is a number (NaN would be null)");
        prop_assert!(y.is_finite());
        if t.set == Set::Notable {
            prop_assert!(y == r.y);
            if t.log {
                prop_assert!(y > 0.0);
            }
            // The y of the source's own text.
            prop_assert_eq!(Some(y), source_of(r.entry).value(s.y));
        }
        let j = per_series.entry(si).or_insert(0);
        prop_assert_eq!(o.positions[i], Some((si, *j)));
        *j += 1;
    }
    prop_assert_eq!(o.positions.iter().filter(|p| p.is_some()).count(), t.points);
    Ok(())
}

#[test]
fn option_of_fixed_states() {
    for q in FIXED {
        if let Err(e) = check_option(&st(q)) {
            panic!("{q}: {e}");
        }
    }
    // Zero points: an empty option, not a panic.
    let t = table(&st("time=1960&regions=CHN"));
    assert_eq!(t.points, 0);
    assert_eq!(points_of(&option::build(&t, ColorBy::Sector, Lang::En).option).len(), t.points);
}

// ---------------------------------------------------------------------------------------------
// CSV.

fn csv_records(text: &str) -> Vec<csv::StringRecord> {
    let body = text.strip_prefix('\u{feff}').expect("BOM");
    csv::ReaderBuilder::new().has_headers(false).from_reader(body.as_bytes()).records().map(|r| r.unwrap()).collect()
}

#[test]
fn csv_has_the_rows_and_the_source_text() {
    for q in ["", "time=earliest..latest", "regions=CHN&y=cost", "set=foundation", "set=foundation&time=2023&access=limited"] {
        let s = st(q);
        let t = table(&s);
        let text = models_csv(&t);
        assert!(text.starts_with('\u{feff}'), "{q}");
        // One line per row plus the header (no field here spans lines: checked by the parse).
        let recs = csv_records(&text);
        assert_eq!(recs.len(), t.rows.len() + 1, "{q}");
        assert_eq!(text.matches("\r\n").count(), t.rows.len() + 1, "{q}");
        let head: Vec<&str> = recs[0].iter().collect();
        let src_head = match s.set {
            Set::Notable => header("epoch/notable_ai_models.csv"),
            Set::Foundation => header("ecosystem_graphs/foundation_models_2024-02-12.csv")[..6].to_vec(),
        };
        match s.set {
            Set::Notable => assert_eq!(head, NOTABLE_HEADER),
            Set::Foundation => assert_eq!(head, FOUNDATION_HEADER),
        }
        // The source's columns, named as the source names them, right after the slug.
        assert_eq!(head[1..=src_head.len()].to_vec(), src_head.iter().map(String::as_str).collect::<Vec<_>>());
        for (rec, row) in recs[1..].iter().zip(&t.rows) {
            let m = source_of(row.entry);
            assert_eq!(&rec[0], m.slug);
            // Every source field exactly as written (numbers included).
            for (k, v) in m.raw.iter().take(src_head.len()).enumerate() {
                assert_eq!(&rec[k + 1], v, "{q}: {} column {}", m.name, src_head[k]);
            }
            let n = src_head.len();
            let codes: BTreeSet<String> = rec[n + 1].split('~').filter(|c| !c.is_empty()).map(String::from).collect();
            assert_eq!(codes, m.countries, "{}", m.name);
            assert_eq!(&rec[n + 2], m.sector);
            assert!(rec[n + 3].contains(if s.set == Set::Notable { "Epoch AI" } else { "Ecosystem Graphs" }), "{}", &rec[n + 3]);
        }
    }
    // A known value: K-EXAONE's compute as Epoch writes it.
    let t = table(&st("time=2025"));
    let text = models_csv(&t);
    let recs = csv_records(&text);
    let flop = NOTABLE_HEADER.iter().position(|h| *h == "training_compute_flop").unwrap();
    let k = recs.iter().find(|r| &r[1] == "K-EXAONE").expect("K-EXAONE in 2025");
    assert_eq!(&k[flop], "1.52e+24");
}

// ---------------------------------------------------------------------------------------------
// The card's chapter figures: those whose default table of what is shown has a row derived from
// the model (issue 10), checked against the figures' own default tables (`view_table`), not
// against the build's rules.

/// The rows of a figure's default table derived from the dataset: its dataset layer, or, on a
/// figure without one (1.3.13, 1.3.14, 1.3.16, 1.3.17: the report's counts of the same
/// snapshot, `source_data_file`), every plotted row.
fn dataset_rows(id: &str) -> Vec<crate::view_table::Row> {
    let fig = crate::data::figure(id).unwrap();
    let rows: Vec<crate::view_table::Row> = crate::view_table::table(fig, &crate::charts::ChartOptions::default(), Lang::En).rows.into_iter().filter(|r| r.is_plotted()).collect();
    if rows.iter().any(|r| r.provenance.is_recomputed()) { rows.into_iter().filter(|r| r.provenance.is_recomputed()).collect() } else { rows }
}

fn listing(set: Set, id: &str) -> Vec<&'static Entry> {
    models().unwrap().of(set).iter().filter(|e| e.figures.contains(&id)).collect()
}

#[test]
fn card_figures_are_those_whose_default_table_counts_the_model() {
    // Scatters of single models: the same models, by name.
    for id in ["1.3.5", "1.3.6", "1.3.7", "1.3.22", "1.3.23"] {
        let drawn: BTreeSet<&str> = dataset_rows(id).iter().filter_map(|r| r.model.map(|m| m.name)).collect();
        let listed: BTreeSet<&str> = listing(Set::Notable, id).iter().map(|e| e.name).collect();
        assert!(!drawn.is_empty(), "{id}");
        assert_eq!(listed, drawn, "{id}");
    }
    // Counts over every model of a year, once each (by sector, by access): per year, as many
    // models list the figure as the rows of that year add up to.
    for (id, set) in [("1.3.1", Set::Notable), ("1.3.13", Set::Foundation), ("1.3.15", Set::Foundation)] {
        let mut by_year: BTreeMap<u16, f64> = BTreeMap::new();
        for r in dataset_rows(id).iter().filter(|r| r.series_key != "total") {
            *by_year.entry(r.year().unwrap()).or_default() += r.value;
        }
        let mut listed: BTreeMap<u16, f64> = BTreeMap::new();
        for e in listing(set, id) {
            *listed.entry(e.year.unwrap()).or_default() += 1.0;
        }
        by_year.retain(|_, n| *n > 0.0);
        assert_eq!(listed, by_year, "{id}");
    }
    // Counts by country: every listed model's countries have a row in the figure's years, and
    // every model of those years with a country is listed.
    for (id, set, years) in [("1.3.2", Set::Notable, (2023, 2023)), ("1.3.4", Set::Notable, (2003, 2023)), ("1.3.18", Set::Foundation, (2023, 2023)), ("1.3.20", Set::Foundation, (2019, 2023))] {
        let rows = dataset_rows(id);
        let codes: BTreeSet<&str> = rows.iter().filter_map(|r| r.region.or(Some(r.series_key))).collect();
        for e in models().unwrap().of(set) {
            let in_years = e.year.is_some_and(|y| y >= years.0 && y <= years.1);
            let has = e.country_codes().next().is_some();
            assert_eq!(e.figures.contains(&id), in_years && has, "{id} {}", e.name);
            if in_years {
                for c in e.country_codes() {
                    assert!(codes.contains(c), "{id}: no row for {c} ({})", e.name);
                }
            }
        }
    }
    // The US, China, EU + UK: listed when one of its countries is among the three.
    for (id, set, years) in [("1.3.3", Set::Notable, (2003, 2023)), ("1.3.19", Set::Foundation, (2019, 2023))] {
        let regions: BTreeSet<&str> = dataset_rows(id).iter().filter_map(|r| r.region).collect();
        assert_eq!(regions, BTreeSet::from(["USA", "CHN", "EU_UK"]), "{id}");
        for e in models().unwrap().of(set) {
            let in_years = e.year.is_some_and(|y| y >= years.0 && y <= years.1);
            let trio = e.country_codes().any(|c| c == "USA" || c == "CHN") || e.in_eu_uk();
            assert_eq!(e.figures.contains(&id), in_years && trio, "{id} {}", e.name);
        }
    }
    // Shares of the same counts.
    let slugs = |id| listing(Set::Foundation, id).iter().map(|e| e.slug).collect::<Vec<_>>();
    assert_eq!(slugs("1.3.14"), slugs("1.3.13"));
    // Organizations the report names: a listed model is by one of the rows' organizations.
    for id in ["1.3.16", "1.3.17"] {
        let orgs: BTreeSet<&str> = dataset_rows(id).iter().map(|r| r.series.en).collect();
        let listed = listing(Set::Foundation, id);
        assert!(!listed.is_empty(), "{id}");
        for e in listed {
            assert!(e.organization.split(',').any(|o| orgs.contains(o.trim())), "{id}: {} by {}", e.name, e.organization);
        }
    }
    // 1.3.21: one bar per named model with a cloud cost.
    assert_eq!(listing(Set::Notable, "1.3.21").len(), dataset_rows("1.3.21").len());
}

#[test]
fn every_model_figure_links_to_a_valid_explorer_view() {
    for (id, q) in crate::data::sources::MODEL_FIGURES {
        assert!(crate::data::figure(id).is_some(), "{id}");
        let p = parse(&format!("view=models&lang=en&{q}"));
        assert!(p.problems.is_empty(), "{id}: {q}: {:?}", p.problems);
        // Written back canonically: the link is the explorer's own form.
        assert_eq!(encode(&p.state), format!("view=models&lang=en{}{q}", if q.is_empty() { "" } else { "&" }), "{id}");
    }
}
