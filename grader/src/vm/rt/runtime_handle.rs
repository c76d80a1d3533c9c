//! `tokio::runtime::Handle`: `Handle::current()` and what a handle can do on the
//! runtime's own thread.
//!
//! The simulated runtime has one thread, which drives the tasks, so
//! `handle.block_on(..)` there always panics with tokio's text (the course's
//! `block_on_inside_runtime` mistake, async/293). A `block_on` that real tokio
//! would run (on a `spawn_blocking` thread, or outside any runtime) is refused:
//! on a `current_thread` runtime it would not drive the timers either.

use std::rc::Rc;

use crate::vm::rt::{Object, RtObj};
use crate::vm::value::Value;
use crate::vm::{Vm, VmResult};

/// tokio's panic for `block_on` on a thread that drives a runtime (`enter_runtime`).
pub const NESTED_RUNTIME: &str = "Cannot start a runtime from within a runtime. This happens because a function (like `block_on`) attempted to block the current thread while the thread is being used to drive asynchronous tasks.";

/// tokio's panic for `Handle::current()` with no runtime entered.
const NO_RUNTIME: &str = "there is no reactor running, must be called from the context of a Tokio 1.x runtime";

/// A built-in path of this family (`Ok(None)`: not one of ours).
pub fn path(vm: &mut Vm, full: &str, _args: &[Value]) -> VmResult<Option<Value>> {
    match full {
        "tokio::runtime::Handle::current" => {
            if !vm.rt.active {
                return vm.panic(NO_RUNTIME);
            }
            Ok(Some(Value::Rt(Rc::new(RtObj::Dyn(Box::new(Handle))))))
        }
        _ if full.starts_with("tokio::runtime::") => vm.unsupported(format!("`{full}`")),
        _ => Ok(None),
    }
}

/// A handle to the one simulated runtime.
struct Handle;

impl Object for Handle {
    fn type_name(&self) -> &'static str {
        "Handle"
    }

    fn method(&self, vm: &mut Vm, method: &str, _hint: &str, args: &[Value]) -> VmResult<Option<Value>> {
        Ok(Some(match method {
            "block_on" => {
                if vm.rt.active && !super::chan::on_blocking_thread(vm) {
                    return vm.panic(NESTED_RUNTIME);
                }
                return vm.unsupported("`Handle::block_on` on a blocking thread (the simulation runs `spawn_blocking` closures at once)");
            }
            "spawn" => {
                let id = vm.spawn_task(args.get(1).cloned().unwrap_or_default())?;
                Value::Rt(Rc::new(RtObj::JoinHandle(id)))
            }
            "clone" => Value::Rt(Rc::new(RtObj::Dyn(Box::new(Handle)))),
            _ => return Ok(None),
        }))
    }
}
