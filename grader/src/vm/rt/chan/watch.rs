//! `tokio::sync::watch`: one value, a version counter, and receivers that
//! remember the version they saw. `borrow()` gives a reference to the value.
//! tokio wakes several `changed()` waiters in a random order; the simulation
//! wakes them in the order they started waiting (the corpus never prints that order).

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use super::{arg, error, event, handle, recv_error, wake};
use crate::vm::rt::{Leaf, Object, Poll, TaskId, WakeList};
use crate::vm::value::{shared, Place, Value};
use crate::vm::{Vm, VmResult};

struct State {
    name: String,
    value: crate::vm::value::Shared<Value>,
    version: u64,
    /// Every sender is gone.
    closed: bool,
    senders: usize,
    receivers: usize,
    /// `changed()` futures waiting (token, task): tokio's `notify_rx`.
    rx_waiters: Vec<(u64, TaskId)>,
    next_token: u64,
    /// Tasks in `Sender::closed()`.
    tx_waiters: Vec<TaskId>,
    waker: WakeList,
}

type Shared = Rc<RefCell<State>>;

impl State {
    fn bump(&mut self) {
        self.version += 1;
        for (_, t) in std::mem::take(&mut self.rx_waiters) {
            wake(&self.waker, t);
        }
    }

    /// tokio's `maybe_changed`: `Some(Ok)` and the version is marked seen, `Some(Err)` closed, `None` unchanged.
    fn maybe_changed(&self, version: &Cell<u64>) -> Option<bool> {
        if version.get() != self.version {
            version.set(self.version);
            return Some(true);
        }
        if self.closed {
            return Some(false);
        }
        None
    }
}

pub fn channel(vm: &mut Vm, init: Value) -> Value {
    let id = vm.rt.next_object_id();
    let st = Rc::new(RefCell::new(State {
        name: format!("watch#{id}"),
        value: shared(init),
        version: 0,
        closed: false,
        senders: 1,
        receivers: 1,
        rx_waiters: Vec::new(),
        next_token: 0,
        tx_waiters: Vec::new(),
        waker: vm.rt.waker(),
    }));
    Value::tuple(vec![handle(Sender { st: st.clone() }), handle(Receiver { st, version: Rc::new(Cell::new(0)) })])
}

/// A `watch::Ref`: a reference to the current value.
fn value_ref(st: &Shared) -> Value {
    Value::Ref(Place::Cell(st.borrow().value.clone()))
}

struct Sender {
    st: Shared,
}

impl Drop for Sender {
    fn drop(&mut self) {
        let Ok(mut s) = self.st.try_borrow_mut() else { return };
        s.senders -= 1;
        if s.senders == 0 {
            s.closed = true;
            for (_, t) in std::mem::take(&mut s.rx_waiters) {
                wake(&s.waker, t);
            }
        }
    }
}

impl Sender {
    /// Call `f(&mut value)` (send_modify / send_if_modified).
    fn modify(&self, vm: &mut Vm, f: &Value) -> VmResult<Value> {
        let cell = self.st.borrow().value.clone();
        vm.call_value(f, vec![Value::Ref(Place::Cell(cell))])
    }
}

impl Object for Sender {
    fn type_name(&self) -> &'static str {
        "Sender"
    }

    fn owns_resource(&self) -> bool {
        true
    }

    fn method(&self, vm: &mut Vm, method: &str, _hint: &str, args: &[Value]) -> VmResult<Option<Value>> {
        let name = self.st.borrow().name.clone();
        Ok(Some(match method {
            "send" => {
                let v = arg(args, 1);
                if self.st.borrow().receivers == 0 {
                    event(vm, "channel_closed", &name);
                    return Ok(Some(Value::err(error(vm, "watch::SendError", 0, vec![v])?)));
                }
                let old = {
                    let mut s = self.st.borrow_mut();
                    let old = std::mem::replace(&mut *s.value.borrow_mut(), v);
                    s.bump();
                    old
                };
                drop(old);
                event(vm, "send", &name);
                Value::ok(Value::Unit)
            }
            "send_replace" => {
                let v = arg(args, 1);
                let old = {
                    let mut s = self.st.borrow_mut();
                    let old = std::mem::replace(&mut *s.value.borrow_mut(), v);
                    s.bump();
                    old
                };
                event(vm, "send", &name);
                old
            }
            "send_modify" => {
                self.modify(vm, &arg(args, 1))?;
                self.st.borrow_mut().bump();
                event(vm, "send", &name);
                Value::Unit
            }
            "send_if_modified" => {
                let modified = self.modify(vm, &arg(args, 1))?.deref().as_bool().unwrap_or(false);
                if modified {
                    self.st.borrow_mut().bump();
                    event(vm, "send", &name);
                }
                Value::Bool(modified)
            }
            "borrow" => value_ref(&self.st),
            "subscribe" => {
                let mut s = self.st.borrow_mut();
                s.receivers += 1;
                let version = Rc::new(Cell::new(s.version));
                drop(s);
                handle(Receiver { st: self.st.clone(), version })
            }
            "receiver_count" => Value::usize(self.st.borrow().receivers),
            "sender_count" => Value::usize(self.st.borrow().senders),
            "is_closed" => Value::Bool(self.st.borrow().receivers == 0),
            "closed" => crate::vm::rt::future::future(crate::vm::rt::Fut::Leaf(Box::new(ClosedLeaf { st: self.st.clone() }))),
            "clone" => {
                self.st.borrow_mut().senders += 1;
                handle(Sender { st: self.st.clone() })
            }
            _ => return Ok(None),
        }))
    }
}

/// `tx.closed().await`: every receiver is gone.
struct ClosedLeaf {
    st: Shared,
}

impl Leaf for ClosedLeaf {
    fn poll(&mut self, vm: &mut Vm) -> VmResult<Poll<Value>> {
        if !vm.rt.poll_proceed() {
            vm.suspend_on("`tx.closed()` (budget)".into());
            return Ok(Poll::Pending);
        }
        let mut s = self.st.borrow_mut();
        if s.receivers == 0 {
            drop(s);
            vm.rt.made_progress();
            return Ok(Poll::Ready(Value::Unit));
        }
        let cur = vm.rt.current;
        if !s.tx_waiters.contains(&cur) {
            s.tx_waiters.push(cur);
        }
        let name = s.name.clone();
        drop(s);
        vm.suspend_on(format!("`closed()` of {name}"));
        Ok(Poll::Pending)
    }
}

struct Receiver {
    st: Shared,
    version: Rc<Cell<u64>>,
}

impl Drop for Receiver {
    fn drop(&mut self) {
        let Ok(mut s) = self.st.try_borrow_mut() else { return };
        s.receivers -= 1;
        if s.receivers == 0 {
            for t in std::mem::take(&mut s.tx_waiters) {
                wake(&s.waker, t);
            }
        }
    }
}

impl Object for Receiver {
    fn type_name(&self) -> &'static str {
        "Receiver"
    }

    fn owns_resource(&self) -> bool {
        true
    }

    fn method(&self, vm: &mut Vm, method: &str, _hint: &str, args: &[Value]) -> VmResult<Option<Value>> {
        Ok(Some(match method {
            "borrow" => value_ref(&self.st),
            "borrow_and_update" => {
                self.version.set(self.st.borrow().version);
                value_ref(&self.st)
            }
            "has_changed" => {
                let s = self.st.borrow();
                if s.closed {
                    Value::err(recv_error())
                } else {
                    Value::ok(Value::Bool(self.version.get() != s.version))
                }
            }
            "mark_changed" => {
                self.version.set(self.st.borrow().version.wrapping_sub(1));
                Value::Unit
            }
            "mark_unchanged" => {
                self.version.set(self.st.borrow().version);
                Value::Unit
            }
            "changed" => crate::vm::rt::future::future(crate::vm::rt::Fut::Leaf(Box::new(ChangedLeaf { st: self.st.clone(), version: self.version.clone(), wait_for: None, token: None }))),
            "wait_for" => crate::vm::rt::future::future(crate::vm::rt::Fut::Leaf(Box::new(ChangedLeaf {
                st: self.st.clone(),
                version: self.version.clone(),
                wait_for: Some(WaitFor { f: arg(args, 1), closed: false, checking: true }),
                token: None,
            }))),
            "clone" => {
                self.st.borrow_mut().receivers += 1;
                handle(Receiver { st: self.st.clone(), version: Rc::new(Cell::new(self.version.get())) })
            }
            "same_channel" => return vm.unsupported("`watch::Receiver::same_channel`"),
            _ => return Ok(None),
        }))
    }
}

/// The state of `wait_for(f)`: tokio's loop of "check `f`, then `changed()`".
struct WaitFor {
    f: Value,
    /// `changed()` reported the channel closed.
    closed: bool,
    /// The next poll checks `f` (else it waits for a change).
    checking: bool,
}

/// `rx.changed().await` and `rx.wait_for(f).await`.
struct ChangedLeaf {
    st: Shared,
    version: Rc<Cell<u64>>,
    wait_for: Option<WaitFor>,
    /// Its entry in `rx_waiters`, while registered.
    token: Option<u64>,
}

impl ChangedLeaf {
    /// One pass of `changed()`: `Some(result)` or pending (the task registered).
    fn changed(&mut self, vm: &mut Vm) -> Option<bool> {
        let mut s = self.st.borrow_mut();
        if let Some(r) = s.maybe_changed(&self.version) {
            return Some(r);
        }
        let cur = vm.rt.current;
        let token = self.token.filter(|t| s.rx_waiters.iter().any(|(k, _)| k == t));
        match token {
            Some(t) => {
                for w in s.rx_waiters.iter_mut().filter(|(k, _)| *k == t) {
                    w.1 = cur;
                }
            }
            None => {
                s.next_token += 1;
                let t = s.next_token;
                s.rx_waiters.push((t, cur));
                self.token = Some(t);
            }
        }
        let name = s.name.clone();
        drop(s);
        event(vm, "recv_waiting", &name);
        vm.suspend_on(format!("`changed()` on {name}"));
        None
    }
}

impl Leaf for ChangedLeaf {
    fn poll(&mut self, vm: &mut Vm) -> VmResult<Poll<Value>> {
        if !vm.rt.poll_proceed() {
            vm.suspend_on("`rx.changed()` (budget)".into());
            return Ok(Poll::Pending);
        }
        let name = self.st.borrow().name.clone();
        if self.wait_for.is_none() {
            return Ok(match self.changed(vm) {
                Some(ok) => {
                    vm.rt.made_progress();
                    event(vm, if ok { "recv" } else { "channel_closed" }, &name);
                    Poll::Ready(if ok { Value::ok(Value::Unit) } else { Value::err(recv_error()) })
                }
                None => Poll::Pending,
            });
        }
        loop {
            let wf = self.wait_for.as_mut().expect("wait_for state");
            if wf.checking {
                let (has_changed, cell) = {
                    let s = self.st.borrow();
                    let changed = self.version.get() != s.version;
                    self.version.set(s.version);
                    (changed, s.value.clone())
                };
                let (f, closed) = (wf.f.clone(), wf.closed);
                if !closed || has_changed {
                    let ok = vm.call_value(&f, vec![Value::Ref(Place::Cell(cell.clone()))])?.deref().as_bool().unwrap_or(false);
                    if ok {
                        vm.rt.made_progress();
                        event(vm, "recv", &name);
                        return Ok(Poll::Ready(Value::ok(Value::Ref(Place::Cell(cell)))));
                    }
                }
                if closed {
                    vm.rt.made_progress();
                    event(vm, "channel_closed", &name);
                    return Ok(Poll::Ready(Value::err(recv_error())));
                }
                self.wait_for.as_mut().expect("wait_for state").checking = false;
            }
            match self.changed(vm) {
                Some(ok) => {
                    let wf = self.wait_for.as_mut().expect("wait_for state");
                    wf.closed = !ok;
                    wf.checking = true;
                }
                None => return Ok(Poll::Pending),
            }
        }
    }
}

impl Drop for ChangedLeaf {
    fn drop(&mut self) {
        // A dropped `changed()` (a `select!` loser) leaves the waiters, as tokio's `Notified` does.
        let Some(t) = self.token else { return };
        if let Ok(mut s) = self.st.try_borrow_mut() {
            s.rx_waiters.retain(|(k, _)| *k != t);
        }
    }
}
