//! Closures and `async` blocks: the captured names (`FreeNames`: what the body uses that no inner pattern binds), `move` and the function lowered for the body.

use super::*;

impl<'c, 'a> FnBuilder<'c, 'a> {
    pub(super) fn closure(&mut self, c: &syn::ExprClosure, dst: Slot) -> Ty {
        self.pos = pos_of(c);
        let inputs: Vec<&syn::Pat> = c.inputs.iter().collect();
        let ret = match &c.output {
            syn::ReturnType::Default => None,
            syn::ReturnType::Type(_, t) => Some(self.cx.ty_of(t)),
        };
        let body =
            if c.asyncness.is_some() { Body::AsyncExpr(&c.body, c.capture.is_some()) } else { Body::Expr(&c.body) };
        self.closure_like(&inputs, body, ret, c.capture.is_some(), pos_of(c), dst)
    }

    /// `async { .. }` / `async move { .. }`: a closure over the block, wrapped in a lazy future.
    pub(super) fn async_block(&mut self, a: &syn::ExprAsync, dst: Slot) -> Ty {
        self.pos = pos_of(a);
        let f = self.alloc();
        self.closure_like(&[], Body::Block(&a.block), None, a.capture.is_some(), pos_of(a), f);
        self.pos = pos_of(a);
        self.emit(Instr::MakeFuture { dst, callee: f, args: f, n: 0 });
        Ty::Unknown
    }

    fn closure_like(
        &mut self,
        inputs: &[&syn::Pat],
        body: Body<'_>,
        ret: Option<Ty>,
        is_move: bool,
        pos: Pos,
        dst: Slot,
    ) -> Ty {
        let param_hints = self.closure_params.take().unwrap_or_default();
        // Free names of the body that are our locals become captures.
        let mut scan = FreeNames::default();
        match body {
            Body::Expr(e) | Body::AsyncExpr(e, _) => scan.visit_expr(e),
            Body::Block(b) => scan.visit_block(b),
        }
        let mut params = VecSet::new();
        for p in inputs {
            crate::lower::scan::pattern_names(p, &mut params);
        }
        let mut captures: Vec<(String, Local)> = Vec::new();
        let mut names: Vec<&String> = scan.names.iter().collect();
        names.sort();
        for name in names {
            if params.contains(name) {
                continue;
            }
            if let Some(l) = self.lookup(name) {
                captures.push((name.clone(), l.clone()));
            }
        }
        let cap_start = self.alloc_n(captures.len());
        for (i, (_, l)) in captures.iter().enumerate() {
            let slot = cap_start + i as u32;
            if l.cell && !is_move {
                self.emit(Instr::Move { dst: slot, src: l.slot });
            } else {
                // By-value capture: a fresh cell holding a copy.
                let v = self.alloc();
                if l.cell {
                    self.emit(Instr::LoadCell { dst: v, cell: l.slot });
                    self.emit(Instr::Copy { dst: v, src: v });
                } else {
                    self.emit(Instr::Copy { dst: v, src: l.slot });
                }
                self.emit(Instr::NewCell { slot });
                self.emit(Instr::StoreCell { cell: slot, src: v });
                if is_move && self.cx.drops && !self.ref_slots.contains(&l.slot) {
                    let owned = self.owned_slots.contains(&l.slot);
                    self.emit(Instr::MoveOut { slot: l.slot, owned });
                    self.emit(Instr::MoveOut { slot: v, owned: true });
                }
            }
        }
        let id = self.cx.new_fn("closure".into());
        let body_ty_out;
        let f = {
            let mut inner_scan = CellScan::default();
            match body {
                Body::Expr(e) | Body::AsyncExpr(e, _) => inner_scan.visit_expr(e),
                Body::Block(b) => inner_scan.visit_block(b),
            }
            let ret = match ret {
                None => self.closure_ret.take().unwrap_or_default(),
                Some(t) => t,
            };
            let self_key = self.self_key;
            let mut b = FnBuilder::new(&mut *self.cx, inner_scan.names, ret.clone(), self_key);
            b.in_closure = true;
            b.pos = pos;
            let n_params = inputs.len() as u32;
            let param_start = b.alloc_n(inputs.len());
            let cap_slot = b.alloc_n(captures.len());
            b.f.n_params = n_params;
            b.f.n_captures = captures.len() as u32;
            for (i, (name, l)) in captures.iter().enumerate() {
                b.declare_local(name, cap_slot + i as u32, l.ty.clone(), false);
            }
            for (i, p) in inputs.iter().enumerate() {
                b.bind_pattern_simple(p, param_start + i as u32, &Ty::Unknown);
            }
            for (i, p) in inputs.iter().enumerate() {
                let (name, declared) = match p {
                    syn::Pat::Ident(pi) if pi.subpat.is_none() => (pi.ident.to_string(), Ty::Unknown),
                    syn::Pat::Type(pt) => match &*pt.pat {
                        syn::Pat::Ident(pi) if pi.subpat.is_none() => (pi.ident.to_string(), b.cx.ty_of(&pt.ty)),
                        _ => continue,
                    },
                    _ => continue,
                };
                let t = if declared.is_known() { declared } else { param_hints.get(i).cloned().unwrap_or_default() };
                if let (true, Some(l)) = (t.is_known(), b.lookup(&name).cloned()) {
                    b.dispatch_tys.insert(l.slot, t);
                }
            }
            let out = b.alloc();
            let body_ty = match body {
                Body::Expr(e) => b.eval_to(e, out, &ret),
                Body::Block(blk) => b.block_to(blk, out, &ret),
                Body::AsyncExpr(e, mv) => {
                    // `async |x| body`: calling it makes a future of the body.
                    let block = syn::ExprAsync {
                        attrs: Vec::new(),
                        async_token: Default::default(),
                        capture: if mv { Some(Default::default()) } else { None },
                        block: syn::Block {
                            brace_token: Default::default(),
                            stmts: vec![syn::Stmt::Expr(e.clone(), None)],
                        },
                    };
                    b.async_block(&block, out)
                }
            };
            body_ty_out = if ret.is_known() { ret.clone() } else { body_ty };
            // A closure that returns a captured value gives it away (it is `FnOnce`): the capture
            // must not keep it (a reference count, a destructor). Copy values never need this.
            let tail = match body {
                Body::Expr(e) => Some(e),
                Body::Block(blk) => match blk.stmts.last() {
                    Some(syn::Stmt::Expr(e, None)) => Some(e),
                    _ => None,
                },
                Body::AsyncExpr(..) => None,
            };
            if let Some(i) = tail.and_then(single_ident).and_then(|n| captures.iter().position(|(c, _)| *c == n)) {
                if b.cx.drops {
                    b.emit(Instr::MoveOut { slot: cap_slot + i as u32, owned: true });
                }
            }
            b.emit(Instr::Return { src: out });
            b.finish()
        };
        self.cx.prog.fns[id as usize] = Function { name: "closure".into(), ..f };
        self.pos = pos;
        self.emit(Instr::MakeClosure { dst, func: id, args: cap_start, n: captures.len() as u32 });
        Ty::Fn(Box::new(body_ty_out))
    }
}

/// What a closure-like body is.
#[derive(Clone, Copy)]
enum Body<'e> {
    Expr(&'e syn::Expr),
    Block(&'e syn::Block),
    /// The body of an `async` closure (and whether it is `move`).
    AsyncExpr(&'e syn::Expr, bool),
}

/// The names a closure-like body uses that are not bound inside it: capture candidates.
///
/// Scope-aware, because capturing too much is a wrong answer in a `move` body: in
/// `async move { match slot { Some(tx) => tx.send(1).await, .. } }` the outer `tx` is
/// not captured by rustc, so it must not be moved into the task (the channel would close
/// when the task ends instead of staying open in `main`). A name counts as bound only
/// where rustc would bind it: after its `let` (so `let tx = tx.clone();` still uses the
/// outer `tx`), in a match arm, closure parameters, a `for` pattern, an `if let`/`while let`
/// body. Inside macro tokens it cannot see bindings, so it keeps every identifier that is
/// not bound around the macro (capturing too much there, as before, never too little).
#[derive(Default)]
struct FreeNames {
    names: VecSet<String>,
    scopes: Vec<VecSet<String>>,
}

impl FreeNames {
    fn bound(&self, name: &str) -> bool {
        self.scopes.iter().any(|s| s.contains(name))
    }
    fn note(&mut self, name: String) {
        if !self.bound(&name) {
            self.names.insert(name);
        }
    }
    fn with_pattern(&mut self, pats: &[&syn::Pat], body: impl FnOnce(&mut Self)) {
        let mut scope = VecSet::new();
        for p in pats {
            crate::lower::scan::pattern_names(p, &mut scope);
        }
        self.scopes.push(scope);
        body(self);
        self.scopes.pop();
    }
    /// `if let`/`while let` conditions (with `&&` chains): their expressions, then the names
    /// they bind for the body.
    fn condition<'c>(&mut self, cond: &'c syn::Expr, pats: &mut Vec<&'c syn::Pat>) {
        match cond {
            syn::Expr::Let(l) => {
                self.visit_expr(&l.expr);
                pats.push(&l.pat);
            }
            syn::Expr::Binary(b) if matches!(b.op, syn::BinOp::And(_)) => {
                self.condition(&b.left, pats);
                self.condition(&b.right, pats);
            }
            syn::Expr::Paren(p) => self.condition(&p.expr, pats),
            e => self.visit_expr(e),
        }
    }
}

impl<'ast> Visit<'ast> for FreeNames {
    crate::visit::overrides!('ast: visit_expr_path, visit_macro, visit_item, visit_block, visit_expr_closure, visit_expr_match, visit_expr_for_loop, visit_expr_if, visit_expr_while);

    fn visit_expr_path(&mut self, p: &'ast syn::ExprPath) {
        if p.qself.is_none() && p.path.segments.len() == 1 {
            self.note(p.path.segments[0].ident.to_string());
        }
    }
    fn visit_macro(&mut self, m: &'ast syn::Macro) {
        let mut idents = VecSet::new();
        for tt in m.tokens.clone() {
            crate::lower::scan::collect_token_idents(tt, &mut idents);
        }
        for name in idents {
            self.note(name);
        }
    }
    fn visit_item(&mut self, _: &'ast syn::Item) {}
    fn visit_block(&mut self, b: &'ast syn::Block) {
        self.scopes.push(VecSet::new());
        for stmt in &b.stmts {
            match stmt {
                syn::Stmt::Local(l) => {
                    if let Some(init) = &l.init {
                        self.visit_expr(&init.expr);
                        if let Some((_, diverge)) = &init.diverge {
                            self.visit_expr(diverge);
                        }
                    }
                    let mut names = VecSet::new();
                    crate::lower::scan::pattern_names(&l.pat, &mut names);
                    self.scopes.last_mut().expect("a block's scope").extend(names);
                }
                other => self.visit_stmt(other),
            }
        }
        self.scopes.pop();
    }
    fn visit_expr_closure(&mut self, c: &'ast syn::ExprClosure) {
        let pats: Vec<&syn::Pat> = c.inputs.iter().collect();
        self.with_pattern(&pats, |s| s.visit_expr(&c.body));
    }
    fn visit_expr_match(&mut self, m: &'ast syn::ExprMatch) {
        self.visit_expr(&m.expr);
        for arm in &m.arms {
            self.with_pattern(&[&arm.pat], |s| {
                if let Some((_, guard)) = &arm.guard {
                    s.visit_expr(guard);
                }
                s.visit_expr(&arm.body);
            });
        }
    }
    fn visit_expr_for_loop(&mut self, f: &'ast syn::ExprForLoop) {
        self.visit_expr(&f.expr);
        self.with_pattern(&[&f.pat], |s| s.visit_block(&f.body));
    }
    fn visit_expr_if(&mut self, i: &'ast syn::ExprIf) {
        let mut pats = Vec::new();
        self.condition(&i.cond, &mut pats);
        self.with_pattern(&pats, |s| s.visit_block(&i.then_branch));
        if let Some((_, els)) = &i.else_branch {
            self.visit_expr(els);
        }
    }
    fn visit_expr_while(&mut self, w: &'ast syn::ExprWhile) {
        let mut pats = Vec::new();
        self.condition(&w.cond, &mut pats);
        self.with_pattern(&pats, |s| s.visit_block(&w.body));
    }
}
