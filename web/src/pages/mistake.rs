//! A catalog mistake's documentation page (clippy's shape: what it does,
//! why it is bad, an example), reached from a diagnostic's code.

use leptos::prelude::*;

use crate::app::set_title;
use crate::components::markdown_view::MarkdownView;
use crate::pages::not_found::NotFound;
use crate::route::Route;

#[component]
pub fn MistakePage(#[prop(into)] code: String) -> impl IntoView {
    let Some(doc) = grader::lint::docs(&code) else {
        return view! { <NotFound hash=Route::Mistake(code).href()/> }.into_any();
    };
    set_title(&code);
    let lesson = grader::lint::catalog::entry(&code).map(|e| e.lesson).map(|id| {
        view! { <p><a href=Route::Lesson(id.to_string()).href()>"The lesson that teaches this"</a></p> }
    });
    view! {
        <div class="page mistake">
            <p><a href=Route::Map.href()>"Course map"</a></p>
            <MarkdownView markdown=doc.to_string()/>
            {lesson}
        </div>
    }
    .into_any()
}
