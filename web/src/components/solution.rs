//! The reference solution: offered only after the learner has tried, and shown after a confirmation.

use leptos::prelude::*;

use crate::components::markdown_view::MarkdownView;

#[component]
pub fn Solution(
    solution: String,
    /// Has the learner run Check at least once?
    #[prop(into)]
    tried: Signal<bool>,
    #[prop(into)] shown: Signal<bool>,
    #[prop(into)] on_show: Callback<()>,
    #[prop(into)] on_load: Callback<String>,
) -> impl IntoView {
    let solution = StoredValue::new(solution);
    let ask = move |_| {
        let confirmed = web_sys::window()
            .and_then(|w| w.confirm_with_message("Show the solution? Working it out yourself teaches more.").ok())
            .unwrap_or(false);
        if confirmed {
            on_show.run(());
        }
    };
    view! {
        <section class="solution" aria-label="Solution">
            <h2>"Solution"</h2>
            {move || if shown.get() {
                let code = solution.get_value();
                view! {
                    <MarkdownView markdown=format!("```rust\n{code}\n```")/>
                    <button class="secondary" on:click=move |_| on_load.run(solution.get_value())>"Put the solution in the editor"</button>
                }.into_any()
            } else if tried.get() {
                view! { <button class="secondary" on:click=ask>"Show the solution…"</button> }.into_any()
            } else {
                view! { <p class="muted">"The solution is offered after you have pressed Check at least once."</p> }.into_any()
            }}
        </section>
    }
}
