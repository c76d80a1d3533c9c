//! `tokio::sync::watch`: one value, a version counter, and receivers that
//! remember the version they saw. `borrow()` gives a reference to the value.
//! tokio wakes several `changed()` waiters in a random order; the simulation
//! wakes them in the order they started waiting (the corpus never prints that order).

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use super::{arg, closed_future, error, event, handle, leaf, proceed, recv_error, Wait, WaitQueue};
use crate::trace::{TraceKind, TraceObject};
use crate::vm::rt::{Leaf, Object, Poll};
use crate::vm::value::{shared, Place, Value};
use crate::vm::{Vm, VmResult};

struct State {
    name: TraceObject,
    value: crate::vm::value::Shared<Value>,
    version: u64,
    /// Every sender is gone.
    closed: bool,
    senders: usize,
    receivers: usize,
    /// `changed()` futures waiting: tokio's `notify_rx`.
    rx_waiters: WaitQueue,
    /// Tasks in `Sender::closed()`.
    tx_waiters: WaitQueue,
}

type Shared = Rc<RefCell<State>>;

impl State {
    fn bump(&mut self) {
        self.version += 1;
        self.rx_waiters.wake_all();
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
        name: TraceObject::Watch(id),
        value: shared(init),
        version: 0,
        closed: false,
        senders: 1,
        receivers: 1,
        rx_waiters: WaitQueue::new(vm),
        tx_waiters: WaitQueue::new(vm),
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
            s.rx_waiters.wake_all();
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
        let name = self.st.borrow().name;
        Ok(Some(match method {
            "send" => {
                let v = arg(args, 1);
                if self.st.borrow().receivers == 0 {
                    event(vm, TraceKind::ChannelClosed, name);
                    return Ok(Some(Value::err(error(vm, "watch::SendError", 0, vec![v])?)));
                }
                let old = {
                    let mut s = self.st.borrow_mut();
                    let old = std::mem::replace(&mut *s.value.borrow_mut(), v);
                    s.bump();
                    old
                };
                drop(old);
                event(vm, TraceKind::Send, name);
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
                event(vm, TraceKind::Send, name);
                old
            }
            "send_modify" => {
                self.modify(vm, &arg(args, 1))?;
                self.st.borrow_mut().bump();
                event(vm, TraceKind::Send, name);
                Value::Unit
            }
            "send_if_modified" => {
                let modified = self.modify(vm, &arg(args, 1))?.deref().as_bool().unwrap_or(false);
                if modified {
                    self.st.borrow_mut().bump();
                    event(vm, TraceKind::Send, name);
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
            "closed" => {
                let s = self.st.borrow();
                let st = self.st.clone();
                closed_future(&s.tx_waiters, s.name, true, move || st.borrow().receivers == 0)
            }
            "clone" => {
                self.st.borrow_mut().senders += 1;
                handle(Sender { st: self.st.clone() })
            }
            _ => return Ok(None),
        }))
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
            s.tx_waiters.wake_all();
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
            "changed" => leaf(ChangedLeaf {
                st: self.st.clone(),
                version: self.version.clone(),
                wait_for: None,
                wait: Wait::default(),
            }),
            "wait_for" => leaf(ChangedLeaf {
                st: self.st.clone(),
                version: self.version.clone(),
                wait_for: Some(WaitFor { f: arg(args, 1), closed: false, checking: true }),
                wait: Wait::default(),
            }),
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
    /// Its place in `rx_waiters`.
    wait: Wait,
}

impl ChangedLeaf {
    /// One pass of `changed()`: `Some(result)` or pending (the task registered).
    fn changed(&mut self, vm: &mut Vm) -> Option<bool> {
        let s = self.st.borrow();
        if let Some(r) = s.maybe_changed(&self.version) {
            return Some(r);
        }
        let (queue, name) = (s.rx_waiters.clone(), s.name);
        drop(s);
        queue.wait(&mut self.wait, vm, format!("`changed()` on {name}"), name);
        event(vm, TraceKind::RecvWaiting, name);
        None
    }
}

impl Leaf for ChangedLeaf {
    fn poll(&mut self, vm: &mut Vm) -> VmResult<Poll<Value>> {
        if !proceed(vm, "`rx.changed()`") {
            return Ok(Poll::Pending);
        }
        let name = self.st.borrow().name;
        if self.wait_for.is_none() {
            return Ok(match self.changed(vm) {
                Some(ok) => {
                    vm.rt.made_progress();
                    event(vm, if ok { TraceKind::Recv } else { TraceKind::ChannelClosed }, name);
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
                    let ok = vm
                        .call_value(&f, vec![Value::Ref(Place::Cell(cell.clone()))])?
                        .deref()
                        .as_bool()
                        .unwrap_or(false);
                    if ok {
                        vm.rt.made_progress();
                        event(vm, TraceKind::Recv, name);
                        return Ok(Poll::Ready(Value::ok(Value::Ref(Place::Cell(cell)))));
                    }
                }
                if closed {
                    vm.rt.made_progress();
                    event(vm, TraceKind::ChannelClosed, name);
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
