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
                    if self.items.len() % 4096 == 0 {
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
        let what = if kind.is_empty() { "a type the grader cannot see (write it: `let v: Vec<_> = ...` or `collect::<Vec<_>>()`)".to_string() } else { format!("`{kind}`") };
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
