//! The VM-side `std::fmt::Formatter` a learner's `fn fmt(&self, f)` receives,
//! and the `debug_struct`/`debug_tuple`/`debug_list`/`debug_map` builders.
//! Builders collect their fields, then `finish()` renders them with a real
//! std `Formatter` configured like `f`, so `{:#?}` output is std's.

use std::rc::Rc;

use super::arg;
use crate::fmt::FmtTrait;
use crate::vm::format::{render_with, show};
use crate::vm::value::{shared, FmtState, Shared, Value};
use crate::vm::{Vm, VmResult};

pub fn call(vm: &mut Vm, method: &str, hint: &str, args: &[Value]) -> VmResult<Option<Value>> {
    let Value::Formatter(st) = arg(args, 0) else { return Ok(None) };
    let _ = hint;
    let spec = st.borrow().spec.clone();
    Ok(Some(match method {
        "write_str" | "write_fmt" => {
            let s = arg(args, 1).to_str().unwrap_or_default();
            st.borrow_mut().buf.push_str(&s);
            Value::ok(Value::Unit)
        }
        "write_char" => {
            if let Value::Char(c) = arg(args, 1).deref() {
                st.borrow_mut().buf.push(c);
            }
            Value::ok(Value::Unit)
        }
        "pad" | "pad_integral" => {
            let s = arg(args, 1).to_str().unwrap_or_default();
            let text = render_with(vm, &spec, &|f, _| f.pad(&s))?;
            st.borrow_mut().buf.push_str(&text);
            Value::ok(Value::Unit)
        }
        "width" => Value::option(spec.width.map(Value::usize)),
        "precision" => Value::option(spec.precision.map(Value::usize)),
        "alternate" => Value::Bool(spec.alternate),
        "sign_plus" => Value::Bool(spec.sign_plus),
        "sign_minus" => Value::Bool(spec.sign_minus),
        "sign_aware_zero_pad" => Value::Bool(spec.zero_pad),
        "fill" => Value::Char(spec.fill),
        "debug_struct" | "debug_tuple" | "debug_list" | "debug_set" | "debug_map" => {
            let name = if args.len() > 1 { arg(args, 1).to_str().unwrap_or_default() } else { String::new() };
            let kind: &'static str = match method {
                "debug_struct" => "DebugStruct",
                "debug_tuple" => "DebugTuple",
                "debug_list" => "DebugList",
                "debug_set" => "DebugSet",
                _ => "DebugMap",
            };
            Value::tuple(vec![
                Value::Marker(kind),
                Value::Formatter(st.clone()),
                Value::str(&name),
                Value::vec(Vec::new()),
            ])
        }
        _ => return Ok(None),
    }))
}

/// A VM-side `Formatter`'s parts: its kind, its state, the name being built and the entries so far.
type FormatterParts = (&'static str, Shared<FmtState>, String, Shared<Vec<Value>>);

fn fields_of(recv: &Value) -> Option<FormatterParts> {
    let kind = match crate::vm::ops::field(recv, 0)? {
        Value::Marker(k) => k,
        _ => return None,
    };
    let Value::Formatter(st) = crate::vm::ops::field(recv, 1)? else { return None };
    let name = crate::vm::ops::field(recv, 2)?.to_str()?;
    let Value::Vec(items) = crate::vm::ops::field(recv, 3)? else { return None };
    Some((kind, st, name, items))
}

pub fn builder_method(vm: &mut Vm, method: &str, args: &[Value]) -> VmResult<Option<Value>> {
    let recv = arg(args, 0);
    let Some((kind, st, name, items)) = fields_of(&recv) else { return Ok(None) };
    match method {
        "field" => {
            if kind == "DebugStruct" {
                items.borrow_mut().push(Value::tuple(vec![arg(args, 1), arg(args, 2)]));
            } else {
                items.borrow_mut().push(arg(args, 1));
            }
            Ok(Some(recv))
        }
        "entry" => {
            if kind == "DebugMap" {
                items.borrow_mut().push(Value::tuple(vec![arg(args, 1), arg(args, 2)]));
            } else {
                items.borrow_mut().push(arg(args, 1));
            }
            Ok(Some(recv))
        }
        "key" | "value" => {
            items.borrow_mut().push(arg(args, 1));
            Ok(Some(recv))
        }
        "entries" => {
            let it = super::iter::into_iter(vm, arg(args, 1))?;
            while let Some(v) = super::iter::next(vm, &it)? {
                items.borrow_mut().push(v);
            }
            Ok(Some(recv))
        }
        "finish" | "finish_non_exhaustive" => {
            let spec = st.borrow().spec.clone();
            let spec = crate::fmt::Spec { trait_: FmtTrait::Debug, ..spec };
            let list = items.borrow().clone();
            let non_exhaustive = method == "finish_non_exhaustive";
            let text = render_with(vm, &spec, &|f, cx| {
                let pair = |v: &Value| {
                    (crate::vm::ops::field(v, 0).unwrap_or_default(), crate::vm::ops::field(v, 1).unwrap_or_default())
                };
                match kind {
                    "DebugStruct" => {
                        let pairs: Vec<(String, Value)> = list
                            .iter()
                            .map(|v| {
                                let (k, val) = pair(v);
                                (k.to_str().unwrap_or_default(), val)
                            })
                            .collect();
                        let mut d = f.debug_struct(&name);
                        for (k, v) in &pairs {
                            d.field(k, &show(cx, v));
                        }
                        if non_exhaustive {
                            d.finish_non_exhaustive()
                        } else {
                            d.finish()
                        }
                    }
                    "DebugTuple" => {
                        let mut d = f.debug_tuple(&name);
                        for v in &list {
                            d.field(&show(cx, v));
                        }
                        d.finish()
                    }
                    "DebugList" => f.debug_list().entries(list.iter().map(|v| show(cx, v))).finish(),
                    "DebugSet" => f.debug_set().entries(list.iter().map(|v| show(cx, v))).finish(),
                    _ => {
                        let pairs: Vec<(Value, Value)> = list.iter().map(pair).collect();
                        f.debug_map().entries(pairs.iter().map(|(k, v)| (show(cx, k), show(cx, v)))).finish()
                    }
                }
            })?;
            st.borrow_mut().buf.push_str(&text);
            Ok(Some(Value::ok(Value::Unit)))
        }
        _ => {
            let _ = (Rc::new(0), shared(0));
            Ok(None)
        }
    }
}
