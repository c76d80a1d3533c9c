//! `Rc`/`Arc` and their `Weak`: reference counts exactly as std keeps them.
//!
//! A handle is `Value::Rc(Rc<RcHandle>)` (see `value.rs`): copies of that `Value` are moves
//! of one handle, `Rc::clone` makes a new `RcHandle` on the shared allocation (a host
//! `Rc<Value>`), and a `Weak` is a runtime object holding a host `Weak` of it. So the host's
//! `strong_count`/`weak_count` of the allocation are the program's, and the contents die
//! (running a learner's `impl Drop`) when the last strong handle does.
//! The counts are only exact when each handle dies where Rust drops it: a program that looks
//! at counts (`Program::counts`) gets the lowering's drop timing (`MoveOut`, `ClearSlots`).
//! `Arc` and `sync::Weak` are the same values (the VM is single-threaded).

use std::rc::{Rc, Weak};

use super::arg;
use crate::vm::rt::{Object, RtObj};
use crate::vm::value::{deep_clone, RcBox, RcHandle, Value};
use crate::vm::{Vm, VmResult};

/// `rc::Weak<T>` / `sync::Weak<T>`: one per handle of the program.
struct WeakHandle(Weak<RcBox>);

impl WeakHandle {
    fn value(w: Weak<RcBox>) -> Value {
        Value::Rt(Rc::new(RtObj::Dyn(Box::new(WeakHandle(w)))))
    }
}

impl WeakHandle {
    /// The allocation, while a strong handle keeps it.
    fn live(&self) -> Option<Rc<RcBox>> {
        self.0.upgrade().filter(|b| !b.taken.get())
    }
}

impl Object for WeakHandle {
    fn type_name(&self) -> &'static str {
        "Weak"
    }
    fn debug(&self) -> String {
        "(Weak)".into()
    }
    fn method(&self, vm: &mut Vm, method: &str, _hint: &str, args: &[Value]) -> VmResult<Option<Value>> {
        let _ = vm;
        Ok(Some(match method {
            "upgrade" => Value::option(self.live().map(RcHandle::on)),
            "strong_count" | "weak_count" => {
                // Read before `live()` upgrades (which adds a strong count while it runs).
                let n = if method == "strong_count" { self.0.strong_count() } else { self.0.weak_count() };
                Value::usize(if self.live().is_some() { n } else { 0 })
            }
            "clone" => WeakHandle::value(self.0.clone()),
            "ptr_eq" => match weak_of(&arg(args, 1)) {
                Some(other) => Value::Bool(self.0.ptr_eq(&other)),
                None => return Ok(None),
            },
            _ => return Ok(None),
        }))
    }
    /// Moving a `Weak` out of a local must forget it there, or `weak_count` would see the copy.
    fn owns_resource(&self) -> bool {
        true
    }
    fn as_any(&self) -> Option<&dyn std::any::Any> {
        Some(self)
    }
}

/// The host `Weak` of a `Weak` value (through references).
fn weak_of(v: &Value) -> Option<Weak<RcBox>> {
    match v.deref() {
        Value::Rt(o) => weak_in(&o),
        _ => None,
    }
}

fn weak_in(o: &RtObj) -> Option<Weak<RcBox>> {
    match o {
        RtObj::Dyn(d) => d.as_any()?.downcast_ref::<WeakHandle>().map(|w| w.0.clone()),
        _ => None,
    }
}

/// `.clone()` of a `Weak` inside a cloned value (`#[derive(Clone)]` on a struct with a `Weak` field).
pub fn clone_weak(o: &RtObj) -> Option<Value> {
    weak_in(o).map(WeakHandle::value)
}

/// The handle behind an argument (`&rc`, `&mut rc`, `rc`).
fn handle_of(v: &Value) -> Option<Rc<RcHandle>> {
    match v {
        Value::Rc(h) => Some(h.clone()),
        other => match other.deref_ref() {
            Value::Rc(h) => Some(h),
            _ => None,
        },
    }
}

/// Whether a value can be handed out as `&mut T` by sharing it (aggregates live behind their own `Rc<RefCell>`).
fn mutable_in_place(v: &Value) -> bool {
    matches!(
        v,
        Value::String(_)
            | Value::Vec(_)
            | Value::Deque(_)
            | Value::Obj(_)
            | Value::Map(_)
            | Value::Set(_)
            | Value::Interior(..)
    )
}

/// Paths of `Rc`, `Arc` and `Weak`; `Ok(None)` when the path is not one of theirs.
/// A function that consumes its argument (`try_unwrap`) takes it out of `args`.
pub fn path(vm: &mut Vm, full: &str, args: &mut Vec<Value>) -> VmResult<Option<Value>> {
    let Some((ty, name)) = full.split_once("::") else { return Ok(None) };
    if !matches!(ty, "Rc" | "Arc" | "Weak") {
        return Ok(None);
    }
    if ty == "Weak" {
        if name == "new" {
            return Ok(Some(WeakHandle::value(Weak::new())));
        }
        // `Weak::upgrade(&w)` and friends are the methods in path form.
        return Ok(None);
    }
    let a0 = arg(args, 0);
    Ok(Some(match name {
        "new" | "from" => RcHandle::new_value(a0),
        "clone" => match handle_of(&a0) {
            Some(h) => h.clone_handle(),
            None => return vm.unsupported(format!("`{full}` of a value that is not an `{ty}`")),
        },
        "strong_count" | "weak_count" | "downgrade" | "ptr_eq" | "get_mut" | "make_mut" | "try_unwrap"
        | "into_inner" | "unwrap_or_clone" => {
            let Some(h) = handle_of(&a0) else {
                return vm.unsupported(format!("`{full}` of a value that is not an `{ty}`"));
            };
            match name {
                "strong_count" => Value::usize(Rc::strong_count(&h.alloc)),
                "weak_count" => Value::usize(Rc::weak_count(&h.alloc)),
                "downgrade" => WeakHandle::value(Rc::downgrade(&h.alloc)),
                "ptr_eq" => match handle_of(&arg(args, 1)) {
                    Some(other) => Value::Bool(Rc::ptr_eq(&h.alloc, &other.alloc)),
                    None => return vm.unsupported(format!("`{full}` of a value that is not an `{ty}`")),
                },
                "get_mut" => {
                    if Rc::strong_count(&h.alloc) != 1 || Rc::weak_count(&h.alloc) != 0 {
                        Value::none()
                    } else if mutable_in_place(&h.alloc.value) {
                        Value::some(h.alloc.value.clone())
                    } else {
                        return vm.unsupported(format!("`{full}` of an `{ty}` holding a number, `bool` or `char`"));
                    }
                }
                "make_mut" => {
                    if !mutable_in_place(&h.alloc.value) {
                        return vm.unsupported(format!("`{full}` of an `{ty}` holding a number, `bool` or `char`"));
                    }
                    if Rc::strong_count(&h.alloc) == 1 && Rc::weak_count(&h.alloc) == 0 {
                        h.alloc.value.clone()
                    } else {
                        // Other strong handles: clone the contents; only weak ones: move them (the
                        // weak pointers then dangle). Either way `*this` becomes a new allocation.
                        let contents = if Rc::strong_count(&h.alloc) == 1 {
                            h.alloc.taken.set(true);
                            h.alloc.value.clone()
                        } else {
                            deep_clone(&h.alloc.value)
                        };
                        drop(h);
                        crate::vm::ops::store_deref(vm, &a0, RcHandle::new_value(contents.clone()))?;
                        contents
                    }
                }
                _ => {
                    // By value: `this` is consumed. When it is the last strong handle, the contents
                    // move out and the allocation is dead for its `Weak`s even if a moved-from copy
                    // of the handle still sits in a slot until the statement ends.
                    args.clear();
                    drop(a0);
                    let unique = Rc::strong_count(&h.alloc) == 1 && !h.alloc.taken.get();
                    let result = if unique {
                        h.alloc.taken.set(true);
                        Ok(h.alloc.value.clone())
                    } else {
                        Err(h)
                    };
                    match (name, result) {
                        ("try_unwrap", Ok(v)) => Value::ok(v),
                        ("try_unwrap", Err(h)) => Value::err(Value::Rc(h)),
                        ("into_inner", Ok(v)) => Value::some(v),
                        ("into_inner", Err(_)) => Value::none(),
                        (_, Ok(v)) => v,
                        (_, Err(h)) => deep_clone(&h.alloc.value),
                    }
                }
            }
        }
        _ => return Ok(None),
    }))
}
