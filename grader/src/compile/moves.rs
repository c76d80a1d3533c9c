//! `E0382`, use after move, where the grader is sure of it: a local that certainly owns a
//! non-`Copy` value (`String::from`, `vec![..]`, a channel end, a `JoinHandle`, a future of
//! the learner's `async fn`, a struct of the learner's without `Copy`) is moved by a later
//! statement of the same block (into an `async move` block or a `move` closure, into a
//! by-value parameter of the learner's own fn, by `for _ in x` or by `x.await`), then used
//! again by a statement after it; or moved inside a loop that runs again.
//! Anything it cannot see into (a macro it does not know, a rebinding of the name inside
//! the statements involved) makes it say nothing.

use crate::vec_map::VecMap;

use crate::visit::Visit;
use syn::{Block, Expr, Pat, Stmt};

use super::items::Items;
use super::{rustc_error, Blocks};
use crate::lint::syntax::{macro_exprs, pos_of, strip};
use crate::report::{Diagnostic, Pos};

pub fn check(items: &Items, body: &Block, out: &mut Vec<Diagnostic>) {
    for b in Blocks::of(body).blocks {
        block(items, b, out);
    }
}

fn block(items: &Items, b: &Block, out: &mut Vec<Diagnostic>) {
    // Owned locals of this block -> the statement that moved them (with where), if any.
    let mut owned: VecMap<String, Option<Pos>> = VecMap::new();
    for stmt in &b.stmts {
        // A use of a moved local.
        let mut done = Vec::new();
        for (name, moved) in &owned {
            let Some(_) = moved else { continue };
            if binds(stmt, name) {
                if let Some(at) = first_use_in_init(stmt, name) {
                    out.push(used_after_move(name, at));
                }
                done.push(name.clone());
            } else if let Some(at) = first_use(stmt, name) {
                if !assigns_at_top(stmt, name) {
                    out.push(used_after_move(name, at));
                }
                done.push(name.clone());
            }
        }
        for n in done {
            owned.remove(&n);
        }
        // Moves by this statement.
        let names: Vec<String> = owned.iter().filter(|(_, m)| m.is_none()).map(|(n, _)| n.clone()).collect();
        for name in names {
            if binds(stmt, &name) {
                continue;
            }
            if let Some(at) = moved_in_loop(items, stmt, &name) {
                out.push(rustc_error(
                    "E0382",
                    format!("use of moved value: `{name}`"),
                    at,
                    Some(format!(
                        "`{name}` moves into the task in the first turn of the loop, so the next turn has none: \
                             clone it in the loop (`let {name} = {name}.clone();`) before the `async move`"
                    )),
                ));
                owned.remove(&name);
                continue;
            }
            if let Some(at) = moves(items, stmt, &name) {
                owned.insert(name, Some(at));
            }
        }
        // New owned locals.
        if let Stmt::Local(l) = stmt {
            let mut bound = Vec::new();
            crate::lint::syntax::pat_bindings(&l.pat, &mut bound);
            for n in &bound {
                owned.remove(n);
            }
            let Some(init) = &l.init else { continue };
            if init.diverge.is_some() {
                continue;
            }
            match &l.pat {
                Pat::Ident(i) if i.subpat.is_none() && i.by_ref.is_none() && owned_init(items, &init.expr) => {
                    owned.insert(i.ident.to_string(), None);
                }
                Pat::Tuple(t) if channel_call(&init.expr) => {
                    for p in &t.elems {
                        if let Pat::Ident(i) = p {
                            if i.by_ref.is_none() && i.subpat.is_none() {
                                owned.insert(i.ident.to_string(), None);
                            }
                        }
                    }
                }
                _ => {}
            }
        }
    }
}

fn used_after_move(name: &str, at: Pos) -> Diagnostic {
    rustc_error(
        "E0382",
        format!("use of moved value: `{name}`"),
        at,
        Some(format!(
            "`{name}` was moved earlier (into an `async move` block, a `move` closure, a call or a loop) and cannot \
             be used after: clone it before the move (`let {name}2 = {name}.clone();`), or use it only there"
        )),
    )
}

/// A value that certainly owns a non-`Copy` value.
fn owned_init(items: &Items, e: &Expr) -> bool {
    match strip(e) {
        Expr::Macro(m) => {
            let name = m.mac.path.segments.last().map(|s| s.ident.to_string()).unwrap_or_default();
            name == "vec" || name == "format"
        }
        Expr::Call(c) => {
            let Expr::Path(p) = strip(&c.func) else { return false };
            let segs: Vec<String> = p.path.segments.iter().map(|s| s.ident.to_string()).collect();
            let last = segs.last().map(String::as_str).unwrap_or("");
            let owner = if segs.len() >= 2 { segs[segs.len() - 2].as_str() } else { "" };
            match (owner, last) {
                ("String", "from" | "new" | "with_capacity")
                | ("Vec", "new" | "with_capacity" | "from")
                | ("Arc" | "Rc" | "Box", "new")
                | ("HashMap" | "HashSet" | "BTreeMap" | "BTreeSet" | "VecDeque", "new")
                | ("tokio" | "task", "spawn") => true,
                ("", f) => items.free_fn(f).is_some_and(|s| s.is_async),
                (ty, f) => {
                    items.plain_struct(ty).is_some_and(|d| !d.copy && d.assoc_returning_self.iter().any(|a| a == f))
                }
            }
        }
        Expr::MethodCall(m) => {
            m.method == "to_string"
                || (m.method == "to_owned"
                    && matches!(strip(&m.receiver), Expr::Lit(l) if matches!(l.lit, syn::Lit::Str(_))))
        }
        Expr::Struct(s) if s.path.segments.len() == 1 => {
            items.plain_struct(&s.path.segments[0].ident.to_string()).is_some_and(|d| !d.copy)
        }
        Expr::Field(f) => channel_call(&f.base),
        _ => false,
    }
}

/// `mpsc::channel(..)`, `oneshot::channel()`, `unbounded_channel()`, `broadcast::channel(..)`.
fn channel_call(e: &Expr) -> bool {
    let Expr::Call(c) = strip(e) else { return false };
    let Expr::Path(p) = strip(&c.func) else { return false };
    let segs: Vec<String> = p.path.segments.iter().map(|s| s.ident.to_string()).collect();
    let last = segs.last().map(String::as_str).unwrap_or("");
    segs.len() >= 2
        && matches!(last, "channel" | "unbounded_channel")
        && matches!(segs[segs.len() - 2].as_str(), "mpsc" | "oneshot" | "broadcast" | "watch")
}

/// Where `stmt` moves `name`, if it certainly does (outside any loop in it).
fn moves(items: &Items, stmt: &Stmt, name: &str) -> Option<Pos> {
    let mut f = FindMove { items, name, found: None, loop_depth: 0, in_loop: None, unsure: false };
    f.visit_stmt(stmt);
    if f.unsure {
        return None;
    }
    f.found
}

/// Where `stmt` moves `name` inside a loop of it that runs again (no `break`/`return` in it).
fn moved_in_loop(items: &Items, stmt: &Stmt, name: &str) -> Option<Pos> {
    let mut f = FindMove { items, name, found: None, loop_depth: 0, in_loop: None, unsure: false };
    f.visit_stmt(stmt);
    if f.unsure {
        return None;
    }
    f.in_loop
}

struct FindMove<'a> {
    items: &'a Items,
    name: &'a str,
    found: Option<Pos>,
    loop_depth: u32,
    in_loop: Option<Pos>,
    unsure: bool,
}

impl FindMove<'_> {
    fn record(&mut self, at: Pos) {
        if self.loop_depth > 0 {
            self.in_loop.get_or_insert(at);
        } else {
            self.found.get_or_insert(at);
        }
    }

    fn loop_body(&mut self, body: &Block) {
        if has_exit(body) || binds_block(body, self.name) || assigns(body, self.name) {
            // The loop may not run again, or gives the name a new value.
            let depth = std::mem::replace(&mut self.loop_depth, 0);
            let found = self.found;
            self.visit_block(body);
            if self.found != found {
                // A move inside a loop that may end: not sure the next use sees it.
                self.unsure = true;
            }
            self.loop_depth = depth;
            return;
        }
        self.loop_depth += 1;
        self.visit_block(body);
        self.loop_depth -= 1;
    }
}

impl<'a> Visit<'a> for FindMove<'_> {
    crate::visit::overrides!('a: visit_expr, visit_macro, visit_item);

    fn visit_expr(&mut self, e: &'a Expr) {
        match e {
            Expr::Async(a)
                if a.capture.is_some()
                    && first_use_in_block(&a.block, self.name).is_some()
                    && !binds_block(&a.block, self.name) =>
            {
                self.record(pos_of(&a.async_token));
                return;
            }
            Expr::Closure(c) if c.capture.is_some() => {
                let inner = first_use_expr(&c.body, self.name);
                let rebinds = c.inputs.iter().any(|p| pat_binds(p, self.name)) || binds_expr(&c.body, self.name);
                if inner.is_some() && !rebinds {
                    self.record(pos_of(&c.capture));
                    return;
                }
            }
            Expr::Call(c) => {
                if let Some(name) = super::single_name(&c.func) {
                    if let Some(f) = self.items.free_fn(&name) {
                        for (arg, ty) in c.args.iter().zip(&f.param_types) {
                            let by_value = ty.as_ref().is_some_and(|t| !matches!(t, syn::Type::Reference(_)));
                            if by_value && super::single_name(arg).as_deref() == Some(self.name) {
                                self.record(pos_of(arg));
                            }
                        }
                    }
                }
            }
            Expr::ForLoop(f) => {
                if super::single_name(&f.expr).as_deref() == Some(self.name) {
                    self.record(pos_of(&f.expr));
                }
                self.visit_expr(&f.expr);
                self.loop_body(&f.body);
                return;
            }
            Expr::While(w) => {
                self.visit_expr(&w.cond);
                self.loop_body(&w.body);
                return;
            }
            Expr::Loop(l) => {
                self.loop_body(&l.body);
                return;
            }
            Expr::Await(a) if super::single_name(&a.base).as_deref() == Some(self.name) => {
                self.record(pos_of(&a.base));
            }
            _ => {}
        }
        crate::visit::visit_expr(self, e);
    }

    fn visit_macro(&mut self, mac: &'a syn::Macro) {
        match macro_exprs(mac) {
            Some(exprs) => exprs.iter().for_each(|e| self.visit_expr(e)),
            None => {
                if mac.tokens.to_string().split(|c: char| !c.is_alphanumeric() && c != '_').any(|t| t == self.name) {
                    self.unsure = true;
                }
            }
        }
    }

    fn visit_item(&mut self, _: &'a syn::Item) {}
}

/// The first place `name` is used as a value in the node (macros seen through when known).
struct FirstUse<'a> {
    name: &'a str,
    found: Option<Pos>,
}

impl<'a> Visit<'a> for FirstUse<'_> {
    crate::visit::overrides!('a: visit_expr_path, visit_macro, visit_item);

    fn visit_expr_path(&mut self, p: &'a syn::ExprPath) {
        if self.found.is_none() && p.qself.is_none() && p.path.is_ident(self.name) {
            self.found = Some(pos_of(p));
        }
    }
    fn visit_macro(&mut self, mac: &'a syn::Macro) {
        if let Some(exprs) = macro_exprs(mac) {
            exprs.iter().for_each(|e| self.visit_expr(e));
        }
    }
    fn visit_item(&mut self, _: &'a syn::Item) {}
}

fn first_use(stmt: &Stmt, name: &str) -> Option<Pos> {
    let mut f = FirstUse { name, found: None };
    f.visit_stmt(stmt);
    f.found
}

/// `let name = f(name);`: the use in the initializer of a statement that rebinds the name
/// (none when the initializer binds it too, as a closure parameter would).
fn first_use_in_init(stmt: &Stmt, name: &str) -> Option<Pos> {
    let Stmt::Local(l) = stmt else { return None };
    let init = l.init.as_ref()?;
    if binds_expr(&init.expr, name) || init.diverge.is_some() {
        return None;
    }
    first_use_expr(&init.expr, name)
}

fn first_use_expr(e: &Expr, name: &str) -> Option<Pos> {
    let mut f = FirstUse { name, found: None };
    f.visit_expr(e);
    f.found
}

fn first_use_in_block(b: &Block, name: &str) -> Option<Pos> {
    let mut f = FirstUse { name, found: None };
    f.visit_block(b);
    f.found
}

/// Whether a pattern anywhere in the node binds `name`.
struct Binds<'a> {
    name: &'a str,
    found: bool,
}

impl<'a> Visit<'a> for Binds<'_> {
    crate::visit::overrides!('a: visit_pat_ident, visit_macro);

    fn visit_pat_ident(&mut self, p: &'a syn::PatIdent) {
        if p.ident == self.name {
            self.found = true;
        }
        crate::visit::visit_pat_ident(self, p);
    }
    fn visit_macro(&mut self, mac: &'a syn::Macro) {
        // A macro that could bind the name (`select!` branches): count it as a rebinding.
        if mac.tokens.to_string().split(|c: char| !c.is_alphanumeric() && c != '_').any(|t| t == self.name)
            && macro_exprs(mac).is_none_or(|_| crate::lint::syntax::macro_name(mac) == "select")
        {
            self.found = true;
        }
    }
}

fn binds(stmt: &Stmt, name: &str) -> bool {
    let mut b = Binds { name, found: false };
    b.visit_stmt(stmt);
    b.found
}

fn binds_block(block: &Block, name: &str) -> bool {
    let mut b = Binds { name, found: false };
    b.visit_block(block);
    b.found
}

fn binds_expr(e: &Expr, name: &str) -> bool {
    let mut b = Binds { name, found: false };
    b.visit_expr(e);
    b.found
}

fn pat_binds(p: &Pat, name: &str) -> bool {
    let mut b = Binds { name, found: false };
    b.visit_pat(p);
    b.found
}

/// `name = ..;` as the statement itself: a new value, not a use.
fn assigns_at_top(stmt: &Stmt, name: &str) -> bool {
    matches!(stmt, Stmt::Expr(Expr::Assign(a), _) if super::single_name(&a.left).as_deref() == Some(name))
}

/// Any `name = ..` in the block.
fn assigns(block: &Block, name: &str) -> bool {
    struct A<'a>(&'a str, bool);
    impl<'a> Visit<'a> for A<'_> {
        crate::visit::overrides!('a: visit_expr_assign);

        fn visit_expr_assign(&mut self, a: &'a syn::ExprAssign) {
            if super::single_name(&a.left).as_deref() == Some(self.0) {
                self.1 = true;
            }
            crate::visit::visit_expr_assign(self, a);
        }
    }
    let mut a = A(name, false);
    a.visit_block(block);
    a.1
}

/// A `break`, `return`, `?` or a macro that might hide one (the loop may not run again).
fn has_exit(block: &Block) -> bool {
    struct X(bool);
    impl<'a> Visit<'a> for X {
        crate::visit::overrides!('a: visit_expr, visit_macro);

        fn visit_expr(&mut self, e: &'a Expr) {
            match e {
                Expr::Break(_) | Expr::Return(_) | Expr::Try(_) => self.0 = true,
                Expr::Closure(_) | Expr::Async(_) => return,
                _ => {}
            }
            crate::visit::visit_expr(self, e);
        }
        fn visit_macro(&mut self, mac: &'a syn::Macro) {
            if macro_exprs(mac).is_none() {
                self.0 = true;
            }
        }
    }
    let mut x = X(false);
    x.visit_block(block);
    x.0
}
