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
    pub highlights: &'static str,
    pub figures: &'static str,
    pub figure: &'static str,
    pub switch_language: &'static str,
    pub unit: &'static str,
    pub source: &'static str,
    pub stated_facts: &'static str,
    pub show_all: &'static str,
    pub show_top: &'static str,
    pub next: &'static str,
    pub back_to_overview: &'static str,
    pub no_values: &'static str,
    pub not_available: &'static str,
    pub merged_note: &'static str,
    pub total: &'static str,
    pub median: &'static str,
    pub interval: &'static str,
    pub variant_spelling: &'static str,
    pub models: &'static str,
    pub organization: &'static str,
    pub published: &'static str,
    pub unknown_figure: &'static str,
    /// A key the link gives twice, the second value not used (on a share page: a `fig` or
    /// `lang` in its query, after the path's).
    pub repeated_param: &'static str,
    pub invalid_param: &'static str,
    pub dismiss: &'static str,
    pub crashed: &'static str,
    /// What a reader without JavaScript or WebAssembly reads first (index.html's `<noscript>`).
    pub needs_js: &'static str,
    pub approx_legend: &'static str,
    pub log_zero_note: &'static str,
    pub computed_share: &'static str,
    pub share_of_total: &'static str,
    pub relative_note: &'static str,
    pub controls: &'static str,
    pub regions_label: &'static str,
    pub region_search: &'static str,
    pub time_label: &'static str,
    pub from_label: &'static str,
    pub to_label: &'static str,
    pub scale_label: &'static str,
    pub linear: &'static str,
    pub log: &'static str,
    pub stack_label: &'static str,
    pub absolute: &'static str,
    pub relative: &'static str,
    // dataset layers and their reconciliation
    pub layer_label: &'static str,
    pub layer_both: &'static str,
    pub layer_report: &'static str,
    pub layer_dataset: &'static str,
    pub view_reconcile: &'static str,
    pub reconcile_heading: &'static str,
    pub reconcile_stated: &'static str,
    pub reconcile_recomputed: &'static str,
    pub reconcile_difference: &'static str,
    pub reconcile_percent: &'static str,
    pub reconcile_reason: &'static str,
    pub reconcile_empty: &'static str,
    pub copy_link: &'static str,
    pub link_copied: &'static str,
    pub copy_failed: &'static str,
    pub view_chart: &'static str,
    pub view_table: &'static str,
    pub compare: &'static str,
    /// Link from a model figure (and the overview) to the model explorer.
    pub explore_models: &'static str,
    pub model_explorer: &'static str,
    pub compare_intro: &'static str,
    pub not_stated: &'static str,
    pub rank: &'static str,
    pub open_figure: &'static str,
    pub add_region: &'static str,
    pub remove: &'static str,
    pub max_regions: &'static str,
    pub value_col: &'static str,
    pub year_col: &'static str,
    pub series_col: &'static str,
    pub provenance_col: &'static str,
    pub share: &'static str,
    pub download_csv: &'static str,
    pub download_png: &'static str,
    pub download_svg: &'static str,
    pub embed: &'static str,
    pub embed_code: &'static str,
    pub cite: &'static str,
    pub copy: &'static str,
    pub copied: &'static str,
    pub open_in_explorer: &'static str,
    pub chart_description: &'static str,
    pub series_toggle: &'static str,
    pub state_changed: &'static str,
    // table in view
    pub all_years_button: &'static str,
    /// Name of the dataset layer's series (bars).
    pub dataset_layer: &'static str,
    /// The models file could not be fetched.
    pub models_failed: &'static str,
    /// Fetch the models file again.
    pub retry_button: &'static str,
    pub all_regions_button: &'static str,
    // navigation
    /// The skip link, the first Tab stop: past the header to the page's content.
    pub skip_link: &'static str,
}

/// English.
pub const EN: Strings = Strings {
    app_title: "AI Index R&D Explorer",
    app_subtitle: "Chapter 1, Research and Development, of the AI Index Report 2024, figure by figure",
    report_credit: "Data: Stanford HAI, AI Index Report 2024 (CC BY-ND 4.0), Epoch AI (CC BY 4.0), Stanford CRFM Ecosystem Graphs. Charts and texts: this explorer.",
    highlights: "Highlights",
    figures: "Figures",
    figure: "Figure",
    switch_language: "中文",
    unit: "Unit",
    source: "Source",
    stated_facts: "Also stated",
    show_all: "Show all",
    show_top: "Show top 15",
    next: "Next figure",
    back_to_overview: "All figures",
    no_values: "The report gives no values for this figure; it is described here in words.",
    not_available: "Years without a point have no value stated in the report: they are gaps, not zeros.",
    merged_note: "Spelling variants in the source are shown as one organization; each part keeps its stated count.",
    total: "Total",
    median: "Median",
    interval: "90% interval",
    variant_spelling: "listed under another spelling",
    models: "models",
    organization: "Organization",
    published: "Published",
    unknown_figure: "There is no figure with that number. Showing the overview instead.",
    repeated_param: "Given twice (a share page's address sets figure and language), not used: ",
    invalid_param: "This link has a value the explorer does not understand; the default is used instead for",
    dismiss: "Dismiss",
    crashed: "Something went wrong while drawing this page. Reload to try again.",
    needs_js: "This explorer needs JavaScript and WebAssembly.",
    approx_legend: "≈ approximate value · > lower bound (“more than”)",
    log_zero_note: "Zeros cannot be placed on a log scale: they are shown as gaps.",
    computed_share: "share computed here from the stated counts",
    share_of_total: "% of total",
    relative_note: "Relative view: each part as a share of the year's stated total, computed here from the stated counts.",
    controls: "Chart controls",
    regions_label: "Regions",
    region_search: "Search regions (name or code)",
    time_label: "Years",
    from_label: "From",
    to_label: "To",
    scale_label: "Scale",
    linear: "Linear",
    log: "Log",
    stack_label: "Stacking",
    absolute: "Absolute",
    relative: "Share of total",
    layer_label: "Layers",
    layer_both: "Both",
    layer_report: "Report values",
    layer_dataset: "Dataset",
    view_reconcile: "Reconciliation",
    reconcile_heading: "The report’s values against the dataset",
    reconcile_stated: "Stated",
    reconcile_recomputed: "Recomputed",
    reconcile_difference: "Difference",
    reconcile_percent: "Difference (%)",
    reconcile_reason: "Reason",
    reconcile_empty: "No stated value of this figure can be set against the dataset yet.",
    copy_link: "Copy link",
    link_copied: "Link copied",
    copy_failed: "Copy failed: select the address bar to copy the link",
    view_chart: "Chart",
    view_table: "Table",
    compare: "Compare regions",
    explore_models: "Every model behind the figures, in the model explorer",
    model_explorer: "Model explorer",
    compare_intro: "The chosen regions across every regional indicator of the chapter. Each value is as stated in the report, for the year shown.",
    not_stated: "not stated in the report",
    rank: "rank",
    open_figure: "Open figure",
    add_region: "Add a region",
    remove: "Remove",
    max_regions: "Up to six regions",
    value_col: "Value",
    year_col: "Year",
    series_col: "Series",
    provenance_col: "Provenance",
    share: "Download and share",
    download_csv: "CSV",
    download_png: "PNG",
    download_svg: "SVG",
    embed: "Embed",
    embed_code: "Paste this into your article:",
    cite: "Cite this figure",
    copy: "Copy",
    copied: "Copied",
    open_in_explorer: "Open in the AI Index R&D Explorer",
    chart_description: "Chart description",
    series_toggle: "Series shown",
    state_changed: "Chart updated",
    all_years_button: "Show all years",
    dataset_layer: "Dataset layer (recounted)",
    models_failed: "Epoch AI’s dataset could not be loaded (offline, or the site was updated). Try again, or reload the page.",
    retry_button: "Try again",
    all_regions_button: "Show all regions",
    // navigation
    skip_link: "Skip to content",
};

/// Simplified Chinese.
pub const ZH: Strings = Strings {
    app_title: "人工智能指数·研发 数据浏览器",
    app_subtitle: "《2024年人工智能指数报告》第一章“研究与开发”，逐图浏览",
    report_credit: "数据：斯坦福大学HAI《2024年人工智能指数报告》（CC BY-ND 4.0）、Epoch AI（CC BY 4.0）、斯坦福CRFM Ecosystem Graphs。图表与文字：本浏览器。",
    highlights: "要点",
    figures: "图表",
    figure: "图",
    switch_language: "English",
    unit: "单位",
    source: "来源",
    stated_facts: "报告另述",
    show_all: "显示全部",
    show_top: "仅显示前15名",
    next: "下一张图",
    back_to_overview: "全部图表",
    no_values: "报告未给出此图的数值，此处以文字说明。",
    not_available: "没有数据点的年份报告未给出数值：为缺失，而非零。",
    merged_note: "来源中同一机构的不同拼写合并显示为一个机构；各部分保留其陈述的数量。",
    total: "合计",
    median: "中位数",
    interval: "90%区间",
    variant_spelling: "以另一拼写列出",
    models: "个模型",
    organization: "机构",
    published: "发布",
    unknown_figure: "没有该编号的图表，已改为显示概览。",
    repeated_param: "参数重复（分享页地址已定图表与语言），未使用：",
    invalid_param: "此链接中有无法识别的参数值，已改用默认值：",
    dismiss: "关闭",
    crashed: "绘制页面时出错，请刷新重试。",
    needs_js: "本浏览器需要启用 JavaScript 与 WebAssembly。",
    approx_legend: "≈ 近似值 · > 下限（“超过”）",
    log_zero_note: "对数刻度无法显示零值：零值显示为空缺。",
    computed_share: "据陈述数量在此计算的占比",
    share_of_total: "占合计比例（%）",
    relative_note: "占比视图：各部分占当年陈述合计的比例，由陈述数量在此计算。",
    controls: "图表选项",
    regions_label: "地区",
    region_search: "搜索地区（名称或代码）",
    time_label: "年份",
    from_label: "起",
    to_label: "止",
    scale_label: "刻度",
    linear: "线性",
    log: "对数",
    stack_label: "堆积方式",
    absolute: "绝对值",
    relative: "占比",
    layer_label: "图层",
    layer_both: "全部",
    layer_report: "报告数值",
    layer_dataset: "数据集",
    view_reconcile: "数据核对",
    reconcile_heading: "报告数值与数据集核对",
    reconcile_stated: "报告数值",
    reconcile_recomputed: "重新计算值",
    reconcile_difference: "差值",
    reconcile_percent: "差值（%）",
    reconcile_reason: "原因",
    reconcile_empty: "此图暂无可与数据集核对的报告数值。",
    copy_link: "复制链接",
    link_copied: "链接已复制",
    copy_failed: "复制失败：请从地址栏复制链接",
    view_chart: "图表",
    view_table: "表格",
    compare: "地区对比",
    explore_models: "在模型浏览器中查看图表背后的每个模型",
    model_explorer: "模型浏览器",
    compare_intro: "所选地区在本章各项地区指标上的对比。各数值均为报告所述，年份如标注。",
    not_stated: "报告未陈述",
    rank: "排名",
    open_figure: "查看图",
    add_region: "添加地区",
    remove: "移除",
    max_regions: "最多六个地区",
    value_col: "数值",
    year_col: "年份",
    series_col: "系列",
    provenance_col: "出处",
    share: "下载与分享",
    download_csv: "CSV",
    download_png: "PNG",
    download_svg: "SVG",
    embed: "嵌入",
    embed_code: "将以下代码粘贴到文章中：",
    cite: "引用此图",
    copy: "复制",
    copied: "已复制",
    open_in_explorer: "在人工智能指数·研发 数据浏览器中打开",
    chart_description: "图表说明",
    series_toggle: "显示的系列",
    state_changed: "图表已更新",
    all_years_button: "显示全部年份",
    dataset_layer: "数据集图层（重新统计）",
    models_failed: "无法加载Epoch AI数据集（可能已离线，或网站已更新）。请重试或刷新页面。",
    retry_button: "重试",
    all_regions_button: "显示全部地区",
    // navigation
    skip_link: "跳到正文",
};

/// The report's name in running text: `AI Index Report 2024`, `《2024年人工智能指数报告》`.
pub fn report_name(lang: Lang) -> &'static str {
    match lang {
        Lang::En => crate::data::sources::REPORT_EN,
        Lang::Zh => crate::data::sources::REPORT_ZH,
    }
}

/// The strings of a language.
pub fn strings(lang: Lang) -> &'static Strings {
    match lang {
        Lang::En => &EN,
        Lang::Zh => &ZH,
    }
}

/// Badge text for a figure's completeness, derived from its data: recomputed figures and those
/// with a dataset layer say so (`figures.csv` keeps the report's completeness).
pub fn completeness_label(fig: &crate::data::Figure, lang: Lang) -> &'static str {
    let (layer, recomputed, c) = (crate::data::dataset::has_layer(fig), fig.is_recomputed(), fig.completeness);
    match (lang, recomputed, c) {
        _ if layer && lang == Lang::En => "Stated values + dataset series",
        _ if layer => "报告数值 + 数据集序列",
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
        (Lang::En, Provenance::SourceText) => "stated in a bilingual summary of the report",
        (Lang::Zh, Provenance::SourceText) => "报告双语摘要所述",
        (Lang::En, Provenance::SourceDataFile) => "counted from the source dataset",
        (Lang::Zh, Provenance::SourceDataFile) => "据来源数据集统计",
        (Lang::En, Provenance::Derived) => "share computed from two stated counts",
        (Lang::Zh, Provenance::Derived) => "由两个陈述数量计算的占比",
        (Lang::En, Provenance::Recomputed) => "recomputed here from Epoch AI’s dataset",
        (Lang::Zh, Provenance::Recomputed) => "据Epoch AI数据集在此重新计算",
        (Lang::En, Provenance::RecomputedEcosystemGraphs) => "recounted here from Ecosystem Graphs (d66e17f)",
        (Lang::Zh, Provenance::RecomputedEcosystemGraphs) => "据Ecosystem Graphs（d66e17f）在此重新统计",
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

#[cfg(test)]
mod tests {
    use super::*;

    /// ASCII `:`/`(`/`)` after (or `(` before) a Chinese character, spaces between ignored:
    /// Chinese text takes full-width `：（）`.
    fn ascii_after_chinese(s: &str) -> Option<String> {
        let cjk = |c: char| ('\u{3400}'..='\u{9fff}').contains(&c) || "，。《》".contains(c);
        let chars: Vec<char> = s.chars().filter(|c| *c != ' ').collect();
        chars.windows(2).find(|w| (cjk(w[0]) && ":()".contains(w[1])) || (w[0] == '(' && cjk(w[1]))).map(|w| w.iter().collect())
    }

    #[test]
    fn chinese_strings_use_full_width_punctuation() {
        // Debug lists every field with its value: no field can be left out of the check.
        let all = format!("{ZH:?}");
        assert!(all.contains("skip_link"), "Debug output lists the fields");
        assert_eq!(ascii_after_chinese(&all), None, "in {all}");
        for p in [Provenance::ZhTranslationText, Provenance::SourceText, Provenance::SourceDataFile, Provenance::Derived] {
            assert_eq!(ascii_after_chinese(provenance_label(p, Lang::Zh)), None);
        }
        // The check itself finds what it looks for.
        assert!(ascii_after_chinese("来源: 报告").is_some() && ascii_after_chinese("显示全部 (79)").is_some());
        assert!(ascii_after_chinese("来源：报告 (CC BY 4.0)").is_some() && ascii_after_chinese("note (CC BY 4.0)").is_none());
    }

    #[test]
    fn summary_values_are_not_called_report_text() {
        for lang in [Lang::En, Lang::Zh] {
            let summary = provenance_label(Provenance::SourceText, lang);
            assert_ne!(summary, provenance_label(Provenance::ZhTranslationText, lang));
        }
        assert!(provenance_label(Provenance::SourceText, Lang::En).contains("summary of the report"));
        assert!(!provenance_label(Provenance::SourceText, Lang::Zh).contains("正文"));
        assert!(provenance_label(Provenance::SourceText, Lang::Zh).contains("摘要"));
    }

    /// The numbers written in a text, with their values (`23.27万` → 232,700). Digits inside
    /// names (`GPT-4`, `RoBERTa`) are skipped.
    fn numbers(s: &str) -> Vec<(String, f64)> {
        let c: Vec<char> = s.chars().collect();
        let mut out = Vec::new();
        let mut i = 0;
        while i < c.len() {
            let in_name = i > 0 && (c[i - 1].is_ascii_alphabetic() || c[i - 1] == '-');
            if !c[i].is_ascii_digit() || in_name {
                i += 1;
                continue;
            }
            let start = i;
            while i < c.len() && (c[i].is_ascii_digit() || (",.".contains(c[i]) && c.get(i + 1).is_some_and(char::is_ascii_digit))) {
                i += 1;
            }
            let written: String = c[start..i].iter().collect();
            let mut v: f64 = written.replace(',', "").parse().unwrap();
            let unit = match c.get(i) {
                Some('万') => 1e4,
                Some('亿') => 1e8,
                _ => 1.0,
            };
            v *= unit;
            let end = if unit > 1.0 { i + 1 } else { i };
            out.push((c[start..end].iter().collect(), v));
        }
        out
    }

    #[test]
    fn texts_state_the_data_and_chinese_numbers_read_as_chinese() {
        use crate::data::{figure, FIGURES, HIGHLIGHTS};
        let texts = FIGURES.iter().map(|f| (f.id, f.takeaway)).chain(HIGHLIGHTS.iter().map(|h| (h.figure, h.text)));
        let mut checked = 0;
        for (id, text) in texts {
            let values: Vec<f64> = figure(id).unwrap().values.iter().map(|v| v.value).collect();
            for (lang, s) in [(Lang::En, text.en), (Lang::Zh, text.zh)] {
                assert_eq!(ascii_after_chinese(if lang == Lang::Zh { s } else { "" }), None, "{id}: {s}");
                for (written, v) in numbers(s) {
                    // A plain four-digit year (`2015`) may name a reference year without a value.
                    let year = !written.contains(',') && v.fract() == 0.0 && (1990.0..=2050.0).contains(&v);
                    assert!(year || values.iter().any(|x| (x - v).abs() <= 1e-9 * x.abs().max(1.0)), "{id} {lang:?}: “{written}” is no value of the figure");
                    checked += 1;
                    // Chinese: 万/亿 where no stated digit is lost (at most three decimals),
                    // else every digit (`23.27万`, `1.914亿`, `41,174`, `7,400`).
                    if lang == Lang::Zh && !year && v >= 1e4 {
                        let step = if v >= 1e8 { 1e8 } else { 1e4 };
                        let short = ((v / step) * 1000.0).round() / 1000.0 * step == v;
                        let is_short = written.ends_with('万') || written.ends_with('亿');
                        assert_eq!(is_short, short, "{id}: “{written}” in {s}");
                    }
                }
            }
        }
        assert!(checked > 200, "{checked} numbers checked");
    }
}
