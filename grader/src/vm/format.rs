//! Formatting values with std's own `Formatter`, so output is byte-identical:
//! ints delegate to the real `i32`/`u8`/..., floats to `f32`/`f64`, derived
//! `Debug` goes through `debug_struct`/`debug_list`/`debug_map` (so `{:#?}`
//! pretty printing is std's), and a learner's `impl Display` runs in the VM
//! with a VM-side formatter whose buffer is written with `write_str`.

use std::cell::RefCell;
use std::fmt::{self, Formatter, Write};
use std::rc::Rc;

use super::value::{field_names, shared, CellKind, FmtState, Value};
use super::{type_key, Stop, Vm, VmResult};
use crate::fmt::{ArgRef, FmtTrait, Piece, Spec};
use crate::ir::{self, FloatTy, IntTy, Program};

pub struct FmtCx<'v> {
    vm: RefCell<&'v mut Vm>,
    err: RefCell<Option<Stop>>,
    prog: Rc<Program>,
    /// Nesting depth of the value being printed (bounded: the host stack is small in wasm).
    depth: std::cell::Cell<u32>,
    /// Inside `{:x?}`/`{:X?}`: a learner's `Debug` impl gets a formatter that keeps the hex flag
    /// (its `fmt::Debug::fmt(&self.n, f)` prints hex, as in Rust; the host `Formatter` hides the flag).
    hex_debug: std::cell::Cell<Option<FmtTrait>>,
}

impl<'v> FmtCx<'v> {
    fn new(vm: &'v mut Vm, prog: Rc<Program>) -> FmtCx<'v> {
        FmtCx {
            vm: RefCell::new(vm),
            err: RefCell::new(None),
            prog,
            depth: std::cell::Cell::new(0),
            hex_debug: std::cell::Cell::new(None),
        }
    }
}

/// Deepest nesting `{:?}` prints before stopping with a limit.
const MAX_FMT_DEPTH: u32 = 2_000;

pub struct Show<'a, 'v> {
    pub v: &'a Value,
    pub cx: &'a FmtCx<'v>,
}

/// Format with entry `fmt` of the program's format table.
pub fn format(vm: &mut Vm, fmt: u32, args: &[Value]) -> VmResult<String> {
    let prog = vm.prog.clone();
    let Some(spec) = prog.formats.get(fmt as usize) else {
        return vm.unsupported("this format string");
    };
    let pos = vm.pos;
    let cx = FmtCx::new(vm, prog.clone());
    let mut out = String::new();
    for piece in &spec.pieces {
        match piece {
            Piece::Literal(s) => out.push_str(s),
            Piece::Arg(ph) => {
                let arg = |r: &ArgRef| match r {
                    ArgRef::Index(i) => args.get(*i),
                    ArgRef::Name(_) => None,
                };
                let Some(v) = arg(&ph.arg) else {
                    return Err(Stop::Unsupported { what: "this format argument".into(), pos });
                };
                let mut spec = ph.spec.clone();
                // A width or precision argument above u16::MAX panics at the macro (sync/434).
                for r in [&ph.width_arg, &ph.precision_arg].into_iter().flatten() {
                    if arg(r).and_then(|v| v.as_int()).is_some_and(|n| n > u16::MAX as i128) {
                        return Err(Stop::Panic { msg: "Formatting argument out of range".into(), pos });
                    }
                }
                if let Some(w) = &ph.width_arg {
                    spec.width = arg(w).and_then(|v| v.as_int()).map(|n| n.max(0) as usize);
                }
                if let Some(p) = &ph.precision_arg {
                    spec.precision = arg(p).and_then(|v| v.as_int()).map(|n| n.max(0) as usize);
                }
                let r = render_value(&cx, &spec, v, &mut out);
                if let Some(e) = cx.err.borrow_mut().take() {
                    return Err(e);
                }
                if r.is_err() {
                    return Err(Stop::Panic {
                        msg: "a formatting trait implementation returned an error when the underlying stream did not"
                            .into(),
                        pos,
                    });
                }
            }
        }
    }
    // A 65535-wide `{:>w$}` in a loop is bulk work that no instruction counts.
    let vm = cx.vm.into_inner();
    super::builtins::charge(vm, (out.len() / 64) as u64)?;
    Ok(out)
}

fn render_value(cx: &FmtCx<'_>, spec: &Spec, v: &Value, out: &mut String) -> fmt::Result {
    let show = Show { v, cx };
    let t = spec.trait_;
    crate::fmt::render(spec, out, &|f: &mut Formatter<'_>| show.fmt_as(f, t))
}

/// Render a value with a spec from outside a format string (e.g. `to_string`).
pub fn to_string(vm: &mut Vm, v: &Value, trait_: FmtTrait) -> VmResult<String> {
    let prog = vm.prog.clone();
    let pos = vm.pos;
    let cx = FmtCx::new(vm, prog);
    let mut out = String::new();
    let spec = Spec { trait_, ..plain_spec() };
    let r = render_value(&cx, &spec, v, &mut out);
    if let Some(e) = cx.err.borrow_mut().take() {
        return Err(e);
    }
    if r.is_err() {
        return Err(Stop::Panic { msg: "a Display implementation returned an error unexpectedly".into(), pos });
    }
    Ok(out)
}

/// Render with an explicit spec (for the VM-side `Formatter`'s `pad`, `debug_struct`...).
pub fn render_with(
    vm: &mut Vm,
    spec: &Spec,
    body: &dyn Fn(&mut Formatter<'_>, &FmtCx<'_>) -> fmt::Result,
) -> VmResult<String> {
    let prog = vm.prog.clone();
    let pos = vm.pos;
    let cx = FmtCx::new(vm, prog);
    let mut out = String::new();
    let r = crate::fmt::render(spec, &mut out, &|f: &mut Formatter<'_>| body(f, &cx));
    if let Some(e) = cx.err.borrow_mut().take() {
        return Err(e);
    }
    if r.is_err() {
        return Err(Stop::Panic { msg: "a formatting trait implementation returned an error".into(), pos });
    }
    Ok(out)
}

pub fn plain_spec() -> Spec {
    Spec {
        fill: ' ',
        align: None,
        sign_plus: false,
        sign_minus: false,
        alternate: false,
        zero_pad: false,
        width: None,
        precision: None,
        trait_: FmtTrait::Display,
    }
}

macro_rules! int_as {
    ($trait:path, $v:expr, $t:expr, $f:expr) => {{
        let v = $v;
        match $t {
            IntTy::I8 => <i8 as $trait>::fmt(&(v as i8), $f),
            IntTy::I16 => <i16 as $trait>::fmt(&(v as i16), $f),
            IntTy::I32 => <i32 as $trait>::fmt(&(v as i32), $f),
            IntTy::I64 => <i64 as $trait>::fmt(&(v as i64), $f),
            IntTy::I128 => <i128 as $trait>::fmt(&v, $f),
            IntTy::Isize => <isize as $trait>::fmt(&(v as isize), $f),
            IntTy::U8 => <u8 as $trait>::fmt(&(v as u8), $f),
            IntTy::U16 => <u16 as $trait>::fmt(&(v as u16), $f),
            IntTy::U32 => <u32 as $trait>::fmt(&(v as u32), $f),
            IntTy::U64 => <u64 as $trait>::fmt(&(v as u64), $f),
            IntTy::U128 => <u128 as $trait>::fmt(&(v as u128), $f),
            IntTy::Usize => <usize as $trait>::fmt(&(v as usize), $f),
        }
    }};
}

impl<'v> Show<'_, 'v> {
    fn sub<'b>(&'b self, v: &'b Value) -> Show<'b, 'v> {
        Show { v, cx: self.cx }
    }

    fn fmt_as(&self, f: &mut Formatter<'_>, t: FmtTrait) -> fmt::Result {
        match t {
            FmtTrait::Display => self.display(f),
            FmtTrait::Debug => self.debug(f),
            FmtTrait::DebugLowerHex | FmtTrait::DebugUpperHex => {
                let saved = self.cx.hex_debug.replace(Some(t));
                let r = self.debug(f);
                self.cx.hex_debug.set(saved);
                r
            }
            FmtTrait::LowerHex
            | FmtTrait::UpperHex
            | FmtTrait::Octal
            | FmtTrait::Binary
            | FmtTrait::LowerExp
            | FmtTrait::UpperExp => self.radix(f, t),
        }
    }

    /// A learner's `impl Trait for Type { fn fmt(..) }`, if there is one.
    fn user_fmt(&self, f: &mut Formatter<'_>, t: FmtTrait) -> Option<fmt::Result> {
        let prog = &self.cx.prog;
        if prog.fmt_impls.is_empty() {
            return None;
        }
        let key = type_key(self.v);
        let fid = *prog.fmt_impls.get(&(key, t)).or_else(|| prog.fmt_impls.get(&(ir::TypeKey::Any, t)))?;
        let spec = crate::fmt::spec_of(f, if t == FmtTrait::Debug { self.cx.hex_debug.get().unwrap_or(t) } else { t });
        let state = shared(FmtState { spec, buf: String::new() });
        let result = {
            let Ok(mut vm) = self.cx.vm.try_borrow_mut() else { return Some(Err(fmt::Error)) };
            vm.call_fn(fid, vec![self.v.clone(), Value::Formatter(state.clone())])
        };
        match result {
            Ok(r) => {
                let is_err = matches!(&r, Value::Obj(o) if o.borrow().ty == ir::RESULT && o.borrow().variant == 1);
                let buf = std::mem::take(&mut state.borrow_mut().buf);
                let w = f.write_str(&buf);
                Some(if is_err { Err(fmt::Error) } else { w })
            }
            Err(e) => {
                *self.cx.err.borrow_mut() = Some(e);
                Some(Err(fmt::Error))
            }
        }
    }

    fn display(&self, f: &mut Formatter<'_>) -> fmt::Result {
        match self.v {
            Value::Int(v, t) => int_as!(fmt::Display, *v, *t, f),
            Value::Float(v, FloatTy::F64) => fmt::Display::fmt(v, f),
            Value::Float(v, FloatTy::F32) => fmt::Display::fmt(&(*v as f32), f),
            Value::Bool(b) => fmt::Display::fmt(b, f),
            Value::Char(c) => fmt::Display::fmt(c, f),
            Value::Str(s) => fmt::Display::fmt(&**s, f),
            Value::String(s) => fmt::Display::fmt(&*s.borrow(), f),
            Value::Ref(_) | Value::Cell(_) => self.sub(&self.v.deref_ref()).display(f),
            Value::Rc(inner) => self.sub(inner).display(f),
            Value::StdError(e) => fmt::Display::fmt(&e.0, f),
            Value::Rt(o) => match o.display() {
                Some(text) => fmt::Display::fmt(&text, f),
                None => self.fail(format!("`Display` of {}", o.type_name())),
            },
            Value::Iter(it) => match &*it.borrow() {
                // `char::to_uppercase()` displays as the characters it yields.
                super::builtins::iter::Iter::Items { items, front, back } => {
                    let text: String = items
                        .get(*front..*back)
                        .unwrap_or(&[])
                        .iter()
                        .filter_map(|v| if let Value::Char(c) = v { Some(*c) } else { None })
                        .collect();
                    f.write_str(&text)
                }
                _ => self.fail("`Display` of an iterator".into()),
            },
            Value::Interior(c, _) => {
                // MutexGuard / Ref<T> display their contents.
                let inner = c.borrow().clone();
                self.sub(&inner).display(f)
            }
            _ => {
                if let Some(text) = crate::vm::rt::chan::fmt_text(&self.cx.prog, self.v, true) {
                    return f.write_str(&text);
                }
                if let Some(r) = self.user_fmt(f, FmtTrait::Display) {
                    return r;
                }
                self.fail(format!(
                    "`{}` doesn't implement `std::fmt::Display`",
                    super::value::type_name(&self.cx.prog, self.v)
                ))
            }
        }
    }

    fn fail(&self, what: String) -> fmt::Result {
        let pos = self.cx.vm.try_borrow().map(|vm| vm.pos).unwrap_or_default();
        *self.cx.err.borrow_mut() = Some(Stop::Unsupported { what, pos });
        Err(fmt::Error)
    }

    fn radix(&self, f: &mut Formatter<'_>, t: FmtTrait) -> fmt::Result {
        match self.v {
            Value::Int(v, ty) => match t {
                FmtTrait::LowerHex => int_as!(fmt::LowerHex, *v, *ty, f),
                FmtTrait::UpperHex => int_as!(fmt::UpperHex, *v, *ty, f),
                FmtTrait::Octal => int_as!(fmt::Octal, *v, *ty, f),
                FmtTrait::Binary => int_as!(fmt::Binary, *v, *ty, f),
                FmtTrait::LowerExp => int_as!(fmt::LowerExp, *v, *ty, f),
                _ => int_as!(fmt::UpperExp, *v, *ty, f),
            },
            Value::Float(v, ty) => match (t, ty) {
                (FmtTrait::LowerExp, FloatTy::F64) => fmt::LowerExp::fmt(v, f),
                (FmtTrait::LowerExp, FloatTy::F32) => fmt::LowerExp::fmt(&(*v as f32), f),
                (FmtTrait::UpperExp, FloatTy::F64) => fmt::UpperExp::fmt(v, f),
                (FmtTrait::UpperExp, FloatTy::F32) => fmt::UpperExp::fmt(&(*v as f32), f),
                _ => self.fail("this format trait for a float".into()),
            },
            Value::Ref(_) | Value::Cell(_) => self.sub(&self.v.deref_ref()).radix(f, t),
            Value::Rc(inner) => self.sub(inner).radix(f, t),
            _ => {
                if let Some(r) = self.user_fmt(f, t) {
                    return r;
                }
                self.fail("this format trait for this type".into())
            }
        }
    }

    fn debug(&self, f: &mut Formatter<'_>) -> fmt::Result {
        match self.v {
            Value::Int(v, t) => int_as!(fmt::Debug, *v, *t, f),
            Value::Float(v, FloatTy::F64) => fmt::Debug::fmt(v, f),
            Value::Float(v, FloatTy::F32) => fmt::Debug::fmt(&(*v as f32), f),
            Value::Bool(b) => fmt::Debug::fmt(b, f),
            Value::Char(c) => fmt::Debug::fmt(c, f),
            Value::Str(s) => fmt::Debug::fmt(&**s, f),
            Value::String(s) => fmt::Debug::fmt(&*s.borrow(), f),
            Value::Unit => fmt::Debug::fmt(&(), f),
            Value::Vec(items) => {
                let items = items.borrow().clone();
                f.debug_list().entries(items.iter().map(|v| self.sub(v))).finish()
            }
            Value::Deque(items) => {
                let items: Vec<Value> = items.borrow().iter().cloned().collect();
                f.debug_list().entries(items.iter().map(|v| self.sub(v))).finish()
            }
            Value::Map(m) => {
                let entries: Vec<(Value, Value)> =
                    m.borrow().entries.iter().map(|(k, v)| (k.0.clone(), v.clone())).collect();
                f.debug_map().entries(entries.iter().map(|(k, v)| (self.sub(k), self.sub(v)))).finish()
            }
            Value::Set(s) => {
                let items: Vec<Value> = s.borrow().items.iter().map(|k| k.0.clone()).collect();
                f.debug_set().entries(items.iter().map(|v| self.sub(v))).finish()
            }
            Value::Ref(_) | Value::Cell(_) => self.sub(&self.v.deref_ref()).debug(f),
            Value::Rc(inner) => self.sub(inner).debug(f),
            Value::StdError(e) => f.write_str(&e.1),
            Value::Rt(o) => match &**o {
                crate::vm::rt::RtObj::Dyn(d) => match d.debug_fields() {
                    Some(Ok((name, fields))) => {
                        let mut s = f.debug_struct(name);
                        for (k, v) in &fields {
                            s.field(k, &self.sub(v));
                        }
                        s.finish()
                    }
                    Some(Err(what)) => self.fail(what),
                    None => f.write_str(&o.debug()),
                },
                _ => f.write_str(&o.debug()),
            },
            Value::Range(r) => {
                match r.kind {
                    crate::ir::RangeKind::HalfOpen | crate::ir::RangeKind::Inclusive | crate::ir::RangeKind::From => {
                        self.sub(&r.lo).debug(f)?
                    }
                    _ => {}
                }
                f.write_str(match r.kind {
                    crate::ir::RangeKind::Inclusive | crate::ir::RangeKind::ToInclusive => "..=",
                    _ => "..",
                })?;
                match r.kind {
                    crate::ir::RangeKind::HalfOpen
                    | crate::ir::RangeKind::Inclusive
                    | crate::ir::RangeKind::To
                    | crate::ir::RangeKind::ToInclusive => self.sub(&r.hi).debug(f),
                    _ => Ok(()),
                }
            }
            Value::Interior(c, kind) => {
                let inner = c.borrow().clone();
                match kind {
                    CellKind::RefCell => f.debug_struct("RefCell").field("value", &self.sub(&inner)).finish(),
                    CellKind::Cell => f.debug_struct("Cell").field("value", &self.sub(&inner)).finish(),
                    CellKind::Mutex => f
                        .debug_struct("Mutex")
                        .field("data", &self.sub(&inner))
                        .field("poisoned", &false)
                        .finish_non_exhaustive(),
                    CellKind::RwLock => f
                        .debug_struct("RwLock")
                        .field("data", &self.sub(&inner))
                        .field("poisoned", &false)
                        .finish_non_exhaustive(),
                    CellKind::Atomic => self.sub(&inner).debug(f),
                }
            }
            Value::Iter(it) => {
                // `char::to_uppercase()` and friends print their characters.
                match &*it.borrow() {
                    super::builtins::iter::Iter::Items { items, front, back } => {
                        let text: String = items
                            .get(*front..*back)
                            .unwrap_or(&[])
                            .iter()
                            .filter_map(|v| if let Value::Char(c) = v { Some(*c) } else { None })
                            .collect();
                        fmt::Debug::fmt(&text, f)
                    }
                    _ => self.fail("Debug of an iterator".into()),
                }
            }
            Value::Obj(o) => {
                if let Some(text) = crate::vm::rt::chan::fmt_text(&self.cx.prog, self.v, false) {
                    return f.write_str(&text);
                }
                if let Some(r) = self.user_fmt(f, FmtTrait::Debug) {
                    return r;
                }
                let (ty, variant, fields) = {
                    let o = o.borrow();
                    (o.ty, o.variant, o.fields.clone())
                };
                if ty == ir::TUPLE {
                    let mut t = f.debug_tuple("");
                    for v in &fields {
                        t.field(&self.sub(v));
                    }
                    return t.finish();
                }
                if let Some((ty, d)) = super::builtins::time::as_std(self.v) {
                    // std's own Debug, so `{:.2?}` rounds like Rust.
                    return if ty == ir::DURATION {
                        fmt::Debug::fmt(&d, f)
                    } else {
                        f.debug_struct("Instant").field("t", &d).finish()
                    };
                }
                let Some((name, names, tuple_like)) = field_names(&self.cx.prog, ty, variant) else {
                    return self.fail("Debug for this value".into());
                };
                let name = name.rsplit("::").next().unwrap_or(name);
                if fields.is_empty() {
                    return f.write_str(name);
                }
                if tuple_like {
                    let mut t = f.debug_tuple(name);
                    for v in &fields {
                        t.field(&self.sub(v));
                    }
                    t.finish()
                } else {
                    let mut s = f.debug_struct(name);
                    for (n, v) in names.iter().zip(fields.iter()) {
                        s.field(n, &self.sub(v));
                    }
                    s.finish()
                }
            }
            Value::Marker(m) => f.write_str(m),
            _ => {
                if let Some(r) = self.user_fmt(f, FmtTrait::Debug) {
                    return r;
                }
                self.fail(format!("`{}` doesn't implement `Debug`", super::value::type_name(&self.cx.prog, self.v)))
            }
        }
    }
}

impl fmt::Debug for Show<'_, '_> {
    fn fmt(&self, f: &mut Formatter<'_>) -> fmt::Result {
        let d = self.cx.depth.get();
        if d >= MAX_FMT_DEPTH {
            let pos = self.cx.vm.try_borrow().map(|vm| vm.pos).unwrap_or_default();
            *self.cx.err.borrow_mut() = Some(Stop::Limit {
                msg: format!("stopped: printing a value nested more than {MAX_FMT_DEPTH} levels deep"),
                pos,
            });
            return Err(fmt::Error);
        }
        self.cx.depth.set(d + 1);
        let r = self.debug(f);
        self.cx.depth.set(d);
        r
    }
}

impl fmt::Display for Show<'_, '_> {
    fn fmt(&self, f: &mut Formatter<'_>) -> fmt::Result {
        self.display(f)
    }
}

/// Format `v` with trait `t` on a real formatter (for `self.0.fmt(f)` delegation).
pub fn fmt_value(cx: &FmtCx<'_>, v: &Value, f: &mut Formatter<'_>, t: FmtTrait) -> fmt::Result {
    Show { v, cx }.fmt_as(f, t)
}

/// Build a `Show` for a value inside a `render_with` body.
pub fn show<'a, 'v>(cx: &'a FmtCx<'v>, v: &'a Value) -> Show<'a, 'v> {
    Show { v, cx }
}

/// Write to a VM-side `Formatter` value or a `String` (`write!` targets).
pub fn write_str(target: &Value, text: &str) -> bool {
    match target {
        Value::Formatter(st) => {
            st.borrow_mut().buf.push_str(text);
            true
        }
        Value::String(s) => {
            s.borrow_mut().push_str(text);
            true
        }
        Value::Ref(_) | Value::Cell(_) => write_str(&target.deref_ref(), text),
        _ => false,
    }
}

pub fn write_char(out: &mut String, c: char) {
    let _ = out.write_char(c);
}
