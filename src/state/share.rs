//! Reading share pages' addresses (`../shared/notes/url.md`, last section):
//! `…/s/<figure>/<lang>/`, static files written by `make dist`, one per figure and language.
//! On a share page the path sets figure and language and the query the rest.
//!
//! Writing addresses (a figure view of the page's figure and language stays on the share path,
//! every other place goes to the root form; links to pass on take the share form) is
//! index.html's `aiIndexAddress`, which the app calls (`components::location::address`): the
//! same rules cost the wasm about 1 KB more in Rust.


/// A share page's path, split: the root path (ending in `/`), the figure and the language code.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SharePath<'a> {
    pub root: &'a str,
    pub fig: &'a str,
    pub lang: &'a str,
}

/// Reads `…/s/<figure>/<lang>/` (also with `index.html` after it). `None` for any other path.
pub fn share_path(path: &str) -> Option<SharePath<'_>> {
    let p = path.strip_suffix("index.html").unwrap_or(path).strip_suffix('/')?;
    let (p, lang) = p.rsplit_once('/')?;
    let (p, fig) = p.rsplit_once('/')?;
    let root = p.strip_suffix("s")?;
    let fig_like = !fig.is_empty() && fig.bytes().all(|b| b.is_ascii_digit() || b == b'.');
    (root.ends_with('/') && fig_like && matches!(lang, "en" | "zh")).then_some(SharePath { root, fig, lang })
}

/// The query the app reads on a share page: figure and language from the path, then `search`
/// as written. A `fig` or `lang` in `search` (or an old name of theirs) comes after the path's,
/// so it is not used, and `url::parse` reports it (a repeat that says otherwise).
pub fn share_query(at: SharePath, search: &str) -> String {
    format!("?fig={}&lang={}&{}", at.fig, at.lang, search.strip_prefix('?').unwrap_or(search))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::FIGURES;
    use crate::state::{parse, Problem, MIGRATIONS};
    use proptest::prelude::*;

    #[test]
    fn reads_share_paths() {
        assert_eq!(share_path("/s/1.2.5/zh/"), Some(SharePath { root: "/", fig: "1.2.5", lang: "zh" }));
        assert_eq!(share_path("/reports/ai-index/s/1.1.1/en/index.html"), Some(SharePath { root: "/reports/ai-index/", fig: "1.1.1", lang: "en" }));
        for not in ["/", "/index.html", "/s/1.2.5/zh", "/s/1.2.5/fr/", "/x/1.2.5/en/", "/as/1.2.5/en/", "/s//en/", "/s/1.2.5/en/x/", "s/1.2.5/en/"] {
            assert_eq!(share_path(not), None, "{not}");
        }
    }

    #[test]
    fn the_path_sets_figure_and_language() {
        let at = share_path("/r/s/1.2.5/zh/").unwrap();
        let p = parse(&share_query(at, "?Figure=1.3.1&regions=USA~CHN&LANG=en&time=2015..latest"));
        assert_eq!((p.state.fig, p.state.lang.code(), p.state.regions.len()), (Some("1.2.5"), "zh", 2));
        assert_eq!(p.problems, vec![Problem { param: "fig", value: "1.3.1".into() }, Problem { param: "lang", value: "en".into() }]);
        let p = parse(&share_query(at, ""));
        assert_eq!((p.state.fig, p.state.lang.code(), p.problems.len()), (Some("1.2.5"), "zh", 0));
        // The same figure or language again is no problem; every old name of theirs is read.
        assert!(parse(&share_query(at, "?fig=1.2.5&lang=ZH")).problems.is_empty());
        for (old, new) in MIGRATIONS.iter().filter(|(_, new)| matches!(*new, "fig" | "lang")) {
            assert_eq!(parse(&share_query(at, &format!("?{old}=x"))).problems, vec![Problem { param: new, value: "x".into() }]);
        }
    }

    proptest! {
        /// Any query on a share page reads as the path's figure and language with the query's
        /// other parameters: the same state as the root form with those.
        #[test]
        fn share_pages_read_as_their_root_form(fig in 0..FIGURES.len(), zh: bool, table: bool, dark: bool, other in 0..FIGURES.len()) {
            let (fig, other) = (FIGURES[fig].id, FIGURES[other].id);
            let lang = if zh { "zh" } else { "en" };
            let rest = format!("{}{}", if table { "view=table&" } else { "" }, if dark { "theme=dark" } else { "stack=relative" });
            let path = format!("/a/b/s/{fig}/{lang}/");
            let at = share_path(&path).unwrap();
            let read = parse(&share_query(at, &format!("?fig={other}&{rest}")));
            let root = parse(&format!("?fig={fig}&lang={lang}&{rest}"));
            let mut problems = if other == fig { vec![] } else { vec![Problem { param: "fig", value: other.to_string() }] };
            problems.extend(root.problems);
            prop_assert_eq!(read.problems, problems);
            prop_assert_eq!(read.state, root.state);
        }
    }
}
