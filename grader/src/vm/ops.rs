//! Operators, casts, field and index access, with Rust's debug-build checks.

use std::cmp::Ordering;
use std::rc::Rc;

use super::value::{equal, partial_compare, shared, Place, Value};
use super::{Vm, VmResult};
use crate::ir::{BinOp, CastTo, FloatTy, IntTy, Program, RangeKind, Sym, TypeKind, UnOp};

/// Truncate `v` to `ty`'s width (two's complement wrap-around).
pub fn wrap(v: i128, ty: IntTy) -> i128 {
    let bits = ty.bits();
    if bits == 128 {
        return v;
    }
    let mask = (1i128 << bits) - 1;
    let low = v & mask;
    if ty.signed() && low >> (bits - 1) & 1 == 1 {
        low - (1i128 << bits)
    } else {
        low
    }
}

fn in_range(v: i128, ty: IntTy) -> bool {
    v >= ty.min() && v <= ty.max()
}

/// A `u128` is stored as its bit pattern in the `i128` (`u as i128`), so
/// values above `i128::MAX` are negative in storage; every operation on a
/// `u128` reads it back with `as u128`.
pub fn u128_of(v: i128) -> u128 {
    v as u128
}

fn u128_binop(op: BinOp, x: u128, y: u128) -> Result<Value, String> {
    let int = |v: u128| Value::Int(v as i128, IntTy::U128);
    let checked = |r: Option<u128>, what: &str| r.map(int).ok_or_else(|| overflow(what));
    match op {
        BinOp::Add => checked(x.checked_add(y), "add"),
        BinOp::Sub => checked(x.checked_sub(y), "subtract"),
        BinOp::Mul => checked(x.checked_mul(y), "multiply"),
        BinOp::Div => x.checked_div(y).map(int).ok_or_else(|| "attempt to divide by zero".to_string()),
        BinOp::Rem => x
            .checked_rem(y)
            .map(int)
            .ok_or_else(|| "attempt to calculate the remainder with a divisor of zero".to_string()),
        BinOp::BitAnd => Ok(int(x & y)),
        BinOp::BitOr => Ok(int(x | y)),
        BinOp::BitXor => Ok(int(x ^ y)),
        BinOp::Shl => checked(if y < 128 { Some(x << y) } else { None }, "shift left"),
        BinOp::Shr => checked(if y < 128 { Some(x >> y) } else { None }, "shift right"),
        BinOp::Eq => Ok(Value::Bool(x == y)),
        BinOp::Ne => Ok(Value::Bool(x != y)),
        BinOp::Lt => Ok(Value::Bool(x < y)),
        BinOp::Le => Ok(Value::Bool(x <= y)),
        BinOp::Gt => Ok(Value::Bool(x > y)),
        BinOp::Ge => Ok(Value::Bool(x >= y)),
    }
}

fn overflow(what: &str) -> String {
    format!("attempt to {what} with overflow")
}

pub fn int_binop(op: BinOp, x: i128, y: i128, ty: IntTy) -> Result<Value, String> {
    if ty == IntTy::U128 {
        if matches!(op, BinOp::Shl | BinOp::Shr) && y < 0 {
            return Err(overflow(if op == BinOp::Shl { "shift left" } else { "shift right" }));
        }
        return u128_binop(op, x as u128, y as u128);
    }
    let checked = |r: Option<i128>, what: &str| match r {
        Some(v) if in_range(v, ty) => Ok(Value::Int(v, ty)),
        _ => Err(overflow(what)),
    };
    match op {
        BinOp::Add => checked(x.checked_add(y), "add"),
        BinOp::Sub => checked(x.checked_sub(y), "subtract"),
        BinOp::Mul => checked(x.checked_mul(y), "multiply"),
        BinOp::Div => {
            if y == 0 {
                return Err("attempt to divide by zero".into());
            }
            checked(x.checked_div(y), "divide")
        }
        BinOp::Rem => {
            if y == 0 {
                return Err("attempt to calculate the remainder with a divisor of zero".into());
            }
            match x.checked_rem(y) {
                Some(v) if !(ty.signed() && x == ty.min() && y == -1) => Ok(Value::Int(v, ty)),
                _ => Err("attempt to calculate the remainder with overflow".into()),
            }
        }
        BinOp::BitAnd => Ok(Value::Int(x & y, ty)),
        BinOp::BitOr => Ok(Value::Int(x | y, ty)),
        BinOp::BitXor => Ok(Value::Int(x ^ y, ty)),
        BinOp::Shl => {
            if y < 0 || y >= ty.bits() as i128 {
                return Err(overflow("shift left"));
            }
            Ok(Value::Int(wrap(((x as u128) << y) as i128, ty), ty))
        }
        BinOp::Shr => {
            if y < 0 || y >= ty.bits() as i128 {
                return Err(overflow("shift right"));
            }
            Ok(Value::Int(x >> y, ty))
        }
        BinOp::Eq => Ok(Value::Bool(x == y)),
        BinOp::Ne => Ok(Value::Bool(x != y)),
        BinOp::Lt => Ok(Value::Bool(x < y)),
        BinOp::Le => Ok(Value::Bool(x <= y)),
        BinOp::Gt => Ok(Value::Bool(x > y)),
        BinOp::Ge => Ok(Value::Bool(x >= y)),
    }
}

pub fn float_binop(op: BinOp, x: f64, y: f64, ty: FloatTy) -> Value {
    let r = match op {
        BinOp::Add => x + y,
        BinOp::Sub => x - y,
        BinOp::Mul => x * y,
        BinOp::Div => x / y,
        BinOp::Rem => x % y,
        BinOp::Eq => return Value::Bool(x == y),
        BinOp::Ne => return Value::Bool(x != y),
        BinOp::Lt => return Value::Bool(x < y),
        BinOp::Le => return Value::Bool(x <= y),
        BinOp::Gt => return Value::Bool(x > y),
        BinOp::Ge => return Value::Bool(x >= y),
        _ => f64::NAN,
    };
    let r = if ty == FloatTy::F32 { r as f32 as f64 } else { r };
    Value::Float(r, ty)
}

/// Whether an operator error message is a refusal (not a Rust panic).
pub fn is_unsupported(msg: &str) -> bool {
    msg.starts_with("unsupported")
}

/// Marks an operator error that Rust reports inside std (`Duration + Duration` overflow).
const STD_PANIC: &str = "std panic\u{0}";

/// An operator error for a panic at `site` (one of [`super::STD_SITES`]) with message `msg`.
pub fn std_panic_message(site: &str, msg: &str) -> String {
    format!("{STD_PANIC}{site}\u{0}{msg}")
}

/// Whether an operator error is a panic inside std (see [`std_panic_message`]).
pub fn is_std_panic(msg: &str) -> bool {
    msg.starts_with(STD_PANIC)
}

/// Stop with an operator error: a refusal (`unsupported: ..`), a panic inside std, or a panic
/// at the learner's line.
pub fn op_error<T>(vm: &Vm, msg: String) -> VmResult<T> {
    if is_unsupported(&msg) {
        return vm.unsupported(msg.trim_start_matches("unsupported: ").to_string());
    }
    if let Some(rest) = msg.strip_prefix(STD_PANIC) {
        let (site, text) = rest.split_once('\u{0}').unwrap_or((rest, ""));
        return vm.panic_in_std(site, text);
    }
    vm.panic(msg)
}

fn op_method(op: BinOp) -> &'static str {
    match op {
        BinOp::Add => "add",
        BinOp::Sub => "sub",
        BinOp::Mul => "mul",
        BinOp::Div => "div",
        BinOp::Rem => "rem",
        BinOp::BitAnd => "bitand",
        BinOp::BitOr => "bitor",
        BinOp::BitXor => "bitxor",
        BinOp::Shl => "shl",
        BinOp::Shr => "shr",
        BinOp::Eq | BinOp::Ne => "eq",
        BinOp::Lt | BinOp::Le | BinOp::Gt | BinOp::Ge => "partial_cmp",
    }
}

fn user_fn(prog: &Program, recv: &Value, name: &str) -> Option<crate::ir::FnId> {
    let sym = *prog.operator_syms.get(name)?;
    super::user_method(prog, recv, sym)
}

/// An operator impl chosen by both operand types (`impl PartialEq<Feet> for Meters`).
fn user_fn_for(prog: &Program, recv: &Value, name: &str, rhs: &Value) -> Option<crate::ir::FnId> {
    let sym = *prog.operator_syms.get(name)?;
    let key = (super::type_key(recv), sym, super::type_key(&rhs.deref_ref()));
    prog.methods_by_arg.get(&key).copied()
}

/// A learner's operator impl (`impl Add for Vec2`, `impl PartialOrd`): call it.
/// Returns None when the left operand's type has no such impl.
pub fn user_binop(vm: &mut Vm, op: BinOp, a: &Value, b: &Value) -> Option<VmResult<Value>> {
    let prog = vm.prog.clone();
    if prog.operator_syms.is_empty() {
        return None;
    }
    let left = a.deref_ref();
    if !matches!(left, Value::Obj(_)) {
        return None;
    }
    let name = op_method(op);
    let f = match user_fn_for(&prog, &left, name, b).or_else(|| user_fn(&prog, &left, name)) {
        Some(f) => f,
        None => {
            if matches!(op, BinOp::Lt | BinOp::Le | BinOp::Gt | BinOp::Ge) {
                user_fn(&prog, &left, "cmp")?
            } else if let Some(f) = user_fn(&prog, &left, &format!("{name}_assign")) {
                // `a += b` with only `AddAssign`: mutate the left object in place.
                return Some(vm.call_fn(f, vec![left.clone(), b.clone()]).map(|_| left));
            } else {
                return None;
            }
        }
    };
    let r = match vm.call_fn(f, vec![a.clone(), b.clone()]) {
        Ok(r) => r,
        Err(e) => return Some(Err(e)),
    };
    Some(Ok(match op {
        BinOp::Ne => Value::Bool(!r.as_bool().unwrap_or(false)),
        BinOp::Lt | BinOp::Le | BinOp::Gt | BinOp::Ge => {
            let o = super::builtins::iter::ordering_of(&r);
            Value::Bool(match op {
                BinOp::Lt => o == Ordering::Less,
                BinOp::Le => o != Ordering::Greater,
                BinOp::Gt => o == Ordering::Greater,
                _ => o != Ordering::Less,
            })
        }
        _ => r,
    }))
}

pub fn user_unop(vm: &mut Vm, op: UnOp, v: &Value) -> Option<VmResult<Value>> {
    let prog = vm.prog.clone();
    let inner = v.deref_ref();
    if !matches!(inner, Value::Obj(_)) {
        return None;
    }
    let f = user_fn(&prog, &inner, if op == UnOp::Neg { "neg" } else { "not" })?;
    Some(vm.call_fn(f, vec![inner]))
}

/// `Default::default()` of unknown type meeting a known operand: zero of that type.
fn default_like(other: &Value) -> Value {
    match other {
        Value::Int(_, t) => Value::Int(0, *t),
        Value::Float(_, t) => Value::Float(0.0, *t),
        Value::Str(_) | Value::String(_) => Value::string(String::new()),
        Value::Bool(_) => Value::Bool(false),
        _ => Value::Marker("default"),
    }
}

/// The slow path of `Binary`: mixed types, references, strings, aggregates.
pub fn binop(op: BinOp, a: &Value, b: &Value, prog: &Program) -> Result<Value, String> {
    let _ = prog;
    match (a, b) {
        (Value::Int(x, tx), Value::Int(y, ty)) => {
            // Operand types differ only when an unsuffixed literal was typed i32 by default.
            let t = if matches!(op, BinOp::Shl | BinOp::Shr) || *ty == IntTy::I32 { *tx } else { *ty };
            int_binop(op, *x, *y, t)
        }
        (Value::Float(x, tx), Value::Float(y, _)) => Ok(float_binop(op, *x, *y, *tx)),
        (Value::Float(x, tx), Value::Int(y, _)) => Ok(float_binop(op, *x, *y as f64, *tx)),
        (Value::Int(x, _), Value::Float(y, ty)) => Ok(float_binop(op, *x as f64, *y, *ty)),
        (Value::Bool(x), Value::Bool(y)) => Ok(match op {
            BinOp::BitAnd => Value::Bool(x & y),
            BinOp::BitOr => Value::Bool(x | y),
            BinOp::BitXor => Value::Bool(x ^ y),
            BinOp::Eq => Value::Bool(x == y),
            BinOp::Ne => Value::Bool(x != y),
            BinOp::Lt => Value::Bool(x < y),
            BinOp::Le => Value::Bool(x <= y),
            BinOp::Gt => Value::Bool(x > y),
            BinOp::Ge => Value::Bool(x >= y),
            _ => return Err("unsupported: this operator on bool".into()),
        }),
        (Value::Marker("default"), other) if !matches!(other, Value::Marker(_)) => {
            binop(op, &default_like(&other.deref()), b, prog)
        }
        (other, Value::Marker("default")) if !matches!(other, Value::Marker(_)) => {
            binop(op, a, &default_like(&other.deref()), prog)
        }
        (Value::String(s), _) if op == BinOp::Add => {
            // `String + &str` consumes the left String: append in place.
            let text = b.to_str().unwrap_or_default();
            s.borrow_mut().push_str(&text);
            Ok(Value::String(s.clone()))
        }
        (Value::Str(s), _) if op == BinOp::Add => {
            // Only reached for a `String` behind a reference; build a new one.
            let mut out = s.to_string();
            out.push_str(&b.to_str().unwrap_or_default());
            Ok(Value::string(out))
        }
        (Value::Ref(_) | Value::Cell(_) | Value::Rc(_), _) | (_, Value::Ref(_) | Value::Cell(_) | Value::Rc(_)) => {
            let (x, y) = (a.deref(), b.deref());
            if matches!(x, Value::Ref(_) | Value::Cell(_) | Value::Rc(_))
                || matches!(y, Value::Ref(_) | Value::Cell(_) | Value::Rc(_))
            {
                return Err("unsupported: these operands".into());
            }
            binop(op, &x, &y, prog)
        }
        _ => match op {
            BinOp::Eq => Ok(Value::Bool(equal(a, b))),
            BinOp::Ne => Ok(Value::Bool(!equal(a, b))),
            BinOp::Lt => Ok(Value::Bool(partial_compare(a, b) == Some(Ordering::Less))),
            BinOp::Le => Ok(Value::Bool(matches!(partial_compare(a, b), Some(Ordering::Less | Ordering::Equal)))),
            BinOp::Gt => Ok(Value::Bool(partial_compare(a, b) == Some(Ordering::Greater))),
            BinOp::Ge => Ok(Value::Bool(matches!(partial_compare(a, b), Some(Ordering::Greater | Ordering::Equal)))),
            BinOp::Add | BinOp::Sub => match (a, b) {
                // Duration / Instant arithmetic.
                (Value::Obj(_), Value::Obj(_)) => super::builtins::time::arith(op, a, b)
                    .unwrap_or_else(|| Err("unsupported: these operands".to_string())),
                _ => Err(format!("unsupported: operands of `{}`", op_method(op))),
            },
            BinOp::Mul | BinOp::Div => {
                super::builtins::time::arith(op, a, b).unwrap_or_else(|| Err("unsupported: these operands".to_string()))
            }
            _ => Err(format!("unsupported: operands of `{}`", op_method(op))),
        },
    }
}

pub fn unop(op: UnOp, v: &Value) -> Result<Value, String> {
    match (op, v) {
        (UnOp::Neg, Value::Int(x, t)) => {
            if !t.signed() || *x == IntTy::min(*t) {
                return Err(overflow("negate"));
            }
            Ok(Value::Int(-x, *t))
        }
        (UnOp::Neg, Value::Float(x, t)) => Ok(Value::Float(-x, *t)),
        (UnOp::Not, Value::Bool(b)) => Ok(Value::Bool(!b)),
        (UnOp::Not, Value::Int(x, t)) => Ok(Value::Int(wrap(!x, *t), *t)),
        (_, Value::Ref(_) | Value::Cell(_) | Value::Rc(_)) => unop(op, &v.deref()),
        _ => Err("unsupported: the operand of a unary operator".into()),
    }
}

pub fn cast(v: &Value, to: CastTo, prog: &Program) -> Result<Value, String> {
    let v = v.deref();
    Ok(match (&v, to) {
        (Value::Int(x, _), CastTo::Int(t)) => Value::Int(wrap(*x, t), t),
        (Value::Int(x, IntTy::U128), CastTo::Float(f)) => {
            Value::Float(if f == FloatTy::F32 { *x as u128 as f32 as f64 } else { *x as u128 as f64 }, f)
        }
        (Value::Int(x, _), CastTo::Float(f)) => {
            Value::Float(if f == FloatTy::F32 { *x as f32 as f64 } else { *x as f64 }, f)
        }
        (Value::Float(x, _), CastTo::Int(IntTy::U128)) => Value::Int(*x as u128 as i128, IntTy::U128),
        (Value::Float(x, _), CastTo::Int(t)) => {
            let r = if x.is_nan() {
                0
            } else {
                let tr = x.trunc();
                if tr <= t.min() as f64 {
                    t.min()
                } else if tr >= t.max() as f64 {
                    t.max()
                } else {
                    tr as i128
                }
            };
            Value::Int(r, t)
        }
        (Value::Float(x, _), CastTo::Float(f)) => {
            Value::Float(if f == FloatTy::F32 { *x as f32 as f64 } else { *x }, f)
        }
        (Value::Char(c), CastTo::Int(t)) => Value::Int(wrap(*c as i128, t), t),
        (Value::Int(x, IntTy::U8), CastTo::Char) => Value::Char(char::from(*x as u8)),
        (Value::Int(x, _), CastTo::Char) => match u32::try_from(*x).ok().and_then(char::from_u32) {
            Some(c) => Value::Char(c),
            None => return Err("this `as char` cast".into()),
        },
        (Value::Char(c), CastTo::Char) => Value::Char(*c),
        (Value::Bool(b), CastTo::Int(t)) => Value::Int(*b as i128, t),
        (Value::Bool(b), CastTo::Bool) => Value::Bool(*b),
        (Value::Obj(o), CastTo::Int(t)) => {
            let o = o.borrow();
            match prog.types.get(o.ty as usize).map(|d| &d.kind) {
                Some(TypeKind::Enum { variants }) => {
                    let d = variants.get(o.variant as usize).map(|v| v.discriminant).unwrap_or(0);
                    Value::Int(wrap(d, t), t)
                }
                _ => return Err("this `as` cast".into()),
            }
        }
        _ => return Err("this `as` cast".into()),
    })
}

pub fn field(v: &Value, idx: u32) -> Option<Value> {
    match v {
        Value::Obj(o) => o.borrow().fields.get(idx as usize).cloned(),
        Value::Rc(inner) => field(inner, idx),
        Value::Ref(_) | Value::Cell(_) => field(&v.deref(), idx),
        _ => None,
    }
}

pub fn field_index(vm: &Vm, v: &Value, name: Sym) -> VmResult<usize> {
    let fname = vm.name(name);
    if let Value::Obj(o) = v {
        let o = o.borrow();
        if let Some((_, fields, _)) = super::value::field_names(&vm.prog, o.ty, o.variant) {
            if let Some(i) = fields.iter().position(|f| f == fname) {
                return Ok(i);
            }
        }
    }
    if let Value::Rc(inner) = v {
        return field_index(vm, inner, name);
    }
    vm.unsupported(format!("field `{fname}` on a value of type {}", super::value::type_name(&vm.prog, v)))
}

pub fn field_by_name(vm: &Vm, v: &Value, name: Sym) -> VmResult<Value> {
    let v = v.deref();
    let idx = field_index(vm, &v, name)?;
    Ok(field(&v, idx as u32).unwrap_or_default())
}

fn oob(len: usize, i: i128) -> String {
    format!("index out of bounds: the len is {len} but the index is {i}")
}

/// Which check a range failed against a length.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RangeFail {
    /// `v[5..]` on 3 items.
    StartPastLen,
    /// `v[3..1]`.
    Order,
    /// `v[..9]` on 3 items.
    EndPastLen,
    /// `v[..=usize::MAX]`: an inclusive end one past which does not exist.
    InclusiveEndMax,
    /// `v[9..=usize::MAX]` on 3 items: which check rustc makes first was not measured.
    Unmeasured,
}

/// A range that does not fit a length: which check failed and rustc 1.95's message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RangeError {
    pub fail: RangeFail,
    pub message: String,
}

impl RangeError {
    /// Where rustc 1.95 reports the failure when core's `slice::range` checks the range
    /// (`Vec::drain`, `String::drain`), a [`super::STD_SITES`] entry: measured by the oracle
    /// (sync/371, 379, 380, 382, 384, 423); None when the case was not measured.
    pub fn core_range_site(&self) -> Option<&'static str> {
        match self.fail {
            RangeFail::EndPastLen => Some("core/src/slice/index.rs:1020:51"),
            RangeFail::StartPastLen | RangeFail::Order => Some("core/src/slice/index.rs:1031:55"),
            RangeFail::InclusiveEndMax => Some("core/src/slice/index.rs:1016:52"),
            RangeFail::Unmeasured => None,
        }
    }

    /// The panic of a range checked inside core (`drain`): at core's line.
    pub fn panic_in_core<T>(self, vm: &Vm) -> VmResult<T> {
        match self.core_range_site() {
            Some(site) => vm.panic_in_std(site, self.message),
            None => vm.unsupported(self.message),
        }
    }

    /// The panic of a range index (`&v[a..b]`): at the learner's line.
    pub fn panic_here<T>(self, vm: &Vm) -> VmResult<T> {
        match self.fail {
            RangeFail::Unmeasured => vm.unsupported(self.message),
            _ => vm.panic(self.message),
        }
    }
}

/// The bounds a `drain(range)` takes out of `len` items (`Vec`, `VecDeque`, `String`): core's
/// `slice::range` checks the range and panics at its own lines; no range is all of them.
pub fn drain_bounds(vm: &Vm, range: &Value, len: usize) -> VmResult<(usize, usize)> {
    match range {
        Value::Range(r) => range_bounds(r, len).or_else(|e| e.panic_in_core(vm)),
        _ => Ok((0, len)),
    }
}

/// The learner's `usize::MAX` (x86_64), whatever the host's width (wasm32's is 32 bits).
pub const TARGET_USIZE_MAX: i128 = u64::MAX as i128;

/// Resolve a range against a length: (start, end), or why it does not fit (slice wording).
/// Computed in i128, so `..=usize::MAX` neither overflows nor wraps on a 32-bit host.
pub fn range_bounds(r: &super::value::RangeValue, len: usize) -> Result<(usize, usize), RangeError> {
    let int = |v: &Value| v.as_int().unwrap_or(0).max(0);
    let n = len as i128;
    let inclusive = matches!(r.kind, RangeKind::Inclusive | RangeKind::ToInclusive);
    let lo =
        if matches!(r.kind, RangeKind::HalfOpen | RangeKind::Inclusive | RangeKind::From) { int(&r.lo) } else { 0 };
    // The end as written (`..=3` is 3), then as an exclusive bound.
    let written = match r.kind {
        RangeKind::From | RangeKind::Full => n,
        _ => int(&r.hi),
    };
    let hi = if inclusive { written + 1 } else { written };
    let fail = |fail, message| Err(RangeError { fail, message });
    if inclusive && written >= TARGET_USIZE_MAX {
        if lo > n {
            return fail(
                RangeFail::Unmeasured,
                "a range from past the end to `usize::MAX` (which panic rustc reports first)".to_string(),
            );
        }
        return fail(
            RangeFail::InclusiveEndMax,
            format!("range end index {written} out of range for slice of length {len}"),
        );
    }
    if r.kind == RangeKind::From && lo > n {
        return fail(RangeFail::StartPastLen, format!("range start index {lo} out of range for slice of length {len}"));
    }
    if lo > hi {
        return fail(RangeFail::Order, format!("slice index starts at {lo} but ends at {hi}"));
    }
    if hi > n {
        // rustc 1.95 names an inclusive end as written (`v[..=3]` on 3 items says 3).
        return fail(
            RangeFail::EndPastLen,
            format!("range end index {written} out of range for slice of length {len}"),
        );
    }
    Ok((lo as usize, hi as usize))
}

pub fn index(vm: &mut Vm, obj: &Value, idx: &Value) -> VmResult<Value> {
    let obj = obj.deref();
    let idx = idx.deref();
    match (&obj, &idx) {
        (Value::Vec(items), Value::Int(i, _)) => {
            let items = items.borrow();
            match usize::try_from(*i).ok().and_then(|u| items.get(u)) {
                Some(v) => Ok(v.clone()),
                None => vm.panic(oob(items.len(), *i)),
            }
        }
        (Value::Deque(items), Value::Int(i, _)) => {
            let items = items.borrow();
            match usize::try_from(*i).ok().and_then(|u| items.get(u)) {
                Some(v) => Ok(v.clone()),
                None => vm.panic("Out of bounds access"),
            }
        }
        (Value::Vec(items), Value::Range(r)) => {
            let items = items.borrow();
            match range_bounds(r, items.len()) {
                Ok((lo, hi)) => Ok(Value::vec(items[lo..hi].to_vec())),
                Err(e) => e.panic_here(vm),
            }
        }
        (Value::Str(_) | Value::String(_), Value::Range(r)) => {
            let s = obj.to_str().unwrap_or_default();
            let (lo, hi) = match range_bounds(r, s.len()) {
                Ok(b) => b,
                Err(e) => {
                    if e.fail == RangeFail::Unmeasured {
                        return vm.unsupported(e.message);
                    }
                    // rustc 1.95's `str_index_overflow_fail`/`slice_error_fail` wording; an
                    // inclusive end is named as written (`..=3` says "end byte index 3").
                    // In i128: `..=usize::MAX` must not overflow (sync/422).
                    let inclusive = matches!(r.kind, RangeKind::Inclusive | RangeKind::ToInclusive);
                    let shown = match r.kind {
                        RangeKind::From | RangeKind::Full => s.len() as i128,
                        _ => r.hi.as_int().unwrap_or(0).max(0),
                    };
                    let hi = if inclusive { shown + 1 } else { shown };
                    let lo = if matches!(r.kind, RangeKind::HalfOpen | RangeKind::Inclusive | RangeKind::From) {
                        r.lo.as_int().unwrap_or(0).max(0)
                    } else {
                        0
                    };
                    let n = s.len() as i128;
                    let (trunc, more) = truncated_str(&s);
                    if lo > n {
                        return vm.panic(format!("start byte index {lo} is out of bounds of `{trunc}`{more}"));
                    }
                    if hi > n {
                        return vm.panic(format!("end byte index {shown} is out of bounds of `{trunc}`{more}"));
                    }
                    if inclusive {
                        return vm.unsupported("this inverted inclusive string range (its panic message)");
                    }
                    return vm.panic(format!("begin > end ({lo} > {hi}) when slicing `{trunc}`{more}"));
                }
            };
            if let Some(msg) = str_slice_error(&s, lo, hi) {
                return vm.panic(msg);
            }
            Ok(Value::str(&s[lo..hi]))
        }
        (Value::Map(m), key) => {
            let found = m.borrow().entries.get(&super::value::Key(key.clone())).cloned();
            match found {
                Some(v) => Ok(v),
                None => vm.panic("no entry found for key"),
            }
        }
        // `&frame[..]` of a `Bytes`/`BytesMut` is its `&[u8]`.
        (Value::Rt(_), _) if crate::vm::rt::io::bytes::as_slice(&obj).is_some() => {
            let slice = crate::vm::rt::io::bytes::as_slice(&obj).unwrap_or_default();
            index(vm, &slice, &idx)
        }
        _ => vm.unsupported(format!(
            "indexing a value of type {} with {}",
            super::value::type_name(&vm.prog, &obj),
            super::value::type_name(&vm.prog, &idx)
        )),
    }
}

pub fn set_index(vm: &mut Vm, obj: &Value, idx: &Value, v: Value) -> VmResult<()> {
    let obj = obj.deref();
    let idx = idx.deref();
    match (&obj, &idx) {
        (Value::Vec(items), Value::Int(i, _)) => {
            let len = items.borrow().len();
            // `Place::Index::set` writes through a `&mut [T]` view's element to the original.
            match usize::try_from(*i).ok().filter(|u| *u < len) {
                Some(u) => {
                    Place::Index(items.clone(), u).set(v);
                    Ok(())
                }
                None => vm.panic(oob(len, *i)),
            }
        }
        (Value::Deque(items), Value::Int(i, _)) => {
            let mut items = items.borrow_mut();
            match usize::try_from(*i).ok().and_then(|u| items.get_mut(u)) {
                Some(slot) => {
                    *slot = v;
                    Ok(())
                }
                None => vm.panic("Out of bounds access"),
            }
        }
        _ => vm.unsupported(format!("assigning through an index into {}", super::value::type_name(&vm.prog, &obj))),
    }
}

pub fn ref_index(vm: &mut Vm, obj: &Value, idx: &Value) -> VmResult<Value> {
    match (obj, idx) {
        (Value::Vec(items), Value::Int(i, _)) => {
            let len = items.borrow().len();
            if *i < 0 || *i as usize >= len {
                return vm.panic(oob(len, *i));
            }
            Ok(Value::Ref(Place::Index(items.clone(), *i as usize)))
        }
        (Value::Deque(items), Value::Int(i, _)) => match usize::try_from(*i).ok().filter(|u| *u < items.borrow().len())
        {
            Some(u) => Ok(Value::Ref(Place::DequeIndex(items.clone(), u))),
            // rustc panics "Out of bounds access" at the index's bracket (sync/424), a column this
            // instruction does not carry.
            None => vm.unsupported("`&mut` to a VecDeque element out of range (its panic's column)"),
        },
        (Value::Map(m), key) => Ok(Value::Ref(Place::MapValue(m.clone(), Box::new(super::value::Key(key.clone()))))),
        _ => index(vm, obj, idx),
    }
}

/// `*target = v`.
pub fn store_deref(vm: &mut Vm, target: &Value, v: Value) -> VmResult<()> {
    match target {
        Value::Ref(p) => {
            p.set(v);
            Ok(())
        }
        Value::Cell(c) => {
            *c.borrow_mut() = v;
            Ok(())
        }
        // An aggregate passed by `&mut` is the object itself: replace its contents.
        Value::Obj(o) => {
            let new = v.deref();
            if let Value::Obj(n) = &new {
                if Rc::ptr_eq(o, n) {
                    return Ok(());
                }
                let n = n.borrow();
                let mut o = o.borrow_mut();
                o.ty = n.ty;
                o.variant = n.variant;
                o.fields = n.fields.clone();
                return Ok(());
            }
            vm.unsupported("assigning through this reference")
        }
        Value::Vec(o) => {
            if let Value::Vec(n) = v.deref() {
                if !Rc::ptr_eq(o, &n) {
                    let items = n.borrow().clone();
                    *o.borrow_mut() = items;
                }
                return Ok(());
            }
            vm.unsupported("assigning through this reference")
        }
        Value::String(o) => {
            let text = v.to_str().unwrap_or_default();
            *o.borrow_mut() = text;
            Ok(())
        }
        Value::Map(o) => {
            if let Value::Map(n) = v.deref() {
                if !Rc::ptr_eq(o, &n) {
                    // Keys hold `Value`s (with cells inside) but are never mutated while in a map.
                    #[allow(clippy::mutable_key_type)]
                    let entries = n.borrow().entries.clone();
                    o.borrow_mut().entries = entries;
                }
                return Ok(());
            }
            vm.unsupported("assigning through this reference")
        }
        Value::Interior(c, _) => {
            *c.borrow_mut() = v;
            Ok(())
        }
        _ => {
            let _ = shared(0);
            vm.unsupported(format!("assigning through a reference to {}", super::value::type_name(&vm.prog, target)))
        }
    }
}

/// rustc 1.95's panic text for `&s[lo..hi]` with `lo <= hi` (core's `slice_error_fail`), or None
/// when the range is valid: an index past the end, then an index inside a character.
pub fn str_slice_error(s: &str, lo: usize, hi: usize) -> Option<String> {
    let (trunc, more) = truncated_str(s);
    if lo > s.len() {
        return Some(format!("start byte index {lo} is out of bounds of `{trunc}`{more}"));
    }
    if hi > s.len() {
        return Some(format!("end byte index {hi} is out of bounds of `{trunc}`{more}"));
    }
    for (b, which) in [(lo, "start"), (hi, "end")] {
        if !s.is_char_boundary(b) {
            let start = (0..b).rev().find(|i| s.is_char_boundary(*i)).unwrap_or(0);
            let c = s[start..].chars().next().unwrap_or(' ');
            return Some(format!("{which} byte index {b} is not a char boundary; it is inside {c:?} (bytes {start}..{}) of `{trunc}`{more}", start + c.len_utf8()));
        }
    }
    None
}

/// How core's string slicing panics quote the string: at most 256 bytes (cut at a char
/// boundary), then `[...]`.
pub fn truncated_str(s: &str) -> (&str, &'static str) {
    let mut n = s.len().min(256);
    while !s.is_char_boundary(n) {
        n -= 1;
    }
    (&s[..n], if n < s.len() { "[...]" } else { "" })
}
