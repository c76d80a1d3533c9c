//! Iterators: sources (`into_iter`), lazy adapters (`map`, `filter`, ...)
//! and consumers (`sum`, `collect`, `fold`, ...).
//! An iterator value is `Value::Iter(Rc<RefCell<Iter>>)`; adapters take the
//! inner iterator out of its cell (Rust moves it) and wrap it.

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

fn range_iter(vm: &Vm, r: &crate::vm::value::RangeValue) -> VmResult<Iter> {
    match (&r.lo, &r.hi) {
        (Value::Int(lo, t), hi) => {
            let ty = match hi {
                Value::Int(_, ht) if *t == IntTy::I32 => *ht,
                _ => *t,
            };
            let end = hi.as_int().unwrap_or(0);
            if ty == IntTy::U128 && *lo >= 0 && end < 0 && r.kind != RangeKind::From {
                // A u128 at or above 2^127 is stored negative (`ops::u128_of`): this i128 walk
                // would see `0..u128::MAX` as empty (both ends on one side of 2^127 are fine).
                return vm.unsupported("a `u128` range reaching 2^127 or above");
            }
            Ok(match r.kind {
                RangeKind::HalfOpen => Iter::Range { next: *lo, end: end.max(*lo), ty },
                RangeKind::Inclusive => match end.checked_add(1) {
                    Some(end) => Iter::Range { next: *lo, end: end.max(*lo), ty },
                    None => return vm.unsupported("a range ending at `i128::MAX` inclusive"),
                },
                _ => Iter::RangeFrom { next: *lo, ty },
            })
        }
        (Value::Char(lo), Value::Char(hi)) => {
            let end = if r.kind == RangeKind::Inclusive { *hi as u32 + 1 } else { *hi as u32 };
            Ok(Iter::Chars { next: *lo as u32, end: end.max(*lo as u32) })
        }
        _ => vm.unsupported("iterating over this range"),
    }
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

pub fn next_of(vm: &mut Vm, it: &mut Iter) -> VmResult<Option<Value>> {
    // Each item counts as a step: `(0..u64::MAX).count()` or `(0..).skip(usize::MAX)` loop in
    // the host without running an instruction, and must stop at the step limit, not hang.
    super::charge(vm, 1)?;
    Ok(match it {
        Iter::Empty => None,
        Iter::Range { next, end, ty } => {
            if *next < *end {
                let v = *next;
                *next += 1;
                Some(Value::Int(v, *ty))
            } else {
                None
            }
        }
        Iter::RangeFrom { next, ty } if *ty == IntTy::U128 => {
            // The bit pattern (`ops::u128_of`): `i128::MAX + 1` is 2^127, -1 is `u128::MAX`.
            let v = *next;
            if v == -1 {
                return vm.panic("attempt to add with overflow");
            }
            *next = v.wrapping_add(1);
            Some(Value::Int(v, *ty))
        }
        Iter::RangeFrom { next, ty } => {
            let v = *next;
            if v >= ty.max() {
                return vm.panic("attempt to add with overflow");
            }
            *next += 1;
            Some(Value::Int(v, *ty))
        }
        Iter::Chars { next, end } => {
            while *next < *end {
                let c = char::from_u32(*next);
                *next += 1;
                if let Some(c) = c {
                    return Ok(Some(Value::Char(c)));
                }
            }
            None
        }
        Iter::Items { items, front, back } => {
            if *front < *back {
                let v = take_item(items, *front);
                *front += 1;
                v
            } else {
                None
            }
        }
        Iter::VecRef { vec, front, back, mutable } => {
            let len = vec.borrow().len();
            if *front < *back && *front < len {
                let i = *front;
                *front += 1;
                if *mutable {
                    Some(Value::Ref(Place::Index(vec.clone(), i)))
                } else {
                    vec.borrow().get(i).cloned()
                }
            } else {
                None
            }
        }
        Iter::Shared(inner) => {
            let inner = inner.clone();
            let mut g = match inner.try_borrow_mut() {
                Ok(g) => g,
                Err(_) => return vm.unsupported("using an iterator inside its own adapter"),
            };
            next_of(vm, &mut g)?
        }
        Iter::User { obj, next } => {
            let r = vm.call_fn(*next, vec![obj.clone()])?;
            option_of(&r)
        }
        Iter::Map { inner, f } => match next_of(vm, inner)? {
            Some(v) => Some(call1(vm, f, v)?),
            None => None,
        },
        Iter::Filter { inner, f } => loop {
            match next_of(vm, inner)? {
                Some(v) => {
                    if truthy(&call1(vm, f, v.clone())?) {
                        break Some(v);
                    }
                }
                None => break None,
            }
        },
        Iter::FilterMap { inner, f } => loop {
            match next_of(vm, inner)? {
                Some(v) => {
                    if let Some(r) = option_of(&call1(vm, f, v)?) {
                        break Some(r);
                    }
                }
                None => break None,
            }
        },
        Iter::MapWhile { inner, f, done } => {
            if *done {
                return Ok(None);
            }
            match next_of(vm, inner)? {
                Some(v) => match option_of(&call1(vm, f, v)?) {
                    Some(r) => Some(r),
                    None => {
                        *done = true;
                        None
                    }
                },
                None => None,
            }
        }
        Iter::Enumerate { inner, n } => match next_of(vm, inner)? {
            Some(v) => {
                let i = *n;
                *n += 1;
                Some(Value::tuple(vec![Value::usize(i), v]))
            }
            None => None,
        },
        Iter::Zip { a, b } => match next_of(vm, a)? {
            Some(x) => next_of(vm, b)?.map(|y| Value::tuple(vec![x, y])),
            None => None,
        },
        Iter::Chain { a, b } => match next_of(vm, a)? {
            Some(v) => Some(v),
            None => next_of(vm, b)?,
        },
        Iter::Skip { inner, n } => {
            while *n > 0 {
                *n -= 1;
                if next_of(vm, inner)?.is_none() {
                    return Ok(None);
                }
            }
            next_of(vm, inner)?
        }
        Iter::Take { inner, n } => {
            if *n == 0 {
                None
            } else {
                *n -= 1;
                next_of(vm, inner)?
            }
        }
        Iter::StepBy { inner, step, first } => {
            if *first {
                *first = false;
                next_of(vm, inner)?
            } else {
                for _ in 1..*step {
                    if next_of(vm, inner)?.is_none() {
                        return Ok(None);
                    }
                }
                next_of(vm, inner)?
            }
        }
        Iter::SkipWhile { inner, f, done } => loop {
            match next_of(vm, inner)? {
                Some(v) => {
                    if *done || !truthy(&call1(vm, f, v.clone())?) {
                        *done = true;
                        break Some(v);
                    }
                }
                None => break None,
            }
        },
        Iter::TakeWhile { inner, f, done } => {
            if *done {
                return Ok(None);
            }
            match next_of(vm, inner)? {
                Some(v) => {
                    if truthy(&call1(vm, f, v.clone())?) {
                        Some(v)
                    } else {
                        *done = true;
                        None
                    }
                }
                None => None,
            }
        }
        Iter::Peekable { inner, peeked } => match peeked.take() {
            Some(v) => v,
            None => next_of(vm, inner)?,
        },
        Iter::FlatMap { inner, f, cur } => loop {
            if let Some(c) = cur {
                if let Some(v) = next_of(vm, c)? {
                    break Some(v);
                }
                *cur = None;
            }
            match next_of(vm, inner)? {
                Some(v) => {
                    let produced = match f {
                        Some(f) => call1(vm, f, v)?,
                        None => v,
                    };
                    let it = into_iter(vm, produced)?;
                    *cur = Some(Box::new(take_iter(&it)));
                }
                None => break None,
            }
        },
        Iter::Inspect { inner, f } => match next_of(vm, inner)? {
            Some(v) => {
                call1(vm, f, v.clone())?;
                Some(v)
            }
            None => None,
        },
        Iter::Cloned { inner } => next_of(vm, inner)?.map(|v| deep_clone(&v)),
        Iter::Scan { inner, state, f, done } => {
            if *done {
                return Ok(None);
            }
            match next_of(vm, inner)? {
                Some(v) => {
                    let r = vm.call_value(f, vec![Value::Ref(Place::Cell(state.clone())), v])?;
                    match option_of(&r) {
                        Some(x) => Some(x),
                        None => {
                            *done = true;
                            None
                        }
                    }
                }
                None => None,
            }
        }
        Iter::Cycle { orig, idx } => {
            if orig.is_empty() {
                None
            } else {
                let v = orig.get(*idx % orig.len()).cloned();
                *idx += 1;
                v
            }
        }
        Iter::Rev { inner } => next_back(vm, inner)?,
        Iter::FromFn { f } => {
            let f = f.clone();
            option_of(&vm.call_value(&f, vec![])?)
        }
        Iter::Successors { next, f } => match next.take() {
            Some(v) => {
                let f = f.clone();
                *next = option_of(&vm.call_value(&f, vec![v.clone()])?);
                Some(v)
            }
            None => None,
        },
    })
}

/// `next_back` for double-ended iterators; others are materialized first.
fn next_back(vm: &mut Vm, it: &mut Iter) -> VmResult<Option<Value>> {
    Ok(match it {
        Iter::Range { next, end, ty } => {
            if *next < *end {
                *end -= 1;
                Some(Value::Int(*end, *ty))
            } else {
                None
            }
        }
        Iter::Chars { next, end } => {
            while *next < *end {
                *end -= 1;
                if let Some(c) = char::from_u32(*end) {
                    return Ok(Some(Value::Char(c)));
                }
            }
            None
        }
        Iter::Items { items, front, back } => {
            if *front < *back {
                *back -= 1;
                take_item(items, *back)
            } else {
                None
            }
        }
        Iter::VecRef { vec, front, back, mutable } => {
            if *front < *back {
                *back -= 1;
                if *mutable {
                    Some(Value::Ref(Place::Index(vec.clone(), *back)))
                } else {
                    vec.borrow().get(*back).cloned()
                }
            } else {
                None
            }
        }
        Iter::Map { inner, f } => match next_back(vm, inner)? {
            Some(v) => Some(call1(vm, f, v)?),
            None => None,
        },
        Iter::Filter { inner, f } => loop {
            match next_back(vm, inner)? {
                Some(v) => {
                    if truthy(&call1(vm, f, v.clone())?) {
                        break Some(v);
                    }
                }
                None => break None,
            }
        },
        Iter::Cloned { inner } => next_back(vm, inner)?.map(|v| deep_clone(&v)),
        Iter::Chain { a, b } => match next_back(vm, b)? {
            Some(v) => Some(v),
            None => next_back(vm, a)?,
        },
        Iter::Rev { inner } => next_of(vm, inner)?,
        other => {
            // Materialize what is left, then walk it from the back.
            let mut rest = Vec::new();
            while let Some(v) = next_of(vm, other)? {
                rest.push(v);
            }
            let n = rest.len();
            let mut list = Iter::Items { items: Rc::new(rest), front: 0, back: n };
            let v = next_back(vm, &mut list)?;
            *other = list;
            v
        }
    })
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

fn collect_all(vm: &mut Vm, it: &mut Iter) -> VmResult<Vec<Value>> {
    let mut out = Vec::new();
    while let Some(v) = next_of(vm, it)? {
        out.push(v);
        if out.len() % 4096 == 0 {
            vm.check_len(out.len(), 32)?;
        }
    }
    Ok(out)
}

fn add_values(vm: &mut Vm, a: &Value, b: &Value, mul: bool) -> VmResult<Value> {
    let op = if mul { crate::ir::BinOp::Mul } else { crate::ir::BinOp::Add };
    match (a.deref(), b.deref()) {
        (Value::Int(x, t), Value::Int(y, _)) => match int_binop(op, x, y, t) {
            Ok(v) => Ok(v),
            Err(m) => vm.panic(m),
        },
        (x, y) => match crate::vm::ops::binop(op, &x, &y, &vm.prog.clone()) {
            Ok(v) => Ok(v),
            // `Sum for Duration` panics with its own message and line ("overflow in iter::sum").
            Err(m) if crate::vm::ops::is_std_panic(&m) => {
                vm.unsupported("a sum or product that overflows inside std (its panic is not modelled)")
            }
            Err(m) => crate::vm::ops::op_error(vm, m),
        },
    }
}

fn zero_of(hint: &str, one: bool) -> Value {
    let n = if one { 1 } else { 0 };
    match hint {
        "f64" => Value::Float(n as f64, crate::ir::FloatTy::F64),
        "f32" => Value::Float(n as f64, crate::ir::FloatTy::F32),
        h => Value::Int(n, IntTy::from_name(h).unwrap_or(IntTy::I32)),
    }
}

/// Iterator methods (receiver: an iterator, a range, or a user iterator).
pub fn call(vm: &mut Vm, method: &str, hint: &str, args: &[Value]) -> VmResult<Option<Value>> {
    let recv = arg(args, 0);
    // Range-specific methods.
    if let Value::Range(r) = &recv {
        match method {
            "contains" => {
                let x = arg(args, 1).deref();
                let lo_ok = r.lo.is_unit() || compare(&r.lo, &x) != Ordering::Greater;
                let hi_ok = r.hi.is_unit()
                    || match compare(&x, &r.hi) {
                        Ordering::Less => true,
                        Ordering::Equal => matches!(r.kind, RangeKind::Inclusive | RangeKind::ToInclusive),
                        Ordering::Greater => false,
                    };
                return Ok(Some(Value::Bool(lo_ok && hi_ok)));
            }
            "start" => return Ok(Some(r.lo.clone())),
            "end" => return Ok(Some(r.hi.clone())),
            "is_empty" => {
                let e = match r.kind {
                    RangeKind::Inclusive => compare(&r.lo, &r.hi) == Ordering::Greater,
                    _ => compare(&r.lo, &r.hi) != Ordering::Less,
                };
                return Ok(Some(Value::Bool(e)));
            }
            "len" => {
                let it = range_iter(vm, r)?;
                if let Iter::Range { next, end, .. } = it {
                    return Ok(Some(Value::usize(
                        usize::try_from(end.saturating_sub(next).max(0)).unwrap_or(usize::MAX),
                    )));
                }
            }
            _ => {}
        }
    }
    // `Chars::as_str` and `ChunksExact::remainder` read an `Items` iterator in place
    // (only those std iterators have these methods, so rustc let nothing else through).
    if matches!(method, "as_str" | "remainder" | "into_remainder") {
        if let Value::Iter(it) = &recv {
            let it = it.borrow();
            let it = match &*it {
                Iter::Shared(s) => s.borrow().clone_items(),
                other => other.clone_items(),
            };
            if let Some((items, front, back)) = it {
                if method == "as_str" && items[front..back].iter().all(|c| matches!(c, Value::Char(_))) {
                    return Ok(Some(Value::str(
                        &items[front..back]
                            .iter()
                            .map(|c| if let Value::Char(c) = c { *c } else { ' ' })
                            .collect::<String>(),
                    )));
                }
                // `chunks_exact` keeps the remainder after `back` (see `vec.rs`).
                if method != "as_str" && items.len() == back + 1 {
                    return Ok(Some(items[back].clone()));
                }
            }
        }
    }
    let f = || arg(args, 1);
    let adapter = |vm: &mut Vm, make: &dyn Fn(Box<Iter>) -> Iter| -> VmResult<Option<Value>> {
        let inner = recv_iter(vm, &recv)?;
        Ok(Some(iter_value(make(Box::new(inner)))))
    };
    Ok(match method {
        "iter" | "into_iter" | "iter_mut" => Some(into_iter(vm, recv.clone())?),
        "next" => Some(Value::option(next(vm, &recv)?)),
        "next_back" => {
            let Value::Iter(cell) = &recv else { return Ok(None) };
            let mut g = cell.borrow_mut();
            Some(Value::option(next_back(vm, &mut g)?))
        }
        "by_ref" => match &recv {
            Value::Iter(cell) => Some(iter_value(Iter::Shared(cell.clone()))),
            _ => Some(recv.clone()),
        },
        "peek" => {
            let Value::Iter(cell) = &recv else { return Ok(None) };
            let mut g = cell.borrow_mut();
            if let Iter::Peekable { inner, peeked } = &mut *g {
                if peeked.is_none() {
                    *peeked = Some(next_of(vm, inner)?);
                }
                Some(Value::option(peeked.clone().flatten()))
            } else {
                return vm.unsupported("`peek` on an iterator that is not `peekable()`");
            }
        }
        "next_if" => {
            let Value::Iter(cell) = &recv else { return Ok(None) };
            let mut g = cell.borrow_mut();
            if let Iter::Peekable { inner, peeked } = &mut *g {
                let v = match peeked.take() {
                    Some(v) => v,
                    None => next_of(vm, inner)?,
                };
                match v {
                    Some(v) => {
                        if truthy(&call1(vm, &f(), v.clone())?) {
                            Some(Value::some(v))
                        } else {
                            *peeked = Some(Some(v));
                            Some(Value::none())
                        }
                    }
                    None => Some(Value::none()),
                }
            } else {
                return vm.unsupported("`next_if` on an iterator that is not `peekable()`");
            }
        }
        "map" => adapter(vm, &|inner| Iter::Map { inner, f: f() })?,
        "filter" => adapter(vm, &|inner| Iter::Filter { inner, f: f() })?,
        "filter_map" => adapter(vm, &|inner| Iter::FilterMap { inner, f: f() })?,
        "map_while" => adapter(vm, &|inner| Iter::MapWhile { inner, f: f(), done: false })?,
        "enumerate" => adapter(vm, &|inner| Iter::Enumerate { inner, n: 0 })?,
        "skip_while" => adapter(vm, &|inner| Iter::SkipWhile { inner, f: f(), done: false })?,
        "take_while" => adapter(vm, &|inner| Iter::TakeWhile { inner, f: f(), done: false })?,
        "peekable" => adapter(vm, &|inner| Iter::Peekable { inner, peeked: None })?,
        "flat_map" => adapter(vm, &|inner| Iter::FlatMap { inner, f: Some(f()), cur: None })?,
        "flatten" => adapter(vm, &|inner| Iter::FlatMap { inner, f: None, cur: None })?,
        "inspect" => adapter(vm, &|inner| Iter::Inspect { inner, f: f() })?,
        "cloned" | "copied" => adapter(vm, &|inner| Iter::Cloned { inner })?,
        "rev" => adapter(vm, &|inner| Iter::Rev { inner })?,
        "fuse" => adapter(vm, &|inner| *inner)?,
        "skip" => {
            let n = usize_arg(vm, args, 1)?;
            adapter(vm, &|inner| Iter::Skip { inner, n })?
        }
        "take" => {
            let n = usize_arg(vm, args, 1)?;
            adapter(vm, &|inner| Iter::Take { inner, n })?
        }
        "step_by" => {
            let step = usize_arg(vm, args, 1)?;
            if step == 0 {
                return vm.panic_in_std("core/src/iter/adapters/step_by.rs:35:9", "assertion failed: step != 0");
            }
            adapter(vm, &|inner| Iter::StepBy { inner, step, first: true })?
        }
        "zip" | "chain" => {
            let other = recv_iter(vm, &f())?;
            let a = Box::new(recv_iter(vm, &recv)?);
            let b = Box::new(other);
            Some(iter_value(if method == "zip" { Iter::Zip { a, b } } else { Iter::Chain { a, b } }))
        }
        "scan" => {
            let init = arg(args, 1);
            let func = arg(args, 2);
            let inner = Box::new(recv_iter(vm, &recv)?);
            Some(iter_value(Iter::Scan { inner, state: shared(init), f: func, done: false }))
        }
        "cycle" => {
            let mut it = recv_iter(vm, &recv)?;
            let all = collect_all(vm, &mut it)?;
            Some(iter_value(Iter::Cycle { orig: Rc::new(all), idx: 0 }))
        }
        // ---- consumers
        "collect" => Some(collect(vm, &recv, hint)?),
        "count" => {
            let mut it = recv_iter(vm, &recv)?;
            let mut n = 0usize;
            while next_of(vm, &mut it)?.is_some() {
                n += 1;
            }
            Some(Value::usize(n))
        }
        "sum" | "product" => {
            let mul = method == "product";
            let mut it = recv_iter(vm, &recv)?;
            let mut acc: Option<Value> = None;
            let mut wrap: Option<u32> = None;
            while let Some(v) = next_of(vm, &mut it)? {
                let mut v = v.deref();
                // Summing Options/Results stops at the first None/Err.
                if let Value::Obj(o) = &v {
                    let (ty, variant, inner) = {
                        let o = o.borrow();
                        (o.ty, o.variant, o.fields.first().cloned())
                    };
                    if ty == crate::ir::OPTION || ty == crate::ir::RESULT {
                        wrap = Some(ty);
                        let ok = (ty == crate::ir::OPTION && variant == 1) || (ty == crate::ir::RESULT && variant == 0);
                        if !ok {
                            return Ok(Some(v.clone()));
                        }
                        v = inner.unwrap_or_default().deref();
                    }
                }
                acc = Some(match acc {
                    None => {
                        // The accumulator takes the hinted type if any.
                        match (IntTy::from_name(hint), &v) {
                            (Some(t), Value::Int(x, _)) => Value::Int(*x, t),
                            _ => v,
                        }
                    }
                    Some(a) => match add_values(vm, &a, &v, mul) {
                        // `Sum`/`Product` for integers is not `#[track_caller]`: real Rust points into core.
                        Err(crate::vm::Stop::Panic { msg, .. })
                            if matches!(a, Value::Int(..)) && msg.ends_with("with overflow") =>
                        {
                            return vm.panic_in_std("core/src/iter/traits/accum.rs:204:1", msg);
                        }
                        r => r?,
                    },
                });
            }
            let hint = hint.trim_start_matches("Option<").trim_start_matches("Result<").trim_end_matches('>');
            let total = acc.unwrap_or_else(|| zero_of(hint, mul));
            Some(match wrap {
                Some(crate::ir::OPTION) => Value::some(total),
                Some(_) => Value::ok(total),
                None => total,
            })
        }
        "last" => {
            let mut it = recv_iter(vm, &recv)?;
            let mut last = None;
            while let Some(v) = next_of(vm, &mut it)? {
                last = Some(v);
            }
            Some(Value::option(last))
        }
        "nth" => {
            let n = usize_arg(vm, args, 1)?;
            let Value::Iter(_) = &recv else {
                let mut it = recv_iter(vm, &recv)?;
                for _ in 0..n {
                    if next_of(vm, &mut it)?.is_none() {
                        return Ok(Some(Value::none()));
                    }
                }
                return Ok(Some(Value::option(next_of(vm, &mut it)?)));
            };
            for _ in 0..n {
                if next(vm, &recv)?.is_none() {
                    return Ok(Some(Value::none()));
                }
            }
            Some(Value::option(next(vm, &recv)?))
        }
        "min" | "max" => {
            let mut it = recv_iter(vm, &recv)?;
            let mut best: Option<Value> = None;
            while let Some(v) = next_of(vm, &mut it)? {
                best = Some(match best {
                    None => v,
                    Some(b) => {
                        let o = match super::vec::user_cmp(vm, &v) {
                            Some(f) => ordering_of(&vm.call_fn(f, vec![v.clone(), b.clone()])?),
                            None => compare(&v, &b),
                        };
                        // max keeps the last maximum, min the first minimum.
                        if (method == "max" && o != Ordering::Less) || (method == "min" && o == Ordering::Less) {
                            v
                        } else {
                            b
                        }
                    }
                });
            }
            Some(Value::option(best))
        }
        "min_by_key" | "max_by_key" | "min_by" | "max_by" => {
            let func = f();
            let by_key = method.ends_with("key");
            let is_max = method.starts_with("max");
            let mut it = recv_iter(vm, &recv)?;
            let mut best: Option<(Value, Value)> = None;
            while let Some(v) = next_of(vm, &mut it)? {
                let k = if by_key { call1(vm, &func, v.clone())? } else { Value::Unit };
                best = Some(match best {
                    None => (v, k),
                    Some((bv, bk)) => {
                        let o = if by_key {
                            compare(&k, &bk)
                        } else {
                            ordering_of(&vm.call_value(&func, vec![v.clone(), bv.clone()])?)
                        };
                        if (is_max && o != Ordering::Less) || (!is_max && o == Ordering::Less) {
                            (v, k)
                        } else {
                            (bv, bk)
                        }
                    }
                });
            }
            Some(Value::option(best.map(|(v, _)| v)))
        }
        "fold" => {
            let mut acc = arg(args, 1);
            let func = arg(args, 2);
            let mut it = recv_iter(vm, &recv)?;
            while let Some(v) = next_of(vm, &mut it)? {
                acc = vm.call_value(&func, vec![acc, v])?;
            }
            Some(acc)
        }
        "reduce" => {
            let func = f();
            let mut it = recv_iter(vm, &recv)?;
            let mut acc = match next_of(vm, &mut it)? {
                Some(v) => v,
                None => return Ok(Some(Value::none())),
            };
            while let Some(v) = next_of(vm, &mut it)? {
                acc = vm.call_value(&func, vec![acc, v])?;
            }
            Some(Value::some(acc))
        }
        "for_each" => {
            let func = f();
            let mut it = recv_iter(vm, &recv)?;
            while let Some(v) = next_of(vm, &mut it)? {
                call1(vm, &func, v)?;
            }
            Some(Value::Unit)
        }
        "any" | "all" | "find" | "position" | "find_map" | "rposition" => {
            let func = f();
            let mut it = match &recv {
                Value::Iter(_) => Iter::Shared(match &recv {
                    Value::Iter(c) => c.clone(),
                    _ => unreachable!(),
                }),
                _ => recv_iter(vm, &recv)?,
            };
            if method == "rposition" {
                let all = collect_all(vm, &mut it)?;
                for (i, v) in all.iter().enumerate().rev() {
                    if truthy(&call1(vm, &func, v.clone())?) {
                        return Ok(Some(Value::some(Value::usize(i))));
                    }
                }
                return Ok(Some(Value::none()));
            }
            let mut i = 0usize;
            while let Some(v) = next_of(vm, &mut it)? {
                let r = call1(vm, &func, v.clone())?;
                match method {
                    "any" if truthy(&r) => return Ok(Some(Value::Bool(true))),
                    "all" if !truthy(&r) => return Ok(Some(Value::Bool(false))),
                    "find" if truthy(&r) => return Ok(Some(Value::some(v))),
                    "position" if truthy(&r) => return Ok(Some(Value::some(Value::usize(i)))),
                    "find_map" => {
                        if let Some(x) = option_of(&r) {
                            return Ok(Some(Value::some(x)));
                        }
                    }
                    _ => {}
                }
                i += 1;
            }
            Some(match method {
                "any" => Value::Bool(false),
                "all" => Value::Bool(true),
                _ => Value::none(),
            })
        }
        "partition" => {
            let func = f();
            let mut it = recv_iter(vm, &recv)?;
            let (mut yes, mut no) = (Vec::new(), Vec::new());
            while let Some(v) = next_of(vm, &mut it)? {
                if truthy(&call1(vm, &func, v.clone())?) {
                    yes.push(v);
                } else {
                    no.push(v);
                }
            }
            Some(Value::tuple(vec![Value::vec(yes), Value::vec(no)]))
        }
        "unzip" => {
            let mut it = recv_iter(vm, &recv)?;
            let (mut a, mut b) = (Vec::new(), Vec::new());
            while let Some(v) = next_of(vm, &mut it)? {
                a.push(crate::vm::ops::field(&v, 0).unwrap_or_default());
                b.push(crate::vm::ops::field(&v, 1).unwrap_or_default());
            }
            Some(Value::tuple(vec![Value::vec(a), Value::vec(b)]))
        }
        "len" => {
            let mut it = recv_iter(vm, &recv)?;
            let all = collect_all(vm, &mut it)?;
            Some(Value::usize(all.len()))
        }
        "eq" | "ne" | "lt" | "le" | "gt" | "ge" | "cmp" | "partial_cmp" if args.len() == 2 => {
            let mut a = recv_iter(vm, &recv)?;
            let mut b = recv_iter(vm, &f())?;
            let xs = Value::vec(collect_all(vm, &mut a)?);
            let ys = Value::vec(collect_all(vm, &mut b)?);
            let o = compare(&xs, &ys);
            Some(match method {
                "eq" => Value::Bool(crate::vm::value::equal(&xs, &ys)),
                "ne" => Value::Bool(!crate::vm::value::equal(&xs, &ys)),
                "lt" => Value::Bool(o.is_lt()),
                "le" => Value::Bool(o.is_le()),
                "gt" => Value::Bool(o.is_gt()),
                "ge" => Value::Bool(o.is_ge()),
                "cmp" => Value::ordering(o),
                _ => Value::some(Value::ordering(o)),
            })
        }
        "try_fold" | "try_for_each" => {
            let (mut acc, func) =
                if method == "try_fold" { (arg(args, 1), arg(args, 2)) } else { (Value::Unit, arg(args, 1)) };
            let mut it = match &recv {
                Value::Iter(c) => Iter::Shared(c.clone()),
                _ => recv_iter(vm, &recv)?,
            };
            let mut kind = crate::ir::OPTION;
            while let Some(v) = next_of(vm, &mut it)? {
                let r = if method == "try_fold" {
                    vm.call_value(&func, vec![acc.clone(), v])?
                } else {
                    vm.call_value(&func, vec![v])?
                };
                let (ty, variant, inner) = match r.deref() {
                    Value::Obj(o) => {
                        let o = o.borrow();
                        (o.ty, o.variant, o.fields.first().cloned().unwrap_or_default())
                    }
                    _ => return vm.unsupported("`try_fold` with a closure that does not return Option or Result"),
                };
                kind = ty;
                let ok = (ty == crate::ir::OPTION && variant == 1) || (ty == crate::ir::RESULT && variant == 0);
                if !ok {
                    return Ok(Some(r));
                }
                acc = inner;
            }
            Some(if kind == crate::ir::RESULT || method == "try_for_each" { Value::ok(acc) } else { Value::some(acc) })
        }
        "next_if_eq" => {
            let Value::Iter(cell) = &recv else { return Ok(None) };
            let mut g = cell.borrow_mut();
            let Iter::Peekable { inner, peeked } = &mut *g else {
                return vm.unsupported("`next_if_eq` on an iterator that is not `peekable()`");
            };
            let v = match peeked.take() {
                Some(v) => v,
                None => next_of(vm, inner)?,
            };
            match v {
                Some(v) if crate::vm::value::equal(&v.deref(), &f().deref()) => Some(Value::some(v)),
                other => {
                    *peeked = Some(other);
                    Some(Value::none())
                }
            }
        }
        "sorted" => None,
        _ => {
            let _ = int_arg;
            None
        }
    })
}

pub fn ordering_of(v: &Value) -> Ordering {
    match v.deref() {
        Value::Obj(o) => {
            let o = o.borrow();
            match (o.ty, o.variant) {
                (crate::ir::ORDERING, 0) => Ordering::Less,
                (crate::ir::ORDERING, 2) => Ordering::Greater,
                (crate::ir::ORDERING, _) => Ordering::Equal,
                // `partial_cmp` results: Some(ordering).
                (crate::ir::OPTION, 1) => o.fields.first().map(ordering_of).unwrap_or(Ordering::Equal),
                _ => Ordering::Equal,
            }
        }
        _ => Ordering::Equal,
    }
}

/// `collect::<T>()` where T comes from the hint.
pub fn collect(vm: &mut Vm, recv: &Value, hint: &str) -> VmResult<Value> {
    let mut it = recv_iter(vm, recv)?;
    let (outer, inner) = if let Some(rest) = hint.strip_prefix("Result<") {
        ("Result", rest.trim_end_matches('>'))
    } else if let Some(rest) = hint.strip_prefix("Option<") {
        ("Option", rest.trim_end_matches('>'))
    } else {
        ("", hint)
    };
    let mut items = Vec::new();
    while let Some(v) = next_of(vm, &mut it)? {
        match outer {
            "Result" | "Option" => {
                let v = v.deref();
                let (ok, x) = match &v {
                    Value::Obj(o) => {
                        let o = o.borrow();
                        let ok = (o.ty == crate::ir::RESULT && o.variant == 0)
                            || (o.ty == crate::ir::OPTION && o.variant == 1);
                        (ok, o.fields.first().cloned().unwrap_or_default())
                    }
                    _ => (true, v.clone()),
                };
                if !ok {
                    return Ok(if outer == "Result" { Value::err(x) } else { Value::none() });
                }
                items.push(x);
            }
            _ => items.push(v),
        }
        if items.len() % 4096 == 0 {
            vm.check_len(items.len(), 32)?;
        }
    }
    if let Some(set) = crate::vm::rt::stream::collect_into(vm, inner, items.clone()) {
        return Ok(set);
    }
    let built = build_collection(vm, inner, items)?;
    Ok(match outer {
        "Result" => Value::ok(built),
        "Option" => Value::some(built),
        _ => built,
    })
}

pub fn build_collection(vm: &mut Vm, kind: &str, items: Vec<Value>) -> VmResult<Value> {
    Ok(match kind {
        "String" => {
            let mut s = String::new();
            for v in &items {
                match v.deref() {
                    Value::Char(c) => s.push(c),
                    other => match other.to_str() {
                        Some(t) => s.push_str(&t),
                        None => return vm.unsupported("collecting these items into a String"),
                    },
                }
            }
            Value::string(s)
        }
        "HashMap" => {
            let mut m = Map::default();
            for v in items {
                let k = crate::vm::ops::field(&v, 0).unwrap_or_default();
                let val = crate::vm::ops::field(&v, 1).unwrap_or_default();
                m.entries.insert(Key(k.deref()), val);
            }
            Value::Map(shared(m))
        }
        "HashSet" => {
            let mut s = Set::default();
            for v in items {
                s.items.insert(Key(v.deref()));
            }
            Value::Set(shared(s))
        }
        "VecDeque" => Value::Deque(shared(items.into_iter().collect::<VecDeque<Value>>())),
        _ => Value::vec(items),
    })
}
