//! Patterns: tests that jump to a failure label, and bindings.
//!
//! Lowering a pattern is two steps: `declare_pattern` allocates a slot for
//! each name it binds (once, so every `|` alternative binds the same slots),
//! then `test_pattern` emits the tests and the stores.
//! `ref_mode` (matching through `&mut`, or `ref mut`) binds references to
//! the matched places instead of copies.

use super::expr::FnBuilder;
use super::pos_of;
use super::ty::Ty;
use crate::ir::{self, BinOp, Const, Instr, RangeKind, Slot, TypeKind};

impl FnBuilder<'_, '_> {
    /// Is this identifier pattern a binding (not a unit variant, unit struct or const)?
    fn ident_is_binding(&self, name: &str) -> bool {
        if let Some((_, _, 0)) = self.resolve_variant(&[name.to_string()]) {
            return false;
        }
        !self.cx.globals_by_name.contains_key(name)
    }

    pub fn declare_pattern(&mut self, pat: &syn::Pat, ty: &Ty) {
        match pat {
            syn::Pat::Ident(pi) => {
                let name = pi.ident.to_string();
                if pi.subpat.is_none() && !self.ident_is_binding(&name) {
                    return;
                }
                self.new_binding(&name, ty.clone());
                if let Some((_, sub)) = &pi.subpat {
                    self.declare_pattern(sub, ty);
                }
            }
            syn::Pat::Or(o) => {
                if let Some(first) = o.cases.first() {
                    self.declare_pattern(first, ty);
                }
            }
            syn::Pat::Paren(p) => self.declare_pattern(&p.pat, ty),
            syn::Pat::Reference(r) => self.declare_pattern(&r.pat, ty.strip_ref()),
            syn::Pat::Tuple(t) => {
                let tys = match ty.strip_ref() {
                    Ty::Tuple(ts) => ts.clone(),
                    _ => Vec::new(),
                };
                for (i, p) in t.elems.iter().enumerate() {
                    self.declare_pattern(p, &tys.get(i).cloned().unwrap_or_default());
                }
            }
            syn::Pat::TupleStruct(ts) => {
                let inner = match ty.strip_ref() {
                    Ty::Option(t) => (**t).clone(),
                    Ty::Result(t, e) => {
                        let last = ts.path.segments.last().map(|s| s.ident.to_string()).unwrap_or_default();
                        if last == "Err" {
                            (**e).clone()
                        } else {
                            (**t).clone()
                        }
                    }
                    _ => Ty::Unknown,
                };
                for p in &ts.elems {
                    self.declare_pattern(p, &inner);
                }
            }
            syn::Pat::Struct(s) => {
                for f in &s.fields {
                    self.declare_pattern(&f.pat, &Ty::Unknown);
                }
            }
            syn::Pat::Slice(s) => {
                let elem = ty.elem();
                for p in &s.elems {
                    self.declare_pattern(p, &elem);
                }
            }
            syn::Pat::Type(t) => {
                let ty = self.cx.ty_of(&t.ty);
                self.declare_pattern(&t.pat, &ty);
            }
            _ => {}
        }
    }

    /// Emit the tests of `pat` against the value in `src`; failing jumps go in `fails`.
    pub fn test_pattern(&mut self, pat: &syn::Pat, src: Slot, fails: &mut Vec<usize>, ref_mode: bool, ty: &Ty) {
        match pat {
            syn::Pat::Wild(_) | syn::Pat::Rest(_) => {}
            syn::Pat::Ident(pi) => {
                let name = pi.ident.to_string();
                if pi.subpat.is_none() && !self.ident_is_binding(&name) {
                    self.test_value_path(&[name], src, fails, pat);
                    return;
                }
                if let Some((_, sub)) = &pi.subpat {
                    self.test_pattern(sub, src, fails, ref_mode, ty);
                }
                let Some(local) = self.lookup(&name).cloned() else { return };
                if local.cell {
                    self.emit(Instr::NewCell { slot: local.slot });
                    let t = self.alloc();
                    self.emit(Instr::Copy { dst: t, src });
                    self.emit(Instr::StoreCell { cell: local.slot, src: t });
                } else if ref_mode || pi.by_ref.is_some() {
                    self.emit(Instr::Move { dst: local.slot, src });
                } else {
                    self.emit(Instr::Copy { dst: local.slot, src });
                }
            }
            syn::Pat::Lit(l) => {
                let c = self.alloc();
                self.pattern_literal(&l.lit, c, ty);
                let t = self.alloc();
                self.emit(Instr::Binary { op: BinOp::Eq, dst: t, a: src, b: c });
                fails.push(self.emit(Instr::JumpIfNot { cond: t, target: 0 }));
            }
            syn::Pat::Range(r) => {
                let lo = self.alloc();
                let hi = self.alloc();
                match &r.start {
                    Some(e) => self.range_bound(e, lo, ty),
                    None => self.load_const(lo, Const::Unit),
                }
                match &r.end {
                    Some(e) => self.range_bound(e, hi, ty),
                    None => self.load_const(hi, Const::Unit),
                }
                let inclusive = matches!(r.limits, syn::RangeLimits::Closed(_));
                let t = self.alloc();
                self.emit(Instr::InRange { dst: t, src, lo, hi, inclusive });
                fails.push(self.emit(Instr::JumpIfNot { cond: t, target: 0 }));
            }
            syn::Pat::Or(o) => {
                let mut oks = Vec::new();
                let n = o.cases.len();
                for (i, case) in o.cases.iter().enumerate() {
                    let mut case_fails = Vec::new();
                    self.test_pattern(case, src, &mut case_fails, ref_mode, ty);
                    if i + 1 == n {
                        fails.extend(case_fails);
                    } else {
                        oks.push(self.emit(Instr::Jump { target: 0 }));
                        let here = self.f.code.len() as u32;
                        for f in case_fails {
                            self.patch_jump(f, here);
                        }
                    }
                }
                let here = self.f.code.len() as u32;
                for j in oks {
                    self.patch_jump(j, here);
                }
            }
            syn::Pat::Paren(p) => self.test_pattern(&p.pat, src, fails, ref_mode, ty),
            syn::Pat::Reference(r) => self.test_pattern(&r.pat, src, fails, ref_mode, ty.strip_ref()),
            syn::Pat::Type(t) => {
                let ty = self.cx.ty_of(&t.ty);
                self.test_pattern(&t.pat, src, fails, ref_mode, &ty)
            }
            syn::Pat::Tuple(t) => {
                let tys = match ty.strip_ref() {
                    Ty::Tuple(ts) => ts.clone(),
                    _ => Vec::new(),
                };
                let rest = t.elems.iter().position(|p| matches!(p, syn::Pat::Rest(_)));
                let arity = tys.len();
                if rest.is_some_and(|r| r + 1 != t.elems.len()) && arity == 0 {
                    self.unsupported("`..` before the end of a pattern on a tuple of unknown size", pat);
                    return;
                }
                let n_after = rest.map(|r| t.elems.len() - r - 1).unwrap_or(0);
                for (i, p) in t.elems.iter().enumerate() {
                    if matches!(p, syn::Pat::Rest(_)) {
                        continue;
                    }
                    let idx = match rest {
                        Some(r) if i > r => arity - n_after + (i - r - 1),
                        _ => i,
                    };
                    self.test_field(p, src, idx as u32, fails, ref_mode, &tys.get(idx).cloned().unwrap_or_default());
                }
            }
            syn::Pat::TupleStruct(ts) => {
                let segs: Vec<String> = ts.path.segments.iter().map(|s| s.ident.to_string()).collect();
                let Some((tid, variant, n)) = self.resolve_variant(&segs) else {
                    self.unsupported(format_args!("pattern `{}`", segs.join("::")), pat);
                    return;
                };
                if self.is_enum(tid) {
                    let t = self.alloc();
                    self.emit(Instr::IsVariant { dst: t, src, ty: tid, variant });
                    fails.push(self.emit(Instr::JumpIfNot { cond: t, target: 0 }));
                }
                let inner = match ty.strip_ref() {
                    Ty::Option(t) => (**t).clone(),
                    Ty::Result(t, e) => {
                        if variant == 1 {
                            (**e).clone()
                        } else {
                            (**t).clone()
                        }
                    }
                    _ => Ty::Unknown,
                };
                let rest = ts.elems.iter().position(|p| matches!(p, syn::Pat::Rest(_)));
                let n_after = rest.map(|r| ts.elems.len() - r - 1).unwrap_or(0);
                for (i, p) in ts.elems.iter().enumerate() {
                    if matches!(p, syn::Pat::Rest(_)) {
                        continue;
                    }
                    let idx = match rest {
                        Some(r) if i > r => n - n_after + (i - r - 1),
                        _ => i,
                    };
                    if !ref_mode {
                        self.note_field_move(p, src, (tid, variant), idx as u32);
                    }
                    self.test_field(p, src, idx as u32, fails, ref_mode, &inner);
                }
            }
            syn::Pat::Struct(s) => {
                let segs: Vec<String> = s.path.segments.iter().map(|s| s.ident.to_string()).collect();
                let norm = self.normalize_path(&segs);
                let (tid, variant, names) = if let Some((tid, variant, _)) =
                    self.resolve_variant(&norm).filter(|_| norm.len() >= 2 || self.cx.resolve_type(&norm[0]).is_none())
                {
                    let names = match self.cx.prog.types.get(tid as usize).map(|t| &t.kind) {
                        Some(TypeKind::Enum { variants }) => {
                            variants.get(variant as usize).map(|v| v.fields.clone()).unwrap_or_default()
                        }
                        _ => Vec::new(),
                    };
                    (tid, variant, names)
                } else {
                    let name = norm.last().cloned().unwrap_or_default();
                    let name = if name == "Self" { self.self_name().unwrap_or(name) } else { name };
                    match self.cx.resolve_type(&name).and_then(|id| {
                        match self.cx.prog.types.get(id as usize).map(|t| &t.kind) {
                            Some(TypeKind::Struct { fields, .. }) => Some((id, 0, fields.clone())),
                            _ => None,
                        }
                    }) {
                        Some(x) => x,
                        None => {
                            self.unsupported(format_args!("pattern `{}`", segs.join("::")), pat);
                            return;
                        }
                    }
                };
                if self.is_enum(tid) {
                    let t = self.alloc();
                    self.emit(Instr::IsVariant { dst: t, src, ty: tid, variant });
                    fails.push(self.emit(Instr::JumpIfNot { cond: t, target: 0 }));
                }
                let ftys = self.cx.field_types.get(&tid).cloned().unwrap_or_default();
                for fp in &s.fields {
                    let fname = match &fp.member {
                        syn::Member::Named(n) => n.to_string(),
                        syn::Member::Unnamed(i) => i.index.to_string(),
                    };
                    let Some(i) = names.iter().position(|f| *f == fname) else {
                        self.unsupported(format_args!("field `{fname}` in pattern"), &fp.member);
                        continue;
                    };
                    let fty = if variant == 0 { ftys.get(i).cloned().unwrap_or_default() } else { Ty::Unknown };
                    if !ref_mode {
                        self.note_field_move(&fp.pat, src, (tid, variant), i as u32);
                    }
                    self.test_field(&fp.pat, src, i as u32, fails, ref_mode, &fty);
                }
            }
            syn::Pat::Path(p) => {
                let segs: Vec<String> = p.path.segments.iter().map(|s| s.ident.to_string()).collect();
                self.test_value_path(&segs, src, fails, pat);
            }
            syn::Pat::Slice(s) => self.slice_pattern(s, src, fails, ref_mode, ty),
            syn::Pat::Const(c) => self.unsupported("`const` block pattern", c),
            other => self.unsupported("this pattern", other),
        }
    }

    fn is_enum(&self, tid: ir::TypeId) -> bool {
        matches!(self.cx.prog.types.get(tid as usize).map(|t| &t.kind), Some(TypeKind::Enum { .. }))
    }

    pub fn patch_jump(&mut self, at: usize, target: u32) {
        match self.f.code.get_mut(at) {
            Some(Instr::Jump { target: t })
            | Some(Instr::JumpIf { target: t, .. })
            | Some(Instr::JumpIfNot { target: t, .. })
            | Some(Instr::ForNext { done: t, .. }) => *t = target,
            _ => {}
        }
    }

    fn test_field(&mut self, p: &syn::Pat, src: Slot, idx: u32, fails: &mut Vec<usize>, ref_mode: bool, ty: &Ty) {
        if matches!(p, syn::Pat::Wild(_)) {
            return;
        }
        let by_ref = ref_mode || matches!(p, syn::Pat::Ident(pi) if pi.by_ref.is_some() && pi.mutability.is_some());
        let t = self.alloc();
        if by_ref && matches!(p, syn::Pat::Ident(_)) {
            self.emit(Instr::ObjFieldRef { dst: t, src, idx });
        } else {
            self.emit(Instr::ObjField { dst: t, src, idx });
        }
        self.test_pattern(p, t, fails, ref_mode, ty);
        // A by-value binding now holds the field: the temporary must not keep a handle alive
        // until the statement or match arm ends (`Some(S { tx, .. }) => { drop(tx); .. }`).
        if self.cx.drops && !by_ref && matches!(p, syn::Pat::Ident(pi) if pi.subpat.is_none()) {
            self.emit(Instr::ClearSlots { from: t, n: 1 });
        }
    }

    /// A path in a pattern: unit variant, unit struct or const.
    fn test_value_path(&mut self, segs: &[String], src: Slot, fails: &mut Vec<usize>, node: &syn::Pat) {
        if let Some((tid, variant, _)) = self.resolve_variant(segs) {
            if self.is_enum(tid) {
                let t = self.alloc();
                self.emit(Instr::IsVariant { dst: t, src, ty: tid, variant });
                fails.push(self.emit(Instr::JumpIfNot { cond: t, target: 0 }));
            }
            return;
        }
        let norm = self.normalize_path(segs);
        let key = norm.join("::");
        let last = norm.last().cloned().unwrap_or_default();
        if let Some((idx, _, _)) =
            self.cx.globals_by_name.get(&key).or_else(|| self.cx.globals_by_name.get(&last)).cloned()
        {
            let c = self.alloc();
            self.emit(Instr::Global { dst: c, idx });
            let t = self.alloc();
            self.emit(Instr::Binary { op: BinOp::Eq, dst: t, a: src, b: c });
            fails.push(self.emit(Instr::JumpIfNot { cond: t, target: 0 }));
            return;
        }
        self.unsupported(format_args!("pattern `{}`", segs.join("::")), node);
    }

    fn range_bound(&mut self, e: &syn::Expr, dst: Slot, ty: &Ty) {
        match e {
            syn::Expr::Lit(l) => self.pattern_literal(&l.lit, dst, ty),
            other => {
                self.eval_to(other, dst, ty);
            }
        }
    }

    /// A literal in a pattern (may be negative: syn folds the sign into the literal).
    fn pattern_literal(&mut self, lit: &syn::Lit, dst: Slot, ty: &Ty) {
        if let syn::Lit::Int(i) = lit {
            let t = match i.suffix() {
                "" => match ty.strip_ref() {
                    Ty::Int(t) => *t,
                    _ => ir::IntTy::I32,
                },
                s => ir::IntTy::from_name(s).unwrap_or(ir::IntTy::I32),
            };
            match i.base10_parse::<i128>() {
                Ok(v) => self.load_const(dst, Const::Int(v, t)),
                Err(_) => self.unsupported("this integer literal", i),
            }
            return;
        }
        if let syn::Lit::Float(f) = lit {
            let v: f64 = f.base10_parse().unwrap_or(0.0);
            let t = match ty.strip_ref() {
                Ty::Float(t) => *t,
                _ => ir::FloatTy::F64,
            };
            self.load_const(dst, Const::Float(v, t));
            return;
        }
        let saved = self.pos;
        self.pos = pos_of(lit);
        let e = syn::Expr::Lit(syn::ExprLit { attrs: Vec::new(), lit: lit.clone() });
        self.eval_to(&e, dst, ty);
        self.pos = saved;
    }

    fn slice_pattern(&mut self, s: &syn::PatSlice, src: Slot, fails: &mut Vec<usize>, ref_mode: bool, ty: &Ty) {
        let elem = ty.elem();
        let rest = s.elems.iter().position(is_rest);
        let n = s.elems.len();
        let len = self.alloc();
        self.emit(Instr::Len { dst: len, src });
        let fixed = if rest.is_some() { n - 1 } else { n };
        let want = self.const_slot(Const::Int(fixed as i128, ir::IntTy::Usize));
        let t = self.alloc();
        let op = if rest.is_some() { BinOp::Ge } else { BinOp::Eq };
        self.emit(Instr::Binary { op, dst: t, a: len, b: want });
        fails.push(self.emit(Instr::JumpIfNot { cond: t, target: 0 }));
        for (i, p) in s.elems.iter().enumerate() {
            let idx = self.alloc();
            match rest {
                Some(r) if i == r => {
                    // `rest @ ..` binds the middle sub-slice.
                    if let syn::Pat::Ident(pi) = p {
                        let lo = self.const_slot(Const::Int(r as i128, ir::IntTy::Usize));
                        let after = self.const_slot(Const::Int((n - r - 1) as i128, ir::IntTy::Usize));
                        let hi = self.alloc();
                        self.emit(Instr::Binary { op: BinOp::Sub, dst: hi, a: len, b: after });
                        let range = self.alloc();
                        self.emit(Instr::MakeRange { dst: range, lo, hi, kind: RangeKind::HalfOpen });
                        let sub = self.alloc();
                        self.emit(Instr::Index { dst: sub, obj: src, idx: range });
                        let _ = pi;
                        self.test_pattern(p, sub, fails, ref_mode, ty);
                    }
                    continue;
                }
                Some(r) if i > r => {
                    let back = self.const_slot(Const::Int((n - i) as i128, ir::IntTy::Usize));
                    self.emit(Instr::Binary { op: BinOp::Sub, dst: idx, a: len, b: back });
                }
                _ => self.load_const(idx, Const::Int(i as i128, ir::IntTy::Usize)),
            }
            if matches!(p, syn::Pat::Wild(_)) {
                continue;
            }
            let item = self.alloc();
            if ref_mode {
                self.emit(Instr::RefIndex { dst: item, obj: src, idx });
            } else {
                self.emit(Instr::ElemOf { dst: item, src, idx });
            }
            self.test_pattern(p, item, fails, ref_mode, &elem);
        }
    }
}

fn is_rest(p: &syn::Pat) -> bool {
    match p {
        syn::Pat::Rest(_) => true,
        syn::Pat::Ident(pi) => matches!(&pi.subpat, Some((_, sub)) if matches!(&**sub, syn::Pat::Rest(_))),
        _ => false,
    }
}
