//! Futures as values, and polling them.
//!
//! A future is lazy: calling an `async fn` or evaluating an `async` block
//! makes a `Fut::Lazy` and runs nothing. `.await` on a lazy future runs its
//! body inline on the awaiting fiber (a call, so async recursion never grows
//! the host stack); any other poll (a task's root, a branch of `join!`)
//! gives the body its own `Fiber` and resumes it until it finishes or a leaf
//! future (timer, channel, lock) is pending.
//!
//! **Invariant:** a pending leaf records who must be woken (the current task)
//! before returning `Pending`; nothing is ever polled without a wake-up.

use std::rc::Rc;

use super::{Runtime, TaskEnd, TaskId};
use crate::report::Pos;
use crate::trace::{TraceKind, TraceObject};
use crate::vm::value::Value;
use crate::vm::{Fiber, Stop, Vm, VmResult};

/// Where an `async fn`'s or `async` block's future was made: polled again after it
/// finished, it panics where rustc's generated code does, at the fn body's `{` or at the
/// block's `async` (rustc 1.9x says "`async fn`" for both: async/290).
#[derive(Debug, Clone, Copy)]
pub struct Origin {
    pub at: Pos,
}

impl Origin {
    fn resumed_after_completion(self) -> Stop {
        Stop::Panic { msg: "`async fn` resumed after completion".into(), pos: self.at }
    }
}

pub enum Poll<T> {
    Ready(T),
    Pending,
}

pub enum Fut {
    /// Not started: an async fn's body (or an async block's closure) and its arguments.
    /// `made` records where it was made, for the trace's `future_dropped` if it is dropped unpolled.
    Lazy { callee: Value, args: Vec<Value>, origin: Origin, made: super::notice::Made },
    /// Started on its own stack.
    Running(Box<Fiber>, Origin),
    /// Being polled right now (a future cannot poll itself).
    Polling,
    /// An `async fn`/block that returned: polling it again panics at its origin.
    Finished(Origin),
    /// Finished (or cancelled) future of another kind; polling again is refused (its panic points into std or tokio).
    Done,
    /// `std::future::ready(v)`, `async { v }` already evaluated.
    Ready(Value),
    /// `tokio::time::sleep`: the deadline in ns and, once polled, its timer registration.
    /// `line`: where the sleep was created (its trace events name it, not the `select!` that polls it).
    Sleep { deadline_ns: u64, reg: Option<(Rc<()>, (u64, u64))>, line: u32 },
    /// `tokio::task::yield_now()`.
    YieldNow { yielded: bool },
    /// `tokio::join!` / `tokio::try_join!`: branches, their outputs, which branch goes first next time.
    Join { futs: Vec<Value>, outs: Vec<Option<Value>>, skip: usize, try_join: bool },
    /// Awaiting a spawned task.
    JoinHandle(TaskId),
    /// A leaf future defined by a runtime object's file.
    Leaf(Box<dyn super::Leaf>),
}

impl std::fmt::Debug for Fut {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            Fut::Lazy { .. } => "Lazy",
            Fut::Running(..) => "Running",
            Fut::Polling => "Polling",
            Fut::Finished(..) => "Finished",
            Fut::Done => "Done",
            Fut::Ready(_) => "Ready",
            Fut::Sleep { .. } => "Sleep",
            Fut::YieldNow { .. } => "YieldNow",
            Fut::Join { .. } => "Join",
            Fut::JoinHandle(_) => "JoinHandle",
            Fut::Leaf(_) => "Leaf",
        })
    }
}

pub fn future(f: Fut) -> Value {
    Value::Future(crate::vm::value::shared(f))
}

/// If `v` is a lazy future, take its body for an inline call (`.await` on a fresh future).
pub fn take_lazy(v: &Value) -> Option<(Value, Vec<Value>)> {
    let Value::Future(cell) = v else { return None };
    let mut st = cell.borrow_mut();
    if !matches!(&*st, Fut::Lazy { .. }) {
        return None;
    }
    let Fut::Lazy { origin, .. } = &*st else { return None };
    let origin = *origin;
    match std::mem::replace(&mut *st, Fut::Finished(origin)) {
        Fut::Lazy { callee, args, mut made, .. } => {
            made.armed = false;
            Some((callee, args))
        }
        _ => None,
    }
}

/// Poll a future once on behalf of the current task.
pub fn poll(vm: &mut Vm, v: &Value) -> VmResult<Poll<Value>> {
    let cell = match v.deref() {
        Value::Future(c) => c,
        Value::Rt(o) => match &*o {
            super::RtObj::JoinHandle(id) => return poll_join(vm, *id),
            super::RtObj::Dyn(d) => match d.poll(vm) {
                Some(r) => return r,
                None => return vm.unsupported(format!("`.await` on a {}", d.type_name())),
            },
            other => return vm.unsupported(format!("`.await` on a {}", other.type_name())),
        },
        other => {
            if let Some(r) = super::manual::poll_user(vm, &other) {
                return r;
            }
            return vm
                .unsupported(format!("`.await` on a value of type {}", crate::vm::value::type_name(&vm.prog, &other)));
        }
    };
    let state = std::mem::replace(&mut *cell.borrow_mut(), Fut::Polling);
    let (next, result) = match poll_state(vm, state) {
        Ok(pair) => pair,
        Err(e) => {
            *cell.borrow_mut() = Fut::Done;
            return Err(e);
        }
    };
    *cell.borrow_mut() = next;
    Ok(result)
}

/// Cancel a future: drop its state (its stack and the borrows it held, timers, queued waits).
pub fn cancel(vm: &mut Vm, v: &Value) {
    if let Value::Future(c) = v.deref() {
        let old = match c.try_borrow_mut() {
            Ok(mut st) => std::mem::replace(&mut *st, Fut::Done),
            Err(_) => return,
        };
        match old {
            Fut::Running(fiber, _) => {
                vm.release_guards(fiber.id);
                drop(fiber);
            }
            Fut::Leaf(mut leaf) => leaf.cancel(vm),
            Fut::Join { futs, .. } => {
                for f in &futs {
                    cancel(vm, f);
                }
            }
            other => drop(other),
        }
    }
}

fn poll_state(vm: &mut Vm, state: Fut) -> VmResult<(Fut, Poll<Value>)> {
    match state {
        Fut::Lazy { callee, args, origin, mut made } => {
            made.armed = false;
            let fiber = vm.start_fiber(&callee, args)?;
            poll_state(vm, Fut::Running(Box::new(fiber), origin))
        }
        Fut::Running(mut fiber, origin) => match vm.resume_fiber(&mut fiber) {
            Ok(Some(v)) => Ok((Fut::Finished(origin), Poll::Ready(v))),
            Ok(None) => Ok((Fut::Running(fiber, origin), Poll::Pending)),
            Err(e) => {
                vm.release_guards(fiber.id);
                Err(e)
            }
        },
        Fut::Finished(origin) => Err(origin.resumed_after_completion()),
        Fut::Polling => vm.panic("`async fn` resumed after completion"),
        Fut::Done => vm.unsupported("polling a future of this kind again after it completed"),
        Fut::Ready(v) => Ok((Fut::Done, Poll::Ready(v))),
        Fut::Sleep { deadline_ns, reg, line: made_at } => {
            let tick = Runtime::deadline_tick(deadline_ns);
            if tick <= Runtime::now_tick(vm.clock_ns) {
                // tokio's `Sleep` stays elapsed: polling it again is `Ready` again, and `reset` re-arms it.
                // `reg` stays `Some` (registered once, for `is_elapsed`) with a key no timer has.
                if let Some((_, key)) = &reg {
                    vm.rt.timers.remove(key);
                }
                return Ok((
                    Fut::Sleep { deadline_ns, reg: Some((Rc::new(()), (0, 0))), line: made_at },
                    Poll::Ready(Value::Unit),
                ));
            }
            // Registered once (its place among equal deadlines is kept); the waker is the polling task.
            let cur = vm.rt.current;
            let reg = match reg {
                Some((token, key)) if vm.rt.timers.contains_key(&key) => {
                    if let Some(e) = vm.rt.timers.get_mut(&key) {
                        e.task = cur;
                    }
                    (token, key)
                }
                _ => {
                    let token = Rc::new(());
                    let key = vm.rt.add_timer(tick, &token);
                    let (now, line) = (vm.clock_ns, vm.pos.line);
                    let inner = if vm.rt.leaf_depth > 0 { " (inner)" } else { "" };
                    let from = vm.caller_line().map(|l| format!(" in a call from line {l}")).unwrap_or_default();
                    let timer = TraceObject::Timer(key.1);
                    vm.rt.event_about(
                        now,
                        cur,
                        TraceKind::TimerSet,
                        Some(line),
                        timer,
                        format!("{timer} until {tick} ms, made at line {made_at}{from}{inner}"),
                    );
                    (token, key)
                }
            };
            vm.suspend_on(format!("`sleep` until {tick} ms"));
            Ok((Fut::Sleep { deadline_ns, reg: Some(reg), line: made_at }, Poll::Pending))
        }
        Fut::YieldNow { yielded } => {
            if yielded {
                return Ok((Fut::Done, Poll::Ready(Value::Unit)));
            }
            let cur = vm.rt.current;
            vm.rt.deferred.push(cur);
            vm.suspend_on("`yield_now()`".to_string());
            Ok((Fut::YieldNow { yielded: true }, Poll::Pending))
        }
        Fut::Join { futs, mut outs, skip, try_join } => {
            let n = futs.len();
            let mut pending = false;
            let next_skip = if skip + 1 >= n { 0 } else { skip + 1 };
            for k in 0..n {
                let i = (skip + k) % n.max(1);
                if outs[i].is_some() {
                    continue;
                }
                match poll(vm, &futs[i])? {
                    Poll::Ready(v) => {
                        if try_join && is_err(&v) {
                            for f in &futs {
                                cancel(vm, f);
                            }
                            return Ok((Fut::Done, Poll::Ready(v)));
                        }
                        outs[i] = Some(v);
                    }
                    Poll::Pending => pending = true,
                }
            }
            if pending {
                return Ok((Fut::Join { futs, outs, skip: next_skip, try_join }, Poll::Pending));
            }
            let mut values: Vec<Value> = outs.into_iter().map(|o| o.unwrap_or_default()).collect();
            if try_join {
                values = values.into_iter().map(|v| ok_inner(&v)).collect();
                return Ok((Fut::Done, Poll::Ready(Value::ok(Value::tuple(values)))));
            }
            Ok((Fut::Done, Poll::Ready(Value::tuple(values))))
        }
        Fut::Leaf(mut leaf) => {
            // A sleep polled by a leaf (`timeout`'s or `interval`'s deadline) is marked in the trace.
            vm.rt.leaf_depth += 1;
            let r = leaf.poll(vm);
            vm.rt.leaf_depth -= 1;
            match r? {
                Poll::Ready(v) => Ok((Fut::Done, Poll::Ready(v))),
                Poll::Pending => Ok((Fut::Leaf(leaf), Poll::Pending)),
            }
        }
        Fut::JoinHandle(id) => match poll_join(vm, id)? {
            Poll::Ready(v) => Ok((Fut::Done, Poll::Ready(v))),
            Poll::Pending => Ok((Fut::JoinHandle(id), Poll::Pending)),
        },
    }
}

/// A `JoinHandle`: the task's output, `Err(JoinError)`, or pending (the current task is woken when it ends).
fn poll_join(vm: &mut Vm, id: TaskId) -> VmResult<Poll<Value>> {
    let cur = vm.rt.current;
    let Some(task) = vm.rt.tasks.get_mut(&id) else {
        return vm.unsupported("awaiting an unknown task");
    };
    match &task.end {
        Some(_) => {
            if task.taken {
                return vm.panic("`JoinHandle` polled after completion");
            }
            task.taken = true;
            // The output moves out of the task (a handle in it must die with its new owner).
            let end = match task.end.as_mut() {
                Some(TaskEnd::Output(v)) => TaskEnd::Output(std::mem::take(v)),
                other => other.cloned().unwrap_or(TaskEnd::Cancelled),
            };
            let out = match end {
                TaskEnd::Output(v) => Value::ok(v),
                TaskEnd::Panicked(msg) => {
                    let payload = vm.rt.payloads.get(&id).cloned();
                    Value::err(Value::Rt(Rc::new(super::RtObj::JoinError { task: id, panic: Some(msg), payload })))
                }
                TaskEnd::Cancelled => Value::err(join_error(id, None)),
            };
            let (now, line) = (vm.clock_ns, vm.pos.line);
            let task = TraceObject::Task(id as u32);
            vm.rt.event_about(now, cur, TraceKind::Joined, Some(line), task, task.to_string());
            Ok(Poll::Ready(out))
        }
        None => {
            if !task.join_waiters.contains(&cur) {
                task.join_waiters.push(cur);
            }
            vm.suspend_on_object(format!("the JoinHandle of task {id}"), Some(TraceObject::Task(id as u32)));
            Ok(Poll::Pending)
        }
    }
}

pub fn join_error(task: TaskId, panic: Option<String>) -> Value {
    Value::Rt(Rc::new(super::RtObj::JoinError { task, panic, payload: None }))
}

fn is_err(v: &Value) -> bool {
    match v {
        Value::Obj(o) => {
            let o = o.borrow();
            o.ty == crate::ir::RESULT && o.variant == 1
        }
        _ => false,
    }
}

fn ok_inner(v: &Value) -> Value {
    match v {
        Value::Obj(o) => o.borrow().fields.first().cloned().unwrap_or_default(),
        other => other.clone(),
    }
}

impl Vm {
    /// Record what the innermost pending leaf waits on (for traces and deadlock reports).
    pub fn suspend_on(&mut self, what: String) {
        self.suspend_on_object(what, None);
    }

    /// [`Vm::suspend_on`] a wait that names a runtime object (`the JoinHandle of task 2`: task 2).
    pub fn suspend_on_object(&mut self, what: String, object: Option<TraceObject>) {
        if self.suspended_on.is_none() {
            self.suspended_on = Some((what, self.pos));
            self.rt.suspended_object = object;
        }
    }

    /// A fresh stack running `callee(args)`; its result lands in slot 0.
    pub fn start_fiber(&mut self, callee: &Value, mut args: Vec<Value>) -> VmResult<Fiber> {
        let Some(func) = crate::vm::value::entry_of(callee, &mut args) else {
            return self.unsupported("this kind of future");
        };
        self.next_fiber += 1;
        let mut fiber = Fiber { id: self.next_fiber, frames: Vec::new(), slots: Vec::new() };
        std::mem::swap(&mut self.fiber, &mut fiber);
        self.fiber.slots.push(Value::Unit);
        let r = self.push_frame(func, args, 0);
        std::mem::swap(&mut self.fiber, &mut fiber);
        r?;
        Ok(fiber)
    }

    /// A stack suspends: trace the `RefCell` borrows it still holds (`borrow_held`).
    fn note_borrows_held(&mut self, fiber: u64) {
        if self.guards.is_empty() || !self.rt.active {
            return;
        }
        let held: Vec<(usize, bool, u32)> =
            self.guards.iter().filter(|g| g.fiber == fiber).map(|g| (g.cell, g.mutable, g.line)).collect();
        let (now, cur) = (self.clock_ns, self.rt.current);
        let (what, line) = match &self.suspended_on {
            Some((w, p)) => (w.clone(), p.line),
            None => (String::new(), self.pos.line),
        };
        for (addr, mutable, taken) in held {
            let name = self.rt.cell_name(addr);
            let kind = if mutable { "borrow_mut" } else { "borrow" };
            self.rt.event_about(
                now,
                cur,
                TraceKind::BorrowHeld,
                Some(line),
                name,
                format!("{name} ({kind} taken at line {taken}) while waiting on {what}"),
            );
        }
    }

    /// Forget the `RefCell` borrows a dropped stack held.
    pub fn release_guards(&mut self, fiber: u64) {
        self.guards.retain(|g| g.fiber != fiber);
    }

    /// Resume a started future's stack: `Some(output)` when it finished, `None` when pending.
    pub fn resume_fiber(&mut self, fiber: &mut Fiber) -> VmResult<Option<Value>> {
        if self.reentry >= crate::vm::MAX_REENTRY {
            return self.limit("stopped: futures nested more than 200 deep inside `join!`/`select!`/tasks");
        }
        std::mem::swap(&mut self.fiber, fiber);
        let saved_pos = self.pos;
        self.reentry += 1;
        let r = self.run(0);
        self.reentry -= 1;
        self.pos = saved_pos;
        std::mem::swap(&mut self.fiber, fiber);
        match r {
            Ok(()) => Ok(Some(fiber.slots.first().cloned().unwrap_or_default())),
            Err(Stop::Pending) => {
                self.note_borrows_held(fiber.id);
                Ok(None)
            }
            Err(e) => Err(e),
        }
    }
}
