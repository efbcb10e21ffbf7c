//! A chart's text description for screen readers and anyone who cannot see the canvas: the
//! kind of chart, then every value drawn (series, x, value with its mark and unit), or, for
//! long series, a summary that points to the table view.

use super::{measure_of, visible_values, ChartOptions};
use crate::data::epoch::{models_by_country, models_by_sector, ALL_YEARS};
use crate::data::{region_name, ChartKind, Figure, Role};
use crate::i18n::{chart_kind_label, format_full, format_period, format_stated, strings, Lang};

/// Above this many values the description summarises instead of listing.
pub const LIST_LIMIT: usize = 40;

/// The description of `fig`'s chart under `options`, in `lang`.
pub fn describe(fig: &'static Figure, options: &ChartOptions, lang: Lang) -> String {
    let t = strings(lang);
    let (sep, end, colon) = match lang {
        Lang::En => ("; ", ". ", ": "),
        Lang::Zh => ("；", "。", "："),
    };
    let kind = chart_kind_label(fig.kind, lang);
    let head = match lang {
        Lang::En => format!("{} {}, {kind}{end}", t.figure, fig.id),
        Lang::Zh => format!("{}{}，{kind}{end}", t.figure, fig.id),
    };
    if fig.is_recomputed() {
        let years = options.time.map_or(ALL_YEARS, |r| r.resolve(ALL_YEARS));
        return if fig.kind == ChartKind::Bar {
            let counts: Vec<String> = models_by_country(years)
                .into_iter()
                .filter(|(c, _)| options.regions.is_empty() || options.regions.contains(c))
                .take(if options.show_all { usize::MAX } else { super::TOP_N })
                .map(|(c, n)| format!("{}{colon}{}", region_name(c).map_or(c, |x| lang.pick(x)), format_full(n as f64, lang)))
                .collect();
            format!("{head}{}{end}{}", counts.join(sep), t.recomputed_note)
        } else {
            let measure = measure_of(fig);
            let groups = models_by_sector(measure, years);
            let n: usize = groups.iter().map(|(_, m)| m.len()).sum();
            let top = groups.iter().flat_map(|(_, m)| m.iter()).max_by(|a, b| measure.of(a).unwrap_or(0.0).total_cmp(&measure.of(b).unwrap_or(0.0)));
            let top = top.map(|m| format!("{} ({})", m.name, format_full(measure.of(m).unwrap_or(0.0), lang))).unwrap_or_default();
            match lang {
                Lang::En => format!("{head}{n} models, {}–{}; the largest: {top}. Every model is listed in the table view. {}", years.0, years.1, t.recomputed_note),
                Lang::Zh => format!("{head}共{n}个模型，{}–{}年；最大者：{top}。表格视图列出全部模型。{}", years.0, years.1, t.recomputed_note),
            }
        };
    }
    let values: Vec<_> = visible_values(fig, options).into_iter().filter(|v| v.role != Role::Annotation).collect();
    if values.is_empty() {
        return format!("{head}{}", t.no_values);
    }
    let item = |v: &crate::data::Value| format!("{} {}{colon}{}", lang.pick(v.series), format_period(v.x, lang), format_stated(v.value, v.unit, v.qualifier, lang));
    if values.len() > LIST_LIMIT {
        let max = values.iter().max_by(|a, b| a.value.total_cmp(&b.value)).map(|v| item(v)).unwrap_or_default();
        return match lang {
            Lang::En => format!("{head}{} values; the largest: {max}. Every value is listed in the table view.", values.len()),
            Lang::Zh => format!("{head}共{}个数值；最大者：{max}。表格视图列出全部数值。", values.len()),
        };
    }
    let items: Vec<String> = values.iter().map(|v| item(v)).collect();
    format!("{head}{}{end}", items.join(sep))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::figure;

    #[test]
    fn lists_every_value_with_marks() {
        let d = describe(figure("1.1.1").unwrap(), &ChartOptions::default(), Lang::En);
        assert_eq!(d, "Figure 1.1.1, line chart. World 2010: ≈ 88,000 publications; World 2022: > 240,000 publications. ");
        let d = describe(figure("1.1.1").unwrap(), &ChartOptions::default(), Lang::Zh);
        assert!(d.starts_with("图1.1.1，折线图。全球 2010年：≈ 88,000篇；"));
    }

    #[test]
    fn long_figures_are_summarised() {
        let d = describe(figure("1.3.17").unwrap(), &ChartOptions::default(), Lang::En);
        assert!(d.contains("90 values; the largest: Google 2019–2023: 40 models"));
        let d = describe(figure("1.3.6").unwrap(), &ChartOptions::default(), Lang::En);
        assert!(d.contains("Gemini 1.0 Ultra") && d.contains("table view"));
    }
}
