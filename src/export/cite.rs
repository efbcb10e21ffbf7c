//! "Cite this figure": the AI Index Report 2024 and the dataset behind the figure, with
//! licenses (see `data/README.md`).

use crate::data::sources::{ECOSYSTEM_GRAPHS_COMMIT, EPOCH_CITATION_EN, EPOCH_CITATION_ZH, REPORT_LICENSE};
use crate::data::Figure;
use crate::i18n::Lang;

/// The underlying dataset of a figure, by its source organization, in both languages.
fn dataset(fig: &Figure, lang: Lang) -> Option<String> {
    let org = fig.source_org;
    Some(match lang {
        Lang::En if org.starts_with("Epoch AI") => format!("Underlying data: {EPOCH_CITATION_EN}."),
        Lang::Zh if org.starts_with("Epoch AI") => format!("基础数据：{EPOCH_CITATION_ZH}。"),
        Lang::En if org.starts_with("Ecosystem Graphs") => format!("Underlying data: Bommasani et al., “Ecosystem Graphs: The Social Footprint of Foundation Models”, arXiv:2303.15772 (2023), github.com/stanford-crfm/ecosystem-graphs at {ECOSYSTEM_GRAPHS_COMMIT}."),
        Lang::Zh if org.starts_with("Ecosystem Graphs") => format!("基础数据：Bommasani等，《Ecosystem Graphs: The Social Footprint of Foundation Models》，arXiv:2303.15772（2023），github.com/stanford-crfm/ecosystem-graphs，版本{ECOSYSTEM_GRAPHS_COMMIT}。"),
        _ => return None,
    })
}

/// Citation text for `fig` in `lang`, ending with `url`, the chart's address to pass on (its
/// share page, `s/<figure>/<lang>/`), where one is given.
pub fn citation(fig: &Figure, lang: Lang, url: &str) -> String {
    let mut s = match lang {
        Lang::En => format!(
            "Nestor Maslej et al., “The AI Index 2024 Annual Report”, AI Index Steering Committee, Institute for Human-Centered AI, Stanford University, April 2024, Chapter 1, Figure {}: “{}” (source: {}). Licensed {REPORT_LICENSE}.",
            fig.id, fig.title.en, fig.source_org
        ),
        Lang::Zh => format!(
            "Nestor Maslej等，《2024年人工智能指数报告》（The AI Index 2024 Annual Report），斯坦福大学以人为本人工智能研究院人工智能指数指导委员会，2024年4月，第一章，图 {}：“{}”（来源：{}）。许可：{REPORT_LICENSE}。",
            fig.id, fig.title.zh, fig.source_org
        ),
    };
    if let Some(d) = dataset(fig, lang) {
        s.push(' ');
        s.push_str(&d);
    }
    if !url.is_empty() {
        s.push_str(match lang {
            Lang::En => " Interactive chart: ",
            Lang::Zh => "交互式图表：",
        });
        s.push_str(url);
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::figure;

    #[test]
    fn cites_report_and_dataset_with_licenses() {
        let url = "https://example.org/s/1.3.6/en/";
        let c = citation(figure("1.3.6").unwrap(), Lang::En, url);
        assert!(c.ends_with(" Interactive chart: https://example.org/s/1.3.6/en/"));
        assert!(c.contains("AI Index 2024 Annual Report") && c.contains("Figure 1.3.6") && c.contains("CC BY-ND 4.0"));
        assert!(c.contains("Epoch AI") && c.contains("CC BY 4.0"));
        let f = figure("1.3.13").unwrap();
        let c = citation(f, Lang::Zh, "");
        // Figure numbers take a space (`图 1.3.13`); the report goes by its Chinese title.
        assert!(c.contains("图 1.3.13：") && !c.contains("图1.3.13") && c.contains("《2024年人工智能指数报告》"));
        assert!(c.contains(f.title.zh) && c.contains("Ecosystem Graphs") && c.ends_with("。"));
        assert!(citation(f, Lang::Zh, "/s/1.3.13/zh/").ends_with("。交互式图表：/s/1.3.13/zh/"));
        assert!(!citation(figure("1.1.1").unwrap(), Lang::En, "").contains("Underlying data"));
    }
}
