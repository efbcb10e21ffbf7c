//! The app shell: router, URL → state, `<html lang>` and document title, page choice.

use std::cell::RefCell;

use leptos::prelude::*;
use wasm_bindgen::prelude::*;

use super::compare::Compare;
use super::figure_card::FigureCard;
use super::header::SiteHeader;
use super::location;
use super::notice::Notices;
use super::overview::Overview;
use crate::data::figure;
use crate::data::Text;
use crate::i18n::{strings, Lang, Strings};
use crate::state::{encode, parse, AppState, Parsed, Problem, Theme, View};

/// The page state everyone reads: the parsed URL, with the language resolved.
#[derive(Clone, Copy)]
pub struct Page {
    pub state: Memo<AppState>,
    /// The URL as read. Its problems include those carried over from the link the reader
    /// opened when the app rewrote it (language written, old names migrated, Back and Forward
    /// taking the chosen language along): a rewrite never hides a problem.
    pub parsed: Memo<Parsed>,
    /// The reader closed the notices; they come back with the next place (figure, years, …).
    pub dismissed: Memo<bool>,
    /// Closes the notices (`set(true)`): what `dismissed` reads.
    pub dismiss: RwSignal<bool>,
}

/// A memo of `read` owned by the current owner (the page being built), which detaches itself
/// from what it read when that owner is cleaned up. A disposed memo or effect is never taken
/// out of its sources' subscriber lists by Leptos 0.8 (reactive_graph 0.2): each one left
/// behind in a long-lived signal (the App's state, the models status) kept about 100 bytes of
/// wasm memory per page rebuild. The page reads the long-lived state through these memos only,
/// so what the page leaves behind is these few links, removed here.
pub fn local<T>(read: impl Fn() -> T + Send + Sync + 'static) -> Memo<T>
where
    T: Clone + PartialEq + Send + Sync + 'static,
{
    use leptos::reactive::graph::{Subscriber, ToAnySubscriber};
    let memo = ArcMemo::new(move |_| read());
    let sub = memo.to_any_subscriber();
    on_cleanup(move || sub.clear_sources(&sub));
    memo.into()
}

thread_local! {
    /// Problems carried over a rewrite of the URL, with the place they belong to. Plain data,
    /// not a signal: it is set just before the URL changes, and read when the URL is parsed.
    static CARRIED: RefCell<Option<(AppState, Vec<Problem>)>> = const { RefCell::new(None) };
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

/// A label in the page's current language. One closure type for every label (a plain fn
/// pointer picks it): the text follows the language without a closure type per label.
pub fn tr(lang: Memo<Lang>, f: fn(&'static Strings) -> &'static str) -> impl Fn() -> &'static str + Copy + Send + Sync + 'static {
    move || f(strings(lang.get()))
}

/// A data text (title, unit, …) in the page's current language.
pub fn pick(lang: Memo<Lang>, text: Text) -> impl Fn() -> &'static str + Copy + Send + Sync + 'static {
    move || lang.get().pick(text)
}

/// `?query` for a state: what links point to.
pub fn href(state: &AppState) -> String {
    format!("?{}", encode(state))
}

/// Where a state is, without the reader's preferences (language, theme): what history and
/// notices are about.
fn place(s: &AppState) -> AppState {
    AppState { lang: Lang::default(), theme: None, ..s.clone() }
}

fn browser_lang() -> Lang {
    let langs: Vec<String> = web_sys::window()
        .map(|w| w.navigator().languages().iter().filter_map(|v| v.as_string()).collect())
        .unwrap_or_default();
    Lang::from_browser(langs.iter().map(String::as_str))
}

/// Moves focus after the page was rebuilt to the element matching `selector`: the new page's
/// heading after a move to another page (screen readers then read where the reader is), the
/// view tab after a switch between chart, table and reconciliation, or the language toggle after a language
/// switch (on the overview and compare pages the button the reader pressed was replaced).
fn move_focus(selector: &'static str) {
    let to_heading = selector == "#main h1";
    let Some(window) = web_sys::window() else { return };
    // After this frame's rendering: the new page's elements exist by then.
    let focus = Closure::once_into_js(move || {
        let Some(doc) = web_sys::window().and_then(|w| w.document()) else { return };
        let Some(el) = doc.query_selector(selector).ok().flatten() else { return };
        if to_heading && !el.has_attribute("tabindex") {
            // Headings are not focusable by default; -1 keeps them out of the Tab order.
            let _ = el.set_attribute("tabindex", "-1");
        }
        if let Ok(el) = el.dyn_into::<web_sys::HtmlElement>() {
            let _ = el.focus();
        }
    });
    let _ = window.request_animation_frame(focus.unchecked_ref());
}

/// Jumps past the header to the page's content; in-page, so no history entry.
fn skip_to_main(ev: web_sys::MouseEvent) {
    ev.prevent_default();
    let main = web_sys::window().and_then(|w| w.document()).and_then(|d| d.get_element_by_id("main"));
    if let Some(main) = main.and_then(|m| m.dyn_into::<web_sys::HtmlElement>().ok()) {
        let _ = main.focus();
        main.scroll_into_view();
    }
}

#[component]
pub fn App() -> impl IntoView {
    let search = location::install(|q| parse(q).state.view != View::Models).0;
    let parsed = Memo::new(move |_| {
        let mut p = parse(&search.get());
        let here = place(&p.state);
        CARRIED.with_borrow_mut(|carried| match carried {
            Some((at, list)) if *at == here => {
                let more: Vec<Problem> = list.iter().filter(|x| !p.problems.contains(x)).cloned().collect();
                p.problems.extend(more);
            }
            // Elsewhere they no longer apply (nor if the reader comes back by a link).
            Some(_) => *carried = None,
            None => {}
        });
        p
    });
    let fallback_lang = browser_lang();
    let state = Memo::new(move |_| {
        let p = parsed.get();
        let mut s = p.state;
        if !p.lang_given {
            s.lang = fallback_lang;
        }
        s
    });

    let dismissed = RwSignal::new(false);

    let go = Go(send_wrapper::SendWrapper::new(std::rc::Rc::new(move |s: AppState, push: bool| {
        // A change of preference only (language, theme) keeps the notices of this place.
        let at = place(&s);
        if state.with_untracked(place) == at {
            let problems = parsed.with_untracked(|p| p.problems.clone());
            CARRIED.set(Some((at, problems)));
        }
        location::navigate(search, &href(&s), push);
    })));
    // Back and Forward restore a place, not a preference: the entry is rewritten with the
    // language and theme now chosen, and its problems are carried over the rewrite.
    location::on_history(search, move |restored| {
        let p = parse(restored);
        let now = state.get_untracked();
        dismissed.set(false);
        if p.lang_given && p.state.lang == now.lang && p.state.theme == now.theme {
            return restored.to_string();
        }
        let s = AppState { lang: now.lang, theme: now.theme, ..p.state };
        CARRIED.set(Some((place(&s), p.problems)));
        href(&s)
    });
    provide_context(Page { state, parsed, dismissed: Memo::new(move |_| dismissed.get()), dismiss: dismissed });
    provide_context(go.clone());

    // The language is part of every link: write the browser's choice into the URL once
    // (the problems of the link opened are carried, see `Go`).
    let go_lang = go.clone();
    Effect::new(move |_| {
        if !parsed.with(|p| p.lang_given) {
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
    // "chart updated" on a control change. The live region lives outside the rebuilt page,
    // so it persists and screen readers hear its changes.
    let announcement = RwSignal::new(String::new());
    let last_page = StoredValue::new(None::<(View, Option<&'static str>, crate::i18n::Lang)>);
    let mut last_place = None::<AppState>;
    Effect::new(move |_| {
        let s = state.get();
        // Notices closed here come back with the next place.
        let at = place(&s);
        if last_place.as_ref().is_some_and(|l| *l != at) {
            dismissed.set(false);
        }
        last_place = Some(at);
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
        if let Some((view, fig, _)) = previous.filter(|p| *p != key) {
            if !s.embed {
                let tabs = [View::Chart, View::Table, View::Reconcile];
                move_focus(match () {
                    _ if fig == s.fig && tabs.contains(&view) && tabs.contains(&s.view) && view != s.view => match s.view {
                        View::Table => "#view-table",
                        View::Reconcile => "#view-reconcile",
                        _ => "#view-chart",
                    },
                    _ if (view, fig) != (s.view, s.fig) => "#main h1",
                    _ => "#lang-toggle",
                });
            }
        }
        last_page.set_value(Some(key));
    });

    // The page is rebuilt when the view or figure changes, and only then. A figure page
    // follows a language change in place (its labels read `lang`): rebuilding it made the
    // chart's redraw pay for laying out a new page. Other pages are small: rebuilt.
    let page_key = Memo::new(move |_| {
        state.with(|s| {
            let figure_page = !s.embed && s.view != View::Compare && s.fig.and_then(figure).is_some();
            (s.view, s.fig, (!figure_page).then_some(s.lang), s.embed)
        })
    });
    let page = move || {
        let (view, fig, _, embed) = page_key.get();
        // This page's own view of the state (see `local`), for everything built below.
        provide_context(Page {
            state: local(move || state.get()),
            parsed: local(move || parsed.get()),
            dismissed: local(move || dismissed.get()),
            dismiss: dismissed,
        });
        // Made with the page, dropped with it (see `local`): a figure page follows the
        // language in place through this memo.
        let lang = local(move || state.with(|s| s.lang));
        let fixed = lang.get_untracked();
        if let (true, Some(f)) = (embed, fig.and_then(figure)) {
            return view! { <FigureCard fig=f lang=lang embed=true/> }.into_any();
        }
        let main = match (view, fig.and_then(figure)) {
            (View::Compare, _) => view! { <Compare lang=fixed/> }.into_any(),
            (_, Some(f)) => view! { <FigureCard fig=f lang=lang/> }.into_any(),
            _ => view! { <Overview lang=fixed/> }.into_any(),
        };
        view! {
            <a class="skip-link" href="#main" on:click=skip_to_main>{tr(lang, |t| t.skip_link)}</a>
            <SiteHeader lang=lang/>
            <Notices lang=lang/>
            <main id="main" class="main" tabindex="-1">{main}</main>
            <footer class="site-footer"><p>{tr(lang, |t| t.report_credit)}</p></footer>
        }
        .into_any()
    };
    view! {
        <div class="visually-hidden" role="status" aria-live="polite" id="announcer">{move || announcement.get()}</div>
        {page}
    }
}
