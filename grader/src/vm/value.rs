//! Run-time values.
//!
//! Aggregates (structs, tuples, enum variants, Vec, String, maps) are shared
//! `Rc<RefCell<..>>` objects: rustc's borrow checker guarantees a correct
//! program never observes the aliasing, so a move is an `Rc` clone.
//! Copy aggregates are copied when a place is read (`copy_read`), and
//! `.clone()` deep-copies (`deep_clone`), stopping at `Rc`/`Arc` (`Shared`).

use std::cell::RefCell;
use std::cmp::Ordering;
use std::collections::{BTreeMap, VecDeque};
use std::rc::Rc;

use crate::ir::{FloatTy, FnId, IntTy, Program, RangeKind, TypeId, TypeKind, TUPLE};

pub type Shared<T> = Rc<RefCell<T>>;

pub fn shared<T>(value: T) -> Shared<T> {
    Rc::new(RefCell::new(value))
}

#[derive(Clone, Debug, Default)]
pub enum Value {
    #[default]
    Unit,
    Bool(bool),
    Int(i128, IntTy),
    Float(f64, FloatTy),
    Char(char),
    /// `&str` (literals and slices).
    Str(Rc<str>),
    String(Shared<String>),
    /// Vec, arrays, slices.
    Vec(Shared<Vec<Value>>),
    Deque(Shared<VecDeque<Value>>),
    /// Struct, tuple or enum variant.
    Obj(Shared<Obj>),
    Map(Shared<Map>),
    Set(Shared<Set>),
    /// A local shared with closures or borrowed with `&mut` (only ever in a slot).
    Cell(Shared<Value>),
    /// `&mut place`.
    Ref(Place),
    /// RefCell, Cell, Mutex, RwLock, atomics: interior mutability.
    Interior(Shared<Value>, CellKind),
    /// Rc / Arc: one host `RcHandle` per handle of the program (a copy of this `Value` is a move).
    Rc(Rc<RcHandle>),
    Func(FnId),
    /// A std function named by path, used as a value (`Vec::new`, `char::is_alphabetic`).
    PathFn(crate::ir::Sym),
    Closure(Rc<Closure>),
    Iter(Shared<crate::vm::builtins::iter::Iter>),
    Range(Rc<RangeValue>),
    /// The `f` of a learner's `fn fmt(&self, f: &mut Formatter)`.
    Formatter(Shared<FmtState>),
    /// A std error value (`ParseIntError`, ...): its Display and Debug text.
    StdError(Rc<(String, String)>),
    /// A future (`async fn` call, `async` block, tokio leaf futures).
    Future(Shared<crate::vm::rt::Fut>),
    /// A runtime object: `JoinHandle`, `JoinError`, channels, locks.
    Rt(Rc<crate::vm::rt::RtObj>),
    /// A built-in unit-like value with a name (e.g. `Ordering::SeqCst`, `Duration`s are Obj).
    Marker(&'static str),
}

/// Which interior-mutable std type a `Value::Interior` is (for Debug output).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CellKind {
    RefCell,
    Cell,
    Mutex,
    RwLock,
    Atomic,
}

#[derive(Debug)]
pub struct Obj {
    pub ty: TypeId,
    pub variant: u32,
    pub fields: Vec<Value>,
}

/// Dropping a long chain (`Option<Box<Node>>` lists, nested Vecs) must not
/// recurse once per link on the host stack (small in wasm): unlink children
/// that this object owns alone and drop them from an explicit stack, in
/// Rust's order (fields first to last, elements first to last).
/// In a program with `impl Drop`, an object whose type has a destructor is
/// queued instead (see `vm/drop.rs`): the VM runs its `drop` at the next
/// instruction boundary, then drops its fields.
impl Drop for Obj {
    fn drop(&mut self) {
        if crate::vm::drop::active() && crate::vm::drop::queue(self) {
            return;
        }
        if self.fields.iter().all(|f| !owns_heap(f)) {
            return;
        }
        let mut stack: Vec<Value> = std::mem::take(&mut self.fields);
        stack.reverse();
        while let Some(v) = stack.pop() {
            match v {
                Value::Obj(rc) => {
                    if crate::vm::drop::active() && crate::vm::drop::has_destructor(rc.borrow().ty) {
                        drop(rc);
                        continue;
                    }
                    if let Ok(cell) = Rc::try_unwrap(rc) {
                        let mut o = cell.into_inner();
                        stack.extend(std::mem::take(&mut o.fields).into_iter().rev());
                    }
                }
                Value::Vec(rc) => {
                    if let Ok(cell) = Rc::try_unwrap(rc) {
                        stack.extend(cell.into_inner().into_iter().rev());
                    }
                }
                Value::Rc(rc) => {
                    if let Ok(handle) = Rc::try_unwrap(rc) {
                        if let Ok(inner) = Rc::try_unwrap(handle.alloc) {
                            stack.push(inner.value);
                        }
                    }
                }
                Value::Cell(rc) | Value::Interior(rc, _) => {
                    if let Ok(cell) = Rc::try_unwrap(rc) {
                        stack.push(cell.into_inner());
                    }
                }
                other => drop(other),
            }
        }
    }
}

fn owns_heap(v: &Value) -> bool {
    matches!(v, Value::Obj(_) | Value::Vec(_) | Value::Rc(_) | Value::Cell(_) | Value::Interior(..))
}

/// One `Rc`/`Arc` handle of the learner's program.
///
/// Moving a handle copies its `Value` (the same `RcHandle`); `Rc::clone` makes a new
/// `RcHandle` on the same allocation, the host `Rc<RcBox>` all handles share, and a `Weak`
/// holds a host `Weak` of it (`builtins/rc.rs`). So the host strong and weak counts of the
/// allocation are the program's, exactly when every handle dies where Rust drops it: programs
/// that look at counts get the lowering's drop timing (`Program::counts`).
#[derive(Debug)]
pub struct RcHandle {
    pub alloc: Rc<RcBox>,
}

/// The allocation behind `Rc`/`Arc` handles.
#[derive(Debug)]
pub struct RcBox {
    pub value: Value,
    /// The value was moved out (`Rc::try_unwrap`, `into_inner`) while a moved-from copy of the
    /// last handle was still in a slot: the allocation counts as dead (`Weak::upgrade` is `None`).
    pub taken: std::cell::Cell<bool>,
}

impl RcHandle {
    /// `Rc::new(v)`.
    pub fn new_value(v: Value) -> Value {
        RcHandle::on(Rc::new(RcBox { value: v, taken: std::cell::Cell::new(false) }))
    }
    /// A new handle on an existing allocation (`Rc::clone`, `Weak::upgrade`).
    pub fn on(alloc: Rc<RcBox>) -> Value {
        Value::Rc(Rc::new(RcHandle { alloc }))
    }
    /// `Rc::clone(&h)`: a new handle, one more strong count.
    pub fn clone_handle(&self) -> Value {
        RcHandle::on(self.alloc.clone())
    }
}

impl std::ops::Deref for RcHandle {
    type Target = Value;
    fn deref(&self) -> &Value {
        &self.alloc.value
    }
}

#[derive(Debug)]
pub struct Closure {
    pub func: FnId,
    pub captures: Vec<Value>,
}

/// The function a closure or fn value runs; a closure's captured cells are
/// appended to `args` (they follow the parameters in its frame).
pub fn entry_of(callee: &Value, args: &mut Vec<Value>) -> Option<FnId> {
    match callee {
        Value::Closure(c) => {
            args.extend(c.captures.iter().cloned());
            Some(c.func)
        }
        Value::Func(f) => Some(*f),
        _ => None,
    }
}

#[derive(Debug, Clone)]
pub struct RangeValue {
    pub lo: Value,
    pub hi: Value,
    pub kind: RangeKind,
}

#[derive(Debug, Default)]
pub struct Map {
    pub entries: BTreeMap<Key, Value>,
}

#[derive(Debug, Default)]
pub struct Set {
    pub items: crate::vm::key_set::KeySet,
}

#[derive(Debug)]
pub struct FmtState {
    pub spec: crate::fmt::Spec,
    pub buf: String,
}

/// A writable place behind `&mut`.
#[derive(Clone, Debug)]
pub enum Place {
    Cell(Shared<Value>),
    Field(Shared<Obj>, u32),
    Index(Shared<Vec<Value>>, usize),
    /// An element of a `&mut [T]` view (`split_at_mut`, `chunks_mut`, `&mut v[a..b]`): a view is a
    /// Vec of these, and writes into a view's slot go through to the original (`Place::Index::set`).
    Elem(Shared<Vec<Value>>, usize),
    DequeIndex(Shared<VecDeque<Value>>, usize),
    MapValue(Shared<Map>, Box<Key>),
    /// A lock guard (tokio `MutexGuard`, ...): the locked value; dropping the last copy unlocks.
    Guard(Rc<crate::vm::rt::sync::Guard>),
}

impl Place {
    pub fn get(&self) -> Option<Value> {
        match self {
            Place::Cell(c) => Some(c.borrow().clone()),
            Place::Field(o, i) => o.borrow().fields.get(*i as usize).cloned(),
            Place::Index(v, i) | Place::Elem(v, i) => {
                let slot = v.borrow().get(*i).cloned();
                match slot {
                    Some(Value::Ref(p @ Place::Elem(..))) => p.get(),
                    other => other,
                }
            }
            Place::DequeIndex(v, i) => v.borrow().get(*i).cloned(),
            Place::MapValue(m, k) => m.borrow().entries.get(k).cloned(),
            Place::Guard(g) => Some(g.cell.borrow().clone()),
        }
    }

    pub fn set(&self, value: Value) -> bool {
        match self {
            Place::Cell(c) => {
                *c.borrow_mut() = value;
                true
            }
            Place::Field(o, i) => match o.borrow_mut().fields.get_mut(*i as usize) {
                Some(slot) => {
                    *slot = value;
                    true
                }
                None => false,
            },
            Place::Index(v, i) | Place::Elem(v, i) => {
                let mut items = v.borrow_mut();
                match items.get_mut(*i) {
                    Some(Value::Ref(p @ Place::Elem(..))) => {
                        let p = p.clone();
                        drop(items);
                        p.set(value)
                    }
                    Some(slot) => {
                        *slot = value;
                        true
                    }
                    None => false,
                }
            }
            Place::DequeIndex(v, i) => match v.borrow_mut().get_mut(*i) {
                Some(slot) => {
                    *slot = value;
                    true
                }
                None => false,
            },
            Place::MapValue(m, k) => {
                m.borrow_mut().entries.insert((**k).clone(), value);
                true
            }
            Place::Guard(g) => {
                *g.cell.borrow_mut() = value;
                true
            }
        }
    }
}

/// A map key / set item: a value with a total order.
#[derive(Clone, Debug)]
pub struct Key(pub Value);

impl PartialEq for Key {
    fn eq(&self, other: &Key) -> bool {
        compare(&self.0, &other.0) == Ordering::Equal
    }
}
impl Eq for Key {}
impl PartialOrd for Key {
    fn partial_cmp(&self, other: &Key) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}
impl Ord for Key {
    fn cmp(&self, other: &Key) -> Ordering {
        compare(&self.0, &other.0)
    }
}

impl Value {
    pub fn int(v: i128, ty: IntTy) -> Value {
        Value::Int(v, ty)
    }
    pub fn usize(v: usize) -> Value {
        Value::Int(v as i128, IntTy::Usize)
    }
    pub fn string(s: String) -> Value {
        let bytes = s.capacity();
        let buf = shared(s);
        crate::vm::memory::made(&buf, bytes);
        Value::String(buf)
    }
    pub fn str(s: &str) -> Value {
        Value::Str(Rc::from(s))
    }
    pub fn vec(items: Vec<Value>) -> Value {
        let bytes = items.capacity() * crate::vm::memory::VALUE_BYTES;
        let buf = shared(items);
        crate::vm::memory::made(&buf, bytes);
        Value::Vec(buf)
    }
    pub fn obj(ty: TypeId, variant: u32, fields: Vec<Value>) -> Value {
        Value::Obj(shared(Obj { ty, variant, fields }))
    }
    pub fn tuple(fields: Vec<Value>) -> Value {
        Value::obj(TUPLE, 0, fields)
    }
    pub fn some(v: Value) -> Value {
        Value::obj(crate::ir::OPTION, 1, vec![v])
    }
    pub fn none() -> Value {
        Value::obj(crate::ir::OPTION, 0, Vec::new())
    }
    pub fn option(v: Option<Value>) -> Value {
        match v {
            Some(v) => Value::some(v),
            None => Value::none(),
        }
    }
    pub fn ok(v: Value) -> Value {
        Value::obj(crate::ir::RESULT, 0, vec![v])
    }
    pub fn err(v: Value) -> Value {
        Value::obj(crate::ir::RESULT, 1, vec![v])
    }
    pub fn ordering(o: Ordering) -> Value {
        let variant = match o {
            Ordering::Less => 0,
            Ordering::Equal => 1,
            Ordering::Greater => 2,
        };
        Value::obj(crate::ir::ORDERING, variant, Vec::new())
    }

    /// Follow `&mut` references, cells and `Rc`s to the value they hold.
    pub fn deref(&self) -> Value {
        match self {
            Value::Ref(place) => place.get().map(|v| v.deref()).unwrap_or(Value::Unit),
            Value::Cell(c) => c.borrow().deref(),
            Value::Rc(v) => v.deref(),
            other => other.clone(),
        }
    }

    /// Follow only `&mut` references and cells (not `Rc`).
    pub fn deref_ref(&self) -> Value {
        match self {
            Value::Ref(place) => place.get().map(|v| v.deref_ref()).unwrap_or(Value::Unit),
            Value::Cell(c) => c.borrow().deref_ref(),
            other => other.clone(),
        }
    }

    pub fn as_int(&self) -> Option<i128> {
        match self {
            Value::Int(v, _) => Some(*v),
            Value::Ref(_) | Value::Cell(_) | Value::Rc(_) => self.deref().as_int(),
            _ => None,
        }
    }

    pub fn as_bool(&self) -> Option<bool> {
        match self {
            Value::Bool(b) => Some(*b),
            Value::Ref(_) | Value::Cell(_) | Value::Rc(_) => self.deref().as_bool(),
            _ => None,
        }
    }

    /// The text of a String or &str (through references).
    pub fn with_str<R>(&self, f: impl FnOnce(&str) -> R) -> Option<R> {
        match self {
            Value::Str(s) => Some(f(s)),
            Value::String(s) => Some(f(&s.borrow())),
            Value::Ref(_) | Value::Cell(_) | Value::Rc(_) => self.deref().with_str(f),
            _ => None,
        }
    }

    pub fn to_str(&self) -> Option<String> {
        self.with_str(|s| s.to_string())
    }

    pub fn is_unit(&self) -> bool {
        matches!(self, Value::Unit)
    }
}

/// Whether reading this value from a place copies it (a Copy aggregate).
pub fn is_copy_agg(prog: &Program, v: &Value) -> bool {
    match v {
        Value::Obj(o) => {
            let o = o.borrow();
            // Tuples, Option, Result and Reverse are Copy exactly when their contents are.
            if o.ty == TUPLE || o.ty == crate::ir::OPTION || o.ty == crate::ir::RESULT || o.ty == crate::ir::REVERSE {
                o.fields.iter().all(|f| is_copy(prog, f))
            } else {
                prog.types.get(o.ty as usize).map(|t| t.derives.copy).unwrap_or(false)
            }
        }
        _ => false,
    }
}

fn is_copy(prog: &Program, v: &Value) -> bool {
    match v {
        Value::Unit
        | Value::Bool(_)
        | Value::Int(..)
        | Value::Float(..)
        | Value::Char(_)
        | Value::Str(_)
        | Value::Func(_)
        | Value::PathFn(_)
        | Value::Marker(_)
        | Value::StdError(_) => true,
        Value::Obj(_) => is_copy_agg(prog, v),
        _ => false,
    }
}

/// Read of a place: Copy aggregates are copied, everything else shared.
pub fn copy_read(prog: &Program, v: &Value) -> Value {
    if let Value::Obj(_) = v {
        if is_copy_agg(prog, v) {
            return deep_clone(v);
        }
    }
    v.clone()
}

/// `.clone()`: a deep copy, sharing only behind `Rc`/`Arc`.
/// Iterative (an explicit stack), so a 100,000-link `Option<Box<Node>>` list
/// clones without growing the host stack.
pub fn deep_clone(v: &Value) -> Value {
    enum Task {
        Visit(Value),
        Vec(usize),
        Deque(usize),
        Obj(TypeId, u32, usize),
        Map(Vec<Key>),
        Interior(CellKind),
    }
    let mut tasks = vec![Task::Visit(v.clone())];
    let mut out: Vec<Value> = Vec::new();
    let take = |out: &mut Vec<Value>, n: usize| -> Vec<Value> { out.split_off(out.len() - n) };
    while let Some(task) = tasks.pop() {
        match task {
            Task::Visit(v) => match v {
                Value::String(s) => out.push(Value::string(s.borrow().clone())),
                Value::Vec(items) => {
                    let items = items.borrow();
                    tasks.push(Task::Vec(items.len()));
                    tasks.extend(items.iter().rev().map(|x| Task::Visit(x.clone())));
                }
                Value::Deque(items) => {
                    let items = items.borrow();
                    tasks.push(Task::Deque(items.len()));
                    tasks.extend(items.iter().rev().map(|x| Task::Visit(x.clone())));
                }
                Value::Obj(o) => {
                    let o = o.borrow();
                    tasks.push(Task::Obj(o.ty, o.variant, o.fields.len()));
                    tasks.extend(o.fields.iter().rev().map(|x| Task::Visit(x.clone())));
                }
                Value::Map(m) => {
                    let m = m.borrow();
                    tasks.push(Task::Map(m.entries.keys().cloned().collect()));
                    tasks.extend(m.entries.values().rev().map(|x| Task::Visit(x.clone())));
                }
                Value::Set(s) => out.push(Value::Set(shared(Set { items: s.borrow().items.clone() }))),
                Value::Interior(c, k) => {
                    tasks.push(Task::Interior(k));
                    tasks.push(Task::Visit(c.borrow().clone()));
                }
                Value::Ref(p) => match p.get() {
                    Some(inner) => tasks.push(Task::Visit(inner)),
                    None => out.push(Value::Unit),
                },
                Value::Cell(c) => tasks.push(Task::Visit(c.borrow().clone())),
                Value::Rc(h) => out.push(h.clone_handle()),
                Value::Rt(o) => out.push(crate::vm::builtins::rc::clone_weak(&o).unwrap_or(Value::Rt(o))),
                other => out.push(other),
            },
            Task::Vec(n) => {
                let items = take(&mut out, n);
                out.push(Value::vec(items));
            }
            Task::Deque(n) => {
                let items = take(&mut out, n);
                out.push(Value::Deque(shared(items.into_iter().collect())));
            }
            Task::Obj(ty, variant, n) => {
                let fields = take(&mut out, n);
                out.push(Value::obj(ty, variant, fields));
            }
            Task::Map(keys) => {
                let values = take(&mut out, keys.len());
                out.push(Value::Map(shared(Map { entries: keys.into_iter().zip(values).collect() })));
            }
            Task::Interior(k) => {
                let inner = out.pop().unwrap_or_default();
                out.push(Value::Interior(shared(inner), k));
            }
        }
    }
    out.pop().unwrap_or_default()
}

fn variant_rank(v: &Value) -> u8 {
    match v {
        Value::Unit => 0,
        Value::Bool(_) => 1,
        Value::Int(..) => 2,
        Value::Float(..) => 3,
        Value::Char(_) => 4,
        Value::Str(_) | Value::String(_) => 5,
        Value::Vec(_) | Value::Deque(_) => 6,
        Value::Obj(_) => 7,
        Value::Map(_) => 8,
        Value::Set(_) => 9,
        _ => 10,
    }
}

thread_local! {
    /// Set by `compare_one` when it met two floats that are unordered (a NaN): see `partial_compare`.
    static UNORDERED: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// `PartialOrd::partial_cmp` as derived impls and std's compute it: lexicographic, and `None` as
/// soon as a pair of floats decides nothing (a NaN). `compare` walks the values in that same
/// order and stops at the first non-equal pair, so an unordered float met on the way is exactly
/// the first `None` a derived `partial_cmp` would return.
pub fn partial_compare(a: &Value, b: &Value) -> Option<Ordering> {
    let outer = UNORDERED.with(|u| u.replace(false));
    let o = compare(a, b);
    let unordered = UNORDERED.with(|u| u.replace(outer));
    if unordered {
        None
    } else {
        Some(o)
    }
}

/// Whether a value holds a float anywhere (through fields, collections, cells, `Rc`s and
/// references). Comparing such a value with itself cannot take the "same allocation" shortcut:
/// a NaN inside makes `x.partial_cmp(&x)` `None`.
fn holds_float(v: &Value) -> bool {
    any_within(v, true, u32::MAX, false, &mut |v| matches!(v, Value::Float(..)))
}

/// Whether `found` holds for `v` or for a value it holds: fields, elements, map keys and
/// values, a cell's or an `Rc`'s contents, closure captures, and (with `through_refs`) what a
/// reference points to. Each shared allocation is visited once, so cycles end; the walk uses an
/// explicit stack (deep values stay off the host stack, small in wasm). After `budget` values
/// the answer is `when_exhausted`.
pub fn any_within(
    v: &Value,
    through_refs: bool,
    budget: u32,
    when_exhausted: bool,
    found: &mut dyn FnMut(&Value) -> bool,
) -> bool {
    let mut seen = crate::vm::ptr_set::PtrSet::default();
    let mut todo = vec![v.clone()];
    let mut budget = budget;
    while let Some(v) = todo.pop() {
        if budget == 0 {
            return when_exhausted;
        }
        budget -= 1;
        if found(&v) {
            return true;
        }
        // Each arm marks its allocation seen; as a match guard that side effect would be hidden.
        #[allow(clippy::collapsible_match)]
        match &v {
            Value::Obj(o) => {
                if seen.insert(Rc::as_ptr(o) as *const ()) {
                    todo.extend(o.borrow().fields.iter().rev().cloned());
                }
            }
            Value::Vec(x) => {
                if seen.insert(Rc::as_ptr(x) as *const ()) {
                    todo.extend(x.borrow().iter().rev().cloned());
                }
            }
            Value::Deque(x) => {
                if seen.insert(Rc::as_ptr(x) as *const ()) {
                    todo.extend(x.borrow().iter().rev().cloned());
                }
            }
            Value::Map(x) => {
                if seen.insert(Rc::as_ptr(x) as *const ()) {
                    for (k, val) in x.borrow().entries.iter().rev() {
                        todo.push(val.clone());
                        todo.push(k.0.clone());
                    }
                }
            }
            Value::Cell(c) | Value::Interior(c, _) => {
                if seen.insert(Rc::as_ptr(c) as *const ()) {
                    todo.push(c.borrow().clone());
                }
            }
            Value::Rc(h) => {
                if seen.insert(Rc::as_ptr(&h.alloc) as *const ()) {
                    todo.push(h.alloc.value.clone());
                }
            }
            Value::Closure(c) => todo.extend(c.captures.iter().rev().cloned()),
            Value::Ref(_) if through_refs => todo.push(v.deref()),
            _ => {}
        }
    }
    false
}

/// Structural total order (derive(PartialOrd/Ord) semantics; floats by partial_cmp).
/// Vecs and objects are walked with an explicit stack (deep lists compare
/// without growing the host stack); everything else is `compare_one`.
pub fn compare(a: &Value, b: &Value) -> Ordering {
    enum Task {
        Pair(Value, Value),
        /// After the common elements compared equal: the shorter sequence is less.
        Lens(usize, usize),
    }
    let mut tasks = vec![Task::Pair(a.clone(), b.clone())];
    while let Some(task) = tasks.pop() {
        let (a, b) = match task {
            Task::Lens(x, y) => match x.cmp(&y) {
                Ordering::Equal => continue,
                o => return o,
            },
            Task::Pair(a, b) => (a, b),
        };
        let through = |v: &Value| match v {
            Value::Interior(c, _) => c.borrow().clone(),
            _ => v.deref(),
        };
        if matches!(a, Value::Ref(_) | Value::Cell(_) | Value::Rc(_) | Value::Interior(..))
            || matches!(b, Value::Ref(_) | Value::Cell(_) | Value::Rc(_) | Value::Interior(..))
        {
            // `Rc<RefCell<Node>>` links: follow them on the explicit stack too.
            tasks.push(Task::Pair(through(&a), through(&b)));
            continue;
        }
        match (&a, &b) {
            (Value::Vec(x), Value::Vec(y)) if !Rc::ptr_eq(x, y) || holds_float(&a) => {
                let (x, y) = (x.borrow(), y.borrow());
                tasks.push(Task::Lens(x.len(), y.len()));
                tasks.extend(x.iter().zip(y.iter()).rev().map(|(p, q)| Task::Pair(p.clone(), q.clone())));
            }
            (Value::Obj(x), Value::Obj(y))
                if (!Rc::ptr_eq(x, y) || holds_float(&a)) && x.borrow().ty != crate::ir::REVERSE =>
            {
                let (x, y) = (x.borrow(), y.borrow());
                match x.variant.cmp(&y.variant) {
                    Ordering::Equal => {}
                    o => return o,
                }
                tasks.push(Task::Lens(x.fields.len(), y.fields.len()));
                tasks.extend(x.fields.iter().zip(y.fields.iter()).rev().map(|(p, q)| Task::Pair(p.clone(), q.clone())));
            }
            _ => match compare_one(&a, &b) {
                Ordering::Equal => {}
                o => return o,
            },
        }
    }
    Ordering::Equal
}

fn compare_one(a: &Value, b: &Value) -> Ordering {
    match (a, b) {
        // u128 is stored as its bit pattern (see `ops::u128_of`).
        (Value::Int(x, IntTy::U128), Value::Int(y, _)) | (Value::Int(x, _), Value::Int(y, IntTy::U128)) => {
            (*x as u128).cmp(&(*y as u128))
        }
        (Value::Int(x, _), Value::Int(y, _)) => x.cmp(y),
        (Value::Float(x, _), Value::Float(y, _)) => x.partial_cmp(y).unwrap_or_else(|| {
            UNORDERED.with(|u| u.set(true));
            Ordering::Equal
        }),
        (Value::Bool(x), Value::Bool(y)) => x.cmp(y),
        (Value::Char(x), Value::Char(y)) => x.cmp(y),
        (Value::Unit, Value::Unit) => Ordering::Equal,
        (Value::Str(x), Value::Str(y)) => x.as_ref().cmp(y.as_ref()),
        (Value::Ref(_) | Value::Cell(_) | Value::Rc(_) | Value::Interior(..), _)
        | (_, Value::Ref(_) | Value::Cell(_) | Value::Rc(_) | Value::Interior(..)) => {
            let a = match a {
                Value::Interior(c, _) => c.borrow().clone(),
                _ => a.deref(),
            };
            let b = match b {
                Value::Interior(c, _) => c.borrow().clone(),
                _ => b.deref(),
            };
            compare(&a, &b)
        }
        (Value::Str(_) | Value::String(_), Value::Str(_) | Value::String(_)) => {
            a.with_str(|x| b.with_str(|y| x.cmp(y)).unwrap_or(Ordering::Equal)).unwrap_or(Ordering::Equal)
        }
        (Value::Vec(x), Value::Vec(y)) => {
            if Rc::ptr_eq(x, y) {
                return Ordering::Equal;
            }
            let (x, y) = (x.borrow(), y.borrow());
            cmp_seq(x.iter(), y.iter())
        }
        (Value::Deque(x), Value::Deque(y)) => cmp_seq(x.borrow().iter(), y.borrow().iter()),
        (Value::Vec(x), Value::Deque(y)) => cmp_seq(x.borrow().iter(), y.borrow().iter()),
        (Value::Deque(x), Value::Vec(y)) => cmp_seq(x.borrow().iter(), y.borrow().iter()),
        (Value::Obj(x), Value::Obj(y)) => {
            if Rc::ptr_eq(x, y) {
                return Ordering::Equal;
            }
            let (x, y) = (x.borrow(), y.borrow());
            let o = x.variant.cmp(&y.variant).then_with(|| cmp_seq(x.fields.iter(), y.fields.iter()));
            if x.ty == crate::ir::REVERSE {
                o.reverse()
            } else {
                o
            }
        }
        (Value::Map(x), Value::Map(y)) => {
            let (x, y) = (x.borrow(), y.borrow());
            let mut xi = x.entries.iter();
            let mut yi = y.entries.iter();
            loop {
                match (xi.next(), yi.next()) {
                    (None, None) => return Ordering::Equal,
                    (None, Some(_)) => return Ordering::Less,
                    (Some(_), None) => return Ordering::Greater,
                    (Some((ka, va)), Some((kb, vb))) => {
                        let o = ka.cmp(kb).then_with(|| compare(va, vb));
                        if o != Ordering::Equal {
                            return o;
                        }
                    }
                }
            }
        }
        (Value::Set(x), Value::Set(y)) => x.borrow().items.cmp(&y.borrow().items),
        (Value::Range(x), Value::Range(y)) => compare(&x.lo, &y.lo).then_with(|| compare(&x.hi, &y.hi)),
        (Value::Marker(x), Value::Marker(y)) => x.cmp(y),
        (Value::Func(x), Value::Func(y)) => x.cmp(y),
        (Value::Rt(x), Value::Rt(y)) => {
            match (crate::vm::rt::set::joinset::id_of(x), crate::vm::rt::set::joinset::id_of(y)) {
                (Some(p), Some(q)) => p.cmp(&q),
                _ => variant_rank(a).cmp(&variant_rank(b)),
            }
        }
        _ => variant_rank(a).cmp(&variant_rank(b)),
    }
}

fn cmp_seq<'a>(mut x: impl Iterator<Item = &'a Value>, mut y: impl Iterator<Item = &'a Value>) -> Ordering {
    loop {
        match (x.next(), y.next()) {
            (None, None) => return Ordering::Equal,
            (None, Some(_)) => return Ordering::Less,
            (Some(_), None) => return Ordering::Greater,
            (Some(a), Some(b)) => {
                let o = compare(a, b);
                if o != Ordering::Equal {
                    return o;
                }
            }
        }
    }
}

/// `==` (floats: NaN != NaN), with an explicit stack for Vecs and objects.
pub fn equal(a: &Value, b: &Value) -> bool {
    let mut pairs = vec![(a.clone(), b.clone())];
    while let Some((a, b)) = pairs.pop() {
        let same = match (&a, &b) {
            (Value::Int(x, _), Value::Int(y, _)) => x == y,
            (Value::Float(x, _), Value::Float(y, _)) => x == y,
            (Value::Vec(x), Value::Vec(y)) => {
                let (x, y) = (x.borrow(), y.borrow());
                pairs.extend(x.iter().zip(y.iter()).rev().map(|(p, q)| (p.clone(), q.clone())));
                x.len() == y.len()
            }
            (Value::Obj(x), Value::Obj(y)) => {
                // No shortcut when both sides are one object: `x == x` is false when x holds a NaN.
                let (x, y) = (x.borrow(), y.borrow());
                pairs.extend(x.fields.iter().zip(y.fields.iter()).rev().map(|(p, q)| (p.clone(), q.clone())));
                x.variant == y.variant && x.fields.len() == y.fields.len()
            }
            _ => partial_compare(&a, &b) == Some(Ordering::Equal),
        };
        if !same {
            return false;
        }
    }
    true
}

/// The name of a value's type, for messages.
pub fn type_name(prog: &Program, v: &Value) -> String {
    match v {
        Value::Unit => "()".into(),
        Value::Bool(_) => "bool".into(),
        Value::Int(_, t) => t.name().into(),
        Value::Float(_, FloatTy::F32) => "f32".into(),
        Value::Float(_, FloatTy::F64) => "f64".into(),
        Value::Char(_) => "char".into(),
        Value::Str(_) => "&str".into(),
        Value::String(_) => "String".into(),
        Value::Vec(_) => "Vec".into(),
        Value::Deque(_) => "VecDeque".into(),
        Value::Obj(o) => prog.types.get(o.borrow().ty as usize).map(|t| t.name.clone()).unwrap_or_default(),
        Value::Map(_) => "HashMap".into(),
        Value::Set(_) => "HashSet".into(),
        Value::Cell(c) => type_name(prog, &c.borrow()),
        Value::Ref(p) => p.get().map(|v| format!("&mut {}", type_name(prog, &v))).unwrap_or_default(),
        Value::Interior(_, k) => format!("{k:?}"),
        Value::Rc(v) => format!("Rc<{}>", type_name(prog, &v.alloc.value)),
        Value::Func(_) | Value::Closure(_) | Value::PathFn(_) => "closure".into(),
        Value::Iter(_) => "iterator".into(),
        Value::Range(_) => "Range".into(),
        Value::Formatter(_) => "Formatter".into(),
        Value::Marker(m) => (*m).into(),
        Value::StdError(_) => "error".into(),
        Value::Future(_) => "future".into(),
        Value::Rt(o) => o.type_name().into(),
    }
}

/// Field names of an object (for Debug and by-name field access).
pub fn field_names(prog: &Program, ty: TypeId, variant: u32) -> Option<(&str, &[String], bool)> {
    let def = prog.types.get(ty as usize)?;
    match &def.kind {
        TypeKind::Struct { fields, tuple_like } => Some((def.name.as_str(), fields.as_slice(), *tuple_like)),
        TypeKind::Enum { variants } => {
            let v = variants.get(variant as usize)?;
            Some((v.name.as_str(), v.fields.as_slice(), v.tuple_like))
        }
        TypeKind::Builtin => None,
    }
}
