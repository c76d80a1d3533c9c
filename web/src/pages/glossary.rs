//! The glossary (`docs/glossary.md`): one entry per term, each with its own anchor, so
//! lessons link a term where it first appears (`#/glossary/waker`).

use leptos::prelude::*;

use crate::app::set_title;
use crate::components::markdown_view::MarkdownView;
use crate::route::Route;
use crate::state::use_state;

#[component]
pub fn GlossaryPage(term: Option<String>) -> impl IntoView {
    set_title("Glossary");
    let state = use_state();
    let entries = state.course.with_value(|c| course::glossary_entries(&c.glossary));
    let items = entries
        .into_iter()
        .map(|(anchor, name, body)| {
            let current = term.as_deref() == Some(anchor.as_str());
            let id = format!("term-{anchor}");
            let href = Route::Glossary(Some(anchor.clone())).href();
            view! {
                <section class="glossary-entry" class:current=current id=id data-term=anchor>
                    <h2><a href=href>{name}</a></h2>
                    <MarkdownView markdown=body/>
                </section>
            }
        })
        .collect_view();
    // Scroll to the linked entry once the page is in the document.
    if let Some(anchor) = term {
        request_animation_frame(move || {
            if let Some(el) = web_sys::window()
                .and_then(|w| w.document())
                .and_then(|d| d.get_element_by_id(&format!("term-{anchor}")))
            {
                el.scroll_into_view();
            }
        });
    }
    view! {
        <div class="page glossary">
            <nav class="breadcrumb" aria-label="Breadcrumb"><a href=Route::Map.href()>"Course map"</a></nav>
            <h1>"Glossary"</h1>
            <p class="lead">"The words of async Rust, in a few lines each, with the lesson that explains them."</p>
            {items}
        </div>
    }
}
