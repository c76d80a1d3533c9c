//! Code that blocks the runtime thread: `thread_sleep_in_async`,
//! `blocking_io_in_async`, `loop_without_yield`.

use crate::vec_map::VecSet;

use syn::Expr;

use super::catalog::{diag, DiagExt};
use super::syntax::{contains_await, for_each_expr, ident_of, pos_of, strip, walk, Hooks, LocalKind, Names, Scope};
use crate::api;
use crate::report::Diagnostic;

pub(super) fn check(file: &syn::File, names: &Names, out: &mut Vec<Diagnostic>) {
    walk(file, names, &mut Blocking { names, out, awaited: VecSet::new() });
}

struct Blocking<'a> {
    names: &'a Names,
    out: &'a mut Vec<Diagnostic>,
    /// Addresses of method calls that are awaited (so async, not blocking).
    awaited: VecSet<usize>,
}

pub(super) fn where_(scope: &Scope) -> String {
    scope.describe()
}

impl Hooks for Blocking<'_> {
    fn expr(&mut self, e: &Expr, scope: &Scope) {
        if !scope.on_runtime_thread() {
            return;
        }
        let in_async = scope.in_async();
        match e {
            Expr::Await(a) => {
                self.awaited.insert(strip(&a.base) as *const Expr as usize);
            }
            Expr::Call(call) => {
                let Some(callee) = self.names.callee(call) else { return };
                let Some(fix) = api::blocking_fn(&callee) else { return };
                if callee == "std::thread::sleep" {
                    let arg = call.args.first().map(super::awaits::quote_short).unwrap_or_default();
                    self.out.push(
                        diag(
                            "thread_sleep_in_async",
                            pos_of(e),
                            format!(
                                "`std::thread::sleep` blocks the runtime thread in {}: no other task can run meanwhile",
                                where_(scope)
                            ),
                        )
                        .help(format!("`tokio::time::sleep({arg}).await;`")),
                    );
                    return;
                }
                self.out.push(
                    diag(
                        "blocking_io_in_async",
                        pos_of(e),
                        format!("`{callee}` is blocking I/O, called in {}", where_(scope)),
                    )
                    .help(format!("use {fix}, or run it in `tokio::task::spawn_blocking`")),
                );
            }
            Expr::MethodCall(m) => {
                let address = e as *const Expr as usize;
                if self.awaited.contains(&address) {
                    return;
                }
                let Some(rx) = ident_of(&m.receiver) else { return };
                let socket = match self.names.kind(&rx) {
                    Some(LocalKind::StdTcpListener) => "std::net::TcpListener",
                    Some(LocalKind::StdTcpStream) => "std::net::TcpStream",
                    Some(LocalKind::StdReceiver) => "",
                    _ => return,
                };
                if !socket.is_empty() {
                    if let Some(fix) = api::blocking_method(Some(socket), &m.method.to_string()) {
                        self.out.push(
                            diag(
                                "blocking_io_in_async",
                                pos_of(&m.method),
                                format!(
                                    "`{rx}.{}()` on a `{socket}` is blocking I/O, called in {}",
                                    m.method,
                                    where_(scope)
                                ),
                            )
                            .help(format!("use {fix}, or run it in `tokio::task::spawn_blocking`")),
                        );
                    }
                    return;
                }
                if let Some(fix) = api::blocking_method(Some("std::sync::mpsc::Receiver"), &m.method.to_string()) {
                    self.out.push(
                        diag(
                            "blocking_io_in_async",
                            pos_of(&m.method),
                            format!(
                                "`{rx}.{}()` on a `std::sync::mpsc::Receiver` blocks the runtime thread in {}",
                                m.method,
                                where_(scope)
                            ),
                        )
                        .help(format!("use {fix}")),
                    );
                }
            }
            Expr::Loop(l) if in_async => {
                if contains_await(&l.body) {
                    return;
                }
                let mut exits = false;
                for_each_expr(&Expr::Loop(l.clone()), &mut |x| {
                    if matches!(x, Expr::Break(_) | Expr::Return(_) | Expr::Try(_)) {
                        exits = true;
                    }
                });
                if !exits || polls_shared_state(e) {
                    self.push_loop(e, scope);
                }
            }
            Expr::ForLoop(f) if in_async && !contains_await(&f.body) && heavy_inner_work(&f.body) => {
                self.push_loop(e, scope);
            }
            Expr::While(w) if in_async => {
                if contains_await(&w.body) || contains_await(&*w.cond) {
                    return;
                }
                if polls_shared_state(e) {
                    self.push_loop(e, scope);
                }
            }
            _ => {}
        }
    }
}

impl Blocking<'_> {
    fn push_loop(&mut self, e: &Expr, scope: &Scope) {
        self.out.push(
            diag("loop_without_yield", pos_of(e), format!("this loop in {} never reaches an `.await`, so no other task can run while it spins", where_(scope)))
                .help("wait for the event with `.await` (a channel, `Notify`, the `JoinHandle`), or add `tokio::task::yield_now().await;` inside the loop"),
        );
    }
}

/// The loop polls something another task would change (busy-waiting).
fn polls_shared_state(e: &Expr) -> bool {
    let mut polls = false;
    let mut mentions_empty = false;
    let mut try_recv = false;
    for_each_expr(e, &mut |x| match x {
        Expr::MethodCall(m) => {
            let name = m.method.to_string();
            if matches!(name.as_str(), "load" | "is_finished" | "elapsed" | "try_lock") {
                polls = true;
            }
            if name == "try_recv" {
                try_recv = true;
            }
        }
        Expr::Path(p) if p.path.segments.iter().any(|s| s.ident == "Empty") => {
            mentions_empty = true;
        }
        _ => {}
    });
    polls || (try_recv && mentions_empty)
}

/// The loop body itself iterates over a large literal-bounded range
/// (`(0..batch * 10_000).sum()`): each iteration is long work with no `.await`.
fn heavy_inner_work(body: &syn::Block) -> bool {
    let mut heavy = false;
    super::syntax::for_each_expr(body, &mut |x| {
        if let Expr::Range(r) = x {
            if let Some(end) = &r.end {
                for_each_expr(&**end, &mut |y| {
                    if let Expr::Lit(syn::ExprLit { lit: syn::Lit::Int(n), .. }) = y {
                        if n.base10_parse::<u64>().is_ok_and(|n| n >= 10_000) {
                            heavy = true;
                        }
                    }
                });
            }
        }
    });
    heavy
}
