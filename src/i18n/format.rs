//! Number and date formatting per language.
//!
//! - [`format_full`]: every stated digit (tooltips, tables, text): `240,000`, `61.13`.
//! - [`format_compact`]: axis ticks: English `240K`, `1.2M`, `50B`; Chinese `24万`, `1.2亿`.
//! - [`format_power`]: ticks of log axes that span many orders of magnitude: `10⁹`.
//! - [`format_stated`]: a value with its qualifier mark (`≈`, `>`) and unit.
//!
//! Written here rather than taken from ICU4X: its compact-decimal formatter is still in
//! `icu_experimental` and its locale data would add more to the page than the whole dataset.

use super::Lang;
use crate::data::{Precision, Qualifier, Unit};
pub use crate::data::decimal::{fixed_text, plain_text, pow10, round_significant, scientific_parts, shift_decimal};

/// Shortest decimal text that reads back as `value` (Rust's `Display` for f64), with the
/// integer part grouped by thousands. Never rounds: `61.13` → `61.13`, `240000` → `240,000`.
/// Values of 10^15 or more, or below 10^-4, are written in scientific notation with every
/// significant digit (`5.0000000001×10²⁵`), since a 26-digit integer is unreadable.
pub fn format_full(value: f64, _lang: Lang) -> String {
    if !value.is_finite() {
        return "–".into();
    }
    let magnitude = value.abs();
    if magnitude != 0.0 && !(1e-4..1e15).contains(&magnitude) {
        return scientific(value);
    }
    let text = plain_text(value);
    let (sign, digits) = match text.strip_prefix('-') {
        Some(rest) => ("-", rest),
        None => ("", text.as_str()),
    };
    let (int, frac) = match digits.split_once('.') {
        Some((i, f)) => (i, Some(f)),
        None => (digits, None),
    };
    let mut out = String::from(sign);
    out.push_str(&group_thousands(int));
    if let Some(f) = frac {
        out.push('.');
        out.push_str(f);
    }
    out
}

fn group_thousands(int: &str) -> String {
    let mut out = String::with_capacity(int.len() + int.len() / 3);
    for (i, c) in int.chars().enumerate() {
        if i > 0 && (int.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    out
}

const SUPERSCRIPTS: [char; 10] = ['⁰', '¹', '²', '³', '⁴', '⁵', '⁶', '⁷', '⁸', '⁹'];

fn superscript(exp: i32) -> String {
    let mut s = String::new();
    if exp < 0 {
        s.push('⁻');
    }
    for c in exp.unsigned_abs().to_string().chars() {
        s.push(SUPERSCRIPTS[c.to_digit(10).unwrap_or(0) as usize]);
    }
    s
}

/// `mantissa×10ⁿ` with every significant digit of the shortest round-trip form.
fn scientific(value: f64) -> String {
    let (mantissa, exp) = scientific_parts(value); // e.g. ("5.0000000001", 25)
    if mantissa == "1" {
        format!("10{}", superscript(exp))
    } else if mantissa == "-1" {
        format!("-10{}", superscript(exp))
    } else {
        format!("{mantissa}×10{}", superscript(exp))
    }
}

/// A power of ten as `10ⁿ` (log-axis ticks), written plainly from 0.001 to 1,000 (`0.001`,
/// `100`); other values fall back to [`format_compact`]. Every tick reads as its value.
pub fn format_power(value: f64, lang: Lang) -> String {
    if value > 0.0 {
        let exp = value.log10().round();
        if (value / pow10(exp as i32) - 1.0).abs() < 1e-9 {
            let exp = exp as i32;
            return match exp {
                // The decimal of the power itself, not of the (inexact) tick value.
                -3..=-1 => format!("0.{}1", "0".repeat((-exp - 1) as usize)),
                0..=3 => format_compact(10f64.powi(exp), lang),
                _ => format!("10{}", superscript(exp)),
            };
        }
    }
    format_compact(value, lang)
}

/// A value on screen at its [`Precision`]: every stated digit, or the significant digits of an
/// estimate, grouped (`84,000,000`).
pub fn format_shown(value: f64, precision: Precision, lang: Lang) -> String {
    format_full(shown_value(value, precision), lang)
}

/// The number shown for `value` at `precision` (what tooltips, tables, labels and text print).
pub fn shown_value(value: f64, precision: Precision) -> f64 {
    match precision {
        Precision::Stated => value,
        Precision::Significant(d) => round_significant(value, d),
    }
}

/// A tick value with at most two decimals, trailing zeros dropped (1.20 → "1.2"); below 1, three
/// significant digits (0.005 → "0.005"), so a small tick never reads as "0".
fn short(v: f64) -> String {
    if v != 0.0 && v.abs() < 1.0 {
        return plain_text(round_significant(v, 3));
    }
    let s = fixed_text(v, 2);
    s.trim_end_matches('0').trim_end_matches('.').to_string()
}

/// Compact axis-tick label. English: K (10³), M (10⁶), B (10⁹), T (10¹²). Chinese: 万 (10⁴),
/// 亿 (10⁸), 万亿 (10¹²). Beyond 10¹⁵, scientific notation. Below the first step, the value
/// with at most two decimals (ticks are round numbers; stated values never go through here).
pub fn format_compact(value: f64, lang: Lang) -> String {
    if !value.is_finite() {
        return "–".into();
    }
    let a = value.abs();
    if a >= 1e15 {
        return scientific(value);
    }
    let steps: &[(f64, &str)] = match lang {
        Lang::En => &[(1e12, "T"), (1e9, "B"), (1e6, "M"), (1e3, "K")],
        Lang::Zh => &[(1e12, "万亿"), (1e8, "亿"), (1e4, "万")],
    };
    for &(step, suffix) in steps {
        if a >= step {
            return format!("{}{suffix}", short(value / step));
        }
    }
    // Below the first step (Chinese 1,000–9,999 included): plain digits, as on Chinese charts.
    short(value)
}

/// A stated value written short when that loses no digit and reads easily (at most four
/// significant digits before the suffix: `2,170` → `2.17K`, `240,000` → `24万`, `191,400,000` →
/// `1.914亿`), else with every digit (`78,352,034`, `21,309`): for labels on the chart and
/// numbers in Chinese prose.
pub fn format_label(value: f64, lang: Lang) -> String {
    let steps: &[(i32, &str)] = match lang {
        Lang::En => &[(12, "T"), (9, "B"), (6, "M"), (3, "K")],
        Lang::Zh => &[(12, "万亿"), (8, "亿"), (4, "万")],
    };
    let a = value.abs();
    if !(a < 1e15) {
        return format_compact(value, lang);
    }
    match steps.iter().find(|(e, _)| a >= 10f64.powi(*e)) {
        Some((e, suffix)) => {
            // Exact in decimal: the digits of the value with the point moved, nothing rounded.
            let short = crate::data::decimal::shifted_text(value, -e);
            let significant = short.chars().filter(char::is_ascii_digit).collect::<String>();
            if significant.trim_matches('0').len() <= 4 { format!("{short}{suffix}") } else { format_full(value, lang) }
        }
        None => format_full(value, lang),
    }
}

/// A year or a fractional year (1.3.8 medians, `2024.5`) as written: never grouped.
pub fn format_year(value: f64) -> String {
    plain_text(value)
}

/// The mark of a qualifier: `≈` for approximate values, `>` for lower bounds, nothing if exact.
pub fn qualifier_mark(q: Qualifier) -> &'static str {
    match q {
        Qualifier::Exact => "",
        Qualifier::Approx => "≈",
        Qualifier::LowerBound => ">",
    }
}

/// A stated value with its qualifier mark and unit, every digit kept:
/// en `> 240,000 publications`, zh `> 240,000篇`; `61.13%`; `$78,352,034`; `1.1%`.
pub fn format_stated(value: f64, unit: Unit, qualifier: Qualifier, lang: Lang) -> String {
    let mark = qualifier_mark(qualifier);
    let mark = if mark.is_empty() { String::new() } else { format!("{mark} ") };
    let number = if unit == Unit::Year { format_year(value) } else { format_full(value, lang) };
    let body = match (unit, lang) {
        (Unit::Percent | Unit::PercentChange, _) => format!("{number}%"),
        (Unit::Ratio, Lang::En) => format!("{number}×"),
        (Unit::Ratio, Lang::Zh) => format!("{number}倍"),
        (Unit::Usd, Lang::En) => format!("${number}"),
        (Unit::Usd, Lang::Zh) => format!("{number}美元"),
        (Unit::Year, Lang::En) => number,
        (Unit::Year, Lang::Zh) => format!("{number}年"),
        // One publication, one model: the English count word without its plural s.
        (unit, Lang::En) if value.abs() == 1.0 && unit != Unit::PatentsPer100k => format!("{number}{}", unit_suffix(unit, lang).trim_end_matches('s')),
        (unit, lang) => format!("{number}{}", unit_suffix(unit, lang)),
    };
    format!("{mark}{body}")
}

/// A value in running text. English as [`format_stated`]; Chinese as Chinese writers put numbers
/// in prose: 万/亿 where no stated digit is lost (`约23.27万篇`, `1.914亿美元`), else every digit
/// (`约7,400 petaFLOP`), and the words 约 and 超过 instead of the marks ≈ and >.
pub fn format_in_text(value: f64, unit: Unit, qualifier: Qualifier, lang: Lang) -> String {
    if lang == Lang::En || matches!(unit, Unit::Year | Unit::Percent | Unit::PercentChange | Unit::Ratio) {
        let stated = format_stated(value, unit, qualifier, lang);
        return match (lang, qualifier) {
            (Lang::Zh, Qualifier::Approx) => format!("约{}", crate::text::trim_start(&stated, "≈ ")),
            (Lang::Zh, Qualifier::LowerBound) => format!("超过{}", crate::text::trim_start(&stated, "> ")),
            _ => stated,
        };
    }
    let word = match qualifier {
        Qualifier::Exact => "",
        Qualifier::Approx => "约",
        Qualifier::LowerBound => "超过",
    };
    format!("{word}{}{}", format_label(value, lang), unit_suffix(unit, lang))
}

/// The word after a count: en ` publications`, zh `篇`.
pub fn unit_suffix(unit: Unit, lang: Lang) -> &'static str {
    match lang {
        Lang::En => match unit {
            Unit::Publications => " publications",
            Unit::Patents => " patents",
            Unit::PatentsPer100k => " per 100,000 inhabitants",
            Unit::Models => " models",
            Unit::Petaflop => " petaFLOP",
            Unit::Parameters => " parameters",
            Unit::Attendees => " attendees",
            Unit::Projects => " projects",
            Unit::Stars => " stars",
            Unit::Percent | Unit::PercentChange => "%",
            Unit::Ratio => "×",
            Unit::Usd | Unit::Year => "",
        },
        Lang::Zh => match unit {
            Unit::Publications => "篇",
            Unit::Patents => "件",
            Unit::PatentsPer100k => "件/十万人",
            Unit::Models => "个",
            Unit::Petaflop => " petaFLOP",
            Unit::Parameters => "个参数",
            Unit::Attendees => "人",
            Unit::Projects => "个",
            Unit::Stars => "颗",
            Unit::Percent | Unit::PercentChange => "%",
            Unit::Ratio => "倍",
            Unit::Usd => "美元",
            Unit::Year => "年",
        },
    }
}

/// An ISO date (`2012-09-30`) for reading: en `30 Sep 2012`, zh `2012年9月30日`.
/// Text that is not an ISO date is returned as it is.
pub fn format_date(iso: &str, lang: Lang) -> String {
    const MONTHS: [&str; 12] = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
    let parts: Vec<&str> = iso.split('-').collect();
    let [y, m, d] = parts.as_slice() else { return iso.to_string() };
    let (Ok(m), Ok(d)) = (m.parse::<usize>(), d.parse::<u32>()) else { return iso.to_string() };
    if !(1..=12).contains(&m) || y.len() != 4 {
        return iso.to_string();
    }
    match lang {
        Lang::En => format!("{d} {} {y}", MONTHS[m - 1]),
        Lang::Zh => format!("{y}年{m}月{d}日"),
    }
}

/// A period `2019-2023` for reading: en `2019–2023`, zh `2019–2023年`; a year stays as it is
/// in English and gains 年 in Chinese.
pub fn format_period(x: &str, lang: Lang) -> String {
    // 1.3.23's two measures are named, not written as codes.
    match (x, lang) {
        ("training_cost_usd", Lang::En) => return "training cost".into(),
        ("training_cost_usd", Lang::Zh) => return "训练成本".into(),
        ("training_compute_petaflop", Lang::En) => return "training compute".into(),
        ("training_compute_petaflop", Lang::Zh) => return "训练算力".into(),
        _ => {}
    }
    // A one-year period is that year (`2015-2015` → `2015`).
    let x = match x.split_once('-') {
        Some((a, b)) if a == b && a.len() == 4 => a,
        _ => x,
    };
    let en = crate::text::replace(x, "-", "–");
    match lang {
        Lang::En => en,
        Lang::Zh if x.chars().all(|c| c.is_ascii_digit() || c == '-') => format!("{en}年"),
        Lang::Zh => en,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn measures_are_named_and_minus_one_is_singular() {
        assert_eq!(format_period("training_cost_usd", Lang::En), "training cost");
        assert_eq!(format_period("training_compute_petaflop", Lang::Zh), "训练算力");
        assert_eq!(format_stated(-1.0, Unit::Models, Qualifier::Exact, Lang::En), "-1 model");
        assert_eq!(format_stated(2.0, Unit::Models, Qualifier::Exact, Lang::En), "2 models");
    }

    #[test]
    fn full_keeps_every_stated_digit() {
        assert_eq!(format_full(240000.0, Lang::En), "240,000");
        assert_eq!(format_full(62264.0, Lang::Zh), "62,264");
        assert_eq!(format_full(61.13, Lang::En), "61.13");
        assert_eq!(format_full(0.23, Lang::En), "0.23");
        assert_eq!(format_full(78352034.0, Lang::En), "78,352,034");
        assert_eq!(format_full(845.0, Lang::En), "845");
        assert_eq!(format_full(-3.5, Lang::En), "-3.5");
        assert_eq!(format_full(5.0000000001e25, Lang::En), "5.0000000001×10²⁵");
        assert_eq!(format_full(1e16, Lang::En), "10¹⁶");
        assert_eq!(format_full(50000000000.0, Lang::En), "50,000,000,000");
    }

    #[test]
    fn compact_ticks_follow_the_language() {
        assert_eq!(format_compact(240000.0, Lang::En), "240K");
        assert_eq!(format_compact(1200000.0, Lang::En), "1.2M");
        assert_eq!(format_compact(5e10, Lang::En), "50B");
        assert_eq!(format_compact(240000.0, Lang::Zh), "24万");
        assert_eq!(format_compact(1.2e8, Lang::Zh), "1.2亿");
        assert_eq!(format_compact(1e12, Lang::Zh), "1万亿");
        assert_eq!(format_compact(5000.0, Lang::Zh), "5000");
        assert_eq!(format_compact(5000.0, Lang::En), "5K");
        assert_eq!(format_compact(0.0, Lang::En), "0");
        assert_eq!(format_compact(2.5, Lang::Zh), "2.5");
        assert_eq!(format_compact(12_200_000.0, Lang::Zh), "1220万");
    }

    #[test]
    fn labels_never_drop_a_digit() {
        assert_eq!(format_label(240000.0, Lang::Zh), "24万");
        assert_eq!(format_label(2170.0, Lang::En), "2.17K");
        assert_eq!(format_label(78352034.0, Lang::En), "78,352,034");
        assert_eq!(format_label(80500.0, Lang::Zh), "8.05万");
        assert_eq!(format_label(21309.0, Lang::Zh), "21,309");
        assert_eq!(format_label(61.13, Lang::En), "61.13");
        assert_eq!(format_label(5e10, Lang::En), "50B");
    }

    #[test]
    fn log_ticks_use_powers_of_ten() {
        assert_eq!(format_power(1e9, Lang::En), "10⁹");
        assert_eq!(format_power(1e-5, Lang::Zh), "10⁻⁵");
        assert_eq!(format_power(100.0, Lang::En), "100");
        assert_eq!(format_power(1e4, Lang::Zh), "10⁴");
        assert_eq!(format_power(3000.0, Lang::En), "3K");
        // Ticks below 1 read as their value, never "0" (1.3.6's 10⁻³ tick).
        assert_eq!(format_power(0.001, Lang::En), "0.001");
        assert_eq!(format_power(0.0010000000000000002, Lang::Zh), "0.001");
        assert_eq!(format_power(0.1, Lang::En), "0.1");
        assert_eq!(format_power(1e-4, Lang::En), "10⁻⁴");
        assert_eq!(format_compact(0.005, Lang::En), "0.005");
        assert_eq!(format_compact(0.25, Lang::En), "0.25");
    }

    #[test]
    fn conversions_and_estimates_add_no_digits() {
        // Llama 2-7B: 8.4e22 FLOP; a float division gives 83,999,999.99999999 petaFLOP.
        assert_eq!(shift_decimal(8.4e22, -15), 84_000_000.0);
        assert_eq!(format_full(shift_decimal(8.4e22, -15), Lang::En), "84,000,000");
        assert_eq!(shift_decimal(7.4245248e18, -15), 7424.5248);
        assert_eq!(shift_decimal(2.976e20, -15), 297_600.0);
        assert_eq!(round_significant(81_438_000.0, 3), 81_400_000.0);
        assert_eq!(format_shown(7424.5248, Precision::Significant(3), Lang::En), "7,420");
        assert_eq!(format_shown(61.13, Precision::Stated, Lang::En), "61.13");
        assert_eq!(round_significant(0.0, 3), 0.0);
    }

    #[test]
    fn stated_values_carry_qualifier_and_unit() {
        assert_eq!(format_stated(240000.0, Unit::Publications, Qualifier::LowerBound, Lang::En), "> 240,000 publications");
        assert_eq!(format_stated(240000.0, Unit::Publications, Qualifier::LowerBound, Lang::Zh), "> 240,000篇");
        assert_eq!(format_stated(88000.0, Unit::Publications, Qualifier::Approx, Lang::Zh), "≈ 88,000篇");
        assert_eq!(format_stated(61.13, Unit::Percent, Qualifier::Exact, Lang::En), "61.13%");
        assert_eq!(format_stated(191400000.0, Unit::Usd, Qualifier::Exact, Lang::En), "$191,400,000");
        assert_eq!(format_stated(191400000.0, Unit::Usd, Qualifier::Exact, Lang::Zh), "191,400,000美元");
        assert_eq!(format_stated(2024.5, Unit::Year, Qualifier::Exact, Lang::En), "2024.5");
        assert_eq!(format_stated(2.6, Unit::Ratio, Qualifier::Exact, Lang::Zh), "2.6倍");
        assert_eq!(format_stated(1.0, Unit::Models, Qualifier::Exact, Lang::En), "1 model");
        assert_eq!(format_stated(1.0, Unit::Models, Qualifier::Exact, Lang::Zh), "1个");
    }

    #[test]
    fn chinese_prose_uses_wan_and_yi_without_losing_digits() {
        assert_eq!(format_in_text(232_700.0, Unit::Publications, Qualifier::Approx, Lang::Zh), "约23.27万篇");
        assert_eq!(format_in_text(5e10, Unit::Petaflop, Qualifier::Approx, Lang::Zh), "约500亿 petaFLOP");
        assert_eq!(format_in_text(7400.0, Unit::Petaflop, Qualifier::Approx, Lang::Zh), "约7,400 petaFLOP");
        assert_eq!(format_in_text(191_400_000.0, Unit::Usd, Qualifier::Exact, Lang::Zh), "1.914亿美元");
        assert_eq!(format_in_text(240_000.0, Unit::Publications, Qualifier::LowerBound, Lang::Zh), "超过24万篇");
        assert_eq!(format_in_text(21_309.0, Unit::Publications, Qualifier::Exact, Lang::Zh), "21,309篇");
        assert_eq!(format_in_text(61.13, Unit::Percent, Qualifier::Exact, Lang::Zh), "61.13%");
        assert_eq!(format_in_text(240_000.0, Unit::Publications, Qualifier::LowerBound, Lang::En), "> 240,000 publications");
    }

    #[test]
    fn dates_and_periods_read_naturally() {
        assert_eq!(format_date("2012-09-30", Lang::En), "30 Sep 2012");
        assert_eq!(format_date("2012-09-30", Lang::Zh), "2012年9月30日");
        assert_eq!(format_date("not a date", Lang::Zh), "not a date");
        assert_eq!(format_period("2019-2023", Lang::En), "2019–2023");
        assert_eq!(format_period("2019-2023", Lang::Zh), "2019–2023年");
        assert_eq!(format_period("2022", Lang::Zh), "2022年");
        assert_eq!(format_period("2015-2015", Lang::En), "2015");
        assert_eq!(format_period("2015-2015", Lang::Zh), "2015年");
    }
}
