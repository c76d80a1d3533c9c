//! The course map: lessons in order, their exercises, and the learner's marks.

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
        </div>
    }
}
