//! The `bytes` crate's `Bytes` and `BytesMut` (as `bytes::X` or tokio-util's re-export
//! `tokio_util::bytes::X`), as far as framing needs them: the frames `LengthDelimitedCodec` and
//! `BytesCodec` give (`BytesMut`) and take (`Bytes`, `&[u8]`).
//!
//! A value holds its bytes; `{:?}` prints them as bytes 1.12 does (`b"hi\n\x01"`), `&b[..]` is a
//! `&[u8]` (`vm::ops::index` asks [`bytes_of`]), and `len`, `is_empty`, `to_vec`, `freeze`,
//! `clone`, `extend_from_slice`/`put_slice`/`put_u8`, `split_to` and `clear` do what the crate's do.
//! Anything else on them is refused by name.

use std::cell::RefCell;

use super::handle;
use crate::ir::IntTy;
use crate::vm::rt::{Object, RtObj};
use crate::vm::value::Value;
use crate::vm::{Vm, VmResult};

/// A `Bytes` (immutable) or `BytesMut` value.
pub struct BytesObj {
    data: RefCell<Vec<u8>>,
    mutable: bool,
}

/// A new `Bytes` (`mutable: false`) or `BytesMut` value.
pub fn new_bytes(data: Vec<u8>, mutable: bool) -> Value {
    handle(BytesObj { data: RefCell::new(data), mutable })
}

/// The bytes of a `Bytes`/`BytesMut` value (through references), if it is one.
pub fn bytes_of(v: &Value) -> Option<Vec<u8>> {
    match v.deref() {
        Value::Rt(o) => match &*o {
            RtObj::Dyn(d) => d.as_any().and_then(|a| a.downcast_ref::<BytesObj>()).map(|b| b.data.borrow().clone()),
            _ => None,
        },
        _ => None,
    }
}

/// The `&[u8]` of a `Bytes` value, as `&b[..]` indexes it.
pub fn as_slice(v: &Value) -> Option<Value> {
    bytes_of(v).map(|b| u8_vec(&b))
}

fn u8_vec(b: &[u8]) -> Value {
    Value::vec(b.iter().map(|x| Value::Int(*x as i128, IntTy::U8)).collect())
}

/// bytes 1.12's `Debug` (`fmt/debug.rs`): `b"..."` with byte escapes.
pub fn debug_text(data: &[u8]) -> String {
    let mut s = String::from("b\"");
    for &b in data {
        match b {
            b'\n' => s.push_str("\\n"),
            b'\r' => s.push_str("\\r"),
            b'\t' => s.push_str("\\t"),
            b'\\' | b'"' => {
                s.push('\\');
                s.push(b as char);
            }
            0 => s.push_str("\\0"),
            0x20..0x7f => s.push(b as char),
            _ => s.push_str(&format!("\\x{b:02x}")),
        }
    }
    s.push('"');
    s
}

/// `Bytes::from(..)`, `BytesMut::new()`, ... (`short` without the crate prefix); `Ok(None)`: not one of ours.
pub fn path(vm: &mut Vm, short: &str, args: &[Value]) -> VmResult<Option<Value>> {
    let a0 = || args.first().cloned().unwrap_or_default();
    Ok(Some(match short {
        "Bytes::new" => new_bytes(Vec::new(), false),
        "BytesMut::new" => new_bytes(Vec::new(), true),
        "BytesMut::with_capacity" => new_bytes(Vec::new(), true),
        "Bytes::from" | "Bytes::from_static" | "Bytes::copy_from_slice" | "BytesMut::from" => {
            let data = super::bytes_arg(vm, &a0())?;
            new_bytes(data, short.starts_with("BytesMut"))
        }
        _ if short.starts_with("Bytes::") || short.starts_with("BytesMut::") || short.starts_with("Buf") => {
            return vm.unsupported(format!("`{short}` of the `bytes` crate"));
        }
        _ => return Ok(None),
    }))
}

impl Object for BytesObj {
    fn type_name(&self) -> &'static str {
        if self.mutable {
            "BytesMut"
        } else {
            "Bytes"
        }
    }
    fn debug(&self) -> String {
        debug_text(&self.data.borrow())
    }
    fn method(&self, vm: &mut Vm, method: &str, _hint: &str, args: &[Value]) -> VmResult<Option<Value>> {
        let a1 = || args.get(1).cloned().unwrap_or_default();
        let mutating = matches!(method, "extend_from_slice" | "put_slice" | "put_u8" | "split_to" | "clear");
        if mutating && !self.mutable {
            return vm.unsupported(format!("`{method}` on a `Bytes` (only `BytesMut` has it)")).map(Some);
        }
        Ok(Some(match method {
            "len" => Value::usize(self.data.borrow().len()),
            "is_empty" => Value::Bool(self.data.borrow().is_empty()),
            "to_vec" => u8_vec(&self.data.borrow()),
            "as_ref" | "chunk" => u8_vec(&self.data.borrow()),
            "freeze" => new_bytes(self.data.borrow().clone(), false),
            "clone" => new_bytes(self.data.borrow().clone(), self.mutable),
            "extend_from_slice" | "put_slice" => {
                let more = super::bytes_arg(vm, &a1())?;
                self.data.borrow_mut().extend(more);
                Value::Unit
            }
            "put_u8" => {
                let b = a1().deref().as_int().unwrap_or(0) as u8;
                self.data.borrow_mut().push(b);
                Value::Unit
            }
            "split_to" => {
                let n = crate::vm::builtins::usize_arg(vm, args, 1)?;
                let len = self.data.borrow().len();
                if n > len {
                    return vm.panic(format!("split_to out of bounds: {n:?} <= {len:?}"));
                }
                let head: Vec<u8> = self.data.borrow_mut().drain(..n).collect();
                new_bytes(head, true)
            }
            "clear" => {
                self.data.borrow_mut().clear();
                Value::Unit
            }
            _ => return vm.unsupported(format!("`{}::{method}`", self.type_name())).map(Some),
        }))
    }
    fn as_any(&self) -> Option<&dyn std::any::Any> {
        Some(self)
    }
}
