//! The course map: lessons in order, their exercises, the learner's marks, where to continue,
//! and the learner's progress as a file (export, import, reset with undo).

use gloo_storage::Storage;
use leptos::prelude::*;

use crate::app::set_title;
use crate::route::Route;
use crate::state::use_state;

#[component]
pub fn MapPage() -> impl IntoView {
    set_title("");
    let state = use_state();
    let lessons = state.course.with_value(|course| {
        course
            .lessons
            .iter()
            .enumerate()
            .map(|(idx, lesson)| {
                let exercises: Vec<(String, String)> = lesson
                    .exercises
                    .iter()
                    .map(|id| (id.clone(), course.exercise(id).map_or_else(|| id.clone(), |e| e.title.clone())))
                    .collect();
                (idx + 1, lesson.id.clone(), lesson.title.clone(), lesson.minutes, lesson.goal.clone(), exercises)
            })
            .collect::<Vec<_>>()
    });
    let items = lessons
        .into_iter()
        .map(|(number, id, title, minutes, goal, exercises)| {
            let read_id = id.clone();
            let read = Memo::new(move |_| state.progress.with(|p| p.lessons_read.contains(&read_id)));
            let exercises = exercises
                .into_iter()
                .map(|(ex_id, ex_title)| {
                    let passed_id = ex_id.clone();
                    let passed = Memo::new(move |_| state.progress.with(|p| p.exercise(&passed_id).passed));
                    view! {
                        <li class="map-exercise" class:passed=passed>
                            <span class="mark" aria-hidden="true">{move || if passed.get() { "✓" } else { "○" }}</span>
                            <a href=Route::Exercise(ex_id.clone()).href()>{ex_title}</a>
                            <span class="visually-hidden">{move || if passed.get() { " (passed)" } else { " (not passed yet)" }}</span>
                        </li>
                    }
                })
                .collect_view();
            view! {
                <li class="map-lesson" data-lesson=id.clone()>
                    <div class="map-lesson-head">
                        <span class="lesson-number" aria-hidden="true">{number}</span>
                        <a class="lesson-link" href=Route::Lesson(id.clone()).href()>{title}</a>
                        <span class="muted">{format!("{minutes} min")}</span>
                        <span class="read-mark" class:read=read>{move || if read.get() { "read" } else { "" }}</span>
                    </div>
                    <p class="goal" inner_html=crate::markdown::inline_html(&goal)></p>
                    <ul class="map-exercises" aria-label="Exercises">{exercises}</ul>
                </li>
            }
        })
        .collect_view();
    // Where the learner was last, by its route, if it still exists.
    let resume = state.progress.with_untracked(|p| p.last_page.clone()).and_then(|href| {
        let title = state.course.with_value(|c| match Route::parse(&href) {
            Route::Lesson(id) => c.lesson(&id).map(|l| format!("lesson: {}", l.title)),
            Route::Exercise(id) => c.exercise(&id).map(|e| format!("exercise: {}", e.title)),
            _ => None,
        })?;
        Some(view! { <p class="resume"><a href=href>{format!("Continue where you left off, {title} →")}</a></p> })
    });
    view! {
        <div class="page map">
            <h1>"Await Lab"</h1>
            <p class="lead">"An interactive course in async Rust. Read a lesson, edit the code, press Check: your program runs right here in the browser, in a simulated tokio runtime with a virtual clock."</p>
            {resume}
            <ol class="map-lessons" aria-label="Lessons">{items}</ol>
            <ProgressTools/>
        </div>
    }
}

/// Export, import (merging) and reset (with undo) of the learner's progress.
#[component]
fn ProgressTools() -> impl IntoView {
    use crate::progress::Progress;
    use crate::progress_file;
    let state = use_state();
    let message = RwSignal::new(None::<(bool, String)>);
    let undo = StoredValue::new(None::<Progress>);
    let export = move |_| {
        let text = state.progress.with(|p| progress_file::export(p, js_sys::Date::now() as u64));
        crate::js::download_file("await-lab-progress.json", "application/json", &text);
    };
    let import = move |ev: leptos::ev::Event| {
        use wasm_bindgen::JsCast;
        let Some(input) = ev.target().and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok()) else { return };
        let Some(file) = input.files().and_then(|f| f.get(0)) else { return };
        input.set_value("");
        leptos::task::spawn_local(async move {
            let text = wasm_bindgen_futures::JsFuture::from(file.text()).await.ok().and_then(|v| v.as_string());
            let Some(text) = text else {
                message.set(Some((false, "The file could not be read.".into())));
                return;
            };
            let here = state.progress.get_untracked();
            match progress_file::import(&here, &text) {
                Ok(m) => {
                    undo.set_value(Some(here));
                    state.progress.set(m.progress);
                    let kept = if m.both_kept.is_empty() {
                        String::new()
                    } else {
                        format!(" Both versions of your code were kept for {} (the newer is active; the exercise page offers the other).", m.both_kept.join(", "))
                    };
                    message.set(Some((
                        true,
                        format!("Imported: {} exercises new to this browser.{kept}", m.new_exercises),
                    )));
                }
                Err(e) => message.set(Some((false, format!("Nothing was imported: {e}.")))),
            }
        });
    };
    let reset = move |_| {
        let sure = web_sys::window()
            .and_then(|w| {
                w.confirm_with_message(
                    "Reset all progress (code, passes, hints, predictions)? You can undo it right after.",
                )
                .ok()
            })
            .unwrap_or(false);
        if sure {
            let before = state.progress.get_untracked();
            let _ = gloo_storage::LocalStorage::raw()
                .set_item(&format!("{}/before-reset", crate::progress::KEY), &before.to_json());
            undo.set_value(Some(before));
            state.progress.set(Progress::default());
            message.set(Some((true, "Progress reset.".into())));
        }
    };
    let undo_last = move |_| {
        if let Some(before) = undo.get_value() {
            state.progress.set(before);
            undo.set_value(None);
            message.set(Some((true, "Undone: your progress is back.".into())));
        }
    };
    view! {
        <section class="progress-tools" aria-label="Your progress">
            <h2>"Your progress"</h2>
            <p class="muted">"It lives in this browser. Export it to a file to carry it to another browser or to terminal mode; importing merges, and never drops code."</p>
            <div class="toolbar">
                <button class="secondary export-progress" on:click=export>"Export progress"</button>
                <label class="import-progress secondary-button">"Import progress… "
                    <input type="file" accept="application/json,.json" on:change=import/>
                </label>
                <button class="secondary reset-progress" on:click=reset>"Reset progress"</button>
            </div>
            {move || message.get().map(|(ok, text)| view! {
                <p class=if ok { "progress-message good" } else { "progress-message bad" } role="status">
                    {text}
                    {undo.with_value(Option::is_some).then(|| view! { " " <button class="secondary undo-progress" on:click=undo_last>"Undo"</button> })}
                </p>
            })}
        </section>
    }
}
