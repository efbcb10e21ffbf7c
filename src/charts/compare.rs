//! The compare view's model: the chosen regions across every region-bearing indicator of the
//! chapter, each value exactly as stated, for the year it refers to. A region without a value
//! gets none (shown as "not stated in the report", never zero). A rank is given only where the
//! report ranks the figure's regions (its text names the leaders in order), among the regions
//! the figure lists, leaving out residual and world aggregates; ties share a rank.

use super::grouped_bar::part_label;
use super::ChartOptions;
use crate::data::{figure, Qualifier, Region, RegionKind, Text, Unit, REGIONS};
use crate::i18n::Lang;
use crate::view_table::{table, Row as ShownRow, ViewTable};

/// One indicator of the compare view.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Indicator {
    pub id: &'static str,
    pub label: Text,
    /// Figures holding its values, in order of preference (a region takes its value from the
    /// first figure that states one).
    pub figures: &'static [&'static str],
    /// The x of `values.csv` the indicator reads (a year or a period).
    pub x: &'static str,
    /// Figures whose regions the report ranks.
    pub ranked: &'static [&'static str],
    /// A caveat shown with the indicator, or empty.
    pub note: Text,
}

const NO_NOTE: Text = Text { en: "", zh: "" };

/// The chapter's regional indicators, in report order.
pub static INDICATORS: [Indicator; 10] = [
    Indicator { id: "publications_by_sector", label: Text { en: "Share of AI publications by sector", zh: "按部门分的人工智能文献占比" }, figures: &["1.1.5"], x: "2022", ranked: &[], note: NO_NOTE },
    Indicator { id: "patents_by_status", label: Text { en: "Granted and not-granted AI patents", zh: "获授权与未获授权的人工智能专利" }, figures: &["1.2.3"], x: "2022", ranked: &[], note: NO_NOTE },
    Indicator { id: "patent_share", label: Text { en: "Share of world granted AI patents", zh: "占全球获授权人工智能专利的比例" }, figures: &["1.2.5", "1.2.4"], x: "2022", ranked: &["1.2.5"], note: NO_NOTE },
    Indicator { id: "patents_per_100k", label: Text { en: "Granted AI patents per 100,000 inhabitants", zh: "每十万人获授权人工智能专利数" }, figures: &["1.2.6"], x: "2022", ranked: &["1.2.6"], note: NO_NOTE },
    Indicator { id: "patents_per_100k_change", label: Text { en: "Change in granted AI patents per 100,000 inhabitants", zh: "每十万人获授权人工智能专利数变化" }, figures: &["1.2.7"], x: "2012-2022", ranked: &[], note: NO_NOTE },
    Indicator { id: "notable_models", label: Text { en: "Notable machine learning models", zh: "知名机器学习模型数量" }, figures: &["1.3.2", "1.3.3"], x: "2023", ranked: &["1.3.2"], note: NO_NOTE },
    Indicator { id: "foundation_models", label: Text { en: "Foundation models", zh: "基础模型数量" }, figures: &["1.3.18", "1.3.19"], x: "2023", ranked: &["1.3.18"], note: NO_NOTE },
    Indicator { id: "foundation_models_total", label: Text { en: "Foundation models, 2019–2023 total", zh: "基础模型累计数" }, figures: &["1.3.20"], x: "2019-2023", ranked: &["1.3.20"], note: NO_NOTE },
    Indicator { id: "github_projects_share", label: Text { en: "Share of GitHub AI projects", zh: "GitHub人工智能项目占比" }, figures: &["1.5.2"], x: "2023", ranked: &["1.5.2"], note: NO_NOTE },
    Indicator {
        id: "github_stars",
        label: Text { en: "GitHub stars of AI projects", zh: "GitHub人工智能项目星标数" },
        figures: &["1.5.4"],
        x: "2023",
        ranked: &[],
        note: Text {
            en: "The sources disagree on whether these star counts are cumulative; the regional counts add up to more than the world total of figure 1.5.3, so they are not compared with it.",
            zh: "各来源对这些星标数是否为累计值说法不一；各地区星标数之和超过图1.5.3的全球总数，因此不与之比较。",
        },
    },
];

/// A value as the compare view prints it: read from a figure's table in view.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Stated {
    /// The number shown (every stated digit).
    pub value: f64,
    pub unit: Unit,
    pub qualifier: Qualifier,
}

impl Stated {
    fn of(r: &ShownRow) -> Stated {
        Stated { value: r.shown(), unit: r.unit, qualifier: r.qualifier }
    }
}

/// One region's value for an indicator (part).
#[derive(Debug, Clone, PartialEq)]
pub struct Cell {
    pub region: &'static str,
    /// The stated value, or `None`: "not stated in the report".
    pub value: Option<Stated>,
    /// The figure the value comes from.
    pub figure: Option<&'static str>,
    /// Rank among the regions the report ranks, where it ranks them.
    pub rank: Option<usize>,
}

/// One line of an indicator: a part (e.g. "Industry") or the whole, with a cell per region.
#[derive(Debug, Clone, PartialEq)]
pub struct Row {
    /// Label of the part, where the indicator has parts.
    pub part: Option<String>,
    pub cells: Vec<Cell>,
    /// Largest stated value in the row (for bar lengths), 0 if none.
    pub max: f64,
}

fn part_of(key: &str) -> &str {
    crate::text::split_once(key, "__").map_or("", |p| p.1)
}

/// Regions a figure's ranking counts: not the rest of the world, not the world.
fn ranked_kind(code: &str) -> bool {
    REGIONS.iter().find(|r: &&Region| r.code == code).is_none_or(|r| !matches!(r.kind, RegionKind::Residual | RegionKind::World))
}

fn rank_in(t: &ViewTable, part: &str, x: &str, v: &ShownRow) -> Option<usize> {
    if !v.region.is_some_and(ranked_kind) {
        return None;
    }
    let listed = t.plotted().filter(|w| w.x == x && part_of(w.series_key) == part && w.region.is_some_and(ranked_kind));
    Some(1 + listed.filter(|w| w.value > v.value).count())
}

/// The rows of `indicator` for `regions`, in the given order of regions, read from the tables
/// of its figures (each in its default state: every region, every year).
pub fn rows(indicator: &Indicator, regions: &[&'static str], lang: Lang) -> Vec<Row> {
    // The compare view is report-only: dataset layers are left out.
    let tables: Vec<(&'static str, ViewTable)> = indicator
        .figures
        .iter()
        .filter_map(|id| figure(id).map(|f| (f.id, table(f, &ChartOptions::default(), lang))))
        .map(|(id, mut t)| {
            t.rows.retain(|r| r.layer() == crate::data::dataset::Layer::Report);
            (id, t)
        })
        .collect();
    fn at_x<'t>(t: &'t ViewTable, x: &'t str) -> impl Iterator<Item = &'t ShownRow> + 't {
        t.plotted().filter(move |v| v.x == x && v.region.is_some())
    }
    let mut parts: Vec<&'static str> = Vec::new();
    let mut part_labels: Vec<String> = Vec::new();
    for (_, t) in &tables {
        for v in at_x(t, indicator.x) {
            let p = part_of(v.series_key);
            if !parts.contains(&p) {
                parts.push(p);
                part_labels.push(part_label(v.series, v.region, lang));
            }
        }
    }
    parts
        .iter()
        .zip(part_labels)
        .map(|(part, label)| {
            let cells: Vec<Cell> = regions
                .iter()
                .map(|region| {
                    let found = tables.iter().find_map(|(id, t)| {
                        at_x(t, indicator.x).find(|v| v.region == Some(region) && part_of(v.series_key) == *part).map(|v| (*id, t, v))
                    });
                    match found {
                        Some((fig, t, v)) => Cell {
                            region,
                            value: Some(Stated::of(v)),
                            figure: Some(fig),
                            rank: if indicator.ranked.contains(&fig) { rank_in(t, part, indicator.x, v) } else { None },
                        },
                        None => Cell { region, value: None, figure: None, rank: None },
                    }
                })
                .collect();
            let max = cells.iter().filter_map(|c| c.value.map(|v| v.value)).fold(0.0, f64::max);
            Row { part: (!part.is_empty()).then_some(label), cells, max }
        })
        .collect()
}

/// Region codes that have at least one value in some indicator: the regions worth offering.
pub fn regions_with_values() -> Vec<&'static str> {
    let mut codes: Vec<&'static str> = Vec::new();
    for ind in &INDICATORS {
        for id in ind.figures {
            for v in figure(id).into_iter().flat_map(|f| f.points()) {
                if let Some(r) = v.region() {
                    if !codes.contains(&r) {
                        codes.push(r);
                    }
                }
            }
        }
    }
    codes
}

#[cfg(test)]
mod tests {
    use super::*;

    fn indicator(id: &str) -> &'static Indicator {
        INDICATORS.iter().find(|i| i.id == id).unwrap()
    }

    #[test]
    fn every_indicator_reads_existing_values() {
        for ind in &INDICATORS {
            let r = rows(ind, &["USA", "CHN", "EU_UK"], Lang::En);
            assert!(!r.is_empty(), "{}", ind.id);
            assert!(r.iter().any(|row| row.cells.iter().any(|c| c.value.is_some())), "{}", ind.id);
        }
    }

    #[test]
    fn values_come_from_the_first_figure_that_states_them() {
        let r = rows(indicator("notable_models"), &["USA", "CHN", "EU_UK", "FRA", "IND"], Lang::En);
        let v: Vec<Option<f64>> = r[0].cells.iter().map(|c| c.value.map(|v| v.value)).collect();
        assert_eq!(v, [Some(61.0), Some(15.0), Some(25.0), Some(8.0), None], "India: not stated, never zero");
        assert_eq!(r[0].cells[2].figure, Some("1.3.3"));
        let ranks: Vec<Option<usize>> = r[0].cells.iter().map(|c| c.rank).collect();
        assert_eq!(ranks, [Some(1), Some(2), None, Some(3), None], "EU+UK is not in 1.3.2's ranked list");
    }

    #[test]
    fn parts_get_their_own_rows_and_residuals_no_rank() {
        let r = rows(indicator("publications_by_sector"), &["USA", "CHN", "EU_UK"], Lang::Zh);
        assert_eq!(r.iter().map(|x| x.part.clone().unwrap()).collect::<Vec<_>>(), ["产业界", "教育（学术界）", "政府"]);
        assert_eq!(r[1].cells[1].value.unwrap().value, 81.8);
        let r = rows(indicator("patent_share"), &["CHN", "ROW", "IND", "EAS"], Lang::En);
        let ranks: Vec<Option<usize>> = r[0].cells.iter().map(|c| c.rank).collect();
        assert_eq!(ranks, [Some(1), None, Some(4), None], "rest of the world is not ranked; 1.2.4 is not ranked");
        assert_eq!(r[0].cells[3].value.unwrap().value, 75.2);
    }

    #[test]
    fn ties_share_a_rank() {
        let r = rows(indicator("notable_models"), &["CAN", "ISR", "GBR"], Lang::En);
        assert!(r[0].cells.iter().all(|c| c.rank == Some(5)));
    }
}
