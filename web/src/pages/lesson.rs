//! A lesson: its markdown (code blocks highlighted, runnable ones with Run), then its exercises.

use leptos::prelude::*;

use crate::app::set_title;
use crate::components::code_block::CodeBlockView;
use crate::components::loader::loaded;
use crate::components::markdown_view::MarkdownView;
use crate::markdown::{self, Segment};
use crate::pages::not_found::NotFound;
use crate::route::Route;
use crate::state::use_state;

#[component]
pub fn LessonPage(
    id: String,
    /// The instructor's view: the speaker notes beside the lesson instead of behind a toggle.
    #[prop(optional)]
    notes_beside: bool,
) -> impl IntoView {
    if use_state().course.with_value(|c| c.lesson(&id).is_none()) {
        return view! { <NotFound hash=Route::Lesson(id).href()/> }.into_any();
    }
    loaded(course::lesson_page(&id), move |lesson| view! { <LessonView lesson notes_beside/> }).into_any()
}

/// The page, once the lesson's whole text has been fetched.
#[component]
fn LessonView(lesson: course::Lesson, notes_beside: bool) -> impl IntoView {
    let state = use_state();
    let id = lesson.id.clone();
    set_title(&lesson.title);
    crate::js::warm_up();
    state.progress.update(|p| {
        p.lessons_read.insert(id.clone());
        p.last_page = Some(Route::Lesson(id.clone()).href());
    });
    let (prev, next) = state.course.with_value(|c| {
        let idx = c.lessons.iter().position(|l| l.id == id).unwrap_or(0);
        let link = |i: Option<usize>| i.and_then(|i| c.lessons.get(i)).map(|l| (l.id.clone(), l.title.clone()));
        (link(idx.checked_sub(1)), link(Some(idx + 1)))
    });
    let body = markdown::segments(markdown::without_title(&lesson.markdown))
        .into_iter()
        .map(|segment| match segment {
            Segment::Html(html) => view! { <div class="prose" inner_html=html></div> }.into_any(),
            Segment::Code(block) => view! { <CodeBlockView block/> }.into_any(),
        })
        .collect_view();
    let exercises = state.course.with_value(|c| {
        lesson
            .exercises
            .iter()
            .filter_map(|ex| c.exercise(ex))
            .map(|ex| {
                let ex_id = ex.id.clone();
                let passed = Memo::new(move |_| state.progress.with(|p| p.exercise(&ex_id).passed));
                view! {
                    <li class:passed=passed>
                        <span class="mark" aria-hidden="true">{move || if passed.get() { "✓" } else { "○" }}</span>
                        <a href=Route::Exercise(ex.id.clone()).href()>{ex.title.clone()}</a>
                    </li>
                }
            })
            .collect_view()
    });
    let notes_href = Route::LessonNotes(id.clone()).href();
    let lesson_href = Route::Lesson(id.clone()).href();
    let (notes, aside) = match lesson.speaker_notes.clone() {
        Some(notes) if notes_beside => (
            None,
            Some(view! {
                <aside class="notes-beside" aria-label="Instructor notes">
                    <h2>"Instructor notes"</h2>
                    <p><a href=lesson_href>"Back to the learner's view"</a></p>
                    <MarkdownView markdown=notes/>
                </aside>
            }),
        ),
        Some(notes) => (
            Some(view! {
                <details class="speaker-notes"><summary>"Instructor notes"</summary>
                    <p><a class="notes-view" href=notes_href>"Open the instructor view (notes beside the lesson)"</a></p>
                    <MarkdownView markdown=notes/>
                </details>
            }),
            None,
        ),
        None => (None, None),
    };
    let article = view! {
        <article class="page lesson" aria-labelledby="lesson-title">
            <nav class="breadcrumb" aria-label="Breadcrumb"><a href=Route::Map.href()>"Course map"</a></nav>
            <h1 id="lesson-title">{lesson.title.clone()}</h1>
            <p class="lesson-meta muted">
                <span>{format!("{} min · ", lesson.minutes)}</span>
                <span inner_html=markdown::inline_html(&lesson.goal)></span>
            </p>
            {body}
            <section class="lesson-exercises" aria-label="Exercises">
                <h2>"Exercises"</h2>
                <ul>{exercises}</ul>
            </section>
            {notes}
            <nav class="prev-next" aria-label="Lessons">
                {prev.map(|(id, title)| view! { <a class="prev" href=Route::Lesson(id).href()>{format!("← {title}")}</a> })}
                {next.map(|(id, title)| view! { <a class="next" href=Route::Lesson(id).href()>{format!("{title} →")}</a> })}
            </nav>
        </article>
    };
    match aside {
        Some(aside) => view! { <div class="with-notes">{article}{aside}</div> }.into_any(),
        None => article.into_any(),
    }
}
