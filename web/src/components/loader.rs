//! A page's text, fetched when the page opens.
//!
//! The app embeds only the course's index (`course::Course::index`: ids, titles, order); each
//! lesson's and exercise's whole JSON is a file of the site (`course::lesson_page`,
//! `course::exercise_page`), read once per session and cached here. The URL carries the
//! index's version, so a page of another deploy is never read (the service worker caches
//! these files with the rest of the site, so they open offline too).

use std::cell::RefCell;
use std::collections::HashMap;

use leptos::prelude::*;
use leptos::task::spawn_local;
use serde::de::DeserializeOwned;

use crate::state::use_state;

thread_local! {
    static FETCHED: RefCell<HashMap<String, String>> = RefCell::new(HashMap::new());
}

/// The item stored at `path` on the site.
pub async fn fetch_page<T: DeserializeOwned>(path: &str, version: &str) -> Result<T, String> {
    let cached = FETCHED.with_borrow(|f| f.get(path).cloned());
    let json = match cached {
        Some(json) => json,
        None => {
            let json = crate::js::fetch_text(&format!("{path}?v={version}")).await?;
            FETCHED.with_borrow_mut(|f| f.insert(path.to_string(), json.clone()));
            json
        }
    };
    serde_json::from_str(&json).map_err(|e| format!("its data is malformed ({e})"))
}

/// Fetch `path`'s item, then show `page(item)`. Meanwhile the page says it is loading; when
/// the fetch fails, it says why, with a button to try again.
pub fn loaded<T, V>(path: String, page: impl Fn(T) -> V + Send + Sync + 'static) -> impl IntoView
where
    T: DeserializeOwned + Clone + Send + Sync + 'static,
    V: IntoView + 'static,
{
    let version = use_state().course.with_value(|c| c.version.clone());
    let result = RwSignal::new(None::<Result<T, String>>);
    let attempt = RwSignal::new(0u32);
    Effect::new(move |_| {
        attempt.track();
        let (path, version) = (path.clone(), version.clone());
        spawn_local(async move { result.set(Some(fetch_page(&path, &version).await)) });
    });
    move || match result.get() {
        None => view! { <p class="page-loading" aria-busy="true">"Loading…"</p> }.into_any(),
        Some(Ok(item)) => page(item).into_any(),
        Some(Err(reason)) => view! {
            <div class="page-load-error" role="alert">
                <p>{format!("This page could not be loaded: {reason}.")}</p>
                <button type="button" on:click=move |_| {
                    result.set(None);
                    attempt.update(|n| *n += 1);
                }>"Try again"</button>
            </div>
        }
        .into_any(),
    }
}
