//! Stepping an iterator: `next_of` and `next_back` for every source and lazy adapter (`map`, `filter`, `zip`, `chain`, `rev`, ...); each item pulled counts as a VM step.

use super::*;

pub fn next_of(vm: &mut Vm, it: &mut Iter) -> VmResult<Option<Value>> {
    // Each item counts as a step: `(0..u64::MAX).count()` or `(0..).skip(usize::MAX)` loop in
    // the host without running an instruction, and must stop at the step limit, not hang.
    super::super::charge(vm, 1)?;
    Ok(match it {
        Iter::Empty => None,
        Iter::Range { next, end, ty } => {
            if *next < *end {
                let v = *next;
                *next += 1;
                Some(Value::Int(v, *ty))
            } else {
                None
            }
        }
        Iter::RangeFrom { next, ty } if *ty == IntTy::U128 => {
            // The bit pattern (`ops::u128_of`): `i128::MAX + 1` is 2^127, -1 is `u128::MAX`.
            let v = *next;
            if v == -1 {
                return vm.panic("attempt to add with overflow");
            }
            *next = v.wrapping_add(1);
            Some(Value::Int(v, *ty))
        }
        Iter::RangeFrom { next, ty } => {
            let v = *next;
            if v >= IntTy::max(*ty) {
                return vm.panic("attempt to add with overflow");
            }
            *next += 1;
            Some(Value::Int(v, *ty))
        }
        Iter::Chars { next, end } => {
            while *next < *end {
                let c = char::from_u32(*next);
                *next += 1;
                if let Some(c) = c {
                    return Ok(Some(Value::Char(c)));
                }
            }
            None
        }
        Iter::Items { items, front, back } => {
            if *front < *back {
                let v = take_item(items, *front);
                *front += 1;
                v
            } else {
                None
            }
        }
        Iter::VecRef { vec, front, back, mutable } => {
            let len = vec.borrow().len();
            if *front < *back && *front < len {
                let i = *front;
                *front += 1;
                if *mutable {
                    Some(Value::Ref(Place::Index(vec.clone(), i)))
                } else {
                    vec.borrow().get(i).cloned()
                }
            } else {
                None
            }
        }
        Iter::Shared(inner) => {
            let inner = inner.clone();
            let mut g = match inner.try_borrow_mut() {
                Ok(g) => g,
                Err(_) => return vm.unsupported("using an iterator inside its own adapter"),
            };
            next_of(vm, &mut g)?
        }
        Iter::User { obj, next } => {
            let r = vm.call_fn(*next, vec![obj.clone()])?;
            option_of(&r)
        }
        Iter::Map { inner, f } => match next_of(vm, inner)? {
            Some(v) => Some(call1(vm, f, v)?),
            None => None,
        },
        Iter::Filter { inner, f } => loop {
            match next_of(vm, inner)? {
                Some(v) => {
                    if truthy(&call1(vm, f, v.clone())?) {
                        break Some(v);
                    }
                }
                None => break None,
            }
        },
        Iter::FilterMap { inner, f } => loop {
            match next_of(vm, inner)? {
                Some(v) => {
                    if let Some(r) = option_of(&call1(vm, f, v)?) {
                        break Some(r);
                    }
                }
                None => break None,
            }
        },
        Iter::MapWhile { inner, f, done } => {
            if *done {
                return Ok(None);
            }
            match next_of(vm, inner)? {
                Some(v) => match option_of(&call1(vm, f, v)?) {
                    Some(r) => Some(r),
                    None => {
                        *done = true;
                        None
                    }
                },
                None => None,
            }
        }
        Iter::Enumerate { inner, n } => match next_of(vm, inner)? {
            Some(v) => {
                let i = *n;
                *n += 1;
                Some(Value::tuple(vec![Value::usize(i), v]))
            }
            None => None,
        },
        Iter::Zip { a, b } => match next_of(vm, a)? {
            Some(x) => next_of(vm, b)?.map(|y| Value::tuple(vec![x, y])),
            None => None,
        },
        Iter::Chain { a, b } => match next_of(vm, a)? {
            Some(v) => Some(v),
            None => next_of(vm, b)?,
        },
        Iter::Skip { inner, n } => {
            while *n > 0 {
                *n -= 1;
                if next_of(vm, inner)?.is_none() {
                    return Ok(None);
                }
            }
            next_of(vm, inner)?
        }
        Iter::Take { inner, n } => {
            if *n == 0 {
                None
            } else {
                *n -= 1;
                next_of(vm, inner)?
            }
        }
        Iter::StepBy { inner, step, first } => {
            if *first {
                *first = false;
                next_of(vm, inner)?
            } else {
                for _ in 1..*step {
                    if next_of(vm, inner)?.is_none() {
                        return Ok(None);
                    }
                }
                next_of(vm, inner)?
            }
        }
        Iter::SkipWhile { inner, f, done } => loop {
            match next_of(vm, inner)? {
                Some(v) => {
                    if *done || !truthy(&call1(vm, f, v.clone())?) {
                        *done = true;
                        break Some(v);
                    }
                }
                None => break None,
            }
        },
        Iter::TakeWhile { inner, f, done } => {
            if *done {
                return Ok(None);
            }
            match next_of(vm, inner)? {
                Some(v) => {
                    if truthy(&call1(vm, f, v.clone())?) {
                        Some(v)
                    } else {
                        *done = true;
                        None
                    }
                }
                None => None,
            }
        }
        Iter::Peekable { inner, peeked } => match peeked.take() {
            Some(v) => v,
            None => next_of(vm, inner)?,
        },
        Iter::FlatMap { inner, f, cur } => loop {
            if let Some(c) = cur {
                if let Some(v) = next_of(vm, c)? {
                    break Some(v);
                }
                *cur = None;
            }
            match next_of(vm, inner)? {
                Some(v) => {
                    let produced = match f {
                        Some(f) => call1(vm, f, v)?,
                        None => v,
                    };
                    let it = into_iter(vm, produced)?;
                    *cur = Some(Box::new(take_iter(&it)));
                }
                None => break None,
            }
        },
        Iter::Inspect { inner, f } => match next_of(vm, inner)? {
            Some(v) => {
                call1(vm, f, v.clone())?;
                Some(v)
            }
            None => None,
        },
        Iter::Cloned { inner } => next_of(vm, inner)?.map(|v| deep_clone(&v)),
        Iter::Scan { inner, state, f, done } => {
            if *done {
                return Ok(None);
            }
            match next_of(vm, inner)? {
                Some(v) => {
                    let r = vm.call_value(f, vec![Value::Ref(Place::Cell(state.clone())), v])?;
                    match option_of(&r) {
                        Some(x) => Some(x),
                        None => {
                            *done = true;
                            None
                        }
                    }
                }
                None => None,
            }
        }
        Iter::Cycle { orig, idx } => {
            if orig.is_empty() {
                None
            } else {
                let v = orig.get(*idx % orig.len()).cloned();
                *idx += 1;
                v
            }
        }
        Iter::Rev { inner } => next_back(vm, inner)?,
        Iter::FromFn { f } => {
            let f = f.clone();
            option_of(&vm.call_value(&f, vec![])?)
        }
        Iter::Successors { next, f } => match next.take() {
            Some(v) => {
                let f = f.clone();
                *next = option_of(&vm.call_value(&f, vec![v.clone()])?);
                Some(v)
            }
            None => None,
        },
    })
}

/// `next_back` for double-ended iterators; others are materialized first.
pub(super) fn next_back(vm: &mut Vm, it: &mut Iter) -> VmResult<Option<Value>> {
    Ok(match it {
        Iter::Range { next, end, ty } => {
            if *next < *end {
                *end -= 1;
                Some(Value::Int(*end, *ty))
            } else {
                None
            }
        }
        Iter::Chars { next, end } => {
            while *next < *end {
                *end -= 1;
                if let Some(c) = char::from_u32(*end) {
                    return Ok(Some(Value::Char(c)));
                }
            }
            None
        }
        Iter::Items { items, front, back } => {
            if *front < *back {
                *back -= 1;
                take_item(items, *back)
            } else {
                None
            }
        }
        Iter::VecRef { vec, front, back, mutable } => {
            if *front < *back {
                *back -= 1;
                if *mutable {
                    Some(Value::Ref(Place::Index(vec.clone(), *back)))
                } else {
                    vec.borrow().get(*back).cloned()
                }
            } else {
                None
            }
        }
        Iter::Map { inner, f } => match next_back(vm, inner)? {
            Some(v) => Some(call1(vm, f, v)?),
            None => None,
        },
        Iter::Filter { inner, f } => loop {
            match next_back(vm, inner)? {
                Some(v) => {
                    if truthy(&call1(vm, f, v.clone())?) {
                        break Some(v);
                    }
                }
                None => break None,
            }
        },
        Iter::Cloned { inner } => next_back(vm, inner)?.map(|v| deep_clone(&v)),
        Iter::Chain { a, b } => match next_back(vm, b)? {
            Some(v) => Some(v),
            None => next_back(vm, a)?,
        },
        Iter::Rev { inner } => next_of(vm, inner)?,
        other => {
            // Materialize what is left, then walk it from the back.
            let mut rest = Vec::new();
            while let Some(v) = next_of(vm, other)? {
                rest.push(v);
            }
            let n = rest.len();
            let mut list = Iter::Items { items: Rc::new(rest), front: 0, back: n };
            let v = next_back(vm, &mut list)?;
            *other = list;
            v
        }
    })
}
