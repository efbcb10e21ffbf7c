//! The reconciliation of a figure (`view=reconcile`): each value the report states beside the
//! one recomputed from the open dataset for the same year and category (counts from the
//! build-time aggregates; a named model's compute and cloud cost from the join table), their
//! difference (absolute and in percent, at the stated value's precision) and the reason where
//! known. Pure: numbers are kept for tests, texts come out formatted in the page's language.
//!
//! Sources: the report's values (`values.csv`); Epoch AI, "Data on Notable AI Models"; Ecosystem
//! Graphs at d66e17f (see `data::sources`).

use crate::data::dataset::{has_reconciliation, named_model, source_of, values_of, DatasetSource};
use crate::data::decimal::{fixed_text, plain_text, shift_decimal};
use crate::data::{display_name, region_name, Figure, Qualifier, Role, Unit, Value};
use crate::i18n::{format_period, format_stated, Lang};

/// A figure's reconciliation, ready to print.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Reconciliation {
    pub rows: Vec<ReconcileRow>,
    /// Notes printed under the table (the datasets and their versions, how to read it).
    pub notes: Vec<String>,
}

/// One stated value against its recomputed counterpart; `None` where a side has no value.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ReconcileRow {
    /// The category (region, sector, organization, model; with the measure for 1.3.23).
    pub series: String,
    /// The year (or period) both values are for.
    pub x: String,
    pub stated: Option<String>,
    pub recomputed: Option<String>,
    /// Recomputed minus stated, at the stated value's precision.
    pub difference: Option<String>,
    pub percent: Option<String>,
    /// Why the two differ, where known.
    pub reason: Option<String>,
    /// The value is not in the report's text but counted from the data file behind the figure
    /// (`provenance=source_data_file`): marked ‡, and counted apart in the notes.
    pub from_data_file: bool,
    /// The numbers behind the texts: stated, recomputed (unrounded), in the stated unit.
    pub stated_value: f64,
    pub recomputed_value: Option<f64>,
}

impl ReconcileRow {
    /// Recomputed minus stated, at the stated value's precision; `None` without a recomputed value.
    pub fn difference_value(&self) -> Option<f64> {
        let d = decimals(self.stated_value);
        Some(round_to(self.recomputed_value? - self.stated_value, d))
    }

    /// The difference in percent of the stated value, to one decimal; `None` without a
    /// recomputed value or for a stated zero.
    pub fn percent_value(&self) -> Option<f64> {
        let diff = self.difference_value()?;
        (self.stated_value != 0.0).then(|| round_to(diff / self.stated_value * 100.0, 1))
    }
}

/// Decimal places of a stated value as written (`33.3` → 1, `7400` → 0).
fn decimals(v: f64) -> u32 {
    let s = plain_text(v);
    s.split_once('.').map_or(0, |(_, f)| f.len() as u32)
}

fn round_to(v: f64, d: u32) -> f64 {
    let f = 10f64.powi(d as i32);
    let r = (v * f).round() / f;
    if r == 0.0 { 0.0 } else { r }
}

/// The recomputed value of a stated one, in its unit, or why there is none.
fn recomputed_of(fig: &Figure, v: &Value) -> Option<f64> {
    if let Some(n) = named_model(v.series_key()) {
        // Named models: Epoch's compute (petaFLOP, exact in decimal) or cloud cost of the joined row.
        let x = match v.unit {
            Unit::Petaflop => shift_decimal(n.compute_flop, -15),
            Unit::Usd => n.cost_cloud_usd,
            _ => f64::NAN,
        };
        return (!x.is_nan()).then_some(x);
    }
    let category = |c: &str| v.region() == Some(c) || v.series_key() == c || (v.role == Role::Total && c == "total");
    values_of(fig).find(|d| d.x == v.x() && category(d.category)).map(|d| d.value)
}

fn reason(fig: &Figure, v: &Value, recomputed: Option<f64>, diff: Option<f64>, lang: Lang) -> Option<String> {
    let en = lang == Lang::En;
    let text = |e: &str, z: &str| Some(if en { e.to_string() } else { z.to_string() });
    if named_model(v.series_key()).is_some() {
        return match (recomputed, v.unit) {
            (None, _) => text("No cloud cost for this model in Epoch AI’s dataset.", "Epoch AI数据集中没有该模型的云端训练成本。"),
            _ if diff == Some(0.0) => None,
            (_, Unit::Usd) => text("Epoch AI’s later cloud-cost estimate (training_compute_cost_cloud_usd).", "Epoch AI更新后的云端成本估计（training_compute_cost_cloud_usd）。"),
            _ if v.series_key() == "gpt4" => text("Epoch AI lists GPT-4 twice; compared with the Mar 2023 row.", "Epoch AI将GPT-4列为两行；此处与2023年3月一行比较。"),
            _ if v.qualifier != Qualifier::Exact => text("The report rounds this value (≈).", "报告对该数值作了取整（≈）。"),
            _ => text("Epoch AI’s later estimate.", "Epoch AI更新后的估计。"),
        };
    }
    if diff == Some(0.0) {
        return None;
    }
    if recomputed.is_none() {
        return text("The dataset has no value for this category and year.", "数据集中没有该类别和年份的数值。");
    }
    let eu_uk = v.region() == Some("EU_UK");
    let merged = display_name(fig.id, v.series_key()).is_some();
    match source_of(fig) {
        _ if merged => text("Spelling variants: the source counts this spelling apart; merged for display only.", "拼写变体：来源数据将此拼写单独计数，仅在显示时合并。"),
        DatasetSource::Epoch if eu_uk => text(
            "Later dataset vintage; EU+UK counts a model once, where the report adds the EU’s and the UK’s counts.",
            "数据集版本更新；欧盟和英国合计时每个模型只计一次，而报告将欧盟与英国的数量相加。",
        ),
        DatasetSource::Epoch if v.region().is_some() => text(
            "Later dataset vintage, with countries as Epoch now records them; a model counts once per country (e.g. Google DeepMind for both the US and the UK).",
            "数据集版本更新，国家以Epoch当前记录为准；模型在每个国家各计一次（例如Google DeepMind同时计入美国和英国）。",
        ),
        DatasetSource::Epoch => text("Later dataset vintage; sectors by Epoch’s organization_categorization.", "数据集版本更新；部门依据Epoch的organization_categorization。"),
        DatasetSource::EcosystemGraphs if eu_uk => text(
            "Countries from this project’s organization map; EU+UK counts a model once, where the report adds members’ counts.",
            "国家依据本项目编制的机构对照表；欧盟和英国合计时每个模型只计一次，而报告将成员数量相加。",
        ),
        DatasetSource::EcosystemGraphs if v.region().is_some() => text(
            "Attribution rule: countries from this project’s organization map, once per country; the AI Index attributed models its own way.",
            "归属规则：国家依据本项目编制的机构对照表，每个国家各计一次；人工智能指数采用了自己的归属方法。",
        ),
        DatasetSource::EcosystemGraphs => text(
            "Attribution rule: sectors from this project’s organization map; the AI Index attributed models its own way.",
            "归属规则：部门依据本项目编制的机构对照表；人工智能指数采用了自己的归属方法。",
        ),
    }
}

fn number_text(x: f64, unit: Unit, lang: Lang) -> String {
    format_stated(x, unit, Qualifier::Exact, lang)
}

/// The reconciliation of `fig` in `lang`; empty for figures without one.
pub fn reconcile(fig: &'static Figure, lang: Lang) -> Reconciliation {
    if !has_reconciliation(fig) {
        return Reconciliation::default();
    }
    let mut rows = Vec::new();
    // Costs appear on 1.3.21 and 1.3.22 and compute on 1.3.7 and 1.3.23: compared model by model.
    for v in fig.values.iter().filter(|v| v.role != Role::Annotation) {
        let recomputed = recomputed_of(fig, v);
        let from_data_file = v.provenance == crate::data::Provenance::SourceDataFile;
        let mut row = ReconcileRow { stated_value: v.value, recomputed_value: recomputed, from_data_file, ..Default::default() };
        let diff = row.difference_value();
        let d = decimals(v.value);
        // A spelling the chart merges into another keeps its own name here: both are counted apart.
        let series = display_name(fig.id, v.series_key()).filter(|n| n.merge_into.is_none()).map_or(lang.pick(v.series()), |n| lang.pick(n.display));
        let series = v.region().and_then(region_name).map_or(series, |n| lang.pick(n));
        row.series = match (v.x(), lang) {
            ("training_compute_petaflop", Lang::En) => format!("{series} · training compute"),
            ("training_compute_petaflop", Lang::Zh) => format!("{series} · 训练算力"),
            ("training_cost_usd", Lang::En) => format!("{series} · training cost"),
            ("training_cost_usd", Lang::Zh) => format!("{series} · 训练成本"),
            _ => series.to_string(),
        };
        if from_data_file {
            row.series.push_str(" ‡");
        }
        row.x = if v.x().starts_with("training_") { String::new() } else { format_period(v.x(), lang) };
        row.stated = Some(format_stated(v.value, v.unit, v.qualifier, lang));
        row.recomputed = recomputed.map(|r| number_text(round_to(r, d), v.unit, lang));
        row.difference = diff.map(|x| {
            let sign = if x > 0.0 { "+" } else { "" };
            format!("{sign}{}", number_text(x, v.unit, lang))
        });
        row.percent = row.percent_value().map(|p| format!("{}{}%", if p > 0.0 { "+" } else { "" }, fixed_text(p, 1)));
        row.reason = reason(fig, v, recomputed, diff, lang);
        rows.push(row);
    }
    let notes = notes(fig, &rows, lang);
    Reconciliation { rows, notes }
}

fn notes(fig: &Figure, rows: &[ReconcileRow], lang: Lang) -> Vec<String> {
    use crate::data::sources::{ECOSYSTEM_GRAPHS_CITATION_EN, ECOSYSTEM_GRAPHS_CITATION_ZH, EPOCH_CITATION_EN, EPOCH_CITATION_ZH};
    // Values the report's text states, and values counted from the data file behind the figure
    // (‡), are counted apart: agreement of the latter checks the snapshot, not the report.
    let tally = |file: bool| {
        let of: Vec<&ReconcileRow> = rows.iter().filter(|r| r.from_data_file == file).collect();
        (of.iter().filter(|r| r.difference_value() == Some(0.0)).count(), of.len())
    };
    let ((agree, text), (agree_file, file)) = (tally(false), tally(true));
    let dataset = match (source_of(fig), lang) {
        (DatasetSource::Epoch, Lang::En) => EPOCH_CITATION_EN,
        (DatasetSource::Epoch, Lang::Zh) => EPOCH_CITATION_ZH,
        (_, Lang::En) => ECOSYSTEM_GRAPHS_CITATION_EN,
        (_, Lang::Zh) => ECOSYSTEM_GRAPHS_CITATION_ZH,
    };
    let mut notes = vec![match lang {
        Lang::En => format!("Recomputed from {dataset}. Differences are recomputed minus stated, at the stated value’s precision."),
        Lang::Zh => format!("重新计算所据：{dataset}。差值为重新计算值减去报告值，按报告数值的精度取整。"),
    }];
    if text > 0 {
        notes.push(match lang {
            Lang::En => format!("{agree} of {text} values stated in the report’s text agree exactly."),
            Lang::Zh => format!("报告正文陈述的{text}个数值中有{agree}个完全一致。"),
        });
    }
    if file > 0 {
        notes.push(match lang {
            Lang::En => format!("‡ Counted from the data file behind the figure, not stated in the report’s text (a check of the snapshot, not of the report): {agree_file} of these {file} agree exactly."),
            Lang::Zh => format!("‡ 据图表所附数据文件统计，并非报告正文数值（检验的是快照而非报告）：这{file}个中有{agree_file}个完全一致。"),
        });
    }
    notes
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::{figure, FIGURES};

    fn row<'a>(r: &'a Reconciliation, series: &str, x: &str) -> &'a ReconcileRow {
        r.rows.iter().find(|w| w.series == series && w.x == x).unwrap_or_else(|| panic!("{series} {x}"))
    }

    #[test]
    fn foundation_totals_are_reproduced_exactly() {
        let r = reconcile(figure("1.3.13").unwrap(), Lang::En);
        for (series, x, n) in [("Total", "2023", 149.0), ("Open", "2023", 98.0), ("Limited access", "2023", 23.0), ("No access (closed)", "2023", 28.0), ("Total", "2022", 72.0)] {
            let w = row(&r, series, x);
            assert_eq!((w.stated_value, w.recomputed_value, w.difference_value()), (n, Some(n), Some(0.0)), "{series} {x}");
        }
        assert!(r.rows.iter().all(|w| w.difference_value() == Some(0.0)), "1.3.13 is the snapshot the report counted");
        let shares = reconcile(figure("1.3.14").unwrap(), Lang::En);
        assert!(shares.rows.iter().all(|w| w.difference_value() == Some(0.0)), "shares agree at the stated precision");
        for id in ["1.3.16", "1.3.17"] {
            assert!(reconcile(figure(id).unwrap(), Lang::En).rows.iter().all(|w| w.difference_value() == Some(0.0)), "{id}");
        }
    }

    #[test]
    fn costs_are_reconciled_model_by_model() {
        let r = reconcile(figure("1.3.21").unwrap(), Lang::En);
        let pct = |s: &str| row(&r, s, match s { "RoBERTa Large" => "2019", "PaLM (540B)" => "2022", _ => "2023" }).percent_value().unwrap();
        // "Within 4–8%" in whole percent, as the data README says it (RoBERTa Large is +3.9%).
        for s in ["RoBERTa Large", "GPT-4", "Gemini Ultra"] {
            assert!((4.0..=8.0).contains(&pct(s).round()), "{s}: {}", pct(s));
        }
        assert_eq!(pct("PaLM (540B)"), 16.7);
        for (s, x) in [("Transformer", "2017"), ("LaMDA", "2022"), ("Llama 2 70B", "2023")] {
            let w = row(&r, s, x);
            assert_eq!(w.recomputed_value, None);
            assert!(w.reason.as_deref().unwrap().contains("No cloud cost"));
        }
    }

    #[test]
    fn every_reconciled_figure_has_a_row_per_stated_value() {
        for fig in FIGURES.iter().filter(|f| has_reconciliation(f)) {
            for lang in [Lang::En, Lang::Zh] {
                let r = reconcile(fig, lang);
                assert_eq!(r.rows.len(), fig.values.iter().filter(|v| v.role != Role::Annotation).count(), "{}", fig.id);
                for w in &r.rows {
                    assert_eq!(w.recomputed.is_some(), w.recomputed_value.is_some());
                    // A difference comes with a reason, except where the two agree.
                    if w.difference_value() != Some(0.0) {
                        assert!(w.reason.is_some(), "{} {} {}", fig.id, w.series, w.x);
                    }
                }
            }
        }
        assert!(reconcile(figure("1.1.1").unwrap(), Lang::En).rows.is_empty());
    }

    #[test]
    fn differences_keep_the_stated_precision() {
        assert_eq!(decimals(33.3), 1);
        assert_eq!(decimals(149.0), 0);
        let w = ReconcileRow { stated_value: 33.3, recomputed_value: Some(100.0 / 3.0), ..Default::default() };
        assert_eq!((w.difference_value(), w.percent_value()), (Some(0.0), Some(0.0)));
        let w = ReconcileRow { stated_value: 12389056.0, recomputed_value: Some(14451957.906571811), ..Default::default() };
        assert_eq!(w.difference_value(), Some(2062902.0));
        assert_eq!(w.percent_value(), Some(16.7));
    }

    #[test]
    fn data_file_counts_are_marked_and_counted_apart() {
        // 15 of 1.3.13's 20 rows are counted from the data file (values.csv: source_data_file).
        let fig = figure("1.3.13").unwrap();
        let from_file = fig.values.iter().filter(|v| v.role != Role::Annotation && v.provenance == crate::data::Provenance::SourceDataFile).count();
        let r = reconcile(fig, Lang::En);
        assert_eq!(r.rows.iter().filter(|w| w.from_data_file).count(), from_file);
        assert!(r.rows.iter().filter(|w| w.from_data_file).all(|w| w.series.ends_with(" ‡")));
        let in_text = r.rows.len() - from_file;
        assert!(from_file > 0 && in_text > 0);
        assert!(r.notes.iter().any(|n| n.contains(&format!("of {in_text} values stated in the report’s text"))), "{:?}", r.notes);
        assert!(r.notes.iter().any(|n| n.starts_with('‡') && n.contains(&format!("of these {from_file} agree"))), "{:?}", r.notes);
        // A figure whose values the report states keeps the plain sentence.
        let fig = figure("1.3.21").unwrap();
        let r = reconcile(fig, Lang::En);
        assert!(r.rows.iter().all(|w| !w.from_data_file));
        assert!(r.notes.iter().any(|n| n.contains("values stated in the report’s text agree exactly")));
    }
}
