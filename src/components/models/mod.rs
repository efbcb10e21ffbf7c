//! The model explorer's page (`?view=models`), mounted by its own entry point
//! (`src/models_main.rs`): header, notices, controls, chart or table, counts, model card and
//! downloads, all read from the URL ([`crate::models::state`]) and the one table of what is
//! shown ([`crate::models::table`]). Every change navigates to a new URL.

mod card;
mod chart;
mod controls;
mod data_loader;
mod share;
mod table_view;

use leptos::prelude::*;
use leptos::prelude::Set as _;
use wasm_bindgen::prelude::*;

use super::location;
use super::notice::describe;
use crate::i18n::{strings, Lang};
use crate::models::data::{models, Set};
use crate::models::labels::ui;
use crate::models::state::{encode, parse, ModelsParsed, ModelsState, Tab};
use crate::models::table::{build, ModelsTable};
use crate::state::{Problem, Theme};
use data_loader::Status;

/// What every part of the page reads.
#[derive(Clone, Copy)]
pub(crate) struct Ctx {
    pub state: Memo<ModelsState>,
    pub parsed: Memo<ModelsParsed>,
    pub lang: Memo<Lang>,
    pub search: RwSignal<String>,
    pub status: RwSignal<Status>,
    /// `None` until the models are loaded.
    pub table: Memo<Option<std::sync::Arc<ModelsTable>>>,
    /// The same table for what sits beside the chart (counts, notes, announcements), set after
    /// the frame that draws the chart: their page changes would otherwise be laid out inside
    /// ECharts' redraw (it reads the page's layout while it renders).
    pub side: RwSignal<Option<std::sync::Arc<ModelsTable>>>,
    /// Where to send focus back when the card closes.
    pub opener: StoredValue<Option<String>>,
    /// A sentence for screen readers (the card, the counts, the model in focus).
    pub announce: RwSignal<String>,
    /// The problems of a link opened without a language, kept for the query it was rewritten to
    /// (the rewrite would otherwise drop their notices at once).
    pub carried: StoredValue<Option<(String, Vec<Problem>)>>,
}

impl Ctx {
    /// Goes to `s`: a new history entry if `push`, else replacing this one.
    pub fn go(&self, s: ModelsState, push: bool) {
        location::navigate(self.search, &format!("?{}", encode(&s)), push);
    }
    /// The state now, untracked, with a change applied.
    pub fn with(&self, f: impl FnOnce(&mut ModelsState)) -> ModelsState {
        let mut s = self.state.get_untracked();
        f(&mut s);
        s
    }
}

fn browser_lang() -> Lang {
    let langs: Vec<String> = web_sys::window()
        .map(|w| w.navigator().languages().iter().filter_map(|v| v.as_string()).collect())
        .unwrap_or_default();
    Lang::from_browser(langs.iter().map(String::as_str))
}

/// Runs `f` after the next frame has been painted (a task queued from an animation frame).
fn after_paint(f: impl FnOnce() + 'static) {
    let Some(w) = web_sys::window() else { return f() };
    let task = wasm_bindgen::closure::Closure::once_into_js(f);
    let frame = wasm_bindgen::closure::Closure::once_into_js(move || {
        if let Some(w) = web_sys::window() {
            let _ = w.set_timeout_with_callback(task.unchecked_ref());
        }
    });
    let _ = w.request_animation_frame(frame.unchecked_ref());
}

/// Starts the model explorer: crash texts, number parsing, axis labels, the page, ECharts.
pub fn start() {
    if let Some(w) = web_sys::window() {
        let text = js_sys::Object::new();
        for lang in [Lang::En, Lang::Zh] {
            let _ = js_sys::Reflect::set(&text, &lang.code().into(), &strings(lang).crashed.into());
        }
        let _ = js_sys::Reflect::set(&w, &"aiIndexCrashText".into(), &text);
    }
    crate::data::number::use_parser(|s| js_sys::parse_float(s));
    crate::data::number::use_writer(|v| js_sys::Number::from(v).to_string_with_radix(10).map(String::from).unwrap_or_default());
    crate::echarts::install_axis_formatter();
    add_style();
    leptos::mount::mount_to_body(ModelsPage);
    if let Some(boot) = web_sys::window().and_then(|w| w.document()).and_then(|d| d.get_element_by_id("boot")) {
        boot.remove();
    }
    crate::echarts::start_after_paint();
}

/// The explorer's own styles (`style/models.css`), kept out of the figure pages' CSS.
fn add_style() {
    let Some(doc) = web_sys::window().and_then(|w| w.document()) else { return };
    let Ok(style) = doc.create_element("style") else { return };
    style.set_text_content(Some(include_str!("../../../style/models.css")));
    if let Some(head) = doc.head() {
        let _ = head.append_child(&style);
    }
}

#[component]
fn ModelsPage() -> impl IntoView {
    let search = location::install(|q| crate::entry::Entry::for_query(q) == crate::entry::Entry::Models).0;
    let parsed = Memo::new(move |_| parse(&search.get()));
    let fallback = browser_lang();
    let state = Memo::new(move |_| {
        let p = parsed.get();
        let mut s = p.state;
        if !p.lang_given {
            s.lang = fallback;
        }
        s
    });
    let lang = Memo::new(move |_| state.with(|s| s.lang));
    let status = data_loader::status();
    data_loader::request(status);
    let table = Memo::new(move |_| {
        let loaded = status.get() == Status::Loaded;
        loaded.then(|| models().map(|m| std::sync::Arc::new(state.with(|s| build(m, s))))).flatten()
    });
    let side = RwSignal::new(None);
    Effect::new(move |_| {
        let t = table.get();
        // The first table at once (nothing drawn yet to wait for); later ones after the frame.
        if side.with_untracked(Option::is_none) {
            side.set(t);
        } else {
            after_paint(move || side.set(t));
        }
    });
    let ctx = Ctx { state, parsed, lang, search, status, table, side, opener: StoredValue::new(None), announce: RwSignal::new(String::new()), carried: StoredValue::new(None) };
    provide_context(ctx);
    // Back and Forward restore a place, not a preference (as on the figure pages): the entry is
    // rewritten with the language and theme now chosen, keeping its problems' notices.
    location::on_history(search, move |restored| {
        let p = parse(restored);
        let now = state.get_untracked();
        if p.lang_given && p.state.lang == now.lang && p.state.theme == now.theme {
            return restored.to_string();
        }
        let shown = format!("?{}", encode(&ModelsState { lang: now.lang, theme: now.theme, ..p.state }));
        ctx.carried.set_value(Some((shown.clone(), p.problems)));
        shown
    });

    // The language is part of every link: the browser's, written once.
    Effect::new(move |_| {
        if !parsed.with(|p| p.lang_given) {
            let s = state.get_untracked();
            ctx.carried.set_value(Some((format!("?{}", encode(&s)), parsed.with_untracked(|p| p.problems.clone()))));
            ctx.go(s, false);
        }
    });
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
        let l = lang.get();
        let Some(doc) = web_sys::window().and_then(|w| w.document()) else { return };
        if let Some(html) = doc.document_element() {
            let _ = html.set_attribute("lang", l.html_tag());
        }
        doc.set_title(&format!("{} · {}", ui(l).title, strings(l).app_title));
    });
    // The counts, for screen readers, when they change.
    Effect::new(move |prev: Option<(usize, usize)>| {
        let now = side.with(|t| t.as_ref().map_or((0, 0), |t| (t.rows.len(), t.points)));
        if prev.is_some_and(|p| p != now) {
            let u = ui(lang.get_untracked());
            ctx.announce.set(format!("{} {} · {} {}", now.0, u.models, now.1, u.drawn));
        }
        now
    });

    let embed = Memo::new(move |_| state.with(|s| s.embed));
    view! {
        <div class="visually-hidden" role="status" aria-live="polite" id="announcer">{move || ctx.announce.get()}</div>
        {move || if embed.get() { view! { <share::EmbedPage/> }.into_any() } else { view! { <FullPage/> }.into_any() }}
    }
}

/// Notices: parameters the link got wrong, and a `model=` this dataset does not have.
#[component]
fn Notices() -> impl IntoView {
    let ctx = expect_context::<Ctx>();
    let dismissed = RwSignal::new(false);
    let problems = Memo::new(move |_| {
        let mut list: Vec<Problem> = ctx.parsed.with(|p| p.problems.clone());
        // Those of the link as opened, while its rewrite is the page shown.
        if let Some((_, carried)) = ctx.carried.get_value().filter(|(q, _)| ctx.search.with(|s| s == q)) {
            let more: Vec<Problem> = carried.into_iter().filter(|p| !list.contains(p)).collect();
            list.extend(more);
        }
        let s = ctx.state.get();
        if let (Some(slug), Some(m)) = (&s.model, ctx.table.with(|t| t.is_some()).then(models).flatten()) {
            if !m.of(s.set).iter().any(|e| e.slug == slug) {
                list.push(Problem { param: "model", value: crate::state::clip(slug) });
            }
        }
        list
    });
    view! {
        {move || (!dismissed.get() && !problems.with(Vec::is_empty)).then(|| view! {
            <div class="notice" role="status">
                <ul>{move || problems.get().iter().map(|p| view! { <li>{describe_here(p, ctx.lang.get())}</li> }).collect_view()}</ul>
                <button type="button" class="notice-dismiss" on:click=move |_| dismissed.set(true)>{move || strings(ctx.lang.get()).dismiss}</button>
            </div>
        })}
    }
}

/// A notice's text. `fig` means nothing here, so the figures' "there is no figure with that
/// number" (said of `fig=1.1.1` too) would be wrong: the plain "not understood" text instead.
fn describe_here(p: &Problem, lang: Lang) -> String {
    match (p.param, lang) {
        ("fig", Lang::En) => format!("{} fig (“{}”).", strings(lang).invalid_param, p.value),
        ("fig", Lang::Zh) => format!("{}fig（“{}”）。", strings(lang).invalid_param, p.value),
        _ => describe(p, lang),
    }
}

#[component]
fn Header() -> impl IntoView {
    let ctx = expect_context::<Ctx>();
    let lang = ctx.lang;
    let toggle = move |_| ctx.go(ctx.with(|s| s.lang = s.lang.other()), false);
    view! {
        <header class="site-header">
            <a class="brand" href=move || format!("?lang={}", lang.get().code())>
                <span class="brand-title">{move || strings(lang.get()).app_title}</span>
                <span class="brand-subtitle">{move || strings(lang.get()).app_subtitle}</span>
            </a>
            <nav class="site-nav">
                <a href=move || format!("?view=compare&lang={}", lang.get().code()) class="compare-link">{move || strings(lang.get()).compare}</a>
            </nav>
            <button id="lang-toggle" class="lang-toggle" type="button" lang=move || lang.get().other().html_tag() on:click=toggle>
                {move || strings(lang.get()).switch_language}
            </button>
        </header>
    }
}

#[component]
fn FullPage() -> impl IntoView {
    let ctx = expect_context::<Ctx>();
    let lang = ctx.lang;
    let tab = Memo::new(move |_| ctx.state.with(|s| s.tab));
    let set_tab = move |t: Tab| ctx.go(ctx.with(|s| s.tab = t), false);
    let skip = move |ev: web_sys::MouseEvent| {
        ev.prevent_default();
        if let Some(m) = web_sys::window().and_then(|w| w.document()).and_then(|d| d.get_element_by_id("main")).and_then(|m| m.dyn_into::<web_sys::HtmlElement>().ok()) {
            let _ = m.focus();
        }
    };
    let status = move || match ctx.status.get() {
        Status::Failed => Some(view! { <p class="models-status" role="alert">{move || ui(lang.get()).failed}</p> }.into_any()),
        Status::Loaded => None,
        _ => Some(view! { <p class="models-status">{move || ui(lang.get()).loading}</p> }.into_any()),
    };
    view! {
        <a class="skip-link" href="#main" on:click=skip>{move || strings(lang.get()).skip_link}</a>
        <Header/>
        <Notices/>
        <main id="main" class="main models-page" tabindex="-1">
            <h1>{move || ui(lang.get()).title}</h1>
            <p class="lede">{move || ui(lang.get()).lede}</p>
            <controls::SetTabs/>
            <controls::Controls/>
            <div class="view-tabs" role="tablist">
                <button type="button" role="tab" id="tab-chart" aria-selected=move || (tab.get() == Tab::Chart).to_string() on:click=move |_| set_tab(Tab::Chart)>{move || ui(lang.get()).chart}</button>
                <button type="button" role="tab" id="tab-table" aria-selected=move || (tab.get() == Tab::Table).to_string() on:click=move |_| set_tab(Tab::Table)>{move || ui(lang.get()).table}</button>
            </div>
            {status}
            <div class="models-body">
                <div class="models-view">
                    {move || match tab.get() {
                        Tab::Chart => view! { <chart::ModelsChartView/> }.into_any(),
                        Tab::Table => view! { <table_view::ModelsTableView/> }.into_any(),
                    }}
                </div>
                <chart::Counts/>
            </div>
            <card::ModelCard/>
            <share::ShareBar/>
            <p class="source-line">{move || share::source_line(ctx.state.with(|s| s.set), lang.get())}</p>
        </main>
        <footer class="site-footer"><p>{move || strings(lang.get()).report_credit}</p></footer>
    }
}

/// The set's name, for titles.
pub(crate) fn set_title(set: Set, lang: Lang) -> &'static str {
    crate::models::labels::set_label(set, lang)
}
