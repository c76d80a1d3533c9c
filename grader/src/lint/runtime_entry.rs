//! Where the runtime is (or is not): `async_main_without_runtime`,
//! `no_runtime_context`, `block_on_inside_runtime`, `blocking_api_in_async`.

use syn::Expr;

use super::catalog::{diag, DiagExt};
use super::syntax::{for_each_expr, has_runtime_attr, pos_of, walk, FrameKind, Hooks, Names, Scope};
use crate::api;
use crate::report::Diagnostic;

pub(super) fn check(file: &syn::File, names: &Names, out: &mut Vec<Diagnostic>) {
    for item in &file.items {
        if let syn::Item::Fn(f) = item {
            if f.sig.ident == "main" && f.sig.asyncness.is_some() && !has_runtime_attr(&f.attrs) {
                out.push(
                    diag(
                        "async_main_without_runtime",
                        pos_of(&f.sig.asyncness),
                        "`main` function is not allowed to be `async` without a runtime attribute",
                    )
                    .help("add `#[tokio::main]` above `async fn main()`"),
                );
            }
        }
    }
    let mut main_enters_runtime = false;
    for item in &file.items {
        if let syn::Item::Fn(f) = item {
            if f.sig.ident == "main" {
                for stmt in &f.block.stmts {
                    for_each_expr(stmt, &mut |e| {
                        if matches!(e, Expr::MethodCall(m) if m.method == "enter") {
                            main_enters_runtime = true;
                        }
                    });
                }
            }
        }
    }
    walk(file, names, &mut Entry { names, out, main_enters_runtime });
}

struct Entry<'a> {
    names: &'a Names,
    out: &'a mut Vec<Diagnostic>,
    main_enters_runtime: bool,
}

impl Hooks for Entry<'_> {
    fn expr(&mut self, e: &Expr, scope: &Scope) {
        let in_async = scope.on_runtime_thread();
        let where_ = || scope.describe();
        match e {
            Expr::Call(call) => {
                let Some(callee) = self.names.callee(call) else { return };
                if in_async && (callee == "futures::executor::block_on" || callee == "tokio::runtime::Handle::block_on")
                {
                    self.block_on(e, &where_());
                }
                if in_async && callee == "tokio::task::block_in_place" {
                    self.out.push(
                        diag(
                            "blocking_api_in_async",
                            pos_of(e),
                            format!("`block_in_place` is called in {}, on a current-thread runtime", where_()),
                        )
                        .help("`.await` the async operation instead, or use `tokio::task::spawn_blocking(..).await`"),
                    );
                }
                let outside = scope.frames.len() == 1
                    && scope.frames[0].kind == FrameKind::Fn
                    && scope.frames[0].name == "main"
                    && !scope.frames[0].is_async
                    && !self.main_enters_runtime;
                if outside && api::needs_runtime(&callee) {
                    self.out.push(
                        diag("no_runtime_context", pos_of(e), format!("`{callee}` is called in `fn main`, where no tokio runtime is running"))
                            .help("write `#[tokio::main] async fn main()`, or build a runtime and call it inside `rt.block_on(async { .. })`"),
                    );
                }
            }
            Expr::MethodCall(m) if in_async => {
                let method = m.method.to_string();
                if method == "block_on" {
                    self.block_on(e, &where_());
                } else if let Some(fix) = api::blocking_method(None, &method) {
                    self.out.push(
                        diag(
                            "blocking_api_in_async",
                            pos_of(&m.method),
                            format!("`{method}()` blocks the thread, and it is called in {}", where_()),
                        )
                        .help(format!("use {fix}")),
                    );
                }
            }
            _ => {}
        }
    }
}

impl Entry<'_> {
    fn block_on(&mut self, e: &Expr, where_: &str) {
        self.out.push(
            diag(
                "block_on_inside_runtime",
                pos_of(e),
                format!("`block_on` is called in {where_}, which already runs on the tokio runtime"),
            )
            .help("`.await` the future instead of calling `block_on`"),
        );
    }
}
