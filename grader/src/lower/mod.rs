//! Lowering: syn's tree → [`crate::ir::Program`].
//!
//! Two passes over the items: `collect` registers every type, function,
//! method, trait default method and const (so bodies can refer to items
//! declared later), then `FnBuilder` lowers each body to flat instructions.
//! Lowering never stops at the first problem: it records a diagnostic and
//! emits an `Unreachable` instruction in place of what it could not lower.
//!
//! Files: `ty.rs` light type hints, `expr.rs` expressions and statements,
//! `pat.rs` patterns, `macros.rs` `println!` & co., `scan.rs` which locals need cells.

mod dispatch;
mod expr;
mod layout;
mod macros;
mod pat;
mod refuse;
mod scan;
mod select;
pub mod ty;

use crate::vec_map::{VecMap, VecSet};

use crate::span::Spanned;

use crate::fmt::FmtTrait;
use crate::ir::{self, Derives, FnId, Function, Program, Sym, TypeDef, TypeId, TypeKey, TypeKind, Variant};
use crate::report::{Diagnostic, Pos};
use ty::Ty;

pub use expr::FnBuilder;

pub struct Lowered {
    pub program: Program,
    pub diagnostics: Vec<Diagnostic>,
}

/// Position of a syn node (1-based line and column).
pub fn pos_of(node: &impl Spanned) -> Pos {
    let start = node.first().start();
    Pos { line: start.line as u32, column: start.column as u32 + 1 }
}

/// The signature facts lowering uses for literal typing.
#[derive(Debug, Clone, Default)]
pub struct Sig {
    pub params: Vec<Ty>,
    pub ret: Ty,
    /// The return type is a reference (`-> &Vec<T>`), which `ret` does not show.
    pub ret_ref: bool,
    /// `self` receiver kind: None for associated functions.
    pub receiver: Option<Receiver>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Receiver {
    Value,
    Ref,
    RefMut,
}

/// A body waiting to be lowered.
enum Pending<'a> {
    /// `self_syn`: the impl's self type as written (`Vec<i64>`, `Box<T>`), which types `self`.
    Fn {
        id: FnId,
        sig: &'a syn::Signature,
        block: &'a syn::Block,
        self_ty: Option<TypeKey>,
        self_syn: Option<&'a syn::Type>,
        subst: Vec<(String, String)>,
    },
    Global {
        id: FnId,
        expr: &'a syn::Expr,
        ty: Ty,
    },
}

/// Whole-program lowering state.
pub struct Ctx<'a> {
    pub prog: Program,
    pub diags: Vec<Diagnostic>,
    pub types_by_name: VecMap<String, TypeId>,
    /// `name` and `Type::name` → function.
    pub fns_by_name: VecMap<String, FnId>,
    pub sigs: VecMap<FnId, Sig>,
    /// const / static name → (global index, type, is_static).
    pub globals_by_name: VecMap<String, (u32, Ty, bool)>,
    pub field_types: VecMap<TypeId, Vec<Ty>>,
    /// Fields (type, variant, index) of the learner's structs and enums whose declared type is
    /// surely not a reference (no `&` in it, not a bare type parameter): a by-value use of one is
    /// a move out of its struct (`MoveOutField`), never a copy of a shared reference.
    pub owned_fields: VecSet<(TypeId, u32, u32)>,
    /// Field name → whether every field of that name in the learner's types is in `owned_fields`
    /// (for a field of a value whose type the light inference does not know).
    pub owned_field_names: VecMap<String, bool>,
    names: VecMap<String, Sym>,
    /// Method names some user impl takes as `&mut self`.
    pub mut_self_methods: VecSet<String>,
    /// `use a::b::c;` → "c" maps to "a::b::c" (for built-in paths).
    pub imports: VecMap<String, Vec<String>>,
    /// Local module names (for path resolution).
    pub modules: VecSet<String>,
    /// Trait name → its methods with default bodies.
    traits: VecMap<String, Vec<&'a syn::TraitItemFn>>,
    /// Trait name → all its method names (for static dispatch `Trait::m(x)`).
    pub trait_methods: VecMap<String, Vec<String>>,
    pending: Vec<Pending<'a>>,
    /// Closure bodies are appended to `prog.fns` as they are lowered.
    pub unsupported_seen: VecSet<(u32, u32)>,
    /// `Options::file_name`, for `dbg!`.
    pub file_name: String,
    /// The program uses async code, so handles with drop effects (channel senders, lock
    /// guards) exist: emit `MoveOut` for moved locals and `ClearSlots` after statements.
    pub drops: bool,
    /// The learner's struct and enum items by name (for `size_of`).
    pub layout_items: layout::Items<'a>,
    /// Generic fns whose body uses a type parameter in a path: lowered per type arguments.
    pub generic_fns: VecMap<FnId, (&'a syn::Signature, &'a syn::Block, Vec<String>)>,
    /// (generic fn, concrete type names) → its lowered copy.
    instances: VecMap<(FnId, Vec<String>), FnId>,
    /// Type parameter → concrete type name, while lowering such a copy.
    pub subst: VecMap<String, String>,
    /// Trait name → its consts with a default value (used by impls that do not set them).
    trait_consts: VecMap<String, Vec<&'a syn::TraitItemConst>>,
    /// Method name → each impl of it (see `dispatch.rs`).
    pub impls_of: VecMap<String, Vec<dispatch::ImplFn<'a>>>,
    /// Method names whose impls the run-time type cannot tell apart: calls are resolved
    /// from the receiver's static type (`Ctx::resolve_static`).
    pub static_methods: VecSet<String>,
    /// The subset of `static_methods` with two impls on one run-time type (`Vec<i64>`, `[i32]`):
    /// a `dyn Trait` receiver cannot be dispatched at run time either.
    pub shared_key_methods: VecSet<String>,
    /// `Box<T>` impl methods, lowered per concrete `T`.
    impl_templates: VecMap<FnId, dispatch::ImplTemplate<'a>>,
    /// (type, method) → the trait of the impl `prog.methods` holds for it (None: inherent).
    method_origin: VecMap<(TypeKey, Sym), Option<String>>,
    /// Method names that two impls on one user type give it from different traits (or one inherent):
    /// a `dyn Trait` call runs `name:@Trait`; a generic fn is not lowered per type for them.
    pub clash_methods: VecSet<String>,
    /// Generic fns lowered per type because their body calls a method of `static_methods`
    /// (`fn show<T: Total>(t: &T) { t.total() }`): the type arguments come from the arguments'
    /// full static types (`Box<Vec<i64>>`), see `FnBuilder::generic_call`.
    pub dispatch_generic: VecSet<FnId>,
}

pub fn lower(file: &syn::File, file_name: &str) -> Lowered {
    let mut cx = Ctx::new();
    cx.file_name = file_name.to_string();
    cx.prog.counts = observes_counts(file);
    // tokio's channel ends close when dropped, from sync code too (`blocking_send`/`blocking_recv`).
    cx.drops = uses_async(file)
        || has_trait_impl(file, "Drop")
        || cx.prog.counts
        || file
            .items
            .iter()
            .any(|i| matches!(i, syn::Item::Use(u) if matches!(&u.tree, syn::UseTree::Path(p) if p.ident == "tokio")));
    for (what, pos) in refuse::refuse(file) {
        cx.unsupported(what, pos);
    }
    cx.collect_items(&file.items, None);
    cx.collect_impls(&file.items);
    cx.specialize_for_static_dispatch();
    cx.lower_pending();
    for op in [
        "add",
        "sub",
        "mul",
        "div",
        "rem",
        "bitand",
        "bitor",
        "bitxor",
        "shl",
        "shr",
        "eq",
        "partial_cmp",
        "cmp",
        "neg",
        "not",
        "add_assign",
        "sub_assign",
        "mul_assign",
        "div_assign",
        "rem_assign",
    ] {
        if let Some(&s) = cx.names.get(op) {
            cx.prog.operator_syms.insert(op.to_string(), s);
        }
    }
    match cx.fns_by_name.get("main") {
        Some(&id) => cx.prog.main = Some(id),
        None => cx.diags.push(Diagnostic::error(
            "parse",
            "`main` function not found in this program",
            Pos { line: 1, column: 1 },
        )),
    }
    Lowered { program: cx.prog, diagnostics: cx.diags }
}

impl<'a> Ctx<'a> {
    fn new() -> Ctx<'a> {
        let mut prog = Program::default();
        let builtin = |name: &str, variants: &[(&str, usize)]| TypeDef {
            name: name.to_string(),
            kind: if variants.is_empty() {
                TypeKind::Builtin
            } else {
                TypeKind::Enum {
                    variants: variants
                        .iter()
                        .enumerate()
                        .map(|(i, (v, n))| Variant {
                            name: v.to_string(),
                            fields: (0..*n).map(|i| i.to_string()).collect(),
                            tuple_like: true,
                            discriminant: i as i128 - if name == "Ordering" { 1 } else { 0 },
                        })
                        .collect(),
                }
            },
            derives: Derives {
                debug: true,
                clone: true,
                copy: false,
                partial_eq: true,
                partial_ord: true,
                default: false,
                hash: true,
            },
            field_hints: Vec::new(),
            default_variant: None,
        };
        prog.types.push(builtin("Option", &[("None", 0), ("Some", 1)]));
        prog.types.push(builtin("Result", &[("Ok", 1), ("Err", 1)]));
        let mut ordering = builtin("Ordering", &[("Less", 0), ("Equal", 0), ("Greater", 0)]);
        ordering.derives.copy = true;
        prog.types.push(ordering);
        prog.types.push(builtin("", &[]));
        let mut duration = builtin("Duration", &[]);
        duration.derives.copy = true;
        prog.types.push(duration);
        let mut instant = builtin("Instant", &[]);
        instant.derives.copy = true;
        prog.types.push(instant);
        let mut reverse = builtin("Reverse", &[]);
        reverse.kind = TypeKind::Struct { fields: vec!["0".into()], tuple_like: true };
        prog.types.push(reverse);
        prog.types.push(builtin("Poll", &[("Ready", 1), ("Pending", 0)]));
        debug_assert_eq!(prog.types.len(), ir::N_BUILTIN_TYPES);
        let mut types_by_name = VecMap::new();
        types_by_name.insert("Option".to_string(), ir::OPTION);
        types_by_name.insert("Result".to_string(), ir::RESULT);
        types_by_name.insert("Ordering".to_string(), ir::ORDERING);
        types_by_name.insert("Reverse".to_string(), ir::REVERSE);
        types_by_name.insert("Poll".to_string(), ir::POLL);
        crate::builtin_types::register(&mut prog, &mut types_by_name);
        Ctx {
            prog,
            diags: Vec::new(),
            types_by_name,
            fns_by_name: VecMap::new(),
            generic_fns: VecMap::new(),
            instances: VecMap::new(),
            subst: VecMap::new(),
            impls_of: VecMap::new(),
            static_methods: VecSet::new(),
            shared_key_methods: VecSet::new(),
            impl_templates: VecMap::new(),
            method_origin: VecMap::new(),
            clash_methods: VecSet::new(),
            dispatch_generic: VecSet::new(),
            trait_consts: VecMap::new(),
            sigs: VecMap::new(),
            globals_by_name: VecMap::new(),
            field_types: VecMap::new(),
            owned_fields: VecSet::new(),
            owned_field_names: VecMap::new(),
            names: VecMap::new(),
            mut_self_methods: VecSet::new(),
            imports: VecMap::new(),
            modules: VecSet::new(),
            traits: VecMap::new(),
            trait_methods: VecMap::new(),
            pending: Vec::new(),
            unsupported_seen: VecSet::new(),
            file_name: String::new(),
            drops: false,
            layout_items: VecMap::new(),
        }
    }

    pub fn sym(&mut self, name: &str) -> Sym {
        if let Some(&s) = self.names.get(name) {
            return s;
        }
        let s = self.prog.names.len() as Sym;
        self.prog.names.push(name.to_string());
        self.names.insert(name.to_string(), s);
        s
    }

    pub fn unsupported(&mut self, what: impl std::fmt::Display, pos: Pos) {
        if self.unsupported_seen.insert((pos.line, pos.column)) {
            self.diags.push(Diagnostic::unsupported(what, pos));
        }
    }

    pub fn resolve_type(&self, name: &str) -> Option<TypeId> {
        self.types_by_name.get(name).copied()
    }

    /// A type's name for run-time hints (`Ty::hint`, plus user type names).
    pub fn hint_of(&self, ty: &Ty) -> String {
        match ty.strip_ref() {
            Ty::Adt(id) => self.prog.types.get(*id as usize).map(|t| t.name.clone()).unwrap_or_default(),
            Ty::Tuple(ts) if ts.iter().all(|t| t.is_known()) => {
                format!("({})", ts.iter().map(|t| self.hint_of(t)).collect::<Vec<_>>().join(","))
            }
            t => t.hint(),
        }
    }

    /// A field's hint for a derived `Default`: its type's hint, with the cells and boxes that
    /// `Default` sees through spelled out (`RefCell<Vec>` is a `RefCell` of an empty Vec).
    fn default_hint(&self, ty: &syn::Type) -> String {
        if let syn::Type::Path(p) = ty {
            if let Some(seg) = p.path.segments.last() {
                let name = seg.ident.to_string();
                if let ("RefCell" | "Cell" | "Box", [inner]) = (name.as_str(), ty::generic_args(seg).as_slice()) {
                    if !matches!(inner, syn::Type::TraitObject(_)) {
                        return format!("{name}<{}>", self.default_hint(inner));
                    }
                }
            }
        }
        self.hint_of(&self.ty_of(ty))
    }

    pub fn ty_of(&self, ty: &syn::Type) -> Ty {
        if !self.subst.is_empty() {
            return ty::from_syn(&dispatch::substitute(ty, &self.subst), &|n| self.resolve_type(n));
        }
        ty::from_syn(ty, &|n| self.resolve_type(n))
    }

    /// The copy of a `Box<T>` impl's method for these concrete type arguments (made and queued on first use).
    pub fn impl_instance(&mut self, template: FnId, args: Vec<String>) -> FnId {
        let Some(t) = self.impl_templates.get(&template).cloned() else { return template };
        self.copy_for_types(template, args, t.sig, t.block, &t.params, Some(t.self_ty))
    }

    /// The copy of generic fn `f` for these concrete type names (made and queued on first use).
    pub fn instance(&mut self, f: FnId, args: Vec<String>) -> FnId {
        let Some((sig, block, params)) = self.generic_fns.get(&f).cloned() else { return f };
        self.copy_for_types(f, args, sig, block, &params, None)
    }

    /// The copy of generic `f` (a fn, or an impl's method with self type `self_syn`) with its type
    /// parameters `params` read as `args`: its signature now, its body queued.
    fn copy_for_types(
        &mut self,
        f: FnId,
        args: Vec<String>,
        sig: &'a syn::Signature,
        block: &'a syn::Block,
        params: &[String],
        self_syn: Option<&'a syn::Type>,
    ) -> FnId {
        if let Some(&id) = self.instances.get(&(f, args.clone())) {
            return id;
        }
        let name = format!("{}::<{}>", self.prog.fns[f as usize].name, args.join(", "));
        let id = self.new_fn(name);
        let subst: Vec<(String, String)> = params.iter().cloned().zip(args.iter().cloned()).collect();
        let saved = std::mem::replace(&mut self.subst, subst.iter().cloned().collect());
        let s = self.sig_of(sig);
        self.subst = saved;
        self.sigs.insert(id, s);
        self.instances.insert((f, args), id);
        self.pending.push(Pending::Fn { id, sig, block, self_ty: None, self_syn, subst });
        id
    }

    pub fn new_fn(&mut self, name: String) -> FnId {
        let id = self.prog.fns.len() as FnId;
        self.prog.fns.push(Function { name, ..Function::default() });
        id
    }

    /// Pass 1a: types, functions, traits, consts, uses, modules.
    fn collect_items(&mut self, items: &'a [syn::Item], module: Option<&str>) {
        for item in items {
            match item {
                syn::Item::Struct(s) => {
                    self.layout_items.insert(s.ident.to_string(), item);
                    self.collect_struct(s)
                }
                syn::Item::Enum(e) => {
                    self.layout_items.insert(e.ident.to_string(), item);
                    self.collect_enum(e)
                }
                syn::Item::Fn(f) => {
                    self.check_fn_sig(&f.sig);
                    let name = f.sig.ident.to_string();
                    let id = self.new_fn(name.clone());
                    if let Some(m) = module {
                        self.fns_by_name.insert(format!("{m}::{name}"), id);
                    }
                    self.fns_by_name.entry(name.clone()).or_insert(id);
                    let sig = self.sig_of(&f.sig);
                    self.sigs.insert(id, sig);
                    self.collect_test(f, module, &name, id);
                    let params: Vec<String> = f.sig.generics.type_params().map(|t| t.ident.to_string()).collect();
                    if !params.is_empty() && scan::uses_type_params(&f.block, &params.iter().cloned().collect()) {
                        // Lowered once per concrete type argument list, when a call names one.
                        self.generic_fns.insert(id, (&f.sig, &f.block, params));
                    } else {
                        self.pending.push(Pending::Fn {
                            id,
                            sig: &f.sig,
                            block: &f.block,
                            self_ty: None,
                            self_syn: None,
                            subst: Vec::new(),
                        });
                    }
                    self.collect_nested(&f.block);
                }
                syn::Item::Const(c) => self.collect_global(&c.ident, &c.ty, &c.expr, false),
                syn::Item::Static(s) => {
                    if !matches!(s.mutability, syn::StaticMutability::None) {
                        self.unsupported("`static mut`", pos_of(&s.mutability));
                    }
                    self.collect_global(&s.ident, &s.ty, &s.expr, true)
                }
                syn::Item::Use(u) => self.collect_use(&u.tree, Vec::new()),
                syn::Item::Mod(m) => match &m.content {
                    Some((_, items)) => {
                        let name = m.ident.to_string();
                        self.modules.insert(name.clone());
                        self.collect_items(items, Some(leak_name(&name)));
                    }
                    None => self.unsupported(format_args!("module `{}` in another file", m.ident), pos_of(m)),
                },
                syn::Item::Trait(t) => {
                    let mut defaults = Vec::new();
                    let mut names = Vec::new();
                    for ti in &t.items {
                        if let syn::TraitItem::Fn(f) = ti {
                            names.push(f.sig.ident.to_string());
                            if receiver_of(&f.sig) == Some(Receiver::RefMut) {
                                self.mut_self_methods.insert(f.sig.ident.to_string());
                            }
                            if f.default.is_some() {
                                defaults.push(f);
                            }
                        }
                    }
                    let consts: Vec<&'a syn::TraitItemConst> = t
                        .items
                        .iter()
                        .filter_map(|ti| match ti {
                            syn::TraitItem::Const(c) if c.default.is_some() => Some(c),
                            _ => None,
                        })
                        .collect();
                    self.trait_consts.insert(t.ident.to_string(), consts);
                    self.trait_methods.insert(t.ident.to_string(), names);
                    self.traits.insert(t.ident.to_string(), defaults);
                }
                syn::Item::Impl(_) => {}
                syn::Item::Macro(m) => self.unsupported(
                    format_args!("macro definition or item macro `{}!`", path_string(&m.mac.path)),
                    pos_of(m),
                ),
                syn::Item::ExternCrate(e) => self.unsupported(format_args!("`extern crate {}`", e.ident), pos_of(e)),
                syn::Item::ForeignMod(f) => self.unsupported("`extern` block", pos_of(f)),
                syn::Item::Union(u) => self.unsupported("`union`", pos_of(u)),
                syn::Item::TraitAlias(t) => self.unsupported("trait alias", pos_of(t)),
                syn::Item::Type(t) => {
                    // `type Alias = Ty;` for a user type: alias the name.
                    let target = self.ty_of(&t.ty);
                    if let Ty::Adt(id) = target {
                        self.types_by_name.insert(t.ident.to_string(), id);
                    }
                }
                other => self.unsupported("this kind of item", pos_of(other)),
            }
        }
    }

    /// `#[test]` and `#[tokio::test]` functions (with `#[should_panic]` / `#[ignore]`).
    fn collect_test(&mut self, f: &syn::ItemFn, module: Option<&str>, name: &str, id: FnId) {
        let is = |a: &syn::Attribute, path: &[&str]| {
            let segs: Vec<String> = a.path().segments.iter().map(|s| s.ident.to_string()).collect();
            segs == path
        };
        let is_test = f.attrs.iter().any(|a| is(a, &["test"]) || is(a, &["tokio", "test"]));
        if !is_test {
            return;
        }
        if f.attrs.iter().any(|a| is(a, &["test"])) && f.sig.asyncness.is_some() {
            self.unsupported("an `async fn` marked `#[test]` (it needs `#[tokio::test]`)", pos_of(&f.sig.ident));
        }
        let mut should_panic = None;
        for a in f.attrs.iter().filter(|a| is(a, &["should_panic"])) {
            let mut expected = None;
            if let syn::Meta::List(_) = &a.meta {
                let _ = a.parse_nested_meta(|meta| {
                    if meta.path.is_ident("expected") {
                        let lit: syn::LitStr = meta.value()?.parse()?;
                        expected = Some(lit.value());
                    }
                    Ok(())
                });
            }
            should_panic = Some(expected);
        }
        let ignored = f.attrs.iter().any(|a| is(a, &["ignore"]));
        let full = match module {
            Some(m) => format!("{m}::{name}"),
            None => name.to_string(),
        };
        self.prog.tests.push(ir::TestFn { name: full, func: id, should_panic, ignored });
    }

    /// Items nested in function bodies (fns, structs, ...) are global too, at any depth of
    /// blocks (`let n = { fn helper(n: u32) -> u32 { n * 3 } helper(7) };`, a loop's body, a closure).
    fn collect_nested(&mut self, block: &'a syn::Block) {
        /// The items of a body's blocks, not looking inside the items themselves (each fn
        /// collects its own).
        struct Items<'a>(Vec<&'a syn::Item>);
        impl<'a> crate::visit::Visit<'a> for Items<'a> {
            crate::visit::overrides!('a: visit_item);

            fn visit_item(&mut self, i: &'a syn::Item) {
                self.0.push(i);
            }
        }
        let mut found = Items(Vec::new());
        crate::visit::Visit::visit_block(&mut found, block);
        for item in found.0 {
            self.collect_items(std::slice::from_ref(item), None);
            // Struct field types too: `struct S { n: u8 }` in `main` types `S { n: 250 }`.
            if let syn::Item::Impl(_) | syn::Item::Struct(_) = item {
                self.collect_impls(std::slice::from_ref(item));
            }
        }
    }

    fn check_fn_sig(&mut self, sig: &syn::Signature) {
        if let Some(u) = &sig.unsafety {
            self.unsupported("`unsafe fn`", pos_of(u));
        }
        if let Some(v) = &sig.variadic {
            self.unsupported("variadic function", pos_of(v));
        }
    }

    /// `sig_of` for a method of an impl on `key`: `Self` (a return `-> Self`, a parameter `o: Self`)
    /// is that type, so `let d = Dog::new("rex")` knows its type (a generic call `legs_of(&d)` needs it).
    fn method_sig_of(&self, sig: &syn::Signature, key: TypeKey) -> Sig {
        let mut out = self.sig_of(sig);
        let TypeKey::Adt(id) = key else { return out };
        let is_self = |t: &syn::Type| matches!(t, syn::Type::Path(p) if p.qself.is_none() && p.path.is_ident("Self"));
        if let syn::ReturnType::Type(_, t) = &sig.output {
            if is_self(t) {
                out.ret = Ty::Adt(id);
            }
        }
        let typed = sig.inputs.iter().filter_map(|i| if let syn::FnArg::Typed(pt) = i { Some(&pt.ty) } else { None });
        for (p, t) in out.params.iter_mut().zip(typed) {
            if is_self(t) {
                *p = Ty::Adt(id);
            }
        }
        out
    }

    fn sig_of(&self, sig: &syn::Signature) -> Sig {
        let mut params = Vec::new();
        for input in &sig.inputs {
            if let syn::FnArg::Typed(pt) = input {
                params.push(self.ty_of(&pt.ty));
            }
        }
        let ret = match &sig.output {
            syn::ReturnType::Default => Ty::Unit,
            syn::ReturnType::Type(_, t) => self.ty_of(t),
        };
        let ret_ref = matches!(&sig.output, syn::ReturnType::Type(_, t) if matches!(&**t, syn::Type::Reference(_)));
        Sig { params, ret, ret_ref, receiver: receiver_of(sig) }
    }

    fn collect_global(&mut self, ident: &syn::Ident, ty: &syn::Type, expr: &'a syn::Expr, is_static: bool) {
        let t = self.ty_of(ty);
        let id = self.new_fn(format!("{} {ident}", if is_static { "static" } else { "const" }));
        let idx = self.prog.globals.len() as u32;
        self.prog.globals.push(id);
        self.globals_by_name.insert(ident.to_string(), (idx, t.clone(), is_static));
        self.pending.push(Pending::Global { id, expr, ty: t });
    }

    fn collect_use(&mut self, tree: &syn::UseTree, mut prefix: Vec<String>) {
        match tree {
            syn::UseTree::Path(p) => {
                let seg = p.ident.to_string();
                prefix.push(seg);
                self.collect_use(&p.tree, prefix)
            }
            syn::UseTree::Name(n) => {
                let name = n.ident.to_string();
                if name == "self" {
                    if let Some(last) = prefix.last().cloned() {
                        self.imports.insert(last, prefix);
                    }
                    return;
                }
                prefix.push(name.clone());
                self.imports.insert(name, prefix);
            }
            syn::UseTree::Rename(r) => {
                prefix.push(r.ident.to_string());
                self.imports.insert(r.rename.to_string(), prefix);
            }
            syn::UseTree::Glob(_) => {}
            syn::UseTree::Group(g) => {
                for t in &g.items {
                    self.collect_use(t, prefix.clone());
                }
            }
        }
    }

    fn derives_of(&mut self, attrs: &[syn::Attribute]) -> Derives {
        let mut d = Derives::default();
        for attr in attrs {
            if attr.path().is_ident("derive") {
                let _ = attr.parse_nested_meta(|meta| {
                    let name = meta.path.segments.last().map(|s| s.ident.to_string()).unwrap_or_default();
                    match name.as_str() {
                        "Debug" => d.debug = true,
                        "Clone" => d.clone = true,
                        "Copy" => d.copy = true,
                        "PartialEq" | "Eq" => d.partial_eq = true,
                        "PartialOrd" | "Ord" => d.partial_ord = true,
                        "Default" => d.default = true,
                        "Hash" => d.hash = true,
                        _ => self.unsupported(format_args!("`#[derive({name})]`"), pos_of(&meta.path)),
                    }
                    Ok(())
                });
            }
        }
        d
    }

    fn collect_struct(&mut self, s: &syn::ItemStruct) {
        let derives = self.derives_of(&s.attrs);
        let (fields, tuple_like) = field_list(&s.fields);
        let id = self.prog.types.len() as TypeId;
        self.prog.types.push(TypeDef {
            name: s.ident.to_string(),
            kind: TypeKind::Struct { fields, tuple_like },
            derives,
            field_hints: Vec::new(),
            default_variant: None,
        });
        self.types_by_name.insert(s.ident.to_string(), id);
        // Field types are resolved after all type names are known.
        let tys: Vec<&syn::Type> = s.fields.iter().map(|f| &f.ty).collect();
        let _ = tys;
    }

    fn collect_enum(&mut self, e: &syn::ItemEnum) {
        let derives = self.derives_of(&e.attrs);
        let mut variants = Vec::new();
        let mut next_disc = 0i128;
        for v in &e.variants {
            let (fields, tuple_like) = field_list(&v.fields);
            if let Some((_, expr)) = &v.discriminant {
                match expr_int(expr) {
                    Some(d) => next_disc = d,
                    None => self.unsupported("this enum discriminant", pos_of(expr)),
                }
            }
            variants.push(Variant { name: v.ident.to_string(), fields, tuple_like, discriminant: next_disc });
            next_disc += 1;
        }
        // A derived order follows the discriminants (`Low = 10, High = 1` puts High first), and
        // the VM orders variants by their index: keep the variants sorted by discriminant, so
        // the index order is the derived order. Everything else finds a variant by its name
        // (patterns, paths, Debug) or reads its `discriminant` (`as` casts).
        variants.sort_by_key(|v| v.discriminant);
        let id = self.prog.types.len() as TypeId;
        let default_name = e
            .variants
            .iter()
            .find(|v| v.attrs.iter().any(|a| a.path().is_ident("default")))
            .map(|v| v.ident.to_string());
        let default_variant = default_name.and_then(|n| variants.iter().position(|v| v.name == n)).map(|i| i as u32);
        self.prog.types.push(TypeDef {
            name: e.ident.to_string(),
            kind: TypeKind::Enum { variants },
            derives,
            field_hints: Vec::new(),
            default_variant,
        });
        self.types_by_name.insert(e.ident.to_string(), id);
    }

    /// Pass 1b: impl blocks (after all type names are known), and struct field types.
    fn collect_impls(&mut self, items: &'a [syn::Item]) {
        for item in items {
            match item {
                syn::Item::Struct(s) => {
                    if let Some(id) = self.resolve_type(&s.ident.to_string()) {
                        let tys: Vec<Ty> = s.fields.iter().map(|f| self.ty_of(&f.ty)).collect();
                        let hints = s.fields.iter().map(|f| self.default_hint(&f.ty)).collect();
                        if let Some(def) = self.prog.types.get_mut(id as usize) {
                            def.field_hints = hints;
                        }
                        self.field_types.insert(id, tys);
                        self.note_owned_fields(id, 0, &s.fields, &s.generics);
                    }
                }
                syn::Item::Enum(e) => {
                    if let Some(id) = self.resolve_type(&e.ident.to_string()) {
                        for (v, variant) in e.variants.iter().enumerate() {
                            self.note_owned_fields(id, v as u32, &variant.fields, &e.generics);
                        }
                    }
                }
                syn::Item::Impl(imp) => self.collect_impl(imp),
                syn::Item::Mod(m) => {
                    if let Some((_, items)) = &m.content {
                        self.collect_impls(items);
                    }
                }
                _ => {}
            }
        }
    }

    /// Record which fields of a struct or enum variant surely own their values (`owned_fields`).
    fn note_owned_fields(&mut self, id: TypeId, variant: u32, fields: &syn::Fields, generics: &syn::Generics) {
        let params: Vec<String> = generics.type_params().map(|p| p.ident.to_string()).collect();
        let copy_types: VecSet<String> =
            self.prog.types.iter().filter(|t| t.derives.copy).map(|t| t.name.clone()).collect();
        for (i, f) in fields.iter().enumerate() {
            let owned = !may_copy_reference(&f.ty, &params, &copy_types);
            if owned {
                self.owned_fields.insert((id, variant, i as u32));
            }
            if let Some(name) = &f.ident {
                let all = self.owned_field_names.entry(name.to_string()).or_insert(true);
                *all &= owned;
            }
        }
    }

    pub fn type_key_of(&mut self, ty: &syn::Type) -> Option<(TypeKey, String)> {
        match ty {
            syn::Type::Reference(r) => self.type_key_of(&r.elem),
            syn::Type::Path(p) => {
                let seg = p.path.segments.last()?;
                let name = seg.ident.to_string();
                if let Some(t) = ir::IntTy::from_name(&name) {
                    return Some((TypeKey::Int(t), name));
                }
                let key = match name.as_str() {
                    "f64" => TypeKey::Float(ir::FloatTy::F64),
                    "f32" => TypeKey::Float(ir::FloatTy::F32),
                    "bool" => TypeKey::Bool,
                    "char" => TypeKey::Char,
                    "str" => TypeKey::Str,
                    "String" => TypeKey::String,
                    "Vec" => TypeKey::Vec,
                    "HashMap" | "BTreeMap" => TypeKey::Map,
                    "HashSet" | "BTreeSet" => TypeKey::Set,
                    "Box" | "Rc" | "Arc" => {
                        let inner = match &seg.arguments {
                            syn::PathArguments::AngleBracketed(a) => match a.args.first() {
                                Some(syn::GenericArgument::Type(t)) => Some(t.clone()),
                                _ => None,
                            },
                            _ => None,
                        };
                        return match inner {
                            Some(t) => self.type_key_of(&t),
                            None => None,
                        };
                    }
                    _ => match self.resolve_type(&name) {
                        Some(id) => TypeKey::Adt(id),
                        // std types (`ParseIntError`, `io::Error`, ...) as a `From` source.
                        None if name.ends_with("Error") => TypeKey::Any,
                        None => return None,
                    },
                };
                Some((key, name))
            }
            syn::Type::Tuple(t) if t.elems.is_empty() => Some((TypeKey::Unit, "()".into())),
            syn::Type::Slice(_) | syn::Type::Array(_) => Some((TypeKey::Vec, "Vec".into())),
            _ => None,
        }
    }

    fn collect_impl(&mut self, imp: &'a syn::ItemImpl) {
        if let Some(u) = &imp.unsafety {
            self.unsupported("`unsafe impl`", pos_of(u));
            return;
        }
        let generic_params: VecSet<String> = imp
            .generics
            .params
            .iter()
            .filter_map(|p| match p {
                syn::GenericParam::Type(t) => Some(t.ident.to_string()),
                _ => None,
            })
            .collect();
        // `impl<T: Trait> Trait for Box<T>` / `for &T` / `for Rc<T>`: these wrappers are transparent at
        // run time, which gives rustc's answer when each method only forwards to `T`'s.
        if let Some(wrapper) = generic_wrapper(&imp.self_ty, &generic_params) {
            let forwards = imp.items.iter().all(|ii| match ii {
                syn::ImplItem::Fn(f) => dispatch::is_forward(f),
                _ => true,
            });
            // A trait default the impl does not override runs with `self` the wrapper: its answer
            // may differ from the one `T`'s own override gives.
            let trait_name =
                imp.trait_.as_ref().and_then(|(_, path, _)| path.segments.last().map(|s| s.ident.to_string()));
            let defaults_overridden = trait_name.as_ref().and_then(|t| self.traits.get(t)).is_none_or(|defaults| {
                defaults.iter().all(|d| {
                    imp.items.iter().any(|ii| matches!(ii, syn::ImplItem::Fn(f) if f.sig.ident == d.sig.ident))
                })
            });
            let forwards = forwards && defaults_overridden;
            if !forwards {
                self.collect_box_impl(imp, wrapper, trait_name, &generic_params);
            }
            return;
        }
        let (key, type_name) = match &*imp.self_ty {
            syn::Type::Path(p)
                if p.path.segments.len() == 1 && generic_params.contains(&p.path.segments[0].ident.to_string()) =>
            {
                (TypeKey::Any, "T".to_string())
            }
            ty => match self.type_key_of(ty) {
                Some(k) => k,
                None => {
                    self.unsupported("an impl for this type", pos_of(&imp.self_ty));
                    return;
                }
            },
        };
        let trait_name = imp.trait_.as_ref().and_then(|(_, path, _)| path.segments.last().map(|s| s.ident.to_string()));
        if trait_name.as_deref() == Some("Drop") && !matches!(key, TypeKey::Adt(_)) {
            self.unsupported("`impl Drop` for this type", pos_of(imp));
            return;
        }
        // `impl From<Source> for Target`: `?` converts errors with it.
        let from_source = match (&imp.trait_, trait_name.as_deref(), key) {
            (Some((_, path, _)), Some("From" | "TryFrom"), TypeKey::Adt(target)) => {
                match path.segments.last().map(|s| &s.arguments) {
                    Some(syn::PathArguments::AngleBracketed(a)) => match a.args.first() {
                        Some(syn::GenericArgument::Type(t)) => {
                            Some((target, self.type_key_of(t).map(|k| k.0).unwrap_or(TypeKey::Any)))
                        }
                        _ => None,
                    },
                    _ => None,
                }
            }
            _ => None,
        };
        // The trait's type argument (`PartialEq<Feet>`, `Add<i32>`), or Self for operator traits.
        let trait_arg: Option<TypeKey> = match (&imp.trait_, trait_name.as_deref()) {
            (Some((_, path, _)), Some(t)) => match path.segments.last().map(|s| &s.arguments) {
                Some(syn::PathArguments::AngleBracketed(a)) => match a.args.first() {
                    Some(syn::GenericArgument::Type(ty)) => self.type_key_of(ty).map(|k| k.0),
                    _ => None,
                },
                _ if matches!(
                    t,
                    "PartialEq"
                        | "PartialOrd"
                        | "Add"
                        | "Sub"
                        | "Mul"
                        | "Div"
                        | "Rem"
                        | "AddAssign"
                        | "SubAssign"
                        | "MulAssign"
                        | "DivAssign"
                ) =>
                {
                    Some(key)
                }
                _ => None,
            },
            _ => None,
        };
        let mut defined = VecSet::new();
        for ii in &imp.items {
            match ii {
                syn::ImplItem::Fn(f) => {
                    self.check_fn_sig(&f.sig);
                    let name = f.sig.ident.to_string();
                    defined.insert(name.clone());
                    let id = self.new_fn(format!("{type_name}::{name}"));
                    let sig = self.method_sig_of(&f.sig, key);
                    if sig.receiver == Some(Receiver::RefMut) {
                        self.mut_self_methods.insert(name.clone());
                    }
                    let has_self = sig.receiver.is_some();
                    self.sigs.insert(id, sig);
                    // `Human::name()` is the inherent fn when there is one (rustc looks there first),
                    // whichever impl comes first in the file.
                    if trait_name.is_none() {
                        self.fns_by_name.insert(format!("{type_name}::{name}"), id);
                    } else {
                        self.fns_by_name.entry(format!("{type_name}::{name}")).or_insert(id);
                    }
                    if let Some(t) = &trait_name {
                        self.fns_by_name.entry(format!("{t}::{name}@{type_name}")).or_insert(id);
                    }
                    if let (Some("Drop"), "drop", TypeKey::Adt(ty)) = (trait_name.as_deref(), name.as_str(), key) {
                        self.prog.drop_impls.insert(ty, id);
                    }
                    if let (Some(src), "from") = (from_source, name.as_str()) {
                        self.prog.from_impls.insert(src, id);
                        // `let n: Name = "bob".into();` is lowered as the method `into:Name`: the receiver's
                        // run-time type finds this `from` (std's `into` of a string would give the string back).
                        if src.1 != TypeKey::Any {
                            let into = self.sym(&format!("into:{type_name}"));
                            self.prog.methods.insert((src.1, into), id);
                        }
                    }
                    if let (Some(src), "try_from") = (from_source, name.as_str()) {
                        self.prog.try_from_impls.insert(src, id);
                    }
                    if has_self || trait_name.is_some() {
                        let sym = self.register_method(imp, &generic_params, key, &name, id, trait_name.as_deref());
                        if let Some(arg) = trait_arg {
                            // `impl PartialEq<str>` and `impl PartialEq<&str>` for one type: the argument's
                            // run-time type cannot tell them apart, and the grader does not track references.
                            if self.prog.methods_by_arg.get(&(key, sym, arg)).is_some_and(|&other| other != id) {
                                self.unsupported(format_args!("a second impl of `{name}` whose argument has the same run-time type as another impl's (`T` and `&T`)"), pos_of(&imp.self_ty));
                            }
                            self.prog.methods_by_arg.insert((key, sym, arg), id);
                        }
                    }
                    if let (Some(t), "fmt") = (trait_name.as_deref(), name.as_str()) {
                        let tr = match t {
                            "Display" => Some(FmtTrait::Display),
                            "Debug" => Some(FmtTrait::Debug),
                            "LowerHex" => Some(FmtTrait::LowerHex),
                            "UpperHex" => Some(FmtTrait::UpperHex),
                            "Binary" => Some(FmtTrait::Binary),
                            "Octal" => Some(FmtTrait::Octal),
                            _ => None,
                        };
                        if let Some(tr) = tr {
                            self.prog.fmt_impls.insert((key, tr), id);
                        }
                    }
                    self.pending.push(Pending::Fn {
                        id,
                        sig: &f.sig,
                        block: &f.block,
                        self_ty: Some(key),
                        self_syn: Some(&imp.self_ty),
                        subst: Vec::new(),
                    });
                    self.collect_nested(&f.block);
                }
                syn::ImplItem::Const(c) => {
                    self.collect_global(&c.ident, &c.ty, &c.expr, false);
                    if let Some(g) = self.globals_by_name.get(&c.ident.to_string()).cloned() {
                        self.globals_by_name.insert(format!("{type_name}::{}", c.ident), g);
                    }
                }
                syn::ImplItem::Type(_) => {}
                other => self.unsupported("this impl item", pos_of(other)),
            }
        }
        // Consts of the trait with a default that this impl does not set: `Type::NAME` is the default.
        if let Some(t) = &trait_name {
            let consts: Vec<&'a syn::TraitItemConst> = self.trait_consts.get(t).cloned().unwrap_or_default();
            for c in consts {
                let name = c.ident.to_string();
                let set_here = imp.items.iter().any(|ii| matches!(ii, syn::ImplItem::Const(ic) if ic.ident == c.ident));
                let Some((_, expr)) = &c.default else { continue };
                if set_here {
                    continue;
                }
                // Only the qualified name: a bare `NAME` keeps meaning what it meant.
                let bare = self.globals_by_name.get(&name).cloned();
                self.collect_global(&c.ident, &c.ty, expr, false);
                if let Some(g) = self.globals_by_name.get(&name).cloned() {
                    self.globals_by_name.insert(format!("{type_name}::{name}"), g);
                }
                match bare {
                    Some(b) => self.globals_by_name.insert(name, b),
                    None => self.globals_by_name.remove(&name),
                };
            }
        }
        // Default methods of the trait that this impl does not override.
        if let Some(t) = &trait_name {
            let defaults: Vec<&'a syn::TraitItemFn> = self.traits.get(t).cloned().unwrap_or_default();
            for f in defaults {
                let name = f.sig.ident.to_string();
                if defined.contains(&name) {
                    continue;
                }
                let Some(block) = &f.default else { continue };
                let id = self.new_fn(format!("{type_name}::{name}"));
                let sig = self.method_sig_of(&f.sig, key);
                self.sigs.insert(id, sig);
                self.fns_by_name.entry(format!("{type_name}::{name}")).or_insert(id);
                self.fns_by_name.entry(format!("{t}::{name}@{type_name}")).or_insert(id);
                self.register_method(imp, &generic_params, key, &name, id, Some(t));
                self.pending.push(Pending::Fn {
                    id,
                    sig: &f.sig,
                    block,
                    self_ty: Some(key),
                    self_syn: Some(&imp.self_ty),
                    subst: Vec::new(),
                });
            }
        }
    }

    /// Records `id` as the method `name` of run-time type `key` (and as one impl of `name`, for
    /// `dispatch.rs`), noting when another impl already gave that type a method of that name: then
    /// no run-time dispatch can be exact, and the calls are resolved from the receiver's static type
    /// or refused. Returns the name's symbol.
    fn register_method(
        &mut self,
        imp: &'a syn::ItemImpl,
        generic_params: &VecSet<String>,
        key: TypeKey,
        name: &str,
        id: FnId,
        trait_name: Option<&str>,
    ) -> Sym {
        let sym = self.sym(name);
        let origin = trait_name.map(str::to_string);
        self.impls_of.entry(name.to_string()).or_default().push(dispatch::ImplFn {
            trait_name: origin.clone(),
            self_ty: &imp.self_ty,
            params: generic_params.iter().cloned().collect(),
            id,
            template: false,
        });
        if let Some(&other) = self.prog.methods.get(&(key, sym)) {
            let before = self.method_origin.get(&(key, sym)).cloned().flatten();
            // Associated fns without `self` are called by path (`Type::f`, `<Type as Trait>::f`), not dispatched.
            let has_self = |f: FnId| self.sigs.get(&f).is_some_and(|s| s.receiver.is_some());
            // `Display::fmt` beside `Debug::fmt`: std's traits are called through formatting or by their
            // path (`fmt::Debug::fmt(&x, f)`, the `fmt:@Debug` name), never as a plain method call.
            let std_trait = |t: &Option<String>| t.as_ref().is_some_and(|t| !self.trait_methods.contains_key(t));
            let both_std = std_trait(&before) && std_trait(&origin) && before != origin;
            if other != id
                && key != TypeKey::Any
                && !both_std
                && (!matches!(key, TypeKey::Adt(_)) || has_self(id) && has_self(other))
            {
                // `Vec<i64>` and `[i32]` are one `Vec` at run time; `impl Quantity<Meters>` and
                // `impl Quantity<Seconds>` (or `Mul<f64>` and `Mul<V2>`, for an explicit `.mul()`) are
                // one type; an inherent `fly` and `Pilot::fly`, or `Pilot::fly` and `Wizard::fly`, are
                // two methods of one type: the lowering picks from the receiver's static type.
                self.static_methods.insert(name.to_string());
                if matches!(key, TypeKey::Adt(_)) && before != origin {
                    self.clash_methods.insert(name.to_string());
                } else {
                    self.shared_key_methods.insert(name.to_string());
                }
            }
        }
        // `A::name(&x)` / `<X as A>::name(&x)` / a `dyn A` receiver call this trait's impl even
        // when another trait (or an inherent impl) gives the type a method of the same name.
        if let Some(t) = trait_name {
            let qualified = self.sym(&format!("{name}:@{t}"));
            self.prog.methods.insert((key, qualified), id);
        }
        // The inherent method stays what a run-time dispatch on the type finds.
        let inherent_before = self.method_origin.get(&(key, sym)).is_some_and(|o| o.is_none());
        if !(inherent_before && origin.is_some()) {
            self.prog.methods.insert((key, sym), id);
            self.method_origin.insert((key, sym), origin);
        }
        sym
    }

    /// A generic fn whose body calls a method that is dispatched statically (`t.total()` with
    /// `t: &T`) cannot run erased: it is lowered per concrete type list instead, like a fn
    /// that names its type parameter in a path.
    fn specialize_for_static_dispatch(&mut self) {
        if self.static_methods.is_empty() {
            return;
        }
        // Not for methods of one name from two traits (or inherent and trait) on one type: in
        // `fn f<T: Pilot>(x: &T) { x.fly() }` rustc runs `Pilot::fly` whatever `T` is, which the
        // per-type copy would not know; the erased copy refuses the call instead.
        let dispatched: VecSet<String> = self.static_methods.difference(&self.clash_methods).cloned().collect();
        let pending = std::mem::take(&mut self.pending);
        for p in pending {
            if let Pending::Fn { id, sig, block, self_ty: None, self_syn: None, subst } = &p {
                let params: Vec<String> = sig.generics.type_params().map(|t| t.ident.to_string()).collect();
                if subst.is_empty() && !params.is_empty() && scan::calls_any_method(block, &dispatched) {
                    self.generic_fns.insert(*id, (*sig, *block, params));
                    self.dispatch_generic.insert(*id);
                    continue;
                }
            }
            self.pending.push(p);
        }
    }

    /// `impl<T: Trait> Trait for Box<T>` whose methods do more than forward to `T`: each method
    /// (and each trait default it does not override) is a template lowered per concrete `T`,
    /// and calls of these names are resolved statically (`dispatch.rs`).
    fn collect_box_impl(
        &mut self,
        imp: &'a syn::ItemImpl,
        wrapper: &str,
        trait_name: Option<String>,
        generic_params: &VecSet<String>,
    ) {
        if wrapper != "Box<T>" {
            self.unsupported(
                format_args!("an impl for `{wrapper}` whose methods do more than call the same method of `T`"),
                pos_of(&imp.self_ty),
            );
            return;
        }
        let Some(trait_name) = trait_name else {
            self.unsupported("an inherent impl for `Box<T>`", pos_of(&imp.self_ty));
            return;
        };
        // Only `T: Trait` (and `?Sized`) is checked when a call picks this impl.
        let only_own_bound = imp.generics.where_clause.is_none()
            && imp.generics.type_params().all(|p| {
                p.bounds.iter().all(|b| match b {
                    syn::TypeParamBound::Trait(t) => {
                        matches!(t.modifier, syn::TraitBoundModifier::Maybe(_))
                            || t.path.segments.last().is_some_and(|s| s.ident == trait_name)
                    }
                    _ => false,
                })
            });
        if !only_own_bound || imp.generics.type_params().count() != 1 {
            self.unsupported("an impl for `Box<T>` with bounds other than its own trait on `T`", pos_of(&imp.generics));
            return;
        }
        let params: Vec<String> = generic_params.iter().cloned().collect();
        let mut defined = VecSet::new();
        let mut methods: Vec<(&'a syn::Signature, &'a syn::Block)> = Vec::new();
        for ii in &imp.items {
            match ii {
                syn::ImplItem::Fn(f) => {
                    self.check_fn_sig(&f.sig);
                    defined.insert(f.sig.ident.to_string());
                    methods.push((&f.sig, &f.block));
                }
                syn::ImplItem::Type(_) => {}
                other => self.unsupported("this item in an impl for `Box<T>`", pos_of(other)),
            }
        }
        for f in self.traits.get(&trait_name).cloned().unwrap_or_default() {
            if let (false, Some(block)) = (defined.contains(&f.sig.ident.to_string()), &f.default) {
                methods.push((&f.sig, block));
            }
        }
        for (sig, block) in methods {
            let name = sig.ident.to_string();
            let id = self.new_fn(format!("Box::{name}"));
            let s = self.sig_of(sig);
            if s.receiver == Some(Receiver::RefMut) {
                self.mut_self_methods.insert(name.clone());
            }
            self.sigs.insert(id, s);
            self.impl_templates
                .insert(id, dispatch::ImplTemplate { sig, block, params: params.clone(), self_ty: &imp.self_ty });
            self.impls_of.entry(name.clone()).or_default().push(dispatch::ImplFn {
                trait_name: Some(trait_name.clone()),
                self_ty: &imp.self_ty,
                params: params.clone(),
                id,
                template: true,
            });
            self.static_methods.insert(name);
        }
    }

    fn lower_pending(&mut self) {
        // Instances of generic fns are queued while bodies are lowered: run until none is left.
        while !self.pending.is_empty() {
            self.lower_pending_once();
        }
    }

    fn lower_pending_once(&mut self) {
        let pending = std::mem::take(&mut self.pending);
        for p in pending {
            match p {
                Pending::Fn { id, sig, block, self_ty, self_syn, subst } => {
                    self.subst = subst.into_iter().collect();
                    let self_static = self_syn.map(|t| self.ty_of(t)).unwrap_or_default();
                    let f = FnBuilder::lower_fn(self, sig, block, self_ty, self_static);
                    self.subst.clear();
                    let name = std::mem::take(&mut self.prog.fns[id as usize].name);
                    if sig.asyncness.is_some() {
                        // Calling an `async fn` runs nothing: the function returns a lazy future of its body.
                        let body = self.new_fn(format!("{name} (async body)"));
                        let n = f.n_params;
                        // The wrapper's position is the body's `{`: a finished future polled again panics there.
                        let open = block.brace_token.span.open().start();
                        let pos = Pos { line: open.line as u32, column: open.column as u32 + 1 };
                        self.prog.fns[body as usize] = Function { name: format!("{name} (async body)"), ..f };
                        self.prog.fns[id as usize] = async_wrapper(name, body, n, pos);
                    } else {
                        self.prog.fns[id as usize] = Function { name, ..f };
                    }
                }
                Pending::Global { id, expr, ty } => {
                    let f = FnBuilder::lower_global(self, expr, ty);
                    let name = std::mem::take(&mut self.prog.fns[id as usize].name);
                    self.prog.fns[id as usize] = Function { name, ..f };
                }
            }
        }
    }
}

/// `Box<T>`, `Rc<T>`, `Arc<T>`, `&T` or `&mut T` with `T` one of the impl's type parameters: the wrapper's name.
fn generic_wrapper(self_ty: &syn::Type, generic_params: &VecSet<String>) -> Option<&'static str> {
    let is_param = |t: &syn::Type| matches!(t, syn::Type::Path(p) if p.qself.is_none() && p.path.segments.len() == 1 && generic_params.contains(&p.path.segments[0].ident.to_string()));
    match self_ty {
        syn::Type::Reference(r) if is_param(&r.elem) => Some(if r.mutability.is_some() { "&mut T" } else { "&T" }),
        syn::Type::Path(p) if p.qself.is_none() => {
            let seg = p.path.segments.last()?;
            let wrapper = match seg.ident.to_string().as_str() {
                "Box" => "Box<T>",
                "Rc" => "Rc<T>",
                "Arc" => "Arc<T>",
                _ => return None,
            };
            let args = ty::generic_args(seg);
            (args.len() == 1 && is_param(args[0])).then_some(wrapper)
        }
        _ => None,
    }
}

/// Whether the file implements this trait (`Drop`: destructors must run when Rust runs them;
/// `Future`: hand-written `poll`).
fn has_trait_impl(file: &syn::File, name: &str) -> bool {
    use crate::visit::Visit;
    struct Finder<'n>(bool, &'n str);
    impl<'ast> Visit<'ast> for Finder<'_> {
        crate::visit::overrides!('ast: visit_item_impl);

        fn visit_item_impl(&mut self, i: &'ast syn::ItemImpl) {
            self.0 |= i.trait_.as_ref().and_then(|(_, p, _)| p.segments.last()).is_some_and(|s| s.ident == self.1);
            crate::visit::visit_item_impl(self, i);
        }
    }
    let mut f = Finder(false, name);
    f.visit_file(file);
    f.0
}

/// Whether the file looks at reference counts (`Rc::strong_count`, `Weak::upgrade`, `Arc::try_unwrap`, ...):
/// what they return depends on when each handle dies, so the program gets the drop timing.
fn observes_counts(file: &syn::File) -> bool {
    fn walk(ts: proc_macro2::TokenStream, rc: &mut bool, observes: &mut bool) {
        for tt in ts {
            match tt {
                proc_macro2::TokenTree::Ident(i) => {
                    let s = i.to_string();
                    *rc |= s == "Rc" || s == "Arc";
                    *observes |= matches!(
                        s.as_str(),
                        "strong_count"
                            | "weak_count"
                            | "downgrade"
                            | "upgrade"
                            | "Weak"
                            | "try_unwrap"
                            | "into_inner"
                            | "get_mut"
                            | "make_mut"
                            | "unwrap_or_clone"
                    );
                }
                proc_macro2::TokenTree::Group(g) => walk(g.stream(), rc, observes),
                _ => {}
            }
        }
    }
    let (mut rc, mut observes) = (false, false);
    walk(crate::span::file_tokens(file), &mut rc, &mut observes);
    rc && observes
}

/// Whether the file has an `async` fn, block or closure.
fn uses_async(file: &syn::File) -> bool {
    use crate::visit::Visit;
    #[derive(Default)]
    struct Finder(bool);
    impl<'ast> Visit<'ast> for Finder {
        crate::visit::overrides!('ast: visit_signature, visit_expr_async, visit_expr_closure);

        fn visit_signature(&mut self, s: &'ast syn::Signature) {
            self.0 |= s.asyncness.is_some();
        }
        fn visit_expr_async(&mut self, _: &'ast syn::ExprAsync) {
            self.0 = true;
        }
        fn visit_expr_closure(&mut self, c: &'ast syn::ExprClosure) {
            self.0 |= c.asyncness.is_some();
            crate::visit::visit_expr_closure(self, c);
        }
    }
    let mut f = Finder::default();
    f.visit_file(file);
    f.0
}

/// `async fn f(a, b)`: `f` returns `MakeFuture(f's body, a, b)`.
fn async_wrapper(name: String, body: FnId, n: u32, pos: Pos) -> Function {
    use crate::ir::Instr;
    let code = vec![
        Instr::FnValue { dst: n, func: body },
        Instr::MakeFuture { dst: n + 1, callee: n, args: 0, n },
        Instr::Return { src: n + 1 },
    ];
    Function { name, n_params: n, n_captures: 0, n_slots: n + 2, pos: vec![pos; code.len()], code, consts: Vec::new() }
}

/// Module names are few and live for the whole lowering; a leaked copy keeps lifetimes simple.
fn leak_name(name: &str) -> &'static str {
    Box::leak(name.to_string().into_boxed_str())
}

fn field_list(fields: &syn::Fields) -> (Vec<String>, bool) {
    match fields {
        syn::Fields::Named(n) => {
            (n.named.iter().map(|f| f.ident.as_ref().map(|i| i.to_string()).unwrap_or_default()).collect(), false)
        }
        syn::Fields::Unnamed(u) => ((0..u.unnamed.len()).map(|i| i.to_string()).collect(), true),
        syn::Fields::Unit => (Vec::new(), false),
    }
}

fn expr_int(e: &syn::Expr) -> Option<i128> {
    match e {
        syn::Expr::Lit(syn::ExprLit { lit: syn::Lit::Int(i), .. }) => i.base10_parse().ok(),
        syn::Expr::Unary(syn::ExprUnary { op: syn::UnOp::Neg(_), expr, .. }) => expr_int(expr).map(|v| -v),
        _ => None,
    }
}

pub fn receiver_of(sig: &syn::Signature) -> Option<Receiver> {
    match sig.inputs.first() {
        Some(syn::FnArg::Receiver(r)) => Some(match (&r.reference, &r.mutability) {
            (Some(_), Some(_)) => Receiver::RefMut,
            (Some(_), None) => Receiver::Ref,
            (None, _) => match &*r.ty {
                syn::Type::Reference(t) if t.mutability.is_some() => Receiver::RefMut,
                syn::Type::Reference(_) => Receiver::Ref,
                _ => Receiver::Value,
            },
        }),
        _ => None,
    }
}

pub fn path_string(path: &syn::Path) -> String {
    path.segments.iter().map(|s| s.ident.to_string()).collect::<Vec<_>>().join("::")
}

/// Whether a by-value use of a field of this declared type might copy it rather than move it,
/// copying a reference inside (the light types erase `&`): a reference, a bare type parameter, or
/// an `Option`, tuple or array of one, a learner's `Copy` type, and types the lowering cannot read.
/// Any other type is not `Copy` or holds nothing whose drop matters, so the use moves it.
fn may_copy_reference(ty: &syn::Type, params: &[String], copy_types: &VecSet<String>) -> bool {
    let again = |t: &syn::Type| may_copy_reference(t, params, copy_types);
    match ty {
        syn::Type::Reference(_) | syn::Type::Ptr(_) | syn::Type::BareFn(_) => true,
        syn::Type::Paren(p) => again(&p.elem),
        syn::Type::Group(g) => again(&g.elem),
        syn::Type::Array(a) => again(&a.elem),
        syn::Type::Tuple(t) => t.elems.iter().any(again),
        syn::Type::Path(p) if p.qself.is_none() => {
            let Some(last) = p.path.segments.last() else { return true };
            let name = last.ident.to_string();
            if p.path.segments.len() == 1 && (params.contains(&name) || name == "Self") {
                return true;
            }
            if copy_types.contains(&name) {
                return true;
            }
            match (&*name, &last.arguments) {
                ("Option", syn::PathArguments::AngleBracketed(a)) => a.args.iter().any(|arg| match arg {
                    syn::GenericArgument::Type(t) => again(t),
                    _ => false,
                }),
                _ => false,
            }
        }
        _ => true,
    }
}
