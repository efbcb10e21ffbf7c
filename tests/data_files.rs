//! The embedded tables equal the data files: every row of `values.csv` is in its figure with the
//! same value, qualifier and role; every figure of `figures.csv` is there in order.

use ai_index_explorer::data::notable_models::models;
use ai_index_explorer::data::{figure, Qualifier, Role, FIGURES, REGIONS};

fn rows(path: &str) -> Vec<csv::StringRecord> {
    let mut r = csv::Reader::from_path(path).unwrap();
    r.records().map(Result::unwrap).collect()
}

#[test]
fn every_figure_in_order() {
    let ids: Vec<String> = rows("src/data/report/figures.csv").iter().map(|r| r[0].to_string()).collect();
    assert_eq!(ids.len(), 44);
    assert_eq!(FIGURES.iter().map(|f| f.id).collect::<Vec<_>>(), ids);
}

#[test]
fn every_value_as_stated() {
    let all = rows("src/data/report/values.csv");
    assert_eq!(all.len(), 367);
    assert_eq!(FIGURES.iter().map(|f| f.values.len()).sum::<usize>(), all.len());
    for r in &all {
        let fig = figure(&r[0]).unwrap();
        let v = fig
            .values
            .iter()
            .find(|v| v.series_key() == &r[1] && v.x() == &r[5])
            .unwrap_or_else(|| panic!("{} {} {} missing", &r[0], &r[1], &r[5]));
        assert_eq!(v.value, r[6].parse::<f64>().unwrap());
        assert_eq!(v.series().en, &r[3]);
        assert_eq!(v.series().zh, &r[4]);
        assert_eq!(v.region(), if r[2].is_empty() { None } else { Some(&r[2]) });
        let q = match &r[8] {
            "exact" => Qualifier::Exact,
            "approx" => Qualifier::Approx,
            _ => Qualifier::LowerBound,
        };
        assert_eq!(v.qualifier, q);
        let role = match &r[9] {
            "point" => Role::Point,
            "total" => Role::Total,
            _ => Role::Annotation,
        };
        assert_eq!(v.role, role);
    }
}

#[test]
fn known_values_and_marks() {
    let f = figure("1.1.1").unwrap();
    let v2022 = f.values.iter().find(|v| v.x() == "2022" && v.series_key() == "world").unwrap();
    assert_eq!((v2022.value, v2022.qualifier), (240000.0, Qualifier::LowerBound));
    let lux = figure("1.2.6").unwrap().values.iter().find(|v| v.region() == Some("LUX")).unwrap();
    assert_eq!(lux.value, 8.73, "kept value of the known conflict");
    assert_eq!(REGIONS.iter().find(|r| r.code == "EU_UK").unwrap().name.zh, "欧盟和英国");
}

#[test]
fn models_in_the_window_match_the_file() {
    let expected = rows("src/data/epoch/notable_ai_models.csv")
        .iter()
        .filter(|r| matches!(r[2][..4].parse::<u16>(), Ok(y) if (2003..=2023).contains(&y)))
        .count();
    assert_eq!(models().len(), expected);
    let alexnet = models().iter().find(|m| m.name == "AlexNet").unwrap();
    assert_eq!(alexnet.compute_flop(), Some(4.7e17));
    assert_eq!(alexnet.date_iso(), "2012-09-30");
}

#[test]
fn recomputed_figures_are_those_the_readme_names() {
    let ids: Vec<&str> = FIGURES.iter().filter(|f| f.is_recomputed()).map(|f| f.id).collect();
    assert_eq!(ids, ["1.3.4", "1.3.5", "1.3.6"]);
}
