//! tokio's (and futures') functions and methods, by their real paths:
//! `tokio::spawn`, `tokio::time::sleep`, `JoinHandle::abort`, ...
//! Paths arrive as written after `use` resolution (`tokio::time::sleep`);
//! `normalize` maps tokio's re-exports to one name.

use super::{arg, time};
use crate::vm::rt::{self, Fut, RtObj, TaskEnd};
use crate::vm::value::Value;
use crate::vm::{Vm, VmResult};
use std::rc::Rc;

/// Why reading a clock is refused once a runtime on the real clock exists.
pub const REAL_CLOCK_READ: &str = "reading the clock in a program that builds a runtime on the real clock (the times would differ from run to run; build it with `.start_paused(true)`)";

/// One name per function: `tokio::task::spawn` is `tokio::spawn`, and so on.
fn normalize(full: &str) -> &str {
    match full {
        "tokio::task::spawn" => "tokio::spawn",
        "tokio::task::yield_now" => "tokio::yield_now",
        "tokio::task::spawn_blocking" => "tokio::spawn_blocking",
        "std::future::ready" | "future::ready" | "core::future::ready" | "futures::future::ready" => "future::ready",
        "std::future::pending" | "future::pending" | "core::future::pending" | "futures::future::pending" => {
            "future::pending"
        }
        "std::future::poll_fn" | "future::poll_fn" | "core::future::poll_fn" | "futures::future::poll_fn" => {
            "future::poll_fn"
        }
        other => other,
    }
}

/// Whether a built-in path belongs to this file.
pub fn owns(full: &str) -> bool {
    full.starts_with("tokio::")
        || full.starts_with("futures::")
        || full.starts_with("tokio_util::")
        || full.starts_with("bytes::")
        || matches!(
            full,
            "future::ready"
                | "std::future::ready"
                | "core::future::ready"
                | "future::pending"
                | "std::future::pending"
                | "core::future::pending"
                | "future::poll_fn"
                | "std::future::poll_fn"
                | "core::future::poll_fn"
        )
}

pub fn path(vm: &mut Vm, full: &str, args: Vec<Value>) -> VmResult<Value> {
    // Each family of the API lives in its own file under `vm/rt/`; the first that knows the path answers.
    for family in [
        rt::chan::path,
        rt::sync::path,
        rt::time::path,
        rt::stream::path,
        rt::set::path,
        rt::runtime_handle::path,
        rt::io::path,
        rt::io::tcp::path,
    ] {
        if let Some(v) = family(vm, full, &args)? {
            return Ok(v);
        }
    }
    let a0 = || arg(&args, 0);
    if let Some(rest) = full.strip_prefix("tokio::time::") {
        if rest.starts_with("Duration::") {
            return time::path(vm, rest, &args);
        }
    }
    Ok(match normalize(full) {
        // The id of the task being polled; `main`'s future is not a task.
        "tokio::task::id" | "tokio::task::try_id" => {
            let cur = vm.rt.task_of(vm.rt.current);
            let try_ = full.ends_with("try_id");
            match (cur, try_) {
                (rt::MAIN, true) => Value::none(),
                (rt::MAIN, false) => return vm.panic("Can't get a task id when not inside a task"),
                (id, true) => Value::some(rt::set::joinset::task_id(id)),
                (id, false) => rt::set::joinset::task_id(id),
            }
        }
        "tokio::spawn" => {
            if !vm.rt.active {
                if let Some(h) = rt::runtime_handle::spawn_entered(vm, a0())? {
                    return Ok(h);
                }
            }
            let id = vm.spawn_task(a0())?;
            Value::Rt(Rc::new(RtObj::JoinHandle(id)))
        }
        "tokio::spawn_blocking" => {
            // The closure runs on a blocking thread (named `tokio-rt-worker` since tokio 1.54); the
            // simulation runs it at once, to completion.
            let f = a0();
            let id = vm.spawn_task(rt::future::future(Fut::Done))?;
            vm.rt.queue.retain(|t| *t != id);
            let end = match vm.call_value(&f, Vec::new()) {
                Ok(v) => TaskEnd::Output(v),
                Err(crate::vm::Stop::Panic { msg, pos }) => {
                    let first = !vm.rt.panicked;
                    vm.rt.panicked = true;
                    let text = crate::vm::panic_text(&vm.file_name, pos, &msg, first).replacen(
                        "thread 'main'",
                        "thread 'tokio-rt-worker'",
                        1,
                    );
                    vm.stderr.push_str(&text);
                    TaskEnd::Panicked(msg)
                }
                Err(e) => return Err(e),
            };
            vm.finish_task(id, end);
            Value::Rt(Rc::new(RtObj::JoinHandle(id)))
        }
        "tokio::time::sleep" => {
            let Some((_, d)) = time::nanos_of(&a0()) else { return vm.unsupported("`sleep` of this value") };
            let deadline_ns = vm.clock_ns.saturating_add(d.clamp(0, u64::MAX as i128) as u64);
            rt::future::future(Fut::Sleep { deadline_ns, reg: None, line: vm.pos.line })
        }
        "tokio::time::sleep_until" => {
            let Some((_, t)) = time::nanos_of(&a0()) else { return vm.unsupported("`sleep_until` of this value") };
            rt::future::future(Fut::Sleep {
                deadline_ns: t.clamp(0, u64::MAX as i128) as u64,
                reg: None,
                line: vm.pos.line,
            })
        }
        "tokio::time::Instant::now" => {
            if vm.rt.real_clock_built {
                return vm.unsupported(REAL_CLOCK_READ);
            }
            time::tokio_instant(vm.clock_ns as i128)
        }
        "tokio::yield_now" => rt::future::future(Fut::YieldNow { yielded: false }),
        "tokio::join!" | "tokio::try_join!" => {
            let n = args.len();
            rt::future::future(Fut::Join {
                futs: args,
                outs: vec![None; n],
                skip: 0,
                try_join: full == "tokio::try_join!",
            })
        }
        "future::ready" => rt::future::future(Fut::Ready(a0())),
        "future::pending" => rt::future::future(Fut::Leaf(Box::new(Forever))),
        "future::poll_fn" => rt::future::future(Fut::Leaf(Box::new(rt::manual::PollFn(a0())))),
        _ => return vm.unsupported(format!("`{full}`")),
    })
}

/// Methods of runtime objects and futures; `None` when `method` is not one of theirs.
pub fn call(vm: &mut Vm, method: &str, hint: &str, args: &[Value]) -> VmResult<Option<Value>> {
    let recv = arg(args, 0).deref();
    // `FutureExt::boxed`: a `Pin<Box<dyn Future>>` polls as the future itself.
    if matches!(recv, Value::Future(_)) && matches!(method, "boxed" | "boxed_local") {
        return Ok(Some(recv.clone()));
    }
    if let Value::Future(_) = &recv {
        return rt::time::future_method(vm, method, hint, args);
    }
    let obj = match &recv {
        Value::Rt(o) => o.clone(),
        // `fut.poll(cx)` inside a hand-written future; `as_mut()` of a pinned future is the future.
        Value::Future(_) if method == "poll" => return rt::manual::poll_method(vm, &recv).map(Some),
        Value::Future(_) if matches!(method, "as_mut" | "as_ref") => return Ok(Some(recv.clone())),
        _ => return Ok(None),
    };
    Ok(Some(match (&*obj, method) {
        (RtObj::JoinHandle(id) | RtObj::AbortHandle(id), "abort") => {
            let id = *id;
            if let Some(t) = vm.rt.tasks.get_mut(&id) {
                if t.end.is_none() {
                    t.abort_requested = true;
                }
            }
            // An idle task is scheduled so that it is cancelled when next polled.
            vm.rt.wake(id);
            Value::Unit
        }
        (RtObj::JoinHandle(id) | RtObj::AbortHandle(id), "is_finished") => {
            Value::Bool(vm.rt.tasks.get(id).map(|t| t.end.is_some()).unwrap_or(true))
        }
        (RtObj::JoinHandle(id) | RtObj::AbortHandle(id), "id") => rt::set::joinset::task_id(*id),
        (RtObj::JoinError { task, .. }, "id") => rt::set::joinset::task_id(*task),
        (RtObj::JoinHandle(id), "abort_handle") => Value::Rt(Rc::new(RtObj::AbortHandle(*id))),
        (RtObj::JoinError { panic, .. }, "is_panic") => Value::Bool(panic.is_some()),
        (RtObj::JoinError { panic, .. }, "is_cancelled") => Value::Bool(panic.is_none()),
        (RtObj::JoinError { panic: Some(msg), payload, .. }, "into_panic" | "try_into_panic") => {
            let value = payload.clone().unwrap_or_else(|| Value::string(msg.clone()));
            let p = Value::Rt(Rc::new(RtObj::Dyn(Box::new(PanicPayload(value)))));
            if method == "try_into_panic" {
                Value::ok(p)
            } else {
                p
            }
        }
        (RtObj::JoinError { panic: None, .. }, "try_into_panic") => Value::err(recv.clone()),
        (RtObj::Dyn(d), _) => return d.method(vm, method, hint, args),
        _ => return Ok(None),
    }))
}

/// `Box<dyn Any + Send>`: a panic's payload, as `JoinError::into_panic` returns it.
struct PanicPayload(Value);

impl rt::Object for PanicPayload {
    fn type_name(&self) -> &'static str {
        "Box<dyn Any + Send>"
    }
    fn debug(&self) -> String {
        "Any { .. }".into()
    }
    fn method(&self, vm: &mut Vm, method: &str, hint: &str, args: &[Value]) -> VmResult<Option<Value>> {
        if !matches!(method, "is" | "downcast_ref" | "downcast") {
            return Ok(None);
        }
        let is = match (hint, &self.0) {
            ("str" | "&str", Value::Str(_)) | ("String", Value::String(_)) => true,
            (t, Value::Int(_, ty)) => t == ty.name(),
            ("str" | "&str" | "String", _) => false,
            (t, v) if !t.is_empty() && matches!(v, Value::Str(_) | Value::String(_)) => false,
            _ => return vm.unsupported(format!("`{method}` of a panic payload to this type")).map(Some),
        };
        Ok(Some(match method {
            "is" => Value::Bool(is),
            "downcast_ref" => {
                if is {
                    Value::some(self.0.clone())
                } else {
                    Value::none()
                }
            }
            // `Box<dyn Any>::downcast::<T>()`: `Ok(Box<T>)`, or the box back.
            "downcast" => match (is, args.first()) {
                (true, _) => Value::ok(self.0.clone()),
                (false, Some(me)) => Value::err(me.clone()),
                (false, None) => return Ok(None),
            },
            _ => return Ok(None),
        }))
    }
}

/// `std::future::pending()`: never ready, and nothing ever wakes it.
struct Forever;

impl rt::Leaf for Forever {
    fn poll(&mut self, vm: &mut Vm) -> VmResult<rt::Poll<Value>> {
        vm.suspend_on("`std::future::pending()`".to_string());
        Ok(rt::Poll::Pending)
    }
}
