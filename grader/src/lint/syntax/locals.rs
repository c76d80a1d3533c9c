//! What some `let`-bound locals hold ([`LocalKind`]: a `JoinHandle`, an `Rc`,
//! a channel's end, a future, ...), judged from their initializers, and which
//! locals are pinned: part of [`Names`], collected once per file.

use crate::vec_map::{VecMap, VecSet};

use crate::visit::{self, Visit};
use syn::punctuated::Punctuated;
use syn::{Expr, Pat, Stmt, Token};

use super::{contains_await, first_await, ident_of, macro_exprs, macro_name, pat_ident, strip, Names};
use crate::api;
use crate::report::Pos;

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
    /// `tokio::sync::watch::Receiver` (async `changed`).
    WatchReceiver,
    /// `std::net::TcpListener` (blocking `accept`, `incoming`).
    StdTcpListener,
    /// `std::net::TcpStream` (blocking `std::io::Read`/`Write` methods).
    StdTcpStream,
}

/// The kind of a local holding a value of this type (a channel's end), if the lints track it.
fn kind_of_type(ty: &str) -> Option<LocalKind> {
    match ty {
        "std::sync::mpsc::Receiver" => Some(LocalKind::StdReceiver),
        "tokio::sync::oneshot::Sender" => Some(LocalKind::OneshotSender),
        "tokio::sync::mpsc::Sender" => Some(LocalKind::TokioSender),
        "tokio::sync::mpsc::Receiver" | "tokio::sync::mpsc::UnboundedReceiver" => Some(LocalKind::TokioReceiver),
        "tokio::sync::mpsc::UnboundedSender" => Some(LocalKind::UnboundedSender),
        "tokio::sync::watch::Receiver" => Some(LocalKind::WatchReceiver),
        "std::net::TcpListener" => Some(LocalKind::StdTcpListener),
        "std::net::TcpStream" => Some(LocalKind::StdTcpStream),
        _ => None,
    }
}

/// Async methods of the tokio types the lints track (facts: [`crate::api`]).
pub(super) fn tokio_async_method(kind: LocalKind, method: &str) -> bool {
    let ty = match kind {
        LocalKind::TokioSender => "tokio::sync::mpsc::Sender",
        LocalKind::TokioReceiver => "tokio::sync::mpsc::Receiver",
        LocalKind::TokioMutex => "tokio::sync::Mutex",
        LocalKind::WatchReceiver => "tokio::sync::watch::Receiver",
        _ => return false,
    };
    api::async_method(ty, method)
}

pub(super) struct Locals<'n> {
    pub names: &'n Names,
    pub locals: VecMap<String, LocalKind>,
    pub pinned: VecSet<String>,
    pub consume: VecMap<String, Pos>,
    pub unbounded: Vec<(String, String)>,
    /// Struct fields by name whose declared type the lints track (`inbox: mpsc::Sender<Command>`);
    /// `None` when two structs declare the name with different kinds.
    pub fields: VecMap<String, Option<LocalKind>>,
    /// How many times each name is bound in the file.
    pub bindings: VecMap<String, u32>,
    /// Per name, the kind its bindings gave and how many did (`None`: two kinds).
    pub kinded: VecMap<String, (Option<LocalKind>, u32)>,
}

/// The kind of a declared type (`mpsc::Sender<T>`, `&mut Receiver<T>`), through the file's `use`s.
fn kind_of_syn_type(names: &Names, ty: &syn::Type) -> Option<LocalKind> {
    match ty {
        syn::Type::Reference(r) => kind_of_syn_type(names, &r.elem),
        syn::Type::Paren(p) => kind_of_syn_type(names, &p.elem),
        syn::Type::Path(p) if p.qself.is_none() => kind_of_type(&names.resolve(&p.path)),
        _ => None,
    }
}

/// `std::net::TcpListener::bind(..)` / `std::net::TcpStream::connect(..)`, through `?`, `.unwrap()`
/// and `.expect(..)`: the std socket it makes.
fn std_socket(names: &Names, init: &Expr) -> Option<LocalKind> {
    match strip(init) {
        Expr::Try(t) => std_socket(names, &t.expr),
        Expr::MethodCall(m) if m.method == "unwrap" || m.method == "expect" => std_socket(names, &m.receiver),
        Expr::Call(c) => match names.callee(c)?.as_str() {
            "std::net::TcpListener::bind" => Some(LocalKind::StdTcpListener),
            "std::net::TcpStream::connect" => Some(LocalKind::StdTcpStream),
            _ => None,
        },
        _ => None,
    }
}

impl Locals<'_> {
    /// One binding of `name` holds a `kind`.
    fn record(&mut self, name: &str, kind: LocalKind) {
        let e = self.kinded.entry(name.to_string()).or_insert((Some(kind), 0));
        if e.0 != Some(kind) {
            e.0 = None;
        }
        e.1 += 1;
    }

    /// The names every binding of which holds the same kind (so the file-wide kind is sure).
    pub fn sure(&self) -> VecMap<String, LocalKind> {
        self.kinded
            .iter()
            .filter(|(n, (k, c))| k.is_some() && self.bindings.get(*n) == Some(c))
            .filter_map(|(n, (k, _))| Some((n.clone(), (*k)?)))
            .collect()
    }

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
        if let Some(kind) = std_socket(names, init) {
            return Some(kind);
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
    crate::visit::overrides!('ast: visit_item_struct, visit_fn_arg, visit_pat_ident, visit_local, visit_expr_method_call, visit_expr_for_loop, visit_item_fn, visit_impl_item_fn, visit_macro);

    fn visit_item_struct(&mut self, st: &'ast syn::ItemStruct) {
        for f in &st.fields {
            let (Some(name), Some(kind)) = (&f.ident, kind_of_syn_type(self.names, &f.ty)) else { continue };
            let slot = self.fields.entry(name.to_string()).or_insert(Some(kind));
            if *slot != Some(kind) {
                *slot = None;
            }
        }
        visit::visit_item_struct(self, st);
    }

    /// A typed parameter (`mut rx: watch::Receiver<u32>`): the kind its type says.
    fn visit_fn_arg(&mut self, arg: &'ast syn::FnArg) {
        if let syn::FnArg::Typed(pt) = arg {
            if let (Some((name, _)), Some(kind)) = (pat_ident(&pt.pat), kind_of_syn_type(self.names, &pt.ty)) {
                self.record(&name, kind);
                self.locals.entry(name).or_insert(kind);
            }
        }
        visit::visit_fn_arg(self, arg);
    }

    fn visit_pat_ident(&mut self, i: &'ast syn::PatIdent) {
        *self.bindings.entry(i.ident.to_string()).or_default() += 1;
        visit::visit_pat_ident(self, i);
    }

    fn visit_local(&mut self, local: &'ast syn::Local) {
        if let Some(init) = &local.init {
            let expr = strip(&init.expr);
            if let Some((name, _)) = pat_ident(&local.pat) {
                let declared = match &local.pat {
                    Pat::Type(pt) => kind_of_syn_type(self.names, &pt.ty),
                    _ => None,
                };
                if let Some(kind) = self.init_kind(expr).or(declared) {
                    self.record(&name, kind);
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
                        self.record(tx, kind);
                        self.locals.insert(tx.clone(), kind);
                    }
                    if let (Some(rx), Some(kind)) = (&rx, rx_kind) {
                        self.record(rx, kind);
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
pub(crate) fn consumes_then_awaits(stmts: &[Stmt]) -> Option<Pos> {
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
