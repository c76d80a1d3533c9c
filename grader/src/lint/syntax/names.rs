//! [`Names`]: what the file defines and imports, enough to tell `sleep`
//! (tokio) from `sleep` (std), a call of a local `async fn` from a plain call,
//! and a `tokio::spawn` from a `thread::spawn`. Collected once per file, before
//! the lint families run.

use crate::vec_map::{VecMap, VecSet};

use crate::visit::{self, Visit};
use syn::Expr;

use super::locals::{tokio_async_method, Locals};
use super::{contains_await, has_runtime_attr, ident_of, macro_exprs, pos_of, strip, walk, Hooks, LocalKind, Scope};
use crate::api;
use crate::report::Pos;

/// Names the file defines or imports, enough to tell `sleep` (tokio) from
/// `sleep` (std) and a call of a local `async fn` from a plain call.
#[derive(Default, Debug)]
pub(crate) struct Names {
    /// Imported name (or alias) -> full path, from `use` items.
    pub aliases: VecMap<String, String>,
    /// Free `async fn` names.
    pub async_fns: VecSet<String>,
    /// Async method names of inherent/trait impls (not also defined as sync).
    pub async_methods: VecSet<String>,
    /// Names of sync fns and methods.
    pub sync_fns: VecSet<String>,
    /// Async fns whose future is passed to `tokio::spawn` (must be `Send`): name -> where the
    /// first such spawn is (rustc's primary position for a future that is not `Send`).
    pub spawned_fns: VecMap<String, Pos>,
    /// Async fns (free) whose body really waits (`.await`, `join!`, `select!`).
    pub waiting_fns: VecSet<String>,
    /// Sync fns the file calls from async code: they run on the runtime's thread.
    pub called_from_async: VecSet<String>,
    /// `(tx, rx)` of unbounded tokio channels.
    pub unbounded_pairs: Vec<(String, String)>,
    /// The file mentions `tokio::sync::Mutex` / `RwLock` (so `.lock().await`).
    pub uses_tokio_mutex: bool,
    /// What some `let`-bound locals hold (by name, file-wide: a simple aid, not scoping).
    pub locals: VecMap<String, LocalKind>,
    /// Locals pinned with `pin!(x)` / `tokio::pin!(x)` / `Box::pin(..)` / `pin!(..)`.
    pub pinned: VecSet<String>,
    /// Async fns that bind the result of an `.await` and then await again
    /// (so dropping them half-way loses what they received): name -> position of that first await.
    pub consume_then_await: VecMap<String, Pos>,
    /// Struct fields (by name) that hold a tracked tokio type, as [`Self::locals`] for locals.
    pub fields: VecMap<String, LocalKind>,
    /// Locals every binding of which holds the same tracked kind (see [`Self::locals`]).
    pub sure_kinds: VecMap<String, LocalKind>,
}

impl Names {
    pub fn collect(file: &syn::File) -> Names {
        let mut names = Names::default();
        let mut async_methods = VecSet::new();
        for item in &file.items {
            names.item(item, &mut async_methods);
        }
        for m in async_methods {
            if !names.sync_fns.contains(&m) {
                names.async_methods.insert(m);
            }
        }
        let mut spawned = SpawnedFns { names: &names, found: VecMap::new() };
        spawned.visit_file(file);
        let found = spawned.found;
        names.spawned_fns = found;
        let mut locals = Locals {
            names: &names,
            locals: VecMap::new(),
            pinned: VecSet::new(),
            consume: VecMap::new(),
            unbounded: Vec::new(),
            fields: VecMap::new(),
            bindings: VecMap::new(),
            kinded: VecMap::new(),
        };
        locals.visit_file(file);
        let fields: VecMap<String, LocalKind> =
            locals.fields.iter().filter_map(|(k, v)| Some((k.clone(), (*v)?))).collect();
        let sure = locals.sure();
        let (l, p, c, u) = (locals.locals, locals.pinned, locals.consume, locals.unbounded);
        names.fields = fields;
        names.sure_kinds = sure;
        names.locals = l;
        names.pinned = p;
        names.consume_then_await = c;
        names.unbounded_pairs = u;
        struct Calls<'n>(&'n Names, VecSet<String>);
        impl Hooks for Calls<'_> {
            fn expr(&mut self, e: &Expr, scope: &Scope) {
                if let Expr::Call(c) = e {
                    if let Expr::Path(p) = &*c.func {
                        if scope.in_async() && p.path.segments.len() == 1 {
                            let name = p.path.segments[0].ident.to_string();
                            if self.0.sync_fns.contains(&name) {
                                self.1.insert(name);
                            }
                        }
                    }
                }
            }
        }
        let mut calls = Calls(&names, VecSet::new());
        walk(file, &names, &mut calls);
        names.called_from_async = calls.1;
        names
    }

    pub fn kind(&self, name: &str) -> Option<LocalKind> {
        self.locals.get(name).copied()
    }

    /// A `tokio::spawn`/`spawn_local` call (an async task, not `spawn_blocking`).
    pub fn is_task_spawn(&self, e: &Expr) -> bool {
        let e = strip(e);
        self.is_join_handle_expr(e)
            && !matches!(e, Expr::Call(c) if matches!(self.callee(c).as_deref(), Some("tokio::task::spawn_blocking")))
    }

    /// Is this a `tokio::spawn(..)`-like call (any spawn returning a `JoinHandle`)?
    pub fn is_join_handle_expr(&self, e: &Expr) -> bool {
        let e = strip(e);
        (self.is_spawn(e) && !matches!(e, Expr::MethodCall(_)))
            || self.is_spawn_local(e) && matches!(e, Expr::Call(_))
            || matches!(e, Expr::Call(c) if matches!(self.callee(c).as_deref(), Some("tokio::task::spawn_blocking")))
    }

    fn item(&mut self, item: &syn::Item, async_methods: &mut VecSet<String>) {
        match item {
            syn::Item::Use(u) => self.use_tree(&u.tree, String::new()),
            syn::Item::Fn(f) => {
                let name = f.sig.ident.to_string();
                // `#[tokio::main] async fn` is a plain fn once the attribute expanded.
                if f.sig.asyncness.is_some() && !has_runtime_attr(&f.attrs) {
                    if contains_await(&*f.block) {
                        self.waiting_fns.insert(name.clone());
                    }
                    self.async_fns.insert(name);
                } else {
                    self.sync_fns.insert(name);
                }
            }
            syn::Item::Impl(imp) => {
                for it in &imp.items {
                    if let syn::ImplItem::Fn(f) = it {
                        let name = f.sig.ident.to_string();
                        if f.sig.asyncness.is_some() {
                            async_methods.insert(name);
                        } else {
                            self.sync_fns.insert(name);
                        }
                    }
                }
            }
            syn::Item::Trait(tr) => {
                for it in &tr.items {
                    if let syn::TraitItem::Fn(f) = it {
                        let name = f.sig.ident.to_string();
                        if f.sig.asyncness.is_some() {
                            async_methods.insert(name);
                        } else {
                            self.sync_fns.insert(name);
                        }
                    }
                }
            }
            syn::Item::Mod(m) => {
                if let Some((_, items)) = &m.content {
                    for it in items {
                        self.item(it, async_methods);
                    }
                }
            }
            _ => {}
        }
    }

    fn use_tree(&mut self, tree: &syn::UseTree, prefix: String) {
        let join = |p: &str, s: &str| if p.is_empty() { s.to_string() } else { format!("{p}::{s}") };
        match tree {
            syn::UseTree::Path(p) => self.use_tree(&p.tree, join(&prefix, &p.ident.to_string())),
            syn::UseTree::Name(n) => {
                let name = n.ident.to_string();
                if name == "self" {
                    if let Some(last) = prefix.rsplit("::").next() {
                        self.add_alias(last.to_string(), prefix.clone());
                    }
                } else {
                    self.add_alias(name.clone(), join(&prefix, &name));
                }
            }
            syn::UseTree::Rename(r) => {
                let full = if r.ident == "self" { prefix.clone() } else { join(&prefix, &r.ident.to_string()) };
                self.add_alias(r.rename.to_string(), full);
            }
            syn::UseTree::Glob(_) => {}
            syn::UseTree::Group(g) => {
                for t in &g.items {
                    self.use_tree(t, prefix.clone());
                }
            }
        }
    }

    fn add_alias(&mut self, name: String, full: String) {
        if full.starts_with("tokio::sync::Mutex") || full.starts_with("tokio::sync::RwLock") || full == "tokio::sync" {
            self.uses_tokio_mutex = true;
        }
        self.aliases.insert(name, full);
    }

    /// The path as written, with its first segment replaced by what `use` imported.
    pub fn resolve(&self, path: &syn::Path) -> String {
        let segments: Vec<String> = path.segments.iter().map(|s| s.ident.to_string()).collect();
        self.resolve_segments(&segments)
    }

    pub fn resolve_segments(&self, segments: &[String]) -> String {
        let mut segments = segments.to_vec();
        while matches!(segments.first().map(String::as_str), Some("crate" | "self")) && segments.len() > 1 {
            segments.remove(0);
        }
        if let Some(first) = segments.first() {
            if let Some(full) = self.aliases.get(first) {
                let mut out = full.clone();
                for s in &segments[1..] {
                    out.push_str("::");
                    out.push_str(s);
                }
                return out;
            }
        }
        segments.join("::")
    }

    /// The resolved path of a call's callee, if it is a plain path.
    pub fn callee(&self, call: &syn::ExprCall) -> Option<String> {
        match &*call.func {
            Expr::Path(p) => Some(self.resolve(&p.path)),
            _ => None,
        }
    }

    /// Name of the async fn this expression calls (without awaiting it).
    pub fn async_call(&self, expr: &Expr) -> Option<String> {
        match strip(expr) {
            Expr::Call(call) => {
                let Expr::Path(p) = &*call.func else { return None };
                let last = p.path.segments.last()?.ident.to_string();
                let full = self.resolve(&p.path);
                if p.path.segments.len() == 1 && self.async_fns.contains(&last) && !self.aliases.contains_key(&last) {
                    return Some(last);
                }
                if p.path.segments.len() >= 2
                    && self.async_methods.contains(&last)
                    && !full.starts_with("tokio::")
                    && !full.starts_with("std::")
                {
                    return Some(full);
                }
                if api::async_fn(&full) {
                    return Some(full);
                }
                None
            }
            Expr::MethodCall(m) => {
                let name = m.method.to_string();
                if let Some(recv) = ident_of(&m.receiver) {
                    if let Some(kind) = self.kind(&recv) {
                        if tokio_async_method(kind, &name) {
                            return Some(format!("{recv}.{name}"));
                        }
                    }
                }
                // `self.inbox.send(..)` with `inbox: mpsc::Sender<_>` declared in a struct.
                if let Expr::Field(f) = strip(&m.receiver) {
                    if let syn::Member::Named(field) = &f.member {
                        let field = field.to_string();
                        if let Some(&kind) = self.fields.get(&field) {
                            if tokio_async_method(kind, &name) {
                                return Some(format!("{field}.{name}"));
                            }
                        }
                    }
                }
                if self.async_methods.contains(&name) {
                    Some(name)
                } else {
                    None
                }
            }
            _ => None,
        }
    }

    /// `tokio::spawn(..)`-like call that requires a `Send + 'static` future.
    pub fn is_spawn(&self, expr: &Expr) -> bool {
        match expr {
            Expr::Call(call) => matches!(self.callee(call).as_deref(), Some("tokio::spawn" | "tokio::task::spawn")),
            Expr::MethodCall(m) => {
                m.method == "spawn"
                    && m.args.len() == 1
                    && !matches!(&*m.receiver, Expr::Path(p) if p.path.is_ident("thread"))
            }
            _ => false,
        }
    }

    /// `spawn_local`-like call: `'static` but not `Send`.
    pub fn is_spawn_local(&self, expr: &Expr) -> bool {
        match expr {
            Expr::Call(call) => matches!(self.callee(call).as_deref(), Some("tokio::task::spawn_local")),
            Expr::MethodCall(m) => m.method == "spawn_local" && m.args.len() == 1,
            _ => false,
        }
    }

    /// Where rustc reports that the future passed to the spawn call `spawn` is not `Send`: the
    /// call (its method's name for `set.spawn(..)`) when the future is an `async` block written
    /// there, else the future's expression (`tokio::spawn(worker())` points at `worker()`).
    pub fn spawn_site(&self, spawn: &Expr, arg: &Expr) -> Pos {
        match (strip(arg), spawn) {
            (Expr::Async(_), Expr::MethodCall(m)) => pos_of(&m.method),
            (Expr::Async(_), _) => pos_of(spawn),
            _ => pos_of(arg),
        }
    }

    /// The future argument of a spawn-like call.
    pub fn spawn_arg<'e>(&self, expr: &'e Expr) -> Option<&'e Expr> {
        if !(self.is_spawn(expr) || self.is_spawn_local(expr)) {
            return None;
        }
        match expr {
            Expr::Call(call) => call.args.first(),
            Expr::MethodCall(m) => m.args.first(),
            _ => None,
        }
    }
}

struct SpawnedFns<'n> {
    names: &'n Names,
    found: VecMap<String, Pos>,
}

impl<'ast> Visit<'ast> for SpawnedFns<'_> {
    crate::visit::overrides!('ast: visit_expr, visit_macro);

    fn visit_expr(&mut self, e: &'ast Expr) {
        if self.names.is_spawn(e) {
            if let Some(Expr::Call(call)) = self.names.spawn_arg(e).map(strip) {
                if let Expr::Path(p) = &*call.func {
                    if let Some(last) = p.path.segments.last() {
                        let name = last.ident.to_string();
                        if self.names.async_fns.contains(&name) || self.names.async_methods.contains(&name) {
                            self.found.entry(name).or_insert_with(|| pos_of(call));
                        }
                    }
                }
            }
        }
        visit::visit_expr(self, e);
    }

    fn visit_macro(&mut self, mac: &'ast syn::Macro) {
        for e in macro_exprs(mac).into_iter().flatten() {
            self.visit_expr(&e);
        }
    }
}
