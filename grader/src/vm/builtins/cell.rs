//! `Rc`/`Arc`, `RefCell`, `Cell`, `Mutex`, `RwLock` and atomics.
//! All interior-mutable types are `Value::Interior(cell)`; `borrow_mut()`,
//! `lock()` and friends hand out a `&mut` place into that cell.

use std::rc::Rc;

use super::arg;
use crate::trace::TraceKind;
use crate::vm::ops::{int_binop, store_deref, wrap};
use crate::vm::value::{deep_clone, shared, Map, Place, Value};
use crate::vm::{Vm, VmResult};

/// Methods on a `&mut` place that must see the place itself (not its value).
pub fn ref_method(vm: &mut Vm, method: &str, recv: &Value, args: &[Value]) -> VmResult<Option<Value>> {
    // A value from `or_default()` whose type was unknown at lowering: make it concrete on first use.
    if let Value::Marker("default") = recv.deref_ref() {
        let concrete = match method {
            "push" | "extend" | "insert" if args.len() == 2 => Value::vec(Vec::new()),
            "push_str" => Value::string(String::new()),
            "insert" if args.len() == 3 => Value::Map(shared(Map::default())),
            _ => {
                return vm.unsupported(format!(
                    "`{method}` on a value from `or_default()` of unknown type (add a type annotation to the map)"
                ))
            }
        };
        store_deref(vm, recv, concrete.clone())?;
        let mut args = args.to_vec();
        args[0] = concrete;
        return super::dispatch(vm, method, "", args).map(Some);
    }
    Ok(None)
}

/// Methods of `Rc`/`Arc` itself (before auto-deref to the contents).
pub fn rc_method(_vm: &mut Vm, method: &str, recv: &Value, args: &[Value]) -> VmResult<Option<Value>> {
    let _ = args;
    Ok(match (method, recv) {
        ("clone", Value::Rc(r)) => Some(r.clone_handle()),
        _ => None,
    })
}

pub fn call(vm: &mut Vm, method: &str, hint: &str, args: &[Value]) -> VmResult<Option<Value>> {
    let Value::Interior(cell, kind) = arg(args, 0) else { return Ok(None) };
    let _ = hint;
    let a1 = || arg(args, 1);
    let place = || Value::Ref(Place::Cell(cell.clone()));
    let int_op = |vm: &mut Vm, op: crate::ir::BinOp| -> VmResult<Value> {
        let old = cell.borrow().clone();
        let new = match (&old, a1().deref()) {
            (Value::Int(x, t), Value::Int(y, _)) => match int_binop(op, *x, y, *t) {
                Ok(v) => v,
                // Atomic arithmetic wraps around.
                Err(_) => {
                    let r = match op {
                        crate::ir::BinOp::Add => x.wrapping_add(y),
                        _ => x.wrapping_sub(y),
                    };
                    Value::Int(wrap(r, *t), *t)
                }
            },
            _ => return vm.unsupported("this atomic operation"),
        };
        *cell.borrow_mut() = new;
        Ok(old)
    };
    // Guards bound to locals (`let g = c.borrow_mut();`) keep the RefCell borrowed.
    let addr = std::rc::Rc::as_ptr(&cell) as usize;
    let writer = vm.guards.iter().any(|g| g.cell == addr && g.mutable);
    let any = vm.guards.iter().any(|g| g.cell == addr);
    if kind == crate::vm::value::CellKind::RefCell
        && ((method == "borrow" && writer) || (method == "borrow_mut" && any))
        && vm.rt.active
    {
        // Evidence for `refcell_borrow_across_await`: which borrow failed, where.
        let (now, cur, line, name) = (vm.clock_ns, vm.rt.current, vm.pos.line, vm.rt.cell_name(addr));
        let err = if method == "borrow" { "BorrowError" } else { "BorrowMutError" };
        vm.rt.event_about(now, cur, TraceKind::BorrowFailed, Some(line), name, format!("{name} ({method}: {err})"));
    }
    Ok(Some(match method {
        "borrow" if kind == crate::vm::value::CellKind::RefCell && writer => {
            return vm.panic("RefCell already mutably borrowed")
        }
        "borrow_mut" if kind == crate::vm::value::CellKind::RefCell && any => {
            return vm.panic("RefCell already borrowed")
        }
        "try_borrow" if writer => {
            Value::err(Value::StdError(std::rc::Rc::new(("already mutably borrowed".into(), "BorrowError".into()))))
        }
        "try_borrow_mut" if any => {
            Value::err(Value::StdError(std::rc::Rc::new(("already borrowed".into(), "BorrowMutError".into()))))
        }
        "borrow" | "borrow_mut" | "get_mut" => place(),
        "try_borrow" | "try_borrow_mut" => Value::ok(place()),
        "lock" | "try_lock" if kind == crate::vm::value::CellKind::Mutex && (vm.rt.active || vm.has_drops) => {
            return crate::vm::rt::sync::std_lock(vm, &cell, method == "try_lock").map(Some)
        }
        "lock" | "read" | "write" | "try_lock" | "try_read" | "try_write" => Value::ok(place()),
        "get" | "load" => {
            let v = cell.borrow().clone();
            crate::vm::value::copy_read(&vm.prog.clone(), &v)
        }
        "set" | "store" => {
            *cell.borrow_mut() = a1();
            Value::Unit
        }
        "replace" => std::mem::replace(&mut *cell.borrow_mut(), a1()),
        "take" => {
            let cur = cell.borrow().clone();
            let empty = match &cur {
                Value::Int(_, t) => Value::Int(0, *t),
                Value::Bool(_) => Value::Bool(false),
                Value::Obj(o) if o.borrow().ty == crate::ir::OPTION => Value::none(),
                Value::Vec(_) => Value::vec(Vec::new()),
                Value::String(_) => Value::string(String::new()),
                _ => return vm.unsupported("`take` on this cell"),
            };
            *cell.borrow_mut() = empty;
            cur
        }
        "into_inner" => {
            let v = cell.borrow().clone();
            // Mutex/RwLock::into_inner returns a LockResult; Cell/RefCell the value.
            if matches!(kind, crate::vm::value::CellKind::Mutex | crate::vm::value::CellKind::RwLock) {
                Value::ok(v)
            } else {
                v
            }
        }
        "swap" if args.len() == 3 => std::mem::replace(&mut *cell.borrow_mut(), a1()),
        "swap" => {
            if let Value::Interior(other, _) = a1().deref_ref() {
                if !Rc::ptr_eq(&cell, &other) {
                    std::mem::swap(&mut *cell.borrow_mut(), &mut *other.borrow_mut());
                }
            }
            Value::Unit
        }
        "fetch_add" => int_op(vm, crate::ir::BinOp::Add)?,
        "fetch_sub" => int_op(vm, crate::ir::BinOp::Sub)?,
        "fetch_max" | "fetch_min" => {
            let old = cell.borrow().clone();
            let new = a1().deref();
            let o = crate::vm::value::compare(&new, &old);
            if (method == "fetch_max" && o.is_gt()) || (method == "fetch_min" && o.is_lt()) {
                *cell.borrow_mut() = new;
            }
            old
        }
        "fetch_and" | "fetch_or" | "fetch_xor" => {
            let old = cell.borrow().clone();
            let new = match (&old, a1().deref()) {
                (Value::Bool(x), Value::Bool(y)) => Value::Bool(match method {
                    "fetch_and" => *x & y,
                    "fetch_or" => *x | y,
                    _ => *x ^ y,
                }),
                (Value::Int(x, t), Value::Int(y, _)) => Value::Int(
                    match method {
                        "fetch_and" => x & y,
                        "fetch_or" => x | y,
                        _ => x ^ y,
                    },
                    *t,
                ),
                _ => return vm.unsupported("this atomic operation"),
            };
            *cell.borrow_mut() = new;
            old
        }
        "compare_exchange" | "compare_exchange_weak" | "compare_and_swap" => {
            let cur = cell.borrow().clone();
            if crate::vm::value::equal(&cur, &a1().deref()) {
                *cell.borrow_mut() = arg(args, 2);
                if method == "compare_and_swap" {
                    cur
                } else {
                    Value::ok(cur)
                }
            } else if method == "compare_and_swap" {
                cur
            } else {
                Value::err(cur)
            }
        }
        "clone" => Value::Interior(shared(deep_clone(&cell.borrow())), kind),
        "fetch_update" => {
            // fetch_update(set_order, fetch_order, f): f(old) -> Option<new>.
            let f = arg(args, 3);
            let old = cell.borrow().clone();
            let r = vm.call_value(&f, vec![old.clone()])?;
            match r.deref() {
                Value::Obj(o) if o.borrow().variant == 1 => {
                    let new = o.borrow().fields.first().cloned().unwrap_or_default();
                    *cell.borrow_mut() = new;
                    Value::ok(old)
                }
                _ => Value::err(old),
            }
        }
        "is_poisoned" => Value::Bool(false),
        _ => return Ok(None),
    }))
}
