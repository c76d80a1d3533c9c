//! Small questions about syn nodes the lint families share: positions,
//! `strip`/`ident_of`, the bindings of a pattern, whether a node awaits or
//! mentions a name, and where a `let`-bound value is still alive at an `.await`.

use crate::span::Spanned;
use crate::visit::{self, Visit};
use proc_macro2::Span;
use syn::{Block, Expr, Pat, Stmt};

use super::{macro_exprs, macro_name};
use crate::report::Pos;

pub(crate) fn pos(span: Span) -> Pos {
    let start = span.start();
    Pos { line: start.line as u32, column: start.column as u32 + 1 }
}

pub(crate) fn pos_of<T: Spanned>(node: &T) -> Pos {
    pos(node.first())
}

/// Remove parentheses and groups around an expression.
pub(crate) fn strip(expr: &Expr) -> &Expr {
    match expr {
        Expr::Paren(p) => strip(&p.expr),
        Expr::Group(g) => strip(&g.expr),
        _ => expr,
    }
}

/// The single identifier a path expression names (`x`), if it is one.
pub(crate) fn ident_of(expr: &Expr) -> Option<String> {
    match strip(expr) {
        Expr::Path(p) if p.qself.is_none() && p.path.segments.len() == 1 => Some(p.path.segments[0].ident.to_string()),
        _ => None,
    }
}

/// The identifier bound by a simple pattern (`x`, `mut x`, `x: T`).
pub(crate) fn pat_ident(pat: &Pat) -> Option<(String, Pos)> {
    match pat {
        Pat::Ident(i) if i.subpat.is_none() => Some((i.ident.to_string(), pos_of(&i.ident))),
        Pat::Type(t) => pat_ident(&t.pat),
        _ => None,
    }
}

/// Every identifier a pattern binds.
pub(crate) fn pat_bindings(pat: &Pat, out: &mut Vec<String>) {
    struct Bindings<'o>(&'o mut Vec<String>);
    impl<'ast> Visit<'ast> for Bindings<'_> {
        crate::visit::overrides!('ast: visit_pat_ident);

        fn visit_pat_ident(&mut self, i: &'ast syn::PatIdent) {
            self.0.push(i.ident.to_string());
            visit::visit_pat_ident(self, i);
        }
    }
    Bindings(out).visit_pat(pat);
}

/// Does the expression (or block) contain an `.await`, not counting nested
/// closures and async blocks (separate futures)?
pub(crate) fn contains_await<T: VisitNode>(node: &T) -> bool {
    first_await(node).is_some()
}

/// Position of the first `.await` in the node, not counting nested closures and async blocks.
pub(crate) fn first_await<T: VisitNode>(node: &T) -> Option<Pos> {
    struct Find(Option<Pos>);
    impl<'ast> Visit<'ast> for Find {
        crate::visit::overrides!('ast: visit_expr_await, visit_expr_closure, visit_expr_async, visit_item, visit_macro);

        fn visit_expr_await(&mut self, a: &'ast syn::ExprAwait) {
            if self.0.is_none() {
                self.0 = Some(pos(a.await_token.span));
            }
            visit::visit_expr_await(self, a);
        }
        fn visit_expr_closure(&mut self, _: &'ast syn::ExprClosure) {}
        fn visit_expr_async(&mut self, _: &'ast syn::ExprAsync) {}
        fn visit_item(&mut self, _: &'ast syn::Item) {}
        fn visit_macro(&mut self, mac: &'ast syn::Macro) {
            if matches!(macro_name(mac).as_str(), "select" | "join" | "try_join") && self.0.is_none() {
                // These macros await their futures.
                self.0 = Some(pos_of(&mac.path));
            }
            for e in macro_exprs(mac).into_iter().flatten() {
                self.visit_expr(&e);
            }
        }
    }
    let mut f = Find(None);
    node.visit_with(&mut f);
    f.0
}

/// Does the node mention identifier `name` as a path expression (macros included)?
pub(crate) fn mentions<T: VisitNode>(node: &T, name: &str) -> bool {
    struct Find<'a>(&'a str, bool);
    impl<'ast> Visit<'ast> for Find<'_> {
        crate::visit::overrides!('ast: visit_path, visit_macro);

        fn visit_path(&mut self, p: &'ast syn::Path) {
            if p.segments.len() == 1 && p.segments[0].ident == self.0 {
                self.1 = true;
            }
            visit::visit_path(self, p);
        }
        fn visit_macro(&mut self, mac: &'ast syn::Macro) {
            match macro_exprs(mac) {
                Some(exprs) => {
                    for e in &exprs {
                        self.visit_expr(e);
                    }
                }
                None => {
                    // Unknown macro: look at its raw tokens.
                    if mac
                        .tokens
                        .clone()
                        .into_iter()
                        .any(|t| matches!(&t, proc_macro2::TokenTree::Ident(i) if i == self.0))
                    {
                        self.1 = true;
                    }
                }
            }
        }
    }
    let mut f = Find(name, false);
    node.visit_with(&mut f);
    f.1
}

/// Is `drop(name)` called in the node?
pub(crate) fn drops(stmt: &Stmt, name: &str) -> bool {
    let mut found = false;
    for_each_expr(stmt, &mut |e| {
        if let Expr::Call(c) = e {
            if matches!(&*c.func, Expr::Path(p) if p.path.is_ident("drop") || p.path.segments.last().is_some_and(|s| s.ident == "drop") && p.path.segments.len() > 1)
                && c.args.len() == 1
                && ident_of(&c.args[0]).as_deref() == Some(name)
            {
                found = true;
            }
        }
    });
    found
}

/// Call `f` on every expression in the node (macros included, nested closures too).
pub(crate) fn for_each_expr<T: VisitNode>(node: &T, f: &mut dyn FnMut(&Expr)) {
    struct Each<'f>(&'f mut dyn FnMut(&Expr));
    impl<'ast> Visit<'ast> for Each<'_> {
        crate::visit::overrides!('ast: visit_expr, visit_macro);

        fn visit_expr(&mut self, e: &'ast Expr) {
            (self.0)(e);
            visit::visit_expr(self, e);
        }
        fn visit_macro(&mut self, mac: &'ast syn::Macro) {
            for e in macro_exprs(mac).into_iter().flatten() {
                self.visit_expr(&e);
            }
        }
    }
    node.visit_with(&mut Each(f));
}

/// Syntax nodes the helpers above accept.
pub(crate) trait VisitNode {
    fn visit_with<'ast, V: Visit<'ast>>(&'ast self, v: &mut V);
}

impl VisitNode for Expr {
    fn visit_with<'ast, V: Visit<'ast>>(&'ast self, v: &mut V) {
        v.visit_expr(self);
    }
}

impl VisitNode for Block {
    fn visit_with<'ast, V: Visit<'ast>>(&'ast self, v: &mut V) {
        v.visit_block(self);
    }
}

impl VisitNode for Stmt {
    fn visit_with<'ast, V: Visit<'ast>>(&'ast self, v: &mut V) {
        v.visit_stmt(self);
    }
}

impl VisitNode for [Stmt] {
    fn visit_with<'ast, V: Visit<'ast>>(&'ast self, v: &mut V) {
        for s in self {
            v.visit_stmt(s);
        }
    }
}

/// A `let` statement binding one identifier: `(name, its position, initializer)`.
pub(crate) fn simple_let(stmt: &Stmt) -> Option<(String, Pos, &Expr)> {
    let Stmt::Local(local) = stmt else { return None };
    let (name, p) = pat_ident(&local.pat)?;
    let init = local.init.as_ref()?;
    Some((name, p, &init.expr))
}

/// For a `let NAME = INIT;` in `stmts[i]`, the first `.await` in the later
/// statements of the block while NAME is still alive (before `drop(NAME)`
/// or a re-binding of NAME).
pub(crate) fn await_while_alive(stmts: &[Stmt], i: usize, name: &str) -> Option<Pos> {
    await_in_scope(stmts, i, name, true)
}

/// Like [`await_while_alive`]; with `respect_drop: false` an explicit
/// `drop(NAME)` does not end it: rustc's `Send` check of a future is
/// scope-based, so a binding still in scope at an await counts even after `drop`.
pub(crate) fn await_in_scope(stmts: &[Stmt], i: usize, name: &str, respect_drop: bool) -> Option<Pos> {
    for stmt in &stmts[i + 1..] {
        if respect_drop && drops(stmt, name) {
            return None;
        }
        if let Some(p) = first_await(stmt) {
            return Some(p);
        }
        if let Stmt::Local(l) = stmt {
            let mut bound = Vec::new();
            pat_bindings(&l.pat, &mut bound);
            if bound.iter().any(|b| b == name) {
                return None;
            }
        }
    }
    None
}

/// A method chain's receivers, innermost last: `a.b().c()` -> [`a.b().c()`, `a.b()`, `a`].
pub(crate) fn chain(expr: &Expr) -> Vec<&Expr> {
    let mut out = vec![strip(expr)];
    let mut cur = strip(expr);
    loop {
        cur = match cur {
            Expr::MethodCall(m) => strip(&m.receiver),
            Expr::Await(a) => strip(&a.base),
            Expr::Try(t) => strip(&t.expr),
            Expr::Field(f) => strip(&f.base),
            _ => break,
        };
        out.push(cur);
    }
    out
}
