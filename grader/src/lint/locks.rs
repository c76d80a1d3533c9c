//! Locks and borrows: `std_mutex_guard_across_await`,
//! `refcell_borrow_across_await`, `let_underscore_guard`,
//! `async_mutex_for_plain_data`.

use syn::{Block, Expr, Pat, Stmt};

use super::catalog::{diag, DiagExt};
use super::syntax::{await_in_scope, await_while_alive, chain, simple_let, strip, walk, Hooks, Names, Scope};
use crate::report::{Diagnostic, Pos, Severity};

pub(super) fn check(file: &syn::File, names: &Names, out: &mut Vec<Diagnostic>) {
    let mut locks = Locks { names, out, tokio_mutexes: Vec::new(), tokio_guard_held: false, tokio_lock_calls: 0 };
    walk(file, names, &mut locks);
    if !locks.tokio_guard_held && locks.tokio_lock_calls > 0 {
        if let Some(&(p, ref what)) = locks.tokio_mutexes.first() {
            locks.out.push(
                diag("async_mutex_for_plain_data", p, format!("this `{what}` is never held across an `.await`, so a `std::sync::Mutex` would do"))
                    .help("use `std::sync::Mutex` and lock it with `.lock().unwrap()` (no `.await`), keeping each critical section free of `.await`"),
            );
        }
    }
}

struct Locks<'a> {
    names: &'a Names,
    out: &'a mut Vec<Diagnostic>,
    /// `tokio::sync::Mutex::new` sites.
    tokio_mutexes: Vec<(Pos, String)>,
    /// Some `.lock().await` guard is alive at a later `.await`.
    tokio_guard_held: bool,
    tokio_lock_calls: usize,
}

/// How a `let` initializer takes a lock or borrow.
enum Guard {
    /// `m.lock().unwrap()`: a std (or parking_lot) guard.
    Std(String),
    /// `m.lock().await`: a tokio guard.
    Tokio,
    /// `c.borrow_mut()` / `c.borrow()`.
    RefCell(String),
    /// `sem.acquire().await.unwrap()`: a semaphore permit (only for `let _ =` and bare statements).
    Permit(String),
}

fn guard_of(init: &Expr) -> Option<Guard> {
    let links = chain(init);
    // links[0] is the whole expression; find the `lock`-like call and what follows it.
    for (idx, link) in links.iter().enumerate() {
        let Expr::MethodCall(m) = link else { continue };
        let method = m.method.to_string();
        if !m.args.is_empty() {
            continue;
        }
        let outer = if idx > 0 { Some(links[idx - 1]) } else { None };
        match method.as_str() {
            "lock" | "read" | "write" if idx == 1 => match outer {
                Some(Expr::MethodCall(o)) if o.method == "unwrap" || o.method == "expect" => {
                    return Some(Guard::Std(format!("{}()", method)));
                }
                Some(Expr::Await(_)) => return Some(Guard::Tokio),
                _ => {}
            },
            "borrow_mut" | "borrow" if idx == 0 => return Some(Guard::RefCell(format!("{}()", method))),
            "acquire" | "acquire_owned" if idx == 2 || idx == 1 => {
                let awaited = matches!(links[idx - 1], Expr::Await(_));
                let unwrapped = idx == 1
                    || matches!(links[0], Expr::MethodCall(o) if o.method == "unwrap" || o.method == "expect")
                    || matches!(links[0], Expr::Try(_));
                if awaited && unwrapped {
                    return Some(Guard::Permit(format!("{method}().await")));
                }
            }
            _ => {}
        }
    }
    None
}

/// What the guard is, for a message.
fn guard_what(g: &Guard) -> String {
    match g {
        Guard::Std(m) => format!("the guard of `{m}`"),
        Guard::Tokio => "the guard of `lock().await`".to_string(),
        Guard::RefCell(m) => format!("the `{m}` borrow"),
        Guard::Permit(m) => format!("the permit of `{m}`"),
    }
}

impl Hooks for Locks<'_> {
    fn expr(&mut self, e: &Expr, scope: &Scope) {
        if let Expr::Call(c) = e {
            let callee = self.names.callee(c).unwrap_or_default();
            if callee == "tokio::sync::Mutex::new" || callee == "tokio::sync::RwLock::new" {
                let what = callee.trim_end_matches("::new").to_string();
                self.tokio_mutexes.push((super::syntax::pos_of(e), what));
            }
        }
        if let Expr::Await(a) = e {
            let is_lock = |x: &Expr| matches!(strip(x), Expr::MethodCall(m) if (m.method == "lock" || m.method == "read" || m.method == "write") && m.args.is_empty());
            if is_lock(&a.base) {
                self.tokio_lock_calls += 1;
            }
            // Owned guards exist to be moved into tasks and held across awaits.
            if matches!(strip(&a.base), Expr::MethodCall(m) if matches!(m.method.to_string().as_str(), "lock_owned" | "read_owned" | "write_owned"))
            {
                self.tokio_guard_held = true;
            }
            // `m.lock().await.recv().await`: the temporary guard is held across the outer await.
            if chain(&a.base).iter().any(|x| matches!(x, Expr::Await(inner) if is_lock(&inner.base))) {
                self.tokio_guard_held = true;
            }
        }
        let _ = scope;
    }

    fn block(&mut self, b: &Block, scope: &Scope) {
        for (i, stmt) in b.stmts.iter().enumerate() {
            if let Stmt::Local(local) = stmt {
                if let (Pat::Wild(_), Some(init)) = (&local.pat, &local.init) {
                    if let Some(g) = guard_of(&init.expr) {
                        let std_lock = matches!(g, Guard::Std(_));
                        let what = guard_what(&g);
                        let released = if matches!(g, Guard::Permit(_)) { "permit" } else { "lock" };
                        let d = diag(
                            "let_underscore_guard",
                            super::syntax::pos_of(&local.let_token),
                            format!(
                                "`let _ = ..` drops {what} at once, so the {released} is released on this same line"
                            ),
                        )
                        .help("bind it to a name so it lives to the end of the block: `let _guard = ..;`");
                        // rustc denies this for std locks by default, so the program does not build.
                        let d = if std_lock {
                            d.severity(Severity::Error, Some("deny-by-default lint `let_underscore_lock`"))
                        } else {
                            d
                        };
                        self.out.push(d);
                    }
                    continue;
                }
            }
            // `m.lock().await;` as a statement: the guard is a temporary, dropped at the `;`
            // (rustc's `unused_must_use` warns for the guard types).
            if let Stmt::Expr(e, Some(_)) = stmt {
                if let Some(g @ (Guard::Std(_) | Guard::Tokio | Guard::Permit(_))) = guard_of(e) {
                    let released = if matches!(g, Guard::Permit(_)) { "permit" } else { "lock" };
                    self.out.push(
                        diag(
                            "let_underscore_guard",
                            super::syntax::pos_of(e),
                            format!(
                                "this statement drops {} at once, so the {released} is released at its `;`",
                                guard_what(&g)
                            ),
                        )
                        .help("bind it to a name so it lives to the end of the block: `let _guard = ..;`"),
                    );
                }
                continue;
            }
            let Some((name, p, init)) = simple_let(stmt) else { continue };
            let Some(guard) = guard_of(init) else { continue };
            let spawned = scope.in_spawned();
            let held = if !scope.in_async() {
                None
            } else if spawned && matches!(guard, Guard::Std(_)) {
                await_in_scope(&b.stmts, i, &name, false)
            } else {
                await_while_alive(&b.stmts, i, &name)
            };
            match guard {
                Guard::Tokio => {
                    if held.is_some() {
                        self.tokio_guard_held = true;
                    }
                }
                Guard::Std(method) => {
                    let Some(at) = held else { continue };
                    let d = diag("std_mutex_guard_across_await", p, format!("the `std::sync::MutexGuard` `{name}` (from `{method}`) is held across an `.await`"))
                        .related(at, "held across this await")
                        .help(format!("end the guard before the await: `{{ let mut {name} = ..; /* use it */ }}` or `drop({name});`, then `.await`"));
                    let site = scope.spawn_site().filter(|_| spawned);
                    let d = if let Some(site) = site {
                        // rustc reports it at the spawn, with the guard and the await as notes.
                        let mut d = d
                            .severity(Severity::Error, Some("E0277"))
                            .related(p, format!("`{name}` is in scope until the end of its block"));
                        d.line = site.line;
                        d.column = site.column;
                        d.message = d
                            .message
                            .replace(" (E0277)", ", so the future passed to `tokio::spawn` is not `Send` (E0277)");
                        d.help(format!("put the guard in its own block that ends before the `.await`: `{{ let mut {name} = ..; /* use it */ }}` (rustc does not accept `drop({name})` here: the check is by scope)"))
                    } else {
                        d
                    };
                    self.out.push(d);
                }
                Guard::Permit(_) => {}
                Guard::RefCell(method) => {
                    if scope.in_spawned() {
                        continue; // non_send_across_await reports it.
                    }
                    let Some(at) = held else { continue };
                    self.out.push(
                        diag(
                            "refcell_borrow_across_await",
                            p,
                            format!("the `RefCell` borrow `{name}` (from `{method}`) is held across an `.await`"),
                        )
                        .related(at, "held across this await")
                        .help(format!("end the borrow before the await: put it in its own block, or `drop({name});`")),
                    );
                }
            }
        }
    }
}
