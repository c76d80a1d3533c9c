//! std methods and functions, one file per std type.
//!
//! **How to add a std method:** find the file of the receiver's type
//! (`string.rs` for `String`/`&str`, `vec.rs` for `Vec`/slices/`VecDeque`,
//! `option.rs` for `Option`/`Result`, `ordering.rs` for `cmp::Ordering`, `map.rs` for maps and sets,
//! `iter.rs` for iterator adapters and consumers, `num.rs` for ints, floats,
//! `char` and `bool`, `cell.rs` for `Rc`/`RefCell`/`Cell`/`Mutex`/atomics,
//! `time.rs` for `Duration`/`Instant`, `formatter.rs` for `fmt::Formatter`),
//! and add an arm to its `call` match: `"name" => ...`. Arguments are in
//! `args` (receiver first); return `Ok(Some(value))`, or `Ok(None)` when the
//! method is not one of this type's (the dispatcher then reports `unsupported`).
//! Use `vm.panic(msg)` for a Rust panic and `vm.call_value(&closure, args)` to
//! call a learner's closure. Associated functions and free functions
//! (`String::from`, `std::mem::swap`) go in `paths.rs`.
//! Methods whose result type Rust infers from context (`parse`, `collect`,
//! `sum`, `product`, `into`) arrive with a hint after a colon (`collect:Vec`).
//! Then add a corpus program that uses it (grader/tests/corpus/).

pub mod case;
pub mod cell;
pub mod formatter;
pub mod iter;
pub mod map;
pub mod num;
pub mod option;
pub mod ordering;
pub mod paths;
pub mod rc;
pub mod string;
pub mod time;
pub mod tokio;
pub mod vec;

use super::format::to_string;
use super::value::{compare, deep_clone, equal, partial_compare, Value};
use super::{Vm, VmResult};
use crate::fmt::FmtTrait;
use crate::ir::Sym;

pub use paths::call_path;

/// Argument `i` (Unit when missing: lowering guarantees arity for correct programs).
pub fn arg(args: &[Value], i: usize) -> Value {
    args.get(i).cloned().unwrap_or_default()
}

pub fn int_arg(vm: &Vm, args: &[Value], i: usize) -> VmResult<i128> {
    match args.get(i).and_then(|v| v.as_int()) {
        Some(n) => Ok(n),
        None => vm.unsupported(format!("a non-integer argument {i}")),
    }
}

/// Count `n` steps of bulk work done inside a built-in (items pulled, bytes formatted), so host
/// loops are bounded by the step limit like the learner's own loops.
pub fn charge(vm: &mut Vm, n: u64) -> VmResult<()> {
    vm.steps = vm.steps.saturating_add(n);
    if vm.steps > vm.max_steps {
        return vm.limit(format!(
            "stopped after {} steps — is there a loop that never ends?",
            crate::vm::fmt_thousands(vm.max_steps)
        ));
    }
    Ok(())
}

/// A `usize` argument, saturated to the host's `usize` (wasm32's is 32 bits: a 64-bit index
/// must stay out of range, not wrap into range).
pub fn usize_arg(vm: &Vm, args: &[Value], i: usize) -> VmResult<usize> {
    Ok(usize::try_from(int_arg(vm, args, i)?.max(0)).unwrap_or(usize::MAX))
}

pub fn str_arg(vm: &Vm, args: &[Value], i: usize) -> VmResult<String> {
    match args.get(i).and_then(|v| v.to_str()) {
        Some(s) => Ok(s),
        None => match args.get(i).map(|v| v.deref()) {
            Some(Value::Char(c)) => Ok(c.to_string()),
            _ => vm.unsupported(format!("a non-string argument {i}")),
        },
    }
}

/// Call method `name` on `args[0]`.
pub fn call_method(vm: &mut Vm, name: Sym, args: Vec<Value>) -> VmResult<Value> {
    let prog = vm.prog.clone();
    let full = prog.name(name);
    let (method, hint) = full.split_once(':').unwrap_or((full, ""));
    dispatch(vm, method, hint, args)
}

pub fn dispatch(vm: &mut Vm, method: &str, hint: &str, mut args: Vec<Value>) -> VmResult<Value> {
    let Some(recv) = args.first().cloned() else {
        return vm.unsupported(format!("method `{method}` without a receiver"));
    };
    // Wrappers first: references and cells are transparent, Rc's clone shares.
    let recv = match recv {
        Value::Ref(_) | Value::Cell(_) => {
            if let Some(v) = cell::ref_method(vm, method, &recv, &args)? {
                return Ok(v);
            }
            recv.deref_ref()
        }
        other => other,
    };
    if let Value::Rc(inner) = &recv {
        if let Some(v) = cell::rc_method(vm, method, &recv, &args)? {
            return Ok(v);
        }
        args[0] = (**inner).clone();
        return dispatch(vm, method, hint, args);
    }
    args[0] = recv.clone();
    // `for t in tokens` over values with a destructor (the lowering's `into_iter:owned`): the
    // iterator takes the elements out of the moved collection, so each one dies when its
    // iteration drops it, as in Rust (what a `break` leaves dies with the iterator).
    if method == "into_iter" && (hint == "owned" || hint == "owned_if_drop") {
        // Of an unknown static type (maybe a `Copy` array): only when an element owns a destructor.
        if hint == "owned_if_drop" && !super::drop::needs_drop(&vm.prog, &recv) {
            return iter::into_iter(vm, recv);
        }
        let taken: Option<Vec<Value>> = match &recv {
            Value::Vec(v) => Some(std::mem::take(&mut *v.borrow_mut())),
            Value::Deque(d) => Some(std::mem::take(&mut *d.borrow_mut()).into_iter().collect()),
            Value::Map(m) => Some(
                std::mem::take(&mut m.borrow_mut().entries)
                    .into_iter()
                    .map(|(k, v)| Value::tuple(vec![k.0, v]))
                    .collect(),
            ),
            Value::Set(s) => Some(std::mem::take(&mut s.borrow_mut().items).into_iter().map(|k| k.0).collect()),
            _ => None,
        };
        return match taken {
            Some(items) => Ok(Value::Iter(super::value::shared(iter::items(items)))),
            None => iter::into_iter(vm, recv),
        };
    }
    if method == "write_str" || method == "write_fmt" {
        if let Value::String(_) = &recv {
            let text = arg(&args, 1).to_str().unwrap_or_default();
            super::format::write_str(&recv, &text);
            return Ok(Value::ok(Value::Unit));
        }
    }
    if method == "try_into" {
        // `let e: Result<Even, _> = 10u32.try_into();` uses the learner's `impl TryFrom<u32> for Even`.
        let prog = vm.prog.clone();
        let target = hint.trim_start_matches("Result<").trim_end_matches('>');
        if let Some(id) = prog.types.iter().position(|t| t.name == target) {
            if let Some(&f) = prog.try_from_impls.get(&(id as u32, super::type_key(&recv))) {
                return vm.call_fn(f, vec![recv]);
            }
        }
    }
    let found = match &recv {
        Value::Int(..) | Value::Float(..) | Value::Char(_) | Value::Bool(_) => num::call(vm, method, hint, &args)?,
        Value::Str(_) | Value::String(_) => string::call(vm, method, hint, &args)?,
        Value::Vec(_) | Value::Deque(_) => vec::call(vm, method, hint, &args)?,
        Value::Obj(o) => {
            let ty = o.borrow().ty;
            if ty == crate::ir::OPTION || ty == crate::ir::RESULT {
                option::call(vm, method, hint, &args)?
            } else if ty == crate::ir::ORDERING {
                ordering::call(vm, method, &args)?
            } else {
                time::call(vm, method, hint, &args)?
            }
        }
        Value::Map(_) | Value::Set(_) => map::call(vm, method, hint, &args)?,
        Value::Iter(_) | Value::Range(_) => iter::call(vm, method, hint, &args)?,
        Value::Interior(..) => cell::call(vm, method, hint, &args)?,
        Value::Formatter(_) => formatter::call(vm, method, hint, &args)?,
        Value::StdError(_) => crate::vm::rt::io::error_method(vm, method, &args)?,
        Value::Rt(_) | Value::Future(_) => tokio::call(vm, method, hint, &args)?,
        _ => None,
    };
    if let Some(v) = found {
        return Ok(v);
    }
    if let Some(v) = common(vm, method, hint, &args)? {
        return Ok(v);
    }
    // A user type used as an iterator (`impl Iterator for Counter`) gets the adapters.
    if let Value::Obj(_) = &recv {
        if iter::is_user_iterator(vm, &recv) {
            if let Some(v) = iter::call(vm, method, hint, &args)? {
                return Ok(v);
            }
        }
    }
    vm.unsupported(format!("method `{method}` on {}", super::value::type_name(&vm.prog, &recv)))
}

/// Methods every value has through derives and blanket impls.
fn common(vm: &mut Vm, method: &str, hint: &str, args: &[Value]) -> VmResult<Option<Value>> {
    let recv = arg(args, 0);
    let other = || arg(args, 1);
    Ok(Some(match method {
        "clone" | "to_owned" | "cloned" if args.len() == 1 => {
            // What the copy will allocate, before it does (its buffers enter the account as made).
            vm.reserve(crate::vm::memory::deep_bytes(&recv, vm.max_memory))?;
            deep_clone(&recv)
        }
        "to_string" => Value::string(to_string(vm, &recv, FmtTrait::Display)?),
        "eq" => Value::Bool(equal(&recv, &other().deref())),
        "ne" => Value::Bool(!equal(&recv, &other().deref())),
        "lt" => Value::Bool(partial_compare(&recv, &other().deref()).is_some_and(|o| o.is_lt())),
        "le" => Value::Bool(partial_compare(&recv, &other().deref()).is_some_and(|o| o.is_le())),
        "gt" => Value::Bool(partial_compare(&recv, &other().deref()).is_some_and(|o| o.is_gt())),
        "ge" => Value::Bool(partial_compare(&recv, &other().deref()).is_some_and(|o| o.is_ge())),
        "cmp" => Value::ordering(compare(&recv, &other().deref())),
        "partial_cmp" => Value::option(partial_compare(&recv, &other().deref()).map(Value::ordering)),
        "max" if args.len() == 2 => {
            let o = other().deref();
            if compare(&o, &recv).is_ge() {
                o
            } else {
                recv
            }
        }
        "min" if args.len() == 2 => {
            let o = other().deref();
            if compare(&o, &recv).is_lt() {
                o
            } else {
                recv
            }
        }
        "clamp" if args.len() == 3 => {
            let (lo, hi) = (arg(args, 1).deref(), arg(args, 2).deref());
            if compare(&lo, &hi).is_gt() {
                return match (&lo, &hi) {
                    (Value::Int(a, _), Value::Int(b, _)) => vm.panic(format!("min > max. min = {a}, max = {b}")),
                    _ => vm.unsupported("`clamp` with min > max"),
                };
            }
            if compare(&recv, &lo).is_lt() {
                lo
            } else if compare(&recv, &hi).is_gt() {
                hi
            } else {
                recv
            }
        }
        "into" | "as_ref" | "as_mut" | "borrow" | "borrow_mut" | "as_deref" | "deref" | "by_ref" if args.len() == 1 => {
            if method == "into" && hint == "String" {
                return Ok(Some(Value::string(to_string(vm, &recv, FmtTrait::Display)?)));
            }
            if method == "into" && hint == "Vec" {
                if let Some(s) = recv.to_str() {
                    return Ok(Some(Value::vec(
                        s.bytes().map(|b| Value::Int(b as i128, crate::ir::IntTy::U8)).collect(),
                    )));
                }
            }
            if method == "into" && !hint.is_empty() {
                // `let f: Fahrenheit = c.into();` uses the learner's `impl From<Celsius> for Fahrenheit`.
                let prog = vm.prog.clone();
                if let Some(id) = prog.types.iter().position(|t| t.name == hint) {
                    if let Some(&f) = prog.from_impls.get(&(id as u32, super::type_key(&recv))) {
                        return Ok(Some(vm.call_fn(f, vec![recv])?));
                    }
                }
            }
            recv
        }
        "hash" => Value::Unit,
        // `self.0.fmt(f)` / `fmt::Display::fmt(&self.x, f)` inside a learner's impl.
        "fmt" if args.len() == 2 => {
            let Value::Formatter(st) = arg(args, 1).deref_ref() else { return Ok(None) };
            let mut spec = st.borrow().spec.clone();
            // `fmt::Debug::fmt(&self.0, f)` (hint `@Debug`) renders with the trait it names.
            let named = hint.strip_prefix('@').and_then(FmtTrait::from_trait_name);
            // `{:x?}` passes its hex flag on to a nested `Debug::fmt`.
            let hex_debug = matches!(spec.trait_, FmtTrait::DebugLowerHex | FmtTrait::DebugUpperHex);
            if let Some(t) = named.filter(|t| !(hex_debug && *t == FmtTrait::Debug)) {
                spec.trait_ = t;
            }
            let t = spec.trait_;
            let text = super::format::render_with(vm, &spec, &|f, cx| super::format::fmt_value(cx, &recv, f, t))?;
            st.borrow_mut().buf.push_str(&text);
            Value::ok(Value::Unit)
        }
        _ => return Ok(None),
    }))
}
