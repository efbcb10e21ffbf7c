//! A figure's source line: the report, the source organization, the kinds of value shown,
//! and the open dataset behind its series (what the figure card and share pages print).

use crate::data::sources::{EPOCH_CITATION_EN, EPOCH_CITATION_ZH};
use crate::data::Figure;
use crate::i18n::{provenance_label, report_name, Lang};

/// `AI Index Report 2024 · <org> · <provenances>[ · <dataset citation>]`; a recomputed
/// figure's source is the dataset's citation alone.
pub fn source_line(fig: &Figure, lang: Lang) -> String {
    if fig.is_recomputed() {
        return match lang {
            Lang::En => EPOCH_CITATION_EN.into(),
            Lang::Zh => EPOCH_CITATION_ZH.into(),
        };
    }
    let mut provenances: Vec<&str> = Vec::new();
    for v in fig.values {
        let p = provenance_label(v.provenance, lang);
        if !provenances.contains(&p) {
            provenances.push(p);
        }
    }
    let report = report_name(lang);
    let sep = if lang == Lang::En { "; " } else { "；" };
    let dataset = match (crate::data::dataset::has_layer(fig), crate::data::dataset::source_of(fig), lang) {
        (false, ..) => String::new(),
        (true, crate::data::dataset::DatasetSource::Epoch, Lang::En) => format!(" · {EPOCH_CITATION_EN}"),
        (true, crate::data::dataset::DatasetSource::Epoch, Lang::Zh) => format!(" · {EPOCH_CITATION_ZH}"),
        (true, _, Lang::En) => format!(" · {}", crate::data::sources::ECOSYSTEM_GRAPHS_CITATION_EN),
        (true, _, Lang::Zh) => format!(" · {}", crate::data::sources::ECOSYSTEM_GRAPHS_CITATION_ZH),
    };
    if provenances.is_empty() {
        return format!("{report} · {}{dataset}", fig.source_org);
    }
    format!("{report} · {} · {}{dataset}", fig.source_org, crate::text::join(&provenances, sep))
}
