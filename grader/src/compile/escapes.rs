//! Borrowed data that must outlive what it borrows, where the grader is sure of it:
//! - `E0521` a reference parameter (or `&self`) used in the `async move` block given to
//!   `tokio::spawn` (or the `move` closure given to `std::thread::spawn`): the task must be
//!   `'static`, the reference lives only as long as the call;
//! - `E0597` a reference to a local (`let r = &data;`) used in such a task, or stored in a
//!   variable declared before the block of the local (`longest = &word;`, `fut = async { .. }`
//!   borrowing the local) and used after that block ends;
//! - `E0373` a `std::thread::spawn` closure without `move` that uses a local only by reference.
//!
//! Only locals bound once in the fn (see [`super::borrows::Locals`]) are looked at, and
//! uses inside macros the grader cannot read or behind an early `return` make it say nothing.

use crate::visit::Visit;
use syn::{Block, Expr, FnArg, Pat, Stmt, Type};

use super::borrows::{
    assigns_anywhere, capture_mode, maybe_leaves, path_segs, place_root, simple_ident, uses, Cx, Kind,
};
use super::items::Items;
use super::{rustc_error, Blocks};
use crate::lint::syntax::{macro_exprs, pos_of, strip};
use crate::report::{Diagnostic, Pos};

/// The rules on one fn's locals, with the context and blocks `borrows::check` made for it.
pub(super) fn check_fn(cx: &Cx, body: &Block, blocks: &Blocks, out: &mut Vec<Diagnostic>) {
    for b in &blocks.blocks {
        cx.spawned_refs(b, out);
        cx.outlived(b, out);
    }
    cx.thread_borrows(body, out);
}

/// A call that needs a `'static` task: tokio's `spawn` with an `async move` block, or std's
/// `thread::spawn` with a `move` closure (the other forms are left to other rules).
/// Returns the task's body and whether it is a thread.
fn static_task<'a>(items: &Items, e: &'a Expr) -> Option<(TaskBody<'a>, bool)> {
    let Expr::Call(c) = strip(e) else { return None };
    if c.args.len() != 1 {
        return None;
    }
    let segs = path_segs(&c.func)?;
    let full = match segs.as_slice() {
        [one] => items.import(one)?.to_string(),
        [head, rest @ ..] => {
            let head = items.import(head).map(str::to_string).unwrap_or_else(|| head.clone());
            [head, rest.join("::")].join("::")
        }
        [] => return None,
    };
    let thread = match full.as_str() {
        "tokio::spawn" | "tokio::task::spawn" => false,
        "std::thread::spawn" => true,
        _ => return None,
    };
    let body = match (strip(&c.args[0]), thread) {
        (Expr::Async(a), false) if a.capture.is_some() => TaskBody::Block(&a.block),
        (Expr::Closure(cl), true) => TaskBody::Closure(cl),
        _ => return None,
    };
    Some((body, thread))
}

enum TaskBody<'a> {
    Block(&'a Block),
    Closure(&'a syn::ExprClosure),
}

impl TaskBody<'_> {
    /// Where the task's body (moving what it uses) uses `name`, seen through known macros.
    fn moved_use(&self, name: &str) -> Option<Pos> {
        match self {
            TaskBody::Block(b) => first_path(*b, name),
            TaskBody::Closure(c) if c.capture.is_some() && !c.inputs.iter().any(|p| binds(p, name)) => {
                first_path(&*c.body, name)
            }
            TaskBody::Closure(_) => None,
        }
    }
}

fn binds(p: &Pat, name: &str) -> bool {
    let mut v = Vec::new();
    crate::lint::syntax::pat_bindings(p, &mut v);
    v.iter().any(|n| n == name)
}

/// The first visible use of `name` as a value in the node (through known macros).
fn first_path<T: crate::lint::syntax::VisitNode>(node: &T, name: &str) -> Option<Pos> {
    struct F<'a>(&'a str, Option<Pos>);
    impl<'a> Visit<'a> for F<'_> {
        crate::visit::overrides!('a: visit_expr_path, visit_macro, visit_item);

        fn visit_expr_path(&mut self, p: &'a syn::ExprPath) {
            if self.1.is_none() && p.qself.is_none() && p.path.is_ident(self.0) {
                self.1 = Some(pos_of(p));
            }
        }
        fn visit_macro(&mut self, mac: &'a syn::Macro) {
            if let Some(exprs) = macro_exprs(mac) {
                exprs.iter().for_each(|e| self.visit_expr(e));
            }
        }
        fn visit_item(&mut self, _: &'a syn::Item) {}
    }
    let mut f = F(name, None);
    node.visit_with(&mut f);
    f.1
}

/// The tasks a node starts, outside closures and other async blocks.
fn tasks<'a>(items: &Items, node: &'a Stmt) -> Vec<(&'a Expr, TaskBody<'a>, bool)> {
    struct T<'a, 'i>(&'i Items, Vec<(&'a Expr, TaskBody<'a>, bool)>);
    impl<'a> Visit<'a> for T<'a, '_> {
        crate::visit::overrides!('a: visit_expr, visit_item);

        fn visit_expr(&mut self, e: &'a Expr) {
            if let Some((body, thread)) = static_task(self.0, e) {
                self.1.push((e, body, thread));
            }
            match e {
                Expr::Closure(_) | Expr::Async(_) => {}
                _ => crate::visit::visit_expr(self, e),
            }
        }
        fn visit_item(&mut self, _: &'a syn::Item) {}
    }
    let mut t = T(items, Vec::new());
    t.visit_stmt(node);
    t.1
}

/// `E0521`: a reference parameter used in a spawned task.
pub(super) fn escaping_params(items: &Items, sig: &syn::Signature, body: &Block, out: &mut Vec<Diagnostic>) {
    let plain_generics = sig.generics.where_clause.is_none()
        && sig.generics.params.iter().all(|p| matches!(p, syn::GenericParam::Lifetime(l) if l.bounds.is_empty()));
    if !plain_generics {
        return;
    }
    let not_static = |l: &Option<syn::Lifetime>| l.as_ref().is_none_or(|l| l.ident != "static");
    let mut refs = Vec::new();
    for input in &sig.inputs {
        match input {
            FnArg::Receiver(r) if r.colon_token.is_none() => {
                if let Some((_, l)) = &r.reference {
                    if not_static(l) {
                        refs.push("self".to_string());
                    }
                }
            }
            FnArg::Typed(t) => {
                if let (Some(i), Type::Reference(r)) = (simple_ident(&t.pat), &*t.ty) {
                    if not_static(&r.lifetime) {
                        refs.push(i.ident.to_string());
                    }
                }
            }
            _ => {}
        }
    }
    if refs.is_empty() {
        return;
    }
    let is_method = refs.iter().any(|r| r == "self") || sig.receiver().is_some();
    let what = if is_method { "method" } else { "function" };
    for name in refs {
        if name != "self" && rebinds(body, &name) {
            continue;
        }
        for stmt in &body.stmts {
            for (call, task, thread) in tasks(items, stmt) {
                if task.moved_use(&name).is_none() {
                    continue;
                }
                let runner = if thread { "thread" } else { "task" };
                out.push(rustc_error(
                    "E0521",
                    format!("borrowed data escapes outside of {what}: `{name}` escapes the {what} body here"),
                    pos_of(call),
                    Some(format!(
                        "the spawned {runner} may run after `{}` returns, but `{name}` is only borrowed for the call: \
                         move an owned value into it (`let {owned} = {name}.clone();` before the spawn, or take \
                         an owned parameter or an `Arc`)",
                        sig.ident,
                        owned = if name == "self" { "me".to_string() } else { name.clone() },
                    )),
                ));
            }
        }
    }
}

/// Whether a pattern anywhere in the block binds `name`.
fn rebinds(b: &Block, name: &str) -> bool {
    struct R<'a>(&'a str, bool);
    impl<'a> Visit<'a> for R<'_> {
        crate::visit::overrides!('a: visit_pat_ident, visit_macro);

        fn visit_pat_ident(&mut self, p: &'a syn::PatIdent) {
            if p.ident == self.0 {
                self.1 = true;
            }
            crate::visit::visit_pat_ident(self, p);
        }
        fn visit_macro(&mut self, mac: &'a syn::Macro) {
            if macro_exprs(mac).is_none() && super::borrows::mac_mentions(mac, self.0) {
                self.1 = true;
            }
        }
    }
    let mut r = R(name, false);
    r.visit_block(b);
    r.1
}

impl Cx<'_> {
    /// `let r = &x;` of a local, what `r` borrows (`x`), when the borrow is certain.
    fn borrowed_local(&self, e: &Expr) -> Option<String> {
        let Expr::Reference(r) = strip(e) else { return None };
        let (name, projected) = place_root(&r.expr)?;
        let kind = self.locals.once.get(&name)?;
        if projected && !kind.as_ref().is_some_and(|k| k.collection() || matches!(k, Kind::Struct(_))) {
            return None;
        }
        Some(name)
    }

    /// `E0597`: `let r = &data;` then a spawned task that uses `r`.
    fn spawned_refs(&self, b: &Block, out: &mut Vec<Diagnostic>) {
        for (i, stmt) in b.stmts.iter().enumerate() {
            let Stmt::Local(l) = stmt else { continue };
            let Some(r) = simple_ident(&l.pat).map(|p| p.ident.to_string()) else { continue };
            let Some(init) = l.init.as_ref().filter(|i| i.diverge.is_none()) else { continue };
            if !self.locals.once.contains_key(&r) {
                continue;
            }
            let Some(x) = self.borrowed_local(&init.expr) else { continue };
            for (j, s) in b.stmts.iter().enumerate().skip(i + 1) {
                if assigns_anywhere(s, &r) {
                    break;
                }
                if tasks(self.items, s).iter().any(|(_, task, _)| task.moved_use(&r).is_some()) {
                    if !b.stmts[i + 1..j].iter().any(|s| maybe_leaves(s, true)) {
                        out.push(rustc_error(
                            "E0597",
                            format!("`{x}` does not live long enough"),
                            pos_of(&init.expr),
                            Some(format!(
                                "`{r}` borrows `{x}`, but the spawned task may outlive it: move `{x}` itself (or a \
                                 clone of it) into the `move` block instead of a reference to it"
                            )),
                        ));
                    }
                    break;
                }
            }
        }
    }

    /// `E0597`: `let x;` then, in an inner block, `x = &local;` (or `x = async { .. }` borrowing
    /// the local), and `x` used after the inner block.
    fn outlived(&self, b: &Block, out: &mut Vec<Diagnostic>) {
        for (i, stmt) in b.stmts.iter().enumerate() {
            let Stmt::Local(l) = stmt else { continue };
            if l.init.is_some() {
                continue;
            }
            let Some(x) = simple_ident(&l.pat).map(|p| p.ident.to_string()) else { continue };
            if !self.locals.once.contains_key(&x) {
                continue;
            }
            for (k, s) in b.stmts.iter().enumerate().skip(i + 1) {
                let Stmt::Expr(Expr::Block(inner), _) = s else {
                    if uses(s, &x) != Some(false) || maybe_leaves(s, true) {
                        break;
                    }
                    continue;
                };
                if inner.label.is_some() {
                    break;
                }
                if let Some((w, at)) = self.stores_borrow(&inner.block, &x) {
                    if self.used_after(&b.stmts[k + 1..], &x) {
                        out.push(rustc_error(
                            "E0597",
                            format!("`{w}` does not live long enough"),
                            at,
                            Some(format!(
                                "`{w}` is dropped at the end of its block, but `{x}` keeps a borrow of it and is used \
                                 after: declare `{w}` before the block, or store an owned value (`{w}.clone()`, \
                                 `async move`) in `{x}`"
                            )),
                        ));
                    }
                }
                break;
            }
        }
    }

    /// In `inner`: `let w = ..;` then `x = &w;` (or a non-`move` async block using `w` by
    /// reference) as a statement, and nothing after that may leave the block.
    fn stores_borrow(&self, inner: &Block, x: &str) -> Option<(String, Pos)> {
        let mut own = Vec::new();
        for (c, s) in inner.stmts.iter().enumerate() {
            match s {
                Stmt::Local(l) => {
                    if let Some(i) = simple_ident(&l.pat) {
                        own.push(i.ident.to_string());
                    }
                }
                Stmt::Expr(Expr::Assign(a), Some(_)) if super::single_name(&a.left).as_deref() == Some(x) => {
                    if inner.stmts[c + 1..].iter().any(|s| maybe_leaves(s, true)) {
                        return None;
                    }
                    if let Some(w) = self.borrowed_local(&a.right).filter(|w| own.contains(w)) {
                        return Some((w, pos_of(&a.right)));
                    }
                    if let Expr::Async(blk) = strip(&a.right) {
                        if blk.capture.is_none() {
                            for w in &own {
                                let kind = self.locals.once.get(w)?;
                                if capture_mode(&blk.block, w, kind.as_ref(), self.methods).is_some() {
                                    return Some((w.clone(), first_path(&blk.block, w)?));
                                }
                            }
                        }
                    }
                    return None;
                }
                _ => {}
            }
        }
        None
    }

    /// The first statement that mentions `x` uses it (it does not give it a new value), and
    /// no statement before it may leave.
    fn used_after(&self, rest: &[Stmt], x: &str) -> bool {
        for s in rest {
            match uses(s, x) {
                None => return false,
                Some(true) => return !assigns_anywhere(s, x),
                Some(false) => {
                    if maybe_leaves(s, true) || assigns_anywhere(s, x) {
                        return false;
                    }
                }
            }
        }
        false
    }

    /// `E0373`: `std::thread::spawn(|| ..)` without `move`, using a local by reference.
    fn thread_borrows(&self, body: &Block, out: &mut Vec<Diagnostic>) {
        struct T<'a>(Vec<&'a syn::ExprCall>);
        impl<'a> Visit<'a> for T<'a> {
            crate::visit::overrides!('a: visit_expr_call, visit_item);

            fn visit_expr_call(&mut self, c: &'a syn::ExprCall) {
                self.0.push(c);
                crate::visit::visit_expr_call(self, c);
            }
            fn visit_item(&mut self, _: &'a syn::Item) {}
        }
        let mut t = T(Vec::new());
        t.visit_block(body);
        for call in t.0 {
            let Some(segs) = path_segs(&call.func) else { continue };
            let full = match segs.as_slice() {
                [one] => self.items.import(one).unwrap_or("").to_string(),
                [head, rest @ ..] => {
                    let head = self.items.import(head).map(str::to_string).unwrap_or_else(|| head.clone());
                    [head, rest.join("::")].join("::")
                }
                [] => continue,
            };
            if full != "std::thread::spawn" || call.args.len() != 1 {
                continue;
            }
            let Expr::Closure(c) = strip(&call.args[0]) else { continue };
            if c.capture.is_some() {
                continue;
            }
            let mut names: Vec<&String> = self.locals.once.keys().collect();
            names.sort();
            for name in names {
                let Some(kind) = self.locals.kind(name) else { continue };
                if c.inputs.iter().any(|p| binds(p, name)) {
                    continue;
                }
                if capture_mode(&*c.body, name, Some(kind), self.methods).is_some() {
                    out.push(rustc_error(
                        "E0373",
                        format!(
                            "closure may outlive the current function, but it borrows `{name}`, which is owned by \
                             the current function"
                        ),
                        pos_of(c),
                        Some(format!(
                            "the thread may run after this function returns: write `move || ..` so the closure \
                             owns `{name}` (clone it first if it is still needed here)"
                        )),
                    ));
                    break;
                }
            }
        }
    }
}
