//! `E0373` for an `async` block without `move` that a (non-async) fn returns, as its tail
//! or in `Box::pin(..)`, and that borrows a by-value parameter of the fn: the block may
//! outlive the call, so it cannot borrow what the call owns. Only where the borrow is
//! certain: every use of the parameter in the block is by reference (formatted, the
//! receiver of a method that takes `&self`), or reads a parameter of a `Copy` primitive
//! type (which a non-`move` block also captures by reference).
//!
//! `E0515` for a fn returning a reference whose tail is `&local` (or `&local[..]`,
//! `local.as_str()`) of a local its body owns (`let s = format!(..);`); `E0106` for a fn
//! returning `&T` without a lifetime when no parameter is a reference (there is nothing the
//! returned reference could borrow from).

use crate::visit::Visit;
use syn::{Block, Expr, Stmt, Type};

use super::borrows::{kind_of, place_root, simple_ident, Kind};
use super::items::Items;
use super::{rustc_error, COPY_PRIMS};
use crate::lint::catalog::{diag, DiagExt};
use crate::lint::syntax::{macro_exprs, macro_name, pat_bindings, pos_of, strip};
use crate::report::Diagnostic;

/// Methods of std types that take `&self` (never move their receiver).
const BY_REF: &[&str] = &[
    "len",
    "is_empty",
    "iter",
    "contains",
    "get",
    "as_str",
    "clone",
    "to_string",
    "to_uppercase",
    "to_lowercase",
    "trim",
    "starts_with",
    "ends_with",
    "chars",
    "bytes",
    "lines",
    "split",
    "first",
    "last",
    "keys",
    "values",
    "contains_key",
    "to_vec",
    "to_owned",
];

pub fn check(items: &Items, sig: &syn::Signature, body: &Block, out: &mut Vec<Diagnostic>) {
    missing_lifetime(sig, out);
    returns_local(items, sig, body, out);
    if sig.asyncness.is_some() || matches!(sig.output, syn::ReturnType::Default) {
        return;
    }
    let Some(Stmt::Expr(tail, None)) = body.stmts.last() else { return };
    let block = match strip(tail) {
        Expr::Async(a) if a.capture.is_none() => a,
        Expr::Call(c) if c.args.len() == 1 && is_box_pin(&c.func) => match strip(&c.args[0]) {
            Expr::Async(a) if a.capture.is_none() => a,
            _ => return,
        },
        _ => return,
    };
    for input in &sig.inputs {
        let syn::FnArg::Typed(t) = input else { continue };
        let syn::Pat::Ident(p) = &*t.pat else { continue };
        if p.by_ref.is_some() || matches!(&*t.ty, Type::Reference(_) | Type::ImplTrait(_)) {
            continue;
        }
        let name = p.ident.to_string();
        let copy = super::is_copy_prim(&t.ty);
        let mut uses = Uses { name: &name, copy, by_ref: 0, other: 0 };
        uses.visit_block(&block.block);
        if uses.by_ref > 0 && uses.other == 0 {
            // The catalog's code for this mistake (with rustc's E0373), which the course's
            // exercises name.
            out.push(
                diag(
                    "spawn_borrows_local",
                    pos_of(&block.async_token),
                    format!(
                        "async block may outlive the current function, but it borrows `{name}`, which is owned by the current function"
                    ),
                )
                .help(format!(
                    "the returned future runs after `{}` returns, when `{name}` is gone: write `async move {{ .. }}` so the block owns `{name}`",
                    sig.ident
                )),
            );
        }
    }
}

fn is_box_pin(e: &Expr) -> bool {
    let Expr::Path(p) = strip(e) else { return false };
    let segs: Vec<String> = p.path.segments.iter().map(|s| s.ident.to_string()).collect();
    segs.ends_with(&["Box".to_string(), "pin".to_string()])
}

/// How the block uses the parameter: surely by reference, or otherwise (unsure).
struct Uses<'a> {
    name: &'a str,
    copy: bool,
    by_ref: u32,
    other: u32,
}

impl Uses<'_> {
    fn is_name(&self, e: &Expr) -> bool {
        matches!(strip(e), Expr::Path(p) if p.qself.is_none() && p.path.is_ident(self.name))
    }
}

impl<'a> Visit<'a> for Uses<'_> {
    crate::visit::overrides!('a: visit_expr, visit_macro, visit_pat_ident, visit_item);

    fn visit_expr(&mut self, e: &'a Expr) {
        match e {
            Expr::MethodCall(m) if self.is_name(&m.receiver) => {
                if BY_REF.contains(&m.method.to_string().as_str()) {
                    self.by_ref += 1;
                } else {
                    self.other += 1;
                }
                m.args.iter().for_each(|a| self.visit_expr(a));
            }
            Expr::Path(_) if self.is_name(e) => {
                if self.copy {
                    self.by_ref += 1;
                } else {
                    self.other += 1;
                }
            }
            Expr::Closure(_) | Expr::Async(_) => self.other += u32::from(mentions(e, self.name)),
            _ => crate::visit::visit_expr(self, e),
        }
    }

    fn visit_macro(&mut self, mac: &'a syn::Macro) {
        let formats = matches!(
            macro_name(mac).as_str(),
            "println" | "print" | "eprintln" | "eprint" | "format" | "panic" | "write" | "writeln"
        );
        match macro_exprs(mac) {
            Some(exprs) if formats => {
                for e in &exprs {
                    if self.is_name(e) {
                        self.by_ref += 1;
                    } else {
                        self.visit_expr(e);
                    }
                }
            }
            _ => {
                if mac.tokens.to_string().split(|c: char| !c.is_alphanumeric() && c != '_').any(|t| t == self.name) {
                    self.other += 1;
                }
            }
        }
    }

    fn visit_pat_ident(&mut self, p: &'a syn::PatIdent) {
        if p.ident == self.name {
            // Shadowed inside the block: not sure what a later use refers to.
            self.other += 1;
        }
    }

    fn visit_item(&mut self, _: &'a syn::Item) {}
}

fn mentions(e: &Expr, name: &str) -> bool {
    struct M<'a>(&'a str, bool);
    impl<'a> Visit<'a> for M<'_> {
        crate::visit::overrides!('a: visit_ident, visit_macro);

        fn visit_ident(&mut self, i: &'a proc_macro2::Ident) {
            if i == self.0 {
                self.1 = true;
            }
        }
        fn visit_macro(&mut self, mac: &'a syn::Macro) {
            if mac.tokens.to_string().split(|c: char| !c.is_alphanumeric() && c != '_').any(|t| t == self.0) {
                self.1 = true;
            }
        }
    }
    let mut m = M(name, false);
    m.visit_expr(e);
    m.1
}

/// `E0106`: `fn f() -> &T` (no lifetime) when no parameter can lend one.
fn missing_lifetime(sig: &syn::Signature, out: &mut Vec<Diagnostic>) {
    let syn::ReturnType::Type(_, ret) = &sig.output else { return };
    let Type::Reference(r) = &**ret else { return };
    if r.lifetime.is_some() || !sig.generics.params.is_empty() || sig.receiver().is_some() {
        return;
    }
    // Only parameters whose types surely hold no lifetime (a struct of the learner's may).
    let plain = sig.inputs.iter().all(|i| match i {
        syn::FnArg::Typed(t) => {
            matches!(&*t.ty, Type::Path(p) if p.qself.is_none() && p.path.get_ident().is_some_and(|i| {
                let i = i.to_string();
                COPY_PRIMS.contains(&i.as_str()) || i == "String"
            }))
        }
        syn::FnArg::Receiver(_) => false,
    });
    if !plain {
        return;
    }
    out.push(rustc_error(
        "E0106",
        "missing lifetime specifier".into(),
        pos_of(&**ret),
        Some(format!(
            "`{}` has no borrowed parameter for the returned reference to come from: return an owned value \
             (`String`, `Vec<..>`) instead of a reference",
            sig.ident
        )),
    ));
}

/// `E0515`: the tail returns a reference to a local the body owns.
fn returns_local(items: &Items, sig: &syn::Signature, body: &Block, out: &mut Vec<Diagnostic>) {
    let syn::ReturnType::Type(_, ret) = &sig.output else { return };
    if sig.asyncness.is_some() || !matches!(&**ret, Type::Reference(_)) {
        return;
    }
    let Some(Stmt::Expr(tail, None)) = body.stmts.last() else { return };
    // What each name of the body's own `let`s holds at the tail (the last binding wins).
    let mut kinds: Vec<(String, Option<Kind>)> = Vec::new();
    for stmt in &body.stmts {
        let Stmt::Local(l) = stmt else { continue };
        let mut names = Vec::new();
        pat_bindings(&l.pat, &mut names);
        let kind = match (simple_ident(&l.pat), &l.init) {
            (Some(_), Some(init)) if init.diverge.is_none() => kind_of(items, &init.expr),
            _ => None,
        };
        for n in names {
            kinds.retain(|(k, _)| *k != n);
            kinds.push((n, kind.clone()));
        }
    }
    let kind_of_local = |n: &str| kinds.iter().find(|(k, _)| k == n).and_then(|(_, k)| k.clone());
    let (name, whole) = match strip(tail) {
        Expr::Reference(r) => match place_root(&r.expr) {
            Some((n, projected)) => (n, !projected),
            None => return,
        },
        Expr::MethodCall(m) if m.args.is_empty() && (m.method == "as_str" || m.method == "as_slice") => {
            match super::single_name(&m.receiver) {
                Some(n) => (n, false),
                None => return,
            }
        }
        _ => return,
    };
    let Some(kind) = kind_of_local(&name) else { return };
    if !(whole || kind.collection() || matches!(kind, Kind::Struct(_))) {
        return;
    }
    let message = if whole {
        format!("cannot return reference to local variable `{name}`")
    } else {
        format!("cannot return value referencing local variable `{name}`")
    };
    out.push(rustc_error(
        "E0515",
        message,
        pos_of(tail),
        Some(format!(
            "`{name}` is dropped when `{}` returns, so a reference to it cannot be returned: return `{name}` itself \
             (an owned value, with the return type changed to match)",
            sig.ident
        )),
    ));
}
