//! The chart of a figure: a frame that holds the chart ECharts draws into (through
//! `crate::echarts` only), redrawn whenever the figure, language or options change, and
//! handed to the view that replaces this one (the instance is kept). Legend
//! clicks are reported to `on_legend` as the names now hidden. ECharts loads `async`: until it
//! is there the frame stands empty at the chart's height, and the chart is drawn when it comes.

use leptos::html;
use leptos::prelude::*;
use send_wrapper::SendWrapper;

use crate::charts::BuiltChart;
use crate::data::Figure;
use crate::echarts::ChartHandle;
use crate::i18n::{chart_kind_label, strings, Lang};

thread_local! {
    /// Whether ECharts has loaded: charts wait for it, the rest of the page does not.
    static ECHARTS_READY: ArcRwSignal<bool> = {
        let ready = ArcRwSignal::new(crate::echarts::is_ready());
        if !ready.get_untracked() {
            let r = ready.clone();
            crate::echarts::when_ready(move || r.set(true));
        }
        ready
    };
}

/// Draws `built` for figure `fig`. `built` is recomputed by the caller when its inputs change.
#[component]
pub fn ChartView(
    fig: &'static Figure,
    built: Memo<Option<(BuiltChart, Lang)>>,
    /// Receives the legend names the reader has now hidden.
    on_legend: Callback<Vec<String>>,
    /// What the chart shows, in words (see `charts::describe`).
    description: Memo<String>,
) -> impl IntoView {
    let frame: NodeRef<html::Div> = NodeRef::new();
    let handle: StoredValue<Option<SendWrapper<ChartHandle>>> = StoredValue::new(None);
    let chart_id = format!("chart-{}", crate::text::replace(fig.id, ".", "-"));
    // Through a memo detached when this view goes (see `app::local`): the effect below, left
    // in the long-lived signal's subscribers, kept one allocation of wasm memory per figure.
    let ready = super::app::local({
        let ready = ECHARTS_READY.with(Clone::clone);
        move || ready.get()
    });
    Effect::new(move |_| {
        if !ready.get() {
            return;
        }
        let Some(node) = frame.get() else { return };
        built.with(|b| {
            let Some((chart, lang)) = b else { return };
            handle.update_value(|h| {
                if h.is_none() {
                    let report = Box::new(move |selected: Vec<(String, bool)>| {
                        on_legend.run(selected.into_iter().filter(|(_, shown)| !shown).map(|(n, _)| n).collect());
                    });
                    *h = ChartHandle::place(&node, &chart_id, fig.id, report).map(SendWrapper::new);
                }
                // Failures are logged (as warnings) inside the ECharts boundary.
                if let Some(h) = h {
                    h.show(&chart.chart, *lang, chart.height);
                }
            });
        });
    });
    // The next view (figure, language) takes the chart over: no new ECharts instance.
    on_cleanup(move || {
        handle.update_value(|h| {
            if let Some(h) = h.take() {
                h.take().park();
            }
        })
    });
    // Holds the chart's height while ECharts loads, so nothing below moves when it is drawn.
    let height = move || built.with(|b| format!("{}px", b.as_ref().map_or(320, |(b, _)| b.height)));
    // The language of the chart drawn: the frame's name follows it.
    let lang = move || built.with(|b| b.as_ref().map_or(Lang::En, |(_, l)| *l));
    let desc_id = format!("chart-desc-{}", crate::text::replace(fig.id, ".", "-"));
    // The frame holds the chart element (`div.chart`, see `ChartHandle::place`), hidden from
    // assistive technology; the frame carries the chart's name and its description, which
    // states the values.
    view! {
        <div node_ref=frame class="chart-frame" style:min-height=height role="img" aria-label=move || { let l = lang(); format!("{} · {}", l.pick(fig.title), chart_kind_label(fig.kind, l)) } aria-describedby=desc_id.clone()></div>
        <details class="chart-description">
            <summary>{move || strings(lang()).chart_description}</summary>
            <p id=desc_id>{move || description.get()}</p>
        </details>
    }
}
