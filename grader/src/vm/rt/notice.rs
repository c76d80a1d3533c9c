//! Drop notices: trace events that a Rust `Drop` impl must record but cannot
//! (it has no `Vm`): a future dropped before it was ever polled
//! (`future_dropped`), a `JoinHandle` dropped while its task runs
//! (`handle_dropped`). The `Drop` impl queues the notice here; the VM records
//! it at the next statement boundary (`ClearSlots`, with that line) or after
//! the poll that dropped it (no line).
//!
//! **Invariant:** checking for notices costs one thread-local bool.

use std::cell::{Cell, RefCell};

use crate::ir::FnId;
use crate::trace::{TraceKind, TraceObject};
use crate::vm::Vm;

/// Notices kept before the VM records them (a runaway program must not exhaust memory).
const MAX_QUEUED: usize = 10_000;

pub enum Notice {
    /// A lazy future dropped unpolled: its body (`None`: an `async` block) and the line that made it.
    FutureDropped { body: Option<FnId>, line: u32 },
    /// The `JoinHandle` of a task was dropped.
    HandleDropped(super::TaskId),
}

thread_local! {
    static PENDING: Cell<bool> = const { Cell::new(false) };
    static QUEUE: RefCell<Vec<Notice>> = const { RefCell::new(Vec::new()) };
}

pub fn push(n: Notice) {
    QUEUE.with(|q| {
        if let Ok(mut q) = q.try_borrow_mut() {
            if q.len() < MAX_QUEUED {
                q.push(n);
            }
        }
    });
    PENDING.with(|p| p.set(true));
}

#[inline]
pub fn pending() -> bool {
    PENDING.with(|p| p.get())
}

/// Forget notices left by an earlier run on this thread.
pub fn clear() {
    PENDING.with(|p| p.set(false));
    let old = QUEUE.with(|q| q.try_borrow_mut().map(|mut q| std::mem::take(&mut *q)).unwrap_or_default());
    drop(old);
}

/// Where a lazy future was made: armed until the future is first polled; dropped armed, it queues `future_dropped`.
pub struct Made {
    pub body: Option<FnId>,
    pub line: u32,
    pub armed: bool,
}

impl Drop for Made {
    fn drop(&mut self) {
        if self.armed {
            push(Notice::FutureDropped { body: self.body, line: self.line });
        }
    }
}

impl Vm {
    /// The line the current function was called from (an `.await` of an async fn runs it inline), if any on this stack.
    pub fn caller_line(&self) -> Option<u32> {
        let i = self.fiber.frames.len().checked_sub(2)?;
        let c = self.fiber.frames.get(i)?;
        self.prog.fns.get(c.func as usize)?.pos.get((c.pc as usize).checked_sub(1)?).map(|p| p.line)
    }

    /// Record the queued drop notices as trace events (`line`: where they were dropped, if known).
    pub fn record_notices(&mut self, line: Option<u32>) {
        if !pending() {
            return;
        }
        PENDING.with(|p| p.set(false));
        let notices = QUEUE.with(|q| q.try_borrow_mut().map(|mut q| std::mem::take(&mut *q)).unwrap_or_default());
        if !self.rt.active {
            return;
        }
        let (now, cur) = (self.clock_ns, self.rt.current);
        for n in notices {
            match n {
                Notice::FutureDropped { body, line: made } => {
                    let what = match body.and_then(|f| self.prog.fns.get(f as usize)) {
                        Some(f) => format!(
                            "`{}(..)`",
                            f.name.trim_end_matches(" (async body)").rsplit("::").next().unwrap_or_default()
                        ),
                        None => "an `async` block".to_string(),
                    };
                    self.rt.event(
                        now,
                        cur,
                        TraceKind::FutureDropped,
                        line,
                        format!("{what} made at line {made}, never polled"),
                    );
                }
                Notice::HandleDropped(task) => {
                    // A finished task's handle (awaited, or dropped late) detaches nothing.
                    if self.rt.tasks.get(&task).is_some_and(|t| t.end.is_none()) {
                        self.rt.detached.insert(task);
                        let handle = TraceObject::Task(task as u32);
                        self.rt.event_about(now, cur, TraceKind::HandleDropped, line, handle, handle.to_string());
                    }
                }
            }
        }
    }
}
