//! Exact decimal arithmetic on values as the data files write them: unit conversions and
//! rounding go through decimal text, so no binary noise (`83,999,999.99999999`) is invented.

/// A finite number as the decimal digits of its shortest text: `0.d₁d₂…dₙ × 10^point`, the
/// digits without leading or trailing zeros (none for zero). Rounding and unit conversions work
/// on these digits, so they change only what they must, and no float formatting code is needed
/// (see [`super::number::shortest_text`]).
#[derive(Debug, Clone, PartialEq)]
struct Digits {
    negative: bool,
    digits: Vec<u8>,
    /// Digits before the decimal point (negative: zeros after it before the first digit).
    point: i32,
}

impl Digits {
    /// The digits of `value`'s shortest text; `None` for NaN and infinities.
    fn of(value: f64) -> Option<Digits> {
        if !value.is_finite() {
            return None;
        }
        Some(Digits::parse(&super::number::shortest_text(value.abs()), value < 0.0))
    }

    /// The digits of a shortest text of a number's magnitude.
    fn parse(text: &str, negative: bool) -> Digits {
        // Either `ddd.ddd` or `d.ddde±x` (JavaScript) / `d.dddex` (Rust).
        let (mantissa, exp) = match text.split_once(['e', 'E']) {
            Some((m, e)) => (m, e.trim_start_matches('+').parse::<i32>().unwrap_or(0)),
            None => (text, 0),
        };
        let (int, frac) = mantissa.split_once('.').unwrap_or((mantissa, ""));
        let all: Vec<u8> = int.bytes().chain(frac.bytes()).collect();
        let lead = all.iter().take_while(|&&d| d == b'0').count();
        let mut digits = all[lead..].to_vec();
        while digits.last() == Some(&b'0') {
            digits.pop();
        }
        let point = if digits.is_empty() { 0 } else { int.len() as i32 - lead as i32 + exp };
        Digits { negative: negative && !digits.is_empty(), digits, point }
    }

    /// Keeps the first `keep` digits (none if `keep` ≤ 0), rounding half away from zero.
    fn round_to(mut self, keep: i32) -> Digits {
        if keep >= self.digits.len() as i32 {
            return self;
        }
        // Below half of the rounding unit when no digit is kept at all: zero.
        let up = keep >= 0 && self.digits[keep as usize] >= b'5';
        self.digits.truncate(keep.max(0) as usize);
        if up {
            // Carry: trailing nines become zeros (dropped); all nines (or none kept) become a 1
            // one place further left (9.996 → 10.0).
            while self.digits.last() == Some(&b'9') {
                self.digits.pop();
            }
            match self.digits.last_mut() {
                Some(d) => *d += 1,
                None => {
                    self.digits.push(b'1');
                    self.point += 1;
                }
            }
        }
        while self.digits.last() == Some(&b'0') {
            self.digits.pop();
        }
        if self.digits.is_empty() {
            self.negative = false;
            self.point = 0;
        }
        self
    }

    /// The number as plain decimal text, never in exponent form (`84000000`, `0.0000016146`).
    fn plain(&self) -> String {
        let digits = std::str::from_utf8(&self.digits).unwrap_or("");
        let body = if digits.is_empty() {
            "0".to_string()
        } else if self.point <= 0 {
            format!("0.{}{digits}", "0".repeat(self.point.unsigned_abs() as usize))
        } else if self.point as usize >= digits.len() {
            format!("{digits}{}", "0".repeat(self.point as usize - digits.len()))
        } else {
            format!("{}.{}", &digits[..self.point as usize], &digits[self.point as usize..])
        };
        if self.negative { format!("-{body}") } else { body }
    }
}

/// `value` rounded to `digits` significant digits through its decimal text, so no binary noise
/// is added (`83,999,999.99999999` → `84,000,000`). Ties round half away from zero on that
/// text, as a reader expects (`1.085e12` → `1.09e12`).
pub fn round_significant(value: f64, digits: u8) -> f64 {
    match Digits::of(value) {
        Some(d) if !d.digits.is_empty() => super::number::parse_f64(&d.round_to(i32::from(digits.max(1))).plain()).unwrap_or(value),
        _ => value,
    }
}

/// `value` as plain decimal text with exactly `decimals` decimals, rounded half away from zero
/// on its decimal text (what `{:.N}` writes, except that ties go away from zero and no `-0`:
/// `12.25`, 1 → `12.3`; `4`, 1 → `4.0`; `-0.001`, 2 → `0.00`). `–` for NaN and infinities.
pub fn fixed_text(value: f64, decimals: u8) -> String {
    let Some(d) = Digits::of(value) else { return "–".into() };
    let keep = d.point + i32::from(decimals);
    let mut text = d.round_to(keep).plain();
    if decimals > 0 {
        let have = text.split_once('.').map_or(0, |(_, f)| f.len());
        if have == 0 {
            text.push('.');
        }
        text.push_str(&"0".repeat(usize::from(decimals) - have));
    }
    text
}

/// `value`'s shortest decimal text, plain (what Rust's `Display` writes for it, without a
/// negative zero: `61.13`, `240000`, `0.0000001`). `–` for NaN and infinities.
pub fn plain_text(value: f64) -> String {
    shifted_text(value, 0)
}

/// `value`'s shortest text in scientific form, as (mantissa, exponent):
/// `5.0000000001e25` → (`5.0000000001`, 25), `-0.00012` → (`-1.2`, -4), 0 → (`0`, 0).
pub fn scientific_parts(value: f64) -> (String, i32) {
    match Digits::of(value) {
        Some(d) if !d.digits.is_empty() => {
            let digits = std::str::from_utf8(&d.digits).unwrap_or("");
            let sign = if d.negative { "-" } else { "" };
            let mantissa = if digits.len() > 1 { format!("{sign}{}.{}", &digits[..1], &digits[1..]) } else { format!("{sign}{digits}") };
            (mantissa, d.point - 1)
        }
        _ => ("0".into(), 0),
    }
}

/// 10^`exp` as the number the decimal text `1e{exp}` reads as (correctly rounded, where a
/// floating-point power may be off by a unit in the last place); read by [`parse_f64`], so no
/// `powf` code enters the wasm.
///
/// [`parse_f64`]: super::number::parse_f64
pub fn pow10(exp: i32) -> f64 {
    super::number::parse_f64(&format!("1e{exp}")).unwrap_or(f64::NAN)
}

/// `value × 10^exp10`, exact in decimal: the shortest text of `value` with its decimal point
/// moved, read back. Unit conversions go through here (FLOP → petaFLOP: `8.4e22` →
/// `84,000,000`), never through a float division that invents digits.
pub fn shift_decimal(value: f64, exp10: i32) -> f64 {
    super::number::parse_f64(&shifted_text(value, exp10)).unwrap_or(value)
}

/// The decimal text of `value × 10^exp10` with exactly the significant digits of `value`'s
/// shortest text (`3.6679273004682866e22`, −15 → `36679273.004682866`): what exports write, since
/// the converted number may need more digits than an f64 of its size keeps. `–` for NaN and
/// infinities.
pub fn shifted_text(value: f64, exp10: i32) -> String {
    match Digits::of(value) {
        Some(mut d) => {
            if !d.digits.is_empty() {
                d.point += exp10;
            }
            d.plain()
        }
        None => "–".into(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shifts_keep_the_digits() {
        assert_eq!(shifted_text(8.4e22, -15), "84000000");
        assert_eq!(shifted_text(3.6679273004682866e22, -15), "36679273.004682866");
        assert_eq!(shifted_text(2.97600000001e20, -15), "297600.000001");
        assert_eq!(shifted_text(1614600000.0, -15), "0.0000016146");
        assert_eq!(shifted_text(-5e10, 0), "-50000000000");
        assert_eq!(shift_decimal(8.4e22, -15), 84_000_000.0);
        assert_eq!(round_significant(83_999_999.99999999, 3), 84_000_000.0);
        // Ties round half away from zero on the decimal text.
        assert_eq!(round_significant(1.085e12, 3), 1.09e12);
        assert_eq!(round_significant(7425.0, 3), 7430.0);
        assert_eq!(round_significant(7424.5248, 3), 7420.0);
        assert_eq!(round_significant(9.996, 3), 10.0);
        assert_eq!(round_significant(-0.0034820815883, 3), -0.00348);
        assert_eq!(round_significant(61.13, 3), 61.1);
        assert_eq!(round_significant(470.0, 3), 470.0);
        assert_eq!(round_significant(96.0, 1), 100.0);
        assert_eq!(round_significant(0.0, 3), 0.0);
    }

    #[test]
    fn texts_as_rust_writes_them() {
        // Plain text equals Rust's `Display` (the explorer's texts before this module).
        for v in [0.5, 61.13, 240000.0, 88000.0, 1e21, 1.5e-7, 0.1 + 0.2, -2.97600000001e20, 5.0000000001e25, 2024.5, 1e-4] {
            assert_eq!(plain_text(v), format!("{v}"), "{v}");
        }
        assert_eq!(plain_text(-0.0), "0");
        assert_eq!(plain_text(f64::NAN), "–");
        assert_eq!(scientific_parts(5.0000000001e25), ("5.0000000001".into(), 25));
        assert_eq!(scientific_parts(-0.00012), ("-1.2".into(), -4));
        assert_eq!(scientific_parts(1e-9), ("1".into(), -9));
        for (v, d, text) in [(12.25, 1, "12.3"), (1.2, 2, "1.20"), (-0.001, 2, "0.00"), (0.7, 0, "1"), (99.96, 1, "100.0"), (-12.345, 2, "-12.35"), (3.0, 1, "3.0"), (0.05, 1, "0.1"), (0.04, 1, "0.0"), (61.13, 2, "61.13")] {
            assert_eq!(fixed_text(v, d), text, "{v} to {d} decimals");
        }
    }

    #[test]
    fn powers_of_ten_are_their_decimals() {
        for e in -320..=308 {
            assert_eq!(pow10(e), format!("1e{e}").parse::<f64>().unwrap(), "1e{e}");
        }
        assert_eq!(pow10(25), 1e25);
        assert_eq!(pow10(400), f64::INFINITY);
    }

    #[test]
    fn javascript_forms_read_alike() {
        // The browser's shortest texts (JavaScript `String(x)`) in both of its forms.
        for (js, rust) in [("5.0000000001e+25", 5.0000000001e25), ("1.5e-7", 1.5e-7), ("0.000001", 1e-6), ("123.456", 123.456), ("1e+21", 1e21), ("240000", 240000.0)] {
            assert_eq!(Digits::parse(js, false), Digits::of(rust).unwrap(), "{js}");
        }
    }

    /// ECMAScript's Number::toString(x) for a positive finite x (its §6.1.6.1.20 algorithm),
    /// from Rust's shortest digits: how the browser writes the numbers this module reads.
    fn javascript_text(x: f64) -> String {
        let text = format!("{x:e}");
        let (m, e) = text.split_once('e').unwrap();
        let digits: String = m.chars().filter(char::is_ascii_digit).collect();
        let (k, n) = (digits.len() as i32, e.parse::<i32>().unwrap() + 1);
        if k <= n && n <= 21 {
            format!("{digits}{}", "0".repeat((n - k) as usize))
        } else if 0 < n && n <= 21 {
            format!("{}.{}", &digits[..n as usize], &digits[n as usize..])
        } else if -6 < n && n <= 0 {
            format!("0.{}{digits}", "0".repeat((-n) as usize))
        } else {
            let exp = if n - 1 >= 0 { format!("+{}", n - 1) } else { format!("{}", n - 1) };
            if k == 1 { format!("{digits}e{exp}") } else { format!("{}.{}e{exp}", &digits[..1], &digits[1..]) }
        }
    }

    proptest::proptest! {
        #[test]
        fn plain_text_is_rusts_display(bits in proptest::num::f64::NORMAL | proptest::num::f64::SUBNORMAL | proptest::num::f64::ZERO) {
            let v = bits;
            let expected = if v == 0.0 { "0".to_string() } else { format!("{v}") };
            proptest::prop_assert_eq!(plain_text(v), expected);
        }

        #[test]
        fn browser_and_native_texts_give_the_same_digits(v in proptest::num::f64::POSITIVE) {
            proptest::prop_assume!(v.is_finite());
            proptest::prop_assert_eq!(Digits::parse(&javascript_text(v), false), Digits::of(v).unwrap());
        }

        /// `fixed_text` writes what `{:.N}` writes, except where the written number ends in a 5
        /// exactly one place past the kept decimals (rounded away from zero on the text, where
        /// Rust rounds the binary value: 1.005 → `1.01`, Rust `1.00`) and for negative zero.
        #[test]
        fn fixed_text_is_rusts_fixed_format(v in -1e9f64..1e9, d in 0u8..4) {
            let rust = format!("{v:.*}", usize::from(d));
            let plain = plain_text(v);
            let tie = plain.split_once('.').is_some_and(|(_, f)| f.len() == usize::from(d) + 1 && f.ends_with('5'));
            let negative_zero = rust.starts_with('-') && rust.chars().all(|c| !c.is_ascii_digit() || c == '0');
            proptest::prop_assume!(!tie && !negative_zero);
            proptest::prop_assert_eq!(fixed_text(v, d), rust);
        }
    }
}
