//! A long run, live: while the grader works, the page shows the program's output so
//! far and its virtual clock (the worker reports them every million steps); after
//! Stop, the output printed until then stays on the page.

use std::time::Duration;

use leptos::prelude::*;

/// What the page knows of a run that has not answered yet.
#[derive(Debug, Clone, PartialEq)]
pub struct Live {
    /// The end of the output so far (the worker sends at most its last 16 KB).
    pub stdout: String,
    pub virtual_ms: f64,
}

/// Poll the worker's progress into `live` while `running()` holds.
pub fn follow(live: RwSignal<Option<Live>>, running: impl Fn() -> bool + 'static) {
    live.set(None);
    let handle = StoredValue::new(None::<IntervalHandle>);
    let tick = move || {
        if let Some((stdout, virtual_ms)) = crate::js::progress() {
            let _ = live.try_set(Some(Live { stdout, virtual_ms }));
        }
        if !running() {
            if let Some(h) = handle.try_get_value().flatten() {
                h.clear();
            }
        }
    };
    if let Ok(h) = set_interval_with_handle(tick, Duration::from_millis(250)) {
        handle.set_value(Some(h));
    }
}

/// The output so far and the clock, for a running or stopped program.
pub fn live_view(live: Option<Live>, stopped: bool) -> impl IntoView {
    let Some(live) = live else {
        return view! { <p class="muted live-clock">{if stopped { "No output yet." } else { "" }}</p> }.into_any();
    };
    let clock = if stopped {
        format!("Stopped at virtual time {:.0} ms. The output until then:", live.virtual_ms)
    } else {
        format!("Still running: virtual time {:.0} ms so far. The output so far:", live.virtual_ms)
    };
    // The newest output is at the end: keep it in view as it grows.
    let pre = NodeRef::<leptos::html::Pre>::new();
    pre.on_load(|el| el.set_scroll_top(el.scroll_height()));
    view! {
        <p class="muted live-clock">{clock}</p>
        <pre class="output stdout live" aria-label="Output so far" node_ref=pre>{live.stdout}</pre>
    }
    .into_any()
}
