//! Which wasm entry point a page's query needs: the model explorer (`?view=models`,
//! `src/models_main.rs`) has its own wasm, every other page runs the figures' (`src/main.rs`).
//! index.html's loader (`<script id="entry-loader">`) applies the same rule before anything
//! is downloaded; an app whose query moves to the other entry loads the page anew.

/// A wasm entry point of the site.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Entry {
    /// The figures, overview and compare pages (`src/main.rs`).
    Figures,
    /// The model explorer (`src/models_main.rs`).
    Models,
}

impl Entry {
    /// The entry `query` (with or without the leading `?`) needs: [`Entry::Models`] when its first
    /// `view` (key trimmed, any case) is `models` (trimmed, any case). The model explorer's rule;
    /// the figures' app asks its own parser (`state::parse(q).state.view == View::Models`, the
    /// same answer, tested below). Mirrors index.html's loader (`aiIndexQuery().view ==
    /// 'models'`); no old key name maps to `view`. (JavaScript's `trim` differs from Rust's on two
    /// characters only, U+0085 and U+FEFF.)
    pub fn for_query(query: &str) -> Entry {
        let query = query.strip_prefix('?').unwrap_or(query);
        match form_urlencoded::parse(query.as_bytes()).find(|(k, _)| k.trim().eq_ignore_ascii_case("view")) {
            Some((_, v)) if v.trim().eq_ignore_ascii_case("models") => Entry::Models,
            _ => Entry::Figures,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::Entry::{self, Figures, Models};

    #[test]
    fn the_first_view_decides() {
        let cases: [(&str, Entry); 13] = [
            ("", Figures),
            ("?fig=1.1.1", Figures),
            ("?view=models", Models),
            ("view=models", Models),
            ("?lang=zh&view=models&fig=1.1.1", Models),
            ("?%20VIEW%20=%20Models%20", Models),
            ("?View=MODELS", Models),
            ("?view=%09models%0A", Models),
            ("?view=table&view=models", Figures),
            ("?view=models&view=table", Models),
            ("?view=model", Figures),
            ("?views=models", Figures),
            ("?view=models+x", Figures),
        ];
        for (query, entry) in cases {
            assert_eq!(Entry::for_query(query), entry, "{query}");
            // The figures' app decides with its own parser: the same answer.
            assert_eq!(crate::state::parse(query).state.view == crate::state::View::Models, entry == Models, "{query}");
        }
    }
}
