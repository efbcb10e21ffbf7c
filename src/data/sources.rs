//! Constants of the data, written once: the report's name and license, the Epoch AI dataset's
//! window, access date and citation, the Ecosystem Graphs snapshot. Also read by `build.rs`
//! (through `#[path]`), so this file depends on nothing else in the crate.

/// The report's name: en, and zh in the mainland's book-title marks.
pub const REPORT_EN: &str = "AI Index Report 2024";
pub const REPORT_ZH: &str = "《2024年人工智能指数报告》";
/// License of the report's figures and text.
pub const REPORT_LICENSE: &str = "CC BY-ND 4.0";

/// The years of Epoch AI's notable models that the chapter's figures cover (the report's
/// window); the build embeds only models published in it.
pub const EPOCH_WINDOW: (u16, u16) = (2003, 2023);

macro_rules! epoch_accessed_en {
    () => {
        "2026-01-26"
    };
}
macro_rules! epoch_accessed_zh {
    () => {
        "2026年1月26日"
    };
}

/// When the Epoch AI data shipped here was downloaded (ISO date).
pub const EPOCH_ACCESSED: &str = epoch_accessed_en!();
/// Epoch AI's dataset as cited on source lines and in the CSV, en.
pub const EPOCH_CITATION_EN: &str =
    concat!("Epoch AI, “Data on Notable AI Models”, epoch.ai, accessed ", epoch_accessed_en!(), " (CC BY 4.0)");
/// The same, zh.
pub const EPOCH_CITATION_ZH: &str =
    concat!("Epoch AI《知名人工智能模型数据》（Data on Notable AI Models），epoch.ai，", epoch_accessed_zh!(), "获取（CC BY 4.0）");
/// The access date as a zh reader writes it.
pub const EPOCH_ACCESSED_ZH: &str = epoch_accessed_zh!();

/// The Ecosystem Graphs commit whose snapshot is shipped in `ecosystem_graphs/`.
pub const ECOSYSTEM_GRAPHS_COMMIT: &str = "d66e17f";

/// Epoch AI lists GPT-4 twice; the row the report's figures cite (it has the costs).
pub const GPT4_EPOCH_ROW: &str = "GPT-4 (Mar 2023)";

/// Models the report names in its text, as (Epoch AI row, label on the chart): labelled on the
/// recomputed scatters (1.3.5, 1.3.6) and findable in their tooltips.
pub const NAMED_MODELS: [(&str, &str); 4] =
    [("AlexNet", "AlexNet"), ("Transformer", "Transformer"), ("Gemini 1.0 Ultra", "Gemini 1.0 Ultra"), (GPT4_EPOCH_ROW, "GPT-4")];

/// The chapter's figures over single models, each with the model explorer's view of the same
/// models (its query after `view=models&lang=…`: dataset, measure, colour and years of the
/// figure), which the figure links to (issue 10).
pub const MODEL_FIGURES: [(&str, &str); 18] = [
    ("1.3.1", ""), ("1.3.2", "color=country&time=2023"), ("1.3.3", "color=country&regions=USA~CHN~EU_UK"),
    ("1.3.4", "color=country"), ("1.3.5", "y=parameters"), ("1.3.6", ""), ("1.3.7", "color=domain&time=2012..2023"),
    ("1.3.13", "set=foundation"), ("1.3.14", "set=foundation"), ("1.3.15", "set=foundation&color=sector"),
    ("1.3.16", "set=foundation&time=2023"), ("1.3.17", "set=foundation"), ("1.3.18", "set=foundation&color=country&time=2023"),
    ("1.3.19", "set=foundation&color=country&regions=USA~CHN~EU_UK"), ("1.3.20", "set=foundation&color=country"),
    ("1.3.21", "y=cost_cloud&time=2017..2023"), ("1.3.22", "y=cost_cloud&color=domain&time=2017..2023"), ("1.3.23", "y=cost_cloud"),
];

/// The Ecosystem Graphs snapshot as cited under its dataset layers, en.
pub const ECOSYSTEM_GRAPHS_CITATION_EN: &str =
    "Bommasani et al., “Ecosystem Graphs”, github.com/stanford-crfm/ecosystem-graphs at d66e17f (2024-02-12)";
/// The same, zh.
pub const ECOSYSTEM_GRAPHS_CITATION_ZH: &str =
    "Bommasani等，《生态系统图谱》（Ecosystem Graphs），github.com/stanford-crfm/ecosystem-graphs，提交d66e17f（2024年2月12日）";

/// Epoch AI's domain names as (name in the dataset, code in URLs, zh). The build fails on a
/// domain not listed here. Codes: the name lowercased, spaces as `_`.
pub const EPOCH_DOMAINS: [(&str, &str, &str); 19] = [
    ("Language", "language", "语言"),
    ("Vision", "vision", "视觉"),
    ("Multimodal", "multimodal", "多模态"),
    ("Image generation", "image_generation", "图像生成"),
    ("Speech", "speech", "语音"),
    ("Audio", "audio", "音频"),
    ("Video", "video", "视频"),
    ("Games", "games", "游戏"),
    ("Biology", "biology", "生物学"),
    ("Robotics", "robotics", "机器人"),
    ("Recommendation", "recommendation", "推荐系统"),
    ("Medicine", "medicine", "医学"),
    ("Mathematics", "mathematics", "数学"),
    ("Earth science", "earth_science", "地球科学"),
    ("Materials science", "materials_science", "材料科学"),
    ("3D modeling", "3d_modeling", "三维建模"),
    ("Search", "search", "搜索"),
    ("Driving", "driving", "自动驾驶"),
    ("Other", "other", "其他"),
];

/// How models listed under several domains are coloured (one colour per model).
pub const SEVERAL_DOMAINS: (&str, &str, &str) = ("Several domains", "several", "多个领域");
