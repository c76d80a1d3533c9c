//! tokio's batch semaphore (`tokio::sync::batch_semaphore`), under `Mutex`, `RwLock` and `Semaphore`.
//!
//! **Invariant:** permits released while tasks wait go to the oldest waiter first, even
//! when they do not cover its whole request; only what no waiter needs goes back to the
//! counter. So the counter is 0 while someone waits, and a new acquire queues behind.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use super::poll_proceed;
use crate::trace::{TraceKind, TraceObject};
use crate::vm::rt::chan::{Wait, WaitQueue};
use crate::vm::rt::{DropEvents, Poll};
use crate::vm::value::Value;
use crate::vm::{Vm, VmResult};

/// tokio's `Semaphore::MAX_PERMITS`.
pub const MAX_PERMITS: usize = usize::MAX >> 3;

pub struct Sem {
    /// The trace name: `mutex#3`, `rwlock#4`, `semaphore#5`.
    pub name: TraceObject,
    pub permits: usize,
    pub closed: bool,
    /// Queued acquires, each with the permits it still needs.
    queue: WaitQueue<Cell<usize>>,
    events: DropEvents,
}

pub type SemRef = Rc<RefCell<Sem>>;

impl Sem {
    /// A semaphore named `kind(id)` in the trace (`TraceObject::Mutex` for a `Mutex`'s).
    pub fn new(vm: &mut Vm, kind: fn(u64) -> TraceObject, permits: usize) -> SemRef {
        let id = vm.rt.next_object_id();
        Rc::new(RefCell::new(Sem {
            name: kind(id),
            permits,
            closed: false,
            queue: WaitQueue::new(vm),
            events: vm.rt.drop_events.clone(),
        }))
    }

    /// tokio's `add_permits_locked`: serve waiters in order, the rest goes to the counter.
    pub fn release(&mut self, mut n: usize) {
        while n > 0 {
            let Some(front) = self.queue.front() else { break };
            let take = n.min(front.data.get());
            front.data.set(front.data.get() - take);
            n -= take;
            if front.data.get() > 0 {
                break;
            }
            self.queue.wake_one();
        }
        self.permits = self.permits.saturating_add(n);
    }

    /// `try_acquire`: `Err(true)` when closed, `Err(false)` when there are not enough permits.
    pub fn try_acquire(&mut self, n: usize) -> Result<(), bool> {
        if self.closed {
            return Err(true);
        }
        if self.permits < n {
            return Err(false);
        }
        self.permits -= n;
        Ok(())
    }

    /// `close`: every waiter wakes (oldest first) and gets an error.
    pub fn close(&mut self) {
        self.closed = true;
        self.queue.wake_all();
    }

    /// A guard or permit of `n` permits was dropped.
    pub fn release_by_drop(sem: &SemRef, n: usize) {
        let mut s = sem.borrow_mut();
        s.release(n);
        let name = s.name;
        s.events.borrow_mut().push((TraceKind::LockReleased, Some(name), name.to_string()));
    }
}

/// What an acquire hands out once it has its permits.
pub trait Grant {
    fn grant(&self, vm: &mut Vm, sem: &SemRef, n: usize) -> Value;
    /// The value of a failed acquire (the semaphore was closed).
    fn closed(&self) -> Value {
        Value::Unit
    }
    /// What the waiting task waits on, for traces and deadlock reports.
    fn what(&self) -> String;
}

/// The future of `lock()`, `read()`, `write()`, `acquire()`...: tokio's `Acquire`.
pub struct Acquire {
    pub sem: SemRef,
    pub needed: usize,
    /// Its place in the semaphore's queue (with the permits it still needs).
    wait: Wait<Cell<usize>>,
    pub grant: Box<dyn Grant>,
}

impl Acquire {
    pub fn new(sem: SemRef, needed: usize, grant: Box<dyn Grant>) -> Acquire {
        Acquire { sem, needed, wait: Wait::default(), grant }
    }
}

impl crate::vm::rt::Leaf for Acquire {
    fn poll(&mut self, vm: &mut Vm) -> VmResult<Poll<Value>> {
        if !poll_proceed(vm) {
            return Ok(Poll::Pending);
        }
        let cur = vm.rt.current;
        let mut s = self.sem.borrow_mut();
        if s.closed {
            drop(s);
            self.leave_queue(false);
            return Ok(Poll::Ready(self.grant.closed()));
        }
        let name = s.name;
        let ready = match self.wait.data().map(|r| r.get()) {
            None if s.permits >= self.needed => {
                s.permits -= self.needed;
                drop(s);
                true
            }
            None => {
                let got = s.permits;
                s.permits = 0;
                let queue = s.queue.clone();
                drop(s);
                queue.wait(&mut self.wait, vm, self.grant.what(), name);
                if let Some(remaining) = self.wait.data() {
                    remaining.set(self.needed - got);
                }
                let (now, line) = (vm.clock_ns, vm.pos.line);
                let detail = format!("{name} (future {})", vm.fiber.id);
                vm.rt.event_about(now, cur, TraceKind::LockWaiting, Some(line), name, detail);
                false
            }
            // Woken (every permit assigned), or still waiting: a re-poll keeps its place.
            Some(0) => {
                drop(s);
                true
            }
            Some(_) => {
                let queue = s.queue.clone();
                drop(s);
                queue.wait(&mut self.wait, vm, self.grant.what(), name);
                false
            }
        };
        if ready {
            self.wait = Wait::default();
            let (now, line) = (vm.clock_ns, vm.pos.line);
            let detail = format!("{name} (future {})", vm.fiber.id);
            vm.rt.event_about(now, cur, TraceKind::LockAcquired, Some(line), name, detail);
            let sem = self.sem.clone();
            return Ok(Poll::Ready(self.grant.grant(vm, &sem, self.needed)));
        }
        // Pending: the budget unit is given back.
        vm.rt.budget += 1;
        Ok(Poll::Pending)
    }
}

impl Acquire {
    /// Leave the queue; with `give_back`, return the permits already assigned (tokio's `Drop for Acquire`).
    fn leave_queue(&mut self, give_back: bool) {
        let Some(remaining) = self.wait.data().map(|r| r.get()) else { return };
        self.wait = Wait::default();
        let Ok(mut s) = self.sem.try_borrow_mut() else { return };
        let acquired = self.needed - remaining;
        if give_back && acquired > 0 {
            s.release(acquired);
        }
    }
}

impl Drop for Acquire {
    fn drop(&mut self) {
        self.leave_queue(true);
    }
}
