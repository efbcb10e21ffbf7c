//! A chart's text description for screen readers and anyone who cannot see the canvas: the
//! kind of chart, then every value drawn (series, x, value with its mark and unit), or, for
//! long series, a summary that points to the table view.

use super::{ChartOptions, TOP_N};
use crate::data::ChartKind;
use crate::data::dataset::Layer;
use crate::i18n::{chart_kind_label, format_date, format_full, format_in_text, format_period, strings, Lang};
use crate::view_table::{empty_message, table, Row, ViewTable};

/// Above this many values the description summarises instead of listing.
pub const LIST_LIMIT: usize = 40;

/// The description of `fig`'s chart under `options`, in `lang`.
pub fn describe(fig: &'static crate::data::Figure, options: &ChartOptions, lang: Lang) -> String {
    describe_table(&table(fig, options, lang), options)
}

/// The description of a table in view: the kind of chart, then every value not hidden (series,
/// x, value with its mark and unit), or a summary that points to the table view.
pub fn describe_table(t: &ViewTable, options: &ChartOptions) -> String {
    let (fig, lang) = (t.fig, t.lang);
    let s = strings(lang);
    let (sep, end, colon) = match lang {
        Lang::En => ("; ", ". ", ": "),
        Lang::Zh => ("；", "。", "："),
    };
    let kind = chart_kind_label(fig.kind, lang);
    let head = match lang {
        Lang::En => format!("{} {}, {kind}{end}", s.figure, fig.id),
        Lang::Zh => format!("{} {}，{kind}{end}", s.figure, fig.id),
    };
    if let Some(message) = empty_message(t) {
        return format!("{head}{message}");
    }
    let rows: Vec<&Row> = t.plotted().filter(|r| !r.hidden).collect();
    if rows.is_empty() {
        return format!("{head}{}", s.no_values);
    }
    let notes = t.notes.first().map_or(String::new(), |n| format!(" {n}"));
    if t.is_recomputed() && fig.kind == ChartKind::Bar {
        let shown = if options.show_all { usize::MAX } else { TOP_N };
        let counts: Vec<String> = rows.iter().take(shown).map(|r| format!("{}{colon}{}", lang.pick(r.series), format_full(r.value, lang))).collect();
        let period = format_period(&rows[0].x, lang);
        return format!("{head}{period}{colon}{}{end}{notes}", crate::text::join(&counts, sep));
    }
    if t.is_recomputed() {
        let years = t.span.map(|(a, b)| format_period(&format!("{a}-{b}"), lang)).unwrap_or_default();
        // The first of equal largest (Epoch's Mar 2023 GPT-4 row, the labelled one, before Jun).
        let top = rows.iter().copied().reduce(|a, b| if b.value > a.value { b } else { a });
        let (open, close) = if lang == Lang::En { (" (", ")") } else { ("（", "）") };
        let top = top.and_then(|r| Some(format!("{}{open}{}{close}", r.model?.name, format_in_text(r.shown(), r.unit, r.qualifier, lang)))).unwrap_or_default();
        let n = format_full(rows.len() as f64, lang);
        return match lang {
            Lang::En => format!("{head}{n} models, {years}; the largest: {top}. Every model is listed in the table view.{notes}"),
            Lang::Zh => format!("{head}共{n}个模型，{years}；最大者：{top}。表格视图列出全部模型。{notes}"),
        };
    }
    // A model is named with its publication date; other rows with their series and x.
    let (open, close) = if lang == Lang::En { (" (", ")") } else { ("（", "）") };
    let item = |r: &Row| match r.model {
        Some(m) => format!("{}{open}{}{close}{colon}{}", m.name, format_date(&m.date_iso(), lang), format_in_text(r.shown(), r.unit, r.qualifier, lang)),
        None => format!("{} {}{colon}{}", lang.pick(r.series), format_period(&r.x, lang), format_in_text(r.shown(), r.unit, r.qualifier, lang)),
    };
    let part = |rows: &[&Row]| {
        if rows.len() > LIST_LIMIT {
            let max = rows.iter().max_by(|a, b| a.value.total_cmp(&b.value)).map(|r| item(r)).unwrap_or_default();
            return match lang {
                Lang::En => format!("{} values; the largest: {max}. Every value is listed in the table view.", rows.len()),
                Lang::Zh => format!("共{}个数值；最大者：{max}。表格视图列出全部数值。", rows.len()),
            };
        }
        let items: Vec<String> = rows.iter().map(|r| item(r)).collect();
        format!("{}{end}", crate::text::join(&items, sep))
    };
    // Layered figures: the report's values, then the dataset layer's, each said as such.
    let (report, dataset): (Vec<&Row>, Vec<&Row>) = rows.iter().partition(|r| r.layer() == Layer::Report);
    if dataset.is_empty() || report.is_empty() {
        let label = match (dataset.is_empty(), lang) {
            (true, _) => "",
            (false, Lang::En) => "Dataset layer (recounted): ",
            (false, Lang::Zh) => "数据集图层（重新统计）：",
        };
        let label = if crate::data::dataset::has_layer(fig) { label } else { "" };
        return format!("{head}{label}{}", part(&rows));
    }
    match lang {
        Lang::En => format!("{head}Stated in the report: {} Dataset layer (recounted): {}", part(&report), part(&dataset)),
        Lang::Zh => format!("{head}报告陈述：{}数据集图层（重新统计）：{}", part(&report), part(&dataset)),
    }
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
        assert!(d.starts_with("图 1.1.1，折线图。全球 2010年：约8.8万篇；全球 2022年：超过24万篇。"), "{d}");
    }

    #[test]
    fn long_figures_are_summarised() {
        let d = describe(figure("1.3.17").unwrap(), &ChartOptions::default(), Lang::En);
        assert!(d.contains("90 values; the largest: Google 2019–2023: 40 models"));
        let d = describe(figure("1.3.6").unwrap(), &ChartOptions::default(), Lang::En);
        assert!(d.contains("Gemini 1.0 Ultra") && d.contains("table view"));
    }

    #[test]
    fn layered_figures_say_which_values_are_stated() {
        let d = describe(figure("1.3.3").unwrap(), &ChartOptions::default(), Lang::En);
        let (stated, dataset) = d.split_once("Dataset layer (recounted): ").expect("both layers described");
        assert!(stated.contains("Stated in the report: United States 2023: 61 models"), "{d}");
        assert!(dataset.contains("values; the largest: United States 2023"), "{d}");
        let d = describe(figure("1.3.7").unwrap(), &ChartOptions::default(), Lang::Zh);
        assert!(d.contains("报告陈述：") && d.contains("数据集图层（重新统计）：") && d.contains("Gemini 1.0 Ultra（2023年12月6日）"), "{d}");
    }
}
