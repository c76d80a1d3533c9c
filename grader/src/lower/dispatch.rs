//! Static method dispatch, for the impls the run-time type cannot tell apart.
//!
//! The VM dispatches a method call on the receiver's run-time [`TypeKey`]. That is exact for
//! the learner's own types, but some impls share one key: `impl Total for Vec<i64>` and
//! `impl Total for [i32]` are both `Vec` at run time, and `Box<T>` is transparent, so an
//! `impl<T: Total> Total for Box<T>` that does more than forward to `T` is never reached.
//! For such method names (`Ctx::static_methods`) the lowering picks the impl the way rustc
//! does: it walks the receiver's static type through rustc's autoderef steps
//! (`Box<T>` → `T`, `Vec<T>` → `[T]`, `String` → `str`) and takes the impl that fits at
//! the first step where one does. When the static type is not known well enough to decide,
//! the call is refused with its line: a refusal, never a guess.
//!
//! A `Box<T>` impl with a generic `T` is a template, lowered once per concrete `T`
//! (`Ctx::impl_instance`), so that `(**self).total()` inside it is dispatched statically too.

use crate::vec_map::VecMap;

use super::ty::Ty;
use super::Ctx;
use crate::ir::{FloatTy, FnId, IntTy, TypeId};

/// The longest type argument a per-type copy is made for (a template's `T`, a generic fn's
/// type argument); a longer one grows with each call (`show(Box::new(t))`), which is rustc's
/// recursion-limit error, so the call is refused instead of lowering copies forever.
pub const MAX_TYPE_NAME: usize = 200;

/// One impl of a method name.
#[derive(Clone)]
pub struct ImplFn<'a> {
    pub trait_name: Option<String>,
    /// The impl's self type, as written (`Vec<i64>`, `[i32]`, `Box<T>`, `T`).
    pub self_ty: &'a syn::Type,
    /// The impl's type parameters.
    pub params: Vec<String>,
    /// The method, or for a template the id its copies are made from.
    pub id: FnId,
    pub template: bool,
}

/// A `Box<T>` impl's method, lowered per concrete `T`.
#[derive(Clone)]
pub struct ImplTemplate<'a> {
    pub sig: &'a syn::Signature,
    pub block: &'a syn::Block,
    pub params: Vec<String>,
    pub self_ty: &'a syn::Type,
}

/// An impl that fits a receiver, with its type parameters bound.
type Candidate<'a> = (ImplFn<'a>, VecMap<String, Ty>);

/// How well an impl's self type fits a receiver's static type.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Fit {
    No,
    /// Fits if an unknown part of the receiver's type is what the impl needs.
    Maybe,
    /// Fits but for the width of an integer, which may be the grader's default guess for an
    /// unsuffixed literal where rustc infers the impl's type.
    Width,
    Yes,
}

fn all(fits: impl IntoIterator<Item = Fit>) -> Fit {
    fits.into_iter().min().unwrap_or(Fit::Yes)
}

/// Whether `ty` is an instance of the impl self type `pat`; binds `params` in `binds`.
pub fn fit(
    pat: &syn::Type,
    params: &[String],
    ty: &Ty,
    resolve: &dyn Fn(&str) -> Option<TypeId>,
    binds: &mut VecMap<String, Ty>,
) -> Fit {
    let ty = match ty {
        Ty::RefMut(t) => &**t,
        t => t,
    };
    if matches!(ty, Ty::Unknown | Ty::DynError | Ty::Fn(_)) {
        return Fit::Maybe;
    }
    let args_fit = |seg: &syn::PathSegment, tys: &[&Ty], binds: &mut VecMap<String, Ty>| -> Fit {
        let args = super::ty::generic_args(seg);
        if args.is_empty() {
            return Fit::Yes;
        }
        if args.len() != tys.len() {
            return Fit::Maybe;
        }
        all(args.iter().zip(tys).map(|(a, t)| fit(a, params, t, resolve, binds)).collect::<Vec<_>>())
    };
    match pat {
        syn::Type::Reference(r) => fit(&r.elem, params, ty, resolve, binds),
        syn::Type::Paren(p) => fit(&p.elem, params, ty, resolve, binds),
        syn::Type::Group(g) => fit(&g.elem, params, ty, resolve, binds),
        syn::Type::Slice(s) => match ty {
            Ty::Slice(v) => match &**v {
                Ty::Vec(e) => fit(&s.elem, params, e, resolve, binds),
                _ => Fit::Maybe,
            },
            _ => Fit::No,
        },
        syn::Type::Array(a) => match ty {
            Ty::Array(e) => fit(&a.elem, params, e, resolve, binds),
            _ => Fit::No,
        },
        syn::Type::Tuple(t) if t.elems.is_empty() => {
            if *ty == Ty::Unit {
                Fit::Yes
            } else {
                Fit::No
            }
        }
        syn::Type::Tuple(t) => match ty {
            Ty::Tuple(ts) if ts.len() == t.elems.len() => {
                all(t.elems.iter().zip(ts).map(|(p, t)| fit(p, params, t, resolve, binds)).collect::<Vec<_>>())
            }
            _ => Fit::No,
        },
        syn::Type::Path(p) if p.qself.is_none() => {
            let Some(seg) = p.path.segments.last() else { return Fit::Maybe };
            let name = seg.ident.to_string();
            if p.path.segments.len() == 1 && params.contains(&name) {
                return match binds.get(&name) {
                    Some(b) if b == ty => Fit::Yes,
                    Some(_) => Fit::No,
                    None => {
                        binds.insert(name, ty.clone());
                        Fit::Yes
                    }
                };
            }
            if let Some(want) = IntTy::from_name(&name) {
                return match ty {
                    Ty::Int(t) if *t == want => Fit::Yes,
                    Ty::Int(_) => Fit::Width,
                    _ => Fit::No,
                };
            }
            match (name.as_str(), ty) {
                ("f64", Ty::Float(FloatTy::F64))
                | ("f32", Ty::Float(FloatTy::F32))
                | ("bool", Ty::Bool)
                | ("char", Ty::Char)
                | ("str", Ty::Str)
                | ("String", Ty::String) => Fit::Yes,
                ("f64" | "f32" | "bool" | "char" | "str" | "String", _) => Fit::No,
                ("Vec", Ty::Vec(e))
                | ("VecDeque", Ty::Deque(e))
                | ("HashSet" | "BTreeSet", Ty::Set(e))
                | ("Option", Ty::Option(e))
                | ("Box", Ty::Boxed(e)) => args_fit(seg, &[e], binds),
                ("HashMap" | "BTreeMap", Ty::Map(k, v)) | ("Result", Ty::Result(k, v)) => args_fit(seg, &[k, v], binds),
                (
                    "Vec" | "VecDeque" | "HashSet" | "BTreeSet" | "HashMap" | "BTreeMap" | "Option" | "Result" | "Box",
                    _,
                ) => Fit::No,
                _ => match (resolve(&name), ty) {
                    // The light types carry no type arguments of a learner's type: `Wrapper<i32>`
                    // surely fits only an impl for every `Wrapper<T>`.
                    (Some(id), Ty::Adt(t)) if *t == id => {
                        let generic_only = super::ty::generic_args(seg).iter().all(|a| matches!(a, syn::Type::Path(p) if p.path.segments.len() == 1 && params.contains(&p.path.segments[0].ident.to_string())));
                        if generic_only {
                            Fit::Yes
                        } else {
                            Fit::Maybe
                        }
                    }
                    (Some(_), _) => Fit::No,
                    // A std type the light types do not model (`Rc<..>`, `Duration`).
                    (None, _) => Fit::Maybe,
                },
            }
        }
        _ => Fit::Maybe,
    }
}

/// A type as the learner wrote it (`Wrapper<i32>`), for messages.
fn type_text(t: &syn::Type) -> String {
    let text = crate::span::type_tokens_text(t);
    text.replace(" < ", "<")
        .replace("< ", "<")
        .replace(" <", "<")
        .replace(" >", ">")
        .replace(" ,", ",")
        .replace(" :: ", "::")
        .replace("& ", "&")
        .replace("[ ", "[")
        .replace(" ]", "]")
}

/// Whether a part of this static type is unknown to the light types.
fn has_unknown(t: &Ty) -> bool {
    match t {
        Ty::Unknown | Ty::DynError | Ty::Fn(_) => true,
        Ty::Vec(e)
        | Ty::Array(e)
        | Ty::Deque(e)
        | Ty::Set(e)
        | Ty::Option(e)
        | Ty::RefMut(e)
        | Ty::Boxed(e)
        | Ty::Slice(e) => has_unknown(e),
        Ty::Map(k, v) | Ty::Result(k, v) => has_unknown(k) || has_unknown(v),
        Ty::Tuple(ts) => ts.iter().any(has_unknown),
        _ => false,
    }
}

/// rustc's autoderef steps for a method receiver of this static type.
pub fn autoderef(ty: &Ty) -> Vec<Ty> {
    let mut steps = Vec::new();
    let mut t = match ty {
        Ty::RefMut(t) => (**t).clone(),
        t => t.clone(),
    };
    loop {
        steps.push(t.clone());
        t = match t {
            Ty::Boxed(inner) | Ty::RefMut(inner) => *inner,
            // The unsizing step ends the walk.
            Ty::Vec(e) | Ty::Array(e) => {
                steps.push(Ty::Slice(Box::new(Ty::Vec(e))));
                break;
            }
            Ty::String => {
                steps.push(Ty::Str);
                break;
            }
            _ => break,
        };
    }
    steps
}

/// Rust source for a static type, for a template's type argument (None when a part is unknown).
pub fn rust_name(ty: &Ty, adt: &dyn Fn(TypeId) -> Option<String>) -> Option<String> {
    let n = |t: &Ty| rust_name(t, adt);
    Some(match ty {
        Ty::Unit => "()".into(),
        Ty::Int(t) => t.name().to_string(),
        Ty::Float(FloatTy::F64) => "f64".into(),
        Ty::Float(FloatTy::F32) => "f32".into(),
        Ty::Bool => "bool".into(),
        Ty::Char => "char".into(),
        Ty::Str => "str".into(),
        Ty::String => "String".into(),
        Ty::Vec(e) => format!("Vec<{}>", n(e)?),
        Ty::Slice(v) => match &**v {
            Ty::Vec(e) => format!("[{}]", n(e)?),
            _ => return None,
        },
        Ty::Deque(e) => format!("VecDeque<{}>", n(e)?),
        Ty::Set(e) => format!("HashSet<{}>", n(e)?),
        Ty::Map(k, v) => format!("HashMap<{}, {}>", n(k)?, n(v)?),
        Ty::Option(e) => format!("Option<{}>", n(e)?),
        Ty::Result(t, e) => format!("Result<{}, {}>", n(t)?, n(e)?),
        Ty::Boxed(e) => format!("Box<{}>", n(e)?),
        Ty::Tuple(ts) => format!("({},)", ts.iter().map(n).collect::<Option<Vec<_>>>()?.join(", ")),
        Ty::Adt(id) => adt(*id)?,
        Ty::RefMut(t) => format!("&mut {}", n(t)?),
        Ty::Dyn(tr) => format!("dyn {tr}"),
        Ty::Unknown | Ty::Array(_) | Ty::DynError | Ty::Fn(_) => return None,
    })
}

/// `ty` with the type parameters in `subst` replaced by their concrete types.
pub fn substitute(ty: &syn::Type, subst: &VecMap<String, String>) -> syn::Type {
    let mut out = ty.clone();
    subst_in(&mut out, subst);
    out
}

fn subst_in(ty: &mut syn::Type, subst: &VecMap<String, String>) {
    match ty {
        syn::Type::Path(p) if p.qself.is_none() => {
            if p.path.segments.len() == 1 && matches!(p.path.segments[0].arguments, syn::PathArguments::None) {
                if let Some(c) = subst.get(&p.path.segments[0].ident.to_string()) {
                    if let Ok(t) = syn::parse_str::<syn::Type>(c) {
                        *ty = t;
                    }
                    return;
                }
            }
            for seg in p.path.segments.iter_mut() {
                if let syn::PathArguments::AngleBracketed(a) = &mut seg.arguments {
                    for arg in a.args.iter_mut() {
                        if let syn::GenericArgument::Type(t) = arg {
                            subst_in(t, subst);
                        }
                    }
                }
            }
        }
        syn::Type::Reference(r) => subst_in(&mut r.elem, subst),
        syn::Type::Slice(s) => subst_in(&mut s.elem, subst),
        syn::Type::Array(a) => subst_in(&mut a.elem, subst),
        syn::Type::Paren(p) => subst_in(&mut p.elem, subst),
        syn::Type::Group(g) => subst_in(&mut g.elem, subst),
        syn::Type::Tuple(t) => t.elems.iter_mut().for_each(|e| subst_in(e, subst)),
        _ => {}
    }
}

/// Whether an impl method only calls the same method of the wrapped value
/// (`(**self).area()`, `T::area(self)`, `self.as_ref().area()`), so that a transparent
/// `Box<T>`/`&T`/`Rc<T>` gives the same answer as the impl.
pub fn is_forward(f: &syn::ImplItemFn) -> bool {
    let name = f.sig.ident.to_string();
    let params: Vec<String> = f
        .sig
        .inputs
        .iter()
        .filter_map(|i| match i {
            syn::FnArg::Typed(pt) => match &*pt.pat {
                syn::Pat::Ident(pi) => Some(pi.ident.to_string()),
                _ => Some(String::new()),
            },
            _ => None,
        })
        .collect();
    let [syn::Stmt::Expr(body, None)] = f.block.stmts.as_slice() else { return false };
    let args_are_params = |args: &syn::punctuated::Punctuated<syn::Expr, syn::Token![,]>, skip: usize| {
        let rest: Vec<Option<String>> = args.iter().skip(skip).map(super::scan::single_ident).collect();
        rest.len() == params.len()
            && rest.iter().zip(&params).all(|(a, p)| a.as_deref() == Some(p.as_str()) && !p.is_empty())
    };
    match strip_parens(body) {
        syn::Expr::MethodCall(m) => m.method == name && is_self_deref(&m.receiver) && args_are_params(&m.args, 0),
        syn::Expr::Call(c) => {
            let syn::Expr::Path(p) = &*c.func else { return false };
            let last_is_name = p.path.segments.last().is_some_and(|s| s.ident == name);
            last_is_name && c.args.first().is_some_and(is_self_deref) && args_are_params(&c.args, 1)
        }
        _ => false,
    }
}

fn strip_parens(e: &syn::Expr) -> &syn::Expr {
    match e {
        syn::Expr::Paren(p) => strip_parens(&p.expr),
        syn::Expr::Group(g) => strip_parens(&g.expr),
        e => e,
    }
}

/// `self` under any number of `*`, `&`, `&mut`, or `.as_ref()`/`.as_mut()`/`.deref()`.
fn is_self_deref(e: &syn::Expr) -> bool {
    match strip_parens(e) {
        syn::Expr::Path(p) => p.path.is_ident("self"),
        syn::Expr::Unary(u) if matches!(u.op, syn::UnOp::Deref(_)) => is_self_deref(&u.expr),
        syn::Expr::Reference(r) => is_self_deref(&r.expr),
        syn::Expr::MethodCall(m)
            if m.args.is_empty()
                && matches!(m.method.to_string().as_str(), "as_ref" | "as_mut" | "deref" | "deref_mut") =>
        {
            is_self_deref(&m.receiver)
        }
        _ => false,
    }
}

impl<'a> Ctx<'a> {
    /// The impl of `name` a call on a receiver of static type `recv` runs (rustc's method
    /// probe: the first autoderef step where an impl fits); None for a `dyn Trait` receiver,
    /// which the VM dispatches on the value's run-time type as rustc's vtable does.
    /// Err says why the grader cannot know.
    /// `of_trait`: only that trait's impls (`Summary::summarize(&v)`).
    pub fn resolve_static(&mut self, name: &str, recv: &Ty, of_trait: Option<&str>) -> Result<Option<FnId>, String> {
        let mut impls = self.impls_of.get(name).cloned().unwrap_or_default();
        if let Some(t) = of_trait {
            impls.retain(|c| c.trait_name.as_deref() == Some(t));
        }
        // Per autoderef step: the impls that surely fit, and how many might.
        let mut steps: Vec<(Vec<Candidate<'a>>, Vec<Candidate<'a>>)> = Vec::new();
        for step in autoderef(recv) {
            if let Ty::Dyn(tr) = &step {
                if steps.iter().all(|(s, u)| s.is_empty() && u.is_empty()) {
                    if self.shared_key_methods.contains(name) {
                        return Err(format!(
                            "a call of `{name}` on a `dyn {tr}` when impls of it share a run-time type"
                        ));
                    }
                    return Ok(None);
                }
                break;
            }
            let (mut sure, mut unsure) = (Vec::new(), Vec::new());
            for c in &impls {
                let mut binds = VecMap::new();
                // A blanket `impl<T: Bound> Trait for T` applies only if the bound holds, which is not checked here.
                let blanket = matches!(c.self_ty, syn::Type::Path(p) if p.path.segments.len() == 1 && c.params.contains(&p.path.segments[0].ident.to_string()));
                match fit(c.self_ty, &c.params, &step, &|n| self.resolve_type(n), &mut binds) {
                    Fit::No => {}
                    Fit::Yes | Fit::Width if c.template && !self.bounds_hold(name, c, &binds, 0) => {}
                    Fit::Yes if !blanket => sure.push((c.clone(), binds)),
                    _ => unsure.push((c.clone(), binds)),
                }
            }
            steps.push((sure, unsure));
        }
        let mut chosen = None;
        for (i, (sure, unsure)) in steps.iter().enumerate() {
            if sure.len() > 1 {
                // An inherent method and trait methods of one type (`Human::fly`, `Pilot::fly`): at one
                // autoderef step rustc's probe takes the inherent one, provided the receivers need the
                // same adjustment (a by-value trait `fly(self)` beats an inherent `fly(&self)`).
                let receiver = |c: &Candidate<'a>| self.sigs.get(&c.0.id).and_then(|s| s.receiver);
                let inherent: Vec<&Candidate<'a>> = sure.iter().filter(|c| c.0.trait_name.is_none()).collect();
                if let [own] = inherent.as_slice() {
                    if unsure.is_empty() && sure.iter().all(|c| receiver(c) == receiver(own) && receiver(c).is_some()) {
                        chosen = Some((*own).clone());
                        break;
                    }
                }
                return Err(format!("a call of `{name}` that several of its impls fit"));
            }
            // rustc takes the first step where an impl fits; two that surely fit at one step would not compile.
            if let Some(c) = sure.first() {
                chosen = Some(c.clone());
                break;
            }
            if unsure.is_empty() {
                continue;
            }
            // Only an unknown part (an unsuffixed literal's type, say) keeps this impl from fitting
            // surely: it is rustc's choice if no other impl could fit here or at a later step.
            let later: usize = steps[i..].iter().map(|(s, u)| s.len() + u.len()).sum();
            if later == 1 {
                chosen = Some(unsure[0].clone());
                break;
            }
            let impls: Vec<String> = steps[i..]
                .iter()
                .flat_map(|(s, u)| s.iter().chain(u))
                .map(|(c, _)| format!("`{}`", type_text(c.self_ty)))
                .collect();
            let why = if has_unknown(recv) {
                "without knowing the receiver's exact type (annotate the variable's type)"
            } else {
                "(the grader does not track a generic type's type arguments)"
            };
            return Err(format!("choosing among the impls of `{name}` for {} {why}", impls.join(", ")));
        }
        let Some((c, binds)) = chosen else {
            return Err(format!(
                "a call of `{name}` on a receiver that none of its impls fits, as far as the grader can tell its type"
            ));
        };
        if !c.template {
            return Ok(Some(c.id));
        }
        let adt = |id: TypeId| self.prog.types.get(id as usize).map(|t| t.name.clone());
        // A longer name is a type growing with each call: rustc's recursion-limit error.
        let args: Option<Vec<String>> = c
            .params
            .iter()
            .map(|p| binds.get(p).and_then(|t| rust_name(t, &adt)).filter(|n| n.len() <= MAX_TYPE_NAME))
            .collect();
        match args {
            Some(args) => Ok(Some(self.impl_instance(c.id, args))),
            None => Err(format!(
                "choosing the `Box<T>` impl of `{name}` without knowing `T` exactly (annotate the variable's type)"
            )),
        }
    }

    /// Whether a template's type parameters, bound as in `binds`, implement its trait
    /// (its only bound, checked when it was collected): an impl of the same trait fits exactly.
    fn bounds_hold(&self, name: &str, c: &ImplFn<'a>, binds: &VecMap<String, Ty>, depth: u32) -> bool {
        if depth > 16 {
            return false;
        }
        let Some(impls) = self.impls_of.get(name) else { return false };
        binds.values().all(|t| {
            // `dyn Trait` implements its own trait.
            if let (Ty::Dyn(tr), Some(own)) = (t, &c.trait_name) {
                return tr == own;
            }
            impls.iter().filter(|o| o.trait_name == c.trait_name).any(|o| {
                let mut b = VecMap::new();
                match fit(o.self_ty, &o.params, t, &|n| self.resolve_type(n), &mut b) {
                    Fit::Yes if o.template => self.bounds_hold(name, o, &b, depth + 1),
                    Fit::Yes => !matches!(o.self_ty, syn::Type::Path(p) if p.path.segments.len() == 1 && o.params.contains(&p.path.segments[0].ident.to_string())),
                    _ => false,
                }
            })
        })
    }
}
