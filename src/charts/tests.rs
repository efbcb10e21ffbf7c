//! Chart options built from the real data, checked against the values of `values.csv`.

use super::*;
use crate::data::{figure, FIGURES};
use serde_json::Value as Json;

fn option(id: &str, lang: Lang, options: ChartOptions) -> Json {
    let fig = figure(id).unwrap();
    let built = build(fig, &options, lang).unwrap_or_else(|| panic!("{id} has a chart"));
    serde_json::to_value(&built.chart).unwrap()
}

fn series(opt: &Json) -> &Vec<Json> {
    opt["series"].as_array().unwrap()
}

fn names(opt: &Json) -> Vec<String> {
    series(opt).iter().map(|s| s["name"].as_str().unwrap_or("").to_string()).collect()
}

#[test]
fn every_figure_with_values_builds_in_both_languages() {
    for fig in FIGURES.iter() {
        for lang in Lang::ALL {
            let built = build(fig, &ChartOptions::default(), lang);
            let expect_chart = fig.kind != crate::data::ChartKind::Image && (fig.completeness != crate::data::Completeness::None || fig.is_recomputed());
            assert_eq!(built.is_some(), expect_chart, "figure {}", fig.id);
            if let Some(b) = built {
                assert!(b.height >= 240);
                assert!(!serde_json::to_value(&b.chart).unwrap()["series"].as_array().unwrap().is_empty(), "{} has series", fig.id);
            }
        }
    }
}

#[test]
fn line_spans_the_titled_period_with_gaps_for_missing_years() {
    let opt = option("1.1.1", Lang::En, ChartOptions::default());
    let years = opt["xAxis"]["data"].as_array().unwrap();
    assert_eq!(years.first().unwrap(), "2010");
    assert_eq!(years.last().unwrap(), "2022");
    let data = series(&opt)[0]["data"].as_array().unwrap();
    assert_eq!(data.len(), 13);
    assert_eq!(data[0], 88000.0);
    assert_eq!(data[12], 240000.0);
    assert!(data[1..12].iter().all(Json::is_null), "no value is invented between stated years");
    assert_eq!(series(&opt)[0]["connectNulls"], false);
    assert_eq!(names(&opt), ["World"]);
    assert_eq!(names(&option("1.1.1", Lang::Zh, ChartOptions::default())), ["全球"]);
}

#[test]
fn tooltips_mark_bounds_and_approximations_in_each_language() {
    let en = serde_json::to_string(&option("1.1.1", Lang::En, ChartOptions::default())).unwrap();
    assert!(en.contains("&gt; 240,000 publications"), "lower bound marked");
    assert!(en.contains("≈ 88,000 publications"), "approximation marked");
    let zh = serde_json::to_string(&option("1.1.1", Lang::Zh, ChartOptions::default())).unwrap();
    assert!(zh.contains("2022年：&gt; 240,000篇"), "full-width colon after Chinese text");
    assert!(!zh.contains("年: "));
    assert!(zh.contains("下限"));
}

#[test]
fn stacked_bars_keep_totals_out_of_the_stack() {
    let opt = option("1.3.13", Lang::En, ChartOptions::default());
    let s = series(&opt);
    assert_eq!(names(&opt), ["Open", "Limited access", "No access (closed)", "Total"]);
    for part in &s[..3] {
        assert_eq!(part["type"], "bar");
        assert_eq!(part["stack"], "parts");
    }
    assert_eq!(s[3]["type"], "line");
    assert!(s[3].get("stack").is_none());
    let totals: Vec<f64> = s[3]["data"].as_array().unwrap().iter().map(|v| v.as_f64().unwrap()).collect();
    assert_eq!(totals, [4.0, 2.0, 27.0, 72.0, 149.0]);
    let open: Vec<f64> = s[0]["data"].as_array().unwrap().iter().map(|v| v.as_f64().unwrap()).collect();
    assert_eq!(open, [3.0, 1.0, 9.0, 32.0, 98.0]);
}

#[test]
fn long_bar_lists_show_the_top_fifteen_until_asked() {
    let fig = figure("1.3.16").unwrap();
    let top = build(fig, &ChartOptions::default(), Lang::En).unwrap();
    assert_eq!(top.shown, Some((15, 79)));
    let opt = serde_json::to_value(&top.chart).unwrap();
    let labels = opt["yAxis"]["data"].as_array().unwrap();
    assert_eq!(labels.len(), 15);
    assert_eq!(labels[0], "Google");
    assert_eq!(series(&opt)[0]["data"][0]["value"], 18.0);
    let all = build(fig, &ChartOptions { show_all: true, ..Default::default() }, Lang::Zh).unwrap();
    assert_eq!(all.shown, Some((79, 79)));
    let opt = serde_json::to_value(&all.chart).unwrap();
    assert_eq!(opt["yAxis"]["data"][0], "谷歌");
    assert!(all.height > top.height);
}

#[test]
fn spelling_variants_merge_for_display_and_keep_stated_counts() {
    let opt = option("1.3.17", Lang::En, ChartOptions { show_all: true, ..Default::default() });
    let labels: Vec<&str> = opt["yAxis"]["data"].as_array().unwrap().iter().map(|v| v.as_str().unwrap()).collect();
    assert_eq!(labels.iter().filter(|l| **l == "EleutherAI").count(), 1);
    assert!(!labels.contains(&"Eleuther AI") && !labels.contains(&"UC Berkeley"));
    assert!(labels.contains(&"Google DeepMind") && labels.contains(&"DeepMind"));
    let i = labels.iter().position(|l| *l == "EleutherAI").unwrap();
    let s = series(&opt);
    assert_eq!(s[0]["data"][i]["value"], 4.0);
    assert_eq!(s[1]["data"][i], 2.0);
    assert_eq!(labels.len(), 88, "90 source rows, two merged");
}

#[test]
fn grouped_bars_split_region_and_sector() {
    let opt = option("1.1.5", Lang::Zh, ChartOptions::default());
    assert_eq!(opt["xAxis"]["data"], serde_json::json!(["美国", "中国", "欧盟和英国"]));
    assert_eq!(names(&opt), ["产业界", "教育（学术界）", "政府"]);
    assert_eq!(series(&opt)[1]["data"], serde_json::json!([75.5, 81.8, 75.6]));
}

#[test]
fn range_dot_draws_stated_interval_ends_and_medians() {
    let opt = option("1.3.8", Lang::En, ChartOptions::default());
    let s = series(&opt);
    assert_eq!(s.len(), 7);
    assert_eq!(s[0]["data"][0][0], 2023.5);
    assert_eq!(s[0]["data"][1][0], 2025.7);
    assert_eq!(s[6]["name"], "Median");
    assert_eq!(s[6]["data"][0][0], 2024.5);
    assert_eq!(s[6]["data"][5][0], 2038.8);
    // Median labels in the page's format: `2024.5年` in Chinese.
    let zh = serde_json::to_string(&option("1.3.8", Lang::Zh, ChartOptions::default())).unwrap();
    assert!(zh.contains("2024.5年") && zh.contains("中位数："), "zh median labels and tooltips");
}

#[test]
fn cost_versus_compute_pivots_each_model_into_one_point() {
    let opt = option("1.3.23", Lang::En, ChartOptions::default());
    let named = |n: &str| series(&opt).iter().find(|s| s["name"] == n).unwrap_or_else(|| panic!("{n}"))["data"][0].clone();
    assert_eq!(named("Transformer"), serde_json::json!([7400.0, 930.0]));
    assert_eq!(named("Gemini Ultra"), serde_json::json!([50000000000.0, 191400000.0]));
    // The dataset layer's points, drawn first (under the report's), one series per domain.
    assert_eq!(names(&opt)[names(&opt).len() - 2..], ["Transformer", "Gemini Ultra"]);
    assert_eq!(opt["xAxis"]["type"], "log");
    // Every model with both measures is a point, also one with a NaN field (Gemini 1.0 Ultra
    // has no parameter count): 21 (issue 8).
    let layer: Vec<&Json> = series(&opt).iter().filter(|s| s["symbolSize"].as_f64() == Some(6.0)).flat_map(|s| s["data"].as_array().unwrap()).collect();
    assert_eq!(layer.len(), 21);
    assert!(layer.iter().any(|p| p[0].as_f64().unwrap() > 4.9e10 && p[1].as_f64().unwrap() > 2e8), "Gemini 1.0 Ultra's (compute, cloud cost)");
}

#[test]
fn recomputed_scatter_names_the_reports_models() {
    let fig = figure("1.3.6").unwrap();
    let built = build(fig, &ChartOptions::default(), Lang::En).unwrap();
    let json = serde_json::to_string(&built.chart).unwrap();
    for name in ["AlexNet", "Transformer", "Gemini 1.0 Ultra"] {
        assert!(json.contains(&format!("<b>{name}</b>")), "{name} findable in tooltips");
    }
    assert!(built.footnotes[0].contains(&format!("(data accessed {})", crate::data::sources::EPOCH_ACCESSED)));
    let opt: Json = serde_json::to_value(&built.chart).unwrap();
    assert_eq!(opt["yAxis"]["type"], "log");
    assert_eq!(names(&opt)[0], "Industry");
    let alexnet = series(&opt).iter().flat_map(|s| s["data"].as_array().unwrap()).find(|d| d[0] == "2012-09-30").unwrap();
    assert!((alexnet[1].as_f64().unwrap() - 470.0).abs() < 1e-6);
}

#[test]
fn recomputed_country_counts_lead_with_the_united_states() {
    let fig = figure("1.3.4").unwrap();
    let built = build(fig, &ChartOptions::default(), Lang::Zh).unwrap();
    let opt: Json = serde_json::to_value(&built.chart).unwrap();
    assert_eq!(opt["yAxis"]["data"][0], "美国");
    assert_eq!(crate::charts::controls::controls(fig).regions[0], "USA");
}

#[test]
fn bars_of_several_years_keep_chronological_order_and_go_log() {
    let opt = option("1.3.21", Lang::En, ChartOptions::default());
    assert_eq!(opt["yAxis"]["data"][0], "Transformer (2017)");
    assert_eq!(opt["xAxis"]["type"], "log");
    assert_eq!(series(&opt)[0]["data"][8]["value"], 191400000.0);
}

fn with(q: &str) -> ChartOptions {
    ChartOptions::from_state(&crate::state::parse(q).state)
}

#[test]
fn region_filter_keeps_only_chosen_regions() {
    let opt = option("1.2.5", Lang::En, with("fig=1.2.5&regions=USA~CHN"));
    assert_eq!(names(&opt), ["China", "United States"]);
    let opt = option("1.1.5", Lang::En, with("fig=1.1.5&regions=EU_UK"));
    assert_eq!(opt["xAxis"]["data"], serde_json::json!(["European Union and United Kingdom"]));
    let opt = option("1.3.4", Lang::En, with("fig=1.3.4&regions=CHN~GBR"));
    assert_eq!(opt["yAxis"]["data"].as_array().unwrap().len(), 2);
}

#[test]
fn time_range_narrows_the_axis_and_the_points() {
    let opt = option("1.1.1", Lang::En, with("fig=1.1.1&time=2015..latest"));
    let years = opt["xAxis"]["data"].as_array().unwrap();
    assert_eq!((years.first().unwrap().as_str(), years.len()), (Some("2015"), 8));
    assert_eq!(series(&opt)[0]["data"][7], 240000.0);
    let opt = option("1.3.21", Lang::En, with("fig=1.3.21&time=2023"));
    assert_eq!(opt["yAxis"]["data"].as_array().unwrap().len(), 3, "GPT-4, Llama 2 70B, Gemini Ultra");
}

#[test]
fn scale_switches_axes() {
    let opt = option("1.3.22", Lang::En, with("fig=1.3.22&scale=linear"));
    assert_eq!(opt["yAxis"]["type"], "value");
    let opt = option("1.1.7", Lang::En, with("fig=1.1.7&scale=log"));
    assert_eq!(opt["yAxis"]["type"], "log");
}

#[test]
fn relative_stacking_draws_shares_of_the_stated_total() {
    let fig = figure("1.3.13").unwrap();
    let built = build(fig, &with("fig=1.3.13&stack=relative"), Lang::En).unwrap();
    let opt: Json = serde_json::to_value(&built.chart).unwrap();
    assert_eq!(series(&opt).len(), 3, "no totals line in shares");
    let open_2023 = series(&opt)[0]["data"][4].as_f64().unwrap();
    assert!((open_2023 - 98.0 / 149.0 * 100.0).abs() < 1e-9);
    assert!(built.footnotes.iter().any(|n| n.contains("computed here")));
}

#[test]
fn hidden_series_stay_in_the_legend_greyed_out() {
    let opt = option("1.2.5", Lang::Zh, with("fig=1.2.5&hide=ROW~IND"));
    assert_eq!(opt["legend"]["selected"], serde_json::json!({"世界其他地区": false, "印度": false}));
    assert_eq!(series(&opt).len(), 5, "hidden series are still in the option, for the legend");
}
