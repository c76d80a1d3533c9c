//! The one table of async-mistake codes: class (so severity), the real
//! rustc error code where rustc rejects the program, the lesson that
//! teaches it, and the default *why*/*help* texts.
//!
//! **Invariant:** this is the only list of codes and of the lessons they link
//! to: the course loader and `cargo xtask check-content` read it from here.

use crate::report::{Diagnostic, Pos, Related, Severity};

/// What real Rust does with the mistake, which fixes the grader's severity.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Class {
    /// rustc rejects the program: an error naming the rustc code; the program is not run.
    Error,
    /// Compiles, but panics, hangs, loses work or runs slowly: a warning.
    Runtime,
    /// Works but is not idiomatic: a note.
    Advice,
}

impl Class {
    pub fn severity(self) -> Severity {
        match self {
            Class::Error => Severity::Error,
            Class::Runtime => Severity::Warning,
            Class::Advice => Severity::Note,
        }
    }
}

/// One catalog entry.
#[derive(Debug, Clone, Copy)]
pub struct Entry {
    pub code: &'static str,
    pub class: Class,
    /// The rustc error this mistake produces (`E0728`), if rustc rejects it.
    pub rustc: Option<&'static str>,
    /// The lesson that teaches it (a lesson id such as `03-tasks-and-spawn`).
    pub lesson: &'static str,
    /// True when a syntax rule exists; false for codes only a run can show.
    pub syntax: bool,
    pub why: &'static str,
    pub help: &'static str,
    /// Off unless asked for, like clippy's `pedantic` group: the code is fine Rust that an
    /// exercise may still want changed. `Options::pedantic` (or an exercise's checks naming
    /// the code) turns it on.
    pub pedantic: bool,
}

/// The lessons (`lessons/<id>.md`) the lints link to; a test checks they exist.
pub const LESSONS: &[(&str, &str)] = &[
    ("01-futures-are-lazy", "Futures are lazy"),
    ("02-async-fn-and-runtimes", "async fn and runtimes"),
    ("03-tasks-and-spawn", "Tasks and spawn"),
    ("04-join", "join!"),
    ("06-blocking", "Blocking"),
    ("07-shared-state", "Shared state"),
    ("08-channels", "Channels"),
    ("09-backpressure-broadcast-watch", "Backpressure, broadcast and watch"),
    ("11-select", "select!"),
    ("12-cancellation", "Cancellation"),
    ("14-what-is-a-future", "What is a future"),
    ("15-async-traits-and-recursion", "Async traits and recursion"),
    ("23-async-io-and-framing", "Async I/O and framing"),
    ("24-tcp-server-and-clients", "A TCP server and its clients"),
];

macro_rules! entry {
    (pedantic $($rest:tt)*) => {
        Entry { pedantic: true, ..entry!($($rest)*) }
    };
    ($code:literal, $class:ident, $rustc:expr, $lesson:literal, $syntax:literal, $why:literal, $help:literal) => {
        Entry {
            pedantic: false,
            code: $code,
            class: Class::$class,
            rustc: $rustc,
            lesson: $lesson,
            syntax: $syntax,
            why: $why,
            help: $help,
        }
    };
}

/// Declares the catalog once: [`ENTRIES`] (what the worker carries) and [`docs`] (the pages,
/// which only the app and the CLI ask for), so a new code cannot be in one list and not the other.
macro_rules! catalog {
    ($(entry!($($pedantic:ident)? $code:literal, $($rest:tt)*)),* $(,)?) => {
        /// All catalog entries, in catalog order.
        pub const ENTRIES: &[Entry] = &[$(entry!($($pedantic)? $code, $($rest)*)),*];

        /// The documentation page of `code` (`docs/<code>.md`, in clippy's shape), or `None` for a
        /// code outside the catalog. The pages are not a field of [`Entry`]: a build that never asks
        /// for one (the site's worker: the site shows them from the app) does not carry their text.
        pub fn docs(code: &str) -> Option<&'static str> {
            match code {
                $($code => Some(include_str!(concat!("docs/", $code, ".md"))),)*
                _ => None,
            }
        }
    };
}

catalog! {
    entry!("missing_await", Runtime, None, "01-futures-are-lazy", true,
        "futures are lazy: calling an async fn only builds a future, and its body never runs unless the future is awaited or spawned",
        "add `.await` after the call (or pass the future to `tokio::spawn`/`join!`)"),
    entry!("await_outside_async", Error, Some("E0728"), "02-async-fn-and-runtimes", true,
        "`.await` suspends the enclosing future, so it only exists inside an `async fn` or `async` block",
        "make the enclosing function `async fn` (and `.await` its callers), or wrap the code in an `async` block"),
    entry!("async_main_without_runtime", Error, Some("E0752"), "02-async-fn-and-runtimes", true,
        "`main` cannot be async by itself: something must drive its future, and that is the runtime",
        "put `#[tokio::main]` on the line above `async fn main()`"),
    entry!("thread_sleep_in_async", Runtime, None, "06-blocking", true,
        "`std::thread::sleep` blocks the whole worker thread: no other task on it can run while it sleeps, so waits add up instead of overlapping",
        "use `tokio::time::sleep(duration).await`, which suspends only this task"),
    entry!("blocking_io_in_async", Runtime, None, "06-blocking", true,
        "blocking I/O holds the worker thread until the operating system answers, stalling every other task on it",
        "use the tokio equivalent (`tokio::fs`, `tokio::net`, `tokio::io::stdin`, `tokio::sync::mpsc`) and `.await` it, or move the call into `tokio::task::spawn_blocking`"),
    entry!("spawn_borrows_local", Error, Some("E0373"), "03-tasks-and-spawn", true,
        "a spawned task may outlive the function that spawned it, so it cannot borrow that function's locals",
        "write `async move { .. }` so the task owns what it uses (clone an `Arc` or a `Sender` first if you still need it outside)"),
    entry!("std_mutex_guard_across_await", Runtime, Some("E0277"), "07-shared-state", true,
        "a `std::sync::MutexGuard` held across `.await` keeps the lock while the task is suspended: other tasks that lock it block the thread (or deadlock), and the future is not `Send`",
        "drop the guard before the `.await` (end its block or call `drop(guard)`), or use `tokio::sync::Mutex` if the lock really must be held across the await"),
    entry!("non_send_across_await", Error, Some("E0277"), "07-shared-state", true,
        "`tokio::spawn` may move the task to another thread at any `.await`, so everything alive across an await must be `Send`; `Rc` and `RefCell` borrows are not",
        "use `Arc` (and `Mutex`) instead of `Rc` (and `RefCell`), or drop the value before the `.await`"),
    entry!("sequential_awaits_not_concurrent", Runtime, None, "04-join", true,
        "awaiting independent futures one after another makes the waits add up; awaiting them together makes the total the longest one",
        "await them together: `let (a, b) = tokio::join!(f(), g());`, or spawn them all first and await the handles afterwards (`JoinSet`)"),
    entry!("main_exits_before_tasks", Runtime, None, "03-tasks-and-spawn", true,
        "when `main` returns the runtime shuts down and drops every task still running, so their work silently never happens",
        "keep the `JoinHandle`s and `.await` them before `main` returns (or use a `JoinSet` and `join_all`)"),
    entry!("channel_never_closes", Runtime, None, "08-channels", true,
        "`recv()` returns `None` only when every `Sender` is gone; the original `tx` kept alive in this function means the loop waits forever",
        "`drop(tx)` after handing out the clones (or move the original into the last task)"),
    entry!("loop_without_yield", Runtime, None, "06-blocking", true,
        "a loop with no `.await` never gives the runtime back: the task it waits for can never run, so it spins forever or stalls every other task",
        "wait with an `.await` instead of spinning (a channel, `Notify`, `JoinHandle`), or add `tokio::task::yield_now().await` in the loop"),
    entry!("async_mutex_for_plain_data", Advice, None, "07-shared-state", true,
        "`tokio::sync::Mutex` is only needed when a guard is held across an `.await`; for short critical sections `std::sync::Mutex` is simpler and faster",
        "use `std::sync::Mutex` and lock it without `.await`"),
    entry!("let_underscore_future", Runtime, None, "01-futures-are-lazy", true,
        "`let _ = future;` drops the future at once, before it was ever polled, so its body never runs",
        "`.await` the future (`some_async_fn().await;`), or spawn it"),
    entry!("async_block_yields_future", Runtime, None, "02-async-fn-and-runtimes", true,
        "the async block returns the inner future instead of running it, so whoever awaits the block gets a future back and the work never happens",
        "`.await` the inner call inside the block: `async { work().await }`"),
    entry!("block_on_inside_runtime", Runtime, None, "06-blocking", true,
        "`block_on` blocks the current thread until a future completes; inside a runtime that thread is the runtime's own worker, so tokio panics",
        "just `.await` the future"),
    entry!("no_runtime_context", Runtime, None, "02-async-fn-and-runtimes", true,
        "tokio's spawn, timers and I/O need a running runtime; called from a plain `fn main` there is none, so tokio panics",
        "make `main` `#[tokio::main] async fn main()`, or build a `Runtime` and call these inside `rt.block_on(async { .. })`"),
    entry!("joinhandle_drop_is_not_cancel", Runtime, None, "12-cancellation", true,
        "dropping a `JoinHandle` detaches the task; it keeps running in the background",
        "call `handle.abort()` to cancel the task"),
    entry!("lost_task_panic", Runtime, None, "03-tasks-and-spawn", true,
        "a panic inside a task does not stop the program; it is returned as a `JoinError` from the handle, and here nobody looks at it",
        "`.await` the handle and handle the result: `if let Err(e) = handle.await { eprintln!(\"task failed: {e}\"); }`"),
    entry!("select_timer_reset_in_loop", Runtime, None, "11-select", false,
        "a `sleep` created inside a looped `select!` is a new timer each iteration, so an intended deadline keeps moving and never fires",
        "create the sleep once before the loop, `tokio::pin!` it and select on `&mut sleep`"),
    entry!("select_cancel_unsafe_branch", Runtime, None, "12-cancellation", true,
        "when another branch of `select!` wins, the other branch futures are dropped; an operation that is not cancellation safe loses what it already consumed",
        "use a cancellation-safe operation in the loop (e.g. `recv()`), or create the future once outside the loop and select on `&mut fut`"),
    entry!("select_unpinned_ref", Error, Some("E0277"), "11-select", true,
        "`select!` polls `&mut fut`, which is only a future if `fut` is `Unpin`; async fns and `sleep` are not",
        "pin it first: `tokio::pin!(fut);` (or `let mut fut = std::pin::pin!(fut);`)"),
    entry!("poll_after_completion", Runtime, None, "11-select", true,
        "a future that has completed must not be polled again; in a loop, the `&mut fut` branch is polled again after it finished and panics",
        "disable the branch once it completed: `_ = &mut fut, if !done => { done = true; }`, or `break` out of the loop"),
    entry!("select_all_disabled", Runtime, None, "11-select", false,
        "when every branch's pattern failed or precondition is false and there is no `else`, `select!` has nothing to wait for and panics",
        "add an `else => break` branch"),
    entry!("async_lock_deadlock", Runtime, None, "07-shared-state", false,
        "tasks that take locks in different orders (or re-lock a lock they hold) can each wait forever for the other",
        "take locks in one global order, and never lock again a `tokio::sync::Mutex` the task already holds"),
    entry!("unbounded_queue", Advice, None, "09-backpressure-broadcast-watch", true,
        "an unbounded channel never makes a fast producer wait, so the queue, and memory, can grow without limit",
        "use a bounded `mpsc::channel(capacity)` and `send(..).await`, which waits when the queue is full (backpressure)"),
    entry!("bounded_channel_cycle", Runtime, None, "09-backpressure-broadcast-watch", false,
        "a `send` on a full bounded channel waits for a receiver to make room; if only the sending task (or a cycle of tasks) would receive, nobody ever does",
        "receive in another task, raise the capacity, or break the cycle"),
    entry!("unpolled_future_holds_resource", Runtime, None, "12-cancellation", false,
        "a future that holds a lock or permit but is no longer polled never releases it; if its own task then waits for the same resource, it waits forever",
        "drop the future (or finish it) before waiting for the resource again"),
    entry!("refcell_borrow_across_await", Runtime, None, "07-shared-state", true,
        "a `RefCell` borrow held across `.await` is still active while other tasks run; if one of them borrows the same cell, it panics with `already borrowed`",
        "end the borrow before the `.await` (copy the value out, or put the borrow in its own block)"),
    entry!("let_underscore_guard", Runtime, None, "07-shared-state", true,
        "`let _ = ...` drops the value at once, so the guard is released on the same line and nothing is protected",
        "bind it to a name so it lives until the end of the block: `let _guard = m.lock().await;`"),
    entry!("spawn_blocking_async_closure", Runtime, None, "06-blocking", true,
        "`spawn_blocking` runs a plain closure on a blocking thread; a closure that returns a future only builds it, and the future is never polled",
        "for async work use `tokio::spawn(async move { .. })`; for blocking work make the closure do the work itself"),
    entry!("blocking_api_in_async", Runtime, None, "06-blocking", true,
        "`blocking_*` methods and `block_in_place` block the current thread; called from async code on a current-thread runtime, tokio panics",
        "use the async form with `.await` (`lock().await`, `recv().await`, `send(v).await`)"),
    entry!("async_recursion_unboxed", Error, Some("E0733"), "15-async-traits-and-recursion", true,
        "an async fn's future contains the futures it awaits; awaiting itself directly would make the future infinitely large",
        "box the recursive call: `Box::pin(f(n - 1)).await`"),
    entry!("large_future_on_stack", Advice, None, "14-what-is-a-future", true,
        "locals alive across an `.await` are stored in the future; a large array makes every copy and move of the future large and can overflow the stack",
        "put the buffer on the heap (`vec![0u8; N]` or `Box::new([0u8; N])`), or drop it before the `.await`"),
    entry!("bufwriter_never_flushed", Runtime, None, "23-async-io-and-framing", true,
        "a `BufWriter` keeps small writes in its buffer until it is flushed; tokio's cannot flush when dropped, so the bytes still in it are lost and the peer never receives them",
        "call `.flush().await` (or `.shutdown().await`) on the writer after the last write"),
    entry!("read_as_message", Runtime, None, "23-async-io-and-framing", true,
        "TCP is a stream of bytes, not of messages: one `read` returns whatever has arrived, which may be half a message or several",
        "frame the stream: read lines with `BufReader::new(stream).lines()`, a length prefix and `read_exact`, or a `tokio_util::codec` decoder"),
    entry!("read_loop_ignores_eof", Runtime, None, "23-async-io-and-framing", false,
        "a read that returns `Ok(0)` has reached the end of the stream: the peer closed it and no byte will come again, so a loop that keeps reading spins for ever",
        "stop the loop when a read returns `Ok(0)`: `if n == 0 { break; }`"),
    entry!("connection_not_spawned", Runtime, None, "24-tcp-server-and-clients", true,
        "while the accept loop awaits one connection's handler it does not accept the next: other clients wait until the first one is done",
        "move each connection into its own task: `tokio::spawn(handle(socket));`"),
    // clippy keeps its `unused_async` in `pedantic` too: an `async fn` that does not await is
    // what lesson 1 is about, so the note would fire on every first example.
    entry!(pedantic "needless_async", Advice, None, "15-async-traits-and-recursion", true,
        "an `async fn` without `.await` (or `async { fut.await }`) only adds a layer of future around code that never waits",
        "remove `async` (and the `.await` at the call sites), or use the future directly"),
}

/// Every diagnostic code, in catalog order.
pub const CODES: &[&str] = &{
    let mut codes = [""; ENTRIES.len()];
    let mut i = 0;
    while i < ENTRIES.len() {
        codes[i] = ENTRIES[i].code;
        i += 1;
    }
    codes
};

/// The grader's own diagnostic codes, beside the catalog's [`CODES`]: a
/// construct outside the subset (`unsupported`), a syntax error (`parse`), a
/// literal out of range (`type`), a host limit (`limit`) and a deadlock
/// (`deadlock`). An exercise may name these in `present`/`absent` too.
pub const GRADER_CODES: &[&str] = &["unsupported", "parse", "type", "limit", "deadlock"];

/// Whether `code` is off unless asked for (see [`Entry::pedantic`]).
pub fn is_pedantic(code: &str) -> bool {
    entry(code).is_some_and(|e| e.pedantic)
}

/// Every pedantic code, for `Options::pedantic` when all lints are wanted (`grader check --pedantic`).
pub fn pedantic_codes() -> Vec<String> {
    ENTRIES.iter().filter(|e| e.pedantic).map(|e| e.code.to_string()).collect()
}

pub fn entry(code: &str) -> Option<&'static Entry> {
    ENTRIES.iter().find(|e| e.code == code)
}

/// A diagnostic for `code` filled from the catalog (severity, why, help, lesson).
/// Error-class messages get the rustc code appended, e.g. `(E0728)`.
pub(crate) fn diag(code: &'static str, pos: Pos, message: impl Into<String>) -> Diagnostic {
    let entry = entry(code).unwrap_or_else(|| panic!("`{code}` is not in the catalog"));
    let mut message = message.into();
    if let (Class::Error, Some(rustc)) = (entry.class, entry.rustc) {
        message = format!("{message} ({rustc})");
    }
    let mut d = Diagnostic::new(code, entry.class.severity(), message, pos);
    d.why = Some(entry.why.to_string());
    d.help = Some(entry.help.to_string());
    d.lesson = Some(entry.lesson.to_string());
    d
}

/// Builder helpers used by the rule files.
pub(crate) trait DiagExt {
    fn related(self, pos: Pos, message: impl Into<String>) -> Self;
    fn help(self, help: impl Into<String>) -> Self;
    fn severity(self, severity: Severity, rustc: Option<&str>) -> Self;
}

impl DiagExt for Diagnostic {
    fn related(mut self, pos: Pos, message: impl Into<String>) -> Diagnostic {
        self.related.push(Related { line: pos.line, column: pos.column, message: message.into() });
        self
    }

    fn help(mut self, help: impl Into<String>) -> Diagnostic {
        self.help = Some(help.into());
        self
    }

    /// Override the class severity (used where the class depends on context,
    /// like `std_mutex_guard_across_await` inside `tokio::spawn`).
    fn severity(mut self, severity: Severity, rustc: Option<&str>) -> Diagnostic {
        self.severity = severity;
        if let Some(rustc) = rustc {
            self.message = format!("{} ({rustc})", self.message);
        }
        self
    }
}
