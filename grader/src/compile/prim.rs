//! The simple types the compile check is sure of (`Kind`): primitives, `String`, `&str`,
//! `()`, and the std and tokio types whose value says what they are (`Vec`, an array,
//! `Option`, `Result`, a reference to one of these, a `JoinHandle`, a std `Mutex`, a
//! channel's `Sender`); and `E0308` between two of them (`let total: u32 = "10";`,
//! `let done: String = count;` with `count: usize`). Integer literals fit every integer
//! type, and `&String` (through any number of `&`) fits `&str`; nothing else converts.

use syn::Type;

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
    Unit,
    /// `Vec<T>`, with `T` when known.
    Vec(Option<Box<Kind>>),
    /// An array `[T; N]`.
    Array,
    Option,
    Result,
    /// A shared reference to a value of a known kind.
    Ref(Box<Kind>),
    /// tokio's `JoinHandle` (of `tokio::spawn`), whose `.await` is a `Result`.
    JoinHandle,
    /// `std::sync::Mutex`, or an `Arc` of one.
    StdMutex,
    /// A channel's sender, with the item kind when known; `sync` when `send` is not async
    /// (std's `mpsc`, tokio's unbounded channel).
    Sender {
        item: Option<Box<Kind>>,
        sync: bool,
    },
    /// A tuple, with each element's kind when known.
    Tuple(Vec<Option<Kind>>),
}

const INTS: &[&str] = &["i8", "i16", "i32", "i64", "i128", "isize", "u8", "u16", "u32", "u64", "u128", "usize"];

impl Kind {
    /// The kind behind any number of `&`.
    pub fn peel(&self) -> &Kind {
        match self {
            Kind::Ref(k) => k.peel(),
            k => k,
        }
    }

    /// A primitive, `&str` or `String`: the kinds of literals and of values printed as text.
    pub fn is_simple(&self) -> bool {
        matches!(self, Kind::Int(_) | Kind::Float(_) | Kind::Bool | Kind::Char | Kind::Str | Kind::String)
    }

    pub fn text(&self) -> String {
        match self {
            Kind::Int(Some(t)) | Kind::Float(Some(t)) => format!("`{t}`"),
            Kind::Int(None) => "integer".into(),
            Kind::Float(None) => "floating-point number".into(),
            Kind::Bool => "`bool`".into(),
            Kind::Char => "`char`".into(),
            Kind::Str => "`&str`".into(),
            Kind::String => "`String`".into(),
            Kind::Unit => "`()`".into(),
            Kind::Vec(Some(t)) => format!("`Vec<{}>`", t.text().trim_matches('`')),
            Kind::Vec(None) => "`Vec<_>`".into(),
            Kind::Array => "array".into(),
            Kind::Option => "`Option<_>`".into(),
            Kind::Result => "`Result<_, _>`".into(),
            Kind::Ref(k) => format!("`&{}`", k.text().trim_matches('`')),
            Kind::JoinHandle => "`JoinHandle<_>`".into(),
            Kind::StdMutex => "`std::sync::Mutex<_>`".into(),
            Kind::Sender { .. } => "`Sender<_>`".into(),
            Kind::Tuple(ks) => {
                let each: Vec<String> = ks
                    .iter()
                    .map(|k| k.as_ref().map_or("_".to_string(), |k| k.text().trim_matches('`').to_string()))
                    .collect();
                format!("`({})`", each.join(", "))
            }
        }
    }
}

/// The kind of a declared type: a primitive by its plain name, `String`, `&str`, `()`,
/// `Vec<T>`, `Option<T>` (the caller makes sure no name in it is the file's own).
pub fn of_type(ty: &Type) -> Option<Kind> {
    match ty {
        Type::Tuple(t) if t.elems.is_empty() => Some(Kind::Unit),
        Type::Tuple(t) => Some(Kind::Tuple(t.elems.iter().map(of_type).collect())),
        Type::Path(p) if p.qself.is_none() && p.path.segments.len() == 1 && p.path.leading_colon.is_none() => {
            let seg = &p.path.segments[0];
            let syn::PathArguments::AngleBracketed(args) = &seg.arguments else { return plain(ty) };
            let [syn::GenericArgument::Type(arg)] = args.args.iter().collect::<Vec<_>>()[..] else { return None };
            match seg.ident.to_string().as_str() {
                "Vec" => Some(Kind::Vec(of_type(arg).map(Box::new))),
                "Option" => Some(Kind::Option),
                _ => None,
            }
        }
        _ => plain(ty),
    }
}

fn plain(ty: &Type) -> Option<Kind> {
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

/// Whether a value of kind `value` can never be where `want` is declared.
pub fn mismatch(want: &Kind, value: &Kind) -> bool {
    match (want, value) {
        (Kind::Int(Some(_)), Kind::Int(None)) | (Kind::Float(Some(_)), Kind::Float(None)) => false,
        // Deref coercion: `&String`, `&&str`, `&&String` are `&str` where one is wanted.
        (Kind::Str, Kind::Ref(k)) => !matches!(k.peel(), Kind::String | Kind::Str),
        (Kind::Ref(a), Kind::Ref(b)) => mismatch(a, b),
        (Kind::Ref(_), _) | (_, Kind::Ref(_)) => true,
        (Kind::Sender { .. }, Kind::Sender { .. }) => false,
        (Kind::Tuple(a), Kind::Tuple(b)) => {
            a.len() != b.len() || a.iter().zip(b).any(|(x, y)| matches!((x, y), (Some(x), Some(y)) if mismatch(x, y)))
        }
        (Kind::Int(Some(a)), Kind::Int(Some(b))) | (Kind::Float(Some(a)), Kind::Float(Some(b))) => a != b,
        (a, b) => std::mem::discriminant(a) != std::mem::discriminant(b),
    }
}
