//! A route or id the course does not have.

use leptos::prelude::*;

use crate::app::set_title;
use crate::route::Route;

#[component]
pub fn NotFound(#[prop(into)] hash: String) -> impl IntoView {
    set_title("Not found");
    view! {
        <div class="page">
            <h1>"Not found"</h1>
            <p>{format!("Nothing in this course lives at “{hash}”.")}</p>
            <p><a href=Route::Map.href()>"Back to the course map"</a></p>
        </div>
    }
}
