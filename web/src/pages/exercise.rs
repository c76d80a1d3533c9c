//! An exercise: prompt, editor, Check/Stop/Reset, results, hints, solution.

use grader::Graded;
use leptos::prelude::*;
use leptos::task::spawn_local;
use std::sync::atomic::Ordering;

use crate::app::set_title;
use crate::components::editor::{new_handle, Editor};
use crate::components::hints::Hints;
use crate::components::loader::loaded;
use crate::components::markdown_view::MarkdownView;
use crate::components::results::{Feedback, Prediction, Results, Status};
use crate::components::run_buttons::RunButtons;
use crate::components::solution::Solution;
use crate::js;
use crate::pages::not_found::NotFound;
use crate::route::Route;
use crate::state::use_state;

#[component]
pub fn ExercisePage(id: String) -> impl IntoView {
    if use_state().course.with_value(|c| c.exercise(&id).is_none()) {
        return view! { <NotFound hash=Route::Exercise(id).href()/> }.into_any();
    }
    loaded(course::exercise_page(&id), |exercise| view! { <ExerciseView exercise/> }).into_any()
}

/// The page, once the exercise's whole text has been fetched.
#[component]
fn ExerciseView(exercise: course::Exercise) -> impl IntoView {
    let state = use_state();
    let id = exercise.id.clone();
    set_title(&exercise.title);
    crate::js::warm_up();
    state.progress.update(|p| p.last_page = Some(Route::Exercise(id.clone()).href()));
    // The exercises before and after this one, in course order.
    let (prev_ex, next_ex) = state.course.with_value(|c| {
        let idx = c.exercises.iter().position(|e| e.id == id).unwrap_or(0);
        let link = |i: Option<usize>| i.and_then(|i| c.exercises.get(i)).map(|e| (e.id.clone(), e.title.clone()));
        (link(idx.checked_sub(1)), link(Some(idx + 1)))
    });
    let lesson_title =
        state.course.with_value(|c| c.lesson(&exercise.lesson).map(|l| l.title.clone())).unwrap_or_default();
    let checks_json = serde_json::to_string(&exercise.checks).expect("expectations serialize");
    let starter = exercise.starter.clone();
    let initial = state.progress.with_untracked(|p| p.exercise(&id).code).unwrap_or_else(|| starter.clone());
    let editor = new_handle();
    let status = RwSignal::new(Status::Idle);
    let live = RwSignal::new(None::<crate::components::live::Live>);
    let running = move || status.with(|s| *s == Status::Running);
    let id = StoredValue::new(id);
    let checks_json = StoredValue::new(checks_json);
    let starter = StoredValue::new(starter);

    // Leaving the page mid-run stops the grader, so the next page can use it.
    let in_flight = StoredValue::new(crate::js::stop_on_cleanup());
    let save_code = move |code: String| {
        let is_starter = starter.with_value(|s| *s == code);
        state.progress.update(|p| {
            let e = p.exercise_mut(&id.get_value());
            e.code = (!is_starter).then_some(code);
            e.saved_ms = Some(js_sys::Date::now() as u64);
        });
    };
    let is_predict = exercise.kind == course::ExerciseKind::Predict;
    let cursor_line = RwSignal::new(None::<u32>);
    // Exercises that bound virtual time compare the learner's timeline with the reference
    // solution's, run once (after the first Check) in the worker like any program.
    let reference = exercise.checks.max_virtual_ms.is_some().then(|| RwSignal::new(None::<grader::timeline::Timeline>));
    let solution_src = StoredValue::new(exercise.solution.clone());
    let prediction =
        RwSignal::new(state.progress.with_untracked(|p| p.exercise(&id.get_value()).prediction).unwrap_or_default());
    let check = move || {
        let in_flight = in_flight.get_value();
        if state.busy.get_untracked() {
            return;
        }
        let Some(mut source) = editor.with_value(|e| e.as_ref().map(js::Editor::text)) else { return };
        if is_predict {
            // Prediction first: nothing runs (and nothing is revealed) before a prediction is made.
            let typed = prediction.get_untracked();
            let lines = course::predict::prediction_lines(&typed);
            if !lines.is_empty() {
                if let Some(filled) = course::predict::fill_prediction(&source, &lines) {
                    source = filled;
                }
            } else if course::predict::is_unpredicted(&source) {
                status.set(Status::NeedsPrediction);
                return;
            }
        }
        state.busy.set(true);
        in_flight.store(true, Ordering::Relaxed);
        status.set(Status::Running);
        crate::components::live::follow(live, move || status.try_with(|s| *s == Status::Running).unwrap_or(false));
        state.progress.update(|p| p.exercise_mut(&id.get_value()).attempts += 1);
        spawn_local(async move {
            let result = js::grade(&source, &checks_json.get_value()).await;
            let _ = state.busy.try_set(false);
            in_flight.store(false, Ordering::Relaxed);
            let next = match result {
                Ok(json) => match serde_json::from_str::<Graded>(&json) {
                    Ok(graded) => {
                        let mut marks = graded.report.diagnostics.clone();
                        if let Some(site) = crate::panic::find(&graded.report.stderr, crate::panic::FILE) {
                            let message = format!("the program panicked here: {}", site.message);
                            marks.push(grader::Diagnostic::error(
                                "panic",
                                message,
                                grader::Pos { line: site.line, column: site.column },
                            ));
                        }
                        editor.try_with_value(|e| e.as_ref().map(|e| e.show_diagnostics(&marks)));
                        if graded.passed {
                            state.progress.update(|p| p.exercise_mut(&id.get_value()).passed = true);
                        }
                        if let Some(reference) = reference.filter(|r| r.get_untracked().is_none()) {
                            spawn_local(run_reference(state, solution_src.get_value(), reference));
                        }
                        Status::Graded(graded)
                    }
                    Err(_) => Status::Failed(error_of(&json)),
                },
                Err(js::GraderError::Stopped) => Status::Stopped,
                Err(js::GraderError::Failed(message)) => Status::Failed(message),
            };
            let _ = status.try_set(next);
        });
    };
    let reset = move |_| {
        // The code being replaced is kept among the other versions (the page offers it back).
        let current = editor.with_value(|e| e.as_ref().map(js::Editor::text));
        if let Some(current) = current.filter(|c| starter.with_value(|s| s != c)) {
            state.progress.update(|p| {
                let e = p.exercise_mut(&id.get_value());
                e.other_code.retain(|o| *o != current);
                e.other_code.insert(0, current);
            });
        }
        editor.with_value(|e| {
            if let Some(e) = e {
                e.set_text(&starter.get_value());
                e.show_diagnostics(&[]);
            }
        });
        status.set(Status::Idle);
    };
    let goto = move |at: (u32, u32)| crate::components::editor::goto(editor, at);
    let progress = move || state.progress.with(|p| p.exercise(&id.get_value()));
    let passed = move || progress().passed;
    let explanation = exercise.explanation.clone();
    // A share link of this attempt (the code in the link, as the playground's).
    let share = RwSignal::new(None::<String>);
    let make_link = move |_| {
        let Some(code) = editor.with_value(|e| e.as_ref().map(js::Editor::text)) else { return };
        spawn_local(async move {
            if let Ok(encoded) = js::encode_share(&code).await {
                let href = Route::SharedAttempt(id.get_value(), encoded).href();
                let _ = share.try_set(Some(js::page_url(&href)));
            }
        });
    };
    let notice = state.notice.get_untracked();
    state.notice.set(None);
    let hint_count = exercise.hints.len();

    view! {
        <article class="page exercise" aria-labelledby="exercise-title">
            <nav class="breadcrumb" aria-label="Breadcrumb">
                <a href=Route::Map.href()>"Course map"</a>" › "
                <a href=Route::Lesson(exercise.lesson.clone()).href()>{lesson_title}</a>
            </nav>
            {notice.map(|n| view! { <p class="shared-note" role="status">{n}</p> })}
            <h1 id="exercise-title">
                {exercise.title.clone()}
                <span class="passed-badge" class:shown=passed>{move || if passed() { " ✓ passed" } else { "" }}</span>
            </h1>
            <div class="exercise-layout">
                <div class="exercise-text">
                    <MarkdownView markdown=exercise.prompt.clone() class="prompt"/>
                    <Hints
                        hints=exercise.hints.clone()
                        shown=Signal::derive(move || progress().hints_shown)
                        on_reveal=move |_| state.progress.update(|p| p.exercise_mut(&id.get_value()).hints_shown += 1)
                    />
                    <Solution
                        solution=exercise.solution.clone()
                        tried=Signal::derive(move || progress().attempts > 0)
                        shown=Signal::derive(move || progress().solution_shown)
                        on_show=move |_| state.progress.update(|p| p.exercise_mut(&id.get_value()).solution_shown = true)
                        on_load=move |code: String| editor.with_value(|e| if let Some(e) = e { e.set_text(&code) })
                    />
                    {move || {
                        let others = progress().other_code;
                        (!others.is_empty()).then(|| view! {
                            <details class="other-versions">
                                <summary>{format!("Other versions of your code ({}), kept by Reset, an import or a share link", others.len())}</summary>
                                {others.into_iter().enumerate().map(|(i, code)| {
                                    let shown = code.clone();
                                    view! {
                                        <div class="other-version">
                                            <pre class="code">{shown}</pre>
                                            <button class="secondary use-version" on:click=move |_| {
                                                // Swap: the chosen version becomes the code, the current one is kept.
                                                let current = editor.with_value(|e| e.as_ref().map(js::Editor::text)).unwrap_or_default();
                                                state.progress.update(|p| {
                                                    let e = p.exercise_mut(&id.get_value());
                                                    if i < e.other_code.len() {
                                                        e.other_code[i] = current;
                                                    }
                                                });
                                                editor.with_value(|e| if let Some(e) = e { e.set_text(&code) });
                                            }>"Use this version (yours now is kept here)"</button>
                                        </div>
                                    }
                                }).collect_view()}
                            </details>
                        })
                    }}
                    {move || passed().then(|| view! {
                        <section class="explanation" aria-label="Explanation"><h2>"Why it works"</h2><MarkdownView markdown=explanation.clone()/></section>
                    })}
                </div>
                <div class="exercise-work">
                    <Editor handle=editor initial label=format!("Code editor: {}", exercise.title) on_change=save_code on_check=move |_| check()
                        on_cursor=move |line| cursor_line.set(Some(line))/>
                    {is_predict.then(|| view! {
                        <label class="prediction">
                            <span>"Your prediction: the lines you expect the program to print, in order, one per line"</span>
                            <textarea rows="8" spellcheck="false" placeholder="first line\nsecond line\n…"
                                prop:value=move || prediction.get()
                                on:input=move |ev| {
                                    let text = event_target_value(&ev);
                                    prediction.set(text.clone());
                                    state.progress.update(|p| p.exercise_mut(&id.get_value()).prediction = (!text.is_empty()).then_some(text));
                                }></textarea>
                        </label>
                    })}
                    <div class="toolbar" role="group" aria-label="Exercise actions">
                        <RunButtons class="check primary" label=if is_predict { "Check my prediction" } else { "Check" }
                            keys="Control+Enter Meta+Enter" running=Signal::derive(running) on_run=check/>
                        <button class="reset secondary" on:click=reset aria-label="Reset the code to the starter">"Reset"</button>
                        <button class="share secondary" on:click=make_link aria-label="Share this attempt as a link">"Share"</button>
                    </div>
                    {move || share.get().map(|url| view! { <crate::components::share::ShareBox url/> })}
                    <Results status on_goto=goto live=Signal::derive(move || live.get())
                        feedback=Feedback {
                            predict: is_predict.then_some(Prediction {
                                typed: prediction.into(),
                                revealed: Signal::derive(move || progress().run_revealed),
                                on_reveal: Callback::new(move |_| state.progress.update(|p| p.exercise_mut(&id.get_value()).run_revealed = true)),
                            }),
                            hints_left: Signal::derive(move || progress().hints_shown < hint_count),
                            on_hint: Callback::new(move |_| state.progress.update(|p| p.exercise_mut(&id.get_value()).hints_shown += 1)),
                            cursor_line: cursor_line.into(),
                            reference: reference.map(Into::into),
                            next: next_ex.clone().map(|(id, title)| StoredValue::new((Route::Exercise(id).href(), title))),
                        }/>
                </div>
            </div>
            <nav class="prev-next" aria-label="Exercises">
                {prev_ex.map(|(id, title)| view! { <a class="prev" href=Route::Exercise(id).href()>{format!("← {title}")}</a> })}
                {next_ex.map(|(id, title)| view! { <a class="next" href=Route::Exercise(id).href()>{format!("Next exercise: {title} →")}</a> })}
            </nav>
        </article>
    }
    .into_any()
}

/// Run the reference solution in the worker and keep its timeline (when the grader is free:
/// one request at a time; a learner's Check meanwhile simply goes first next time).
async fn run_reference(
    state: crate::state::AppState,
    solution: String,
    reference: RwSignal<Option<grader::timeline::Timeline>>,
) {
    if state.busy.get_untracked() {
        return;
    }
    state.busy.set(true);
    let result = js::run(&solution).await;
    let _ = state.busy.try_set(false);
    if let Ok(report) = result.as_deref().map(serde_json::from_str::<grader::Report>) {
        if let Some(t) = report.ok().and_then(|r| r.timeline) {
            let _ = reference.try_set(Some(*t));
        }
    }
}

/// The message of a `{"error": ...}` answer from the worker.
fn error_of(json: &str) -> String {
    serde_json::from_str::<serde_json::Value>(json)
        .ok()
        .and_then(|v| v["error"].as_str().map(str::to_string))
        .unwrap_or_else(|| "unexpected answer from the grader".into())
}
