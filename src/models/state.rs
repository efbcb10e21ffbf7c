//! The model explorer's choices and their URL form (`../shared/notes/url.md`):
//! `?view=models&lang=zh&set=notable&y=parameters&color=country&regions=USA~CHN&time=2015..latest`
//! `&scale=linear&sector=industry&domain=language~vision&access=api&frontier=1&q=gpt&model=gpt-4-mar-2023&tab=table`.
//!
//! As for figures ([`crate::state::parse`]): parsing never fails; each parameter is valid,
//! invalid (a [`Problem`], default used) or missing; keys and codes are case-insensitive, the
//! first of repeated keys counts, unknown keys are ignored; [`encode`] writes the canonical
//! order, each parameter only where it differs from its default, `lang` always.

use super::data::{Measure, Set, EXPLORER_FOUNDATION_YEARS, EXPLORER_NOTABLE_YEARS, FOUNDATION_ACCESS, FOUNDATION_SECTORS, NOTABLE_ACCESS, NOTABLE_SECTORS};
use crate::data::sources::EPOCH_DOMAINS;
use crate::data::COUNTRIES;
use crate::i18n::Lang;
use crate::state::{clip, parse_time, write_time, Bound, Problem, Scale, Theme, TimeRange, MIGRATIONS};

/// What the points are coloured by (`color=`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ColorBy {
    Sector,
    Country,
    Domain,
    Access,
}

impl ColorBy {
    /// The code URLs write.
    pub fn code(self) -> &'static str {
        match self {
            ColorBy::Sector => "sector",
            ColorBy::Country => "country",
            ColorBy::Domain => "domain",
            ColorBy::Access => "access",
        }
    }
    /// What `set` offers, default first.
    pub fn offered(set: Set) -> &'static [ColorBy] {
        match set {
            Set::Notable => &[ColorBy::Sector, ColorBy::Country, ColorBy::Domain, ColorBy::Access],
            Set::Foundation => &[ColorBy::Access, ColorBy::Country, ColorBy::Sector],
        }
    }
}

/// Chart or table (`tab=`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Hash)]
pub enum Tab {
    #[default]
    Chart,
    Table,
}

/// The code of the EU27 + UK group in `regions=` (a model counts if any of its countries is in it).
pub const EU_UK: &str = "EU_UK";

/// Longest search text kept (`q=`), in characters.
pub const MAX_QUERY: usize = 64;

/// The reader's choices in the model explorer. Empty lists are "all"; `None` is the default.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ModelsState {
    pub lang: Lang,
    pub set: Set,
    /// Notable models only.
    pub y: Measure,
    /// `None`: the set's default (sector / access).
    pub color: Option<ColorBy>,
    /// Country codes of `COUNTRIES` and [`EU_UK`], in the reader's order.
    pub regions: Vec<&'static str>,
    /// `None`: the set's default window ([`default_years`]).
    pub time: Option<TimeRange>,
    /// Notable models only; `None`: log.
    pub scale: Option<Scale>,
    pub sector: Vec<&'static str>,
    /// Notable models only.
    pub domain: Vec<&'static str>,
    pub access: Vec<&'static str>,
    /// Notable models only: Epoch's frontier models alone.
    pub frontier: bool,
    /// Search text (at most [`MAX_QUERY`] characters), as typed.
    pub q: String,
    /// Slug of the model whose card is open.
    pub model: Option<String>,
    pub tab: Tab,
    pub theme: Option<Theme>,
    pub embed: bool,
}

impl ModelsState {
    /// The colour rule in effect.
    pub fn color_by(&self) -> ColorBy {
        self.color.unwrap_or(ColorBy::offered(self.set)[0])
    }
    /// The value axis is logarithmic (notable models; the default).
    pub fn log(&self) -> bool {
        self.set == Set::Notable && self.scale != Some(Scale::Linear)
    }
    /// The years shown, resolved against the set's data.
    pub fn years(&self) -> (u16, u16) {
        match self.time {
            Some(t) => t.resolve(data_years(self.set)),
            None => default_years(self.set),
        }
    }
    /// Whether any filter (not the search) narrows the models.
    pub fn filtered(&self) -> bool {
        self.time.is_some() || !self.regions.is_empty() || !self.sector.is_empty() || !self.domain.is_empty() || !self.access.is_empty() || self.frontier
    }
}

/// The window a set opens with: the report's (2003–2023 for notable models, 2019–2023 for
/// foundation models).
pub fn default_years(set: Set) -> (u16, u16) {
    match set {
        Set::Notable => (2003, 2023),
        Set::Foundation => (2019, 2023),
    }
}

/// First and last year in the set's data (`earliest`, `latest`).
pub fn data_years(set: Set) -> (u16, u16) {
    match set {
        Set::Notable => EXPLORER_NOTABLE_YEARS,
        Set::Foundation => EXPLORER_FOUNDATION_YEARS,
    }
}

/// The last year the report covers: later models are marked.
pub const REPORT_LAST_YEAR: u16 = 2023;

/// Sector codes of a set.
pub fn sectors(set: Set) -> &'static [&'static str] {
    match set {
        Set::Notable => &NOTABLE_SECTORS,
        Set::Foundation => &FOUNDATION_SECTORS,
    }
}

/// Access codes of a set.
pub fn access_codes(set: Set) -> Vec<&'static str> {
    match set {
        Set::Notable => NOTABLE_ACCESS.iter().map(|(c, _)| *c).collect(),
        Set::Foundation => FOUNDATION_ACCESS.to_vec(),
    }
}

/// The result of reading a query string.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ModelsParsed {
    pub state: ModelsState,
    /// False when the URL names no valid language: the caller then asks the browser.
    pub lang_given: bool,
    pub problems: Vec<Problem>,
}

const KEYS: [&str; 22] = [
    "fig", "view", "lang", "layer", "set", "y", "color", "regions", "time", "scale", "stack", "sector", "domain", "access", "frontier", "hide", "show", "q", "model", "tab", "theme", "embed",
];

/// `~`-joined codes, each one of `allowed` (case-insensitive), in `allowed`'s order; `Err` if
/// any is not (the valid ones are kept) or none is given.
fn codes(raw: &str, allowed: &[&'static str]) -> (Vec<&'static str>, bool) {
    let mut bad = false;
    let mut asked: Vec<&'static str> = Vec::new();
    for c in raw.split('~').map(str::trim).filter(|c| !c.is_empty()) {
        match allowed.iter().find(|a| a.eq_ignore_ascii_case(c)) {
            Some(a) if !asked.contains(a) => asked.push(a),
            Some(_) => {}
            None => bad = true,
        }
    }
    let out: Vec<&'static str> = allowed.iter().copied().filter(|a| asked.contains(a)).collect();
    (out, bad || asked.is_empty())
}

fn region(code: &str) -> Option<&'static str> {
    let up = code.trim().to_ascii_uppercase();
    if up == EU_UK {
        return Some(EU_UK);
    }
    COUNTRIES.iter().map(|c| c.code).find(|c| *c == up)
}

/// Reads a query string (with or without the leading `?`) of the model explorer.
pub fn parse(query: &str) -> ModelsParsed {
    let query = query.strip_prefix('?').unwrap_or(query);
    let mut raw: [Option<String>; 22] = Default::default();
    for (key, value) in form_urlencoded::parse(query.as_bytes()) {
        let key = key.trim().to_ascii_lowercase();
        let key = MIGRATIONS.iter().find(|(old, _)| *old == key).map_or(key.as_str(), |(_, new)| new);
        if let Some(i) = KEYS.iter().position(|k| *k == key) {
            if raw[i].is_none() {
                raw[i] = Some(value.into_owned());
            }
        }
    }
    let [fig, _view, lang, layer, set, y, color, regions, time, scale, stack, sector, domain, access, frontier, hide, show, q, model, tab, theme, embed] = raw;
    let mut problems = Vec::new();
    let mut bad = |param: &'static str, value: &str| problems.push(Problem { param, value: clip(value) });
    let mut s = ModelsState::default();
    // A figure's parameters mean nothing here.
    for (param, value) in [("fig", &fig), ("layer", &layer), ("stack", &stack), ("hide", &hide), ("show", &show)] {
        if let Some(v) = value {
            bad(param, v);
        }
    }
    let mut lang_given = false;
    if let Some(raw) = lang {
        match Lang::from_code(raw.trim()) {
            Some(l) => {
                s.lang = l;
                lang_given = true;
            }
            None => bad("lang", &raw),
        }
    }
    if let Some(raw) = set {
        match Set::ALL.iter().find(|x| x.code().eq_ignore_ascii_case(raw.trim())) {
            Some(x) => s.set = *x,
            None => bad("set", &raw),
        }
    }
    let notable = s.set == Set::Notable;
    if let Some(raw) = y {
        match Measure::ALL.iter().find(|m| m.code().eq_ignore_ascii_case(raw.trim())) {
            Some(m) if notable => s.y = *m,
            _ => bad("y", &raw),
        }
    }
    if let Some(raw) = color {
        let offered = ColorBy::offered(s.set);
        match offered.iter().find(|c| c.code().eq_ignore_ascii_case(raw.trim())) {
            Some(c) if *c != offered[0] => s.color = Some(*c),
            Some(_) => {}
            None => bad("color", &raw),
        }
    }
    if let Some(raw) = regions {
        let mut invalid = false;
        for code in raw.split('~').filter(|c| !c.trim().is_empty()) {
            match region(code) {
                Some(c) if !s.regions.contains(&c) => s.regions.push(c),
                Some(_) => {}
                None => invalid = true,
            }
        }
        if invalid || s.regions.is_empty() {
            bad("regions", &raw);
        }
    }
    if let Some(raw) = time {
        let span = data_years(s.set);
        match parse_time(&raw) {
            Some(t) => {
                let (a, b) = t.resolve(span);
                if a > b || a < span.0 || b > span.1 {
                    bad("time", &raw);
                } else if (a, b) != default_years(s.set) {
                    s.time = Some(t);
                }
            }
            None => bad("time", &raw),
        }
    }
    if let Some(raw) = scale {
        match raw.trim().to_ascii_lowercase().as_str() {
            "log" if notable => {}
            "linear" if notable => s.scale = Some(Scale::Linear),
            _ => bad("scale", &raw),
        }
    }
    if let Some(raw) = sector {
        let (v, invalid) = codes(&raw, sectors(s.set));
        if invalid {
            bad("sector", &raw);
        }
        s.sector = v;
    }
    if let Some(raw) = domain {
        let all: Vec<&'static str> = EPOCH_DOMAINS.iter().map(|(_, c, _)| *c).collect();
        let (v, invalid) = codes(&raw, &all);
        if invalid || !notable {
            bad("domain", &raw);
        }
        if notable {
            s.domain = v;
        }
    }
    if let Some(raw) = access {
        let (v, invalid) = codes(&raw, &access_codes(s.set));
        if invalid {
            bad("access", &raw);
        }
        s.access = v;
    }
    if let Some(raw) = frontier {
        match raw.trim().to_ascii_lowercase().as_str() {
            "1" | "true" if notable => s.frontier = true,
            "0" | "false" if notable => {}
            _ => bad("frontier", &raw),
        }
    }
    if let Some(raw) = q {
        let text = raw.trim();
        if text.chars().count() > MAX_QUERY {
            bad("q", &raw);
        }
        s.q = text.chars().take(MAX_QUERY).collect();
    }
    if let Some(raw) = model {
        let slug = raw.trim().to_ascii_lowercase();
        let ok = !slug.is_empty() && slug.len() <= 120 && slug.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-');
        if ok {
            s.model = Some(slug);
        } else {
            bad("model", &raw);
        }
    }
    if let Some(raw) = tab {
        match raw.trim().to_ascii_lowercase().as_str() {
            "chart" => {}
            "table" => s.tab = Tab::Table,
            _ => bad("tab", &raw),
        }
    }
    if let Some(raw) = theme {
        match raw.trim().to_ascii_lowercase().as_str() {
            "light" => s.theme = Some(Theme::Light),
            "dark" => s.theme = Some(Theme::Dark),
            _ => bad("theme", &raw),
        }
    }
    if let Some(raw) = embed {
        match raw.trim().to_ascii_lowercase().as_str() {
            "1" | "true" => s.embed = true,
            "0" | "false" => {}
            _ => bad("embed", &raw),
        }
    }
    ModelsParsed { state: s, lang_given, problems }
}

/// Writes the canonical query string (no leading `?`).
pub fn encode(s: &ModelsState) -> String {
    let mut parts: Vec<String> = vec!["view=models".into(), format!("lang={}", s.lang.code())];
    if s.set != Set::Notable {
        parts.push(format!("set={}", s.set.code()));
    }
    let notable = s.set == Set::Notable;
    if notable && s.y != Measure::Compute {
        parts.push(format!("y={}", s.y.code()));
    }
    if let Some(c) = s.color.filter(|c| *c != ColorBy::offered(s.set)[0] && ColorBy::offered(s.set).contains(c)) {
        parts.push(format!("color={}", c.code()));
    }
    if !s.regions.is_empty() {
        parts.push(format!("regions={}", crate::text::join(&s.regions, "~")));
    }
    if let Some(t) = &s.time {
        parts.push(format!("time={}", write_time(t)));
    }
    if notable && s.scale == Some(Scale::Linear) {
        parts.push("scale=linear".into());
    }
    for (param, list) in [("sector", &s.sector), ("domain", &s.domain), ("access", &s.access)] {
        if !list.is_empty() && (notable || param != "domain") {
            parts.push(format!("{param}={}", crate::text::join(list, "~")));
        }
    }
    if notable && s.frontier {
        parts.push("frontier=1".into());
    }
    if !s.q.is_empty() {
        let q: String = form_urlencoded::byte_serialize(s.q.as_bytes()).collect();
        parts.push(format!("q={q}"));
    }
    if let Some(m) = &s.model {
        parts.push(format!("model={m}"));
    }
    if s.tab == Tab::Table {
        parts.push("tab=table".into());
    }
    match s.theme {
        Some(Theme::Light) => parts.push("theme=light".into()),
        Some(Theme::Dark) => parts.push("theme=dark".into()),
        None => {}
    }
    if s.embed {
        parts.push("embed=1".into());
    }
    crate::text::join(&parts, "&")
}

/// A time range from chosen years: `None` for the set's default window, `latest` for the data's
/// last year, `earliest` for its first.
pub fn time_of(set: Set, from: u16, to: u16) -> Option<TimeRange> {
    if (from, to) == default_years(set) {
        return None;
    }
    let span = data_years(set);
    let bound = |y: u16| if y == span.1 { Bound::Latest } else if y == span.0 { Bound::Earliest } else { Bound::Year(y) };
    Some(TimeRange { from: bound(from), to: bound(to) })
}
