//! `String` and `&str`.

use std::rc::Rc;

use super::iter::items;
use super::{arg, str_arg, usize_arg};
use crate::ir::{FloatTy, IntTy};
use crate::vm::value::{shared, Value};
use crate::vm::{Vm, VmResult};

fn iter_of(v: Vec<Value>) -> Value {
    Value::Iter(shared(items(v)))
}

fn strs(parts: impl Iterator<Item = impl AsRef<str>>) -> Value {
    iter_of(parts.map(|p| Value::str(p.as_ref())).collect())
}

/// A pattern argument: a string, a char, a slice of chars or a closure.
enum Pat {
    Str(String),
    Char(char),
    Chars(Vec<char>),
    Fn(Value),
}

fn pattern(vm: &Vm, v: &Value) -> VmResult<Pat> {
    match v.deref() {
        Value::Char(c) => Ok(Pat::Char(c)),
        Value::Vec(items) => Ok(Pat::Chars(
            items.borrow().iter().filter_map(|c| if let Value::Char(c) = c.deref() { Some(c) } else { None }).collect(),
        )),
        f @ (Value::Closure(_) | Value::Func(_) | Value::PathFn(_)) => Ok(Pat::Fn(f)),
        other => match other.to_str() {
            Some(s) => Ok(Pat::Str(s)),
            None => vm.unsupported("this string pattern"),
        },
    }
}

/// Evaluate a pattern predicate on a char (closures call into the VM).
fn char_matches(vm: &mut Vm, p: &Pat, c: char) -> VmResult<bool> {
    Ok(match p {
        Pat::Char(x) => *x == c,
        Pat::Chars(xs) => xs.contains(&c),
        Pat::Fn(f) => vm.call_value(f, vec![Value::Char(c)])?.as_bool().unwrap_or(false),
        Pat::Str(s) => s.chars().count() == 1 && s.starts_with(c),
    })
}

/// Byte ranges where the pattern matches in `s`.
fn find_all(vm: &mut Vm, s: &str, p: &Pat) -> VmResult<Vec<(usize, usize)>> {
    let mut out = Vec::new();
    match p {
        Pat::Str(needle) => {
            if needle.is_empty() {
                // "" matches at every char boundary.
                for (i, _) in s.char_indices() {
                    out.push((i, i));
                }
                out.push((s.len(), s.len()));
            } else {
                for (i, _) in s.match_indices(needle.as_str()) {
                    out.push((i, i + needle.len()));
                }
            }
        }
        _ => {
            for (i, c) in s.char_indices() {
                if char_matches(vm, p, c)? {
                    out.push((i, i + c.len_utf8()));
                }
            }
        }
    }
    Ok(out)
}

/// Byte ranges where the pattern matches when searched from the end (what `rfind`, `rsplit`,
/// `rsplitn`, `rsplit_once` and `rmatch_indices` see): `"aaa".rfind("aa")` is 1, not 0.
/// Returned in ascending order.
fn find_all_rev(vm: &mut Vm, s: &str, p: &Pat) -> VmResult<Vec<(usize, usize)>> {
    match p {
        Pat::Str(needle) if !needle.is_empty() => {
            let mut out = Vec::new();
            let mut end = s.len();
            while let Some(i) = s[..end].rfind(needle.as_str()) {
                out.push((i, i + needle.len()));
                end = i;
            }
            out.reverse();
            Ok(out)
        }
        _ => find_all(vm, s, p),
    }
}

/// `rsplitn(n, p)`: at most `n` pieces, cut at the last matches first.
fn rsplitn(vm: &mut Vm, s: &str, p: &Pat, n: usize) -> VmResult<Vec<String>> {
    let mut parts = Vec::new();
    if n == 0 {
        return Ok(parts);
    }
    if matches!(p, Pat::Str(x) if x.is_empty()) {
        return vm.unsupported("`rsplitn` with an empty pattern");
    }
    let matches = find_all_rev(vm, s, p)?;
    let mut end = s.len();
    for (a, b) in matches.into_iter().rev() {
        if parts.len() + 1 >= n {
            break;
        }
        parts.push(s[b..end].to_string());
        end = a;
    }
    parts.push(s[..end].to_string());
    Ok(parts)
}

fn split_by(vm: &mut Vm, s: &str, p: &Pat, limit: Option<usize>) -> VmResult<Vec<String>> {
    let mut parts = Vec::new();
    if limit == Some(0) {
        return Ok(parts);
    }
    let matches =
        if let Some(l) = limit { find_all(vm, s, p)?.into_iter().take(l).collect() } else { find_all(vm, s, p)? };
    let mut last = 0;
    for (a, b) in matches {
        if let Some(l) = limit {
            if parts.len() + 1 >= l {
                break;
            }
        }
        if matches!(p, Pat::Str(n) if n.is_empty()) && a == 0 {
            parts.push(String::new());
            continue;
        }
        parts.push(s[last..a].to_string());
        last = b;
    }
    parts.push(s[last..].to_string());
    Ok(parts)
}

pub fn parse_number(text: &str, target: &str) -> Value {
    let err = |display: &str, kind: &str, name: &str| {
        Value::err(Value::StdError(Rc::new((display.to_string(), format!("{name} {{ kind: {kind} }}")))))
    };
    if let Some(t) = IntTy::from_name(target).or(if target.is_empty() { Some(IntTy::I32) } else { None }) {
        if text.is_empty() {
            return err("cannot parse integer from empty string", "Empty", "ParseIntError");
        }
        let digits = text.strip_prefix('+').unwrap_or(text);
        let (neg, digits) = match digits.strip_prefix('-') {
            Some(d) if t.signed() => (true, d),
            _ => (false, digits),
        };
        if digits.is_empty() || !digits.chars().all(|c| c.is_ascii_digit()) {
            return err("invalid digit found in string", "InvalidDigit", "ParseIntError");
        }
        if t == IntTy::U128 {
            return match digits.parse::<u128>() {
                Ok(v) => Value::ok(Value::Int(v as i128, t)),
                Err(_) => err("number too large to fit in target type", "PosOverflow", "ParseIntError"),
            };
        }
        let mut v: i128 = 0;
        for c in digits.chars() {
            v = v.checked_mul(10).and_then(|v| v.checked_add((c as u8 - b'0') as i128)).unwrap_or(i128::MAX);
        }
        let v = if neg { -v } else { v };
        if v > t.max() {
            return err("number too large to fit in target type", "PosOverflow", "ParseIntError");
        }
        if v < t.min() {
            return err("number too small to fit in target type", "NegOverflow", "ParseIntError");
        }
        return Value::ok(Value::Int(v, t));
    }
    match target {
        "f64" | "f32" => match text.parse::<f64>() {
            Ok(v) => {
                let ty = if target == "f32" { FloatTy::F32 } else { FloatTy::F64 };
                let v = if ty == FloatTy::F32 { text.parse::<f32>().map(|x| x as f64).unwrap_or(v) } else { v };
                Value::ok(Value::Float(v, ty))
            }
            Err(_) => {
                let (d, k) = if text.is_empty() {
                    ("cannot parse float from empty string", "Empty")
                } else {
                    ("invalid float literal", "Invalid")
                };
                err(d, k, "ParseFloatError")
            }
        },
        "bool" => match text {
            "true" => Value::ok(Value::Bool(true)),
            "false" => Value::ok(Value::Bool(false)),
            _ => Value::err(Value::StdError(Rc::new((
                "provided string was not `true` or `false`".into(),
                "ParseBoolError".into(),
            )))),
        },
        "char" => {
            let mut cs = text.chars();
            match (cs.next(), cs.next()) {
                (Some(c), None) => Value::ok(Value::Char(c)),
                (None, _) => Value::err(Value::StdError(Rc::new((
                    "cannot parse char from empty string".into(),
                    "ParseCharError { kind: EmptyString }".into(),
                )))),
                _ => Value::err(Value::StdError(Rc::new((
                    "too many characters in string".into(),
                    "ParseCharError { kind: TooManyChars }".into(),
                )))),
            }
        }
        "String" => Value::ok(Value::string(text.to_string())),
        _ => Value::err(Value::StdError(Rc::new(("unsupported parse target".into(), "ParseError".into())))),
    }
}

/// `s.parse::<T>()` for a learner's `impl FromStr for T`.
fn parse_user(vm: &mut Vm, s: &str, hint: &str) -> VmResult<Option<Value>> {
    let prog = vm.prog.clone();
    let name = hint.trim_start_matches("Result<").trim_end_matches('>');
    let Some(id) = prog.types.iter().position(|t| t.name == name) else { return Ok(None) };
    let Some(sym) = prog.names.iter().position(|n| n == "from_str") else { return Ok(None) };
    match prog.methods.get(&(crate::ir::TypeKey::Adt(id as u32), sym as u32)) {
        Some(&f) => Ok(Some(vm.call_fn(f, vec![Value::str(s)])?)),
        None => Ok(None),
    }
}

pub fn call(vm: &mut Vm, method: &str, hint: &str, args: &[Value]) -> VmResult<Option<Value>> {
    let recv = arg(args, 0);
    if let Value::String(buf) = &recv {
        if let Some(v) = mutate(vm, method, args, buf)? {
            return Ok(Some(v));
        }
    }
    // Borrow the text without copying it (a learner's closure may read it, never write it).
    let holder;
    let s: &str = match &recv {
        Value::Str(x) => x,
        Value::String(b) => {
            holder = b.borrow();
            &holder
        }
        _ => return Ok(None),
    };
    let a1 = || arg(args, 1);
    Ok(Some(match method {
        "len" => Value::usize(s.len()),
        "is_empty" => Value::Bool(s.is_empty()),
        "to_string" | "to_owned" | "clone" | "into_string" | "into_boxed_str" => Value::string(s.to_string()),
        "as_str" | "as_ref" | "borrow" | "trim_matches_none" => Value::str(s),
        "into" if hint == "Vec" => Value::vec(s.bytes().map(|b| Value::Int(b as i128, IntTy::U8)).collect()),
        "into" => Value::string(s.to_string()),
        "chars" => iter_of(s.chars().map(Value::Char).collect()),
        "bytes" | "as_bytes" | "into_bytes" => {
            let v: Vec<Value> = s.bytes().map(|b| Value::Int(b as i128, IntTy::U8)).collect();
            if method == "bytes" {
                iter_of(v)
            } else {
                Value::vec(v)
            }
        }
        "char_indices" => {
            iter_of(s.char_indices().map(|(i, c)| Value::tuple(vec![Value::usize(i), Value::Char(c)])).collect())
        }
        "lines" => strs(s.lines()),
        "split_whitespace" | "split_ascii_whitespace" => strs(s.split_whitespace()),
        "split" | "split_terminator" | "splitn" | "rsplit" | "split_inclusive" => {
            let (limit, pat_idx) = if method == "splitn" { (Some(usize_arg(vm, args, 1)?), 2) } else { (None, 1) };
            let p = pattern(vm, &arg(args, pat_idx))?;
            let mut parts = if method == "split_inclusive" {
                let matches = find_all(vm, s, &p)?;
                let mut parts = Vec::new();
                let mut last = 0;
                for (_, b) in matches {
                    parts.push(s[last..b].to_string());
                    last = b;
                }
                if last < s.len() {
                    parts.push(s[last..].to_string());
                }
                parts
            } else if method == "rsplit" && !matches!(&p, Pat::Str(n) if n.is_empty()) {
                rsplitn(vm, s, &p, usize::MAX)?.into_iter().rev().collect()
            } else {
                split_by(vm, s, &p, limit)?
            };
            if method == "split_terminator" && parts.last().map(|l| l.is_empty()).unwrap_or(false) {
                parts.pop();
            }
            if method == "rsplit" {
                parts.reverse();
            }
            strs(parts.iter())
        }
        "rsplitn" => {
            let n = usize_arg(vm, args, 1)?;
            let p = pattern(vm, &arg(args, 2))?;
            strs(rsplitn(vm, s, &p, n)?.iter())
        }
        "split_once" | "rsplit_once" => {
            let p = pattern(vm, &a1())?;
            let matches = if method == "split_once" { find_all(vm, s, &p)? } else { find_all_rev(vm, s, &p)? };
            let m = if method == "split_once" { matches.first() } else { matches.last() };
            match m {
                Some((a, b)) => Value::some(Value::tuple(vec![Value::str(&s[..*a]), Value::str(&s[*b..])])),
                None => Value::none(),
            }
        }
        "split_at" => {
            let i = usize_arg(vm, args, 1)?;
            // std's `split_at` reports through `slice_error_fail(self, 0, mid)`, at its own line.
            if let Some(msg) = crate::vm::ops::str_slice_error(s, 0, i) {
                return vm.panic_in_std("core/src/str/mod.rs:849:21", msg);
            }
            Value::tuple(vec![Value::str(&s[..i]), Value::str(&s[i..])])
        }
        "trim" => Value::str(s.trim()),
        "trim_start" | "trim_left" => Value::str(s.trim_start()),
        "trim_end" | "trim_right" => Value::str(s.trim_end()),
        "trim_matches" | "trim_start_matches" | "trim_end_matches" | "strip_prefix" | "strip_suffix" => {
            let p = pattern(vm, &a1())?;
            let mut start = 0;
            let mut end = s.len();
            let front = matches!(method, "trim_matches" | "trim_start_matches" | "strip_prefix");
            let back = matches!(method, "trim_matches" | "trim_end_matches" | "strip_suffix");
            let once = method.starts_with("strip");
            if let Pat::Str(needle) = &p {
                if once {
                    let r = if front { s.strip_prefix(needle.as_str()) } else { s.strip_suffix(needle.as_str()) };
                    return Ok(Some(Value::option(r.map(Value::str))));
                }
                let mut t: &str = s;
                if !needle.is_empty() {
                    if front {
                        while let Some(r) = t.strip_prefix(needle.as_str()) {
                            t = r;
                        }
                    }
                    if back {
                        while let Some(r) = t.strip_suffix(needle.as_str()) {
                            t = r;
                        }
                    }
                }
                return Ok(Some(Value::str(t)));
            }
            if front {
                for (i, c) in s.char_indices() {
                    if char_matches(vm, &p, c)? {
                        start = i + c.len_utf8();
                        if once {
                            break;
                        }
                    } else {
                        break;
                    }
                }
                if once && start == 0 {
                    return Ok(Some(Value::none()));
                }
            }
            if back {
                for (i, c) in s[start..].char_indices().rev() {
                    if char_matches(vm, &p, c)? {
                        end = start + i;
                        if once {
                            break;
                        }
                    } else {
                        break;
                    }
                }
                if once && end == s.len() {
                    return Ok(Some(Value::none()));
                }
            }
            let r = Value::str(&s[start..end.max(start)]);
            if once {
                Value::some(r)
            } else {
                r
            }
        }
        "to_uppercase" => Value::string(super::case::str_to_upper(s)),
        "to_lowercase" => Value::string(super::case::str_to_lower(s)),
        "to_ascii_uppercase" => Value::string(s.to_ascii_uppercase()),
        "to_ascii_lowercase" => Value::string(s.to_ascii_lowercase()),
        "contains" | "starts_with" | "ends_with" | "find" | "rfind" | "matches" | "match_indices"
        | "rmatch_indices" => {
            let p = pattern(vm, &a1())?;
            let all = if matches!(method, "rfind" | "rmatch_indices") {
                find_all_rev(vm, s, &p)?
            } else {
                find_all(vm, s, &p)?
            };
            match method {
                "contains" => Value::Bool(!all.is_empty()),
                "starts_with" => Value::Bool(all.iter().any(|(a, _)| *a == 0)),
                "ends_with" => Value::Bool(
                    all.iter().any(|(_, b)| *b == s.len()) || matches!(&p, Pat::Str(n) if s.ends_with(n.as_str())),
                ),
                "find" => Value::option(all.first().map(|(a, _)| Value::usize(*a))),
                "rfind" => Value::option(all.last().map(|(a, _)| Value::usize(*a))),
                "matches" => strs(all.iter().map(|(a, b)| &s[*a..*b])),
                _ => {
                    let mut v: Vec<Value> =
                        all.iter().map(|(a, b)| Value::tuple(vec![Value::usize(*a), Value::str(&s[*a..*b])])).collect();
                    if method == "rmatch_indices" {
                        v.reverse();
                    }
                    iter_of(v)
                }
            }
        }
        "replace" | "replacen" => {
            let p = pattern(vm, &a1())?;
            let with = str_arg(vm, args, 2)?;
            let limit = if method == "replacen" { Some(usize_arg(vm, args, 3)?) } else { None };
            let all = find_all(vm, s, &p)?;
            let mut out = String::new();
            let mut last = 0;
            for (i, (a, b)) in all.iter().enumerate() {
                if limit.map(|l| i >= l).unwrap_or(false) {
                    break;
                }
                out.push_str(&s[last..*a]);
                out.push_str(&with);
                last = *b;
            }
            out.push_str(&s[last..]);
            Value::string(out)
        }
        "repeat" => {
            // In i128 with the learner's 64-bit usize: `s.len() * n` overflowing usize panics in
            // `[T]::repeat` (sync/433), above isize::MAX in `Vec::with_capacity`.
            let n = super::int_arg(vm, args, 1)?.clamp(0, u64::MAX as i128);
            let total = s.len() as i128 * n;
            if total > u64::MAX as i128 {
                return vm.panic_in_std("alloc/src/slice.rs:523:50", "capacity overflow");
            }
            if total > i64::MAX as i128 {
                return vm.panic_in_std("alloc/src/raw_vec/mod.rs:28:5", "capacity overflow");
            }
            vm.check_len(usize::try_from(total).unwrap_or(usize::MAX), 1)?;
            vm.reserve(usize::try_from(total).unwrap_or(usize::MAX))?;
            super::charge(vm, (total / 64) as u64)?;
            Value::string(s.repeat(usize::try_from(n).unwrap_or(usize::MAX)))
        }
        "parse" => {
            if let Some(v) = parse_user(vm, s, hint)? {
                return Ok(Some(v));
            }
            parse_number(s, hint)
        }
        "get" => match a1().deref() {
            Value::Range(r) => match crate::vm::ops::range_bounds(&r, s.len()) {
                Ok((lo, hi)) if s.is_char_boundary(lo) && s.is_char_boundary(hi) => Value::some(Value::str(&s[lo..hi])),
                _ => Value::none(),
            },
            _ => return Ok(None),
        },
        "is_char_boundary" => Value::Bool(s.is_char_boundary(usize_arg(vm, args, 1)?)),
        // `String::with_capacity(10).capacity()` is 10 in Rust; the VM does not track allocations.
        "capacity" => return vm.unsupported("`capacity()` (the grader does not model allocation sizes)"),
        "reserve" | "shrink_to_fit" => Value::Unit,
        "eq_ignore_ascii_case" => Value::Bool(s.eq_ignore_ascii_case(&str_arg(vm, args, 1)?)),
        "is_ascii" => Value::Bool(s.is_ascii()),
        "char_count" => Value::usize(s.chars().count()),
        "cmp" | "partial_cmp" | "eq" | "ne" | "lt" | "le" | "gt" | "ge" | "max" | "min" => return Ok(None),
        _ => return Ok(None),
    }))
}

/// Methods that change a `String` in place.
fn mutate(
    vm: &mut Vm,
    method: &str,
    args: &[Value],
    buf: &crate::vm::value::Shared<String>,
) -> VmResult<Option<Value>> {
    let a1 = || arg(args, 1);
    let recv = arg(args, 0);
    Ok(Some(match method {
        "push" | "push_str" => {
            // Before `str_arg` copies the argument.
            let add_len = match a1().deref() {
                Value::String(s) => s.try_borrow().map_or(0, |s| s.len()),
                Value::Str(s) => s.len(),
                _ => 0,
            };
            grow_string(vm, buf, add_len)?;
            let add = str_arg(vm, args, 1)?;
            buf.borrow_mut().push_str(&add);
            Value::Unit
        }
        "write_char" => {
            if let Value::Char(c) = a1().deref() {
                buf.borrow_mut().push(c);
            }
            Value::ok(Value::Unit)
        }
        "pop" => Value::option(buf.borrow_mut().pop().map(Value::Char)),
        "clear" => {
            if let Value::String(buf) = &recv {
                buf.borrow_mut().clear();
            }
            Value::Unit
        }
        "truncate" => {
            let s = buf.borrow().clone();
            let n = usize_arg(vm, args, 1)?;
            if let Value::String(buf) = &recv {
                if n <= s.len() && !s.is_char_boundary(n) {
                    return vm.panic("assertion failed: self.is_char_boundary(new_len)");
                }
                buf.borrow_mut().truncate(n);
            }
            Value::Unit
        }
        "insert" | "insert_str" => {
            let s = buf.borrow().clone();
            let i = usize_arg(vm, args, 1)?;
            let add = str_arg(vm, args, 2)?;
            if i > s.len() || !s.is_char_boundary(i) {
                return vm.panic("assertion failed: self.is_char_boundary(idx)");
            }
            if let Value::String(buf) = &recv {
                buf.borrow_mut().insert_str(i, &add);
            }
            Value::Unit
        }
        "remove" => {
            let s = buf.borrow().clone();
            let i = usize_arg(vm, args, 1)?;
            // `String::remove` reads `self[idx..]` first (its slicing panic, at the caller's line),
            // then panics at the end of the string.
            if let Some(msg) = crate::vm::ops::str_slice_error(&s, i, s.len().max(i)) {
                return vm.panic(msg);
            }
            if i == s.len() {
                return vm.panic("cannot remove a char from the end of a string");
            }
            Value::Char(buf.borrow_mut().remove(i))
        }
        "make_ascii_uppercase" | "make_ascii_lowercase" => {
            if let Value::String(buf) = &recv {
                if method == "make_ascii_uppercase" {
                    buf.borrow_mut().make_ascii_uppercase()
                } else {
                    buf.borrow_mut().make_ascii_lowercase()
                }
            }
            Value::Unit
        }
        "extend" => {
            let it = super::iter::into_iter(vm, a1())?;
            while let Some(x) = super::iter::next(vm, &it)? {
                let text = match x.deref() {
                    Value::Char(c) => c.to_string(),
                    other => other.to_str().unwrap_or_default(),
                };
                grow_string(vm, buf, text.len())?;
                buf.borrow_mut().push_str(&text);
            }
            Value::Unit
        }
        "drain" => {
            let s = buf.borrow().clone();
            // `String::drain` checks the range in core's `slice::range` (its own lines), then
            // asserts both ends are char boundaries (at the caller's line, sync/383).
            let (lo, hi) = crate::vm::ops::drain_bounds(vm, &a1().deref(), s.len())?;
            if !s.is_char_boundary(lo) {
                return vm.panic("assertion failed: self.is_char_boundary(start)");
            }
            if !s.is_char_boundary(hi) {
                return vm.panic("assertion failed: self.is_char_boundary(end)");
            }
            let d: String = buf.borrow_mut().drain(lo..hi).collect();
            iter_of(d.chars().map(Value::Char).collect())
        }
        "retain" => {
            let s = buf.borrow().clone();
            let f = a1();
            let mut out = String::new();
            for c in s.chars() {
                if vm.call_value(&f, vec![Value::Char(c)])?.as_bool().unwrap_or(false) {
                    out.push(c);
                }
            }
            *buf.borrow_mut() = out;
            Value::Unit
        }
        _ => return Ok(None),
    }))
}

/// `buf` is about to take `add` more bytes: when that reallocates it, charge the growth to the
/// memory account first (`vm/memory.rs`) and enter the buffer in it.
pub fn grow_string(vm: &mut Vm, buf: &crate::vm::value::Shared<String>, add: usize) -> VmResult<()> {
    let (len, cap) = {
        let b = buf.borrow();
        (b.len(), b.capacity())
    };
    let need = len.saturating_add(add);
    if need > cap {
        let new_cap = need.max(cap.saturating_mul(2)).max(8);
        vm.check_len(new_cap, 1)?;
        vm.alloc(new_cap)?;
        if new_cap >= crate::vm::memory::SMALL {
            crate::vm::memory::hold(buf);
        }
    }
    Ok(())
}
