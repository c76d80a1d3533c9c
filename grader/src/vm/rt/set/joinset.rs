//! `tokio::task::JoinSet`, as tokio 1.54 builds it on an `IdleNotifiedSet`:
//! each entry's `JoinHandle` has its own waker (a sub-waker here) that moves the
//! entry from the idle list to the notified list when its task ends and wakes the
//! waker of the last `join_next` poll; `join_next` takes the oldest notified entry.
//! So results come in completion order, and a dropped set aborts its tasks.

use std::cell::RefCell;
use std::collections::VecDeque;
use std::rc::{Rc, Weak};

use crate::trace::{TraceKind, TraceObject};
use crate::vm::rt::future::{future, join_error};
use crate::vm::rt::{Fut, Leaf, Object, Poll, RtObj, TaskEnd, TaskId, WakeList};
use crate::vm::value::Value;
use crate::vm::{Vm, VmResult};

/// One task of the set: its id and the sub-waker registered as its join waker.
#[derive(Clone, Copy)]
struct Entry {
    task: TaskId,
    waker: TaskId,
}

#[derive(Default)]
struct SetState {
    /// Entries whose task has not ended (or that were not yet noticed), oldest first.
    idle: Vec<Entry>,
    /// Entries whose task ended, in the order they ended.
    notified: VecDeque<Entry>,
    /// The waker of the last `join_next` poll (taken by the first notification).
    waker: Option<TaskId>,
}

impl SetState {
    fn len(&self) -> usize {
        self.idle.len() + self.notified.len()
    }
    /// Every entry in tokio's `for_each`/`drain` order: idle oldest first, then notified.
    fn all(&self) -> Vec<Entry> {
        self.idle.iter().chain(self.notified.iter()).copied().collect()
    }
}

pub struct JoinSet {
    st: Rc<RefCell<SetState>>,
    aborter: WakeList,
}

pub fn new(vm: &mut Vm) -> Value {
    let set = JoinSet { st: Rc::new(RefCell::new(SetState::default())), aborter: vm.rt.aborter() };
    Value::Rt(Rc::new(RtObj::Dyn(Box::new(set))))
}

/// `FromIterator<F> for JoinSet<T>` (`let set: JoinSet<_> = futs.collect();`): a new set that
/// spawns each future in order, as `JoinSet::spawn` does.
pub fn collect(vm: &mut Vm, futs: Vec<Value>) -> VmResult<Value> {
    let set = new(vm);
    if let Value::Rt(o) = &set {
        if let RtObj::Dyn(d) = &**o {
            for fut in futs {
                d.method(vm, "spawn", "", &[set.clone(), fut])?;
            }
        }
    }
    Ok(set)
}

impl Drop for JoinSet {
    fn drop(&mut self) {
        // tokio's `Drop for JoinSet` aborts every task (`drain(|jh| jh.abort())`).
        let entries = {
            let mut st = self.st.borrow_mut();
            let all = st.all();
            st.idle.clear();
            st.notified.clear();
            all
        };
        let mut aborts = self.aborter.borrow_mut();
        for e in entries {
            aborts.push(e.task);
        }
    }
}

/// Add a spawned task to the set: register its join waker (woken at once if it already ended).
fn insert(vm: &mut Vm, st: &Rc<RefCell<SetState>>, task: TaskId) {
    let weak: Weak<RefCell<SetState>> = Rc::downgrade(st);
    let me = Rc::new(std::cell::Cell::new(0));
    let me2 = me.clone();
    let waker = vm.rt.sub_waker(Rc::new(move || {
        let st = weak.upgrade()?;
        let mut st = st.borrow_mut();
        let pos = st.idle.iter().position(|e| e.waker == me2.get())?;
        let e = st.idle.remove(pos);
        st.notified.push_back(e);
        st.waker.take()
    }));
    me.set(waker);
    st.borrow_mut().idle.push(Entry { task, waker });
    let ended = match vm.rt.tasks.get_mut(&task) {
        Some(t) => {
            t.join_waiters.push(waker);
            t.end.is_some()
        }
        None => true,
    };
    if ended {
        vm.rt.wake(waker);
    }
}

/// Take the result of an ended task (`Ok(output)` or `Err(JoinError)`), with its id.
fn take_result(vm: &mut Vm, e: Entry) -> VmResult<Value> {
    vm.rt.drop_sub_waker(e.waker);
    let Some(t) = vm.rt.tasks.get_mut(&e.task) else { return vm.unsupported("a JoinSet entry of an unknown task") };
    t.join_waiters.retain(|w| *w != e.waker);
    // The output moves out of the task (a handle in it must die with its new owner).
    let end = match t.end.as_mut() {
        Some(TaskEnd::Output(v)) => TaskEnd::Output(std::mem::take(v)),
        Some(other) => other.clone(),
        None => return vm.unsupported("a JoinSet entry notified before its task ended"),
    };
    t.taken = true;
    let (now, cur, line) = (vm.clock_ns, vm.rt.current, vm.pos.line);
    let task = TraceObject::Task(e.task as u32);
    vm.rt.event_about(now, cur, TraceKind::Joined, Some(line), task, task.to_string());
    Ok(match end {
        TaskEnd::Output(v) => Value::ok(v),
        TaskEnd::Panicked(msg) => Value::err(join_error(e.task, Some(msg))),
        TaskEnd::Cancelled => Value::err(join_error(e.task, None)),
    })
}

/// `(Id, T)` for `join_next_with_id`.
fn with_id(task: TaskId, r: Value) -> Value {
    let is_ok = matches!(&r, Value::Obj(o) if o.borrow().variant == 0);
    let inner = match &r {
        Value::Obj(o) => o.borrow().fields.first().cloned().unwrap_or_default(),
        _ => Value::Unit,
    };
    if is_ok {
        Value::ok(Value::tuple(vec![task_id(task), inner]))
    } else {
        r
    }
}

/// A `tokio::task::Id`: displays as the number, debugs as `Id(n)`.
pub fn task_id(task: TaskId) -> Value {
    Value::Rt(Rc::new(RtObj::Dyn(Box::new(Id(task)))))
}

struct Id(TaskId);

impl Object for Id {
    fn type_name(&self) -> &'static str {
        "Id"
    }
    fn debug(&self) -> String {
        format!("Id({})", self.0)
    }
    fn display(&self) -> Option<String> {
        Some(self.0.to_string())
    }
    fn method(&self, _vm: &mut Vm, _method: &str, _hint: &str, _args: &[Value]) -> VmResult<Option<Value>> {
        Ok(None)
    }
    fn as_any(&self) -> Option<&dyn std::any::Any> {
        Some(self)
    }
}

/// The task a `tokio::task::Id` names (`==` and `Ord` compare these numbers).
pub fn id_of(o: &RtObj) -> Option<TaskId> {
    match o {
        RtObj::Dyn(d) => d.as_any()?.downcast_ref::<Id>().map(|i| i.0),
        _ => None,
    }
}

/// `poll_join_next`: `Ready(None)` when the set is empty, the oldest ended task's result, or pending.
fn poll_join_next(vm: &mut Vm, st: &Rc<RefCell<SetState>>, with_task_id: bool) -> VmResult<Poll<Value>> {
    let entry = {
        let mut s = st.borrow_mut();
        if s.len() == 0 {
            return Ok(Poll::Ready(Value::none()));
        }
        s.waker = Some(vm.rt.current);
        s.notified.pop_front()
    };
    match entry {
        Some(e) => {
            let r = take_result(vm, e)?;
            Ok(Poll::Ready(Value::some(if with_task_id { with_id(e.task, r) } else { r })))
        }
        None => {
            vm.suspend_on("`JoinSet::join_next()`".to_string());
            Ok(Poll::Pending)
        }
    }
}

enum Op {
    JoinNext {
        with_id: bool,
    },
    /// `join_all`: outputs in completion order.
    JoinAll {
        out: Vec<Value>,
    },
    /// `shutdown`: abort everything, then wait until the set is empty.
    Shutdown {
        aborted: bool,
    },
}

struct JoinNext {
    st: Rc<RefCell<SetState>>,
    op: Op,
}

impl Leaf for JoinNext {
    fn poll(&mut self, vm: &mut Vm) -> VmResult<Poll<Value>> {
        match &mut self.op {
            Op::JoinNext { with_id } => poll_join_next(vm, &self.st, *with_id),
            Op::JoinAll { out } => loop {
                match poll_join_next(vm, &self.st, false)? {
                    Poll::Pending => return Ok(Poll::Pending),
                    Poll::Ready(v) => {
                        let Value::Obj(o) = &v else { return vm.unsupported("JoinSet::join_all") };
                        if o.borrow().variant == 0 {
                            return Ok(Poll::Ready(Value::vec(std::mem::take(out))));
                        }
                        let r = o.borrow().fields.first().cloned().unwrap_or_default();
                        let Value::Obj(r) = &r else { return vm.unsupported("JoinSet::join_all") };
                        let (variant, inner) =
                            (r.borrow().variant, r.borrow().fields.first().cloned().unwrap_or_default());
                        if variant != 0 {
                            // tokio resumes the task's panic (no second message) or panics with the cancellation.
                            return vm.unsupported("`JoinSet::join_all` when a task panicked or was cancelled");
                        }
                        out.push(inner);
                    }
                }
            },
            Op::Shutdown { aborted } => {
                if !*aborted {
                    *aborted = true;
                    abort_all(vm, &self.st);
                }
                loop {
                    match poll_join_next(vm, &self.st, false)? {
                        Poll::Pending => return Ok(Poll::Pending),
                        Poll::Ready(v) => {
                            if matches!(&v, Value::Obj(o) if o.borrow().variant == 0) {
                                return Ok(Poll::Ready(Value::Unit));
                            }
                        }
                    }
                }
            }
        }
    }
}

fn abort_all(vm: &mut Vm, st: &Rc<RefCell<SetState>>) {
    let entries = st.borrow().all();
    for e in entries {
        vm.rt.abort(e.task);
    }
}

fn leaf(st: &Rc<RefCell<SetState>>, op: Op) -> Value {
    future(Fut::Leaf(Box::new(JoinNext { st: st.clone(), op })))
}

impl Object for JoinSet {
    fn type_name(&self) -> &'static str {
        "JoinSet"
    }
    fn debug(&self) -> String {
        format!("JoinSet {{ len: {} }}", self.st.borrow().len())
    }
    fn owns_resource(&self) -> bool {
        true
    }
    fn method(&self, vm: &mut Vm, method: &str, _hint: &str, args: &[Value]) -> VmResult<Option<Value>> {
        let st = &self.st;
        Ok(Some(match method {
            "spawn" => {
                let fut = args.get(1).cloned().unwrap_or_default();
                let id = vm.spawn_task(fut)?;
                insert(vm, st, id);
                Value::Rt(Rc::new(RtObj::AbortHandle(id)))
            }
            // The closure runs on a blocking thread: when it ends relative to the tasks is up to the OS.
            "spawn_blocking" => {
                return vm.unsupported(
                    "`JoinSet::spawn_blocking` (its task ends on another thread, at a time real tokio does not fix)",
                )
            }
            "len" => Value::usize(st.borrow().len()),
            "is_empty" => Value::Bool(st.borrow().len() == 0),
            "join_next" => leaf(st, Op::JoinNext { with_id: false }),
            "join_next_with_id" => leaf(st, Op::JoinNext { with_id: true }),
            "join_all" => leaf(st, Op::JoinAll { out: Vec::new() }),
            "shutdown" => leaf(st, Op::Shutdown { aborted: false }),
            "try_join_next" | "try_join_next_with_id" => {
                let e = st.borrow_mut().notified.pop_front();
                match e {
                    None => Value::none(),
                    Some(e) => {
                        let r = take_result(vm, e)?;
                        Value::some(if method == "try_join_next_with_id" { with_id(e.task, r) } else { r })
                    }
                }
            }
            "abort_all" => {
                abort_all(vm, st);
                Value::Unit
            }
            "detach_all" => {
                let entries = {
                    let mut s = st.borrow_mut();
                    let all = s.all();
                    s.idle.clear();
                    s.notified.clear();
                    all
                };
                for e in entries {
                    vm.rt.drop_sub_waker(e.waker);
                    if let Some(t) = vm.rt.tasks.get_mut(&e.task) {
                        t.join_waiters.retain(|w| *w != e.waker);
                    }
                }
                Value::Unit
            }
            "spawn_local"
            | "spawn_on"
            | "spawn_local_on"
            | "spawn_blocking_on"
            | "build_task"
            | "poll_join_next"
            | "poll_join_next_with_id" => {
                return vm.unsupported(format!("`JoinSet::{method}`"));
            }
            _ => return Ok(None),
        }))
    }
}
