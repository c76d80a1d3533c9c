//! tokio's time utilities beyond `sleep`: `timeout`, `timeout_at`, `interval`,
//! `interval_at`, `MissedTickBehavior`, the `Sleep` methods (`reset`,
//! `deadline`, `is_elapsed`), and the futures' `as_mut()` (pinning is not
//! modelled: a pinned future is the future itself).
//! Everything runs on tokio's paused clock (`vm.clock_ns`); a deadline fires at
//! its millisecond tick (`Runtime::deadline_tick`), as tokio's timer wheel does.

use std::cell::RefCell;
use std::rc::Rc;

use super::future::{cancel, future, Fut};
use super::{Leaf, Object, Poll, RtObj};
use crate::trace::{TraceKind, TraceObject};
use crate::vm::builtins::time::{duration, nanos_of, tokio_instant};
use crate::vm::value::{shared, Place, Value};
use crate::vm::{Vm, VmResult};

const MS: u64 = 1_000_000;

/// A built-in path of this family (`Ok(None)`: not one of ours).
pub fn path(vm: &mut Vm, full: &str, args: &[Value]) -> VmResult<Option<Value>> {
    let a = |i: usize| args.get(i).cloned().unwrap_or_default();
    let full = full.strip_prefix("tokio::time::").map(|r| format!("time::{r}")).unwrap_or_else(|| full.to_string());
    Ok(Some(match full.as_str() {
        // The polling half of `tokio::select!` (lowered in `lower/select.rs`).
        "tokio::select!" => return super::select::new(vm, args).map(Some),
        "time::timeout" => {
            let Some(d) = nanos(&a(0)) else { return vm.unsupported("`timeout` with this duration") };
            let deadline = vm.clock_ns.saturating_add(d);
            timeout(a(1), deadline)
        }
        "time::timeout_at" => {
            let Some(t) = nanos(&a(0)) else { return vm.unsupported("`timeout_at` with this deadline") };
            timeout(a(1), t)
        }
        "time::interval" | "time::interval_at" => {
            let (start, period) =
                if full == "time::interval" { (Some(vm.clock_ns), nanos(&a(0))) } else { (nanos(&a(0)), nanos(&a(1))) };
            let (Some(start), Some(period)) = (start, period) else {
                return vm.unsupported(format!("`{full}` with these arguments"));
            };
            if period == 0 {
                return vm.panic("`period` must be non-zero.");
            }
            let st = IntervalState { period, behavior: "Burst", deadline: start, delay: sleep_future(start) };
            Value::Rt(Rc::new(RtObj::Dyn(Box::new(Interval(Rc::new(RefCell::new(st)))))))
        }
        "time::advance" => {
            let Some(d) = nanos(&a(0)) else { return vm.unsupported("`advance` with this duration") };
            if !vm.rt.active || vm.rt.flavor != super::Flavor::Paused {
                return vm.unsupported(
                    "`tokio::time::advance` outside a runtime with a paused clock (tokio panics inside its own source)",
                );
            }
            future(Fut::Leaf(Box::new(Advance { by: Some(d), yielded: future(Fut::YieldNow { yielded: false }) })))
        }
        // `#[tokio::main]` runs with the clock paused: `pause()` would panic inside tokio's
        // source (not a learner's line), and `resume()` lets real time in.
        "time::pause" | "time::resume" => {
            return vm.unsupported(format!("`tokio::{full}()` (the clock is always paused here)"))
        }
        "time::MissedTickBehavior::Burst" | "MissedTickBehavior::Burst" => Value::Marker("Burst"),
        "time::MissedTickBehavior::Delay" | "MissedTickBehavior::Delay" => Value::Marker("Delay"),
        "time::MissedTickBehavior::Skip" | "MissedTickBehavior::Skip" => Value::Marker("Skip"),
        "time::MissedTickBehavior::default" | "MissedTickBehavior::default" => Value::Marker("Burst"),
        _ => return Ok(None),
    }))
}

/// Nanoseconds of a Duration or Instant, clamped to the clock's range.
fn nanos(v: &Value) -> Option<u64> {
    nanos_of(v).map(|(_, n)| n.clamp(0, u64::MAX as i128) as u64)
}

fn sleep_future(deadline_ns: u64) -> Value {
    future(Fut::Sleep { deadline_ns, reg: None, line: 0 })
}

/// `Sleep::reset(deadline)`: a new deadline; a sleep that was registered with the
/// timer (polled and pending) is registered again at once for the same task, so
/// that task is woken at the new deadline even before it polls again.
fn reset_sleep(vm: &mut Vm, cell: &crate::vm::value::Shared<Fut>, deadline_ns: u64) -> VmResult<()> {
    let task = match &*cell.borrow() {
        Fut::Sleep { reg: Some((_, key)), .. } => vm.rt.timers.get(key).map(|e| e.task),
        Fut::Sleep { .. } | Fut::Done => None,
        _ => return vm.unsupported("`reset` on this future"),
    };
    let reg = task.map(|task| {
        let token = Rc::new(());
        let tick = super::Runtime::deadline_tick(deadline_ns);
        let key = vm.rt.add_timer(tick, &token);
        if let Some(e) = vm.rt.timers.get_mut(&key) {
            e.task = task;
        }
        let (now, line) = (vm.clock_ns, vm.pos.line);
        let timer = TraceObject::Timer(key.1);
        vm.rt.event_about(
            now,
            task,
            TraceKind::TimerSet,
            Some(line),
            timer,
            format!("{timer} until {tick} ms (reset)"),
        );
        (token, key)
    });
    *cell.borrow_mut() = Fut::Sleep { deadline_ns, reg, line: vm.pos.line };
    Ok(())
}

/// Methods of futures: `as_mut()` (a pinned reference: polled, never dropped, by
/// `select!` and `timeout`), and `Sleep::{reset, deadline, is_elapsed}`.
pub fn future_method(vm: &mut Vm, method: &str, _hint: &str, args: &[Value]) -> VmResult<Option<Value>> {
    let recv = args.first().map(|v| v.deref()).unwrap_or_default();
    let Value::Future(cell) = &recv else { return Ok(None) };
    let sleep = match &*cell.borrow() {
        Fut::Sleep { deadline_ns, reg, .. } => Some((*deadline_ns, reg.is_some())),
        _ => None,
    };
    Ok(Some(match (method, sleep) {
        ("as_mut", _) => Value::Ref(Place::Cell(shared(recv.clone()))),
        // `Pin::set` on a pinned future (`fut.set(next())`, `fut.as_mut().set(next())`): the old
        // future is dropped in place and the new one takes its place, so `&mut fut` polls it.
        ("set", _) => {
            let Some(Value::Future(new)) = args.get(1).map(|v| v.deref()) else {
                return vm.unsupported("`Pin::set` with a value that is not a future");
            };
            if !Rc::ptr_eq(cell, &new) {
                cancel(vm, &recv);
                let state = std::mem::replace(&mut *new.borrow_mut(), Fut::Done);
                *cell.borrow_mut() = state;
            }
            Value::Unit
        }
        ("reset", _) => {
            let Some(t) = args.get(1).and_then(nanos) else { return vm.unsupported("`reset` with this deadline") };
            reset_sleep(vm, cell, t)?;
            Value::Unit
        }
        ("deadline", Some((d, _))) => tokio_instant(d as i128),
        // Elapsed once the timer fired; a sleep never polled is not registered, so not elapsed.
        ("is_elapsed", Some((d, registered))) => {
            Value::Bool(registered && super::Runtime::deadline_tick(d) <= super::Runtime::now_tick(vm.clock_ns))
        }
        _ => return Ok(None),
    }))
}

/// The error of an elapsed `timeout`.
fn elapsed() -> Value {
    Value::StdError(Rc::new(("deadline has elapsed".into(), "Elapsed(())".into())))
}

pub(crate) fn timeout(inner: Value, deadline_ns: u64) -> Value {
    future(Fut::Leaf(Box::new(Timeout { inner, deadline_ns, reg: None })))
}

/// `tokio::time::Timeout`: polls the inner future first, then the deadline.
/// Its timer is traced as `timeout_set` (not `timer_set`): a fresh deadline per
/// call is what a timeout is for, not a `sleep` re-armed by mistake.
struct Timeout {
    inner: Value,
    deadline_ns: u64,
    reg: Option<(Rc<()>, (u64, u64))>,
}

impl Timeout {
    /// The deadline half of `Timeout::poll` (a `Sleep`: registered once, woken at its tick).
    fn poll_delay(&mut self, vm: &mut Vm) -> bool {
        let tick = super::Runtime::deadline_tick(self.deadline_ns);
        if tick <= super::Runtime::now_tick(vm.clock_ns) {
            if let Some((_, key)) = self.reg.take() {
                vm.rt.timers.remove(&key);
            }
            return true;
        }
        let cur = vm.rt.current;
        match &self.reg {
            Some((_, key)) if vm.rt.timers.contains_key(key) => {
                if let Some(e) = vm.rt.timers.get_mut(key) {
                    e.task = cur;
                }
            }
            _ => {
                let token = Rc::new(());
                let key = vm.rt.add_timer(tick, &token);
                let (now, line) = (vm.clock_ns, vm.pos.line);
                let timer = TraceObject::Timer(key.1);
                vm.rt.event_about(
                    now,
                    cur,
                    TraceKind::TimeoutSet,
                    Some(line),
                    timer,
                    format!("{timer} until {tick} ms"),
                );
                self.reg = Some((token, key));
            }
        }
        vm.suspend_on(format!("`timeout` until {tick} ms"));
        false
    }
}

/// Drop a future we own (not one given by reference).
fn drop_owned(vm: &mut Vm, f: &Value) {
    if !matches!(f, Value::Ref(_)) {
        cancel(vm, f);
    }
}

impl Leaf for Timeout {
    fn poll(&mut self, vm: &mut Vm) -> VmResult<Poll<Value>> {
        if let Poll::Ready(v) = super::poll(vm, &self.inner)? {
            return Ok(Poll::Ready(Value::ok(v)));
        }
        if self.poll_delay(vm) {
            // The inner future is dropped with the `Timeout` (its destructors run now).
            let inner = std::mem::take(&mut self.inner);
            drop_owned(vm, &inner);
            return Ok(Poll::Ready(Value::err(elapsed())));
        }
        Ok(Poll::Pending)
    }

    fn cancel(&mut self, vm: &mut Vm) {
        let inner = std::mem::take(&mut self.inner);
        drop_owned(vm, &inner);
    }
}

struct IntervalState {
    period: u64,
    /// `MissedTickBehavior` by name: `Burst`, `Delay` or `Skip`.
    behavior: &'static str,
    /// When the next tick is scheduled.
    deadline: u64,
    /// The internal `Sleep` until `deadline`.
    delay: Value,
}

/// `tokio::time::Interval`.
struct Interval(Rc<RefCell<IntervalState>>);

/// `interval.tick()`: tokio's `poll_tick`.
struct Tick(Rc<RefCell<IntervalState>>);

impl Leaf for Tick {
    fn poll(&mut self, vm: &mut Vm) -> VmResult<Poll<Value>> {
        let delay = self.0.borrow().delay.clone();
        if let Poll::Pending = super::poll(vm, &delay)? {
            return Ok(Poll::Pending);
        }
        let mut st = self.0.borrow_mut();
        let timeout = st.deadline;
        let now = vm.clock_ns;
        let period = st.period;
        let next = if now > timeout.saturating_add(5 * MS) {
            match st.behavior {
                "Delay" => now.saturating_add(period),
                "Skip" => now.saturating_add(period) - (now - timeout) % period,
                _ => timeout.saturating_add(period),
            }
        } else {
            timeout.saturating_add(period)
        };
        // `reset_without_reregister`: registered when next polled.
        st.deadline = next;
        st.delay = sleep_future(next);
        Ok(Poll::Ready(tokio_instant(timeout as i128)))
    }
}

impl Interval {
    fn reset_to(&self, vm: &mut Vm, deadline: u64) -> VmResult<()> {
        let delay = {
            let mut st = self.0.borrow_mut();
            st.deadline = deadline;
            st.delay.clone()
        };
        let Value::Future(cell) = &delay else { return Ok(()) };
        reset_sleep(vm, cell, deadline)
    }
}

impl Object for Interval {
    fn type_name(&self) -> &'static str {
        "Interval"
    }

    fn method(&self, vm: &mut Vm, method: &str, _hint: &str, args: &[Value]) -> VmResult<Option<Value>> {
        let a1 = || args.get(1).cloned().unwrap_or_default();
        let now = vm.clock_ns;
        Ok(Some(match method {
            "tick" => future(Fut::Leaf(Box::new(Tick(self.0.clone())))),
            "period" => duration(self.0.borrow().period as i128),
            "missed_tick_behavior" => Value::Marker(self.0.borrow().behavior),
            "set_missed_tick_behavior" => {
                let b = match a1().deref() {
                    Value::Marker(m @ ("Burst" | "Delay" | "Skip")) => m,
                    _ => return vm.unsupported("this `MissedTickBehavior`"),
                };
                self.0.borrow_mut().behavior = b;
                Value::Unit
            }
            "reset" => {
                let p = self.0.borrow().period;
                self.reset_to(vm, now.saturating_add(p))?;
                Value::Unit
            }
            "reset_immediately" => {
                self.reset_to(vm, now)?;
                Value::Unit
            }
            "reset_after" | "reset_at" => {
                let Some(t) = nanos(&a1()) else { return vm.unsupported(format!("`{method}` with this argument")) };
                self.reset_to(vm, if method == "reset_after" { now.saturating_add(t) } else { t })?;
                Value::Unit
            }
            _ => return Ok(None),
        }))
    }
}

/// `tokio::time::advance(d).await`: when first polled, the paused clock jumps by
/// `d` (timers due by then fire when the scheduler next parks), then it yields once.
struct Advance {
    by: Option<u64>,
    yielded: Value,
}

impl Leaf for Advance {
    fn poll(&mut self, vm: &mut Vm) -> VmResult<Poll<Value>> {
        if let Some(d) = self.by.take() {
            vm.clock_ns = vm.clock_ns.saturating_add(d);
            let (now, cur) = (vm.clock_ns, vm.rt.current);
            let detail = format!("to {} ms by `advance`", now / MS);
            vm.rt.event(now, cur, TraceKind::ClockAdvanced, Some(vm.pos.line), detail);
        }
        super::poll(vm, &self.yielded)
    }
}
