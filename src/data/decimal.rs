//! Exact decimal arithmetic on values as the data files write them: unit conversions and
//! rounding go through decimal text, so no binary noise (`83,999,999.99999999`) is invented.

/// `value` rounded to `digits` significant digits through its decimal text, so no binary noise
/// is added (`83,999,999.99999999` → `84,000,000`). Ties round away from zero, as a reader
/// expects (`1.085e12` → `1.09e12`): Rust's formatting rounds an exact tie to even, so the value
/// is first moved one unit in the last place away from zero, which changes no other result.
pub fn round_significant(value: f64, digits: u8) -> f64 {
    if !value.is_finite() || value == 0.0 {
        return value;
    }
    let d = digits.max(1) as usize - 1;
    let away = Some(f64::from_bits(value.to_bits() + 1)).filter(|a| a.is_finite()).unwrap_or(value);
    super::number::parse_f64(&format!("{away:.d$e}")).unwrap_or(value)
}

/// `value × 10^exp10`, exact in decimal: the shortest text of `value` with its decimal point
/// moved, read back. Unit conversions go through here (FLOP → petaFLOP: `8.4e22` →
/// `84,000,000`), never through a float division that invents digits.
pub fn shift_decimal(value: f64, exp10: i32) -> f64 {
    super::number::parse_f64(&shifted_text(value, exp10)).unwrap_or(value)
}

/// The decimal text of `value × 10^exp10` with exactly the significant digits of `value`'s
/// shortest text (`3.6679273004682866e22`, −15 → `36679273.004682866`): what exports write, since
/// the converted number may need more digits than an f64 of its size keeps.
pub fn shifted_text(value: f64, exp10: i32) -> String {
    if !value.is_finite() || value == 0.0 {
        return format!("{value}");
    }
    let text = format!("{:e}", value.abs());
    let (mantissa, exp) = text.split_once('e').unwrap_or((&text, "0"));
    let digits = mantissa.replace('.', "");
    let point = exp.parse::<i32>().unwrap_or(0) + exp10 + 1; // digits before the decimal point
    let body = if point <= 0 {
        format!("0.{}{digits}", "0".repeat(point.unsigned_abs() as usize))
    } else if point as usize >= digits.len() {
        format!("{digits}{}", "0".repeat(point as usize - digits.len()))
    } else {
        format!("{}.{}", &digits[..point as usize], &digits[point as usize..])
    };
    if value < 0.0 { format!("-{body}") } else { body }
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
    }
}
