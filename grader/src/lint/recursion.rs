//! `async_recursion_unboxed`: an async fn awaiting itself (directly, or
//! through another async fn of the file) without `Box::pin`.

use crate::vec_map::VecMap;

use crate::visit::{self, Visit};
use syn::Expr;

use super::catalog::{diag, DiagExt};
use super::syntax::{macro_exprs, pos_of, strip, Names};
use crate::report::{Diagnostic, Pos};

pub(super) fn check(file: &syn::File, names: &Names, out: &mut Vec<Diagnostic>) {
    // Async fn -> the async fns it awaits directly (unboxed), with the call position.
    let mut graph: Vec<(String, Vec<(String, Pos)>)> = Vec::new();
    struct Fns<'g>(&'g mut Vec<(String, Vec<(String, Pos)>)>);
    impl<'ast> Visit<'ast> for Fns<'_> {
        crate::visit::overrides!('ast: visit_item_fn, visit_impl_item_fn);

        fn visit_item_fn(&mut self, f: &'ast syn::ItemFn) {
            if f.sig.asyncness.is_some() {
                self.0.push((f.sig.ident.to_string(), awaited_calls(&f.block)));
            }
            visit::visit_item_fn(self, f);
        }
        fn visit_impl_item_fn(&mut self, f: &'ast syn::ImplItemFn) {
            if f.sig.asyncness.is_some() {
                self.0.push((f.sig.ident.to_string(), awaited_calls(&f.block)));
            }
            visit::visit_impl_item_fn(self, f);
        }
    }
    Fns(&mut graph).visit_file(file);
    let edges: VecMap<&str, &Vec<(String, Pos)>> = graph.iter().map(|(n, c)| (n.as_str(), c)).collect();
    for (name, calls) in &graph {
        for (callee, at) in calls {
            if !(names.async_fns.contains(callee) || names.async_methods.contains(callee)) {
                continue;
            }
            let cycle = if callee == name { Some(vec![name.clone()]) } else { path_back(&edges, callee, name) };
            if let Some(cycle) = cycle {
                let through = if cycle.len() == 1 {
                    String::new()
                } else {
                    format!(" (through `{}`)", cycle[1..].join("` -> `"))
                };
                out.push(
                    diag(
                        "async_recursion_unboxed",
                        *at,
                        format!("recursion in an async fn requires boxing: `{name}` awaits itself{through}"),
                    )
                    .help(format!("box the recursive call: `Box::pin({callee}(..)).await`")),
                );
                break;
            }
        }
    }
}

/// A chain of direct awaits from `from` back to `to`, if any (small graphs only).
fn path_back(edges: &VecMap<&str, &Vec<(String, Pos)>>, from: &str, to: &str) -> Option<Vec<String>> {
    let mut stack = vec![(from.to_string(), vec![to.to_string(), from.to_string()])];
    let mut seen = crate::vec_map::VecSet::new();
    while let Some((node, path)) = stack.pop() {
        if !seen.insert(node.clone()) {
            continue;
        }
        for (next, _) in edges.get(node.as_str()).map(|v| v.as_slice()).unwrap_or(&[]) {
            if next == to {
                return Some(path);
            }
            let mut p = path.clone();
            p.push(next.clone());
            stack.push((next.clone(), p));
        }
    }
    None
}

/// `f(..).await` / `Self::f(..).await` / `self.f(..).await` in the body (not in closures or async blocks).
fn awaited_calls(block: &syn::Block) -> Vec<(String, Pos)> {
    struct Find(Vec<(String, Pos)>);
    impl<'ast> Visit<'ast> for Find {
        crate::visit::overrides!('ast: visit_expr_await, visit_expr_closure, visit_expr_async, visit_macro);

        fn visit_expr_await(&mut self, a: &'ast syn::ExprAwait) {
            match strip(&a.base) {
                Expr::Call(c) => {
                    if let Expr::Path(p) = &*c.func {
                        let segs = &p.path.segments;
                        if segs.len() == 1 || (segs.len() == 2 && segs[0].ident == "Self") {
                            self.0.push((segs.last().unwrap().ident.to_string(), pos_of(&a.base)));
                        }
                    }
                }
                Expr::MethodCall(m) if matches!(strip(&m.receiver), Expr::Path(p) if p.path.is_ident("self")) => {
                    self.0.push((m.method.to_string(), pos_of(&a.base)));
                }
                _ => {}
            }
            visit::visit_expr_await(self, a);
        }
        fn visit_expr_closure(&mut self, _: &'ast syn::ExprClosure) {}
        fn visit_expr_async(&mut self, _: &'ast syn::ExprAsync) {}
        fn visit_macro(&mut self, mac: &'ast syn::Macro) {
            for e in macro_exprs(mac).into_iter().flatten() {
                self.visit_expr(&e);
            }
        }
    }
    let mut f = Find(Vec::new());
    f.visit_block(block);
    f.0
}
