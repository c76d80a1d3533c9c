//! Literals (typed by context), unary and binary operators, compound assignment, assignment, and conditions (including `let` chains).

use super::*;

impl<'c, 'a> FnBuilder<'c, 'a> {
    pub(super) fn literal(&mut self, lit: &syn::Lit, dst: Slot, hint: &Ty, negate: bool) -> Ty {
        match lit {
            syn::Lit::Int(i) => {
                let suffix = i.suffix();
                let ty = if suffix.is_empty() {
                    match hint.strip_ref() {
                        Ty::Int(t) => Ty::Int(*t),
                        Ty::Float(f) => Ty::Float(*f),
                        _ => Ty::Int(IntTy::I32),
                    }
                } else if let Some(t) = IntTy::from_name(suffix) {
                    Ty::Int(t)
                } else if suffix == "f64" {
                    Ty::Float(FloatTy::F64)
                } else if suffix == "f32" {
                    Ty::Float(FloatTy::F32)
                } else {
                    Ty::Int(IntTy::I32)
                };
                let Ok(v) = i.base10_parse::<u128>() else {
                    self.unsupported("this integer literal", i);
                    return ty;
                };
                match ty {
                    Ty::Float(f) => {
                        let v = if negate { -(v as f64) } else { v as f64 };
                        self.load_const(dst, Const::Float(v, f));
                    }
                    Ty::Int(t) => {
                        if v > i128::MAX as u128 {
                            // Only a u128 (stored as its bit pattern) or `-2^127` can be this large.
                            let v = match (t, negate) {
                                (IntTy::U128, false) => v as i128,
                                (_, true) if v == 1u128 << 127 => i128::MIN,
                                _ => {
                                    self.unsupported("integer literals above i128::MAX that are not `u128`", i);
                                    0
                                }
                            };
                            self.load_const(dst, Const::Int(v, t));
                            return Ty::Int(t);
                        }
                        let v = v as i128;
                        let v = if negate { -v } else { v };
                        let explicit = !i.suffix().is_empty() || matches!(hint.strip_ref(), Ty::Int(_));
                        let t = if !explicit && (v > t.max() || v < t.min()) {
                            // rustc inferred a wider type from a use we do not track.
                            if v >= i64::MIN as i128 && v <= i64::MAX as i128 {
                                IntTy::I64
                            } else {
                                IntTy::I128
                            }
                        } else {
                            t
                        };
                        if v > t.max() || v < t.min() {
                            self.cx.diags.push(crate::report::Diagnostic::error(
                                "type",
                                format!("literal out of range for `{}`", t.name()),
                                pos_of(i),
                            ));
                        }
                        self.load_const(dst, Const::Int(v, t));
                        return Ty::Int(t);
                    }
                    _ => {}
                }
                ty
            }
            syn::Lit::Float(f) => {
                let ty = match f.suffix() {
                    "f32" => FloatTy::F32,
                    "f64" => FloatTy::F64,
                    _ => match hint.strip_ref() {
                        Ty::Float(t) => *t,
                        _ => FloatTy::F64,
                    },
                };
                let v: f64 = f.base10_parse().unwrap_or(0.0);
                let v = if negate { -v } else { v };
                let v = if ty == FloatTy::F32 { v as f32 as f64 } else { v };
                self.load_const(dst, Const::Float(v, ty));
                Ty::Float(ty)
            }
            syn::Lit::Str(s) => {
                self.load_const(dst, Const::Str(Rc::from(s.value().as_str())));
                Ty::Str
            }
            syn::Lit::Char(c) => {
                self.load_const(dst, Const::Char(c.value()));
                Ty::Char
            }
            syn::Lit::Bool(b) => {
                self.load_const(dst, Const::Bool(b.value));
                Ty::Bool
            }
            syn::Lit::Byte(b) => {
                self.load_const(dst, Const::Int(b.value() as i128, IntTy::U8));
                Ty::Int(IntTy::U8)
            }
            syn::Lit::ByteStr(bs) => {
                let bytes = bs.value();
                let args = self.alloc_n(bytes.len());
                for (i, b) in bytes.iter().enumerate() {
                    self.load_const(args + i as u32, Const::Int(*b as i128, IntTy::U8));
                }
                self.emit(Instr::MakeVec { dst, args, n: bytes.len() as u32 });
                Ty::Vec(Box::new(Ty::Int(IntTy::U8)))
            }
            other => {
                self.unsupported("this literal", other);
                Ty::Unknown
            }
        }
    }

    pub(super) fn binary(&mut self, b: &syn::ExprBinary, dst: Slot, hint: &Ty) -> Ty {
        use syn::BinOp as B;
        let op = match b.op {
            B::And(_) | B::Or(_) => {
                let is_and = matches!(b.op, B::And(_));
                self.eval_to(&b.left, dst, &Ty::Bool);
                self.pos = pos_of(b);
                let j = if is_and {
                    self.emit(Instr::JumpIfNot { cond: dst, target: 0 })
                } else {
                    self.emit(Instr::JumpIf { cond: dst, target: 0 })
                };
                self.eval_to(&b.right, dst, &Ty::Bool);
                let here = self.here();
                self.patch(j, here);
                return Ty::Bool;
            }
            B::Add(_) => BinOp::Add,
            B::Sub(_) => BinOp::Sub,
            B::Mul(_) => BinOp::Mul,
            B::Div(_) => BinOp::Div,
            B::Rem(_) => BinOp::Rem,
            B::BitAnd(_) => BinOp::BitAnd,
            B::BitOr(_) => BinOp::BitOr,
            B::BitXor(_) => BinOp::BitXor,
            B::Shl(_) => BinOp::Shl,
            B::Shr(_) => BinOp::Shr,
            B::Eq(_) => BinOp::Eq,
            B::Ne(_) => BinOp::Ne,
            B::Lt(_) => BinOp::Lt,
            B::Le(_) => BinOp::Le,
            B::Gt(_) => BinOp::Gt,
            B::Ge(_) => BinOp::Ge,
            B::AddAssign(_) => return self.compound(b, BinOp::Add, dst),
            B::SubAssign(_) => return self.compound(b, BinOp::Sub, dst),
            B::MulAssign(_) => return self.compound(b, BinOp::Mul, dst),
            B::DivAssign(_) => return self.compound(b, BinOp::Div, dst),
            B::RemAssign(_) => return self.compound(b, BinOp::Rem, dst),
            B::BitAndAssign(_) => return self.compound(b, BinOp::BitAnd, dst),
            B::BitOrAssign(_) => return self.compound(b, BinOp::BitOr, dst),
            B::BitXorAssign(_) => return self.compound(b, BinOp::BitXor, dst),
            B::ShlAssign(_) => return self.compound(b, BinOp::Shl, dst),
            B::ShrAssign(_) => return self.compound(b, BinOp::Shr, dst),
            _ => {
                self.unsupported("this operator", b);
                return Ty::Unknown;
            }
        };
        let cmp = matches!(op, BinOp::Eq | BinOp::Ne | BinOp::Lt | BinOp::Le | BinOp::Gt | BinOp::Ge);
        let shift = matches!(op, BinOp::Shl | BinOp::Shr);
        let operand_hint = if cmp || shift { Ty::Unknown } else { hint.clone() };
        // Type the literal side from the other side.
        let (l, r, lty) = if shift {
            // `1 << 40` has the type of its left operand.
            let (l, lty) = self.operand(&b.left, hint);
            let (r, _) = self.operand(&b.right, &Ty::Unknown);
            (l, r, lty)
        } else if is_unsuffixed_lit(&b.left) && !is_unsuffixed_lit(&b.right) {
            let (r, rty) = self.operand(&b.right, &operand_hint);
            let lh = if shift {
                Ty::Unknown
            } else if rty.is_known() {
                rty.clone()
            } else {
                operand_hint.clone()
            };
            let (l, lty) = self.operand(&b.left, &lh);
            (l, r, lty)
        } else {
            let (l, lty) = self.operand(&b.left, &operand_hint);
            let rh = if shift {
                Ty::Unknown
            } else if lty.is_known() {
                lty.clone()
            } else {
                operand_hint.clone()
            };
            let (r, _) = self.operand(&b.right, &rh);
            (l, r, lty)
        };
        if !shift {
            let rty = self.static_ty(&b.right);
            self.note_use(&b.left, &rty);
            self.note_use(&b.right, &lty);
        }
        self.pos = pos_of(b);
        self.emit(Instr::Binary { op, dst, a: l, b: r });
        if cmp {
            Ty::Bool
        } else {
            match lty.strip_ref() {
                Ty::Str => Ty::String,
                t => t.clone(),
            }
        }
    }

    /// `place op= value`.
    fn compound(&mut self, b: &syn::ExprBinary, op: BinOp, dst: Slot) -> Ty {
        self.pos = pos_of(b);
        // For primitive operands Rust evaluates the right side first (`v[idx()] += value()`).
        let lty = self.place_ty(&b.left);
        let rh = if matches!(op, BinOp::Shl | BinOp::Shr) { Ty::Unknown } else { lty.strip_ref().clone() };
        let primitive = !matches!(lty.strip_ref(), Ty::String | Ty::Vec(_) | Ty::Adt(_) | Ty::Map(..) | Ty::Set(_));
        let early = if primitive {
            let t = self.alloc();
            let rty = self.eval_to(&b.right, t, &rh);
            Some((t, rty))
        } else {
            None
        };
        let Some((place, ty)) = self.place(&b.left, &Ty::Unknown) else {
            self.unsupported("this assignment target", &b.left);
            return Ty::Unit;
        };
        let (r, rty) = match early {
            Some(x) => x,
            None => self.operand(&b.right, &rh),
        };
        if !matches!(op, BinOp::Shl | BinOp::Shr) {
            // An unsuffixed literal's i32 is a default, not evidence (`x += 10` on a `u8`).
            if !is_unsuffixed_lit(&b.right) {
                self.note_use(&b.left, &rty);
            }
            self.note_use(&b.right, &ty);
        }
        self.pos = pos_of(b);
        let (cur, place) = match place {
            Place::Local(l) if !l.cell => (l.slot, Place::Local(l)),
            Place::Local(l) => {
                let t = self.alloc();
                self.emit(Instr::LoadCell { dst: t, cell: l.slot });
                (t, Place::Local(l))
            }
            Place::Field(obj, f) => {
                let t = self.read_place(Place::Field(obj, f.clone()), false);
                (t, Place::Field(obj, f))
            }
            Place::Index(obj, idx) => {
                let t = self.alloc();
                self.emit(Instr::Index { dst: t, obj, idx });
                (t, Place::Index(obj, idx))
            }
            Place::Deref(r) => {
                let t = self.alloc();
                self.emit(Instr::Deref { dst: t, src: r });
                (t, Place::Deref(r))
            }
            Place::Temp(t) => (t, Place::Temp(t)),
        };
        // `s += "x"` on a String appends in place.
        let t = if let Place::Local(l) = &place {
            if !l.cell {
                l.slot
            } else {
                self.alloc()
            }
        } else {
            self.alloc()
        };
        self.emit(Instr::Binary { op, dst: t, a: cur, b: r });
        self.write_place(place, t);
        self.load_const(dst, Const::Unit);
        Ty::Unit
    }

    pub(super) fn assign(&mut self, left: &syn::Expr, right: &syn::Expr) {
        // `_ = e;` and tuple destructuring assignment `(a, b) = (b, a);`
        if let syn::Expr::Infer(_) = left {
            let t = self.alloc();
            self.eval_to(right, t, &Ty::Unknown);
            return;
        }
        if let syn::Expr::Tuple(tl) = left {
            let t = self.alloc();
            self.eval_to(right, t, &Ty::Unknown);
            for (i, el) in tl.elems.iter().enumerate() {
                let f = self.alloc();
                self.emit(Instr::ObjField { dst: f, src: t, idx: i as u32 });
                if let syn::Expr::Infer(_) = el {
                    continue;
                }
                match self.place(el, &Ty::Unknown) {
                    Some((p, _)) => self.write_place(p, f),
                    None => self.unsupported("this assignment target", el),
                }
            }
            return;
        }
        // Rust evaluates the assigned value before the place (`v[idx()] = value()`).
        let hint = self.place_ty(left);
        let t = self.alloc();
        self.eval_to(right, t, hint.strip_ref());
        self.move_out(right);
        let Some((place, _)) = self.place(left, &Ty::Unknown) else {
            self.unsupported("this assignment target", left);
            return;
        };
        self.pos = pos_of(left);
        self.write_place(place, t);
    }

    pub(super) fn unary(&mut self, u: &syn::ExprUnary, dst: Slot, hint: &Ty) -> Ty {
        match u.op {
            syn::UnOp::Neg(_) => {
                if let syn::Expr::Lit(l) = &*u.expr {
                    self.pos = pos_of(u);
                    return self.literal(&l.lit, dst, hint, true);
                }
                let (s, ty) = self.operand(&u.expr, hint);
                self.pos = pos_of(u);
                self.emit(Instr::Unary { op: UnOp::Neg, dst, src: s });
                ty
            }
            syn::UnOp::Not(_) => {
                let (s, ty) = self.operand(&u.expr, hint);
                self.pos = pos_of(u);
                self.emit(Instr::Unary { op: UnOp::Not, dst, src: s });
                ty
            }
            syn::UnOp::Deref(_) => {
                let (s, ty) = self.operand(&u.expr, &Ty::Unknown);
                let (s, ty) = self.user_deref(s, ty, &u.expr);
                self.pos = pos_of(u);
                self.emit(Instr::Deref { dst, src: s });
                self.emit(Instr::Copy { dst, src: dst });
                ty.strip_ref().clone()
            }
            _ => {
                self.unsupported("this unary operator", u);
                Ty::Unknown
            }
        }
    }

    // ---------------------------------------------------------------- control flow

    /// Emit a condition; jumps to be patched to the false branch go in `fails`.
    /// `let` conditions bind their names into the current scope.
    pub(super) fn cond(&mut self, e: &syn::Expr, fails: &mut Vec<usize>) {
        match e {
            syn::Expr::Let(l) => {
                let ref_mode = matches!(&*l.expr, syn::Expr::Reference(r) if r.mutability.is_some());
                let (s, ty) = self.operand(&l.expr, &Ty::Unknown);
                self.pos = pos_of(l);
                self.declare_pattern(&l.pat, &ty);
                self.own_bindings(&l.pat, &l.expr);
                self.begin_field_moves(&l.expr, ref_mode);
                self.test_pattern(&l.pat, s, fails, ref_mode, &ty);
                self.end_field_moves();
            }
            syn::Expr::Binary(b) if matches!(b.op, syn::BinOp::And(_)) && contains_let(e) => {
                self.cond(&b.left, fails);
                self.cond(&b.right, fails);
            }
            syn::Expr::Paren(p) => self.cond(&p.expr, fails),
            _ => {
                let (c, _) = self.operand(e, &Ty::Bool);
                self.pos = pos_of(e);
                fails.push(self.emit(Instr::JumpIfNot { cond: c, target: 0 }));
            }
        }
    }

    pub(super) fn cond_to_bool(&mut self, e: &syn::Expr, dst: Slot) {
        self.push_scope();
        let mut fails = Vec::new();
        self.cond(e, &mut fails);
        self.load_const(dst, Const::Bool(true));
        let j = self.emit(Instr::Jump { target: 0 });
        self.patch_all(fails);
        self.load_const(dst, Const::Bool(false));
        let here = self.here();
        self.patch(j, here);
        self.pop_scope();
    }
}
