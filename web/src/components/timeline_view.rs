//! The timeline under a run's result: the picture (SVG from `crate::timeline`), the axis
//! switch, a stepper over the events, the deadlock's wait-for cycle, a table for screen
//! readers, and Download as SVG.
//!
//! The SVG is one string set as inner HTML (the same string Download saves); clicks and
//! keys are delegated from its box: any element with `data-mark` selects that event, any
//! with `data-line` also moves the code's cursor there. Highlights (the selected event, the
//! marks of the cursor's line) are a small `<style>` scoped to this timeline's id, so the
//! picture is not rebuilt when the cursor moves.

use grader::timeline::{Deadlock, Timeline};
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::timeline::{self as tl, Axis};

/// A number per timeline on the page, for its element ids.
fn next_id() -> usize {
    use std::sync::atomic::{AtomicUsize, Ordering};
    static NEXT: AtomicUsize = AtomicUsize::new(1);
    NEXT.fetch_add(1, Ordering::Relaxed)
}

#[component]
pub fn TimelineView(
    timeline: Timeline,
    /// Move the code's cursor to `(line, column)`.
    #[prop(into)]
    on_goto: Callback<(u32, u32)>,
    /// The line the code's cursor is on: its marks are highlighted.
    #[prop(optional, into)]
    cursor_line: Option<Signal<Option<u32>>>,
    /// The heading (`Timeline`, `Your run`, `Reference solution`).
    #[prop(into)]
    title: String,
    /// Time that the width stands for (to share an axis with another timeline); 0 for this run's own.
    #[prop(optional, into)]
    scale_ns: Option<Signal<u64>>,
    /// The axis, when shared with another timeline.
    #[prop(optional)]
    axis: Option<RwSignal<Axis>>,
) -> impl IntoView {
    let id = format!("tl{}", next_id());
    let t = StoredValue::new(timeline);
    let axis = axis.unwrap_or_else(|| RwSignal::new(t.with_value(tl::default_axis)));
    let scale = move || scale_ns.map(|s| s.get()).unwrap_or(0);
    let selected = RwSignal::new(None::<usize>);
    let n_marks = t.with_value(|t| t.marks.len());
    let summary = t.with_value(|t| {
        let tasks = t.lanes.len();
        let mut s = format!(
            "{tasks} {} · {} of virtual time · {} events",
            if tasks == 1 { "task" } else { "tasks" },
            tl::ms(t.end_ns),
            t.events
        );
        if t.truncated {
            s.push_str(&format!(" (the first {} are shown)", t.marks.len()));
        }
        s
    });
    let layout = Memo::new(move |_| t.with_value(|t| tl::layout(t, axis.get(), scale())));
    let svg_html = Memo::new({
        let title = title.clone();
        move |_| layout.with(|l| tl::svg(l, &format!("{title}: one lane per task")))
    });
    // Highlights: the selected event and its line, and the marks on the cursor's line.
    let style = {
        let id = id.clone();
        move || {
            let mut css = String::new();
            if let Some(line) = cursor_line.and_then(|c| c.get()) {
                css.push_str(&format!(
                    "#{id} .timeline-picture [data-mark][data-line=\"{line}\"] > :not(title, text), #{id} .timeline-picture rect[data-mark][data-line=\"{line}\"] {{ stroke: var(--focus); stroke-width: 2.5px; }}"
                ));
            }
            if let Some(i) = selected.get() {
                css.push_str(&format!(
                    "#{id} .timeline-picture [data-mark=\"{i}\"] > :not(title, text), #{id} .timeline-picture rect[data-mark=\"{i}\"] {{ stroke: var(--accent); stroke-width: 3px; }}"
                ));
            }
            css
        }
    };
    let cursor_x = move || {
        let i = selected.get()?;
        let x = t.with_value(|t| tl::Xs::new(t, axis.get(), scale()).of(i));
        Some(x)
    };
    let select = move |i: usize, goto: bool| {
        let i = i.min(n_marks.saturating_sub(1));
        selected.set(Some(i));
        if goto {
            if let Some(line) = t.with_value(|t| t.marks.get(i).and_then(|m| m.line)) {
                on_goto.run((line, 1));
            }
        }
    };
    // Clicks and keys on the picture: the element under them that names a mark or a line.
    let target_of = |ev: &web_sys::Event| -> Option<(Option<usize>, Option<u32>)> {
        let el = ev.target()?.dyn_into::<web_sys::Element>().ok()?;
        let hit = el.closest("[data-mark], [data-line]").ok()??;
        let mark = hit.get_attribute("data-mark").and_then(|m| m.parse().ok());
        let line = hit.get_attribute("data-line").and_then(|l| l.parse().ok());
        Some((mark, line))
    };
    let activate = move |mark: Option<usize>, line: Option<u32>| {
        if let Some(i) = mark {
            selected.set(Some(i));
        }
        if let Some(line) = line {
            on_goto.run((line, 1));
        }
    };
    let on_click = move |ev: web_sys::MouseEvent| {
        if let Some((mark, line)) = target_of(&ev) {
            activate(mark, line);
        }
    };
    let on_key = move |ev: web_sys::KeyboardEvent| {
        if ev.key() == "Enter" || ev.key() == " " {
            if let Some((mark, line)) = target_of(&ev) {
                ev.prevent_default();
                activate(mark, line);
            }
        }
    };
    let download = {
        let title = title.clone();
        move |_| {
            let svg = svg_html.get_untracked();
            let name = format!("{}.svg", title.to_lowercase().replace(' ', "-"));
            crate::js::download_file(&name, "image/svg+xml", &svg);
        }
    };
    let axis_id = format!("{id}-axis");
    let deadlock = t.with_value(|t| t.deadlock.clone());
    view! {
        <figure class="timeline" id=id.clone() aria-labelledby=format!("{id}-title")>
            <style>{style}</style>
            <figcaption>
                <h3 id=format!("{id}-title")>{title.clone()}</h3>
                <span class="muted timeline-summary">{summary}</span>
            </figcaption>
            <div class="timeline-controls">
                <div role="radiogroup" aria-label="Horizontal axis" class="axis-switch">
                    <label><input type="radio" name=axis_id.clone() value="time"
                        prop:checked=move || axis.get() == Axis::Time
                        on:change=move |_| axis.set(Axis::Time)/>" Virtual time"</label>
                    <label><input type="radio" name=axis_id value="steps"
                        prop:checked=move || axis.get() == Axis::Steps
                        on:change=move |_| axis.set(Axis::Steps)/>" Step order (one slot per poll)"</label>
                </div>
                <button class="secondary download-svg" on:click=download>"Download SVG"</button>
            </div>
            <Legend/>
            <div class="timeline-scroll" on:click=on_click on:keydown=on_key>
                <div class="timeline-picture" class:fit=move || axis.get() == Axis::Time inner_html=move || svg_html.get()></div>
                {move || cursor_x().map(|x| {
                    let (w, h) = layout.with(|l| (l.width, l.height));
                    view! {
                        <svg class="timeline-cursor" viewBox=format!("0 0 {} {}", w.ceil(), h.ceil())
                            width=w.ceil() height=h.ceil() style=fit(axis.get()) aria-hidden="true">
                            <line x1=x x2=x y1="0" y2=h></line>
                        </svg>
                    }
                })}
            </div>
            {(n_marks > 0).then(|| view! { <Stepper t selected n_marks on_select=Callback::new(move |i| select(i, true))/> })}
            {deadlock.map(|d| view! { <DeadlockView deadlock=d on_goto/> })}
            <details class="timeline-table">
                <summary>"The timeline as a table"</summary>
                {move || t.with_value(table)}
            </details>
        </figure>
    }
}

/// On the time axis the picture shrinks to its box (it has a fixed proportion); on the step
/// axis it keeps its size and the box scrolls, since a long run has many slots.
fn fit(axis: Axis) -> &'static str {
    match axis {
        Axis::Time => "max-width: 100%; height: auto",
        Axis::Steps => "",
    }
}

/// What the colours and shapes mean.
#[component]
fn Legend() -> impl IntoView {
    view! {
        <ul class="timeline-legend" aria-label="Legend">
            <li><span class="sw st-running"></span>"running"</li>
            <li><span class="sw st-ready"></span>"ready (in the run queue)"</li>
            <li><span class="sw st-waiting"></span>"waiting (on what: hover or step)"</li>
            <li><span class="sw st-blocked"></span>"blocked: a blocking call holds the thread, every lane stalls"</li>
            <li>"◆ spawn · ▼ wake (arrow from the waker; dashed: a timer) · ■ lock / □ release · ▶ send / ◀ receive · ● output · ✕ panic · ⊘ aborted or dropped at shutdown · ▶◀ connection made or accepted · ○ channel or stream closed"</li>
        </ul>
    }
}

/// Previous/next event and a slider; the current event in words and every task's state then.
#[component]
fn Stepper(
    t: StoredValue<Timeline>,
    selected: RwSignal<Option<usize>>,
    n_marks: usize,
    #[prop(into)] on_select: Callback<usize>,
) -> impl IntoView {
    let current = move || selected.get().unwrap_or(0);
    let describe = move || {
        selected.get().map(|i| t.with_value(|t| format!("Event {} of {n_marks}: {}", i + 1, tl::glyph_title(t, i))))
    };
    let states = move || {
        let i = selected.get()?;
        let rows = t.with_value(|t| {
            tl::states_at(t, i)
                .into_iter()
                .filter_map(|(task, state, what, line)| {
                    let state = state?;
                    let who = if task == 0 { "main".to_string() } else { format!("task {task}") };
                    let what = if what.is_empty() { String::new() } else { format!(": {what}") };
                    let at = line.map(|l| format!(" (line {l})")).unwrap_or_default();
                    Some((task, state, format!("{who}: {}{what}{at}", state.as_str())))
                })
                .collect::<Vec<_>>()
        });
        Some(view! {
            <ul class="stepper-states">
                {rows.into_iter().map(|(task, state, text)| view! {
                    <li data-task=task><span class=format!("sw st-{}", state.as_str())></span>{text}</li>
                }).collect_view()}
            </ul>
        })
    };
    view! {
        <div class="stepper" role="group" aria-label="Step through the run">
            <button class="secondary step-prev" aria-label="Previous event"
                disabled=move || selected.get().is_none_or(|i| i == 0)
                on:click=move |_| on_select.run(current().saturating_sub(1))>"◀ Previous"</button>
            <input type="range" class="step-slider" min="0" max=n_marks.saturating_sub(1) aria-label="Event"
                prop:value=move || current().to_string()
                on:input=move |ev| {
                    if let Ok(i) = event_target_value(&ev).parse::<usize>() {
                        on_select.run(i)
                    }
                }/>
            <button class="secondary step-next" aria-label="Next event"
                disabled=move || selected.get().is_some_and(|i| i + 1 >= n_marks)
                on:click=move |_| on_select.run(selected.get().map_or(0, |i| i + 1))>"Next ▶"</button>
            <p class="step-text" aria-live="polite">
                {move || describe().unwrap_or_else(|| "Step through the run event by event: Next, or click any mark.".into())}
            </p>
            {states}
        </div>
    }
}

/// A deadlock's wait-for cycle: each task, what it waits on (and where), and who holds that.
#[component]
fn DeadlockView(deadlock: Deadlock, #[prop(into)] on_goto: Callback<(u32, u32)>) -> impl IntoView {
    let name = |task: u32| if task == 0 { "main".to_string() } else { format!("task {task}") };
    let n = deadlock.waits.len();
    let heading = if deadlock.cycle {
        "Deadlock: a cycle of waits (each task waits for something the next one holds)"
    } else {
        "Deadlock: every task waits, and nothing left can wake them"
    };
    let goto = move |line: u32| {
        view! {
            <button class="goto" on:click=move |_| on_goto.run((line, 1)) aria-label=format!("Go to line {line}")>
                {format!("line {line}")}
            </button>
        }
    };
    // The cycle as a ring: tasks and resources alternate around a circle.
    let ring = (deadlock.cycle && n > 0).then(|| {
        let nodes = 2 * n;
        let (cx, cy, r) = (150.0, 110.0, 80.0);
        let pos = |k: usize| {
            let a = std::f64::consts::TAU * k as f64 / nodes as f64 - std::f64::consts::FRAC_PI_2;
            (cx + r * a.cos(), cy + r * a.sin())
        };
        let mut parts = String::new();
        for (k, w) in deadlock.waits.iter().enumerate() {
            let (tx, ty) = pos(2 * k);
            let (rx, ry) = pos(2 * k + 1);
            let (nx, ny) = pos((2 * k + 2) % nodes);
            let res = w.object.clone().unwrap_or_else(|| w.on.clone());
            parts.push_str(&format!(
                "<path class=\"dl-edge\" d=\"M{tx:.0} {ty:.0}L{rx:.0} {ry:.0}\" marker-end=\"url(#dl-head)\"/>\
                 <path class=\"dl-edge held\" d=\"M{rx:.0} {ry:.0}L{nx:.0} {ny:.0}\" marker-end=\"url(#dl-head)\"/>\
                 <g class=\"dl-task\" data-task=\"{}\"{}><circle cx=\"{tx:.0}\" cy=\"{ty:.0}\" r=\"22\"/><text x=\"{tx:.0}\" y=\"{:.0}\">{}</text></g>\
                 <g class=\"dl-res\"{}><rect x=\"{:.0}\" y=\"{:.0}\" width=\"76\" height=\"22\" rx=\"4\"/><text x=\"{rx:.0}\" y=\"{:.0}\">{}</text></g>",
                w.task,
                w.line.map(|l| format!(" data-line=\"{l}\"")).unwrap_or_default(),
                ty + 4.0,
                name(w.task),
                w.taken_line.map(|l| format!(" data-line=\"{l}\"")).unwrap_or_default(),
                rx - 38.0,
                ry - 11.0,
                ry + 4.0,
                res.replace('&', "&amp;").replace('<', "&lt;"),
            ));
        }
        format!(
            "<svg class=\"deadlock-ring\" viewBox=\"0 0 300 220\" width=\"300\" height=\"220\" role=\"img\" aria-label=\"The wait-for cycle\">\
             <defs><marker id=\"dl-head\" viewBox=\"0 0 6 6\" refX=\"6\" refY=\"3\" markerWidth=\"7\" markerHeight=\"7\" orient=\"auto\"><path d=\"M0 0L6 3L0 6z\"/></marker></defs>{parts}</svg>"
        )
    });
    let rows = deadlock
        .waits
        .iter()
        .map(|w| {
            let holder = w.holder.map(|h| {
                view! { " held by "<strong>{name(h)}</strong>{w.taken_line.map(|l| view! { " (taken at "{goto(l)}")" })} }
            });
            view! {
                <li data-task=w.task>
                    <strong>{name(w.task)}</strong>" waits on "<code>{w.on.clone()}</code>
                    {w.line.map(|l| view! { " at "{goto(l)} })}
                    {holder}
                </li>
            }
        })
        .collect_view();
    view! {
        <section class="deadlock-picture" aria-label="Deadlock">
            <h4>{heading}</h4>
            <div class="deadlock-body">
                {ring.map(|svg| {
                    let on_click = move |ev: web_sys::MouseEvent| {
                        let line = ev
                            .target()
                            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
                            .and_then(|el| el.closest("[data-line]").ok().flatten())
                            .and_then(|el| el.get_attribute("data-line"))
                            .and_then(|l| l.parse::<u32>().ok());
                        if let Some(line) = line {
                            on_goto.run((line, 1));
                        }
                    };
                    view! { <div class="deadlock-ring-box" inner_html=svg on:click=on_click></div> }
                })}
                <ol class="deadlock-waits">{rows}</ol>
            </div>
        </section>
    }
}

/// The text alternative: one row per segment (task, from, to, state, what, line).
fn table(t: &Timeline) -> impl IntoView {
    const MAX_ROWS: usize = 500;
    let mut rows = Vec::new();
    for lane in &t.lanes {
        for s in &lane.segments {
            rows.push((lane, s));
        }
    }
    rows.sort_by_key(|(_, s)| s.from);
    let total = rows.len();
    let at = |i: u32| t.marks.get(i as usize).map_or(t.end_ns, |m| m.ns);
    let body = rows
        .into_iter()
        .take(MAX_ROWS)
        .map(|(lane, s)| {
            let who = if lane.task == 0 { "main".to_string() } else { format!("task {}", lane.task) };
            view! {
                <tr data-task=lane.task>
                    <td>{who}</td>
                    <td>{tl::ms(at(s.from))}</td>
                    <td>{tl::ms(at(s.to))}</td>
                    <td>{s.state.as_str()}</td>
                    <td>{s.what.clone()}</td>
                    <td>{s.line.map(|l| l.to_string()).unwrap_or_default()}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <table class="timeline-rows">
            <thead><tr><th>"task"</th><th>"from"</th><th>"to"</th><th>"state"</th><th>"on what"</th><th>"line"</th></tr></thead>
            <tbody>{body}</tbody>
        </table>
        {(total > MAX_ROWS).then(|| view! { <p class="muted">{format!("The first {MAX_ROWS} of {total} rows.")}</p> })}
    }
}
