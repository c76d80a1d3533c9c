//! `E0308` between the simplest types, where both sides are certain: a literal, a `String`
//! constructor or a local declared with a primitive type, where a different primitive,
//! `String` or `&str` is declared (`let total: u32 = "10";`, `let done: String = count;`
//! with `count: usize`). Integer literals fit every integer type; nothing else converts.

use syn::{Expr, Lit, Type};

use crate::lint::syntax::strip;

/// A type or a value's type, as far as this rule knows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Kind {
    /// An integer type by name (`u32`); `None` for an unsuffixed literal, which fits any.
    Int(Option<String>),
    /// A float type by name; `None` for an unsuffixed literal, which fits `f32` and `f64`.
    Float(Option<String>),
    Bool,
    Char,
    Str,
    String,
}

const INTS: &[&str] = &["i8", "i16", "i32", "i64", "i128", "isize", "u8", "u16", "u32", "u64", "u128", "usize"];

impl Kind {
    pub fn text(&self) -> String {
        match self {
            Kind::Int(Some(t)) | Kind::Float(Some(t)) => format!("`{t}`"),
            Kind::Int(None) => "integer".into(),
            Kind::Float(None) => "floating-point number".into(),
            Kind::Bool => "`bool`".into(),
            Kind::Char => "`char`".into(),
            Kind::Str => "`&str`".into(),
            Kind::String => "`String`".into(),
        }
    }
}

/// The kind of a declared type: a primitive by its plain name, `String`, `&str`.
pub fn of_type(ty: &Type) -> Option<Kind> {
    match ty {
        Type::Reference(r) if r.mutability.is_none() => match &*r.elem {
            Type::Path(p) if p.qself.is_none() && p.path.is_ident("str") => Some(Kind::Str),
            _ => None,
        },
        Type::Path(p) if p.qself.is_none() && p.path.segments.len() == 1 => {
            let seg = &p.path.segments[0];
            if !matches!(seg.arguments, syn::PathArguments::None) {
                return None;
            }
            let name = seg.ident.to_string();
            match name.as_str() {
                n if INTS.contains(&n) => Some(Kind::Int(Some(name))),
                "f32" | "f64" => Some(Kind::Float(Some(name))),
                "bool" => Some(Kind::Bool),
                "char" => Some(Kind::Char),
                "String" => Some(Kind::String),
                _ => None,
            }
        }
        _ => None,
    }
}

/// The kind of a value: a literal or a `String` constructor (locals through `local`).
pub fn of_expr(e: &Expr, local: &dyn Fn(&str) -> Option<Kind>) -> Option<Kind> {
    match strip(e) {
        Expr::Lit(l) => match &l.lit {
            Lit::Int(i) => Some(Kind::Int(Some(i.suffix().to_string()).filter(|s| !s.is_empty()))),
            Lit::Float(f) => Some(Kind::Float(Some(f.suffix().to_string()).filter(|s| !s.is_empty()))),
            Lit::Bool(_) => Some(Kind::Bool),
            Lit::Char(_) => Some(Kind::Char),
            Lit::Str(_) => Some(Kind::Str),
            _ => None,
        },
        Expr::Macro(m) if m.mac.path.is_ident("format") => Some(Kind::String),
        Expr::Call(c) => {
            let Expr::Path(p) = strip(&c.func) else { return None };
            let segs: Vec<String> = p.path.segments.iter().map(|s| s.ident.to_string()).collect();
            (segs.len() == 2 && segs[0] == "String" && matches!(segs[1].as_str(), "from" | "new"))
                .then_some(Kind::String)
        }
        Expr::Path(p) if p.qself.is_none() && p.path.segments.len() == 1 => {
            local(&p.path.segments[0].ident.to_string())
        }
        _ => None,
    }
}

/// Whether a value of kind `value` can never be where `want` is declared.
pub fn mismatch(want: &Kind, value: &Kind) -> bool {
    match (want, value) {
        (Kind::Int(Some(_)), Kind::Int(None)) | (Kind::Float(Some(_)), Kind::Float(None)) => false,
        (Kind::Int(Some(a)), Kind::Int(Some(b))) | (Kind::Float(Some(a)), Kind::Float(Some(b))) => a != b,
        (a, b) => std::mem::discriminant(a) != std::mem::discriminant(b),
    }
}
