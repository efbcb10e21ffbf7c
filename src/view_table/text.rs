//! Sentences about a table in view: the count under the figure's title and the message shown
//! when nothing is in view. Numbers and years come from the table.

use super::epoch_rows::period;
use super::{Empty, ViewTable};
use crate::data::Provenance;
use crate::i18n::{format_full, format_period, Lang};

/// Years as a reader writes a list of them, runs of three or more joined: en `2010 and 2022`,
/// `2003–2012, 2015 and 2016`; zh `2022年和2023年`, `2003–2012年、2015年和2016年`.
pub fn year_list(years: &[u16], lang: Lang) -> String {
    let mut runs: Vec<(u16, u16)> = Vec::new();
    for &y in years {
        match runs.last_mut() {
            Some((_, b)) if *b + 1 == y => *b = y,
            _ => runs.push((y, y)),
        }
    }
    // Two years are listed, three or more in a row are a range.
    let parts: Vec<String> = runs
        .iter()
        .flat_map(|&(a, b)| if b == a + 1 { vec![(a, a), (b, b)] } else { vec![(a, b)] })
        .map(|r| format_period(&period(r), lang))
        .collect();
    join_list(&parts, lang)
}

/// `a, b and c` / `a、b和c`.
pub fn join_list(parts: &[String], lang: Lang) -> String {
    let (sep, and) = match lang {
        Lang::En => (", ", " and "),
        Lang::Zh => ("、", "和"),
    };
    match parts.split_last() {
        None => String::new(),
        Some((last, [])) => last.clone(),
        Some((last, rest)) => format!("{}{and}{last}", crate::text::join(rest, sep)),
    }
}

/// What the chart area says when `table` has nothing to plot, in its language; `None` when
/// it has rows (or is an illustration, which the card describes in words).
pub fn empty_message(table: &ViewTable) -> Option<String> {
    let lang = table.lang;
    Some(match table.empty.as_ref()? {
        Empty::NoValueInYears { years, stated } => {
            let asked = format_period(&period(*years), lang);
            let list = year_list(stated, lang);
            match lang {
                Lang::En if table.is_recomputed() => format!("Epoch AI’s dataset has no model for {asked}. It has models for {list}."),
                Lang::En => format!("The report states no value for {asked}. It states values for {list}."),
                Lang::Zh if table.is_recomputed() => format!("Epoch AI数据集中没有{asked}的模型。有模型的年份：{list}。"),
                Lang::Zh => format!("报告未给出{asked}的数值。报告给出数值的年份：{list}。"),
            }
        }
        Empty::NoValueForRegions => match lang {
            Lang::En => "No value is stated for the chosen regions.".into(),
            Lang::Zh => "所选地区没有陈述的数值。".into(),
        },
        Empty::NoValues => return None,
        Empty::Loading => match lang {
            Lang::En => "Loading Epoch AI’s dataset…".into(),
            Lang::Zh => "正在加载Epoch AI数据集……".into(),
        },
    })
}

/// The name of the dataset a figure's counted values come from.
fn dataset_name(table: &ViewTable, lang: Lang) -> &'static str {
    let org = table.fig.source_org;
    if org.starts_with("Ecosystem Graphs") {
        "Ecosystem Graphs"
    } else if org.starts_with("Epoch AI") {
        "Epoch AI"
    } else if lang == Lang::En {
        "the source dataset"
    } else {
        "来源数据集"
    }
}

/// The count under the title: values read in the report (its text, the Chinese translation or
/// the bilingual summary; points and totals), apart from those counted from a dataset and shares
/// computed from counts; annotations are listed beside the chart, not counted. For recomputed
/// figures, the notable models of the years in view.
pub fn count_line(table: &ViewTable) -> String {
    let lang = table.lang;
    let n = |k: usize| format_full(k as f64, lang);
    if table.is_recomputed() {
        let years = table.span.unwrap_or(crate::data::epoch::ALL_YEARS);
        let models = crate::data::dataset::notable_models_in(years);
        let p = format_period(&period(years), lang);
        return match lang {
            Lang::En => format!("{} notable models of {p} in Epoch AI’s dataset", n(models)),
            Lang::Zh => format!("Epoch AI数据集中{p}的知名模型共{}个", n(models)),
        };
    }
    let count = |f: fn(Provenance) -> bool| table.plotted().filter(|r| f(r.provenance)).count();
    let stated = count(Provenance::is_stated);
    let counted = count(|p| p == Provenance::SourceDataFile);
    let derived = count(|p| p == Provenance::Derived);
    let dataset = dataset_name(table, lang);
    let mut parts = Vec::new();
    // Said "in view" when the reader's years, regions or layer leave some stated values out.
    let report = table.rows.iter().filter(|r| r.layer() == crate::data::dataset::Layer::Report).count();
    let narrowed = report < table.fig.values.len();
    if stated > 0 || counted + derived == 0 {
        parts.push(match (lang, narrowed) {
            (Lang::En, false) => format!("{} {} stated", n(stated), if stated == 1 { "value" } else { "values" }),
            (Lang::En, true) => format!("{} {} stated in view", n(stated), if stated == 1 { "value" } else { "values" }),
            (Lang::Zh, false) => format!("报告陈述{}个数值", n(stated)),
            (Lang::Zh, true) => format!("当前视图中报告陈述{}个数值", n(stated)),
        });
    }
    if counted > 0 {
        parts.push(match lang {
            Lang::En => format!("{} counted from {dataset}", n(counted)),
            Lang::Zh => format!("{}个据{dataset}统计", n(counted)),
        });
    }
    if derived > 0 {
        parts.push(match lang {
            Lang::En => format!("{} shares computed from counts", n(derived)),
            Lang::Zh => format!("{}个占比由数量计算", n(derived)),
        });
    }
    crate::text::join(&parts, if lang == Lang::En { ", " } else { "，" })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn year_lists_read_naturally() {
        assert_eq!(year_list(&[2010, 2022], Lang::En), "2010 and 2022");
        assert_eq!(year_list(&[2022, 2023], Lang::Zh), "2022年和2023年");
        assert_eq!(year_list(&[2003, 2004, 2005, 2010, 2011], Lang::En), "2003–2005, 2010 and 2011");
        assert_eq!(year_list(&[2003, 2004, 2005, 2010], Lang::Zh), "2003–2005年和2010年");
        assert_eq!(year_list(&[2019], Lang::Zh), "2019年");
        assert_eq!(year_list(&[], Lang::En), "");
    }
}

/// The stated facts listed beside the chart (annotation rows not hidden), one line each:
/// `<series>: <value>` in the table's language.
pub fn annotation_lines(table: &ViewTable) -> Vec<String> {
    let l = table.lang;
    let colon = if l == Lang::En { ": " } else { "：" };
    table
        .rows
        .iter()
        .filter(|r| r.role == crate::data::Role::Annotation && !r.hidden)
        .map(|a| format!("{}{colon}{}", l.pick(a.series), crate::i18n::format_stated(a.shown(), a.unit, a.qualifier, l)))
        .collect()
}
