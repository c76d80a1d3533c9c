//! Waiting one after another: `sequential_awaits_not_concurrent`, for independent waits
//! awaited one by one in a block: back-to-back `let x = f(..).await` (also with `?`,
//! `.unwrap()`, or through `tokio::spawn(f(..)).await`); futures created first and then
//! `.await`ed one by one (a future does nothing until polled); futures, or tasks spawned by
//! a lazy `map`, awaited in a `for` loop over them; and in a loop pass, a task (or a
//! `JoinSet` task) awaited right after it was spawned, with no other wait between.

use crate::vec_map::VecMap;

use syn::{Block, Expr, Stmt};

use super::catalog::{diag, DiagExt};
use super::syntax::{
    chain, contains_await, first_await, for_each_expr, ident_of, macro_exprs, macro_name, mentions, pat_bindings,
    pat_ident, pos, pos_of, simple_let, strip, walk, Hooks, Names, Scope, VisitNode,
};
use crate::report::Diagnostic;

pub(super) fn check(file: &syn::File, names: &Names, out: &mut Vec<Diagnostic>) {
    struct Lets<'n>(&'n Names, VecMap<String, String>);
    impl<'ast> crate::visit::Visit<'ast> for Lets<'_> {
        crate::visit::overrides!('ast: visit_local);

        fn visit_local(&mut self, l: &'ast syn::Local) {
            if let (Some((name, _)), Some(init)) = (pat_ident(&l.pat), &l.init) {
                if let Some(what) = lazy_work(self.0, &init.expr) {
                    self.1.insert(name, what);
                }
            }
            crate::visit::visit_local(self, l);
        }
    }
    let mut lets = Lets(names, VecMap::new());
    crate::visit::Visit::visit_file(&mut lets, file);
    let lets = lets.1;
    walk(file, names, &mut Sequential { names, out, lets });
}

struct Sequential<'a> {
    names: &'a Names,
    out: &'a mut Vec<Diagnostic>,
    /// Locals bound to lazy work (see [`lazy_work`]), file-wide: name -> what.
    lets: VecMap<String, String>,
}

/// Strip the `?`, `.unwrap()` and `.expect(..)` around an expression.
fn unwrapped(mut e: &Expr) -> &Expr {
    loop {
        e = match strip(e) {
            Expr::Try(t) => &t.expr,
            Expr::MethodCall(m) if (m.method == "unwrap" || m.method == "expect") => &m.receiver,
            other => return other,
        };
    }
}

/// `local_async_fn(args)` of an async fn of the file that really waits, and without
/// `&mut` arguments (shared mutable state makes the order matter): the fn's name.
fn waiting_call<'e>(names: &Names, e: &'e Expr) -> Option<(String, &'e syn::ExprCall)> {
    let Expr::Call(call) = strip(e) else { return None };
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
    Some((f, call))
}

/// The future in `timeout(d, fut)` (or `tokio::time::timeout` / `time::timeout`).
fn timeout_arg(e: &Expr) -> Option<&Expr> {
    let Expr::Call(call) = strip(e) else { return None };
    let Expr::Path(p) = &*call.func else { return None };
    let segs: Vec<String> = p.path.segments.iter().map(|s| s.ident.to_string()).collect();
    let is_timeout = matches!(
        segs.iter().map(String::as_str).collect::<Vec<_>>()[..],
        ["timeout"] | ["time", "timeout"] | ["tokio", "time", "timeout"]
    );
    (is_timeout && call.args.len() == 2).then(|| &call.args[1])
}

/// `let NAME = local_async_fn(args).await;` (or `tokio::spawn(local_async_fn(args)).await`,
/// with `?`, `.unwrap()`): the name, the fn, the awaited expression, and the await.
fn awaited_local_call<'e>(names: &Names, stmt: &'e Stmt) -> Option<(String, String, &'e Expr, crate::report::Pos)> {
    let (name, _, init) = simple_let(stmt)?;
    let Expr::Await(a) = unwrapped(init) else { return None };
    let (f, _) = match names.spawn_arg(strip(&a.base)) {
        Some(arg) if names.is_task_spawn(&a.base) => waiting_call(names, arg)?,
        Some(_) => return None,
        // `timeout(d, f(..)).await`: the wait is `f`'s, bounded.
        None => match timeout_arg(&a.base) {
            Some(inner) => waiting_call(names, inner)?,
            None => waiting_call(names, &a.base)?,
        },
    };
    Some((name, f, &a.base, pos(a.await_token.span)))
}

/// The futures a `let` creates without awaiting them: `let a = f(..);`, `let (a, b) = (f(..), g(..));`.
fn created_futures(names: &Names, stmt: &Stmt) -> Vec<(String, String)> {
    let Stmt::Local(local) = stmt else { return Vec::new() };
    let Some(init) = &local.init else { return Vec::new() };
    let mut out = Vec::new();
    match (&local.pat, strip(&init.expr)) {
        (syn::Pat::Tuple(pt), Expr::Tuple(t)) if pt.elems.len() == t.elems.len() => {
            for (p, e) in pt.elems.iter().zip(&t.elems) {
                if let (Some((n, _)), Some((f, _))) = (pat_ident(p), waiting_call(names, e)) {
                    out.push((n, f));
                }
            }
        }
        (p, e) => {
            if let (Some((n, _)), Some((f, _))) = (pat_ident(p), waiting_call(names, e)) {
                out.push((n, f));
            }
        }
    }
    out
}

/// The `NAME.await`s in a node, in order, that run unconditionally: not inside closures,
/// async blocks, `if`/`match` branches or loops.
fn plain_awaits<T: VisitNode + ?Sized>(node: &T) -> Vec<(String, crate::report::Pos)> {
    use crate::visit::{self, Visit};
    struct Find(Vec<(String, crate::report::Pos)>);
    impl<'ast> Visit<'ast> for Find {
        crate::visit::overrides!('ast: visit_expr_await, visit_expr_closure, visit_expr_async, visit_expr_if, visit_expr_match, visit_expr_for_loop, visit_expr_while, visit_expr_loop, visit_item, visit_macro);

        fn visit_expr_await(&mut self, a: &'ast syn::ExprAwait) {
            if let Some(n) = ident_of(&a.base) {
                self.0.push((n, pos(a.await_token.span)));
            }
            visit::visit_expr_await(self, a);
        }
        fn visit_expr_closure(&mut self, _: &'ast syn::ExprClosure) {}
        fn visit_expr_async(&mut self, _: &'ast syn::ExprAsync) {}
        fn visit_expr_if(&mut self, i: &'ast syn::ExprIf) {
            self.visit_expr(&i.cond);
        }
        fn visit_expr_match(&mut self, m: &'ast syn::ExprMatch) {
            self.visit_expr(&m.expr);
        }
        fn visit_expr_for_loop(&mut self, _: &'ast syn::ExprForLoop) {}
        fn visit_expr_while(&mut self, _: &'ast syn::ExprWhile) {}
        fn visit_expr_loop(&mut self, _: &'ast syn::ExprLoop) {}
        fn visit_item(&mut self, _: &'ast syn::Item) {}
        fn visit_macro(&mut self, mac: &'ast syn::Macro) {
            // `select!`/`join!` poll their futures together; `println!(.., x.await)` awaits in place.
            if !matches!(macro_name(mac).as_str(), "select" | "join" | "try_join") {
                for e in macro_exprs(mac).into_iter().flatten() {
                    self.visit_expr(&e);
                }
            }
        }
    }
    let mut f = Find(Vec::new());
    node.visit_with(&mut f);
    f.0
}

/// An iterator of not-yet-running work: `.map(|x| f(x))` of a waiting async fn (collected
/// or not: a future runs only when awaited), or `.map(|x| tokio::spawn(..))` not collected
/// (a lazy adapter spawns each task only when the loop asks for it). The fn's name.
fn lazy_work(names: &Names, e: &Expr) -> Option<String> {
    let links = chain(e);
    let collected = matches!(links[0], Expr::MethodCall(m) if m.method == "collect");
    links.iter().find_map(|link| {
        let Expr::MethodCall(m) = link else { return None };
        if m.method != "map" || m.args.len() != 1 {
            return None;
        }
        let Expr::Closure(c) = strip(&m.args[0]) else { return None };
        let mut body = strip(&c.body);
        if let Expr::Block(b) = body {
            match b.block.stmts.as_slice() {
                [Stmt::Expr(e, None)] => body = strip(e),
                _ => return None,
            }
        }
        if let Some((f, _)) = waiting_call(names, body) {
            return Some(format!("{f}(..)"));
        }
        let arg = names.spawn_arg(body)?;
        // An iterator's `map` is lazy; an array's (`[..].map(..)`) spawns every task at once.
        let iterator = links.iter().any(|l| match l {
            Expr::MethodCall(m) => matches!(m.method.to_string().as_str(), "iter" | "into_iter" | "iter_mut" | "drain"),
            Expr::Range(_) => true,
            _ => false,
        });
        if collected || !iterator || !names.is_task_spawn(body) {
            return None;
        }
        let waits =
            waiting_call(names, arg).is_some() || matches!(strip(arg), Expr::Async(a) if contains_await(&a.block));
        waits.then(|| "tokio::spawn(..)".to_string())
    })
}

/// The name of a `let NAME = <task spawn>;`.
fn spawned_handle(names: &Names, stmt: &Stmt) -> Option<String> {
    let (name, _, init) = simple_let(stmt)?;
    names.is_task_spawn(init).then_some(name)
}

/// `SET.spawn(..);` as a statement: the set's name.
fn joinset_spawn(names: &Names, stmt: &Stmt) -> Option<String> {
    let Stmt::Expr(e, _) = stmt else { return None };
    let Expr::MethodCall(m) = strip(e) else { return None };
    if m.method != "spawn" || !names.is_spawn(strip(e)) {
        return None;
    }
    ident_of(&m.receiver)
}

/// The first await (or awaiting macro) of `stmts`, if it is `NAME.await` / `NAME.join_next().await`.
fn next_wait_is(stmts: &[Stmt], name: &str, join_next: bool) -> Option<crate::report::Pos> {
    let (stmt, first) = stmts.iter().find_map(|s| first_await(s).map(|p| (s, p)))?;
    let mut hit = None;
    for_each_expr(stmt, &mut |e| {
        let Expr::Await(a) = e else { return };
        let base = strip(&a.base);
        let target = if join_next {
            match base {
                Expr::MethodCall(m) if m.method == "join_next" => ident_of(&m.receiver),
                _ => None,
            }
        } else {
            ident_of(base)
        };
        if target.as_deref() == Some(name) && pos(a.await_token.span) == first {
            hit = Some(first);
        }
    });
    hit
}

impl Sequential<'_> {
    fn push(&mut self, at: crate::report::Pos, message: String, help: &str) {
        self.out.push(diag("sequential_awaits_not_concurrent", at, message).help(help.to_string()));
    }

    /// Futures created first, then awaited one by one in the same block.
    fn created_then_awaited(&mut self, stmts: &[Stmt]) {
        for (i, stmt) in stmts.iter().enumerate() {
            let created = created_futures(self.names, stmt);
            if created.is_empty() {
                continue;
            }
            let mut pending: Vec<(String, String)> = created;
            for later in &stmts[i + 1..] {
                if let Stmt::Local(_) = later {
                    pending.extend(created_futures(self.names, later));
                }
            }
            let awaits = plain_awaits(&stmts[i + 1..]);
            let awaited: Vec<&(String, String)> =
                pending.iter().filter(|(n, _)| awaits.iter().any(|(a, _)| a == n)).collect();
            if awaited.len() >= 2 {
                let list: Vec<String> = awaited.iter().map(|(_, f)| format!("`{f}(..)`")).collect();
                self.push(
                    pos_of(stmt),
                    format!("the futures of {} are created first but awaited one by one: a future does nothing until it is awaited, so their waits add up", list.join(", ")),
                    "await them together with `tokio::join!(a, b)` (or spawn them as tasks first)",
                );
                return;
            }
        }
    }

    /// `for x in <lazy work> { x.await }`.
    fn loop_over_lazy_work(&mut self, f: &syn::ExprForLoop) {
        let mut bound = Vec::new();
        pat_bindings(&f.pat, &mut bound);
        let awaits = plain_awaits(&f.body);
        let Some((_, at)) = awaits.iter().find(|(n, _)| bound.contains(n)) else { return };
        let mut work = lazy_work(self.names, &f.expr);
        if work.is_none() {
            // `for x in NAME` / `NAME.into_iter().zip(..)`...: the local it iterates.
            for_each_expr(&*f.expr, &mut |e| {
                if work.is_none() {
                    if let Some(n) = ident_of(e) {
                        work = self.lets.get(&n).cloned();
                    }
                }
            });
        }
        if let Some(what) = work {
            self.push(
                *at,
                format!("each `{what}` starts only when this loop awaits it, so they run one after another"),
                "start them all first: spawn the tasks and `collect()` the handles before the loop, or await them together with `futures::future::join_all`",
            );
        }
    }

    /// In one loop pass: a task spawned, then awaited before anything else waits.
    fn spawn_then_await_in_pass(&mut self, body: &Block) {
        let stmts = &body.stmts;
        for (i, stmt) in stmts.iter().enumerate() {
            let (name, join_next) = match (spawned_handle(self.names, stmt), joinset_spawn(self.names, stmt)) {
                (Some(h), _) => (h, false),
                (None, Some(set)) => (set, true),
                _ => continue,
            };
            if let Some(at) = next_wait_is(&stmts[i + 1..], &name, join_next) {
                let what = if join_next { format!("`{name}.join_next()`") } else { format!("`{name}`") };
                self.push(
                    at,
                    format!("{what} is awaited in the same loop pass that spawned its task, so each task runs alone, one after another"),
                    "spawn every task in one loop, then await them in a second loop (or with `while let Some(r) = set.join_next().await`)",
                );
                return;
            }
        }
    }
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
        if !scope.in_async() {
            return;
        }
        match e {
            Expr::ForLoop(f) => {
                self.loop_over_lazy_work(f);
                self.spawn_then_await_in_pass(&f.body);
            }
            Expr::While(w) => self.spawn_then_await_in_pass(&w.body),
            Expr::Loop(l) => self.spawn_then_await_in_pass(&l.body),
            _ => {}
        }
    }

    fn block(&mut self, b: &Block, scope: &Scope) {
        if !scope.in_async() {
            return;
        }
        let stmts = &b.stmts;
        self.created_then_awaited(stmts);
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
            let independent = !mentions(call_b, &a);
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
