//! The playground (`#/play`): a free editor with Run, the lints and the timeline, and share
//! links that carry the code in the URL's fragment (deflate + base64url: `#/play/CODE`), so a
//! link works on any static host and never needs a server.
//!
//! The learner's own playground code is kept in `localStorage` ([`KEY`]); opening a share link
//! shows the shared code without touching it until the learner edits.

use gloo_storage::Storage;
use leptos::prelude::*;
use leptos::task::spawn_local;
use std::sync::atomic::Ordering;

use crate::app::set_title;
use crate::components::code_block::report_view;
use crate::components::editor::{new_handle, Editor};
use crate::components::live::{follow, live_view, Live};
use crate::components::run_buttons::RunButtons;
use crate::components::share::ShareBox;
use crate::js;
use crate::route::Route;
use crate::state::use_state;

/// Where the playground's code is saved.
pub const KEY: &str = "await-lab/playground/v1";

const EXAMPLE: &str = r#"use std::time::Duration;
use tokio::time::sleep;

#[tokio::main]
async fn main() {
    let slow = tokio::spawn(async {
        sleep(Duration::from_millis(300)).await;
        println!("slow done");
    });
    let fast = tokio::spawn(async {
        sleep(Duration::from_millis(100)).await;
        println!("fast done");
    });
    slow.await.unwrap();
    fast.await.unwrap();
    println!("both done");
}
"#;

#[derive(Clone, PartialEq)]
enum RunState {
    Idle,
    Running,
    Done(grader::Report),
    Stopped,
    Failed(String),
}

#[component]
pub fn PlayPage(shared: Option<String>) -> impl IntoView {
    set_title("Playground");
    js::warm_up();
    // The code to start from: a share link's (decoded first), else the saved code, else the example.
    let start = RwSignal::new(None::<Result<String, String>>);
    let from_link = shared.is_some();
    match shared {
        Some(encoded) => spawn_local(async move {
            let decoded = js::decode_share(&encoded).await.map_err(|e| format!("This share link cannot be read: {e}"));
            let _ = start.try_set(Some(decoded));
        }),
        None => {
            let saved = gloo_storage::LocalStorage::raw().get_item(KEY).ok().flatten();
            start.set(Some(Ok(saved.unwrap_or_else(|| EXAMPLE.to_string()))));
        }
    }
    view! {
        <div class="page play">
            <nav class="breadcrumb" aria-label="Breadcrumb"><a href=Route::Map.href()>"Course map"</a></nav>
            <h1>"Playground"</h1>
            <p class="lead">"Any async Rust program, run here on a simulated tokio runtime (current thread, paused clock), with the mistake lints and the timeline."</p>
            {move || match start.get() {
                None => view! { <p class="muted">"Opening the shared code…"</p> }.into_any(),
                Some(Err(message)) => view! {
                    <p class="status bad">{message}</p>
                    <p><a href=Route::Play(None).href()>"Open the playground with your own code"</a></p>
                }.into_any(),
                Some(Ok(code)) => view! { <Playground initial=code from_link/> }.into_any(),
            }}
        </div>
    }
}

#[component]
fn Playground(initial: String, from_link: bool) -> impl IntoView {
    let state = use_state();
    let editor = new_handle();
    let run_state = RwSignal::new(RunState::Idle);
    let live = RwSignal::new(None::<Live>);
    let cursor_line = RwSignal::new(None::<u32>);
    let share = RwSignal::new(None::<String>);
    let running = move || run_state.with(|s| *s == RunState::Running);
    let in_flight = StoredValue::new(js::stop_on_cleanup());
    // The editor's text, as a signal (the Rust Playground link follows it).
    let text = RwSignal::new(initial.clone());
    let code = move || text.get_untracked();
    let save = move |new: String| {
        // A share link's code becomes the learner's own only once they change it.
        let _ = gloo_storage::LocalStorage::raw().set_item(KEY, &new);
        text.set(new);
        share.set(None);
    };
    let run = move || {
        if state.busy.get_untracked() {
            return;
        }
        let source = code();
        let in_flight = in_flight.get_value();
        state.busy.set(true);
        in_flight.store(true, Ordering::Relaxed);
        run_state.set(RunState::Running);
        follow(live, move || run_state.try_with(|s| *s == RunState::Running).unwrap_or(false));
        spawn_local(async move {
            let result = js::run(&source).await;
            let _ = state.busy.try_set(false);
            in_flight.store(false, Ordering::Relaxed);
            let next = match result {
                Ok(json) => match serde_json::from_str::<grader::Report>(&json) {
                    Ok(report) => {
                        editor.try_with_value(|e| e.as_ref().map(|e| e.show_diagnostics(&report.diagnostics)));
                        RunState::Done(report)
                    }
                    Err(e) => RunState::Failed(format!("unexpected answer from the grader: {e}")),
                },
                Err(js::GraderError::Stopped) => RunState::Stopped,
                Err(js::GraderError::Failed(m)) => RunState::Failed(m),
            };
            let _ = run_state.try_set(next);
        });
    };
    let make_link = move |_| {
        let source = code();
        spawn_local(async move {
            if let Ok(encoded) = js::encode_share(&source).await {
                let _ = share.try_set(Some(js::page_url(&Route::Play(Some(encoded)).href())));
            }
        });
    };
    let goto = Callback::new(move |at: (u32, u32)| crate::components::editor::goto(editor, at));
    let rust_playground = move || {
        format!(
            "https://play.rust-lang.org/?version=stable&mode=debug&edition=2021&code={}",
            js::encode_uri_component(&text.get())
        )
    };
    let output = move || match run_state.get() {
        RunState::Idle => view! { <p class="muted">"Press Run (or Ctrl/Cmd-Enter)."</p> }.into_any(),
        RunState::Running => {
            view! { <p class="muted">"Running…"</p> {move || live_view(live.get(), false)} }.into_any()
        }
        RunState::Stopped => {
            view! { <p class="status bad">"Stopped."</p> {live_view(live.get_untracked(), true)} }.into_any()
        }
        RunState::Failed(m) => view! { <p class="status bad">{format!("The grader failed: {m}")}</p> }.into_any(),
        RunState::Done(report) => report_view(report, goto, Some(cursor_line.into())).into_any(),
    };
    view! {
        {from_link.then(|| view! {
            <p class="shared-note">"This is code from a share link. Your own playground code is kept until you edit this."</p>
        })}
        <Editor handle=editor initial label="Playground code editor" on_change=save on_check=move |_| run()
            on_cursor=move |line| cursor_line.set(Some(line))/>
        <div class="toolbar" role="group" aria-label="Playground actions">
            <RunButtons class="run primary" label="Run" running=Signal::derive(running) on_run=run/>
            <button class="share secondary" on:click=make_link>"Share"</button>
            <a class="rust-playground" href=rust_playground target="_blank" rel="noopener"
                title="Runs the same code with real rustc and tokio (a multi-thread runtime with the real clock)">"Open in the Rust Playground ↗"</a>
        </div>
        {move || share.get().map(|url| view! { <ShareBox url/> })}
        <section class="run-output" aria-live="polite" aria-label="Run result">{output}</section>
    }
}
