//! Tasks: `spawn_borrows_local`, `non_send_across_await`,
//! `main_exits_before_tasks`, `lost_task_panic`,
//! `joinhandle_drop_is_not_cancel`, `spawn_blocking_async_closure`.

use crate::vec_map::VecSet;

use crate::visit::{self, Visit};
use syn::{Block, Expr, Pat, Stmt};

use super::catalog::{diag, DiagExt};
use super::syntax::{
    await_in_scope, contains_await, for_each_expr, ident_of, macro_exprs, macro_name, mentions, pat_bindings,
    pat_ident, pos, pos_of, simple_let, strip, walk, Hooks, LocalKind, Names, Scope,
};
use crate::api;
use crate::report::{Diagnostic, Pos};
use crate::span::Last;

pub(super) fn check(file: &syn::File, names: &Names, out: &mut Vec<Diagnostic>) {
    let aborted = aborted_handles(file);
    walk(
        file,
        names,
        &mut Spawn { names, out, locals: VecSet::new(), copy_locals: VecSet::new(), aborted, bindings: Vec::new() },
    );
    main_exits(file, names, out);
}

struct Spawn<'a> {
    names: &'a Names,
    out: &'a mut Vec<Diagnostic>,
    /// Locals (params and `let`/pattern bindings) of the current fn.
    locals: VecSet<String>,
    /// Locals known to be `Copy` (integer/float/bool/char literals, range loop variables).
    copy_locals: VecSet<String>,
    /// Handles on which `.abort()` is called somewhere.
    aborted: VecSet<String>,
    /// Every binding of the current fn, in source order: name, where, and the non-`Send` value
    /// it certainly holds (`let x = Rc::new(..)`), `None` for any other binding.
    bindings: Vec<(String, Pos, Option<&'static str>)>,
}

fn aborted_handles(file: &syn::File) -> VecSet<String> {
    struct Find(VecSet<String>);
    impl<'ast> Visit<'ast> for Find {
        crate::visit::overrides!('ast: visit_expr_method_call);

        fn visit_expr_method_call(&mut self, m: &'ast syn::ExprMethodCall) {
            if m.method == "abort" {
                if let Some(h) = ident_of(&m.receiver) {
                    self.0.insert(h);
                }
            }
            visit::visit_expr_method_call(self, m);
        }
    }
    let mut f = Find(VecSet::new());
    f.visit_file(file);
    f.0
}

impl Hooks for Spawn<'_> {
    fn fn_body(
        &mut self,
        sig: &syn::Signature,
        _attrs: &[syn::Attribute],
        body: &Block,
        _in_trait_impl: bool,
        _scope: &Scope,
    ) {
        let mut locals = Vec::new();
        for input in &sig.inputs {
            if let syn::FnArg::Typed(t) = input {
                pat_bindings(&t.pat, &mut locals);
            }
        }
        struct Collect<'c> {
            locals: &'c mut Vec<String>,
            copy: &'c mut VecSet<String>,
        }
        impl<'ast> Visit<'ast> for Collect<'_> {
            crate::visit::overrides!('ast: visit_pat, visit_local, visit_expr_for_loop, visit_item);

            fn visit_pat(&mut self, p: &'ast Pat) {
                pat_bindings(p, self.locals);
            }
            fn visit_local(&mut self, l: &'ast syn::Local) {
                if let (Some((name, _)), Some(init)) = (pat_ident(&l.pat), &l.init) {
                    if is_copy_literal(&init.expr) {
                        self.copy.insert(name);
                    }
                }
                visit::visit_local(self, l);
            }
            fn visit_expr_for_loop(&mut self, f: &'ast syn::ExprForLoop) {
                if let (Some((name, _)), Expr::Range(_)) = (pat_ident(&f.pat), strip(&f.expr)) {
                    self.copy.insert(name);
                }
                visit::visit_expr_for_loop(self, f);
            }
            fn visit_item(&mut self, _: &'ast syn::Item) {}
        }
        let mut copy = VecSet::new();
        Collect { locals: &mut locals, copy: &mut copy }.visit_block(body);
        // A parameter of a `Copy` primitive type that nothing in the body rebinds.
        for input in &sig.inputs {
            let syn::FnArg::Typed(t) = input else { continue };
            let Some((name, _)) = pat_ident(&t.pat) else { continue };
            if crate::compile::is_copy_prim(&t.ty) && locals.iter().filter(|n| **n == name).count() == 1 {
                copy.insert(name);
            }
        }
        self.locals = locals.into_iter().collect();
        self.copy_locals = copy;
        let mut bindings = Vec::new();
        for input in &sig.inputs {
            if let syn::FnArg::Typed(t) = input {
                let mut names = Vec::new();
                pat_bindings(&t.pat, &mut names);
                bindings.extend(names.into_iter().map(|n| (n, pos_of(&t.pat), None)));
            }
        }
        let mut b = Bindings { names: self.names, out: bindings };
        b.visit_block(body);
        self.bindings = b.out;
    }

    fn expr(&mut self, e: &Expr, scope: &Scope) {
        if let Some(arg) = self.names.spawn_arg(e) {
            let send = self.names.is_spawn(e);
            if let Expr::Async(block) = strip(arg) {
                if block.capture.is_none() {
                    self.borrows_local(block, scope);
                }
                if send {
                    // An `Rc` (or `Arc<RefCell>`) captured by a spawned task: rustc reports it at the spawn.
                    let site = self.names.spawn_site(e, arg);
                    for name in free_mentions(&block.block) {
                        let Some((what, help)) = self.captured_non_send(&name, block.block.span()) else { continue };
                        let at = first_mention(&block.block, &name).unwrap_or_else(|| pos_of(&block.async_token));
                        self.out.push(
                            diag("non_send_across_await", site, format!("future cannot be sent between threads safely: the spawned task uses `{name}`, {what}, which is not `Send`"))
                                .related(at, format!("`{name}` is used here, so the task holds it"))
                                .help(help),
                        );
                    }
                }
            }
        }
        // `std::thread::spawn(move || { .. rc .. })`: the closure must be `Send`.
        if let Expr::Call(call) = e {
            if self.names.callee(call).as_deref() == Some("std::thread::spawn") && call.args.len() == 1 {
                if let Expr::Closure(c) = strip(&call.args[0]) {
                    if let Expr::Block(body) = strip(&c.body) {
                        for name in free_mentions(&body.block) {
                            let Some((what, help)) = self.captured_non_send(&name, body.block.span()) else { continue };
                            let at = first_mention(&body.block, &name).unwrap_or_else(|| pos_of(c));
                            self.out.push(
                                diag("non_send_across_await", pos_of(c), format!("`{name}` ({what}) cannot be sent between threads safely, and the closure passed to `std::thread::spawn` uses it"))
                                    .related(at, format!("`{name}` is used here, so the closure holds it"))
                                    .help(help),
                            );
                        }
                    }
                }
            }
        }
        if let Expr::Call(call) = e {
            if self.names.callee(call).as_deref() == Some("tokio::task::spawn_blocking") {
                if let Some(Expr::Closure(c)) = call.args.first().map(strip) {
                    let mut body = strip(&c.body);
                    if let Expr::Block(b) = body {
                        if let Some(Stmt::Expr(tail, None)) = b.block.stmts.last() {
                            body = strip(tail);
                        }
                    }
                    let what = if let Expr::Async(_) = body {
                        Some("an async block".to_string())
                    } else {
                        self.names
                            .async_call(body)
                            .map(|f| format!("the future of `{}(..)`", f.rsplit("::").next().unwrap_or(&f)))
                    };
                    if let Some(what) = what {
                        self.out.push(
                            diag(
                                "spawn_blocking_async_closure",
                                pos_of(body),
                                format!("the closure passed to `spawn_blocking` returns {what}, which is never polled"),
                            )
                            .help("for async work use `tokio::spawn(async move { .. })`"),
                        );
                    }
                }
            }
        }
    }

    fn block(&mut self, b: &Block, scope: &Scope) {
        for (i, stmt) in b.stmts.iter().enumerate() {
            // `Rc` / `RefCell` borrows alive across an await of a spawned future.
            // rustc reports it at the spawn (the spawned fn's first spawn).
            if let Some(site) = scope.spawn_site() {
                if let Some((name, p, init)) = simple_let(stmt) {
                    let what = non_send_init(self.names, init).or_else(|| non_send_type(self.names, stmt));
                    if let Some(what) = what {
                        if let Some(at) = await_in_scope(&b.stmts, i, &name, false) {
                            self.out.push(
                                diag("non_send_across_await", site, format!("future cannot be sent between threads safely: `{name}` ({what}) is alive across an `.await` in the spawned task"))
                                    .related(p, format!("`{name}` is not `Send`, and is in scope until the end of its block"))
                                    .related(at, "held across this await")
                                    .help(if what.contains("dyn Error") {
                                        "write `Box<dyn Error + Send + Sync>`, or put the value in a block that ends before the `.await`".to_string()
                                    } else {
                                        format!("drop `{name}` before the `.await` (put it in a block that ends before the await; rustc does not accept `drop({name})` here), or use `Arc`/`Mutex`")
                                    }),
                            );
                        }
                    }
                }
            }
            // `let _ = handle.await;` / `handle.await;`
            let discarded = match stmt {
                Stmt::Local(l) if matches!(&l.pat, Pat::Wild(_)) => l.init.as_ref().map(|i| &*i.expr),
                Stmt::Expr(e, Some(_)) => Some(e),
                _ => None,
            };
            if let Some(Expr::Await(a)) = discarded.map(strip) {
                let base = strip(&a.base);
                let name = ident_of(base);
                let is_handle = name.as_deref().and_then(|n| self.names.kind(n)) == Some(LocalKind::JoinHandle)
                    || self.names.is_join_handle_expr(base);
                // `h.abort(); let _ = h.await;` waits for the cancellation to finish: the `JoinError`
                // it discards is the expected `Cancelled`.
                let waits_for_abort = name.as_deref().is_some_and(|n| b.stmts[..i].iter().any(|s| is_abort_of(s, n)));
                if is_handle && !waits_for_abort {
                    let what = name.map(|n| format!("`{n}`")).unwrap_or_else(|| "the task".to_string());
                    self.out.push(
                        diag(
                            "lost_task_panic",
                            pos_of(stmt),
                            format!("the result of {what} is discarded, so if the task panicked nobody will know"),
                        )
                        .help(format!(
                            "`if let Err(e) = {}.await {{ eprintln!(\"task failed: {{e}}\"); }}`",
                            super::awaits::quote_short(base)
                        )),
                    );
                }
            }
            // `tokio::spawn(async { .. panic!(..) .. });`
            if let Stmt::Expr(e, Some(_)) = stmt {
                if self.names.is_join_handle_expr(e) {
                    if let Some(Expr::Async(block)) = self.names.spawn_arg(strip(e)).map(strip) {
                        if let Some(p) = explicit_panic(&block.block) {
                            self.out.push(
                                diag("lost_task_panic", pos_of(e), "this task can panic, and its `JoinHandle` is dropped, so the panic's `JoinError` is never looked at")
                                    .related(p, "the task panics here")
                                    .help("keep the handle and check it: `if let Err(e) = handle.await { .. }`"),
                            );
                        }
                    }
                }
            }
            // `drop(handle)`
            if let Stmt::Expr(Expr::Call(c), _) = stmt {
                if matches!(&*c.func, Expr::Path(p) if p.path.is_ident("drop")) && c.args.len() == 1 {
                    if let Some(h) = ident_of(&c.args[0]) {
                        if self.names.kind(&h) == Some(LocalKind::JoinHandle) && !self.aborted.contains(&h) {
                            self.out.push(
                                diag(
                                    "joinhandle_drop_is_not_cancel",
                                    pos_of(stmt),
                                    format!("`drop({h})` does not cancel the task: it is detached and keeps running"),
                                )
                                .help(format!("`{h}.abort();` cancels it")),
                            );
                        }
                    }
                }
            }
        }
    }
}

/// `name.abort();`
fn is_abort_of(stmt: &Stmt, name: &str) -> bool {
    matches!(stmt, Stmt::Expr(Expr::MethodCall(m), _) if m.method == "abort" && m.args.is_empty() && ident_of(&m.receiver).as_deref() == Some(name))
}

/// A `let` declared with a type that holds `dyn Error` without `+ Send`
/// (`let r: Result<u32, Box<dyn Error>> = ..`): a trait object is `Send` only when it says so.
/// Only through `Box`, `Result`, `Option` and `Vec`, which are `Send` exactly when what they hold is.
fn non_send_type(names: &Names, stmt: &Stmt) -> Option<&'static str> {
    fn holds_dyn_error(names: &Names, ty: &syn::Type) -> bool {
        match ty {
            syn::Type::Paren(p) => holds_dyn_error(names, &p.elem),
            syn::Type::TraitObject(t) => {
                let mut error = false;
                for b in &t.bounds {
                    if let syn::TypeParamBound::Trait(tr) = b {
                        match names.resolve(&tr.path).as_str() {
                            "std::error::Error" => error = true,
                            "Send" | "Sync" | "std::marker::Send" | "std::marker::Sync" => return false,
                            _ => {}
                        }
                    }
                }
                error
            }
            syn::Type::Path(p) if p.qself.is_none() => {
                let Some(last) = p.path.segments.last() else { return false };
                let container = matches!(
                    names.resolve(&p.path).as_str(),
                    "Box"
                        | "std::boxed::Box"
                        | "Result"
                        | "std::result::Result"
                        | "Option"
                        | "std::option::Option"
                        | "Vec"
                        | "std::vec::Vec"
                );
                let syn::PathArguments::AngleBracketed(args) = &last.arguments else { return false };
                container
                    && args.args.iter().any(|a| matches!(a, syn::GenericArgument::Type(t) if holds_dyn_error(names, t)))
            }
            _ => false,
        }
    }
    let Stmt::Local(l) = stmt else { return None };
    let Pat::Type(t) = &l.pat else { return None };
    holds_dyn_error(names, &t.ty).then_some("a `dyn Error` without `+ Send`")
}

const RC: &str = "an `Rc`";
const ARC_REFCELL: &str = "an `Arc<RefCell<..>>`";

/// The non-`Send` value every binding of `name` (among those `keep` accepts) holds, if there is
/// at least one and they all hold one of the same kind.
fn held_by(
    bindings: &[(String, Pos, Option<&'static str>)],
    name: &str,
    keep: impl Fn(&Pos) -> bool,
) -> Option<&'static str> {
    let mut what = None;
    for (n, p, w) in bindings {
        if n != name || !keep(p) {
            continue;
        }
        match (what, w) {
            (_, None) => return None,
            (Some(a), Some(b)) if a != *b => return None,
            (_, Some(b)) => what = Some(*b),
        }
    }
    what
}

/// Collects [`Spawn::bindings`] in source order.
struct Bindings<'n> {
    names: &'n Names,
    out: Vec<(String, Pos, Option<&'static str>)>,
}

impl Bindings<'_> {
    /// The non-`Send` value `init` certainly makes: `Rc::new(..)`, `Rc::clone(&x)`,
    /// `Arc::new(RefCell::new(..))`, or a clone of a local every earlier binding of which holds one.
    fn value(&self, init: &Expr) -> Option<&'static str> {
        let earlier = |e: &Expr| {
            let e = match strip(e) {
                Expr::Reference(r) => &*r.expr,
                other => other,
            };
            held_by(&self.out, &ident_of(e)?, |_| true)
        };
        match strip(init) {
            Expr::Call(c) => match self.names.callee(c)?.as_str() {
                "std::rc::Rc::new" => Some(RC),
                "std::rc::Rc::clone" | "std::sync::Arc::clone" if c.args.len() == 1 => earlier(&c.args[0]),
                "std::sync::Arc::new" => match c.args.first().map(strip) {
                    Some(Expr::Call(inner))
                        if self.names.callee(inner).as_deref() == Some("std::cell::RefCell::new") =>
                    {
                        Some(ARC_REFCELL)
                    }
                    _ => None,
                },
                _ => None,
            },
            Expr::MethodCall(m) if m.method == "clone" && m.args.is_empty() => earlier(&m.receiver),
            _ => None,
        }
    }
}

impl<'ast> Visit<'ast> for Bindings<'_> {
    crate::visit::overrides!('ast: visit_local, visit_pat, visit_item);

    fn visit_local(&mut self, l: &'ast syn::Local) {
        if let Some(init) = &l.init {
            self.visit_expr(&init.expr);
            if let Some((_, diverge)) = &init.diverge {
                self.visit_expr(diverge);
            }
        }
        match (pat_ident(&l.pat), &l.init) {
            (Some((name, p)), Some(init)) => {
                let what = self.value(&init.expr);
                self.out.push((name, p, what));
            }
            _ => self.visit_pat(&l.pat),
        }
    }
    fn visit_pat(&mut self, p: &'ast Pat) {
        let mut names = Vec::new();
        pat_bindings(p, &mut names);
        let at = pos_of(p);
        self.out.extend(names.into_iter().map(|n| (n, at, None)));
    }
    fn visit_item(&mut self, _: &'ast syn::Item) {}
}

/// What makes a `let` initializer non-`Send` (`an Rc`, `a RefCell borrow`).
fn non_send_init(names: &Names, init: &Expr) -> Option<&'static str> {
    let init = strip(init);
    if let Expr::MethodCall(m) = init {
        if (m.method == "borrow" || m.method == "borrow_mut") && m.args.is_empty() {
            return Some("a `RefCell` borrow");
        }
    }
    match init {
        Expr::Call(c) => {
            let callee = names.callee(c).unwrap_or_default();
            if callee == "std::rc::Rc::new" || callee == "std::rc::Rc::clone" {
                return Some("an `Rc`");
            }
        }
        Expr::MethodCall(m)
            if m.method == "clone" && ident_of(&m.receiver).is_some_and(|r| names.kind(&r) == Some(LocalKind::Rc)) =>
        {
            return Some("an `Rc`");
        }
        _ => {}
    }
    None
}

fn is_copy_literal(e: &Expr) -> bool {
    match strip(e) {
        Expr::Lit(l) => matches!(l.lit, syn::Lit::Int(_) | syn::Lit::Float(_) | syn::Lit::Bool(_) | syn::Lit::Char(_)),
        Expr::Unary(u) => is_copy_literal(&u.expr),
        _ => false,
    }
}

/// Position of an explicit `panic!`/`unreachable!`/`todo!` in the block (not in nested closures).
fn explicit_panic(block: &Block) -> Option<crate::report::Pos> {
    struct Find(Option<crate::report::Pos>);
    impl<'ast> Visit<'ast> for Find {
        crate::visit::overrides!('ast: visit_macro, visit_expr_closure);

        fn visit_macro(&mut self, mac: &'ast syn::Macro) {
            if matches!(macro_name(mac).as_str(), "panic" | "unreachable" | "todo" | "unimplemented")
                && self.0.is_none()
            {
                self.0 = Some(pos_of(&mac.path));
            }
            for e in macro_exprs(mac).into_iter().flatten() {
                self.visit_expr(&e);
            }
        }
        fn visit_expr_closure(&mut self, _: &'ast syn::ExprClosure) {}
    }
    let mut f = Find(None);
    f.visit_block(block);
    f.0
}

/// Single-identifier paths the block uses that it does not bind itself.
fn free_mentions(block: &Block) -> Vec<String> {
    let bound = bindings_in(block);
    let mut used = Vec::new();
    for_each_expr(block, &mut |e| {
        if let Some(n) = ident_of(e) {
            if !bound.contains(&n) && !used.contains(&n) {
                used.push(n);
            }
        }
    });
    // `let names = names.to_vec();`: the initializer uses the captured `names` before the `let`
    // shadows it (the future still holds the capture).
    let mut before = Vec::new();
    for stmt in &block.stmts {
        let Stmt::Local(l) = stmt else { continue };
        if let Some(init) = &l.init {
            let mut in_init = Vec::new();
            for_each_expr(&*init.expr, &mut |e| {
                if let Some(n) = ident_of(e) {
                    in_init.push(n);
                }
            });
            let mut own = Vec::new();
            pat_bindings(&l.pat, &mut own);
            for n in in_init {
                if own.contains(&n) && !before.contains(&n) && !used.contains(&n) {
                    used.push(n);
                }
            }
        }
        pat_bindings(&l.pat, &mut before);
    }
    used
}

fn first_mention(block: &Block, name: &str) -> Option<crate::report::Pos> {
    let mut at = None;
    for_each_expr(block, &mut |e| {
        if at.is_none() && ident_of(e).as_deref() == Some(name) {
            at = Some(pos_of(e));
        }
    });
    at
}

impl Spawn<'_> {
    /// A local of this fn captured by `inner` (a spawned future or closure) that is certainly not
    /// `Send`: every binding of its name outside `inner` holds an `Rc` or an `Arc<RefCell<..>>`.
    /// What it is, and the help.
    fn captured_non_send(&self, name: &str, inner: proc_macro2::Span) -> Option<(&'static str, String)> {
        let (start, end) = (inner.start(), inner.end());
        let outside = |p: &Pos| {
            let at = (p.line as usize, p.column as usize - 1);
            at < (start.line, start.column) || at >= (end.line, end.column)
        };
        let what = held_by(&self.bindings, name, outside)?;
        let help = if what == RC {
            format!("use `Arc` instead of `Rc`: `let {name} = Arc::new(..);`")
        } else {
            "`RefCell` is not `Sync`, so an `Arc` of it is not `Send`: use `Arc<Mutex<..>>` and `.lock()` instead"
                .to_string()
        };
        Some((what, help))
    }

    /// A non-`move` spawned async block that uses a local by reference.
    fn borrows_local(&mut self, block: &syn::ExprAsync, scope: &Scope) {
        let inner_bound = bindings_in(&block.block);
        let mut uses = ByRef {
            locals: &self.locals,
            copy: &self.copy_locals,
            inner: &inner_bound,
            names: self.names,
            found: Vec::new(),
        };
        uses.visit_block(&block.block);
        if let Some((name, at)) = uses.found.first().cloned() {
            let owner = scope.function().map(|f| f.name.clone()).unwrap_or_else(|| "this function".into());
            self.out.push(
                diag("spawn_borrows_local", pos_of(&block.async_token), format!("async block may outlive the current function, but it borrows `{name}`, which is owned by `{owner}`"))
                    .related(at, format!("`{name}` is borrowed here"))
                    .help("use `async move { .. }` so the task owns `".to_string() + &name + "` (clone it first if it is still needed outside)"),
            );
        }
    }
}

struct ByRef<'a> {
    locals: &'a VecSet<String>,
    copy: &'a VecSet<String>,
    inner: &'a [String],
    names: &'a Names,
    found: Vec<(String, crate::report::Pos)>,
}

impl ByRef<'_> {
    fn outer(&self, e: &Expr) -> Option<String> {
        let n = ident_of(e)?;
        (self.locals.contains(&n) && !self.inner.contains(&n)).then_some(n)
    }
    fn record(&mut self, e: &Expr) {
        if let Some(n) = self.outer(e) {
            self.found.push((n, pos_of(e)));
        }
    }
}

impl<'ast> Visit<'ast> for ByRef<'_> {
    crate::visit::overrides!('ast: visit_expr, visit_macro);

    fn visit_expr(&mut self, e: &'ast Expr) {
        match e {
            Expr::MethodCall(m) => {
                let by_value = api::takes_self(&m.method.to_string())
                    || (m.method == "send"
                        && ident_of(&m.receiver)
                            .is_some_and(|r| self.names.kind(&r) == Some(LocalKind::OneshotSender)));
                if !by_value {
                    self.record(&m.receiver);
                }
            }
            Expr::Reference(r) => self.record(&r.expr),
            Expr::Field(f) => self.record(&f.base),
            Expr::Index(i) => self.record(&i.expr),
            Expr::Path(_) => {
                if let Some(n) = self.outer(e) {
                    if self.copy.contains(&n) {
                        self.found.push((n, pos_of(e)));
                    }
                }
            }
            _ => {}
        }
        visit::visit_expr(self, e);
    }

    fn visit_macro(&mut self, mac: &'ast syn::Macro) {
        let name = macro_name(mac);
        let formats = !matches!(name.as_str(), "vec" | "join" | "try_join" | "select");
        for e in macro_exprs(mac).into_iter().flatten() {
            if formats {
                self.record(&e);
            }
            self.visit_expr(&e);
        }
    }
}

/// `main` returns right after spawning, with no `.await` left that could let tasks run.
fn main_exits(file: &syn::File, names: &Names, out: &mut Vec<Diagnostic>) {
    for item in &file.items {
        let syn::Item::Fn(f) = item else { continue };
        if f.sig.ident != "main" || f.sig.asyncness.is_none() {
            continue;
        }
        let stmts = &f.block.stmts;
        join_set_never_joined(stmts, names, out);
        for (i, stmt) in stmts.iter().enumerate() {
            if contains_await(stmt) || stmts[i + 1..].iter().any(contains_await) {
                continue;
            }
            // Spawns in this statement whose handle is not kept.
            let mut spawns = Vec::new();
            collect_discarded_spawns(stmt, names, &stmts[i + 1..], &mut spawns);
            for p in spawns {
                out.push(
                    diag("main_exits_before_tasks", p, "`main` returns right after spawning this task without waiting for it, so the runtime drops it before it finishes")
                        .help("keep the `JoinHandle` and `.await` it before `main` returns: `let handle = tokio::spawn(..); handle.await.unwrap();`"),
                );
            }
        }
    }
}

fn collect_discarded_spawns(stmt: &Stmt, names: &Names, rest: &[Stmt], out: &mut Vec<crate::report::Pos>) {
    match stmt {
        Stmt::Expr(e, _) => {
            if names.is_task_spawn(e) {
                out.push(pos_of(e));
                return;
            }
            // Spawns inside loops and blocks of `main` (not in closures / async blocks).
            struct Inner<'n, 'o> {
                names: &'n Names,
                out: &'o mut Vec<crate::report::Pos>,
            }
            impl<'ast> Visit<'ast> for Inner<'_, '_> {
                crate::visit::overrides!('ast: visit_stmt, visit_expr_closure, visit_expr_async);

                fn visit_stmt(&mut self, s: &'ast Stmt) {
                    match s {
                        Stmt::Expr(e, Some(_)) if self.names.is_task_spawn(e) => self.out.push(pos_of(e)),
                        Stmt::Local(l)
                            if matches!(&l.pat, Pat::Wild(_))
                                && l.init.as_ref().is_some_and(|i| self.names.is_task_spawn(&i.expr)) =>
                        {
                            self.out.push(pos_of(&l.init.as_ref().unwrap().expr));
                        }
                        _ => visit::visit_stmt(self, s),
                    }
                }
                fn visit_expr_closure(&mut self, _: &'ast syn::ExprClosure) {}
                fn visit_expr_async(&mut self, _: &'ast syn::ExprAsync) {}
            }
            Inner { names, out }.visit_expr(e);
        }
        Stmt::Local(l) => {
            let Some(init) = &l.init else { return };
            if !names.is_task_spawn(&init.expr) {
                return;
            }
            match &l.pat {
                Pat::Wild(_) => out.push(pos_of(&init.expr)),
                pat => {
                    if let Some((name, _)) = pat_ident(pat) {
                        if !rest.iter().any(|s| mentions(s, &name)) {
                            out.push(pos_of(&init.expr));
                        }
                    }
                }
            }
        }
        _ => {}
    }
    let _ = pos;
}

/// Methods that wait for (or deliberately end) a `JoinSet`'s tasks. This lint's own
/// policy (what counts as dealing with the tasks before `main` returns), not an API
/// fact, so it stays here rather than in [`crate::api`].
const JOIN_SET_WAITS: &[&str] =
    &["join_next", "join_all", "join_next_with_id", "try_join_next", "shutdown", "abort_all", "detach_all"];

/// A `JoinSet` in `main` that gets tasks but is never joined: when `main`
/// returns, dropping it aborts whatever is still running.
fn join_set_never_joined(stmts: &[Stmt], names: &Names, out: &mut Vec<Diagnostic>) {
    for (i, stmt) in stmts.iter().enumerate() {
        let Some((set, _, init)) = simple_let(stmt) else { continue };
        let Expr::Call(c) = strip(init) else { continue };
        if names.callee(c).as_deref() != Some("tokio::task::JoinSet::new") {
            continue;
        }
        let mut first_spawn = None;
        let mut waited = false;
        for later in &stmts[i + 1..] {
            for_each_expr(later, &mut |e| match e {
                Expr::MethodCall(m) if ident_of(&m.receiver).as_deref() == Some(set.as_str()) => {
                    let method = m.method.to_string();
                    if method == "spawn" && first_spawn.is_none() {
                        first_spawn = Some(pos_of(e));
                    }
                    if JOIN_SET_WAITS.contains(&method.as_str()) {
                        waited = true;
                    }
                }
                // Handed to a fn, by value or as `&mut` (`drain(&mut set).await`): the fn may join it.
                Expr::Call(call) if call.args.iter().any(|a| passes_set(a, &set)) => waited = true,
                Expr::Return(_) => waited = true,
                _ => {}
            });
        }
        if let (Some(p), false) = (first_spawn, waited) {
            out.push(
                diag("main_exits_before_tasks", p, format!("the tasks of `{set}` are never waited for: when `main` returns, dropping `{set}` aborts those still running"))
                    .help(format!("wait for them before returning: `while let Some(res) = {set}.join_next().await {{ res.unwrap(); }}`")),
            );
        }
    }
}

/// `set` or `&mut set` as an argument.
fn passes_set(arg: &Expr, set: &str) -> bool {
    match strip(arg) {
        Expr::Reference(r) if r.mutability.is_some() => ident_of(&r.expr).as_deref() == Some(set),
        a => ident_of(a).as_deref() == Some(set),
    }
}

/// Every name a pattern in the block binds (closure parameters inside macros included).
fn bindings_in(block: &Block) -> Vec<String> {
    struct Bound(Vec<String>);
    impl<'ast> Visit<'ast> for Bound {
        crate::visit::overrides!('ast: visit_pat, visit_macro);

        fn visit_pat(&mut self, p: &'ast Pat) {
            pat_bindings(p, &mut self.0);
        }
        fn visit_macro(&mut self, mac: &'ast syn::Macro) {
            for e in macro_exprs(mac).into_iter().flatten() {
                self.visit_expr(&e);
            }
        }
    }
    let mut b = Bound(Vec::new());
    b.visit_block(block);
    b.0
}

/// Lines where `join_next()`'s result is awaited and thrown away: `while let Some(_) =
/// set.join_next().await`, `while set.join_next().await.is_some()`, `let _ = set.join_next().await;`.
/// Silent alone (waiting for every task is fine); `lint::dynamic_lints` uses them to report a
/// task whose panic the run shows arriving there.
pub(super) fn discarded_join_next_lines(file: &syn::File) -> Vec<u32> {
    use crate::visit::Visit;
    fn join_next_await(e: &Expr) -> bool {
        matches!(strip(e), Expr::Await(a) if matches!(strip(&a.base), Expr::MethodCall(m) if m.method == "join_next"))
    }
    fn wild_some(p: &Pat) -> bool {
        matches!(p, Pat::TupleStruct(t) if t.path.is_ident("Some")
            && t.elems.len() == 1 && matches!(t.elems[0], Pat::Wild(_) | Pat::Rest(_)))
    }
    struct Find(Vec<u32>);
    impl<'ast> Visit<'ast> for Find {
        crate::visit::overrides!('ast: visit_expr, visit_local);

        fn visit_expr(&mut self, e: &'ast Expr) {
            let hit = match e {
                Expr::Let(l) => (wild_some(&l.pat) || matches!(*l.pat, Pat::Wild(_))) && join_next_await(&l.expr),
                Expr::MethodCall(m) => {
                    matches!(m.method.to_string().as_str(), "is_some" | "is_none") && join_next_await(&m.receiver)
                }
                _ => false,
            };
            if hit {
                self.0.push(pos_of(e).line);
            }
            crate::visit::visit_expr(self, e);
        }
        fn visit_local(&mut self, l: &'ast syn::Local) {
            if let (Pat::Wild(_), Some(init)) = (&l.pat, &l.init) {
                if join_next_await(&init.expr) {
                    self.0.push(pos_of(&init.expr).line);
                }
            }
            crate::visit::visit_local(self, l);
        }
    }
    let mut f = Find(Vec::new());
    f.visit_file(file);
    f.0
}

/// Lines of `tokio::spawn`s in `main` whose handle is thrown away, followed in `main` by a
/// `sleep(..).await` statement: main guesses how long its tasks take instead of waiting for them.
/// Silent alone (a long enough guess works); `lint::dynamic_lints` uses them to report a task the
/// run shows was still running when `main` returned. A task whose body loops (a ticker) is left out.
pub(super) fn sleep_guess_spawn_lines(file: &syn::File, names: &Names) -> Vec<u32> {
    fn loops(e: &Expr) -> bool {
        struct L(bool);
        impl<'ast> Visit<'ast> for L {
            crate::visit::overrides!('ast: visit_expr_loop, visit_expr_while);

            fn visit_expr_loop(&mut self, _: &'ast syn::ExprLoop) {
                self.0 = true;
            }
            fn visit_expr_while(&mut self, _: &'ast syn::ExprWhile) {
                self.0 = true;
            }
        }
        let mut l = L(false);
        l.visit_expr(e);
        l.0
    }
    let is_sleep = |s: &Stmt| {
        matches!(s, Stmt::Expr(Expr::Await(a), Some(_))
            if matches!(strip(&a.base), Expr::Call(c) if names.callee(c).is_some_and(|p| p.ends_with("time::sleep"))))
    };
    let mut looping = Vec::new();
    struct Spawns<'n>(&'n Names, &'n mut Vec<u32>);
    impl<'ast> Visit<'ast> for Spawns<'_> {
        crate::visit::overrides!('ast: visit_expr);

        fn visit_expr(&mut self, e: &'ast Expr) {
            if let Some(arg) = self.0.spawn_arg(e) {
                if loops(arg) {
                    self.1.push(pos_of(e).line);
                }
            }
            visit::visit_expr(self, e);
        }
    }
    Spawns(names, &mut looping).visit_file(file);
    let mut out = Vec::new();
    for item in &file.items {
        let syn::Item::Fn(f) = item else { continue };
        if f.sig.ident != "main" || f.sig.asyncness.is_none() {
            continue;
        }
        let stmts = &f.block.stmts;
        for (i, stmt) in stmts.iter().enumerate() {
            if !stmts[i + 1..].iter().any(is_sleep) {
                continue;
            }
            let mut spawns = Vec::new();
            collect_discarded_spawns(stmt, names, &stmts[i + 1..], &mut spawns);
            out.extend(spawns.into_iter().map(|p| p.line).filter(|l| !looping.contains(l)));
        }
    }
    out
}
