//! `std::cmp::Ordering`.

use std::cmp::Ordering;

use super::arg;
use super::iter::ordering_of;
use crate::vm::value::Value;
use crate::vm::{Vm, VmResult};

pub fn call(vm: &mut Vm, method: &str, args: &[Value]) -> VmResult<Option<Value>> {
    let o = ordering_of(&arg(args, 0));
    Ok(Some(match method {
        "then" => {
            if o == Ordering::Equal {
                Value::ordering(ordering_of(&arg(args, 1)))
            } else {
                Value::ordering(o)
            }
        }
        "then_with" => {
            if o == Ordering::Equal {
                let r = vm.call_value(&arg(args, 1), vec![])?;
                Value::ordering(ordering_of(&r))
            } else {
                Value::ordering(o)
            }
        }
        "reverse" => Value::ordering(o.reverse()),
        "is_eq" => Value::Bool(o.is_eq()),
        "is_ne" => Value::Bool(o.is_ne()),
        "is_lt" => Value::Bool(o.is_lt()),
        "is_gt" => Value::Bool(o.is_gt()),
        "is_le" => Value::Bool(o.is_le()),
        "is_ge" => Value::Bool(o.is_ge()),
        _ => return Ok(None),
    }))
}
