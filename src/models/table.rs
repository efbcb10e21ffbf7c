//! The one table of what the model explorer shows, for a state and language: the filtered
//! models in date order with their colour category, y value and search match, the counts by
//! colour category, the legend, and the notes (models without a value, undated models). The
//! chart option, the table view, the counts panel and the CSV all read it.

use super::data::{Entry, Measure, Models, Set};
use super::palette::{categories, Palette, UNKNOWN};
use super::search;
use super::state::{ModelsState, EU_UK, REPORT_LAST_YEAR};

/// One filtered model.
#[derive(Debug, Clone)]
pub struct Row {
    pub entry: &'static Entry,
    /// The category it is drawn in (see `palette`).
    pub category: &'static str,
    /// Its value on the y axis (notable: the measure; NaN where none or, on a log axis, not
    /// positive). Foundation models: NaN (they are placed by lane).
    pub y: f64,
    /// It matches the search (always true without one).
    pub matched: bool,
    /// Published after the report's last year (2023).
    pub later: bool,
}

/// Rows are equal when they draw the same model the same way: the model is compared by
/// address (each is one row of the one loaded file), not field by field; the page compares
/// every new table with the last one to know whether anything changed.
impl PartialEq for Row {
    fn eq(&self, other: &Row) -> bool {
        std::ptr::eq(self.entry, other.entry)
            && self.category == other.category
            && self.y.to_bits() == other.y.to_bits()
            && self.matched == other.matched
            && self.later == other.later
    }
}

/// What is shown.
#[derive(Debug, Clone, PartialEq)]
pub struct ModelsTable {
    pub set: Set,
    /// Notable models: the measure on y.
    pub y: Option<Measure>,
    pub log: bool,
    pub years: (u16, u16),
    /// The filtered models, oldest first (ties in the source's order).
    pub rows: Vec<Row>,
    /// Rows drawn: those with a date and (notable) a value on y.
    pub points: usize,
    /// Filtered notable models without a (positive, on a log axis) value on y.
    pub no_value: usize,
    /// Models of the set without a date (foundation: left out of every window).
    pub undated: usize,
    /// Filtered models per category of the colour rule (a model counts for each of its
    /// categories), most first, "unknown" last.
    pub counts: Vec<(&'static str, usize)>,
    /// Legend: drawn categories with their colours (foundation: also the lanes, top to bottom).
    pub legend: Vec<(&'static str, &'static str)>,
    /// Rows (indices into `rows`) matching the search, in date order; empty without a search.
    pub matches: Vec<usize>,
    pub searching: bool,
}

impl ModelsTable {
    /// The row of the model with this slug, if it is among the filtered models.
    pub fn position(&self, slug: &str) -> Option<usize> {
        self.rows.iter().position(|r| r.entry.slug == slug)
    }
}

/// Whether `e` passes the state's filters (years, regions, sector, domain, access, frontier).
pub fn passes(e: &Entry, s: &ModelsState, years: (u16, u16)) -> bool {
    let Some(y) = e.year else { return false };
    if y < years.0 || y > years.1 {
        return false;
    }
    if !s.regions.is_empty() && !s.regions.iter().any(|r| if *r == EU_UK { e.in_eu_uk() } else { e.country_codes().any(|c| c == *r) }) {
        return false;
    }
    if !s.sector.is_empty() && !s.sector.contains(&e.sector) {
        return false;
    }
    if !s.domain.is_empty() && !e.domains.iter().any(|d| s.domain.contains(d)) {
        return false;
    }
    if !s.access.is_empty() && !s.access.contains(&e.access) {
        return false;
    }
    !(s.frontier && !e.frontier)
}

/// Builds the table of `state` over `models`.
pub fn build(models: &'static Models, s: &ModelsState) -> ModelsTable {
    let set = s.set;
    let palette = Palette::new(models, set, s.color_by());
    let years = s.years();
    let log = s.log();
    let needle = search::needle(&s.q);
    let y = (set == Set::Notable).then_some(s.y);
    let mut rows: Vec<Row> = models
        .of(set)
        .iter()
        .filter(|e| passes(e, s, years))
        .map(|e| {
            let v = y.map_or(f64::NAN, |m| e.measure(m));
            let v = if v.is_finite() && (!log || v > 0.0) { v } else { f64::NAN };
            Row {
                entry: e,
                category: palette.drawn(e),
                y: v,
                matched: needle.as_deref().is_none_or(|n| search::matches(e, n)),
                later: e.year.is_some_and(|y| y > REPORT_LAST_YEAR),
            }
        })
        .collect();
    // Oldest first; the sort is stable, so same-day models keep the source's order.
    crate::sort::sort_by(&mut rows, |a, b| a.entry.day.total_cmp(&b.entry.day));
    let points = rows.iter().filter(|r| set == Set::Foundation || r.y.is_finite()).count();
    let no_value = if set == Set::Notable { rows.len() - points } else { 0 };
    let mut counts: Vec<(&'static str, usize)> = Vec::new();
    for r in &rows {
        let cats = categories(r.entry, palette.by);
        let cats = if cats.is_empty() { vec![UNKNOWN] } else { cats };
        for c in cats {
            match counts.iter_mut().find(|(k, _)| *k == c) {
                Some((_, n)) => *n += 1,
                None => counts.push((c, 1)),
            }
        }
    }
    counts.sort_by(|a, b| (a.0 == UNKNOWN).cmp(&(b.0 == UNKNOWN)).then(b.1.cmp(&a.1)).then(a.0.cmp(b.0)));
    let legend = palette.legend().into_iter().map(|c| (c, palette.color(c))).collect();
    let matches = match &needle {
        Some(_) => rows.iter().enumerate().filter(|(_, r)| r.matched).map(|(i, _)| i).collect(),
        None => Vec::new(),
    };
    let undated = models.of(set).iter().filter(|e| e.year.is_none()).count();
    ModelsTable { set, y, log, years, rows, points, no_value, undated, counts, legend, matches, searching: needle.is_some() }
}
