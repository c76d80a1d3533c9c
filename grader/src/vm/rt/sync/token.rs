//! `tokio_util::sync::CancellationToken`: tokio-util's tree of nodes (`tree_node.rs`), modelled
//! step for step because the order in which `cancel` visits nodes is the order tasks wake.
//!
//! **Invariant:** a node leaves the tree when its last handle (token clone) is dropped, and its
//! children move to its parent, as in tokio-util 0.7.20; `cancel` marks the whole subtree
//! cancelled before it wakes anyone.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use super::notify::{Notified, NotifyRef, NotifyState};
use crate::trace::TraceObject;
use crate::vm::rt::future::future;
use crate::vm::rt::{Fut, Leaf, Object, Poll, RtObj};
use crate::vm::value::Value;
use crate::vm::{Vm, VmResult};

struct Inner {
    parent: Option<NodeRef>,
    parent_idx: usize,
    children: Vec<NodeRef>,
    cancelled: bool,
    handles: usize,
}

struct Node {
    inner: RefCell<Inner>,
    notify: NotifyRef,
}

type NodeRef = Rc<Node>;

fn new_node(vm: &mut Vm, parent: Option<NodeRef>, parent_idx: usize, cancelled: bool) -> NodeRef {
    let id = vm.rt.next_object_id();
    let notify = NotifyState::new(vm, TraceObject::CancellationToken(id));
    Rc::new(Node {
        inner: RefCell::new(Inner { parent, parent_idx, children: Vec::new(), cancelled, handles: 1 }),
        notify,
    })
}

fn notify_waiters(node: &Node) {
    node.notify.borrow_mut().notify_waiters();
}

/// tokio-util 0.7.20's `tree_node::cancel`: every descendant is marked cancelled first
/// (grandchildren are adopted by `node` and visited in turn), and only then are the waiters
/// woken, in the order the children vector ends up in, `node`'s own waiters last.
fn cancel(node: &NodeRef) {
    let mut n = node.inner.borrow_mut();
    if n.cancelled {
        return;
    }
    let mut idx = 0;
    while idx < n.children.len() {
        // Any unprocessed child of `children[idx..]`: the last one.
        let Some(child) = n.children.pop() else { break };
        let mut c = child.inner.borrow_mut();
        c.parent = None;
        c.parent_idx = 0;
        if c.cancelled {
            continue;
        }
        while let Some(grandchild) = c.children.pop() {
            let mut g = grandchild.inner.borrow_mut();
            g.parent = None;
            g.parent_idx = 0;
            if g.cancelled {
                continue;
            }
            g.parent = Some(node.clone());
            g.parent_idx = n.children.len();
            drop(g);
            n.children.push(grandchild);
        }
        c.cancelled = true;
        c.children = Vec::new();
        drop(c);
        // tokio-util's fast `children.insert(idx, child)`: push, then swap into place.
        n.children.push(child);
        let last = n.children.len() - 1;
        n.children.swap(idx, last);
        idx += 1;
    }
    n.cancelled = true;
    let to_notify = std::mem::take(&mut n.children);
    drop(n);
    for child in &to_notify {
        notify_waiters(child);
    }
    notify_waiters(node);
}

/// tokio-util's `decrease_handle_refcount`: the last handle leaves the tree.
fn release_handle(node: &NodeRef) {
    let left = {
        let mut n = node.inner.borrow_mut();
        n.handles -= 1;
        n.handles
    };
    if left > 0 {
        return;
    }
    let parent = node.inner.borrow_mut().parent.take();
    match parent {
        Some(parent) => {
            let mut p = parent.inner.borrow_mut();
            let mut n = node.inner.borrow_mut();
            for child in std::mem::take(&mut n.children) {
                {
                    let mut c = child.inner.borrow_mut();
                    c.parent = Some(parent.clone());
                    c.parent_idx = p.children.len();
                }
                p.children.push(child);
            }
            let pos = n.parent_idx;
            n.parent_idx = 0;
            drop(n);
            if p.children.len() == pos + 1 {
                p.children.pop();
            } else if pos < p.children.len() {
                if let Some(last) = p.children.pop() {
                    last.inner.borrow_mut().parent_idx = pos;
                    p.children[pos] = last;
                }
            }
        }
        None => {
            let mut n = node.inner.borrow_mut();
            for child in std::mem::take(&mut n.children) {
                let mut c = child.inner.borrow_mut();
                c.parent = None;
                c.parent_idx = 0;
            }
        }
    }
}

fn handle(node: NodeRef) -> Value {
    Value::Rt(Rc::new(RtObj::Dyn(Box::new(Token { node }))))
}

pub fn new_token(vm: &mut Vm) -> Value {
    handle(new_node(vm, None, 0, false))
}

/// A `CancellationToken` handle (one per Rust clone).
struct Token {
    node: NodeRef,
}

impl Drop for Token {
    fn drop(&mut self) {
        release_handle(&self.node);
    }
}

impl Object for Token {
    fn type_name(&self) -> &'static str {
        "CancellationToken"
    }

    fn debug(&self) -> String {
        format!("CancellationToken {{ is_cancelled: {} }}", self.node.inner.borrow().cancelled)
    }

    fn owns_resource(&self) -> bool {
        true
    }

    fn method(&self, vm: &mut Vm, method: &str, _hint: &str, args: &[Value]) -> VmResult<Option<Value>> {
        Ok(Some(match method {
            "run_until_cancelled" | "run_until_cancelled_owned" => {
                let Some(inner) = args.get(1).cloned() else {
                    return vm.unsupported(format!("`{method}` without a future")).map(Some);
                };
                // The future holds a handle (the `&self` borrow or the owned token).
                self.node.inner.borrow_mut().handles += 1;
                let token = Token { node: self.node.clone() };
                future(Fut::Leaf(Box::new(RunUntilCancelled { token, inner, cancelled: None })))
            }
            "clone" => {
                self.node.inner.borrow_mut().handles += 1;
                handle(self.node.clone())
            }
            "cancel" => {
                cancel(&self.node);
                vm.rt.flush_wakes();
                Value::Unit
            }
            "is_cancelled" => Value::Bool(self.node.inner.borrow().cancelled),
            "cancelled" | "cancelled_owned" => {
                let notified = Notified::new(&self.node.notify);
                future(Fut::Leaf(Box::new(Cancelled { node: self.node.clone(), notified })))
            }
            "child_token" => {
                let cancelled = self.node.inner.borrow().cancelled;
                let child = if cancelled {
                    new_node(vm, None, 0, true)
                } else {
                    let idx = self.node.inner.borrow().children.len();
                    let child = new_node(vm, Some(self.node.clone()), idx, false);
                    self.node.inner.borrow_mut().children.push(child.clone());
                    child
                };
                handle(child)
            }
            "drop_guard" => {
                self.node.inner.borrow_mut().handles += 1;
                Value::Rt(Rc::new(RtObj::Dyn(Box::new(DropGuard {
                    token: RefCell::new(Some(Token { node: self.node.clone() })),
                    armed: Cell::new(true),
                }))))
            }
            _ => return Ok(None),
        }))
    }
}

/// The future of `cancelled()`.
struct Cancelled {
    node: NodeRef,
    notified: Notified,
}

impl Leaf for Cancelled {
    fn poll(&mut self, vm: &mut Vm) -> VmResult<Poll<Value>> {
        loop {
            if self.node.inner.borrow().cancelled {
                return Ok(Poll::Ready(Value::Unit));
            }
            match self.notified.poll(vm)? {
                Poll::Pending => return Ok(Poll::Pending),
                Poll::Ready(_) => self.notified = Notified::new(&self.node.notify),
            }
        }
    }
}

/// `run_until_cancelled(fut)` (an `async fn`): `None` at once if the token is already cancelled
/// when first polled (the future is dropped unpolled); then each poll polls the future first
/// and the cancellation second, as tokio-util's `RunUntilCancelledFuture` (biased to completion).
struct RunUntilCancelled {
    token: Token,
    inner: Value,
    cancelled: Option<Cancelled>,
}

impl RunUntilCancelled {
    fn drop_inner(&mut self, vm: &mut Vm) {
        let inner = std::mem::take(&mut self.inner);
        if !matches!(inner, Value::Ref(_)) {
            crate::vm::rt::future::cancel(vm, &inner);
        }
    }
}

impl Leaf for RunUntilCancelled {
    fn poll(&mut self, vm: &mut Vm) -> VmResult<Poll<Value>> {
        if self.cancelled.is_none() {
            let node = self.token.node.clone();
            if node.inner.borrow().cancelled {
                self.drop_inner(vm);
                return Ok(Poll::Ready(Value::none()));
            }
            self.cancelled = Some(Cancelled { notified: Notified::new(&node.notify), node });
        }
        if let Poll::Ready(v) = crate::vm::rt::future::poll(vm, &self.inner)? {
            return Ok(Poll::Ready(Value::some(v)));
        }
        let fired = match self.cancelled.as_mut() {
            Some(c) => matches!(c.poll(vm)?, Poll::Ready(_)),
            None => false,
        };
        if fired {
            self.drop_inner(vm);
            return Ok(Poll::Ready(Value::none()));
        }
        Ok(Poll::Pending)
    }

    fn cancel(&mut self, vm: &mut Vm) {
        self.drop_inner(vm);
    }
}

/// `CancellationToken::drop_guard`: cancels the token when dropped, unless disarmed.
struct DropGuard {
    token: RefCell<Option<Token>>,
    armed: Cell<bool>,
}

impl Drop for DropGuard {
    fn drop(&mut self) {
        if let Some(t) = self.token.get_mut().take() {
            if self.armed.get() {
                cancel(&t.node);
            }
        }
    }
}

impl Object for DropGuard {
    fn type_name(&self) -> &'static str {
        "DropGuard"
    }

    fn debug_fields(&self) -> Option<Result<(&'static str, Vec<(&'static str, Value)>), String>> {
        Some(Err("`Debug` of a `DropGuard`".into()))
    }

    fn owns_resource(&self) -> bool {
        true
    }

    fn method(&self, _vm: &mut Vm, method: &str, _hint: &str, _args: &[Value]) -> VmResult<Option<Value>> {
        Ok(Some(match method {
            "disarm" => {
                self.armed.set(false);
                match self.token.borrow_mut().take() {
                    Some(t) => Value::Rt(Rc::new(RtObj::Dyn(Box::new(t)))),
                    None => Value::Unit,
                }
            }
            _ => return Ok(None),
        }))
    }
}
