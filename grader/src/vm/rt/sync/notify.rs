//! `tokio::sync::Notify` and `tokio::sync::Barrier`.
//!
//! **Invariant (Notify):** waiters are served oldest first; `notify_one` with nobody waiting
//! stores one permit; `notify_waiters` wakes everyone waiting now and stores nothing, but a
//! `Notified` created before it (even if not yet polled) completes, as tokio's call counter does.

use std::cell::RefCell;
use std::rc::Rc;

use crate::trace::TraceObject;
use crate::vm::rt::chan::{Wait, WaitQueue};
use crate::vm::rt::future::future;
use crate::vm::rt::{Fut, Leaf, Object, Poll, RtObj};
use crate::vm::value::Value;
use crate::vm::{Vm, VmResult};

fn rt(obj: impl Object + 'static) -> Value {
    Value::Rt(Rc::new(RtObj::Dyn(Box::new(obj))))
}

// ---------------------------------------------------------------- Notify

pub struct NotifyState {
    /// The trace name: `notify#3`, `cancellation_token#4`.
    name: TraceObject,
    permit: bool,
    /// A waiter woken by `wake_one` got `notify_one`'s notification, by `wake_all` `notify_waiters`'.
    waiters: WaitQueue,
    /// `notify_waiters` calls so far.
    calls: u64,
}

pub type NotifyRef = Rc<RefCell<NotifyState>>;

impl NotifyState {
    pub fn new(vm: &mut Vm, name: TraceObject) -> NotifyRef {
        Rc::new(RefCell::new(NotifyState { name, permit: false, waiters: WaitQueue::new(vm), calls: 0 }))
    }

    /// `notify_waiters`: wake every waiter, oldest first (through the runtime's `WakeList`); whether any was.
    pub fn notify_waiters(&mut self) -> bool {
        self.calls += 1;
        !self.permit && self.waiters.wake_all()
    }

    /// `notify_one`: the oldest waiter (the newest with `last`) gets it, or it is stored; whether one was woken.
    fn notify_one(&mut self, last: bool) -> bool {
        let woken = if last { self.waiters.wake_last() } else { self.waiters.wake_one() };
        if !woken {
            self.permit = true;
        }
        woken
    }
}

struct Notify {
    st: NotifyRef,
}

pub fn new_notify(vm: &mut Vm) -> Value {
    let id = vm.rt.next_object_id();
    rt(Notify { st: NotifyState::new(vm, TraceObject::Notify(id)) })
}

impl Object for Notify {
    fn type_name(&self) -> &'static str {
        "Notify"
    }

    fn debug_fields(&self) -> Option<Result<(&'static str, Vec<(&'static str, Value)>), String>> {
        Some(Err("`Debug` of a `Notify`".into()))
    }

    fn method(&self, vm: &mut Vm, method: &str, _hint: &str, _args: &[Value]) -> VmResult<Option<Value>> {
        Ok(Some(match method {
            "notified" | "notified_owned" => future(Fut::Leaf(Box::new(Notified::new(&self.st)))),
            "notify_one" | "notify_last" => {
                if self.st.borrow_mut().notify_one(method == "notify_last") {
                    vm.rt.flush_wakes();
                }
                Value::Unit
            }
            "notify_waiters" => {
                if self.st.borrow_mut().notify_waiters() {
                    vm.rt.flush_wakes();
                }
                Value::Unit
            }
            _ => return Ok(None),
        }))
    }
}

/// The future of `notified()`.
pub struct Notified {
    st: NotifyRef,
    /// `notify_waiters` calls when the future was created.
    calls: u64,
    /// Its place among the waiters (kept once a notification took it out).
    wait: Wait,
}

impl Notified {
    pub fn new(st: &NotifyRef) -> Notified {
        let calls = st.borrow().calls;
        Notified { st: st.clone(), calls, wait: Wait::default() }
    }
}

impl Leaf for Notified {
    fn poll(&mut self, vm: &mut Vm) -> VmResult<Poll<Value>> {
        let mut st = self.st.borrow_mut();
        if self.wait.woken().is_some() {
            self.wait = Wait::default();
            return Ok(Poll::Ready(Value::Unit));
        }
        if !self.wait.queued() && st.permit {
            st.permit = false;
            return Ok(Poll::Ready(Value::Unit));
        }
        if st.calls != self.calls {
            drop(st);
            self.wait = Wait::default();
            return Ok(Poll::Ready(Value::Unit));
        }
        let (queue, name) = (st.waiters.clone(), st.name);
        drop(st);
        queue.wait(&mut self.wait, vm, format!("`notified()` of {name}"), name);
        Ok(Poll::Pending)
    }
}

impl Drop for Notified {
    fn drop(&mut self) {
        // A `notify_one` received but not consumed goes to the next waiter (its `Wait` leaves the queue).
        if self.wait.woken() == Some(true) {
            if let Ok(mut st) = self.st.try_borrow_mut() {
                st.notify_one(false);
            }
        }
    }
}

// ---------------------------------------------------------------- Barrier

struct BarrierState {
    n: usize,
    arrived: usize,
    generation: u64,
    waiters: WaitQueue,
}

struct Barrier {
    st: Rc<RefCell<BarrierState>>,
    id: u64,
}

pub fn new_barrier(vm: &mut Vm, n: usize) -> Value {
    let id = vm.rt.next_object_id();
    // tokio treats `Barrier::new(0)` as 1.
    let waiters = WaitQueue::new(vm);
    rt(Barrier { st: Rc::new(RefCell::new(BarrierState { n: n.max(1), arrived: 0, generation: 0, waiters })), id })
}

impl Object for Barrier {
    fn type_name(&self) -> &'static str {
        "Barrier"
    }

    fn debug_fields(&self) -> Option<Result<(&'static str, Vec<(&'static str, Value)>), String>> {
        Some(Err("`Debug` of a `Barrier`".into()))
    }

    fn method(&self, _vm: &mut Vm, method: &str, _hint: &str, _args: &[Value]) -> VmResult<Option<Value>> {
        Ok(Some(match method {
            "wait" => future(Fut::Leaf(Box::new(BarrierWait {
                st: self.st.clone(),
                id: self.id,
                generation: None,
                wait: Wait::default(),
            }))),
            _ => return Ok(None),
        }))
    }
}

/// The future of `wait()`: arrives at its first poll.
struct BarrierWait {
    st: Rc<RefCell<BarrierState>>,
    id: u64,
    /// Arrived: the generation it waits to end.
    generation: Option<u64>,
    wait: Wait,
}

impl Leaf for BarrierWait {
    fn poll(&mut self, vm: &mut Vm) -> VmResult<Poll<Value>> {
        let mut st = self.st.borrow_mut();
        match self.generation {
            None => {
                st.arrived += 1;
                if st.arrived == st.n {
                    st.arrived = 0;
                    st.generation += 1;
                    // tokio wakes the others in a random order (a watch channel); we use arrival order.
                    let woken = st.waiters.wake_all();
                    drop(st);
                    if woken {
                        vm.rt.flush_wakes();
                    }
                    return Ok(Poll::Ready(rt(BarrierWaitResult(true))));
                }
                self.generation = Some(st.generation);
            }
            Some(generation) if st.generation > generation => {
                self.generation = None;
                self.wait = Wait::default();
                return Ok(Poll::Ready(rt(BarrierWaitResult(false))));
            }
            Some(_) => {}
        }
        let queue = st.waiters.clone();
        drop(st);
        let barrier = TraceObject::Barrier(self.id);
        queue.wait(&mut self.wait, vm, format!("`wait()` of {barrier}"), barrier);
        Ok(Poll::Pending)
    }
}

// Dropped while waiting, the arrival stays counted (as in tokio); its `Wait` leaves the queue.

/// `BarrierWaitResult`.
struct BarrierWaitResult(bool);

impl Object for BarrierWaitResult {
    fn type_name(&self) -> &'static str {
        "BarrierWaitResult"
    }

    fn debug(&self) -> String {
        format!("BarrierWaitResult({})", self.0)
    }

    fn method(&self, _vm: &mut Vm, method: &str, _hint: &str, _args: &[Value]) -> VmResult<Option<Value>> {
        Ok(match method {
            "is_leader" => Some(Value::Bool(self.0)),
            _ => None,
        })
    }
}
