//! Channels: `channel_never_closes` (the original `Sender` outlives the
//! receive loop) and `unbounded_queue` (a loop sends into an unbounded
//! channel without ever waiting).

use crate::visit::{self, Visit};
use syn::{Block, Expr, Pat, Stmt};

use super::catalog::{diag, DiagExt};
use super::syntax::{
    contains_await, for_each_expr, ident_of, macro_exprs, mentions, pat_bindings, pat_ident, pos_of, strip, walk,
    Hooks, LocalKind, Names, Scope,
};
use crate::api;
use crate::report::Diagnostic;

pub(super) fn check(file: &syn::File, names: &Names, out: &mut Vec<Diagnostic>) {
    walk(file, names, &mut Channels { names, out, slow_receivers: slow_receivers(file) });
}

struct Channels<'a> {
    names: &'a Names,
    out: &'a mut Vec<Diagnostic>,
    /// Receivers of unbounded channels whose receive loop also waits on something else (a slow consumer).
    slow_receivers: Vec<String>,
}

impl Channels<'_> {
    /// The loop body sends into an unbounded channel whose consumer is slow.
    fn slow_consumer_of_sender_in(&self, body: &Block) -> bool {
        let mut slow = false;
        for_each_expr(body, &mut |x| {
            if let Expr::MethodCall(m) = x {
                if m.method == "send" {
                    if let Some(tx) = ident_of(&m.receiver) {
                        slow |=
                            self.names.unbounded_pairs.iter().any(|(t, r)| *t == tx && self.slow_receivers.contains(r));
                    }
                }
            }
        });
        slow
    }
}

/// `while let Some(..) = rx.recv().await { .. another .await .. }`: receivers with a slow consumer loop.
fn slow_receivers(file: &syn::File) -> Vec<String> {
    struct Find(Vec<String>);
    impl<'ast> Visit<'ast> for Find {
        crate::visit::overrides!('ast: visit_expr_while);

        fn visit_expr_while(&mut self, w: &'ast syn::ExprWhile) {
            if let Expr::Let(l) = &*w.cond {
                if let Expr::Await(a) = strip(&l.expr) {
                    if let Expr::MethodCall(m) = strip(&a.base) {
                        if m.method == "recv" && contains_await(&w.body) {
                            if let Some(rx) = ident_of(&m.receiver) {
                                self.0.push(rx);
                            }
                        }
                    }
                }
            }
            visit::visit_expr_while(self, w);
        }
    }
    let mut f = Find(Vec::new());
    f.visit_file(file);
    f.0
}

impl Hooks for Channels<'_> {
    fn block(&mut self, b: &Block, _scope: &Scope) {
        for (i, stmt) in b.stmts.iter().enumerate() {
            let Stmt::Local(local) = stmt else { continue };
            let (Pat::Tuple(t), Some(init)) = (&local.pat, &local.init) else { continue };
            let Expr::Call(c) = strip(&init.expr) else { continue };
            let Some(callee) = self.names.callee(c) else { continue };
            if !api::channel(&callee).is_some_and(|c| c.many) || t.elems.len() != 2 {
                continue;
            }
            let (Some((tx, tx_pos)), Some((rx, _))) = (pat_ident(&t.elems[0]), pat_ident(&t.elems[1])) else {
                continue;
            };
            let mut moved = false;
            for later in &b.stmts[i + 1..] {
                // `rx.close()` ends the loop once the queue is drained.
                let mut closes = false;
                for_each_expr(later, &mut |e| {
                    if let Expr::MethodCall(m) = e {
                        if m.method == "close" && ident_of(&m.receiver).as_deref() == Some(rx.as_str()) {
                            closes = true;
                        }
                    }
                });
                if closes {
                    break;
                }
                if let Some((loop_pos, timed)) = receive_loop(later, &rx) {
                    if !moved {
                        let ends = if timed { "only ends when the timeout gives up" } else { "never ends" };
                        self.out.push(
                            diag("channel_never_closes", loop_pos, format!("this loop waits until every `Sender` is dropped, but `{tx}` is still alive here, so it {ends}"))
                                .related(tx_pos, format!("`{tx}` created here and never dropped"))
                                .help(format!("`drop({tx});` before the loop (after handing out the clones)")),
                        );
                    }
                    break;
                }
                if let Stmt::Local(l) = later {
                    let mut bound = Vec::new();
                    pat_bindings(&l.pat, &mut bound);
                    if let Some(init) = &l.init {
                        // `let _ = tx;` binds nothing, so it does not move `tx`.
                        if ident_of(&init.expr).as_deref() == Some(tx.as_str()) && !matches!(l.pat, Pat::Wild(_)) {
                            moved = true;
                        }
                        moved |= moves(&init.expr, &tx);
                    }
                    if bound.contains(&tx) || bound.contains(&rx) {
                        // Shadowed: the original can no longer be moved or dropped.
                        if bound.contains(&rx) {
                            break;
                        }
                        continue;
                    }
                    continue;
                }
                moved |= moves_stmt(later, &tx);
            }
        }
    }

    fn expr(&mut self, e: &Expr, _scope: &Scope) {
        // A loop that sends into an unbounded channel and never awaits.
        let body = match e {
            Expr::ForLoop(f) => {
                // A short literal range is a handful of messages, not a fast producer.
                if let Expr::Range(r) = strip(&f.expr) {
                    if let Some(Expr::Lit(syn::ExprLit { lit: syn::Lit::Int(end), .. })) = r.end.as_deref().map(strip) {
                        if end.base10_parse::<u64>().is_ok_and(|n| n < 1000)
                            && !self.slow_consumer_of_sender_in(&f.body)
                        {
                            return;
                        }
                    }
                }
                &f.body
            }
            Expr::Loop(l) => &l.body,
            Expr::While(w) => &w.body,
            _ => return,
        };
        if contains_await(body) {
            return;
        }
        let mut at = None;
        for_each_expr(body, &mut |x| {
            if let Expr::MethodCall(m) = x {
                if m.method == "send" && at.is_none() {
                    if let Some(tx) = ident_of(&m.receiver) {
                        if self.names.kind(&tx) == Some(LocalKind::UnboundedSender) {
                            at = Some((tx, pos_of(x)));
                        }
                    }
                }
            }
        });
        if let Some((tx, p)) = at {
            self.out.push(
                diag("unbounded_queue", p, format!("this loop sends into the unbounded channel `{tx}` without ever waiting, so the queue can grow without limit"))
                    .help("use a bounded channel: `let (tx, rx) = mpsc::channel(32);` and `tx.send(v).await`"),
            );
        }
    }
}

/// `while let Some(..) = rx.recv().await`, `for v in rx`, `for v in rx.iter()`, `while let Ok(..) = rx.recv()`,
/// and `while let Ok(Some(..)) = timeout(d, rx.recv()).await` (then `true`: a timeout ends it).
fn receive_loop(stmt: &Stmt, rx: &str) -> Option<(crate::report::Pos, bool)> {
    let e = match stmt {
        Stmt::Expr(e, _) => e,
        _ => return None,
    };
    match e {
        Expr::While(w) => {
            let Expr::Let(l) = &*w.cond else { return None };
            let mut inner = strip(&l.expr);
            if let Expr::Await(a) = inner {
                inner = strip(&a.base);
            }
            let is_recv = |x: &Expr| matches!(strip(x), Expr::MethodCall(m) if m.method == "recv" && ident_of(&m.receiver).as_deref() == Some(rx));
            match inner {
                x if is_recv(x) => Some((pos_of(e), false)),
                Expr::Call(c)
                    if c.args.len() == 2
                        && is_recv(&c.args[1])
                        && matches!(strip(&c.func), Expr::Path(p) if p.path.segments.last().is_some_and(|s| s.ident == "timeout")) =>
                {
                    Some((pos_of(e), true))
                }
                _ => None,
            }
        }
        Expr::ForLoop(f) => match strip(&f.expr) {
            x if ident_of(x).as_deref() == Some(rx) => Some((pos_of(e), false)),
            Expr::MethodCall(m) if m.method == "iter" && ident_of(&m.receiver).as_deref() == Some(rx) => {
                Some((pos_of(e), false))
            }
            _ => None,
        },
        _ => None,
    }
}

fn moves_stmt(stmt: &Stmt, tx: &str) -> bool {
    match stmt {
        Stmt::Expr(e, _) => moves(e, tx),
        Stmt::Macro(m) => macro_exprs(&m.mac).into_iter().flatten().any(|e| moves(&e, tx)),
        _ => false,
    }
}

/// Does evaluating `e` move (or drop) the original `tx`? Shadowing `let`s
/// inside nested blocks hide it for the rest of their block.
fn moves(e: &Expr, tx: &str) -> bool {
    struct Moves<'t> {
        tx: &'t str,
        moved: bool,
    }
    impl<'ast> Visit<'ast> for Moves<'_> {
        crate::visit::overrides!('ast: visit_block, visit_expr, visit_macro);

        fn visit_block(&mut self, b: &'ast Block) {
            for s in &b.stmts {
                if let Stmt::Local(l) = s {
                    if let Some(init) = &l.init {
                        if ident_of(&init.expr).as_deref() == Some(self.tx) && !matches!(l.pat, Pat::Wild(_)) {
                            self.moved = true;
                        }
                        self.visit_expr(&init.expr);
                    }
                    let mut bound = Vec::new();
                    pat_bindings(&l.pat, &mut bound);
                    if bound.iter().any(|n| n == self.tx) {
                        return; // the rest of this block sees the shadow
                    }
                } else {
                    self.visit_stmt(s);
                }
            }
        }
        fn visit_expr(&mut self, e: &'ast Expr) {
            match e {
                Expr::Closure(c) if c.capture.is_some() => {
                    if mentions(&*c.body, self.tx) && !binds_first(&c.body, self.tx) {
                        self.moved = true;
                    }
                }
                Expr::Async(a) if a.capture.is_some() => {
                    if mentions(&a.block, self.tx) && !binds_first_block(&a.block, self.tx) {
                        self.moved = true;
                    }
                }
                _ => {
                    // `tx` given by value: an argument (`f(tx)`, `v.push(tx)`), or moved into a value
                    // (`Producer { tx, count: 5 }`, `(tx, 1)`, `[tx]`, `slot = tx`).
                    let operands: Vec<&Expr> = match e {
                        Expr::Call(c) => c.args.iter().collect(),
                        Expr::MethodCall(m) => m.args.iter().collect(),
                        Expr::Struct(st) => st.fields.iter().map(|f| &f.expr).collect(),
                        Expr::Tuple(t) => t.elems.iter().collect(),
                        Expr::Array(a) => a.elems.iter().collect(),
                        Expr::Assign(a) => vec![&*a.right],
                        _ => Vec::new(),
                    };
                    if operands.iter().any(|x| ident_of(x).as_deref() == Some(self.tx)) {
                        self.moved = true;
                    }
                    visit::visit_expr(self, e);
                }
            }
        }
        fn visit_macro(&mut self, mac: &'ast syn::Macro) {
            for e in macro_exprs(mac).into_iter().flatten() {
                self.visit_expr(&e);
            }
        }
    }
    let mut m = Moves { tx, moved: false };
    m.visit_expr(e);
    m.moved
}

/// The closure body is a block that rebinds `name` before using it.
fn binds_first(body: &Expr, name: &str) -> bool {
    match strip(body) {
        Expr::Block(b) => binds_first_block(&b.block, name),
        Expr::Async(a) => binds_first_block(&a.block, name),
        _ => false,
    }
}

fn binds_first_block(b: &Block, name: &str) -> bool {
    for s in &b.stmts {
        if let Stmt::Local(l) = s {
            let init_uses = l.init.as_ref().is_some_and(|i| mentions(&*i.expr, name));
            if init_uses {
                return false;
            }
            let mut bound = Vec::new();
            pat_bindings(&l.pat, &mut bound);
            if bound.iter().any(|n| n == name) {
                return true;
            }
        } else if mentions(s, name) {
            return false;
        }
    }
    false
}
