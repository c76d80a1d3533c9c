//! Statements and blocks: `let` (with patterns, `else`, ownership of the initializer), block values, parameters, and the moves that decide where a value dies.

use super::*;

impl<'c, 'a> FnBuilder<'c, 'a> {
    /// A by-value parameter pattern: `x`, `mut x`, `(a, b)`, `Point { x, y }`.
    pub(super) fn bind_param(&mut self, pat: &syn::Pat, slot: Slot, ty: Ty) {
        if let syn::Pat::Ident(pi) = pat {
            if pi.subpat.is_none() && pi.by_ref.is_none() {
                let name = pi.ident.to_string();
                if pi.mutability.is_some() {
                    self.emit(Instr::Copy { dst: slot, src: slot });
                }
                if self.cells.contains(&name) {
                    let cell = self.alloc();
                    self.emit(Instr::NewCell { slot: cell });
                    self.emit(Instr::StoreCell { cell, src: slot });
                    if self.cx.drops {
                        self.emit(Instr::ClearSlots { from: slot, n: 1 });
                    }
                    self.declare_local(&name, cell, ty, false);
                    if self.owned_slots.remove(&slot) {
                        self.owned_slots.insert(cell);
                    }
                } else {
                    // A by-value parameter owns its argument (`declare_local` forgets that).
                    let owned = self.owned_slots.contains(&slot);
                    self.declare_local(&name, slot, ty, true);
                    if owned {
                        self.owned_slots.insert(slot);
                    }
                }
                return;
            }
        }
        let mut fails = Vec::new();
        self.declare_pattern(pat, &ty);
        self.test_pattern(pat, slot, &mut fails, false, &ty);
        self.fail_to_unreachable(fails, "refutable pattern in function argument");
    }

    // ---------------------------------------------------------------- emit helpers

    /// A local read by value (a call argument, a `move` capture) was moved out.
    pub fn move_out(&mut self, e: &syn::Expr) {
        if !self.cx.drops {
            return;
        }
        if let syn::Expr::Field(fe) = strip_parens(e) {
            self.move_out_field(fe);
            return;
        }
        if let Some(name) = single_ident(e) {
            if let Some(l) = self.lookup(&name) {
                if !self.ref_slots.contains(&l.slot) {
                    let slot = l.slot;
                    let owned = self.owned_slots.contains(&slot);
                    if owned && !l.cell {
                        // References to it in scope are dead now (`let r = &tx; ..; drop(tx)`).
                        let aliases: Vec<Slot> = self
                            .scopes
                            .iter()
                            .flatten()
                            .filter(|(_, r)| !r.cell && r.slot != slot && self.ref_slots.contains(&r.slot))
                            .map(|(_, r)| r.slot)
                            .collect();
                        for r in aliases {
                            self.emit(Instr::ForgetAlias { slot: r, of: slot });
                        }
                    }
                    self.emit(Instr::MoveOut { slot, owned });
                }
            }
        }
    }

    /// A field of a local read by value (`drop(self.tx)`, `let tx = h.tx;`, `f(o.inner.tx)`) was
    /// moved out of its struct: the struct forgets it (`MoveOutField`), so the value dies with its
    /// new owner, as a moved local does. Only a field whose declared type is surely not a
    /// reference (`Ctx::owned_fields`): a by-value use of a `&T` field copies the reference.
    fn move_out_field(&mut self, fe: &syn::ExprField) {
        if !field_chain_of_local(&fe.base, &|n| self.lookup(n).is_some()) {
            return;
        }
        let (obj, bty) = self.operand(&fe.base, &Ty::Unknown);
        let id = match bty.strip_ref() {
            Ty::Adt(id) => Some(*id),
            _ => None,
        };
        let field = match (&fe.member, id) {
            (syn::Member::Unnamed(i), Some(_)) => Some(i.index),
            (syn::Member::Named(n), Some(id)) => match self.cx.prog.types.get(id as usize).map(|t| &t.kind) {
                Some(ir::TypeKind::Struct { fields, .. }) => fields.iter().position(|f| n == f).map(|i| i as u32),
                _ => None,
            },
            (syn::Member::Named(n), None) => {
                let name = n.to_string();
                if self.cx.owned_field_names.get(&name) == Some(&true) {
                    let name = self.cx.sym(&name);
                    self.emit(Instr::MoveOutField { obj, idx: u32::MAX, name });
                }
                return;
            }
            (syn::Member::Unnamed(_), None) => None,
        };
        if let (Some(id), Some(idx)) = (id, field) {
            if self.cx.owned_fields.contains(&(id, 0, idx)) {
                self.emit(Instr::MoveOutField { obj, idx, name: 0 });
            }
        }
    }

    /// The (object, field) of a by-value binding in a pattern that moves out of its value (see
    /// `field_moves`), when the field's declared type is surely not a reference.
    pub(in crate::lower) fn note_field_move(&mut self, p: &syn::Pat, obj: Slot, owner: (ir::TypeId, u32), idx: u32) {
        let by_value = matches!(p, syn::Pat::Ident(pi) if pi.by_ref.is_none() && pi.subpat.is_none());
        if by_value && self.cx.owned_fields.contains(&(owner.0, owner.1, idx)) {
            if let Some(moves) = &mut self.field_moves {
                moves.push((obj, idx));
            }
        }
    }

    /// Start collecting the field moves of a pattern over `scrutinee`, when matching it moves out of
    /// it: an owned local (not a reference, not matched through `&mut`).
    pub(in crate::lower) fn begin_field_moves(&mut self, scrutinee: &syn::Expr, ref_mode: bool) {
        let moves = self.cx.drops && !ref_mode && single_ident(scrutinee).is_some() && self.owned_expr(scrutinee);
        self.field_moves = moves.then(Vec::new);
    }

    /// The pattern matched (and its guard held): its by-value bindings moved their fields out.
    pub(in crate::lower) fn end_field_moves(&mut self) {
        for (obj, idx) in self.field_moves.take().unwrap_or_default() {
            self.emit(Instr::MoveOutField { obj, idx, name: 0 });
        }
    }

    /// The by-value bindings of a pattern own their values when the scrutinee is an owned value
    /// (`let (a, b) = pair();`, `if let Some(x) = slot.take()`), so moving one (`drop(a)`) forgets it
    /// there (`MoveOut { owned: true }`): a reference count or a destructor sees the move.
    pub(super) fn own_bindings(&mut self, pat: &syn::Pat, scrutinee: &syn::Expr) {
        if !self.cx.drops || !self.owned_expr(scrutinee) {
            return;
        }
        let mut names = Vec::new();
        by_value_bindings(pat, &mut names);
        for name in names {
            if let Some(l) = self.lookup(&name) {
                let slot = l.slot;
                self.owned_slots.insert(slot);
            }
        }
    }

    /// Whether an expression surely gives an owned collection, not a reference (which the light
    /// types erase): a literal, `vec![..]`, a constructor, `collect`/`clone`/`to_vec`, or a
    /// learner's fn or method whose return type is not a reference.
    pub(super) fn surely_owned(&self, e: &syn::Expr) -> bool {
        match e {
            syn::Expr::Paren(p) => self.surely_owned(&p.expr),
            syn::Expr::Array(_) | syn::Expr::Repeat(_) | syn::Expr::Struct(_) | syn::Expr::Tuple(_) => true,
            syn::Expr::Macro(m) => m.mac.path.is_ident("vec"),
            syn::Expr::Call(c) => {
                let syn::Expr::Path(p) = &*c.func else { return false };
                let segs: Vec<String> = p.path.segments.iter().map(|s| s.ident.to_string()).collect();
                let norm = self.normalize_path(&segs);
                match self.resolve_call(&norm) {
                    Some(f) => self.cx.sigs.get(&f).is_some_and(|s| !s.ret_ref),
                    None => {
                        norm.len() == 2
                            && matches!(norm[1].as_str(), "new" | "from" | "with_capacity" | "default" | "from_iter")
                            && matches!(
                                norm[0].as_str(),
                                "Vec" | "VecDeque" | "HashMap" | "HashSet" | "BTreeMap" | "BTreeSet"
                            )
                    }
                }
            }
            syn::Expr::MethodCall(m) => match m.method.to_string().as_str() {
                name if crate::api::returns_new_collection(name) => true,
                name => self.user_method_sig(name).is_some_and(|s| !s.ret_ref),
            },
            _ => false,
        }
    }

    /// Whether an expression gives an owned value (not a reference into something else).
    fn owned_expr(&self, e: &syn::Expr) -> bool {
        match e {
            syn::Expr::Paren(p) => self.owned_expr(&p.expr),
            syn::Expr::Call(_)
            | syn::Expr::Tuple(_)
            | syn::Expr::Struct(_)
            | syn::Expr::Array(_)
            | syn::Expr::Await(_) => true,
            syn::Expr::MethodCall(m) => crate::api::returns_owned(&m.method.to_string()),
            syn::Expr::Path(_) => match single_ident(e).and_then(|n| self.lookup(&n)) {
                Some(l) => self.owned_slots.contains(&l.slot) && !self.ref_slots.contains(&l.slot),
                None => false,
            },
            _ => false,
        }
    }

    /// The local holds a reference from now on (`tokio::pin!(fut)` shadows `fut` with a
    /// `Pin<&mut _>`): moving it no longer moves, nor drops, the value.
    pub(crate) fn borrowed_from_now_on(&mut self, slot: Slot) {
        self.ref_slots.insert(slot);
        self.owned_slots.remove(&slot);
    }

    /// A method argument moved a local that owns its value (only matters for destructors).
    pub(super) fn move_out_owned(&mut self, e: &syn::Expr) {
        if !self.cx.drops {
            return;
        }
        if let Some(name) = single_ident(e) {
            if let Some(l) = self.lookup(&name) {
                if self.owned_slots.contains(&l.slot) && !self.ref_slots.contains(&l.slot) {
                    let slot = l.slot;
                    self.emit(Instr::MoveOut { slot, owned: true });
                }
            }
        }
    }

    pub fn block_to(&mut self, block: &syn::Block, dst: Slot, hint: &Ty) -> Ty {
        self.push_scope();
        let mark = self.next_slot;
        let mut ty = Ty::Unit;
        let n = block.stmts.len();
        let mut wrote = false;
        for (i, stmt) in block.stmts.iter().enumerate() {
            let last = i + 1 == n;
            self.high = self.next_slot;
            match stmt {
                syn::Stmt::Local(local) => {
                    self.let_stmt(local);
                    let from = self.next_slot;
                    self.clear_temps(from);
                }
                syn::Stmt::Item(_) => {}
                syn::Stmt::Expr(e, semi) => {
                    let before = self.next_slot;
                    if last && semi.is_none() {
                        ty = self.eval_to(e, dst, hint);
                        wrote = true;
                    } else {
                        let t = self.alloc();
                        let ety = self.eval_to(e, t, &Ty::Unknown);
                        if last && diverges(e) {
                            ty = ety;
                        }
                        self.clear_temps(before);
                    }
                    self.next_slot = before;
                }
                syn::Stmt::Macro(m) if self.pin_block(&m.mac) => {
                    let from = self.next_slot;
                    self.clear_temps(from);
                }
                syn::Stmt::Macro(m) => {
                    let before = self.next_slot;
                    self.pos = pos_of(&m.mac);
                    if last && m.semi_token.is_none() {
                        ty = self.macro_call(&m.mac, dst, hint);
                        wrote = true;
                    } else {
                        let t = self.alloc();
                        self.macro_call(&m.mac, t, &Ty::Unknown);
                        self.clear_temps(before);
                    }
                    self.next_slot = before;
                }
            }
        }
        if !wrote {
            self.load_const(dst, Const::Unit);
        }
        // RefCell guards bound in this block end here.
        let guards: Vec<Slot> = self
            .scopes
            .last()
            .map(|s| s.iter().filter(|(_, l)| l.guard).map(|(_, l)| l.slot).collect())
            .unwrap_or_default();
        for slot in guards {
            self.emit(Instr::Unguard { slot });
        }
        // Its locals are dropped here (a lock guard unlocks, a sender closes).
        self.clear_from(mark);
        self.next_slot = mark;
        self.pop_scope();
        ty
    }

    pub(in crate::lower) fn let_stmt(&mut self, local: &syn::Local) {
        self.pos = pos_of(local);
        let (pat, ty) = match &local.pat {
            syn::Pat::Type(pt) => (&*pt.pat, self.cx.ty_of(&pt.ty)),
            p => (p, Ty::Unknown),
        };
        // Simple `let x = e;` / `let mut x: T = e;`
        if let syn::Pat::Ident(pi) = pat {
            if pi.subpat.is_none() {
                let name = pi.ident.to_string();
                let Some(init) = &local.init else {
                    // `let x;` assigned later.
                    let l = self.new_binding(&name, ty);
                    if l.cell {
                        self.emit(Instr::NewCell { slot: l.slot });
                    }
                    return;
                };
                if init.diverge.is_some() {
                    self.unsupported("`let ... else` with a plain binding", &local.pat);
                }
                let slot = self.alloc();
                let mark = self.next_slot;
                let decl = if ty.is_known() {
                    None
                } else {
                    self.n_decls += 1;
                    Some(self.n_decls)
                };
                let ty = match decl.and_then(|d| self.prior.get(&d)) {
                    Some(t) => t.clone(),
                    None => ty,
                };
                let ety = self.eval_to(&init.expr, slot, &ty);
                self.note_use(&init.expr, &ty);
                self.move_out(&init.expr);
                self.next_slot = mark;
                self.retype(slot, &ty);
                let ty = if ty.is_known() { ty } else { ety };
                let cell = self.cells.contains(&name);
                self.move_out(&init.expr);
                // `let r2 = r1;` copies a reference.
                let copies_ref = single_ident(&init.expr)
                    .and_then(|n| self.lookup(&n))
                    .is_some_and(|l| self.ref_slots.contains(&l.slot));
                // `let p = pin!(fut);` binds a `Pin<&mut _>`: the future lives in a temporary
                // until the end of the block, whatever happens to `p`.
                let pins = matches!(&*init.expr, syn::Expr::Macro(m)
                    if m.mac.path.segments.last().is_some_and(|s| s.ident == "pin"));
                if matches!(&*init.expr, syn::Expr::Reference(_))
                    || pins
                    || copies_ref
                    || matches!(&local.pat, syn::Pat::Type(pt) if matches!(&*pt.ty, syn::Type::Reference(_)))
                {
                    self.ref_slots.insert(slot);
                    self.owned_slots.remove(&slot);
                } else {
                    self.ref_slots.remove(&slot);
                    if pi.by_ref.is_none() {
                        self.owned_slots.insert(slot);
                    } else {
                        self.owned_slots.remove(&slot);
                    }
                }
                let guard = guard_kind(&init.expr);
                if let Some(mutable) = guard {
                    self.emit(Instr::Guard { slot, mutable });
                    for l in self.loops.iter_mut() {
                        l.guards.push(slot);
                    }
                }
                let local = if cell {
                    let c = self.alloc();
                    self.emit(Instr::NewCell { slot: c });
                    self.emit(Instr::StoreCell { cell: c, src: slot });
                    if self.cx.drops {
                        // The cell is the local now: the raw slot must not keep the value alive.
                        self.emit(Instr::ClearSlots { from: slot, n: 1 });
                    }
                    if self.owned_slots.remove(&slot) {
                        self.owned_slots.insert(c);
                    }
                    Local { slot: c, cell: true, ty, decl, guard: false }
                } else {
                    Local { slot, cell: false, ty, decl, guard: guard.is_some() }
                };
                if self.surely_owned(&init.expr) {
                    self.owned_values.insert((local.slot, name.clone()));
                } else {
                    self.owned_values.remove(&(local.slot, name.clone()));
                }
                if let Some(scope) = self.scopes.last_mut() {
                    scope.push((name, local));
                }
                return;
            }
        }
        let Some(init) = &local.init else {
            self.unsupported("`let` with a pattern and no initializer", &local.pat);
            return;
        };
        // `let (ref mut a, ref b) = pair;` borrows into `pair`: test the local itself, not a copy.
        let in_place = if pat_has_ref_mut(pat) {
            match single_ident(&init.expr).and_then(|n| self.lookup(&n).cloned()) {
                Some(l) if !l.cell => Some(l),
                _ => {
                    self.unsupported(
                        "a `ref mut` binding in a `let` pattern whose value is not a plain local",
                        &local.pat,
                    );
                    None
                }
            }
        } else {
            None
        };
        let (src, ety) = match &in_place {
            Some(l) => (l.slot, l.ty.clone()),
            None => {
                let src = self.alloc();
                let mark = self.next_slot;
                let ety = self.eval_to(&init.expr, src, &ty);
                self.next_slot = mark;
                (src, ety)
            }
        };
        let ref_mode = matches!(&*init.expr, syn::Expr::Reference(r) if r.mutability.is_some())
            || matches!(ety, Ty::RefMut(_))
            || (self.self_mut_ref && single_ident(&init.expr).as_deref() == Some("self"));
        let ty = if ty.is_known() { ty } else { ety };
        let visible = self.scopes.last().map(|s| s.len()).unwrap_or(0);
        self.declare_pattern(pat, &ty);
        self.own_bindings(pat, &init.expr);
        let mark = self.next_slot;
        let mut fails = Vec::new();
        self.begin_field_moves(&init.expr, ref_mode || in_place.is_some());
        // `let S { a, b } = &mut *self;` binds `a` and `b` as `&mut` to the fields (match ergonomics).
        self.test_pattern(pat, src, &mut fails, ref_mode, &ty);
        self.end_field_moves();
        match &init.diverge {
            Some((_, else_expr)) => {
                if !fails.is_empty() {
                    let skip = self.emit(Instr::Jump { target: 0 });
                    self.patch_all(fails);
                    let t = self.alloc();
                    // The else block sees the names from before this `let`.
                    let hidden = self.scopes.last_mut().map(|s| s.split_off(visible)).unwrap_or_default();
                    self.eval_to(else_expr, t, &Ty::Unknown);
                    if let Some(scope) = self.scopes.last_mut() {
                        scope.extend(hidden);
                    }
                    self.unreachable("`let ... else` block did not diverge");
                    let here = self.here();
                    self.patch(skip, here);
                }
            }
            None => self.fail_to_unreachable(fails, "refutable pattern in `let`"),
        }
        self.next_slot = mark;
        if self.cx.drops && in_place.is_none() {
            // The destructured value (`let (tx, rx) = channel()`) must not keep its parts alive.
            self.load_const(src, Const::Unit);
        }
    }

    // ---------------------------------------------------------------- expressions
}

/// `e` without parentheses.
fn strip_parens(e: &syn::Expr) -> &syn::Expr {
    match e {
        syn::Expr::Paren(p) => strip_parens(&p.expr),
        e => e,
    }
}

/// `x`, `x.a`, `x.a.b`: a chain of fields from a local (`is_local`), whose evaluation has no effect.
fn field_chain_of_local(e: &syn::Expr, is_local: &dyn Fn(&str) -> bool) -> bool {
    match e {
        syn::Expr::Paren(p) => field_chain_of_local(&p.expr, is_local),
        syn::Expr::Field(f) => field_chain_of_local(&f.base, is_local),
        _ => single_ident(e).is_some_and(|n| is_local(&n)),
    }
}
