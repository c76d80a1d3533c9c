//! Hand-written futures: a learner's `impl Future for T` with
//! `fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<T>`.
//!
//! Polling one calls the learner's `poll` (sync code, run to completion) with a
//! `Context` whose `Waker` wakes the task being polled; `Poll::Ready(v)` and
//! `Poll::Pending` are the built-in enum `ir::POLL`. A learner's `poll` may in
//! turn poll a built-in future (`self.sleep.as_mut().poll(cx)`), see `poll_method`.
//!
//! `std::future::poll_fn(|cx| ..)` (and futures' `poll_fn`) is the same thing as a closure:
//! each poll calls it with the `Context`, and its `Poll<T>` is the future's ([`PollFn`]).

use std::rc::Rc;

use super::{Object, Poll, RtObj, TaskId};
use crate::ir::{TypeKey, POLL};
use crate::vm::value::Value;
use crate::vm::{Vm, VmResult};

/// Poll a value of a learner's type that has a `poll` method; `None` if it has none.
pub fn poll_user(vm: &mut Vm, v: &Value) -> Option<VmResult<Poll<Value>>> {
    let Value::Obj(o) = v else { return None };
    let ty = o.borrow().ty;
    let sym = vm.prog.names.iter().position(|n| n == "poll")? as u32;
    let func = *vm.prog.methods.get(&(TypeKey::Adt(ty), sym))?;
    let cx = context(vm.rt.current);
    Some(vm.call_fn(func, vec![v.clone(), cx]).and_then(|r| from_poll(vm, &r, "a hand-written future's `poll`")))
}

/// `poll_fn(f)`: a future whose `poll` is the closure `f` (called with the `Context`).
pub struct PollFn(pub Value);

impl super::Leaf for PollFn {
    fn poll(&mut self, vm: &mut Vm) -> VmResult<Poll<Value>> {
        let cx = context(vm.rt.current);
        let r = vm.call_value(&self.0, vec![cx])?;
        from_poll(vm, &r, "a `poll_fn` closure")
    }
}

/// `Poll<T>` as the runtime's poll result (`what` polled is named if the task waits forever).
fn from_poll(vm: &mut Vm, r: &Value, what: &str) -> VmResult<Poll<Value>> {
    match r {
        Value::Obj(o) if o.borrow().ty == POLL => {
            let o = o.borrow();
            if o.variant == 0 {
                Ok(Poll::Ready(o.fields.first().cloned().unwrap_or_default()))
            } else {
                drop(o);
                vm.suspend_on(what.to_string());
                Ok(Poll::Pending)
            }
        }
        _ => vm.unsupported("a `poll` that does not return `Poll`"),
    }
}

/// The runtime's poll result as `Poll<T>`.
pub fn to_poll(p: Poll<Value>) -> Value {
    match p {
        Poll::Ready(v) => Value::obj(POLL, 0, vec![v]),
        Poll::Pending => Value::obj(POLL, 1, Vec::new()),
    }
}

/// `fut.poll(cx)` / `Pin::new(&mut fut).poll(cx)` on a built-in future, from a learner's `poll`.
pub fn poll_method(vm: &mut Vm, fut: &Value) -> VmResult<Value> {
    Ok(to_poll(super::future::poll(vm, fut)?))
}

pub fn context(task: TaskId) -> Value {
    Value::Rt(Rc::new(RtObj::Dyn(Box::new(Context(task)))))
}

fn waker(task: TaskId) -> Value {
    Value::Rt(Rc::new(RtObj::Dyn(Box::new(Waker(task)))))
}

/// `std::task::Context`: which task is being polled.
struct Context(TaskId);

/// `std::task::Waker`: wakes its task (`wake`, `wake_by_ref`), as many times as called.
struct Waker(TaskId);

impl Object for Context {
    fn type_name(&self) -> &'static str {
        "Context"
    }
    fn debug(&self) -> String {
        "Context { waker: Waker { .. } }".into()
    }
    fn method(&self, _vm: &mut Vm, method: &str, _hint: &str, _args: &[Value]) -> VmResult<Option<Value>> {
        Ok(match method {
            "waker" => Some(waker(self.0)),
            _ => None,
        })
    }
}

impl Object for Waker {
    fn type_name(&self) -> &'static str {
        "Waker"
    }
    fn debug(&self) -> String {
        "Waker { .. }".into()
    }
    fn method(&self, vm: &mut Vm, method: &str, _hint: &str, args: &[Value]) -> VmResult<Option<Value>> {
        Ok(match method {
            "wake" | "wake_by_ref" => {
                vm.rt.wake(self.0);
                Some(Value::Unit)
            }
            "clone" | "to_owned" => Some(waker(self.0)),
            "will_wake" => {
                let same = match args.get(1).map(|v| v.deref()) {
                    Some(Value::Rt(o)) => {
                        matches!(&*o, RtObj::Dyn(d) if d.type_name() == "Waker" && d.debug() == self.debug())
                    }
                    _ => false,
                };
                Some(Value::Bool(same))
            }
            _ => None,
        })
    }
}
