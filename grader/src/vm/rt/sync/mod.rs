//! tokio's synchronization primitives: `tokio::sync::{Mutex, RwLock, Semaphore, Notify, Barrier}`
//! and `tokio_util::sync::CancellationToken`.
//!
//! `Mutex`, `RwLock` and `Semaphore` share tokio's batch semaphore (`sem.rs`): a permit
//! counter and a FIFO queue of waiters; released permits go to the oldest waiter first,
//! even partially (a waiting `acquire_many(3)` keeps later small acquires waiting).
//! A lock guard is a `Place::Guard`: a place into the locked value whose Rust `Drop`
//! (the last copy of the value dies: end of scope, `drop(g)`, end of statement) releases.

mod lock;
mod notify;
mod sem;
mod token;

use std::cell::RefCell;
use std::rc::Rc;

use crate::vm::value::{Place, Shared, Value};
use crate::vm::{Stop, Vm, VmResult};

pub use sem::Sem;

/// A lock guard's place: the locked value, and what to do when the guard is dropped.
pub struct Guard {
    pub cell: Shared<Value>,
    release: RefCell<Option<Box<dyn FnOnce()>>>,
}

impl Guard {
    pub fn new(cell: Shared<Value>, release: Box<dyn FnOnce()>) -> Rc<Guard> {
        Rc::new(Guard { cell, release: RefCell::new(Some(release)) })
    }
}

impl Drop for Guard {
    fn drop(&mut self) {
        if let Some(f) = self.release.get_mut().take() {
            f();
        }
    }
}

impl std::fmt::Debug for Guard {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Guard")
    }
}

/// A built-in path of this family (`Ok(None)`: not one of ours).
pub fn path(vm: &mut Vm, full: &str, args: &[Value]) -> VmResult<Option<Value>> {
    let full = full.strip_prefix("tokio::sync::").or_else(|| full.strip_prefix("tokio_util::sync::")).unwrap_or(full);
    let a0 = || args.first().cloned().unwrap_or_default();
    Ok(Some(match full {
        "Mutex::new" | "Mutex::const_new" => lock::new_mutex(vm, a0()),
        "RwLock::new" | "RwLock::const_new" => lock::new_rwlock(vm, a0(), lock::MAX_READS)?,
        "RwLock::with_max_readers" => {
            let n = crate::vm::builtins::usize_arg(vm, args, 1)?;
            lock::new_rwlock(vm, a0(), n)?
        }
        "Semaphore::new" | "Semaphore::const_new" => {
            let n = crate::vm::builtins::usize_arg(vm, args, 0)?;
            lock::new_semaphore(vm, n)?
        }
        "Notify::new" | "Notify::const_new" => notify::new_notify(vm),
        "Barrier::new" => {
            let n = crate::vm::builtins::usize_arg(vm, args, 0)?;
            notify::new_barrier(vm, n)
        }
        "CancellationToken::new" => token::new_token(vm),
        _ => return Ok(None),
    }))
}

/// A `std::error::Error` value with its Display and Debug texts.
pub(crate) fn std_error(display: &str, debug: &str) -> Value {
    Value::StdError(Rc::new((display.to_string(), debug.to_string())))
}

/// tokio's cooperative budget for a resource operation: `false` when it is spent
/// (the task is woken as by `yield_now` and the operation is pending).
pub(crate) fn poll_proceed(vm: &mut Vm) -> bool {
    if vm.rt.budget == 0 {
        let cur = vm.rt.current;
        vm.rt.deferred.push(cur);
        vm.suspend_on("tokio's cooperative budget (the task yields)".into());
        return false;
    }
    vm.rt.budget -= 1;
    true
}

/// `std::sync::Mutex::lock`/`try_lock` while a runtime runs: the guard is tracked, so that
/// locking a mutex the runtime's only thread already holds (a guard kept across `.await`)
/// is the deadlock it is in Rust, not a second guard.
pub fn std_lock(vm: &mut Vm, cell: &Shared<Value>, try_lock: bool) -> VmResult<Value> {
    let addr = Rc::as_ptr(cell) as usize;
    let locks = vm.rt.std_locks.clone();
    if locks.borrow().contains(&addr) {
        if try_lock {
            return Ok(Value::err(std_error("try_lock failed because the operation would block", "WouldBlock")));
        }
        let msg = "deadlock: `lock()` on a `std::sync::Mutex` that is already locked on this thread (a guard is still alive, e.g. held across an `.await`); the runtime's only thread blocks forever".to_string();
        return Err(Stop::Deadlock { msg, pos: vm.pos });
    }
    locks.borrow_mut().insert(addr);
    let release = Box::new(move || {
        locks.borrow_mut().remove(&addr);
    });
    Ok(Value::ok(Value::Ref(Place::Guard(Guard::new(cell.clone(), release)))))
}
