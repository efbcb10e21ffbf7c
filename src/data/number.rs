//! Decimal numbers read at run time (the dataset layer's aggregates, Epoch AI's models file,
//! decimal rounding), and the shortest text of a number (all number formatting starts there, see
//! `decimal`). In the browser both are JavaScript's own: core's float parser and formatter would
//! add their code and tables to the wasm (about 12 KB gzipped for the parser, 3 KB for the
//! formatter). Both parsers are correctly rounded IEEE 754 parsers, so they read the same text as
//! the same number; the syntax is checked here first, so both accept exactly the same texts. Both
//! formatters write the shortest digits that read back as the number (ECMAScript's
//! Number::toString, Rust's `{:e}`), in forms `decimal` reads alike.

use std::sync::OnceLock;

/// A parser for text already checked to be a decimal number.
pub type Parser = fn(&str) -> f64;

static PARSER: OnceLock<Parser> = OnceLock::new();

/// A writer of a number's shortest round-trip text (JavaScript's `String(x)`).
pub type Writer = fn(f64) -> String;

static WRITER: OnceLock<Writer> = OnceLock::new();

/// Sets the writer the browser build uses (JavaScript's `String(x)`); call once at start-up,
/// before any number is written. Native builds use Rust's formatting and ignore this.
pub fn use_writer(writer: Writer) {
    let _ = WRITER.set(writer);
}

/// The shortest text that reads back as `value` (finite): Rust's `5.0000000001e25` natively,
/// JavaScript's `5.0000000001e+25` or `123.456` in the browser (`""` before [`use_writer`]).
pub fn shortest_text(value: f64) -> String {
    #[cfg(target_arch = "wasm32")]
    return WRITER.get().map(|write| write(value)).unwrap_or_default();
    #[cfg(not(target_arch = "wasm32"))]
    return format!("{value:e}");
}

/// Sets the parser the browser build uses (JavaScript's `parseFloat`); call once at start-up,
/// before any data is read. Native builds use Rust's parser and ignore this.
pub fn use_parser(parser: Parser) {
    let _ = PARSER.set(parser);
}

/// `s` as a number if it is a decimal number: an optional sign, digits with at most one
/// decimal point (at least one digit), and an optional exponent (`1.2e-3`, `-40`, `.5`).
/// `None` for anything else (`""`, `inf`, `NaN`, `1,000`, ` 1`), and in the browser before
/// [`use_parser`] was called.
pub fn parse_f64(s: &str) -> Option<f64> {
    if !is_decimal(s) {
        return None;
    }
    #[cfg(target_arch = "wasm32")]
    return PARSER.get().map(|parse| parse(s));
    #[cfg(not(target_arch = "wasm32"))]
    return s.parse().ok();
}

fn is_decimal(s: &str) -> bool {
    let b = s.as_bytes();
    let mut i = usize::from(matches!(b.first(), Some(b'+' | b'-')));
    let (mut digits, mut point) = (0, false);
    while i < b.len() {
        match b[i] {
            b'0'..=b'9' => digits += 1,
            b'.' if !point => point = true,
            _ => break,
        }
        i += 1;
    }
    if digits == 0 {
        return false;
    }
    if i < b.len() && matches!(b[i], b'e' | b'E') {
        i += 1;
        i += usize::from(matches!(b.get(i), Some(b'+' | b'-')));
        let start = i;
        while i < b.len() && b[i].is_ascii_digit() {
            i += 1;
        }
        if i == start {
            return false;
        }
    }
    i == b.len()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_decimals_and_refuses_the_rest() {
        for (s, v) in [("40", 40.0), ("-1.5", -1.5), ("+2", 2.0), (".5", 0.5), ("5.", 5.0), ("5.0000000001e25", 5.0000000001e25), ("1E-3", 0.001)] {
            assert_eq!(parse_f64(s), Some(v), "{s}");
        }
        for s in ["", "-", ".", "e5", "1e", "1e+", "inf", "NaN", "1,000", " 1", "1 ", "0x10", "1.2.3", "--1"] {
            assert_eq!(parse_f64(s), None, "{s:?}");
        }
    }
}
