//! The static part of `index.html` that readers see before (or without) the wasm: written at
//! build time by `src/bin/page_shell.rs` from the same figures and strings the app uses, and put
//! in place of index.html's `<noscript>` by `scripts/insert-shell.mjs`.
//!
//! - `<noscript>`: for readers and previewers without JavaScript or WebAssembly, what the
//!   explorer needs and the list of the chapter's 44 figures in English and Chinese, each linking
//!   its share page (static, readable without JavaScript).
//! - `<template id="boot-en">`, `<template id="boot-zh">`: the top of a figure page (site header,
//!   figure navigation, figure number and title) with the app's own classes. index.html's boot
//!   script fills in the number and title from the `<noscript>` list and shows it at once, so the
//!   figure's title is painted before the wasm has loaded; the wasm replaces it when it mounts
//!   (`#boot`), in the same place. Each template carries the page's "something went wrong"
//!   text (`data-crashed`), which index.html shows when the wasm cannot be loaded at all.

use crate::charts::common::escape_html as esc;
use crate::data::FIGURES;
use crate::i18n::{strings, Lang};

/// The fragment: `<noscript>` with the figure list (each item links its share page,
/// `s/<figure>/<lang>/`, relative: the same under any sub-path), then one boot template per
/// language. UTF-8 HTML, every text escaped.
pub fn shell_html() -> String {
    let en = strings(Lang::En);
    let zh = strings(Lang::Zh);
    let mut out = String::with_capacity(16 * 1024);
    out.push_str("<noscript><div class=\"no-js\">");
    out.push_str(&format!("<p>{} <span lang=\"zh-Hans\">{}</span></p>", esc(en.needs_js), esc(zh.needs_js)));
    for lang in Lang::ALL {
        let t = strings(lang);
        out.push_str(&format!(
            "<section lang=\"{}\"><h1>{}</h1><p>{}</p><h2>{}</h2><ol class=\"figure-list\">",
            lang.html_tag(),
            esc(t.app_title),
            esc(t.app_subtitle),
            esc(t.figures)
        ));
        for f in FIGURES.iter() {
            // `<b>number</b> title`: the boot script reads the title as the text after the number.
            // Each links the figure's share page, which reads without JavaScript.
            out.push_str(&format!("<li data-fig={0}><a href=\"s/{0}/{2}/\"><b>{0}</b> {1}</a>", f.id, esc(lang.pick(f.title)), lang.code()));
        }
        out.push_str("</ol></section>");
    }
    out.push_str("</div></noscript>");
    for lang in Lang::ALL {
        let t = strings(lang);
        // Links without href and a disabled button: the same boxes as the app's header and
        // figure navigation (src/components/header.rs, figure_card.rs), nothing to press yet.
        // No `.figure-card`: that class says the app's page is there (tests, bench wait for it).
        out.push_str(&format!(
            "<template id=\"boot-{}\" data-crashed=\"{}\"><header class=\"site-header\"><a class=\"brand\"><span class=\"brand-title\">{}</span>\
             <span class=\"brand-subtitle\">{}</span></a><nav class=\"site-nav\"><a class=\"compare-link\">{}</a></nav>\
             <button class=\"lang-toggle\" type=\"button\" disabled>{}</button></header><main class=\"main\">\
             <article><nav class=\"figure-nav\"><a>{}</a></nav>\
             <p class=\"figure-number\">{} </p><h1 class=\"figure-title\"></h1></article></main></template>",
            lang.code(),
            esc(t.crashed),
            esc(t.app_title),
            esc(t.app_subtitle),
            esc(t.compare),
            esc(t.switch_language),
            esc(t.back_to_overview),
            esc(t.figure)
        ));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every figure's title, in both languages, as the data writes it (escaped), in the list of
    /// its language; the two boot templates; nothing unescaped.
    #[test]
    fn lists_every_figure_in_both_languages() {
        let html = shell_html();
        let figures = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/src/data/report/figures.csv")).unwrap();
        let mut rows = csv::Reader::from_reader(figures.as_bytes());
        let headers = rows.headers().unwrap().clone();
        let col = |name: &str| headers.iter().position(|h| h == name).unwrap();
        let (id, en, zh) = (col("figure_id"), col("title_en"), col("title_zh"));
        let sections: Vec<&str> = html.split("<section lang=").skip(1).collect();
        assert_eq!(sections.len(), 2);
        assert!(sections[0].starts_with("\"en\"") && sections[1].starts_with("\"zh-Hans\""));
        let mut n = 0;
        for row in rows.records() {
            let row = row.unwrap();
            for (section, title) in [(sections[0], &row[en]), (sections[1], &row[zh])] {
                let code = if std::ptr::eq(section, sections[0]) { "en" } else { "zh" };
                let item = format!("<li data-fig={0}><a href=\"s/{0}/{code}/\"><b>{0}</b> {1}</a>", &row[id], title.replace('&', "&amp;"));
                assert!(section.contains(&item), "{item} missing");
            }
            n += 1;
        }
        assert_eq!(n, 44);
        assert_eq!(html.matches("<li ").count(), 2 * n);
        // Figure numbers in the page language's word ("Figure", "图") come from the templates.
        assert!(html.contains("<p class=\"figure-number\">Figure </p>") && html.contains("<p class=\"figure-number\">图 </p>"));
        for lang in Lang::ALL {
            let crashed = esc(strings(lang).crashed);
            assert!(html.contains(&format!("<template id=\"boot-{}\" data-crashed=\"{crashed}\">", lang.code())), "{lang:?} template");
        }
        assert!(html.contains("AI Index R&amp;D Explorer") && !html.contains("R&D"));
        assert_eq!(html.matches("<template").count(), html.matches("</template>").count());
    }
}
