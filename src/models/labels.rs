//! The model explorer's labels in English and Chinese: measures, colour rules, sectors, access
//! types, domains, countries, notability criteria and modalities. Model and organization names
//! are never translated (search also finds the Chinese names of organizations, `search`).

use super::data::{Measure, Set};
use super::state::{ColorBy, EU_UK};
use crate::data::sources::EPOCH_DOMAINS;
use crate::data::{Sector, COUNTRIES};
use crate::i18n::{sector_label, Lang};

fn pick(lang: Lang, en: &'static str, zh: &'static str) -> &'static str {
    if lang == Lang::Zh { zh } else { en }
}

/// A set's name.
pub fn set_label(set: Set, lang: Lang) -> &'static str {
    match set {
        Set::Notable => pick(lang, "Notable models (Epoch AI)", "知名模型（Epoch AI）"),
        Set::Foundation => pick(lang, "Foundation models (Ecosystem Graphs)", "基础模型（Ecosystem Graphs）"),
    }
}

/// A measure's name with its unit.
pub fn measure_label(m: Measure, lang: Lang) -> &'static str {
    match m {
        Measure::Compute => pick(lang, "Training compute (petaFLOP)", "训练算力（petaFLOP）"),
        Measure::Parameters => pick(lang, "Parameters", "参数量"),
        Measure::Cost => pick(lang, "Training cost (2023 USD)", "训练成本（2023年美元）"),
        Measure::CostCloud => pick(lang, "Training cost at cloud prices (USD)", "按云计算价格计的训练成本（美元）"),
    }
}

/// What a measure's column means (the card says it beside the value).
pub fn measure_note(m: Measure, lang: Lang) -> &'static str {
    match m {
        Measure::Compute => pick(lang, "Epoch AI’s estimate of the floating-point operations used in training (the source’s FLOP ÷ 10¹⁵).", "Epoch AI对训练所用浮点运算次数的估计（来源的FLOP ÷ 10¹⁵）。"),
        Measure::Parameters => pick(lang, "Trainable parameters, as Epoch AI records them.", "Epoch AI记录的可训练参数数量。"),
        Measure::Cost => pick(lang, "Epoch AI’s estimate of the cost of the final training run’s compute, in 2023 US dollars (training_compute_cost_2023_usd).", "Epoch AI对最终训练运行算力成本的估计，以2023年美元计（training_compute_cost_2023_usd）。"),
        Measure::CostCloud => pick(lang, "Epoch AI’s estimate of the same compute at cloud rental prices, in US dollars (training_compute_cost_cloud_usd): the column the report’s cost figures match.", "Epoch AI按云服务租用价格对同一算力成本的估计，以美元计（training_compute_cost_cloud_usd）：报告成本图表所对应的列。"),
    }
}

/// A colour rule's name.
pub fn color_label(c: ColorBy, lang: Lang) -> &'static str {
    match c {
        ColorBy::Sector => pick(lang, "Sector", "部门"),
        ColorBy::Country => pick(lang, "Country", "国家"),
        ColorBy::Domain => pick(lang, "Domain", "领域"),
        ColorBy::Access => pick(lang, "Access", "访问类型"),
    }
}

/// A sector code's name (both sets).
pub fn sector_name(code: &str, lang: Lang) -> &'static str {
    let s = match code {
        "industry" => Sector::Industry,
        "academia" => Sector::Academia,
        "industry_academia_collab" => Sector::IndustryAcademiaCollab,
        "government" => Sector::Government,
        "research_collective" => Sector::ResearchCollective,
        "other_collab" => Sector::OtherCollab,
        "other" => return pick(lang, "Other", "其他"),
        _ => Sector::Unknown,
    };
    sector_label(s, lang)
}

/// An access code's name (both sets).
pub fn access_name(code: &str, lang: Lang) -> &'static str {
    match code {
        "open_unrestricted" => pick(lang, "Open weights (unrestricted)", "开放权重（无限制）"),
        "open_noncommercial" => pick(lang, "Open weights (non-commercial)", "开放权重（非商业）"),
        "open_restricted" => pick(lang, "Open weights (restricted use)", "开放权重（限制使用）"),
        "api" => pick(lang, "API access", "API访问"),
        "hosted" => pick(lang, "Hosted access (no API)", "托管访问（无API）"),
        "unreleased" => pick(lang, "Unreleased", "未发布"),
        "open" => pick(lang, "Open", "开放"),
        "limited" => pick(lang, "Limited", "有限"),
        "closed" => pick(lang, "Closed", "封闭"),
        _ => unknown(lang),
    }
}

/// A domain code's name.
pub fn domain_name(code: &str, lang: Lang) -> &'static str {
    EPOCH_DOMAINS.iter().find(|(_, c, _)| *c == code).map_or(unknown(lang), |(en, _, zh)| pick(lang, en, zh))
}

/// A country code's name, or EU+UK's.
pub fn country_name(code: &str, lang: Lang) -> &'static str {
    if code == EU_UK {
        return pick(lang, "EU + UK", "欧盟和英国");
    }
    COUNTRIES.iter().find(|c| c.code == code).map_or(unknown(lang), |c| lang.pick(c.name))
}

/// "Unknown" (a missing value).
pub fn unknown(lang: Lang) -> &'static str {
    pick(lang, "Unknown", "未知")
}

/// "Other" (a category outside the top eight).
pub fn other(lang: Lang) -> &'static str {
    pick(lang, "Other", "其他")
}

/// A category of a colour rule: its name.
pub fn category_name(c: ColorBy, code: &str, lang: Lang) -> &'static str {
    match code {
        super::palette::OTHER => other(lang),
        super::palette::UNKNOWN => unknown(lang),
        _ => match c {
            ColorBy::Sector => sector_name(code, lang),
            ColorBy::Country => country_name(code, lang),
            ColorBy::Domain => domain_name(code, lang),
            ColorBy::Access => access_name(code, lang),
        },
    }
}

/// One of Epoch's notability criteria, translated (as written when not one of the six).
pub fn criterion_name(c: &'static str, lang: Lang) -> &'static str {
    match c {
        "SOTA improvement" => pick(lang, "State-of-the-art improvement", "达到最先进水平"),
        "Highly cited" => pick(lang, "Highly cited", "高被引"),
        "Historical significance" => pick(lang, "Historical significance", "历史意义"),
        "Training cost" => pick(lang, "Training cost", "训练成本"),
        "Significant use" => pick(lang, "Significant use", "广泛使用"),
        "Discretionary" => pick(lang, "Discretionary", "酌情收录"),
        other => other,
    }
}

/// One modality of Ecosystem Graphs, translated (as written when not a common one).
pub fn modality_name(m: &'static str, lang: Lang) -> &'static str {
    match m {
        "text" => pick(lang, "text", "文本"),
        "image" | "images" => pick(lang, "image", "图像"),
        "code" => pick(lang, "code", "代码"),
        "audio" => pick(lang, "audio", "音频"),
        "video" => pick(lang, "video", "视频"),
        "music" => pick(lang, "music", "音乐"),
        "unknown" => unknown(lang),
        other => other,
    }
}

/// A modality as `input → output` in the page's language (`text; image` → "text → image").
pub fn modality_text(raw: &'static str, lang: Lang) -> String {
    let side = |s: &'static str| {
        let parts: Vec<&str> = s.split(',').map(str::trim).filter(|t| !t.is_empty()).map(|t| modality_name(t, lang)).collect();
        crate::text::join(&parts, if lang == Lang::Zh { "、" } else { ", " })
    };
    match crate::text::split_once(raw, ";") {
        Some((a, b)) => format!("{} → {}", side(a.trim()), side(b.trim())),
        None => side(raw),
    }
}

/// The model explorer's interface texts in one language.
pub struct Ui {
    pub title: &'static str,
    pub lede: &'static str,
    pub set: &'static str,
    pub y: &'static str,
    pub color: &'static str,
    pub scale: &'static str,
    pub log: &'static str,
    pub linear: &'static str,
    pub from: &'static str,
    pub to: &'static str,
    pub filters: &'static str,
    pub regions: &'static str,
    pub sector: &'static str,
    pub domain: &'static str,
    pub access: &'static str,
    pub frontier: &'static str,
    pub clear_filters: &'static str,
    pub search: &'static str,
    pub search_hint: &'static str,
    pub matches: &'static str,
    pub no_matches: &'static str,
    pub chart: &'static str,
    pub table: &'static str,
    pub loading: &'static str,
    pub failed: &'static str,
    pub models: &'static str,
    pub drawn: &'static str,
    pub no_value: &'static str,
    pub undated: &'static str,
    pub counts: &'static str,
    pub counting_rule: &'static str,
    pub color_rule: &'static str,
    pub keyboard_hint: &'static str,
    pub close: &'static str,
    pub organization: &'static str,
    pub date: &'static str,
    pub countries: &'static str,
    pub parameters: &'static str,
    pub compute: &'static str,
    pub cost: &'static str,
    pub cost_cloud: &'static str,
    pub criteria: &'static str,
    pub modality: &'static str,
    pub size: &'static str,
    pub figures: &'static str,
    pub no_figures: &'static str,
    pub outside_filters: &'static str,
    pub show_it: &'static str,
    pub not_found: &'static str,
    pub later: &'static str,
    pub none: &'static str,
    pub download_csv: &'static str,
    pub download_png: &'static str,
    pub download_svg: &'static str,
    pub copy_link: &'static str,
    pub copied: &'static str,
    pub embed_code: &'static str,
    pub open_in_explorer: &'static str,
    pub source: &'static str,
    pub frontier_yes: &'static str,
    pub estimate_note: &'static str,
    pub name: &'static str,
}

const EN: Ui = Ui {
    title: "Model explorer",
    lede: "Every notable model (Epoch AI) and every foundation model (Ecosystem Graphs) behind Chapter 1’s model figures.",
    set: "Dataset",
    y: "Measure",
    color: "Colour by",
    scale: "Scale",
    log: "Logarithmic",
    linear: "Linear",
    from: "From",
    to: "To",
    filters: "Filters",
    regions: "Countries",
    sector: "Sector",
    domain: "Domain",
    access: "Access",
    frontier: "Frontier models only",
    clear_filters: "Clear filters",
    search: "Search models and organizations",
    search_hint: "Highlights matches; counts stay as filtered.",
    matches: "matches",
    no_matches: "No model matches.",
    chart: "Chart",
    table: "Table",
    loading: "Loading the models…",
    failed: "The models could not be loaded. Check your connection and reload the page.",
    models: "models",
    drawn: "drawn",
    no_value: "models have no value for this measure",
    undated: "models have no date in the source and are left out.",
    counts: "Models by category",
    counting_rule: "A model with several countries or domains counts once for each, so counts can sum to more than the models shown.",
    color_rule: "A model with several countries or domains is drawn once, in the colour of the most common of them in the whole dataset.",
    keyboard_hint: "Arrow keys move through the models in date order; Enter opens a model’s card.",
    close: "Close",
    organization: "Organization",
    date: "Date",
    countries: "Countries",
    parameters: "Parameters",
    compute: "Training compute",
    cost: "Training cost (2023 USD)",
    cost_cloud: "Training cost at cloud prices (USD)",
    criteria: "Notability criteria",
    modality: "Modality (input → output)",
    size: "Size (as the source states it)",
    figures: "Counted in the chapter’s figures",
    no_figures: "None of the chapter’s figures counts this model (outside their years or without the value they plot).",
    outside_filters: "This model is outside the current filters.",
    show_it: "Show every year, without filters",
    not_found: "No model with this link’s name in this dataset.",
    later: "Published after the period the report covers (2024 or later).",
    none: "—",
    download_csv: "Download CSV",
    download_png: "PNG",
    download_svg: "SVG",
    copy_link: "Copy link",
    copied: "Link copied",
    embed_code: "Embed code",
    open_in_explorer: "Open in the explorer",
    source: "Source",
    frontier_yes: "Frontier model (Epoch AI)",
    estimate_note: "Estimates shown to 3 significant digits; the table’s CSV has every digit.",
    name: "Model",
};

const ZH: Ui = Ui {
    title: "模型浏览器",
    lede: "第一章模型相关图表背后的全部知名模型（Epoch AI）和全部基础模型（Ecosystem Graphs）。",
    set: "数据集",
    y: "指标",
    color: "着色依据",
    scale: "刻度",
    log: "对数",
    linear: "线性",
    from: "起始",
    to: "截止",
    filters: "筛选",
    regions: "国家",
    sector: "部门",
    domain: "领域",
    access: "访问类型",
    frontier: "仅前沿模型",
    clear_filters: "清除筛选",
    search: "搜索模型和机构",
    search_hint: "高亮匹配项；计数仍按筛选结果。",
    matches: "个匹配",
    no_matches: "没有匹配的模型。",
    chart: "图表",
    table: "表格",
    loading: "正在加载模型……",
    failed: "无法加载模型数据。请检查网络连接后刷新页面。",
    models: "个模型",
    drawn: "个已绘制",
    no_value: "个模型没有该指标的数值",
    undated: "个模型在来源中没有日期，未予显示。",
    counts: "按类别统计的模型数量",
    counting_rule: "属于多个国家或领域的模型在每一类中各计一次，因此各类之和可能大于所示模型数。",
    color_rule: "属于多个国家或领域的模型只绘制一次，颜色取其中在整个数据集中最常见的一类。",
    keyboard_hint: "方向键按日期顺序切换模型；回车键打开模型卡片。",
    close: "关闭",
    organization: "机构",
    date: "日期",
    countries: "国家",
    parameters: "参数量",
    compute: "训练算力",
    cost: "训练成本（2023年美元）",
    cost_cloud: "按云计算价格计的训练成本（美元）",
    criteria: "入选标准",
    modality: "模态（输入 → 输出）",
    size: "规模（按来源表述）",
    figures: "计入本章以下图表",
    no_figures: "本章图表均未计入该模型（不在其年份范围内或缺少所绘数值）。",
    outside_filters: "该模型不在当前筛选范围内。",
    show_it: "显示全部年份并清除筛选",
    not_found: "该数据集中没有此链接所指的模型。",
    later: "发布于报告所涵盖时期之后（2024年或以后）。",
    none: "—",
    download_csv: "下载CSV",
    download_png: "PNG",
    download_svg: "SVG",
    copy_link: "复制链接",
    copied: "链接已复制",
    embed_code: "嵌入代码",
    open_in_explorer: "在浏览器中打开",
    source: "来源",
    frontier_yes: "前沿模型（Epoch AI）",
    estimate_note: "估计值显示3位有效数字；CSV包含全部数字。",
    name: "模型",
};

/// The interface texts in `lang`.
pub fn ui(lang: Lang) -> &'static Ui {
    if lang == Lang::Zh { &ZH } else { &EN }
}
