//! Rows of figures 1.3.4–1.3.6, recomputed from Epoch AI's notable models because the report
//! states none of their values: 1.3.4 (a `bar` figure) counts models per country over the
//! years in view; 1.3.5 and 1.3.6 (`scatter` figures) list each model with its parameters or
//! training compute, grouped by sector. Rules from the data README: a model counts once for each
//! country of its organizations; sector from `organization_categorization`.
//!
//! Source: Epoch AI, "Data on Notable AI Models" (CC BY 4.0), see `data::sources`.

use std::borrow::Cow;

use super::Row;
use crate::charts::{measure_of, ChartOptions};
use crate::data::dataset::country_totals;
use crate::data::epoch::{models_by_sector, models_in, models_without, Measure};
use crate::data::sources::{EPOCH_ACCESSED, EPOCH_ACCESSED_ZH, GPT4_EPOCH_ROW};
use crate::data::{region_name, ChartKind, Figure, Precision, Provenance, Qualifier, Role, Text, Unit};
use crate::i18n::{format_full, format_period, sector_label, Lang};

/// Significant digits shown for Epoch AI's estimates (compute, parameters, cost).
pub const ESTIMATE_DIGITS: u8 = 3;

/// `2003-2023`, or `2015` for one year.
pub fn period(years: (u16, u16)) -> String {
    if years.0 == years.1 { years.0.to_string() } else { format!("{}-{}", years.0, years.1) }
}

pub(super) fn rows(fig: &'static Figure, options: &ChartOptions, years: (u16, u16)) -> Vec<Row> {
    if fig.kind == ChartKind::Bar {
        let x = period(years);
        return country_totals(fig, years)
            .into_iter()
            .filter(|(code, _)| crate::data::dataset::is_country(code) && (options.regions.is_empty() || options.regions.contains(code)))
            .map(|(code, n)| Row {
                series_key: code,
                region: Some(code),
                series: region_name(code).unwrap_or(Text { en: code, zh: code }),
                x: Cow::Owned(x.clone()),
                value: n,
                unit: Unit::Models,
                qualifier: Qualifier::Exact,
                role: Role::Point,
                provenance: Provenance::Recomputed,
                precision: Precision::Stated,
                hidden: false,
                model: None,
            })
            .collect();
    }
    let measure = measure_of(fig);
    let unit = match measure {
        Measure::Parameters => Unit::Parameters,
        Measure::TrainingComputePetaflop => Unit::Petaflop,
    };
    models_by_sector(measure, years)
        .into_iter()
        .flat_map(|(sector, models)| {
            let series = Text { en: sector_label(sector, Lang::En), zh: sector_label(sector, Lang::Zh) };
            models.into_iter().filter_map(move |m| Some(Row::estimate(m, sector.code(), series, Cow::Owned(m.date_iso()), measure.of(m)?, unit)))
        })
        .collect()
}

/// Notes on how the rows of `years` were made, naming those years.
pub(super) fn notes(fig: &'static Figure, years: (u16, u16), lang: Lang) -> Vec<String> {
    let p = format_period(&period(years), lang);
    let n = |k: usize| format_full(k as f64, lang);
    let mut notes = vec![match lang {
        Lang::En => format!("Recomputed here from Epoch AI’s dataset for {p} (data accessed {EPOCH_ACCESSED}); the report used an earlier snapshot, so counts differ."),
        Lang::Zh => format!("据Epoch AI数据集在此重新计算（{p}，数据于{EPOCH_ACCESSED_ZH}获取）；报告使用的是更早的版本，因此数量有所不同。"),
    }];
    if fig.kind == ChartKind::Bar {
        notes.push(match lang {
            Lang::En => "A model whose organizations are in several countries counts once for each of them.".into(),
            Lang::Zh => "机构分属多个国家的模型，在每个国家各计一次。".into(),
        });
        let k = country_totals(fig, years).iter().find(|(c, _)| c.is_empty()).map_or(0, |(_, n)| *n as usize);
        if k > 0 {
            notes.push(match lang {
                Lang::En => format!("{} models of {p} have no country code in the dataset (no country, or “Multinational”) and count for no country.", n(k)),
                Lang::Zh => format!("{p}有{}个模型在数据集中没有国家代码（未注明国家或注明“跨国”），不计入任何国家。", n(k)),
            });
        }
    } else {
        let k = models_without(measure_of(fig), years);
        if k > 0 {
            notes.push(match lang {
                Lang::En => format!("{} models of {p} have no value for this measure and are not plotted.", n(k)),
                Lang::Zh => format!("{p}有{}个模型缺少该指标，未绘出。", n(k)),
            });
        }
        notes.push(match lang {
            Lang::En => "Values are Epoch AI’s estimates, shown to 3 significant digits; the CSV download has them as published.".into(),
            Lang::Zh => "数值为Epoch AI的估计值，显示3位有效数字；CSV下载文件中为原始数值。".into(),
        });
    }
    // Both GPT-4 rows are of 2023; 1.3.4 counts without the models file.
    let gpt4 = models_in(years).filter(|m| m.name.starts_with("GPT-4 (")).count();
    let counted = if fig.kind == ChartKind::Bar { (years.0..=years.1).contains(&2023) } else { gpt4 > 1 && models_in(years).any(|m| m.name == GPT4_EPOCH_ROW) };
    if counted {
        notes.push(match lang {
            Lang::En => "Epoch AI lists GPT-4 twice (Mar 2023 and Jun 2023): both rows are counted, as in the dataset; the Mar 2023 row is the one labelled GPT-4.".into(),
            Lang::Zh => "Epoch AI将GPT-4列为两行（2023年3月与2023年6月）：两行均按数据集计入；图中标注为GPT-4的是2023年3月一行。".into(),
        });
    }
    notes
}
