//! `HashMap`/`BTreeMap` (both ordered by key here: a HashMap's order is
//! unspecified in Rust, so any order is faithful, and sorted is deterministic)
//! and `HashSet`/`BTreeSet`, plus the entry API.

use super::iter::{self, items};
use super::{arg, paths::default_for};
use crate::vm::value::{deep_clone, shared, Key, Map, Place, Set, Shared, Value};
use crate::vm::{Vm, VmResult};

fn iter_of(v: Vec<Value>) -> Value {
    Value::Iter(shared(items(v)))
}

/// An `Entry` value: the map and the key, as a tuple object of a marker type.
fn entry(m: &Shared<Map>, key: Value) -> Value {
    Value::tuple(vec![Value::Marker("Entry"), Value::Map(m.clone()), key])
}

pub fn call(vm: &mut Vm, method: &str, hint: &str, args: &[Value]) -> VmResult<Option<Value>> {
    match arg(args, 0) {
        Value::Map(m) => map_method(vm, method, hint, args, &m),
        Value::Set(s) => set_method(vm, method, args, &s),
        _ => Ok(None),
    }
}

fn map_method(vm: &mut Vm, method: &str, hint: &str, args: &[Value], m: &Shared<Map>) -> VmResult<Option<Value>> {
    let key = || Key(arg(args, 1).deref());
    let _ = hint;
    Ok(Some(match method {
        "len" => Value::usize(m.borrow().entries.len()),
        "is_empty" => Value::Bool(m.borrow().entries.is_empty()),
        "insert" => {
            let k = key();
            let len = m.borrow().entries.len();
            if len.is_multiple_of(16) {
                vm.check_len(len + 1, 64)?;
                vm.alloc(16 * crate::vm::memory::ENTRY_BYTES)?;
                if len.is_power_of_two() && len >= 16 {
                    crate::vm::memory::hold(m);
                }
            }
            Value::option(m.borrow_mut().entries.insert(k, arg(args, 2)))
        }
        "get" => Value::option(m.borrow().entries.get(&key()).cloned()),
        "get_mut" => {
            let k = key();
            if m.borrow().entries.contains_key(&k) {
                Value::some(Value::Ref(Place::MapValue(m.clone(), Box::new(k))))
            } else {
                Value::none()
            }
        }
        "get_key_value" => Value::option(
            m.borrow().entries.get_key_value(&key()).map(|(k, v)| Value::tuple(vec![k.0.clone(), v.clone()])),
        ),
        "contains_key" => Value::Bool(m.borrow().entries.contains_key(&key())),
        "remove" => Value::option(m.borrow_mut().entries.remove(&key())),
        "remove_entry" => {
            let k = key();
            Value::option(m.borrow_mut().entries.remove_entry(&k).map(|(k, v)| Value::tuple(vec![k.0, v])))
        }
        "entry" => entry(m, arg(args, 1).deref()),
        "keys" | "into_keys" => iter_of(m.borrow().entries.keys().map(|k| k.0.clone()).collect()),
        "values" | "into_values" => iter_of(m.borrow().entries.values().cloned().collect()),
        "values_mut" => {
            let keys: Vec<Key> = m.borrow().entries.keys().cloned().collect();
            iter_of(keys.into_iter().map(|k| Value::Ref(Place::MapValue(m.clone(), Box::new(k)))).collect())
        }
        "iter" | "into_iter" | "drain" => {
            let v: Vec<Value> =
                m.borrow().entries.iter().map(|(k, v)| Value::tuple(vec![k.0.clone(), v.clone()])).collect();
            if method == "drain" {
                m.borrow_mut().entries.clear();
            }
            iter_of(v)
        }
        "iter_mut" => {
            let keys: Vec<Key> = m.borrow().entries.keys().cloned().collect();
            iter_of(
                keys.into_iter()
                    .map(|k| Value::tuple(vec![k.0.clone(), Value::Ref(Place::MapValue(m.clone(), Box::new(k)))]))
                    .collect(),
            )
        }
        "clear" => {
            m.borrow_mut().entries.clear();
            Value::Unit
        }
        "extend" => {
            let it = iter::into_iter(vm, arg(args, 1))?;
            while let Some(pair) = iter::next(vm, &it)? {
                let k = crate::vm::ops::field(&pair, 0).unwrap_or_default();
                let v = crate::vm::ops::field(&pair, 1).unwrap_or_default();
                m.borrow_mut().entries.insert(Key(k.deref()), v);
            }
            Value::Unit
        }
        "retain" => {
            let f = arg(args, 1);
            let entries: Vec<Key> = m.borrow().entries.keys().cloned().collect();
            for k in entries {
                let keep =
                    vm.call_value(&f, vec![k.0.clone(), Value::Ref(Place::MapValue(m.clone(), Box::new(k.clone())))])?;
                if !keep.as_bool().unwrap_or(true) {
                    m.borrow_mut().entries.remove(&k);
                }
            }
            Value::Unit
        }
        "first_key_value" | "last_key_value" => {
            let b = m.borrow();
            let e = if method == "first_key_value" { b.entries.iter().next() } else { b.entries.iter().next_back() };
            Value::option(e.map(|(k, v)| Value::tuple(vec![k.0.clone(), v.clone()])))
        }
        "pop_first" | "pop_last" => {
            let e = if method == "pop_first" {
                m.borrow_mut().entries.pop_first()
            } else {
                m.borrow_mut().entries.pop_last()
            };
            Value::option(e.map(|(k, v)| Value::tuple(vec![k.0, v])))
        }
        "range" => {
            let r = arg(args, 1).deref();
            let Value::Range(r) = r else { return Ok(None) };
            if inverted(&r) {
                return vm.panic_in_std(
                    "alloc/src/collections/btree/search.rs:121:21",
                    "range start is greater than range end in BTreeMap",
                );
            }
            let v: Vec<Value> = m
                .borrow()
                .entries
                .iter()
                .filter(|(k, _)| in_range(&k.0, &r))
                .map(|(k, v)| Value::tuple(vec![k.0.clone(), v.clone()]))
                .collect();
            iter_of(v)
        }
        "clone" => Value::Map(shared(Map {
            entries: m.borrow().entries.iter().map(|(k, v)| (k.clone(), deep_clone(v))).collect(),
        })),
        _ => return Ok(None),
    }))
}

/// `range(5..1)` on a BTreeMap/BTreeSet: std panics inside alloc (sync/436, 447).
fn inverted(r: &crate::vm::value::RangeValue) -> bool {
    use crate::ir::RangeKind;
    matches!(r.kind, RangeKind::HalfOpen | RangeKind::Inclusive)
        && crate::vm::value::compare(&r.lo, &r.hi) == std::cmp::Ordering::Greater
}

fn in_range(v: &Value, r: &crate::vm::value::RangeValue) -> bool {
    use crate::vm::value::compare;
    use std::cmp::Ordering;
    let lo_ok = r.lo.is_unit() || compare(&r.lo, v) != Ordering::Greater;
    let hi_ok = r.hi.is_unit()
        || match compare(v, &r.hi) {
            Ordering::Less => true,
            Ordering::Equal => matches!(r.kind, crate::ir::RangeKind::Inclusive | crate::ir::RangeKind::ToInclusive),
            Ordering::Greater => false,
        };
    lo_ok && hi_ok
}

fn set_method(vm: &mut Vm, method: &str, args: &[Value], s: &Shared<Set>) -> VmResult<Option<Value>> {
    let item = || Key(arg(args, 1).deref());
    let other = || match arg(args, 1).deref() {
        Value::Set(o) => Some(o),
        _ => None,
    };
    Ok(Some(match method {
        "len" => Value::usize(s.borrow().items.len()),
        "is_empty" => Value::Bool(s.borrow().items.is_empty()),
        "insert" => {
            let len = s.borrow().items.len();
            if len.is_multiple_of(16) {
                vm.check_len(len + 1, 64)?;
                vm.alloc(16 * crate::vm::memory::ENTRY_BYTES)?;
                if len.is_power_of_two() && len >= 16 {
                    crate::vm::memory::hold(s);
                }
            }
            Value::Bool(s.borrow_mut().items.insert(item()))
        }
        "contains" => Value::Bool(s.borrow().items.contains(&item())),
        "remove" => Value::Bool(s.borrow_mut().items.remove(&item())),
        "take" => Value::option(s.borrow_mut().items.take(&item()).map(|k| k.0)),
        "get" => Value::option(s.borrow().items.get(&item()).map(|k| k.0.clone())),
        "iter" | "into_iter" | "drain" => {
            let v: Vec<Value> = s.borrow().items.iter().map(|k| k.0.clone()).collect();
            if method == "drain" {
                s.borrow_mut().items.clear();
            }
            iter_of(v)
        }
        "clear" => {
            s.borrow_mut().items.clear();
            Value::Unit
        }
        "extend" => {
            let it = iter::into_iter(vm, arg(args, 1))?;
            while let Some(x) = iter::next(vm, &it)? {
                s.borrow_mut().items.insert(Key(x.deref()));
            }
            Value::Unit
        }
        "retain" => {
            let f = arg(args, 1);
            let items: Vec<Key> = s.borrow().items.iter().cloned().collect();
            for k in items {
                if !vm.call_value(&f, vec![k.0.clone()])?.as_bool().unwrap_or(true) {
                    s.borrow_mut().items.remove(&k);
                }
            }
            Value::Unit
        }
        "union" | "intersection" | "difference" | "symmetric_difference" => {
            let Some(o) = other() else { return Ok(None) };
            let (a, b) = (s.borrow(), o.borrow());
            let v: Vec<Value> = a.items.combine(&b.items, method).into_iter().map(|k| k.0.clone()).collect();
            iter_of(v)
        }
        "is_subset" | "is_superset" | "is_disjoint" => {
            let Some(o) = other() else { return Ok(None) };
            let (a, b) = (s.borrow(), o.borrow());
            Value::Bool(match method {
                "is_subset" => a.items.is_subset(&b.items),
                "is_superset" => a.items.is_superset(&b.items),
                _ => a.items.is_disjoint(&b.items),
            })
        }
        "range" => {
            let Value::Range(r) = arg(args, 1).deref() else { return Ok(None) };
            if inverted(&r) {
                return vm.panic_in_std(
                    "alloc/src/collections/btree/search.rs:119:21",
                    "range start is greater than range end in BTreeSet",
                );
            }
            let v: Vec<Value> = s.borrow().items.iter().filter(|k| in_range(&k.0, &r)).map(|k| k.0.clone()).collect();
            iter_of(v)
        }
        "first" | "last" => {
            let b = s.borrow();
            let e = if method == "first" { b.items.iter().next() } else { b.items.iter().next_back() };
            Value::option(e.map(|k| k.0.clone()))
        }
        "pop_first" | "pop_last" => {
            let e =
                if method == "pop_first" { s.borrow_mut().items.pop_first() } else { s.borrow_mut().items.pop_last() };
            Value::option(e.map(|k| k.0))
        }
        _ => return Ok(None),
    }))
}

/// Methods of an `Entry` (a tuple tagged with `Marker("Entry")`).
pub fn entry_method(vm: &mut Vm, method: &str, hint: &str, args: &[Value]) -> VmResult<Option<Value>> {
    let recv = arg(args, 0);
    let (Some(Value::Marker("Entry")), Some(Value::Map(m)), Some(key)) =
        (crate::vm::ops::field(&recv, 0), crate::vm::ops::field(&recv, 1), crate::vm::ops::field(&recv, 2))
    else {
        return Ok(None);
    };
    let k = Key(key.clone());
    let present = m.borrow().entries.contains_key(&k);
    let place = || Value::Ref(Place::MapValue(m.clone(), Box::new(k.clone())));
    Ok(Some(match method {
        "or_insert" => {
            if !present {
                m.borrow_mut().entries.insert(k.clone(), arg(args, 1));
            }
            place()
        }
        "or_insert_with" | "or_insert_with_key" => {
            if !present {
                let v = if method == "or_insert_with" {
                    vm.call_value(&arg(args, 1), vec![])?
                } else {
                    vm.call_value(&arg(args, 1), vec![key.clone()])?
                };
                m.borrow_mut().entries.insert(k.clone(), v);
            }
            place()
        }
        "or_default" => {
            if !present {
                let v = default_for(vm, hint)?;
                m.borrow_mut().entries.insert(k.clone(), v);
            }
            place()
        }
        "and_modify" => {
            if present {
                vm.call_value(&arg(args, 1), vec![place()])?;
            }
            recv.clone()
        }
        "key" => key.clone(),
        _ => return Ok(None),
    }))
}
