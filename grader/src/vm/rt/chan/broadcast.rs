//! `tokio::sync::broadcast`: every receiver sees every value sent after it subscribed,
//! from a ring of `capacity` slots (rounded up to a power of two); a receiver that
//! falls further behind gets `RecvError::Lagged(n)` and skips to the oldest value kept.
//! Waiting receivers are woken in the order they started waiting.

use std::cell::{Cell, RefCell};
use std::collections::VecDeque;
use std::rc::Rc;

use super::{arg, closed_future, error, event, handle, leaf, proceed, Wait, WaitQueue};
use crate::trace::{TraceKind, TraceObject};
use crate::vm::rt::{Leaf, Object, Poll};
use crate::vm::value::{deep_clone, Value};
use crate::vm::{Vm, VmResult};

struct Slot {
    val: Option<Value>,
    /// Receivers that have not read it yet.
    rem: usize,
}

struct State {
    name: TraceObject,
    /// The last `cap` values sent, oldest first; the newest is at position `tail - 1`.
    slots: VecDeque<Slot>,
    cap: usize,
    /// Position of the next value sent.
    tail: u64,
    senders: usize,
    receivers: usize,
    closed: bool,
    /// Receivers waiting for a value.
    waiters: WaitQueue,
    /// Tasks in `Sender::closed()` (the last receiver dropped).
    closed_waiters: WaitQueue,
}

type Shared = Rc<RefCell<State>>;

/// What `recv` finds.
enum Read {
    Value(Value),
    /// A value, and the stored original its last reader must drop (outside the borrow).
    ValueDropping(Value, Value),
    Empty,
    Closed,
    Lagged(u64),
}

impl State {
    fn new_receiver(st: &Shared) -> Receiver {
        let mut s = st.borrow_mut();
        if s.receivers == 0 {
            s.closed = false;
        }
        s.receivers += 1;
        let next = Rc::new(Cell::new(s.tail));
        Receiver { st: st.clone(), next }
    }

    /// tokio's `recv_ref`: the value at `next`, or why there is none.
    fn read(&mut self, next: &Cell<u64>) -> Read {
        let pos = next.get();
        if pos >= self.tail {
            return if self.closed { Read::Closed } else { Read::Empty };
        }
        let oldest = self.tail.saturating_sub(self.cap as u64);
        if pos < oldest {
            next.set(oldest);
            return Read::Lagged(oldest - pos);
        }
        let first = self.tail - self.slots.len() as u64;
        let Some(slot) = self.slots.get_mut((pos - first) as usize) else { return Read::Empty };
        let v = slot.val.as_ref().map(deep_clone).unwrap_or_default();
        slot.rem = slot.rem.saturating_sub(1);
        let last = slot.rem == 0;
        next.set(pos + 1);
        if last {
            // The last reader drops the stored value: tokio keeps only the clones it handed out.
            if let Some(old) = slot.val.take() {
                return Read::ValueDropping(v, old);
            }
        }
        Read::Value(v)
    }
}

pub fn channel(vm: &mut Vm, cap: usize) -> Value {
    let id = vm.rt.next_object_id();
    let st = Rc::new(RefCell::new(State {
        name: TraceObject::Broadcast(id),
        slots: VecDeque::new(),
        cap: cap.next_power_of_two(),
        tail: 0,
        senders: 1,
        receivers: 0,
        closed: false,
        waiters: WaitQueue::new(vm),
        closed_waiters: WaitQueue::new(vm),
    }));
    let rx = State::new_receiver(&st);
    Value::tuple(vec![handle(Sender { st }), handle(rx)])
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
            s.waiters.wake_all();
        }
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
        Ok(Some(match method {
            "send" => {
                let v = arg(args, 1);
                let mut s = self.st.borrow_mut();
                let name = s.name;
                if s.receivers == 0 {
                    drop(s);
                    event(vm, TraceKind::ChannelClosed, name);
                    return Ok(Some(Value::err(error(vm, "broadcast::SendError", 0, vec![v])?)));
                }
                let rem = s.receivers;
                s.slots.push_back(Slot { val: Some(v), rem });
                let old = if s.slots.len() > s.cap { s.slots.pop_front() } else { None };
                s.tail += 1;
                s.waiters.wake_all();
                drop(s);
                drop(old);
                event(vm, TraceKind::Send, name);
                Value::ok(Value::usize(rem))
            }
            "subscribe" => handle(State::new_receiver(&self.st)),
            "receiver_count" => Value::usize(self.st.borrow().receivers),
            "sender_strong_count" | "strong_count" => Value::usize(self.st.borrow().senders),
            "len" => Value::usize(queued(&self.st.borrow())),
            "is_empty" => Value::Bool(queued(&self.st.borrow()) == 0),
            "clone" => {
                self.st.borrow_mut().senders += 1;
                handle(Sender { st: self.st.clone() })
            }
            "closed" => {
                let s = self.st.borrow();
                let st = self.st.clone();
                closed_future(&s.closed_waiters, s.name, false, move || st.borrow().receivers == 0)
            }
            _ => return Ok(None),
        }))
    }
}

/// `Sender::len`: values some receiver has not read yet (tokio's binary search over `rem`).
fn queued(s: &State) -> usize {
    let unread_from = s.slots.iter().position(|sl| sl.rem > 0).unwrap_or(s.slots.len());
    s.slots.len() - unread_from
}

struct Receiver {
    st: Shared,
    next: Rc<Cell<u64>>,
}

impl Drop for Receiver {
    fn drop(&mut self) {
        let dropped = match self.st.try_borrow_mut() {
            Ok(mut s) => {
                s.receivers -= 1;
                if s.receivers == 0 {
                    s.closed = true;
                    s.closed_waiters.wake_all();
                }
                // Read through what is left, so that the values' reader counts drop.
                let mut dropped = Vec::new();
                while self.next.get() < s.tail {
                    if let Read::ValueDropping(_, old) = s.read(&self.next) {
                        dropped.push(old);
                    }
                }
                dropped
            }
            Err(_) => return,
        };
        drop(dropped);
    }
}

impl Receiver {
    fn try_recv(&self, vm: &mut Vm) -> VmResult<Value> {
        let (read, name) = {
            let mut s = self.st.borrow_mut();
            (s.read(&self.next), s.name)
        };
        let (variant, fields) = match read {
            Read::Value(v) | Read::ValueDropping(v, _) => {
                event(vm, TraceKind::Recv, name);
                return Ok(Value::ok(v));
            }
            Read::Empty => (0, Vec::new()),
            Read::Closed => (1, Vec::new()),
            Read::Lagged(n) => (2, vec![Value::int(n as i128, crate::ir::IntTy::U64)]),
        };
        Ok(Value::err(error(vm, "broadcast::TryRecvError", variant, fields)?))
    }
}

impl Object for Receiver {
    fn type_name(&self) -> &'static str {
        "Receiver"
    }

    fn owns_resource(&self) -> bool {
        true
    }

    fn method(&self, vm: &mut Vm, method: &str, _hint: &str, _args: &[Value]) -> VmResult<Option<Value>> {
        Ok(Some(match method {
            "recv" => leaf(RecvLeaf { st: self.st.clone(), next: self.next.clone(), wait: Wait::default() }),
            "try_recv" => self.try_recv(vm)?,
            "resubscribe" => handle(State::new_receiver(&self.st)),
            "len" => Value::usize((self.st.borrow().tail - self.next.get()) as usize),
            "is_empty" => Value::Bool(self.st.borrow().tail == self.next.get()),
            "is_closed" => Value::Bool(self.st.borrow().closed),
            "receiver_count" => Value::usize(self.st.borrow().receivers),
            "sender_strong_count" => Value::usize(self.st.borrow().senders),
            _ => return Ok(None),
        }))
    }
}

/// `rx.recv().await`.
struct RecvLeaf {
    st: Shared,
    next: Rc<Cell<u64>>,
    wait: Wait,
}

impl Leaf for RecvLeaf {
    fn poll(&mut self, vm: &mut Vm) -> VmResult<Poll<Value>> {
        if !proceed(vm, "`rx.recv()`") {
            return Ok(Poll::Pending);
        }
        let mut s = self.st.borrow_mut();
        let name = s.name;
        let read = s.read(&self.next);
        let (variant, fields) = match read {
            Read::Value(v) => {
                drop(s);
                vm.rt.made_progress();
                event(vm, TraceKind::Recv, name);
                return Ok(Poll::Ready(Value::ok(v)));
            }
            Read::ValueDropping(v, old) => {
                drop(s);
                drop(old);
                vm.rt.made_progress();
                event(vm, TraceKind::Recv, name);
                return Ok(Poll::Ready(Value::ok(v)));
            }
            Read::Empty => {
                let queue = s.waiters.clone();
                drop(s);
                queue.wait(&mut self.wait, vm, format!("`recv()` on {name}"), name);
                event(vm, TraceKind::RecvWaiting, name);
                return Ok(Poll::Pending);
            }
            Read::Closed => (0, Vec::new()),
            Read::Lagged(n) => (1, vec![Value::int(n as i128, crate::ir::IntTy::U64)]),
        };
        drop(s);
        vm.rt.made_progress();
        if variant == 0 {
            event(vm, TraceKind::ChannelClosed, name);
        }
        Ok(Poll::Ready(Value::err(error(vm, "broadcast::RecvError", variant, fields)?)))
    }
}
