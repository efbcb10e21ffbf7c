//! Everything a reader reads, in English and Chinese: the language, interface strings,
//! and number and date formatting per language.

mod format;
mod strings;

pub use format::*;
pub use strings::*;

use crate::data::Text;

/// A language of the interface. Codes (`en`, `zh`) are what URLs and `<html lang>` carry.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Lang {
    #[default]
    En,
    /// Simplified Chinese, mainland conventions.
    Zh,
}

impl Lang {
    /// Both languages, in toggle order.
    pub const ALL: [Lang; 2] = [Lang::En, Lang::Zh];

    /// URL code: `en` or `zh`.
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Zh => "zh",
        }
    }

    /// Parses a URL code, case-insensitively (`en`, `ZH`), also as a BCP 47 tag whose primary
    /// language is one of them (`zh-Hans`, `zh-CN`, `en-GB`); anything else is `None`.
    pub fn from_code(code: &str) -> Option<Lang> {
        let primary = code.split(['-', '_']).next().unwrap_or("");
        match primary.to_ascii_lowercase().as_str() {
            "en" => Some(Lang::En),
            "zh" => Some(Lang::Zh),
            _ => None,
        }
    }

    /// BCP 47 tag for `<html lang>`: `en` or `zh-Hans`.
    pub fn html_tag(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Zh => "zh-Hans",
        }
    }

    /// The language a browser prefers, from its `navigator.languages` list: the first entry
    /// that is English or Chinese decides; none of them → English.
    pub fn from_browser<'a>(languages: impl IntoIterator<Item = &'a str>) -> Lang {
        for tag in languages {
            let primary = tag.split(['-', '_']).next().unwrap_or("").to_ascii_lowercase();
            match primary.as_str() {
                "zh" => return Lang::Zh,
                "en" => return Lang::En,
                _ => {}
            }
        }
        Lang::En
    }

    /// The other language (what the toggle switches to).
    pub fn other(self) -> Lang {
        match self {
            Lang::En => Lang::Zh,
            Lang::Zh => Lang::En,
        }
    }

    /// Picks this language's side of a bilingual label.
    pub fn pick(self, text: Text) -> &'static str {
        match self {
            Lang::En => text.en,
            Lang::Zh => text.zh,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_round_trip_and_are_case_insensitive() {
        for lang in Lang::ALL {
            assert_eq!(Lang::from_code(lang.code()), Some(lang));
        }
        assert_eq!(Lang::from_code("ZH"), Some(Lang::Zh));
        assert_eq!(Lang::from_code("fr"), None);
        assert_eq!(Lang::from_code("zh-Hans"), Some(Lang::Zh));
        assert_eq!(Lang::from_code("en_GB"), Some(Lang::En));
        assert_eq!(Lang::from_code(""), None);
    }

    #[test]
    fn browser_preference_picks_first_supported_language() {
        assert_eq!(Lang::from_browser(["zh-CN", "en-US"]), Lang::Zh);
        assert_eq!(Lang::from_browser(["fr-FR", "zh-TW", "en"]), Lang::Zh);
        assert_eq!(Lang::from_browser(["en-GB", "zh"]), Lang::En);
        assert_eq!(Lang::from_browser(["de"]), Lang::En);
        assert_eq!(Lang::from_browser([]), Lang::En);
    }
}
