//! Async-mistake lints (catalog: `shared/async-mistakes.md`, table: [`catalog`]).
//! Syntax lints see the syn tree (like rustc's early lint pass), one family
//! per file; dynamic detectors (issue 5, point 3) will see only the run's trace.
//!
//! **Invariant:** a correct program gets no diagnostic; every rule has
//! `wrong*.rs` and `right*.rs` fixtures under `grader/tests/lints/<code>/`.
//!
//! # Dynamic detectors (not built yet: they need the runtime's trace)
//! These codes have fixtures but no syntax rule; their `wrong.rs` cases are in
//! `tests/lints/pending-dynamic.txt`. What each needs from the trace:
//! - `select_timer_reset_in_loop`: timer created / dropped-unfired events with the
//!   creating source line; report a site re-created and dropped unfired N times.
//! - `select_all_disabled`: the runtime's own panic at a `select!` with every branch disabled (line of the macro).
//! - `async_lock_deadlock`: at deadlock, the wait-for graph (task -> lock it waits for -> task holding it, with lock lines); report the cycle.
//! - `bounded_channel_cycle`: at deadlock, a task parked in `send` on a full channel whose only receiver is that task (or a cycle).
//! - `unpolled_future_holds_resource`: at deadlock, the owner of the awaited lock/permit is a future that is alive but no longer polled, inside the waiting task.
//!
//! Codes that have a syntax rule would gain evidence from the run (the catalog
//! prefers what happened): blocking time while other tasks were ready
//! (`thread_sleep_in_async`, `blocking_io_in_async`, `loop_without_yield`),
//! elapsed = sum of waits (`sequential_awaits_not_concurrent`), tasks alive when
//! `main` returned (`main_exits_before_tasks`), an unobserved `JoinError`
//! (`lost_task_panic`), effects after a handle was dropped
//! (`joinhandle_drop_is_not_cancel`), a future dropped unpolled (`missing_await`,
//! `let_underscore_future`). A dynamic finding for the same code and line
//! should replace the syntax one, keeping its `why`/`help`/`lesson` from [`catalog`].

pub mod catalog;
mod syntax;

mod awaits;
mod blocking;
mod channels;
mod concurrency;
mod futures_size;
mod locks;
mod recursion;
mod runtime_entry;
mod select;
mod spawn;

use crate::report::Diagnostic;
pub use catalog::{Class, Entry, CODES, ENTRIES, LESSONS};

/// Lints on the syntax tree. Error-class findings stop the program from running.
pub fn syntax_lints(file: &syn::File) -> Vec<Diagnostic> {
    let names = syntax::Names::collect(file);
    let mut out = Vec::new();
    awaits::check(file, &names, &mut out);
    runtime_entry::check(file, &names, &mut out);
    blocking::check(file, &names, &mut out);
    spawn::check(file, &names, &mut out);
    locks::check(file, &names, &mut out);
    concurrency::check(file, &names, &mut out);
    channels::check(file, &names, &mut out);
    select::check(file, &names, &mut out);
    recursion::check(file, &names, &mut out);
    futures_size::check(file, &names, &mut out);
    // `async fn` without `.await` that blocks instead: the blocking finding is the lesson.
    let inner: Vec<(u32, String)> = out.iter().map(|d| (d.line, d.code.clone())).collect();
    out.retain(|d| {
        d.code != "needless_async"
            || d.end_line.is_none()
            || !inner.iter().any(|(line, code)| code != "needless_async" && *line > d.line && Some(*line) <= d.end_line)
    });
    // A guard dropped by `let _ =` was meant to be held: the async-mutex advice would mislead.
    if out.iter().any(|d| d.code == "let_underscore_guard") {
        out.retain(|d| d.code != "async_mutex_for_plain_data");
    }
    out.sort_by(|a, b| (a.line, a.column, &a.code).cmp(&(b.line, b.column, &b.code)));
    out.dedup_by(|a, b| a.line == b.line && a.column == b.column && a.code == b.code);
    out
}

/// The documentation page of a code (markdown in clippy's shape:
/// *What it does / Why is this bad / Example*).
pub fn docs(code: &str) -> Option<&'static str> {
    catalog::entry(code).map(|e| e.docs)
}
