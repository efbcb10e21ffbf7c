//! The model explorer's chart option, from its table of what is shown: a scatter of notable
//! models (x = publication date, y = the measure, log by default) or a timeline of foundation
//! models (x = created date, one jittered lane per colour category). Built as JSON (serde_json)
//! and handed to ECharts by `echarts::ModelsChart`, which adds the functions: the one tooltip
//! formatter of the page (it asks the current table for the hovered row's text, so hovering never
//! rebuilds the option) and the y axis labels ([`YLabels`]).
//!
//! Every point carries its row in the table as its third value (`[x, y, row]`).

use serde_json::{json, Value};

use super::data::Set;
use super::labels::{category_name, measure_label};
use super::state::{ColorBy, REPORT_LAST_YEAR};
use super::table::ModelsTable;
use crate::charts::common::escape_html;
use crate::i18n::{format_date, format_shown, Lang};
use crate::data::Precision;

/// How the y axis writes its labels (functions the browser side supplies).
#[derive(Debug, Clone, PartialEq)]
pub enum YLabels {
    /// Powers of ten (log axis).
    Power,
    /// Compact numbers (240K / 24万).
    Compact,
    /// Lane names, top to bottom (foundation models): lane `i` is at y = i.
    Lanes(Vec<String>),
}

/// The option and what ECharts needs beside it.
#[derive(Debug, Clone, PartialEq)]
pub struct ModelsOption {
    pub option: Value,
    pub y_labels: YLabels,
    /// Where each row of the table is drawn: (series, index in its data), `None` if not drawn.
    pub positions: Vec<Option<(usize, usize)>>,
}

const DAY_MS: f64 = 86_400_000.0;

fn year_start_ms(y: u16) -> f64 {
    super::data::day_number(&format!("{y:04}-01-01")).unwrap_or(0) as f64 * DAY_MS
}

/// A deterministic jitter in [-0.32, 0.32] from a slug, so a model keeps its place in its lane.
fn jitter(slug: &str) -> f64 {
    let h = slug.bytes().fold(0x811c_9dc5u32, |h, b| (h ^ b as u32).wrapping_mul(0x0100_0193));
    (h % 1000) as f64 / 999.0 * 0.64 - 0.32
}

/// Builds the chart option of `t` (colour rule `by`) in `lang`; `dark` picks readable greys.
pub fn build(t: &ModelsTable, by: ColorBy, lang: Lang) -> ModelsOption {
    let foundation = t.set == Set::Foundation;
    let lanes: Vec<&'static str> = t.legend.iter().map(|(c, _)| *c).collect();
    let searching = t.searching;
    let mut series = Vec::new();
    let mut positions = vec![None; t.rows.len()];
    for (li, (cat, color)) in t.legend.iter().enumerate() {
        let mut data = Vec::new();
        for (i, r) in t.rows.iter().enumerate() {
            if r.category != *cat || !r.entry.day.is_finite() || (!foundation && !r.y.is_finite()) {
                continue;
            }
            let y = if foundation { li as f64 + jitter(r.entry.slug) } else { r.y };
            positions[i] = Some((series.len(), data.len()));
            let value = json!([r.entry.day * DAY_MS, y, i]);
            let dim = searching && !r.matched;
            let hit = searching && r.matched;
            if dim || hit || r.later {
                let mut item = json!({ "value": value });
                if r.later {
                    item["symbol"] = json!("diamond");
                }
                if dim {
                    item["itemStyle"] = json!({ "opacity": 0.12 });
                }
                if hit {
                    item["symbolSize"] = json!(11);
                    item["itemStyle"] = json!({ "borderColor": "#111", "borderWidth": 1.5, "opacity": 1 });
                    item["z"] = json!(5);
                }
                data.push(item);
            } else {
                data.push(value);
            }
        }
        if data.is_empty() {
            continue;
        }
        series.push(json!({
            "type": "scatter",
            "name": category_name(by, cat, lang),
            "data": data,
            "symbolSize": 7,
            "itemStyle": { "color": color, "opacity": 0.85 },
            "emphasis": { "focus": "none", "scale": 1.6 },
            "large": false,
            "animation": false,
        }));
    }
    let (from, to) = t.years;
    let min = year_start_ms(from);
    let max = year_start_ms(to + 1) - DAY_MS;
    // Models after the report's last year: a shaded band, named.
    if to > REPORT_LAST_YEAR && !series.is_empty() {
        let start = year_start_ms(REPORT_LAST_YEAR + 1).max(min);
        series[0]["markArea"] = json!({
            "silent": true,
            "itemStyle": { "color": "rgba(128,128,128,0.10)" },
            "label": { "show": true, "position": "insideTop", "color": "#777",
                       "formatter": if lang == Lang::Zh { "晚于报告（2024年起）" } else { "After the report (2024–)" } },
            "data": [[{ "xAxis": start }, { "xAxis": max }]],
        });
    }
    let x_axis = json!({ "type": "time", "min": min, "max": max, "splitLine": { "show": false }, "axisLine": { "onZero": false } });
    let (y_axis, y_labels) = if foundation {
        (
            // Ticks fall on multiples of the interval from the minimum: -1 and the lane count
            // are blank, every lane in between gets its name.
            json!({ "type": "value", "min": -1, "max": lanes.len() as f64, "interval": 1, "inverse": true,
                    "splitLine": { "show": false }, "axisTick": { "show": false }, "axisLabel": {} }),
            YLabels::Lanes(lanes.iter().map(|c| category_name(by, c, lang).to_string()).collect()),
        )
    } else {
        let name = t.y.map_or("", |m| measure_label(m, lang));
        (
            // On a log axis over some 30 powers of ten, ECharts' default five splits label every
            // tenth power; eight give a label every fifth.
            json!({ "type": if t.log { "log" } else { "value" }, "name": name, "nameTextStyle": { "align": "left" },
                    "scale": t.log, "splitNumber": if t.log { 8 } else { 5 }, "axisLabel": {} }),
            if t.log { YLabels::Power } else { YLabels::Compact },
        )
    };
    let option = json!({
        "animation": false,
        "grid": { "left": 8, "right": 24, "top": 36, "bottom": 8, "containLabel": true },
        "tooltip": { "trigger": "item", "confine": true },
        "xAxis": x_axis,
        "yAxis": y_axis,
        "series": series,
    });
    ModelsOption { option, y_labels, positions }
}

/// The tooltip's HTML for row `i` of `t` (escaped): name, organization, date, the measure (3
/// significant digits, as estimates are shown) and the colour category.
pub fn tip_html(t: &ModelsTable, i: usize, by: ColorBy, lang: Lang) -> String {
    let Some(r) = t.rows.get(i) else { return String::new() };
    let e = r.entry;
    let mut out = format!("<b>{}</b><br>{}<br>{}", escape_html(e.name), escape_html(e.organization), escape_html(&format_date(e.date, lang)));
    if let Some(m) = t.y {
        if r.y.is_finite() {
            out.push_str(&format!("<br>{}: {}", escape_html(measure_label(m, lang)), format_shown(r.y, Precision::Significant(3), lang)));
        }
    }
    out.push_str(&format!("<br>{}", escape_html(category_name(by, r.category, lang))));
    if r.later {
        out.push_str(if lang == Lang::Zh { "<br><i>晚于报告所涵盖的时期</i>" } else { "<br><i>later than the report</i>" });
    }
    out
}
