//! The app's state, shared through context: the course, the route, the learner's progress.

use course::Course;
use gloo_storage::Storage;
use leptos::prelude::*;

use crate::progress::{self, Progress};
use crate::route::Route;

/// The course, embedded at build time by `cargo xtask serve|dist`
/// (which runs `course::load` and fails the build on broken content).
const COURSE_JSON: &str = include_str!(env!(
    "AWAIT_LAB_COURSE",
    "build the site with `cargo xtask serve` or `cargo xtask dist`: they embed the course"
));

#[derive(Clone, Copy)]
pub struct AppState {
    pub course: StoredValue<Course>,
    pub route: RwSignal<Route>,
    pub progress: RwSignal<Progress>,
    /// Is a request running in the grader's worker? (One at a time.)
    pub busy: RwSignal<bool>,
    /// A one-time message for the next page (an opened share link says what happened).
    pub notice: RwSignal<Option<String>>,
}

pub fn provide() -> Result<AppState, String> {
    let course = Course::from_json(COURSE_JSON)?;
    let restored = progress::restore(|key| gloo_storage::LocalStorage::raw().get_item(key).ok().flatten());
    if let Some((key, raw)) = &restored.backup {
        let _ = gloo_storage::LocalStorage::raw().set_item(key, raw);
    }
    let state = AppState {
        course: StoredValue::new(course),
        route: RwSignal::new(current_route()),
        progress: RwSignal::new(restored.progress),
        busy: RwSignal::new(false),
        notice: RwSignal::new(None),
    };
    // Save on every change; the first run writes what was just read, which is harmless.
    Effect::new(move |_| {
        let json = state.progress.with(Progress::to_json);
        let _ = gloo_storage::LocalStorage::raw().set_item(progress::KEY, &json);
    });
    provide_context(state);
    Ok(state)
}

pub fn use_state() -> AppState {
    expect_context::<AppState>()
}

pub fn current_route() -> Route {
    let hash = web_sys::window().and_then(|w| w.location().hash().ok()).unwrap_or_default();
    Route::parse(&hash)
}
