//! Light static types: just enough local inference to give unsuffixed
//! literals the type their context gives (overflow checks, `{:x}` of
//! negatives) and to pick `parse`/`collect`/`sum` targets.
//! Unknown is always allowed; the VM falls back to the operand types it sees.

use crate::ir::{FloatTy, IntTy, TypeId};

#[derive(Debug, Clone, PartialEq, Default)]
pub enum Ty {
    #[default]
    Unknown,
    Unit,
    Int(IntTy),
    Float(FloatTy),
    Bool,
    Char,
    Str,
    String,
    Vec(Box<Ty>),
    /// `[T; N]` (indexing panics point at a different column than for Vec).
    Array(Box<Ty>),
    Deque(Box<Ty>),
    Map(Box<Ty>, Box<Ty>),
    Set(Box<Ty>),
    Option(Box<Ty>),
    Result(Box<Ty>, Box<Ty>),
    Tuple(Vec<Ty>),
    Adt(TypeId),
    /// `&mut T` (matters for match binding modes).
    RefMut(Box<Ty>),
    /// Box<dyn Error>, the target of `?` conversions.
    DynError,
    /// A closure returning this type.
    Fn(Box<Ty>),
    /// `Box<T>` (not `Box<dyn ..>`). Transparent at run time and for hints (`strip_ref`
    /// looks through it); kept so that an impl for `Box<T>` is told from `T`'s own.
    Boxed(Box<Ty>),
    /// `[T]`, wrapping `Vec(T)`: hints see the Vec (`strip_ref`); method dispatch tells
    /// `impl Trait for [T]` from `impl Trait for Vec<T>`.
    Slice(Box<Ty>),
    /// `dyn Trait` (behind `&` or `Box`): a call on it dispatches at run time, as rustc's vtable does.
    Dyn(String),
}

impl Ty {
    pub fn strip_ref(&self) -> &Ty {
        match self {
            Ty::RefMut(t) | Ty::Boxed(t) | Ty::Slice(t) => t.strip_ref(),
            t => t,
        }
    }

    pub fn elem(&self) -> Ty {
        match self.strip_ref() {
            Ty::Vec(t) | Ty::Array(t) | Ty::Deque(t) | Ty::Set(t) | Ty::Option(t) => (**t).clone(),
            Ty::Result(t, _) => (**t).clone(),
            _ => Ty::Unknown,
        }
    }

    pub fn is_known(&self) -> bool {
        !matches!(self, Ty::Unknown)
    }

    /// Suffix used on hinted method names (`parse`, `collect`, `sum`, `into`).
    pub fn hint(&self) -> String {
        match self.strip_ref() {
            Ty::Int(t) => t.name().to_string(),
            Ty::Float(FloatTy::F32) => "f32".into(),
            Ty::Float(FloatTy::F64) => "f64".into(),
            Ty::Bool => "bool".into(),
            Ty::Char => "char".into(),
            Ty::String => "String".into(),
            Ty::Str => "str".into(),
            Ty::Vec(_) | Ty::Array(_) => "Vec".into(),
            Ty::Deque(_) => "VecDeque".into(),
            Ty::Map(..) => "HashMap".into(),
            Ty::Set(_) => "HashSet".into(),
            Ty::Result(ok, _) => format!("Result<{}>", ok.hint()),
            Ty::Option(t) => format!("Option<{}>", t.hint()),
            _ => String::new(),
        }
    }
}

/// The last path segment's name and generic args of a type path.
fn last_segment(path: &syn::Path) -> Option<&syn::PathSegment> {
    path.segments.last()
}

pub(super) fn generic_args(seg: &syn::PathSegment) -> Vec<&syn::Type> {
    match &seg.arguments {
        syn::PathArguments::AngleBracketed(a) => a
            .args
            .iter()
            .filter_map(|arg| match arg {
                syn::GenericArgument::Type(t) => Some(t),
                _ => None,
            })
            .collect(),
        _ => Vec::new(),
    }
}

/// Convert a syn type to a hint, with a resolver for user type names.
pub fn from_syn(ty: &syn::Type, resolve: &dyn Fn(&str) -> Option<TypeId>) -> Ty {
    match ty {
        syn::Type::Reference(r) => {
            let inner = from_syn(&r.elem, resolve);
            if r.mutability.is_some() {
                Ty::RefMut(Box::new(inner))
            } else {
                inner
            }
        }
        syn::Type::Paren(p) => from_syn(&p.elem, resolve),
        syn::Type::Group(g) => from_syn(&g.elem, resolve),
        syn::Type::Tuple(t) if t.elems.is_empty() => Ty::Unit,
        syn::Type::Tuple(t) => Ty::Tuple(t.elems.iter().map(|e| from_syn(e, resolve)).collect()),
        syn::Type::Array(a) => Ty::Array(Box::new(from_syn(&a.elem, resolve))),
        syn::Type::Slice(s) => Ty::Slice(Box::new(Ty::Vec(Box::new(from_syn(&s.elem, resolve))))),
        syn::Type::TraitObject(t) => t
            .bounds
            .iter()
            .find_map(|b| match b {
                syn::TypeParamBound::Trait(tb) => tb.path.segments.last().map(|s| Ty::Dyn(s.ident.to_string())),
                _ => None,
            })
            .unwrap_or_default(),
        syn::Type::Path(p) => {
            let Some(seg) = last_segment(&p.path) else { return Ty::Unknown };
            let name = seg.ident.to_string();
            let args = generic_args(seg);
            let arg = |i: usize| args.get(i).map(|t| from_syn(t, resolve)).unwrap_or_default();
            if let Some(t) = IntTy::from_name(&name) {
                return Ty::Int(t);
            }
            match name.as_str() {
                "f64" => Ty::Float(FloatTy::F64),
                "f32" => Ty::Float(FloatTy::F32),
                "bool" => Ty::Bool,
                "char" => Ty::Char,
                "str" => Ty::Str,
                "String" => Ty::String,
                "Vec" => Ty::Vec(Box::new(arg(0))),
                "VecDeque" => Ty::Deque(Box::new(arg(0))),
                "HashMap" | "BTreeMap" => Ty::Map(Box::new(arg(0)), Box::new(arg(1))),
                "HashSet" | "BTreeSet" => Ty::Set(Box::new(arg(0))),
                "Option" => Ty::Option(Box::new(arg(0))),
                "Result" => Ty::Result(Box::new(arg(0)), Box::new(arg(1))),
                "Box" => {
                    if let Some(syn::Type::TraitObject(t)) = args.first() {
                        let error = t.bounds.iter().any(|b| matches!(b, syn::TypeParamBound::Trait(tb) if tb.path.segments.last().is_some_and(|s| s.ident == "Error")));
                        if error {
                            Ty::DynError
                        } else {
                            Ty::Boxed(Box::new(from_syn(args[0], resolve)))
                        }
                    } else {
                        Ty::Boxed(Box::new(arg(0)))
                    }
                }
                _ => resolve(&name).map(Ty::Adt).unwrap_or_default(),
            }
        }
        _ => Ty::Unknown,
    }
}
