//! tokio's batch semaphore (`tokio::sync::batch_semaphore`), under `Mutex`, `RwLock` and `Semaphore`.
//!
//! **Invariant:** permits released while tasks wait go to the oldest waiter first, even
//! when they do not cover its whole request; only what no waiter needs goes back to the
//! counter. So the counter is 0 while someone waits, and a new acquire queues behind.

use std::cell::RefCell;
use std::collections::VecDeque;
use std::rc::Rc;

use super::poll_proceed;
use crate::vm::rt::{Poll, TaskId, WakeList};
use crate::vm::value::Value;
use crate::vm::{Vm, VmResult};

/// tokio's `Semaphore::MAX_PERMITS`.
pub const MAX_PERMITS: usize = usize::MAX >> 3;

pub struct Sem {
    /// The trace name: `mutex#3`, `rwlock#4`, `semaphore#5`.
    pub name: String,
    pub permits: usize,
    pub closed: bool,
    queue: VecDeque<Rc<RefCell<Waiter>>>,
    wakes: WakeList,
    events: Rc<RefCell<Vec<(&'static str, String)>>>,
}

/// A queued acquire: its task and the permits it still needs.
pub struct Waiter {
    task: TaskId,
    remaining: usize,
}

pub type SemRef = Rc<RefCell<Sem>>;

impl Sem {
    pub fn new(vm: &mut Vm, kind: &str, permits: usize) -> SemRef {
        let id = vm.rt.next_object_id();
        Rc::new(RefCell::new(Sem { name: format!("{kind}#{id}"), permits, closed: false, queue: VecDeque::new(), wakes: vm.rt.waker(), events: vm.rt.drop_events.clone() }))
    }

    /// tokio's `add_permits_locked`: serve waiters in order, the rest goes to the counter.
    pub fn release(&mut self, mut n: usize) {
        while n > 0 {
            let Some(front) = self.queue.front().cloned() else { break };
            let mut w = front.borrow_mut();
            let take = n.min(w.remaining);
            w.remaining -= take;
            n -= take;
            if w.remaining > 0 {
                break;
            }
            self.wakes.borrow_mut().push(w.task);
            drop(w);
            self.queue.pop_front();
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
        while let Some(w) = self.queue.pop_front() {
            self.wakes.borrow_mut().push(w.borrow().task);
        }
    }

    /// A guard or permit of `n` permits was dropped.
    pub fn release_by_drop(sem: &SemRef, n: usize) {
        let mut s = sem.borrow_mut();
        s.release(n);
        let name = s.name.clone();
        s.events.borrow_mut().push(("lock_released", name));
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
    /// Queued: the waiter node shared with the semaphore's queue.
    node: Option<Rc<RefCell<Waiter>>>,
    pub grant: Box<dyn Grant>,
}

impl Acquire {
    pub fn new(sem: SemRef, needed: usize, grant: Box<dyn Grant>) -> Acquire {
        Acquire { sem, needed, node: None, grant }
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
        let ready = match &self.node {
            None => {
                if s.permits >= self.needed {
                    s.permits -= self.needed;
                    true
                } else {
                    let got = s.permits;
                    s.permits = 0;
                    let node = Rc::new(RefCell::new(Waiter { task: cur, remaining: self.needed - got }));
                    s.queue.push_back(node.clone());
                    self.node = Some(node);
                    let name = s.name.clone();
                    let (now, line) = (vm.clock_ns, vm.pos.line);
                    let name = format!("{name} (future {})", vm.fiber.id);
                    vm.rt.event(now, cur, "lock_waiting", Some(line), name);
                    false
                }
            }
            Some(node) => {
                let mut w = node.borrow_mut();
                w.task = cur;
                w.remaining == 0
            }
        };
        let name = s.name.clone();
        drop(s);
        if ready {
            self.node = None;
            let (now, line) = (vm.clock_ns, vm.pos.line);
            let name = format!("{name} (future {})", vm.fiber.id);
            vm.rt.event(now, cur, "lock_acquired", Some(line), name);
            let sem = self.sem.clone();
            return Ok(Poll::Ready(self.grant.grant(vm, &sem, self.needed)));
        }
        // Pending: the budget unit is given back.
        vm.rt.budget += 1;
        vm.suspend_on(self.grant.what());
        Ok(Poll::Pending)
    }
}

impl Acquire {
    /// Leave the queue; with `give_back`, return the permits already assigned (tokio's `Drop for Acquire`).
    fn leave_queue(&mut self, give_back: bool) {
        let Some(node) = self.node.take() else { return };
        let Ok(mut s) = self.sem.try_borrow_mut() else { return };
        s.queue.retain(|w| !Rc::ptr_eq(w, &node));
        let acquired = self.needed - node.borrow().remaining;
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
