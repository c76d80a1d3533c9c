//! Mutation that rustc rejects for want of `mut` or of a lock: `E0596` (a mutable borrow),
//! `E0594` (an assignment) and `E0384` (a second assignment to an immutable local).
//!
//! The walker in `mod.rs` records what some locals certainly are ([`Local`]): a binding
//! without `mut` of a std collection, a tokio `Receiver` or `JoinSet`, a lock guard or one
//! of the learner's structs; an `Arc`/`Rc` (whatever the binding); a `&T` parameter. Then:
//! - `x.push(..)` (a `&mut self` method of that std type) on a non-`mut` local, through an
//!   `Arc`/`Rc`, or through a `&` parameter (`E0596`);
//! - `*x = ..`/`*x += ..` through an `Arc`/`Rc` or a `&` parameter, and `x.f = ..` through
//!   them, through `&self`, or on a non-`mut` local of the learner's struct (`E0594`);
//! - `*guard += 1` and `guard.f = ..` on a non-`mut` lock guard, `&mut x` and `x[i] = ..` on a non-`mut`
//!   local (`E0596`), and `x = ..`/`x += ..` on a non-`mut` local or parameter (`E0384`).
//!
//! The rules on a non-`mut` binding say nothing inside a closure or `async` block that
//! captures it (rustc words those differently); a method name the file's own traits or
//! impls declare, a std type name the file declares or imports as another, says nothing.

use syn::{Expr, FnArg, Pat, Type};

use super::items::Items;
use super::{is_compound_assign, rustc_error};
use crate::lint::syntax::{pos_of, strip};
use crate::report::Diagnostic;

/// A std type with `&mut self` methods a learner calls on it.
#[derive(Clone, Copy, PartialEq, Debug)]
pub enum Std {
    Vec,
    String,
    Map,
    Set,
    Deque,
    JoinSet,
    Receiver,
}

impl Std {
    /// Its methods that take `&mut self`.
    fn mutating(self) -> &'static [&'static str] {
        match self {
            Std::Vec => &[
                "push",
                "pop",
                "insert",
                "remove",
                "clear",
                "extend",
                "extend_from_slice",
                "truncate",
                "sort",
                "sort_by",
                "sort_by_key",
                "sort_unstable",
                "dedup",
                "retain",
                "drain",
                "append",
                "reverse",
                "swap",
                "iter_mut",
                "get_mut",
                "last_mut",
                "first_mut",
                "resize",
                "split_off",
                "swap_remove",
                "fill",
            ],
            Std::String => {
                &["push", "push_str", "insert", "insert_str", "clear", "truncate", "pop", "remove", "retain"]
            }
            Std::Map => &["insert", "remove", "entry", "clear", "get_mut", "retain", "drain", "values_mut", "iter_mut"],
            Std::Set => &["insert", "remove", "clear", "retain", "drain", "take"],
            Std::Deque => &[
                "push_back",
                "push_front",
                "pop_back",
                "pop_front",
                "insert",
                "remove",
                "clear",
                "retain",
                "drain",
                "iter_mut",
                "get_mut",
                "truncate",
                "append",
            ],
            Std::JoinSet => &["spawn", "join_next", "try_join_next", "abort_all", "shutdown", "spawn_blocking"],
            Std::Receiver => &["recv", "try_recv", "recv_many", "close", "blocking_recv"],
        }
    }

    /// The std type a full path names (`std::collections::HashMap`).
    fn of_path(path: &str) -> Option<Std> {
        let (module, name) = path.rsplit_once("::")?;
        let std = module.starts_with("std::") || module.starts_with("alloc::");
        Some(match name {
            "Vec" if std => Std::Vec,
            "String" if std => Std::String,
            "HashMap" | "BTreeMap" if std && module.contains("collections") => Std::Map,
            "HashSet" | "BTreeSet" if std && module.contains("collections") => Std::Set,
            "VecDeque" if std && module.contains("collections") => Std::Deque,
            "JoinSet" if module == "tokio::task" => Std::JoinSet,
            "Receiver" | "UnboundedReceiver" if module == "tokio::sync::mpsc" => Std::Receiver,
            _ => return None,
        })
    }
}

/// What a local certainly is, for these rules.
#[derive(Clone, Debug)]
pub enum Kind {
    /// An owned value of a std type.
    Std(Std),
    /// An `Arc` or `Rc` (the pointer's name), and its contents when known.
    Shared(&'static str, Option<Std>),
    /// A `&T` parameter (`T` when it is a known std type).
    Ref(Option<Std>),
    /// A lock guard (`m.lock().await`, `m.lock().unwrap()`).
    Guard,
    /// One of the learner's structs.
    Struct,
    /// Anything else (only the binding's `mut` is known).
    Other,
}

#[derive(Clone, Debug)]
pub struct Local {
    pub mutable: bool,
    pub kind: Kind,
    /// A parameter (rustc says "immutable argument").
    pub param: bool,
}

/// What the walker knows of a name at a use: the local, and whether a closure or `async`
/// block between the use and the binding captures it.
pub type Lookup<'a> = &'a dyn Fn(&str) -> Option<(Local, bool)>;

/// The full path a written path names, when it is certainly std's or tokio's.
fn full_path(items: &Items, segs: &[String]) -> Option<String> {
    let first = segs.first()?;
    if items.own_types.contains(first) {
        return None;
    }
    let head = if let Some(p) = items.import(first) {
        p.to_string()
    } else {
        match first.as_str() {
            "Vec" => "std::vec::Vec".into(),
            "String" => "std::string::String".into(),
            "std" | "tokio" | "alloc" => first.clone(),
            _ => return None,
        }
    };
    Some(std::iter::once(head).chain(segs[1..].iter().cloned()).collect::<Vec<_>>().join("::"))
}

fn path_segs(path: &syn::Path) -> Vec<String> {
    path.segments.iter().map(|s| s.ident.to_string()).collect()
}

fn shared_ptr(full: &str) -> Option<&'static str> {
    match full {
        "std::sync::Arc" | "alloc::sync::Arc" => Some("Arc"),
        "std::rc::Rc" | "alloc::rc::Rc" => Some("Rc"),
        _ => None,
    }
}

/// The kind a declared type certainly is.
fn of_type(items: &Items, ty: &Type) -> Kind {
    let Type::Path(p) = ty else { return Kind::Other };
    if p.qself.is_some() {
        return Kind::Other;
    }
    let Some(full) = full_path(items, &path_segs(&p.path)) else { return Kind::Other };
    if let Some(ptr) = shared_ptr(&full) {
        let inner = match &p.path.segments.last().map(|s| &s.arguments) {
            Some(syn::PathArguments::AngleBracketed(a)) => a.args.iter().find_map(|a| match a {
                syn::GenericArgument::Type(t) => match of_type(items, t) {
                    Kind::Std(s) => Some(s),
                    _ => None,
                },
                _ => None,
            }),
            _ => None,
        };
        return Kind::Shared(ptr, inner);
    }
    Std::of_path(&full).map_or(Kind::Other, Kind::Std)
}

/// The kind a value certainly is: `Vec::new()`, `vec![..]`, `Arc::new(..)`, a clone of an `Arc`, a lock guard.
fn of_expr(items: &Items, e: &Expr, lookup: Lookup) -> Kind {
    match strip(e) {
        Expr::Call(c) => {
            let Expr::Path(p) = strip(&c.func) else { return Kind::Other };
            let segs = path_segs(&p.path);
            if p.qself.is_some() || segs.len() < 2 {
                return Kind::Other;
            }
            let Some(full) = full_path(items, &segs[..segs.len() - 1]) else { return Kind::Other };
            let f = segs[segs.len() - 1].as_str();
            if let Some(ptr) = shared_ptr(&full) {
                return match (f, c.args.first()) {
                    ("new", Some(arg)) if c.args.len() == 1 => match of_expr(items, arg, lookup) {
                        Kind::Std(s) => Kind::Shared(ptr, Some(s)),
                        _ => Kind::Shared(ptr, None),
                    },
                    ("clone", Some(Expr::Reference(r))) if c.args.len() == 1 => match of_expr(items, &r.expr, lookup) {
                        Kind::Shared(p, inner) if p == ptr => Kind::Shared(p, inner),
                        _ => Kind::Other,
                    },
                    _ => Kind::Other,
                };
            }
            match Std::of_path(&full) {
                Some(s) if s != Std::Receiver && matches!(f, "new" | "with_capacity" | "from" | "default") => {
                    Kind::Std(s)
                }
                _ => Kind::Other,
            }
        }
        Expr::Macro(m) if m.mac.path.is_ident("vec") => Kind::Std(Std::Vec),
        Expr::Macro(m) if m.mac.path.is_ident("format") => Kind::Std(Std::String),
        Expr::MethodCall(m) if m.args.is_empty() => {
            let method = m.method.to_string();
            match method.as_str() {
                "clone" => match single(&m.receiver).and_then(|n| lookup(&n)) {
                    Some((Local { kind: Kind::Shared(p, inner), .. }, _)) => Kind::Shared(p, inner),
                    _ => Kind::Other,
                },
                "to_string" | "to_owned" if matches!(strip(&m.receiver), Expr::Lit(l) if matches!(l.lit, syn::Lit::Str(_))) => {
                    Kind::Std(Std::String)
                }
                "unwrap" | "expect" => guard_source(items, &m.receiver),
                _ => Kind::Other,
            }
        }
        Expr::MethodCall(m) if m.method == "expect" => guard_source(items, &m.receiver),
        Expr::Await(a) => guard_source(items, &a.base),
        Expr::Path(_) => match single(e).and_then(|n| lookup(&n)) {
            Some((Local { kind: Kind::Shared(p, inner), .. }, _)) => Kind::Shared(p, inner),
            _ => Kind::Other,
        },
        _ => Kind::Other,
    }
}

/// `m.lock()` / `m.write()` (no arguments) when the file declares no method of that name.
fn guard_source(items: &Items, e: &Expr) -> Kind {
    match strip(e) {
        Expr::MethodCall(m)
            if m.args.is_empty()
                && (m.method == "lock" || m.method == "write")
                && !items.method_names.contains(&m.method.to_string()) =>
        {
            Kind::Guard
        }
        _ => Kind::Other,
    }
}

/// The locals a `let` binds that these rules know: `let [mut] x = ..`, and the receiver of
/// `let (tx, rx) = mpsc::channel(..)`.
pub fn of_let(items: &Items, pat: &Pat, init: &Expr, is_struct: bool, lookup: Lookup) -> Vec<(String, Local)> {
    let (pat, ty) = match pat {
        Pat::Type(t) => (&*t.pat, Some(&*t.ty)),
        _ => (pat, None),
    };
    match pat {
        Pat::Ident(i) if i.by_ref.is_none() && i.subpat.is_none() => {
            let kind = match ty.map(|t| of_type(items, t)) {
                Some(Kind::Other) => Kind::Other,
                Some(k) => k,
                None if is_struct => Kind::Struct,
                None => of_expr(items, init, lookup),
            };
            vec![(i.ident.to_string(), Local { mutable: i.mutability.is_some(), kind, param: false })]
        }
        Pat::Tuple(t) if t.elems.len() == 2 && ty.is_none() && is_mpsc_channel(items, init) => match &t.elems[1] {
            Pat::Ident(i) if i.by_ref.is_none() && i.subpat.is_none() => vec![(
                i.ident.to_string(),
                Local { mutable: i.mutability.is_some(), kind: Kind::Std(Std::Receiver), param: false },
            )],
            _ => Vec::new(),
        },
        _ => Vec::new(),
    }
}

fn is_mpsc_channel(items: &Items, e: &Expr) -> bool {
    let Expr::Call(c) = strip(e) else { return false };
    let Expr::Path(p) = strip(&c.func) else { return false };
    p.qself.is_none()
        && full_path(items, &path_segs(&p.path))
            .is_some_and(|f| f == "tokio::sync::mpsc::channel" || f == "tokio::sync::mpsc::unbounded_channel")
}

/// A typed parameter's local (`v: Vec<u32>`, `list: &Vec<u32>`, `n: u32`).
pub fn of_param(items: &Items, arg: &FnArg) -> Option<(String, Local)> {
    let FnArg::Typed(t) = arg else { return None };
    let Pat::Ident(i) = &*t.pat else { return None };
    if i.by_ref.is_some() || i.subpat.is_some() {
        return None;
    }
    let kind = match &*t.ty {
        Type::Reference(r) if r.mutability.is_none() => Kind::Ref(match of_type(items, &r.elem) {
            Kind::Std(s) => Some(s),
            _ => None,
        }),
        Type::Reference(_) => Kind::Other,
        ty => match of_type(items, ty) {
            k @ (Kind::Std(_) | Kind::Shared(..)) => k,
            _ => Kind::Other,
        },
    };
    Some((i.ident.to_string(), Local { mutable: i.mutability.is_some(), kind, param: true }))
}

/// Is the fn's receiver `&self`?
pub fn shared_self(inputs: &[FnArg]) -> bool {
    inputs.iter().any(|i| matches!(i, FnArg::Receiver(r) if r.reference.is_some() && r.mutability.is_none()))
}

fn single(e: &Expr) -> Option<String> {
    super::single_name(e)
}

/// The error `e` certainly is, if it mutates what cannot be mutated.
pub fn check(items: &Items, e: &Expr, lookup: Lookup, self_shared: bool) -> Option<Diagnostic> {
    match e {
        Expr::Assign(a) => assign(&a.left, e, lookup, self_shared),
        Expr::Binary(b) if is_compound_assign(&b.op) => assign(&b.left, e, lookup, self_shared),
        Expr::MethodCall(m) => {
            let name = single(&m.receiver)?;
            let method = m.method.to_string();
            if items.method_names.contains(&method) {
                return None;
            }
            let (local, captured) = lookup(&name)?;
            let mutates = |s: Std| s.mutating().contains(&method.as_str());
            match local.kind {
                Kind::Std(s) if !local.mutable && !captured && mutates(s) => Some(not_mut(&name, &m.receiver)),
                Kind::Shared(ptr, Some(s)) if mutates(s) => Some(rustc_error(
                    "E0596",
                    format!("cannot borrow data in an `{ptr}` as mutable"),
                    pos_of(&m.receiver),
                    Some(shared_help(ptr)),
                )),
                Kind::Ref(Some(s)) if mutates(s) => Some(rustc_error(
                    "E0596",
                    format!("cannot borrow `*{name}` as mutable, as it is behind a `&` reference"),
                    pos_of(&m.receiver),
                    Some(format!(
                        "`{name}` is a `&` reference: take `&mut` in the parameter's type to change what it points to"
                    )),
                )),
                _ => None,
            }
        }
        Expr::Reference(r) if r.mutability.is_some() => {
            let name = single(&r.expr)?;
            let (local, captured) = lookup(&name)?;
            (!local.mutable && !captured).then(|| not_mut(&name, &r.expr))
        }
        _ => None,
    }
}

/// `place = ..` or `place += ..` (`whole` is the assignment, where rustc points for `E0594`/`E0384`).
fn assign(place: &Expr, whole: &Expr, lookup: Lookup, self_shared: bool) -> Option<Diagnostic> {
    match strip(place) {
        Expr::Path(_) => {
            let name = single(place)?;
            let (local, captured) = lookup(&name)?;
            if local.mutable || captured {
                return None;
            }
            let message = if local.param {
                format!("cannot assign to immutable argument `{name}`")
            } else {
                format!("cannot assign twice to immutable variable `{name}`")
            };
            Some(rustc_error(
                "E0384",
                message,
                pos_of(whole),
                Some(format!("`{name}` is not declared as mutable: write `mut {name}` where it is declared")),
            ))
        }
        Expr::Unary(u) if matches!(u.op, syn::UnOp::Deref(_)) => {
            let name = single(&u.expr)?;
            let (local, captured) = lookup(&name)?;
            match local.kind {
                Kind::Shared(ptr, _) => Some(shared_assign(ptr, whole)),
                Kind::Ref(_) => Some(rustc_error(
                    "E0594",
                    format!("cannot assign to `*{name}`, which is behind a `&` reference"),
                    pos_of(whole),
                    Some(format!(
                        "`{name}` is a `&` reference: take `&mut` in the parameter's type to change what it points to"
                    )),
                )),
                Kind::Guard if !local.mutable && !captured => Some(not_mut(&name, &u.expr)),
                _ => None,
            }
        }
        Expr::Field(f) => {
            let field = match &f.member {
                syn::Member::Named(i) => i.to_string(),
                syn::Member::Unnamed(i) => i.index.to_string(),
            };
            if is_self(&f.base) {
                return self_shared.then(|| {
                    rustc_error(
                        "E0594",
                        format!("cannot assign to `self.{field}`, which is behind a `&` reference"),
                        pos_of(whole),
                        Some("the method takes `&self`: take `&mut self` to change its fields".into()),
                    )
                });
            }
            let name = single(&f.base)?;
            let (local, captured) = lookup(&name)?;
            match local.kind {
                Kind::Shared(ptr, _) => Some(shared_assign(ptr, whole)),
                Kind::Ref(_) => Some(rustc_error(
                    "E0594",
                    format!("cannot assign to `{name}.{field}`, which is behind a `&` reference"),
                    pos_of(whole),
                    Some(format!(
                        "`{name}` is a `&` reference: take `&mut` in the parameter's type to change what it points to"
                    )),
                )),
                Kind::Guard if !local.mutable && !captured => Some(not_mut(&name, &f.base)),
                Kind::Struct if !local.mutable && !captured => Some(rustc_error(
                    "E0594",
                    format!("cannot assign to `{name}.{field}`, as `{name}` is not declared as mutable"),
                    pos_of(whole),
                    Some(format!("declare it with `let mut {name}` to change its fields")),
                )),
                _ => None,
            }
        }
        Expr::Index(i) => {
            let name = single(&i.expr)?;
            let (local, captured) = lookup(&name)?;
            match local.kind {
                Kind::Std(Std::Vec | Std::Deque) if !local.mutable && !captured => Some(not_mut(&name, &i.expr)),
                _ => None,
            }
        }
        _ => None,
    }
}

fn is_self(e: &Expr) -> bool {
    matches!(strip(e), Expr::Path(p) if p.qself.is_none() && p.path.is_ident("self"))
}

fn not_mut(name: &str, at: &Expr) -> Diagnostic {
    rustc_error(
        "E0596",
        format!("cannot borrow `{name}` as mutable, as it is not declared as mutable"),
        pos_of(at),
        Some(format!("declare it with `let mut {name}` to change it")),
    )
}

fn shared_assign(ptr: &str, whole: &Expr) -> Diagnostic {
    rustc_error("E0594", format!("cannot assign to data in an `{ptr}`"), pos_of(whole), Some(shared_help(ptr)))
}

fn shared_help(ptr: &str) -> String {
    if ptr == "Arc" {
        "an `Arc` shares its value read-only: put it in a lock (`Arc<Mutex<T>>`, then `.lock()`) or use an atomic to change it"
            .into()
    } else {
        "an `Rc` shares its value read-only: put it in a `RefCell` (`Rc<RefCell<T>>`, then `.borrow_mut()`) to change it".into()
    }
}
