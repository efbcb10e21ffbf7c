//! Rows of the dataset layers: beside the report's stated values of eleven figures, the series
//! recounted from an open dataset. Counts come from the build-time aggregates
//! (`data::dataset::values_of`); the scatter figures (1.3.7, 1.3.22, 1.3.23) list every Epoch AI
//! model with the figure's measure, coloured by domain, from the models file.
//!
//! Sources: Epoch AI, "Data on Notable AI Models"; Ecosystem Graphs at d66e17f (`data::sources`).

use std::borrow::Cow;

use super::epoch_rows::{period, ESTIMATE_DIGITS};
use super::{in_regions, Row};
use crate::charts::ChartOptions;
use crate::data::dataset::{domain_of, source_of, values_of, DatasetSource};
use crate::data::decimal::shift_decimal;
use crate::data::notable_models::models;
use crate::data::{region_name, ChartKind, Figure, Model, Precision, Provenance, Qualifier, Role, Sector, Text, Unit};
use crate::i18n::{sector_label, Lang};

/// The x of 1.3.23's two measures (as in `values.csv`).
pub const COMPUTE: &str = "training_compute_petaflop";
pub const COST: &str = "training_cost_usd";

/// What a scatter figure's dataset layer plots, read from the units of its stated values.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ScatterMeasure {
    /// Training compute in petaFLOP by publication date (1.3.7).
    Compute,
    /// Cloud training cost in USD by publication date (1.3.22).
    Cost,
    /// Cost against compute (1.3.23).
    CostVsCompute,
}

/// The measure of a scatter figure with a dataset layer.
pub fn scatter_measure(fig: &Figure) -> ScatterMeasure {
    let has = |u: Unit| fig.values.iter().any(|v| v.unit == u);
    match (has(Unit::Petaflop), has(Unit::Usd)) {
        (true, true) => ScatterMeasure::CostVsCompute,
        (true, false) => ScatterMeasure::Compute,
        _ => ScatterMeasure::Cost,
    }
}

/// The years a scatter layer covers: the figure's titled span, else the years of its stated
/// values, else Epoch AI's window (1.3.23: every model up to 2023).
pub fn scatter_window(fig: &Figure) -> (u16, u16) {
    let years = || fig.values.iter().filter_map(|v| v.x().parse::<u16>().ok().filter(|_| v.x().len() == 4));
    fig.span
        .or_else(|| Some((years().min()?, years().max()?)))
        .unwrap_or(crate::data::sources::EPOCH_WINDOW)
}

fn provenance(fig: &Figure) -> Provenance {
    match source_of(fig) {
        DatasetSource::Epoch => Provenance::Recomputed,
        DatasetSource::EcosystemGraphs => Provenance::RecomputedEcosystemGraphs,
    }
}

/// Name of a category of a dataset layer: the report's series of the same category, else the
/// region, the sector, or "Other".
fn category_name(fig: &'static Figure, category: &'static str) -> (&'static str, Option<&'static str>, Text) {
    if let Some(v) = crate::data::dataset::stated_point(fig, category) {
        return (v.series_key(), v.region(), v.series());
    }
    if let Some(name) = region_name(category) {
        return (category, Some(category), name);
    }
    if let Some(&s) = Sector::ALL.iter().find(|s| s.code() == category) {
        return (category, None, Text { en: sector_label(s, Lang::En), zh: sector_label(s, Lang::Zh) });
    }
    (category, None, Text { en: "Other sectors", zh: "其他部门" })
}

fn in_time(time: Option<(u16, u16)>, x: &str) -> bool {
    match (time, x.parse::<u16>()) {
        (Some((a, b)), Ok(y)) if x.len() == 4 => (a..=b).contains(&y),
        _ => true,
    }
}

/// The dataset layer's rows of `fig` under `options` (regions and years in view).
pub(super) fn rows(fig: &'static Figure, options: &ChartOptions, time: Option<(u16, u16)>) -> Vec<Row> {
    if fig.kind == ChartKind::Scatter {
        return model_rows(fig, time);
    }
    let provenance = provenance(fig);
    values_of(fig)
        .filter(|v| in_time(time, v.x))
        .filter_map(|v| {
            let (series_key, region, series) = category_name(fig, v.category);
            let unit = fig.points().find(|p| p.series_key() == series_key).map_or(Unit::Models, |p| p.unit);
            in_regions(options, region).then(|| Row {
                series_key,
                region,
                series,
                x: Cow::Borrowed(v.x),
                value: v.value,
                unit,
                qualifier: Qualifier::Exact,
                role: Role::Point,
                provenance,
                precision: if unit == Unit::Usd { Precision::Significant(ESTIMATE_DIGITS) } else { Precision::Stated },
                hidden: false,
                model: None,
            })
        })
        .collect()
}

fn model_row(m: &'static Model, x: Cow<'static, str>, value: f64, unit: Unit) -> Row {
    let (code, en, zh) = domain_of(m);
    Row::estimate(m, code, Text { en, zh }, x, value, unit)
}

fn model_rows(fig: &'static Figure, time: Option<(u16, u16)>) -> Vec<Row> {
    let window = scatter_window(fig);
    let (lo, hi) = time.map_or(window, |(a, b)| (a.max(window.0), b.min(window.1)));
    let measure = scatter_measure(fig);
    // Grouped by domain in the build's order (most models first), each in date order (the
    // file lists models newest first): no sort, so no sort code for these rows.
    let mut rows = Vec::new();
    for domain in values_of(fig).map(|v| v.category) {
        for m in models().iter().rev().filter(|m| (lo..=hi).contains(&m.year()) && domain_of(m).0 == domain) {
            let compute = m.compute_flop().map(|f| shift_decimal(f, -15));
            match (measure, compute, m.cost_cloud()) {
                (ScatterMeasure::Compute, Some(c), _) => rows.push(model_row(m, Cow::Owned(m.date_iso()), c, Unit::Petaflop)),
                (ScatterMeasure::Cost, _, Some(usd)) => rows.push(model_row(m, Cow::Owned(m.date_iso()), usd, Unit::Usd)),
                (ScatterMeasure::CostVsCompute, Some(c), Some(usd)) => {
                    rows.push(model_row(m, Cow::Borrowed(COMPUTE), c, Unit::Petaflop));
                    rows.push(model_row(m, Cow::Borrowed(COST), usd, Unit::Usd));
                }
                _ => {}
            }
        }
    }
    rows
}

/// Models of the scatter window in view without the figure's measure (not plotted).
pub(super) fn models_without_measure(fig: &'static Figure, time: Option<(u16, u16)>) -> usize {
    let window = scatter_window(fig);
    let (lo, hi) = time.map_or(window, |(a, b)| (a.max(window.0), b.min(window.1)));
    let measure = scatter_measure(fig);
    models()
        .iter()
        .filter(|m| (lo..=hi).contains(&m.year()))
        .filter(|m| match measure {
            ScatterMeasure::Compute => m.compute_flop().is_none(),
            ScatterMeasure::Cost => m.cost_cloud().is_none(),
            ScatterMeasure::CostVsCompute => m.compute_flop().is_none() || m.cost_cloud().is_none(),
        })
        .count()
}

/// The period of a scatter layer in view, for notes.
pub(super) fn scatter_period(fig: &'static Figure, time: Option<(u16, u16)>) -> String {
    let window = scatter_window(fig);
    period(time.map_or(window, |(a, b)| (a.max(window.0), b.min(window.1))))
}

/// Notes under a layered figure, in `lang`: the two layers' marks, the dataset and its version,
/// the counting rule in one sentence, and what the layer leaves out and why.
pub(super) fn notes(fig: &'static Figure, time: Option<(u16, u16)>, lang: Lang) -> Vec<String> {
    use crate::data::dataset::facts_of;
    use crate::data::sources::{ECOSYSTEM_GRAPHS_CITATION_EN, ECOSYSTEM_GRAPHS_CITATION_ZH, EPOCH_CITATION_EN, EPOCH_CITATION_ZH};
    use crate::i18n::{format_full, format_period};
    let n = |k: usize| format_full(k as f64, lang);
    let eg = source_of(fig) == DatasetSource::EcosystemGraphs;
    let mut notes = vec![match (lang, fig.kind) {
        (Lang::En, ChartKind::Bar) => "Solid bars: values the report states. Light bars: the dataset layer, recounted here.".to_string(),
        (Lang::Zh, ChartKind::Bar) => "实心条形为报告陈述的数值；浅色条形为数据集图层，在此重新统计。".to_string(),
        (Lang::En, ChartKind::Scatter) => "Large labelled points: values the report states. Small points: the dataset layer, every model with the measure.".to_string(),
        (Lang::Zh, ChartKind::Scatter) => "带标注的大圆点为报告陈述的数值；小圆点为数据集图层，即具有该指标的全部模型。".to_string(),
        (Lang::En, _) => "Markers: values the report states. Thin lines: the dataset layer, recounted here.".to_string(),
        (Lang::Zh, _) => "标记点为报告陈述的数值；细线为数据集图层，在此重新统计。".to_string(),
    }];
    notes.push(match (lang, eg) {
        (Lang::En, true) => format!("Dataset layer: {ECOSYSTEM_GRAPHS_CITATION_EN}; it reproduces the report’s foundation-model totals."),
        (Lang::Zh, true) => format!("数据集图层：{ECOSYSTEM_GRAPHS_CITATION_ZH}；该版本可复现报告中的基础模型总数。"),
        (Lang::En, false) => format!("Dataset layer: {EPOCH_CITATION_EN}, a later vintage than the report used."),
        (Lang::Zh, false) => format!("数据集图层：{EPOCH_CITATION_ZH}，比报告所用版本更新。"),
    });
    let country = fig.points().any(|v| v.region().is_some());
    let three = values_of(fig).any(|v| v.category == "EU_UK");
    let sector = !country && fig.points().any(|v| Sector::ALL.iter().any(|s| s.code() == v.series_key()));
    let rule = match fig.kind {
        ChartKind::Scatter => {
            let p = format_period(&scatter_period(fig, time), lang);
            let (en, zh) = match scatter_measure(fig) {
                ScatterMeasure::Compute => ("a training compute estimate", "训练算力估计值"),
                ScatterMeasure::Cost => ("a cloud training cost (training_compute_cost_cloud_usd)", "云端训练成本（training_compute_cost_cloud_usd）"),
                ScatterMeasure::CostVsCompute => ("both a compute estimate and a cloud training cost", "同时具有算力估计值和云端训练成本"),
            };
            match lang {
                Lang::En => format!("Every Epoch AI model of {p} with {en}; a model Epoch lists under several domains is coloured as “Several domains”."),
                Lang::Zh => format!("{p}所有具有{zh}的Epoch AI模型；在Epoch中列有多个领域的模型以“多个领域”着色。"),
            }
        }
        _ if fig.points().any(|v| v.unit == Unit::Usd) => match lang {
            Lang::En => "Epoch AI’s cloud training cost (training_compute_cost_cloud_usd, the column the report’s figures match) of each model the report names.".into(),
            Lang::Zh => "报告所列每个模型在Epoch AI中的云端训练成本（training_compute_cost_cloud_usd，与报告图表相符的一列）。".into(),
        },
        _ if three => match lang {
            Lang::En => "A model counts once for the US and once for China when its organizations are there, and once for EU+UK if any of its countries is in the EU27 or is the UK.".into(),
            Lang::Zh => "模型的机构位于美国或中国时分别计一次；其国家中任一属于欧盟27国或英国时，计入欧盟和英国一次。".into(),
        },
        _ if country => match lang {
            Lang::En => "A model counts once for each country of its organizations.".into(),
            Lang::Zh => "模型在其机构所在的每个国家各计一次。".into(),
        },
        _ if sector && eg => match lang {
            Lang::En => "Each model counts once, by its organizations’ sectors: industry, academia, both (industry–academia collaboration) or government alone; any other mix (research collectives, unknown) as “Other sectors”.".into(),
            Lang::Zh => "每个模型按其机构所属部门计一次：产业界、学术界、两者兼有（产学合作）或仅政府；其他组合（研究团体、未知）计为“其他部门”。".into(),
        },
        _ => match lang {
            Lang::En => "Each model counts once, in the sector of its organizations (Epoch’s organization_categorization).".into(),
            Lang::Zh => "每个模型按其机构所属部门（Epoch的organization_categorization）计一次。".into(),
        },
    };
    notes.push(rule);
    // Costs and compute are estimates: say they are rounded on screen, as 1.3.5–1.3.6 do.
    if fig.kind == ChartKind::Scatter || fig.points().any(|v| v.unit == Unit::Usd) {
        notes.push(match lang {
            Lang::En => "The dataset layer’s estimates are shown to 3 significant digits; the CSV and the reconciliation have them as published.".into(),
            Lang::Zh => "数据集图层的估计值显示3位有效数字；CSV与数据核对中为原始数值。".into(),
        });
    }
    if fig.kind == ChartKind::Bar && fig.points().any(|v| v.unit == Unit::Usd) {
        // Named models without a cloud cost in the dataset: said, not drawn.
        let missing: Vec<&str> = fig
            .points()
            .filter(|p| !values_of(fig).any(|v| v.category == p.series_key()))
            .filter_map(|p| crate::data::dataset::epoch_name(p.series_key()))
            .collect();
        if !missing.is_empty() {
            let list = super::text::join_list(&missing.iter().map(|s| s.to_string()).collect::<Vec<_>>(), lang);
            notes.push(match lang {
                Lang::En => format!("Epoch AI has no cloud cost for {list}."),
                Lang::Zh => format!("Epoch AI中没有{list}的云端训练成本。"),
            });
        }
    }
    if fig.kind == ChartKind::Scatter {
        let k = models_without_measure(fig, time);
        let p = format_period(&scatter_period(fig, time), lang);
        if k > 0 && crate::data::notable_models::loaded() {
            notes.push(match lang {
                Lang::En => format!("Left out: {} models of {p} without this measure.", n(k)),
                Lang::Zh => format!("未绘出：{p}有{}个模型缺少该指标。", n(k)),
            });
        }
    } else if let Some(f) = facts_of(fig).filter(|_| !fig.points().any(|v| v.unit == Unit::Usd)) {
        // (1.3.21 compares named models; the note above says which have no cloud cost.)
        let w = format_period(&period(f.window), lang);
        let mut parts: Vec<String> = Vec::new();
        if f.no_date > 0 {
            parts.push(match lang {
                Lang::En => format!("{} rows without a date", n(f.no_date as usize)),
                Lang::Zh => format!("{}行无日期", n(f.no_date as usize)),
            });
        }
        if f.outside_window > 0 {
            parts.push(match lang {
                Lang::En => format!("{} rows dated outside {w}", n(f.outside_window as usize)),
                Lang::Zh => format!("{}行日期在{w}之外", n(f.outside_window as usize)),
            });
        }
        if f.no_country > 0 {
            let k = n(f.no_country as usize);
            parts.push(match (lang, eg) {
                (Lang::En, true) => format!("{k} models of {w} whose organizations have no country code (“International” or unknown), counted for no country"),
                (Lang::Zh, true) => format!("{w}有{k}个模型的机构没有国家代码（“国际”或未知），不计入任何国家"),
                (Lang::En, false) => format!("{k} models of {w} with no country code in the dataset (no country, or “Multinational”), counted for no country"),
                (Lang::Zh, false) => format!("{w}有{k}个模型在数据集中没有国家代码（未注明国家或注明“跨国”），不计入任何国家"),
            });
        }
        if !parts.is_empty() {
            let total = n(f.total as usize);
            notes.push(match lang {
                Lang::En => format!("Left out of the dataset’s {total} rows: {}.", crate::text::join(&parts, "; ")),
                Lang::Zh => format!("数据集共{total}行，未计入：{}。", crate::text::join(&parts, "；")),
            });
        }
    }
    notes
}
