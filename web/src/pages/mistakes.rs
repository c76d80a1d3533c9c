//! Every async mistake the grader names: one line each, its page, and the lesson that teaches it.

use leptos::prelude::*;

use crate::app::set_title;
use crate::route::Route;
use crate::state::use_state;

#[component]
pub fn MistakesPage() -> impl IntoView {
    set_title("Async mistakes");
    let state = use_state();
    let rows = grader::lint::catalog::ENTRIES
        .iter()
        .map(|e| {
            let lesson = state.course.with_value(|c| c.lesson(e.lesson).map(|l| l.title.clone()));
            view! {
                <li class="mistake-row" data-code=e.code>
                    <a class="code" href=Route::Mistake(e.code.to_string()).href()><code>{e.code}</code></a>
                    {e.rustc.map(|r| view! { <span class="rustc muted">{format!(" (rustc {r})")}</span> })}
                    <span class="why">{format!(": {}", e.why)}</span>
                    {lesson.map(|title| view! {
                        " "<a class="lesson" href=Route::Lesson(e.lesson.to_string()).href()>{format!("Lesson: {title}")}</a>
                    })}
                </li>
            }
        })
        .collect_view();
    view! {
        <div class="page mistakes">
            <nav class="breadcrumb" aria-label="Breadcrumb"><a href=Route::Map.href()>"Course map"</a></nav>
            <h1>"Async mistakes"</h1>
            <p class="lead">{format!(
                "The {} mistakes the grader recognises in a run or in the code, each with why it goes wrong, how to fix it, and the lesson that teaches it.",
                grader::lint::catalog::ENTRIES.len()
            )}</p>
            <ul class="mistake-index">{rows}</ul>
        </div>
    }
}
