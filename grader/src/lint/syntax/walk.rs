//! The walker: visits the whole file and calls each lint family's [`Hooks`]
//! with the [`Scope`] of every node (in which fn / closure / async block it
//! sits, whether that runs on the runtime's thread, whether it is spawned,
//! loop depth), looking inside the macros of [`super::macros`].

use crate::vec_map::VecSet;

use crate::visit::{self, Visit};
use syn::{Block, Expr};

use super::{macro_exprs, macro_name, parse_select, strip, Names, Select};
use crate::api;
use crate::report::Pos;

/// What an expression sits in.
#[derive(Debug, Clone)]
pub(crate) struct Frame {
    pub kind: FrameKind,
    pub is_async: bool,
    /// fn name, or `closure` / `async block`.
    pub name: String,
    /// The future must be `Send + 'static` (argument of `tokio::spawn`, or an async fn spawned by name).
    pub spawned: bool,
    /// Where the spawn that needs it `Send` is (rustc's primary position when it is not).
    pub spawn_at: Option<Pos>,
    pub loop_depth: u32,
    /// A sync fn that async code of the file calls (so it runs on the runtime's thread).
    pub called_from_async: bool,
    /// A closure known to run right here, on the caller's thread (an argument of
    /// an iterator / `Option` / `Result` adapter such as `map` or `for_each`).
    pub in_place: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum FrameKind {
    Fn,
    Closure,
    AsyncBlock,
}

#[derive(Default)]
pub(crate) struct Scope {
    pub frames: Vec<Frame>,
}

impl Scope {
    pub fn innermost(&self) -> Option<&Frame> {
        self.frames.last()
    }

    /// Inside an async fn/closure/block (the innermost frame).
    pub fn in_async(&self) -> bool {
        self.innermost().is_some_and(|f| f.is_async)
    }

    /// The code runs on a runtime thread: in async code, or in a sync fn that
    /// async code calls (through closures that run in place, like `map`'s).
    pub fn on_runtime_thread(&self) -> bool {
        for f in self.frames.iter().rev() {
            if f.is_async {
                return true;
            }
            match f.kind {
                // A closure passed elsewhere may run on another thread (`spawn_blocking`).
                FrameKind::Closure if !f.in_place => return false,
                FrameKind::Closure => continue,
                _ => return f.called_from_async,
            }
        }
        false
    }

    /// How to name where the code is, for messages.
    pub fn describe(&self) -> String {
        match (self.function(), self.innermost()) {
            (Some(f), Some(i)) if i.kind == FrameKind::Fn && f.is_async => format!("async fn `{}`", f.name),
            (Some(f), _) if !f.is_async && !self.in_async() => format!("fn `{}`, which async code calls", f.name),
            (Some(f), _) => format!("an async block in `{}`", f.name),
            _ => "async code".to_string(),
        }
    }

    /// The innermost future must be `Send` (it is part of a spawned future).
    pub fn in_spawned(&self) -> bool {
        self.spawn_site().is_some()
    }

    /// Where the spawn is that needs the innermost future `Send` (see [`Names::spawn_site`]).
    pub fn spawn_site(&self) -> Option<Pos> {
        for f in self.frames.iter().rev() {
            if !f.is_async {
                return None;
            }
            if f.spawned {
                return f.spawn_at;
            }
        }
        None
    }

    pub fn in_loop(&self) -> bool {
        self.innermost().is_some_and(|f| f.loop_depth > 0)
    }

    /// The enclosing fn frame (outermost frame).
    pub fn function(&self) -> Option<&Frame> {
        self.frames.iter().rev().find(|f| f.kind == FrameKind::Fn)
    }
}

/// Callbacks of the walker; every method has an empty default.
pub(crate) trait Hooks {
    fn expr(&mut self, _e: &Expr, _scope: &Scope) {}
    fn block(&mut self, _b: &Block, _scope: &Scope) {}
    fn select(&mut self, _sel: &Select, _mac: &syn::Macro, _scope: &Scope) {}
    fn fn_body(
        &mut self,
        _sig: &syn::Signature,
        _attrs: &[syn::Attribute],
        _body: &Block,
        _in_trait_impl: bool,
        _scope: &Scope,
    ) {
    }
}

pub(crate) fn has_runtime_attr(attrs: &[syn::Attribute]) -> bool {
    attrs.iter().any(|a| {
        let segs: Vec<String> = a.path().segments.iter().map(|s| s.ident.to_string()).collect();
        matches!(segs.last().map(String::as_str), Some("main" | "test")) && segs.len() >= 2
    })
}

/// Walk the whole file, calling `hooks` with the scope of every node.
/// `hooks` is a trait object, so the walker is compiled once for all the rule families.
pub(crate) fn walk(file: &syn::File, names: &Names, hooks: &mut dyn Hooks) {
    let mut w = Walker {
        names,
        hooks,
        scope: Scope::default(),
        pending_spawn: None,
        in_place_closures: VecSet::new(),
        in_trait_impl: false,
    };
    w.visit_file(file);
}

struct Walker<'n, 'h> {
    names: &'n Names,
    hooks: &'h mut dyn Hooks,
    scope: Scope,
    /// Address of the expression that is the future argument of a spawn call, whether it must be
    /// `Send`, and where rustc reports it when it is not.
    pending_spawn: Option<(usize, bool, Pos)>,
    /// Addresses of closures that run in place (arguments of `map`, `for_each`, ...).
    in_place_closures: VecSet<usize>,
    in_trait_impl: bool,
}

impl Walker<'_, '_> {
    fn fn_like(&mut self, sig: &syn::Signature, attrs: &[syn::Attribute], body: &Block) {
        let name = sig.ident.to_string();
        let spawn_at = self.names.spawned_fns.get(&name).copied();
        self.scope.frames.push(Frame {
            kind: FrameKind::Fn,
            is_async: sig.asyncness.is_some(),
            name,
            spawned: spawn_at.is_some(),
            spawn_at,
            loop_depth: 0,
            called_from_async: sig.asyncness.is_none() && self.names.called_from_async.contains(&sig.ident.to_string()),
            in_place: false,
        });
        self.hooks.fn_body(sig, attrs, body, self.in_trait_impl, &self.scope);
        self.visit_block(body);
        self.scope.frames.pop();
    }

    fn loop_body(&mut self, f: impl FnOnce(&mut Self)) {
        if let Some(fr) = self.scope.frames.last_mut() {
            fr.loop_depth += 1;
        }
        f(self);
        if let Some(fr) = self.scope.frames.last_mut() {
            fr.loop_depth -= 1;
        }
    }
}

impl<'ast> Visit<'ast> for Walker<'_, '_> {
    crate::visit::overrides!('ast: visit_item_fn, visit_item_impl, visit_impl_item_fn, visit_trait_item_fn, visit_block, visit_expr, visit_macro);

    fn visit_item_fn(&mut self, f: &'ast syn::ItemFn) {
        self.fn_like(&f.sig, &f.attrs, &f.block);
    }

    fn visit_item_impl(&mut self, imp: &'ast syn::ItemImpl) {
        let outer = self.in_trait_impl;
        self.in_trait_impl = imp.trait_.is_some();
        visit::visit_item_impl(self, imp);
        self.in_trait_impl = outer;
    }

    fn visit_impl_item_fn(&mut self, f: &'ast syn::ImplItemFn) {
        self.fn_like(&f.sig, &f.attrs, &f.block);
    }

    fn visit_trait_item_fn(&mut self, f: &'ast syn::TraitItemFn) {
        if let Some(body) = &f.default {
            let outer = self.in_trait_impl;
            self.in_trait_impl = true;
            self.fn_like(&f.sig, &f.attrs, body);
            self.in_trait_impl = outer;
        }
    }

    fn visit_block(&mut self, b: &'ast Block) {
        self.hooks.block(b, &self.scope);
        visit::visit_block(self, b);
    }

    fn visit_expr(&mut self, e: &'ast Expr) {
        self.hooks.expr(e, &self.scope);
        let address = e as *const Expr as usize;
        let (spawned, spawn_at) = match self.pending_spawn {
            Some((a, send, at)) if a == address => {
                self.pending_spawn = None;
                (Some(send), Some(at))
            }
            _ => (None, None),
        };
        match e {
            Expr::Closure(c) => {
                self.scope.frames.push(Frame {
                    kind: FrameKind::Closure,
                    is_async: c.asyncness.is_some(),
                    name: "closure".into(),
                    spawned: spawned == Some(true),
                    spawn_at: spawn_at.filter(|_| spawned == Some(true)),
                    loop_depth: 0,
                    called_from_async: false,
                    in_place: self.in_place_closures.contains(&address),
                });
                visit::visit_expr_closure(self, c);
                self.scope.frames.pop();
            }
            Expr::Async(a) => {
                self.scope.frames.push(Frame {
                    kind: FrameKind::AsyncBlock,
                    is_async: true,
                    name: "async block".into(),
                    spawned: spawned == Some(true),
                    spawn_at: spawn_at.filter(|_| spawned == Some(true)),
                    loop_depth: 0,
                    called_from_async: false,
                    in_place: false,
                });
                self.visit_block(&a.block);
                self.scope.frames.pop();
            }
            Expr::Call(_) | Expr::MethodCall(_) => {
                if let Expr::MethodCall(m) = e {
                    if api::runs_closure_in_place(&m.method.to_string()) {
                        for arg in &m.args {
                            self.in_place_closures.insert(strip(arg) as *const Expr as usize);
                        }
                    }
                }
                if let Some(arg) = self.names.spawn_arg(e) {
                    let at = self.names.spawn_site(e, arg);
                    let arg = strip(arg);
                    self.pending_spawn = Some((arg as *const Expr as usize, self.names.is_spawn(e), at));
                }
                visit::visit_expr(self, e);
            }
            Expr::Loop(l) => {
                self.loop_body(|w| w.visit_block(&l.body));
            }
            Expr::While(wh) => {
                self.visit_expr(&wh.cond);
                self.loop_body(|w| w.visit_block(&wh.body));
            }
            Expr::ForLoop(fl) => {
                self.visit_expr(&fl.expr);
                self.loop_body(|w| w.visit_block(&fl.body));
            }
            Expr::Paren(p) => {
                if let (Some(send), Some(at)) = (spawned, spawn_at) {
                    self.pending_spawn = Some((strip(&p.expr) as *const Expr as usize, send, at));
                }
                visit::visit_expr(self, e);
            }
            _ => visit::visit_expr(self, e),
        }
    }

    fn visit_macro(&mut self, mac: &'ast syn::Macro) {
        if macro_name(mac) == "select" {
            if let Some(sel) = parse_select(mac) {
                self.hooks.select(&sel, mac, &self.scope);
                for b in &sel.branches {
                    self.visit_expr(&b.fut);
                    if let Some(p) = &b.cond {
                        self.visit_expr(p);
                    }
                    self.visit_expr(&b.handler);
                }
                if let Some(e) = &sel.els {
                    self.visit_expr(e);
                }
            }
            return;
        }
        if let Some(exprs) = macro_exprs(mac) {
            for e in &exprs {
                self.visit_expr(e);
            }
        }
    }
}
