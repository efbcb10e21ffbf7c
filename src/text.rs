//! Substring search, replace and join for the few places that need them. The standard
//! library's `&str` patterns (`contains`, `split_once`, `replace`, `trim_start_matches` with a
//! `&str`) bring its two-way searcher into the wasm (about 1 KB gzipped); the strings searched
//! here are short labels and keys, for which a plain scan is as fast.

/// Byte offset of the first `needle` in `hay`, as `hay.find(needle)`. A byte-wise match of a
/// whole UTF-8 needle starts and ends on character boundaries, so the offset is always one.
pub fn find(hay: &str, needle: &str) -> Option<usize> {
    let (h, n) = (hay.as_bytes(), needle.as_bytes());
    (0..=h.len().checked_sub(n.len())?).find(|&i| h[i..].starts_with(n))
}

/// True when `needle` occurs in `hay`, as `hay.contains(needle)`.
pub fn contains(hay: &str, needle: &str) -> bool {
    find(hay, needle).is_some()
}

/// `s` split at the first `sep`, as `s.split_once(sep)`.
pub fn split_once<'a>(s: &'a str, sep: &str) -> Option<(&'a str, &'a str)> {
    let i = find(s, sep)?;
    Some((&s[..i], &s[i + sep.len()..]))
}

/// `s` with every `from` replaced by `to`, as `s.replace(from, to)` (for a non-empty `from`;
/// an empty one leaves `s` as it is).
pub fn replace(s: &str, from: &str, to: &str) -> String {
    let mut out = String::new();
    let mut rest = s;
    while let Some((before, after)) = split_once(rest, from).filter(|_| !from.is_empty()) {
        out.push_str(before);
        out.push_str(to);
        rest = after;
    }
    out.push_str(rest);
    out
}

/// `parts` with `sep` between them, as `parts.join(sep)` (std's join, with its size
/// precomputation and unchecked copies, is several times this code, in a copy per item type).
pub fn join<S: AsRef<str>>(parts: &[S], sep: &str) -> String {
    let mut out = String::new();
    for (i, part) in parts.iter().enumerate() {
        if i > 0 {
            out.push_str(sep);
        }
        out.push_str(part.as_ref());
    }
    out
}

/// `s` without any leading repeats of `prefix`, as `s.trim_start_matches(prefix)`.
pub fn trim_start<'a>(mut s: &'a str, prefix: &str) -> &'a str {
    while let Some(rest) = s.strip_prefix(prefix).filter(|_| !prefix.is_empty()) {
        s = rest;
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    // The standard library's results are the expected ones. Few distinct characters, some of
    // them multi-byte, so that matches, overlaps and near-misses are frequent.
    proptest! {
        #[test]
        fn same_as_std(hay in "[a_é≈ (]{0,14}", needle in "[a_é≈ (]{0,3}") {
            prop_assert_eq!(find(&hay, &needle), hay.find(needle.as_str()));
            prop_assert_eq!(contains(&hay, &needle), hay.contains(needle.as_str()));
            prop_assert_eq!(split_once(&hay, &needle), hay.split_once(needle.as_str()));
            prop_assert_eq!(trim_start(&hay, &needle), hay.trim_start_matches(needle.as_str()));
            let parts: Vec<&str> = hay.split(' ').collect();
            prop_assert_eq!(join(&parts, &needle), parts.join(needle.as_str()));
            let owned: Vec<String> = parts.iter().map(|p| p.to_string()).collect();
            prop_assert_eq!(join(&owned, &needle), owned.join(needle.as_str()));
            if !needle.is_empty() {
                prop_assert_eq!(replace(&hay, &needle, "xé"), hay.replace(needle.as_str(), "xé"));
            }
        }
    }

    #[test]
    fn the_callers_cases() {
        assert_eq!(split_once("china__granted", "__"), Some(("china", "granted")));
        assert_eq!(split_once("EU_UK", "__"), None);
        assert_eq!(split_once("2019..latest", ".."), Some(("2019", "latest")));
        assert_eq!(replace("Parameters (log)", " (log)", ""), "Parameters");
        assert_eq!(trim_start("≈ 7,400", "≈ "), "7,400");
        assert_eq!(replace("ab", "", "x"), "ab");
        assert_eq!(replace("1.3.23", ".", "-"), "1-3-23");
        assert_eq!(replace("2019-2023", "-", "–"), "2019–2023");
        assert_eq!(join(&["USA", "CHN"], "~"), "USA~CHN");
        assert_eq!(join::<&str>(&[], "~"), "");
    }
}
