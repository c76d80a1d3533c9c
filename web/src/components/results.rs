//! The results panel: passed or not, each check with expected vs actual,
//! stdout/stderr, and diagnostics whose line links move the editor's cursor.

use grader::{Graded, Outcome};
use leptos::prelude::*;

#[derive(Debug, Clone, PartialEq)]
pub enum Status {
    Idle,
    Running,
    Graded(Graded),
    Stopped,
    Failed(String),
}

pub fn outcome_text(outcome: Outcome) -> &'static str {
    match outcome {
        Outcome::Completed => "completed",
        Outcome::Panicked => "panicked",
        Outcome::Rejected => "was not run: see the diagnostics",
        Outcome::Deadlock => "deadlocked: every task is waiting and no timer is pending",
        Outcome::Limit => "was stopped by a limit (too many steps, calls or too much memory)",
        Outcome::Failed => "returned an error from main (exit status 1)",
    }
}

#[component]
pub fn Results(#[prop(into)] status: Signal<Status>, #[prop(into)] on_goto: Callback<(u32, u32)>) -> impl IntoView {
    let body = move || match status.get() {
        Status::Idle => {
            view! { <p class="muted">"Press Check to run your program against the exercise's checks."</p> }.into_any()
        }
        Status::Running => view! { <p class="status running">"Running… (Stop ends it)"</p> }.into_any(),
        Status::Stopped => {
            view! { <p class="status bad">"Stopped. The grader was restarted; you can Check again."</p> }.into_any()
        }
        Status::Failed(message) => {
            view! { <p class="status bad">{format!("The grader failed: {message}")}</p> }.into_any()
        }
        Status::Graded(graded) => graded_view(graded, on_goto).into_any(),
    };
    view! {
        <section class="results" aria-label="Results" aria-live="polite">
            <h2>"Results"</h2>
            {body}
        </section>
    }
}

fn graded_view(graded: Graded, on_goto: Callback<(u32, u32)>) -> impl IntoView {
    let report = graded.report;
    let n_failed = graded.checks.iter().filter(|c| !c.passed).count();
    let summary = if graded.passed {
        "Passed: every check holds.".to_string()
    } else {
        format!("Not yet: {n_failed} of {} checks failed.", graded.checks.len())
    };
    let checks = graded
        .checks
        .into_iter()
        .map(|check| {
            let mark = if check.passed { "✓" } else { "✗" };
            let state = if check.passed { "passed" } else { "failed" };
            let check_name = check.name;
            let check_attr = check_name.clone();
            let detail = (!check.passed).then(|| {
                view! {
                    <div class="expected-actual">
                        <div><span class="label">"expected"</span><pre>{check.expected}</pre></div>
                        <div><span class="label">"actual"</span><pre>{check.actual}</pre></div>
                    </div>
                }
            });
            view! {
                <li class=format!("check {state}") data-check=check_attr>
                    <span class="mark" aria-hidden="true">{mark}</span>
                    <span class="check-name">{check_name}</span>
                    <span class="visually-hidden">{format!(" {state}")}</span>
                    {detail}
                </li>
            }
        })
        .collect_view();
    let diagnostics = report
        .diagnostics
        .into_iter()
        .map(|d| {
            let (line, column) = (d.line, d.column);
            let help = d.help.map(|h| view! { <div class="help">{format!("help: {h}")}</div> });
            let why = d.why.map(|w| view! { <div class="why">{w}</div> });
            view! {
                <li class=format!("diagnostic {}", d.severity.as_str())>
                    <button class="goto" on:click=move |_| on_goto.run((line, column)) aria-label=format!("Go to line {line}, column {column}")>
                        {format!("line {line}:{column}")}
                    </button>
                    <span class="severity">{d.severity.as_str()}"["{
                        let code = d.code.clone();
                        match grader::lint::docs(&code) {
                            Some(_) => view! { <a class="code" href=crate::route::Route::Mistake(code.clone()).href() title="What this mistake is and how to fix it">{code.clone()}</a> }.into_any(),
                            None => view! { <span class="code">{code.clone()}</span> }.into_any(),
                        }
                    }"]"</span>
                    " "
                    <span class="message">{d.message}</span>
                    {why}
                    {help}
                </li>
            }
        })
        .collect_view();
    let time_ms = report.virtual_time_ns as f64 / 1e6;
    view! {
        <p class=if graded.passed { "status good" } else { "status bad" }>{summary}</p>
        <ul class="checks">{checks}</ul>
        <ul class="diagnostics">{diagnostics}</ul>
        <h3>"Output"</h3>
        <pre class="output stdout" aria-label="Standard output">{report.stdout}</pre>
        {(!report.stderr.is_empty()).then(|| stderr_view(&report.stderr, on_goto))}
        <p class="muted">{format!("The program {}; {} steps; virtual time {time_ms} ms.", outcome_text(report.outcome), report.steps)}</p>
    }
}

/// Standard error, with each `src/main.rs:L:C` a button that moves the editor's cursor there.
fn stderr_view(stderr: &str, on_goto: Callback<(u32, u32)>) -> impl IntoView {
    let pieces = crate::panic::split_locations(stderr, crate::panic::FILE)
        .into_iter()
        .map(|(text, location)| match location {
            Some((line, column)) => view! {
                <button class="goto" on:click=move |_| on_goto.run((line, column)) aria-label=format!("Go to line {line}, column {column}")>
                    {text.to_string()}
                </button>
            }
            .into_any(),
            None => text.to_string().into_any(),
        })
        .collect_view();
    view! { <pre class="output stderr" aria-label="Standard error">{pieces}</pre> }
}
