//! User destructors (`impl Drop`): run exactly when Rust runs them.
//!
//! Values are shared through `Rc`, so a value dies when its last `Rc` does.
//! The lowering makes that moment Rust's (in programs with `impl Drop` or
//! async code): locals are cleared at the end of their block, last declared
//! first (`ClearSlots`), a moved local forgets its value (`MoveOut`), frames
//! and fibers drop their slots from the top down.
//! When an `Obj` whose type has a destructor dies, its host `Drop` moves the
//! fields into a thread-local queue; the VM runs the queued destructors at
//! the next instruction boundary (or right after the scheduler dropped a
//! task), then drops the object's fields in order, running theirs.
//!
//! **Invariant:** programs without `impl Drop` never queue anything: the
//! hook is off (`active()` is false) and the VM's check is one bool.

use std::cell::{Cell, RefCell};

use crate::ir::TypeId;
use crate::vm::value::{any_within, Obj, Value};
use crate::vm::{Vm, VmResult};

/// Destructors nested inside destructors (a chain of owned objects with `impl Drop`), counted
/// as two work items each; real Rust's 8 MiB main stack handles 100,000 (sync/354).
const MAX_DROP_DEPTH: u32 = 2_000_000;
/// A type id no program has: an object whose destructor already ran.
const DEFUSED: TypeId = TypeId::MAX;

/// An object whose destructor is due.
pub struct Due {
    ty: TypeId,
    variant: u32,
    fields: Vec<Value>,
}

#[derive(Default)]
struct State {
    /// Indexed by type id: whether the type has `impl Drop`.
    types: Vec<bool>,
    queue: Vec<Due>,
}

thread_local! {
    static ACTIVE: Cell<bool> = const { Cell::new(false) };
    static STATE: RefCell<State> = RefCell::new(State::default());
}

/// Whether the running program has destructors.
#[inline]
pub fn active() -> bool {
    ACTIVE.with(|a| a.get())
}

/// Turn the hook on for a program with destructors (off for every other program).
pub fn activate(types: Vec<bool>) {
    let on = types.iter().any(|t| *t);
    STATE.with(|s| {
        if let Ok(mut s) = s.try_borrow_mut() {
            s.types = types;
            s.queue.clear();
        }
    });
    ACTIVE.with(|a| a.set(on));
}

/// Owned by a `Vm` with destructors: turns the hook off when the VM is dropped.
pub struct Guard;

impl Drop for Guard {
    fn drop(&mut self) {
        deactivate();
    }
}

pub fn deactivate() {
    ACTIVE.with(|a| a.set(false));
    let old = STATE.with(|s| s.try_borrow_mut().map(|mut s| std::mem::take(&mut s.queue)).unwrap_or_default());
    drop(old);
}

pub fn has_destructor(ty: TypeId) -> bool {
    STATE.with(|s| s.try_borrow().map(|s| s.types.get(ty as usize).copied().unwrap_or(false)).unwrap_or(false))
}

/// Called by `Obj`'s host `Drop`: queue the destructor if the type has one.
pub fn queue(o: &mut Obj) -> bool {
    STATE.with(|s| {
        let Ok(mut s) = s.try_borrow_mut() else { return false };
        if !s.types.get(o.ty as usize).copied().unwrap_or(false) {
            return false;
        }
        s.queue.push(Due { ty: o.ty, variant: o.variant, fields: std::mem::take(&mut o.fields) });
        true
    })
}

/// Whether destructors are waiting to run.
#[inline]
pub fn pending() -> bool {
    STATE.with(|s| s.try_borrow().map(|s| !s.queue.is_empty()).unwrap_or(false))
}

fn take_queue() -> Vec<Due> {
    STATE.with(|s| s.try_borrow_mut().map(|mut s| std::mem::take(&mut s.queue)).unwrap_or_default())
}

/// Whether moving this value out of a local must forget it there (it owns something with a destructor).
/// Copy values never do, so clearing the moved-from local is always safe for them.
pub fn needs_drop(prog: &crate::ir::Program, v: &Value) -> bool {
    // Futures own whatever their body holds; a handle whose count the program looks at must die with its owner.
    any_within(v, false, 4096, true, &mut |v| match v {
        Value::Obj(o) => prog.drop_impls.contains_key(&o.borrow().ty),
        Value::Future(_) => true,
        Value::Rc(_) => prog.counts,
        _ => false,
    })
}

/// Whether dropping this value would run a user destructor (`impl Drop`) somewhere inside it.
pub fn runs_destructor(prog: &crate::ir::Program, v: &Value) -> bool {
    !prog.drop_impls.is_empty()
        && any_within(v, false, 4096, true, &mut |v| match v {
            Value::Obj(o) => prog.drop_impls.contains_key(&o.borrow().ty),
            Value::Future(_) => true,
            _ => false,
        })
}

impl Vm {
    /// Run the destructors that are due, each followed by its fields' (depth first, as Rust does).
    pub fn run_drops(&mut self) -> VmResult<()> {
        if !active() {
            return Ok(());
        }
        let mut dues = take_queue().into_iter();
        while let Some(due) = dues.next() {
            if let Err(e) = self.run_drop(due) {
                // Values still due when a destructor panicked stay queued (`lib::finish` sees them).
                STATE.with(|s| {
                    if let Ok(mut s) = s.try_borrow_mut() {
                        s.queue.extend(dues);
                    }
                });
                return Err(e);
            }
        }
        Ok(())
    }

    /// One destructor, then its fields' in order, depth first, on an explicit stack
    /// (a 100,000-node `Box` list with `impl Drop` drops as in Rust, without host recursion).
    fn run_drop(&mut self, due: Due) -> VmResult<()> {
        enum Work {
            Dues(std::vec::IntoIter<Due>),
            Fields(std::vec::IntoIter<Value>),
        }
        let mut stack = vec![Work::Dues(vec![due].into_iter())];
        while let Some(top) = stack.last_mut() {
            match top {
                Work::Dues(dues) => {
                    let Some(due) = dues.next() else {
                        stack.pop();
                        continue;
                    };
                    if stack.len() as u32 >= MAX_DROP_DEPTH {
                        return self
                            .limit(format!("stopped: destructors nested more than {} deep", MAX_DROP_DEPTH / 2));
                    }
                    let Some(&f) = self.prog.drop_impls.get(&due.ty) else { continue };
                    let obj = Value::obj(due.ty, due.variant, due.fields);
                    self.drop_depth += 1;
                    let r = self.call_fn(f, vec![obj.clone()]);
                    self.drop_depth -= 1;
                    let fields = match &obj {
                        Value::Obj(o) => {
                            let mut o = o.borrow_mut();
                            o.ty = DEFUSED;
                            std::mem::take(&mut o.fields)
                        }
                        _ => Vec::new(),
                    };
                    drop(obj);
                    if let Err(e) = r {
                        // Keep what was still due visible to `lib::finish` (a panic while unwinding is refused).
                        let rest: Vec<Due> = stack
                            .iter_mut()
                            .flat_map(|w| if let Work::Dues(d) = w { d.by_ref().collect() } else { Vec::new() })
                            .collect();
                        STATE.with(|s| {
                            if let Ok(mut s) = s.try_borrow_mut() {
                                s.queue.extend(rest);
                            }
                        });
                        return Err(e);
                    }
                    stack.push(Work::Fields(fields.into_iter()));
                }
                Work::Fields(fields) => {
                    let Some(field) = fields.next() else {
                        stack.pop();
                        continue;
                    };
                    drop(field);
                    let due = take_queue();
                    if !due.is_empty() {
                        stack.push(Work::Dues(due.into_iter()));
                    }
                }
            }
        }
        Ok(())
    }
}
