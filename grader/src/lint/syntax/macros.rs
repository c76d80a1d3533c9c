//! Macro bodies as the lints see them: which macros hold expressions
//! (`println!`, `vec!`, `join!`, ...), the expressions inside them (inline
//! `{name}` format captures included), and `select!` bodies (parsed by
//! [`crate::macro_body`], shared with the lowering).

use syn::punctuated::Punctuated;
use syn::{Expr, Token};

use crate::macro_body::{self, Grammar, Select};

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
