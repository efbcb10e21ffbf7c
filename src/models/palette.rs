//! Colours of the model explorer: per set and colour rule, categories are ranked once over the
//! whole dataset (every model of the set, every year), by how many models have them (ties by
//! code); the top eight get fixed colours, every other category is "other", a missing value is
//! "unknown". So a category has the same colour in every view, filter and language.
//!
//! A model with several countries or domains is drawn once, in the colour of the one of them
//! ranked highest over the dataset (the most common); the counts beside the chart count it for
//! each of them.

use std::collections::HashMap;
use std::sync::Mutex;

use super::data::{Entry, Models, Set};
use super::state::ColorBy;

/// Category of the models whose category is outside the top eight.
pub const OTHER: &str = "other";
/// Category of the models the source gives no value for.
pub const UNKNOWN: &str = "unknown";
/// Fixed colours of the top eight categories (the figures' palette), then "other", "unknown".
pub const COLORS: [&str; 8] = ["#3b6fb6", "#d1495b", "#2a9d8f", "#e9a03b", "#7b5ea7", "#5c8a3a", "#c2577a", "#4c9ed9"];
pub const OTHER_COLOR: &str = "#8a8a8a";
pub const UNKNOWN_COLOR: &str = "#c9c9c9";

/// The categories a model has under a colour rule (codes); empty when the source has none.
pub fn categories(e: &Entry, c: ColorBy) -> Vec<&'static str> {
    match c {
        ColorBy::Sector => {
            if e.sector == "unknown" { vec![] } else { vec![e.sector] }
        }
        ColorBy::Country => e.country_codes().collect(),
        ColorBy::Domain => e.domains.clone(),
        ColorBy::Access => {
            if e.access == "unknown" { vec![] } else { vec![e.access] }
        }
    }
}

/// Categories of a set and colour rule, most common first (ties by code), with their number of
/// models over the whole set.
pub fn ranking(models: &Models, set: Set, c: ColorBy) -> Vec<(&'static str, usize)> {
    static CACHE: Mutex<Option<HashMap<(Set, ColorBy), Vec<(&'static str, usize)>>>> = Mutex::new(None);
    let key = (set, c);
    if let Ok(cache) = CACHE.lock() {
        if let Some(r) = cache.as_ref().and_then(|m| m.get(&key)) {
            return r.clone();
        }
    }
    let mut counts: Vec<(&'static str, usize)> = Vec::new();
    for e in models.of(set) {
        for cat in categories(e, c) {
            match counts.iter_mut().find(|(k, _)| *k == cat) {
                Some((_, n)) => *n += 1,
                None => counts.push((cat, 1)),
            }
        }
    }
    counts.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
    if let Ok(mut cache) = CACHE.lock() {
        cache.get_or_insert_with(HashMap::new).insert(key, counts.clone());
    }
    counts
}

/// The palette of a set and colour rule: legend categories in order (top eight, then "other"
/// and "unknown" where the set has any) with their colours.
#[derive(Clone, PartialEq)]
pub struct Palette {
    pub by: ColorBy,
    /// Ranked categories over the whole set.
    pub ranked: Vec<(&'static str, usize)>,
    /// Some model of the set has no value for the rule.
    pub has_unknown: bool,
}

impl Palette {
    pub fn new(models: &Models, set: Set, by: ColorBy) -> Palette {
        let has_unknown = models.of(set).iter().any(|e| categories(e, by).is_empty());
        Palette { by, ranked: ranking(models, set, by), has_unknown }
    }

    /// The category a model is drawn in: its highest-ranked category if in the top eight,
    /// else "other"; "unknown" without one.
    pub fn drawn(&self, e: &Entry) -> &'static str {
        let cats = categories(e, self.by);
        if cats.is_empty() {
            return UNKNOWN;
        }
        let best = cats.iter().filter_map(|c| self.ranked.iter().position(|(k, _)| k == c)).min();
        match best {
            Some(i) if i < COLORS.len() => self.ranked[i].0,
            _ => OTHER,
        }
    }

    /// A drawn category's colour.
    pub fn color(&self, category: &str) -> &'static str {
        match self.ranked.iter().position(|(k, _)| *k == category) {
            Some(i) if i < COLORS.len() => COLORS[i],
            _ if category == UNKNOWN => UNKNOWN_COLOR,
            _ => OTHER_COLOR,
        }
    }

    /// The legend's categories, in order: the top eight, "other" if more exist, "unknown" if
    /// the set has models without a value.
    pub fn legend(&self) -> Vec<&'static str> {
        let mut out: Vec<&'static str> = self.ranked.iter().take(COLORS.len()).map(|(k, _)| *k).collect();
        if self.ranked.len() > COLORS.len() {
            out.push(OTHER);
        }
        if self.has_unknown {
            out.push(UNKNOWN);
        }
        out
    }
}
