//! Overview: the chapter's highlights, then its sections with every figure one click away.

use leptos::prelude::*;

use super::app::href;
use crate::data::{FIGURES, HIGHLIGHTS, SECTIONS};
use crate::i18n::{completeness_label, strings, Lang};
use crate::state::AppState;

#[component]
pub fn Overview(lang: Lang) -> impl IntoView {
    {
        let t = strings(lang);
        let link = move |id: &'static str| href(&AppState { fig: Some(id), lang, ..AppState::default() });
        view! {
            <section class="highlights" aria-labelledby="highlights-title">
                <h1 id="highlights-title" tabindex="-1">{t.highlights}</h1>
                <ul>
                    {HIGHLIGHTS.iter().map(|h| view! {
                        <li><a href=link(h.figure)>{lang.pick(h.text)}<span class="fig-ref">{format!(" · {} {}", t.figure, h.figure)}</span></a></li>
                    }).collect_view()}
                </ul>
                <p class="explore-models"><a href=format!("?view=models&lang={}", lang.code())>{t.explore_models}</a></p>
            </section>
            <section class="figure-index" aria-label=t.figures>
                {SECTIONS.iter().map(|(id, title)| view! {
                    <h2>{format!("{id} {}", lang.pick(*title))}</h2>
                    <ol class="figure-list">
                        {FIGURES.iter().filter(|f| f.section == *id).map(|f| view! {
                            <li>
                                <a href=link(f.id) class="figure-link" data-fig=f.id>
                                    <span class="fig-id">{f.id}</span>
                                    <span class="fig-title">{lang.pick(f.title)}</span>
                                    <span class="badge" data-completeness=f.completeness.name()>
                                        {completeness_label(f, lang)}
                                    </span>
                                </a>
                            </li>
                        }).collect_view()}
                    </ol>
                })
                .collect_view()}
            </section>
        }
    }
}
