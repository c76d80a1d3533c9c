//! `tokio::sync::mpsc`: bounded and unbounded channels.
//!
//! A bounded channel is a semaphore of `bound` permits (tokio's `batch_semaphore`):
//! `send` takes a permit (waiting FIFO when there is none), `recv` gives one
//! back, and a freed permit goes straight to the first waiting sender.
//! The receiver's waker is a single slot (tokio's `AtomicWaker`): it stays
//! registered when a `recv()` future is dropped.

use std::cell::{Cell, RefCell};
use std::collections::VecDeque;
use std::rc::Rc;

use super::{arg, closed_future, error, event, handle, leaf, proceed, wake_slot, Wait, WaitQueue};
use crate::vm::rt::{Leaf, Object, Poll, TaskId, WakeList};
use crate::vm::value::{Place, Value};
use crate::vm::{Vm, VmResult};

struct Chan {
    name: String,
    buf: VecDeque<Value>,
    /// `None`: unbounded.
    bound: Option<usize>,
    /// Free permits (bounded).
    permits: usize,
    /// Permits held by `Permit`s not yet used.
    reserved: usize,
    senders: usize,
    /// `close()` was called or the receiver was dropped (the semaphore is closed).
    rx_closed: bool,
    rx_task: Option<TaskId>,
    /// Senders waiting for a permit; `wake_one` grants one.
    send_waiters: WaitQueue,
    /// Tasks in `Sender::closed()`.
    closed_waiters: WaitQueue,
    waker: WakeList,
}

type Shared = Rc<RefCell<Chan>>;

impl Chan {
    /// Give permits back; each first waiting sender takes one (and is woken).
    fn add_permits(&mut self, n: usize) {
        if self.bound.is_none() {
            return;
        }
        self.permits += n;
        while self.permits > 0 && self.send_waiters.wake_one() {
            self.permits -= 1;
        }
    }

    /// Push a message and wake the receiver (the waker is taken, as `AtomicWaker::wake` does).
    fn push(&mut self, v: Value) {
        self.buf.push_back(v);
        wake_slot(&self.waker, &mut self.rx_task);
    }

    /// The receiver closed: waiting senders fail, `closed()` completes.
    fn close_rx(&mut self) {
        if self.rx_closed {
            return;
        }
        self.rx_closed = true;
        self.send_waiters.wake_all();
        self.closed_waiters.wake_all();
    }

    /// `recv` returns `None`: empty, and every sender gone (or closed with no permit in use).
    fn finished(&self) -> bool {
        self.buf.is_empty() && (self.senders == 0 || (self.rx_closed && self.reserved == 0))
    }
}

pub fn channel(vm: &mut Vm, bound: Option<usize>) -> Value {
    let id = vm.rt.next_object_id();
    let ch = Rc::new(RefCell::new(Chan {
        name: format!("mpsc#{id}"),
        buf: VecDeque::new(),
        bound,
        permits: bound.unwrap_or(0),
        reserved: 0,
        senders: 1,
        rx_closed: false,
        rx_task: None,
        send_waiters: WaitQueue::new(vm),
        closed_waiters: WaitQueue::new(vm),
        waker: vm.rt.waker(),
    }));
    Value::tuple(vec![handle(Sender { ch: ch.clone() }), handle(Receiver { ch })])
}

struct Sender {
    ch: Shared,
}

impl Drop for Sender {
    fn drop(&mut self) {
        let Ok(mut c) = self.ch.try_borrow_mut() else { return };
        c.senders -= 1;
        if c.senders == 0 {
            let c = &mut *c;
            wake_slot(&c.waker, &mut c.rx_task);
        }
    }
}

fn send_error(vm: &Vm, v: Value) -> VmResult<Value> {
    Ok(Value::err(error(vm, "mpsc::SendError", 0, vec![v])?))
}

impl Object for Sender {
    fn type_name(&self) -> &'static str {
        if self.ch.borrow().bound.is_some() { "Sender" } else { "UnboundedSender" }
    }

    fn debug(&self) -> String {
        format!("{} {{ chan: Tx {{ .. }} }}", self.type_name())
    }

    fn owns_resource(&self) -> bool {
        true
    }

    fn method(&self, vm: &mut Vm, method: &str, _hint: &str, args: &[Value]) -> VmResult<Option<Value>> {
        let bounded = self.ch.borrow().bound.is_some();
        Ok(Some(match method {
            "send" if bounded => leaf(SendLeaf { ch: self.ch.clone(), value: Some(arg(args, 1)), wait: Wait::default(), reserve: false }),
            "send" => {
                let v = arg(args, 1);
                let closed = self.ch.borrow().rx_closed;
                if closed {
                    let name = self.ch.borrow().name.clone();
                    event(vm, "channel_closed", &name);
                    return send_error(vm, v).map(Some);
                }
                self.ch.borrow_mut().push(v);
                let name = self.ch.borrow().name.clone();
                event(vm, "send", &name);
                Value::ok(Value::Unit)
            }
            "reserve" if bounded => leaf(SendLeaf { ch: self.ch.clone(), value: None, wait: Wait::default(), reserve: true }),
            "try_send" if bounded => {
                let v = arg(args, 1);
                let mut c = self.ch.borrow_mut();
                if c.rx_closed {
                    drop(c);
                    return Ok(Some(Value::err(error(vm, "mpsc::TrySendError", 1, vec![v])?)));
                }
                if c.permits == 0 {
                    drop(c);
                    return Ok(Some(Value::err(error(vm, "mpsc::TrySendError", 0, vec![v])?)));
                }
                c.permits -= 1;
                c.push(v);
                let name = c.name.clone();
                drop(c);
                event(vm, "send", &name);
                Value::ok(Value::Unit)
            }
            "closed" => {
                let c = self.ch.borrow();
                let ch = self.ch.clone();
                closed_future(&c.closed_waiters, c.name.clone(), false, move || ch.borrow().rx_closed)
            }
            "is_closed" => Value::Bool(self.ch.borrow().rx_closed),
            "capacity" if bounded => Value::usize(self.ch.borrow().permits),
            "max_capacity" if bounded => Value::usize(self.ch.borrow().bound.unwrap_or(0)),
            "clone" => {
                self.ch.borrow_mut().senders += 1;
                handle(Sender { ch: self.ch.clone() })
            }
            "same_channel" => {
                // Another handle answers the private `__chan_name` with its channel's name (unique per channel).
                let other = arg(args, 1).deref();
                let name = self.ch.borrow().name.clone();
                let theirs = match &other {
                    Value::Rt(o) => match &**o {
                        crate::vm::rt::RtObj::Dyn(d) if d.type_name() == self.type_name() => d.method(vm, "__chan_name", "", &[])?,
                        _ => None,
                    },
                    _ => None,
                };
                Value::Bool(theirs.and_then(|v| v.to_str()) == Some(name))
            }
            "__chan_name" => Value::string(self.ch.borrow().name.clone()),
            _ => return Ok(None),
        }))
    }
}

/// `send(v).await` (or `reserve().await`) on a bounded channel.
struct SendLeaf {
    ch: Shared,
    value: Option<Value>,
    /// Its place among the senders waiting for a permit; `woken() == Some(true)`: granted one.
    wait: Wait,
    reserve: bool,
}

impl Leaf for SendLeaf {
    fn poll(&mut self, vm: &mut Vm) -> VmResult<Poll<Value>> {
        if !proceed(vm, "`tx.send(..)`") {
            return Ok(Poll::Pending);
        }
        let granted = self.wait.woken() == Some(true);
        let mut c = self.ch.borrow_mut();
        let name = c.name.clone();
        if !granted {
            if c.rx_closed {
                drop(c);
                self.wait = Wait::default();
                vm.rt.made_progress();
                event(vm, "channel_closed", &name);
                let v = self.value.take().unwrap_or_default();
                return if self.reserve { send_error(vm, Value::Unit) } else { send_error(vm, v) }.map(Poll::Ready);
            }
            if !self.wait.queued() && c.permits > 0 {
                c.permits -= 1;
            } else {
                let queue = c.send_waiters.clone();
                drop(c);
                if queue.wait(&mut self.wait, vm, format!("`send` on the full channel {name}")) {
                    event(vm, "send_waiting", &name);
                }
                return Ok(Poll::Pending);
            }
        }
        self.wait = Wait::default();
        vm.rt.made_progress();
        if self.reserve {
            c.reserved += 1;
            drop(c);
            return Ok(Poll::Ready(Value::ok(handle(Permit { ch: self.ch.clone(), used: Cell::new(false) }))));
        }
        c.push(self.value.take().unwrap_or_default());
        drop(c);
        event(vm, "send", &name);
        Ok(Poll::Ready(Value::ok(Value::Unit)))
    }
}

impl Drop for SendLeaf {
    fn drop(&mut self) {
        // A dropped `send` future passes on the permit it was given (its `Wait` leaves the queue).
        let value = self.value.take();
        if self.wait.woken() == Some(true) {
            self.wait = Wait::default();
            if let Ok(mut c) = self.ch.try_borrow_mut() {
                c.add_permits(1);
            }
        }
        drop(value);
    }
}

/// A reserved slot (`tx.reserve().await?`): `permit.send(v)` uses it, dropping it gives it back.
struct Permit {
    ch: Shared,
    used: Cell<bool>,
}

impl Drop for Permit {
    fn drop(&mut self) {
        if self.used.get() {
            return;
        }
        let Ok(mut c) = self.ch.try_borrow_mut() else { return };
        c.reserved -= 1;
        c.add_permits(1);
        if c.rx_closed && c.reserved == 0 {
            let c = &mut *c;
            wake_slot(&c.waker, &mut c.rx_task);
        }
    }
}

impl Object for Permit {
    fn type_name(&self) -> &'static str {
        "Permit"
    }

    fn owns_resource(&self) -> bool {
        true
    }

    fn method(&self, vm: &mut Vm, method: &str, _hint: &str, args: &[Value]) -> VmResult<Option<Value>> {
        match method {
            "send" if !self.used.get() => {
                self.used.set(true);
                let mut c = self.ch.borrow_mut();
                c.reserved -= 1;
                c.push(arg(args, 1));
                let name = c.name.clone();
                drop(c);
                event(vm, "send", &name);
                Ok(Some(Value::Unit))
            }
            _ => Ok(None),
        }
    }
}

struct Receiver {
    ch: Shared,
}

impl Drop for Receiver {
    fn drop(&mut self) {
        // tokio's `Rx::drop`: close, then drop every message still queued.
        let buf = match self.ch.try_borrow_mut() {
            Ok(mut c) => {
                c.close_rx();
                let n = c.buf.len();
                let buf = std::mem::take(&mut c.buf);
                c.add_permits(n);
                buf
            }
            Err(_) => return,
        };
        drop(buf);
    }
}

impl Object for Receiver {
    fn type_name(&self) -> &'static str {
        if self.ch.borrow().bound.is_some() { "Receiver" } else { "UnboundedReceiver" }
    }

    fn debug(&self) -> String {
        format!("{} {{ chan: Rx {{ .. }} }}", self.type_name())
    }

    fn owns_resource(&self) -> bool {
        true
    }

    fn method(&self, vm: &mut Vm, method: &str, _hint: &str, args: &[Value]) -> VmResult<Option<Value>> {
        let bounded = self.ch.borrow().bound.is_some();
        Ok(Some(match method {
            "recv" => leaf(RecvLeaf { ch: self.ch.clone(), many: None }),
            "recv_many" => {
                let limit = match arg(args, 2).deref().as_int() {
                    Some(n) if n >= 0 => n as usize,
                    _ => return vm.unsupported("`recv_many` with this limit"),
                };
                let Value::Ref(place) = arg(args, 1) else { return vm.unsupported("`recv_many` into this buffer") };
                leaf(RecvLeaf { ch: self.ch.clone(), many: Some((place, limit)) })
            }
            "try_recv" => {
                let mut c = self.ch.borrow_mut();
                match c.buf.pop_front() {
                    Some(v) => {
                        c.add_permits(1);
                        let name = c.name.clone();
                        drop(c);
                        event(vm, "recv", &name);
                        Value::ok(v)
                    }
                    None => {
                        // After `close()` with senders alive, tokio still says `Empty`.
                        let variant = if c.senders == 0 { 1 } else { 0 };
                        drop(c);
                        Value::err(error(vm, "mpsc::TryRecvError", variant, Vec::new())?)
                    }
                }
            }
            "blocking_recv" => {
                super::check_blocking(vm)?;
                let mut c = self.ch.borrow_mut();
                match c.buf.pop_front() {
                    Some(v) => {
                        c.add_permits(1);
                        Value::some(v)
                    }
                    None if c.finished() => Value::none(),
                    None => {
                        drop(c);
                        return vm.unsupported("`blocking_recv` that would wait (the simulation runs a blocking thread to completion at once)");
                    }
                }
            }
            "close" => {
                self.ch.borrow_mut().close_rx();
                Value::Unit
            }
            "is_closed" => {
                let c = self.ch.borrow();
                Value::Bool(c.rx_closed || c.senders == 0)
            }
            "is_empty" => Value::Bool(self.ch.borrow().buf.is_empty()),
            "len" => Value::usize(self.ch.borrow().buf.len()),
            "capacity" if bounded => Value::usize(self.ch.borrow().permits),
            "max_capacity" if bounded => Value::usize(self.ch.borrow().bound.unwrap_or(0)),
            "sender_strong_count" => Value::usize(self.ch.borrow().senders),
            _ => return Ok(None),
        }))
    }
}

/// `rx.recv().await` (or `rx.recv_many(&mut buf, limit).await`).
struct RecvLeaf {
    ch: Shared,
    many: Option<(Place, usize)>,
}

impl Leaf for RecvLeaf {
    fn poll(&mut self, vm: &mut Vm) -> VmResult<Poll<Value>> {
        if !proceed(vm, "`rx.recv()`") {
            return Ok(Poll::Pending);
        }
        let mut c = self.ch.borrow_mut();
        let name = c.name.clone();
        if let Some((place, limit)) = &self.many {
            if *limit == 0 {
                drop(c);
                vm.rt.made_progress();
                return Ok(Poll::Ready(Value::usize(0)));
            }
            let n = c.buf.len().min(*limit);
            if n > 0 {
                let items: Vec<Value> = c.buf.drain(..n).collect();
                c.add_permits(n);
                drop(c);
                let Some(Value::Vec(v)) = place.get().map(|v| v.deref_ref()) else { return vm.unsupported("`recv_many` into a buffer that is not a `Vec`") };
                v.borrow_mut().extend(items);
                vm.rt.made_progress();
                event(vm, "recv", &name);
                return Ok(Poll::Ready(Value::usize(n)));
            }
        } else if let Some(v) = c.buf.pop_front() {
            c.add_permits(1);
            drop(c);
            vm.rt.made_progress();
            event(vm, "recv", &name);
            return Ok(Poll::Ready(Value::some(v)));
        }
        if c.finished() {
            drop(c);
            vm.rt.made_progress();
            event(vm, "channel_closed", &name);
            return Ok(Poll::Ready(if self.many.is_some() { Value::usize(0) } else { Value::none() }));
        }
        c.rx_task = Some(vm.rt.current);
        drop(c);
        event(vm, "recv_waiting", &name);
        vm.suspend_on(format!("`recv()` on the empty channel {name}"));
        Ok(Poll::Pending)
    }
}
