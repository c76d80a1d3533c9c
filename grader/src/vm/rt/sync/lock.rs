//! `tokio::sync::Mutex`, `RwLock` and `Semaphore`: handles, guards and permits over [`Sem`].

use std::cell::Cell;
use std::rc::Rc;

use super::sem::{Acquire, Grant, Sem, SemRef, MAX_PERMITS};
use super::{std_error, Guard};
use crate::trace::{TraceKind, TraceObject};
use crate::vm::builtins::usize_arg;
use crate::vm::rt::future::future;
use crate::vm::rt::{Fut, Object, RtObj};
use crate::vm::value::{shared, Place, Shared, Value};
use crate::vm::{Vm, VmResult};

/// tokio's `RwLock` readers limit (`MAX_READS`).
pub const MAX_READS: usize = (u32::MAX >> 3) as usize;

fn rt(obj: impl Object + 'static) -> Value {
    Value::Rt(Rc::new(RtObj::Dyn(Box::new(obj))))
}

fn leaf(a: Acquire) -> Value {
    future(Fut::Leaf(Box::new(a)))
}

/// A guard holding `n` permits of `sem` over `cell`.
fn guard(sem: &SemRef, cell: &Shared<Value>, n: usize) -> Value {
    let sem = sem.clone();
    Value::Ref(Place::Guard(Guard::new(cell.clone(), Box::new(move || Sem::release_by_drop(&sem, n)))))
}

fn note_acquired(vm: &mut Vm, sem: &SemRef) {
    let name = sem.borrow().name;
    let (now, cur, line) = (vm.clock_ns, vm.rt.current, vm.pos.line);
    // The stack that holds it (a future of its own, e.g. one pinned for `select!`): the deadlock
    // detectors tell a lock held by an unpolled future from a re-lock by it.
    let detail = format!("{name} (future {})", vm.fiber.id);
    vm.rt.event_about(now, cur, TraceKind::LockAcquired, Some(line), name, detail);
}

fn would_block() -> Value {
    Value::err(std_error("operation would block", "TryLockError(())"))
}

// ---------------------------------------------------------------- Mutex and RwLock

struct GuardGrant {
    cell: Shared<Value>,
    what: String,
}

impl Grant for GuardGrant {
    fn grant(&self, _vm: &mut Vm, sem: &SemRef, n: usize) -> Value {
        guard(sem, &self.cell, n)
    }
    fn what(&self) -> String {
        self.what.clone()
    }
}

/// `tokio::sync::Mutex` (or `RwLock` when `max_reads` is set).
struct Lock {
    sem: SemRef,
    cell: Shared<Value>,
    /// `RwLock`: permits a writer takes.
    max_reads: Option<usize>,
}

pub fn new_mutex(vm: &mut Vm, v: Value) -> Value {
    let sem = Sem::new(vm, TraceObject::Mutex, 1);
    rt(Lock { sem, cell: shared(v), max_reads: None })
}

pub fn new_rwlock(vm: &mut Vm, v: Value, max_reads: usize) -> VmResult<Value> {
    if max_reads > MAX_READS {
        return vm.unsupported(format!("`RwLock::with_max_readers` above {MAX_READS}"));
    }
    let sem = Sem::new(vm, TraceObject::RwLock, max_reads);
    Ok(rt(Lock { sem, cell: shared(v), max_reads: Some(max_reads) }))
}

impl Lock {
    fn acquire(&self, n: usize, what: String) -> Value {
        leaf(Acquire::new(self.sem.clone(), n, Box::new(GuardGrant { cell: self.cell.clone(), what })))
    }

    fn try_acquire(&self, vm: &mut Vm, n: usize) -> Value {
        let ok = self.sem.borrow_mut().try_acquire(n).is_ok();
        if !ok {
            return would_block();
        }
        note_acquired(vm, &self.sem);
        Value::ok(guard(&self.sem, &self.cell, n))
    }
}

impl Object for Lock {
    fn type_name(&self) -> &'static str {
        if self.max_reads.is_some() {
            "RwLock"
        } else {
            "Mutex"
        }
    }

    fn debug_fields(&self) -> Option<Result<(&'static str, Vec<(&'static str, Value)>), String>> {
        // tokio prints the data if `try_lock` (`try_read`) would succeed now.
        let free = self.sem.borrow().permits >= 1;
        let data = if free { self.cell.borrow().clone() } else { Value::Marker("<locked>") };
        Some(Ok((self.type_name(), vec![("data", data)])))
    }

    fn method(&self, vm: &mut Vm, method: &str, _hint: &str, _args: &[Value]) -> VmResult<Option<Value>> {
        let name = self.sem.borrow().name;
        Ok(Some(match (self.max_reads, method) {
            (None, "lock" | "lock_owned") => self.acquire(1, format!("`lock()` of {name}")),
            (None, "try_lock" | "try_lock_owned") => self.try_acquire(vm, 1),
            (Some(_), "read" | "read_owned") => self.acquire(1, format!("`read()` of {name}")),
            (Some(max), "write" | "write_owned") => self.acquire(max, format!("`write()` of {name}")),
            (Some(_), "try_read" | "try_read_owned") => self.try_acquire(vm, 1),
            (Some(max), "try_write" | "try_write_owned") => self.try_acquire(vm, max),
            (_, "into_inner") => self.cell.borrow().clone(),
            (_, "get_mut") => Value::Ref(Place::Cell(self.cell.clone())),
            (_, "blocking_lock" | "blocking_read" | "blocking_write") => {
                // On the runtime's thread tokio panics (at the caller's line: `#[track_caller]`);
                // elsewhere it would wait for the lock, which is not modelled.
                crate::vm::rt::chan::check_blocking(vm)?;
                return vm.unsupported(format!("`{method}` of a tokio lock outside the runtime"));
            }
            _ => return Ok(None),
        }))
    }
}

// ---------------------------------------------------------------- Semaphore

/// `tokio::sync::Semaphore`.
struct Semaphore {
    sem: SemRef,
}

pub fn new_semaphore(vm: &mut Vm, n: usize) -> VmResult<Value> {
    if n > MAX_PERMITS {
        return vm.panic(format!("a semaphore may not have more than MAX_PERMITS permits ({MAX_PERMITS})"));
    }
    let sem = Sem::new(vm, TraceObject::Semaphore, n);
    Ok(rt(Semaphore { sem }))
}

/// `Semaphore { ll_sem: Semaphore { permits: 3 } }` (what tokio's Debug prints).
fn semaphore_debug(sem: &SemRef) -> String {
    format!("Semaphore {{ ll_sem: Semaphore {{ permits: {} }} }}", sem.borrow().permits)
}

struct PermitGrant {
    owned: bool,
    what: String,
}

impl Grant for PermitGrant {
    fn grant(&self, _vm: &mut Vm, sem: &SemRef, n: usize) -> Value {
        Value::ok(rt(Permit { sem: sem.clone(), n: Cell::new(n), owned: self.owned }))
    }
    fn closed(&self) -> Value {
        Value::err(std_error("semaphore closed", "AcquireError(())"))
    }
    fn what(&self) -> String {
        self.what.clone()
    }
}

impl Object for Semaphore {
    fn type_name(&self) -> &'static str {
        "Semaphore"
    }

    fn debug(&self) -> String {
        semaphore_debug(&self.sem)
    }

    fn method(&self, vm: &mut Vm, method: &str, _hint: &str, args: &[Value]) -> VmResult<Option<Value>> {
        let name = self.sem.borrow().name;
        let many = method.contains("_many");
        let n = if many { usize_arg(vm, args, 1)? } else { 1 };
        let owned = method.ends_with("_owned");
        Ok(Some(match method {
            "acquire" | "acquire_many" | "acquire_owned" | "acquire_many_owned" => {
                let what = format!("`{method}()` of {name}");
                leaf(Acquire::new(self.sem.clone(), n, Box::new(PermitGrant { owned, what })))
            }
            "try_acquire" | "try_acquire_many" | "try_acquire_owned" | "try_acquire_many_owned" => {
                let r = self.sem.borrow_mut().try_acquire(n);
                match r {
                    Ok(()) => {
                        note_acquired(vm, &self.sem);
                        Value::ok(rt(Permit { sem: self.sem.clone(), n: Cell::new(n), owned }))
                    }
                    Err(closed) => Value::err(crate::vm::rt::chan::error(
                        vm,
                        "sync::TryAcquireError",
                        if closed { 0 } else { 1 },
                        Vec::new(),
                    )?),
                }
            }
            "add_permits" => {
                let n = usize_arg(vm, args, 1)?;
                let cur = self.sem.borrow().permits;
                if cur.saturating_add(n) > MAX_PERMITS {
                    return vm
                        .panic(format!("number of added permits ({n}) would overflow MAX_PERMITS ({MAX_PERMITS})"));
                }
                self.sem.borrow_mut().release(n);
                vm.rt.flush_wakes();
                Value::Unit
            }
            "available_permits" => Value::usize(self.sem.borrow().permits),
            "close" => {
                self.sem.borrow_mut().close();
                vm.rt.flush_wakes();
                Value::Unit
            }
            "is_closed" => Value::Bool(self.sem.borrow().closed),
            "forget_permits" => {
                let n = usize_arg(vm, args, 1)?;
                let mut s = self.sem.borrow_mut();
                let k = s.permits.min(n);
                s.permits -= k;
                Value::usize(k)
            }
            _ => return Ok(None),
        }))
    }
}

/// `SemaphorePermit` / `OwnedSemaphorePermit`: gives its permits back when dropped.
struct Permit {
    sem: SemRef,
    n: Cell<usize>,
    owned: bool,
}

impl Drop for Permit {
    fn drop(&mut self) {
        let n = self.n.get();
        if n > 0 {
            Sem::release_by_drop(&self.sem, n);
        }
    }
}

impl Object for Permit {
    fn type_name(&self) -> &'static str {
        if self.owned {
            "OwnedSemaphorePermit"
        } else {
            "SemaphorePermit"
        }
    }

    fn debug(&self) -> String {
        format!("{} {{ sem: {}, permits: {} }}", self.type_name(), semaphore_debug(&self.sem), self.n.get())
    }

    fn owns_resource(&self) -> bool {
        true
    }

    fn method(&self, _vm: &mut Vm, method: &str, _hint: &str, _args: &[Value]) -> VmResult<Option<Value>> {
        Ok(Some(match method {
            "forget" => {
                self.n.set(0);
                Value::Unit
            }
            "num_permits" => Value::usize(self.n.get()),
            _ => return Ok(None),
        }))
    }
}
