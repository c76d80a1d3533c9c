//! Shared machinery of the syntax lints (rustc's early lint pass):
//! a tiny name-resolution aid ([`Names`]), a walker that knows in which
//! function / closure / async block every expression sits ([`Scope`]) and
//! looks inside the macros that matter (`println!`, `join!`, `select!`, ...),
//! and small helpers on syn expressions.

use std::collections::{HashMap, HashSet};

use proc_macro2::Span;
use syn::punctuated::Punctuated;
use syn::spanned::Spanned;
use syn::visit::{self, Visit};
use syn::{Block, Expr, Pat, Stmt, Token};

use crate::api;
pub(crate) use crate::macro_body::Select;
use crate::macro_body::{self, Grammar};
use crate::report::Pos;

pub(crate) fn pos(span: Span) -> Pos {
    let start = span.start();
    Pos { line: start.line as u32, column: start.column as u32 + 1 }
}

pub(crate) fn pos_of<T: Spanned>(node: &T) -> Pos {
    pos(node.span())
}

/// Names the file defines or imports, enough to tell `sleep` (tokio) from
/// `sleep` (std) and a call of a local `async fn` from a plain call.
#[derive(Default, Debug)]
pub(crate) struct Names {
    /// Imported name (or alias) -> full path, from `use` items.
    pub aliases: HashMap<String, String>,
    /// Free `async fn` names.
    pub async_fns: HashSet<String>,
    /// Async method names of inherent/trait impls (not also defined as sync).
    pub async_methods: HashSet<String>,
    /// Names of sync fns and methods.
    pub sync_fns: HashSet<String>,
    /// Async fns whose future is passed to `tokio::spawn` (must be `Send`).
    pub spawned_fns: HashSet<String>,
    /// Async fns (free) whose body really waits (`.await`, `join!`, `select!`).
    pub waiting_fns: HashSet<String>,
    /// Sync fns the file calls from async code: they run on the runtime's thread.
    pub called_from_async: HashSet<String>,
    /// `(tx, rx)` of unbounded tokio channels.
    pub unbounded_pairs: Vec<(String, String)>,
    /// The file mentions `tokio::sync::Mutex` / `RwLock` (so `.lock().await`).
    pub uses_tokio_mutex: bool,
    /// What some `let`-bound locals hold (by name, file-wide: a simple aid, not scoping).
    pub locals: HashMap<String, LocalKind>,
    /// Locals pinned with `pin!(x)` / `tokio::pin!(x)` / `Box::pin(..)` / `pin!(..)`.
    pub pinned: HashSet<String>,
    /// Async fns that bind the result of an `.await` and then await again
    /// (so dropping them half-way loses what they received): name -> position of that first await.
    pub consume_then_await: HashMap<String, Pos>,
}

/// What a local holds, judged from its initializer.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum LocalKind {
    JoinHandle,
    /// A `Vec` that `JoinHandle`s are pushed into.
    HandleVec,
    Rc,
    /// `std::sync::mpsc::Receiver` (blocking `recv`).
    StdReceiver,
    OneshotSender,
    /// A future from an async fn call or an async block (not `Unpin`).
    AsyncFuture,
    /// `tokio::time::sleep(..)` (not `Unpin`, but fine to poll after completion).
    Sleep,
    /// Sender of an unbounded tokio channel.
    UnboundedSender,
    /// `tokio::sync::mpsc::Sender` (async `send`).
    TokioSender,
    /// `tokio::sync::mpsc::Receiver` / `UnboundedReceiver` (async `recv`).
    TokioReceiver,
    /// `tokio::sync::Mutex` (async `lock`), possibly in an `Arc`.
    TokioMutex,
}

/// The kind of a local holding a value of this type (a channel's end), if the lints track it.
fn kind_of_type(ty: &str) -> Option<LocalKind> {
    match ty {
        "std::sync::mpsc::Receiver" => Some(LocalKind::StdReceiver),
        "tokio::sync::oneshot::Sender" => Some(LocalKind::OneshotSender),
        "tokio::sync::mpsc::Sender" => Some(LocalKind::TokioSender),
        "tokio::sync::mpsc::Receiver" | "tokio::sync::mpsc::UnboundedReceiver" => Some(LocalKind::TokioReceiver),
        "tokio::sync::mpsc::UnboundedSender" => Some(LocalKind::UnboundedSender),
        _ => None,
    }
}

/// Async methods of the tokio types the lints track (facts: [`crate::api`]).
fn tokio_async_method(kind: LocalKind, method: &str) -> bool {
    let ty = match kind {
        LocalKind::TokioSender => "tokio::sync::mpsc::Sender",
        LocalKind::TokioReceiver => "tokio::sync::mpsc::Receiver",
        LocalKind::TokioMutex => "tokio::sync::Mutex",
        _ => return false,
    };
    api::async_method(ty, method)
}

impl Names {
    pub fn collect(file: &syn::File) -> Names {
        let mut names = Names::default();
        let mut async_methods = HashSet::new();
        for item in &file.items {
            names.item(item, &mut async_methods);
        }
        for m in async_methods {
            if !names.sync_fns.contains(&m) {
                names.async_methods.insert(m);
            }
        }
        let mut spawned = SpawnedFns { names: &names, found: HashSet::new() };
        spawned.visit_file(file);
        let found = spawned.found;
        names.spawned_fns = found;
        let mut locals = Locals {
            names: &names,
            locals: HashMap::new(),
            pinned: HashSet::new(),
            consume: HashMap::new(),
            unbounded: Vec::new(),
        };
        locals.visit_file(file);
        let (l, p, c, u) = (locals.locals, locals.pinned, locals.consume, locals.unbounded);
        names.locals = l;
        names.pinned = p;
        names.consume_then_await = c;
        names.unbounded_pairs = u;
        struct Calls<'n>(&'n Names, HashSet<String>);
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
        let mut calls = Calls(&names, HashSet::new());
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

    fn item(&mut self, item: &syn::Item, async_methods: &mut HashSet<String>) {
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

struct Locals<'n> {
    names: &'n Names,
    locals: HashMap<String, LocalKind>,
    pinned: HashSet<String>,
    consume: HashMap<String, Pos>,
    unbounded: Vec<(String, String)>,
}

impl Locals<'_> {
    fn init_kind(&self, init: &Expr) -> Option<LocalKind> {
        let names = self.names;
        let init = strip(init);
        if names.is_join_handle_expr(init) {
            return Some(LocalKind::JoinHandle);
        }
        if let Expr::Async(_) = init {
            return Some(LocalKind::AsyncFuture);
        }
        if let Some(f) = names.async_call(init) {
            return Some(if f.starts_with("tokio::time::sleep") { LocalKind::Sleep } else { LocalKind::AsyncFuture });
        }
        if let Expr::Call(c) = init {
            let callee = names.callee(c).unwrap_or_default();
            if callee == "std::rc::Rc::new"
                || callee == "std::rc::Rc::clone"
                || callee == "Rc::new"
                || callee == "Rc::clone"
            {
                return Some(LocalKind::Rc);
            }
            if callee == "tokio::sync::Mutex::new" {
                return Some(LocalKind::TokioMutex);
            }
            // `Arc::new(tokio Mutex)`, `Arc::clone(&m)`: the kind of what is shared.
            if callee.ends_with("Arc::new") || callee.ends_with("Arc::clone") {
                if let Some(arg) = c.args.first() {
                    let arg = match strip(arg) {
                        Expr::Reference(r) => &*r.expr,
                        other => other,
                    };
                    if let Some(root) = ident_of(arg) {
                        return self.locals.get(&root).copied().filter(|k| !matches!(k, LocalKind::Rc));
                    }
                    return self.init_kind(arg).filter(|k| *k == LocalKind::TokioMutex);
                }
            }
        }
        if let Expr::MethodCall(m) = init {
            if let Some(root) = ident_of(&m.receiver) {
                if let Some(kind) = self.locals.get(&root).copied() {
                    if m.method == "clone" && kind != LocalKind::JoinHandle {
                        return Some(kind);
                    }
                    if tokio_async_method(kind, &m.method.to_string()) {
                        return Some(LocalKind::AsyncFuture);
                    }
                }
            }
        }
        None
    }
}

impl<'ast> Visit<'ast> for Locals<'_> {
    fn visit_local(&mut self, local: &'ast syn::Local) {
        if let Some(init) = &local.init {
            let expr = strip(&init.expr);
            if let Some((name, _)) = pat_ident(&local.pat) {
                if let Some(kind) = self.init_kind(expr) {
                    self.locals.insert(name.clone(), kind);
                }
                let is_pin = match expr {
                    Expr::Call(c) => self.names.callee(c).is_some_and(|p| p.ends_with("Box::pin")),
                    Expr::Macro(m) => macro_name(&m.mac) == "pin",
                    _ => false,
                };
                if is_pin {
                    self.pinned.insert(name);
                }
            } else if let (Pat::Tuple(t), Expr::Call(c)) = (&local.pat, expr) {
                let callee = self.names.callee(c).unwrap_or_default();
                let elems: Vec<Option<String>> = t.elems.iter().map(|p| pat_ident(p).map(|(n, _)| n)).collect();
                if let (Some(channel), 2) = (api::channel(&callee), elems.len()) {
                    let (tx, rx) = (elems[0].clone(), elems[1].clone());
                    let (tx_kind, rx_kind) = (kind_of_type(channel.sender), kind_of_type(channel.receiver));
                    if let (Some(tx), Some(kind)) = (&tx, tx_kind) {
                        self.locals.insert(tx.clone(), kind);
                    }
                    if let (Some(rx), Some(kind)) = (&rx, rx_kind) {
                        self.locals.insert(rx.clone(), kind);
                    }
                    if let (Some(tx), Some(rx), Some(LocalKind::UnboundedSender)) = (tx, rx, tx_kind) {
                        self.unbounded.push((tx, rx));
                    }
                }
            }
        }
        visit::visit_local(self, local);
    }

    fn visit_expr_method_call(&mut self, m: &'ast syn::ExprMethodCall) {
        if m.method == "push" && m.args.len() == 1 && self.names.is_join_handle_expr(&m.args[0]) {
            if let Some(v) = ident_of(&m.receiver) {
                self.locals.insert(v, LocalKind::HandleVec);
            }
        }
        visit::visit_expr_method_call(self, m);
    }

    fn visit_expr_for_loop(&mut self, f: &'ast syn::ExprForLoop) {
        if let (Some((var, _)), Some(coll)) = (pat_ident(&f.pat), ident_of(&f.expr)) {
            if self.locals.get(&coll) == Some(&LocalKind::HandleVec) {
                self.locals.insert(var, LocalKind::JoinHandle);
            }
        }
        visit::visit_expr_for_loop(self, f);
    }

    fn visit_item_fn(&mut self, f: &'ast syn::ItemFn) {
        if f.sig.asyncness.is_some() {
            if let Some(p) = consumes_then_awaits(&f.block.stmts) {
                self.consume.insert(f.sig.ident.to_string(), p);
            }
        }
        visit::visit_item_fn(self, f);
    }

    fn visit_impl_item_fn(&mut self, f: &'ast syn::ImplItemFn) {
        if f.sig.asyncness.is_some() {
            if let Some(p) = consumes_then_awaits(&f.block.stmts) {
                self.consume.insert(f.sig.ident.to_string(), p);
            }
        }
        visit::visit_impl_item_fn(self, f);
    }

    fn visit_macro(&mut self, mac: &'ast syn::Macro) {
        if macro_name(mac) == "pin" {
            if let Ok(args) = mac.parse_body_with(Punctuated::<Expr, Token![,]>::parse_terminated) {
                for a in args {
                    if let Some(n) = ident_of(&a) {
                        self.pinned.insert(n);
                    }
                }
            }
            return;
        }
        for e in macro_exprs(mac).into_iter().flatten() {
            self.visit_expr(&e);
        }
    }
}

/// A `let x = ...await...;` followed by another statement with an `.await`:
/// the position of the first await.
fn consumes_then_awaits(stmts: &[Stmt]) -> Option<Pos> {
    for (i, stmt) in stmts.iter().enumerate() {
        if let Stmt::Local(l) = stmt {
            if let Some(init) = &l.init {
                if let Some(p) = first_await(&*init.expr) {
                    if stmts[i + 1..].iter().any(contains_await) {
                        return Some(p);
                    }
                }
            }
        }
    }
    None
}

struct SpawnedFns<'n> {
    names: &'n Names,
    found: HashSet<String>,
}

impl<'ast> Visit<'ast> for SpawnedFns<'_> {
    fn visit_expr(&mut self, e: &'ast Expr) {
        if self.names.is_spawn(e) {
            if let Some(Expr::Call(call)) = self.names.spawn_arg(e).map(strip) {
                if let Expr::Path(p) = &*call.func {
                    if let Some(last) = p.path.segments.last() {
                        let name = last.ident.to_string();
                        if self.names.async_fns.contains(&name) || self.names.async_methods.contains(&name) {
                            self.found.insert(name);
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

/// Remove parentheses and groups around an expression.
pub(crate) fn strip(expr: &Expr) -> &Expr {
    match expr {
        Expr::Paren(p) => strip(&p.expr),
        Expr::Group(g) => strip(&g.expr),
        _ => expr,
    }
}

/// The single identifier a path expression names (`x`), if it is one.
pub(crate) fn ident_of(expr: &Expr) -> Option<String> {
    match strip(expr) {
        Expr::Path(p) if p.qself.is_none() && p.path.segments.len() == 1 => Some(p.path.segments[0].ident.to_string()),
        _ => None,
    }
}

/// The identifier bound by a simple pattern (`x`, `mut x`, `x: T`).
pub(crate) fn pat_ident(pat: &Pat) -> Option<(String, Pos)> {
    match pat {
        Pat::Ident(i) if i.subpat.is_none() => Some((i.ident.to_string(), pos_of(&i.ident))),
        Pat::Type(t) => pat_ident(&t.pat),
        _ => None,
    }
}

/// Every identifier a pattern binds.
pub(crate) fn pat_bindings(pat: &Pat, out: &mut Vec<String>) {
    struct Bindings<'o>(&'o mut Vec<String>);
    impl<'ast> Visit<'ast> for Bindings<'_> {
        fn visit_pat_ident(&mut self, i: &'ast syn::PatIdent) {
            self.0.push(i.ident.to_string());
            visit::visit_pat_ident(self, i);
        }
    }
    Bindings(out).visit_pat(pat);
}

/// Names of format-like macros whose arguments are expressions.
const EXPR_MACROS: &[&str] = &[
    "println",
    "print",
    "eprintln",
    "eprint",
    "format",
    "write",
    "writeln",
    "panic",
    "assert",
    "assert_eq",
    "assert_ne",
    "debug_assert",
    "debug_assert_eq",
    "debug_assert_ne",
    "vec",
    "dbg",
    "todo",
    "unimplemented",
    "unreachable",
    "join",
    "try_join",
    "format_args",
    "matches",
];

/// Macros whose body holds no code worth looking at.
const INERT_MACROS: &[&str] = &["pin", "include_str", "concat", "stringify", "env", "line", "file", "column"];

pub(crate) fn macro_name(mac: &syn::Macro) -> String {
    mac.path.segments.last().map(|s| s.ident.to_string()).unwrap_or_default()
}

/// Is this a macro the lints understand (so its body is not hidden code)?
pub(crate) fn is_known_macro(mac: &syn::Macro) -> bool {
    let name = macro_name(mac);
    EXPR_MACROS.contains(&name.as_str()) || INERT_MACROS.contains(&name.as_str()) || name == "select"
}

/// The expressions inside a format-like macro (inline `{name}` captures of the
/// format string become path expressions at the string's position), or the
/// parts of a `select!`. `None` for macros the lints do not understand.
pub(crate) fn macro_exprs(mac: &syn::Macro) -> Option<Vec<Expr>> {
    let name = macro_name(mac);
    if name == "select" {
        let sel = parse_select(mac)?;
        let mut out = Vec::new();
        for b in sel.branches {
            out.push(b.fut);
            out.extend(b.cond);
            out.push(b.handler);
        }
        out.extend(sel.els);
        return Some(out);
    }
    if name == "matches" {
        return mac
            .parse_body_with(|input: syn::parse::ParseStream| {
                let e: Expr = input.parse()?;
                let _: proc_macro2::TokenStream = input.parse()?;
                Ok(vec![e])
            })
            .ok();
    }
    if !EXPR_MACROS.contains(&name.as_str()) {
        return None;
    }
    if name == "vec" {
        if let Ok(v) = mac.parse_body_with(|input: syn::parse::ParseStream| {
            let e: Expr = input.parse()?;
            let _: Token![;] = input.parse()?;
            let n: Expr = input.parse()?;
            Ok(vec![e, n])
        }) {
            return Some(v);
        }
    }
    let args = if name == "join" || name == "try_join" {
        let join = mac.parse_body_with(macro_body::parse_join).ok()?;
        if join.biased {
            // Not a form the lints look into.
            return None;
        }
        join.futures
    } else {
        mac.parse_body_with(Punctuated::<Expr, Token![,]>::parse_terminated).ok()?
    };
    let mut out: Vec<Expr> = Vec::new();
    for arg in args {
        if let Expr::Lit(syn::ExprLit { lit: syn::Lit::Str(s), .. }) = &arg {
            for captured in inline_format_args(&s.value()) {
                let ident = syn::Ident::new(&captured, s.span());
                out.push(Expr::Path(syn::ExprPath { attrs: Vec::new(), qself: None, path: syn::Path::from(ident) }));
            }
        }
        out.push(arg);
    }
    Some(out)
}

/// `{name}` / `{name:?}` captures in a format string.
pub(crate) fn inline_format_args(fmt: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut chars = fmt.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '{' {
            if chars.peek() == Some(&'{') {
                chars.next();
                continue;
            }
            let mut inner = String::new();
            for c in chars.by_ref() {
                if c == '}' {
                    break;
                }
                inner.push(c);
            }
            let name = inner.split(':').next().unwrap_or("").trim().to_string();
            if !name.is_empty()
                && name.chars().next().is_some_and(|c| c.is_alphabetic() || c == '_')
                && name.chars().all(|c| c.is_alphanumeric() || c == '_')
            {
                out.push(name);
            }
        }
    }
    out
}

/// A `select!` body as the lints read it (see [`crate::macro_body`] for how
/// that differs from what the lowering reads).
pub(crate) fn parse_select(mac: &syn::Macro) -> Option<Select> {
    mac.parse_body_with(|input: syn::parse::ParseStream| macro_body::parse_select(input, Grammar::Lints)).ok()
}

/// What an expression sits in.
#[derive(Debug, Clone)]
pub(crate) struct Frame {
    pub kind: FrameKind,
    pub is_async: bool,
    /// fn name, or `closure` / `async block`.
    pub name: String,
    /// The future must be `Send + 'static` (argument of `tokio::spawn`, or an async fn spawned by name).
    pub spawned: bool,
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
        for f in self.frames.iter().rev() {
            if !f.is_async {
                return false;
            }
            if f.spawned {
                return true;
            }
        }
        false
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
pub(crate) fn walk<H: Hooks>(file: &syn::File, names: &Names, hooks: &mut H) {
    let mut w = Walker {
        names,
        hooks,
        scope: Scope::default(),
        pending_spawn: None,
        in_place_closures: HashSet::new(),
        in_trait_impl: false,
    };
    w.visit_file(file);
}

struct Walker<'n, 'h, H: Hooks> {
    names: &'n Names,
    hooks: &'h mut H,
    scope: Scope,
    /// Address of the expression that is the future argument of a spawn call, and whether it must be `Send`.
    pending_spawn: Option<(usize, bool)>,
    /// Addresses of closures that run in place (arguments of `map`, `for_each`, ...).
    in_place_closures: HashSet<usize>,
    in_trait_impl: bool,
}

impl<H: Hooks> Walker<'_, '_, H> {
    fn fn_like(&mut self, sig: &syn::Signature, attrs: &[syn::Attribute], body: &Block) {
        let name = sig.ident.to_string();
        let spawned = self.names.spawned_fns.contains(&name);
        self.scope.frames.push(Frame {
            kind: FrameKind::Fn,
            is_async: sig.asyncness.is_some(),
            name,
            spawned,
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

impl<'ast, H: Hooks> Visit<'ast> for Walker<'_, '_, H> {
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
        let spawned = match self.pending_spawn {
            Some((a, send)) if a == address => {
                self.pending_spawn = None;
                Some(send)
            }
            _ => None,
        };
        match e {
            Expr::Closure(c) => {
                self.scope.frames.push(Frame {
                    kind: FrameKind::Closure,
                    is_async: c.asyncness.is_some(),
                    name: "closure".into(),
                    spawned: spawned == Some(true),
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
                    let arg = strip(arg);
                    self.pending_spawn = Some((arg as *const Expr as usize, self.names.is_spawn(e)));
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
                if let Some(send) = spawned {
                    self.pending_spawn = Some((strip(&p.expr) as *const Expr as usize, send));
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

/// Does the expression (or block) contain an `.await`, not counting nested
/// closures and async blocks (separate futures)?
pub(crate) fn contains_await<T: VisitNode>(node: &T) -> bool {
    first_await(node).is_some()
}

/// Position of the first `.await` in the node, not counting nested closures and async blocks.
pub(crate) fn first_await<T: VisitNode>(node: &T) -> Option<Pos> {
    struct Find(Option<Pos>);
    impl<'ast> Visit<'ast> for Find {
        fn visit_expr_await(&mut self, a: &'ast syn::ExprAwait) {
            if self.0.is_none() {
                self.0 = Some(pos(a.await_token.span));
            }
            visit::visit_expr_await(self, a);
        }
        fn visit_expr_closure(&mut self, _: &'ast syn::ExprClosure) {}
        fn visit_expr_async(&mut self, _: &'ast syn::ExprAsync) {}
        fn visit_item(&mut self, _: &'ast syn::Item) {}
        fn visit_macro(&mut self, mac: &'ast syn::Macro) {
            if matches!(macro_name(mac).as_str(), "select" | "join" | "try_join") && self.0.is_none() {
                // These macros await their futures.
                self.0 = Some(pos_of(&mac.path));
            }
            for e in macro_exprs(mac).into_iter().flatten() {
                self.visit_expr(&e);
            }
        }
    }
    let mut f = Find(None);
    node.visit_with(&mut f);
    f.0
}

/// Does the node mention identifier `name` as a path expression (macros included)?
pub(crate) fn mentions<T: VisitNode>(node: &T, name: &str) -> bool {
    struct Find<'a>(&'a str, bool);
    impl<'ast> Visit<'ast> for Find<'_> {
        fn visit_path(&mut self, p: &'ast syn::Path) {
            if p.segments.len() == 1 && p.segments[0].ident == self.0 {
                self.1 = true;
            }
            visit::visit_path(self, p);
        }
        fn visit_macro(&mut self, mac: &'ast syn::Macro) {
            match macro_exprs(mac) {
                Some(exprs) => {
                    for e in &exprs {
                        self.visit_expr(e);
                    }
                }
                None => {
                    // Unknown macro: look at its raw tokens.
                    if mac
                        .tokens
                        .clone()
                        .into_iter()
                        .any(|t| matches!(&t, proc_macro2::TokenTree::Ident(i) if i == self.0))
                    {
                        self.1 = true;
                    }
                }
            }
        }
    }
    let mut f = Find(name, false);
    node.visit_with(&mut f);
    f.1
}

/// Is `drop(name)` called in the node?
pub(crate) fn drops(stmt: &Stmt, name: &str) -> bool {
    let mut found = false;
    for_each_expr(stmt, &mut |e| {
        if let Expr::Call(c) = e {
            if matches!(&*c.func, Expr::Path(p) if p.path.is_ident("drop") || p.path.segments.last().is_some_and(|s| s.ident == "drop") && p.path.segments.len() > 1)
                && c.args.len() == 1
                && ident_of(&c.args[0]).as_deref() == Some(name)
            {
                found = true;
            }
        }
    });
    found
}

/// Call `f` on every expression in the node (macros included, nested closures too).
pub(crate) fn for_each_expr<T: VisitNode>(node: &T, f: &mut dyn FnMut(&Expr)) {
    struct Each<'f>(&'f mut dyn FnMut(&Expr));
    impl<'ast> Visit<'ast> for Each<'_> {
        fn visit_expr(&mut self, e: &'ast Expr) {
            (self.0)(e);
            visit::visit_expr(self, e);
        }
        fn visit_macro(&mut self, mac: &'ast syn::Macro) {
            for e in macro_exprs(mac).into_iter().flatten() {
                self.visit_expr(&e);
            }
        }
    }
    node.visit_with(&mut Each(f));
}

/// Syntax nodes the helpers above accept.
pub(crate) trait VisitNode {
    fn visit_with<'ast, V: Visit<'ast>>(&'ast self, v: &mut V);
}

impl VisitNode for Expr {
    fn visit_with<'ast, V: Visit<'ast>>(&'ast self, v: &mut V) {
        v.visit_expr(self);
    }
}

impl VisitNode for Block {
    fn visit_with<'ast, V: Visit<'ast>>(&'ast self, v: &mut V) {
        v.visit_block(self);
    }
}

impl VisitNode for Stmt {
    fn visit_with<'ast, V: Visit<'ast>>(&'ast self, v: &mut V) {
        v.visit_stmt(self);
    }
}

impl VisitNode for [Stmt] {
    fn visit_with<'ast, V: Visit<'ast>>(&'ast self, v: &mut V) {
        for s in self {
            v.visit_stmt(s);
        }
    }
}

/// A `let` statement binding one identifier: `(name, its position, initializer)`.
pub(crate) fn simple_let(stmt: &Stmt) -> Option<(String, Pos, &Expr)> {
    let Stmt::Local(local) = stmt else { return None };
    let (name, p) = pat_ident(&local.pat)?;
    let init = local.init.as_ref()?;
    Some((name, p, &init.expr))
}

/// For a `let NAME = INIT;` in `stmts[i]`, the first `.await` in the later
/// statements of the block while NAME is still alive (before `drop(NAME)`
/// or a re-binding of NAME).
pub(crate) fn await_while_alive(stmts: &[Stmt], i: usize, name: &str) -> Option<Pos> {
    await_in_scope(stmts, i, name, true)
}

/// Like [`await_while_alive`]; with `respect_drop: false` an explicit
/// `drop(NAME)` does not end it: rustc's `Send` check of a future is
/// scope-based, so a binding still in scope at an await counts even after `drop`.
pub(crate) fn await_in_scope(stmts: &[Stmt], i: usize, name: &str, respect_drop: bool) -> Option<Pos> {
    for stmt in &stmts[i + 1..] {
        if respect_drop && drops(stmt, name) {
            return None;
        }
        if let Some(p) = first_await(stmt) {
            return Some(p);
        }
        if let Stmt::Local(l) = stmt {
            let mut bound = Vec::new();
            pat_bindings(&l.pat, &mut bound);
            if bound.iter().any(|b| b == name) {
                return None;
            }
        }
    }
    None
}

/// A method chain's receivers, innermost last: `a.b().c()` -> [`a.b().c()`, `a.b()`, `a`].
pub(crate) fn chain(expr: &Expr) -> Vec<&Expr> {
    let mut out = vec![strip(expr)];
    let mut cur = strip(expr);
    loop {
        cur = match cur {
            Expr::MethodCall(m) => strip(&m.receiver),
            Expr::Await(a) => strip(&a.base),
            Expr::Try(t) => strip(&t.expr),
            Expr::Field(f) => strip(&f.base),
            _ => break,
        };
        out.push(cur);
    }
    out
}
