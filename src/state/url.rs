//! URL query codec: `?fig=1.2.5&lang=zh&regions=USA~CHN&time=2015..latest` ⇄ [`AppState`].
//!
//! Parsing never fails: each parameter is valid, invalid (reported as a [`Problem`], default
//! used) or missing. Unknown parameters are ignored; of repeated keys the first counts, so
//! dropping repeats changes nothing (a repeat with another value is reported, unused). Keys and codes are case-insensitive on input and canonical
//! on output; values are checked against what the open figure offers (`charts::controls`).
//! Written values are plain ASCII (`A–Z a–z 0–9 . _ ~`), so links survive messengers.

use super::{AppState, Bound, LayerChoice, Scale, Stack, Theme, TimeRange, View};
use crate::charts::controls::{controls, Controls};
use crate::data::dataset::{has_layer, has_reconciliation};
use crate::data::{figure, COUNTRIES, FIGURES, REGIONS};
use crate::i18n::Lang;

/// Renamed parameters: `(old, new)`. A link written with an old name still opens as it did.
pub const MIGRATIONS: &[(&str, &str)] = &[("figure", "fig"), ("language", "lang"), ("region", "regions"), ("years", "time")];

/// At most this many regions in the compare view.
pub const MAX_COMPARE: usize = 6;

/// Regions the compare view opens with when the link names none.
pub const DEFAULT_COMPARE: [&str; 3] = ["USA", "CHN", "EU_UK"];

/// A parameter whose value could not be used. `value` is what the URL said, for display as
/// text only (never as HTML), cut to 40 characters.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    pub param: &'static str,
    pub value: String,
}

/// The result of reading a query string.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Parsed {
    pub state: AppState,
    /// False when the URL names no valid language: the caller then asks the browser.
    pub lang_given: bool,
    pub problems: Vec<Problem>,
}

/// [`Problem::param`] of a repeated key whose value differs from the first: the value is
/// `key=value` (the one not used).
pub const REPEATED: &str = "repeated";

const KEYS: [&str; 12] = ["fig", "view", "lang", "layer", "regions", "time", "scale", "stack", "hide", "show", "theme", "embed"];

pub(crate) fn clip(value: &str) -> String {
    let mut s: String = value.chars().take(40).collect();
    if value.chars().count() > 40 {
        s.push('…');
    }
    s
}

/// Canonical code of a region known to the explorer (`usa` → `USA`).
fn region_code(code: &str) -> Option<&'static str> {
    let up = code.trim().to_ascii_uppercase();
    REGIONS.iter().map(|r| r.code).chain(COUNTRIES.iter().map(|c| c.code)).find(|c| *c == up)
}

fn parse_bound(s: &str) -> Option<Bound> {
    match s.trim().to_ascii_lowercase().as_str() {
        "earliest" => Some(Bound::Earliest),
        "latest" => Some(Bound::Latest),
        y if y.len() == 4 && y.bytes().all(|b| b.is_ascii_digit()) => y.parse().ok().map(Bound::Year),
        _ => None,
    }
}

pub(crate) fn parse_time(s: &str) -> Option<TimeRange> {
    match crate::text::split_once(s, "..") {
        Some((a, b)) => Some(TimeRange { from: parse_bound(a)?, to: parse_bound(b)? }),
        None => match parse_bound(s)? {
            Bound::Year(y) => Some(TimeRange { from: Bound::Year(y), to: Bound::Year(y) }),
            _ => None,
        },
    }
}

fn write_bound(b: Bound) -> String {
    match b {
        Bound::Earliest => "earliest".into(),
        Bound::Latest => "latest".into(),
        Bound::Year(y) => y.to_string(),
    }
}

pub(crate) fn write_time(t: &TimeRange) -> String {
    match (t.from, t.to) {
        (Bound::Year(a), Bound::Year(b)) if a == b => a.to_string(),
        (a, b) => format!("{}..{}", write_bound(a), write_bound(b)),
    }
}

/// Reads a query string (with or without the leading `?`).
pub fn parse(query: &str) -> Parsed {
    let query = query.strip_prefix('?').unwrap_or(query);
    let mut raw: [Option<String>; 12] = Default::default();
    let mut problems = Vec::new();
    for (key, value) in form_urlencoded::parse(query.as_bytes()) {
        let key = key.trim().to_ascii_lowercase();
        let key = MIGRATIONS.iter().find(|(old, _)| *old == key).map_or(key.as_str(), |(_, new)| new);
        if let Some(i) = KEYS.iter().position(|k| *k == key) {
            match &raw[i] {
                None => raw[i] = Some(value.into_owned()),
                // A repeat that says otherwise is not used, and said so (on a share page, a `fig`
                // or `lang` of its query comes after the path's: index.html's `aiIndexSearch`).
                Some(first) if !first.trim().eq_ignore_ascii_case(value.trim()) => problems.push(Problem { param: REPEATED, value: clip(&format!("{}={value}", KEYS[i])) }),
                Some(_) => {}
            }
        }
    }
    let [fig, view, lang, layer, regions, time, scale, stack, hide, show, theme, embed] = raw;
    let mut bad = |param: &'static str, value: &str| problems.push(Problem { param, value: clip(value) });
    let mut state = AppState::default();

    if let Some(raw) = fig {
        match FIGURES.iter().find(|f| f.id == raw.trim()) {
            Some(f) => state.fig = Some(f.id),
            None => bad("fig", &raw),
        }
    }
    if let Some(raw) = view {
        match raw.trim().to_ascii_lowercase().as_str() {
            "chart" => state.view = View::Chart,
            "table" => state.view = View::Table,
            "compare" => state.view = View::Compare,
            "models" => state.view = View::Models,
            // Only where the figure has a reconciliation; elsewhere the chart.
            "reconcile" if state.fig.and_then(figure).is_some_and(has_reconciliation) => state.view = View::Reconcile,
            _ => bad("view", &raw),
        }
    }
    let mut lang_given = false;
    if let Some(raw) = lang {
        match Lang::from_code(raw.trim()) {
            Some(l) => {
                state.lang = l;
                lang_given = true;
            }
            None => bad("lang", &raw),
        }
    }
    if let Some(raw) = theme {
        match raw.trim().to_ascii_lowercase().as_str() {
            "light" => state.theme = Some(Theme::Light),
            "dark" => state.theme = Some(Theme::Dark),
            _ => bad("theme", &raw),
        }
    }

    let offered: Option<Controls> = match state.view {
        View::Compare => None,
        _ => state.fig.and_then(figure).map(controls),
    };

    if let Some(raw) = layer {
        // Like `stack`: a value only a figure with a dataset layer (not the compare view) offers.
        let layered = offered.is_some() && state.fig.and_then(figure).is_some_and(has_layer);
        match (raw.trim().to_ascii_lowercase().as_str(), layered) {
            ("both", true) => {}
            ("report", true) => state.layer = LayerChoice::Report,
            ("dataset", true) => state.layer = LayerChoice::Dataset,
            _ => bad("layer", &raw),
        }
    }
    if let Some(raw) = regions {
        let mut chosen: Vec<&'static str> = Vec::new();
        let mut invalid = false;
        for code in raw.split('~').filter(|c| !c.trim().is_empty()) {
            let ok = region_code(code).filter(|c| match &offered {
                Some(o) => o.regions.contains(c),
                None => state.view == View::Compare,
            });
            match ok {
                Some(c) if !chosen.contains(&c) => chosen.push(c),
                Some(_) => {}
                None => invalid = true,
            }
        }
        if state.view == View::Compare && chosen.len() > MAX_COMPARE {
            chosen.truncate(MAX_COMPARE);
            invalid = true;
        }
        if invalid || chosen.is_empty() {
            bad("regions", &raw);
        }
        // All of a figure's regions is its default: not written.
        let all = offered.as_ref().is_some_and(|o| chosen.len() == o.regions.len() && o.regions.iter().all(|r| chosen.contains(r)));
        if !all {
            state.regions = chosen;
        }
    }
    if state.view == View::Compare && state.regions.is_empty() {
        state.regions = DEFAULT_COMPARE.to_vec();
    }

    if let Some(raw) = time {
        let span = offered.as_ref().and_then(|o| o.years);
        match (parse_time(&raw), span) {
            (Some(t), Some(span)) => {
                let (a, b) = t.resolve(span);
                if a > b || a < span.0 || b > span.1 {
                    bad("time", &raw);
                } else if (a, b) != span {
                    state.time = Some(t);
                }
            }
            _ => bad("time", &raw),
        }
    }
    if let Some(raw) = scale {
        let offered_scale = offered.as_ref().filter(|o| o.scale);
        match (raw.trim().to_ascii_lowercase().as_str(), offered_scale) {
            ("linear", Some(o)) => state.scale = o.log_default.then_some(Scale::Linear),
            ("log", Some(o)) => state.scale = (!o.log_default).then_some(Scale::Log),
            _ => bad("scale", &raw),
        }
    }
    if let Some(raw) = stack {
        match (raw.trim().to_ascii_lowercase().as_str(), offered.as_ref().is_some_and(|o| o.stack)) {
            ("absolute", true) => state.stack = None,
            ("relative", true) => state.stack = Some(Stack::Relative),
            _ => bad("stack", &raw),
        }
    }
    if let Some(raw) = hide {
        let entries = offered.as_ref().map(|o| o.legend.as_slice()).unwrap_or(&[]);
        let asked: Vec<&str> = raw.split('~').map(str::trim).filter(|k| !k.is_empty()).collect();
        if asked.iter().any(|k| !entries.iter().any(|e| e.key.eq_ignore_ascii_case(k))) || asked.is_empty() {
            bad("hide", &raw);
        }
        // Canonical order: the legend's.
        state.hide = entries.iter().filter(|e| asked.iter().any(|k| e.key.eq_ignore_ascii_case(k))).map(|e| e.key.clone()).collect();
    }
    if let Some(raw) = show {
        match (raw.trim().to_ascii_lowercase().as_str(), offered.as_ref().is_some_and(|o| o.long_list)) {
            ("all", true) => state.show_all = true,
            ("top", true) => {}
            _ => bad("show", &raw),
        }
    }
    if let Some(raw) = embed {
        match raw.trim().to_ascii_lowercase().as_str() {
            // Only a figure's views (chart, table, reconciliation) can be embedded.
            "1" | "true" if state.fig.is_some() && state.view != View::Compare => state.embed = true,
            "0" | "false" => {}
            _ => bad("embed", &raw),
        }
    }
    Parsed { state, lang_given, problems }
}

/// Writes the canonical query string (no leading `?`), parameters in a stable order: `fig`,
/// `view`, `lang` (always: a shared link opens in its language), `layer`, `regions`, `time`, `scale`,
/// `stack`, `hide`, `show`, `theme`, `embed`; each only where it differs from the default.
pub fn encode(state: &AppState) -> String {
    let mut parts: Vec<String> = Vec::new();
    if let Some(fig) = state.fig {
        parts.push(format!("fig={fig}"));
    }
    match state.view {
        View::Chart => {}
        View::Table => parts.push("view=table".into()),
        View::Compare => parts.push("view=compare".into()),
        View::Reconcile => parts.push("view=reconcile".into()),
        View::Models => parts.push("view=models".into()),
    }
    parts.push(format!("lang={}", state.lang.code()));
    match state.layer {
        LayerChoice::Both => {}
        LayerChoice::Report => parts.push("layer=report".into()),
        LayerChoice::Dataset => parts.push("layer=dataset".into()),
    }
    let default_compare = state.view == View::Compare && state.regions == DEFAULT_COMPARE;
    if !state.regions.is_empty() && !default_compare {
        parts.push(format!("regions={}", crate::text::join(&state.regions, "~")));
    }
    if let Some(t) = &state.time {
        parts.push(format!("time={}", write_time(t)));
    }
    match state.scale {
        Some(Scale::Linear) => parts.push("scale=linear".into()),
        Some(Scale::Log) => parts.push("scale=log".into()),
        None => {}
    }
    if state.stack == Some(Stack::Relative) {
        parts.push("stack=relative".into());
    }
    if !state.hide.is_empty() {
        parts.push(format!("hide={}", crate::text::join(&state.hide, "~")));
    }
    if state.show_all {
        parts.push("show=all".into());
    }
    match state.theme {
        Some(Theme::Light) => parts.push("theme=light".into()),
        Some(Theme::Dark) => parts.push("theme=dark".into()),
        None => {}
    }
    if state.embed {
        parts.push("embed=1".into());
    }
    crate::text::join(&parts, "&")
}

#[cfg(test)]
mod tests;
