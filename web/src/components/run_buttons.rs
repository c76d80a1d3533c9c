//! The Run (or Check) button and its Stop, as the lesson's code blocks, the playground and the
//! exercise page show them: one place for how they are disabled and what Stop does.

use leptos::prelude::*;

use crate::state::use_state;

/// The primary action and Stop. The primary is disabled while this component's program runs or
/// the grader is busy with another one; Stop only while it runs.
///
/// Both use `aria-disabled`, not `disabled`: a disabled button loses the focus, which would fall
/// to `<body>` after every run (the browser test "polish: ..." asserts it stays).
#[component]
pub fn RunButtons(
    /// The primary button's classes (`run`, `check primary`, ...).
    class: &'static str,
    /// The primary button's text.
    label: &'static str,
    /// Whether this component's program is running.
    #[prop(into)]
    running: Signal<bool>,
    on_run: impl Fn() + 'static,
    /// The keyboard shortcut the editor gives the primary action, for `aria-keyshortcuts`.
    #[prop(optional)]
    keys: Option<&'static str>,
) -> impl IntoView {
    let state = use_state();
    view! {
        <button class=class on:click=move |_| on_run() aria-keyshortcuts=keys
            aria-disabled=move || (running.get() || state.busy.get()).to_string()>{label}</button>
        <button class="stop" on:click=move |_| if running.get_untracked() { crate::js::stop() }
            aria-disabled=move || (!running.get()).to_string() aria-label="Stop the running program">"Stop"</button>
    }
}
