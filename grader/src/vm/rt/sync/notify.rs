//! `tokio::sync::Notify` and `tokio::sync::Barrier`.
//!
//! **Invariant (Notify):** waiters are served oldest first; `notify_one` with nobody waiting
//! stores one permit; `notify_waiters` wakes everyone waiting now and stores nothing, but a
//! `Notified` created before it (even if not yet polled) completes, as tokio's call counter does.

use std::cell::RefCell;
use std::collections::VecDeque;
use std::rc::Rc;

use crate::vm::rt::future::future;
use crate::vm::rt::{Fut, Leaf, Object, Poll, RtObj, TaskId, WakeList};
use crate::vm::value::Value;
use crate::vm::{Vm, VmResult};

fn rt(obj: impl Object + 'static) -> Value {
    Value::Rt(Rc::new(RtObj::Dyn(Box::new(obj))))
}

// ---------------------------------------------------------------- Notify

struct Waiter {
    task: TaskId,
    /// `Some(true)`: got `notify_one`'s notification; `Some(false)`: `notify_waiters`'.
    notified: Option<bool>,
}

pub struct NotifyState {
    name: String,
    permit: bool,
    waiters: VecDeque<Rc<RefCell<Waiter>>>,
    /// `notify_waiters` calls so far.
    calls: u64,
    wakes: WakeList,
}

pub type NotifyRef = Rc<RefCell<NotifyState>>;

impl NotifyState {
    pub fn new(vm: &mut Vm, name: String) -> NotifyRef {
        Rc::new(RefCell::new(NotifyState { name, permit: false, waiters: VecDeque::new(), calls: 0, wakes: vm.rt.waker() }))
    }

    /// `notify_waiters`: the tasks to wake, oldest waiter first.
    pub fn notify_waiters(&mut self) -> Vec<TaskId> {
        self.calls += 1;
        if self.permit {
            return Vec::new();
        }
        self.waiters
            .drain(..)
            .map(|w| {
                let mut w = w.borrow_mut();
                w.notified = Some(false);
                w.task
            })
            .collect()
    }

    /// `notify_one`: the oldest waiter gets it, or it is stored; the task to wake.
    fn notify_one(&mut self, last: bool) -> Option<TaskId> {
        let w = if last { self.waiters.pop_back() } else { self.waiters.pop_front() };
        match w {
            Some(w) => {
                let mut w = w.borrow_mut();
                w.notified = Some(true);
                Some(w.task)
            }
            None => {
                self.permit = true;
                None
            }
        }
    }
}

struct Notify {
    st: NotifyRef,
}

pub fn new_notify(vm: &mut Vm) -> Value {
    let id = vm.rt.next_object_id();
    rt(Notify { st: NotifyState::new(vm, format!("notify#{id}")) })
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
            "notified" | "notified_owned" => {
                future(Fut::Leaf(Box::new(Notified::new(&self.st))))
            }
            "notify_one" | "notify_last" => {
                let task = self.st.borrow_mut().notify_one(method == "notify_last");
                if let Some(t) = task {
                    vm.rt.wake(t);
                }
                Value::Unit
            }
            "notify_waiters" => {
                let tasks = self.st.borrow_mut().notify_waiters();
                for t in tasks {
                    vm.rt.wake(t);
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
    /// Waiting: the node in the queue (or taken out of it by a notification).
    node: Option<Rc<RefCell<Waiter>>>,
}

impl Notified {
    pub fn new(st: &NotifyRef) -> Notified {
        let calls = st.borrow().calls;
        Notified { st: st.clone(), calls, node: None }
    }
}

impl Leaf for Notified {
    fn poll(&mut self, vm: &mut Vm) -> VmResult<Poll<Value>> {
        let cur = vm.rt.current;
        let mut st = self.st.borrow_mut();
        match &self.node {
            None => {
                if st.permit {
                    st.permit = false;
                    return Ok(Poll::Ready(Value::Unit));
                }
                if st.calls != self.calls {
                    return Ok(Poll::Ready(Value::Unit));
                }
                let node = Rc::new(RefCell::new(Waiter { task: cur, notified: None }));
                st.waiters.push_back(node.clone());
                self.node = Some(node);
            }
            Some(node) => {
                if node.borrow().notified.is_some() {
                    self.node = None;
                    return Ok(Poll::Ready(Value::Unit));
                }
                if st.calls != self.calls {
                    st.waiters.retain(|w| !Rc::ptr_eq(w, node));
                    self.node = None;
                    return Ok(Poll::Ready(Value::Unit));
                }
                node.borrow_mut().task = cur;
            }
        }
        let name = st.name.clone();
        drop(st);
        vm.suspend_on(format!("`notified()` of {name}"));
        Ok(Poll::Pending)
    }
}

impl Drop for Notified {
    fn drop(&mut self) {
        // Leave the queue; a `notify_one` received but not consumed goes to the next waiter.
        let Some(node) = self.node.take() else { return };
        let Ok(mut st) = self.st.try_borrow_mut() else { return };
        st.waiters.retain(|w| !Rc::ptr_eq(w, &node));
        if node.borrow().notified == Some(true) {
            if let Some(t) = st.notify_one(false) {
                st.wakes.borrow_mut().push(t);
            }
        }
    }
}

// ---------------------------------------------------------------- Barrier

struct BarrierState {
    n: usize,
    arrived: usize,
    generation: u64,
    waiters: Vec<(TaskId, Rc<()>)>,
}

struct Barrier {
    st: Rc<RefCell<BarrierState>>,
    id: u64,
}

pub fn new_barrier(vm: &mut Vm, n: usize) -> Value {
    let id = vm.rt.next_object_id();
    // tokio treats `Barrier::new(0)` as 1.
    rt(Barrier { st: Rc::new(RefCell::new(BarrierState { n: n.max(1), arrived: 0, generation: 0, waiters: Vec::new() })), id })
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
            "wait" => future(Fut::Leaf(Box::new(BarrierWait { st: self.st.clone(), id: self.id, waiting: None }))),
            _ => return Ok(None),
        }))
    }
}

/// The future of `wait()`: arrives at its first poll.
struct BarrierWait {
    st: Rc<RefCell<BarrierState>>,
    id: u64,
    /// Arrived: the generation it waits to end, and its registration token.
    waiting: Option<(u64, Rc<()>)>,
}

impl Leaf for BarrierWait {
    fn poll(&mut self, vm: &mut Vm) -> VmResult<Poll<Value>> {
        let cur = vm.rt.current;
        let mut st = self.st.borrow_mut();
        match &self.waiting {
            None => {
                st.arrived += 1;
                if st.arrived == st.n {
                    st.arrived = 0;
                    st.generation += 1;
                    // tokio wakes the others in a random order (a watch channel); we use arrival order.
                    let tasks: Vec<TaskId> = st.waiters.drain(..).map(|(t, _)| t).collect();
                    drop(st);
                    for t in tasks {
                        vm.rt.wake(t);
                    }
                    return Ok(Poll::Ready(rt(BarrierWaitResult(true))));
                }
                let token = Rc::new(());
                st.waiters.push((cur, token.clone()));
                self.waiting = Some((st.generation, token));
            }
            Some((generation, token)) => {
                if st.generation > *generation {
                    self.waiting = None;
                    return Ok(Poll::Ready(rt(BarrierWaitResult(false))));
                }
                for w in st.waiters.iter_mut() {
                    if Rc::ptr_eq(&w.1, token) {
                        w.0 = cur;
                    }
                }
            }
        }
        drop(st);
        vm.suspend_on(format!("`wait()` of barrier#{}", self.id));
        Ok(Poll::Pending)
    }
}

impl Drop for BarrierWait {
    fn drop(&mut self) {
        // The arrival stays counted (as in tokio); the task just stops waiting.
        if let Some((_, token)) = self.waiting.take() {
            if let Ok(mut st) = self.st.try_borrow_mut() {
                st.waiters.retain(|w| !Rc::ptr_eq(&w.1, &token));
            }
        }
    }
}

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
