//! Interface strings. One struct, one constant per language: a string missing in either
//! language is a compile error.

use super::Lang;
use crate::data::{ChartKind, Completeness, Provenance, RegionKind, Sector};

/// Every interface string that is not data.
#[derive(Debug)]
pub struct Strings {
    pub app_title: &'static str,
    pub app_subtitle: &'static str,
    pub report_credit: &'static str,
    pub overview: &'static str,
    pub highlights: &'static str,
    pub figures: &'static str,
    pub figure: &'static str,
    pub switch_language: &'static str,
    pub unit: &'static str,
    pub source: &'static str,
    pub values_stated: &'static str,
    pub stated_facts: &'static str,
    pub show_all: &'static str,
    pub show_top: &'static str,
    pub previous: &'static str,
    pub next: &'static str,
    pub back_to_overview: &'static str,
    pub no_values: &'static str,
    pub recomputed_note: &'static str,
    pub models_without_measure: &'static str,
    pub not_available: &'static str,
    pub gap_note: &'static str,
    pub merged_note: &'static str,
    pub total: &'static str,
    pub median: &'static str,
    pub interval: &'static str,
    pub variant_spelling: &'static str,
    pub models: &'static str,
    pub organization: &'static str,
    pub published: &'static str,
    pub unknown_figure: &'static str,
    pub invalid_param: &'static str,
    pub dismiss: &'static str,
    pub crashed: &'static str,
    pub footer_sources: &'static str,
    pub approx_legend: &'static str,
}

/// English.
pub const EN: Strings = Strings {
    app_title: "AI Index R&D Explorer",
    app_subtitle: "Chapter 1, Research and Development, of the AI Index Report 2024, figure by figure",
    report_credit: "Data: Stanford HAI, AI Index Report 2024 (CC BY-ND 4.0), Epoch AI (CC BY 4.0), Stanford CRFM Ecosystem Graphs. Charts and texts: this explorer.",
    overview: "Overview",
    highlights: "Highlights",
    figures: "Figures",
    figure: "Figure",
    switch_language: "中文",
    unit: "Unit",
    source: "Source",
    values_stated: "values stated",
    stated_facts: "Also stated",
    show_all: "Show all",
    show_top: "Show top 15",
    previous: "Previous figure",
    next: "Next figure",
    back_to_overview: "All figures",
    no_values: "The report gives no values for this figure; it is described here in words.",
    recomputed_note: "Recomputed from Epoch AI, data accessed 2026-01-26; the report used an earlier snapshot, so counts differ.",
    models_without_measure: "models of 2003–2023 have no value for this measure and are not plotted",
    not_available: "Years without a point have no value stated in the report: they are gaps, not zeros.",
    gap_note: "not stated",
    merged_note: "Spelling variants in the source are shown as one organization; each part keeps its stated count.",
    total: "Total",
    median: "Median",
    interval: "90% interval",
    variant_spelling: "listed under another spelling",
    models: "models",
    organization: "Organization",
    published: "Published",
    unknown_figure: "There is no figure with that number. Showing the overview instead.",
    invalid_param: "This link has a value the explorer does not understand; the default is used instead for",
    dismiss: "Dismiss",
    crashed: "Something went wrong while drawing this page. Reload to try again.",
    footer_sources: "Sources and licenses",
    approx_legend: "≈ approximate value · > lower bound (“more than”)",
};

/// Simplified Chinese.
pub const ZH: Strings = Strings {
    app_title: "人工智能指数·研发 数据浏览器",
    app_subtitle: "《2024年人工智能指数报告》第一章“研究与开发”，逐图浏览",
    report_credit: "数据：斯坦福大学HAI《2024年人工智能指数报告》（CC BY-ND 4.0）、Epoch AI（CC BY 4.0）、斯坦福CRFM Ecosystem Graphs。图表与文字：本浏览器。",
    overview: "概览",
    highlights: "要点",
    figures: "图表",
    figure: "图",
    switch_language: "English",
    unit: "单位",
    source: "来源",
    values_stated: "个数值有明确陈述",
    stated_facts: "报告另述",
    show_all: "显示全部",
    show_top: "仅显示前15名",
    previous: "上一张图",
    next: "下一张图",
    back_to_overview: "全部图表",
    no_values: "报告未给出此图的数值，此处以文字说明。",
    recomputed_note: "根据Epoch AI数据重新计算，数据获取于2026年1月26日；报告使用的是更早的版本，因此数量有所不同。",
    models_without_measure: "个2003–2023年的模型缺少该指标，未绘出",
    not_available: "没有数据点的年份报告未给出数值：为缺失，而非零。",
    gap_note: "未陈述",
    merged_note: "来源中同一机构的不同拼写合并显示为一个机构；各部分保留其陈述的数量。",
    total: "合计",
    median: "中位数",
    interval: "90%区间",
    variant_spelling: "以另一拼写列出",
    models: "个模型",
    organization: "机构",
    published: "发布",
    unknown_figure: "没有该编号的图表，已改为显示概览。",
    invalid_param: "此链接中有无法识别的参数值，已改用默认值：",
    dismiss: "关闭",
    crashed: "绘制页面时出错，请刷新重试。",
    footer_sources: "数据来源与许可",
    approx_legend: "≈ 近似值 · > 下限（“超过”）",
};

/// The strings of a language.
pub fn strings(lang: Lang) -> &'static Strings {
    match lang {
        Lang::En => &EN,
        Lang::Zh => &ZH,
    }
}

/// Badge text for a figure's completeness; recomputed figures say so instead.
pub fn completeness_label(c: Completeness, recomputed: bool, lang: Lang) -> &'static str {
    match (lang, recomputed, c) {
        (Lang::En, true, _) => "Recomputed from a dataset",
        (Lang::Zh, true, _) => "据数据集重新计算",
        (Lang::En, _, Completeness::Full) => "Full data",
        (Lang::Zh, _, Completeness::Full) => "完整数据",
        (Lang::En, _, Completeness::Partial) => "Partial data",
        (Lang::Zh, _, Completeness::Partial) => "部分数据",
        (Lang::En, _, Completeness::PointsOnly) => "Stated points only",
        (Lang::Zh, _, Completeness::PointsOnly) => "仅报告陈述的数值",
        (Lang::En, _, Completeness::None) => "No data",
        (Lang::Zh, _, Completeness::None) => "无数据",
    }
}

/// Where a value was read, for source lines and tooltips.
pub fn provenance_label(p: Provenance, lang: Lang) -> &'static str {
    match (lang, p) {
        (Lang::En, Provenance::ZhTranslationText) => "stated in the report (Chinese translation)",
        (Lang::Zh, Provenance::ZhTranslationText) => "报告正文（中文译本）所述",
        (Lang::En, Provenance::SourceText) => "stated in the report (bilingual summary)",
        (Lang::Zh, Provenance::SourceText) => "报告正文（双语摘要）所述",
        (Lang::En, Provenance::SourceDataFile) => "counted from the source dataset",
        (Lang::Zh, Provenance::SourceDataFile) => "据来源数据集统计",
        (Lang::En, Provenance::Derived) => "share computed from two stated counts",
        (Lang::Zh, Provenance::Derived) => "由两个陈述数量计算的占比",
    }
}

/// Name of a sector of notable models (1.3.5, 1.3.6).
pub fn sector_label(s: Sector, lang: Lang) -> &'static str {
    match (lang, s) {
        (Lang::En, Sector::Industry) => "Industry",
        (Lang::Zh, Sector::Industry) => "产业界",
        (Lang::En, Sector::Academia) => "Academia",
        (Lang::Zh, Sector::Academia) => "学术界",
        (Lang::En, Sector::IndustryAcademiaCollab) => "Industry–academia collaboration",
        (Lang::Zh, Sector::IndustryAcademiaCollab) => "产学合作",
        (Lang::En, Sector::Government) => "Government",
        (Lang::Zh, Sector::Government) => "政府",
        (Lang::En, Sector::ResearchCollective) => "Research collective",
        (Lang::Zh, Sector::ResearchCollective) => "研究团体",
        (Lang::En, Sector::OtherCollab) => "Other collaboration",
        (Lang::Zh, Sector::OtherCollab) => "其他合作",
        (Lang::En, Sector::Unknown) => "Unknown",
        (Lang::Zh, Sector::Unknown) => "未知",
    }
}

/// Name of a chart kind, for screen readers and the figure list.
pub fn chart_kind_label(k: ChartKind, lang: Lang) -> &'static str {
    match (lang, k) {
        (Lang::En, ChartKind::Line) => "line chart",
        (Lang::Zh, ChartKind::Line) => "折线图",
        (Lang::En, ChartKind::Bar) => "bar chart",
        (Lang::Zh, ChartKind::Bar) => "条形图",
        (Lang::En, ChartKind::GroupedBar) => "grouped bar chart",
        (Lang::Zh, ChartKind::GroupedBar) => "分组条形图",
        (Lang::En, ChartKind::StackedBar) => "stacked bar chart",
        (Lang::Zh, ChartKind::StackedBar) => "堆积柱形图",
        (Lang::En, ChartKind::Scatter) => "scatter plot",
        (Lang::Zh, ChartKind::Scatter) => "散点图",
        (Lang::En, ChartKind::RangeDot) => "interval chart",
        (Lang::Zh, ChartKind::RangeDot) => "区间图",
        (Lang::En, ChartKind::Image) => "illustration",
        (Lang::Zh, ChartKind::Image) => "示意图",
    }
}

/// Name of a kind of region.
pub fn region_kind_label(k: RegionKind, lang: Lang) -> &'static str {
    match (lang, k) {
        (Lang::En, RegionKind::Country) => "country",
        (Lang::Zh, RegionKind::Country) => "国家",
        (Lang::En, RegionKind::Bloc) => "bloc",
        (Lang::Zh, RegionKind::Bloc) => "国家集团",
        (Lang::En, RegionKind::WorldRegion) => "world region",
        (Lang::Zh, RegionKind::WorldRegion) => "世界区域",
        (Lang::En, RegionKind::World) => "world",
        (Lang::Zh, RegionKind::World) => "全球",
        (Lang::En, RegionKind::Residual) => "rest of the world",
        (Lang::Zh, RegionKind::Residual) => "其他地区",
    }
}
