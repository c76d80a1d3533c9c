//! Markdown shown as HTML (prompts, hints, explanations, lesson text).

use leptos::prelude::*;

use crate::markdown;

/// Render `markdown` (code highlighted, no Run buttons).
#[component]
pub fn MarkdownView(#[prop(into)] markdown: String, #[prop(optional, into)] class: String) -> impl IntoView {
    let html = markdown::to_html(&markdown);
    view! { <div class=format!("prose {class}") inner_html=html></div> }
}
