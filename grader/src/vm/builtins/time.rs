//! `std::time::{Duration, Instant}` on the VM's virtual clock, and `thread::sleep`.
//! A Duration is an object of the built-in type `DURATION` holding nanoseconds (u128).

use super::{arg, int_arg};
use crate::ir::{BinOp, FloatTy, IntTy, Program, DURATION, INSTANT};
use crate::vm::value::Value;
use crate::vm::{Vm, VmResult};

pub fn duration(nanos: i128) -> Value {
    Value::obj(DURATION, 0, vec![Value::Int(nanos, IntTy::U128)])
}

fn instant(nanos: i128) -> Value {
    Value::obj(INSTANT, 0, vec![Value::Int(nanos, IntTy::U128)])
}

/// A `tokio::time::Instant`: on the runtime's paused clock (variant 1), where
/// `std::time::Instant` (variant 0) follows real time, which only blocking moves.
pub fn tokio_instant(nanos: i128) -> Value {
    Value::obj(INSTANT, 1, vec![Value::Int(nanos, IntTy::U128)])
}

/// (type, nanos) of a Duration or Instant value.
pub fn nanos_of(v: &Value) -> Option<(u32, i128)> {
    match v.deref() {
        Value::Obj(o) => {
            let o = o.borrow();
            if o.ty == DURATION || o.ty == INSTANT {
                Some((o.ty, o.fields.first().and_then(|f| f.as_int()).unwrap_or(0)))
            } else {
                None
            }
        }
        _ => None,
    }
}

pub fn path(vm: &mut Vm, full: &str, args: &[Value]) -> VmResult<Value> {
    let float = |v: &Value| match v.deref() {
        Value::Float(f, _) => f,
        other => other.as_int().unwrap_or(0) as f64,
    };
    Ok(match full {
        "Duration::from_secs" => duration(int_arg(vm, args, 0)? * 1_000_000_000),
        "Duration::from_millis" => duration(int_arg(vm, args, 0)? * 1_000_000),
        "Duration::from_micros" => duration(int_arg(vm, args, 0)? * 1_000),
        "Duration::from_nanos" => duration(int_arg(vm, args, 0)?),
        "Duration::from_secs_f64" | "Duration::from_secs_f32" => {
            let s = float(&arg(args, 0));
            if s < 0.0 || !s.is_finite() {
                return vm.panic("cannot convert float seconds to Duration: value is negative");
            }
            duration(std::time::Duration::from_secs_f64(s).as_nanos() as i128)
        }
        "Duration::new" => duration(int_arg(vm, args, 0)? * 1_000_000_000 + int_arg(vm, args, 1)?),
        "Duration::ZERO" => duration(0),
        "Instant::now" if vm.rt.real_clock_built => return vm.unsupported(super::tokio::REAL_CLOCK_READ),
        "Instant::now" => instant(vm.std_clock_ns as i128),
        "thread::sleep" if vm.rt.active && vm.rt.flavor != crate::vm::rt::Flavor::Paused => {
            return vm.unsupported("`std::thread::sleep` inside a runtime on the real clock (its timers would then depend on the machine's timing)")
        }
        "thread::sleep" => {
            if let Some((_, n)) = nanos_of(&arg(args, 0)) {
                // Real time passes (std's clock), but tokio's paused clock does not move (async/052).
                let n = n.clamp(0, u64::MAX as i128) as u64;
                vm.std_clock_ns = vm.std_clock_ns.saturating_add(n);
                if vm.rt.active {
                    vm.blocked(n, "std::thread::sleep");
                }
            }
            Value::Unit
        }
        _ => return vm.unsupported(format!("`{full}`")),
    })
}

/// Which clock an Instant reads: 0 std (real time), 1 tokio (the paused clock).
fn clock_of(v: &Value) -> u32 {
    match v.deref() {
        Value::Obj(o) => o.borrow().variant,
        _ => 0,
    }
}

/// `+`/`-`/`*`/`/` on durations and instants.
pub fn arith(op: BinOp, a: &Value, b: &Value) -> Option<Value> {
    let (ta, x) = nanos_of(a)?;
    let same_clock = |n: i128| Value::obj(INSTANT, clock_of(a), vec![Value::Int(n, IntTy::U128)]);
    match (op, nanos_of(b)) {
        (BinOp::Add, Some((_, y))) => Some(if ta == INSTANT { same_clock(x + y) } else { duration(x + y) }),
        (BinOp::Sub, Some((tb, y))) => {
            let r = (x - y).max(0);
            Some(if ta == INSTANT && tb == DURATION { same_clock(r) } else { duration(r) })
        }
        (BinOp::Mul, None) => Some(duration(x * b.as_int()?)),
        (BinOp::Div, None) => {
            let d = b.as_int()?;
            if d == 0 { None } else { Some(duration(x / d)) }
        }
        _ => None,
    }
}

/// A Duration or Instant as a std Duration (for formatting).
pub fn as_std(v: &Value) -> Option<(u32, std::time::Duration)> {
    let (ty, n) = nanos_of(v)?;
    Some((ty, std::time::Duration::from_nanos(n.clamp(0, u64::MAX as i128) as u64)))
}

/// Debug text of a Duration (std's own formatting of `std::time::Duration`).
pub fn debug_text(prog: &Program, v: &Value) -> Option<String> {
    let _ = prog;
    let (ty, n) = nanos_of(v)?;
    let d = std::time::Duration::from_nanos(n.clamp(0, u64::MAX as i128) as u64);
    Some(if ty == DURATION { format!("{d:?}") } else { format!("Instant {{ t: {d:?} }}") })
}

pub fn call(vm: &mut Vm, method: &str, hint: &str, args: &[Value]) -> VmResult<Option<Value>> {
    let recv = arg(args, 0);
    if let Value::Obj(o) = &recv {
        let is_marker = o.borrow().fields.first().map(|f| matches!(f, Value::Marker(_))).unwrap_or(false);
        if is_marker {
            return marker_method(vm, method, hint, args);
        }
    }
    let Some((ty, n)) = nanos_of(&recv) else { return Ok(None) };
    let u128v = |v: i128| Value::Int(v, IntTy::U128);
    Ok(Some(match (ty, method) {
        (DURATION, "as_secs") => Value::Int(n / 1_000_000_000, IntTy::U64),
        (DURATION, "as_millis") => u128v(n / 1_000_000),
        (DURATION, "as_micros") => u128v(n / 1_000),
        (DURATION, "as_nanos") => u128v(n),
        (DURATION, "as_secs_f64") => Value::Float(n as f64 / 1e9, FloatTy::F64),
        (DURATION, "as_secs_f32") => Value::Float((n as f64 / 1e9) as f32 as f64, FloatTy::F32),
        (DURATION, "subsec_millis") => Value::Int((n % 1_000_000_000) / 1_000_000, IntTy::U32),
        (DURATION, "subsec_micros") => Value::Int((n % 1_000_000_000) / 1_000, IntTy::U32),
        (DURATION, "subsec_nanos") => Value::Int(n % 1_000_000_000, IntTy::U32),
        (DURATION, "is_zero") => Value::Bool(n == 0),
        (DURATION, "checked_sub") => {
            let (_, m) = nanos_of(&arg(args, 1)).unwrap_or((DURATION, 0));
            if m > n { Value::none() } else { Value::some(duration(n - m)) }
        }
        (DURATION, "saturating_sub") => {
            let (_, m) = nanos_of(&arg(args, 1)).unwrap_or((DURATION, 0));
            duration((n - m).max(0))
        }
        (DURATION, "checked_add") => {
            let (_, m) = nanos_of(&arg(args, 1)).unwrap_or((DURATION, 0));
            Value::some(duration(n + m))
        }
        (DURATION, "mul_f64") => {
            let f = match arg(args, 1).deref() {
                Value::Float(f, _) => f,
                _ => 1.0,
            };
            duration((n as f64 * f) as i128)
        }
        (INSTANT, "elapsed") if vm.rt.real_clock_built => return vm.unsupported(super::tokio::REAL_CLOCK_READ),
        (INSTANT, "elapsed") => {
            let now = if clock_of(&recv) == 1 { vm.clock_ns } else { vm.std_clock_ns };
            duration((now as i128 - n).max(0))
        }
        (INSTANT, "checked_duration_since") => {
            let (_, m) = nanos_of(&arg(args, 1)).unwrap_or((INSTANT, 0));
            if m > n { Value::none() } else { Value::some(duration(n - m)) }
        }
        (INSTANT, "duration_since") | (INSTANT, "saturating_duration_since") => {
            let (_, m) = nanos_of(&arg(args, 1)).unwrap_or((INSTANT, 0));
            duration((n - m).max(0))
        }
        (_, "clone") => recv.clone(),
        _ => return Ok(None),
    }))
}

/// Built-in helper objects tagged with a marker (entries, debug builders).
fn marker_method(vm: &mut Vm, method: &str, hint: &str, args: &[Value]) -> VmResult<Option<Value>> {
    let recv = arg(args, 0);
    match crate::vm::ops::field(&recv, 0) {
        Some(Value::Marker("Entry")) => super::map::entry_method(vm, method, hint, args),
        Some(Value::Marker(_)) => super::formatter::builder_method(vm, method, args),
        _ => Ok(None),
    }
}
