//! Places: locals, fields, indexes and derefs as places to read from, write to or borrow `&mut`; `operand` hands back a local's own slot for uses that only read.

use super::*;

impl<'c, 'a> FnBuilder<'c, 'a> {
    /// Evaluate `e` into some slot without copying places (read-only uses).
    pub fn operand(&mut self, e: &syn::Expr, hint: &Ty) -> (Slot, Ty) {
        if let Some(name) = single_ident(e) {
            if let Some(l) = self.lookup(&name).cloned() {
                if !l.cell {
                    return (l.slot, l.ty);
                }
            }
        }
        match self.place(e, hint) {
            Some((place, ty)) => {
                if let syn::Expr::Index(_) = e {
                    self.pos = self.index_pos(e);
                }
                let s = self.read_place(place, false);
                (s, ty)
            }
            None => {
                let t = self.alloc();
                let ty = self.eval_to(e, t, hint);
                (t, ty)
            }
        }
    }

    /// `*x` with `x` of a learner's type that has `impl Deref`: `*x.deref()` (`deref_mut` shares the value).
    pub(super) fn user_deref(&mut self, s: Slot, ty: Ty, e: &syn::Expr) -> (Slot, Ty) {
        let Ty::Adt(id) = ty else { return (s, ty) };
        // Only an owned local (`*stack`): `*self` or `*r` of a `&Stack` is the `Stack` itself, and the
        // light types do not tell `&Stack` from `Stack`.
        let owned_local = single_ident(e)
            .filter(|n| n != "self")
            .and_then(|n| self.lookup(&n).cloned())
            .is_some_and(|l| !self.ref_slots.contains(&l.slot));
        if !owned_local {
            return (s, ty);
        }
        let sym = self.cx.sym("deref");
        let Some(&f) = self.cx.prog.methods.get(&(TypeKey::Adt(id), sym)) else { return (s, ty) };
        let t = self.alloc();
        self.emit(Instr::Move { dst: t, src: s });
        let r = self.alloc();
        self.pos = pos_of(e);
        self.emit(Instr::Call { dst: r, func: f, args: t, n: 1 });
        let ret = self.cx.sigs.get(&f).map(|s| s.ret.strip_ref().clone()).unwrap_or_default();
        (r, ret)
    }

    /// Evaluate a place expression to a `Place` (None if `e` is not a place).
    // `hint` is threaded through for the place forms that will want it (a typed index or field
    // temp); today only the recursion reads it.
    #[allow(clippy::only_used_in_recursion)]
    pub fn place(&mut self, e: &syn::Expr, hint: &Ty) -> Option<(Place, Ty)> {
        match e {
            syn::Expr::Paren(p) => self.place(&p.expr, hint),
            syn::Expr::Path(p) if p.path.segments.len() == 1 && p.qself.is_none() => {
                let name = p.path.segments[0].ident.to_string();
                let l = self.lookup(&name)?.clone();
                let ty = l.ty.clone();
                Some((Place::Local(l), ty))
            }
            syn::Expr::Field(fe) => {
                let (base, bty) = self.operand(&fe.base, &Ty::Unknown);
                let (field, fty) = self.field_ref(&fe.member, &bty);
                Some((Place::Field(base, field), fty))
            }
            syn::Expr::Index(ie) => {
                if matches!(&*ie.index, syn::Expr::Range(_)) {
                    return None;
                }
                let (base, bty) = self.operand(&ie.expr, &Ty::Unknown);
                let ihint = match bty.strip_ref() {
                    Ty::Map(k, _) => (**k).clone(),
                    _ => Ty::Int(IntTy::Usize),
                };
                let (idx, _) = self.operand(&ie.index, &ihint);
                let ety = match bty.strip_ref() {
                    Ty::Map(_, v) => (**v).clone(),
                    t => t.elem(),
                };
                Some((Place::Index(base, idx), ety))
            }
            syn::Expr::Unary(u) if matches!(u.op, syn::UnOp::Deref(_)) => {
                let (r, ty) = self.operand(&u.expr, &Ty::Unknown);
                let (r, ty) = self.user_deref(r, ty, &u.expr);
                Some((Place::Deref(r), ty.strip_ref().clone()))
            }
            _ => None,
        }
    }

    /// Where an index panic is reported: rustc points at the `[` for `Vec`, maps and ranges
    /// (the `Index` trait) but at the whole expression for one element of an array or a
    /// slice (built-in indexing; sync/381).
    pub(super) fn index_pos(&self, e: &syn::Expr) -> Pos {
        if let syn::Expr::Index(ie) = e {
            let is_array = match &*ie.expr {
                syn::Expr::Path(p) if p.path.segments.len() == 1 => {
                    let mut ty = self.lookup(&p.path.segments[0].ident.to_string()).map(|l| l.ty.clone());
                    while let Some(Ty::RefMut(t)) = ty {
                        ty = Some(*t);
                    }
                    // A range index goes through the `Index` trait again (sync/183, 385).
                    matches!(ty, Some(Ty::Array(_) | Ty::Slice(_))) && !matches!(&*ie.index, syn::Expr::Range(_))
                }
                _ => false,
            };
            if !is_array {
                return pos_of(&ie.bracket_token.span.open());
            }
        }
        pos_of(e)
    }

    fn field_ref(&mut self, member: &syn::Member, base_ty: &Ty) -> (FieldRef, Ty) {
        match member {
            syn::Member::Unnamed(i) => {
                let ty = match base_ty.strip_ref() {
                    Ty::Tuple(ts) => ts.get(i.index as usize).cloned().unwrap_or_default(),
                    Ty::Adt(id) => {
                        self.cx.field_types.get(id).and_then(|ts| ts.get(i.index as usize).cloned()).unwrap_or_default()
                    }
                    _ => Ty::Unknown,
                };
                (FieldRef::Idx(i.index), ty)
            }
            syn::Member::Named(name) => {
                let name = name.to_string();
                if let Ty::Adt(id) = base_ty.strip_ref() {
                    if let Some(ir::TypeDef { kind: TypeKind::Struct { fields, .. }, .. }) =
                        self.cx.prog.types.get(*id as usize)
                    {
                        if let Some(i) = fields.iter().position(|f| *f == name) {
                            let ty = self.cx.field_types.get(id).and_then(|ts| ts.get(i).cloned()).unwrap_or_default();
                            return (FieldRef::Idx(i as u32), ty);
                        }
                    }
                }
                (FieldRef::Name(self.cx.sym(&name)), Ty::Unknown)
            }
        }
    }

    /// Read a place into a slot (copying Copy aggregates when `copy`).
    pub(super) fn read_place(&mut self, place: Place, copy: bool) -> Slot {
        match place {
            Place::Local(l) => {
                if l.cell {
                    let t = self.alloc();
                    self.emit(Instr::LoadCell { dst: t, cell: l.slot });
                    if copy {
                        self.emit(Instr::Copy { dst: t, src: t });
                    }
                    t
                } else if copy {
                    let t = self.alloc();
                    self.emit(Instr::Copy { dst: t, src: l.slot });
                    t
                } else {
                    l.slot
                }
            }
            Place::Field(obj, FieldRef::Idx(idx)) => {
                let t = self.alloc();
                self.emit(Instr::Field { dst: t, obj, idx });
                if copy {
                    self.emit(Instr::Copy { dst: t, src: t });
                }
                t
            }
            Place::Field(obj, FieldRef::Name(name)) => {
                let t = self.alloc();
                self.emit(Instr::FieldByName { dst: t, obj, name });
                if copy {
                    self.emit(Instr::Copy { dst: t, src: t });
                }
                t
            }
            Place::Index(obj, idx) => {
                let t = self.alloc();
                self.emit(Instr::Index { dst: t, obj, idx });
                if copy {
                    self.emit(Instr::Copy { dst: t, src: t });
                }
                t
            }
            Place::Deref(r) => {
                let t = self.alloc();
                self.emit(Instr::Deref { dst: t, src: r });
                if copy {
                    self.emit(Instr::Copy { dst: t, src: t });
                }
                t
            }
            Place::Temp(t) => t,
        }
    }

    /// Read a place into `dst`, copying Copy aggregates: as `read_place(place, true)` then a `Move`,
    /// but with no temporary left holding the value (a handle read by value, say a `Sender` passed
    /// to a fn that drops it, must not stay alive in the caller's temporary until the statement ends).
    pub(super) fn read_place_to(&mut self, place: Place, dst: Slot) {
        match place {
            Place::Local(l) if l.cell => {
                self.emit(Instr::LoadCell { dst, cell: l.slot });
                self.emit(Instr::Copy { dst, src: dst });
            }
            Place::Local(l) => {
                self.emit(Instr::Copy { dst, src: l.slot });
            }
            Place::Field(obj, FieldRef::Idx(idx)) => {
                self.emit(Instr::Field { dst, obj, idx });
                self.emit(Instr::Copy { dst, src: dst });
            }
            Place::Field(obj, FieldRef::Name(name)) => {
                self.emit(Instr::FieldByName { dst, obj, name });
                self.emit(Instr::Copy { dst, src: dst });
            }
            Place::Index(obj, idx) => {
                self.emit(Instr::Index { dst, obj, idx });
                self.emit(Instr::Copy { dst, src: dst });
            }
            Place::Deref(r) => {
                self.emit(Instr::Deref { dst, src: r });
                self.emit(Instr::Copy { dst, src: dst });
            }
            Place::Temp(t) => {
                if t != dst {
                    self.emit(Instr::Move { dst, src: t });
                }
            }
        }
    }

    pub(super) fn write_place(&mut self, place: Place, src: Slot) {
        match place {
            Place::Local(l) => self.store_local(&l, src, false),
            Place::Field(obj, FieldRef::Idx(idx)) => {
                self.emit(Instr::SetField { obj, idx, src });
            }
            Place::Field(obj, FieldRef::Name(name)) => {
                self.emit(Instr::SetFieldByName { obj, name, src });
            }
            Place::Index(obj, idx) => {
                self.emit(Instr::SetIndex { obj, idx, src });
            }
            Place::Deref(r) => {
                self.emit(Instr::StoreDeref { dst: r, src });
            }
            Place::Temp(_) => {}
        }
    }

    /// `&mut place`: a reference value.
    pub(super) fn ref_mut_place(&mut self, place: Place, dst: Slot) {
        match place {
            Place::Local(l) => {
                if l.cell {
                    self.emit(Instr::RefCell { dst, cell: l.slot });
                } else {
                    self.emit(Instr::Move { dst, src: l.slot });
                }
            }
            Place::Field(obj, FieldRef::Idx(idx)) => {
                self.emit(Instr::RefField { dst, obj, idx });
            }
            Place::Field(obj, FieldRef::Name(name)) => {
                self.emit(Instr::RefFieldByName { dst, obj, name });
            }
            Place::Index(obj, idx) => {
                self.emit(Instr::RefIndex { dst, obj, idx });
            }
            Place::Deref(r) => {
                self.emit(Instr::Move { dst, src: r });
            }
            Place::Temp(t) => {
                self.emit(Instr::Move { dst, src: t });
            }
        }
    }

    /// `&mut <temporary>`: a fresh cell holding it.
    pub(super) fn ref_mut_temp(&mut self, e: &syn::Expr, dst: Slot, hint: &Ty) -> Ty {
        let v = self.alloc();
        let ty = self.eval_to(e, v, hint.strip_ref());
        let cell = self.alloc();
        self.emit(Instr::NewCell { slot: cell });
        self.emit(Instr::StoreCell { cell, src: v });
        self.emit(Instr::RefCell { dst, cell });
        Ty::RefMut(Box::new(ty))
    }
}
