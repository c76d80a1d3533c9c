//! `tokio::runtime`: runtimes built by hand (`Builder`, `Runtime::new()`, `rt.block_on`,
//! `rt.spawn`, `rt.handle()`), and `Handle::current()`.
//!
//! A hand-built runtime keeps its own [`Sched`] (tasks, queues, timers, clock) while it is not
//! running; `rt.block_on(fut)` swaps it into the VM for the call (`Vm::block_on_runtime`), so
//! the tasks it did not finish wait for its next `block_on`, and dropping the runtime drops them.
//! Task ids are global, as tokio's are.
//!
//! Flavours: `Builder::new_current_thread()` is the scheduler of `rt/mod.rs`; without
//! `.start_paused(true)` its clock is the real one, so timers too close to order for sure are
//! refused (`Vm::real_clock_check`) and reading a clock is refused.
//! `Runtime::new()` is multi-thread: its `block_on` future runs on this thread as on
//! current_thread, but spawning is refused; `Builder::new_multi_thread()` is refused by name.
//!
//! `rt.enter()` / `handle.enter()` return a guard; while it lives, outside any `block_on`,
//! `tokio::spawn` and `Handle::current()` use that runtime (a spawned task waits in its inject
//! queue for its next `block_on`, as on tokio's current_thread), and dropping the guard leaves.
//!
//! The simulated program has one thread, which drives the tasks, so any `block_on` while a
//! runtime runs panics with tokio's text (async/293, async/296).

use std::cell::RefCell;
use std::rc::{Rc, Weak};

use crate::vm::rt::{Flavor, Object, RtObj, Sched};
use crate::vm::value::Value;
use crate::vm::{Vm, VmResult};

/// tokio's panic for `block_on` on a thread that drives a runtime (`enter_runtime`; the last
/// sentence is new in tokio 1.54).
pub const NESTED_RUNTIME: &str = "Cannot start a runtime from within a runtime. This happens because a function (like `block_on`) attempted to block the current thread while the thread is being used to drive asynchronous tasks. If you are in an async function, use `.await` on the future instead of blocking on it.";

/// tokio's panic for `Handle::current()` with no runtime entered.
const NO_RUNTIME: &str = "there is no reactor running, must be called from the context of a Tokio 1.x runtime";

thread_local! {
    /// Ids of hand-built runtimes (0 is `#[tokio::main]`'s).
    static NEXT_RUNTIME: std::cell::Cell<u64> = const { std::cell::Cell::new(0) };
}

/// A runtime context entered by a live `EnterGuard`.
pub struct Entered {
    id: u64,
    state: Option<Weak<RefCell<Sched>>>,
    guard: Weak<()>,
}

/// The runtime whose context an `enter()` guard still holds (innermost), outside any `block_on`:
/// its id and state (`None`: `#[tokio::main]`'s, which cannot be entered from outside).
fn entered(vm: &mut Vm) -> Option<(u64, Rc<RefCell<Sched>>)> {
    vm.rt.entered.retain(|e| e.guard.strong_count() > 0);
    let e = vm.rt.entered.last()?;
    Some((e.id, e.state.as_ref()?.upgrade()?))
}

/// `tokio::spawn(fut)` outside any `block_on`: on the runtime an `enter()` guard holds, if any.
pub fn spawn_entered(vm: &mut Vm, fut: Value) -> VmResult<Option<Value>> {
    match entered(vm) {
        Some((id, state)) => spawn(vm, id, &state, fut).map(Some),
        None => Ok(None),
    }
}

/// `rt.enter()`: the guard, and the context it enters.
fn enter(vm: &mut Vm, id: u64, state: Option<Weak<RefCell<Sched>>>) -> Value {
    let guard = Rc::new(());
    vm.rt.entered.push(Entered { id, state, guard: Rc::downgrade(&guard) });
    Value::Rt(Rc::new(RtObj::Dyn(Box::new(EnterGuard(guard)))))
}

/// `tokio::runtime::EnterGuard`: the context lasts as long as it does.
struct EnterGuard(#[allow(dead_code)] Rc<()>);

impl Object for EnterGuard {
    fn type_name(&self) -> &'static str {
        "EnterGuard"
    }

    fn debug(&self) -> String {
        "EnterGuard { .. }".into()
    }

    fn owns_resource(&self) -> bool {
        true
    }

    fn method(&self, _vm: &mut Vm, _method: &str, _hint: &str, _args: &[Value]) -> VmResult<Option<Value>> {
        Ok(None)
    }
}

/// A built-in path of this family (`Ok(None)`: not one of ours).
pub fn path(vm: &mut Vm, full: &str, _args: &[Value]) -> VmResult<Option<Value>> {
    let full = full.strip_prefix("tokio::runtime::").map(|r| r.to_string()).unwrap_or_else(|| full.to_string());
    match full.as_str() {
        "Handle::current" => {
            if !vm.rt.active {
                if let Some((id, state)) = entered(vm) {
                    let h = Handle { id, state: Some(Rc::downgrade(&state)) };
                    return Ok(Some(Value::Rt(Rc::new(RtObj::Dyn(Box::new(h))))));
                }
                return vm.panic(NO_RUNTIME);
            }
            let h = Handle { id: vm.rt.runtime_id, state: vm.rt.this.clone() };
            Ok(Some(Value::Rt(Rc::new(RtObj::Dyn(Box::new(h))))))
        }
        "Builder::new_current_thread" => Ok(Some(builder(BuilderState { paused: false, time: false }))),
        "Builder::new_multi_thread" => vm.unsupported("`tokio::runtime::Builder::new_multi_thread` (its tasks run in parallel on worker threads; build the runtime with `Builder::new_current_thread()`)"),
        "Runtime::new" => Ok(Some(Value::ok(runtime(vm, Flavor::MultiThread, false)))),
        _ if full.starts_with("Builder::") || full.starts_with("Runtime::") || full.starts_with("Handle::") => vm.unsupported(format!("`tokio::runtime::{full}`")),
        _ => Ok(None),
    }
}

fn builder(b: BuilderState) -> Value {
    Value::Rt(Rc::new(RtObj::Dyn(Box::new(Builder(RefCell::new(b))))))
}

fn runtime(vm: &mut Vm, flavor: Flavor, time_disabled: bool) -> Value {
    let id = NEXT_RUNTIME.with(|n| {
        n.set(n.get() + 1);
        n.get()
    });
    if flavor != Flavor::Paused {
        vm.rt.real_clock_built = true;
    }
    let state = Rc::new(RefCell::new(Sched { flavor, time_disabled, id, ..Sched::default() }));
    state.borrow_mut().this = Some(Rc::downgrade(&state));
    Value::Rt(Rc::new(RtObj::Dyn(Box::new(Runtime { id, state }))))
}

#[derive(Clone, Copy)]
struct BuilderState {
    paused: bool,
    time: bool,
}

/// `tokio::runtime::Builder` (current_thread only).
struct Builder(RefCell<BuilderState>);

impl Object for Builder {
    fn type_name(&self) -> &'static str {
        "Builder"
    }

    fn method(&self, vm: &mut Vm, method: &str, _hint: &str, args: &[Value]) -> VmResult<Option<Value>> {
        let mut b = *self.0.borrow();
        match method {
            "enable_all" | "enable_time" => b.time = true,
            "enable_io" => {}
            "start_paused" => b.paused = matches!(args.get(1).map(|v| v.deref()), Some(Value::Bool(true))),
            "build" => {
                let flavor = if b.paused { Flavor::Paused } else { Flavor::RealClock };
                return Ok(Some(Value::ok(runtime(vm, flavor, !b.time))));
            }
            _ => return vm.unsupported(format!("`Builder::{method}`")),
        }
        // The builder methods take `&mut self` and return it: the chain and a `let mut b` both work.
        *self.0.borrow_mut() = b;
        Ok(Some(args.first().map(|v| v.deref()).unwrap_or_default()))
    }
}

/// `tokio::runtime::Runtime`: its scheduler state while it is not running.
struct Runtime {
    id: u64,
    state: Rc<RefCell<Sched>>,
}

/// Dropping the runtime shuts it down: its live tasks' futures are dropped in tokio's order
/// (their destructors run at the next instruction boundary, `vm/drop.rs`).
impl Drop for Runtime {
    fn drop(&mut self) {
        let Ok(mut sched) = self.state.try_borrow_mut() else { return };
        let mut futs = Vec::new();
        for id in super::shutdown_order(&sched.tasks) {
            if let Some(t) = sched.tasks.get_mut(&id) {
                t.end = Some(super::TaskEnd::Cancelled);
                futs.push(t.fut.take());
            }
        }
        let rest = std::mem::take(&mut *sched);
        drop(sched);
        for f in futs {
            drop(f);
        }
        drop(rest);
    }
}

/// `rt.block_on(fut)` for the runtime whose state is `state`.
fn block_on(vm: &mut Vm, state: &Rc<RefCell<Sched>>, fut: Value) -> VmResult<Value> {
    if vm.rt.active {
        if super::chan::on_blocking_thread(vm) {
            return vm.unsupported(
                "`block_on` on a blocking thread (the simulation runs `spawn_blocking` closures at once)",
            );
        }
        return vm.panic(NESTED_RUNTIME);
    }
    let mut sched = std::mem::take(&mut *state.borrow_mut());
    let r = vm.block_on_runtime(&mut sched, fut);
    *state.borrow_mut() = sched;
    r
}

/// `spawn` on the runtime whose state is `state` (id `id`), from wherever the program is.
fn spawn(vm: &mut Vm, id: u64, state: &Rc<RefCell<Sched>>, fut: Value) -> VmResult<Value> {
    let task = if vm.rt.active && vm.rt.runtime_id == id {
        vm.spawn_task(fut)?
    } else {
        let mut sched = std::mem::take(&mut *state.borrow_mut());
        let r = vm.spawn_remote(&mut sched, fut);
        *state.borrow_mut() = sched;
        r?
    };
    Ok(Value::Rt(Rc::new(RtObj::JoinHandle(task))))
}

impl Object for Runtime {
    fn type_name(&self) -> &'static str {
        "Runtime"
    }

    fn owns_resource(&self) -> bool {
        true
    }

    fn method(&self, vm: &mut Vm, method: &str, _hint: &str, args: &[Value]) -> VmResult<Option<Value>> {
        let arg = args.get(1).cloned().unwrap_or_default();
        Ok(Some(match method {
            "block_on" => block_on(vm, &self.state, arg)?,
            "spawn" => spawn(vm, self.id, &self.state, arg)?,
            "handle" => Value::Rt(Rc::new(RtObj::Dyn(Box::new(Handle {
                id: self.id,
                state: Some(Rc::downgrade(&self.state)),
            })))),
            "enter" => enter(vm, self.id, Some(Rc::downgrade(&self.state))),
            _ => return vm.unsupported(format!("`Runtime::{method}`")),
        }))
    }
}

/// A handle to a runtime: `#[tokio::main]`'s (`state` is `None`) or a hand-built one's.
struct Handle {
    id: u64,
    state: Option<Weak<RefCell<Sched>>>,
}

impl Object for Handle {
    fn type_name(&self) -> &'static str {
        "Handle"
    }

    fn method(&self, vm: &mut Vm, method: &str, _hint: &str, args: &[Value]) -> VmResult<Option<Value>> {
        let arg = args.get(1).cloned().unwrap_or_default();
        let state = self.state.as_ref().and_then(|w| w.upgrade());
        Ok(Some(match method {
            "block_on" => {
                if vm.rt.active && !super::chan::on_blocking_thread(vm) {
                    return vm.panic(NESTED_RUNTIME);
                }
                // Outside the runtime, `Handle::block_on` on current_thread does not drive the
                // runtime's timers or tasks; on a blocking thread the simulation cannot block.
                return vm.unsupported("`Handle::block_on` outside the runtime's `block_on` (use `Runtime::block_on`)");
            }
            "spawn" => match state {
                Some(state) => spawn(vm, self.id, &state, arg)?,
                None if vm.rt.active && vm.rt.runtime_id == self.id => {
                    Value::Rt(Rc::new(RtObj::JoinHandle(vm.spawn_task(arg)?)))
                }
                None => return vm.unsupported("spawning on a runtime that has shut down"),
            },
            "clone" => Value::Rt(Rc::new(RtObj::Dyn(Box::new(Handle { id: self.id, state: self.state.clone() })))),
            "enter" => enter(vm, self.id, self.state.clone()),
            // On the runtime that is running: as `tokio::task::spawn_blocking` (run at once).
            "spawn_blocking" if vm.rt.active && vm.rt.runtime_id == self.id => {
                crate::vm::builtins::tokio::path(vm, "tokio::spawn_blocking", vec![arg])?
            }
            "spawn_blocking" => return vm.unsupported("`Handle::spawn_blocking` on a runtime that is not running"),
            _ => return Ok(None),
        }))
    }
}
