//! The table in view, checked against the data files themselves (read here with the `csv`
//! crate, independently of the build's tables), and explored over random states.

use super::*;
use crate::charts::{build_from, describe_table, has_chart};
use crate::data::{figure, FIGURES};
use crate::export::table_csv;
use crate::data::dataset::{has_layer, has_reconciliation, Layer};
use crate::state::{parse, LayerChoice};

fn csv_rows(rel: &str) -> Vec<csv::StringRecord> {
    let path = format!("{}/src/data/{rel}", env!("CARGO_MANIFEST_DIR"));
    csv::Reader::from_path(path).unwrap().records().map(Result::unwrap).collect()
}

/// `values.csv` rows of a figure: (series_key, x, value, role, provenance).
fn values_of(id: &str) -> Vec<(String, String, String, String, String)> {
    csv_rows("report/values.csv")
        .into_iter()
        .filter(|r| &r[0] == id)
        .map(|r| (r[1].to_string(), r[5].to_string(), r[6].to_string(), r[9].to_string(), r[10].to_string()))
        .collect()
}

fn view(query: &str) -> ViewTable {
    let parsed = parse(query);
    assert!(parsed.problems.is_empty(), "{query}: {:?}", parsed.problems);
    view_any(query)
}

/// As [`view`], for links with values the figure does not offer (they get the default).
fn view_any(query: &str) -> ViewTable {
    let parsed = parse(query);
    let fig = figure(parsed.state.fig.unwrap()).unwrap();
    table(fig, &ChartOptions::from_state(&parsed.state), parsed.state.lang)
}

/// (model name, publication year, compute FLOP text, parameters text, country text) of Epoch AI's file.
fn epoch_models() -> Vec<(String, u16, String, String, String)> {
    csv_rows("epoch/notable_ai_models.csv")
        .into_iter()
        .map(|r| (r[0].to_string(), r[2][..4].parse().unwrap(), r[7].to_string(), r[6].to_string(), r[4].to_string()))
        .collect()
}

#[test]
fn years_without_values_say_which_years_are_stated() {
    let stated: Vec<u16> = {
        let mut y: Vec<u16> = values_of("1.1.1").into_iter().filter(|v| v.3 != "annotation").map(|v| v.1.parse().unwrap()).collect();
        y.sort_unstable();
        y.dedup();
        y
    };
    let t = view("fig=1.1.1&lang=en&time=2011..2021");
    assert!(t.plotted().next().is_none());
    assert_eq!(t.empty, Some(Empty::NoValueInYears { years: (2011, 2021), stated: stated.clone() }));
    let message = empty_message(&t).unwrap();
    assert_eq!(message, format!("The report states no value for 2011–2021. It states values for {} and {}.", stated[0], stated[1]));
    assert!(build_from(&t, &ChartOptions::default()).is_none(), "no chart is drawn for an empty table");
    let zh = view("fig=1.2.5&lang=zh&time=2017..2018");
    assert!(matches!(zh.empty, Some(Empty::NoValueInYears { .. })));
    let m = empty_message(&zh).unwrap();
    assert!(m.starts_with("报告未给出2017–2018年的数值。") && m.contains("2010年和2022年"), "{m}");
    // The link: 1.5.3 has one series, so `hide` is not offered and gets a notice.
    let t = view_any("fig=1.5.3&lang=zh&time=2019&scale=log&hide=WORLD~world");
    assert!(t.empty.is_some() && empty_message(&t).unwrap().contains("2019年"));
}

#[test]
fn estimates_show_three_significant_digits_and_exports_keep_the_source_value() {
    let models = epoch_models();
    let (_, _, flop, _, _) = models.iter().find(|m| m.0 == "Llama 2-7B").unwrap();
    // Independently: FLOP ÷ 10^15, then 3 significant digits through scientific text.
    let expected: f64 = format!("{:.2e}", flop.parse::<f64>().unwrap() / 1e15).parse().unwrap();
    let t = view("fig=1.3.6&lang=en&view=table");
    let llama = t.rows.iter().find(|r| r.model.is_some_and(|m| m.name == "Llama 2-7B")).unwrap();
    assert_eq!(llama.shown(), expected);
    assert_eq!(crate::i18n::format_stated(llama.shown(), llama.unit, llama.qualifier, Lang::En), "84,000,000 petaFLOP");
    // The CSV has the source's digits, shifted from FLOP to petaFLOP, never float noise.
    let csv = table_csv(&t);
    let line = csv.lines().find(|l| l.contains(",Llama 2-7B,")).unwrap();
    let (mantissa, exp) = flop.split_once("e+").unwrap();
    let digits = mantissa.replace('.', "");
    assert!(line.contains(&format!(",{}{},", digits.trim_end_matches('0'), "0".repeat(exp.parse::<usize>().unwrap() - 15 - (mantissa.len() - 2)))), "{line}");
    // Every model's value has exactly the source's significant digits (some sources carry
    // offsets such as 2.97600000001e+20: kept in the export, rounded on screen).
    let digits = |s: &str| s.split(['e', 'E']).next().unwrap().replace(['.', '-'], "").trim_matches('0').to_string();
    let mut reader = csv::Reader::from_reader(csv.trim_start_matches('\u{feff}').as_bytes());
    let mut checked = 0;
    for r in reader.records().map(Result::unwrap) {
        let source = models.iter().find(|m| m.0 == r[2] && !m.2.is_empty()).unwrap();
        assert_eq!(digits(&r[5]), digits(&source.2), "{} {} vs {}", &r[2], &r[5], source.2);
        checked += 1;
    }
    assert_eq!(checked, t.rows.len());
    let snm = t.rows.iter().find(|r| r.model.is_some_and(|m| m.name == "SNM-skip")).unwrap();
    assert_eq!(crate::i18n::format_full(snm.shown(), Lang::En), "298,000", "3 significant digits on screen");
}

#[test]
fn one_year_is_written_as_that_year() {
    let t = view("fig=1.3.4&lang=en&time=2015");
    assert!(t.rows.iter().all(|r| r.x == "2015"));
    assert!(table_csv(&t).lines().skip(1).all(|l| l.split(',').nth(4) == Some("2015")));
    assert!(!describe_table(&t, &ChartOptions::default()).contains("2015–2015"));
}

#[test]
fn notes_and_counts_name_the_years_in_view() {
    let models = epoch_models();
    let in_view = models.iter().filter(|m| (2020..=2023).contains(&m.1)).count();
    let all = models.iter().filter(|m| (2003..=2023).contains(&m.1)).count();
    let t = view("fig=1.3.5&lang=en&time=2020..latest");
    let built = build_from(&t, &ChartOptions::default()).unwrap();
    let text = format!("{} {}", built.footnotes.join(" "), count_line(&t));
    assert!(!text.contains("2003–2023") && !text.contains(&all.to_string()), "{text}");
    assert!(text.contains("2020–2023") && count_line(&t).starts_with(&format!("{in_view} notable models")), "{text}");
    // Models with no country count for none, and 1.3.4 says how many.
    let coded: Vec<String> = csv_rows("epoch/country_codes.csv").into_iter().filter(|r| !r[1].is_empty()).map(|r| r[0].to_string()).collect();
    let no_country = models.iter().filter(|m| (2003..=2023).contains(&m.1) && !m.4.split(',').any(|c| coded.iter().any(|k| k == c))).count();
    assert!(no_country > 0);
    let t = view("fig=1.3.4&lang=en");
    let notes = t.notes.join(" ");
    assert!(notes.contains(&format!("{no_country} models of 2003–2023 have no country code")), "{notes}");
}

#[test]
fn the_count_keeps_stated_and_counted_values_apart() {
    let rows = values_of("1.3.16");
    let plotted = |p: &dyn Fn(&str) -> bool| rows.iter().filter(|v| v.3 != "annotation" && p(&v.4)).count();
    let stated = plotted(&|p| p == "zh_translation_text" || p == "source_text");
    let counted = plotted(&|p| p == "source_data_file");
    assert_eq!(count_line(&view("fig=1.3.16&lang=en")), format!("{stated} values stated, {counted} counted from Ecosystem Graphs"));
    assert_eq!(count_line(&view("fig=1.3.16&lang=zh")), format!("报告陈述{stated}个数值，{counted}个据Ecosystem Graphs统计"));
    let annotations = values_of("1.1.1").iter().filter(|v| v.3 == "annotation").count();
    assert!(annotations > 0);
    let points = values_of("1.1.1").len() - annotations;
    assert_eq!(count_line(&view("fig=1.1.1&lang=en")), format!("{points} values stated"), "annotations are listed, not counted");
}

#[test]
fn gpt4_is_labelled_once_and_counted_twice() {
    let models = epoch_models();
    let gpt4_rows = models.iter().filter(|m| m.0.starts_with("GPT-4 (") && m.1 == 2023).count();
    assert_eq!(gpt4_rows, 2);
    let t = view("fig=1.3.6&lang=en");
    assert_eq!(t.rows.iter().filter(|r| r.model.is_some_and(|m| m.name.starts_with("GPT-4 ("))).count(), gpt4_rows);
    let json = serde_json::to_string(&build_from(&t, &ChartOptions::default()).unwrap().chart).unwrap();
    assert!(json.contains("\\\"GPT-4\\\""), "the Mar 2023 row is labelled GPT-4");
    assert!(t.notes.iter().any(|n| n.contains("GPT-4 twice")));
}

#[test]
fn hidden_series_stay_in_the_table_and_leave_the_csv() {
    let t = view("fig=1.2.5&lang=en&hide=ROW");
    assert!(t.rows.iter().any(|r| r.region == Some("ROW") && r.hidden));
    assert!(t.rows.iter().filter(|r| r.region != Some("ROW")).all(|r| !r.hidden));
    assert!(!table_csv(&t).contains(",rest_of_world,"));
    assert!(table_csv(&view("fig=1.2.5&lang=en")).contains(",rest_of_world,"));
}

/// A seeded generator of query strings from a figure's own controls, including years without
/// values, single years, reversed ranges and unknown values fed through the URL parser.
mod states {
    use crate::charts::controls::controls;
    use crate::data::Figure;
    use proptest::prelude::*;

    fn subset(keys: Vec<String>) -> impl Strategy<Value = Option<String>> {
        let n = keys.len();
        prop_oneof![Just(None), proptest::bits::u64::between(0, n.clamp(1, 63)).prop_map(move |bits| {
            Some(keys.iter().enumerate().filter(|(i, _)| bits >> i & 1 == 1).map(|(_, k)| k.clone()).collect::<Vec<_>>().join("~"))
        })]
    }

    pub fn query(fig: &'static Figure) -> impl Strategy<Value = String> {
        let c = controls(fig);
        let (lo, hi) = c.years.or(fig.span).unwrap_or((2003, 2023));
        let year = (lo.saturating_sub(2)..=hi + 2).prop_map(|y| y.to_string());
        let bound = prop_oneof![year.clone(), Just("earliest".to_string()), Just("latest".to_string())];
        let time = prop_oneof![
            Just(None),
            year.clone().prop_map(Some),
            (bound.clone(), bound).prop_map(|(a, b)| Some(format!("{a}..{b}"))),
            Just(Some("2019..abc".to_string())),
        ];
        let pick = |v: &'static [&'static str]| proptest::sample::select(v.to_vec()).prop_map(|s| (!s.is_empty()).then(|| s.to_string()));
        let regions = subset(c.regions.iter().map(|r| r.to_string()).collect());
        let hide = subset(c.legend.iter().map(|e| e.key.clone()).collect());
        (
            pick(&["en", "zh"]),
            pick(&["", "chart", "table", "reconcile"]),
            pick(&["", "both", "report", "dataset"]),
            time,
            pick(&["", "linear", "log"]),
            pick(&["", "absolute", "relative"]),
            regions,
            hide,
            pick(&["", "all", "top"]),
        )
            .prop_map(move |(lang, view, layer, time, scale, stack, regions, hide, show)| {
                let mut q = format!("fig={}", fig.id);
                for (k, v) in [("lang", lang), ("view", view), ("layer", layer), ("time", time), ("scale", scale), ("stack", stack), ("regions", regions), ("hide", hide), ("show", show)] {
                    if let Some(v) = v {
                        q.push_str(&format!("&{k}={v}"));
                    }
                }
                q
            })
    }
}

#[test]
fn every_state_of_every_figure_builds_a_table_and_a_chart() {
    use proptest::prelude::{prop_assert, TestCaseError};
    use proptest::test_runner::{Config, TestRunner};
    let mut total = 0;
    for fig in FIGURES.iter() {
        let mut runner = TestRunner::new(Config { cases: 230, failure_persistence: None, ..Config::default() });
        let cases = std::cell::Cell::new(0usize);
        let result = runner.run(&states::query(fig), |q| {
            cases.set(cases.get() + 1);
            let parsed = parse(&q);
            let options = ChartOptions::from_state(&parsed.state);
            let t = table(fig, &options, parsed.state.lang);
            // Rows are in view: within the chosen years, hidden only when asked.
            if let Some((a, b)) = t.time {
                prop_assert!(t.rows.iter().filter_map(Row::year).all(|y| (a..=b).contains(&y)), "{q}");
            }
            prop_assert!(t.rows.iter().all(|r| !r.hidden || parsed.state.hide.contains(&t.legend_key(r.series_key))), "{q}");
            // `layer=` keeps one layer out of view; figures without a dataset layer ignore it.
            let layer = |l: Layer| t.rows.iter().any(|r| r.layer() == l);
            match (has_layer(fig), parsed.state.layer) {
                (true, LayerChoice::Report) => prop_assert!(!layer(Layer::Dataset), "{q}"),
                (true, LayerChoice::Dataset) => prop_assert!(!layer(Layer::Report), "{q}"),
                (false, _) => prop_assert!(fig.is_recomputed() || !layer(Layer::Dataset), "{q}"),
                _ => {}
            }
            let r = crate::reconcile::reconcile(fig, parsed.state.lang);
            prop_assert!(r.rows.is_empty() != has_reconciliation(fig), "{q}: a reconciliation exactly where one is offered");
            let built = build_from(&t, &options);
            match (&t.empty, has_chart(fig)) {
                (None, true) => {
                    let built = built.as_ref().ok_or_else(|| TestCaseError::fail(format!("{q}: no chart")))?;
                    let json = serde_json::to_value(&built.chart).unwrap();
                    prop_assert!(json["series"].as_array().is_some_and(|s| !s.is_empty()), "{q}: series array");
                }
                (Some(reason), true) => {
                    prop_assert!(built.is_none(), "{q}");
                    prop_assert!(*reason == Empty::NoValues || empty_message(&t).is_some(), "{q}: empty table carries its reason");
                }
                (_, false) => prop_assert!(built.is_none(), "{q}"),
            }
            let _ = (describe_table(&t, &options), table_csv(&t), count_line(&t));
            Ok(())
        });
        if let Err(e) = result {
            panic!("figure {}: {e}", fig.id);
        }
        let cases = cases.get();
        assert!(cases >= 200, "figure {}: {cases} states", fig.id);
        total += cases;
    }
    assert!(total >= 10_000, "{total} states");
}


