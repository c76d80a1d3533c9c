//! Waiting one after another: `sequential_awaits_not_concurrent`.

use syn::{Block, Expr, Stmt};

use super::catalog::{diag, DiagExt};
use super::syntax::{for_each_expr, mentions, pos, pos_of, simple_let, strip, walk, Hooks, Names, Scope};
use crate::report::Diagnostic;

pub(super) fn check(file: &syn::File, names: &Names, out: &mut Vec<Diagnostic>) {
    walk(file, names, &mut Sequential { names, out });
}

struct Sequential<'a> {
    names: &'a Names,
    out: &'a mut Vec<Diagnostic>,
}

/// `let NAME = local_async_fn(args).await;`: the name, the fn, and the call.
fn awaited_local_call<'e>(
    names: &Names,
    stmt: &'e Stmt,
) -> Option<(String, String, &'e syn::ExprCall, crate::report::Pos)> {
    let (name, _, init) = simple_let(stmt)?;
    let Expr::Await(a) = strip(init) else { return None };
    let Expr::Call(call) = strip(&a.base) else { return None };
    let Expr::Path(p) = &*call.func else { return None };
    if p.path.segments.len() != 1 {
        return None;
    }
    let f = p.path.segments[0].ident.to_string();
    // Awaiting fns that never really wait costs nothing, in any order.
    if !names.async_fns.contains(&f) || !names.waiting_fns.contains(&f) {
        return None;
    }
    // Arguments that share mutable state make the order matter.
    let mut shares_mut = false;
    for arg in &call.args {
        for_each_expr(arg, &mut |e| {
            if matches!(e, Expr::Reference(r) if r.mutability.is_some()) {
                shares_mut = true;
            }
        });
    }
    if shares_mut {
        return None;
    }
    Some((name, f, call, pos(a.await_token.span)))
}

impl Hooks for Sequential<'_> {
    fn expr(&mut self, e: &Expr, scope: &Scope) {
        // `tokio::spawn(..).await` inside a loop: each task runs alone.
        if let Expr::Await(a) = e {
            if scope.in_loop() && scope.in_async() && self.names.is_task_spawn(&a.base) {
                self.out.push(
                    diag("sequential_awaits_not_concurrent", pos_of(e), "each task is awaited right after it is spawned, so the tasks run one after another")
                        .help("spawn them all first, then await the handles: `let handles: Vec<_> = (0..n).map(|i| tokio::spawn(work(i))).collect(); for h in handles { h.await.unwrap(); }`"),
                );
            }
        }
    }

    fn block(&mut self, b: &Block, scope: &Scope) {
        if !scope.in_async() {
            return;
        }
        let stmts = &b.stmts;
        let mut i = 0;
        while i + 1 < stmts.len() {
            let (Some(first), Some(second)) =
                (awaited_local_call(self.names, &stmts[i]), awaited_local_call(self.names, &stmts[i + 1]))
            else {
                i += 1;
                continue;
            };
            let (a, f, _, at_a) = first;
            let (b_name, g, call_b, at_b) = second;
            let independent = !call_b.args.iter().any(|arg| mentions(arg, &a));
            let rest = &stmts[i + 2..];
            let both_used = rest.iter().any(|s| mentions(s, &a)) && rest.iter().any(|s| mentions(s, &b_name));
            if independent && both_used && a != b_name {
                self.out.push(
                    diag("sequential_awaits_not_concurrent", at_a, format!("`{f}(..)` and `{g}(..)` are independent but awaited one after another, so their waits add up"))
                        .related(at_b, "awaited only after the first one finished")
                        .help(format!("await them together: `let ({a}, {b_name}) = tokio::join!({f}(..), {g}(..));`")),
                );
                i += 2;
            } else {
                i += 1;
            }
        }
    }
}
