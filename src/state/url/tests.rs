use super::*;
use crate::data::dataset::{has_layer, has_reconciliation};
use crate::state::{AppState, Bound, LayerChoice, Scale, Stack, Theme, TimeRange, View};
use proptest::prelude::*;

fn st(q: &str) -> AppState {
    parse(q).state
}

#[test]
fn reads_every_parameter() {
    let p = parse("?fig=1.2.5&lang=zh&regions=USA~CHN~EU_UK&time=2015..latest&scale=log&hide=ROW&theme=dark");
    assert!(p.problems.is_empty(), "{:?}", p.problems);
    assert_eq!(
        p.state,
        AppState {
            fig: Some("1.2.5"),
            lang: Lang::Zh,
            regions: vec!["USA", "CHN", "EU_UK"],
            time: Some(TimeRange { from: Bound::Year(2015), to: Bound::Latest }),
            scale: Some(Scale::Log),
            hide: vec!["ROW".into()],
            theme: Some(Theme::Dark),
            ..AppState::default()
        }
    );
    assert_eq!(encode(&p.state), "fig=1.2.5&lang=zh&regions=USA~CHN~EU_UK&time=2015..latest&scale=log&hide=ROW&theme=dark");
}

#[test]
fn missing_parameters_are_defaults_without_problems() {
    let p = parse("");
    assert_eq!(p.state, AppState::default());
    assert!(!p.lang_given && p.problems.is_empty());
    assert_eq!(encode(&p.state), "lang=en");
}

#[test]
fn invalid_values_are_reported_and_defaulted() {
    let p = parse("fig=9.9.9&lang=fr&utm_source=x&view=pie");
    assert_eq!(p.state, AppState::default());
    let params: Vec<&str> = p.problems.iter().map(|x| x.param).collect();
    assert_eq!(params, ["fig", "view", "lang"]);
}

#[test]
fn values_are_checked_against_the_figure() {
    // 1.2.6 has one year (no time control) and Korea but not Germany.
    let p = parse("fig=1.2.6&time=2015..2022&regions=KOR~DEU&stack=relative&hide=KOR");
    let params: Vec<&str> = p.problems.iter().map(|x| x.param).collect();
    assert_eq!(params, ["regions", "time", "stack", "hide"]);
    assert_eq!(p.state.regions, ["KOR"]);
    assert_eq!(p.state.time, None);
    // Out of span, reversed, single year.
    assert_eq!(parse("fig=1.1.1&time=2005..2012").problems[0].param, "time");
    assert_eq!(parse("fig=1.1.1&time=2020..2012").problems[0].param, "time");
    assert_eq!(st("fig=1.1.1&time=2022").time, Some(TimeRange { from: Bound::Year(2022), to: Bound::Year(2022) }));
    // Log only where every value is positive.
    assert_eq!(parse("fig=1.3.13&scale=log").problems[0].param, "scale");
    assert_eq!(st("fig=1.3.13&stack=relative").stack, Some(Stack::Relative));
}

#[test]
fn defaults_are_not_written() {
    assert_eq!(encode(&st("fig=1.1.1&time=earliest..latest&lang=en")), "fig=1.1.1&lang=en");
    assert_eq!(encode(&st("fig=1.1.1&time=2010..2022&lang=en")), "fig=1.1.1&lang=en");
    assert_eq!(encode(&st("fig=1.3.22&scale=log&lang=en")), "fig=1.3.22&lang=en", "log is 1.3.22's default");
    assert_eq!(encode(&st("fig=1.3.22&scale=linear&lang=en")), "fig=1.3.22&lang=en&scale=linear");
    assert_eq!(encode(&st("fig=1.2.5&regions=IND~EU_UK~ROW~USA~CHN&lang=en")), "fig=1.2.5&lang=en", "all regions is the default");
    assert_eq!(encode(&st("fig=1.3.13&stack=absolute&lang=en")), "fig=1.3.13&lang=en");
}

#[test]
fn codes_are_case_insensitive_and_canonical() {
    let p = parse("LANG=ZH&lang=zh&fig=%201.2.5%20&regions=usa~Chn&hide=row&Theme=LIGHT");
    assert!(p.problems.is_empty(), "{:?}", p.problems);
    assert_eq!(encode(&p.state), "fig=1.2.5&lang=zh&regions=USA~CHN&hide=ROW&theme=light");
    // Of repeated keys the first counts; a repeat that says otherwise is reported, unused.
    let p = parse("LANG=ZH&lang=en&fig=1.2.5&Figure=1.2.6");
    assert_eq!(encode(&p.state), "fig=1.2.5&lang=zh");
    assert_eq!(p.problems, vec![Problem { param: REPEATED, value: "lang=en".into() }, Problem { param: REPEATED, value: "fig=1.2.6".into() }]);
}

#[test]
fn compare_view_takes_any_known_region_up_to_six() {
    let s = st("view=compare&regions=usa~chn~eu_uk&lang=zh");
    assert_eq!(s.view, View::Compare);
    assert_eq!(s.regions, ["USA", "CHN", "EU_UK"]);
    assert_eq!(encode(&s), "view=compare&lang=zh", "the default trio is not written");
    assert_eq!(st("view=compare").regions, ["USA", "CHN", "EU_UK"]);
    let p = parse("view=compare&regions=USA~CHN~GBR~FRA~DEU~IND~JPN~KOR");
    assert_eq!(p.state.regions.len(), 6);
    assert_eq!(p.problems[0].param, "regions");
    assert_eq!(parse("view=compare&regions=XXX~USA").state.regions, ["USA"]);
}

#[test]
fn embed_only_for_a_figure() {
    assert!(st("fig=1.2.5&embed=1").embed);
    assert_eq!(encode(&st("embed=TRUE&fig=1.2.5&lang=en&theme=dark")), "fig=1.2.5&lang=en&theme=dark&embed=1");
    assert_eq!(parse("embed=1").problems[0].param, "embed");
    assert_eq!(parse("fig=1.2.5&embed=yes").problems[0].param, "embed");
}

#[test]
fn show_all_only_for_long_lists() {
    assert!(st("fig=1.3.16&show=all").show_all);
    assert_eq!(encode(&st("fig=1.3.16&show=ALL&lang=zh")), "fig=1.3.16&lang=zh&show=all");
    assert_eq!(parse("fig=1.2.6&show=all").problems[0].param, "show");
}

#[test]
fn layer_is_read_case_insensitively_and_written_after_lang() {
    // 1.3.3 (US, China, EU+UK) has a dataset layer (issue 8's table).
    let p = parse("theme=dark&layer=REPORT&lang=zh&view=table&fig=1.3.3&regions=usa~chn");
    assert!(p.problems.is_empty(), "{:?}", p.problems);
    assert_eq!(p.state.layer, LayerChoice::Report);
    assert_eq!(encode(&p.state), "fig=1.3.3&view=table&lang=zh&layer=report&regions=USA~CHN&theme=dark");
    assert_eq!(st(" fig=1.3.3&layer=%20Dataset%20").layer, LayerChoice::Dataset);
    assert_eq!(encode(&st("fig=1.3.3&layer=dataset&lang=en")), "fig=1.3.3&lang=en&layer=dataset");
    // `both` is the default: valid, never written.
    let p = parse("fig=1.3.3&layer=Both&lang=en");
    assert!(p.problems.is_empty());
    assert_eq!(encode(&p.state), "fig=1.3.3&lang=en");
}

#[test]
fn layer_is_refused_where_no_dataset_layer_is_offered() {
    // 1.1.1 has no dataset layer, 1.3.13 only a reconciliation; the compare view is report-only.
    for q in ["fig=1.1.1&layer=report", "fig=1.3.13&layer=dataset", "view=compare&fig=1.3.3&layer=report", "layer=report", "fig=1.3.3&layer=datasets", "fig=1.3.3&layer="] {
        let p = parse(q);
        assert_eq!(p.problems.iter().map(|x| x.param).collect::<Vec<_>>(), ["layer"], "{q}");
        assert_eq!(p.state.layer, LayerChoice::Both, "{q}");
        assert!(!encode(&p.state).contains("layer"), "{q}");
    }
    // Every figure: `layer=` is taken exactly where the figure has a dataset layer.
    for f in FIGURES.iter() {
        let p = parse(&format!("fig={}&layer=dataset", f.id));
        assert_eq!(p.problems.is_empty(), has_layer(f), "{}", f.id);
    }
}

#[test]
fn reconcile_view_only_where_the_figure_has_one() {
    // The four complete figures and one of the eleven layered ones.
    for id in ["1.3.13", "1.3.14", "1.3.16", "1.3.17", "1.3.21"] {
        let p = parse(&format!("fig={id}&view=RECONCILE&lang=zh"));
        assert!(p.problems.is_empty(), "{id}: {:?}", p.problems);
        assert_eq!(p.state.view, View::Reconcile);
        assert_eq!(encode(&p.state), format!("fig={id}&view=reconcile&lang=zh"));
    }
    // Elsewhere (or without a figure): a notice and the chart.
    for q in ["fig=1.1.1&view=reconcile", "view=reconcile", "fig=9.9.9&view=reconcile"] {
        let p = parse(q);
        assert!(p.problems.iter().any(|x| x.param == "view"), "{q}");
        assert_eq!(p.state.view, View::Chart, "{q}");
    }
    for f in FIGURES.iter() {
        assert_eq!(st(&format!("fig={}&view=reconcile", f.id)).view == View::Reconcile, has_reconciliation(f), "{}", f.id);
    }
    // The layer and the figure's other choices stay with the view (back to the chart keeps them).
    let s = st("fig=1.3.3&view=reconcile&layer=report&regions=USA~CHN&embed=1");
    assert_eq!((s.view, s.layer, s.regions.len(), s.embed), (View::Reconcile, LayerChoice::Report, 2, true));
}

#[test]
fn every_layer_and_view_round_trips_where_offered() {
    let mut layered = 0;
    for f in FIGURES.iter().filter(|f| has_layer(f)) {
        for layer in [LayerChoice::Both, LayerChoice::Report, LayerChoice::Dataset] {
            for view in [View::Chart, View::Table, View::Reconcile] {
                for embed in [false, true] {
                    let s = AppState { fig: Some(f.id), view, layer, embed, lang: Lang::Zh, ..AppState::default() };
                    let p = parse(&encode(&s));
                    assert_eq!(p.state, s, "{}", encode(&s));
                    assert!(p.problems.is_empty());
                }
            }
        }
        layered += 1;
    }
    assert_eq!(layered, 11, "issue 8 names eleven figures with a dataset layer");
}

#[test]
fn migrations_keep_old_links_working() {
    assert_eq!(st("figure=1.2.5&language=zh&region=USA"), st("fig=1.2.5&lang=zh&regions=USA"));
    assert_eq!(st("figure=1.1.1&years=2022"), st("fig=1.1.1&time=2022"));
}

#[test]
fn html_in_a_parameter_is_kept_as_clipped_text() {
    let p = parse("fig=%3Cscript%3Ealert(1)%3C/script%3E");
    assert_eq!(p.problems[0].value, "<script>alert(1)</script>");
    let long = "x".repeat(500);
    assert_eq!(parse(&format!("fig={long}")).problems[0].value.chars().count(), 41);
}

// ---- property tests: 10,000+ random and adversarial query strings ----

fn value_strategy() -> impl Strategy<Value = String> {
    prop_oneof![
        any::<String>(),
        "[A-Za-z0-9_.~]{0,12}",
        Just("<script>alert(1)</script>".to_string()),
        Just("%3Cimg%20src=x%20onerror=alert(1)%3E".to_string()),
        Just("中文~😀~USA".to_string()),
        Just("earliest..latest".to_string()),
        Just("2015..2022".to_string()),
        Just("%%%25%zz".to_string()),
        "[0-9]{4}\\.\\.[0-9]{4}",
        prop::sample::select(vec!["USA~CHN~EU_UK", "usa~~chn", "ROW", "log", "linear", "relative", "dark", "compare", "table", "zh", "en", "1.2.5", "1.3.16", "1.3.13", "all", "1.3.3", "1.3.21", "reconcile", "report", "dataset", "both", "DataSet"]).prop_map(String::from),
        (1usize..5000).prop_map(|n| "A~".repeat(n)),
    ]
}

fn query_strategy() -> impl Strategy<Value = String> {
    let key = prop_oneof![
        prop::sample::select(vec!["fig", "view", "lang", "layer", "regions", "time", "scale", "stack", "hide", "show", "theme", "embed", "figure", "LANG", "x", "", "fig[]"]).prop_map(String::from),
        any::<String>(),
    ];
    prop::collection::vec((key, value_strategy(), any::<bool>()), 0..12).prop_map(|pairs| {
        pairs
            .into_iter()
            .map(|(k, v, enc)| {
                if enc {
                    form_urlencoded::Serializer::new(String::new()).append_pair(&k, &v).finish()
                } else {
                    format!("{k}={v}")
                }
            })
            .collect::<Vec<_>>()
            .join("&")
    })
}

/// Valid states: a figure's offered controls with random choices, made canonical by one parse.
fn state_strategy() -> impl Strategy<Value = AppState> {
    (0..FIGURES.len() + 1, 0..4u8, any::<bool>(), any::<u64>(), any::<u64>(), any::<u8>(), any::<u8>(), 0..3u8, 0..3u8).prop_map(
        |(fi, view, zh, rmask, hmask, t0, t1, theme, layer)| {
            let fig = FIGURES.get(fi);
            let c = fig.map(|f| controls(f));
            let view = match view {
                0 => View::Chart,
                1 => View::Table,
                3 if fig.is_some_and(|f| has_reconciliation(f)) => View::Reconcile,
                3 => View::Chart,
                _ => View::Compare,
            };
            let mut s = AppState { fig: fig.map(|f| f.id), view, lang: if zh { Lang::Zh } else { Lang::En }, ..AppState::default() };
            s.theme = match theme {
                0 => None,
                1 => Some(Theme::Light),
                _ => Some(Theme::Dark),
            };
            if view == View::Compare {
                let all: Vec<&'static str> = REGIONS.iter().map(|r| r.code).collect();
                s.regions = all.iter().enumerate().filter(|(i, _)| rmask >> i & 1 == 1).map(|(_, c)| *c).take(MAX_COMPARE).collect();
            } else if let Some(c) = &c {
                s.regions = c.regions.iter().enumerate().filter(|(i, _)| rmask >> (i % 64) & 1 == 1).map(|(_, c)| *c).collect();
                if let Some((lo, hi)) = c.years {
                    let n = (hi - lo + 1) as u16;
                    let (a, b) = (lo + t0 as u16 % n, lo + t1 as u16 % n);
                    s.time = Some(TimeRange { from: Bound::Year(a.min(b)), to: if t1 % 3 == 0 { Bound::Latest } else { Bound::Year(a.max(b)) } });
                }
                if c.scale && t0 % 2 == 0 {
                    s.scale = Some(if c.log_default { Scale::Linear } else { Scale::Log });
                }
                if c.stack && t1 % 2 == 0 {
                    s.stack = Some(Stack::Relative);
                }
                s.hide = c.legend.iter().enumerate().filter(|(i, _)| hmask >> (i % 64) & 1 == 1).map(|(_, e)| e.key.clone()).collect();
                s.show_all = c.long_list && t0 % 3 == 0;
                if fig.is_some_and(|f| has_layer(f)) {
                    s.layer = [LayerChoice::Both, LayerChoice::Report, LayerChoice::Dataset][layer as usize];
                }
                s.embed = t1 % 4 == 0;
            }
            parse(&encode(&s)).state
        },
    )
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(10_000))]

    #[test]
    fn any_text_parses_without_panic(s in any::<String>()) {
        let p = parse(&s);
        prop_assert!(p.problems.iter().all(|x| KEYS.contains(&x.param) || x.param == REPEATED));
    }

    #[test]
    fn adversarial_queries_parse_without_panic_and_encode_ascii(q in query_strategy()) {
        let p = parse(&q);
        let out = encode(&p.state);
        prop_assert!(out.bytes().all(|b| b.is_ascii_alphanumeric() || b"._~=&".contains(&b)), "{}", out);
        prop_assert!(p.problems.iter().all(|x| x.value.chars().count() <= 41));
        // Swapping the two encodings of a space, or dropping repeated keys, changes nothing.
        prop_assert_eq!(parse(&q.replace("%20", "+")).state, p.state.clone());
        prop_assert_eq!(parse(&q.replace('+', "%20")).state, p.state.clone());
        prop_assert_eq!(parse(&format!("{q}&{q}")).state, p.state);
    }

    #[test]
    fn valid_states_round_trip(s in state_strategy()) {
        let p = parse(&encode(&s));
        prop_assert_eq!(&p.state, &s);
        prop_assert!(p.problems.is_empty(), "{:?} from {}", p.problems, encode(&s));
    }
}

/// A share page (`…/s/<figure>/<lang>/`) is read as its path's figure and language followed by
/// its query (index.html's `aiIndexSearch`): a `fig` or `lang` of the query, or an old name of
/// theirs, is a repeat, reported and not used.
#[test]
fn a_share_pages_query_cannot_change_its_figure_or_language() {
    let p = parse("?fig=1.2.5&lang=zh&Figure=1.3.1&regions=USA~CHN&LANG=en&time=2015..latest");
    assert_eq!((p.state.fig, p.state.lang, p.state.regions.len()), (Some("1.2.5"), Lang::Zh, 2));
    assert_eq!(p.problems, vec![Problem { param: REPEATED, value: "fig=1.3.1".into() }, Problem { param: REPEATED, value: "lang=en".into() }]);
    assert!(parse("?fig=1.2.5&lang=zh&").problems.is_empty());
    // The same figure or language again is no problem; every old name of theirs is read.
    assert!(parse("?fig=1.2.5&lang=zh&fig=1.2.5&lang=ZH").problems.is_empty());
    for (old, new) in MIGRATIONS.iter().filter(|(_, new)| matches!(*new, "fig" | "lang")) {
        assert_eq!(parse(&format!("?fig=1.2.5&lang=zh&{old}=x")).problems, vec![Problem { param: REPEATED, value: format!("{new}=x") }]);
    }
}

proptest! {
    /// Any query after a share page's figure and language reads as the root form with those:
    /// the same state, its own problems, and one for a `fig` that differs.
    #[test]
    fn share_pages_read_as_their_root_form(fig in 0..FIGURES.len(), zh: bool, table: bool, dark: bool, other in 0..FIGURES.len()) {
        let (fig, other) = (FIGURES[fig].id, FIGURES[other].id);
        let lang = if zh { "zh" } else { "en" };
        let rest = format!("{}{}", if table { "view=table&" } else { "" }, if dark { "theme=dark" } else { "stack=relative" });
        let read = parse(&format!("?fig={fig}&lang={lang}&fig={other}&{rest}"));
        let root = parse(&format!("?fig={fig}&lang={lang}&{rest}"));
        let mut problems = if other == fig { vec![] } else { vec![Problem { param: REPEATED, value: format!("fig={other}") }] };
        problems.extend(root.problems);
        prop_assert_eq!(read.problems, problems);
        prop_assert_eq!(read.state, root.state);
    }
}
