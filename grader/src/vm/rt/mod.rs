//! The simulated tokio runtime: tokio's `current_thread` scheduler with a
//! paused clock that auto-advances to the next timer when nothing is runnable.
//!
//! A task owns a future (`Value::Future`); polling a future built from an
//! `async fn` or `async` block resumes its own `Fiber` (see `future.rs`).
//! The loop in `block_on` follows tokio 1.54's `current_thread::CoreGuard::block_on`:
//! `main`'s future is polled when its waker fired, then up to `EVENT_INTERVAL`
//! queued tasks run, then the driver is parked (timers fire, yielded tasks wake);
//! with pending work (`main` woken, a yielded task) it only yields to the driver
//! (`has_pending_work`), and the clock does not move.
//!
//! **Invariant:** scheduling is deterministic: FIFO run queue, timers ordered
//! by (deadline tick, registration order), yielded tasks woken in reverse order
//! (tokio's `Defer` list is a stack), as the oracle shows.

pub mod chan;
pub mod future;
pub mod io;
pub mod manual;
pub mod notice;
pub mod runtime_handle;
pub mod select;
pub mod set;
pub mod stream;
pub mod sync;
pub mod time;

use std::collections::{BTreeMap, VecDeque};
use std::rc::{Rc, Weak};

use crate::report::Pos;
use crate::trace::{lock_holders, resource_waits, TraceEvent, TraceKind, TraceObject};
use crate::vec_map::{IdMap, VecMap, VecSet};
use crate::vm::value::Value;
use crate::vm::{Stop, Vm, VmResult};
pub use future::{poll, Fut, Poll};

pub type TaskId = u64;
/// The future passed to `block_on` (`#[tokio::main]`'s body).
pub const MAIN: TaskId = 0;
/// Tasks polled between two polls of the driver (tokio's `event_interval` default).
const EVENT_INTERVAL: u32 = 61;
/// Ticks between two looks at the inject queue first (tokio's current_thread `global_queue_interval` default).
const GLOBAL_QUEUE_INTERVAL: u32 = 31;
/// The least gap between two timers on the real clock whose order the simulation trusts.
const REAL_CLOCK_MARGIN_MS: u64 = 5;
/// tokio's cooperative budget: resource operations per task poll.
pub const BUDGET: u32 = 128;
const NS_PER_MS: u64 = 1_000_000;

/// What a finished task left for its `JoinHandle`.
#[derive(Debug, Clone)]
pub enum TaskEnd {
    Output(Value),
    Panicked(String),
    Cancelled,
}

pub struct Task {
    pub id: TaskId,
    /// The task's future; `None` once it finished or was cancelled (dropped).
    pub fut: Option<Value>,
    pub end: Option<TaskEnd>,
    /// Whether the JoinHandle already took the result.
    pub taken: bool,
    /// In the run queue, or woken while being polled.
    notified: bool,
    /// `abort()` was called: cancel at the next poll.
    pub abort_requested: bool,
    /// Tasks waiting on this task's `JoinHandle`.
    pub join_waiters: Vec<TaskId>,
    pub spawned_at: Pos,
    /// What the task last suspended on (for deadlock reports).
    pub waiting_on: Option<(String, Pos)>,
}

/// A registered timer; the entry is dead when the sleep future is dropped.
pub struct TimerEntry {
    pub task: TaskId,
    pub token: Weak<()>,
    /// How many times the clock had moved when the timer was registered (its start instant, for
    /// a real clock: see [`Vm::real_clock_check`]).
    pub epoch: u32,
}

/// The part of [`Runtime`] that belongs to one runtime: a hand-built `tokio::runtime::Runtime`
/// keeps it while it is not running, and `block_on` swaps it into the VM (`runtime_handle.rs`).
/// Task ids, the trace and the object counter stay global, as tokio's task ids are.
#[derive(Default)]
pub struct Sched {
    pub tasks: VecMap<TaskId, Task>,
    pub queue: VecDeque<TaskId>,
    pub inject: VecDeque<TaskId>,
    pub deferred: Vec<TaskId>,
    pub timers: BTreeMap<(u64, u64), TimerEntry>,
    pub clock_ns: u64,
    pub active: bool,
    pub tick: u32,
    pub advances: u32,
    pub flavor: Flavor,
    pub time_disabled: bool,
    pub id: u64,
    pub this: Option<Weak<std::cell::RefCell<Sched>>>,
}

/// What kind of runtime is running; `#[tokio::main]` is read as current_thread with a paused clock.
#[derive(Default, Clone, Copy, PartialEq, Eq, Debug)]
pub enum Flavor {
    /// `current_thread`, clock paused (`#[tokio::main]` as the oracle runs it, or `.start_paused(true)`).
    #[default]
    Paused,
    /// `current_thread` on the real clock (`Builder::new_current_thread()` without `start_paused(true)`).
    RealClock,
    /// `Runtime::new()`: the `block_on` future runs on this thread exactly as on current_thread;
    /// spawned tasks would run in parallel on worker threads, so spawning is refused.
    MultiThread,
}

/// Runtime objects that are values in the learner's program.
pub enum RtObj {
    JoinHandle(TaskId),
    AbortHandle(TaskId),
    /// A `JoinError`: the task's id and the panic message (`None`: cancelled), and the payload
    /// when it is not that message as a `String` (`panic!("literal")`'s `&str`, `panic_any(v)`).
    JoinError {
        task: TaskId,
        panic: Option<String>,
        payload: Option<Value>,
    },
    /// Everything else (channels, locks, ...): see [`Object`].
    Dyn(Box<dyn Object>),
}

impl std::fmt::Debug for RtObj {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.debug())
    }
}

/// A runtime object defined in its own file (a channel end, a lock, a guard).
///
/// Rust's drop timing matters for these (a channel closes when its last
/// sender is dropped, a lock is free when its guard is): implement `Drop`
/// on the handle and push the tasks to wake into [`Runtime::waker`]'s list;
/// the scheduler queues them in order. `owns_resource` makes the VM forget
/// a local that was moved away (`MoveOut`), so the handle really dies with
/// its last owner.
pub trait Object {
    fn type_name(&self) -> &'static str;
    fn debug(&self) -> String {
        format!("{} {{ .. }}", self.type_name())
    }
    fn display(&self) -> Option<String> {
        None
    }
    /// A `Debug` that shows values inside (`Mutex { data: 1 }`): the struct name and its fields,
    /// or `Err(what)` to refuse; `None` uses `debug`.
    #[allow(clippy::type_complexity)]
    fn debug_fields(&self) -> Option<Result<(&'static str, Vec<(&'static str, Value)>), String>> {
        None
    }
    /// A method call on this object; `Ok(None)` when it has no such method.
    fn method(&self, vm: &mut Vm, method: &str, hint: &str, args: &[Value]) -> VmResult<Option<Value>>;
    /// Whether dropping this handle has an effect (closing, unlocking, releasing).
    fn owns_resource(&self) -> bool {
        false
    }
    /// Objects that are futures themselves (`&mut rx` is not; a `JoinHandle` is).
    fn poll(&self, _vm: &mut Vm) -> Option<VmResult<Poll<Value>>> {
        None
    }
    /// The handle as `Any`, for a family that must recognise its own objects (a stream's adapters,
    /// `builtins/rc.rs` reading a `Weak`'s pointer).
    fn as_any(&self) -> Option<&dyn std::any::Any> {
        None
    }
}

/// A leaf future defined in its own file (`recv()`, `lock()`, `acquire()`, `changed()`...).
pub trait Leaf {
    /// Poll once for `vm.rt.current`. Before returning `Pending`, register the
    /// current task to be woken (and call `vm.suspend_on` with what it waits on).
    fn poll(&mut self, vm: &mut Vm) -> VmResult<Poll<Value>>;
    /// Dropped before completing (a `select!` loser, a `timeout`, an aborted task): leave wait queues.
    fn cancel(&mut self, _vm: &mut Vm) {}
}

/// Whether a value is (or holds, in a struct, tuple, enum or Vec) a runtime handle whose drop has an effect.
pub fn owns_resource(v: &Value) -> bool {
    owns_within(v, 4)
}

fn owns_within(v: &Value, depth: u32) -> bool {
    match v {
        Value::Rt(o) => match &**o {
            RtObj::Dyn(d) => d.owns_resource(),
            // Dropping it detaches the task (traced as `handle_dropped`): it dies with its last owner.
            RtObj::JoinHandle(_) => true,
            _ => false,
        },
        Value::Ref(crate::vm::value::Place::Guard(_)) => true,
        _ if depth == 0 => false,
        Value::Obj(o) => o.try_borrow().map(|o| o.fields.iter().any(|f| owns_within(f, depth - 1))).unwrap_or(false),
        // Elements share one type: the first few tell.
        Value::Vec(items) => {
            items.try_borrow().map(|items| items.iter().take(8).any(|f| owns_within(f, depth - 1))).unwrap_or(false)
        }
        Value::Deque(items) => {
            items.try_borrow().map(|items| items.iter().take(8).any(|f| owns_within(f, depth - 1))).unwrap_or(false)
        }
        // A closure or an unstarted future owns what it captured.
        Value::Closure(c) => c.captures.iter().any(|f| owns_within(f, depth - 1)),
        Value::Cell(c) => c.try_borrow().map(|v| owns_within(&v, depth - 1)).unwrap_or(false),
        Value::Future(f) => match f.try_borrow().as_deref() {
            Ok(Fut::Lazy { callee, args, .. }) => {
                owns_within(callee, depth - 1) || args.iter().any(|a| owns_within(a, depth - 1))
            }
            // A started one may hold a lock guard or a channel end in its suspended locals:
            // `drop(fut)` after a `timeout(d, &mut fut)` releases them there and then.
            Ok(Fut::Running(..)) => true,
            _ => false,
        },
        _ => false,
    }
}

/// Whether a panic payload is a message (`&str` or `String`), which tokio shows.
fn is_text(v: &Value) -> bool {
    matches!(v, Value::Str(_) | Value::String(_))
}

/// Tasks to wake, shared with handles so that their `Drop` can wake (`Runtime::waker`).
pub type WakeList = Rc<std::cell::RefCell<Vec<TaskId>>>;

/// A dropped `JoinHandle` detaches its task: noted for the trace (`handle_dropped`).
impl Drop for RtObj {
    fn drop(&mut self) {
        if let RtObj::JoinHandle(id) = self {
            notice::push(notice::Notice::HandleDropped(*id));
        }
    }
}

impl RtObj {
    pub fn type_name(&self) -> &'static str {
        match self {
            RtObj::JoinHandle(_) => "JoinHandle",
            RtObj::AbortHandle(_) => "AbortHandle",
            RtObj::JoinError { .. } => "JoinError",
            RtObj::Dyn(d) => d.type_name(),
        }
    }

    /// `Display` text, for the objects that have one.
    pub fn display(&self) -> Option<String> {
        match self {
            RtObj::JoinError { task, panic: Some(_), payload: Some(p) } if !is_text(p) => {
                Some(format!("task {task} panicked"))
            }
            RtObj::JoinError { task, panic: Some(msg), .. } => {
                Some(format!("task {task} panicked with message {msg:?}"))
            }
            RtObj::JoinError { task, panic: None, .. } => Some(format!("task {task} was cancelled")),
            RtObj::Dyn(d) => d.display(),
            _ => None,
        }
    }

    /// `Debug` text.
    pub fn debug(&self) -> String {
        match self {
            RtObj::JoinError { task, panic: Some(_), payload: Some(p) } if !is_text(p) => {
                format!("JoinError::Panic(Id({task}), ...)")
            }
            RtObj::JoinError { task, panic: Some(msg), .. } => format!("JoinError::Panic(Id({task}), {msg:?}, ...)"),
            RtObj::JoinError { task, panic: None, .. } => format!("JoinError::Cancelled(Id({task}))"),
            RtObj::JoinHandle(_) => "JoinHandle { id: Id(..) }".into(),
            RtObj::AbortHandle(_) => "AbortHandle { id: Id(..) }".into(),
            RtObj::Dyn(d) => d.debug(),
        }
    }
}

/// Trace events (kind, object, detail) recorded from `Drop` impls, which cannot reach the runtime.
pub type DropEvents = Rc<std::cell::RefCell<Vec<(TraceKind, Option<TraceObject>, String)>>>;

/// Who wakes a task when it is not the current task (see [`Runtime::wake_cause`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WakeCause {
    /// A task that ended (its `JoinHandle` waiters wake).
    Task(TaskId),
    /// A timer that fired, by registration number.
    Timer(u64),
    /// The scheduler waking the tasks that called `yield_now`.
    YieldNow,
    /// The I/O driver reporting a socket ready (`tcp#2`, `listener#1`).
    Io(TraceObject),
}

#[derive(Default)]
pub struct Runtime {
    /// Whether a runtime is running (`#[tokio::main]` entered `block_on`).
    pub active: bool,
    pub tasks: VecMap<TaskId, Task>,
    pub queue: VecDeque<TaskId>,
    /// tokio's inject (remote) queue: tasks spawned or woken from outside the runtime's thread
    /// (`rt.spawn(..)` from sync `main`, a wake between two `block_on`s).
    pub inject: VecDeque<TaskId>,
    /// tokio's `core.tick`: counts scheduler iterations, persists across `block_on` calls.
    pub tick: u32,
    /// How many times the clock moved (real-clock drift bound, [`Vm::real_clock_check`]).
    pub advances: u32,
    pub flavor: Flavor,
    /// Built without `enable_time()`/`enable_all()` (never for `#[tokio::main]`).
    pub time_disabled: bool,
    /// A timer was registered on a runtime whose time driver is off.
    pub timer_without_driver: bool,
    /// Which runtime is swapped in: 0 for `#[tokio::main]`'s (or none), else a hand-built one's id.
    pub runtime_id: u64,
    /// The hand-built runtime swapped in (for `Handle::current()`).
    pub this: Option<Weak<std::cell::RefCell<Sched>>>,
    /// Wakes of tasks that belong to a runtime not swapped in; delivered to its inject queue when it runs.
    pub orphan_wakes: Vec<TaskId>,
    /// Runtime contexts entered by `rt.enter()` guards, innermost last (`runtime_handle.rs`).
    pub entered: Vec<runtime_handle::Entered>,
    /// A runtime on the real clock was built: reading a clock would show machine-dependent times.
    pub real_clock_built: bool,
    /// Wakers of `yield_now`, woken (last first) when the scheduler parks.
    pub deferred: Vec<TaskId>,
    pub timers: BTreeMap<(u64, u64), TimerEntry>,
    timer_seq: u64,
    next_task: TaskId,
    pub main_woken: bool,
    /// The task being polled (`MAIN` for `block_on`'s future).
    pub current: TaskId,
    /// Budget left in the current poll.
    pub budget: u32,
    pub trace: Vec<TraceEvent>,
    /// What `main` last suspended on.
    pub main_waiting_on: Option<(String, Pos)>,
    /// Whether a panic message was already printed (only the first adds the backtrace note).
    pub panicked: bool,
    /// Wakes requested from `Drop` impls, queued at the next scheduling step.
    pending_wakes: WakeList,
    /// Panic payloads of tasks whose payload is not their message as a `String`.
    pub payloads: VecMap<TaskId, Value>,
    /// Aborts requested from `Drop` impls (a dropped `JoinSet`), done before the pending wakes.
    pending_aborts: WakeList,
    /// Wakers that are not tasks (see [`Runtime::sub_waker`]), by id (from `SUB_WAKER_BASE`).
    sub_wakers: IdMap<SubWaker>,
    next_sub_waker: TaskId,
    /// Who is waking tasks when it is not the current task (`timer#3`, `yield_now`), for `woken` events.
    pub wake_cause: Option<WakeCause>,
    /// The object named by what the current poll suspended on (`vm.suspended_on`), for the `suspended` event.
    pub suspended_object: Option<TraceObject>,
    /// Leaf futures being polled (a `sleep` polled inside one is a `timeout`/`interval` deadline).
    pub leaf_depth: u32,
    /// Trace events from `Drop` impls (a guard released): kind and detail, recorded at the next scheduling step.
    object_ids: u64,
    /// `std::sync::Mutex`es locked by a live guard (cell addresses), while a runtime runs.
    pub std_locks: Rc<std::cell::RefCell<VecSet<usize>>>,
    pub drop_events: DropEvents,
    /// Tasks whose `JoinHandle` was dropped while they ran (their prints are traced: `printed`).
    pub detached: VecSet<TaskId>,
    /// `RefCell`s named in the trace (`refcell#4`), by address.
    /// Only the cells of a failed borrow or of a guard held across a suspension are named; each of
    /// those is a guard `Vm::guards` scans on every borrow, so a sorted map is no slower.
    pub cell_ids: VecMap<usize, u64>,
    /// The simulated loopback network and its I/O driver (`io/tcp.rs`), once a program uses `tokio::net`.
    pub net: Option<io::tcp::Net>,
    /// tokio 1.54's time driver `did_wake` flag: set whenever a task is scheduled (spawned or
    /// woken, `main` included), taken by the next park that could move the paused clock, which
    /// then does not move it (see `park_net`).
    pub did_wake: bool,
}

/// Ids of sub-wakers start here (task ids stay below).
const SUB_WAKER_BASE: TaskId = 1 << 48;

/// What waking a sub-waker does: note which child woke, and return the waker to wake next (the combinator's), if any.
pub type WakeHook = Rc<dyn Fn() -> Option<TaskId>>;

/// The waker of one child of a combinator that polls only the children that woke
/// (`FuturesUnordered`, a `JoinSet` entry): leaves register it like a task id while
/// the child is polled (`vm.rt.current`), and waking it runs its hook.
struct SubWaker {
    hook: WakeHook,
    /// The task that last polled the child (for traces and the "woken while running" rule).
    task: TaskId,
}

impl Runtime {
    /// A list a handle's `Drop` can push task ids to; they are woken in order.
    pub fn waker(&self) -> WakeList {
        self.pending_wakes.clone()
    }

    /// A list a handle's `Drop` can push task ids to; they are aborted (cancelled at their next poll) in order.
    pub fn aborter(&self) -> WakeList {
        self.pending_aborts.clone()
    }

    /// Abort a task (`JoinHandle::abort`): an idle task is scheduled so that it is cancelled when next polled.
    pub fn abort(&mut self, id: TaskId) {
        if let Some(t) = self.tasks.get_mut(&id) {
            if t.end.is_none() {
                t.abort_requested = true;
            }
        }
        self.wake(id);
    }

    /// A new sub-waker: waking it runs `hook` (see [`SubWaker`]); forget it with [`Runtime::drop_sub_waker`].
    pub fn sub_waker(&mut self, hook: WakeHook) -> TaskId {
        self.next_sub_waker += 1;
        let id = SUB_WAKER_BASE + self.next_sub_waker;
        let task = self.task_of(self.current);
        self.sub_wakers.insert(id, SubWaker { hook, task });
        id
    }

    pub fn drop_sub_waker(&mut self, id: TaskId) {
        self.sub_wakers.remove(id);
    }

    /// The task a waker belongs to (a sub-waker's: the task that last polled its child).
    pub fn task_of(&self, id: TaskId) -> TaskId {
        if id < SUB_WAKER_BASE {
            return id;
        }
        self.sub_wakers.get(id).map(|s| s.task).unwrap_or(MAIN)
    }

    /// Queue the wakes that `Drop` impls requested.
    pub fn flush_wakes(&mut self) {
        if !self.drop_events.borrow().is_empty() {
            let (time, cur) = (self.trace.last().map(|e| e.time_ns).unwrap_or(0), self.current);
            let events = std::mem::take(&mut *self.drop_events.borrow_mut());
            for (kind, object, detail) in events {
                self.push_event(time, cur, kind, None, object, detail);
            }
        }
        if !self.pending_aborts.borrow().is_empty() {
            let ids: Vec<TaskId> = std::mem::take(&mut *self.pending_aborts.borrow_mut());
            for id in ids {
                if let Some(t) = self.tasks.get_mut(&id) {
                    if t.end.is_none() {
                        t.abort_requested = true;
                    }
                }
                self.wake_now(id);
            }
        }
        if self.pending_wakes.borrow().is_empty() {
            return;
        }
        let ids: Vec<TaskId> = std::mem::take(&mut *self.pending_wakes.borrow_mut());
        for id in ids {
            self.wake_now(id);
        }
    }

    /// Wake a task as its waker would: queue it once (tokio's NOTIFIED bit).
    pub fn wake(&mut self, id: TaskId) {
        self.flush_wakes();
        self.wake_now(id);
    }

    fn wake_now(&mut self, id: TaskId) {
        if id >= SUB_WAKER_BASE {
            let Some(hook) = self.sub_wakers.get(id).map(|s| s.hook.clone()) else { return };
            if let Some(next) = hook() {
                self.wake_now(next);
            }
            return;
        }
        let current = self.task_of(self.current);
        let time = self.trace.last().map(|e| e.time_ns).unwrap_or(0);
        // The waker's owner, named in the event: `by task 2`, `by timer#3`, `by yield_now`.
        let by = match self.wake_cause {
            Some(WakeCause::Task(task)) => Some(TraceObject::Task(task as u32)),
            Some(WakeCause::Timer(seq)) => Some(TraceObject::Timer(seq)),
            Some(WakeCause::YieldNow) => None,
            Some(WakeCause::Io(obj)) => Some(obj),
            None => Some(TraceObject::Task(current as u32)),
        };
        let detail = match by {
            Some(obj) => format!("by {obj}"),
            None => "by yield_now".to_string(),
        };
        if id == MAIN {
            if !self.main_woken {
                self.push_event(time, MAIN, TraceKind::Woken, None, by, detail);
                self.did_wake = true;
            }
            self.main_woken = true;
            return;
        }
        let Some(task) = self.tasks.get_mut(&id) else {
            // A task of another runtime (woken from outside it): queued remotely when that runtime runs.
            if id != MAIN && !self.orphan_wakes.contains(&id) {
                self.orphan_wakes.push(id);
            }
            return;
        };
        if task.end.is_some() || task.notified {
            return;
        }
        task.notified = true;
        self.did_wake = true;
        self.push_event(time, id, TraceKind::Woken, None, by, detail);
        // A task woken while it runs is queued when its poll returns (tokio's transition_to_idle).
        if id != current {
            self.queue.push_back(id);
        }
    }

    /// A fresh id for a runtime object (`mutex#3`, `mpsc#1`): one counter for all kinds.
    pub fn next_object_id(&mut self) -> u64 {
        self.object_ids += 1;
        self.object_ids
    }

    /// The trace name of the `RefCell` at `addr` (`refcell#4`).
    pub fn cell_name(&mut self, addr: usize) -> TraceObject {
        let id = match self.cell_ids.get(&addr) {
            Some(id) => *id,
            None => {
                let id = self.next_object_id();
                self.cell_ids.insert(addr, id);
                id
            }
        };
        TraceObject::RefCell(id)
    }

    pub fn now_tick(clock_ns: u64) -> u64 {
        clock_ns / NS_PER_MS
    }

    /// tokio rounds a deadline up to the next millisecond tick.
    pub fn deadline_tick(deadline_ns: u64) -> u64 {
        // Capped so that `tick * NS_PER_MS` is a clock value `park` can reach (a saturated deadline still fires).
        deadline_ns.div_ceil(NS_PER_MS).min(u64::MAX / NS_PER_MS)
    }

    /// Register a timer firing at `tick` for the current task; the key orders equal deadlines by registration.
    pub fn add_timer(&mut self, tick: u64, token: &Rc<()>) -> (u64, u64) {
        self.timer_seq += 1;
        let key = (tick, self.timer_seq);
        self.timers.insert(key, TimerEntry { task: self.current, token: Rc::downgrade(token), epoch: self.advances });
        if self.time_disabled {
            self.timer_without_driver = true;
        }
        key
    }

    /// tokio's `coop::poll_proceed`: whether the current task may do one more resource operation.
    /// With no budget left the task is woken as by `yield_now` and the operation returns `Pending`; call [`Runtime::made_progress`] when it completes.
    pub fn poll_proceed(&mut self) -> bool {
        if self.budget > 0 {
            return true;
        }
        let cur = self.current;
        self.deferred.push(cur);
        false
    }

    /// A resource operation completed: it consumes one unit of the task's budget.
    pub fn made_progress(&mut self) {
        self.budget = self.budget.saturating_sub(1);
    }

    /// Record an event of `task` (a sub-waker's is its task's) about no particular object.
    pub fn event(&mut self, time_ns: u64, task: TaskId, kind: TraceKind, line: Option<u32>, detail: String) {
        self.push_event(time_ns, task, kind, line, None, detail);
    }

    /// Record an event of `task` about `object` (which `detail` names).
    pub fn event_about(
        &mut self,
        time_ns: u64,
        task: TaskId,
        kind: TraceKind,
        line: Option<u32>,
        object: TraceObject,
        detail: String,
    ) {
        self.push_event(time_ns, task, kind, line, Some(object), detail);
    }

    /// Record an event of `task` (a sub-waker's is its task's), about `object` if any.
    fn push_event(
        &mut self,
        time_ns: u64,
        task: TaskId,
        kind: TraceKind,
        line: Option<u32>,
        object: Option<TraceObject>,
        detail: String,
    ) {
        let task = self.task_of(task);
        if self.trace.len() < MAX_TRACE {
            self.trace.push(TraceEvent { time_ns, task: task as u32, kind, line, object, detail });
        }
    }
}

/// The order in which a runtime's shutdown drops its live tasks' futures (async/298).
/// tokio 1.54 keeps tasks in `OwnedTasks`, a list sharded by task id (current_thread: 4 shards,
/// `id & 3`); `close_and_shutdown_all` empties shard 0, 1, 2, 3 in turn, each from its back
/// (the task spawned last first).
pub fn shutdown_order(tasks: &VecMap<TaskId, Task>) -> Vec<TaskId> {
    let mut alive: Vec<TaskId> = tasks.iter().filter(|(_, t)| t.end.is_none()).map(|(id, _)| *id).collect();
    alive.sort_by_key(|id| (id & 3, std::cmp::Reverse(*id)));
    alive
}

/// Trace events kept per run (a runaway program must not exhaust memory).
const MAX_TRACE: usize = 100_000;

impl Vm {
    /// Poll `fut` with the sub-waker `waker` standing for the current task (a child of `FuturesUnordered`).
    pub fn poll_as(&mut self, waker: TaskId, fut: &Value) -> VmResult<Poll<Value>> {
        let saved = self.rt.current;
        let task = self.rt.task_of(saved);
        if let Some(s) = self.rt.sub_wakers.get_mut(waker) {
            s.task = task;
        }
        self.rt.current = waker;
        let r = future::poll(self, fut);
        self.rt.current = saved;
        r
    }

    /// `tokio::spawn(fut)`: queue a new task (ids count from 1, as tokio's do).
    pub fn spawn_task(&mut self, fut: Value) -> VmResult<TaskId> {
        if !self.rt.active {
            return self.panic("there is no reactor running, must be called from the context of a Tokio 1.x runtime");
        }
        if self.rt.flavor == Flavor::MultiThread {
            return self.unsupported("spawning a task on a multi-thread runtime (`Runtime::new()`): its tasks run in parallel on worker threads (build it with `Builder::new_current_thread()`)");
        }
        // Each spawn adds at most one live task, so the count is only taken again when enough
        // spawns have happened since the last one to reach the limit.
        if self.rt.tasks.len() >= self.task_scan_at {
            let live = self.rt.tasks.values().filter(|t| t.end.is_none()).count();
            if live >= self.max_tasks {
                return self.limit(format!(
                    "stopped: this program had more than {} tasks alive at once; the spawn here went over",
                    crate::vm::fmt_thousands(self.max_tasks as u64)
                ));
            }
            self.task_scan_at = self.rt.tasks.len() + (self.max_tasks - live);
        }
        self.alloc(crate::vm::memory::TASK_BYTES)?;
        self.rt.next_task += 1;
        let id = self.rt.next_task;
        let pos = self.pos;
        self.rt.tasks.insert(
            id,
            Task {
                id,
                fut: Some(fut),
                end: None,
                taken: false,
                notified: true,
                abort_requested: false,
                join_waiters: Vec::new(),
                spawned_at: pos,
                waiting_on: None,
            },
        );
        self.rt.queue.push_back(id);
        self.rt.did_wake = true;
        let (now, cur) = (self.clock_ns, self.rt.task_of(self.rt.current));
        self.rt.event_about(
            now,
            id,
            TraceKind::Spawned,
            Some(pos.line),
            TraceObject::Task(cur as u32),
            format!("by task {cur}"),
        );
        Ok(id)
    }

    /// Exchange the running runtime's state with `s` (a hand-built runtime's, see [`Sched`]).
    pub fn swap_sched(&mut self, s: &mut Sched) {
        let rt = &mut self.rt;
        std::mem::swap(&mut rt.tasks, &mut s.tasks);
        std::mem::swap(&mut rt.queue, &mut s.queue);
        std::mem::swap(&mut rt.inject, &mut s.inject);
        std::mem::swap(&mut rt.deferred, &mut s.deferred);
        std::mem::swap(&mut rt.timers, &mut s.timers);
        std::mem::swap(&mut self.clock_ns, &mut s.clock_ns);
        std::mem::swap(&mut rt.active, &mut s.active);
        std::mem::swap(&mut rt.tick, &mut s.tick);
        std::mem::swap(&mut rt.advances, &mut s.advances);
        std::mem::swap(&mut rt.flavor, &mut s.flavor);
        std::mem::swap(&mut rt.time_disabled, &mut s.time_disabled);
        std::mem::swap(&mut rt.runtime_id, &mut s.id);
        std::mem::swap(&mut rt.this, &mut s.this);
    }

    /// `rt.block_on(fut)` on a hand-built runtime (its state is swapped in for the call).
    /// As in tokio, the tasks it does not finish stay in the runtime for its next `block_on`,
    /// and wakes that reached them from outside go to the inject queue.
    pub fn block_on_runtime(&mut self, sched: &mut Sched, fut: Value) -> VmResult<Value> {
        self.swap_sched(sched);
        let orphans = std::mem::take(&mut self.rt.orphan_wakes);
        for id in orphans {
            match self.rt.tasks.get_mut(&id) {
                Some(t) if t.end.is_none() && !t.notified => {
                    t.notified = true;
                    self.rt.inject.push_back(id);
                }
                Some(_) => {}
                None => self.rt.orphan_wakes.push(id),
            }
        }
        let saved_current = self.rt.current;
        self.rt.active = true;
        self.rt.main_woken = true;
        let result = self.block_on_loop(&fut);
        // tokio's `Defer` list belongs to this `block_on` call: yielded tasks it did not wake stay idle.
        self.rt.deferred.clear();
        self.rt.active = false;
        self.rt.main_woken = false;
        self.rt.current = saved_current;
        self.swap_sched(sched);
        result
    }

    /// `rt.spawn(fut)` / `handle.spawn(fut)` for a runtime that is not running here: the task
    /// goes to its inject queue (tokio's remote schedule).
    pub fn spawn_remote(&mut self, sched: &mut Sched, fut: Value) -> VmResult<TaskId> {
        self.swap_sched(sched);
        self.rt.active = true;
        let r = self.spawn_task(fut);
        if let Ok(id) = r {
            self.rt.queue.retain(|t| *t != id);
            self.rt.inject.push_back(id);
        }
        self.rt.active = false;
        self.swap_sched(sched);
        r
    }

    /// A timer reached a runtime built without `enable_time()`: tokio panics inside its own source.
    fn check_timer_driver(&mut self) -> VmResult<()> {
        if self.rt.timer_without_driver {
            self.rt.timer_without_driver = false;
            if let Some((_, pos)) = &self.suspended_on {
                self.pos = *pos;
            }
            return self.unsupported("a timer on a runtime built without `enable_time()` or `enable_all()` (tokio panics inside its own source)");
        }
        Ok(())
    }

    /// On the real clock a timer fires a little late (its deadline rounds up to the next
    /// millisecond after a start that is itself late, plus the wake-up latency), and the lateness
    /// adds up along a chain of sleeps. The simulated clock has none of it, so its order of two
    /// timers is only trusted when they are far apart: refuse when the timer due at `tick` and
    /// another live one are less than `REAL_CLOCK_MARGIN_MS` (plus 2 ms per clock move so far)
    /// apart, or due at the same tick but started at different times.
    fn real_clock_check(&mut self, tick: u64) -> VmResult<()> {
        let margin = REAL_CLOCK_MARGIN_MS + 2 * self.rt.advances as u64;
        let live: Vec<(u64, u32, TaskId)> = self
            .rt
            .timers
            .iter()
            .filter(|(_, e)| e.token.strong_count() > 0)
            .map(|(k, e)| (k.0, e.epoch, e.task))
            .collect();
        let first: Vec<&(u64, u32, TaskId)> = live.iter().filter(|t| t.0 == tick).collect();
        for other in &live {
            let close = other.0 > tick && other.0 <= tick + margin;
            let same_tick_other_start = other.0 == tick && first.iter().any(|f| f.1 != other.1);
            if close || same_tick_other_start {
                let task = self.rt.task_of(other.2);
                let waiting = if task == MAIN {
                    self.rt.main_waiting_on.clone()
                } else {
                    self.rt.tasks.get(&task).and_then(|t| t.waiting_on.clone())
                };
                if let Some((_, pos)) = waiting {
                    self.pos = pos;
                }
                return self.unsupported(format!(
                    "timers due at {tick} ms and {} ms on a runtime with the real clock: their order depends on how late each wakes on the machine (build the runtime with `.start_paused(true)`, or keep timers more than {margin} ms apart)",
                    other.0
                ));
            }
        }
        Ok(())
    }

    /// Run `main`'s future to completion on the simulated runtime.
    pub fn block_on(&mut self, main: Value) -> VmResult<Value> {
        self.rt.active = true;
        self.rt.main_woken = true;
        notice::clear();
        let result = self.block_on_loop(&main);
        // Returning from `main` drops every task that is still alive.
        for id in shutdown_order(&self.rt.tasks) {
            let fut = self.rt.tasks.get_mut(&id).and_then(|t| {
                t.end = Some(TaskEnd::Cancelled);
                t.fut.take()
            });
            if let Some(f) = fut {
                future::cancel(self, &f);
            }
            let now = self.clock_ns;
            self.rt.event(now, id, TraceKind::Dropped, None, "main returned".into());
        }
        self.rt.active = false;
        result
    }

    fn block_on_loop(&mut self, main: &Value) -> VmResult<Value> {
        loop {
            if self.rt.main_woken {
                self.rt.main_woken = false;
                self.rt.current = MAIN;
                self.rt.budget = BUDGET;
                let now = self.clock_ns;
                self.rt.event(now, MAIN, TraceKind::Polled, None, String::new());
                let r = future::poll(self, main);
                self.record_notices(None);
                self.rt.flush_wakes();
                let r = r?;
                self.check_timer_driver()?;
                match r {
                    Poll::Ready(v) => {
                        let now = self.clock_ns;
                        self.rt.event(now, MAIN, TraceKind::Completed, None, String::new());
                        return Ok(v);
                    }
                    Poll::Pending => self.note_suspended(MAIN),
                }
            }
            let mut parked = false;
            for _ in 0..EVENT_INTERVAL {
                self.rt.flush_wakes();
                // tokio's `core.tick()` then `next_task`: every 31st tick takes the inject queue first.
                self.rt.tick = self.rt.tick.wrapping_add(1);
                let next = if self.rt.tick.is_multiple_of(GLOBAL_QUEUE_INTERVAL) {
                    self.rt.inject.pop_front().or_else(|| self.rt.queue.pop_front())
                } else {
                    self.rt.queue.pop_front().or_else(|| self.rt.inject.pop_front())
                };
                match next {
                    Some(id) => self.run_task(id)?,
                    None => {
                        if self.rt.deferred.is_empty() {
                            self.park()?;
                        } else {
                            self.park_yield();
                        }
                        parked = true;
                        break;
                    }
                }
            }
            if !parked {
                self.park_yield();
            }
        }
    }

    fn note_suspended(&mut self, id: TaskId) {
        let what = self.suspended_on.take();
        let object = self.rt.suspended_object.take();
        let now = self.clock_ns;
        let (line, detail) = match &what {
            Some((w, p)) => (Some(p.line), w.clone()),
            None => (None, String::new()),
        };
        self.rt.push_event(now, id, TraceKind::Suspended, line, object, detail);
        if id == MAIN {
            self.rt.main_waiting_on = what;
        } else if let Some(t) = self.rt.tasks.get_mut(&id) {
            t.waiting_on = what;
        }
    }

    /// Poll one spawned task.
    fn run_task(&mut self, id: TaskId) -> VmResult<()> {
        let Some(task) = self.rt.tasks.get_mut(&id) else { return Ok(()) };
        task.notified = false;
        if task.end.is_some() {
            return Ok(());
        }
        if task.abort_requested {
            self.finish_task(id, TaskEnd::Cancelled);
            return Ok(());
        }
        let Some(fut) = task.fut.clone() else { return Ok(()) };
        self.rt.current = id;
        self.rt.budget = BUDGET;
        let now = self.clock_ns;
        self.rt.event(now, id, TraceKind::Polled, None, String::new());
        let result = future::poll(self, &fut);
        self.record_notices(None);
        self.rt.flush_wakes();
        self.rt.current = MAIN;
        self.check_timer_driver()?;
        match result {
            Ok(Poll::Ready(v)) => self.finish_task(id, TaskEnd::Output(v)),
            Ok(Poll::Pending) => {
                self.note_suspended(id);
                if let Some(t) = self.rt.tasks.get_mut(&id) {
                    if t.abort_requested {
                        self.finish_task(id, TaskEnd::Cancelled);
                    } else if t.notified {
                        self.rt.queue.push_back(id);
                    }
                }
            }
            Err(Stop::Panic { msg, pos }) => {
                // tokio catches the panic; the hook has printed it on the runtime's thread.
                if let Some(p) = self.panic_payload.take() {
                    self.rt.payloads.insert(id, p);
                } else if msg == "called `Option::unwrap()` on a `None` value" || msg.starts_with("attempt to ") {
                    // core panics with a constant message: the payload is a `&'static str` (async/350).
                    self.rt.payloads.insert(id, Value::Str(std::rc::Rc::from(msg.as_str())));
                }
                let first = !self.rt.panicked;
                self.rt.panicked = true;
                let text = crate::vm::panic_text(&self.file_name, pos, &msg, first);
                self.stderr.push_str(&text);
                self.finish_task(id, TaskEnd::Panicked(msg));
            }
            Err(other) => return Err(other),
        }
        Ok(())
    }

    pub fn finish_task(&mut self, id: TaskId, end: TaskEnd) {
        let (kind, detail) = match &end {
            TaskEnd::Output(_) => (TraceKind::Completed, String::new()),
            TaskEnd::Panicked(msg) => (TraceKind::Panicked, msg.clone()),
            TaskEnd::Cancelled => (TraceKind::Cancelled, String::new()),
        };
        let (waiters, fut) = match self.rt.tasks.get_mut(&id) {
            Some(t) => {
                t.end = Some(end);
                (std::mem::take(&mut t.join_waiters), t.fut.take())
            }
            None => (Vec::new(), None),
        };
        if let Some(f) = fut {
            future::cancel(self, &f);
        }
        let now = self.clock_ns;
        self.rt.event(now, id, kind, None, detail);
        for w in waiters {
            self.rt.wake_cause = Some(WakeCause::Task(id));
            self.rt.wake(w);
            self.rt.wake_cause = None;
        }
    }

    /// Fire expired timers (without moving the clock), then wake yielded tasks.
    fn park_yield(&mut self) {
        if self.rt.net.is_some() {
            self.io_turn();
            // tokio's `park_thread_timeout(0)` (no timer, or one in the future) takes the flag.
            if self.next_live_timer().is_none_or(|t| t > Runtime::now_tick(self.clock_ns)) {
                self.rt.did_wake = false;
            }
        }
        self.fire_timers();
        self.wake_deferred();
    }

    /// Nothing is runnable: fire expired timers, or move the paused clock to the next one.
    fn park(&mut self) -> VmResult<()> {
        self.rt.flush_wakes();
        self.purge_dead_timers();
        if self.rt.net.is_some() {
            return self.park_net();
        }
        if !self.fire_timers() && !self.rt.main_woken && self.rt.queue.is_empty() && self.rt.inject.is_empty() {
            match self.rt.timers.keys().next().copied() {
                Some((tick, seq)) => {
                    let target = tick.saturating_mul(NS_PER_MS);
                    if target > self.max_virtual_ns {
                        return Err(self.virtual_time_limit((tick, seq)));
                    }
                    if target > self.clock_ns {
                        if self.rt.flavor != Flavor::Paused {
                            self.real_clock_check(tick)?;
                        }
                        self.rt.advances += 1;
                        let now = self.clock_ns;
                        self.rt.event(now, MAIN, TraceKind::ClockAdvanced, None, format!("to {} ms", tick));
                        self.clock_ns = target;
                    }
                    self.fire_timers();
                }
                None => return Err(self.deadlock()),
            }
        }
        self.wake_deferred();
        Ok(())
    }

    /// tokio 1.54's park with the I/O driver (a program that uses `tokio::net`): the driver
    /// reports ready sockets first (`io_turn`, waking their tasks in epoll's order); then the
    /// paused clock jumps to the next timer, unless work is pending or a task was scheduled since
    /// the last such park, by this turn of the driver or before it (tokio's `did_wake`: every
    /// `schedule` sets it); then expired timers fire and yielded tasks wake.
    fn park_net(&mut self) -> VmResult<()> {
        let pending = self.rt.main_woken || !self.rt.queue.is_empty() || !self.rt.inject.is_empty();
        let next = self.rt.timers.keys().next().copied();
        let woke = self.io_turn();
        match next {
            Some((tick, seq)) if tick > Runtime::now_tick(self.clock_ns) => {
                let did_wake = std::mem::take(&mut self.rt.did_wake);
                if !pending && !did_wake {
                    let target = tick.saturating_mul(NS_PER_MS);
                    if target > self.max_virtual_ns {
                        return Err(self.virtual_time_limit((tick, seq)));
                    }
                    self.rt.advances += 1;
                    let now = self.clock_ns;
                    self.rt.event(now, MAIN, TraceKind::ClockAdvanced, None, format!("to {} ms", tick));
                    self.clock_ns = target;
                }
            }
            Some(_) => {}
            None if pending => self.rt.did_wake = false,
            None => {
                if !woke && !self.rt.main_woken && self.rt.queue.is_empty() && self.rt.inject.is_empty() {
                    return Err(self.deadlock());
                }
            }
        }
        self.fire_timers();
        self.wake_deferred();
        Ok(())
    }

    /// The tick of the earliest live timer.
    fn next_live_timer(&self) -> Option<u64> {
        self.rt.timers.iter().find(|(_, e)| e.token.strong_count() > 0).map(|(k, _)| k.0)
    }

    /// The next timer (`key`) is past `Options::max_virtual_time_secs`: stop, naming what its
    /// task waits on and where.
    fn virtual_time_limit(&mut self, key: (u64, u64)) -> Stop {
        let task = self.rt.timers.get(&key).map_or(MAIN, |e| self.rt.task_of(e.task));
        let (who, waiting) = if task == MAIN {
            ("main".to_string(), self.rt.main_waiting_on.clone())
        } else {
            (format!("task {task}"), self.rt.tasks.get(&task).and_then(|t| t.waiting_on.clone()))
        };
        let what = match &waiting {
            Some((what, pos)) => {
                self.pos = *pos;
                format!("; {who} was waiting on {what}")
            }
            None => String::new(),
        };
        let secs = self.max_virtual_ns / 1_000_000_000;
        let span = if secs.is_multiple_of(3600) {
            let h = secs / 3600;
            format!("{h} hour{}", if h == 1 { "" } else { "s" })
        } else {
            format!("{secs} s")
        };
        Stop::Limit {
            msg: format!("stopped: this program ran past {span} of virtual time (tokio's paused clock){what}"),
            pos: self.pos,
        }
    }

    fn wake_deferred(&mut self) {
        while let Some(id) = self.rt.deferred.pop() {
            self.rt.wake_cause = Some(WakeCause::YieldNow);
            self.rt.wake(id);
            self.rt.wake_cause = None;
        }
    }

    fn purge_dead_timers(&mut self) {
        let dead: Vec<(u64, u64)> =
            self.rt.timers.iter().filter(|(_, e)| e.token.strong_count() == 0).map(|(k, _)| *k).collect();
        for key in dead {
            if let Some(e) = self.rt.timers.remove(&key) {
                let now = self.clock_ns;
                let timer = TraceObject::Timer(key.1);
                self.rt.event_about(now, e.task, TraceKind::TimerDropped, None, timer, timer.to_string());
            }
        }
    }

    /// Wake the tasks of every timer whose tick has come; whether any fired.
    fn fire_timers(&mut self) -> bool {
        let now_tick = Runtime::now_tick(self.clock_ns);
        let mut fired = false;
        while let Some((&key, _)) = self.rt.timers.iter().next() {
            if key.0 > now_tick {
                break;
            }
            let Some(entry) = self.rt.timers.remove(&key) else { break };
            let now = self.clock_ns;
            if entry.token.strong_count() == 0 {
                let timer = TraceObject::Timer(key.1);
                self.rt.event_about(now, entry.task, TraceKind::TimerDropped, None, timer, timer.to_string());
                continue;
            }
            fired = true;
            let timer = TraceObject::Timer(key.1);
            self.rt.event_about(now, entry.task, TraceKind::TimerFired, None, timer, timer.to_string());
            self.rt.wake_cause = Some(WakeCause::Timer(key.1));
            self.rt.wake(entry.task);
            self.rt.wake_cause = None;
        }
        fired
    }

    /// A blocking call ran on the runtime's thread for `ns` of real time: every other task waited.
    pub fn blocked(&mut self, ns: u64, what: &str) {
        let (now, cur, line) = (self.clock_ns, self.rt.current, self.pos.line);
        let ready = self.rt.queue.len();
        self.rt.event(
            now,
            cur,
            TraceKind::Blocked,
            Some(line),
            format!("{what} for {} ms while {ready} other task(s) were ready", ns / NS_PER_MS),
        );
    }

    /// Nothing can ever run again: describe what everyone waits on.
    fn deadlock(&mut self) -> Stop {
        let mut parts = Vec::new();
        // Lock ownership and full channels, from the trace.
        let holders = lock_holders(&self.rt.trace);
        let waits = resource_waits(&self.rt.trace);
        let name = |t: u32| if t == 0 { "main".to_string() } else { format!("task {t}") };
        let describe = |id: TaskId, who: String, w: &Option<(String, Pos)>| {
            let mut s = match w {
                Some((what, pos)) => format!("{who} waits on {what} (line {})", pos.line),
                None => format!("{who} is suspended"),
            };
            if let Some(e) = waits.get(&(id as u32)) {
                match (e.kind, e.object) {
                    (TraceKind::LockWaiting, Some(obj)) => {
                        let held: Vec<String> = holders
                            .get(&obj)
                            .into_iter()
                            .flatten()
                            .map(|h| format!("{} since line {}", name(h.task), h.line.unwrap_or(0)))
                            .collect();
                        if !held.is_empty() {
                            s.push_str(&format!(", held by {}", held.join(" and ")));
                        }
                    }
                    (TraceKind::SendWaiting, Some(obj)) => s.push_str(&format!(", {obj} is full")),
                    _ => {}
                }
            }
            s
        };
        parts.push(describe(MAIN, "main".into(), &self.rt.main_waiting_on));
        for (id, t) in &self.rt.tasks {
            if t.end.is_none() {
                parts.push(describe(*id, format!("task {id} (spawned at line {})", t.spawned_at.line), &t.waiting_on));
            }
        }
        let pos = self.rt.main_waiting_on.as_ref().map(|w| w.1).unwrap_or(self.pos);
        Stop::Deadlock {
            msg: format!("deadlock: no task can make progress and no timer is pending; {}", parts.join("; ")),
            pos,
        }
    }
}
