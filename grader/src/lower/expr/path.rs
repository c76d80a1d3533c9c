//! Paths in value position: locals, fns, consts and assoc consts, enum variants and their constructors; path normalization through `use` imports and `Self`.

use super::*;

impl<'c, 'a> FnBuilder<'c, 'a> {
    pub(super) fn path_expr(&mut self, p: &syn::ExprPath, dst: Slot, hint: &Ty) -> Ty {
        if let Some(last) = p.path.segments.last() {
            if (p.path.segments.len() >= 2 || p.qself.is_some())
                && self.cx.static_methods.contains(&last.ident.to_string())
            {
                self.unsupported(format!("the method `{}` as a function value, when its impls are chosen by the receiver's static type (call it in a closure)", last.ident), p);
                return Ty::Unknown;
            }
        }
        let segs: Vec<String> = match self.qualified_segs(p) {
            Some(segs) => segs,
            None => {
                self.unsupported("qualified path `<T as Trait>::...` on a generic type", p);
                return Ty::Unknown;
            }
        };
        if segs.len() == 1 {
            let name = &segs[0];
            if let Some(l) = self.lookup(name).cloned() {
                self.read_place_to(Place::Local(l.clone()), dst);
                // An array of Copy scalars is Copy, but its value is a shared Vec: copy it.
                if copy_array(&l.ty, !self.cx.drops) && !self.ref_slots.contains(&l.slot) {
                    let name = self.cx.sym("clone");
                    self.emit(Instr::CallMethod { dst, name, args: dst, n: 1 });
                }
                return l.ty;
            }
        }
        // `None::<String>`: the turbofish types the Option.
        if let Some(syn::PathArguments::AngleBracketed(a)) = p.path.segments.last().map(|s| &s.arguments) {
            if let Some(syn::GenericArgument::Type(t)) = a.args.first() {
                let inner = self.cx.ty_of(t);
                let ty = self.resolve_value_path(&segs, p, dst, &Ty::Option(Box::new(inner.clone())));
                return if matches!(ty, Ty::Option(_)) { Ty::Option(Box::new(inner)) } else { ty };
            }
        }
        self.resolve_value_path(&segs, p, dst, hint)
    }

    /// A path that is not a local: const, unit struct/variant, fn item, assoc const.
    fn resolve_value_path(&mut self, segs: &[String], node: &impl Spanned, dst: Slot, hint: &Ty) -> Ty {
        let segs = self.normalize_path(segs);
        let joined = segs.join("::");
        let last = segs.last().cloned().unwrap_or_default();
        // consts and statics
        let key = if segs.len() >= 2 { format!("{}::{}", segs[segs.len() - 2], last) } else { last.clone() };
        let key = if segs.len() >= 2 && segs[segs.len() - 2] == "Self" {
            self.self_name().map(|s| format!("{s}::{last}")).unwrap_or(key)
        } else {
            key
        };
        if segs.len() == 2 && self.generic_params.contains(&segs[0]) && !self.cx.globals_by_name.contains_key(&key) {
            // `U::SYMBOL` in a generic fn not lowered per type (an impl's method): which impl's const is unknown.
            self.unsupported(format!("the associated item `{joined}` through the type parameter `{}` here (only free generic fns are lowered per type)", segs[0]), node);
            return Ty::Unknown;
        }
        if let Some((idx, ty, _)) =
            self.cx.globals_by_name.get(&key).or_else(|| self.cx.globals_by_name.get(&last)).cloned()
        {
            self.emit(Instr::Global { dst, idx });
            return ty;
        }
        if let Some((ty, variant, n)) = self.resolve_variant(&segs) {
            if n == 0 {
                self.emit(Instr::MakeObj { dst, ty, variant, args: 0, n: 0 });
                return self.variant_ty(ty, hint);
            }
            // A tuple variant used as a function value: `.map(Some)`.
            let f = self.ctor_fn(ty, variant, n);
            self.emit(Instr::FnValue { dst, func: f });
            return Ty::Unknown;
        }
        if let Some(&f) = self.lookup_fn(&segs) {
            if self.cx.generic_fns.contains_key(&f) {
                self.unsupported(
                    format!("the generic function `{joined}` used as a value (it is lowered per type at calls)"),
                    node,
                );
                return Ty::Unknown;
            }
            self.emit(Instr::FnValue { dst, func: f });
            return Ty::Unknown;
        }
        if let Some(ty) = self.assoc_const(&segs, dst) {
            return ty;
        }
        match joined.as_str() {
            j if j == "Duration::ZERO" || j.ends_with("time::Duration::ZERO") => {
                let path = self.cx.sym("Duration::from_nanos");
                let a = self.const_slot(Const::Int(0, IntTy::U64));
                self.emit(Instr::CallPath { dst, path, args: a, n: 1 });
                return Ty::Unknown;
            }
            "Ordering::SeqCst" | "Ordering::Relaxed" | "Ordering::Acquire" | "Ordering::Release"
            | "Ordering::AcqRel" => {
                // Atomic orderings change nothing on one thread; keep the name for Debug.
                let path = self.cx.sym(&format!("atomic_ordering:{}", segs.last().cloned().unwrap_or_default()));
                self.emit(Instr::CallPath { dst, path, args: 0, n: 0 });
                return Ty::Unknown;
            }
            j if j.ends_with("MissedTickBehavior::Burst")
                || j.ends_with("MissedTickBehavior::Delay")
                || j.ends_with("MissedTickBehavior::Skip") =>
            {
                let path = self.cx.sym(&format!("tokio::time::MissedTickBehavior::{last}"));
                self.emit(Instr::CallPath { dst, path, args: 0, n: 0 });
                return Ty::Unknown;
            }
            _ => {}
        }
        if segs.last().is_some_and(|l| l.chars().all(|c| c.is_ascii_uppercase() || c == '_' || c.is_ascii_digit())) {
            self.unsupported(format_args!("the constant `{joined}`"), node);
            return Ty::Unknown;
        }
        if segs.len() >= 2 {
            let path = self.cx.sym(&joined);
            self.emit(Instr::PathFn { dst, path });
            return Ty::Unknown;
        }
        self.unsupported(format_args!("`{joined}` here"), node);
        Ty::Unknown
    }

    fn variant_ty(&self, ty: TypeId, hint: &Ty) -> Ty {
        match ty {
            ir::OPTION => match hint.strip_ref() {
                Ty::Option(_) => hint.strip_ref().clone(),
                _ => Ty::Option(Box::new(Ty::Unknown)),
            },
            ir::RESULT => Ty::Result(Box::new(Ty::Unknown), Box::new(Ty::Unknown)),
            t => Ty::Adt(t),
        }
    }

    pub fn self_name(&self) -> Option<String> {
        match self.self_key? {
            TypeKey::Adt(id) => self.cx.prog.types.get(id as usize).map(|t| t.name.clone()),
            TypeKey::Int(t) => Some(t.name().to_string()),
            _ => None,
        }
    }

    /// Strip `std::`/`crate::`/module prefixes and expand imports.
    pub fn normalize_path(&self, segs: &[String]) -> Vec<String> {
        let mut segs: Vec<String> = segs.to_vec();
        if let Some(first) = segs.first() {
            if let Some(full) = self.cx.imports.get(first) {
                let mut v = full.clone();
                v.extend(segs.iter().skip(1).cloned());
                segs = v;
            }
        }
        while segs.len() > 1
            && matches!(
                segs[0].as_str(),
                "std"
                    | "core"
                    | "alloc"
                    | "crate"
                    | "self"
                    | "super"
                    | "collections"
                    | "sync"
                    | "rc"
                    | "cell"
                    | "fmt"
                    | "cmp"
                    | "mem"
                    | "atomic"
                    | "time"
                    | "iter"
                    | "io"
                    | "convert"
                    | "ops"
                    | "str"
                    | "string"
                    | "vec"
                    | "num"
                    | "process"
                    | "thread"
                    | "boxed"
                    | "char"
                    | "error"
                    | "hash"
                    | "f64"
                    | "f32"
                    | "consts"
                    | "option"
                    | "result"
            )
        {
            // Keep `mem::swap`, `f64::consts::PI`-style two-segment builtin paths.
            if segs.len() == 2
                && matches!(
                    segs[0].as_str(),
                    "mem" | "f64" | "f32" | "char" | "process" | "thread" | "iter" | "cmp" | "str"
                )
            {
                break;
            }
            if segs.len() == 3 && segs[1] == "consts" {
                segs = vec![segs[0].clone(), segs[2].clone()];
                break;
            }
            segs.remove(0);
        }
        while segs.len() > 1
            && (self.cx.modules.contains(&segs[0]) || matches!(segs[0].as_str(), "crate" | "self" | "super"))
        {
            segs.remove(0);
        }
        if segs.len() == 2 && segs[0] == "Self" {
            if let Some(name) = self.self_name() {
                segs[0] = name;
            }
        }
        // In a per-type copy of a generic fn, `U::SYMBOL` is `Feet::SYMBOL`.
        if segs.len() >= 2 {
            if let Some(concrete) = self.cx.subst.get(&segs[0]) {
                segs[0] = concrete.clone();
            }
        }
        segs
    }

    /// An enum variant path: `Color::Red`, `Some`, `None`, `Ok`, `Err`, `Ordering::Less`.
    pub fn resolve_variant(&self, segs: &[String]) -> Option<(TypeId, u32, usize)> {
        let segs = self.normalize_path(segs);
        let (ty_name, var_name) = match segs.len() {
            1 => {
                let v = segs[0].as_str();
                let builtin = match v {
                    "None" => Some((ir::OPTION, 0, 0)),
                    "Some" => Some((ir::OPTION, 1, 1)),
                    "Ok" => Some((ir::RESULT, 0, 1)),
                    "Err" => Some((ir::RESULT, 1, 1)),
                    _ => None,
                };
                if builtin.is_some() {
                    return builtin;
                }
                // `use Enum::*;` or `use Enum::Variant;` imports, or unit structs.
                if let Some(id) = self.cx.resolve_type(v) {
                    if let Some(ir::TypeDef { kind: TypeKind::Struct { fields, tuple_like }, .. }) =
                        self.cx.prog.types.get(id as usize)
                    {
                        if fields.is_empty() || *tuple_like {
                            return Some((id, 0, fields.len()));
                        }
                    }
                    return None;
                }
                let (ty, var) = self.find_variant_anywhere(v)?;
                return Some((ty, var.0, var.1));
            }
            _ => (segs[segs.len() - 2].clone(), segs[segs.len() - 1].clone()),
        };
        let id = crate::builtin_types::qualify(&segs)
            .and_then(|q| self.cx.resolve_type(&q))
            .or_else(|| self.cx.resolve_type(&ty_name))?;
        match &self.cx.prog.types.get(id as usize)?.kind {
            TypeKind::Enum { variants } => {
                let i = variants.iter().position(|v| v.name == var_name)?;
                Some((id, i as u32, variants[i].fields.len()))
            }
            _ => None,
        }
    }

    /// A bare variant name brought in by `use Enum::*` (any user enum with that variant).
    fn find_variant_anywhere(&self, name: &str) -> Option<(TypeId, (u32, usize))> {
        if !name.starts_with(|c: char| c.is_uppercase()) {
            return None;
        }
        for (id, t) in self.cx.prog.types.iter().enumerate().skip(ir::N_BUILTIN_TYPES) {
            if let TypeKind::Enum { variants } = &t.kind {
                if let Some(i) = variants.iter().position(|v| v.name == name).filter(|_| !t.name.contains("::")) {
                    // rustc rejects a bare variant that no `use` brought in, so a compiling program
                    // means the first user enum with that variant (the import itself is not checked).
                    return Some((id as TypeId, (i as u32, variants[i].fields.len())));
                }
            }
        }
        None
    }

    /// A function wrapping a tuple variant / tuple struct constructor, for use as a value.
    fn ctor_fn(&mut self, ty: TypeId, variant: u32, n: usize) -> FnId {
        let id = self.cx.new_fn("constructor".into());
        let mut f =
            Function { name: "constructor".into(), n_params: n as u32, n_slots: n as u32 + 1, ..Function::default() };
        f.code.push(Instr::MakeObj { dst: n as u32, ty, variant, args: 0, n: n as u32 });
        f.code.push(Instr::Return { src: n as u32 });
        f.pos = vec![self.pos; 2];
        self.cx.prog.fns[id as usize] = f;
        id
    }

    pub(super) fn lookup_fn(&self, segs: &[String]) -> Option<&FnId> {
        let segs = self.normalize_path(segs);
        let joined = segs.join("::");
        self.cx
            .fns_by_name
            .get(&joined)
            .or_else(|| if segs.len() == 1 { self.cx.fns_by_name.get(&segs[0]) } else { None })
    }

    fn assoc_const(&mut self, segs: &[String], dst: Slot) -> Option<Ty> {
        if segs.len() != 2 {
            return None;
        }
        let (ty, name) = (segs[0].as_str(), segs[1].as_str());
        if let Some(t) = IntTy::from_name(ty) {
            let v = match name {
                "MAX" => t.max(),
                "MIN" => t.min(),
                "BITS" => {
                    self.load_const(dst, Const::Int(t.bits() as i128, IntTy::U32));
                    return Some(Ty::Int(IntTy::U32));
                }
                _ => return None,
            };
            // u128 is stored as its bit pattern: u128::MAX is all ones.
            let v = if t == IntTy::U128 && name == "MAX" { u128::MAX as i128 } else { v };
            self.load_const(dst, Const::Int(v, t));
            return Some(Ty::Int(t));
        }
        let fty = match ty {
            "f64" => FloatTy::F64,
            "f32" => FloatTy::F32,
            _ => return None,
        };
        let v = match (fty, name) {
            (FloatTy::F64, "MAX") => f64::MAX,
            (FloatTy::F64, "MIN") => f64::MIN,
            (FloatTy::F64, "EPSILON") => f64::EPSILON,
            (FloatTy::F64, "MIN_POSITIVE") => f64::MIN_POSITIVE,
            (FloatTy::F32, "MIN_POSITIVE") => f32::MIN_POSITIVE as f64,
            (FloatTy::F32, "MAX") => f32::MAX as f64,
            (FloatTy::F32, "MIN") => f32::MIN as f64,
            (FloatTy::F32, "EPSILON") => f32::EPSILON as f64,
            (_, "INFINITY") => f64::INFINITY,
            (_, "NEG_INFINITY") => f64::NEG_INFINITY,
            (_, "NAN") => f64::NAN,
            (FloatTy::F64, "PI") => std::f64::consts::PI,
            (FloatTy::F64, "E") => std::f64::consts::E,
            (FloatTy::F64, "TAU") => std::f64::consts::TAU,
            (FloatTy::F64, "SQRT_2") => std::f64::consts::SQRT_2,
            (FloatTy::F64, "LN_2") => std::f64::consts::LN_2,
            (FloatTy::F32, "PI") => std::f32::consts::PI as f64,
            (FloatTy::F32, "E") => std::f32::consts::E as f64,
            _ => return None,
        };
        self.load_const(dst, Const::Float(v, fty));
        Some(Ty::Float(fty))
    }
}
