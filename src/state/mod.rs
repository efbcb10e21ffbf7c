//! What the reader is looking at, and its URL form. The URL is the one source of truth for
//! the reader's choices: URL → [`parse`] → [`AppState`] → page; controls [`encode`] a new URL.

mod url;

pub use url::{encode, parse, Parsed, Problem};

use crate::i18n::Lang;

/// The reader's choices that a link carries.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct AppState {
    /// The open figure's id (`1.2.5`), or `None` for the overview.
    pub fig: Option<&'static str>,
    /// Interface language.
    pub lang: Lang,
}
