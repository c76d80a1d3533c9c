//! A code block in a lesson; a runnable one has Run (and Stop) and shows the program's output.
//!
//! A runnable block can be edited ("what if I delete `move`?"): Edit swaps the highlighted
//! code for an editor holding the same text, Run runs what the editor holds, Reset brings
//! the lesson's code back. Edits live while the tab is open (a learner who leaves the page
//! and comes back finds them); they are experiments, not progress, so they are not exported.

use grader::{Outcome, Report};
use leptos::prelude::*;
use leptos::task::spawn_local;
use std::sync::atomic::Ordering;

use crate::components::editor::{self, Editor};
use crate::components::live::{follow, live_view, Live};
use crate::components::run_buttons::RunButtons;
use crate::components::timeline_view::TimelineView;
use crate::js;
use crate::markdown::CodeBlock;
use crate::state::use_state;

#[derive(Clone, PartialEq)]
enum RunState {
    Idle,
    Running,
    Done(Report),
    Stopped,
    Failed(String),
}

thread_local! {
    /// The lesson's code → the learner's edited text of it, while the tab is open.
    static EDITS: std::cell::RefCell<std::collections::HashMap<String, String>> = Default::default();
}

#[component]
pub fn CodeBlockView(block: CodeBlock) -> impl IntoView {
    let state = use_state();
    let run_state = RwSignal::new(RunState::Idle);
    let running = move || run_state.with(|s| *s == RunState::Running);
    let original = StoredValue::new(block.source.clone());
    let edited = EDITS.with(|e| e.borrow().get(&block.source).cloned());
    let editing = RwSignal::new(edited.is_some());
    let text = RwSignal::new(edited.unwrap_or_else(|| block.source.clone()));
    let editor = editor::new_handle();
    let in_flight = StoredValue::new(js::stop_on_cleanup());
    let live = RwSignal::new(None::<Live>);
    let run = move || {
        let in_flight = in_flight.get_value();
        if state.busy.get_untracked() {
            return;
        }
        state.busy.set(true);
        in_flight.store(true, Ordering::Relaxed);
        run_state.set(RunState::Running);
        follow(live, move || run_state.try_with(|s| *s == RunState::Running).unwrap_or(false));
        let source = text.get_untracked();
        spawn_local(async move {
            let result = js::run(&source).await;
            let _ = state.busy.try_set(false);
            in_flight.store(false, Ordering::Relaxed);
            let _ = run_state.try_set(match result {
                Ok(json) => match serde_json::from_str::<Report>(&json) {
                    Ok(report) => RunState::Done(report),
                    Err(e) => RunState::Failed(format!("unexpected answer from the grader: {e}")),
                },
                Err(js::GraderError::Stopped) => RunState::Stopped,
                Err(js::GraderError::Failed(message)) => RunState::Failed(message),
            });
        });
    };
    let edit = move |_| {
        editing.set(true);
        // The editor mounts on the next frame; its cursor (and the focus) goes to the code.
        request_animation_frame(move || editor::goto(editor, (1, 1)));
    };
    let on_change = move |t: String| {
        EDITS.with(|e| e.borrow_mut().insert(original.get_value(), t.clone()));
        text.set(t);
    };
    let reset = move |_| {
        EDITS.with(|e| e.borrow_mut().remove(&original.get_value()));
        text.set(original.get_value());
        editor.with_value(|e| e.as_ref().map(|e| e.set_text(&original.get_value())));
    };
    let changed = move || text.with(|t| original.with_value(|o| t != o));
    // The line a timeline mark points at, highlighted in the code above (or the editor's
    // cursor moved there, while the block is being edited).
    let hl_line = RwSignal::new(None::<u32>);
    let code_ref = NodeRef::<leptos::html::Pre>::new();
    let goto = Callback::new(move |(line, column): (u32, u32)| {
        if editing.get_untracked() {
            editor::goto(editor, (line, column));
            return;
        }
        hl_line.set(Some(line));
        if let Some(pre) = code_ref.get_untracked() {
            pre.scroll_into_view_with_bool(false);
        }
    });
    let output = move || match run_state.get() {
        RunState::Idle => ().into_any(),
        RunState::Running => {
            view! { <p class="muted">"Running…"</p> {move || live_view(live.get(), false)} }.into_any()
        }
        RunState::Stopped => {
            view! { <p class="status bad">"Stopped."</p> {live_view(live.get_untracked(), true)} }.into_any()
        }
        RunState::Failed(message) => {
            view! { <p class="status bad">{format!("The grader failed: {message}")}</p> }.into_any()
        }
        RunState::Done(report) => report_view(report, goto, None).into_any(),
    };
    let runnable = block.runnable;
    let html = block.html;
    let code = move || {
        if editing.get() {
            view! {
                <Editor handle=editor initial=text.get_untracked() label="Code editor: this lesson's example"
                    on_change on_check=move |_| run()
                    keys="Ctrl/Cmd-Enter runs. In the editor, Tab indents; press Esc, then Tab, to move on."/>
            }
            .into_any()
        } else {
            let html = html.clone();
            view! {
                <pre class="code" node_ref=code_ref>
                    {move || hl_line.get().map(|l| view! {
                        <div class="line-hl" style=format!("--line: {l}") data-hl-line=l aria-hidden="true"></div>
                    })}
                    <code inner_html=html></code>
                </pre>
            }
            .into_any()
        }
    };
    view! {
        <div class="code-block" class:editing=move || editing.get()>
            {code}
            {runnable.then(|| view! {
                <div class="toolbar">
                    <RunButtons class="run" label="Run" running=Signal::derive(running) on_run=run/>
                    {move || (!editing.get()).then(|| view! {
                        <button class="edit secondary" on:click=edit aria-label="Edit this example and run your version">"Edit"</button>
                    })}
                    {move || editing.get().then(|| view! {
                        <button class="reset secondary" on:click=reset disabled=move || !changed()
                            aria-label="Reset the example to the lesson's code">"Reset"</button>
                    })}
                </div>
                <div class="run-output" aria-live="polite">{output}</div>
            })}
        </div>
    }
}

/// A finished run: stdout, stderr, how it ended, the diagnostics and the timeline.
/// (Lesson blocks and the playground show a run the same way.)
pub fn report_view(
    report: Report,
    on_goto: Callback<(u32, u32)>,
    cursor_line: Option<Signal<Option<u32>>>,
) -> impl IntoView {
    let diagnostics: Vec<String> = report
        .diagnostics
        .iter()
        .map(|d| format!("{}[{}] line {}:{}: {}", d.severity.as_str(), d.code, d.line, d.column, d.message))
        .collect();
    let ended = match report.outcome {
        Outcome::Completed => None,
        other => Some(format!("The program {}.", crate::components::results::outcome_text(other))),
    };
    let stderr = (!report.stderr.is_empty())
        .then(|| view! { <pre class="output stderr" aria-label="Standard error">{report.stderr}</pre> });
    let timeline = report.timeline.map(|t| {
        view! { <TimelineView timeline=*t on_goto title="Timeline" cursor_line=cursor_line.unwrap_or_default()/> }
    });
    view! {
        <pre class="output stdout" aria-label="Program output">{report.stdout}</pre>
        {stderr}
        {ended.map(|e| view! { <p class="muted">{e}</p> })}
        {diagnostics.into_iter().map(|d| view! { <p class="diagnostic-line">{d}</p> }).collect_view()}
        {timeline}
    }
}
