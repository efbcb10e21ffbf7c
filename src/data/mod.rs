//! The embedded dataset: typed tables generated at build time from the CSV files beside this
//! module (see `README.md` here for sources, licenses and column definitions), and lookups on them.
//! No I/O happens at run time.

mod model;
pub(crate) mod tables;
pub mod dataset;
pub mod decimal;
pub mod epoch;
pub mod notable_models;
pub mod number;
pub mod sources;
#[cfg(test)]
pub mod schema;

pub use model::*;
pub use tables::{COUNTRIES, DATASET_FACTS, DISPLAY_NAMES, FIGURES, HIGHLIGHTS, MODEL_NAMES, REGIONS};

/// The chapter's sections, in order, with their titles.
pub static SECTIONS: [(&str, Text); 5] = [
    ("1.1", Text { en: "Publications", zh: "文献" }),
    ("1.2", Text { en: "Patents", zh: "专利" }),
    ("1.3", Text { en: "Frontier AI research", zh: "前沿人工智能研究" }),
    ("1.4", Text { en: "AI conferences", zh: "人工智能会议" }),
    ("1.5", Text { en: "Open-source AI software", zh: "开源人工智能软件" }),
];

/// The figure with this id (`"1.2.5"`), if the chapter has one.
pub fn figure(id: &str) -> Option<&'static Figure> {
    FIGURES.iter().find(|f| f.id == id)
}

/// The region with this code (`"USA"`, `"EU_UK"`), from `regions.csv` or, for countries only in
/// the Epoch AI data, `country_codes.csv`. Codes are matched exactly (canonical upper case).
pub fn region_name(code: &str) -> Option<Text> {
    REGIONS
        .iter()
        .find(|r| r.code == code)
        .map(|r| r.name)
        .or_else(|| COUNTRIES.iter().find(|c| c.code == code).map(|c| c.name))
}

/// The display name of a series of a figure, after the renames of `display_names.csv`.
pub fn display_name(figure: &str, series_key: &str) -> Option<&'static DisplayName> {
    DISPLAY_NAMES.iter().find(|d| d.figure == figure && d.series_key == series_key)
}
