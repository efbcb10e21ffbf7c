//! The app shell: router, URL → state, `<html lang>` and document title, page choice.

use leptos::prelude::*;

use super::compare::Compare;
use super::figure_card::FigureCard;
use super::header::SiteHeader;
use super::location;
use super::notice::Notices;
use super::overview::Overview;
use crate::data::figure;
use crate::i18n::{strings, Lang};
use crate::state::{encode, parse, AppState, Parsed, Theme, View};

/// The page state everyone reads: the parsed URL, with the language resolved.
#[derive(Clone, Copy)]
pub struct Page {
    pub state: Memo<AppState>,
    pub parsed: Memo<Parsed>,
}

/// Navigation to a state: figure changes push a history entry, other changes replace it.
#[derive(Clone)]
pub struct Go(send_wrapper::SendWrapper<std::rc::Rc<dyn Fn(AppState, bool)>>);

impl Go {
    /// Navigates to `state`; `push` adds a history entry (Back returns here).
    pub fn to(&self, state: AppState, push: bool) {
        (self.0)(state, push)
    }
}

/// `?query` for a state: what links point to.
pub fn href(state: &AppState) -> String {
    format!("?{}", encode(state))
}

fn browser_lang() -> Lang {
    let langs: Vec<String> = web_sys::window()
        .map(|w| w.navigator().languages().iter().filter_map(|v| v.as_string()).collect())
        .unwrap_or_default();
    Lang::from_browser(langs.iter().map(String::as_str))
}

#[component]
pub fn App() -> impl IntoView {
    let search = location::install().0;
    let parsed = Memo::new(move |_| parse(&search.get()));
    let fallback_lang = browser_lang();
    let state = Memo::new(move |_| {
        let p = parsed.get();
        let mut s = p.state;
        if !p.lang_given {
            s.lang = fallback_lang;
        }
        s
    });
    let go = Go(send_wrapper::SendWrapper::new(std::rc::Rc::new(move |s: AppState, push: bool| {
        location::navigate(search, &href(&s), push);
    })));
    provide_context(Page { state, parsed });
    provide_context(go.clone());

    // The language is part of every link: write the browser's choice into the URL once.
    let go_lang = go.clone();
    Effect::new(move |_| {
        let p = parsed.get();
        if !p.lang_given && p.problems.iter().all(|x| x.param != "lang") {
            go_lang.to(state.get_untracked(), false);
        }
    });
    // Theme: the reader's choice, else the system's (CSS media query).
    Effect::new(move |_| {
        let theme = state.with(|s| s.theme);
        let Some(html) = web_sys::window().and_then(|w| w.document()).and_then(|d| d.document_element()) else { return };
        let _ = match theme {
            Some(Theme::Dark) => html.set_attribute("data-theme", "dark"),
            Some(Theme::Light) => html.set_attribute("data-theme", "light"),
            None => html.remove_attribute("data-theme"),
        };
    });
    Effect::new(move |_| {
        let s = state.get();
        let Some(doc) = web_sys::window().and_then(|w| w.document()) else { return };
        if let Some(html) = doc.document_element() {
            let _ = html.set_attribute("lang", s.lang.html_tag());
        }
        let t = strings(s.lang);
        let title = match (s.view, s.fig.and_then(figure)) {
            (View::Compare, _) => format!("{} · {}", t.compare, t.app_title),
            (_, Some(f)) => format!("{} {} · {}", t.figure, f.id, t.app_title),
            _ => t.app_title.to_string(),
        };
        doc.set_title(&title);
    });

    // Say what changed, politely, for screen readers: the page on a new figure or language,
    // "chart updated" on a control change.
    let announcement = RwSignal::new(String::new());
    let last_page = StoredValue::new(None::<(View, Option<&'static str>, crate::i18n::Lang)>);
    Effect::new(move |_| {
        let s = state.get();
        let key = (s.view, s.fig, s.lang);
        let t = strings(s.lang);
        let title = match (s.view, s.fig.and_then(figure)) {
            (View::Compare, _) => t.compare.to_string(),
            (_, Some(f)) => format!("{} {} · {}", t.figure, f.id, s.lang.pick(f.title)),
            _ => t.app_title.to_string(),
        };
        let previous = last_page.get_value();
        announcement.set(match previous {
            None => String::new(),
            Some(p) if p == key => format!("{} · {title}", t.state_changed),
            Some(_) => title,
        });
        last_page.set_value(Some(key));
    });

    // The page is rebuilt when the view, figure or language changes, and only then: below
    // this point the language is a plain value, which keeps the page small (no reactive
    // closure per label). Controls stay reactive to the rest of the state.
    let page_key = Memo::new(move |_| state.with(|s| (s.view, s.fig, s.lang, s.embed)));
    move || {
        let (view, fig, lang, embed) = page_key.get();
        if let (true, Some(f)) = (embed, fig.and_then(figure)) {
            return view! {
                <div class="visually-hidden" role="status" aria-live="polite" id="announcer">{move || announcement.get()}</div>
                <FigureCard fig=f lang=lang embed=true/>
            }.into_any();
        }
        let main = match (view, fig.and_then(figure)) {
            (View::Compare, _) => view! { <Compare lang=lang/> }.into_any(),
            (_, Some(f)) => view! { <FigureCard fig=f lang=lang/> }.into_any(),
            _ => view! { <Overview lang=lang/> }.into_any(),
        };
        view! {
            <div class="visually-hidden" role="status" aria-live="polite" id="announcer">{move || announcement.get()}</div>
            <SiteHeader lang=lang/>
            <Notices lang=lang/>
            <main id="main" class="main">{main}</main>
            <footer class="site-footer"><p>{strings(lang).report_credit}</p></footer>
        }
        .into_any()
    }
}
