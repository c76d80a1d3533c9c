//! What the file declares, file-wide: the names a body may use as values, the learner's
//! free functions (arity, async) and structs (fields, methods), and whether the file holds
//! something that could declare names the grader cannot see (then no check runs).

use crate::vec_map::{VecMap, VecSet};

use crate::visit::Visit;
use syn::{Block, Expr, FnArg, Item, ReturnType, Type};

use crate::lint::syntax::pat_bindings;

/// Methods every type has through a blanket impl of a trait in scope (or commonly imported).
pub const ANY_TYPE_METHODS: &[&str] =
    &["into", "try_into", "borrow", "borrow_mut", "type_id", "as_ref", "as_mut", "to_owned", "clone_into"];
/// Associated functions every type has (`From<T> for T`).
pub const ANY_TYPE_ASSOC: &[&str] = &["from", "try_from"];

/// Capitalized names whose import brings no trait into scope (std, tokio and futures types).
const KNOWN_TYPE_IMPORTS: &[&str] = &[
    "Arc",
    "Rc",
    "Weak",
    "Mutex",
    "RwLock",
    "RefCell",
    "Cell",
    "OnceCell",
    "OnceLock",
    "HashMap",
    "HashSet",
    "BTreeMap",
    "BTreeSet",
    "VecDeque",
    "BinaryHeap",
    "Duration",
    "Instant",
    "Notify",
    "Semaphore",
    "Barrier",
    "JoinHandle",
    "JoinSet",
    "JoinError",
    "Sender",
    "Receiver",
    "UnboundedSender",
    "UnboundedReceiver",
    "SendError",
    "RecvError",
    "TryRecvError",
    "TrySendError",
    "TcpListener",
    "TcpStream",
    "Ordering",
    "AtomicUsize",
    "AtomicU64",
    "AtomicU32",
    "AtomicI32",
    "AtomicI64",
    "AtomicBool",
    "Error",
    "Cow",
    "Pin",
    "PhantomData",
    "Infallible",
    "MissedTickBehavior",
    "Interval",
    "Sleep",
    "Timeout",
    "Elapsed",
    "Bytes",
    "BytesMut",
    "CancellationToken",
    "Builder",
    "Runtime",
    "Handle",
    "LocalSet",
    "Either",
    "Poll",
    "Context",
    "Waker",
];

/// Prelude values with a lowercase name (the others are never reported).
const PRELUDE_VALUES: &[&str] = &["drop", "std", "core", "alloc", "tokio", "futures", "main"];

/// std traits whose methods are known; a struct implementing any other trait is left alone.
const KNOWN_TRAITS: &[(&str, &[&str])] = &[
    ("Display", &["fmt", "to_string"]),
    ("Debug", &["fmt"]),
    ("Clone", &["clone", "clone_from"]),
    ("Copy", &[]),
    ("PartialEq", &["eq", "ne"]),
    ("Eq", &[]),
    ("PartialOrd", &["partial_cmp", "lt", "le", "gt", "ge"]),
    ("Ord", &["cmp", "max", "min", "clamp"]),
    ("Hash", &["hash"]),
    ("Default", &["default"]),
    ("Drop", &["drop"]),
    ("Send", &[]),
    ("Sync", &[]),
];

pub struct FnSig {
    pub arity: usize,
    pub is_async: bool,
    /// Each parameter's type when it is concrete (the fn has no generics, no `impl`).
    pub param_types: Vec<Option<Type>>,
    /// The declared output type (`None` for a generic fn; `()` written out when it has none).
    pub output: Option<Type>,
}

pub struct StructDef {
    pub name: String,
    pub fields: Vec<String>,
    /// Each named field's declared type (empty for a generic struct, whose fields may be parameters).
    pub field_types: Vec<(String, Type)>,
    /// A unit struct (`struct Client;`): its name alone is a value of it.
    pub unit: bool,
    /// Inherent associated functions: name, arity without `self`, has `self`.
    pub assoc: Vec<(String, usize, bool)>,
    /// Associated functions returning `Self` (or the struct by name), no `self`.
    pub assoc_returning_self: Vec<String>,
    /// Its inherent `async fn` methods.
    pub async_methods: Vec<String>,
    /// Derives or implements `Copy`.
    pub copy: bool,
    /// Method names its trait impls (written or derived) give it.
    pub trait_methods: VecSet<String>,
    /// False when a trait impl (or derive) the grader does not know could add methods,
    /// or a `Deref` could forward to another type's fields and methods.
    pub methods_known: bool,
}

impl StructDef {
    pub fn fields_list(&self) -> String {
        self.fields.iter().map(|f| format!("`{f}`")).collect::<Vec<_>>().join(", ")
    }
}

/// A body to check: its parameters' names, whether `?` in it lands in a `()` return.
pub struct FnBody {
    /// The signature of a free fn or an inherent method (not of a trait's fns).
    pub sig: Option<syn::Signature>,
    /// The declared return type, when there is one (not of a trait's or generic fn).
    pub ret: Option<Type>,
    pub params: Vec<String>,
    pub body: Block,
    pub returns_unit: bool,
    /// The parameters as written (the receiver included), for the mutability rules.
    pub inputs: Vec<FnArg>,
}

#[derive(Default)]
pub struct Items {
    /// Something could declare names the grader cannot see: check nothing.
    pub unsure: bool,
    /// The file imports an extension trait (`FutureExt`, `TryFutureExt`): futures may have
    /// more methods, so no future rule runs.
    pub future_ext: bool,
    values: VecSet<String>,
    /// How many items of any kind have each name.
    counts: VecMap<String, usize>,
    fns_by_name: VecMap<String, FnSig>,
    structs: VecMap<String, StructDef>,
    pub fns: Vec<FnBody>,
    pub const_exprs: Vec<Expr>,
    /// Every fn name of the file's traits and impls (methods a std type could gain, or a
    /// learner's `lock` that is no lock).
    pub method_names: VecSet<String>,
    /// Names the file declares as types (structs, enums, unions, aliases, traits, generic
    /// parameters) or imports under another name: a std type of that name may be another.
    pub own_types: VecSet<String>,
    /// What each imported name is: `mpsc` -> `tokio::sync::mpsc` (`None` when two imports share it).
    imports: VecMap<String, Option<String>>,
    /// The file imports a capitalized name that is not a known type (`Write`, `AsyncWriteExt`,
    /// a glob): a trait in scope may give std types methods, so no std method is reported missing.
    pub trait_imports: bool,
}

impl Items {
    pub fn collect(file: &syn::File) -> Items {
        let mut c = Collector::default();
        c.visit_file(file);
        let mut items = c.items;
        for (ty, name, n, has_self, returns_self) in c.pending {
            if let Some(def) = items.structs.get_mut(&ty) {
                def.assoc.push((name.clone(), n, has_self));
                if returns_self && !has_self {
                    def.assoc_returning_self.push(name);
                }
            }
        }
        // Trait impls: the methods they add, and whether the grader knows them all.
        let trait_fns = c.trait_fns;
        for (ty, trait_name, fns) in c.impls {
            let Some(def) = items.structs.get_mut(&ty) else { continue };
            match trait_name {
                None => {}
                Some(t) => {
                    def.copy |= t == "Copy";
                    def.trait_methods.extend(fns);
                    if let Some(own) = trait_fns.get(&t) {
                        def.trait_methods.extend(own.iter().cloned());
                    } else if let Some((_, known)) = KNOWN_TRAITS.iter().find(|(n, _)| *n == t) {
                        def.trait_methods.extend(known.iter().map(|s| s.to_string()));
                    } else {
                        def.methods_known = false;
                    }
                }
            }
        }
        if c.blanket_impl {
            for def in items.structs.values_mut() {
                def.methods_known = false;
            }
        }
        items
    }

    /// The full path of an imported name (`mpsc` -> `tokio::sync::mpsc`), when one import has it.
    pub fn import(&self, name: &str) -> Option<&str> {
        self.imports.get(name).and_then(|p| p.as_deref())
    }

    pub fn knows_value(&self, name: &str) -> bool {
        self.values.contains(name) || PRELUDE_VALUES.contains(&name)
    }

    /// Some item of the file (or an import) has that name.
    pub fn declares(&self, name: &str) -> bool {
        self.counts.contains_key(name)
    }

    /// Exactly one item of the file (or import) has that name.
    pub fn declared_once(&self, name: &str) -> bool {
        self.counts.get(name) == Some(&1)
    }

    /// The learner's free fn of that name, when exactly one item in the file has it.
    pub fn free_fn(&self, name: &str) -> Option<&FnSig> {
        (self.counts.get(name) == Some(&1)).then(|| self.fns_by_name.get(name)).flatten()
    }

    /// The learner's struct with named fields of that name, when exactly one item has it.
    pub fn plain_struct(&self, name: &str) -> Option<&StructDef> {
        (self.counts.get(name) == Some(&1)).then(|| self.structs.get(name)).flatten()
    }
}

#[derive(Default)]
struct Collector {
    items: Items,
    /// (self type, trait name or None for inherent, fn names)
    impls: Vec<(String, Option<String>, Vec<String>)>,
    /// Traits declared in the file: their fn names (with defaults).
    trait_fns: VecMap<String, Vec<String>>,
    blanket_impl: bool,
    /// Inherent fns of an `impl` written before its struct: (struct, fn, arity, has self, returns Self).
    pending: Vec<(String, String, usize, bool, bool)>,
}

impl Collector {
    fn name(&mut self, name: String) {
        *self.items.counts.entry(name.clone()).or_default() += 1;
        self.items.values.insert(name);
    }

    fn use_tree(&mut self, tree: &syn::UseTree, prefix: &mut Vec<String>) {
        match tree {
            syn::UseTree::Path(p) => {
                prefix.push(p.ident.to_string());
                self.use_tree(&p.tree, prefix);
                prefix.pop();
            }
            syn::UseTree::Name(n) => {
                let name = n.ident.to_string();
                if name.ends_with("Ext") {
                    self.items.future_ext = true;
                }
                if name.starts_with(char::is_uppercase) && !KNOWN_TYPE_IMPORTS.contains(&name.as_str()) {
                    self.items.trait_imports = true;
                }
                let full =
                    if name == "self" { prefix.join("::") } else { [prefix.join("::"), name.clone()].join("::") };
                let name = if name == "self" { prefix.last().cloned().unwrap_or_default() } else { name };
                self.import(&name, full);
                self.name(name)
            }
            syn::UseTree::Rename(r) => {
                let rename = r.rename.to_string();
                self.items.trait_imports = true;
                self.items.own_types.insert(rename.clone());
                self.import(&rename, [prefix.join("::"), r.ident.to_string()].join("::"));
                self.name(rename)
            }
            syn::UseTree::Glob(_) => {
                self.items.trait_imports = true;
                // `use super::*` in a test module brings in the file's own items, which are
                // collected anyway; a glob of another crate or an enum could bring any name.
                let root = prefix.first().map(String::as_str);
                if prefix.is_empty() || !matches!(root, Some("super" | "crate" | "self")) {
                    self.items.unsure = true;
                }
            }
            syn::UseTree::Group(g) => {
                for t in &g.items {
                    self.use_tree(t, prefix);
                }
            }
        }
    }

    fn import(&mut self, name: &str, full: String) {
        let known = self.items.imports.entry(name.to_string()).or_insert_with(|| Some(full.clone()));
        if known.as_deref() != Some(full.as_str()) {
            *known = None;
        }
    }
}

fn type_name(ty: &Type) -> Option<String> {
    match ty {
        Type::Path(p) if p.qself.is_none() => p.path.segments.last().map(|s| s.ident.to_string()),
        _ => None,
    }
}

/// A fn's declared return type, unless it is generic (then the type may be a parameter).
fn ret_type(sig: &syn::Signature) -> Option<Type> {
    match &sig.output {
        ReturnType::Type(_, t) if sig.generics.params.is_empty() => Some((**t).clone()),
        _ => None,
    }
}

fn params(sig: &syn::Signature) -> Vec<String> {
    let mut names = Vec::new();
    for input in &sig.inputs {
        if let FnArg::Typed(t) = input {
            pat_bindings(&t.pat, &mut names);
        }
    }
    names
}

fn arity(sig: &syn::Signature) -> (usize, bool) {
    let has_self = sig.inputs.iter().any(|i| matches!(i, FnArg::Receiver(_)));
    (sig.inputs.len() - usize::from(has_self), has_self)
}

impl<'ast> Visit<'ast> for Collector {
    crate::visit::overrides!('ast: visit_item, visit_generic_param, visit_macro);

    fn visit_item(&mut self, item: &'ast Item) {
        match item {
            Item::Fn(f) => {
                let name = f.sig.ident.to_string();
                self.name(name.clone());
                let (arity, _) = arity(&f.sig);
                let variadic = f.sig.variadic.is_some();
                if !variadic {
                    let generic = !f.sig.generics.params.is_empty();
                    let output = match &f.sig.output {
                        _ if generic => None,
                        ReturnType::Default => Some(Type::Tuple(syn::TypeTuple {
                            paren_token: Default::default(),
                            elems: Default::default(),
                        })),
                        ReturnType::Type(_, t) => Some((**t).clone()),
                    };
                    let param_types = f
                        .sig
                        .inputs
                        .iter()
                        .map(|i| match i {
                            FnArg::Typed(t) if !generic && concrete_type(&t.ty) => Some((*t.ty).clone()),
                            _ => None,
                        })
                        .collect();
                    self.items
                        .fns_by_name
                        .insert(name, FnSig { arity, is_async: f.sig.asyncness.is_some(), param_types, output });
                }
                self.items.fns.push(FnBody {
                    sig: Some(f.sig.clone()),
                    ret: ret_type(&f.sig),
                    params: params(&f.sig),
                    body: (*f.block).clone(),
                    returns_unit: matches!(f.sig.output, ReturnType::Default),
                    inputs: f.sig.inputs.iter().cloned().collect(),
                });
            }
            Item::Const(c) => {
                self.name(c.ident.to_string());
                self.items.const_exprs.push((*c.expr).clone());
            }
            Item::Static(s) => {
                self.name(s.ident.to_string());
                self.items.const_exprs.push((*s.expr).clone());
            }
            Item::Struct(s) => {
                let name = s.ident.to_string();
                self.items.own_types.insert(name.clone());
                self.name(name.clone());
                let mut trait_methods = VecSet::new();
                let mut methods_known = true;
                let mut derives_copy = false;
                for attr in &s.attrs {
                    if attr.path().is_ident("derive") {
                        let _ = attr.parse_nested_meta(|meta| {
                            let d = meta.path.segments.last().map(|s| s.ident.to_string()).unwrap_or_default();
                            derives_copy |= d == "Copy";
                            match KNOWN_TRAITS.iter().find(|(n, _)| *n == d) {
                                Some((_, ms)) => trait_methods.extend(ms.iter().map(|m| m.to_string())),
                                None => methods_known = false,
                            }
                            Ok(())
                        });
                    } else if !["allow", "doc", "cfg", "warn", "must_use"].iter().any(|a| attr.path().is_ident(a)) {
                        methods_known = false;
                    }
                }
                let named = match &s.fields {
                    syn::Fields::Named(named) => Some(named.named.iter().collect::<Vec<_>>()),
                    syn::Fields::Unit => Some(Vec::new()),
                    syn::Fields::Unnamed(_) => None,
                };
                if let Some(named) = named {
                    let fields = named.iter().filter_map(|f| f.ident.as_ref().map(|i| i.to_string())).collect();
                    let field_types = if s.generics.params.is_empty() {
                        named.iter().filter_map(|f| Some((f.ident.as_ref()?.to_string(), f.ty.clone()))).collect()
                    } else {
                        Vec::new()
                    };
                    self.items.structs.insert(
                        name.clone(),
                        StructDef {
                            name,
                            fields,
                            field_types,
                            unit: matches!(s.fields, syn::Fields::Unit),
                            assoc: Vec::new(),
                            assoc_returning_self: Vec::new(),
                            async_methods: Vec::new(),
                            copy: derives_copy,
                            trait_methods,
                            methods_known,
                        },
                    );
                }
            }
            Item::Enum(e) => {
                self.items.own_types.insert(e.ident.to_string());
                self.name(e.ident.to_string())
            }
            Item::Union(u) => {
                self.items.own_types.insert(u.ident.to_string());
                self.name(u.ident.to_string())
            }
            Item::Type(t) => {
                self.items.own_types.insert(t.ident.to_string());
                self.name(t.ident.to_string())
            }
            Item::Mod(m) => self.name(m.ident.to_string()),
            Item::ExternCrate(e) => {
                let name = e.rename.as_ref().map(|(_, i)| i).unwrap_or(&e.ident).to_string();
                self.name(name);
            }
            Item::Trait(t) => {
                self.items.own_types.insert(t.ident.to_string());
                self.name(t.ident.to_string());
                let fns: Vec<String> = t
                    .items
                    .iter()
                    .filter_map(|i| match i {
                        syn::TraitItem::Fn(f) => Some(f.sig.ident.to_string()),
                        _ => None,
                    })
                    .collect();
                self.items.method_names.extend(fns.iter().cloned());
                self.trait_fns.insert(t.ident.to_string(), fns);
                for i in &t.items {
                    if let syn::TraitItem::Fn(f) = i {
                        if let Some(body) = &f.default {
                            self.items.fns.push(FnBody {
                                sig: None,
                                ret: None,
                                params: params(&f.sig),
                                body: body.clone(),
                                returns_unit: matches!(f.sig.output, ReturnType::Default),
                                inputs: f.sig.inputs.iter().cloned().collect(),
                            });
                        }
                    }
                }
            }
            Item::Use(u) => self.use_tree(&u.tree, &mut Vec::new()),
            Item::Impl(i) => {
                let self_ty = type_name(&i.self_ty);
                let trait_name =
                    i.trait_.as_ref().and_then(|(_, path, _)| path.segments.last().map(|s| s.ident.to_string()));
                // `impl<T: X> Trait for T` can give any struct methods.
                let generic_self = i.generics.params.iter().any(|p| match p {
                    syn::GenericParam::Type(t) => self_ty.as_deref() == Some(&t.ident.to_string()),
                    _ => false,
                });
                if generic_self || self_ty.is_none() {
                    self.blanket_impl = true;
                }
                let mut names = Vec::new();
                for item in &i.items {
                    if let syn::ImplItem::Fn(f) = item {
                        let name = f.sig.ident.to_string();
                        names.push(name.clone());
                        self.items.method_names.insert(name.clone());
                        self.items.fns.push(FnBody {
                            sig: if trait_name.is_none() { Some(f.sig.clone()) } else { None },
                            ret: if trait_name.is_none() { ret_type(&f.sig) } else { None },
                            params: params(&f.sig),
                            body: f.block.clone(),
                            returns_unit: matches!(f.sig.output, ReturnType::Default),
                            inputs: f.sig.inputs.iter().cloned().collect(),
                        });
                        if let (None, Some(ty)) = (&trait_name, &self_ty) {
                            let (n, has_self) = arity(&f.sig);
                            let returns_self = match &f.sig.output {
                                ReturnType::Type(_, t) => {
                                    type_name(t).is_some_and(|r| r == "Self" || r == *ty) && f.sig.asyncness.is_none()
                                }
                                ReturnType::Default => false,
                            };
                            if let Some(def) = self.items.structs.get_mut(ty) {
                                if f.sig.asyncness.is_some() && has_self {
                                    def.async_methods.push(name.clone());
                                }
                                def.assoc.push((name.clone(), n, has_self));
                                if returns_self && !has_self {
                                    def.assoc_returning_self.push(name.clone());
                                }
                            } else {
                                self.pending.push((ty.clone(), name.clone(), n, has_self, returns_self));
                            }
                        }
                    }
                }
                if let Some(ty) = self_ty {
                    self.impls.push((ty, trait_name, names));
                }
            }
            Item::Macro(_) | Item::ForeignMod(_) | Item::Verbatim(_) => self.items.unsure = true,
            _ => {}
        }
        // Nested items (in modules and fn bodies) too.
        crate::visit::visit_item(self, item);
    }

    fn visit_generic_param(&mut self, p: &'ast syn::GenericParam) {
        if let syn::GenericParam::Type(t) = p {
            self.items.own_types.insert(t.ident.to_string());
        }
    }

    fn visit_macro(&mut self, mac: &'ast syn::Macro) {
        if mac.path.is_ident("macro_rules") {
            self.items.unsure = true;
        }
    }
}

/// A type that a future is certainly not (no `impl`, `dyn`, `_`, `Box`, `Pin` or `Future`).
pub fn concrete_type(ty: &Type) -> bool {
    let text = type_text(ty);
    !["impl", "dyn", "_", "Box", "Pin", "Future", "Either", "JoinHandle"].iter().any(|w| text.contains(w))
}

pub fn type_text(ty: &Type) -> String {
    crate::span::type_tokens_text(ty)
        .replace(" < ", "<")
        .replace(" <", "<")
        .replace("< ", "<")
        .replace(" >", ">")
        .replace(" ,", ",")
        .replace("& ", "&")
        .replace(" :: ", "::")
}
