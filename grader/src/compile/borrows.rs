//! Borrow conflicts (`E0499`, `E0502`, `E0505`, `E0506`) where the grader is sure of them.
//!
//! Only locals bound once in the whole fn by a simple `let` whose value's type is certain
//! (`vec![..]`, `String::from(..)`, `HashMap::new()`, a number literal, `Mutex::new(..)`,
//! tokio's `mpsc::channel` receiver, a struct of the learner's) are looked at, so a name
//! always means that one local. Two shapes are reported:
//! - a borrow held by a `let` (`let r = &v;`, `&mut v`, `&v[0]`, `v.iter()`, `m.get(..).unwrap()`,
//!   `m.lock().unwrap()`, `rx.recv()`, a method of the learner's returning a reference, a
//!   non-`move` `async` block that uses the local) while a later statement of the same block
//!   mutates, reads, assigns or moves the local, and a statement after that still uses the
//!   holder (non-lexical lifetimes: a borrow ends at its holder's last use);
//! - a `for` loop over `&v`, `&mut v` or `v.iter()` whose body (with no `break`, `return` or
//!   `?`, so the loop always goes on) mutates, assigns or moves `v`.
//!
//! Anything it cannot see into (a macro it does not know, a closure, a statement that may
//! leave the block before the holder's use) makes it say nothing.

use crate::vec_map::VecMap;

use crate::visit::Visit;
use syn::{Block, Expr, Pat, Stmt, Type};

use super::items::Items;
use super::{is_compound_assign, rustc_error, Blocks};
use crate::lint::syntax::{macro_exprs, macro_name, pos_of, strip, VisitNode};
use crate::report::{Diagnostic, Pos};

/// What a local certainly holds.
#[derive(Clone, PartialEq, Debug)]
pub enum Kind {
    Vec,
    Str,
    Map,
    Set,
    Deque,
    /// A number, `bool` or `char` literal.
    Copy,
    /// `std::sync::Mutex` or `tokio::sync::Mutex`.
    Mutex,
    /// tokio's `mpsc` receiver.
    Receiver,
    /// A struct of the learner's (by name).
    Struct(String),
}

/// How a method of a kind uses its receiver.
#[derive(Clone, Copy, PartialEq)]
pub(super) enum Recv {
    Shared,
    Mut,
    Move,
}

impl Kind {
    fn owned(&self, items: &Items) -> bool {
        match self {
            Kind::Copy => false,
            Kind::Struct(s) => items.plain_struct(s).is_some_and(|d| !d.copy),
            _ => true,
        }
    }

    pub fn collection(&self) -> bool {
        matches!(self, Kind::Vec | Kind::Str | Kind::Map | Kind::Set | Kind::Deque)
    }

    /// How the method `m` of this kind takes its receiver, when certain.
    fn method(&self, m: &str, methods: &Methods) -> Option<Recv> {
        let (shared, muts, moves): (&[&str], &[&str], &[&str]) = match self {
            Kind::Vec => (
                &[
                    "len",
                    "is_empty",
                    "iter",
                    "get",
                    "first",
                    "last",
                    "contains",
                    "to_vec",
                    "clone",
                    "as_slice",
                    "join",
                    "concat",
                    "starts_with",
                    "ends_with",
                    "windows",
                    "chunks",
                    "capacity",
                ],
                &[
                    "push",
                    "pop",
                    "insert",
                    "remove",
                    "clear",
                    "truncate",
                    "extend",
                    "extend_from_slice",
                    "append",
                    "retain",
                    "sort",
                    "sort_by",
                    "sort_by_key",
                    "sort_unstable",
                    "dedup",
                    "reverse",
                    "drain",
                    "swap_remove",
                    "resize",
                    "iter_mut",
                    "get_mut",
                    "first_mut",
                    "last_mut",
                    "swap",
                ],
                &["into_iter", "into_boxed_slice"],
            ),
            Kind::Str => (
                &[
                    "len",
                    "is_empty",
                    "as_str",
                    "chars",
                    "bytes",
                    "lines",
                    "trim",
                    "contains",
                    "starts_with",
                    "ends_with",
                    "to_uppercase",
                    "to_lowercase",
                    "clone",
                    "to_string",
                    "split",
                    "split_whitespace",
                ],
                &["push", "push_str", "pop", "insert", "insert_str", "clear", "truncate", "remove", "retain", "drain"],
                &["into_bytes", "into_boxed_str"],
            ),
            Kind::Map => (
                &["get", "len", "is_empty", "contains_key", "keys", "values", "iter", "clone"],
                &[
                    "insert",
                    "remove",
                    "clear",
                    "entry",
                    "get_mut",
                    "retain",
                    "extend",
                    "values_mut",
                    "iter_mut",
                    "drain",
                ],
                &["into_keys", "into_values", "into_iter"],
            ),
            Kind::Set => (
                &["contains", "len", "is_empty", "iter", "get", "clone"],
                &["insert", "remove", "clear", "extend", "retain", "take", "drain"],
                &["into_iter"],
            ),
            Kind::Deque => (
                &["len", "is_empty", "front", "back", "iter", "get", "contains", "clone"],
                &[
                    "push_back",
                    "push_front",
                    "pop_back",
                    "pop_front",
                    "clear",
                    "insert",
                    "remove",
                    "truncate",
                    "extend",
                    "retain",
                    "iter_mut",
                    "get_mut",
                    "front_mut",
                    "back_mut",
                    "drain",
                ],
                &["into_iter"],
            ),
            Kind::Mutex => (&["lock", "try_lock"], &["get_mut"], &["into_inner"]),
            Kind::Receiver => (&["is_closed", "is_empty", "len"], &["recv", "try_recv", "close"], &[]),
            Kind::Copy => return None,
            Kind::Struct(s) => return methods.get(&(s.clone(), m.to_string())).map(|(r, _)| *r),
        };
        if shared.contains(&m) {
            Some(Recv::Shared)
        } else if muts.contains(&m) {
            Some(Recv::Mut)
        } else if moves.contains(&m) {
            Some(Recv::Move)
        } else {
            None
        }
    }

    /// Whether the value the method `m` returns borrows the receiver (and how).
    fn borrowing_method(&self, m: &str, methods: &Methods) -> Option<bool> {
        let (shared, muts): (&[&str], &[&str]) = match self {
            Kind::Vec => (
                &["iter", "get", "first", "last", "as_slice", "windows", "chunks"],
                &["iter_mut", "get_mut", "first_mut", "last_mut"],
            ),
            Kind::Str => (&["as_str", "chars", "bytes", "lines", "trim", "split", "split_whitespace"], &[]),
            Kind::Map => (&["get", "keys", "values", "iter"], &["get_mut", "values_mut", "iter_mut"]),
            Kind::Set => (&["iter", "get"], &[]),
            Kind::Deque => (&["front", "back", "iter", "get"], &["front_mut", "back_mut", "iter_mut", "get_mut"]),
            Kind::Mutex => (&["lock"], &[]),
            Kind::Receiver => (&[], &["recv"]),
            Kind::Copy => return None,
            Kind::Struct(s) => {
                return methods
                    .get(&(s.clone(), m.to_string()))
                    .and_then(|(r, returns_ref)| (*returns_ref && *r != Recv::Move).then_some(*r == Recv::Mut))
            }
        };
        if shared.contains(&m) {
            Some(false)
        } else if muts.contains(&m) {
            Some(true)
        } else {
            None
        }
    }
}

/// Inherent methods of the learner's structs: (struct, method) -> (receiver, returns a
/// reference tied to the receiver by elision).
pub(super) type Methods = VecMap<(String, String), (Recv, bool)>;

pub(super) fn learner_methods(file: &syn::File) -> Methods {
    let mut out: Methods = VecMap::new();
    let mut dup = Vec::new();
    struct Impls<'a>(Vec<&'a syn::ItemImpl>);
    impl<'a> Visit<'a> for Impls<'a> {
        crate::visit::overrides!('a: visit_item);

        fn visit_item(&mut self, i: &'a syn::Item) {
            if let syn::Item::Impl(imp) = i {
                self.0.push(imp);
            }
            crate::visit::visit_item(self, i);
        }
    }
    let mut impls = Impls(Vec::new());
    impls.visit_file(file);
    for imp in impls.0 {
        let Type::Path(tp) = &*imp.self_ty else { continue };
        let Some(ty) = tp.path.get_ident() else { continue };
        for item in &imp.items {
            let syn::ImplItem::Fn(f) = item else { continue };
            let key = (ty.to_string(), f.sig.ident.to_string());
            let recv = match f.sig.receiver() {
                Some(r) if r.colon_token.is_some() => continue,
                Some(r) => match (&r.reference, &r.mutability) {
                    (Some((_, None)), None) => Recv::Shared,
                    (Some((_, None)), Some(_)) => Recv::Mut,
                    (None, _) => Recv::Move,
                    _ => continue,
                },
                None => continue,
            };
            let plain = imp.trait_.is_none() && imp.generics.params.is_empty() && f.sig.generics.params.is_empty();
            let returns_ref = matches!(&f.sig.output, syn::ReturnType::Type(_, t) if matches!(&**t, Type::Reference(r) if r.lifetime.is_none()));
            if !plain || out.insert(key.clone(), (recv, returns_ref)).is_some() {
                dup.push(key);
            }
        }
    }
    for k in dup {
        out.remove(&k);
    }
    out
}

/// The locals of a body bound exactly once (by a simple `let`), with what they hold when known.
pub struct Locals {
    pub once: VecMap<String, Option<Kind>>,
}

impl Locals {
    pub fn collect(items: &Items, params: &[String], body: &Block) -> Locals {
        struct Count<'i> {
            items: &'i Items,
            counts: VecMap<String, usize>,
            kinds: VecMap<String, Option<Kind>>,
        }
        impl<'a> Visit<'a> for Count<'_> {
            crate::visit::overrides!('a: visit_pat_ident, visit_local, visit_macro, visit_item);

            fn visit_pat_ident(&mut self, p: &'a syn::PatIdent) {
                *self.counts.entry(p.ident.to_string()).or_default() += 1;
                crate::visit::visit_pat_ident(self, p);
            }
            fn visit_local(&mut self, l: &'a syn::Local) {
                let init = l.init.as_ref().filter(|i| i.diverge.is_none()).map(|i| &*i.expr);
                if let Some(i) = simple_ident(&l.pat) {
                    let kind = init.and_then(|e| kind_of(self.items, e));
                    self.kinds.insert(i.ident.to_string(), kind);
                } else if let (Pat::Tuple(t), Some(e)) = (&l.pat, init) {
                    if t.elems.len() == 2 && tokio_channel(self.items, e) {
                        if let Some(i) = simple_ident(&t.elems[1]) {
                            self.kinds.insert(i.ident.to_string(), Some(Kind::Receiver));
                        }
                    }
                }
                crate::visit::visit_local(self, l);
            }
            fn visit_macro(&mut self, mac: &'a syn::Macro) {
                if let Some(exprs) = macro_exprs(mac) {
                    exprs.iter().for_each(|e| self.visit_expr(e));
                } else {
                    // A macro could bind any name: count every identifier in it.
                    for t in mac.tokens.to_string().split(|c: char| !c.is_alphanumeric() && c != '_') {
                        *self.counts.entry(t.to_string()).or_default() += 2;
                    }
                }
            }
            fn visit_item(&mut self, _: &'a syn::Item) {}
        }
        let mut c = Count { items, counts: VecMap::new(), kinds: VecMap::new() };
        for p in params {
            *c.counts.entry(p.clone()).or_default() += 2;
        }
        c.visit_block(body);
        let once = c.kinds.into_iter().filter(|(n, _)| c.counts.get(n) == Some(&1) && !items.knows_value(n)).collect();
        Locals { once }
    }

    pub fn kind(&self, name: &str) -> Option<&Kind> {
        self.once.get(name).and_then(|k| k.as_ref())
    }
}

/// The identifier a simple pattern binds (`x`, `mut x`, `x: T`), not by `ref`.
pub fn simple_ident(pat: &Pat) -> Option<&syn::PatIdent> {
    match pat {
        Pat::Ident(i) if i.subpat.is_none() && i.by_ref.is_none() => Some(i),
        Pat::Type(t) => simple_ident(&t.pat),
        _ => None,
    }
}

pub(super) fn path_segs(e: &Expr) -> Option<Vec<String>> {
    let Expr::Path(p) = strip(e) else { return None };
    if p.qself.is_some() {
        return None;
    }
    Some(p.path.segments.iter().map(|s| s.ident.to_string()).collect())
}

/// What a `let`'s value certainly is.
pub fn kind_of(items: &Items, e: &Expr) -> Option<Kind> {
    let std = |ty: &str| !items.own_types.contains(ty);
    match strip(e) {
        Expr::Macro(m) => match macro_name(&m.mac).as_str() {
            "vec" if std("Vec") => Some(Kind::Vec),
            "format" if std("String") => Some(Kind::Str),
            _ => None,
        },
        Expr::Lit(l) => matches!(l.lit, syn::Lit::Int(_) | syn::Lit::Float(_) | syn::Lit::Bool(_) | syn::Lit::Char(_))
            .then_some(Kind::Copy),
        Expr::Call(c) => {
            let segs = path_segs(&c.func)?;
            let last = segs.last()?.as_str();
            let owner = if segs.len() >= 2 { segs[segs.len() - 2].as_str() } else { "" };
            let kind = match (owner, last) {
                ("Vec", "new" | "with_capacity" | "from") => Kind::Vec,
                ("String", "new" | "with_capacity" | "from") => Kind::Str,
                ("HashMap" | "BTreeMap", "new" | "with_capacity") => Kind::Map,
                ("HashSet" | "BTreeSet", "new" | "with_capacity") => Kind::Set,
                ("VecDeque", "new" | "with_capacity") => Kind::Deque,
                ("Mutex", "new") => {
                    let full = if segs.len() > 2 {
                        segs[..segs.len() - 1].join("::")
                    } else {
                        items.import("Mutex").unwrap_or("").to_string()
                    };
                    return matches!(full.as_str(), "std::sync::Mutex" | "tokio::sync::Mutex").then_some(Kind::Mutex);
                }
                (ty, f) if segs.len() == 2 => {
                    let d = items.plain_struct(ty)?;
                    return d.assoc_returning_self.iter().any(|a| a == f).then(|| Kind::Struct(ty.to_string()));
                }
                _ => return None,
            };
            std(owner).then_some(kind)
        }
        Expr::MethodCall(m)
            if (m.method == "to_string" || m.method == "to_owned")
                && matches!(strip(&m.receiver), Expr::Lit(l) if matches!(l.lit, syn::Lit::Str(_))) =>
        {
            Some(Kind::Str)
        }
        Expr::Struct(s) if s.path.segments.len() == 1 && s.rest.is_none() => {
            let name = s.path.segments[0].ident.to_string();
            items.plain_struct(&name).map(|_| Kind::Struct(name))
        }
        _ => None,
    }
}

/// `mpsc::channel(..)` or `mpsc::unbounded_channel()` of tokio.
fn tokio_channel(items: &Items, e: &Expr) -> bool {
    let Expr::Call(c) = strip(e) else { return false };
    let Some(segs) = path_segs(&c.func) else { return false };
    let Some(last) = segs.last() else { return false };
    if last != "channel" && last != "unbounded_channel" {
        return false;
    }
    let full = match segs.len() {
        1 => items.import(last).unwrap_or("").to_string(),
        _ => {
            let head = items.import(&segs[0]).map(str::to_string).unwrap_or_else(|| segs[0].clone());
            [head, segs[1..].join("::")].join("::")
        }
    };
    full == format!("tokio::sync::mpsc::{last}")
}

/// How a statement touches a local.
#[derive(Clone, Copy, PartialEq, Debug)]
enum Access {
    Shared,
    Mut,
    Assign,
    Move,
}

/// A borrow of `of` that a `let` holds.
struct Borrow {
    of: String,
    mutable: bool,
}

/// What the rules of one fn look at: the file's items and methods, and the fn's locals; the
/// borrow rules here and the escape rules of `escapes.rs` share it.
pub(super) struct Cx<'a> {
    pub items: &'a Items,
    pub methods: &'a Methods,
    pub locals: &'a Locals,
}

/// Borrow conflicts here, and the escapes of `escapes.rs`, fn by fn.
pub fn check(file: &syn::File, items: &Items, out: &mut Vec<Diagnostic>) {
    let methods = learner_methods(file);
    for f in &items.fns {
        if let Some(sig) = &f.sig {
            super::escapes::escaping_params(items, sig, &f.body, out);
        }
        let locals = Locals::collect(items, &f.params, &f.body);
        if locals.once.is_empty() {
            continue;
        }
        let cx = Cx { items, methods: &methods, locals: &locals };
        let blocks = Blocks::of(&f.body);
        for b in &blocks.blocks {
            cx.block(b, out);
        }
        for l in &blocks.for_loops {
            cx.for_loop(l, out);
        }
        super::escapes::check_fn(&cx, &f.body, &blocks, out);
    }
}

impl Cx<'_> {
    fn block(&self, b: &Block, out: &mut Vec<Diagnostic>) {
        for (i, stmt) in b.stmts.iter().enumerate() {
            let Stmt::Local(l) = stmt else { continue };
            let Some(holder) = simple_ident(&l.pat).map(|p| p.ident.to_string()) else { continue };
            if !self.locals.once.contains_key(&holder) {
                continue;
            }
            let Some(init) = l.init.as_ref().filter(|i| i.diverge.is_none()) else { continue };
            let borrows = self.created(&init.expr);
            if borrows.is_empty() {
                continue;
            }
            // The holder's last use in this block (none: the borrow ends here).
            let mut last = None;
            for (k, s) in b.stmts.iter().enumerate().skip(i + 1) {
                if assigns_anywhere(s, &holder) {
                    break;
                }
                match uses(s, &holder) {
                    None => {
                        last = None;
                        break;
                    }
                    Some(true) => last = Some(k),
                    Some(false) => {}
                }
            }
            let Some(last) = last else { continue };
            // Statements from which the holder's use is surely reached.
            let start = (i + 1..last).rev().find(|&j| maybe_leaves(&b.stmts[j], true)).map_or(i + 1, |j| j + 1);
            'borrows: for borrow in &borrows {
                let kind = self.locals.once.get(&borrow.of).cloned().flatten();
                for s in &b.stmts[start..last] {
                    if let Some((access, at)) = self.access(s, &borrow.of, kind.as_ref()) {
                        if let Some(d) =
                            conflict(&borrow.of, borrow.mutable, access, at, Some((&holder, &b.stmts[last])))
                        {
                            out.push(d);
                            break 'borrows;
                        }
                    }
                }
            }
        }
    }

    /// A `for` loop over a borrow of a collection whose body changes or moves it.
    fn for_loop(&self, f: &syn::ExprForLoop, out: &mut Vec<Diagnostic>) {
        let (of, mutable) = match strip(&f.expr) {
            Expr::Reference(r) => match single(&r.expr) {
                Some(n) => (n, r.mutability.is_some()),
                None => return,
            },
            Expr::MethodCall(m) if m.args.is_empty() => {
                let Some(n) = single(&m.receiver) else { return };
                let Some(mutable) =
                    self.locals.kind(&n).and_then(|k| k.borrowing_method(&m.method.to_string(), self.methods))
                else {
                    return;
                };
                (n, mutable)
            }
            _ => return,
        };
        let Some(kind) = self.locals.kind(&of).filter(|k| k.collection()) else { return };
        if maybe_leaves_block(&f.body) {
            return;
        }
        for s in &f.body.stmts {
            if let Some((access, at)) = self.access(s, &of, Some(kind)) {
                if let Some(d) = conflict(&of, mutable, access, at, None) {
                    out.push(d);
                    return;
                }
            }
        }
    }

    /// The borrows a `let`'s value holds.
    fn created(&self, e: &Expr) -> Vec<Borrow> {
        match strip(e) {
            Expr::Reference(r) => {
                let Some((name, projected)) = place_root(&r.expr) else { return Vec::new() };
                let Some(kind) = self.locals.once.get(&name) else { return Vec::new() };
                if projected && !kind.as_ref().is_some_and(|k| k.collection() || matches!(k, Kind::Struct(_))) {
                    return Vec::new();
                }
                vec![Borrow { of: name, mutable: r.mutability.is_some() }]
            }
            Expr::Async(a) if a.capture.is_none() => {
                let mut out = Vec::new();
                for (name, kind) in &self.locals.once {
                    if let Some(mutable) = capture_mode(&a.block, name, kind.as_ref(), self.methods) {
                        out.push(Borrow { of: name.clone(), mutable });
                    }
                }
                out
            }
            mut e => {
                let mut awaited = false;
                loop {
                    match e {
                        Expr::MethodCall(m) if (m.method == "unwrap" || m.method == "expect") => e = strip(&m.receiver),
                        Expr::Await(a) if !awaited => {
                            awaited = true;
                            e = strip(&a.base);
                        }
                        _ => break,
                    }
                }
                let Expr::MethodCall(m) = e else { return Vec::new() };
                let Some(name) = single(&m.receiver) else { return Vec::new() };
                let Some(kind) = self.locals.kind(&name) else { return Vec::new() };
                let method = m.method.to_string();
                if awaited && !(kind == &Kind::Mutex && method == "lock") {
                    return Vec::new();
                }
                match kind.borrowing_method(&method, self.methods) {
                    Some(mutable) => vec![Borrow { of: name, mutable }],
                    None => Vec::new(),
                }
            }
        }
    }

    /// The first certain access of `x` in the statement (outside closures), with where it is.
    fn access(&self, s: &Stmt, x: &str, kind: Option<&Kind>) -> Option<(Access, Pos)> {
        let mut a = Accesses { cx: self, x, kind, found: None };
        if let Stmt::Local(l) = s {
            if let Some(init) = &l.init {
                if single(&init.expr).as_deref() == Some(x) && kind.is_some_and(|k| k.owned(self.items)) {
                    return Some((Access::Move, pos_of(&init.expr)));
                }
            }
        }
        a.visit_stmt(s);
        a.found
    }
}

fn conflict(x: &str, mutable: bool, access: Access, at: Pos, holder: Option<(&str, &Stmt)>) -> Option<Diagnostic> {
    let (code, message) = match (mutable, access) {
        (false, Access::Shared) => return None,
        (false, Access::Mut) => {
            ("E0502", format!("cannot borrow `{x}` as mutable because it is also borrowed as immutable"))
        }
        (true, Access::Mut) => ("E0499", format!("cannot borrow `{x}` as mutable more than once at a time")),
        (true, Access::Shared) => {
            ("E0502", format!("cannot borrow `{x}` as immutable because it is also borrowed as mutable"))
        }
        (_, Access::Assign) => ("E0506", format!("cannot assign to `{x}` because it is borrowed")),
        (_, Access::Move) => ("E0505", format!("cannot move out of `{x}` because it is borrowed")),
    };
    let help = match holder {
        Some((h, last)) => {
            let line = pos_of(last).line;
            let what = match access {
                Access::Move => "move it",
                Access::Assign => "assign to it",
                _ => "use it again",
            };
            format!(
                "`{h}` still borrows `{x}` here (it is used again on line {line}): finish with `{h}` before you {what}, \
                 or copy or clone what you need out of `{x}` (an `async` block borrows what it uses until it is awaited)"
            )
        }
        None => format!(
            "the loop borrows `{x}` for all its turns, so its body cannot change `{x}`: collect the changes in another \
             variable and apply them after the loop, or loop over indices (`for i in 0..{x}.len()`)"
        ),
    };
    Some(rustc_error(code, message, at, Some(help)))
}

/// The single name an expression is (not `self`).
fn single(e: &Expr) -> Option<String> {
    super::single_name(e)
}

/// The local a place expression starts from (`v`, `v[0]`, `s.f`), and whether it is projected.
pub(super) fn place_root(e: &Expr) -> Option<(String, bool)> {
    match strip(e) {
        Expr::Field(f) => place_root(&f.base).map(|(n, _)| (n, true)),
        Expr::Index(i) => place_root(&i.expr).map(|(n, _)| (n, true)),
        e => single(e).map(|n| (n, false)),
    }
}

/// How a non-`move` `async` block captures `x`: `Some(true)` by `&mut`, `Some(false)` by `&`,
/// `None` when it does not use it or the grader is not sure.
pub(super) fn capture_mode<T: VisitNode>(node: &T, x: &str, kind: Option<&Kind>, methods: &Methods) -> Option<bool> {
    struct C<'a> {
        x: &'a str,
        kind: Option<&'a Kind>,
        methods: &'a Methods,
        shared: bool,
        mutable: bool,
        unsure: bool,
    }
    impl C<'_> {
        fn is_x(&self, e: &Expr) -> bool {
            single(e).as_deref() == Some(self.x)
        }
    }
    impl<'a> Visit<'a> for C<'_> {
        crate::visit::overrides!('a: visit_expr, visit_macro, visit_item);

        fn visit_expr(&mut self, e: &'a Expr) {
            match e {
                Expr::MethodCall(m) if self.is_x(&m.receiver) => {
                    match self.kind.and_then(|k| k.method(&m.method.to_string(), self.methods)) {
                        Some(Recv::Shared) => self.shared = true,
                        Some(Recv::Mut) => self.mutable = true,
                        _ => self.unsure = true,
                    }
                    m.args.iter().for_each(|a| self.visit_expr(a));
                    return;
                }
                Expr::Assign(a) if self.is_x(&a.left) => {
                    self.mutable = true;
                    self.visit_expr(&a.right);
                    return;
                }
                Expr::Binary(b) if is_compound_assign(&b.op) && self.is_x(&b.left) => {
                    self.mutable = true;
                    self.visit_expr(&b.right);
                    return;
                }
                Expr::Reference(r) if self.is_x(&r.expr) => {
                    if r.mutability.is_some() {
                        self.mutable = true;
                    } else {
                        self.shared = true;
                    }
                    return;
                }
                Expr::Path(_) if self.is_x(e) => {
                    if self.kind == Some(&Kind::Copy) {
                        self.shared = true;
                    } else {
                        self.unsure = true;
                    }
                    return;
                }
                Expr::Closure(_) | Expr::Async(_) => {
                    if crate::lint::syntax::mentions(e, self.x) {
                        self.unsure = true;
                    }
                    return;
                }
                _ => {}
            }
            crate::visit::visit_expr(self, e);
        }
        fn visit_macro(&mut self, mac: &'a syn::Macro) {
            let formats = only_reads_its_args(mac);
            match macro_exprs(mac) {
                Some(exprs) if formats => {
                    for e in &exprs {
                        if self.is_x(e) {
                            self.shared = true;
                        } else {
                            self.visit_expr(e);
                        }
                    }
                }
                _ => {
                    if mac_mentions(mac, self.x) {
                        self.unsure = true;
                    }
                }
            }
        }
        fn visit_item(&mut self, _: &'a syn::Item) {}
    }
    let mut c = C { x, kind, methods, shared: false, mutable: false, unsure: false };
    node.visit_with(&mut c);
    if c.unsure {
        return None;
    }
    if c.mutable {
        Some(true)
    } else if c.shared {
        Some(false)
    } else {
        None
    }
}

/// The certain accesses of `x` in a node (closures and `move` blocks are not looked into).
struct Accesses<'a, 'c> {
    cx: &'c Cx<'a>,
    x: &'c str,
    kind: Option<&'c Kind>,
    found: Option<(Access, Pos)>,
}

impl Accesses<'_, '_> {
    fn is_x(&self, e: &Expr) -> bool {
        single(e).as_deref() == Some(self.x)
    }
    fn record(&mut self, a: Access, at: Pos) {
        if self.found.is_none() {
            self.found = Some((a, at));
        }
    }
    fn owned(&self) -> bool {
        self.kind.is_some_and(|k| k.owned(self.cx.items))
    }
}

impl<'a> Visit<'a> for Accesses<'_, '_> {
    crate::visit::overrides!('a: visit_expr, visit_macro, visit_item);

    fn visit_expr(&mut self, e: &'a Expr) {
        match e {
            Expr::MethodCall(m) if self.is_x(&m.receiver) => {
                match self.kind.and_then(|k| k.method(&m.method.to_string(), self.cx.methods)) {
                    Some(Recv::Shared) => self.record(Access::Shared, pos_of(&m.receiver)),
                    Some(Recv::Mut) => self.record(Access::Mut, pos_of(&m.receiver)),
                    Some(Recv::Move) if self.owned() => self.record(Access::Move, pos_of(&m.receiver)),
                    _ => {}
                }
                m.args.iter().for_each(|a| self.visit_expr(a));
                return;
            }
            Expr::Assign(a) if self.is_x(&a.left) => {
                self.visit_expr(&a.right);
                self.record(Access::Assign, pos_of(e));
                return;
            }
            Expr::Binary(b) if is_compound_assign(&b.op) && self.is_x(&b.left) => {
                self.visit_expr(&b.right);
                self.record(Access::Assign, pos_of(e));
                return;
            }
            Expr::Reference(r) => {
                if let Some((name, projected)) = place_root(&r.expr) {
                    if name == self.x {
                        // `&mut v.field` borrows a part only: say nothing about it.
                        let whole = !projected || matches!(strip(&r.expr), Expr::Index(i) if self.is_x(&i.expr));
                        if whole {
                            let a = if r.mutability.is_some() { Access::Mut } else { Access::Shared };
                            self.record(a, pos_of(e));
                        }
                        return;
                    }
                }
            }
            Expr::Call(c) => {
                if let Some(f) = single(&c.func) {
                    if f == "drop" && c.args.len() == 1 && self.cx.items.free_fn("drop").is_none() {
                        if self.is_x(&c.args[0]) && self.owned() {
                            self.record(Access::Move, pos_of(&c.args[0]));
                        }
                    } else if let Some(sig) = self.cx.items.free_fn(&f) {
                        for (arg, ty) in c.args.iter().zip(&sig.param_types) {
                            let by_value = ty.as_ref().is_some_and(|t| !matches!(t, Type::Reference(_)));
                            if by_value && self.is_x(arg) && self.owned() {
                                self.record(Access::Move, pos_of(arg));
                            }
                        }
                    }
                }
            }
            Expr::Async(a) => {
                if a.capture.is_none() {
                    if let Some(mutable) = capture_mode(&a.block, self.x, self.kind, self.cx.methods) {
                        let access = if mutable { Access::Mut } else { Access::Shared };
                        self.record(access, pos_of(&a.async_token));
                    }
                }
                return;
            }
            Expr::Closure(_) => return,
            _ => {}
        }
        crate::visit::visit_expr(self, e);
    }

    fn visit_macro(&mut self, mac: &'a syn::Macro) {
        let formats = only_reads_its_args(mac);
        if let Some(exprs) = macro_exprs(mac) {
            for e in &exprs {
                if formats && self.is_x(e) {
                    self.record(Access::Shared, pos_of(e));
                } else {
                    self.visit_expr(e);
                }
            }
        }
    }

    fn visit_item(&mut self, _: &'a syn::Item) {}
}

/// Whether the statement uses `name`: `None` when a macro the grader cannot read mentions it.
pub(super) fn uses(s: &Stmt, name: &str) -> Option<bool> {
    struct U<'a> {
        name: &'a str,
        used: bool,
        unsure: bool,
    }
    impl<'a> Visit<'a> for U<'_> {
        crate::visit::overrides!('a: visit_expr_path, visit_macro, visit_item);

        fn visit_expr_path(&mut self, p: &'a syn::ExprPath) {
            if p.qself.is_none() && p.path.is_ident(self.name) {
                self.used = true;
            }
        }
        fn visit_macro(&mut self, mac: &'a syn::Macro) {
            match macro_exprs(mac) {
                Some(exprs) => exprs.iter().for_each(|e| self.visit_expr(e)),
                None => {
                    if mac_mentions(mac, self.name) {
                        self.unsure = true;
                    }
                }
            }
        }
        fn visit_item(&mut self, _: &'a syn::Item) {}
    }
    let mut u = U { name, used: false, unsure: false };
    u.visit_stmt(s);
    (!u.unsure).then_some(u.used)
}

/// `name = ..` anywhere in the statement.
pub(super) fn assigns_anywhere(s: &Stmt, name: &str) -> bool {
    struct A<'a>(&'a str, bool);
    impl<'a> Visit<'a> for A<'_> {
        crate::visit::overrides!('a: visit_expr_assign);

        fn visit_expr_assign(&mut self, a: &'a syn::ExprAssign) {
            if single(&a.left).as_deref() == Some(self.0) {
                self.1 = true;
            }
            crate::visit::visit_expr_assign(self, a);
        }
    }
    let mut a = A(name, false);
    a.visit_stmt(s);
    a.1
}

/// Whether the node may leave the block or loop it is in (`break`, `continue` when
/// `continues` counts, `return`, `?`, a diverging macro or call, a `loop`, or a macro the
/// grader cannot read).
pub fn maybe_leaves(s: &Stmt, continues: bool) -> bool {
    let mut l = Leaves { continues, found: false };
    l.visit_stmt(s);
    l.found
}

fn maybe_leaves_block(b: &Block) -> bool {
    let mut l = Leaves { continues: false, found: false };
    l.visit_block(b);
    l.found
}

struct Leaves {
    continues: bool,
    found: bool,
}

impl<'a> Visit<'a> for Leaves {
    crate::visit::overrides!('a: visit_expr, visit_macro, visit_item);

    fn visit_expr(&mut self, e: &'a Expr) {
        match e {
            Expr::Break(_) | Expr::Return(_) | Expr::Try(_) | Expr::Loop(_) => self.found = true,
            Expr::Continue(_) if self.continues => self.found = true,
            Expr::Closure(_) | Expr::Async(_) => return,
            Expr::Call(c)
                if path_segs(&c.func).is_some_and(|s| s.last().is_some_and(|l| l == "exit" || l == "abort")) =>
            {
                self.found = true
            }
            _ => {}
        }
        crate::visit::visit_expr(self, e);
    }
    fn visit_macro(&mut self, mac: &'a syn::Macro) {
        match macro_exprs(mac) {
            Some(exprs) if !matches!(macro_name(mac).as_str(), "panic" | "todo" | "unimplemented" | "unreachable") => {
                exprs.iter().for_each(|e| self.visit_expr(e))
            }
            _ => self.found = true,
        }
    }
    fn visit_item(&mut self, _: &'a syn::Item) {}
}

/// Whether a macro's raw tokens hold the identifier.
pub fn mac_mentions(mac: &syn::Macro, name: &str) -> bool {
    mac.tokens.to_string().split(|c: char| !c.is_alphanumeric() && c != '_').any(|t| t == name)
}

/// The std macros that only read (borrow) the expressions they are given: formatting and asserts.
fn only_reads_its_args(mac: &syn::Macro) -> bool {
    matches!(
        macro_name(mac).as_str(),
        "println" | "print" | "eprintln" | "eprint" | "format" | "panic" | "assert" | "assert_eq" | "assert_ne"
    )
}
