//! `tokio::select!` lowered as tokio 1.54's macro expands it.
//!
//! ```text
//! cond_i = precondition (true when absent), for every branch, in order
//! fut_i  = future expression, for every branch (disabled ones too, as tokio does)
//! sel    = tokio::select!(biased, by_ref bits, cond.., fut..)   // rt/select.rs
//! top:   (i, v) = sel.await
//!        i == k && v matches pattern_k  => sel.select!drop(); bind; handler_k
//!        i == k (no match)              => goto top   (branch k is now disabled)
//!        i == n                         => else branch, or panic
//! ```
//! The handlers run in the enclosing function, so `break`, `continue`,
//! `return` and `?` in a handler mean what they mean in Rust.

use syn::parse::ParseStream;
use syn::Token;

use super::expr::FnBuilder;
use super::pos_of;
use super::ty::Ty;
use crate::ir::{BinOp, Const, Instr, IntTy, Slot};
use crate::macro_body::{self, Grammar, Select};

/// `tokio::select!`'s body as tokio reads it (`scan.rs` reads it too).
pub(super) fn parse_select(input: ParseStream) -> syn::Result<Select> {
    macro_body::parse_select(input, Grammar::Tokio)
}

/// A future given by reference is polled in place and never dropped by the select.
fn by_ref(e: &syn::Expr) -> bool {
    match e {
        syn::Expr::Reference(_) => true,
        syn::Expr::MethodCall(m) => m.method == "as_mut",
        syn::Expr::Paren(p) => by_ref(&p.expr),
        _ => false,
    }
}

impl FnBuilder<'_, '_> {
    /// `tokio::select! { .. }` (see the module docs).
    pub fn select_macro(&mut self, mac: &syn::Macro, dst: Slot, hint: &Ty) -> Ty {
        let pos = pos_of(mac);
        if mac.path.segments.len() > 1 && mac.path.segments[0].ident != "tokio" {
            self.unsupported(
                format_args!("`{}::select!` (only `tokio::select!` is modelled)", mac.path.segments[0].ident),
                mac,
            );
            return Ty::Unknown;
        }
        if mac.path.segments.len() == 1 {
            if let Some(full) = self.cx.imports.get("select") {
                if full.first().map(String::as_str) != Some("tokio") {
                    self.unsupported(format_args!("`{}!` (only `tokio::select!` is modelled)", full.join("::")), mac);
                    return Ty::Unknown;
                }
            }
        }
        let input = match mac.parse_body_with(parse_select) {
            Ok(i) => i,
            Err(e) => {
                let span = e.span().start();
                self.cx.diags.push(crate::report::Diagnostic::error(
                    "parse",
                    format!("in `select!`: {e}"),
                    crate::report::Pos { line: span.line as u32, column: span.column as u32 + 1 },
                ));
                return Ty::Unknown;
            }
        };
        let n = input.branches.len();
        if n == 0 {
            self.unsupported("`select!` without branches", mac);
            return Ty::Unknown;
        }
        if n > 64 {
            self.unsupported("`select!` with more than 64 branches", mac);
            return Ty::Unknown;
        }
        // [biased, by_ref bits, cond_0.., fut_0..]
        let args = self.alloc_n(2 + 2 * n);
        self.load_const(args, Const::Bool(input.biased));
        let bits: u64 = input.branches.iter().enumerate().filter(|(_, b)| by_ref(&b.fut)).map(|(i, _)| 1u64 << i).sum();
        self.load_const(args + 1, Const::Int(bits as i128, IntTy::U64));
        for (i, b) in input.branches.iter().enumerate() {
            let slot = args + 2 + i as u32;
            match &b.cond {
                Some(c) => {
                    self.eval_to(c, slot, &Ty::Bool);
                }
                None => self.load_const(slot, Const::Bool(true)),
            }
        }
        for (i, b) in input.branches.iter().enumerate() {
            let slot = args + 2 + (n + i) as u32;
            self.eval_to(&b.fut, slot, &Ty::Unknown);
            if !by_ref(&b.fut) {
                self.move_out(&b.fut);
            }
        }
        let sel = self.alloc();
        self.pos = pos;
        let path = self.cx.sym("tokio::select!");
        self.emit(Instr::CallPath { dst: sel, path, args, n: (2 + 2 * n) as u32 });
        let out = self.alloc();
        let top = self.f.code.len() as u32;
        self.emit(Instr::Await { dst: out, src: sel });
        let idx = self.alloc();
        self.emit(Instr::ObjField { dst: idx, src: out, idx: 0 });
        let val = self.alloc();
        self.emit(Instr::ObjField { dst: val, src: out, idx: 1 });
        let drop_sym = self.cx.sym("select!drop");
        let mut ends = Vec::new();
        let mut ty = Ty::Unknown;
        for (i, b) in input.branches.iter().enumerate() {
            self.pos = pos_of(&b.pat);
            let k = self.const_slot(Const::Int(i as i128, IntTy::Usize));
            let t = self.alloc();
            self.emit(Instr::Binary { op: BinOp::Eq, dst: t, a: idx, b: k });
            let next = self.emit(Instr::JumpIfNot { cond: t, target: 0 });
            self.push_scope_pub();
            let mut fails = Vec::new();
            self.declare_pattern(&b.pat, &Ty::Unknown);
            self.test_pattern(&b.pat, val, &mut fails, false, &Ty::Unknown);
            // The value did not match: this branch is disabled, keep selecting.
            for f in fails {
                self.patch_jump(f, top);
            }
            self.pos = pos;
            let r = self.alloc();
            self.emit(Instr::CallMethod { dst: r, name: drop_sym, args: sel, n: 1 });
            let h = if ty.is_known() { ty.clone() } else { hint.clone() };
            let t = self.eval_to(&b.handler, dst, &h);
            if !ty.is_known() {
                ty = t;
            }
            ends.push(self.emit(Instr::Jump { target: 0 }));
            self.pop_scope_pub();
            let here = self.f.code.len() as u32;
            self.patch_jump(next, here);
        }
        // Every branch is disabled.
        self.pos = pos;
        let r = self.alloc();
        self.emit(Instr::CallMethod { dst: r, name: drop_sym, args: sel, n: 1 });
        match &input.els {
            Some(e) => {
                let h = if ty.is_known() { ty.clone() } else { hint.clone() };
                let t = self.eval_to(e, dst, &h);
                if !ty.is_known() {
                    ty = t;
                }
            }
            None => {
                let msg = self
                    .const_slot(Const::Str(std::rc::Rc::from("all branches are disabled and there is no else branch")));
                self.pos = pos;
                self.emit(Instr::Panic { msg });
            }
        }
        let here = self.f.code.len() as u32;
        for j in ends {
            self.patch_jump(j, here);
        }
        ty
    }
}

impl FnBuilder<'_, '_> {
    /// `select!`, and the pinning macros: the VM does not move futures, so pinning is
    /// the identity: `tokio::pin!(fut);` / `futures::pin_mut!(fut);` leave the local as
    /// it is, `std::pin::pin!(fut)` is the future itself.
    pub fn select_family_macro(&mut self, mac: &syn::Macro, name: &str, dst: Slot, hint: &Ty) -> Ty {
        if name == "select" {
            return self.select_macro(mac, dst, hint);
        }
        let first = if mac.path.segments.len() > 1 {
            mac.path.segments[0].ident.to_string()
        } else {
            self.cx.imports.get(name).and_then(|p| p.first().cloned()).unwrap_or_default()
        };
        let args = match mac.parse_body_with(syn::punctuated::Punctuated::<syn::Expr, Token![,]>::parse_terminated) {
            Ok(a) => a,
            Err(_) => {
                self.unsupported(format_args!("this `{name}!` form"), mac);
                return Ty::Unknown;
            }
        };
        match first.as_str() {
            "tokio" | "futures"
                if args.iter().all(|a| matches!(a, syn::Expr::Path(p) if p.path.segments.len() == 1)) =>
            {
                for a in &args {
                    match self.lookup(&super::scan::single_ident(a).unwrap_or_default()) {
                        // The name is a `Pin<&mut _>` now; the future stays in a hidden local
                        // until the end of the block: moving the name (`drop(fut)`) must not drop it.
                        Some(l) => self.borrowed_from_now_on(l.slot),
                        None => {
                            self.unsupported(format_args!("`{name}!` of something that is not a local variable"), a)
                        }
                    }
                }
                self.load_const(dst, Const::Unit);
                Ty::Unit
            }
            "std" | "core" if args.len() == 1 => self.eval_to(&args[0], dst, hint),
            _ => {
                self.unsupported(format_args!("this `{name}!` form"), mac);
                Ty::Unknown
            }
        }
    }
}
