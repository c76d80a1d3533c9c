//! Futures that never run: `missing_await` (a call's future dropped as a statement, by
//! `drop(..)`, or bound and never used; an error when the future is used as its output
//! would be: a value method such as `.unwrap()` (E0599) or a `{}` of `println!` (E0277)),
//! `let_underscore_future`,
//! `async_block_yields_future`; `.await` where it cannot be
//! (`await_outside_async`); and `async` that is not needed (`needless_async`).

use crate::vec_map::{VecMap, VecSet};

use syn::{Block, Expr, Pat, Stmt};

use super::catalog::{diag, DiagExt};
use super::syntax::{
    contains_await, ident_of, is_known_macro, mentions, pat_ident, pos, pos_of, strip, walk, FrameKind, Hooks, Names,
    Scope,
};
use crate::report::{Diagnostic, Pos, Severity};

pub(super) fn check(file: &syn::File, names: &Names, out: &mut Vec<Diagnostic>) {
    let mut bound = Bound::default();
    crate::visit::Visit::visit_file(&mut bound, file);
    let once: VecSet<String> = bound.0.into_iter().filter(|(_, n)| *n == 1).map(|(name, _)| name).collect();
    // Locals bound once to a future: `let total = total_price(..);`.
    let mut futures = VecMap::new();
    for (name, init) in &bound.1 {
        if once.contains(name) {
            if let Some(f) = sure_future(names, &once, init) {
                futures.insert(name.clone(), f);
            }
        }
    }
    let mut awaits = Awaits { names, once: &once, out };
    walk(file, names, &mut awaits);
    let mut printed = Printed { names, once: &once, futures, out };
    crate::visit::Visit::visit_file(&mut printed, file);
}

/// How many times each name is bound in the file (`let`, parameters, closure and `for` patterns):
/// what a local holds is judged file-wide by name, which only a name bound once makes sure.
/// Also each `let NAME = INIT;`.
#[derive(Default)]
struct Bound(VecMap<String, u32>, Vec<(String, Expr)>);

impl<'ast> crate::visit::Visit<'ast> for Bound {
    crate::visit::overrides!('ast: visit_local, visit_pat_ident);

    fn visit_local(&mut self, l: &'ast syn::Local) {
        if let (Some((name, _)), Some(init)) = (pat_ident(&l.pat), &l.init) {
            self.1.push((name, (*init.expr).clone()));
        }
        crate::visit::visit_local(self, l);
    }

    fn visit_pat_ident(&mut self, i: &'ast syn::PatIdent) {
        *self.0.entry(i.ident.to_string()).or_default() += 1;
        crate::visit::visit_pat_ident(self, i);
    }
}

/// Methods of the output values (`Result`, `Option`, numbers, strings) that a future lacks.
const VALUE_METHODS: &[&str] = &[
    "unwrap",
    "expect",
    "is_ok",
    "is_err",
    "is_some",
    "is_none",
    "unwrap_or",
    "unwrap_or_else",
    "unwrap_or_default",
    "ok",
    "err",
    "len",
    "is_empty",
    "to_string",
    "as_str",
];

/// A call certainly returning a future: of an async fn (not a method, whose name a sync method
/// of another type may share), or an async method of a tracked tokio local (`tx.send(..)`).
fn sure_future(names: &Names, once: &VecSet<String>, e: &Expr) -> Option<String> {
    let f = names.async_call(e)?;
    match strip(e) {
        Expr::Call(_) => Some(f),
        Expr::MethodCall(m)
            if f.contains('.')
                && ident_of(&m.receiver).is_some_and(|r| once.contains(&r) || names.sure_kinds.contains_key(&r)) =>
        {
            Some(f)
        }
        _ => None,
    }
}

/// A pattern no future can match: an enum variant, a struct, a literal (`Some(job)`, `Ok(_)`, `None`).
fn is_variant_pat(p: &Pat) -> bool {
    match p {
        Pat::TupleStruct(_) | Pat::Struct(_) | Pat::Lit(_) => true,
        Pat::Path(p) => p.path.segments.len() > 1 || p.path.is_ident("None"),
        Pat::Or(o) => o.cases.iter().any(is_variant_pat),
        _ => false,
    }
}

/// A pattern as the message shows it: `Some(..)`.
fn pat_text(p: &Pat) -> String {
    match p {
        Pat::TupleStruct(t) => {
            format!("{}(..)", t.path.segments.iter().map(|s| s.ident.to_string()).collect::<Vec<_>>().join("::"))
        }
        Pat::Struct(t) => {
            format!("{} {{ .. }}", t.path.segments.iter().map(|s| s.ident.to_string()).collect::<Vec<_>>().join("::"))
        }
        Pat::Path(t) => t.path.segments.iter().map(|s| s.ident.to_string()).collect::<Vec<_>>().join("::"),
        Pat::Or(o) => o.cases.first().map(pat_text).unwrap_or_default(),
        _ => "..".to_string(),
    }
}

/// A future used as its output value: an error for rustc, the `.await` is missing.
fn future_as_value(call: &str, at: Pos, what: &str, rustc: &str) -> Diagnostic {
    diag("missing_await", at, format!("{call} returns a future, not its output, so {what}"))
        .severity(Severity::Error, Some(rustc))
        .help("add `.await` after the call to get its output")
}

/// A future printed with `{}` / `{:?}`: futures implement neither `Display` nor `Debug`.
struct Printed<'a> {
    names: &'a Names,
    once: &'a VecSet<String>,
    /// Locals bound once to a future: name -> the async call.
    futures: VecMap<String, String>,
    out: &'a mut Vec<Diagnostic>,
}

impl<'ast> crate::visit::Visit<'ast> for Printed<'_> {
    crate::visit::overrides!('ast: visit_macro);

    fn visit_macro(&mut self, mac: &'ast syn::Macro) {
        let name = super::syntax::macro_name(mac);
        let formats = matches!(
            name.as_str(),
            "println" | "print" | "eprintln" | "eprint" | "format" | "panic" | "write" | "writeln"
        );
        for e in super::syntax::macro_exprs(mac).into_iter().flatten() {
            if formats {
                if let Some(f) = sure_future(self.names, self.once, &e) {
                    let what = format!("`{name}!` cannot format it");
                    self.out.push(future_as_value(&call_text(&f), pos_of(&e), &what, "E0277"));
                } else if let Some(f) = ident_of(&e).and_then(|local| self.futures.get(&local).map(|f| (local, f))) {
                    let (local, f) = f;
                    let what = format!("`{name}!` cannot format `{local}`, which holds that future");
                    self.out.push(future_as_value(&call_text(f), pos_of(&e), &what, "E0277"));
                }
            }
            self.visit_expr(&e);
        }
    }
}

/// The names a format string captures inline (`{total}`, `{total:>5}`), in order.
fn inline_args(fmt: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut rest = fmt;
    while let Some(i) = rest.find(['{', '}']) {
        let tail = &rest[i..];
        if tail.starts_with("{{") || tail.starts_with("}}") || tail.starts_with('}') {
            rest = &tail[if tail.starts_with('}') && !tail.starts_with("}}") { 1 } else { 2 }..];
            continue;
        }
        let end = tail.find('}').unwrap_or(tail.len());
        let arg = tail[1..end].split(':').next().unwrap_or("").trim();
        if arg.chars().next().is_some_and(|c| c.is_alphabetic() || c == '_')
            && arg.chars().all(|c| c.is_alphanumeric() || c == '_')
        {
            out.push(arg.to_string());
        }
        rest = &tail[end.min(tail.len())..];
        if rest.starts_with('}') {
            rest = &rest[1..];
        }
    }
    out
}

struct Awaits<'a> {
    names: &'a Names,
    /// Names bound once in the file (see [`Bound`]).
    once: &'a VecSet<String>,
    out: &'a mut Vec<Diagnostic>,
}

fn call_text(name: &str) -> String {
    format!("`{}(..)`", name.rsplit("::").next().unwrap_or(name))
}

impl Awaits<'_> {
    /// `let total = total_price(..); println!("total {total}");`: the format string captures the
    /// future `name` holds (in the statements `rest` after its `let`, until it is bound again).
    fn formatted_inline(&mut self, rest: &[Stmt], name: &str, f: &str) {
        struct Find<'n> {
            name: &'n str,
            at: Option<(Pos, String)>,
        }
        impl<'ast> crate::visit::Visit<'ast> for Find<'_> {
            crate::visit::overrides!('ast: visit_macro);

            fn visit_macro(&mut self, mac: &'ast syn::Macro) {
                let macro_name = super::syntax::macro_name(mac);
                let formats = matches!(
                    macro_name.as_str(),
                    "println" | "print" | "eprintln" | "eprint" | "format" | "panic" | "write" | "writeln"
                );
                let exprs = super::syntax::macro_exprs(mac).unwrap_or_default();
                if formats && self.at.is_none() {
                    let fmt = exprs.iter().find_map(|e| match e {
                        Expr::Lit(syn::ExprLit { lit: syn::Lit::Str(s), .. }) => Some(s),
                        _ => None,
                    });
                    if let Some(lit) = fmt {
                        if inline_args(&lit.value()).iter().any(|a| a == self.name) {
                            self.at = Some((pos(lit.span()), macro_name));
                        }
                    }
                }
                for e in &exprs {
                    self.visit_expr(e);
                }
            }
        }
        let mut find = Find { name, at: None };
        for stmt in rest {
            if let Stmt::Local(l) = stmt {
                if let Some(init) = &l.init {
                    crate::visit::Visit::visit_expr(&mut find, &init.expr);
                }
                let mut bound = Vec::new();
                super::syntax::pat_bindings(&l.pat, &mut bound);
                if find.at.is_some() || bound.iter().any(|n| n == name) {
                    break;
                }
                continue;
            }
            crate::visit::Visit::visit_stmt(&mut find, stmt);
            if find.at.is_some() {
                break;
            }
        }
        if let Some((at, mac)) = find.at {
            let what = format!("`{mac}!` cannot format `{name}`, which holds that future");
            self.out.push(future_as_value(&call_text(f), at, &what, "E0277"));
        }
    }
}

impl Awaits<'_> {
    /// Where `e` awaits: its `.await`, or a `tokio::join!(..)` in a fn (`try_join!`, `select!`,
    /// futures' too), which expands to an `.await`.
    fn awaits_outside(&self, e: &Expr, scope: &Scope) -> Option<Pos> {
        match e {
            Expr::Await(a) => Some(pos(a.await_token.span)),
            Expr::Macro(m)
                if scope.innermost().is_some()
                    && matches!(
                        self.names.resolve(&m.mac.path).as_str(),
                        "tokio::join"
                            | "tokio::try_join"
                            | "tokio::select"
                            | "futures::join"
                            | "futures::try_join"
                            | "futures::select"
                    ) =>
            {
                Some(pos_of(&m.mac.path))
            }
            _ => None,
        }
    }
}

impl Hooks for Awaits<'_> {
    fn block(&mut self, b: &Block, _scope: &Scope) {
        for (i, stmt) in b.stmts.iter().enumerate() {
            match stmt {
                Stmt::Expr(Expr::Call(c), Some(_))
                    if c.args.len() == 1 && matches!(&*c.func, Expr::Path(p) if p.path.is_ident("drop")) =>
                {
                    if let Some(f) = self.names.async_call(&c.args[0]) {
                        let call = call_text(&f);
                        self.out.push(
                            diag(
                                "missing_await",
                                pos_of(&c.args[0]),
                                format!(
                                    "the future of {call} is dropped before it is ever polled, so its body never runs"
                                ),
                            )
                            .help(format!("`.await` it instead: `{}.await;`", quote_short(&c.args[0]))),
                        );
                    }
                }
                Stmt::Expr(e, Some(_)) => {
                    if let Some(f) = self.names.async_call(e) {
                        let call = call_text(&f);
                        self.out.push(
                            diag(
                                "missing_await",
                                pos_of(e),
                                format!("{call} is called but its future is never awaited, so its body never runs"),
                            )
                            .help(format!("add `.await`: `{}.await;`", quote_short(e))),
                        );
                    }
                }
                Stmt::Local(local) => {
                    let Some(init) = &local.init else { continue };
                    let init_expr = strip(&init.expr);
                    let is_future = self.names.async_call(init_expr).is_some() || matches!(init_expr, Expr::Async(_));
                    if !is_future || init.diverge.is_some() {
                        continue;
                    }
                    let what = match self.names.async_call(init_expr) {
                        Some(f) => format!("the future of {}", call_text(&f)),
                        None => "this async block".to_string(),
                    };
                    if let Pat::Wild(_) = &local.pat {
                        self.out.push(
                            diag(
                                "let_underscore_future",
                                pos_of(&local.let_token),
                                format!("`let _ = ..` drops {what} before it is ever polled, so it never runs"),
                            )
                            .help(format!("`.await` it: `{}.await;`", quote_short(init_expr))),
                        );
                    } else if let Some((name, p)) = pat_ident(&local.pat) {
                        if let Some(f) = sure_future(self.names, self.once, init_expr) {
                            self.formatted_inline(&b.stmts[i + 1..], &name, &f);
                        }
                        let used_later = b.stmts[i + 1..].iter().any(|s| mentions(s, &name));
                        // Unlike rustc, `let _fut = ..` too: the name silences the warning, not the mistake.
                        if !used_later {
                            if let Some(f) = self.names.async_call(init_expr) {
                                self.out.push(
                                    diag("missing_await", p, format!("`{name}` holds the future of {} but is never awaited, so its body never runs", call_text(&f)))
                                        .help(format!("`let {name} = {}.await;`", quote_short(init_expr))),
                                );
                            }
                        }
                    }
                }
                _ => {}
            }
        }
    }

    fn expr(&mut self, e: &Expr, scope: &Scope) {
        match e {
            Expr::MethodCall(m) if VALUE_METHODS.contains(&m.method.to_string().as_str()) => {
                if let Some(f) = sure_future(self.names, self.once, &m.receiver) {
                    let what = format!("it has no method `{}`", m.method);
                    self.out.push(future_as_value(&call_text(&f), pos_of(&m.receiver), &what, "E0599"));
                }
            }
            // `while let Some(job) = next_job(&mut rx)`: a future matched against its output's pattern.
            Expr::Let(l) if is_variant_pat(&l.pat) => {
                if let Some(f) = sure_future(self.names, self.once, &l.expr) {
                    let what = format!("the pattern `{}` cannot match it", pat_text(&l.pat));
                    self.out.push(future_as_value(&call_text(&f), pos_of(&l.expr), &what, "E0308"));
                }
            }
            Expr::Match(m) if m.arms.iter().any(|a| is_variant_pat(&a.pat)) => {
                if let Some(f) = sure_future(self.names, self.once, &m.expr) {
                    let pat =
                        m.arms.iter().find(|a| is_variant_pat(&a.pat)).map(|a| pat_text(&a.pat)).unwrap_or_default();
                    let what = format!("the pattern `{pat}` cannot match it");
                    self.out.push(future_as_value(&call_text(&f), pos_of(&m.expr), &what, "E0308"));
                }
            }
            Expr::Await(_) | Expr::Macro(_) if !scope.in_async() && self.awaits_outside(e, scope).is_some() => {
                let at = self.awaits_outside(e, scope).unwrap_or_default();
                let where_ = match scope.innermost() {
                    Some(f) if f.kind == FrameKind::Fn => format!("`fn {}`, which is not `async`", f.name),
                    Some(_) => "a closure that is not `async`".to_string(),
                    None => "code outside any function".to_string(),
                };
                let help = match scope.innermost() {
                    Some(f) if f.kind == FrameKind::Fn && f.name == "main" => {
                        "make it `#[tokio::main] async fn main()`".to_string()
                    }
                    Some(f) if f.kind == FrameKind::Fn => {
                        format!("make it `async fn {}` and `.await` it where it is called", f.name)
                    }
                    _ => "use an async closure (`async || ..`) or an `async` block inside the closure".to_string(),
                };
                self.out.push(
                    diag(
                        "await_outside_async",
                        at,
                        format!(
                            "`.await` is only allowed inside `async` functions and blocks, but this one is in {where_}"
                        ),
                    )
                    .help(help),
                );
            }
            Expr::Async(a) => {
                if let Some(Stmt::Expr(tail, None)) = a.block.stmts.last() {
                    if let Some(f) = self.names.async_call(tail) {
                        self.out.push(
                            diag(
                                "async_block_yields_future",
                                pos_of(tail),
                                format!(
                                    "this async block returns the future of {} instead of running it",
                                    call_text(&f)
                                ),
                            )
                            .help(format!("`.await` it inside the block: `async {{ {}.await }}`", quote_short(tail))),
                        );
                    } else if let Expr::Async(_) = strip(tail) {
                        self.out.push(diag(
                            "async_block_yields_future",
                            pos_of(tail),
                            "this async block returns another async block instead of running it",
                        ));
                    }
                }
                // `async { fut.await }` around a local future.
                if a.block.stmts.len() == 1 {
                    if let Stmt::Expr(Expr::Await(inner), None) = &a.block.stmts[0] {
                        if let Some(name) = ident_of(&inner.base) {
                            self.out.push(
                                diag(
                                    "needless_async",
                                    pos_of(&a.async_token),
                                    format!("`async {{ {name}.await }}` only wraps the future `{name}`"),
                                )
                                .help(format!("use `{name}` directly")),
                            );
                        }
                    }
                }
            }
            _ => {}
        }
    }

    fn fn_body(
        &mut self,
        sig: &syn::Signature,
        attrs: &[syn::Attribute],
        body: &Block,
        in_trait_impl: bool,
        _scope: &Scope,
    ) {
        if sig.asyncness.is_none()
            || in_trait_impl
            || sig.ident == "main"
            || !attrs.iter().all(|a| a.path().is_ident("doc") || a.path().is_ident("allow"))
        {
            return;
        }
        // `#[allow(clippy::unused_async)]` says it is async on purpose, as for clippy.
        let allowed = attrs.iter().any(|a| {
            a.path().is_ident("allow")
                && match &a.meta {
                    syn::Meta::List(l) => l.tokens.to_string().contains("unused_async"),
                    syn::Meta::NameValue(v) => crate::span::expr_tokens_text(&v.value).contains("unused_async"),
                    syn::Meta::Path(_) => false,
                }
        });
        if allowed {
            return;
        }
        if contains_await(body) || has_unknown_macro(body) || body.stmts.is_empty() || is_stub(body) {
            return;
        }
        let name = sig.ident.to_string();
        let mut d = diag("needless_async", pos_of(&sig.asyncness), format!("`async fn {name}` never awaits anything"))
            .help(format!("make it a plain `fn {name}` and drop the `.await` at its call sites"));
        // The span covers the fn, so a more specific finding inside it can take precedence.
        let end = pos(body.brace_token.span.close());
        d.end_line = Some(end.line);
        d.end_column = Some(end.column + 1);
        self.out.push(d);
    }
}

/// The expression as source-like text, shortened.
pub(super) fn quote_short(e: &Expr) -> String {
    let text = crate::span::expr_tokens_text(e);
    let text = text
        .replace(" (", "(")
        .replace("( ", "(")
        .replace(" )", ")")
        .replace(" . ", ".")
        .replace(" :: ", "::")
        .replace(" ,", ",");
    if text.chars().count() > 40 {
        text.chars().take(37).collect::<String>() + "..."
    } else {
        text
    }
}

pub(super) fn has_unknown_macro(body: &Block) -> bool {
    struct Find(bool);
    impl<'ast> crate::visit::Visit<'ast> for Find {
        crate::visit::overrides!('ast: visit_macro);

        fn visit_macro(&mut self, mac: &'ast syn::Macro) {
            if !is_known_macro(mac) {
                self.0 = true;
            }
        }
    }
    let mut f = Find(false);
    crate::visit::Visit::visit_block(&mut f, body);
    f.0
}

/// A body that is still to be written (`todo!()`, `unimplemented!()`), as in exercise starters.
fn is_stub(body: &Block) -> bool {
    struct Find(bool);
    impl<'ast> crate::visit::Visit<'ast> for Find {
        crate::visit::overrides!('ast: visit_macro);

        fn visit_macro(&mut self, mac: &'ast syn::Macro) {
            if matches!(super::syntax::macro_name(mac).as_str(), "todo" | "unimplemented") {
                self.0 = true;
            }
        }
    }
    let mut f = Find(false);
    crate::visit::Visit::visit_block(&mut f, body);
    f.0
}
