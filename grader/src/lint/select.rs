//! `tokio::select!`: `select_unpinned_ref`, `poll_after_completion`,
//! `select_cancel_unsafe_branch`. (`select_timer_reset_in_loop` and
//! `select_all_disabled` need the run: dynamic detectors.)

use syn::Expr;

use super::catalog::{diag, DiagExt};
use super::syntax::{for_each_expr, ident_of, pos_of, strip, walk, Hooks, LocalKind, Names, Scope, Select};
use crate::api;
use crate::report::Diagnostic;

pub(super) fn check(file: &syn::File, names: &Names, out: &mut Vec<Diagnostic>) {
    walk(file, names, &mut Selects { names, out });
}

struct Selects<'a> {
    names: &'a Names,
    out: &'a mut Vec<Diagnostic>,
}

impl Selects<'_> {
    /// `loop { select! { v = &mut fut => { ..; break } .. } }` then `(&mut fut).await`: the only
    /// way out of the loop is `fut`'s branch, so `fut` has completed and the await polls it again.
    fn awaited_after_its_branch(&mut self, stmts: &[syn::Stmt]) {
        for (i, stmt) in stmts.iter().enumerate() {
            let body = match stmt {
                syn::Stmt::Expr(Expr::Loop(l), _) => &l.body,
                _ => continue,
            };
            let mut done = None;
            for s in &body.stmts {
                let mac = match s {
                    syn::Stmt::Macro(m) => &m.mac,
                    syn::Stmt::Expr(Expr::Macro(m), _) => &m.mac,
                    _ => continue,
                };
                if super::syntax::macro_name(mac) != "select" {
                    continue;
                }
                let Some(sel) = super::syntax::parse_select(mac) else { continue };
                let exiting: Vec<_> = sel.branches.iter().filter(|b| exits(&b.handler)).collect();
                if let [only] = exiting[..] {
                    if let Expr::Reference(r) = strip(&only.fut) {
                        if let Some(name) = ident_of(&r.expr).filter(|_| r.mutability.is_some()) {
                            if self.names.kind(&name) == Some(LocalKind::AsyncFuture) && only.cond.is_none() {
                                done = Some(name);
                            }
                        }
                    }
                }
            }
            // Other ways out of the loop (`break` outside the `select!`) leave `fut` unfinished.
            let other_exit = body.stmts.iter().any(|s| {
                !matches!(s, syn::Stmt::Macro(_) | syn::Stmt::Expr(Expr::Macro(_), _)) && {
                    let mut e = false;
                    super::syntax::for_each_expr(s, &mut |x| e |= matches!(x, Expr::Break(_)));
                    e
                }
            });
            let Some(name) = done.filter(|_| !other_exit) else { continue };
            for later in &stmts[i + 1..] {
                let mut at = None;
                super::syntax::for_each_expr(later, &mut |x| {
                    if let Expr::Await(a) = x {
                        let base = match strip(&a.base) {
                            Expr::Reference(r) => strip(&r.expr),
                            Expr::MethodCall(m) if m.method == "as_mut" => strip(&m.receiver),
                            other => other,
                        };
                        if at.is_none() && ident_of(base).as_deref() == Some(name.as_str()) {
                            at = Some(pos_of(x));
                        }
                    }
                });
                if let Some(at) = at {
                    self.out.push(
                        diag("poll_after_completion", at, format!("`{name}` already completed in the `select!` above (its branch is the only way out of the loop), so awaiting it again panics"))
                            .help(format!("keep the output its branch received (`let files = loop {{ select! {{ v = &mut {name} => break v, .. }} }};`) instead of awaiting `{name}` again")),
                    );
                    break;
                }
            }
        }
    }
}

impl Hooks for Selects<'_> {
    fn block(&mut self, b: &syn::Block, _scope: &Scope) {
        self.awaited_after_its_branch(&b.stmts);
    }

    fn select(&mut self, sel: &Select, _mac: &syn::Macro, scope: &Scope) {
        for branch in &sel.branches {
            let fut = strip(&branch.fut);
            // `&mut fut`
            if let Expr::Reference(r) = fut {
                if r.mutability.is_some() {
                    if let Some(name) = ident_of(&r.expr) {
                        let kind = self.names.kind(&name);
                        let needs_pin = matches!(kind, Some(LocalKind::AsyncFuture | LocalKind::Sleep));
                        let pinned = self.names.pinned.contains(&name);
                        if needs_pin && !pinned {
                            self.out.push(
                                diag("select_unpinned_ref", pos_of(fut), format!("`{name}` cannot be unpinned, so `&mut {name}` is not a future `select!` can poll"))
                                    .help(format!("pin it before the loop: `tokio::pin!({name});`")),
                            );
                        } else if pinned
                            && kind == Some(LocalKind::AsyncFuture)
                            && scope.in_loop()
                            && branch.cond.is_none()
                            && !exits(&branch.handler)
                        {
                            self.out.push(
                                diag("poll_after_completion", pos_of(fut), format!("after `{name}` completes, the next loop iteration polls it again, which panics"))
                                    .help(format!("disable the branch once done: `_ = &mut {name}, if !done => {{ done = true; .. }}`, or `break` in its handler")),
                            );
                        }
                    }
                }
                continue;
            }
            if !scope.in_loop() {
                continue;
            }
            match fut {
                // `pair = async { let a = rx.recv().await?; let b = rx.recv().await?; .. }`
                Expr::Async(a) if super::syntax::consumes_then_awaits(&a.block.stmts).is_some() => {
                    let consumed_at = super::syntax::consumes_then_awaits(&a.block.stmts).unwrap_or_default();
                    self.out.push(
                        diag("select_cancel_unsafe_branch", pos_of(fut), "this async block is not cancellation safe: if another branch wins after it received a value, that value is lost")
                            .related(consumed_at, "the value is received here, then the block awaits again")
                            .help("select on the receiving operation itself and keep what it received across iterations (or keep one future alive across iterations with `tokio::pin!`)"),
                    );
                }
                Expr::MethodCall(m) if !api::cancel_safe(&m.method.to_string()) => {
                    self.out.push(
                        diag("select_cancel_unsafe_branch", pos_of(fut), format!("`{}` is not cancellation safe: when another branch wins, the bytes it already read are lost", m.method))
                            .help("create the future once outside the loop and select on `&mut fut`, or read with a cancellation-safe method such as `read`"),
                    );
                }
                _ => {
                    let name = match fut {
                        Expr::Call(c) => match &*c.func {
                            Expr::Path(p) => p.path.segments.last().map(|s| s.ident.to_string()),
                            _ => None,
                        },
                        Expr::MethodCall(m) => Some(m.method.to_string()),
                        _ => None,
                    };
                    if let Some(name) = name {
                        if let Some(&consumed_at) = self.names.consume_then_await.get(&name) {
                            if self.names.async_fns.contains(&name) || self.names.async_methods.contains(&name) {
                                self.out.push(
                                    diag("select_cancel_unsafe_branch", pos_of(fut), format!("`{name}(..)` is not cancellation safe: if another branch wins after it received a value, that value is lost"))
                                        .related(consumed_at, "the value is received here, then the fn awaits again")
                                        .help(format!("select on the receiving operation itself, and process the value in the branch handler (or keep one `{name}` future alive across iterations with `tokio::pin!`)")),
                                );
                            }
                        }
                    }
                }
            }
        }
    }
}

/// The handler leaves the loop (`break`, `return`, `?`).
fn exits(handler: &Expr) -> bool {
    let mut exits = false;
    for_each_expr(handler, &mut |e| {
        if matches!(e, Expr::Break(_) | Expr::Return(_) | Expr::Try(_)) {
            exits = true;
        }
    });
    exits
}

/// The lines of every `select!` branch future whose timer is meant per pass, not as a deadline
/// for a whole loop: the `select!` is outside any loop of its fn (the repetition comes from
/// calls, each with its own timeout), or the branch's handler does not always leave the loop
/// (an attempt that timed out goes on to the next attempt; an idle timer is reset by every item).
/// `select_timer_reset_in_loop` (a dynamic finding on the line where the `sleep` was made) is
/// only the mistake when the timer's branch ends the loop: a deadline that keeps moving.
pub(super) fn per_pass_branches(file: &syn::File, names: &Names) -> Vec<(u32, u32)> {
    let mut hooks = PerPass { lines: Vec::new() };
    walk(file, names, &mut hooks);
    hooks.lines
}

struct PerPass {
    lines: Vec<(u32, u32)>,
}

impl Hooks for PerPass {
    fn select(&mut self, sel: &Select, _mac: &syn::Macro, scope: &Scope) {
        for branch in &sel.branches {
            if !scope.in_loop() || !always_leaves(&branch.handler) {
                let span = crate::span::Last::span(&branch.fut);
                self.lines.push((span.start().line as u32, span.end().line as u32));
            }
        }
    }
}

/// The handler leaves the loop on every path (`break`, `return`, or a block, `if`/`else` or
/// `match` whose every way out does).
fn always_leaves(handler: &Expr) -> bool {
    match handler {
        Expr::Break(_) | Expr::Return(_) => true,
        Expr::Paren(p) => always_leaves(&p.expr),
        Expr::Block(b) => block_leaves(&b.block),
        Expr::If(i) => block_leaves(&i.then_branch) && i.else_branch.as_ref().is_some_and(|(_, e)| always_leaves(e)),
        Expr::Match(m) => !m.arms.is_empty() && m.arms.iter().all(|a| always_leaves(&a.body)),
        _ => false,
    }
}

fn block_leaves(block: &syn::Block) -> bool {
    block.stmts.iter().any(|s| match s {
        syn::Stmt::Expr(e, _) => always_leaves(e),
        _ => false,
    })
}
