//! A share link, shown: the address (selected on focus), Copy, and whether it is short enough
//! for chat tools. The playground and the exercise page share code this way.

use leptos::prelude::*;

/// Links longer than this get cut by some chat tools and mail clients (and some proxies still
/// keep old browsers' 2,083-character limit): the box says so plainly.
pub const LONG_LINK: usize = 2_000;

#[component]
pub fn ShareBox(#[prop(into)] url: String) -> impl IntoView {
    let len = url.chars().count();
    let long = len > LONG_LINK;
    let note = if long {
        format!("This link is {len} characters long: some chat tools and mail clients cut links over about {LONG_LINK}. It works when pasted whole; for a long program, send the file instead.")
    } else {
        format!("{len} characters: short enough for chat tools.")
    };
    let copy_url = url.clone();
    view! {
        <div class="share-box" class:long=long>
            <label>"Share link "
                <input class="share-url" readonly prop:value=url on:focus=|ev| {
                    use wasm_bindgen::JsCast;
                    if let Some(i) = ev.target().and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok()) {
                        i.select();
                    }
                }/>
            </label>
            <button class="secondary copy-link" on:click=move |_| crate::js::copy_text(&copy_url)>"Copy"</button>
            <p class="share-note">{note}</p>
        </div>
    }
}

/// Open a shared attempt (`#/exercise/ID/code/CODE`): the code becomes the exercise's code,
/// the learner's own (if different) is kept among its other versions, then the exercise opens.
#[component]
pub fn OpenSharedAttempt(id: String, code: String) -> impl IntoView {
    let state = crate::state::use_state();
    let problem = RwSignal::new(None::<String>);
    let exists = state.course.with_value(|c| c.exercise(&id).is_some());
    if exists {
        let id = id.clone();
        leptos::task::spawn_local(async move {
            match crate::js::decode_share(&code).await {
                Ok(shared) => {
                    let _ = state.progress.try_update(|p| {
                        let e = p.exercise_mut(&id);
                        if let Some(mine) = e.code.take().filter(|mine| *mine != shared) {
                            e.other_code.insert(0, mine);
                        }
                        e.code = Some(shared);
                        e.saved_ms = Some(js_sys::Date::now() as u64);
                    });
                    let _ = state.notice.try_set(Some(
                        "Opened an attempt from a share link. If you had code here, it is kept under “Other versions of your code”.".into(),
                    ));
                    if let Some(w) = web_sys::window() {
                        let _ = w.location().replace(&crate::route::Route::Exercise(id).href());
                    }
                }
                Err(e) => {
                    let _ = problem.try_set(Some(format!("This share link cannot be read: {e}")));
                }
            }
        });
    } else {
        problem.set(Some(format!("This share link is for an exercise this course does not have (`{id}`).")));
    }
    view! {
        <div class="page">
            {move || match problem.get() {
                None => view! { <p class="muted">"Opening the shared attempt…"</p> }.into_any(),
                Some(p) => view! {
                    <p class="status bad">{p}</p>
                    <p><a href=crate::route::Route::Map.href()>"Back to the course map"</a></p>
                }.into_any(),
            }}
        </div>
    }
}
