//! `FuturesUnordered` and `FuturesOrdered` as futures-util 0.3.34 builds them
//! (pinned exactly by the oracle's `DEPENDENCIES`).
//!
//! Each child has its own waker (a runtime sub-waker): waking it sets the
//! child's `woken` flag and, when the child is not queued yet, appends it to
//! the ready-to-run queue (FIFO) and wakes the waker of the last `poll_next`
//! (an `AtomicWaker`: taken by the first wake).
//! `push` queues the new child without waking anyone.
//! `poll_next` registers the parent waker, then dequeues and polls children
//! in queue order until one is ready (its output is returned at once); after
//! a pending poll it yields (wakes its own waker, returns `Pending`) when two
//! children woke themselves while polled or when it polled as many children
//! as the set held at the start of the call.
//! The all-futures list is a stack: a child is relinked at its head after
//! each pending poll, and dropping the set drops children from the head.
//! `FuturesOrdered` numbers its children and holds back outputs until every
//! earlier one came out (`buffered` uses it).

use std::cell::RefCell;
use std::collections::VecDeque;
use std::rc::{Rc, Weak};

use crate::vec_map::{IdMap, VecMap};
use crate::vm::rt::{Poll, TaskId};
use crate::vm::value::Value;
use crate::vm::{Vm, VmResult};

#[derive(Default)]
struct Shared {
    ready: VecDeque<u64>,
    /// Per child, by id - 1 (ids count from 1 and a child's flags stay after it ends): whether it
    /// is in `ready` (futures-util's `queued` flag), and whether it woke since it was last polled.
    queued: Vec<bool>,
    woken: Vec<bool>,
    /// The waker registered by the last `poll_next`.
    parent: Option<TaskId>,
}

struct Child {
    fut: Value,
    waker: TaskId,
}

pub struct Unordered {
    shared: Rc<RefCell<Shared>>,
    children: IdMap<Child>,
    /// futures-util's all-futures list; the head (most recently linked) is last.
    all: Vec<u64>,
    next_id: u64,
    /// `FusedStream::is_terminated`: `poll_next` gave `None` and nothing was pushed since.
    pub terminated: bool,
}

impl Default for Unordered {
    fn default() -> Self {
        Unordered {
            shared: Rc::new(RefCell::new(Shared::default())),
            children: IdMap::new(),
            all: Vec::new(),
            next_id: 0,
            terminated: false,
        }
    }
}

impl Drop for Unordered {
    fn drop(&mut self) {
        // `Drop for FuturesUnordered`: release from the head of the all-futures list.
        for k in std::mem::take(&mut self.all).into_iter().rev() {
            drop(self.children.remove(k));
        }
    }
}

impl Unordered {
    pub fn len(&self) -> usize {
        self.children.len()
    }

    pub fn is_empty(&self) -> bool {
        self.children.is_empty()
    }

    /// Add a future; it is polled at the next `poll_next`. Returns the child's id.
    pub fn push(&mut self, vm: &mut Vm, fut: Value) -> u64 {
        self.next_id += 1;
        self.terminated = false;
        let k = self.next_id;
        let weak: Weak<RefCell<Shared>> = Rc::downgrade(&self.shared);
        let waker = vm.rt.sub_waker(Rc::new(move || {
            let s = weak.upgrade()?;
            let mut s = s.borrow_mut();
            let i = (k - 1) as usize;
            s.woken[i] = true;
            if !std::mem::replace(&mut s.queued[i], true) {
                s.ready.push_back(k);
                s.parent.take()
            } else {
                None
            }
        }));
        self.children.insert(k, Child { fut, waker });
        self.all.push(k);
        let mut s = self.shared.borrow_mut();
        s.queued.push(true);
        s.woken.push(false);
        s.ready.push_back(k);
        k
    }

    fn release(&mut self, vm: &mut Vm, k: u64) {
        self.all.retain(|x| *x != k);
        if let Some(c) = self.children.remove(k) {
            vm.rt.drop_sub_waker(c.waker);
        }
    }

    /// `FuturesUnordered::poll_next`: the id and output of the first child that is ready.
    pub fn poll_next(&mut self, vm: &mut Vm) -> VmResult<Poll<Option<(u64, Value)>>> {
        let len = self.children.len();
        let mut polled = 0;
        let mut yielded = 0;
        let me = vm.rt.current;
        self.shared.borrow_mut().parent = Some(me);
        loop {
            let next = self.shared.borrow_mut().ready.pop_front();
            let Some(k) = next else {
                if self.children.is_empty() {
                    self.terminated = true;
                    return Ok(Poll::Ready(None));
                }
                return Ok(Poll::Pending);
            };
            let Some((fut, waker)) = self.children.get(k).map(|c| (c.fut.clone(), c.waker)) else { continue };
            self.all.retain(|x| *x != k);
            {
                let mut s = self.shared.borrow_mut();
                s.queued[(k - 1) as usize] = false;
                s.woken[(k - 1) as usize] = false;
            }
            let r = match vm.poll_as(waker, &fut) {
                Ok(r) => r,
                Err(e) => {
                    self.release(vm, k);
                    return Err(e);
                }
            };
            polled += 1;
            match r {
                Poll::Pending => {
                    if self.shared.borrow().woken[(k - 1) as usize] {
                        yielded += 1;
                    }
                    self.all.push(k);
                    if yielded >= 2 || polled == len {
                        vm.rt.wake(me);
                        return Ok(Poll::Pending);
                    }
                }
                Poll::Ready(v) => {
                    self.release(vm, k);
                    return Ok(Poll::Ready(Some((k, v))));
                }
            }
        }
    }

    /// The children's futures, from the head of the all-futures list (`iter()`'s order).
    pub fn futures(&self) -> Vec<Value> {
        self.all.iter().rev().filter_map(|k| self.children.get(*k).map(|c| c.fut.clone())).collect()
    }
}

/// `FuturesOrdered`: a `FuturesUnordered` of numbered children and the outputs held back.
#[derive(Default)]
pub struct Ordered {
    fu: Unordered,
    /// Each child's place in the sequence, by child id.
    index: IdMap<i64>,
    /// Outputs that came before their turn, by place (at most as many as were pushed).
    held: VecMap<i64, Value>,
    next_in: i64,
    next_out: i64,
}

impl Ordered {
    pub fn len(&self) -> usize {
        self.fu.len() + self.held.len()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    pub fn push_back(&mut self, vm: &mut Vm, fut: Value) {
        let k = self.fu.push(vm, fut);
        self.index.insert(k, self.next_in);
        self.next_in += 1;
    }

    pub fn push_front(&mut self, vm: &mut Vm, fut: Value) {
        self.next_out -= 1;
        let k = self.fu.push(vm, fut);
        self.index.insert(k, self.next_out);
    }

    pub fn poll_next(&mut self, vm: &mut Vm) -> VmResult<Poll<Option<Value>>> {
        if self.held.first_key() == Some(&self.next_out) {
            self.next_out += 1;
            return Ok(Poll::Ready(self.held.remove(&(self.next_out - 1))));
        }
        loop {
            match self.fu.poll_next(vm)? {
                Poll::Pending => return Ok(Poll::Pending),
                Poll::Ready(None) => return Ok(Poll::Ready(None)),
                Poll::Ready(Some((k, v))) => {
                    let i = self.index.remove(k).unwrap_or(i64::MIN);
                    if i == self.next_out {
                        self.next_out += 1;
                        return Ok(Poll::Ready(Some(v)));
                    }
                    self.held.insert(i, v);
                }
            }
        }
    }
}
