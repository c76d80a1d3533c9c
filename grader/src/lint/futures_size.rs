//! `large_future_on_stack`: a large array alive across an `.await`
//! (clippy's `large_futures` threshold: 16 KiB).

use syn::{Block, Expr, Stmt};

use super::catalog::{diag, DiagExt};
use super::syntax::{await_while_alive, pat_ident, strip, walk, Hooks, Names, Scope};
use crate::report::Diagnostic;

const THRESHOLD_BYTES: u64 = 16 * 1024;

pub(super) fn check(file: &syn::File, names: &Names, out: &mut Vec<Diagnostic>) {
    walk(file, names, &mut Size { out });
}

struct Size<'a> {
    out: &'a mut Vec<Diagnostic>,
}

fn scalar_size(name: &str) -> Option<u64> {
    Some(match name {
        "u8" | "i8" | "bool" => 1,
        "u16" | "i16" => 2,
        "u32" | "i32" | "f32" | "char" => 4,
        "u64" | "i64" | "f64" | "usize" | "isize" => 8,
        "u128" | "i128" => 16,
        _ => return None,
    })
}

/// Size in bytes of `[elem; len]` from a literal length and the element's suffix or type.
fn array_bytes(e: &Expr, ty: Option<&syn::Type>) -> Option<u64> {
    let Expr::Repeat(r) = strip(e) else { return None };
    let len = const_int(&r.len)?;
    let from_type = match ty {
        Some(syn::Type::Array(a)) => match &*a.elem {
            syn::Type::Path(p) => p.path.get_ident().and_then(|i| scalar_size(&i.to_string())),
            _ => None,
        },
        _ => None,
    };
    let from_lit = match strip(&r.expr) {
        Expr::Lit(syn::ExprLit { lit: syn::Lit::Int(i), .. }) => {
            Some(if i.suffix().is_empty() { 4 } else { scalar_size(i.suffix())? })
        }
        Expr::Lit(syn::ExprLit { lit: syn::Lit::Float(f), .. }) => {
            Some(if f.suffix().is_empty() { 8 } else { scalar_size(f.suffix())? })
        }
        Expr::Lit(syn::ExprLit { lit: syn::Lit::Bool(_), .. }) => Some(1),
        _ => None,
    };
    Some(len * from_type.or(from_lit)?)
}

impl Hooks for Size<'_> {
    fn block(&mut self, b: &Block, scope: &Scope) {
        if !scope.in_async() {
            return;
        }
        for (i, stmt) in b.stmts.iter().enumerate() {
            let Stmt::Local(local) = stmt else { continue };
            let Some(init) = &local.init else { continue };
            let ty = match &local.pat {
                syn::Pat::Type(t) => Some(&*t.ty),
                _ => None,
            };
            let Some((name, p)) = pat_ident(&local.pat) else { continue };
            let Some(bytes) = array_bytes(&init.expr, ty) else { continue };
            if bytes < THRESHOLD_BYTES {
                continue;
            }
            if let Some(at) = await_while_alive(&b.stmts, i, &name) {
                self.out.push(
                    diag("large_future_on_stack", p, format!("the {bytes}-byte array `{name}` is alive across an `.await`, so it is stored inside the future"))
                        .related(at, "alive across this await")
                        .help(format!("put it on the heap: `let {name} = vec![..; N];` (or `Box::new([..])`)")),
                );
            }
        }
    }
}

/// A constant integer expression of literals (`64 * 1024`, `1 << 16`).
fn const_int(e: &Expr) -> Option<u64> {
    match strip(e) {
        Expr::Lit(syn::ExprLit { lit: syn::Lit::Int(i), .. }) => i.base10_parse().ok(),
        Expr::Binary(b) => {
            let (l, r) = (const_int(&b.left)?, const_int(&b.right)?);
            match b.op {
                syn::BinOp::Add(_) => l.checked_add(r),
                syn::BinOp::Sub(_) => l.checked_sub(r),
                syn::BinOp::Mul(_) => l.checked_mul(r),
                syn::BinOp::Div(_) => l.checked_div(r),
                syn::BinOp::Shl(_) => u32::try_from(r).ok().and_then(|r| l.checked_shl(r)),
                _ => None,
            }
        }
        _ => None,
    }
}
