//! The results panel: passed or not, each check with its evidence, stdout/stderr,
//! and diagnostics whose line links move the editor's cursor.
//!
//! Feedback that teaches (issue 15):
//! - a program that was not run (rustc would reject it, or the grader refused it) shows
//!   that one diagnostic first, and the checks that could not run collapsed under it;
//! - a failed stdout check is a line diff (expected / actual, the first differing line
//!   marked), never soft-wrapped, so it reads at phone width;
//! - a failed mistake check links the mistake's page, and any failed check offers the
//!   next hint while hints are left;
//! - a predict exercise hides the real run until the prediction is right or the learner
//!   asks to see it, so the prediction is really made first.

use grader::timeline::Timeline;
use grader::{Graded, Outcome};
use leptos::prelude::*;

use crate::components::timeline_view::TimelineView;

#[derive(Debug, Clone, PartialEq)]
pub enum Status {
    Idle,
    Running,
    Graded(Graded),
    Stopped,
    Failed(String),
    /// A predict exercise was checked with no prediction typed: nothing ran.
    NeedsPrediction,
}

/// What the exercise page lets the results offer.
#[derive(Clone, Copy)]
pub struct Feedback {
    pub predict: Option<Prediction>,
    pub hints_left: Signal<bool>,
    pub on_hint: Callback<()>,
    /// The line the editor's cursor is on (the timeline highlights its marks).
    pub cursor_line: Signal<Option<u32>>,
    /// The reference solution's timeline (once it has run), in exercises that bound virtual time.
    pub reference: Option<Signal<Option<Timeline>>>,
    /// The next exercise (its link and title), offered once this one passes.
    pub next: Option<StoredValue<(String, String)>>,
}

/// A predict exercise's prediction, and whether its real run may be shown.
#[derive(Clone, Copy)]
pub struct Prediction {
    pub typed: Signal<String>,
    pub revealed: Signal<bool>,
    pub on_reveal: Callback<()>,
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
pub fn Results(
    #[prop(into)] status: Signal<Status>,
    #[prop(into)] on_goto: Callback<(u32, u32)>,
    #[prop(optional)] feedback: Option<Feedback>,
    /// A long run's output so far and clock (see `components::live`).
    #[prop(optional, into)]
    live: Option<Signal<Option<crate::components::live::Live>>>,
) -> impl IntoView {
    let live_now = move || live.and_then(|l| l.get());
    // A predict exercise never shows output before the prediction is judged.
    let show_live = feedback.is_none_or(|f| f.predict.is_none());
    let body = move || {
        match status.get() {
        Status::Idle => {
            view! { <p class="muted">"Press Check to run your program against the exercise's checks."</p> }.into_any()
        }
        Status::Running => view! {
            <p class="status running">"Running… (Stop ends it)"</p>
            {move || show_live.then(|| crate::components::live::live_view(live_now(), false))}
        }
        .into_any(),
        Status::Stopped => view! {
            <p class="status bad">"Stopped. The grader was restarted; you can Check again."</p>
            {show_live.then(|| crate::components::live::live_view(live.and_then(|l| l.get_untracked()), true))}
        }
        .into_any(),
        Status::Failed(message) => {
            view! { <p class="status bad">{format!("The grader failed: {message}")}</p> }.into_any()
        }
        Status::NeedsPrediction => view! {
            <p class="status bad">"Write your prediction first: the lines you expect, in order, one per line. Nothing runs before you predict."</p>
        }
        .into_any(),
        Status::Graded(graded) => graded_view(graded, on_goto, feedback).into_any(),
    }
    };
    view! {
        <section class="results" aria-label="Results" aria-live="polite">
            <h2>"Results"</h2>
            {body}
        </section>
    }
}

fn graded_view(graded: Graded, on_goto: Callback<(u32, u32)>, feedback: Option<Feedback>) -> impl IntoView {
    let predict = feedback.and_then(|f| f.predict);
    // A wrong prediction keeps the real run hidden until the learner asks for it.
    if let Some(p) = predict.filter(|_| !graded.passed) {
        let typed = p.typed.get_untracked();
        let lines = course::predict::prediction_lines(&typed);
        let in_place = course::predict::lines_in_place(&lines, &graded.report.stdout);
        let n_lines = lines.len();
        let graded = StoredValue::new(graded);
        return view! {
            {move || if p.revealed.get() {
                view! {
                    <p class="muted">"Your prediction differs from the real run, shown below."</p>
                    {run_view(graded.get_value(), on_goto, None)}
                }.into_any()
            } else {
                view! {
                    <p class="status bad">{format!(
                        "Not yet: the program printed something else than your prediction ({in_place} of your {n_lines} lines are in the right place)."
                    )}</p>
                    <p class="muted">"Think about when each line can run, change your prediction and check again, or:"</p>
                    <button class="secondary reveal-run" on:click=move |_| p.on_reveal.run(())>"Show what it really printed"</button>
                }.into_any()
            }}
        }
        .into_any();
    }
    run_view(graded, on_goto, feedback).into_any()
}

/// Whether a rejected program's reason is a compile error (a syntax error, one of rustc's
/// errors, an error-class mistake) rather than a construct the runner does not model or a
/// limit: a compile error is never described as a limit of the site (issue 21).
fn does_not_compile(report: &grader::Report) -> bool {
    report
        .diagnostics
        .iter()
        .any(|d| d.severity == grader::Severity::Error && !matches!(d.code.as_str(), "unsupported" | "limit"))
}

fn run_view(graded: Graded, on_goto: Callback<(u32, u32)>, feedback: Option<Feedback>) -> impl IntoView {
    let report = graded.report;
    let rejected = report.outcome == Outcome::Rejected;
    let n_failed = graded.checks.iter().filter(|c| !c.passed).count();
    let graded_checks_len = graded.checks.len();
    let summary = if graded.passed {
        "Passed: every check holds.".to_string()
    } else if rejected && does_not_compile(&report) {
        "Not run: this program does not compile. Fix the error below first.".to_string()
    } else if rejected {
        "Not run: this program uses something the browser runner cannot run yet (named below); real Rust may run it."
            .to_string()
    } else {
        format!("Not yet: {n_failed} of {} checks failed.", graded.checks.len())
    };
    let hint_offer = feedback.filter(|_| !graded.passed && !rejected).map(|f| {
        view! {
            {move || f.hints_left.get().then(|| view! {
                <button class="secondary hint-offer" on:click=move |_| f.on_hint.run(())>"Stuck? Show the next hint"</button>
            })}
        }
    });
    let checks = graded
        .checks
        .into_iter()
        .map(|check| {
            let mark = if check.passed { "✓" } else { "✗" };
            let state = if check.passed { "passed" } else { "failed" };
            let check_name = check.name;
            let check_attr = check_name.clone();
            let mistake = check_name
                .strip_prefix("no ")
                .or_else(|| check_name.strip_prefix("reports "))
                .filter(|code| grader::lint::docs(code).is_some())
                .map(str::to_string);
            let detail = (!check.passed).then(|| {
                let doc = mistake.map(|code| view! {
                    <a class="mistake-link" href=crate::route::Route::Mistake(code.clone()).href()>{format!("What `{code}` is and how to fix it")}</a>
                });
                let evidence = if check_name == "stdout" {
                    diff_view(&check.expected, &check.actual).into_any()
                } else {
                    view! {
                        <div class="expected-actual">
                            <div><span class="label">"expected"</span><pre>{check.expected}</pre></div>
                            <div><span class="label">"actual"</span><pre>{check.actual}</pre></div>
                        </div>
                    }
                    .into_any()
                };
                view! { {evidence} {doc} }
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
    let n_checks = graded_checks_len;
    // Rejected: the one diagnostic first, the checks that could not run folded away.
    let (first, second) = if rejected {
        (
            view! { <ul class="diagnostics">{diagnostics}</ul> }.into_any(),
            view! {
                <details class="checks-not-run">
                    <summary>{format!("{n_checks} checks could not run")}</summary>
                    <ul class="checks">{checks}</ul>
                </details>
            }
            .into_any(),
        )
    } else {
        (
            view! { <ul class="checks">{checks}</ul> }.into_any(),
            view! { <ul class="diagnostics">{diagnostics}</ul> }.into_any(),
        )
    };
    let next = feedback.and_then(|f| f.next).filter(|_| graded.passed).map(|next| {
        let (href, title) = next.get_value();
        view! { <a class="button primary next-after-pass" href=href>{format!("Next exercise: {title} →")}</a> }
    });
    view! {
        <p class=if graded.passed { "status good" } else { "status bad" }>{summary}</p>
        {next}
        {first}
        {hint_offer}
        {second}
        {(!rejected).then(|| view! {
            <h3>"Output"</h3>
            <pre class="output stdout" aria-label="Standard output">{report.stdout}</pre>
        })}
        {(!report.stderr.is_empty()).then(|| stderr_view(&report.stderr, on_goto))}
        <p class="muted">{format!("The program {}; {} steps; virtual time {time_ms} ms.", outcome_text(report.outcome), report.steps)}</p>
        {report.timeline.map(|t| timelines(*t, on_goto, feedback))}
    }
}

/// The run's timeline; in an exercise that bounds virtual time, the reference solution's
/// below it on the same axis (same scale, same axis switch), once it has run.
fn timelines(yours: Timeline, on_goto: Callback<(u32, u32)>, feedback: Option<Feedback>) -> impl IntoView {
    let cursor_line = feedback.map(|f| f.cursor_line);
    let Some(reference) = feedback.and_then(|f| f.reference) else {
        return view! { <TimelineView timeline=yours on_goto title="Timeline" cursor_line=cursor_line.unwrap_or_default()/> }
            .into_any();
    };
    let axis = RwSignal::new(crate::timeline::default_axis(&yours));
    let yours_ns = yours.end_ns;
    let scale = Signal::derive(move || reference.with(|r| r.as_ref().map_or(0, |r| r.end_ns)).max(yours_ns));
    view! {
        <TimelineView timeline=yours on_goto title="Timeline: your run" cursor_line=cursor_line.unwrap_or_default() scale_ns=scale axis/>
        {move || reference.get().map(|r| {
            let compare = format!(
                "Yours took {} of virtual time; the reference solution takes {}.",
                crate::timeline::ms(yours_ns),
                crate::timeline::ms(r.end_ns)
            );
            view! {
                <p class="timeline-compare">{compare}</p>
                <div class="reference-timeline">
                    <TimelineView timeline=r on_goto=Callback::new(|_| ()) title="Timeline: the reference solution" scale_ns=scale axis/>
                </div>
            }
        })}
    }
    .into_any()
}

/// Expected and actual stdout as a line diff: equal lines once, differing ones as
/// `-` expected / `+` actual, the first difference marked (and scrolled to by the eye:
/// it carries `first-diff`). Lines never wrap; the block scrolls sideways.
fn diff_view(expected: &str, actual: &str) -> impl IntoView {
    let (want, got): (Vec<&str>, Vec<&str>) = (expected.lines().collect(), actual.lines().collect());
    let first = grader::first_different_line(expected, actual);
    let rows = (0..want.len().max(got.len()))
        .flat_map(|i| {
            let marked = if Some(i) == first { " first-diff" } else { "" };
            match (want.get(i), got.get(i)) {
                (Some(w), Some(g)) if w == g => vec![("same", format!("  {w}"), "")],
                (w, g) => {
                    let mut rows = Vec::new();
                    if let Some(w) = w {
                        rows.push(("expected", format!("- {w}"), marked));
                    }
                    if let Some(g) = g {
                        rows.push(("actual", format!("+ {g}"), marked));
                    }
                    rows
                }
            }
        })
        .map(|(kind, text, marked)| view! { <span class=format!("diff-line {kind}{marked}")>{text}"\n"</span> })
        .collect_view();
    let where_ = first.map_or(
        "The lines are the same, but the text differs in whitespace or a final newline.".to_string(),
        |i| {
            format!("First difference at line {}: `-` is what the check expects, `+` what your program printed.", i + 1)
        },
    );
    view! {
        <div class="diff-wrap">
            <p class="diff-note">{where_}</p>
            <pre class="diff" aria-label="Expected and actual output, line by line">{rows}</pre>
        </div>
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
