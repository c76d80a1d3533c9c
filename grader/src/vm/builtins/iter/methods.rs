//! Iterator methods: building adapters and running consumers (`sum`, `fold`, `max_by`, `position`, ...), and `collect` into the target collection the lowering names in the method's hint.

use super::*;

fn collect_all(vm: &mut Vm, it: &mut Iter) -> VmResult<Vec<Value>> {
    let mut out = Vec::new();
    while let Some(v) = next_of(vm, it)? {
        out.push(v);
        if out.len() % 4096 == 0 {
            vm.reserve(out.len() * crate::vm::memory::VALUE_BYTES)?;
        }
    }
    Ok(out)
}

fn add_values(vm: &mut Vm, a: &Value, b: &Value, mul: bool) -> VmResult<Value> {
    let op = if mul { crate::ir::BinOp::Mul } else { crate::ir::BinOp::Add };
    match (a.deref(), b.deref()) {
        (Value::Int(x, t), Value::Int(y, _)) => match int_binop(op, x, y, t) {
            Ok(v) => Ok(v),
            Err(m) => vm.panic(m),
        },
        (x, y) => match crate::vm::ops::binop(op, &x, &y, &vm.prog.clone()) {
            Ok(v) => Ok(v),
            // `Sum for Duration` panics with its own message and line ("overflow in iter::sum").
            Err(m) if crate::vm::ops::is_std_panic(&m) => {
                vm.unsupported("a sum or product that overflows inside std (its panic is not modelled)")
            }
            Err(m) => crate::vm::ops::op_error(vm, m),
        },
    }
}

fn zero_of(hint: &str, one: bool) -> Value {
    let n = if one { 1 } else { 0 };
    match hint {
        "f64" => Value::Float(n as f64, crate::ir::FloatTy::F64),
        "f32" => Value::Float(n as f64, crate::ir::FloatTy::F32),
        h => Value::Int(n, IntTy::from_name(h).unwrap_or(IntTy::I32)),
    }
}

/// Iterator methods (receiver: an iterator, a range, or a user iterator).
pub fn call(vm: &mut Vm, method: &str, hint: &str, args: &[Value]) -> VmResult<Option<Value>> {
    let recv = arg(args, 0);
    // Range-specific methods.
    if let Value::Range(r) = &recv {
        match method {
            "contains" => {
                let x = arg(args, 1).deref();
                let lo_ok = r.lo.is_unit() || compare(&r.lo, &x) != Ordering::Greater;
                let hi_ok = r.hi.is_unit()
                    || match compare(&x, &r.hi) {
                        Ordering::Less => true,
                        Ordering::Equal => matches!(r.kind, RangeKind::Inclusive | RangeKind::ToInclusive),
                        Ordering::Greater => false,
                    };
                return Ok(Some(Value::Bool(lo_ok && hi_ok)));
            }
            "start" => return Ok(Some(r.lo.clone())),
            "end" => return Ok(Some(r.hi.clone())),
            "is_empty" => {
                let e = match r.kind {
                    RangeKind::Inclusive => compare(&r.lo, &r.hi) == Ordering::Greater,
                    _ => compare(&r.lo, &r.hi) != Ordering::Less,
                };
                return Ok(Some(Value::Bool(e)));
            }
            "len" => {
                let it = range_iter(vm, r)?;
                if let Iter::Range { next, end, .. } = it {
                    return Ok(Some(Value::usize(
                        usize::try_from(end.saturating_sub(next).max(0)).unwrap_or(usize::MAX),
                    )));
                }
            }
            _ => {}
        }
    }
    // `Chars::as_str` and `ChunksExact::remainder` read an `Items` iterator in place
    // (only those std iterators have these methods, so rustc let nothing else through).
    if matches!(method, "as_str" | "remainder" | "into_remainder") {
        if let Value::Iter(it) = &recv {
            let it = it.borrow();
            let it = match &*it {
                Iter::Shared(s) => s.borrow().clone_items(),
                other => other.clone_items(),
            };
            if let Some((items, front, back)) = it {
                if method == "as_str" && items[front..back].iter().all(|c| matches!(c, Value::Char(_))) {
                    return Ok(Some(Value::str(
                        &items[front..back]
                            .iter()
                            .map(|c| if let Value::Char(c) = c { *c } else { ' ' })
                            .collect::<String>(),
                    )));
                }
                // `chunks_exact` keeps the remainder after `back` (see `vec.rs`).
                if method != "as_str" && items.len() == back + 1 {
                    return Ok(Some(items[back].clone()));
                }
            }
        }
    }
    let f = || arg(args, 1);
    let adapter = |vm: &mut Vm, make: &dyn Fn(Box<Iter>) -> Iter| -> VmResult<Option<Value>> {
        let inner = recv_iter(vm, &recv)?;
        Ok(Some(iter_value(make(Box::new(inner)))))
    };
    Ok(match method {
        "iter" | "into_iter" | "iter_mut" => Some(into_iter(vm, recv.clone())?),
        "next" => Some(Value::option(next(vm, &recv)?)),
        "next_back" => {
            let Value::Iter(cell) = &recv else { return Ok(None) };
            let mut g = cell.borrow_mut();
            Some(Value::option(next_back(vm, &mut g)?))
        }
        "by_ref" => match &recv {
            Value::Iter(cell) => Some(iter_value(Iter::Shared(cell.clone()))),
            _ => Some(recv.clone()),
        },
        "peek" => {
            let Value::Iter(cell) = &recv else { return Ok(None) };
            let mut g = cell.borrow_mut();
            if let Iter::Peekable { inner, peeked } = &mut *g {
                if peeked.is_none() {
                    *peeked = Some(next_of(vm, inner)?);
                }
                Some(Value::option(peeked.clone().flatten()))
            } else {
                return vm.unsupported("`peek` on an iterator that is not `peekable()`");
            }
        }
        "next_if" => {
            let Value::Iter(cell) = &recv else { return Ok(None) };
            let mut g = cell.borrow_mut();
            if let Iter::Peekable { inner, peeked } = &mut *g {
                let v = match peeked.take() {
                    Some(v) => v,
                    None => next_of(vm, inner)?,
                };
                match v {
                    Some(v) => {
                        if truthy(&call1(vm, &f(), v.clone())?) {
                            Some(Value::some(v))
                        } else {
                            *peeked = Some(Some(v));
                            Some(Value::none())
                        }
                    }
                    None => Some(Value::none()),
                }
            } else {
                return vm.unsupported("`next_if` on an iterator that is not `peekable()`");
            }
        }
        "map" => adapter(vm, &|inner| Iter::Map { inner, f: f() })?,
        "filter" => adapter(vm, &|inner| Iter::Filter { inner, f: f() })?,
        "filter_map" => adapter(vm, &|inner| Iter::FilterMap { inner, f: f() })?,
        "map_while" => adapter(vm, &|inner| Iter::MapWhile { inner, f: f(), done: false })?,
        "enumerate" => adapter(vm, &|inner| Iter::Enumerate { inner, n: 0 })?,
        "skip_while" => adapter(vm, &|inner| Iter::SkipWhile { inner, f: f(), done: false })?,
        "take_while" => adapter(vm, &|inner| Iter::TakeWhile { inner, f: f(), done: false })?,
        "peekable" => adapter(vm, &|inner| Iter::Peekable { inner, peeked: None })?,
        "flat_map" => adapter(vm, &|inner| Iter::FlatMap { inner, f: Some(f()), cur: None })?,
        "flatten" => adapter(vm, &|inner| Iter::FlatMap { inner, f: None, cur: None })?,
        "inspect" => adapter(vm, &|inner| Iter::Inspect { inner, f: f() })?,
        "cloned" | "copied" => adapter(vm, &|inner| Iter::Cloned { inner })?,
        "rev" => adapter(vm, &|inner| Iter::Rev { inner })?,
        "fuse" => adapter(vm, &|inner| *inner)?,
        "skip" => {
            let n = usize_arg(vm, args, 1)?;
            adapter(vm, &|inner| Iter::Skip { inner, n })?
        }
        "take" => {
            let n = usize_arg(vm, args, 1)?;
            adapter(vm, &|inner| Iter::Take { inner, n })?
        }
        "step_by" => {
            let step = usize_arg(vm, args, 1)?;
            if step == 0 {
                return vm.panic_in_std("core/src/iter/adapters/step_by.rs:35:9", "assertion failed: step != 0");
            }
            adapter(vm, &|inner| Iter::StepBy { inner, step, first: true })?
        }
        "zip" | "chain" => {
            let other = recv_iter(vm, &f())?;
            let a = Box::new(recv_iter(vm, &recv)?);
            let b = Box::new(other);
            Some(iter_value(if method == "zip" { Iter::Zip { a, b } } else { Iter::Chain { a, b } }))
        }
        "scan" => {
            let init = arg(args, 1);
            let func = arg(args, 2);
            let inner = Box::new(recv_iter(vm, &recv)?);
            Some(iter_value(Iter::Scan { inner, state: shared(init), f: func, done: false }))
        }
        "cycle" => {
            let mut it = recv_iter(vm, &recv)?;
            let all = collect_all(vm, &mut it)?;
            Some(iter_value(Iter::Cycle { orig: Rc::new(all), idx: 0 }))
        }
        // ---- consumers
        "collect" => Some(collect(vm, &recv, hint)?),
        "count" => {
            let mut it = recv_iter(vm, &recv)?;
            let mut n = 0usize;
            while next_of(vm, &mut it)?.is_some() {
                n += 1;
            }
            Some(Value::usize(n))
        }
        "sum" | "product" => {
            let mul = method == "product";
            let mut it = recv_iter(vm, &recv)?;
            let mut acc: Option<Value> = None;
            let mut wrap: Option<u32> = None;
            while let Some(v) = next_of(vm, &mut it)? {
                let mut v = v.deref();
                // Summing Options/Results stops at the first None/Err.
                if let Value::Obj(o) = &v {
                    let (ty, variant, inner) = {
                        let o = o.borrow();
                        (o.ty, o.variant, o.fields.first().cloned())
                    };
                    if ty == crate::ir::OPTION || ty == crate::ir::RESULT {
                        wrap = Some(ty);
                        let ok = (ty == crate::ir::OPTION && variant == 1) || (ty == crate::ir::RESULT && variant == 0);
                        if !ok {
                            return Ok(Some(v.clone()));
                        }
                        v = inner.unwrap_or_default().deref();
                    }
                }
                acc = Some(match acc {
                    None => {
                        // The accumulator takes the hinted type if any.
                        match (IntTy::from_name(hint), &v) {
                            (Some(t), Value::Int(x, _)) => Value::Int(*x, t),
                            _ => v,
                        }
                    }
                    Some(a) => match add_values(vm, &a, &v, mul) {
                        // `Sum`/`Product` for integers is not `#[track_caller]`: real Rust points into core.
                        Err(crate::vm::Stop::Panic { msg, .. })
                            if matches!(a, Value::Int(..)) && msg.ends_with("with overflow") =>
                        {
                            return vm.panic_in_std("core/src/iter/traits/accum.rs:204:1", msg);
                        }
                        r => r?,
                    },
                });
            }
            let hint = hint.trim_start_matches("Option<").trim_start_matches("Result<").trim_end_matches('>');
            let total = acc.unwrap_or_else(|| zero_of(hint, mul));
            Some(match wrap {
                Some(crate::ir::OPTION) => Value::some(total),
                Some(_) => Value::ok(total),
                None => total,
            })
        }
        "last" => {
            let mut it = recv_iter(vm, &recv)?;
            let mut last = None;
            while let Some(v) = next_of(vm, &mut it)? {
                last = Some(v);
            }
            Some(Value::option(last))
        }
        "nth" => {
            let n = usize_arg(vm, args, 1)?;
            let Value::Iter(_) = &recv else {
                let mut it = recv_iter(vm, &recv)?;
                for _ in 0..n {
                    if next_of(vm, &mut it)?.is_none() {
                        return Ok(Some(Value::none()));
                    }
                }
                return Ok(Some(Value::option(next_of(vm, &mut it)?)));
            };
            for _ in 0..n {
                if next(vm, &recv)?.is_none() {
                    return Ok(Some(Value::none()));
                }
            }
            Some(Value::option(next(vm, &recv)?))
        }
        "min" | "max" => {
            let mut it = recv_iter(vm, &recv)?;
            let mut best: Option<Value> = None;
            while let Some(v) = next_of(vm, &mut it)? {
                best = Some(match best {
                    None => v,
                    Some(b) => {
                        let o = match super::super::vec::user_cmp(vm, &v) {
                            Some(f) => ordering_of(&vm.call_fn(f, vec![v.clone(), b.clone()])?),
                            None => compare(&v, &b),
                        };
                        // max keeps the last maximum, min the first minimum.
                        if (method == "max" && o != Ordering::Less) || (method == "min" && o == Ordering::Less) {
                            v
                        } else {
                            b
                        }
                    }
                });
            }
            Some(Value::option(best))
        }
        "min_by_key" | "max_by_key" | "min_by" | "max_by" => {
            let func = f();
            let by_key = method.ends_with("key");
            let is_max = method.starts_with("max");
            let mut it = recv_iter(vm, &recv)?;
            let mut best: Option<(Value, Value)> = None;
            while let Some(v) = next_of(vm, &mut it)? {
                let k = if by_key { call1(vm, &func, v.clone())? } else { Value::Unit };
                best = Some(match best {
                    None => (v, k),
                    Some((bv, bk)) => {
                        let o = if by_key {
                            compare(&k, &bk)
                        } else {
                            ordering_of(&vm.call_value(&func, vec![v.clone(), bv.clone()])?)
                        };
                        if (is_max && o != Ordering::Less) || (!is_max && o == Ordering::Less) {
                            (v, k)
                        } else {
                            (bv, bk)
                        }
                    }
                });
            }
            Some(Value::option(best.map(|(v, _)| v)))
        }
        "fold" => {
            let mut acc = arg(args, 1);
            let func = arg(args, 2);
            let mut it = recv_iter(vm, &recv)?;
            while let Some(v) = next_of(vm, &mut it)? {
                acc = vm.call_value(&func, vec![acc, v])?;
            }
            Some(acc)
        }
        "reduce" => {
            let func = f();
            let mut it = recv_iter(vm, &recv)?;
            let mut acc = match next_of(vm, &mut it)? {
                Some(v) => v,
                None => return Ok(Some(Value::none())),
            };
            while let Some(v) = next_of(vm, &mut it)? {
                acc = vm.call_value(&func, vec![acc, v])?;
            }
            Some(Value::some(acc))
        }
        "for_each" => {
            let func = f();
            let mut it = recv_iter(vm, &recv)?;
            while let Some(v) = next_of(vm, &mut it)? {
                call1(vm, &func, v)?;
            }
            Some(Value::Unit)
        }
        "any" | "all" | "find" | "position" | "find_map" | "rposition" => {
            let func = f();
            let mut it = match &recv {
                Value::Iter(_) => Iter::Shared(match &recv {
                    Value::Iter(c) => c.clone(),
                    _ => unreachable!(),
                }),
                _ => recv_iter(vm, &recv)?,
            };
            if method == "rposition" {
                let all = collect_all(vm, &mut it)?;
                for (i, v) in all.iter().enumerate().rev() {
                    if truthy(&call1(vm, &func, v.clone())?) {
                        return Ok(Some(Value::some(Value::usize(i))));
                    }
                }
                return Ok(Some(Value::none()));
            }
            let mut i = 0usize;
            while let Some(v) = next_of(vm, &mut it)? {
                let r = call1(vm, &func, v.clone())?;
                match method {
                    "any" if truthy(&r) => return Ok(Some(Value::Bool(true))),
                    "all" if !truthy(&r) => return Ok(Some(Value::Bool(false))),
                    "find" if truthy(&r) => return Ok(Some(Value::some(v))),
                    "position" if truthy(&r) => return Ok(Some(Value::some(Value::usize(i)))),
                    "find_map" => {
                        if let Some(x) = option_of(&r) {
                            return Ok(Some(Value::some(x)));
                        }
                    }
                    _ => {}
                }
                i += 1;
            }
            Some(match method {
                "any" => Value::Bool(false),
                "all" => Value::Bool(true),
                _ => Value::none(),
            })
        }
        "partition" => {
            let func = f();
            let mut it = recv_iter(vm, &recv)?;
            let (mut yes, mut no) = (Vec::new(), Vec::new());
            while let Some(v) = next_of(vm, &mut it)? {
                if truthy(&call1(vm, &func, v.clone())?) {
                    yes.push(v);
                } else {
                    no.push(v);
                }
            }
            Some(Value::tuple(vec![Value::vec(yes), Value::vec(no)]))
        }
        "unzip" => {
            let mut it = recv_iter(vm, &recv)?;
            let (mut a, mut b) = (Vec::new(), Vec::new());
            while let Some(v) = next_of(vm, &mut it)? {
                a.push(crate::vm::ops::field(&v, 0).unwrap_or_default());
                b.push(crate::vm::ops::field(&v, 1).unwrap_or_default());
            }
            Some(Value::tuple(vec![Value::vec(a), Value::vec(b)]))
        }
        "len" => {
            let mut it = recv_iter(vm, &recv)?;
            let all = collect_all(vm, &mut it)?;
            Some(Value::usize(all.len()))
        }
        "eq" | "ne" | "lt" | "le" | "gt" | "ge" | "cmp" | "partial_cmp" if args.len() == 2 => {
            let mut a = recv_iter(vm, &recv)?;
            let mut b = recv_iter(vm, &f())?;
            let xs = Value::vec(collect_all(vm, &mut a)?);
            let ys = Value::vec(collect_all(vm, &mut b)?);
            let o = compare(&xs, &ys);
            Some(match method {
                "eq" => Value::Bool(crate::vm::value::equal(&xs, &ys)),
                "ne" => Value::Bool(!crate::vm::value::equal(&xs, &ys)),
                "lt" => Value::Bool(o.is_lt()),
                "le" => Value::Bool(o.is_le()),
                "gt" => Value::Bool(o.is_gt()),
                "ge" => Value::Bool(o.is_ge()),
                "cmp" => Value::ordering(o),
                _ => Value::some(Value::ordering(o)),
            })
        }
        "try_fold" | "try_for_each" => {
            let (mut acc, func) =
                if method == "try_fold" { (arg(args, 1), arg(args, 2)) } else { (Value::Unit, arg(args, 1)) };
            let mut it = match &recv {
                Value::Iter(c) => Iter::Shared(c.clone()),
                _ => recv_iter(vm, &recv)?,
            };
            let mut kind = crate::ir::OPTION;
            while let Some(v) = next_of(vm, &mut it)? {
                let r = if method == "try_fold" {
                    vm.call_value(&func, vec![acc.clone(), v])?
                } else {
                    vm.call_value(&func, vec![v])?
                };
                let (ty, variant, inner) = match r.deref() {
                    Value::Obj(o) => {
                        let o = o.borrow();
                        (o.ty, o.variant, o.fields.first().cloned().unwrap_or_default())
                    }
                    _ => return vm.unsupported("`try_fold` with a closure that does not return Option or Result"),
                };
                kind = ty;
                let ok = (ty == crate::ir::OPTION && variant == 1) || (ty == crate::ir::RESULT && variant == 0);
                if !ok {
                    return Ok(Some(r));
                }
                acc = inner;
            }
            Some(if kind == crate::ir::RESULT || method == "try_for_each" { Value::ok(acc) } else { Value::some(acc) })
        }
        "next_if_eq" => {
            let Value::Iter(cell) = &recv else { return Ok(None) };
            let mut g = cell.borrow_mut();
            let Iter::Peekable { inner, peeked } = &mut *g else {
                return vm.unsupported("`next_if_eq` on an iterator that is not `peekable()`");
            };
            let v = match peeked.take() {
                Some(v) => v,
                None => next_of(vm, inner)?,
            };
            match v {
                Some(v) if crate::vm::value::equal(&v.deref(), &f().deref()) => Some(Value::some(v)),
                other => {
                    *peeked = Some(other);
                    Some(Value::none())
                }
            }
        }
        "sorted" => None,
        _ => {
            let _ = int_arg;
            None
        }
    })
}

pub fn ordering_of(v: &Value) -> Ordering {
    match v.deref() {
        Value::Obj(o) => {
            let o = o.borrow();
            match (o.ty, o.variant) {
                (crate::ir::ORDERING, 0) => Ordering::Less,
                (crate::ir::ORDERING, 2) => Ordering::Greater,
                (crate::ir::ORDERING, _) => Ordering::Equal,
                // `partial_cmp` results: Some(ordering).
                (crate::ir::OPTION, 1) => o.fields.first().map(ordering_of).unwrap_or(Ordering::Equal),
                _ => Ordering::Equal,
            }
        }
        _ => Ordering::Equal,
    }
}

/// `collect::<T>()` where T comes from the hint.
pub fn collect(vm: &mut Vm, recv: &Value, hint: &str) -> VmResult<Value> {
    let mut it = recv_iter(vm, recv)?;
    let (outer, inner) = if let Some(rest) = hint.strip_prefix("Result<") {
        ("Result", rest.trim_end_matches('>'))
    } else if let Some(rest) = hint.strip_prefix("Option<") {
        ("Option", rest.trim_end_matches('>'))
    } else {
        ("", hint)
    };
    let mut items = Vec::new();
    while let Some(v) = next_of(vm, &mut it)? {
        match outer {
            "Result" | "Option" => {
                let v = v.deref();
                let (ok, x) = match &v {
                    Value::Obj(o) => {
                        let o = o.borrow();
                        let ok = (o.ty == crate::ir::RESULT && o.variant == 0)
                            || (o.ty == crate::ir::OPTION && o.variant == 1);
                        (ok, o.fields.first().cloned().unwrap_or_default())
                    }
                    _ => (true, v.clone()),
                };
                if !ok {
                    return Ok(if outer == "Result" { Value::err(x) } else { Value::none() });
                }
                items.push(x);
            }
            _ => items.push(v),
        }
        if items.len() % 4096 == 0 {
            vm.reserve(items.len() * crate::vm::memory::VALUE_BYTES)?;
        }
    }
    if inner == "JoinSet" && outer.is_empty() {
        return crate::vm::rt::set::joinset::collect(vm, items);
    }
    if let Some(set) = crate::vm::rt::stream::collect_into(vm, inner, items.clone()) {
        return Ok(set);
    }
    let built = build_collection(vm, inner, items)?;
    Ok(match outer {
        "Result" => Value::ok(built),
        "Option" => Value::some(built),
        _ => built,
    })
}

pub fn build_collection(vm: &mut Vm, kind: &str, items: Vec<Value>) -> VmResult<Value> {
    Ok(match kind {
        "String" => {
            let mut s = String::new();
            for v in &items {
                match v.deref() {
                    Value::Char(c) => s.push(c),
                    other => match other.to_str() {
                        Some(t) => s.push_str(&t),
                        None => return vm.unsupported("collecting these items into a String"),
                    },
                }
            }
            Value::string(s)
        }
        "HashMap" => {
            let mut m = Map::default();
            for v in items {
                let k = crate::vm::ops::field(&v, 0).unwrap_or_default();
                let val = crate::vm::ops::field(&v, 1).unwrap_or_default();
                m.entries.insert(Key(k.deref()), val);
            }
            Value::Map(shared(m))
        }
        "HashSet" => {
            let mut s = Set::default();
            for v in items {
                s.items.insert(Key(v.deref()));
            }
            Value::Set(shared(s))
        }
        "VecDeque" => Value::Deque(shared(items.into_iter().collect::<VecDeque<Value>>())),
        _ => Value::vec(items),
    })
}
