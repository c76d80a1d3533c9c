//! Light static types: just enough local inference to give unsuffixed
//! literals the type their context gives (overflow checks, `{:x}` of
//! negatives) and to pick `parse`/`collect`/`sum` targets.
//! Unknown is always allowed; the VM falls back to the operand types it sees.

use crate::api::{self, Returns};
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

pub(super) fn is_builtin_type_name(name: &str) -> bool {
    IntTy::from_name(name).is_some() || api::is_std_type(name)
}

/// Result type hints of built-in paths (facts: [`crate::api`]).
pub(super) fn builtin_path_ty(path: &str, hint: &Ty) -> Ty {
    let shaped =
        |fits: fn(&Ty) -> bool, fresh: Ty| if fits(hint.strip_ref()) { hint.strip_ref().clone() } else { fresh };
    match api::path_returns(path) {
        Some(Returns::Wrapper) => hint.clone(),
        Some(Returns::SelfType) => match path.split("::").next().unwrap_or_default() {
            "String" => Ty::String,
            "Vec" => shaped(|t| matches!(t, Ty::Vec(_)), Ty::Vec(Box::new(Ty::Unknown))),
            "HashMap" | "BTreeMap" => {
                shaped(|t| matches!(t, Ty::Map(..)), Ty::Map(Box::new(Ty::Unknown), Box::new(Ty::Unknown)))
            }
            "VecDeque" => shaped(|t| matches!(t, Ty::Deque(_)), Ty::Deque(Box::new(Ty::Unknown))),
            "HashSet" | "BTreeSet" => shaped(|t| matches!(t, Ty::Set(_)), Ty::Set(Box::new(Ty::Unknown))),
            _ => Ty::Unknown,
        },
        _ => Ty::Unknown,
    }
}

/// Result type hints of methods (enough for literal typing downstream; facts: [`crate::api`]).
pub(super) fn method_ret_ty(name: &str, recv: &Ty, target: &Ty, user: Option<Ty>) -> Ty {
    let orig = match recv {
        Ty::RefMut(t) => &**t,
        t => t,
    };
    let recv = recv.strip_ref();
    let textual =
        matches!(recv, Ty::String | Ty::Str | Ty::Vec(_) | Ty::Unknown | Ty::Int(_) | Ty::Float(_) | Ty::Char);
    match api::method_returns(name) {
        Some(Returns::Usize) => Ty::Int(IntTy::Usize),
        Some(Returns::Bool) => Ty::Bool,
        Some(r @ (Returns::String | Returns::Str)) if textual => {
            if matches!(name, "to_uppercase" | "to_lowercase") && matches!(recv, Ty::Char) {
                return Ty::Unknown;
            }
            if r == Returns::Str {
                Ty::Str
            } else {
                Ty::String
            }
        }
        // A clone of a `Box<T>` is a `Box<T>` (method dispatch tells them apart).
        _ if matches!(name, "clone" | "to_owned") && matches!(orig, Ty::Boxed(_)) => orig.clone(),
        Some(Returns::Receiver) => recv.clone(),
        Some(Returns::Slice) => slice_of(recv),
        Some(Returns::Unwrapped) => match recv {
            Ty::Option(t) | Ty::Result(t, _) => (**t).clone(),
            _ => target.clone(),
        },
        Some(Returns::OptionOfElement) => match recv {
            Ty::Vec(t) | Ty::Deque(t) => Ty::Option(t.clone()),
            Ty::Map(_, v) => Ty::Option(v.clone()),
            Ty::Int(t) => Ty::Option(Box::new(Ty::Int(*t))),
            _ => Ty::Unknown,
        },
        Some(Returns::Elements) => match recv {
            Ty::Vec(_) | Ty::Deque(_) | Ty::Set(_) => Ty::Vec(Box::new(recv.elem())),
            _ => Ty::Unknown,
        },
        Some(Returns::Target) => target.clone(),
        _ => user.unwrap_or_default(),
    }
}

/// The static type of `base[a..b]`: `str` for strings, `[T]` for sequences.
pub(super) fn slice_of(base: &Ty) -> Ty {
    match base.strip_ref() {
        Ty::String | Ty::Str => Ty::Str,
        Ty::Vec(t) | Ty::Array(t) => Ty::Slice(Box::new(Ty::Vec(t.clone()))),
        _ => Ty::Unknown,
    }
}

/// The parameter types a closure passed to this method gets, from the receiver's element type
/// (`v.iter().map(|g| ..)`, `opt.map(|x| ..)`, `v.sort_by(|a, b| ..)`); None when unknown.
pub(super) fn closure_param_tys(method: &str, recv: &Ty) -> Option<Vec<Ty>> {
    let e = recv.elem();
    if !e.is_known() {
        return None;
    }
    match method {
        "map"
        | "filter"
        | "for_each"
        | "any"
        | "all"
        | "find"
        | "position"
        | "rposition"
        | "filter_map"
        | "flat_map"
        | "inspect"
        | "take_while"
        | "skip_while"
        | "map_while"
        | "max_by_key"
        | "min_by_key"
        | "partition"
        | "find_map"
        | "sort_by_key"
        | "sort_unstable_by_key"
        | "retain" => Some(vec![e]),
        "fold" => Some(vec![Ty::Unknown, e]),
        "max_by" | "min_by" | "sort_by" | "sort_unstable_by" => Some(vec![e.clone(), e]),
        _ => None,
    }
}
