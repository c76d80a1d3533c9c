//! `tokio::select!`'s polling half: the `Select` future the lowering awaits
//! (see `lower/select.rs`), as tokio 1.54's macro expansion does it.
//!
//! Each poll starts at branch 0 (`biased;`) or at a start index derived from
//! `Options::select_seed` (tokio picks a random one per poll), polls the
//! enabled branches in turn, and returns `(index, output)` for the first that
//! is ready; the branch is disabled from then on. The lowering tests the
//! branch's pattern in the enclosing function: on a mismatch it awaits the
//! `Select` again, which continues the same round where it stopped (tokio's
//! `continue` inside its loop), so no branch is polled twice in one round.
//! When every branch is disabled the output is `(n, ())`: the `else` branch.
//! The handle stays alive across the dispatch; `tokio::select!drop` cancels
//! the losers (never a future given by reference) before the handler runs.

use std::cell::RefCell;
use std::rc::Rc;

use super::{Object, Poll, RtObj};
use crate::vm::value::Value;
use crate::vm::{Vm, VmResult};

/// Where a round of polling stopped when it returned a branch's output.
#[derive(Clone, Copy)]
struct Cursor {
    start: usize,
    next: usize,
    pending: bool,
}

struct State {
    futs: Vec<Value>,
    /// Given as `&mut fut` / `fut.as_mut()`: polled, never dropped by the select.
    by_ref: Vec<bool>,
    disabled: Vec<bool>,
    biased: bool,
    cursor: Option<Cursor>,
    dropped: bool,
}

pub struct Select(RefCell<State>);

/// The start branch of a non-biased poll: a splitmix64 step of the seed and
/// the number of non-biased select polls so far, modulo the branch count.
pub fn start_index(seed: u64, counter: u64, n: usize) -> usize {
    let mut z = seed.wrapping_add(counter.wrapping_add(1).wrapping_mul(0x9E37_79B9_7F4A_7C15));
    z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    z ^= z >> 31;
    (z % n.max(1) as u64) as usize
}

/// `tokio::select!` args: `[biased, by_ref bits, enabled_0.., fut_0..]`.
pub fn new(vm: &mut Vm, args: &[Value]) -> VmResult<Value> {
    if args.len() < 2 || !(args.len() - 2).is_multiple_of(2) {
        return vm.unsupported("this `select!` form");
    }
    let n = (args.len() - 2) / 2;
    if n > 64 {
        return vm.unsupported("`select!` with more than 64 branches");
    }
    let biased = args[0].as_bool().unwrap_or(true);
    let bits = args[1].as_int().unwrap_or(0) as u64;
    let disabled = (0..n).map(|i| !args[2 + i].as_bool().unwrap_or(true)).collect();
    let futs = args[2 + n..].to_vec();
    let by_ref = (0..n).map(|i| bits & (1 << i) != 0).collect();
    let st = State { futs, by_ref, disabled, biased, cursor: None, dropped: false };
    Ok(Value::Rt(Rc::new(RtObj::Dyn(Box::new(Select(RefCell::new(st)))))))
}

impl Select {
    fn poll_select(&self, vm: &mut Vm) -> VmResult<Poll<Value>> {
        let (n, biased, cursor) = {
            let st = self.0.borrow();
            if st.dropped {
                return vm.panic("`async fn` resumed after completion");
            }
            (st.futs.len(), st.biased, st.cursor)
        };
        let cursor = match cursor {
            Some(c) => c,
            None => {
                // tokio's `poll_budget_available`: an exhausted task yields first.
                if vm.rt.budget == 0 {
                    let cur = vm.rt.current;
                    vm.rt.wake(cur);
                    vm.suspend_on("`select!` (task budget used up)".into());
                    return Ok(Poll::Pending);
                }
                let start = if biased || n <= 1 {
                    0
                } else {
                    vm.select_polls += 1;
                    start_index(vm.select_seed, vm.select_polls, n)
                };
                Cursor { start, next: 0, pending: false }
            }
        };
        self.0.borrow_mut().cursor = None;
        let Cursor { start, mut next, mut pending } = cursor;
        while next < n {
            let i = (start + next) % n;
            next += 1;
            let fut = {
                let st = self.0.borrow();
                if st.disabled[i] {
                    continue;
                }
                st.futs[i].clone()
            };
            if let Value::Future(c) = fut.deref() {
                if matches!(*c.borrow(), super::Fut::Done) {
                    // A finished `async fn`/block is `Finished` (its poll panics where rustc's does); this is a leaf future.
                    return vm.unsupported("polling a finished future of this kind again");
                }
            }
            match super::poll(vm, &fut)? {
                Poll::Ready(v) => {
                    let mut st = self.0.borrow_mut();
                    st.disabled[i] = true;
                    st.cursor = Some(Cursor { start, next, pending });
                    return Ok(Poll::Ready(Value::tuple(vec![Value::Int(i as i128, crate::ir::IntTy::Usize), v])));
                }
                Poll::Pending => pending = true,
            }
        }
        if pending {
            Ok(Poll::Pending)
        } else {
            Ok(Poll::Ready(Value::tuple(vec![Value::Int(n as i128, crate::ir::IntTy::Usize), Value::Unit])))
        }
    }
}

impl Object for Select {
    fn type_name(&self) -> &'static str {
        "Select"
    }

    /// `select!drop` (emitted by the lowering, never written by a learner): the select is over;
    /// drop the futures it owns (the losers; the winner is done already).
    fn method(&self, vm: &mut Vm, method: &str, _hint: &str, _args: &[Value]) -> VmResult<Option<Value>> {
        if method != "select!drop" {
            return Ok(None);
        }
        let owned: Vec<Value> = {
            let mut st = self.0.borrow_mut();
            st.dropped = true;
            let futs = std::mem::take(&mut st.futs);
            futs.into_iter()
                .zip(st.by_ref.iter())
                .filter(|(f, r)| !**r && !matches!(f, Value::Ref(_)))
                .map(|(f, _)| f)
                .collect()
        };
        for f in &owned {
            super::future::cancel(vm, f);
        }
        Ok(Some(Value::Unit))
    }

    fn poll(&self, vm: &mut Vm) -> Option<VmResult<Poll<Value>>> {
        Some(self.poll_select(vm))
    }
}
