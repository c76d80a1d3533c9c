//! Control flow: `if`, `while`, `loop`, labeled blocks, `for` (over ranges, collections and owned values), `match`, `break`/`continue` targets.

use super::*;

impl<'c, 'a> FnBuilder<'c, 'a> {
    pub(super) fn find_loop(&mut self, label: Option<&str>, node: &impl Spanned) -> Option<usize> {
        let found = match label {
            None => self.loops.iter().rposition(|l| l.label.as_deref() != Some("'block")),
            Some(name) => self.loops.iter().rposition(|l| l.label.as_deref() == Some(name)),
        };
        if found.is_none() {
            self.unsupported("`break`/`continue` outside of a loop", node);
        }
        found
    }

    pub(super) fn if_expr(&mut self, i: &syn::ExprIf, dst: Slot, hint: &Ty) -> Ty {
        self.pos = pos_of(i);
        self.push_scope();
        let mark = self.next_slot;
        let mut fails = Vec::new();
        self.cond(&i.cond, &mut fails);
        let ty = self.block_to(&i.then_branch, dst, hint);
        self.pop_scope();
        self.next_slot = mark;
        let j = self.emit(Instr::Jump { target: 0 });
        self.patch_all(fails);
        let ety = match &i.else_branch {
            Some((_, e)) => self.eval_to(e, dst, if ty.is_known() { &ty } else { hint }),
            None => {
                self.load_const(dst, Const::Unit);
                Ty::Unit
            }
        };
        let here = self.here();
        self.patch(j, here);
        if ty.is_known() {
            ty
        } else {
            ety
        }
    }

    pub(super) fn while_expr(&mut self, w: &syn::ExprWhile, dst: Slot) -> Ty {
        let label = w.label.as_ref().map(|l| l.name.ident.to_string());
        let start = self.here();
        self.loops.push(Loop {
            guards: Vec::new(),
            label,
            dst: None,
            breaks: Vec::new(),
            continues: Vec::new(),
            start: self.next_slot,
        });
        self.push_scope();
        let mark = self.next_slot;
        let mut fails = Vec::new();
        self.pos = pos_of(w);
        self.cond(&w.cond, &mut fails);
        let t = self.alloc();
        self.block_to(&w.body, t, &Ty::Unknown);
        self.pop_scope();
        self.next_slot = mark;
        self.pos = pos_of(w);
        // The condition's temporaries (`while let Some(x) = m.lock().await.pop()`) die with each iteration.
        self.clear_from(mark);
        self.emit(Instr::Jump { target: start });
        self.patch_all(fails);
        self.end_loop(start);
        self.load_const(dst, Const::Unit);
        Ty::Unit
    }

    /// `break` leaves the loop body's blocks: their locals die now.
    pub(super) fn clear_loop_locals(&mut self, li: usize) {
        let from = self.loops[li].start;
        self.clear_from(from);
    }

    fn end_loop(&mut self, continue_target: u32) {
        if let Some(l) = self.loops.pop() {
            for c in l.continues {
                self.patch(c, continue_target);
            }
            self.patch_all(l.breaks);
            for slot in l.guards {
                self.emit(Instr::Unguard { slot });
            }
            self.next_slot = self.next_slot.max(l.start);
        }
    }

    pub(super) fn loop_expr(&mut self, l: &syn::ExprLoop, dst: Slot, hint: &Ty) -> Ty {
        let label = l.label.as_ref().map(|l| l.name.ident.to_string());
        let start = self.here();
        self.loops.push(Loop {
            guards: Vec::new(),
            label,
            dst: Some(dst),
            breaks: Vec::new(),
            continues: Vec::new(),
            start: self.next_slot,
        });
        let t = self.alloc();
        self.block_to(&l.body, t, &Ty::Unknown);
        self.pos = pos_of(l);
        self.emit(Instr::Jump { target: start });
        self.end_loop(start);
        hint.clone()
    }

    pub(super) fn labeled_block(&mut self, label: &syn::Label, block: &syn::Block, dst: Slot, hint: &Ty) -> Ty {
        let name = label.name.ident.to_string();
        self.loops.push(Loop {
            guards: Vec::new(),
            label: Some(name),
            dst: Some(dst),
            breaks: Vec::new(),
            continues: Vec::new(),
            start: self.next_slot,
        });
        let ty = self.block_to(block, dst, hint);
        let here = self.here();
        self.end_loop(here);
        ty
    }

    /// Whether a value of static type `ty` may hold something with a learner's `impl Drop`
    /// (an unknown type may).
    pub(super) fn may_run_drop(&self, ty: &Ty, depth: u32) -> bool {
        if self.cx.prog.drop_impls.is_empty() {
            return false;
        }
        if depth > 8 {
            return true;
        }
        let any = |ts: &[&Ty]| ts.iter().any(|t| self.may_run_drop(t, depth + 1));
        match ty {
            Ty::Unit | Ty::Int(_) | Ty::Float(_) | Ty::Bool | Ty::Char | Ty::Str | Ty::String => false,
            Ty::Vec(t)
            | Ty::Array(t)
            | Ty::Deque(t)
            | Ty::Set(t)
            | Ty::Option(t)
            | Ty::Boxed(t)
            | Ty::Slice(t)
            | Ty::RefMut(t) => any(&[t]),
            Ty::Map(k, v) | Ty::Result(k, v) => any(&[k, v]),
            Ty::Tuple(ts) => ts.iter().any(|t| self.may_run_drop(t, depth + 1)),
            Ty::Adt(id) => {
                if self.cx.prog.drop_impls.contains_key(id) {
                    return true;
                }
                match self.cx.prog.types.get(*id as usize).map(|t| &t.kind) {
                    Some(TypeKind::Struct { .. }) => {
                        self.cx.field_types.get(id).is_none_or(|fs| fs.iter().any(|t| self.may_run_drop(t, depth + 1)))
                    }
                    Some(TypeKind::Enum { variants }) => variants.iter().any(|v| !v.fields.is_empty()),
                    _ => false,
                }
            }
            Ty::Unknown | Ty::DynError | Ty::Fn(_) | Ty::Dyn(_) => true,
        }
    }

    pub(super) fn for_expr(&mut self, f: &syn::ExprForLoop, dst: Slot) -> Ty {
        self.pos = pos_of(&f.expr);
        let label = f.label.as_ref().map(|l| l.name.ident.to_string());
        let (mut src, mut ty) = self.operand(&f.expr, &Ty::Unknown);
        // `for x in &playlist` with the learner's `impl IntoIterator for &Playlist`: its `into_iter` first.
        if let Ty::Adt(id) = ty.strip_ref() {
            let sym = self.cx.sym("into_iter");
            if self.cx.static_methods.contains("into_iter") {
                self.unsupported("a `for` loop over a type with several `IntoIterator` impls", &f.expr);
            } else if let Some(&func) = self.cx.prog.methods.get(&(TypeKey::Adt(*id), sym)) {
                let t = self.alloc();
                self.emit(Instr::Move { dst: t, src });
                let r = self.alloc();
                self.pos = pos_of(&f.expr);
                self.emit(Instr::Call { dst: r, func, args: t, n: 1 });
                src = r;
                ty = Ty::Unknown;
            }
        }
        // `for t in tokens` moves each element out of the collection, and Rust drops it at the end
        // of its iteration (what a `break` leaves, when the loop ends). So the iterator takes the
        // elements (`into_iter:owned` for a Vec; an `Items` list gives each item away as it yields
        // it), and the local is moved out: nothing else keeps an element alive.
        // Only a collection surely owned (not a reference the light types erase: `let r = pick(&a)`
        // with `-> &Vec<Token>`) is taken; any other by-value loop over values with a destructor
        // is refused, since its drops would come late.
        let local = single_ident(&f.expr).and_then(|n| self.lookup(&n).cloned().map(|l| (n, l)));
        let by_value_local = local.as_ref().is_some_and(|(_, l)| {
            !self.ref_slots.contains(&l.slot)
                && matches!(
                    l.ty,
                    Ty::Vec(_) | Ty::Array(_) | Ty::Deque(_) | Ty::Map(..) | Ty::Set(_) | Ty::Option(_) | Ty::Unknown
                )
        });
        // The loop moves a collection surely owned: a local of one, or such a temporary.
        let moves_owned = self.cx.drops
            && match &local {
                Some((n, l)) => by_value_local && self.owned_values.contains(&(l.slot, n.clone())),
                None => self.surely_owned(&f.expr),
            };
        let drops_items = self.cx.drops && self.may_run_drop(&ty.elem(), 0) && !matches!(ty, Ty::Unknown);
        // Taking the elements of a collection that is surely owned and moved is right whatever
        // they are; an array is moved only when its elements are not `Copy` (a `[(&str, u64); 3]`
        // stays usable after the loop), and an unknown type may be such an array.
        let collection = match ty.strip_ref() {
            Ty::Vec(_) | Ty::Deque(_) | Ty::Map(..) | Ty::Set(_) => true,
            Ty::Array(e) => e.is_known() && self.may_run_drop(e, 0),
            _ => false,
        };
        let owned_loop = moves_owned && collection;
        // Of an unknown type (maybe a `Copy` array): taken at run time only if an element owns
        // something with a destructor, which a `Copy` array cannot hold.
        let maybe_owned_loop = moves_owned && matches!(ty, Ty::Unknown);
        if drops_items && by_value_local && !owned_loop {
            self.unsupported("a `for` loop that moves out values with a destructor (`impl Drop`) one by one", &f.expr);
        }
        if owned_loop || maybe_owned_loop {
            let taken = self.alloc();
            self.emit(Instr::Move { dst: taken, src });
            let name = self.cx.sym(if owned_loop { "into_iter:owned" } else { "into_iter:owned_if_drop" });
            self.pos = pos_of(&f.expr);
            self.emit(Instr::CallMethod { dst: taken, name, args: taken, n: 1 });
            src = taken;
        }
        let iter = self.alloc();
        self.pos = pos_of(&f.expr);
        self.emit(Instr::IntoIter { dst: iter, src });
        if owned_loop || maybe_owned_loop {
            self.move_out(&f.expr);
        }
        let item = self.alloc();
        let start = self.here();
        self.loops.push(Loop {
            guards: Vec::new(),
            label,
            dst: None,
            breaks: Vec::new(),
            continues: Vec::new(),
            start: self.next_slot,
        });
        let next = self.emit(Instr::ForNext { dst: item, iter, done: 0 });
        self.push_scope();
        let mark = self.next_slot;
        let ety = ty.elem();
        let ref_mode = matches!(&*f.expr, syn::Expr::Reference(r) if r.mutability.is_some());
        let _ = ref_mode;
        self.bind_pattern_simple(&f.pat, item, &ety);
        let t = self.alloc();
        self.block_to(&f.body, t, &Ty::Unknown);
        self.pop_scope();
        self.next_slot = mark;
        self.pos = pos_of(f);
        self.clear_from(mark);
        self.emit(Instr::Jump { target: start });
        let here = self.here();
        self.patch(next, here);
        self.end_loop(start);
        if self.cx.drops {
            // The iterator (and what it still owns) dies with the loop.
            self.emit(Instr::ClearSlots { from: iter, n: 2 });
        }
        self.load_const(dst, Const::Unit);
        Ty::Unit
    }

    /// Bind an irrefutable pattern (for-loop variable, closure parameter).
    pub fn bind_pattern_simple(&mut self, pat: &syn::Pat, src: Slot, ty: &Ty) {
        if let syn::Pat::Ident(pi) = pat {
            if pi.subpat.is_none() {
                let name = pi.ident.to_string();
                let l = self.new_binding(&name, ty.clone());
                if l.cell {
                    self.emit(Instr::NewCell { slot: l.slot });
                    self.emit(Instr::StoreCell { cell: l.slot, src });
                } else {
                    self.emit(Instr::Move { dst: l.slot, src });
                }
                return;
            }
        }
        if let syn::Pat::Type(pt) = pat {
            let ty = self.cx.ty_of(&pt.ty);
            return self.bind_pattern_simple(&pt.pat, src, &ty);
        }
        self.declare_pattern(pat, ty);
        let mut fails = Vec::new();
        self.test_pattern(pat, src, &mut fails, false, ty);
        self.fail_to_unreachable(fails, "refutable pattern");
    }

    pub(super) fn match_expr(&mut self, m: &syn::ExprMatch, dst: Slot, hint: &Ty) -> Ty {
        self.pos = pos_of(m);
        let ref_mode = matches!(&*m.expr, syn::Expr::Reference(r) if r.mutability.is_some());
        let (scrut, sty) = self.operand(&m.expr, &Ty::Unknown);
        let ref_mode = ref_mode || matches!(sty, Ty::RefMut(_));
        let mut ends = Vec::new();
        let mut ty = Ty::Unknown;
        for arm in &m.arms {
            self.push_scope();
            let mark = self.next_slot;
            self.pos = pos_of(&arm.pat);
            let mut fails = Vec::new();
            self.declare_pattern(&arm.pat, &sty);
            self.own_bindings(&arm.pat, &m.expr);
            self.begin_field_moves(&m.expr, ref_mode);
            self.test_pattern(&arm.pat, scrut, &mut fails, ref_mode, &sty);
            let moves = self.field_moves.take();
            if let Some((_, guard)) = &arm.guard {
                self.cond(guard, &mut fails);
            }
            // Bindings move out of the scrutinee only once the guard held.
            self.field_moves = moves;
            self.end_field_moves();
            let h = if ty.is_known() { ty.clone() } else { hint.clone() };
            let t = self.eval_to(&arm.body, dst, &h);
            if !ty.is_known() && !diverges(&arm.body) {
                ty = t;
            }
            // The arm's bindings die with it (a moved-out handle must not linger until the block ends).
            self.clear_from(mark);
            ends.push(self.emit(Instr::Jump { target: 0 }));
            self.patch_all(fails);
            self.pop_scope();
            self.next_slot = mark;
        }
        self.pos = pos_of(m);
        self.unreachable("no match arm matched");
        self.patch_all(ends);
        ty
    }

    // ---------------------------------------------------------------- calls
}
