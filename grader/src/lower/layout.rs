//! `std::mem::size_of::<T>()` and `size_of_val`: rustc's layout on a 64-bit
//! target (x86_64, what the oracle runs and what a learner's machine prints),
//! computed at lowering time from the type's syntax.
//! Only layouts that are certain are computed: primitives, pointers (fat for
//! `str`, slices and `dyn`), `String`/`Vec`, arrays, tuples and structs
//! (rustc sorts fields by alignment, so there is no inner padding), fieldless
//! enums, and `Option` of a type with a well-known niche or none at all.
//! Anything else (enums with data, maps, generic parameters) is an `Err`
//! naming the type, which the caller turns into an `unsupported` refusal.

use crate::vec_map::VecMap;

use super::ty::generic_args;

/// Size and alignment in bytes, plus whether the type has a niche that
/// `Option` uses (so `Option<T>` is as big as `T`).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Layout {
    pub size: u64,
    pub align: u64,
    pub niche: bool,
}

fn leaf(size: u64, niche: bool) -> Layout {
    Layout { size, align: size.max(1), niche }
}

const PTR: Layout = Layout { size: 8, align: 8, niche: true };
const FAT_PTR: Layout = Layout { size: 16, align: 8, niche: true };

/// The learner's struct and enum definitions, by name.
pub type Items<'a> = VecMap<String, &'a syn::Item>;

fn text(ty: &syn::Type) -> String {
    crate::span::type_tokens_text(ty)
        .replace(" < ", "<")
        .replace(" > ", ">")
        .replace(" >", ">")
        .replace("< ", "<")
        .replace(" ,", ",")
        .replace("& ", "&")
}

fn round_up(n: u64, align: u64) -> u64 {
    n.div_ceil(align) * align
}

/// Whether `T` in `&T` / `Box<T>` is unsized (so the pointer is fat).
fn is_unsized(ty: &syn::Type) -> bool {
    match ty {
        syn::Type::Slice(_) | syn::Type::TraitObject(_) => true,
        syn::Type::Paren(p) => is_unsized(&p.elem),
        syn::Type::Path(p) if p.qself.is_none() => {
            let names: Vec<String> = p.path.segments.iter().map(|s| s.ident.to_string()).collect();
            matches!(names.last().map(String::as_str), Some("str"))
                && names.iter().all(|n| matches!(n.as_str(), "std" | "core" | "str" | "primitive"))
        }
        _ => false,
    }
}

/// Layout of a sequence of fields: rustc reorders them by alignment
/// (descending), so the size is the sum rounded up to the largest alignment.
fn fields(tys: &[Layout]) -> Layout {
    let align = tys.iter().map(|l| l.align).max().unwrap_or(1);
    let size = round_up(tys.iter().map(|l| l.size).sum(), align);
    Layout { size, align, niche: tys.iter().any(|l| l.niche) }
}

/// `#[repr(C)]` fields: declaration order with padding.
fn fields_c(tys: &[Layout]) -> Layout {
    let align = tys.iter().map(|l| l.align).max().unwrap_or(1);
    let mut off = 0;
    for l in tys {
        off = round_up(off, l.align) + l.size;
    }
    Layout { size: round_up(off, align), align, niche: tys.iter().any(|l| l.niche) }
}

pub fn layout(ty: &syn::Type, items: &Items, depth: u32) -> Result<Layout, String> {
    let refuse = || Err(format!("the layout of `{}`", text(ty)));
    if depth > 32 {
        return refuse();
    }
    match ty {
        syn::Type::Paren(p) => layout(&p.elem, items, depth + 1),
        syn::Type::Group(g) => layout(&g.elem, items, depth + 1),
        syn::Type::Reference(r) => Ok(if is_unsized(&r.elem) { FAT_PTR } else { PTR }),
        syn::Type::BareFn(_) => Ok(PTR),
        syn::Type::Never(_) => Ok(Layout { size: 0, align: 1, niche: false }),
        syn::Type::Tuple(t) => {
            let tys = t.elems.iter().map(|e| layout(e, items, depth + 1)).collect::<Result<Vec<_>, _>>()?;
            Ok(fields(&tys))
        }
        syn::Type::Array(a) => {
            let elem = layout(&a.elem, items, depth + 1)?;
            let n = match &a.len {
                syn::Expr::Lit(syn::ExprLit { lit: syn::Lit::Int(i), .. }) => {
                    i.base10_parse::<u64>().map_err(|_| format!("the layout of `{}`", text(ty)))?
                }
                _ => return refuse(),
            };
            Ok(Layout { size: elem.size * n, align: elem.align, niche: elem.niche && n > 0 })
        }
        syn::Type::Path(p) if p.qself.is_none() => {
            let Some(seg) = p.path.segments.last() else { return refuse() };
            let name = seg.ident.to_string();
            let args = generic_args(seg);
            let arg = |i: usize| args.get(i).copied();
            if let Some(t) = crate::ir::IntTy::from_name(&name) {
                return Ok(leaf(t.bits() as u64 / 8, false));
            }
            if let Some(item) = items.get(&name) {
                // A learner's type shadows std's names.
                return if args.is_empty() { item_layout(item, items, depth) } else { refuse() };
            }
            Ok(match name.as_str() {
                "f32" => leaf(4, false),
                "f64" => leaf(8, false),
                "bool" => leaf(1, true),
                "char" => leaf(4, true),
                "NonZeroU8" | "NonZeroI8" => leaf(1, true),
                "NonZeroU16" | "NonZeroI16" => leaf(2, true),
                "NonZeroU32" | "NonZeroI32" => leaf(4, true),
                "NonZeroU64" | "NonZeroI64" | "NonZeroUsize" | "NonZeroIsize" => leaf(8, true),
                "NonZero" => match arg(0).map(|t| layout(t, items, depth + 1)) {
                    Some(Ok(l)) => Layout { niche: true, ..l },
                    _ => return refuse(),
                },
                "String" | "Vec" | "PathBuf" | "OsString" => Layout { size: 24, align: 8, niche: true },
                "Box" | "Rc" | "Arc" | "NonNull" => match arg(0) {
                    Some(t) if is_unsized(t) => FAT_PTR,
                    Some(_) => PTR,
                    None => return refuse(),
                },
                "PhantomData" | "PhantomPinned" => Layout { size: 0, align: 1, niche: false },
                "Duration" => Layout { size: 16, align: 8, niche: true },
                "Cell" | "UnsafeCell" => match arg(0) {
                    Some(t) => Layout { niche: false, ..layout(t, items, depth + 1)? },
                    None => return refuse(),
                },
                "Option" => {
                    let Some(inner) = arg(0) else { return refuse() };
                    let l = layout(inner, items, depth + 1)?;
                    if l.niche {
                        // The niche holds `None`; whether a second one is left is not tracked.
                        Layout { niche: false, ..l }
                    } else if is_plain(inner, items) {
                        Layout { size: round_up(l.size + l.align, l.align), align: l.align, niche: false }
                    } else {
                        return refuse();
                    }
                }
                _ => return refuse(),
            })
        }
        _ => refuse(),
    }
}

/// A type with no niche at all (every bit pattern valid): `Option` adds a tag.
fn is_plain(ty: &syn::Type, items: &Items) -> bool {
    match ty {
        syn::Type::Tuple(t) => t.elems.is_empty(),
        syn::Type::Path(p) => {
            let Some(seg) = p.path.segments.last() else { return false };
            let name = seg.ident.to_string();
            crate::ir::IntTy::from_name(&name).is_some()
                || name == "f32"
                || name == "f64"
                || matches!(items.get(&name), Some(syn::Item::Struct(s)) if s.fields.is_empty())
        }
        _ => false,
    }
}

/// The representation attribute of an item: None (Rust), Some("C"), Some("u8")...
fn repr(attrs: &[syn::Attribute]) -> Result<Option<String>, ()> {
    let mut out = None;
    for a in attrs {
        if a.path().is_ident("repr") {
            let mut words = Vec::new();
            let _ = a.parse_nested_meta(|m| {
                words.push(m.path.get_ident().map(|i| i.to_string()).unwrap_or_default());
                Ok(())
            });
            if words.len() != 1 {
                return Err(());
            }
            out = Some(words.remove(0));
        }
    }
    Ok(out)
}

fn item_layout(item: &syn::Item, items: &Items, depth: u32) -> Result<Layout, String> {
    match item {
        syn::Item::Struct(s) => {
            let refuse = || format!("the layout of `{}`", s.ident);
            if !s.generics.params.is_empty() {
                return Err(refuse());
            }
            let tys = s.fields.iter().map(|f| layout(&f.ty, items, depth + 1)).collect::<Result<Vec<_>, _>>()?;
            match repr(&s.attrs).map_err(|_| refuse())?.as_deref() {
                None | Some("Rust") => Ok(fields(&tys)),
                Some("C") => Ok(fields_c(&tys)),
                Some("transparent") if tys.len() == 1 => Ok(tys[0]),
                _ => Err(refuse()),
            }
        }
        syn::Item::Enum(e) => {
            let refuse = || format!("the layout of `{}` (an enum with data)", e.ident);
            if !e.generics.params.is_empty() || e.variants.iter().any(|v| !v.fields.is_empty()) {
                return Err(refuse());
            }
            let repr = repr(&e.attrs).map_err(|_| refuse())?;
            if let Some(r) = &repr {
                return match crate::ir::IntTy::from_name(r) {
                    Some(t) => Ok(leaf(t.bits() as u64 / 8, false)),
                    None => Err(refuse()),
                };
            }
            // Discriminants: explicit literals or previous + 1.
            let (mut lo, mut hi, mut next) = (0i128, 0i128, 0i128);
            for v in &e.variants {
                let d = match &v.discriminant {
                    None => next,
                    Some((_, syn::Expr::Lit(syn::ExprLit { lit: syn::Lit::Int(i), .. }))) => {
                        i.base10_parse::<i128>().map_err(|_| refuse())?
                    }
                    Some((_, syn::Expr::Unary(syn::ExprUnary { op: syn::UnOp::Neg(_), expr, .. }))) => match &**expr {
                        syn::Expr::Lit(syn::ExprLit { lit: syn::Lit::Int(i), .. }) => {
                            -i.base10_parse::<i128>().map_err(|_| refuse())?
                        }
                        _ => return Err(refuse()),
                    },
                    Some(_) => return Err(refuse()),
                };
                lo = lo.min(d);
                hi = hi.max(d);
                next = d + 1;
            }
            Ok(match e.variants.len() {
                0 => Layout { size: 0, align: 1, niche: false },
                1 => Layout { size: 0, align: 1, niche: false },
                n => {
                    let size = if lo >= i8::MIN as i128 && hi <= u8::MAX as i128 && (lo >= 0 || hi <= i8::MAX as i128) {
                        1
                    } else if lo >= i16::MIN as i128 && hi <= u16::MAX as i128 && (lo >= 0 || hi <= i16::MAX as i128) {
                        2
                    } else if lo >= i32::MIN as i128 && hi <= u32::MAX as i128 && (lo >= 0 || hi <= i32::MAX as i128) {
                        4
                    } else {
                        8
                    };
                    // A niche is left when the discriminants do not cover every value.
                    leaf(size, (n as u128) < 1u128 << (8 * size))
                }
            })
        }
        _ => Err("the layout of this type".into()),
    }
}

/// Layout of a lowering-time type (for `size_of_val(&local)`); `adt_name`
/// names a learner's type id. Only types whose by-value layout is certain.
pub fn layout_of_ty(
    ty: &super::ty::Ty,
    items: &Items,
    adt_name: &dyn Fn(crate::ir::TypeId) -> Option<String>,
) -> Option<Layout> {
    use super::ty::Ty;
    Some(match ty {
        Ty::Unit => Layout { size: 0, align: 1, niche: false },
        Ty::Int(t) => leaf(t.bits() as u64 / 8, false),
        Ty::Float(crate::ir::FloatTy::F32) => leaf(4, false),
        Ty::Float(crate::ir::FloatTy::F64) => leaf(8, false),
        Ty::Bool => leaf(1, true),
        Ty::Char => leaf(4, true),
        Ty::String => Layout { size: 24, align: 8, niche: true },
        Ty::Tuple(ts) => fields(&ts.iter().map(|t| layout_of_ty(t, items, adt_name)).collect::<Option<Vec<_>>>()?),
        Ty::Adt(id) if *id >= crate::ir::N_BUILTIN_TYPES as u32 => {
            item_layout(items.get(&adt_name(*id)?)?, items, 0).ok()?
        }
        _ => return None,
    })
}
