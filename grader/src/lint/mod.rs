//! Async-mistake lints; [`catalog`] is the one table of their codes.
//! Syntax lints see the syn tree (like rustc's early lint pass), one family
//! per file; the dynamic detectors see only the finished run and its trace.
//!
//! **Invariant:** a correct program gets no diagnostic; every rule has
//! `wrong*.rs` and `right*.rs` fixtures under `grader/tests/lints/<code>/`.
//!
//! # Dynamic detectors (`dynamic.rs`)
//! They read the run's trace after `run` (`crate::trace`; its events are listed in docs/fidelity.md):
//! a deadlock's wait-for graph (`async_lock_deadlock`, `bounded_channel_cycle`,
//! `unpolled_future_holds_resource`), the runtime's `select!` panic
//! (`select_all_disabled`), a `sleep` site re-armed and dropped unfired
//! (`select_timer_reset_in_loop`, also on runs stopped by the step limit), a
//! `RefCell` borrow held while suspended that made another borrow panic, a
//! loop's waits that added up while nothing else ran
//! (`sequential_awaits_not_concurrent`); and evidence for syntax findings:
//! blocking time while other tasks were ready, tasks dropped when `main`
//! returned, a task's panic, a future dropped unpolled, a detached task's
//! later effects. Cases whose runtime support has not landed yet are listed in
//! `tests/lints/pending-dynamic.txt`.

pub mod catalog;
pub mod dynamic;
pub(crate) mod syntax;

mod awaits;
mod blocking;
mod channels;
mod concurrency;
mod futures_size;
mod io;
mod locks;
mod recursion;
mod runtime_entry;
mod select;
mod spawn;

use crate::report::Diagnostic;
pub use catalog::{docs, is_pedantic, pedantic_codes, Class, Entry, CODES, ENTRIES, LESSONS};

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
    io::check(file, &names, &mut out);
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
    Diagnostic::sort_by_place(&mut out);
    out.dedup_by(|a, b| a.line == b.line && a.column == b.column && a.code == b.code);
    out
}

/// The dynamic findings of a finished run of `file` (`dynamic::check`), less those the
/// syntax shows are not the mistake: a `select!` timer re-created every pass on purpose (a
/// per-attempt timeout, see `select::per_pass_branches`) is no `select_timer_reset_in_loop`.
pub fn dynamic_lints(file: &syn::File, report: &crate::report::Report) -> Vec<dynamic::Finding> {
    let mut findings = dynamic::check(report);
    if findings.iter().any(|f| f.diag.code == "select_timer_reset_in_loop") {
        let names = syntax::Names::collect(file);
        let per_pass = select::per_pass_branches(file, &names);
        findings.retain(|f| {
            f.diag.code != "select_timer_reset_in_loop"
                || !per_pass.iter().any(|&(from, to)| (from..=to).contains(&f.diag.line))
        });
    }
    // A panicked task's `JoinError` that arrives where the syntax discards `join_next()`'s
    // result (`while let Some(_) = set.join_next().await`) is the mistake on its own.
    if findings.iter().any(|f| f.diag.code == "lost_task_panic" && !f.standalone) {
        let discards = spawn::discarded_join_next_lines(file);
        for f in &mut findings {
            if f.diag.code == "lost_task_panic" && discards.contains(&f.diag.line) {
                f.standalone = true;
            }
        }
    }
    // A task still running when `main` returned, spawned detached before `main` slept a guessed
    // time instead of waiting for it, is the mistake on its own.
    if findings.iter().any(|f| f.diag.code == "main_exits_before_tasks" && !f.standalone) {
        let names = syntax::Names::collect(file);
        let guesses = spawn::sleep_guess_spawn_lines(file, &names);
        for f in &mut findings {
            if f.diag.code == "main_exits_before_tasks" && guesses.contains(&f.diag.line) {
                f.standalone = true;
            }
        }
    }
    findings
}
