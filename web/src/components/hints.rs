//! Hints, revealed one at a time (how many are shown is saved with the progress).

use leptos::prelude::*;

use crate::components::markdown_view::MarkdownView;

#[component]
pub fn Hints(
    hints: Vec<String>,
    #[prop(into)] shown: Signal<usize>,
    #[prop(into)] on_reveal: Callback<()>,
) -> impl IntoView {
    let total = hints.len();
    let hints = StoredValue::new(hints);
    view! {
        <section class="hints" aria-label="Hints">
            <h2>"Hints"</h2>
            {move || {
                let n = shown.get().min(total);
                hints.with_value(|hints| {
                    hints[..n]
                        .iter()
                        .enumerate()
                        .map(|(i, hint)| view! {
                            <div class="hint"><span class="hint-number">{format!("Hint {}", i + 1)}</span><MarkdownView markdown=hint.clone()/></div>
                        })
                        .collect_view()
                })
            }}
            {move || {
                let n = shown.get();
                if total == 0 {
                    view! { <p class="muted">"This exercise has no hints."</p> }.into_any()
                } else if n < total {
                    view! {
                        <button class="secondary" on:click=move |_| on_reveal.run(())>
                            {format!("Show hint {} of {total}", n + 1)}
                        </button>
                    }
                    .into_any()
                } else {
                    view! { <p class="muted">"No more hints."</p> }.into_any()
                }
            }}
        </section>
    }
}
