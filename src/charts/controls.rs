//! Which controls a figure offers, decided from its data (never from a list of figure ids):
//! a region picker where it has regional series, a time range where it has values for two or
//! more years, linear/log where every plotted value is positive, absolute/relative where its
//! series are parts of a whole, legend toggles where it has two or more series.

use super::common::wants_log;
use crate::data::dataset::values_of;
use crate::data::{ChartKind, Figure, Role, Unit, Value};

/// One legend entry: the key the URL's `hide` uses, and the series it stands for.
#[derive(Debug, Clone, PartialEq)]
pub struct LegendEntry {
    /// Region code for a region's only series, else the series key (or sector code).
    pub key: String,
    /// Series keys this entry shows or hides.
    pub series_keys: Vec<&'static str>,
}

/// The controls a figure offers; `None` / empty means the control is not shown.
#[derive(Debug, Clone, PartialEq)]
pub struct Controls {
    /// Region codes the figure has data for, in first-appearance order.
    pub regions: Vec<&'static str>,
    /// First and last year of the time axis, when values exist for two or more years.
    pub years: Option<(u16, u16)>,
    /// Linear/log offered; `log_default` says which one the figure opens with.
    pub scale: bool,
    pub log_default: bool,
    /// Absolute/relative (share of the total) offered.
    pub stack: bool,
    /// Legend entries, when two or more.
    pub legend: Vec<LegendEntry>,
    /// A bar list longer than [`super::TOP_N`]: "show all" offered.
    pub long_list: bool,
}

/// Rows the chart plots (role point or total).
pub fn plotted(fig: &Figure) -> impl Iterator<Item = &'static Value> {
    fig.values.iter().filter(|v| v.role != Role::Annotation)
}

fn year(x: &str) -> Option<u16> {
    if x.len() == 4 { x.parse().ok() } else { None }
}

/// The controls of `fig`.
pub fn controls(fig: &Figure) -> Controls {
    if fig.is_recomputed() {
        return recomputed_controls(fig);
    }
    let rows: Vec<&'static Value> = plotted(fig).collect();
    let mut regions: Vec<&'static str> = Vec::new();
    for v in &rows {
        if let Some(r) = v.region() {
            if !regions.contains(&r) {
                regions.push(r);
            }
        }
    }
    let mut years: Vec<u16> = rows.iter().filter_map(|v| year(v.x())).collect();
    crate::sort::sort(&mut years);
    years.dedup();
    let span = if years.len() >= 2 {
        let lo = years[0].min(fig.span.map_or(u16::MAX, |s| s.0));
        let hi = years[years.len() - 1].max(fig.span.map_or(0, |s| s.1));
        Some((lo, hi))
    } else {
        None
    };
    let positive = !rows.is_empty() && rows.iter().all(|v| v.value > 0.0);
    let scale = positive && fig.kind != ChartKind::StackedBar && fig.kind != ChartKind::RangeDot && rows.iter().all(|v| v.unit != Unit::Year);
    let percent = rows.iter().any(|v| matches!(v.unit, Unit::Percent));
    let stack = fig.kind == ChartKind::StackedBar && !percent;
    let controls = Controls {
        regions,
        years: span,
        scale,
        log_default: scale && wants_log(rows.iter().map(|v| v.value)),
        stack,
        legend: legend_entries(fig, &rows),
        long_list: fig.kind == ChartKind::Bar && rows.len() > super::TOP_N,
    };
    if crate::data::dataset::has_layer(fig) { with_dataset_layer(fig, controls) } else { controls }
}

/// Widens a layered figure's controls to both layers (whatever `layer=` shows): the dataset's
/// regions, years and categories join the report's. Linear/log stays as the report's values
/// decide, so links keep working; the layer's zero counts are gaps on a log axis.
fn with_dataset_layer(fig: &Figure, mut c: Controls) -> Controls {
    let scatter = fig.kind == ChartKind::Scatter;
    let mut years: Vec<u16> = c.years.map_or(Vec::new(), |(a, b)| vec![a, b]);
    let mut categories = 0;
    for v in values_of(fig) {
        let stated = crate::data::dataset::stated_point(fig, v.category);
        categories += usize::from(stated.is_none());
        // Years only: a total over a period (1.3.20) cannot be narrowed to some of its years.
        if let Ok(y) = v.x.parse::<u16>() {
            years.push(y);
        }
        let region = stated.map_or_else(|| crate::data::region_name(v.category).map(|_| v.category), |p| p.region());
        if let Some(r) = region {
            if !c.regions.contains(&r) {
                c.regions.push(r);
            }
        }
        // Line and scatter figures: a category only the dataset has gets its own legend entry.
        if stated.is_none() && (fig.kind == ChartKind::Line || scatter) && !c.legend.iter().any(|e| e.key == v.category) {
            let key = region.unwrap_or(v.category);
            c.legend.push(LegendEntry { key: key.to_string(), series_keys: vec![v.category] });
        }
    }
    if !scatter {
        crate::sort::sort(&mut years);
        if let (Some(&lo), Some(&hi)) = (years.first(), years.last()) {
            c.years = (lo < hi).then_some((lo, hi)).or(c.years);
        }
    }
    c.long_list = fig.kind == ChartKind::Bar && fig.points().count() + categories > super::TOP_N;
    c
}

fn legend_entries(fig: &Figure, rows: &[&'static Value]) -> Vec<LegendEntry> {
    let mut entries: Vec<LegendEntry> = Vec::new();
    match fig.kind {
        ChartKind::Line | ChartKind::StackedBar | ChartKind::Scatter => {
            let mut keys: Vec<&'static str> = Vec::new();
            for v in rows {
                if !keys.contains(&v.series_key()) {
                    keys.push(v.series_key());
                }
            }
            for key in keys {
                let region = rows.iter().find(|v| v.series_key() == key).and_then(|v| v.region());
                let region_series = |r: &str| {
                    let mut k: Vec<&str> = rows.iter().filter(|v| v.region() == Some(r)).map(|v| v.series_key()).collect();
                    k.dedup();
                    k.len()
                };
                let entry_key = match region {
                    Some(r) if region_series(r) == 1 => r.to_string(),
                    _ => key.to_string(),
                };
                entries.push(LegendEntry { key: entry_key, series_keys: vec![key] });
            }
        }
        ChartKind::GroupedBar => {
            for v in rows {
                let part = crate::text::split_once(v.series_key(), "__").map_or(v.series_key(), |p| p.1);
                match entries.iter_mut().find(|e| e.key == part) {
                    Some(e) => e.series_keys.push(v.series_key()),
                    None => entries.push(LegendEntry { key: part.to_string(), series_keys: vec![v.series_key()] }),
                }
            }
        }
        _ => {}
    }
    if entries.len() < 2 { Vec::new() } else { entries }
}

// From the build-time counts, so the controls (and the links they validate) never wait for
// the models file: 1.3.4's countries by their 2003–2023 total, 1.3.5–1.3.6's sectors.
fn recomputed_controls(fig: &Figure) -> Controls {
    let by_country = fig.kind == ChartKind::Bar;
    let span = fig.span.unwrap_or(crate::data::epoch::ALL_YEARS);
    let (regions, legend) = if by_country {
        let totals = crate::data::dataset::country_totals(fig, crate::data::epoch::ALL_YEARS);
        (totals.into_iter().map(|(c, _)| c).filter(|c| crate::data::dataset::is_country(c)).collect(), Vec::new())
    } else {
        let legend = values_of(fig).map(|v| LegendEntry { key: v.category.to_string(), series_keys: Vec::new() }).collect();
        (Vec::new(), legend)
    };
    Controls {
        long_list: by_country && regions.len() > super::TOP_N,
        regions,
        years: Some(span),
        scale: true,
        log_default: !by_country,
        stack: false,
        legend,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::{figure, FIGURES};

    #[test]
    fn controls_follow_the_data() {
        let c = controls(figure("1.2.5").unwrap());
        assert_eq!(c.regions, ["CHN", "USA", "ROW", "EU_UK", "IND"]);
        assert_eq!(c.years, Some((2010, 2022)));
        assert!(c.scale && !c.log_default && !c.stack);
        assert_eq!(c.legend.iter().map(|e| e.key.as_str()).collect::<Vec<_>>(), ["CHN", "USA", "ROW", "EU_UK", "IND"]);

        let c = controls(figure("1.3.13").unwrap());
        assert!(c.stack && !c.scale, "counts with zeros stack; no log");
        assert!(c.regions.is_empty());

        assert!(!controls(figure("1.3.14").unwrap()).stack, "shares are already relative");
        assert!(controls(figure("1.3.16").unwrap()).long_list && controls(figure("1.3.4").unwrap()).long_list);
        assert!(!controls(figure("1.2.6").unwrap()).long_list);
        assert_eq!(controls(figure("1.2.6").unwrap()).years, None, "one year only");
        assert!(controls(figure("1.3.22").unwrap()).log_default);

        let c = controls(figure("1.2.3").unwrap());
        assert_eq!(c.legend[0].key, "china__not_granted", "a region with two series is keyed by series");
        let c = controls(figure("1.1.5").unwrap());
        assert_eq!(c.legend.iter().map(|e| e.key.as_str()).collect::<Vec<_>>(), ["industry", "education", "government"]);
        assert_eq!(c.regions, ["USA", "CHN", "EU_UK"]);
    }

    #[test]
    fn recomputed_figures_offer_dataset_controls() {
        let c = controls(figure("1.3.4").unwrap());
        assert_eq!(c.regions[0], "USA");
        assert!(c.regions.len() > 20);
        let c = controls(figure("1.3.6").unwrap());
        assert!(c.log_default && c.scale);
        assert_eq!(c.legend[0].key, "industry");
        assert_eq!(c.years, Some((2003, 2023)));
    }

    #[test]
    fn figures_without_values_offer_nothing() {
        for f in FIGURES.iter().filter(|f| f.values.is_empty() && !f.is_recomputed()) {
            let c = controls(f);
            assert!(c.regions.is_empty() && c.years.is_none() && !c.scale && !c.stack && c.legend.is_empty() && !c.long_list, "{}", f.id);
        }
    }
}
