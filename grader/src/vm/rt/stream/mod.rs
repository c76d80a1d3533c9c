//! futures-util's streams (`futures::stream`, `StreamExt`), polled like leaf futures.
//!
//! A stream is a runtime object ([`StreamObj`]) whose state is one [`Kind`]:
//! a source (`stream::iter`, `unfold`, `once`, `repeat`, `empty`, ...), an
//! adapter holding its inner stream (`map`, `then`, `filter`, `buffered`, ...),
//! or a set of futures (`FuturesUnordered`, `FuturesOrdered`, see `unordered.rs`).
//! [`poll_next`] polls it once for the current task, exactly as futures-util
//! 0.3.34's `poll_next` of that type does (which child first, when a
//! closure is called, when a future is created and polled); the consumers
//! (`next`, `collect`, `fold`, `for_each`, `for_each_concurrent`, `count`,
//! and `TryStreamExt`'s `try_next`, `try_collect`, `try_for_each`, `try_fold`)
//! are leaf futures in `consume.rs`, with `futures::future::{select, select_ok}`
//! and the `Peekable` futures (`peek`, `next_if`, `next_if_eq`).
//! Anything else on a stream is refused by name.

pub mod consume;
pub mod unordered;

use std::cell::RefCell;
use std::rc::Rc;

use unordered::{Ordered, Unordered};

use crate::vm::builtins::iter;
use crate::vm::rt::future::{future, poll};
use crate::vm::rt::{Fut, Object, Poll, RtObj};
use crate::vm::value::{shared, Shared, Value};
use crate::vm::{Vm, VmResult};

/// A stream that stops at its first `None` (`Fuse`): `buffered`, `chunks` and `zip` fuse their inputs.
pub struct Fused {
    s: Value,
    done: bool,
}

impl Fused {
    fn new(s: Value) -> Fused {
        Fused { s, done: false }
    }
    fn poll(&mut self, vm: &mut Vm) -> VmResult<Poll<Option<Value>>> {
        if self.done {
            return Ok(Poll::Ready(None));
        }
        let r = poll_next(vm, &self.s)?;
        if let Poll::Ready(None) = r {
            self.done = true;
        }
        Ok(r)
    }
}

pub enum Kind {
    /// `stream::iter(i)`: the iterator's items, always ready.
    Iter(Value),
    /// `stream::unfold(state, f)`: `Value` state, or the future `f(state)` returned.
    Unfold {
        f: Value,
        state: Option<Value>,
        fut: Option<Value>,
        ended: bool,
    },
    Once(Option<Value>),
    Repeat(Value),
    RepeatWith(Value),
    Empty,
    Pending,
    Map {
        inner: Value,
        f: Value,
    },
    Inspect {
        inner: Value,
        f: Value,
    },
    Then {
        inner: Value,
        f: Value,
        fut: Option<Value>,
    },
    /// `filter`, `filter_map`, `take_while`, `skip_while`: the item and the predicate's future.
    Filter {
        inner: Value,
        f: Value,
        pending: Option<(Value, Value)>,
        how: FilterHow,
        done: bool,
    },
    Take {
        inner: Value,
        n: usize,
    },
    Skip {
        inner: Value,
        n: usize,
    },
    Enumerate {
        inner: Value,
        count: usize,
    },
    Chain {
        first: Option<Value>,
        second: Value,
    },
    Zip {
        a: Fused,
        b: Fused,
        qa: Option<Value>,
        qb: Option<Value>,
    },
    Chunks {
        inner: Fused,
        cap: usize,
        items: Vec<Value>,
    },
    /// `buffered` / `try_buffered` (`try_`: items are `Result`s of futures, an `Err` comes out at once).
    Buffered {
        inner: Fused,
        max: usize,
        q: Ordered,
        try_: bool,
    },
    BufferUnordered {
        inner: Fused,
        max: usize,
        q: Unordered,
        try_: bool,
    },
    Fuse(Fused),
    /// `stream::select(a, b)`: round robin starting with `a`; `done` per side.
    Select {
        a: Value,
        b: Value,
        next_left: bool,
        done: [bool; 2],
    },
    Unordered(Unordered),
    Ordered(Ordered),
    /// `peekable()`: the fused inner stream and the item taken ahead (`peek`, `next_if`).
    Peekable {
        inner: Fused,
        peeked: Option<Value>,
    },
    /// `flatten()` / `flat_map(f)` (a `Map` inside): the outer stream and the inner stream being drained.
    Flatten {
        outer: Value,
        next: Option<Value>,
    },
    /// `scan(init, f)`: `f(&mut state, item)` is a future of `Option`; `state` is `None` once it gave `None`.
    Scan {
        inner: Value,
        f: Value,
        state: Option<Shared<Value>>,
        fut: Option<Value>,
    },
    /// `take_until(fut)`: `fut` until it completes, then its output.
    TakeUntil {
        inner: Value,
        fut: Option<Value>,
        result: Option<Value>,
    },
    ReadyChunks {
        inner: Fused,
        cap: usize,
    },
    /// `map_ok` (`ok`) / `map_err` on a stream of `Result`s.
    MapResult {
        inner: Value,
        f: Value,
        ok: bool,
    },
    /// `and_then` (`ok`) / `or_else`: the future of the item being mapped.
    AndThen {
        inner: Value,
        f: Value,
        fut: Option<Value>,
        ok: bool,
    },
    /// `try_filter` / `try_filter_map` (`map`): the `Ok` item and the closure's future.
    TryFilter {
        inner: Value,
        f: Value,
        pending: Option<(Value, Value)>,
        map: bool,
    },
    /// `futures::stream::select_all`: a `FuturesUnordered` of `StreamFuture`s (`into_future`).
    SelectAll(Unordered),
}

#[derive(Clone, Copy, PartialEq)]
pub enum FilterHow {
    Filter,
    FilterMap,
    TakeWhile,
    SkipWhile,
}

pub struct StreamObj {
    kind: RefCell<Option<Kind>>,
    name: &'static str,
}

pub fn stream(name: &'static str, kind: Kind) -> Value {
    Value::Rt(Rc::new(RtObj::Dyn(Box::new(StreamObj { kind: RefCell::new(Some(kind)), name }))))
}

/// The stream object behind a value (through references and `Box::pin`).
fn with_stream<T>(vm: &mut Vm, v: &Value, f: impl FnOnce(&mut Vm, &StreamObj) -> VmResult<T>) -> VmResult<T> {
    let v = v.deref();
    if let Value::Rt(o) = &v {
        if let RtObj::Dyn(d) = &**o {
            if let Some(s) = d.as_any().and_then(|a| a.downcast_ref::<StreamObj>()) {
                return f(vm, s);
            }
        }
    }
    vm.unsupported(format!(
        "using a value of type {} as a stream (only futures-util's streams are modelled)",
        crate::vm::value::type_name(&vm.prog, &v)
    ))
}

/// Whether a value is one of the modelled streams (tokio-util's framed streams too).
pub fn is_stream(v: &Value) -> bool {
    if crate::vm::rt::io::is_framed_stream(v) {
        return true;
    }
    match v.deref() {
        Value::Rt(o) => matches!(&*o, RtObj::Dyn(d) if d.as_any().is_some_and(|a| a.is::<StreamObj>())),
        _ => false,
    }
}

/// Poll a stream once for the current task.
pub fn poll_next(vm: &mut Vm, v: &Value) -> VmResult<Poll<Option<Value>>> {
    // A poll is a step: `stream::repeat(1).count()` runs no instruction of the program but must stop.
    vm.steps += 1;
    if vm.steps > vm.max_steps {
        return vm.limit(format!(
            "stopped after {} steps — is there a loop that never ends?",
            crate::vm::fmt_thousands(vm.max_steps)
        ));
    }
    if let Some(p) = crate::vm::rt::io::framed_poll_next(vm, v)? {
        return Ok(p);
    }
    with_stream(vm, v, |vm, s| {
        let taken = s.kind.borrow_mut().take();
        let Some(mut kind) = taken else { return vm.unsupported("a stream polled from inside its own poll") };
        let r = kind.poll_next(vm);
        *s.kind.borrow_mut() = Some(kind);
        r
    })
}

/// Run `f` on a stream's state (`push`, `len` of a `FuturesUnordered`).
fn with_kind<T>(vm: &mut Vm, s: &StreamObj, f: impl FnOnce(&mut Vm, &mut Kind) -> VmResult<T>) -> VmResult<T> {
    let taken = s.kind.borrow_mut().take();
    let Some(mut kind) = taken else { return vm.unsupported("a stream used from inside its own poll") };
    let r = f(vm, &mut kind);
    *s.kind.borrow_mut() = Some(kind);
    r
}

fn is_true(v: &Value) -> bool {
    v.deref().as_bool().unwrap_or(false)
}

/// `Ok(v)` / `Err(e)` of a `Result` value (`None`: not a `Result`).
fn result_of(v: &Value) -> Option<Result<Value, Value>> {
    match v.deref() {
        Value::Obj(o) => {
            let o = o.borrow();
            let x = o.fields.first().cloned().unwrap_or_default();
            (o.ty == crate::ir::RESULT).then(|| if o.variant == 0 { Ok(x) } else { Err(x) })
        }
        _ => None,
    }
}

/// The future of a `buffered` item; for `try_buffered`, `Ok(fut)`'s future or the `Err` item itself (`Err`).
fn try_future(vm: &Vm, item: Value, try_: bool) -> VmResult<Result<Value, Value>> {
    if !try_ {
        return Ok(Ok(item));
    }
    match result_of(&item) {
        Some(Ok(fu)) => Ok(Ok(fu)),
        Some(Err(_)) => Ok(Err(item)),
        None => vm.unsupported("`try_buffered` of a stream whose items are not `Result`s"),
    }
}

/// The value of `Some(v)`, `None` for `None`.
fn option_of(v: &Value) -> Option<Option<Value>> {
    match v.deref() {
        Value::Obj(o) => {
            let o = o.borrow();
            (o.ty == crate::ir::OPTION).then(|| if o.variant == 1 { o.fields.first().cloned() } else { None })
        }
        _ => None,
    }
}

/// `FusedStream::is_terminated` of the fused streams modelled (`fuse()`, `FuturesUnordered`, `Peekable`, `SelectAll`).
pub fn is_terminated(vm: &mut Vm, v: &Value) -> VmResult<bool> {
    with_stream(vm, v, |vm, s| {
        let name = s.name;
        with_kind(vm, s, |vm, k| match k {
            Kind::Fuse(f) => Ok(f.done),
            Kind::Unordered(q) | Kind::SelectAll(q) => Ok(q.terminated),
            Kind::Peekable { inner, peeked } => Ok(peeked.is_none() && inner.done),
            _ => vm.unsupported(format!("`FusedStream::is_terminated` of a `{name}` stream (call `.fuse()` first)")),
        })
    })
}

/// One poll of a `Peekable`'s future (`peek`, `next_if`, `next_if_eq`), as futures-util's `Peek` / `NextIf`.
pub fn peekable_poll(vm: &mut Vm, v: &Value, op: &consume::PeekOp) -> VmResult<Poll<Value>> {
    use consume::PeekOp;
    with_stream(vm, v, |vm, s| {
        with_kind(vm, s, |vm, k| {
            let Kind::Peekable { inner, peeked } = k else {
                return vm.unsupported("`peek` on a stream that is not `peekable()`");
            };
            let res = if let PeekOp::Peek = op {
                loop {
                    if let Some(x) = peeked.clone() {
                        break Some(x);
                    }
                    match inner.poll(vm)? {
                        Poll::Pending => return Ok(Poll::Pending),
                        Poll::Ready(Some(x)) => *peeked = Some(x),
                        Poll::Ready(None) => break None,
                    }
                }
            } else {
                let res = match peeked.take() {
                    Some(x) => Some(x),
                    None => match inner.poll(vm)? {
                        Poll::Pending => return Ok(Poll::Pending),
                        Poll::Ready(r) => r,
                    },
                };
                let take = match (&res, op) {
                    (Some(x), PeekOp::NextIf(f)) => is_true(&vm.call_value(f, vec![x.clone()])?),
                    (Some(x), PeekOp::NextIfEq(e)) => crate::vm::value::equal(&x.deref(), &e.deref()),
                    _ => false,
                };
                if take {
                    res
                } else {
                    *peeked = res;
                    None
                }
            };
            Ok(Poll::Ready(Value::option(res)))
        })
    })
}

impl Kind {
    fn poll_next(&mut self, vm: &mut Vm) -> VmResult<Poll<Option<Value>>> {
        use Poll::*;
        macro_rules! ready {
            ($e:expr) => {
                match $e {
                    Ready(v) => v,
                    Pending => return Ok(Pending),
                }
            };
        }
        Ok(match self {
            Kind::Iter(it) => Ready(iter::next(vm, it)?),
            Kind::Unfold { f, state, fut, ended } => {
                if let Some(st) = state.take() {
                    *fut = Some(vm.call_value(f, vec![st])?);
                }
                let Some(fu) = fut.clone() else {
                    if *ended {
                        return vm
                            .unsupported("polling `stream::unfold` after it returned `None` (futures-util panics)");
                    }
                    return vm.unsupported("this `stream::unfold` state");
                };
                let step = ready!(poll(vm, &fu)?);
                *fut = None;
                match option_of(&step) {
                    Some(Some(pair)) => {
                        let item = crate::vm::ops::field(&pair, 0).unwrap_or_default();
                        let next = crate::vm::ops::field(&pair, 1).unwrap_or_default();
                        *state = Some(next);
                        Ready(Some(item))
                    }
                    Some(None) => {
                        *ended = true;
                        Ready(None)
                    }
                    None => {
                        return vm.unsupported("a `stream::unfold` closure whose future does not return an `Option`")
                    }
                }
            }
            Kind::Once(fut) => match fut.clone() {
                None => Ready(None),
                Some(f) => {
                    let v = ready!(poll(vm, &f)?);
                    *fut = None;
                    Ready(Some(v))
                }
            },
            Kind::Repeat(v) => Ready(Some(crate::vm::value::deep_clone(v))),
            Kind::RepeatWith(f) => Ready(Some(vm.call_value(f, Vec::new())?)),
            Kind::Empty => Ready(None),
            Kind::Pending => Pending,
            Kind::Map { inner, f } => match ready!(poll_next(vm, inner)?) {
                Some(x) => Ready(Some(vm.call_value(f, vec![x])?)),
                None => Ready(None),
            },
            Kind::Inspect { inner, f } => match ready!(poll_next(vm, inner)?) {
                Some(x) => {
                    vm.call_value(f, vec![x.clone()])?;
                    Ready(Some(x))
                }
                None => Ready(None),
            },
            Kind::Then { inner, f, fut } => loop {
                if let Some(fu) = fut.clone() {
                    let v = ready!(poll(vm, &fu)?);
                    *fut = None;
                    break Ready(Some(v));
                } else if let Some(x) = ready!(poll_next(vm, inner)?) {
                    *fut = Some(vm.call_value(f, vec![x])?);
                } else {
                    break Ready(None);
                }
            },
            Kind::Filter { inner, f, pending, how, done } => {
                let how = *how;
                if how == FilterHow::TakeWhile {
                    if *done {
                        return Ok(Ready(None));
                    }
                    if pending.is_none() {
                        let Some(x) = ready!(poll_next(vm, inner)?) else { return Ok(Ready(None)) };
                        let fu = vm.call_value(f, vec![x.clone()])?;
                        *pending = Some((x, fu));
                    }
                    let fu = pending.as_ref().map(|p| p.1.clone()).unwrap_or_default();
                    let take = ready!(poll(vm, &fu)?);
                    let item = pending.take().map(|p| p.0);
                    if is_true(&take) {
                        return Ok(Ready(item));
                    }
                    *done = true;
                    return Ok(Ready(None));
                }
                if how == FilterHow::SkipWhile && *done {
                    return poll_next(vm, inner);
                }
                loop {
                    if let Some((item, fu)) = pending.clone() {
                        let out = ready!(poll(vm, &fu)?);
                        *pending = None;
                        match how {
                            FilterHow::Filter => {
                                if is_true(&out) {
                                    break Ready(Some(item));
                                }
                            }
                            FilterHow::FilterMap => match option_of(&out) {
                                Some(Some(v)) => break Ready(Some(v)),
                                Some(None) => {}
                                None => {
                                    return vm
                                        .unsupported("a `filter_map` closure whose future does not return an `Option`")
                                }
                            },
                            _ => {
                                if !is_true(&out) {
                                    *done = true;
                                    break Ready(Some(item));
                                }
                            }
                        }
                    } else if let Some(x) = ready!(poll_next(vm, inner)?) {
                        // `filter`'s closure takes `&item`; `filter_map`'s the item itself.
                        let fu = vm.call_value(f, vec![x.clone()])?;
                        *pending = Some((if how == FilterHow::FilterMap { Value::Unit } else { x }, fu));
                    } else {
                        break Ready(None);
                    }
                }
            }
            Kind::Take { inner, n } => {
                if *n == 0 {
                    Ready(None)
                } else {
                    let next = ready!(poll_next(vm, inner)?);
                    if next.is_some() {
                        *n -= 1;
                    } else {
                        *n = 0;
                    }
                    Ready(next)
                }
            }
            Kind::Skip { inner, n } => {
                while *n > 0 {
                    if ready!(poll_next(vm, inner)?).is_some() {
                        *n -= 1;
                    } else {
                        return Ok(Ready(None));
                    }
                }
                return poll_next(vm, inner);
            }
            Kind::Enumerate { inner, count } => match ready!(poll_next(vm, inner)?) {
                Some(x) => {
                    let i = *count;
                    *count += 1;
                    Ready(Some(Value::tuple(vec![Value::usize(i), x])))
                }
                None => Ready(None),
            },
            Kind::Chain { first, second } => {
                if let Some(a) = first.clone() {
                    if let Some(x) = ready!(poll_next(vm, &a)?) {
                        return Ok(Ready(Some(x)));
                    }
                    *first = None;
                }
                return poll_next(vm, second);
            }
            Kind::Zip { a, b, qa, qb } => {
                if qa.is_none() {
                    if let Ready(Some(x)) = a.poll(vm)? {
                        *qa = Some(x);
                    }
                }
                if qb.is_none() {
                    if let Ready(Some(x)) = b.poll(vm)? {
                        *qb = Some(x);
                    }
                }
                if qa.is_some() && qb.is_some() {
                    Ready(Some(Value::tuple(vec![qa.take().unwrap_or_default(), qb.take().unwrap_or_default()])))
                } else if a.done || b.done {
                    Ready(None)
                } else {
                    Pending
                }
            }
            Kind::Chunks { inner, cap, items } => loop {
                match ready!(inner.poll(vm)?) {
                    Some(x) => {
                        items.push(x);
                        if items.len() >= *cap {
                            break Ready(Some(Value::vec(std::mem::take(items))));
                        }
                    }
                    None => break Ready(if items.is_empty() { None } else { Some(Value::vec(std::mem::take(items))) }),
                }
            },
            Kind::Buffered { inner, max, q, try_ } => {
                while q.len() < *max {
                    match inner.poll(vm)? {
                        Ready(Some(fu)) => match try_future(vm, fu, *try_)? {
                            Ok(fu) => q.push_back(vm, fu),
                            Err(e) => return Ok(Ready(Some(e))),
                        },
                        _ => break,
                    }
                }
                if let Some(v) = ready!(q.poll_next(vm)?) {
                    return Ok(Ready(Some(v)));
                }
                if inner.done {
                    Ready(None)
                } else {
                    Pending
                }
            }
            Kind::BufferUnordered { inner, max, q, try_ } => {
                while q.len() < *max {
                    match inner.poll(vm)? {
                        Ready(Some(fu)) => match try_future(vm, fu, *try_)? {
                            Ok(fu) => {
                                q.push(vm, fu);
                            }
                            Err(e) => return Ok(Ready(Some(e))),
                        },
                        _ => break,
                    }
                }
                match q.poll_next(vm)? {
                    Pending => return Ok(Pending),
                    Ready(Some((_, v))) => return Ok(Ready(Some(v))),
                    Ready(None) => {}
                }
                if inner.done {
                    Ready(None)
                } else {
                    Pending
                }
            }
            Kind::Fuse(inner) => return inner.poll(vm),
            Kind::Select { a, b, next_left, done } => {
                // futures-util's `select_with_strategy` with `round_robin` (`PollNext::toggle`).
                let sides = [a.clone(), b.clone()];
                match *done {
                    [true, true] => return Ok(Ready(None)),
                    [true, false] | [false, true] => {
                        let i = if done[0] { 1 } else { 0 };
                        let r = poll_next(vm, &sides[i])?;
                        if let Ready(None) = r {
                            *done = [true, true];
                        }
                        return Ok(r);
                    }
                    [false, false] => {}
                }
                let side = if *next_left { 0 } else { 1 };
                *next_left = !*next_left;
                let first_done = match poll_next(vm, &sides[side])? {
                    Ready(Some(x)) => return Ok(Ready(Some(x))),
                    Ready(None) => {
                        done[side] = true;
                        true
                    }
                    Pending => false,
                };
                match poll_next(vm, &sides[1 - side])? {
                    Ready(None) => {
                        done[1 - side] = true;
                        if first_done {
                            Ready(None)
                        } else {
                            Pending
                        }
                    }
                    r => r,
                }
            }
            Kind::Unordered(q) => match ready!(q.poll_next(vm)?) {
                Some((_, v)) => Ready(Some(v)),
                None => Ready(None),
            },
            Kind::Ordered(q) => return q.poll_next(vm),
            Kind::Peekable { inner, peeked } => match peeked.take() {
                Some(x) => Ready(Some(x)),
                None => return inner.poll(vm),
            },
            Kind::Flatten { outer, next } => loop {
                if let Some(s) = next.clone() {
                    if let Some(x) = ready!(poll_next(vm, &s)?) {
                        break Ready(Some(x));
                    }
                    *next = None;
                } else if let Some(s) = ready!(poll_next(vm, outer)?) {
                    if !is_stream(&s) {
                        return vm.unsupported("`flatten` of items that are not modelled streams");
                    }
                    *next = Some(s);
                } else {
                    break Ready(None);
                }
            },
            Kind::Scan { inner, f, state, fut } => {
                if state.is_none() {
                    return Ok(Ready(None));
                }
                loop {
                    if let Some(fu) = fut.clone() {
                        let out = ready!(poll(vm, &fu)?);
                        *fut = None;
                        match option_of(&out) {
                            Some(Some(v)) => break Ready(Some(v)),
                            Some(None) => {
                                *state = None;
                                break Ready(None);
                            }
                            None => return vm.unsupported("a `scan` closure whose future does not return an `Option`"),
                        }
                    } else if let Some(x) = ready!(poll_next(vm, inner)?) {
                        let st = state.clone().unwrap_or_else(|| shared(Value::Unit));
                        *fut = Some(vm.call_value(f, vec![Value::Ref(crate::vm::value::Place::Cell(st)), x])?);
                    } else {
                        break Ready(None);
                    }
                }
            }
            Kind::TakeUntil { inner, fut, result } => {
                if let Some(fu) = fut.clone() {
                    if let Ready(r) = poll(vm, &fu)? {
                        *fut = None;
                        *result = Some(r);
                    }
                }
                if fut.is_none() {
                    Ready(None)
                } else {
                    let item = ready!(poll_next(vm, inner)?);
                    if item.is_none() {
                        *fut = None;
                    }
                    Ready(item)
                }
            }
            Kind::ReadyChunks { inner, cap } => {
                let mut items = Vec::new();
                loop {
                    match inner.poll(vm)? {
                        Pending => break if items.is_empty() { Pending } else { Ready(Some(Value::vec(items))) },
                        Ready(Some(x)) => {
                            items.push(x);
                            if items.len() >= *cap {
                                break Ready(Some(Value::vec(items)));
                            }
                        }
                        Ready(None) => break Ready(if items.is_empty() { None } else { Some(Value::vec(items)) }),
                    }
                }
            }
            Kind::MapResult { inner, f, ok } => match ready!(poll_next(vm, inner)?) {
                None => Ready(None),
                Some(r) => match (result_of(&r), *ok) {
                    (Some(Ok(x)), true) => Ready(Some(Value::ok(vm.call_value(f, vec![x])?))),
                    (Some(Err(e)), false) => Ready(Some(Value::err(vm.call_value(f, vec![e])?))),
                    (Some(_), _) => Ready(Some(r)),
                    (None, _) => {
                        return vm.unsupported("a `TryStreamExt` method on a stream whose items are not `Result`s")
                    }
                },
            },
            Kind::AndThen { inner, f, fut, ok } => loop {
                if let Some(fu) = fut.clone() {
                    let r = ready!(poll(vm, &fu)?);
                    *fut = None;
                    break Ready(Some(r));
                }
                let Some(r) = ready!(poll_next(vm, inner)?) else { break Ready(None) };
                match (result_of(&r), *ok) {
                    (Some(Ok(x)), true) | (Some(Err(x)), false) => *fut = Some(vm.call_value(f, vec![x])?),
                    (Some(_), _) => break Ready(Some(r)),
                    (None, _) => {
                        return vm.unsupported("a `TryStreamExt` method on a stream whose items are not `Result`s")
                    }
                }
            },
            Kind::TryFilter { inner, f, pending, map } => loop {
                if let Some((item, fu)) = pending.clone() {
                    let out = ready!(poll(vm, &fu)?);
                    *pending = None;
                    if !*map {
                        if is_true(&out) {
                            break Ready(Some(Value::ok(item)));
                        }
                        continue;
                    }
                    match result_of(&out) {
                        Some(Err(_)) => break Ready(Some(out)),
                        Some(Ok(o)) => {
                            match option_of(&o) {
                                Some(Some(v)) => break Ready(Some(Value::ok(v))),
                                Some(None) => {}
                                None => return vm.unsupported(
                                    "a `try_filter_map` closure whose future does not return `Result<Option<_>, _>`",
                                ),
                            }
                        }
                        None => {
                            return vm.unsupported(
                                "a `try_filter_map` closure whose future does not return `Result<Option<_>, _>`",
                            )
                        }
                    }
                    continue;
                }
                let Some(r) = ready!(poll_next(vm, inner)?) else { break Ready(None) };
                match result_of(&r) {
                    Some(Ok(x)) => {
                        let fu = vm.call_value(f, vec![x.clone()])?;
                        *pending = Some((if *map { Value::Unit } else { x }, fu));
                    }
                    Some(Err(_)) => break Ready(Some(r)),
                    None => return vm.unsupported("a `TryStreamExt` method on a stream whose items are not `Result`s"),
                }
            },
            Kind::SelectAll(q) => loop {
                match ready!(q.poll_next(vm)?) {
                    None => break Ready(None),
                    Some((_, pair)) => {
                        let item = crate::vm::ops::field(&pair, 0).unwrap_or_default();
                        let rest = crate::vm::ops::field(&pair, 1).unwrap_or_default();
                        if let Some(Some(x)) = option_of(&item) {
                            q.push(vm, consume::stream_future(rest));
                            break Ready(Some(x));
                        }
                    }
                }
            },
        })
    }
}

/// A built-in path of this family (`Ok(None)`: not one of ours).
pub fn path(vm: &mut Vm, full: &str, args: &[Value]) -> VmResult<Option<Value>> {
    let a = |i: usize| args.get(i).cloned().unwrap_or_default();
    if matches!(full, "futures::future::select" | "futures::select") {
        return Ok(Some(consume::select(a(0), a(1))));
    }
    if full == "futures::future::select_ok" {
        let (futs, _) = crate::vm::rt::set::combinators::futures_of(vm, &a(0))?;
        if futs.is_empty() {
            return vm.unsupported("`select_ok` of an empty list (futures-util panics)");
        }
        return Ok(Some(consume::select_ok(futs)));
    }
    if matches!(
        full,
        "futures::stream::FusedStream::is_terminated"
            | "futures::FusedStream::is_terminated"
            | "FusedStream::is_terminated"
    ) {
        return Ok(Some(Value::Bool(is_terminated(vm, &a(0))?)));
    }
    let Some(name) = full.strip_prefix("futures::stream::").or_else(|| full.strip_prefix("futures::")) else {
        return Ok(None);
    };
    let streamy = full.starts_with("futures::stream::");
    Ok(Some(match name {
        "iter" => {
            let it = iter::into_iter(vm, a(0))?;
            stream("Iter", Kind::Iter(it))
        }
        "unfold" => stream("Unfold", Kind::Unfold { f: a(1), state: Some(a(0)), fut: None, ended: false }),
        "once" => stream("Once", Kind::Once(Some(a(0)))),
        "repeat" => stream("Repeat", Kind::Repeat(a(0))),
        "repeat_with" => stream("RepeatWith", Kind::RepeatWith(a(0))),
        "empty" => stream("Empty", Kind::Empty),
        "pending" if streamy => stream("Pending", Kind::Pending),
        "FuturesUnordered::new" | "FuturesUnordered::default" => {
            stream("FuturesUnordered", Kind::Unordered(Unordered::default()))
        }
        "FuturesOrdered::new" | "FuturesOrdered::default" => {
            stream("FuturesOrdered", Kind::Ordered(Ordered::default()))
        }
        "select" if streamy => {
            if !is_stream(&a(0)) || !is_stream(&a(1)) {
                return vm.unsupported("`stream::select` of something that is not a modelled stream");
            }
            stream("Select", Kind::Select { a: a(0), b: a(1), next_left: true, done: [false, false] })
        }
        "select_all" if streamy => {
            let (streams, _) = crate::vm::rt::set::combinators::futures_of(vm, &a(0))?;
            let mut q = Unordered::default();
            for s in streams {
                if !is_stream(&s) {
                    return vm.unsupported("`select_all` of something that is not a modelled stream");
                }
                q.push(vm, consume::stream_future(s));
            }
            stream("SelectAll", Kind::SelectAll(q))
        }
        "SelectAll::new" | "SelectAll::default" if streamy => {
            stream("SelectAll", Kind::SelectAll(Unordered::default()))
        }
        "select_with_strategy"
        | "poll_fn"
        | "try_unfold"
        | "iter_ok"
        | "FuturesUnordered::from_iter"
        | "FuturesOrdered::from_iter"
        | "abortable"
            if streamy =>
        {
            return vm.unsupported(format!("`{full}`"));
        }
        _ => return Ok(None),
    }))
}

/// `collect::<FuturesUnordered<_>>()` / `FuturesOrdered` of an iterator of futures (`None`: another target).
pub fn collect_into(vm: &mut Vm, hint: &str, futs: Vec<Value>) -> Option<Value> {
    match hint {
        "FuturesUnordered" => {
            let mut q = Unordered::default();
            for f in futs {
                q.push(vm, f);
            }
            Some(stream("FuturesUnordered", Kind::Unordered(q)))
        }
        "FuturesOrdered" => {
            let mut q = Ordered::default();
            for f in futs {
                q.push_back(vm, f);
            }
            Some(stream("FuturesOrdered", Kind::Ordered(q)))
        }
        _ => None,
    }
}

/// An `impl Into<Option<usize>>` limit (`None`, `Some(n)` or `n`; zero means no limit).
fn limit_of(v: &Value) -> Option<usize> {
    let n = match option_of(v) {
        Some(o) => o.and_then(|x| x.as_int()),
        None => v.deref().as_int(),
    };
    n.filter(|n| *n > 0).map(|n| n as usize)
}

impl Object for StreamObj {
    fn type_name(&self) -> &'static str {
        self.name
    }
    fn debug(&self) -> String {
        format!("{} {{ ... }}", self.name)
    }
    fn debug_fields(&self) -> Option<Result<(&'static str, Vec<(&'static str, Value)>), String>> {
        if self.name == "FuturesUnordered" {
            return None;
        }
        Some(Err(format!("`{{:?}}` of a `{}` stream", self.name)))
    }
    fn owns_resource(&self) -> bool {
        true
    }
    fn as_any(&self) -> Option<&dyn std::any::Any> {
        Some(self)
    }
    fn method(&self, vm: &mut Vm, method: &str, hint: &str, args: &[Value]) -> VmResult<Option<Value>> {
        let me = args.first().cloned().unwrap_or_default().deref();
        let a = |i: usize| args.get(i).cloned().unwrap_or_default();
        let int = |vm: &Vm, i: usize| -> VmResult<usize> {
            match a(i).deref().as_int() {
                Some(n) if n >= 0 => Ok(n as usize),
                _ => vm.unsupported(format!("`{method}` with this argument")),
            }
        };
        let filter = |how: FilterHow| {
            stream("Filter", Kind::Filter { inner: me.clone(), f: a(1), pending: None, how, done: false })
        };
        Ok(Some(match method {
            // The set's own methods.
            "push" | "push_back" | "push_front" | "len" | "is_empty" | "clear" | "iter" | "iter_mut" | "into_iter" => {
                let fut = a(1);
                return with_kind(vm, self, |vm, k| {
                    Ok(Some(match (k, method) {
                        (Kind::Unordered(q), "push") => {
                            q.push(vm, fut);
                            Value::Unit
                        }
                        (Kind::Ordered(q), "push_back" | "push") => {
                            q.push_back(vm, fut);
                            Value::Unit
                        }
                        (Kind::Ordered(q), "push_front") => {
                            q.push_front(vm, fut);
                            Value::Unit
                        }
                        (Kind::Unordered(q), "len") => Value::usize(q.len()),
                        (Kind::Ordered(q), "len") => Value::usize(q.len()),
                        (Kind::Unordered(q), "is_empty") => Value::Bool(q.is_empty()),
                        (Kind::SelectAll(q), "push") => {
                            if !is_stream(&fut) {
                                return vm.unsupported("`SelectAll::push` of something that is not a modelled stream");
                            }
                            q.push(vm, consume::stream_future(fut));
                            Value::Unit
                        }
                        (Kind::SelectAll(q), "len") => Value::usize(q.len()),
                        (Kind::SelectAll(q), "is_empty") => Value::Bool(q.is_empty()),
                        (Kind::Unordered(q), "iter") => {
                            let v = Value::vec(q.futures());
                            iter::into_iter(vm, v)?
                        }
                        (Kind::Ordered(q), "is_empty") => Value::Bool(q.is_empty()),
                        _ => return vm.unsupported(format!("`{method}` on a `{}`", self.name)),
                    }))
                });
            }
            "next" => consume::next(me),
            "map" => stream("Map", Kind::Map { inner: me, f: a(1) }),
            "inspect" => stream("Inspect", Kind::Inspect { inner: me, f: a(1) }),
            "then" => stream("Then", Kind::Then { inner: me, f: a(1), fut: None }),
            "filter" => filter(FilterHow::Filter),
            "filter_map" => filter(FilterHow::FilterMap),
            "take_while" => filter(FilterHow::TakeWhile),
            "skip_while" => filter(FilterHow::SkipWhile),
            "take" => stream("Take", Kind::Take { inner: me, n: int(vm, 1)? }),
            "skip" => stream("Skip", Kind::Skip { inner: me, n: int(vm, 1)? }),
            "enumerate" => stream("Enumerate", Kind::Enumerate { inner: me, count: 0 }),
            "chain" => {
                let second = a(1);
                if !is_stream(&second) {
                    return vm.unsupported("`chain` with something that is not a modelled stream").map(Some);
                }
                stream("Chain", Kind::Chain { first: Some(me), second })
            }
            "zip" => {
                let other = a(1);
                if !is_stream(&other) {
                    return vm.unsupported("`zip` with something that is not a modelled stream").map(Some);
                }
                stream("Zip", Kind::Zip { a: Fused::new(me), b: Fused::new(other), qa: None, qb: None })
            }
            "chunks" => {
                let cap = int(vm, 1)?;
                if cap == 0 {
                    return vm.unsupported("`chunks(0)` (futures-util panics)").map(Some);
                }
                stream("Chunks", Kind::Chunks { inner: Fused::new(me), cap, items: Vec::new() })
            }
            "buffered" => stream(
                "Buffered",
                Kind::Buffered { inner: Fused::new(me), max: int(vm, 1)?, q: Ordered::default(), try_: false },
            ),
            "buffer_unordered" => stream(
                "BufferUnordered",
                Kind::BufferUnordered { inner: Fused::new(me), max: int(vm, 1)?, q: Unordered::default(), try_: false },
            ),
            "try_buffered" => stream(
                "TryBuffered",
                Kind::Buffered { inner: Fused::new(me), max: int(vm, 1)?, q: Ordered::default(), try_: true },
            ),
            "try_buffer_unordered" => stream(
                "TryBufferUnordered",
                Kind::BufferUnordered { inner: Fused::new(me), max: int(vm, 1)?, q: Unordered::default(), try_: true },
            ),
            "fuse" => stream("Fuse", Kind::Fuse(Fused::new(me))),
            // `Pin<Box<dyn Stream>>` is the stream itself here.
            "boxed" | "boxed_local" => me,
            "collect" => consume::collect(vm, me, hint)?,
            "fold" => consume::fold(me, a(1), a(2)),
            "for_each" => consume::for_each(me, a(1)),
            "for_each_concurrent" => consume::for_each_concurrent(me, limit_of(&a(1)), a(2)),
            "count" => consume::count(me),
            "any" => consume::any_all(me, a(1), true),
            "all" => consume::any_all(me, a(1), false),
            "peekable" => stream("Peekable", Kind::Peekable { inner: Fused::new(me), peeked: None }),
            "peek" | "next_if" | "next_if_eq" if self.name == "Peekable" => consume::peek(
                me,
                match method {
                    "peek" => consume::PeekOp::Peek,
                    "next_if" => consume::PeekOp::NextIf(a(1)),
                    _ => consume::PeekOp::NextIfEq(a(1)),
                },
            ),
            "flatten" => stream("Flatten", Kind::Flatten { outer: me, next: None }),
            "flat_map" => {
                let outer = stream("Map", Kind::Map { inner: me, f: a(1) });
                stream("FlatMap", Kind::Flatten { outer, next: None })
            }
            "scan" => stream("Scan", Kind::Scan { inner: me, f: a(2), state: Some(shared(a(1))), fut: None }),
            "take_until" => stream("TakeUntil", Kind::TakeUntil { inner: me, fut: Some(a(1)), result: None }),
            "ready_chunks" => {
                let cap = int(vm, 1)?;
                if cap == 0 {
                    return vm.unsupported("`ready_chunks(0)` (futures-util panics)").map(Some);
                }
                stream("ReadyChunks", Kind::ReadyChunks { inner: Fused::new(me), cap })
            }
            "map_ok" => stream("MapOk", Kind::MapResult { inner: me, f: a(1), ok: true }),
            "map_err" => stream("MapErr", Kind::MapResult { inner: me, f: a(1), ok: false }),
            "and_then" => stream("AndThen", Kind::AndThen { inner: me, f: a(1), fut: None, ok: true }),
            "or_else" => stream("OrElse", Kind::AndThen { inner: me, f: a(1), fut: None, ok: false }),
            "try_filter" => stream("TryFilter", Kind::TryFilter { inner: me, f: a(1), pending: None, map: false }),
            "try_filter_map" => {
                stream("TryFilterMap", Kind::TryFilter { inner: me, f: a(1), pending: None, map: true })
            }
            "try_next" => consume::try_next(me),
            "try_collect" => consume::try_collect(vm, me, hint)?,
            "try_for_each" => consume::try_for_each(me, a(1)),
            "try_fold" => consume::try_fold(me, a(1), a(2)),
            "select_next_some" => {
                is_terminated(vm, &me)?;
                consume::select_next_some(me)
            }
            "is_terminated" => Value::Bool(is_terminated(vm, &me)?),
            "clone" => return vm.unsupported(format!("cloning a `{}` stream", self.name)).map(Some),
            "peek"
            | "next_if"
            | "next_if_eq"
            | "peek_mut"
            | "poll_peek"
            | "poll_peek_mut"
            | "next_if_mut"
            | "try_skip_while"
            | "try_take_while"
            | "try_flatten"
            | "try_chunks"
            | "try_ready_chunks"
            | "try_concat"
            | "try_any"
            | "try_all"
            | "into_stream"
            | "take_future"
            | "take_result"
            | "is_stopped"
            | "flat_map_unordered"
            | "try_for_each_concurrent"
            | "flatten_unordered"
            | "into_future"
            | "poll_next"
            | "poll_next_unpin"
            | "size_hint"
            | "concat"
            | "cycle"
            | "unzip"
            | "forward"
            | "split"
            | "left_stream"
            | "right_stream"
            | "catch_unwind"
            | "by_ref"
            | "zip_longest"
            | "chain_with"
            | "throttle"
            | "timeout"
            | "merge" => {
                return vm.unsupported(format!("`StreamExt::{method}`")).map(Some);
            }
            _ => return Ok(None),
        }))
    }
}

/// `StreamExt` methods (`next`, the adapters and consumers) on a stream defined in another family
/// (tokio-util's `FramedRead`), which [`poll_next`] polls: `args[0]` is that stream.
pub fn ext_method(
    vm: &mut Vm,
    name: &'static str,
    method: &str,
    hint: &str,
    args: &[Value],
) -> VmResult<Option<Value>> {
    // The methods that read a `StreamObj`'s own state.
    if matches!(
        method,
        "push" | "push_back" | "push_front" | "len" | "is_empty" | "clear" | "iter" | "iter_mut" | "into_iter"
    ) {
        return Ok(None);
    }
    if matches!(method, "select_next_some" | "is_terminated" | "peek" | "next_if" | "next_if_eq") {
        return vm.unsupported(format!("`{method}` on a `{name}` (call `.fuse()` or `.peekable()` first)")).map(Some);
    }
    StreamObj { kind: RefCell::new(Some(Kind::Empty)), name }.method(vm, method, hint, args)
}

/// A future value (a consumer's leaf).
pub fn leaf(l: impl crate::vm::rt::Leaf + 'static) -> Value {
    future(Fut::Leaf(Box::new(l)))
}
