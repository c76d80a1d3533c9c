//! Iterators: sources (`into_iter`), lazy adapters (`map`, `filter`, ...)
//! and consumers (`sum`, `collect`, `fold`, ...).
//! An iterator value is `Value::Iter(Rc<RefCell<Iter>>)`; adapters take the
//! inner iterator out of its cell (Rust moves it) and wrap it.
//!
//! This file is the iterator model and its sources; `range.rs` makes ranges
//! iterable, `adapters.rs` steps every source and adapter (`next_of`), and
//! `methods.rs` has the iterator methods: adapter construction, consumers and
//! `collect`.

mod adapters;
mod methods;
mod range;

use adapters::next_back;
pub use adapters::next_of;
pub use methods::{build_collection, call, collect, ordering_of};
use range::range_iter;

use std::cmp::Ordering;
use std::collections::VecDeque;
use std::rc::Rc;

use super::{arg, int_arg, usize_arg};
use crate::ir::{IntTy, RangeKind, Sym, TypeKey};
use crate::vm::ops::int_binop;
use crate::vm::value::{compare, deep_clone, shared, Key, Map, Place, Set, Shared, Value};
use crate::vm::{Vm, VmResult};

impl std::fmt::Debug for Iter {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Iter")
    }
}

pub enum Iter {
    Empty,
    /// Integers `next..end` (exclusive).
    Range {
        next: i128,
        end: i128,
        ty: IntTy,
    },
    /// `start..` without end.
    RangeFrom {
        next: i128,
        ty: IntTy,
    },
    Chars {
        next: u32,
        end: u32,
    },
    /// An owned list (front index, back index exclusive).
    Items {
        items: Rc<Vec<Value>>,
        front: usize,
        back: usize,
    },
    /// A live Vec: `iter()` yields elements, `iter_mut()` references.
    VecRef {
        vec: Shared<Vec<Value>>,
        front: usize,
        back: usize,
        mutable: bool,
    },
    /// A shared iterator (`by_ref()`).
    Shared(Shared<Iter>),
    /// A learner's `impl Iterator`: its `next` method.
    User {
        obj: Value,
        next: u32,
    },
    Map {
        inner: Box<Iter>,
        f: Value,
    },
    Filter {
        inner: Box<Iter>,
        f: Value,
    },
    FilterMap {
        inner: Box<Iter>,
        f: Value,
    },
    MapWhile {
        inner: Box<Iter>,
        f: Value,
        done: bool,
    },
    Enumerate {
        inner: Box<Iter>,
        n: usize,
    },
    Zip {
        a: Box<Iter>,
        b: Box<Iter>,
    },
    Chain {
        a: Box<Iter>,
        b: Box<Iter>,
    },
    Skip {
        inner: Box<Iter>,
        n: usize,
    },
    Take {
        inner: Box<Iter>,
        n: usize,
    },
    StepBy {
        inner: Box<Iter>,
        step: usize,
        first: bool,
    },
    SkipWhile {
        inner: Box<Iter>,
        f: Value,
        done: bool,
    },
    TakeWhile {
        inner: Box<Iter>,
        f: Value,
        done: bool,
    },
    Peekable {
        inner: Box<Iter>,
        peeked: Option<Option<Value>>,
    },
    FlatMap {
        inner: Box<Iter>,
        f: Option<Value>,
        cur: Option<Box<Iter>>,
    },
    Inspect {
        inner: Box<Iter>,
        f: Value,
    },
    Cloned {
        inner: Box<Iter>,
    },
    Scan {
        inner: Box<Iter>,
        state: Shared<Value>,
        f: Value,
        done: bool,
    },
    Cycle {
        orig: Rc<Vec<Value>>,
        idx: usize,
    },
    Rev {
        inner: Box<Iter>,
    },
    /// `iter::from_fn(f)`: call `f` until it returns None.
    FromFn {
        f: Value,
    },
    /// `iter::successors(first, f)`.
    Successors {
        next: Option<Value>,
        f: Value,
    },
}

/// Item `i` of an `Items` list as it is yielded: moved out when the iterator is the list's only
/// owner (a value with a destructor then dies with whoever took it, as in Rust), cloned when a
/// cloned iterator shares the list.
fn take_item(items: &mut Rc<Vec<Value>>, i: usize) -> Option<Value> {
    match Rc::get_mut(items) {
        Some(list) => list.get_mut(i).map(std::mem::take),
        None => items.get(i).cloned(),
    }
}

impl Iter {
    /// The list and bounds of an `Items` iterator.
    fn clone_items(&self) -> Option<(Rc<Vec<Value>>, usize, usize)> {
        match self {
            Iter::Items { items, front, back } => Some((items.clone(), *front, *back)),
            _ => None,
        }
    }
}

pub fn from_fn(_vm: &mut Vm, f: Value) -> VmResult<Value> {
    Ok(iter_value(Iter::FromFn { f }))
}

pub fn successors(_vm: &mut Vm, first: Value, f: Value) -> VmResult<Value> {
    Ok(iter_value(Iter::Successors { next: option_of(&first), f }))
}

fn iter_value(it: Iter) -> Value {
    Value::Iter(shared(it))
}

pub fn items(v: Vec<Value>) -> Iter {
    let n = v.len();
    Iter::Items { items: Rc::new(v), front: 0, back: n }
}

/// `for x in v` / `.into_iter()`: an iterator over a value.
pub fn into_iter(vm: &mut Vm, v: Value) -> VmResult<Value> {
    let it = match v {
        Value::Iter(_) => return Ok(v),
        Value::Range(r) => range_iter(vm, &r)?,
        Value::Vec(vec) => {
            let n = vec.borrow().len();
            Iter::VecRef { vec, front: 0, back: n, mutable: false }
        }
        Value::Deque(d) => items(d.borrow().iter().cloned().collect()),
        Value::Map(m) => {
            items(m.borrow().entries.iter().map(|(k, v)| Value::tuple(vec![k.0.clone(), v.clone()])).collect())
        }
        Value::Set(s) => items(s.borrow().items.iter().map(|k| k.0.clone()).collect()),
        // `for x in &mut v`: references to the elements.
        Value::Ref(ref p) => match v.deref_ref() {
            Value::Vec(vec) => {
                let n = vec.borrow().len();
                Iter::VecRef { vec, front: 0, back: n, mutable: true }
            }
            Value::Map(m) => {
                let keys: Vec<Key> = m.borrow().entries.keys().cloned().collect();
                items(
                    keys.into_iter()
                        .map(|k| Value::tuple(vec![k.0.clone(), Value::Ref(Place::MapValue(m.clone(), Box::new(k)))]))
                        .collect(),
                )
            }
            other => {
                let _ = p;
                return into_iter(vm, other);
            }
        },
        Value::Cell(_) | Value::Rc(_) => return into_iter(vm, v.deref()),
        Value::Obj(ref o) => {
            let ty = o.borrow().ty;
            if ty == crate::ir::OPTION || ty == crate::ir::RESULT {
                let o = o.borrow();
                let ok = (ty == crate::ir::OPTION && o.variant == 1) || (ty == crate::ir::RESULT && o.variant == 0);
                items(if ok { o.fields.clone() } else { Vec::new() })
            } else if let Some(next) = user_next(vm, &v) {
                Iter::User { obj: v.clone(), next }
            } else {
                return vm.unsupported(format!("iterating over {}", crate::vm::value::type_name(&vm.prog, &v)));
            }
        }
        other => return vm.unsupported(format!("iterating over {}", crate::vm::value::type_name(&vm.prog, &other))),
    };
    Ok(iter_value(it))
}

fn user_next(vm: &Vm, v: &Value) -> Option<u32> {
    let key = crate::vm::type_key(v);
    let sym = vm.prog.names.iter().position(|n| n == "next")? as Sym;
    vm.prog.methods.get(&(key, sym)).copied()
}

pub fn is_user_iterator(vm: &Vm, v: &Value) -> bool {
    user_next(vm, v).is_some() && !matches!(crate::vm::type_key(v), TypeKey::Any)
}

/// The next item of the iterator in `it`.
pub fn next(vm: &mut Vm, it: &Value) -> VmResult<Option<Value>> {
    match it {
        Value::Iter(cell) => {
            let mut guard = match cell.try_borrow_mut() {
                Ok(g) => g,
                Err(_) => return vm.unsupported("using an iterator inside its own adapter"),
            };
            next_of(vm, &mut guard)
        }
        other => {
            let v = into_iter(vm, other.clone())?;
            next(vm, &v)
        }
    }
}

fn call1(vm: &mut Vm, f: &Value, v: Value) -> VmResult<Value> {
    vm.call_value(f, vec![v])
}

fn truthy(v: &Value) -> bool {
    v.as_bool().unwrap_or(false)
}

/// Unwrap an `Option` value: Some(x) → Some(x).
fn option_of(v: &Value) -> Option<Value> {
    match v.deref() {
        Value::Obj(o) => {
            let o = o.borrow();
            if o.ty == crate::ir::OPTION && o.variant == 1 {
                o.fields.first().cloned()
            } else {
                None
            }
        }
        _ => None,
    }
}

/// Take the iterator out of a `Value::Iter` (Rust moves it into the adapter).
pub fn take_iter(v: &Value) -> Iter {
    match v {
        Value::Iter(cell) => match cell.try_borrow_mut() {
            Ok(mut g) => std::mem::replace(&mut *g, Iter::Empty),
            Err(_) => Iter::Empty,
        },
        _ => Iter::Empty,
    }
}

/// The receiver as an owned `Iter` (converting ranges, user iterators...).
fn recv_iter(vm: &mut Vm, v: &Value) -> VmResult<Iter> {
    let it = into_iter(vm, v.clone())?;
    Ok(take_iter(&it))
}
