//! Share pages (`s/<figure>/<lang>/`, issue 11; index.html's `aiIndexSearch` reads their paths): what
//! each one says of its figure, written at build time by `src/bin/page_shell.rs` into
//! `build/share.json` for `scripts/share-pages.mjs`, which makes the pages from the built
//! index.html (head tags, oEmbed, sitemap, absolute URLs).
//!
//! The static body is what readers and link previewers without JavaScript read: the figure's
//! number, title and takeaway in the boxes the app draws them in (the app replaces the body,
//! `#boot`, when it mounts; `.share-more` is hidden where scripts run), then its preview image,
//! the table view of its default table (the app's own `DataTable`, rendered to HTML here), or
//! its description where it has no values, the stated facts, unit and source.

use leptos::prelude::*;
use serde::Serialize;

use crate::charts::common::escape_html as esc;
use crate::charts::{build, has_chart, ChartOptions};
use crate::data::dataset::has_layer;
use crate::data::{Figure, FIGURES};
use crate::data_table::DataTable;
use crate::export::{embed_snippet, source_line, EMBED_CHROME};
use crate::i18n::{strings, Lang};
use crate::state::LayerChoice;
use crate::view_table::{annotation_lines, table, ViewTable};

/// Where the oEmbed `html`'s iframe URL goes: `scripts/share-pages.mjs` puts the absolute
/// embed URL (attribute-escaped) in its place.
pub const EMBED_URL_SLOT: &str = "__EMBED_URL__";

/// The share pages' own styles (a `<style>` in their head; the figure pages load none of it):
/// where scripts run, the app replaces the static body, so its parts below the takeaway are not
/// shown (nor is the image, `loading=lazy`, fetched); the preview fits the column.
pub const SHARE_STYLE: &str = "@media (scripting:enabled){.share-more{display:none}}.share-preview{display:block;max-width:100%;height:auto;margin:1rem 0}.other-language{margin:1.5rem 0}";

/// Height in CSS px of an embed of a figure without a chart (its description in words).
const NO_CHART_HEIGHT: u32 = 200;

/// The site's name in both languages (`og:site_name`, oEmbed `provider_name`).
#[derive(Serialize)]
pub struct SiteName {
    pub en: &'static str,
    pub zh: &'static str,
}

/// One share page: a figure in a language. Texts are plain (the script escapes them) but for
/// `embedHtml` and `body`, which are HTML.
#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
pub struct SharePage {
    pub fig: &'static str,
    /// `en` or `zh`: the path is `s/<fig>/<lang>/`.
    pub lang: &'static str,
    pub html_lang: &'static str,
    /// `en_US` or `zh_CN` (`og:locale`).
    pub og_locale: &'static str,
    pub alt_lang: &'static str,
    pub alt_html_lang: &'static str,
    pub alt_og_locale: &'static str,
    /// `<title>`: figure number and title, then the site's name.
    pub title: String,
    /// `og:title`: figure number and title.
    pub og_title: String,
    /// The figure's takeaway (`<meta name=description>`, `og:description`).
    pub description: String,
    pub image_alt: String,
    /// Whether the figure has a chart: without one (illustrations, figures the report gives no
    /// values for), the preview image is a text card.
    pub chart: bool,
    /// The embed's query, relative to the site's root.
    pub embed_query: String,
    /// The embed's height in CSS px: the default chart's height plus [`EMBED_CHROME`].
    pub embed_height: u32,
    /// The Embed button's snippet, its URL [`EMBED_URL_SLOT`].
    pub embed_html: String,
    /// The static body (`<div id="boot" class="share-static">…</div>`); URLs relative to the
    /// site's root (the page's `<base>`).
    pub body: String,
}

/// Everything `build/share.json` holds.
#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ShareFile {
    pub site_name: SiteName,
    /// [`SHARE_STYLE`].
    pub style: &'static str,
    pub pages: Vec<SharePage>,
}

fn og_locale(lang: Lang) -> &'static str {
    match lang {
        Lang::En => "en_US",
        Lang::Zh => "zh_CN",
    }
}

/// The options of a share page's figure: the default view with the report's layer only (the
/// report's values: what the page is about).
fn default_options(fig: &'static Figure) -> ChartOptions {
    ChartOptions { layer: if has_layer(fig) { LayerChoice::Report } else { LayerChoice::Both }, ..ChartOptions::default() }
}

/// The table view's markup for `table`: the app's `DataTable` rendered to HTML, without its
/// sort buttons (nothing to press without scripts: their labels stay as header text) and
/// without the renderer's empty comments.
pub fn table_html(table: ViewTable) -> String {
    let owner = Owner::new();
    let html = owner.with(|| {
        let lang = table.lang;
        let table = Memo::new_with_compare(move |_| table.clone(), |_, _| true);
        let lang = Memo::new(move |_| lang);
        view! { <DataTable table=table lang=lang/> }.to_html()
    });
    let mut out = String::with_capacity(html.len());
    let mut rest = html.as_str();
    while let Some(i) = rest.find('<') {
        out.push_str(&rest[..i]);
        rest = &rest[i..];
        let end = rest.find('>').map_or(rest.len(), |e| e + 1);
        let tag = &rest[..end];
        if !(tag == "<!>" || tag.starts_with("<button") || tag == "</button>") {
            out.push_str(tag);
        }
        rest = &rest[end..];
    }
    out.push_str(rest);
    out
}

fn body(fig: &'static Figure, lang: Lang, shown: ViewTable, image_alt: &str) -> String {
    let t = strings(lang);
    let (id, code) = (fig.id, lang.code());
    let at = FIGURES.iter().position(|f| f.id == id).unwrap_or(0);
    let link = |f: &Figure| format!("s/{}/{code}/", f.id);
    let mut nav = format!("<a href=\"?lang={code}\">{}</a>", esc(t.back_to_overview));
    if let Some(p) = at.checked_sub(1).map(|i| &FIGURES[i]) {
        nav.push_str(&format!("<a class=\"prev\" rel=\"prev\" href=\"{}\">← {}</a>", link(p), p.id));
    }
    if let Some(n) = FIGURES.get(at + 1) {
        nav.push_str(&format!("<a class=\"next\" rel=\"next\" href=\"{}\">{} →</a>", link(n), n.id));
    }
    let values = if has_chart(fig) {
        table_html(shown.clone())
    } else {
        format!("<div class=\"no-chart\"><p class=\"description\">{}</p><p class=\"no-values\">{}</p></div>", esc(lang.pick(fig.description)), esc(t.no_values))
    };
    let notes = annotation_lines(&shown);
    let notes = if notes.is_empty() {
        String::new()
    } else {
        let items: String = notes.iter().map(|n| format!("<li>{}</li>", esc(n))).collect();
        format!("<section class=\"annotations\"><h2>{}</h2><ul>{items}</ul></section>", esc(t.stated_facts))
    };
    let alt = lang.other();
    // Header and figure head: the app's classes and boxes (src/components/header.rs,
    // figure_card.rs; the boot template of src/page_shell.rs), so nothing moves at mount.
    format!(
        "<div id=\"boot\" class=\"share-static\"><header class=\"site-header\"><a class=\"brand\" href=\"?lang={code}\"><span class=\"brand-title\">{}</span>\
         <span class=\"brand-subtitle\">{}</span></a><nav class=\"site-nav\"><a class=\"compare-link\" href=\"?view=compare&amp;lang={code}\">{}</a></nav>\
         <button class=\"lang-toggle\" type=\"button\" disabled>{}</button></header><main class=\"main\"><article>\
         <nav class=\"figure-nav\" aria-label=\"{}\">{nav}</nav><header class=\"figure-head\"><p class=\"figure-number\">{} {id}</p>\
         <h1 class=\"figure-title\">{}</h1><p class=\"takeaway\">{}</p></header>\
         <div class=\"share-more\"><img class=\"share-preview\" src=\"s/{id}/{code}/preview.png\" width=\"1200\" height=\"630\" alt=\"{}\" loading=\"lazy\">\
         {values}{notes}<dl class=\"facts\"><dt>{}</dt><dd class=\"unit\">{}</dd><dt>{}</dt><dd class=\"source\">{}</dd></dl>\
         <p class=\"other-language\"><a href=\"s/{id}/{}/\" hreflang=\"{}\" lang=\"{}\">{}</a></p></div></article></main></div>",
        esc(t.app_title),
        esc(t.app_subtitle),
        esc(t.compare),
        esc(t.switch_language),
        esc(t.figures),
        esc(t.figure),
        esc(lang.pick(fig.title)),
        esc(lang.pick(fig.takeaway)),
        esc(image_alt),
        esc(t.unit),
        esc(lang.pick(fig.unit)),
        esc(t.source),
        esc(&source_line(fig, lang)),
        alt.code(),
        alt.html_tag(),
        alt.html_tag(),
        // The page's own toggle label names the other language ("中文" on an English page).
        esc(t.switch_language),
    )
}

/// The share page of `fig` in `lang`.
pub fn share_page(fig: &'static Figure, lang: Lang) -> SharePage {
    let t = strings(lang);
    let title = lang.pick(fig.title);
    let options = default_options(fig);
    let shown = table(fig, &options, lang);
    let chart = has_chart(fig);
    let chart_height = chart.then(|| build(fig, &options, lang)).flatten().map_or(NO_CHART_HEIGHT, |b| b.height);
    let embed_height = chart_height + EMBED_CHROME;
    let (number, og_title) = match lang {
        Lang::En => (format!("Figure {}", fig.id), format!("Figure {}: {title}", fig.id)),
        Lang::Zh => (format!("图 {}", fig.id), format!("图 {}：{title}", fig.id)),
    };
    let image_alt = match (lang, chart) {
        (Lang::En, true) => format!("Chart of {og_title}"),
        (Lang::Zh, true) => format!("{og_title}（图表）"),
        (_, false) => og_title.clone(),
    };
    let alt = lang.other();
    SharePage {
        fig: fig.id,
        lang: lang.code(),
        html_lang: lang.html_tag(),
        og_locale: og_locale(lang),
        alt_lang: alt.code(),
        alt_html_lang: alt.html_tag(),
        alt_og_locale: og_locale(alt),
        title: format!("{number} · {title} · {}", t.app_title),
        description: lang.pick(fig.takeaway).to_string(),
        chart,
        embed_query: format!("?fig={}&lang={}&embed=1", fig.id, lang.code()),
        embed_height,
        embed_html: embed_snippet(EMBED_URL_SLOT, title, embed_height),
        body: body(fig, lang, shown, &image_alt),
        og_title,
        image_alt,
    }
}

/// Every figure's share pages, in figure order, English first.
pub fn share_file() -> ShareFile {
    ShareFile {
        site_name: SiteName { en: strings(Lang::En).app_title, zh: strings(Lang::Zh).app_title },
        style: SHARE_STYLE,
        pages: FIGURES.iter().flat_map(|f| Lang::ALL.map(|l| share_page(f, l))).collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::{figure, Provenance};

    fn figures_csv() -> Vec<csv::StringRecord> {
        let text = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/src/data/report/figures.csv")).unwrap();
        csv::Reader::from_reader(text.as_bytes()).records().map(Result::unwrap).collect()
    }

    #[test]
    fn a_page_per_figure_and_language_with_its_own_title() {
        let file = share_file();
        assert_eq!(file.pages.len(), 2 * figures_csv().len());
        let text = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/src/data/report/figures.csv")).unwrap();
        let mut rows = csv::Reader::from_reader(text.as_bytes());
        let h = rows.headers().unwrap().clone();
        let col = |n: &str| h.iter().position(|x| x == n).unwrap();
        for row in rows.records().map(Result::unwrap) {
            for (lang, title) in [("en", &row[col("title_en")]), ("zh", &row[col("title_zh")])] {
                let p = file.pages.iter().find(|p| p.fig == &row[col("figure_id")] && p.lang == lang).unwrap();
                assert!(p.og_title.ends_with(title) && p.title.contains(title), "{} {lang}", p.fig);
                assert!(p.body.contains(&format!("<h1 class=\"figure-title\">{}</h1>", title.replace('&', "&amp;"))));
                assert!(p.embed_html.contains(EMBED_URL_SLOT) && p.embed_html.contains(&format!("height=\"{}\"", p.embed_height)));
                assert!(p.body.contains(&format!("src=\"s/{}/{lang}/preview.png\"", p.fig)));
            }
        }
    }

    /// The static body prints every value the report gives for the figure (its table, or the
    /// stated facts), each as the table view prints it, and nothing from a dataset layer.
    #[test]
    fn the_static_body_states_every_report_value() {
        for fig in FIGURES.iter().filter(|f| !f.is_recomputed()) {
            for lang in Lang::ALL {
                let body = share_page(fig, lang).body;
                for v in fig.values {
                    let shown = esc(&crate::i18n::format_stated(v.value, v.unit, v.qualifier, lang));
                    assert!(body.contains(&shown), "{} {lang:?}: {shown} ({:?})", fig.id, v.provenance);
                }
                assert!(!body.contains(crate::i18n::provenance_label(Provenance::Recomputed, lang)), "{} {lang:?}", fig.id);
            }
        }
        let f = figure("1.1.1").unwrap();
        let body = share_page(f, Lang::Zh).body;
        let table = &body[body.find("<div class=\"table-wrap\">").unwrap()..];
        assert!(!table.contains("<button") && !table.contains("<!>") && table.contains("<table class=\"data-table\"><caption>"));
        // The link to the other language is named in that language.
        assert!(body.contains("<a href=\"s/1.1.1/en/\" hreflang=\"en\" lang=\"en\">English</a>"), "{body}");
        assert!(share_page(f, Lang::En).body.contains("<a href=\"s/1.1.1/zh/\" hreflang=\"zh-Hans\" lang=\"zh-Hans\">中文</a>"));
    }
}
