//! `std::sync::mpsc` in the single-threaded model: there is no `std::thread::spawn`
//! (it stays refused), so a blocking call that would wait has nobody to wake it.
//!
//! `recv()` (or `iter()`'s next, or a full `SyncSender::send`) on a channel that
//! cannot make progress blocks the only thread for ever: the real program hangs,
//! and the grader ends the run as a deadlock naming the call and line, after a
//! `blocked` trace event (detail `... for ever while N other task(s) were ready`)
//! that the `blocking_io_in_async` evidence reads.
//! `recv_timeout(d)` waits `d` of std's clock (as `std::thread::sleep` does).
//! Errors are std's: `Value::StdError` with std's `Display` and `Debug` texts.

use std::cell::RefCell;
use std::collections::VecDeque;
use std::rc::Rc;

use super::{arg, handle};
use crate::trace::{TraceKind, TraceObject};
use crate::vm::rt::Object;
use crate::vm::value::Value;
use crate::vm::{Stop, Vm, VmResult};

struct Chan {
    name: TraceObject,
    buf: VecDeque<Value>,
    /// `sync_channel(n)`: at most `n` queued messages (0: a rendezvous channel).
    bound: Option<usize>,
    senders: usize,
    receiver: bool,
}

type Shared = Rc<RefCell<Chan>>;

/// `std::sync::mpsc::{channel, sync_channel}` (`Ok(None)`: not one of ours).
pub fn path(vm: &mut Vm, full: &str, args: &[Value]) -> VmResult<Option<Value>> {
    let short = full.strip_prefix("std::sync::").unwrap_or(full);
    let bound = match short {
        "mpsc::channel" => None,
        "mpsc::sync_channel" => match arg(args, 0).deref().as_int() {
            Some(n) if n >= 0 => Some(n as usize),
            _ => return vm.unsupported("`sync_channel` with this bound"),
        },
        _ if short.starts_with("mpsc::") && !full.starts_with("tokio::") => {
            return vm.unsupported(format!("`std::sync::{short}`"))
        }
        _ => return Ok(None),
    };
    let id = vm.rt.next_object_id();
    let ch = Rc::new(RefCell::new(Chan {
        name: TraceObject::StdMpsc(id),
        buf: VecDeque::new(),
        bound,
        senders: 1,
        receiver: true,
    }));
    crate::vm::memory::hold(&ch);
    Ok(Some(Value::tuple(vec![handle(Sender { ch: ch.clone() }), handle(Receiver { ch })])))
}

/// The messages waiting in a channel count in the memory account (`vm/memory.rs`).
impl crate::vm::memory::Measure for RefCell<Chan> {
    fn bytes(&self) -> usize {
        self.try_borrow().map_or(0, |c| c.buf.capacity() * crate::vm::memory::VALUE_BYTES)
    }
}

fn std_error(display: &str, debug: &str) -> Value {
    Value::StdError(Rc::new((display.into(), debug.into())))
}

/// The thread blocks for ever on `call`: record it, then stop the run as the hang it is.
fn block_forever(vm: &mut Vm, call: &str, why: &str) -> Stop {
    let (now, cur, line) = (vm.clock_ns, vm.rt.current, vm.pos.line);
    let ready = vm.rt.queue.len();
    let detail = format!("{call} for ever while {ready} other task(s) were ready");
    vm.rt.event(now, cur, TraceKind::Blocked, Some(line), detail);
    let who = if !vm.rt.active || cur == crate::vm::rt::MAIN {
        "main".to_string()
    } else {
        format!("task {}", vm.rt.task_of(cur))
    };
    let others: Vec<String> = vm
        .rt
        .tasks
        .iter()
        .filter(|(id, t)| t.end.is_none() && **id != vm.rt.task_of(cur))
        .map(|(id, t)| format!("task {id} (spawned at line {})", t.spawned_at.line))
        .collect();
    let stuck = if !vm.rt.active {
        "there is no other thread to change that (the program hangs)".to_string()
    } else if others.is_empty() {
        "the runtime thread never gets back to the scheduler (the program hangs)".to_string()
    } else {
        format!(
            "the runtime thread never gets back to the scheduler, so {} can never run (the program hangs)",
            others.join(" and ")
        )
    };
    let place = if vm.rt.active { "the runtime thread" } else { "the thread" };
    Stop::Deadlock {
        msg: format!("deadlock: {who} blocks {place} in `{call}` (line {line}): {why}; {stuck}"),
        pos: vm.pos,
    }
}

struct Sender {
    ch: Shared,
}

impl Drop for Sender {
    fn drop(&mut self) {
        if let Ok(mut c) = self.ch.try_borrow_mut() {
            c.senders -= 1;
        }
    }
}

impl Object for Sender {
    fn type_name(&self) -> &'static str {
        if self.ch.borrow().bound.is_some() {
            "SyncSender"
        } else {
            "Sender"
        }
    }

    fn debug(&self) -> String {
        format!("{} {{ .. }}", self.type_name())
    }

    fn owns_resource(&self) -> bool {
        true
    }

    fn method(&self, vm: &mut Vm, method: &str, _hint: &str, args: &[Value]) -> VmResult<Option<Value>> {
        Ok(Some(match method {
            "send" | "try_send" => {
                let v = arg(args, 1);
                let (receiver, full, name) = {
                    let c = self.ch.borrow();
                    (c.receiver, c.bound.is_some_and(|b| c.buf.len() >= b), c.name)
                };
                if !receiver {
                    super::event(vm, TraceKind::ChannelClosed, name);
                    let e = if method == "send" {
                        std_error("sending on a closed channel", "SendError { .. }")
                    } else {
                        std_error("sending on a closed channel", "TrySendError::Disconnected(..)")
                    };
                    drop(v);
                    return Ok(Some(Value::err(e)));
                }
                if full {
                    if method == "try_send" {
                        drop(v);
                        return Ok(Some(Value::err(std_error("sending on a full channel", "TrySendError::Full(..)"))));
                    }
                    return Err(block_forever(
                        vm,
                        "std::sync::mpsc::SyncSender::send",
                        &format!("{name} is full and its receiver is on this same thread"),
                    ));
                }
                let (len, cap) = {
                    let c = self.ch.borrow();
                    (c.buf.len(), c.buf.capacity())
                };
                if len == cap {
                    // The buffer is about to double (`vm/memory.rs`).
                    vm.alloc(cap.max(2) * 2 * crate::vm::memory::VALUE_BYTES)?;
                }
                self.ch.borrow_mut().buf.push_back(v);
                super::event(vm, TraceKind::Send, name);
                Value::ok(Value::Unit)
            }
            "clone" => {
                self.ch.borrow_mut().senders += 1;
                handle(Sender { ch: self.ch.clone() })
            }
            _ => return Ok(None),
        }))
    }
}

struct Receiver {
    ch: Shared,
}

impl Drop for Receiver {
    fn drop(&mut self) {
        let buf = match self.ch.try_borrow_mut() {
            Ok(mut c) => {
                c.receiver = false;
                std::mem::take(&mut c.buf)
            }
            Err(_) => return,
        };
        drop(buf);
    }
}

impl Receiver {
    fn take(&self, vm: &mut Vm) -> Option<Value> {
        let (v, name) = {
            let mut c = self.ch.borrow_mut();
            (c.buf.pop_front(), c.name)
        };
        if v.is_some() {
            super::event(vm, TraceKind::Recv, name);
        }
        v
    }
}

impl Object for Receiver {
    fn type_name(&self) -> &'static str {
        "Receiver"
    }

    fn debug(&self) -> String {
        "Receiver { .. }".into()
    }

    fn owns_resource(&self) -> bool {
        true
    }

    fn method(&self, vm: &mut Vm, method: &str, _hint: &str, args: &[Value]) -> VmResult<Option<Value>> {
        let senders = self.ch.borrow().senders;
        let name = self.ch.borrow().name;
        Ok(Some(match method {
            "recv" => match self.take(vm) {
                Some(v) => Value::ok(v),
                None if senders == 0 => Value::err(std_error("receiving on a closed channel", "RecvError")),
                None => {
                    return Err(block_forever(
                        vm,
                        "std::sync::mpsc::Receiver::recv",
                        &format!("{name} is empty and its sender is still alive"),
                    ))
                }
            },
            "try_recv" => match self.take(vm) {
                Some(v) => Value::ok(v),
                None if senders == 0 => Value::err(std_error("receiving on a closed channel", "Disconnected")),
                None => Value::err(std_error("receiving on an empty channel", "Empty")),
            },
            "recv_timeout" => match self.take(vm) {
                Some(v) => Value::ok(v),
                None if senders == 0 => {
                    Value::err(std_error("channel is empty and sending half is closed", "Disconnected"))
                }
                None => {
                    // Nobody can send while this thread waits: the whole timeout passes.
                    let Some((_, d)) = crate::vm::builtins::time::nanos_of(&arg(args, 1)) else {
                        return vm.unsupported("`recv_timeout` of this value");
                    };
                    let n = d.clamp(0, u64::MAX as i128) as u64;
                    vm.std_clock_ns = vm.std_clock_ns.saturating_add(n);
                    if vm.rt.active {
                        vm.blocked(n, "std::sync::mpsc::Receiver::recv_timeout");
                    }
                    Value::err(std_error("timed out waiting on channel", "Timeout"))
                }
            },
            "try_iter" => {
                let items: Vec<Value> = std::mem::take(&mut self.ch.borrow_mut().buf).into_iter().collect();
                if !items.is_empty() {
                    super::event(vm, TraceKind::Recv, name);
                }
                Value::Iter(crate::vm::value::shared(crate::vm::builtins::iter::items(items)))
            }
            "iter" | "into_iter" if senders == 0 => {
                let items: Vec<Value> = std::mem::take(&mut self.ch.borrow_mut().buf).into_iter().collect();
                Value::Iter(crate::vm::value::shared(crate::vm::builtins::iter::items(items)))
            }
            "iter" | "into_iter" => {
                return vm.unsupported(
                    "`iter()` of a `std::sync::mpsc::Receiver` whose sender is alive (it would block once empty)",
                )
            }
            _ => return Ok(None),
        }))
    }
}
