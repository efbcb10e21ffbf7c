//! URL query codec. `?fig=1.2.5&lang=zh` ⇄ [`AppState`].
//!
//! Parsing never fails: each parameter is valid, invalid (reported as a [`Problem`], default
//! used) or missing. Unknown parameters are ignored; for a repeated key the first one counts.
//! Codes are case-insensitive on input and canonical on output; values stay ASCII.

use super::AppState;
use crate::data::FIGURES;
use crate::i18n::Lang;

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

fn clip(value: &str) -> String {
    let mut s: String = value.chars().take(40).collect();
    if value.chars().count() > 40 {
        s.push('…');
    }
    s
}

/// Reads a query string (with or without the leading `?`).
pub fn parse(query: &str) -> Parsed {
    let query = query.strip_prefix('?').unwrap_or(query);
    let mut fig: Option<String> = None;
    let mut lang: Option<String> = None;
    for (key, value) in form_urlencoded::parse(query.as_bytes()) {
        let slot = match key.as_ref() {
            "fig" => &mut fig,
            "lang" => &mut lang,
            _ => continue,
        };
        if slot.is_none() {
            *slot = Some(value.into_owned());
        }
    }
    let mut problems = Vec::new();
    let mut state = AppState::default();
    if let Some(raw) = fig {
        let wanted = raw.trim();
        match FIGURES.iter().find(|f| f.id == wanted) {
            Some(f) => state.fig = Some(f.id),
            None => problems.push(Problem { param: "fig", value: clip(&raw) }),
        }
    }
    let mut lang_given = false;
    if let Some(raw) = lang {
        match Lang::from_code(raw.trim()) {
            Some(l) => {
                state.lang = l;
                lang_given = true;
            }
            None => problems.push(Problem { param: "lang", value: clip(&raw) }),
        }
    }
    Parsed { state, lang_given, problems }
}

/// Writes the canonical query string (no leading `?`): `fig` when a figure is open, then
/// `lang`, which is always written so a shared link opens in the language it was shared in.
pub fn encode(state: &AppState) -> String {
    let mut out = form_urlencoded::Serializer::new(String::new());
    if let Some(fig) = state.fig {
        out.append_pair("fig", fig);
    }
    out.append_pair("lang", state.lang.code());
    out.finish()
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn reads_figure_and_language() {
        let p = parse("?fig=1.2.5&lang=zh");
        assert_eq!(p.state, AppState { fig: Some("1.2.5"), lang: Lang::Zh });
        assert!(p.lang_given && p.problems.is_empty());
    }

    #[test]
    fn missing_parameters_are_defaults_without_problems() {
        let p = parse("");
        assert_eq!(p.state, AppState::default());
        assert!(!p.lang_given && p.problems.is_empty());
    }

    #[test]
    fn invalid_values_are_reported_and_defaulted() {
        let p = parse("fig=9.9.9&lang=fr&utm_source=x");
        assert_eq!(p.state, AppState::default());
        assert_eq!(p.problems, vec![Problem { param: "fig", value: "9.9.9".into() }, Problem { param: "lang", value: "fr".into() }]);
    }

    #[test]
    fn codes_are_case_insensitive_and_first_repeat_wins() {
        let p = parse("lang=ZH&lang=en&fig=%201.1.1%20");
        assert_eq!(p.state, AppState { fig: Some("1.1.1"), lang: Lang::Zh });
        assert_eq!(encode(&p.state), "fig=1.1.1&lang=zh");
    }

    #[test]
    fn html_in_a_parameter_is_kept_as_clipped_text() {
        let p = parse("fig=%3Cscript%3Ealert(1)%3C/script%3E");
        assert_eq!(p.problems[0].value, "<script>alert(1)</script>");
        let long = "x".repeat(500);
        assert_eq!(parse(&format!("fig={long}")).problems[0].value.chars().count(), 41);
    }

    fn any_state() -> impl Strategy<Value = AppState> {
        (proptest::option::of(0..FIGURES.len()), any::<bool>())
            .prop_map(|(f, zh)| AppState { fig: f.map(|i| FIGURES[i].id), lang: if zh { Lang::Zh } else { Lang::En } })
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(10_000))]

        #[test]
        fn parsing_any_text_never_panics(s in any::<String>()) {
            let _ = parse(&s);
        }

        #[test]
        fn valid_states_round_trip(state in any_state()) {
            let p = parse(&encode(&state));
            prop_assert_eq!(p.state, state);
            prop_assert!(p.problems.is_empty());
        }
    }
}
