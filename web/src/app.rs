//! The root component: state, routing by `location.hash`, page layout.

use leptos::prelude::*;

use crate::components::header::Header;
use crate::pages::{
    exercise::ExercisePage, glossary::GlossaryPage, lesson::LessonPage, map::MapPage, mistake::MistakePage,
    mistakes::MistakesPage, not_found::NotFound, play::PlayPage,
};
use crate::route::Route;
use crate::state;

/// Install the panic hook and mount the app on `<body>`.
pub fn mount() {
    console_error_panic_hook::set_once();
    leptos::mount::mount_to_body(App);
}

#[component]
fn App() -> impl IntoView {
    let state = match state::provide() {
        Ok(state) => state,
        Err(message) => {
            return view! { <main class="page"><h1>"The course could not be loaded"</h1><pre>{message}</pre></main> }
                .into_any()
        }
    };
    let listener = window_event_listener(leptos::ev::hashchange, move |_| {
        state.route.set(state::current_route());
        // A new page starts at the top, with focus on its content for keyboard and screen-reader users.
        if let Some(window) = web_sys::window() {
            window.scroll_to_with_x_and_y(0.0, 0.0);
            if let Some(main) = window.document().and_then(|d| d.get_element_by_id("main")) {
                use wasm_bindgen::JsCast;
                let _ = main.unchecked_into::<web_sys::HtmlElement>().focus();
            }
        }
    });
    on_cleanup(move || listener.remove());
    let page = move || match state.route.get() {
        Route::Map => view! { <MapPage/> }.into_any(),
        Route::Lesson(id) => view! { <LessonPage id/> }.into_any(),
        Route::LessonNotes(id) => view! { <LessonPage id notes_beside=true/> }.into_any(),
        Route::Exercise(id) => view! { <ExercisePage id/> }.into_any(),
        Route::SharedAttempt(id, code) => view! { <crate::components::share::OpenSharedAttempt id code/> }.into_any(),
        Route::Mistake(code) => view! { <MistakePage code/> }.into_any(),
        Route::Mistakes => view! { <MistakesPage/> }.into_any(),
        Route::Glossary(term) => view! { <GlossaryPage term/> }.into_any(),
        Route::Play(code) => view! { <PlayPage shared=code/> }.into_any(),
        Route::NotFound(hash) => view! { <NotFound hash/> }.into_any(),
    };
    view! {
        <Header/>
        <main id="main" tabindex="-1">{page}</main>
    }
    .into_any()
}

/// Set the document's title (`<page> · Await Lab`).
pub fn set_title(page: &str) {
    if let Some(document) = web_sys::window().and_then(|w| w.document()) {
        document.set_title(&if page.is_empty() { "Await Lab".to_string() } else { format!("{page} · Await Lab") });
    }
}
