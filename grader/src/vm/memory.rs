//! The memory account: an approximate, deterministic count of the bytes a program's values
//! take in the grader, so a runaway program stops with [`Stop::Limit`](super::Stop) at
//! `Options::max_memory_bytes` (256 MB) before the host runs out (natively, or in WASM).
//!
//! The model counts the grader's own representation, the same on every host:
//! - a `Vec`, `VecDeque` or channel buffer counts 32 bytes ([`VALUE_BYTES`]) per element of
//!   its capacity (a `Vec<u8>` of 1 MiB is 32 MB here), a `String` one byte per byte of its
//!   capacity, a map or set 64 bytes per entry; a buffer is counted alone (its elements'
//!   own buffers are counted as buffers of their own);
//! - only buffers of at least [`SMALL`] bytes are entered in the account (when they are made,
//!   or when a push makes them that large); smaller ones are not counted;
//! - each task in the runtime counts [`TASK_BYTES`], the printed output its length;
//! - a buffer that reallocates to grow asks for its whole new size, since the old buffer
//!   lives until the new one is filled.
//!
//! The count is kept in two parts: *charges* made before the host allocates (a `vec![x; n]`,
//! a push that reallocates, a clone, a format, a send...), which only add, and a *measure*, which walks the
//! buffers entered in the account (watched through `Weak`s: a dropped buffer leaves it) and
//! sums their sizes now. When the charges pass the limit, the account is measured again; the
//! run stops if the measure plus the allocation about to happen is still over the limit, or
//! within 1/16 of it (so a program living just under the limit does not measure at every push).
//! So a program that allocates and frees in a loop never stops, and one that keeps what it
//! allocates stops at the allocation that went over, with its line.

use std::cell::RefCell;
use std::collections::VecDeque;
use std::rc::{Rc, Weak};

use super::value::{Map, Set, Value};

/// Bytes counted for one element of a `Vec`, a `VecDeque` or a channel buffer.
pub const VALUE_BYTES: usize = 32;
/// Bytes counted for one entry of a map or a set.
pub const ENTRY_BYTES: usize = 64;
/// Bytes counted for each task of the runtime (its record and the stack of its future).
pub const TASK_BYTES: usize = 1024;
/// Buffers smaller than this are not entered in the account.
pub const SMALL: usize = 1024;

/// A buffer whose size the account can measure.
pub trait Measure {
    /// Its size in the account's bytes (0 while it is borrowed mutably).
    fn bytes(&self) -> usize;
}

impl Measure for RefCell<Vec<Value>> {
    fn bytes(&self) -> usize {
        self.try_borrow().map_or(0, |v| v.capacity() * VALUE_BYTES)
    }
}

impl Measure for RefCell<VecDeque<Value>> {
    fn bytes(&self) -> usize {
        self.try_borrow().map_or(0, |v| v.capacity() * VALUE_BYTES)
    }
}

impl Measure for RefCell<String> {
    fn bytes(&self) -> usize {
        self.try_borrow().map_or(0, |s| s.capacity())
    }
}

impl Measure for RefCell<Map> {
    fn bytes(&self) -> usize {
        self.try_borrow().map_or(0, |m| m.entries.len() * ENTRY_BYTES)
    }
}

impl Measure for RefCell<Set> {
    fn bytes(&self) -> usize {
        self.try_borrow().map_or(0, |s| s.items.len() * ENTRY_BYTES)
    }
}

#[derive(Default)]
struct Account {
    /// The buffers entered in the account (one buffer may be entered more than once).
    held: Vec<Weak<dyn Measure>>,
    /// The last measure plus the charges since.
    charged: usize,
}

thread_local! {
    static ACCOUNT: RefCell<Account> = RefCell::new(Account::default());
}

/// A new run starts with an empty account.
pub fn reset() {
    ACCOUNT.with(|a| *a.borrow_mut() = Account::default());
}

/// Adds `bytes` to the charges (no check: [`super::Vm::alloc`] checks).
pub fn charge(bytes: usize) {
    ACCOUNT.with(|a| {
        let mut a = a.borrow_mut();
        a.charged = a.charged.saturating_add(bytes);
    });
}

/// The last measure plus the charges since.
pub fn charged() -> usize {
    ACCOUNT.with(|a| a.borrow().charged)
}

/// Enters a buffer in the account (a buffer entered twice is counted once).
pub fn hold<T: Measure + 'static>(buf: &Rc<T>) {
    let weak: Weak<dyn Measure> = Rc::downgrade(buf) as Weak<dyn Measure>;
    ACCOUNT.with(|a| a.borrow_mut().held.push(weak));
}

/// A buffer was just made with `bytes`: charge and enter it when it is not small.
pub fn made<T: Measure + 'static>(buf: &Rc<T>, bytes: usize) {
    if bytes >= SMALL {
        charge(bytes);
        hold(buf);
    }
}

/// Enters the buffer of a `Vec`, `VecDeque`, `String`, map or set value in the account.
pub fn hold_value(v: &Value) {
    match v {
        Value::Vec(b) => hold(b),
        Value::Deque(b) => hold(b),
        Value::String(b) => hold(b),
        Value::Map(b) => hold(b),
        Value::Set(b) => hold(b),
        _ => {}
    }
}

/// Measures the buffers in the account now (dropping the dead ones) and makes the measure
/// plus `other` (what the account does not hold: tasks, output) the new charged total.
pub fn measure(other: usize) -> usize {
    ACCOUNT.with(|a| {
        let mut a = a.borrow_mut();
        a.held.retain(|w| w.strong_count() > 0);
        a.held.sort_by_key(|w| w.as_ptr() as *const () as usize);
        a.held.dedup_by_key(|w| w.as_ptr() as *const () as usize);
        let total = a.held.iter().filter_map(Weak::upgrade).fold(other, |sum, b| sum.saturating_add(b.bytes()));
        a.charged = total;
        total
    })
}

/// The size of a value's own buffers in the account, counting into nested values (what a
/// `clone` of it allocates); stops counting at `limit`.
pub fn deep_bytes(v: &Value, limit: usize) -> usize {
    let mut total = 0usize;
    let mut stack = vec![v.clone()];
    while let Some(v) = stack.pop() {
        if total > limit {
            break;
        }
        match &v {
            Value::String(s) => total += s.try_borrow().map_or(0, |s| s.len()),
            Value::Vec(items) => {
                if let Ok(items) = items.try_borrow() {
                    total += items.len() * VALUE_BYTES;
                    stack.extend(items.iter().filter(|x| nests(x)).cloned());
                }
            }
            Value::Deque(items) => {
                if let Ok(items) = items.try_borrow() {
                    total += items.len() * VALUE_BYTES;
                    stack.extend(items.iter().filter(|x| nests(x)).cloned());
                }
            }
            Value::Obj(o) => {
                if let Ok(o) = o.try_borrow() {
                    stack.extend(o.fields.iter().filter(|x| nests(x)).cloned());
                }
            }
            Value::Map(m) => {
                if let Ok(m) = m.try_borrow() {
                    total += m.entries.len() * ENTRY_BYTES;
                    stack.extend(m.entries.values().filter(|x| nests(x)).cloned());
                }
            }
            Value::Set(s) => total += s.try_borrow().map_or(0, |s| s.items.len() * ENTRY_BYTES),
            Value::Cell(c) | Value::Interior(c, _) => {
                if let Ok(x) = c.try_borrow() {
                    stack.push(x.clone());
                }
            }
            _ => {}
        }
    }
    total
}

fn nests(v: &Value) -> bool {
    matches!(
        v,
        Value::String(_)
            | Value::Vec(_)
            | Value::Deque(_)
            | Value::Obj(_)
            | Value::Map(_)
            | Value::Set(_)
            | Value::Cell(_)
            | Value::Interior(..)
    )
}
