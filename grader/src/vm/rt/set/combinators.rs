//! futures-util's combinators that poll every child on each poll, in order:
//! `join_all` / `try_join_all` (up to 30 futures: futures-util's `Small` kind),
//! `join`, `join3`.., `try_join`.., `futures::join!`, `futures::try_join!`
//! (no rotation, unlike tokio's `join!`), `select_all` (the winner is
//! `swap_remove`d), `pending`, `lazy`.

use crate::vm::builtins::iter::{self, Iter};
use crate::vm::rt::future::{cancel, future, poll};
use crate::vm::rt::{Fut, Leaf, Poll};
use crate::vm::value::Value;
use crate::vm::{Vm, VmResult};

/// futures-util picks `FuturesOrdered` above this many futures (by the iterator's upper size bound).
pub const SMALL: usize = 30;

/// The futures of an `IntoIterator` argument, and whether its upper size bound is at most `SMALL`.
pub fn futures_of(vm: &mut Vm, v: &Value) -> VmResult<(Vec<Value>, bool)> {
    let it = iter::into_iter(vm, v.deref())?;
    let mut it = iter::take_iter(&it);
    let small = upper_bound(&it).is_some_and(|n| n <= SMALL);
    let mut out = Vec::new();
    while let Some(f) = iter::next_of(vm, &mut it)? {
        out.push(f);
        vm.check_len(out.len(), 1)?;
    }
    Ok((out, small))
}

/// `Iterator::size_hint().1` as std computes it for the adapters the VM has (`None`: unbounded or unknown).
fn upper_bound(it: &Iter) -> Option<usize> {
    let n = |a: i128, b: i128| usize::try_from((b - a).max(0)).ok();
    match it {
        Iter::Empty => Some(0),
        Iter::Range { next, end, .. } => n(*next, *end),
        Iter::Items { front, back, .. } | Iter::VecRef { front, back, .. } => Some(back.saturating_sub(*front)),
        Iter::Shared(s) => s.try_borrow().ok().and_then(|s| upper_bound(&s)),
        Iter::Map { inner, .. }
        | Iter::Filter { inner, .. }
        | Iter::FilterMap { inner, .. }
        | Iter::Enumerate { inner, .. }
        | Iter::Inspect { inner, .. }
        | Iter::Cloned { inner }
        | Iter::Rev { inner }
        | Iter::Scan { inner, .. } => upper_bound(inner),
        Iter::MapWhile { inner, done, .. }
        | Iter::SkipWhile { inner, done, .. }
        | Iter::TakeWhile { inner, done, .. } => {
            if *done && matches!(it, Iter::MapWhile { .. } | Iter::TakeWhile { .. }) {
                Some(0)
            } else {
                upper_bound(inner)
            }
        }
        Iter::Zip { a, b } => match (upper_bound(a), upper_bound(b)) {
            (Some(x), Some(y)) => Some(x.min(y)),
            (x, None) => x,
            (None, y) => y,
        },
        Iter::Chain { a, b } => upper_bound(a)?.checked_add(upper_bound(b)?),
        Iter::Skip { inner, n } => upper_bound(inner).map(|u| u.saturating_sub(*n)),
        Iter::Take { inner, n } => Some(upper_bound(inner).map_or(*n, |u| u.min(*n))),
        Iter::StepBy { inner, step, first } => {
            let u = upper_bound(inner)?;
            let step = (*step).max(1);
            Some(if *first {
                if u == 0 {
                    0
                } else {
                    1 + (u - 1) / step
                }
            } else {
                u / step
            })
        }
        Iter::Peekable { inner, peeked } => match peeked {
            Some(None) => Some(0),
            Some(Some(_)) => upper_bound(inner)?.checked_add(1),
            None => upper_bound(inner),
        },
        _ => None,
    }
}

/// Polls every unfinished child in order on each poll (futures-util's `MaybeDone` slices).
pub struct PollAll {
    pub futs: Vec<Value>,
    pub outs: Vec<Option<Value>>,
    pub kind: AllKind,
}

#[derive(Clone, Copy, PartialEq)]
pub enum AllKind {
    /// `join_all`: `Vec` of outputs.
    Vec,
    /// `try_join_all`: `Result<Vec<T>, E>`, stops at the first `Err`.
    TryVec,
    /// `join`, `join3`, `futures::join!`: a tuple.
    Tuple,
    /// `try_join`, `futures::try_join!`: `Result<tuple, E>`.
    TryTuple,
}

impl PollAll {
    /// The future polling every one of `futs`, its output shaped by `kind`.
    pub fn future(futs: Vec<Value>, kind: AllKind) -> Value {
        let n = futs.len();
        future(Fut::Leaf(Box::new(PollAll { futs, outs: vec![None; n], kind })))
    }
}

impl Leaf for PollAll {
    fn poll(&mut self, vm: &mut Vm) -> VmResult<Poll<Value>> {
        let try_ = matches!(self.kind, AllKind::TryVec | AllKind::TryTuple);
        let mut pending = false;
        for i in 0..self.futs.len() {
            if self.outs[i].is_some() {
                continue;
            }
            match poll(vm, &self.futs[i])? {
                Poll::Ready(v) => {
                    if try_ {
                        if let Some(e) = err_of(&v) {
                            // The rest are dropped in order.
                            for f in std::mem::take(&mut self.futs) {
                                cancel(vm, &f);
                            }
                            self.outs.clear();
                            return Ok(Poll::Ready(Value::err(e)));
                        }
                    }
                    self.outs[i] = Some(v);
                }
                Poll::Pending => pending = true,
            }
        }
        if pending {
            return Ok(Poll::Pending);
        }
        self.futs.clear();
        let mut values: Vec<Value> =
            std::mem::take(&mut self.outs).into_iter().map(|o| o.unwrap_or_default()).collect();
        if try_ {
            values = values.iter().map(ok_of).collect();
        }
        Ok(Poll::Ready(match self.kind {
            AllKind::Vec => Value::vec(values),
            AllKind::TryVec => Value::ok(Value::vec(values)),
            AllKind::Tuple => Value::tuple(values),
            AllKind::TryTuple => Value::ok(Value::tuple(values)),
        }))
    }

    fn cancel(&mut self, vm: &mut Vm) {
        for f in std::mem::take(&mut self.futs) {
            cancel(vm, &f);
        }
    }
}

/// `select_all`: the first ready child in order; the rest, with the last moved into the winner's place.
pub struct SelectAll {
    pub futs: Vec<Value>,
}

impl Leaf for SelectAll {
    fn poll(&mut self, vm: &mut Vm) -> VmResult<Poll<Value>> {
        for i in 0..self.futs.len() {
            if let Poll::Ready(v) = poll(vm, &self.futs[i])? {
                self.futs.swap_remove(i);
                let rest = std::mem::take(&mut self.futs);
                return Ok(Poll::Ready(Value::tuple(vec![v, Value::usize(i), Value::vec(rest)])));
            }
        }
        Ok(Poll::Pending)
    }

    fn cancel(&mut self, vm: &mut Vm) {
        for f in std::mem::take(&mut self.futs) {
            cancel(vm, &f);
        }
    }
}

/// `futures::future::pending()`: never ready.
pub struct Pending;

impl Leaf for Pending {
    fn poll(&mut self, vm: &mut Vm) -> VmResult<Poll<Value>> {
        vm.suspend_on("`future::pending()`".to_string());
        Ok(Poll::Pending)
    }
}

/// `futures::future::lazy(f)`: calls `f(cx)` when first polled.
pub struct Lazy(pub Option<Value>);

impl Leaf for Lazy {
    fn poll(&mut self, vm: &mut Vm) -> VmResult<Poll<Value>> {
        let Some(f) = self.0.take() else { return vm.panic("`Lazy` polled after completion") };
        Ok(Poll::Ready(vm.call_value(&f, vec![Value::Unit])?))
    }
}

/// The error of an `Err(e)` result.
pub fn err_of(v: &Value) -> Option<Value> {
    match v.deref() {
        Value::Obj(o) => {
            let o = o.borrow();
            (o.ty == crate::ir::RESULT && o.variant == 1).then(|| o.fields.first().cloned().unwrap_or_default())
        }
        _ => None,
    }
}

/// The value of an `Ok(v)` result (other values as they are).
pub fn ok_of(v: &Value) -> Value {
    match v.deref() {
        Value::Obj(o) if o.borrow().ty == crate::ir::RESULT => o.borrow().fields.first().cloned().unwrap_or_default(),
        other => other,
    }
}
