//! `Option<T>` and `Result<T, E>`.

use super::arg;
use crate::fmt::FmtTrait;
use crate::ir::{OPTION, RESULT};
use crate::vm::format::to_string;
use crate::vm::value::{deep_clone, Place, Value};
use crate::vm::{Vm, VmResult};

pub fn call(vm: &mut Vm, method: &str, hint: &str, args: &[Value]) -> VmResult<Option<Value>> {
    let recv = arg(args, 0);
    let Value::Obj(obj) = &recv else { return Ok(None) };
    let (ty, variant, inner) = {
        let o = obj.borrow();
        (o.ty, o.variant, o.fields.first().cloned())
    };
    let is_opt = ty == OPTION;
    // "good" = Some / Ok.
    let good = if is_opt { variant == 1 } else { variant == 0 };
    let val = || inner.clone().unwrap_or_default();
    let a1 = || arg(args, 1);
    let wrap_same = |v: Value| if is_opt { Value::some(v) } else { Value::ok(v) };
    Ok(Some(match method {
        "is_some" | "is_ok" => Value::Bool(good),
        "is_none" | "is_err" => Value::Bool(!good),
        "is_some_and" | "is_ok_and" => {
            Value::Bool(good && vm.call_value(&a1(), vec![val()])?.as_bool().unwrap_or(false))
        }
        "is_none_or" => Value::Bool(!good || vm.call_value(&a1(), vec![val()])?.as_bool().unwrap_or(false)),
        "is_err_and" => Value::Bool(!good && vm.call_value(&a1(), vec![val()])?.as_bool().unwrap_or(false)),
        "unwrap" => {
            if good {
                val()
            } else if is_opt {
                return vm.panic("called `Option::unwrap()` on a `None` value");
            } else {
                let e = to_string(vm, &val(), FmtTrait::Debug)?;
                return vm.panic(format!("called `Result::unwrap()` on an `Err` value: {e}"));
            }
        }
        "expect" => {
            if good {
                val()
            } else {
                let msg = a1().to_str().unwrap_or_default();
                if is_opt {
                    return vm.panic(msg);
                }
                let e = to_string(vm, &val(), FmtTrait::Debug)?;
                return vm.panic(format!("{msg}: {e}"));
            }
        }
        "unwrap_err" | "expect_err" => {
            if !good {
                val()
            } else {
                let v = to_string(vm, &val(), FmtTrait::Debug)?;
                let msg = if method == "expect_err" {
                    a1().to_str().unwrap_or_default()
                } else {
                    "called `Result::unwrap_err()` on an `Ok` value".into()
                };
                return vm.panic(format!("{msg}: {v}"));
            }
        }
        "unwrap_or" => {
            if good {
                val()
            } else {
                a1()
            }
        }
        "unwrap_or_else" => {
            if good {
                val()
            } else if is_opt {
                vm.call_value(&a1(), vec![])?
            } else {
                vm.call_value(&a1(), vec![val()])?
            }
        }
        "unwrap_or_default" => {
            if good {
                val()
            } else {
                super::paths::default_for(vm, hint)?
            }
        }
        "map" => {
            if good {
                wrap_same(vm.call_value(&a1(), vec![val()])?)
            } else {
                recv.clone()
            }
        }
        "map_err" => {
            if !good && !is_opt {
                Value::err(vm.call_value(&a1(), vec![val()])?)
            } else {
                recv.clone()
            }
        }
        "map_or" => {
            if good {
                vm.call_value(&arg(args, 2), vec![val()])?
            } else {
                a1()
            }
        }
        "map_or_else" => {
            if good {
                vm.call_value(&arg(args, 2), vec![val()])?
            } else if is_opt {
                vm.call_value(&a1(), vec![])?
            } else {
                vm.call_value(&a1(), vec![val()])?
            }
        }
        "and_then" => {
            if good {
                vm.call_value(&a1(), vec![val()])?
            } else {
                recv.clone()
            }
        }
        "and" => {
            if good {
                a1()
            } else {
                recv.clone()
            }
        }
        "or" => {
            if good {
                recv.clone()
            } else {
                a1()
            }
        }
        "or_else" => {
            if good {
                recv.clone()
            } else if is_opt {
                vm.call_value(&a1(), vec![])?
            } else {
                vm.call_value(&a1(), vec![val()])?
            }
        }
        "xor" => {
            let other_good = matches!(a1().deref(), Value::Obj(o) if o.borrow().variant == 1);
            match (good, other_good) {
                (true, false) => recv.clone(),
                (false, true) => a1(),
                _ => Value::none(),
            }
        }
        "filter" => {
            if good && vm.call_value(&a1(), vec![val()])?.as_bool().unwrap_or(false) {
                recv.clone()
            } else {
                Value::none()
            }
        }
        "ok" => {
            if is_opt {
                return Ok(None);
            }
            if good {
                Value::some(val())
            } else {
                Value::none()
            }
        }
        "err" => {
            if good {
                Value::none()
            } else {
                Value::some(val())
            }
        }
        "ok_or" => {
            if good {
                Value::ok(val())
            } else {
                Value::err(a1())
            }
        }
        "ok_or_else" => {
            if good {
                Value::ok(val())
            } else {
                Value::err(vm.call_value(&a1(), vec![])?)
            }
        }
        "copied" | "cloned" => {
            if good {
                wrap_same(deep_clone(&val().deref()))
            } else {
                recv.clone()
            }
        }
        "as_ref" | "as_deref" | "iter_ref" => recv.clone(),
        "as_mut" | "as_deref_mut" => {
            if good {
                Value::some(Value::Ref(Place::Field(obj.clone(), 0)))
            } else {
                recv.clone()
            }
        }
        "take" => {
            // Replace the Option in place with None and return the old value.
            let mut o = obj.borrow_mut();
            let old = Value::obj(o.ty, o.variant, std::mem::take(&mut o.fields));
            o.variant = 0;
            old
        }
        "replace" => {
            let mut o = obj.borrow_mut();
            let old = Value::obj(o.ty, o.variant, std::mem::take(&mut o.fields));
            o.variant = 1;
            o.fields = vec![a1()];
            old
        }
        "insert" => {
            let mut o = obj.borrow_mut();
            o.variant = 1;
            o.fields = vec![a1()];
            Value::Ref(Place::Field(obj.clone(), 0))
        }
        "get_or_insert" | "get_or_insert_with" => {
            if !good {
                let v = if method == "get_or_insert" { a1() } else { vm.call_value(&a1(), vec![])? };
                let mut o = obj.borrow_mut();
                o.variant = 1;
                o.fields = vec![v];
            }
            Value::Ref(Place::Field(obj.clone(), 0))
        }
        "flatten" => {
            if good {
                val()
            } else {
                recv.clone()
            }
        }
        "zip" => {
            let other = a1().deref();
            let other_val = match &other {
                Value::Obj(o) if o.borrow().variant == 1 => o.borrow().fields.first().cloned(),
                _ => None,
            };
            match (good, other_val) {
                (true, Some(b)) => Value::some(Value::tuple(vec![val(), b])),
                _ => Value::none(),
            }
        }
        "unzip" => {
            if good {
                let v = val();
                let a = crate::vm::ops::field(&v, 0).unwrap_or_default();
                let b = crate::vm::ops::field(&v, 1).unwrap_or_default();
                Value::tuple(vec![Value::some(a), Value::some(b)])
            } else {
                Value::tuple(vec![Value::none(), Value::none()])
            }
        }
        "iter" | "into_iter" | "iter_mut" => super::iter::into_iter(vm, recv.clone())?,
        "transpose" => {
            // Option<Result<T, E>> <-> Result<Option<T>, E>
            if is_opt {
                if good {
                    let r = val().deref();
                    match &r {
                        Value::Obj(o) if o.borrow().ty == RESULT => {
                            let o = o.borrow();
                            let x = o.fields.first().cloned().unwrap_or_default();
                            if o.variant == 0 {
                                Value::ok(Value::some(x))
                            } else {
                                Value::err(x)
                            }
                        }
                        _ => return Ok(None),
                    }
                } else {
                    Value::ok(Value::none())
                }
            } else if good {
                let r = val().deref();
                match &r {
                    Value::Obj(o) if o.borrow().ty == OPTION => {
                        let o = o.borrow();
                        if o.variant == 1 {
                            Value::some(Value::ok(o.fields.first().cloned().unwrap_or_default()))
                        } else {
                            Value::none()
                        }
                    }
                    _ => return Ok(None),
                }
            } else {
                Value::some(recv.clone())
            }
        }
        _ => return Ok(None),
    }))
}
