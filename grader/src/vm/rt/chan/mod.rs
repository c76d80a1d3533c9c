//! tokio's channels: `tokio::sync::{mpsc, oneshot, broadcast, watch}`.
//!
//! Each family lives in its own file; the shared state of a channel is an
//! `Rc<RefCell<..>>` held by its handles, and the handles' Rust `Drop` does
//! what tokio's does (the last sender closes the channel, a dropped receiver
//! makes sends fail), waking tasks through the runtime's `WakeList`.
//!
//! **Invariant:** no `Value` is dropped while a channel's state is borrowed
//! (a message may hold a handle of the same channel, whose `Drop` borrows it).
//!
//! The error types (`TrySendError`, `broadcast::error::RecvError`, ...) are
//! enums of the program (registered by the lowering from [`crate::builtin_types`],
//! under qualified names such as `mpsc::TrySendError`) so that patterns can match them.

mod broadcast;
mod mpsc;
mod oneshot;
pub mod std_mpsc;
mod watch;

use std::cell::{Cell, RefCell};
use std::collections::VecDeque;
use std::rc::{Rc, Weak};

use crate::ir::{Program, TypeId};
use crate::trace::{TraceKind, TraceObject};
use crate::vm::rt::{Leaf, Object, Poll, RtObj, TaskId, WakeList};
use crate::vm::value::Value;
use crate::vm::{Vm, VmResult};

/// A built-in path of this family (`Ok(None)`: not one of ours).
pub fn path(vm: &mut Vm, full: &str, args: &[Value]) -> VmResult<Option<Value>> {
    let short = full.strip_prefix("tokio::sync::").unwrap_or(full);
    let a0 = || args.first().map(|v| v.deref()).unwrap_or_default();
    Ok(Some(match short {
        "mpsc::channel" => {
            let n = usize_of(vm, &a0())?;
            if n == 0 {
                return vm.panic("mpsc bounded channel requires buffer > 0");
            }
            mpsc::channel(vm, Some(n))
        }
        "mpsc::unbounded_channel" => mpsc::channel(vm, None),
        "oneshot::channel" => oneshot::channel(vm),
        "broadcast::channel" => {
            let n = usize_of(vm, &a0())?;
            if n == 0 {
                return vm.panic("broadcast channel capacity cannot be zero");
            }
            if n > usize::MAX >> 1 {
                return vm.panic("broadcast channel capacity exceeded `usize::MAX / 2`");
            }
            broadcast::channel(vm, n)
        }
        "watch::channel" => watch::channel(vm, a0()),
        _ => {
            let family = short.split("::").next().unwrap_or("");
            if matches!(family, "mpsc" | "oneshot" | "broadcast" | "watch") {
                return vm.unsupported(format!("`{full}`"));
            }
            return Ok(None);
        }
    }))
}

fn usize_of(vm: &Vm, v: &Value) -> VmResult<usize> {
    match v.as_int() {
        Some(n) if n >= 0 => Ok(n.min(usize::MAX as i128) as usize),
        _ => vm.unsupported("a channel capacity that is not a `usize`"),
    }
}

/// A runtime handle value.
fn handle(obj: impl Object + 'static) -> Value {
    Value::Rt(Rc::new(RtObj::Dyn(Box::new(obj))))
}

/// A trace event of the current task at the current line (`send`, `recv`, `send_waiting`, ...).
fn event(vm: &mut Vm, kind: TraceKind, channel: TraceObject) {
    let (now, cur, line) = (vm.clock_ns, vm.rt.current, vm.pos.line);
    vm.rt.event_about(now, cur, kind, Some(line), channel, channel.to_string());
}

/// Queue a wake-up (usable from `Drop`); the scheduler wakes in push order.
fn wake(waker: &WakeList, task: TaskId) {
    waker.borrow_mut().push(task);
}

/// Wake the task registered in a single-waker slot (tokio's `AtomicWaker`), taking it out.
fn wake_slot(waker: &WakeList, slot: &mut Option<TaskId>) {
    if let Some(t) = slot.take() {
        wake(waker, t);
    }
}

/// A leaf future value.
fn leaf(l: impl Leaf + 'static) -> Value {
    crate::vm::rt::future::future(crate::vm::rt::Fut::Leaf(Box::new(l)))
}

/// tokio's cooperative budget for one channel operation: `false` (the future is pending) when it is spent.
fn proceed(vm: &mut Vm, what: &str) -> bool {
    if vm.rt.poll_proceed() {
        return true;
    }
    vm.suspend_on(format!("{what} (budget)"));
    false
}

// ---------------------------------------------------------------- wait queues

type Nodes<T> = Rc<RefCell<VecDeque<Rc<Node<T>>>>>;

/// A FIFO of waiting tasks, as tokio's intrusive waiter lists (the bounded mpsc's and the locks'
/// semaphore, `Notify`, `Barrier`, broadcast and watch receivers, every `closed()`).
/// A pending future keeps its place in a [`Wait`]: a re-poll keeps the place (and records the task
/// that polled), a wake takes the node out, and a future dropped while queued leaves the queue.
/// Wakes go through the runtime's `WakeList`, so a `Drop` impl can wake too (callers outside
/// `Drop` that must wake at once call `vm.rt.flush_wakes()`).
pub struct WaitQueue<T = ()> {
    nodes: Nodes<T>,
    wakes: WakeList,
}

impl<T> Clone for WaitQueue<T> {
    fn clone(&self) -> Self {
        WaitQueue { nodes: self.nodes.clone(), wakes: self.wakes.clone() }
    }
}

/// One waiter.
pub struct Node<T> {
    task: Cell<TaskId>,
    /// Taken out of the queue by a wake: `Some(true)` by `wake_one`/`wake_last`, `Some(false)` by `wake_all`.
    woken: Cell<Option<bool>>,
    /// What the queue keeps per waiter (the batch semaphore: the permits it still needs).
    pub data: T,
}

/// A future's place in a [`WaitQueue`]; dropping it leaves the queue.
pub struct Wait<T = ()> {
    node: Option<Rc<Node<T>>>,
    nodes: Weak<RefCell<VecDeque<Rc<Node<T>>>>>,
}

impl<T> Default for Wait<T> {
    fn default() -> Self {
        Wait { node: None, nodes: Weak::new() }
    }
}

impl<T> Wait<T> {
    /// In the queue, not woken yet.
    pub fn queued(&self) -> bool {
        self.node.as_ref().is_some_and(|n| n.woken.get().is_none())
    }

    /// How a wake took it out of the queue: `Some(true)` by `wake_one` (a grant), `Some(false)` by `wake_all`.
    pub fn woken(&self) -> Option<bool> {
        self.node.as_ref().and_then(|n| n.woken.get())
    }

    pub fn data(&self) -> Option<&T> {
        self.node.as_deref().map(|n| &n.data)
    }

    /// Leave the queue (if still in it) and forget the place.
    pub fn leave(&mut self) {
        let Some(node) = self.node.take() else { return };
        if node.woken.get().is_some() {
            return;
        }
        if let Some(nodes) = self.nodes.upgrade() {
            if let Ok(mut nodes) = nodes.try_borrow_mut() {
                nodes.retain(|n| !Rc::ptr_eq(n, &node));
            }
        }
    }
}

impl<T> Drop for Wait<T> {
    fn drop(&mut self) {
        self.leave();
    }
}

impl<T: Default> WaitQueue<T> {
    pub fn new(vm: &Vm) -> Self {
        WaitQueue { nodes: Rc::new(RefCell::new(VecDeque::new())), wakes: vm.rt.waker() }
    }

    /// Register the current task (a new place at the back, or its place on a re-poll) and
    /// record `what` it waits on, in `object` (`mpsc#1`, `mutex#2`); `true` when newly queued.
    pub fn wait(&self, w: &mut Wait<T>, vm: &mut Vm, what: String, object: TraceObject) -> bool {
        let cur = vm.rt.current;
        vm.suspend_on_object(what, Some(object));
        if w.queued() {
            if let Some(n) = &w.node {
                n.task.set(cur);
            }
            return false;
        }
        let node = Rc::new(Node { task: Cell::new(cur), woken: Cell::new(None), data: T::default() });
        self.nodes.borrow_mut().push_back(node.clone());
        *w = Wait { node: Some(node), nodes: Rc::downgrade(&self.nodes) };
        true
    }
}

impl<T> WaitQueue<T> {
    fn wake_node(&self, node: Option<Rc<Node<T>>>, one: bool) -> bool {
        let Some(node) = node else { return false };
        node.woken.set(Some(one));
        wake(&self.wakes, node.task.get());
        true
    }

    /// Wake the oldest waiter; `false` when nobody waits.
    pub fn wake_one(&self) -> bool {
        let node = self.nodes.borrow_mut().pop_front();
        self.wake_node(node, true)
    }

    /// Wake the newest waiter (`Notify::notify_last`).
    pub fn wake_last(&self) -> bool {
        let node = self.nodes.borrow_mut().pop_back();
        self.wake_node(node, true)
    }

    /// Wake every waiter, oldest first; whether there was any.
    pub fn wake_all(&self) -> bool {
        let nodes = std::mem::take(&mut *self.nodes.borrow_mut());
        let any = !nodes.is_empty();
        for node in nodes {
            self.wake_node(Some(node), false);
        }
        any
    }

    /// The oldest waiter.
    pub fn front(&self) -> Option<Rc<Node<T>>> {
        self.nodes.borrow().front().cloned()
    }
}

/// `tx.closed().await` of every family: ready once `done()` (the other side is gone); `coop`:
/// it spends tokio's cooperative budget (oneshot's and watch's do, mpsc's and broadcast's do not).
struct ClosedLeaf {
    done: Box<dyn Fn() -> bool>,
    queue: WaitQueue,
    wait: Wait,
    name: TraceObject,
    coop: bool,
}

fn closed_future(queue: &WaitQueue, name: TraceObject, coop: bool, done: impl Fn() -> bool + 'static) -> Value {
    leaf(ClosedLeaf { done: Box::new(done), queue: queue.clone(), wait: Wait::default(), name, coop })
}

impl Leaf for ClosedLeaf {
    fn poll(&mut self, vm: &mut Vm) -> VmResult<Poll<Value>> {
        if self.coop && !proceed(vm, "`tx.closed()`") {
            return Ok(Poll::Pending);
        }
        if (self.done)() {
            if self.coop {
                vm.rt.made_progress();
            }
            return Ok(Poll::Ready(Value::Unit));
        }
        self.queue.wait(&mut self.wait, vm, format!("`closed()` of {}", self.name), self.name);
        Ok(Poll::Pending)
    }
}

/// `blocking_recv`'s (and `blocking_lock`'s) context: inside the runtime it panics as tokio
/// does; on a `spawn_blocking` thread (which the simulation runs at once, to completion) or
/// without a runtime it may only take what is already there.
pub fn check_blocking(vm: &Vm) -> VmResult<()> {
    if vm.rt.active && !on_blocking_thread(vm) {
        return vm.panic("Cannot block the current thread from within a runtime. This happens because a function attempted to block the current thread while the thread is being used to drive asynchronous tasks.");
    }
    Ok(())
}

/// Whether a `spawn_blocking` closure is running: the one alive task whose future is already `Done`.
pub fn on_blocking_thread(vm: &Vm) -> bool {
    vm.rt.tasks.values().any(|t| t.end.is_none() && matches!(&t.fut, Some(Value::Future(f)) if matches!(f.try_borrow().as_deref(), Ok(crate::vm::rt::Fut::Done))))
}

/// `args[i]` as an owned value.
fn arg(args: &[Value], i: usize) -> Value {
    args.get(i).cloned().unwrap_or_default()
}

/// A value of one of the error types.
pub(crate) fn error(vm: &Vm, ty: &str, variant: u32, fields: Vec<Value>) -> VmResult<Value> {
    match vm.prog.types.iter().position(|t| t.name == ty) {
        Some(id) => Ok(Value::obj(id as TypeId, variant, fields)),
        None => vm.unsupported(format!("tokio's `{ty}`")),
    }
}

/// `RecvError(())` of oneshot and watch: displays as `channel closed`.
fn recv_error() -> Value {
    Value::StdError(Rc::new(("channel closed".into(), "RecvError(())".into())))
}

/// tokio's own `Display` (`display`) or hand-written `Debug` of a channel error value; `None` for other values
/// (and for derived `Debug`, which the formatter prints with the type's short name).
pub fn fmt_text(prog: &Program, v: &Value, display: bool) -> Option<String> {
    let Value::Obj(o) = v else { return None };
    let o = o.borrow();
    let name = prog.types.get(o.ty as usize)?.name.as_str();
    if !crate::builtin_types::is_tokio_error(name) {
        return None;
    }
    let lagged = || o.fields.first().and_then(|f| f.as_int()).unwrap_or(0);
    if !display {
        return match (name, o.variant) {
            ("mpsc::SendError" | "watch::SendError", _) => Some("SendError { .. }".into()),
            // tokio writes `"Full(..)".fmt(f)` in its Debug impl, which resolves to `str`'s Debug: quoted (async/017).
            ("mpsc::TrySendError", 0) => Some("\"Full(..)\"".into()),
            ("mpsc::TrySendError", _) => Some("\"Closed(..)\"".into()),
            ("mpsc::SendTimeoutError", 0) => Some("\"Timeout(..)\"".into()),
            ("mpsc::SendTimeoutError", _) => Some("\"Closed(..)\"".into()),
            _ => None,
        };
    }
    Some(
        match (name, o.variant) {
            ("mpsc::TrySendError", 0) => "no available capacity",
            ("mpsc::SendTimeoutError", 0) => "timed out waiting on send operation",
            ("mpsc::TryRecvError", 0) => "receiving on an empty channel",
            ("mpsc::TryRecvError", _) => "receiving on a closed channel",
            ("oneshot::TryRecvError" | "broadcast::TryRecvError", 0) => "channel empty",
            ("broadcast::RecvError", 1) | ("broadcast::TryRecvError", 2) => {
                return Some(format!("channel lagged by {}", lagged()))
            }
            ("sync::TryAcquireError", 0) => "semaphore closed",
            ("sync::TryAcquireError", _) => "no permits available",
            _ => "channel closed",
        }
        .to_string(),
    )
}
