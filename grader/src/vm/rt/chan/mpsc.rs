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
use crate::trace::{TraceKind, TraceObject};
use crate::vm::rt::RtObj;
use crate::vm::rt::{Leaf, Object, Poll, TaskId, WakeList};
use crate::vm::value::{Place, Value};
use crate::vm::{Vm, VmResult};

struct Chan {
    name: TraceObject,
    buf: VecDeque<Value>,
    /// `None`: unbounded.
    bound: Option<usize>,
    /// Free permits (bounded).
    permits: usize,
    /// Permits held by `Permit`s not yet used.
    reserved: usize,
    senders: usize,
    /// `WeakSender`s alive (they do not keep the channel open).
    weak: usize,
    /// `close()` was called or the receiver was dropped (the semaphore is closed).
    rx_closed: bool,
    rx_task: Option<TaskId>,
    /// Senders waiting for permits (each with the number it still needs); `wake_one` grants them.
    send_waiters: WaitQueue<Cell<usize>>,
    /// Tasks in `Sender::closed()`.
    closed_waiters: WaitQueue,
    waker: WakeList,
}

type Shared = Rc<RefCell<Chan>>;

impl Chan {
    /// Give permits back: the oldest waiting sender takes what it needs (and is woken once it has
    /// them all, tokio's batch semaphore), the rest goes to the counter.
    fn add_permits(&mut self, mut n: usize) {
        if self.bound.is_none() {
            return;
        }
        while n > 0 {
            let Some(front) = self.send_waiters.front() else { break };
            let take = n.min(front.data.get());
            front.data.set(front.data.get() - take);
            n -= take;
            if front.data.get() > 0 {
                break;
            }
            self.send_waiters.wake_one();
        }
        self.permits += n;
    }

    /// `try_reserve`/`try_reserve_many`: `Err(variant of TrySendError)` (0 full, 1 closed).
    fn try_acquire(&mut self, n: usize) -> Result<(), u32> {
        if n > self.bound.unwrap_or(0) {
            return Err(0);
        }
        if self.rx_closed {
            return Err(1);
        }
        if self.permits < n {
            return Err(0);
        }
        self.permits -= n;
        self.reserved += n;
        Ok(())
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
        name: TraceObject::Mpsc(id),
        buf: VecDeque::new(),
        bound,
        permits: bound.unwrap_or(0),
        reserved: 0,
        senders: 1,
        weak: 0,
        rx_closed: false,
        rx_task: None,
        send_waiters: WaitQueue::new(vm),
        closed_waiters: WaitQueue::new(vm),
        waker: vm.rt.waker(),
    }));
    crate::vm::memory::hold(&ch);
    Value::tuple(vec![handle(Sender::new(&ch)), handle(Receiver { ch })])
}

/// The messages waiting in a channel count in the memory account (`vm/memory.rs`).
impl crate::vm::memory::Measure for RefCell<Chan> {
    fn bytes(&self) -> usize {
        self.try_borrow().map_or(0, |c| c.buf.capacity() * crate::vm::memory::VALUE_BYTES)
    }
}

struct Sender {
    ch: Shared,
    /// `false` once moved into another handle (`reserve_owned(self)`: the lowering keeps the moved
    /// local, so its counted sender lives on in the new handle).
    live: Cell<bool>,
}

impl Sender {
    fn new(ch: &Shared) -> Sender {
        Sender { ch: ch.clone(), live: Cell::new(true) }
    }

    /// `self` taken by value: the same counted sender, as a new handle.
    fn take(&self) -> Value {
        self.live.set(false);
        handle(Sender::new(&self.ch))
    }

    /// A permit of a reserve future that consumes the sender.
    fn reserve(&self, owned: Option<Value>, n: usize, many: bool) -> Value {
        leaf(SendLeaf { ch: self.ch.clone(), value: None, wait: Wait::default(), reserve: true, owned, n, many })
    }
}

impl Drop for Sender {
    fn drop(&mut self) {
        if !self.live.get() {
            return;
        }
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
        if self.ch.borrow().bound.is_some() {
            "Sender"
        } else {
            "UnboundedSender"
        }
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
            "send" if bounded => leaf(SendLeaf {
                ch: self.ch.clone(),
                value: Some(arg(args, 1)),
                wait: Wait::default(),
                reserve: false,
                owned: None,
                n: 1,
                many: false,
            }),
            "send_timeout" if bounded => {
                let Some((_, d)) = crate::vm::builtins::time::nanos_of(&arg(args, 2)) else {
                    return vm.unsupported("`send_timeout` with this duration");
                };
                let deadline = vm.clock_ns.saturating_add(d.clamp(0, u64::MAX as i128) as u64);
                let inner = crate::vm::rt::time::timeout(self.reserve(None, 1, false), deadline);
                leaf(SendTimeout { inner, value: Some(arg(args, 1)) })
            }
            "blocking_send" if bounded => {
                super::check_blocking(vm)?;
                let v = arg(args, 1);
                let mut c = self.ch.borrow_mut();
                if c.rx_closed {
                    drop(c);
                    return send_error(vm, v).map(Some);
                }
                if c.permits == 0 {
                    drop(c);
                    return vm
                        .unsupported("`blocking_send` that would wait (nothing else runs while this thread blocks)");
                }
                c.permits -= 1;
                c.push(v);
                let name = c.name;
                drop(c);
                event(vm, TraceKind::Send, name);
                Value::ok(Value::Unit)
            }
            "send" => {
                let v = arg(args, 1);
                let closed = self.ch.borrow().rx_closed;
                if closed {
                    let name = self.ch.borrow().name;
                    event(vm, TraceKind::ChannelClosed, name);
                    return send_error(vm, v).map(Some);
                }
                let (len, cap) = {
                    let c = self.ch.borrow();
                    (c.buf.len(), c.buf.capacity())
                };
                if len == cap {
                    // The buffer is about to double (`vm/memory.rs`).
                    vm.alloc(cap.max(2) * 2 * crate::vm::memory::VALUE_BYTES)?;
                }
                self.ch.borrow_mut().push(v);
                let name = self.ch.borrow().name;
                event(vm, TraceKind::Send, name);
                Value::ok(Value::Unit)
            }
            "reserve" if bounded => self.reserve(None, 1, false),
            "reserve_owned" if bounded => self.reserve(Some(self.take()), 1, false),
            "reserve_many" if bounded => {
                let n = crate::vm::builtins::usize_arg(vm, args, 1)?;
                self.reserve(None, n, true)
            }
            "try_reserve" | "try_reserve_owned" | "try_reserve_many" if bounded => {
                let n = if method == "try_reserve_many" { crate::vm::builtins::usize_arg(vm, args, 1)? } else { 1 };
                let owned = method == "try_reserve_owned";
                let r = self.ch.borrow_mut().try_acquire(n);
                match r {
                    Ok(()) if owned => Value::ok(handle(Permit {
                        ch: self.ch.clone(),
                        used: Cell::new(false),
                        owned: RefCell::new(Some(self.take())),
                    })),
                    Ok(()) => Value::ok(permits(&self.ch, n, method == "try_reserve_many")),
                    Err(variant) => {
                        let back = if owned { self.take() } else { Value::Unit };
                        Value::err(error(vm, "mpsc::TrySendError", variant, vec![back])?)
                    }
                }
            }
            "downgrade" => {
                self.ch.borrow_mut().weak += 1;
                handle(WeakSender { ch: self.ch.clone() })
            }
            "strong_count" => Value::usize(self.ch.borrow().senders),
            "weak_count" => Value::usize(self.ch.borrow().weak),
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
                let name = c.name;
                drop(c);
                event(vm, TraceKind::Send, name);
                Value::ok(Value::Unit)
            }
            "closed" => {
                let c = self.ch.borrow();
                let ch = self.ch.clone();
                closed_future(&c.closed_waiters, c.name, false, move || ch.borrow().rx_closed)
            }
            "is_closed" => Value::Bool(self.ch.borrow().rx_closed),
            "capacity" if bounded => Value::usize(self.ch.borrow().permits),
            "max_capacity" if bounded => Value::usize(self.ch.borrow().bound.unwrap_or(0)),
            "clone" => {
                self.ch.borrow_mut().senders += 1;
                handle(Sender::new(&self.ch))
            }
            "same_channel" => {
                // Another handle answers the private `__chan_name` with its channel's name (unique per channel).
                let other = arg(args, 1).deref();
                let name = self.ch.borrow().name.to_string();
                let theirs = match &other {
                    Value::Rt(o) => match &**o {
                        crate::vm::rt::RtObj::Dyn(d) if d.type_name() == self.type_name() => {
                            d.method(vm, "__chan_name", "", &[])?
                        }
                        _ => None,
                    },
                    _ => None,
                };
                Value::Bool(theirs.and_then(|v| v.to_str()) == Some(name))
            }
            "__chan_name" => Value::string(self.ch.borrow().name.to_string()),
            _ => return Ok(None),
        }))
    }
}

/// `send(v).await` (or `reserve().await`) on a bounded channel.
struct SendLeaf {
    ch: Shared,
    value: Option<Value>,
    /// Its place among the senders waiting for permits; `woken() == Some(true)`: granted them all.
    wait: Wait<Cell<usize>>,
    reserve: bool,
    /// `reserve_owned`: the sender it consumed (handed to the `OwnedPermit`).
    owned: Option<Value>,
    /// Permits it needs (`reserve_many(n)`), and whether the result is an iterator of permits.
    n: usize,
    many: bool,
}

impl Leaf for SendLeaf {
    fn poll(&mut self, vm: &mut Vm) -> VmResult<Poll<Value>> {
        if !proceed(vm, "`tx.send(..)`") {
            return Ok(Poll::Pending);
        }
        let granted = self.wait.woken() == Some(true);
        let mut c = self.ch.borrow_mut();
        let name = c.name;
        if !granted {
            if c.rx_closed || (self.many && self.n > c.bound.unwrap_or(0)) {
                let closed = c.rx_closed;
                drop(c);
                self.wait = Wait::default();
                vm.rt.made_progress();
                if closed {
                    event(vm, TraceKind::ChannelClosed, name);
                }
                let v = self.value.take().unwrap_or_default();
                let owned = self.owned.take();
                let r = if self.reserve { send_error(vm, Value::Unit) } else { send_error(vm, v) };
                drop(owned);
                return r.map(Poll::Ready);
            }
            if !self.wait.queued() && c.permits >= self.n {
                c.permits -= self.n;
            } else {
                let got = if self.wait.queued() { None } else { Some(std::mem::take(&mut c.permits)) };
                let queue = c.send_waiters.clone();
                drop(c);
                if queue.wait(&mut self.wait, vm, format!("`send` on the full channel {name}"), name) {
                    if let (Some(rem), Some(got)) = (self.wait.data(), got) {
                        rem.set(self.n - got);
                    }
                    event(vm, TraceKind::SendWaiting, name);
                }
                return Ok(Poll::Pending);
            }
        }
        self.wait = Wait::default();
        vm.rt.made_progress();
        if self.reserve {
            c.reserved += self.n;
            drop(c);
            let p = match self.owned.take() {
                Some(sender) => {
                    handle(Permit { ch: self.ch.clone(), used: Cell::new(false), owned: RefCell::new(Some(sender)) })
                }
                None => permits(&self.ch, self.n, self.many),
            };
            return Ok(Poll::Ready(Value::ok(p)));
        }
        c.push(self.value.take().unwrap_or_default());
        drop(c);
        event(vm, TraceKind::Send, name);
        Ok(Poll::Ready(Value::ok(Value::Unit)))
    }
}

impl Drop for SendLeaf {
    fn drop(&mut self) {
        // A dropped `send` future passes on the permits it was given (its `Wait` leaves the queue).
        let value = self.value.take();
        let owned = self.owned.take();
        let acquired = match (self.wait.woken(), self.wait.data()) {
            (Some(true), _) => self.n,
            (None, Some(rem)) => self.n - rem.get(),
            _ => 0,
        };
        self.wait = Wait::default();
        if acquired > 0 {
            if let Ok(mut c) = self.ch.try_borrow_mut() {
                c.add_permits(acquired);
            }
        }
        drop(value);
        drop(owned);
    }
}

/// `n` reserved slots: one `Permit`, or `reserve_many`'s iterator of them.
fn permits(ch: &Shared, n: usize, many: bool) -> Value {
    let one = || handle(Permit { ch: ch.clone(), used: Cell::new(false), owned: RefCell::new(None) });
    if !many {
        return one();
    }
    Value::Iter(crate::vm::value::shared(crate::vm::builtins::iter::items((0..n).map(|_| one()).collect())))
}

/// A reserved slot (`tx.reserve().await?`): `permit.send(v)` uses it, dropping it gives it back.
/// An `OwnedPermit` also holds the sender it consumed, and `send` returns it.
struct Permit {
    ch: Shared,
    used: Cell<bool>,
    owned: RefCell<Option<Value>>,
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
        if self.owned.borrow().is_some() {
            "OwnedPermit"
        } else {
            "Permit"
        }
    }

    fn debug_fields(&self) -> Option<Result<(&'static str, Vec<(&'static str, Value)>), String>> {
        Some(Err(format!("`Debug` of a `{}`", self.type_name())))
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
                let name = c.name;
                drop(c);
                event(vm, TraceKind::Send, name);
                Ok(Some(self.owned.borrow_mut().take().unwrap_or(Value::Unit)))
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
        if self.ch.borrow().bound.is_some() {
            "Receiver"
        } else {
            "UnboundedReceiver"
        }
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
            // `rx.poll_recv(cx)` (from a `poll_fn` closure or a hand-written `poll`): one poll of
            // `recv()`, which registers the task being polled (the `Context`'s) as the waiter.
            "poll_recv" => crate::vm::rt::manual::to_poll(RecvLeaf { ch: self.ch.clone(), many: None }.poll(vm)?),
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
                        let name = c.name;
                        drop(c);
                        event(vm, TraceKind::Recv, name);
                        Value::ok(v)
                    }
                    None => {
                        // `Disconnected` once no sender is left, or (tokio 1.54) once the
                        // receiver is closed and no permit is out; `Empty` otherwise (async/390).
                        let variant = if c.finished() { 1 } else { 0 };
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
            "sender_weak_count" => Value::usize(self.ch.borrow().weak),
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
        let name = c.name;
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
                let Some(Value::Vec(v)) = place.get().map(|v| v.deref_ref()) else {
                    return vm.unsupported("`recv_many` into a buffer that is not a `Vec`");
                };
                v.borrow_mut().extend(items);
                vm.rt.made_progress();
                event(vm, TraceKind::Recv, name);
                return Ok(Poll::Ready(Value::usize(n)));
            }
        } else if let Some(v) = c.buf.pop_front() {
            c.add_permits(1);
            drop(c);
            vm.rt.made_progress();
            event(vm, TraceKind::Recv, name);
            return Ok(Poll::Ready(Value::some(v)));
        }
        if c.finished() {
            drop(c);
            vm.rt.made_progress();
            event(vm, TraceKind::ChannelClosed, name);
            return Ok(Poll::Ready(if self.many.is_some() { Value::usize(0) } else { Value::none() }));
        }
        c.rx_task = Some(vm.rt.current);
        drop(c);
        event(vm, TraceKind::RecvWaiting, name);
        vm.suspend_on_object(format!("`recv()` on the empty channel {name}"), Some(name));
        Ok(Poll::Pending)
    }
}

/// `WeakSender` / `WeakUnboundedSender`: counted apart, it does not keep the channel open.
struct WeakSender {
    ch: Shared,
}

impl Drop for WeakSender {
    fn drop(&mut self) {
        if let Ok(mut c) = self.ch.try_borrow_mut() {
            c.weak -= 1;
        }
    }
}

impl Object for WeakSender {
    fn type_name(&self) -> &'static str {
        if self.ch.borrow().bound.is_some() {
            "WeakSender"
        } else {
            "WeakUnboundedSender"
        }
    }

    fn debug(&self) -> String {
        self.type_name().to_string()
    }

    fn owns_resource(&self) -> bool {
        true
    }

    fn method(&self, _vm: &mut Vm, method: &str, _hint: &str, _args: &[Value]) -> VmResult<Option<Value>> {
        Ok(Some(match method {
            "upgrade" => {
                let mut c = self.ch.borrow_mut();
                if c.senders == 0 {
                    Value::none()
                } else {
                    c.senders += 1;
                    drop(c);
                    Value::some(handle(Sender::new(&self.ch)))
                }
            }
            "clone" => {
                self.ch.borrow_mut().weak += 1;
                handle(WeakSender { ch: self.ch.clone() })
            }
            "strong_count" => Value::usize(self.ch.borrow().senders),
            "weak_count" => Value::usize(self.ch.borrow().weak),
            _ => return Ok(None),
        }))
    }
}

/// `send_timeout(v, d)`: tokio's `timeout(d, self.reserve())`, then the permit sends `v`.
struct SendTimeout {
    inner: Value,
    value: Option<Value>,
}

/// `(is_ok, payload)` of a `Result` value.
fn result_parts(v: &Value) -> Option<(bool, Value)> {
    match v {
        Value::Obj(o) => {
            let o = o.borrow();
            (o.ty == crate::ir::RESULT).then(|| (o.variant == 0, o.fields.first().cloned().unwrap_or_default()))
        }
        _ => None,
    }
}

impl Leaf for SendTimeout {
    fn poll(&mut self, vm: &mut Vm) -> VmResult<Poll<Value>> {
        let Poll::Ready(r) = crate::vm::rt::future::poll(vm, &self.inner)? else { return Ok(Poll::Pending) };
        let v = self.value.take().unwrap_or_default();
        let variant = match result_parts(&r) {
            Some((true, inner)) => match result_parts(&inner) {
                Some((true, permit)) => {
                    if let Value::Rt(o) = &permit {
                        if let RtObj::Dyn(d) = &**o {
                            d.method(vm, "send", "", &[permit.clone(), v])?;
                        }
                    }
                    return Ok(Poll::Ready(Value::ok(Value::Unit)));
                }
                _ => 1,
            },
            _ => 0,
        };
        Ok(Poll::Ready(Value::err(error(vm, "mpsc::SendTimeoutError", variant, vec![v])?)))
    }

    fn cancel(&mut self, vm: &mut Vm) {
        let inner = std::mem::take(&mut self.inner);
        crate::vm::rt::future::cancel(vm, &inner);
    }
}
