//! The futures that consume a stream (`StreamExt::{next, collect, fold,
//! for_each, for_each_concurrent, count}`), and `futures::future::select`,
//! each polling as futures-util 0.3.34's `poll` does.

use super::unordered::Unordered;
use super::{leaf, poll_next};
use crate::vm::builtins::iter;
use crate::vm::rt::future::{cancel, poll};
use crate::vm::rt::{Leaf, Poll};
use crate::vm::value::Value;
use crate::vm::{Vm, VmResult};

macro_rules! ready {
    ($e:expr) => {
        match $e {
            Poll::Ready(v) => v,
            Poll::Pending => return Ok(Poll::Pending),
        }
    };
}

/// `stream.next()`: `Some(item)` or `None`.
struct Next(Value);

impl Leaf for Next {
    fn poll(&mut self, vm: &mut Vm) -> VmResult<Poll<Value>> {
        Ok(Poll::Ready(Value::option(ready!(poll_next(vm, &self.0)?))))
    }
}

pub fn next(s: Value) -> Value {
    leaf(Next(s))
}

/// `collect::<C>()`: every item, into a collection (`C: Default + Extend`).
struct Collect {
    s: Value,
    kind: String,
    items: Vec<Value>,
}

impl Leaf for Collect {
    fn poll(&mut self, vm: &mut Vm) -> VmResult<Poll<Value>> {
        loop {
            match ready!(poll_next(vm, &self.s)?) {
                Some(x) => {
                    self.items.push(x);
                    if self.items.len().is_multiple_of(4096) {
                        vm.check_len(self.items.len(), 32)?;
                    }
                }
                None => {
                    let items = std::mem::take(&mut self.items);
                    return Ok(Poll::Ready(iter::build_collection(vm, &self.kind, items)?));
                }
            }
        }
    }
}

pub fn collect(vm: &mut Vm, s: Value, hint: &str) -> VmResult<Value> {
    let kind = hint.split('<').next().unwrap_or("");
    if !matches!(kind, "Vec" | "String" | "HashMap" | "HashSet" | "VecDeque") {
        let what = if kind.is_empty() {
            "a type the grader cannot see (write it: `let v: Vec<_> = ...` or `collect::<Vec<_>>()`)".to_string()
        } else {
            format!("`{kind}`")
        };
        return vm.unsupported(format!("collecting a stream into {what}"));
    }
    Ok(leaf(Collect { s, kind: kind.to_string(), items: Vec::new() }))
}

/// `fold(init, f)`: `f(acc, item)` is a future giving the next accumulator.
struct Fold {
    s: Value,
    f: Value,
    acc: Option<Value>,
    fut: Option<Value>,
}

impl Leaf for Fold {
    fn poll(&mut self, vm: &mut Vm) -> VmResult<Poll<Value>> {
        loop {
            if let Some(fu) = self.fut.clone() {
                let a = ready!(poll(vm, &fu)?);
                self.fut = None;
                self.acc = Some(a);
            } else if self.acc.is_some() {
                let item = ready!(poll_next(vm, &self.s)?);
                let a = self.acc.take().unwrap_or_default();
                match item {
                    Some(x) => self.fut = Some(vm.call_value(&self.f, vec![a, x])?),
                    None => return Ok(Poll::Ready(a)),
                }
            } else {
                return vm.panic("Fold polled after completion");
            }
        }
    }
}

pub fn fold(s: Value, init: Value, f: Value) -> Value {
    leaf(Fold { s, f, acc: Some(init), fut: None })
}

/// `for_each(f)`: each item's future runs to completion before the next item is taken.
struct ForEach {
    s: Value,
    f: Value,
    fut: Option<Value>,
}

impl Leaf for ForEach {
    fn poll(&mut self, vm: &mut Vm) -> VmResult<Poll<Value>> {
        loop {
            if let Some(fu) = self.fut.clone() {
                ready!(poll(vm, &fu)?);
                self.fut = None;
            } else if let Some(x) = ready!(poll_next(vm, &self.s)?) {
                self.fut = Some(vm.call_value(&self.f, vec![x])?);
            } else {
                return Ok(Poll::Ready(Value::Unit));
            }
        }
    }

    fn cancel(&mut self, vm: &mut Vm) {
        if let Some(f) = self.fut.take() {
            cancel(vm, &f);
        }
    }
}

pub fn for_each(s: Value, f: Value) -> Value {
    leaf(ForEach { s, f, fut: None })
}

/// `count()`.
struct Count {
    s: Value,
    n: usize,
}

impl Leaf for Count {
    fn poll(&mut self, vm: &mut Vm) -> VmResult<Poll<Value>> {
        loop {
            match ready!(poll_next(vm, &self.s)?) {
                Some(_) => self.n += 1,
                None => return Ok(Poll::Ready(Value::usize(self.n))),
            }
        }
    }
}

pub fn count(s: Value) -> Value {
    leaf(Count { s, n: 0 })
}

/// `for_each_concurrent(limit, f)`: items' futures run in a `FuturesUnordered`, at most `limit` at once.
struct ForEachConcurrent {
    s: Option<Value>,
    f: Value,
    limit: Option<usize>,
    futs: Unordered,
}

impl Leaf for ForEachConcurrent {
    fn poll(&mut self, vm: &mut Vm) -> VmResult<Poll<Value>> {
        loop {
            let mut progress = false;
            if self.limit.map(|l| l > self.futs.len()).unwrap_or(true) {
                let mut ended = false;
                let elem = match &self.s {
                    Some(s) => match poll_next(vm, s)? {
                        Poll::Ready(Some(x)) => {
                            progress = true;
                            Some(x)
                        }
                        Poll::Ready(None) => {
                            ended = true;
                            None
                        }
                        Poll::Pending => None,
                    },
                    None => None,
                };
                if ended {
                    self.s = None;
                }
                if let Some(x) = elem {
                    let fu = vm.call_value(&self.f, vec![x])?;
                    self.futs.push(vm, fu);
                }
            }
            match self.futs.poll_next(vm)? {
                Poll::Ready(Some(_)) => progress = true,
                Poll::Ready(None) => {
                    if self.s.is_none() {
                        return Ok(Poll::Ready(Value::Unit));
                    }
                }
                Poll::Pending => {}
            }
            if !progress {
                return Ok(Poll::Pending);
            }
        }
    }
}

pub fn for_each_concurrent(s: Value, limit: Option<usize>, f: Value) -> Value {
    leaf(ForEachConcurrent { s: Some(s), f, limit, futs: Unordered::default() })
}

/// `futures::future::select(a, b)`: `Either::Left((a_out, b))` or `Either::Right((b_out, a))`; `a` is polled first.
struct Select {
    futs: Option<(Value, Value)>,
}

impl Leaf for Select {
    fn poll(&mut self, vm: &mut Vm) -> VmResult<Poll<Value>> {
        let Some((a, b)) = self.futs.clone() else { return vm.panic("cannot poll Select twice") };
        let either = |vm: &Vm, variant: u32, v: Value, other: Value| -> VmResult<Value> {
            match vm.prog.types.iter().position(|t| t.name == "Either") {
                Some(id) => Ok(Value::obj(id as crate::ir::TypeId, variant, vec![Value::tuple(vec![v, other])])),
                None => vm.unsupported("`futures::future::Either`"),
            }
        };
        if let Poll::Ready(v) = poll(vm, &a)? {
            self.futs = None;
            return Ok(Poll::Ready(either(vm, 0, v, b)?));
        }
        if let Poll::Ready(v) = poll(vm, &b)? {
            self.futs = None;
            return Ok(Poll::Ready(either(vm, 1, v, a)?));
        }
        Ok(Poll::Pending)
    }

    fn cancel(&mut self, vm: &mut Vm) {
        // A future given by reference (`&mut fut`) stays its owner's.
        if let Some((a, b)) = self.futs.take() {
            for f in [a, b] {
                if !matches!(f, Value::Ref(_)) {
                    cancel(vm, &f);
                }
            }
        }
    }
}

pub fn select(a: Value, b: Value) -> Value {
    leaf(Select { futs: Some((a, b)) })
}

/// `any(f)` / `all(f)`: `f(item)` is a future of `bool`; stops at the first `true` (`any`) or `false` (`all`).
struct AnyAll {
    s: Value,
    f: Value,
    fut: Option<Value>,
    any: bool,
}

impl Leaf for AnyAll {
    fn poll(&mut self, vm: &mut Vm) -> VmResult<Poll<Value>> {
        loop {
            if let Some(fu) = self.fut.clone() {
                let r = ready!(poll(vm, &fu)?);
                self.fut = None;
                if r.deref().as_bool().unwrap_or(false) == self.any {
                    return Ok(Poll::Ready(Value::Bool(self.any)));
                }
            } else {
                match ready!(poll_next(vm, &self.s)?) {
                    Some(x) => self.fut = Some(vm.call_value(&self.f, vec![x])?),
                    None => return Ok(Poll::Ready(Value::Bool(!self.any))),
                }
            }
        }
    }
}

pub fn any_all(s: Value, f: Value, any: bool) -> Value {
    leaf(AnyAll { s, f, fut: None, any })
}

/// `TryStreamExt::try_next()`: `Ok(Some(item))`, `Ok(None)` or the item's `Err`.
struct TryNext(Value);

impl Leaf for TryNext {
    fn poll(&mut self, vm: &mut Vm) -> VmResult<Poll<Value>> {
        Ok(Poll::Ready(match ready!(poll_next(vm, &self.0)?) {
            None => Value::ok(Value::none()),
            Some(r) => match try_item(vm, &r)? {
                Ok(x) => Value::ok(Value::some(x)),
                Err(_) => r,
            },
        }))
    }
}

pub fn try_next(s: Value) -> Value {
    leaf(TryNext(s))
}

/// `Ok(x)` / `Err(e)` of a stream item that must be a `Result`.
fn try_item(vm: &Vm, r: &Value) -> VmResult<Result<Value, Value>> {
    match super::result_of(r) {
        Some(x) => Ok(x),
        None => vm.unsupported("a `TryStreamExt` method on a stream whose items are not `Result`s"),
    }
}

/// `try_collect::<C>()`: `Ok(collection)`, or the first `Err` (the rest of the stream is not polled).
struct TryCollect {
    s: Value,
    kind: String,
    items: Vec<Value>,
}

impl Leaf for TryCollect {
    fn poll(&mut self, vm: &mut Vm) -> VmResult<Poll<Value>> {
        loop {
            match ready!(poll_next(vm, &self.s)?) {
                Some(r) => match try_item(vm, &r)? {
                    Ok(x) => {
                        self.items.push(x);
                        if self.items.len().is_multiple_of(4096) {
                            vm.check_len(self.items.len(), 32)?;
                        }
                    }
                    Err(_) => return Ok(Poll::Ready(r)),
                },
                None => {
                    let items = std::mem::take(&mut self.items);
                    return Ok(Poll::Ready(Value::ok(iter::build_collection(vm, &self.kind, items)?)));
                }
            }
        }
    }
}

pub fn try_collect(vm: &mut Vm, s: Value, hint: &str) -> VmResult<Value> {
    // `Result<Vec<_>, E>` (the binding's type) or `Vec<_>` (the turbofish).
    let inner = hint.strip_prefix("Result<").unwrap_or(hint);
    let kind = inner.split(['<', ',', '>']).next().unwrap_or("").trim();
    if !matches!(kind, "Vec" | "String" | "HashMap" | "HashSet" | "VecDeque") {
        let what = if kind.is_empty() {
            "a type the grader cannot see (write it: `let v: Result<Vec<_>, _> = ...` or `try_collect::<Vec<_>>()`)"
                .to_string()
        } else {
            format!("`{kind}`")
        };
        return vm.unsupported(format!("`try_collect` into {what}"));
    }
    Ok(leaf(TryCollect { s, kind: kind.to_string(), items: Vec::new() }))
}

/// `try_for_each(f)`: `f(item)` is a future of `Result<(), E>`; stops at the first `Err` (of an item or of `f`).
struct TryForEach {
    s: Value,
    f: Value,
    fut: Option<Value>,
}

impl Leaf for TryForEach {
    fn poll(&mut self, vm: &mut Vm) -> VmResult<Poll<Value>> {
        loop {
            if let Some(fu) = self.fut.clone() {
                let r = ready!(poll(vm, &fu)?);
                self.fut = None;
                if try_item(vm, &r)?.is_err() {
                    return Ok(Poll::Ready(r));
                }
            } else {
                match ready!(poll_next(vm, &self.s)?) {
                    Some(r) => match try_item(vm, &r)? {
                        Ok(x) => self.fut = Some(vm.call_value(&self.f, vec![x])?),
                        Err(_) => return Ok(Poll::Ready(r)),
                    },
                    None => return Ok(Poll::Ready(Value::ok(Value::Unit))),
                }
            }
        }
    }

    fn cancel(&mut self, vm: &mut Vm) {
        if let Some(f) = self.fut.take() {
            cancel(vm, &f);
        }
    }
}

pub fn try_for_each(s: Value, f: Value) -> Value {
    leaf(TryForEach { s, f, fut: None })
}

/// `try_fold(init, f)`: `f(acc, item)` is a future of `Result<acc, E>`.
struct TryFold {
    s: Value,
    f: Value,
    acc: Option<Value>,
    fut: Option<Value>,
}

impl Leaf for TryFold {
    fn poll(&mut self, vm: &mut Vm) -> VmResult<Poll<Value>> {
        loop {
            if let Some(fu) = self.fut.clone() {
                let r = ready!(poll(vm, &fu)?);
                self.fut = None;
                match try_item(vm, &r)? {
                    Ok(a) => self.acc = Some(a),
                    Err(_) => return Ok(Poll::Ready(r)),
                }
            } else if self.acc.is_some() {
                let item = ready!(poll_next(vm, &self.s)?);
                let a = self.acc.take().unwrap_or_default();
                match item {
                    Some(r) => match try_item(vm, &r)? {
                        Ok(x) => self.fut = Some(vm.call_value(&self.f, vec![a, x])?),
                        Err(_) => return Ok(Poll::Ready(r)),
                    },
                    None => return Ok(Poll::Ready(Value::ok(a))),
                }
            } else {
                return vm.panic("Fold polled after completion");
            }
        }
    }
}

pub fn try_fold(s: Value, init: Value, f: Value) -> Value {
    leaf(TryFold { s, f, acc: Some(init), fut: None })
}

/// `select_next_some()` on a fused stream: the next item; at the end it wakes itself and stays pending.
struct SelectNextSome(Value);

impl Leaf for SelectNextSome {
    fn poll(&mut self, vm: &mut Vm) -> VmResult<Poll<Value>> {
        if super::is_terminated(vm, &self.0)? {
            // futures-util's `assert!` panics at a line of its own source.
            return vm.unsupported("polling `select_next_some` after its stream ended (futures-util panics)");
        }
        match ready!(poll_next(vm, &self.0)?) {
            Some(x) => Ok(Poll::Ready(x)),
            None => {
                // A program polling this again spins for ever (as with futures-util).
                let me = vm.rt.current;
                vm.rt.wake(me);
                Ok(Poll::Pending)
            }
        }
    }
}

pub fn select_next_some(s: Value) -> Value {
    leaf(SelectNextSome(s))
}

/// `StreamExt::into_future()` as `SelectAll` uses it: `(next item, the stream)`.
struct StreamFuture(Option<Value>);

impl Leaf for StreamFuture {
    fn poll(&mut self, vm: &mut Vm) -> VmResult<Poll<Value>> {
        let Some(s) = self.0.clone() else { return vm.panic("polling StreamFuture twice") };
        let item = ready!(poll_next(vm, &s)?);
        self.0 = None;
        Ok(Poll::Ready(Value::tuple(vec![Value::option(item), s])))
    }
}

pub fn stream_future(s: Value) -> Value {
    leaf(StreamFuture(Some(s)))
}

/// What a `Peekable`'s future does (`peek`, `next_if`, `next_if_eq`).
pub enum PeekOp {
    Peek,
    NextIf(Value),
    NextIfEq(Value),
}

struct PeekFut {
    s: Value,
    op: Option<PeekOp>,
}

impl Leaf for PeekFut {
    fn poll(&mut self, vm: &mut Vm) -> VmResult<Poll<Value>> {
        let Some(op) = self.op.take() else { return vm.panic("Peek polled after completion") };
        match super::peekable_poll(vm, &self.s, &op)? {
            Poll::Ready(v) => Ok(Poll::Ready(v)),
            Poll::Pending => {
                self.op = Some(op);
                Ok(Poll::Pending)
            }
        }
    }
}

pub fn peek(s: Value, op: PeekOp) -> Value {
    leaf(PeekFut { s, op: Some(op) })
}

/// `futures::future::select_ok(futs)`: the first `Ok` with the futures left, or the last `Err`.
struct SelectOk {
    futs: Vec<Value>,
}

impl Leaf for SelectOk {
    fn poll(&mut self, vm: &mut Vm) -> VmResult<Poll<Value>> {
        loop {
            let mut found = None;
            for (i, f) in self.futs.clone().iter().enumerate() {
                if let Poll::Ready(r) = poll(vm, f)? {
                    found = Some((i, r));
                    break;
                }
            }
            let Some((i, r)) = found else { return Ok(Poll::Pending) };
            let done = self.futs.remove(i);
            drop(done);
            match try_item(vm, &r)? {
                Ok(x) => {
                    let rest = std::mem::take(&mut self.futs);
                    return Ok(Poll::Ready(Value::ok(Value::tuple(vec![x, Value::vec(rest)]))));
                }
                Err(_) => {
                    if self.futs.is_empty() {
                        return Ok(Poll::Ready(r));
                    }
                }
            }
        }
    }

    fn cancel(&mut self, vm: &mut Vm) {
        for f in std::mem::take(&mut self.futs) {
            cancel(vm, &f);
        }
    }
}

pub fn select_ok(futs: Vec<Value>) -> Value {
    leaf(SelectOk { futs })
}
