//! The model explorer's rows, kept out of both wasm files: `build.rs` writes them to a
//! same-origin file named by its content hash ([`EXPLORER_FILE`]) that the explorer fetches
//! at start and [`install`]s here. Native builds read the same file, embedded.
//!
//! Format: a line `notable<TAB>N`, N lines of notable models, a line `foundation<TAB>M`, M lines
//! of foundation models; fields tab-separated.
//! - Notable (Epoch AI, "Data on Notable AI Models", CC BY 4.0): slug, then the 13 columns of
//!   `epoch/notable_ai_models.csv` as written (model, organization, publication_date, domain,
//!   country, organization_categorization, parameters, training_compute_flop,
//!   training_compute_cost_2023_usd, training_compute_cost_cloud_usd, model_accessibility,
//!   frontier_model, notability_criteria), then countries (hex bit set over `COUNTRIES`), sector
//!   code, and the figures that count the model (space-separated ids).
//! - Foundation (Ecosystem Graphs snapshot d66e17f, CC BY 4.0 per the data README): slug, name,
//!   organization, created_date (may be empty), access, modality, size (as written), the
//!   organization's country codes (`~`-joined, `organization_map.csv`), sector code, figures.

use std::sync::OnceLock;

use crate::data::sources::EPOCH_DOMAINS;
use crate::data::COUNTRIES;
pub use crate::data::tables::{EXPLORER_FILE, EXPLORER_FOUNDATION, EXPLORER_FOUNDATION_YEARS, EXPLORER_NOTABLE, EXPLORER_NOTABLE_YEARS};

/// Which dataset (`set=`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Hash)]
pub enum Set {
    /// Epoch AI's notable models.
    #[default]
    Notable,
    /// Ecosystem Graphs' foundation models.
    Foundation,
}

impl Set {
    pub const ALL: [Set; 2] = [Set::Notable, Set::Foundation];
    /// The code URLs write.
    pub fn code(self) -> &'static str {
        match self {
            Set::Notable => "notable",
            Set::Foundation => "foundation",
        }
    }
}

/// A measure of a notable model (`y=`), in the units the explorer draws.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Hash)]
pub enum Measure {
    /// Training compute in petaFLOP (the source's FLOP ÷ 10¹⁵).
    #[default]
    Compute,
    /// Parameters.
    Parameters,
    /// `training_compute_cost_2023_usd`: 2023 US dollars.
    Cost,
    /// `training_compute_cost_cloud_usd`: US dollars at cloud prices.
    CostCloud,
}

impl Measure {
    pub const ALL: [Measure; 4] = [Measure::Compute, Measure::Parameters, Measure::Cost, Measure::CostCloud];
    /// The code URLs write.
    pub fn code(self) -> &'static str {
        match self {
            Measure::Compute => "compute",
            Measure::Parameters => "parameters",
            Measure::Cost => "cost",
            Measure::CostCloud => "cost_cloud",
        }
    }
    fn index(self) -> usize {
        match self {
            Measure::Parameters => 0,
            Measure::Compute => 1,
            Measure::Cost => 2,
            Measure::CostCloud => 3,
        }
    }
}

/// Access codes of notable models (`access=`), each with Epoch's `model_accessibility` value;
/// `unknown` is the empty value.
pub const NOTABLE_ACCESS: [(&str, &str); 7] = [
    ("open_unrestricted", "Open weights (unrestricted)"),
    ("open_noncommercial", "Open weights (non-commercial)"),
    ("open_restricted", "Open weights (restricted use)"),
    ("api", "API access"),
    ("hosted", "Hosted access (no API)"),
    ("unreleased", "Unreleased"),
    ("unknown", ""),
];

/// Access types of foundation models, as Ecosystem Graphs writes them.
pub const FOUNDATION_ACCESS: [&str; 3] = ["open", "limited", "closed"];

/// Sector codes of notable models (the data README's rule), in legend order.
pub const NOTABLE_SECTORS: [&str; 7] = ["industry", "academia", "industry_academia_collab", "government", "research_collective", "other_collab", "unknown"];

/// Sector codes of foundation models (`schema::foundation_sector`).
pub const FOUNDATION_SECTORS: [&str; 5] = ["industry", "academia", "industry_academia_collab", "government", "other"];

/// One model of either set. Text fields are as the source writes them; numbers are NaN where
/// the source has none.
#[derive(Debug, Clone, PartialEq)]
pub struct Entry {
    pub set: Set,
    /// The committed slug (`model=`), unique within its set.
    pub slug: &'static str,
    pub name: &'static str,
    pub organization: &'static str,
    /// `YYYY-MM-DD`, or empty (two foundation models have no date).
    pub date: &'static str,
    pub year: Option<u16>,
    /// Days since 1970-01-01 of `date` (the chart's x), NaN when undated.
    pub day: f64,
    /// Countries of its organizations: bit `i` stands for `COUNTRIES[i]`.
    pub countries: u64,
    /// Sector code ([`NOTABLE_SECTORS`] or [`FOUNDATION_SECTORS`]).
    pub sector: &'static str,
    /// Domain codes (`EPOCH_DOMAINS`), in source order; empty for foundation models.
    pub domains: Vec<&'static str>,
    /// Access code ([`NOTABLE_ACCESS`] or [`FOUNDATION_ACCESS`]).
    pub access: &'static str,
    /// Epoch's `frontier_model` is set.
    pub frontier: bool,
    /// Parameters, training compute (FLOP), cost (2023 USD), cloud cost (USD); NaN: none.
    pub numbers: [f64; 4],
    /// The source's columns as written (see the module's format), for the card and the CSV.
    pub source: Vec<&'static str>,
    /// Figures of the chapter that count this model (ids).
    pub figures: Vec<&'static str>,
}

impl Entry {
    /// The value drawn on the y axis for `m`: compute in petaFLOP; NaN where the source has none.
    pub fn measure(&self, m: Measure) -> f64 {
        let v = self.numbers[m.index()];
        if m == Measure::Compute { v / 1e15 } else { v }
    }

    /// The source's text of a measure (`1.52e+24`), empty where none.
    pub fn measure_text(&self, m: Measure) -> &'static str {
        match self.set {
            Set::Notable => self.source[6 + m.index()],
            Set::Foundation => "",
        }
    }

    /// Country codes of its organizations, in `COUNTRIES` order.
    pub fn country_codes(&self) -> impl Iterator<Item = &'static str> + '_ {
        COUNTRIES.iter().enumerate().filter(move |(i, _)| self.countries >> i & 1 == 1).map(|(_, c)| c.code)
    }

    /// Whether one of its countries is in the EU27 or the UK (the report's EU+UK).
    pub fn in_eu_uk(&self) -> bool {
        COUNTRIES.iter().enumerate().any(|(i, c)| self.countries >> i & 1 == 1 && (c.eu27 || c.code == "GBR"))
    }
}

/// Both sets, once loaded.
pub struct Models {
    pub notable: Vec<Entry>,
    pub foundation: Vec<Entry>,
}

impl Models {
    /// The rows of `set`, newest first for notable models (the source's order), the source's
    /// order for foundation models.
    pub fn of(&self, set: Set) -> &[Entry] {
        match set {
            Set::Notable => &self.notable,
            Set::Foundation => &self.foundation,
        }
    }
}

static MODELS: OnceLock<&'static Models> = OnceLock::new();

/// The models, once loaded (natively: always).
pub fn models() -> Option<&'static Models> {
    #[cfg(not(target_arch = "wasm32"))]
    {
        Some(MODELS.get_or_init(|| {
            let text = include_str!(concat!(env!("OUT_DIR"), "/models-explorer.tsv"));
            Box::leak(Box::new(parse(text).expect("build.rs writes a valid explorer file")))
        }))
    }
    #[cfg(target_arch = "wasm32")]
    {
        MODELS.get().copied()
    }
}

/// Keeps the models of a fetched file for the life of the page.
///
/// Errors: the text is not this build's explorer file, in words.
pub fn install(text: String) -> Result<(), String> {
    if MODELS.get().is_some() {
        return Ok(());
    }
    let models = parse(String::leak(text))?;
    let _ = MODELS.set(Box::leak(Box::new(models)));
    Ok(())
}

/// Days since 1970-01-01 of a `YYYY-MM-DD` date (proleptic Gregorian), `None` if malformed.
pub fn day_number(date: &str) -> Option<i64> {
    let b = date.as_bytes();
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return None;
    }
    let num = |r: std::ops::Range<usize>| date.get(r)?.parse::<i64>().ok();
    let (y, m, d) = (num(0..4)?, num(5..7)?, num(8..10)?);
    if !(1..=12).contains(&m) || !(1..=31).contains(&d) {
        return None;
    }
    // Howard Hinnant's days_from_civil.
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    Some(era * 146_097 + doe - 719_468)
}

fn number(s: &str) -> Result<f64, String> {
    if s.trim().is_empty() { Ok(f64::NAN) } else { crate::data::number::parse_f64(s.trim()).ok_or_else(|| format!("'{s}' is not a number")) }
}

fn countries_of(codes: &str) -> Result<u64, String> {
    let mut mask = 0u64;
    for code in codes.split('~').filter(|c| !c.is_empty()) {
        let i = COUNTRIES.iter().position(|c| c.code == code).ok_or_else(|| format!("country '{code}'"))?;
        mask |= 1 << i;
    }
    Ok(mask)
}

fn figures_of(s: &'static str) -> Vec<&'static str> {
    s.split(' ').filter(|f| !f.is_empty()).collect()
}

fn dated(date: &'static str) -> Result<(Option<u16>, f64), String> {
    if date.is_empty() {
        return Ok((None, f64::NAN));
    }
    let day = day_number(date).ok_or_else(|| format!("date '{date}'"))?;
    Ok((date[..4].parse().ok(), day as f64))
}

/// Parses an explorer file (see the module's format).
///
/// Errors: the first bad line, by number, or counts other than this build's.
pub fn parse(text: &'static str) -> Result<Models, String> {
    let mut lines = text.lines().enumerate();
    fn header(lines: &mut impl Iterator<Item = (usize, &'static str)>, want: &str, n: usize) -> Result<(), String> {
        match lines.next() {
            Some((_, l)) if l == format!("{want}\t{n}") => Ok(()),
            other => Err(format!("{EXPLORER_FILE}:{}: expected '{want}\t{n}'", other.map_or(0, |(i, _)| i + 1))),
        }
    }
    header(&mut lines, "notable", EXPLORER_NOTABLE)?;
    let mut notable = Vec::with_capacity(EXPLORER_NOTABLE);
    for _ in 0..EXPLORER_NOTABLE {
        let (i, line) = lines.next().ok_or_else(|| format!("{EXPLORER_FILE}: too few notable models"))?;
        let bad = |what: String| format!("{EXPLORER_FILE}:{}: {what}", i + 1);
        let f: Vec<&'static str> = line.split('\t').collect();
        if f.len() != 17 {
            return Err(bad(format!("{} fields, expected 17", f.len())));
        }
        let (year, day) = dated(f[3]).map_err(bad)?;
        let domains = f[4]
            .split(',')
            .map(str::trim)
            .filter(|d| !d.is_empty())
            .map(|d| EPOCH_DOMAINS.iter().find(|(n, _, _)| *n == d).map(|(_, code, _)| *code).ok_or_else(|| bad(format!("domain '{d}'"))))
            .collect::<Result<Vec<_>, _>>()?;
        let access = NOTABLE_ACCESS.iter().find(|(_, v)| *v == f[11]).map(|(c, _)| *c).ok_or_else(|| bad(format!("access '{}'", f[11])))?;
        let numbers = [number(f[7]).map_err(bad)?, number(f[8]).map_err(bad)?, number(f[9]).map_err(bad)?, number(f[10]).map_err(bad)?];
        notable.push(Entry {
            set: Set::Notable,
            slug: f[0],
            name: f[1],
            organization: f[2],
            date: f[3],
            year,
            day,
            countries: u64::from_str_radix(f[14], 16).map_err(|_| bad(format!("countries '{}'", f[14])))?,
            sector: NOTABLE_SECTORS.iter().find(|s| **s == f[15]).copied().ok_or_else(|| bad(format!("sector '{}'", f[15])))?,
            domains,
            access,
            frontier: matches!(f[12].trim(), "True" | "true"),
            numbers,
            source: f[1..14].to_vec(),
            figures: figures_of(f[16]),
        });
    }
    header(&mut lines, "foundation", EXPLORER_FOUNDATION)?;
    let mut foundation = Vec::with_capacity(EXPLORER_FOUNDATION);
    for _ in 0..EXPLORER_FOUNDATION {
        let (i, line) = lines.next().ok_or_else(|| format!("{EXPLORER_FILE}: too few foundation models"))?;
        let bad = |what: String| format!("{EXPLORER_FILE}:{}: {what}", i + 1);
        let f: Vec<&'static str> = line.split('\t').collect();
        if f.len() != 10 {
            return Err(bad(format!("{} fields, expected 10", f.len())));
        }
        let (year, day) = dated(f[3]).map_err(bad)?;
        foundation.push(Entry {
            set: Set::Foundation,
            slug: f[0],
            name: f[1],
            organization: f[2],
            date: f[3],
            year,
            day,
            countries: countries_of(f[7]).map_err(bad)?,
            sector: FOUNDATION_SECTORS.iter().find(|s| **s == f[8]).copied().ok_or_else(|| bad(format!("sector '{}'", f[8])))?,
            domains: Vec::new(),
            access: FOUNDATION_ACCESS.iter().find(|a| **a == f[4]).copied().ok_or_else(|| bad(format!("access '{}'", f[4])))?,
            frontier: false,
            numbers: [f64::NAN; 4],
            source: f[1..7].to_vec(),
            figures: figures_of(f[9]),
        });
    }
    if let Some((i, _)) = lines.next() {
        return Err(format!("{EXPLORER_FILE}:{}: more lines than expected", i + 1));
    }
    Ok(Models { notable, foundation })
}
