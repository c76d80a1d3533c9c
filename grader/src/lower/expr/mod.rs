//! Lowering of function bodies: statements and expressions to instructions.
//!
//! Every expression is evaluated into a slot. `eval_to` writes into a given
//! slot with *copy* semantics (a read of a Copy aggregate from a place
//! copies it); `operand` may hand back a local's own slot (no copy) for
//! uses that only read: operators, conditions, receivers, scrutinees.
//!
//! This file is the builder itself: `FnBuilder` with its slots, scopes,
//! locals, constants and emission, the per-function passes (`lower_fn`), and
//! `eval_inner`, the one dispatcher from an expression form to the file that
//! lowers it:
//!
//! - `stmt.rs`: blocks, `let`, parameters, moves;
//! - `place.rs`: places (fields, indexes, derefs) to read, write or borrow;
//! - `path.rs`: paths, variants, constants;
//! - `ops.rs`: literals, operators, assignment, conditions;
//! - `control.rs`: `if`, loops, `for`, `match`;
//! - `call.rs`: calls of fns, constructors and `Type::f` paths; struct literals;
//! - `method.rs`: method calls and their receivers;
//! - `closure.rs`: closures, `async` blocks and their captures.
//!
//! Type helpers that need no builder (`method_ret_ty`, `builtin_path_ty`)
//! live in `lower/ty.rs`.

mod call;
mod closure;
mod control;
mod method;
mod ops;
mod path;
mod place;
mod stmt;

use crate::vec_map::{VecMap, VecSet};
use std::rc::Rc;

use crate::span::Spanned;
use crate::visit::Visit;

use super::scan::{single_ident, CellScan};
use super::ty::{builtin_path_ty, closure_param_tys, is_builtin_type_name, method_ret_ty, slice_of, Ty};
use super::{layout, pos_of, Ctx, Receiver};
use crate::ir::{
    self, BinOp, CastTo, Const, FloatTy, FnId, Function, Instr, IntTy, RangeKind, Slot, TypeId, TypeKey, TypeKind, UnOp,
};
use crate::report::Pos;

#[derive(Debug, Clone)]
pub struct Local {
    pub slot: Slot,
    /// The slot holds a `Value::Cell` (shared with closures or `&mut`).
    pub cell: bool,
    pub ty: Ty,
    /// For `let x = <literal-typed init>;` without annotation: its declaration number,
    /// so a later use that fixes the type (`takes_u8(x)`) can retype it on a second pass.
    pub decl: Option<u32>,
    /// Bound to a `RefCell` guard (`let g = c.borrow_mut();`).
    pub guard: bool,
}

struct Loop {
    /// Slots of RefCell guards bound inside this loop (released when it exits).
    guards: Vec<Slot>,
    label: Option<String>,
    dst: Option<Slot>,
    breaks: Vec<usize>,
    continues: Vec<usize>,
    /// Next-slot mark at loop entry (break/continue leave deeper scopes).
    start: u32,
}

pub struct FnBuilder<'c, 'a> {
    pub cx: &'c mut Ctx<'a>,
    pub f: Function,
    scopes: Vec<Vec<(String, Local)>>,
    next_slot: u32,
    loops: Vec<Loop>,
    cells: VecSet<String>,
    ret_ty: Ty,
    pub self_key: Option<TypeKey>,
    pub pos: Pos,
    /// Each integer constant's index, keyed by its value and its type (as `IntTy as u8`).
    const_ints: VecMap<(i128, u8), u32>,
    /// Inside a closure: `?` and `return` apply to the closure.
    in_closure: bool,
    /// The result type the next closure literal must produce (from its method's context).
    closure_ret: Option<Ty>,
    /// The parameter types the next closure literal gets from its method (`v.iter().map(|g| ..)`:
    /// `g` is an element), used only to choose statically dispatched impls (`dispatch_tys`).
    closure_params: Option<Vec<Ty>>,
    /// Local slot → the static type a closure parameter has (see `closure_params`); kept apart
    /// from `Local::ty`, which would change how the body's literals are typed.
    dispatch_tys: VecMap<Slot, Ty>,
    /// Locals (slot, name) whose initializer surely gave an owned value (`vec![..]`, a fn that does
    /// not return a reference): a `for` loop over one may take its elements (see `for_expr`).
    owned_values: VecSet<(Slot, String)>,
    /// Types that uses of un-annotated `let`s require (declaration number → type), found on this pass.
    evidence: VecMap<u32, Ty>,
    /// Highest slot allocated since the current statement began (for `ClearSlots`).
    high: u32,
    /// Locals that hold a reference (`tx: &Sender<T>`, `let r = &x;`): using them never moves.
    ref_slots: VecSet<Slot>,
    /// Locals that own their value (`let x = ..`, by-value parameters): a by-value use moves it out
    /// (`MoveOut { owned: true }`), so a value with a destructor dies with its new owner.
    owned_slots: VecSet<Slot>,
    /// ... and found on the previous pass, used as those `let`s' types now.
    prior: VecMap<u32, Ty>,
    n_decls: u32,
    /// The function's type parameters (`fn show<U: Unit>`): erased at run time.
    generic_params: VecSet<String>,
    /// `self` is `&self`/`&mut self` (its `Ty` does not show the reference).
    self_is_ref: bool,
    /// `self: Pin<&mut Self>` (a hand-written `Future::poll`): `self.get_mut()` and kin are `self`.
    self_pinned: bool,
    /// `self` is `&mut self` or `Pin<&mut Self>`: `let S { a, b } = self;` binds references.
    self_mut_ref: bool,
    /// While a pattern destructures a value it moves out of (`let S { tx, t } = self;`): the
    /// (object slot, field) of each by-value binding, made into `MoveOutField`s once it matched.
    pub(in crate::lower) field_moves: Option<Vec<(Slot, u32)>>,
}

/// Lowering result of a place expression.
pub enum Place {
    Local(Local),
    Field(Slot, FieldRef),
    Index(Slot, Slot),
    Deref(Slot),
    /// Not a place: a temporary holding the value.
    Temp(Slot),
}

#[derive(Clone)]
pub enum FieldRef {
    Idx(u32),
    Name(ir::Sym),
}

/// Slice methods that write through the receiver (a `v[a..b]` receiver becomes a view).
const SLICE_MUT_METHODS: &[&str] = &[
    "sort",
    "sort_unstable",
    "sort_by",
    "sort_unstable_by",
    "sort_by_key",
    "sort_unstable_by_key",
    "sort_by_cached_key",
    "reverse",
    "swap",
    "fill",
    "fill_with",
    "rotate_left",
    "rotate_right",
    "copy_from_slice",
    "clone_from_slice",
    "iter_mut",
    "get_mut",
    "first_mut",
    "last_mut",
    "split_at_mut",
    "chunks_mut",
    "chunks_exact_mut",
    "rchunks_mut",
    "rchunks_exact_mut",
    "as_mut",
    "as_mut_slice",
    "select_nth_unstable",
    "swap_with_slice",
];

impl<'c, 'a> FnBuilder<'c, 'a> {
    fn new(cx: &'c mut Ctx<'a>, cells: VecSet<String>, ret_ty: Ty, self_key: Option<TypeKey>) -> FnBuilder<'c, 'a> {
        FnBuilder {
            cx,
            f: Function::default(),
            scopes: vec![Vec::new()],
            next_slot: 0,
            loops: Vec::new(),
            cells,
            ret_ty,
            self_key,
            pos: Pos { line: 1, column: 1 },
            const_ints: VecMap::new(),
            in_closure: false,
            closure_ret: None,
            closure_params: None,
            dispatch_tys: VecMap::new(),
            owned_values: VecSet::new(),
            evidence: VecMap::new(),
            high: 0,
            ref_slots: VecSet::new(),
            owned_slots: VecSet::new(),
            prior: VecMap::new(),
            n_decls: 0,
            generic_params: VecSet::new(),
            self_is_ref: false,
            self_pinned: false,
            self_mut_ref: false,
            field_moves: None,
        }
    }

    /// Lower a function body; when a later use fixes the type of an
    /// un-annotated `let` (`let level = 250; store(level)` with `v: u8`),
    /// lower it again with that knowledge (at most a few passes).
    /// `self_ty`: the static type of `self` from the impl's self type (Unknown when not known).
    pub fn lower_fn(
        cx: &'c mut Ctx<'a>,
        sig: &syn::Signature,
        block: &syn::Block,
        self_key: Option<TypeKey>,
        self_ty: Ty,
    ) -> Function {
        let mut prior: VecMap<u32, Ty> = VecMap::new();
        for _ in 0..3 {
            let snapshot = (
                cx.prog.fns.len(),
                cx.prog.formats.len(),
                cx.prog.messages.len(),
                cx.diags.len(),
                cx.unsupported_seen.clone(),
            );
            let (f, evidence) = FnBuilder::lower_fn_pass(&mut *cx, sig, block, self_key, &self_ty, prior.clone());
            let grew = evidence.iter().any(|(k, v)| prior.get(k) != Some(v));
            if !grew {
                return f;
            }
            // Discard this pass: closures, format strings and diagnostics it added.
            cx.prog.fns.truncate(snapshot.0);
            cx.prog.formats.truncate(snapshot.1);
            cx.prog.messages.truncate(snapshot.2);
            cx.diags.truncate(snapshot.3);
            cx.unsupported_seen = snapshot.4;
            // Per-type copies made by the discarded pass are gone with its fns.
            cx.instances.retain(|_, id| (*id as usize) < snapshot.0);
            cx.pending.retain(|p| !matches!(p, super::Pending::Fn { id, .. } if (*id as usize) >= snapshot.0));
            prior.extend(evidence);
        }
        FnBuilder::lower_fn_pass(cx, sig, block, self_key, &self_ty, prior).0
    }

    fn lower_fn_pass(
        cx: &'c mut Ctx<'a>,
        sig: &syn::Signature,
        block: &syn::Block,
        self_key: Option<TypeKey>,
        self_ty: &Ty,
        prior: VecMap<u32, Ty>,
    ) -> (Function, VecMap<u32, Ty>) {
        let mut scan = CellScan::default();
        scan.visit_block(block);
        let ret_ty = match &sig.output {
            syn::ReturnType::Default => Ty::Unit,
            syn::ReturnType::Type(_, t) => cx.ty_of(t),
        };
        let mut b = FnBuilder::new(cx, scan.names, ret_ty.clone(), self_key);
        b.generic_params = sig.generics.type_params().map(|t| t.ident.to_string()).collect();
        b.prior = prior;
        b.pos = pos_of(&sig.ident);
        let mut params = Vec::new();
        for input in &sig.inputs {
            match input {
                syn::FnArg::Receiver(r) => {
                    let slot = b.alloc();
                    let ty = match self_key {
                        Some(TypeKey::Adt(id)) => Ty::Adt(id),
                        Some(TypeKey::Int(t)) => Ty::Int(t),
                        _ => self_ty.clone(),
                    };
                    if r.reference.is_none() {
                        b.owned_slots.insert(slot);
                    }
                    b.self_pinned = is_pin_ref(&r.ty);
                    b.self_mut_ref = matches!(&r.reference, Some((_, _))) && r.mutability.is_some()
                        || matches!(&*r.ty, syn::Type::Reference(t) if t.mutability.is_some())
                        || b.self_pinned;
                    b.self_is_ref = r.reference.is_some() || matches!(&*r.ty, syn::Type::Reference(_)) || b.self_pinned;
                    // `mut self: Pin<&mut Self>` makes the `Pin` mutable, not a copy of the value.
                    let by_value = r.reference.is_none() && !b.self_is_ref;
                    params.push((slot, None, r.mutability.is_some() && by_value, ty));
                }
                syn::FnArg::Typed(pt) => {
                    let slot = b.alloc();
                    if matches!(&*pt.ty, syn::Type::Reference(_)) {
                        b.ref_slots.insert(slot);
                    } else if matches!(&*pt.pat, syn::Pat::Ident(pi) if pi.by_ref.is_none() && pi.subpat.is_none()) {
                        b.owned_slots.insert(slot);
                    }
                    let ty = b.cx.ty_of(&pt.ty);
                    params.push((slot, Some(&*pt.pat), false, ty));
                }
            }
        }
        b.f.n_params = params.len() as u32;
        for (slot, _, _, ty) in &params {
            b.retype(*slot, ty);
        }
        for (slot, pat, mut_self, ty) in params {
            match pat {
                None => {
                    if mut_self {
                        b.emit(Instr::Copy { dst: slot, src: slot });
                    }
                    // A by-value `self` owns its value (`declare_local` forgets that).
                    let owned = b.owned_slots.contains(&slot);
                    b.declare_local("self", slot, ty, true);
                    if owned {
                        b.owned_slots.insert(slot);
                    }
                }
                Some(pat) => b.bind_param(pat, slot, ty),
            }
        }
        let dst = b.alloc();
        let hint = ret_ty;
        b.block_to(block, dst, &hint);
        b.pos = end_pos(block);
        b.retype(dst, &hint);
        b.emit(Instr::Return { src: dst });
        let evidence = std::mem::take(&mut b.evidence);
        (b.finish(), evidence)
    }

    /// The static type of a place expression, without emitting code.
    fn place_ty(&self, e: &syn::Expr) -> Ty {
        match e {
            syn::Expr::Paren(p) => self.place_ty(&p.expr),
            syn::Expr::Path(_) => {
                single_ident(e).and_then(|n| self.lookup(&n).map(|l| l.ty.clone())).unwrap_or_default()
            }
            syn::Expr::Index(ie) => match self.place_ty(&ie.expr).strip_ref() {
                Ty::Map(_, v) => (**v).clone(),
                t => t.elem(),
            },
            syn::Expr::Field(fe) => {
                let base = self.place_ty(&fe.base);
                match (&fe.member, base.strip_ref()) {
                    (syn::Member::Named(n), Ty::Adt(id)) => match self.cx.prog.types.get(*id as usize).map(|t| &t.kind)
                    {
                        Some(TypeKind::Struct { fields, .. }) => fields
                            .iter()
                            .position(|f| n == f)
                            .and_then(|i| self.cx.field_types.get(id).and_then(|ts| ts.get(i).cloned()))
                            .unwrap_or_default(),
                        _ => Ty::Unknown,
                    },
                    (syn::Member::Unnamed(i), Ty::Tuple(ts)) => ts.get(i.index as usize).cloned().unwrap_or_default(),
                    _ => Ty::Unknown,
                }
            }
            syn::Expr::Unary(u) if matches!(u.op, syn::UnOp::Deref(_)) => self.place_ty(&u.expr).strip_ref().clone(),
            _ => Ty::Unknown,
        }
    }

    /// The known type of a local path or a suffixed literal (no code emitted).
    fn static_ty(&self, e: &syn::Expr) -> Ty {
        match e {
            syn::Expr::Lit(l) => match &l.lit {
                syn::Lit::Int(i) => IntTy::from_name(i.suffix()).map(Ty::Int).unwrap_or_default(),
                syn::Lit::Float(f) => match f.suffix() {
                    "f32" => Ty::Float(FloatTy::F32),
                    "f64" => Ty::Float(FloatTy::F64),
                    _ => Ty::Unknown,
                },
                _ => Ty::Unknown,
            },
            syn::Expr::Paren(p) => self.static_ty(&p.expr),
            _ => match single_ident(e).and_then(|n| self.lookup(&n).cloned()) {
                Some(l) if l.decl.is_none() || !matches!(l.ty, Ty::Int(IntTy::I32) | Ty::Float(FloatTy::F64)) => {
                    l.ty.strip_ref().clone()
                }
                _ => Ty::Unknown,
            },
        }
    }

    /// `e` is used where type `ty` is required: if `e` is an un-annotated
    /// local whose literal type was only a default, remember the real type.
    fn note_use(&mut self, e: &syn::Expr, ty: &Ty) {
        let ty = ty.strip_ref();
        if !matches!(ty, Ty::Int(_) | Ty::Float(_)) {
            return;
        }
        let Some(name) = single_ident(e) else { return };
        let Some(l) = self.lookup(&name) else { return };
        let Some(d) = l.decl else { return };
        let defaulted = matches!(l.ty, Ty::Int(IntTy::I32) | Ty::Float(FloatTy::F64) | Ty::Unknown);
        if defaulted && l.ty != *ty && !self.evidence.contains_key(&d) {
            self.evidence.insert(d, ty.clone());
        }
    }

    pub fn lower_global(cx: &'c mut Ctx<'a>, expr: &syn::Expr, ty: Ty) -> Function {
        let mut b = FnBuilder::new(cx, VecSet::new(), ty.clone(), None);
        b.pos = pos_of(expr);
        let dst = b.alloc();
        b.eval_to(expr, dst, &ty);
        b.emit(Instr::Return { src: dst });
        b.finish()
    }

    fn finish(mut self) -> Function {
        self.f.n_slots = self.f.n_slots.max(self.next_slot).max(1);
        self.f
    }

    pub fn alloc(&mut self) -> Slot {
        let s = self.next_slot;
        self.next_slot += 1;
        if self.next_slot > self.f.n_slots {
            self.f.n_slots = self.next_slot;
        }
        if self.next_slot > self.high {
            self.high = self.next_slot;
        }
        s
    }

    /// End of a statement in an async program: its temporaries (from `from` up) are dead, and a
    /// handle left in one (a sender, a guard) must not outlive it.
    fn clear_temps(&mut self, from: Slot) {
        if self.cx.drops && self.high > from {
            let n = self.high - from;
            self.emit(Instr::ClearSlots { from, n });
        }
        self.high = from;
    }

    /// In an async program, drop every slot from `from` up (the locals of a block or loop body that ends).
    fn clear_from(&mut self, from: Slot) {
        if self.cx.drops && self.f.n_slots > from {
            let n = self.f.n_slots - from;
            self.emit(Instr::ClearSlots { from, n });
        }
    }

    pub fn alloc_n(&mut self, n: usize) -> Slot {
        let s = self.next_slot;
        for _ in 0..n {
            self.alloc();
        }
        s
    }

    pub fn emit(&mut self, instr: Instr) -> usize {
        self.f.code.push(instr);
        self.f.pos.push(self.pos);
        self.f.code.len() - 1
    }

    fn here(&self) -> u32 {
        self.f.code.len() as u32
    }

    fn patch(&mut self, at: usize, target: u32) {
        match self.f.code.get_mut(at) {
            Some(Instr::Jump { target: t })
            | Some(Instr::JumpIf { target: t, .. })
            | Some(Instr::JumpIfNot { target: t, .. })
            | Some(Instr::ForNext { done: t, .. }) => *t = target,
            _ => {}
        }
    }

    fn patch_all(&mut self, list: Vec<usize>) {
        let here = self.here();
        for at in list {
            self.patch(at, here);
        }
    }

    /// Give an integer its declared type (see `Instr::Retype`).
    fn retype(&mut self, slot: Slot, ty: &Ty) {
        if let Ty::Int(t) = ty.strip_ref() {
            self.emit(Instr::Retype { slot, ty: *t });
        }
    }

    pub fn konst(&mut self, c: Const) -> u32 {
        if let Const::Int(v, t) = c {
            if let Some(&i) = self.const_ints.get(&(v, t as u8)) {
                return i;
            }
            self.const_ints.insert((v, t as u8), self.f.consts.len() as u32);
        }
        self.f.consts.push(c);
        (self.f.consts.len() - 1) as u32
    }

    pub fn load_const(&mut self, dst: Slot, c: Const) {
        let idx = self.konst(c);
        self.emit(Instr::Const { dst, idx });
    }

    pub fn const_slot(&mut self, c: Const) -> Slot {
        let s = self.alloc();
        self.load_const(s, c);
        s
    }

    pub fn unsupported(&mut self, what: impl std::fmt::Display, node: &impl Spanned) {
        self.unsupported_at(&what, pos_of(node));
    }

    /// [`Self::unsupported`] without its generic parameters, so its body is compiled once.
    fn unsupported_at(&mut self, what: &dyn std::fmt::Display, pos: Pos) {
        self.cx.unsupported(what, pos);
        let idx = self.cx.prog.messages.len() as u32;
        self.cx.prog.messages.push(format!("{what} is not supported"));
        let saved = self.pos;
        self.pos = pos;
        self.emit(Instr::Unreachable { msg: idx });
        self.pos = saved;
    }

    fn unreachable(&mut self, msg: &str) {
        let idx = self.cx.prog.messages.len() as u32;
        self.cx.prog.messages.push(msg.to_string());
        self.emit(Instr::Unreachable { msg: idx });
    }

    fn fail_to_unreachable(&mut self, fails: Vec<usize>, msg: &str) {
        if fails.is_empty() {
            return;
        }
        let skip = self.emit(Instr::Jump { target: 0 });
        self.patch_all(fails);
        self.unreachable(msg);
        let here = self.here();
        self.patch(skip, here);
    }

    // ---------------------------------------------------------------- scopes

    pub fn declare_local(&mut self, name: &str, slot: Slot, ty: Ty, plain: bool) {
        let cell = !plain;
        self.owned_slots.remove(&slot);
        if let Some(scope) = self.scopes.last_mut() {
            scope.push((name.to_string(), Local { slot, cell, ty, decl: None, guard: false }));
        }
    }

    pub fn lookup(&self, name: &str) -> Option<&Local> {
        for scope in self.scopes.iter().rev() {
            for (n, l) in scope.iter().rev() {
                if n == name {
                    return Some(l);
                }
            }
        }
        None
    }

    pub fn push_scope_pub(&mut self) {
        self.push_scope();
    }

    pub fn pop_scope_pub(&mut self) {
        self.pop_scope();
    }

    fn push_scope(&mut self) {
        self.scopes.push(Vec::new());
    }

    fn pop_scope(&mut self) {
        self.scopes.pop();
    }

    /// Allocate a slot for a new binding `name` (a cell if closures or `&mut` need it).
    pub fn new_binding(&mut self, name: &str, ty: Ty) -> Local {
        let slot = self.alloc();
        self.owned_slots.remove(&slot);
        let cell = self.cells.contains(name);
        let local = Local { slot, cell, ty, decl: None, guard: false };
        if let Some(scope) = self.scopes.last_mut() {
            scope.push((name.to_string(), local.clone()));
        }
        local
    }

    /// Store `src` into a local (through its cell if it has one).
    pub fn store_local(&mut self, local: &Local, src: Slot, fresh: bool) {
        if local.cell {
            if fresh {
                self.emit(Instr::NewCell { slot: local.slot });
            }
            self.emit(Instr::StoreCell { cell: local.slot, src });
        } else if local.slot != src {
            self.emit(Instr::Move { dst: local.slot, src });
        }
    }

    // ---------------------------------------------------------------- blocks & statements

    /// Evaluate `e` into `dst` with copy semantics. Returns its type hint.
    pub fn eval_to(&mut self, e: &syn::Expr, dst: Slot, hint: &Ty) -> Ty {
        let saved_pos = self.pos;
        let ty = self.eval_inner(e, dst, hint);
        self.pos = saved_pos;
        ty
    }

    fn eval_inner(&mut self, e: &syn::Expr, dst: Slot, hint: &Ty) -> Ty {
        match e {
            syn::Expr::Lit(l) => {
                self.pos = pos_of(l);
                self.literal(&l.lit, dst, hint, false)
            }
            syn::Expr::Paren(p) => self.eval_to(&p.expr, dst, hint),
            syn::Expr::Group(g) => self.eval_to(&g.expr, dst, hint),
            syn::Expr::Path(p) => {
                self.pos = pos_of(p);
                self.path_expr(p, dst, hint)
            }
            syn::Expr::Field(_) | syn::Expr::Index(_) => {
                self.pos = pos_of(e);
                if let syn::Expr::Index(ie) = e {
                    if let syn::Expr::Range(_) = &*ie.index {
                        let (base, bty) = self.operand(&ie.expr, &Ty::Unknown);
                        let (idx, _) = self.operand(&ie.index, &Ty::Int(IntTy::Usize));
                        self.pos = self.index_pos(e);
                        self.emit(Instr::Index { dst, obj: base, idx });
                        return slice_of(&bty);
                    }
                }
                match self.place(e, hint) {
                    Some((place, ty)) => {
                        self.pos = self.index_pos(e);
                        self.read_place_to(place, dst);
                        // `let mut row = grid.cells[1];` copies the inner array (Copy), as a local's read does:
                        // its value is a shared Vec, so a later `row[0] = 8` reached `grid` (sync/461).
                        if copy_array(&ty, !self.cx.drops) {
                            let name = self.cx.sym("clone");
                            self.emit(Instr::CallMethod { dst, name, args: dst, n: 1 });
                        }
                        ty
                    }
                    None => Ty::Unknown,
                }
            }
            syn::Expr::Binary(b) => self.binary(b, dst, hint),
            syn::Expr::Unary(u) => self.unary(u, dst, hint),
            syn::Expr::Assign(a) => {
                self.pos = pos_of(a);
                self.assign(&a.left, &a.right);
                self.load_const(dst, Const::Unit);
                Ty::Unit
            }
            syn::Expr::Block(b) => {
                if let Some(label) = &b.label {
                    return self.labeled_block(label, &b.block, dst, hint);
                }
                if b.attrs.iter().any(|a| a.path().is_ident("allow")) || b.attrs.is_empty() {
                    return self.block_to(&b.block, dst, hint);
                }
                self.block_to(&b.block, dst, hint)
            }
            syn::Expr::If(i) => self.if_expr(i, dst, hint),
            syn::Expr::While(w) => self.while_expr(w, dst),
            syn::Expr::Loop(l) => self.loop_expr(l, dst, hint),
            syn::Expr::ForLoop(f) => self.for_expr(f, dst),
            syn::Expr::Match(m) => self.match_expr(m, dst, hint),
            syn::Expr::Return(r) => {
                self.pos = pos_of(r);
                let t = self.alloc();
                let rt = self.ret_ty.clone();
                match &r.expr {
                    Some(v) => {
                        self.eval_to(v, t, &rt);
                        self.note_use(v, &rt);
                    }
                    None => self.load_const(t, Const::Unit),
                }
                self.pos = pos_of(r);
                self.emit(Instr::Return { src: t });
                Ty::Unknown
            }
            syn::Expr::Break(b) => {
                self.pos = pos_of(b);
                let label = b.label.as_ref().map(|l| l.ident.to_string());
                let Some(li) = self.find_loop(label.as_deref(), b) else { return Ty::Unknown };
                if let Some(v) = &b.expr {
                    match self.loops[li].dst {
                        Some(d) => {
                            self.eval_to(v, d, hint);
                        }
                        None => {
                            let t = self.alloc();
                            self.eval_to(v, t, hint);
                        }
                    }
                }
                self.clear_loop_locals(li);
                let j = self.emit(Instr::Jump { target: 0 });
                self.loops[li].breaks.push(j);
                Ty::Unknown
            }
            syn::Expr::Continue(c) => {
                self.pos = pos_of(c);
                let label = c.label.as_ref().map(|l| l.ident.to_string());
                let Some(li) = self.find_loop(label.as_deref(), c) else { return Ty::Unknown };
                let start = self.loops[li].start;
                self.clear_from(start);
                let j = self.emit(Instr::Jump { target: 0 });
                self.loops[li].continues.push(j);
                Ty::Unknown
            }
            syn::Expr::Call(c) => self.call_expr(c, dst, hint),
            syn::Expr::MethodCall(m) => self.method_call(m, dst, hint),
            syn::Expr::Macro(m) => {
                self.pos = pos_of(&m.mac);
                self.macro_call(&m.mac, dst, hint)
            }
            syn::Expr::Tuple(t) => {
                if t.elems.is_empty() {
                    self.load_const(dst, Const::Unit);
                    return Ty::Unit;
                }
                let hints: Vec<Ty> = match hint.strip_ref() {
                    Ty::Tuple(ts) => ts.clone(),
                    _ => Vec::new(),
                };
                let args = self.alloc_n(t.elems.len());
                let mut tys = Vec::new();
                for (i, el) in t.elems.iter().enumerate() {
                    let h = hints.get(i).cloned().unwrap_or_default();
                    tys.push(self.eval_to(el, args + i as u32, &h));
                    self.move_out(el);
                }
                self.pos = pos_of(t);
                self.emit(Instr::MakeObj { dst, ty: ir::TUPLE, variant: 0, args, n: t.elems.len() as u32 });
                Ty::Tuple(tys)
            }
            syn::Expr::Array(a) => {
                let eh = hint.elem();
                let args = self.alloc_n(a.elems.len());
                let mut ety = eh.clone();
                for (i, el) in a.elems.iter().enumerate() {
                    let h = if is_unsuffixed_lit(el) { eh.clone() } else { ety.clone() };
                    let t = self.eval_to(el, args + i as u32, &h);
                    self.move_out(el);
                    if !ety.is_known() && !is_unsuffixed_lit(el) {
                        ety = t;
                    }
                }
                self.pos = pos_of(a);
                self.emit(Instr::MakeVec { dst, args, n: a.elems.len() as u32 });
                Ty::Array(Box::new(ety))
            }
            syn::Expr::Repeat(r) => {
                let v = self.alloc();
                let ety = self.eval_to(&r.expr, v, &hint.elem());
                let n = self.alloc();
                self.eval_to(&r.len, n, &Ty::Int(IntTy::Usize));
                self.pos = pos_of(r);
                self.emit(Instr::VecRepeat { dst, value: v, count: n });
                Ty::Array(Box::new(ety))
            }
            syn::Expr::Struct(s) => self.struct_lit(s, dst),
            syn::Expr::Range(r) => {
                self.pos = pos_of(r);
                let lo = self.alloc();
                let hi = self.alloc();
                let mut eh = hint.elem();
                if let Some(start) = &r.start {
                    let t = self.eval_to(start, lo, &eh);
                    if !eh.is_known() {
                        eh = t;
                    }
                } else {
                    self.load_const(lo, Const::Unit);
                }
                if let Some(end) = &r.end {
                    let t = self.eval_to(end, hi, &eh);
                    if !eh.is_known() && t.is_known() {
                        eh = t;
                        // Re-type an unsuffixed start literal to the end's type.
                        if let Some(start) = &r.start {
                            if is_unsuffixed_int(start) {
                                self.eval_to(start, lo, &eh);
                            }
                        }
                    }
                } else {
                    self.load_const(hi, Const::Unit);
                }
                let kind = match (&r.start, &r.end, &r.limits) {
                    (Some(_), Some(_), syn::RangeLimits::HalfOpen(_)) => RangeKind::HalfOpen,
                    (Some(_), Some(_), syn::RangeLimits::Closed(_)) => RangeKind::Inclusive,
                    (Some(_), None, _) => RangeKind::From,
                    (None, Some(_), syn::RangeLimits::HalfOpen(_)) => RangeKind::To,
                    (None, Some(_), syn::RangeLimits::Closed(_)) => RangeKind::ToInclusive,
                    (None, None, _) => RangeKind::Full,
                };
                self.pos = pos_of(r);
                self.emit(Instr::MakeRange { dst, lo, hi, kind });
                Ty::Vec(Box::new(eh))
            }
            syn::Expr::Reference(r) => {
                self.pos = pos_of(r);
                if r.mutability.is_some() {
                    if let Some(ty) = self.range_view(&r.expr, dst) {
                        return Ty::RefMut(Box::new(ty));
                    }
                    match self.place(&r.expr, hint) {
                        Some((place, ty)) => {
                            self.pos = pos_of(r);
                            self.ref_mut_place(place, dst);
                            Ty::RefMut(Box::new(ty))
                        }
                        None => {
                            // `&mut vec![..]`, `&mut 10`: aggregates are shared already; scalars need a cell.
                            if matches!(
                                &*r.expr,
                                syn::Expr::Lit(_) | syn::Expr::Unary(_) | syn::Expr::Binary(_) | syn::Expr::Tuple(_)
                            ) {
                                self.ref_mut_temp(&r.expr, dst, hint)
                            } else {
                                self.eval_to(&r.expr, dst, hint)
                            }
                        }
                    }
                } else {
                    // `&x` shares the value: correct programs cannot observe the difference.
                    let (s, ty) = self.operand(&r.expr, hint.strip_ref());
                    if s != dst {
                        self.emit(Instr::Move { dst, src: s });
                    }
                    ty
                }
            }
            syn::Expr::Cast(c) => {
                let (s, _) = self.operand(&c.expr, &Ty::Unknown);
                self.pos = pos_of(c);
                let ty = self.cx.ty_of(&c.ty);
                let to = match &ty {
                    Ty::Int(t) => CastTo::Int(*t),
                    Ty::Float(f) => CastTo::Float(*f),
                    Ty::Char => CastTo::Char,
                    Ty::Bool => CastTo::Bool,
                    _ => {
                        // `Box::new(f) as Box<dyn Fn(i32) -> i32>`: an unsizing cast changes nothing at run time.
                        self.emit(Instr::Move { dst, src: s });
                        return ty;
                    }
                };
                self.emit(Instr::Cast { dst, src: s, to });
                ty
            }
            syn::Expr::Try(t) => {
                let inner_hint = if hint.is_known() {
                    Ty::Result(Box::new(hint.clone()), Box::new(Ty::Unknown))
                } else {
                    Ty::Unknown
                };
                let (s, ty) = self.operand(&t.expr, &inner_hint);
                self.pos = pos_of(&t.question_token);
                let err_into = match &self.ret_ty {
                    Ty::Result(_, e) => match &**e {
                        Ty::Adt(id) => Some(*id),
                        _ => None,
                    },
                    _ => None,
                };
                self.emit(Instr::Try { dst, src: s, err_into });
                ty.elem()
            }
            syn::Expr::Closure(c) => self.closure(c, dst),
            syn::Expr::Let(l) => {
                // A bare `let` outside if/while: evaluate as a bool test.
                self.cond_to_bool(e, dst);
                let _ = l;
                Ty::Bool
            }
            syn::Expr::Unsafe(u) => {
                self.unsupported("`unsafe` block", u);
                Ty::Unknown
            }
            syn::Expr::Async(a) => self.async_block(a, dst),
            syn::Expr::Await(a) => {
                // `let v: Vec<_> = stream.collect().await`: the stream's `collect` needs the target.
                let base_hint = if matches!(&*a.base, syn::Expr::MethodCall(m) if m.method == "collect" || m.method == "try_collect")
                {
                    hint.clone()
                } else {
                    Ty::Unknown
                };
                let (src, ty) = self.operand(&a.base, &base_hint);
                self.pos = pos_of(&a.await_token);
                self.emit(Instr::Await { dst, src });
                ty
            }
            other => {
                self.unsupported("this expression", other);
                Ty::Unknown
            }
        }
    }
}

/// Names a pattern binds by value (not `ref x`, not under a `&` pattern).
fn by_value_bindings(pat: &syn::Pat, out: &mut Vec<String>) {
    match pat {
        syn::Pat::Ident(pi) => {
            if pi.by_ref.is_none() {
                out.push(pi.ident.to_string());
            }
            if let Some((_, sub)) = &pi.subpat {
                by_value_bindings(sub, out);
            }
        }
        syn::Pat::Paren(p) => by_value_bindings(&p.pat, out),
        syn::Pat::Tuple(t) => t.elems.iter().for_each(|p| by_value_bindings(p, out)),
        syn::Pat::TupleStruct(t) => t.elems.iter().for_each(|p| by_value_bindings(p, out)),
        syn::Pat::Struct(s) => s.fields.iter().for_each(|f| by_value_bindings(&f.pat, out)),
        syn::Pat::Slice(s) => s.elems.iter().for_each(|p| by_value_bindings(p, out)),
        syn::Pat::Type(t) => by_value_bindings(&t.pat, out),
        _ => {}
    }
}

/// `x.borrow()` / `x.borrow_mut()` initializers bind a RefCell guard: Some(mutable).
fn guard_kind(e: &syn::Expr) -> Option<bool> {
    match e {
        syn::Expr::MethodCall(m) if m.args.is_empty() => match m.method.to_string().as_str() {
            "borrow" => Some(false),
            "borrow_mut" => Some(true),
            _ => None,
        },
        syn::Expr::Paren(p) => guard_kind(&p.expr),
        _ => None,
    }
}

fn is_unsuffixed_lit(e: &syn::Expr) -> bool {
    match e {
        syn::Expr::Lit(l) => {
            matches!(&l.lit, syn::Lit::Int(i) if i.suffix().is_empty())
                || matches!(&l.lit, syn::Lit::Float(f) if f.suffix().is_empty())
        }
        syn::Expr::Unary(u) => matches!(u.op, syn::UnOp::Neg(_)) && is_unsuffixed_lit(&u.expr),
        syn::Expr::Paren(p) => is_unsuffixed_lit(&p.expr),
        _ => false,
    }
}

fn is_unsuffixed_int(e: &syn::Expr) -> bool {
    match e {
        syn::Expr::Lit(l) => matches!(&l.lit, syn::Lit::Int(i) if i.suffix().is_empty()),
        syn::Expr::Unary(u) => matches!(u.op, syn::UnOp::Neg(_)) && is_unsuffixed_int(&u.expr),
        _ => false,
    }
}

fn contains_let(e: &syn::Expr) -> bool {
    match e {
        syn::Expr::Let(_) => true,
        syn::Expr::Binary(b) if matches!(b.op, syn::BinOp::And(_)) => contains_let(&b.left) || contains_let(&b.right),
        syn::Expr::Paren(p) => contains_let(&p.expr),
        _ => false,
    }
}

fn diverges(e: &syn::Expr) -> bool {
    matches!(e, syn::Expr::Return(_) | syn::Expr::Break(_) | syn::Expr::Continue(_))
}

fn end_pos(block: &syn::Block) -> Pos {
    let end = block.brace_token.span.close().start();
    Pos { line: end.line as u32, column: end.column as u32 + 1 }
}

/// `[T; N]` with Copy scalar elements (nested arrays too): Copy.
/// With `unknown_ok` (no destructors in the program), elements of unknown type
/// too: copying an array that is really moved is then unobservable.
fn copy_array(ty: &Ty, unknown_ok: bool) -> bool {
    match ty {
        Ty::Array(e) => {
            matches!(**e, Ty::Int(_) | Ty::Float(_) | Ty::Bool | Ty::Char)
                || (unknown_ok && !e.is_known())
                || copy_array(e, unknown_ok)
        }
        _ => false,
    }
}

/// Whether a pattern binds anything by `ref mut`.
fn pat_has_ref_mut(p: &syn::Pat) -> bool {
    match p {
        syn::Pat::Ident(pi) => {
            (pi.by_ref.is_some() && pi.mutability.is_some())
                || pi.subpat.as_ref().is_some_and(|(_, s)| pat_has_ref_mut(s))
        }
        syn::Pat::Tuple(t) => t.elems.iter().any(pat_has_ref_mut),
        syn::Pat::TupleStruct(t) => t.elems.iter().any(pat_has_ref_mut),
        syn::Pat::Struct(s) => s.fields.iter().any(|f| pat_has_ref_mut(&f.pat)),
        syn::Pat::Slice(s) => s.elems.iter().any(pat_has_ref_mut),
        syn::Pat::Or(o) => o.cases.iter().any(pat_has_ref_mut),
        syn::Pat::Paren(p) => pat_has_ref_mut(&p.pat),
        syn::Pat::Reference(r) => pat_has_ref_mut(&r.pat),
        syn::Pat::Type(t) => pat_has_ref_mut(&t.pat),
        _ => false,
    }
}

/// A parameter type `T`, `&T`, `&mut T` (false) or `&[T]`, `Vec<T>`, `&Vec<T>` (true: `T` is
/// the argument's element type), with `T` the index of one of `params`.
fn dispatch_param(ty: &syn::Type, params: &[String]) -> Option<(usize, bool)> {
    let ty = match ty {
        syn::Type::Reference(r) => &*r.elem,
        t => t,
    };
    let index = |t: &syn::Type| match t {
        syn::Type::Path(p) if p.qself.is_none() && p.path.segments.len() == 1 => {
            params.iter().position(|n| p.path.segments[0].ident == n)
        }
        _ => None,
    };
    match ty {
        syn::Type::Slice(s) => index(&s.elem).map(|k| (k, true)),
        syn::Type::Path(p) if p.path.segments.last().is_some_and(|s| s.ident == "Vec") => {
            let seg = p.path.segments.last()?;
            let args = super::ty::generic_args(seg);
            args.first().and_then(|a| index(a)).map(|k| (k, true))
        }
        t => index(t).map(|k| (k, false)),
    }
}

/// `Pin<&mut Self>` / `Pin<&Self>` (any path ending in `Pin`).
fn is_pin_ref(ty: &syn::Type) -> bool {
    let syn::Type::Path(p) = ty else { return false };
    let Some(seg) = p.path.segments.last() else { return false };
    let syn::PathArguments::AngleBracketed(a) = &seg.arguments else { return false };
    seg.ident == "Pin" && matches!(a.args.first(), Some(syn::GenericArgument::Type(syn::Type::Reference(_))))
}
