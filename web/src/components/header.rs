//! The site header: name (a link to the course map), the site's sections, and overall progress.

use leptos::prelude::*;

use crate::route::Route;
use crate::state::use_state;

#[component]
pub fn Header() -> impl IntoView {
    let state = use_state();
    let total = state.course.with_value(|c| c.exercises.len());
    let passed = move || {
        let ids: Vec<String> = state.course.with_value(|c| c.exercises.iter().map(|e| e.id.clone()).collect());
        state.progress.with(|p| ids.iter().filter(|id| p.exercise(id).passed).count())
    };
    view! {
        <header class="site-header">
            <a class="site-name" href=Route::Map.href()>"Await Lab"</a>
            <nav class="site-nav" aria-label="Site">
                <a href=Route::Map.href()>"Course"</a>
                <a href=Route::Play(None).href()>"Playground"</a>
                <a href=Route::Mistakes.href()>"Mistakes"</a>
                <a href=Route::Glossary(None).href()>"Glossary"</a>
            </nav>
            <span class="site-progress" aria-label=move || format!("{} of {total} exercises passed", passed())>
                {move || format!("{} / {total} exercises passed", passed())}
            </span>
        </header>
    }
}
