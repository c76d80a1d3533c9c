//! Compile errors rustc reports that the grader can be sure of, with rustc's code as the
//! diagnostic's code (`E0425`) and rustc's wording, so `render` prints
//! `error[E0425]: cannot find value `x` in this scope` as rustc does.
//!
//! One walk over every function body keeps the locals in scope and checks:
//! - `E0425` a single name that is no local, item, import or prelude value;
//! - `E0061` a call of the learner's own function with the wrong number of arguments (`E0057`
//!   for a local bound to a closure literal);
//! - `E0063`/`E0560` a struct literal of the learner's struct missing a field or naming
//!   one it lacks; `E0609`/`E0599` a field or method that a local of the learner's struct
//!   type does not have (the type known from `let x = S { .. }` or `S::new(..)`), and
//!   `S::f(..)` that `S` has no associated function `f`;
//! - `E0277` `?` in a function that returns `()` (such as `main`);
//! - a future used as its output (the forgotten `.await`): bound to a typed `let` (`E0308`),
//!   a field read on it (`E0609`).
//!
//! **Invariant:** no false rejections: a rule fires only where the program certainly does
//! not compile; when unsure (a macro it cannot see into, a glob import of another crate,
//! a trait that might supply a method, a `Deref` impl) it says nothing.
//! `tests/compile_errors.rs` measures the recall against real rustc and checks every
//! compiling program of the repository (the control group).

mod borrows;
mod escapes;
mod items;
mod moves;
mod mutability;
mod objects;
mod paths;
mod prim;
mod returned;
mod std_methods;
mod types;

use crate::vec_map::VecSet;

use syn::{Block, Expr, Pat, Stmt};

use crate::lint::syntax::{macro_exprs, macro_name, pat_bindings, pos_of, strip};
use crate::report::{Diagnostic, Pos};
use items::Items;

/// Append the compile errors of `file` to `out`.
pub fn check(file: &syn::File, out: &mut Vec<Diagnostic>) {
    let items = Items::collect(file);
    if items.unsure {
        return;
    }
    let mut w = Walker {
        items: &items,
        scopes: Vec::new(),
        out: Vec::new(),
        returns_unit: Vec::new(),
        unit_async: Vec::new(),
        boundaries: Vec::new(),
        self_shared: false,
        tail: None,
    };
    for f in &items.fns {
        w.scopes.push(Scope::default());
        for p in &f.params {
            w.bind(p);
        }
        let params: Vec<_> = f.inputs.iter().filter_map(|i| mutability::of_param(&items, i)).collect();
        w.scopes.last_mut().expect("a scope").muts.extend(params);
        w.self_shared = mutability::shared_self(&f.inputs);
        for input in &f.inputs {
            if let syn::FnArg::Typed(t) = input {
                if let (Pat::Ident(i), Some(k)) = (&*t.pat, w.want_kind(&t.ty)) {
                    w.scopes.last_mut().expect("a scope").kinds.push((i.ident.to_string(), k));
                }
            }
        }
        w.returns_unit.push(f.returns_unit);
        w.tail = None;
        if f.returns_unit {
            w.tail = Some((&f.body, None));
        }
        if let (Some(ty), Some(Stmt::Expr(tail, None))) = (&f.ret, f.body.stmts.last()) {
            if items::concrete_type(ty) {
                if let Some(fut) = w.future_value(tail) {
                    w.out.push(future_mismatch(ty, tail, &fut));
                } else if let Some(want) = w.want_kind(ty) {
                    w.tail = Some((&f.body, Some(want)));
                }
            }
        }
        w.block(&f.body);
        moves::check(&items, &f.body, &mut w.out);
        if let Some(sig) = &f.sig {
            returned::check(&items, sig, &f.body, &mut w.out);
        }
        w.returns_unit.pop();
        w.scopes.pop();
    }
    borrows::check(file, &items, &mut w.out);
    objects::check(file, &items, &mut w.out);
    paths::check(file, &items, &mut w.out);
    for c in &items.const_exprs {
        w.scopes.push(Scope::default());
        w.expr(c);
        w.scopes.pop();
    }
    // One error per line and code, as rustc reports each place once.
    let mut seen = VecSet::new();
    for d in w.out {
        if seen.insert((d.line, d.code.clone())) {
            out.push(d);
        }
    }
}

/// A refusal of the run that is really a compile error rustc reports: a future formatted
/// with `{}` (the forgotten `.await`), which the static rules could not prove (the future
/// came through a `Vec`, a field or a method of another type). No future of std, tokio or
/// futures implements `Display`, so the error is certain; it gets rustc's code and wording
/// instead of "not supported in the browser runner". (Methods are left alone: some futures,
/// such as `Notified`, have methods of their own the runner does not model.)
pub fn runtime_refusal(d: &Diagnostic) -> Option<Diagnostic> {
    if d.code != "unsupported" || !d.message.starts_with("`future` doesn't implement `std::fmt::Display`") {
        return None;
    }
    Some(rustc_error(
        "E0277",
        "`impl Future<Output = ..>` doesn't implement `std::fmt::Display`".into(),
        Pos { line: d.line, column: d.column },
        Some("this value is a future: add `.await` where it is made to get its output".into()),
    ))
}

/// An `async` block whose output is certainly `()`: no tail expression (or a `for`/`while`
/// loop, or `println!`), and nothing in it that returns or diverges (`return`, `loop`, a
/// panicking macro, `exit`), which could give it another type.
fn unit_block(block: &Block) -> bool {
    let tail_unit = match block.stmts.last() {
        None | Some(Stmt::Local(_)) => true,
        Some(Stmt::Expr(e, semi)) => semi.is_some() || matches!(e, Expr::ForLoop(_) | Expr::While(_)),
        Some(Stmt::Macro(m)) => {
            m.semi_token.is_some() || matches!(macro_name(&m.mac).as_str(), "println" | "print" | "eprintln" | "eprint")
        }
        Some(Stmt::Item(_)) => false,
    };
    struct Diverges(bool);
    impl<'ast> crate::visit::Visit<'ast> for Diverges {
        crate::visit::overrides!('ast: visit_expr, visit_macro, visit_item);

        fn visit_expr(&mut self, e: &'ast Expr) {
            match e {
                Expr::Return(_) | Expr::Loop(_) => self.0 = true,
                Expr::Call(c) if matches!(&*c.func, Expr::Path(p) if p.path.segments.last().is_some_and(|s| s.ident == "exit")) => {
                    self.0 = true
                }
                Expr::Closure(_) | Expr::Async(_) => {}
                _ => crate::visit::visit_expr(self, e),
            }
        }
        fn visit_macro(&mut self, m: &'ast syn::Macro) {
            if matches!(macro_name(m).as_str(), "panic" | "unreachable" | "todo" | "unimplemented") {
                self.0 = true;
            }
            for e in macro_exprs(m).into_iter().flatten() {
                self.visit_expr(&e);
            }
        }
        fn visit_item(&mut self, _: &'ast syn::Item) {}
    }
    let mut d = Diverges(false);
    crate::visit::Visit::visit_block(&mut d, block);
    tail_unit && !d.0
}

/// The primitive types that are `Copy` (a non-`move` block captures them by reference), for
/// the compile rules and the `spawn_borrows_local` lint alike.
pub(crate) const COPY_PRIMS: &[&str] = &[
    "i8", "i16", "i32", "i64", "i128", "isize", "u8", "u16", "u32", "u64", "u128", "usize", "f32", "f64", "bool",
    "char",
];

/// Whether `ty` is written as one of [`COPY_PRIMS`] (`u64`, not a path or alias to it).
pub(crate) fn is_copy_prim(ty: &syn::Type) -> bool {
    let syn::Type::Path(tp) = ty else { return false };
    tp.qself.is_none() && tp.path.get_ident().is_some_and(|i| COPY_PRIMS.contains(&i.to_string().as_str()))
}

/// The blocks and `for` loops of a fn body, nested items excepted: the statement lists the
/// rules of `moves.rs`, `borrows.rs` and `escapes.rs` look at one by one.
#[derive(Default)]
struct Blocks<'a> {
    blocks: Vec<&'a Block>,
    for_loops: Vec<&'a syn::ExprForLoop>,
}

impl<'a> Blocks<'a> {
    fn of(body: &'a Block) -> Self {
        let mut found = Blocks::default();
        crate::visit::Visit::visit_block(&mut found, body);
        found
    }
}

impl<'a> crate::visit::Visit<'a> for Blocks<'a> {
    crate::visit::overrides!('a: visit_block, visit_expr_for_loop, visit_item);

    fn visit_block(&mut self, b: &'a Block) {
        self.blocks.push(b);
        crate::visit::visit_block(self, b);
    }
    fn visit_expr_for_loop(&mut self, f: &'a syn::ExprForLoop) {
        self.for_loops.push(f);
        crate::visit::visit_expr_for_loop(self, f);
    }
    fn visit_item(&mut self, _: &'a syn::Item) {}
}

/// Whether `op` is a compound assignment (`+=`, `<<=`, ...), which writes its left side.
fn is_compound_assign(op: &syn::BinOp) -> bool {
    use syn::BinOp::*;
    matches!(
        op,
        AddAssign(_)
            | SubAssign(_)
            | MulAssign(_)
            | DivAssign(_)
            | RemAssign(_)
            | BitXorAssign(_)
            | BitAndAssign(_)
            | BitOrAssign(_)
            | ShlAssign(_)
            | ShrAssign(_)
    )
}

/// A diagnostic with rustc's code as its code.
fn rustc_error(code: &str, message: String, pos: Pos, help: Option<String>) -> Diagnostic {
    let mut d = Diagnostic::error(code, message, pos);
    d.help = help;
    d
}

/// The names one block (or closure, or fn) binds, and what some locals are known to hold.
#[derive(Default)]
struct Scope {
    names: VecSet<String>,
    /// Locals known to hold a value of one of the learner's structs: name -> struct.
    typed: Vec<(String, String)>,
    /// Locals declared with a primitive type, `String` or `&str`: name -> kind.
    kinds: Vec<(String, prim::Kind)>,
    /// Locals known to hold the future of the learner's `async fn`: name -> fn name.
    futures: Vec<(String, String)>,
    /// What the mutability rules know of some locals.
    muts: Vec<(String, mutability::Local)>,
    /// Locals bound to a closure literal: name -> its number of parameters.
    closures: Vec<(String, usize)>,
}

struct Walker<'a> {
    items: &'a Items,
    scopes: Vec<Scope>,
    out: Vec<Diagnostic>,
    /// Per enclosing fn, closure or async block: does `?` land in a `()` return?
    /// (`Some(true)` a fn returning `()`, `Some(false)` one returning something,
    /// `None` a closure or async block, whose type the grader does not infer.)
    returns_unit: Vec<bool>,
    /// Per enclosing `async` block (only those, innermost last): does it certainly return `()`?
    /// (`?` there is reported with rustc's async-block wording.)
    unit_async: Vec<bool>,
    /// For each enclosing closure or async block, how many scopes lie outside it.
    boundaries: Vec<usize>,
    /// The fn being walked takes `&self`.
    self_shared: bool,
    /// The body of the fn being walked and the kind its tail must have (`None`: `()`).
    tail: Option<(&'a Block, Option<prim::Kind>)>,
}

impl Walker<'_> {
    fn bind(&mut self, name: &str) {
        let scope = self.scopes.last_mut().expect("a scope");
        scope.names.insert(name.to_string());
        scope.typed.retain(|(n, _)| n != name);
        scope.kinds.retain(|(n, _)| n != name);
        scope.futures.retain(|(n, _)| n != name);
        scope.muts.retain(|(n, _)| n != name);
        scope.closures.retain(|(n, _)| n != name);
        // A shadowing in an inner scope hides what an outer scope knew.
    }

    fn bind_pat(&mut self, pat: &Pat) {
        let mut names = Vec::new();
        pat_bindings(pat, &mut names);
        for n in names {
            self.bind(&n);
        }
    }

    fn is_local(&self, name: &str) -> bool {
        self.scopes.iter().any(|s| s.names.contains(name))
    }

    /// The innermost binding of `name`, if it is known to hold one of the learner's structs.
    fn struct_of(&self, name: &str) -> Option<&str> {
        for s in self.scopes.iter().rev() {
            if s.names.contains(name) {
                return s.typed.iter().rev().find(|(n, _)| n == name).map(|(_, t)| t.as_str());
            }
        }
        None
    }

    /// What the mutability rules know of `name`, and whether a closure or async block
    /// between here and its binding captures it.
    fn mut_lookup(&self, name: &str) -> Option<(mutability::Local, bool)> {
        for (i, s) in self.scopes.iter().enumerate().rev() {
            if s.names.contains(name) {
                let local = s.muts.iter().rev().find(|(n, _)| n == name).map(|(_, l)| l.clone())?;
                let captured = self.boundaries.last().is_some_and(|b| i < *b);
                return Some((local, captured));
            }
        }
        None
    }

    /// The number of parameters of the closure the innermost binding of `name` holds.
    fn closure_of(&self, name: &str) -> Option<usize> {
        let s = self.scopes.iter().rev().find(|s| s.names.contains(name))?;
        s.closures.iter().rev().find(|(n, _)| n == name).map(|(_, k)| *k)
    }

    fn future_of(&self, name: &str) -> Option<&str> {
        for s in self.scopes.iter().rev() {
            if s.names.contains(name) {
                return s.futures.iter().rev().find(|(n, _)| n == name).map(|(_, t)| t.as_str());
            }
        }
        None
    }

    fn block(&mut self, b: &Block) {
        self.scopes.push(Scope::default());
        for (i, stmt) in b.stmts.iter().enumerate() {
            // `if c { 5 }` followed by more statements must be `()` (E0308); with a `;` rustc
            // reports E0317 instead, which is not this rule's.
            if let Stmt::Expr(e @ Expr::If(_), None) = stmt {
                if i + 1 < b.stmts.len() {
                    self.if_without_else(e);
                }
            }
            self.stmt(stmt);
        }
        self.fn_tail(b);
        self.scopes.pop();
    }

    fn stmt(&mut self, stmt: &Stmt) {
        match stmt {
            Stmt::Local(l) => {
                let mut muts = Vec::new();
                let init_kind = l.init.as_ref().filter(|i| i.diverge.is_none()).and_then(|i| self.value_kind(&i.expr));
                let sender = l.init.as_ref().and_then(|i| self.channel_sender(&l.pat, &i.expr));
                if let Some(init) = &l.init {
                    self.expr(&init.expr);
                    if let Some((_, e)) = &init.diverge {
                        self.expr(e);
                    } else {
                        let is_struct = self.struct_value(&init.expr).is_some();
                        muts = mutability::of_let(self.items, &l.pat, &init.expr, is_struct, &|n| self.mut_lookup(n));
                    }
                }
                self.bind_pat(&l.pat);
                self.scopes.last_mut().expect("a scope").muts.extend(muts);
                self.scopes.last_mut().expect("a scope").kinds.extend(sender);
                let Some(init) = &l.init else { return };
                if let (Pat::Ident(i), Expr::Closure(c), None) = (&l.pat, strip(&init.expr), &init.diverge) {
                    if i.subpat.is_none() {
                        self.scopes.last_mut().expect("a scope").closures.push((i.ident.to_string(), c.inputs.len()));
                    }
                }
                if let (Pat::Type(t), Some(value)) = (&l.pat, &init_kind) {
                    // `let (x, y): (u32, u32) = ..`: the whole pattern's type.
                    if !matches!(&*t.pat, Pat::Ident(_)) {
                        if let Some(want) = self.want_kind(&t.ty) {
                            self.report_mismatch(&want, value, &init.expr);
                        }
                    }
                }
                let (name, ty, by_ref) = match &l.pat {
                    Pat::Ident(i) => (i.ident.to_string(), None, i.by_ref.is_some() || i.subpat.is_some()),
                    Pat::Type(t) => match &*t.pat {
                        Pat::Ident(i) => (i.ident.to_string(), Some(&*t.ty), i.by_ref.is_some() || i.subpat.is_some()),
                        _ => return,
                    },
                    _ => return,
                };
                let init_kind = init_kind.filter(|_| !by_ref);
                if init.diverge.is_some() {
                    return;
                }
                if let Some(f) = self.future_value(&init.expr) {
                    if let Some(ty) = ty {
                        if items::concrete_type(ty) {
                            self.out.push(future_mismatch(ty, &init.expr, &f));
                        }
                    } else {
                        let s = self.scopes.last_mut().expect("a scope");
                        s.futures.push((name.clone(), f));
                    }
                }
                if let Some(want) = ty.filter(|_| !by_ref).and_then(|t| self.want_kind(t)) {
                    if let Some(value) = &init_kind {
                        self.report_mismatch(&want, value, &init.expr);
                    }
                    self.scopes.last_mut().expect("a scope").kinds.push((name.clone(), want));
                } else if let (None, Some(k)) = (ty, init_kind) {
                    self.scopes.last_mut().expect("a scope").kinds.push((name.clone(), k));
                }
                if ty.is_none() {
                    if let Some(s) = self.struct_value(&init.expr) {
                        let s = s.to_string();
                        self.scopes.last_mut().expect("a scope").typed.push((name, s));
                    }
                }
            }
            Stmt::Item(_) => {}
            Stmt::Expr(e, _) => self.expr(e),
            Stmt::Macro(m) => self.mac(&m.mac),
        }
    }

    fn kind_of(&self, name: &str) -> Option<prim::Kind> {
        for s in self.scopes.iter().rev() {
            if s.names.contains(name) {
                return s.kinds.iter().rev().find(|(n, _)| n == name).map(|(_, k)| k.clone());
            }
        }
        None
    }

    /// A call of one of the learner's `async fn`s (by a plain name that is no local): its name.
    fn future_call(&self, e: &Expr) -> Option<String> {
        let Expr::Call(c) = strip(e) else { return None };
        let name = single_name(&c.func)?;
        if self.is_local(&name) {
            return None;
        }
        let f = self.items.free_fn(&name)?;
        f.is_async.then_some(name)
    }

    /// The learner's struct a value certainly is: `S { .. }`, `S::f(..)` with `f` returning `Self`/`S`.
    fn struct_value(&self, e: &Expr) -> Option<&str> {
        match strip(e) {
            Expr::Struct(s) if s.qself.is_none() && s.path.segments.len() == 1 => {
                let name = s.path.segments[0].ident.to_string();
                self.items.plain_struct(&name).map(|d| d.name.as_str())
            }
            Expr::Path(_) => {
                let name = single_name(e)?;
                let def = self.items.plain_struct(&name).filter(|d| d.unit && !self.is_local(&name))?;
                Some(def.name.as_str())
            }
            Expr::Call(c) => {
                let Expr::Path(p) = strip(&c.func) else { return None };
                if p.qself.is_some() || p.path.segments.len() != 2 {
                    return None;
                }
                let ty = p.path.segments[0].ident.to_string();
                let f = p.path.segments[1].ident.to_string();
                let def = self.items.plain_struct(&ty)?;
                def.assoc_returning_self.contains(&f).then_some(def.name.as_str())
            }
            _ => None,
        }
    }

    fn mac(&mut self, mac: &syn::Macro) {
        let name = macro_name(mac);
        if name == "select" || name == "join" || name == "try_join" {
            self.select_arms(mac);
            return;
        }
        if name == "pin" || name == "pin_mut" {
            // `tokio::pin!(fut)` shadows `fut` with a pinned `mut` binding.
            let parser = syn::punctuated::Punctuated::<Expr, syn::Token![,]>::parse_terminated;
            if let Ok(args) = mac.parse_body_with(parser) {
                for n in args.iter().filter_map(single_name) {
                    self.bind(&n);
                }
            }
            return;
        }
        if let Some(exprs) = macro_exprs(mac) {
            // `println!("{n}", n = 9)`: a named argument is a name of the format string.
            let named: VecSet<String> = exprs
                .iter()
                .filter_map(|e| match e {
                    Expr::Assign(a) => single_name(&a.left),
                    _ => None,
                })
                .collect();
            for e in &exprs {
                match e {
                    Expr::Assign(a) if single_name(&a.left).is_some() => self.expr(&a.right),
                    _ if single_name(e).is_some_and(|n| named.contains(&n)) => {}
                    _ => self.expr(e),
                }
            }
        }
    }

    fn closure_like(&mut self, params: &[&Pat], body: &Expr) {
        self.boundaries.push(self.scopes.len());
        self.scopes.push(Scope::default());
        for p in params {
            self.bind_pat(p);
        }
        self.returns_unit.push(false);
        self.expr(body);
        self.returns_unit.pop();
        self.scopes.pop();
        self.boundaries.pop();
    }

    fn expr(&mut self, e: &Expr) {
        if let Some(d) = mutability::check(self.items, e, &|n| self.mut_lookup(n), self.self_shared) {
            self.out.push(d);
        }
        match e {
            Expr::Binary(b) => self.compare(b),
            Expr::Await(a) => self.await_non_future(a),
            _ => {}
        }
        match e {
            Expr::Path(p) => {
                if let Some(name) = single_name(e) {
                    self.check_name(&name, p.path.segments[0].ident.span());
                }
            }
            Expr::Macro(m) => self.mac(&m.mac),
            Expr::Block(b) => self.block(&b.block),
            Expr::Async(a) => {
                self.boundaries.push(self.scopes.len());
                self.scopes.push(Scope::default());
                let unit = unit_block(&a.block);
                self.returns_unit.push(unit);
                self.unit_async.push(unit);
                self.block(&a.block);
                self.unit_async.pop();
                self.returns_unit.pop();
                self.scopes.pop();
                self.boundaries.pop();
            }
            Expr::Closure(c) => {
                let params: Vec<&Pat> = c.inputs.iter().collect();
                self.closure_like(&params, &c.body);
            }
            Expr::ForLoop(f) => {
                self.expr(&f.expr);
                self.scopes.push(Scope::default());
                self.bind_pat(&f.pat);
                self.block(&f.body);
                self.scopes.pop();
            }
            Expr::While(w) => {
                self.scopes.push(Scope::default());
                self.cond(&w.cond);
                self.block(&w.body);
                self.scopes.pop();
            }
            Expr::If(i) => {
                self.if_else_arms(i);
                self.scopes.push(Scope::default());
                self.cond(&i.cond);
                self.block(&i.then_branch);
                self.scopes.pop();
                if let Some((_, els)) = &i.else_branch {
                    self.expr(els);
                }
            }
            Expr::Let(l) => {
                // Outside an `if`/`while` condition (`matches!`-like uses): bind in the current scope.
                self.expr(&l.expr);
                self.bind_pat(&l.pat);
            }
            Expr::Match(m) => {
                self.match_on_future(m);
                self.expr(&m.expr);
                let mut first = None;
                for arm in &m.arms {
                    self.scopes.push(Scope::default());
                    self.bind_pat(&arm.pat);
                    if let Some(kind) = self.arm_kind(&arm.body) {
                        match &first {
                            None => first = Some(kind),
                            Some(first) => self.arm_mismatch(first, &kind, &arm.body),
                        }
                    }
                    if let Some((_, g)) = &arm.guard {
                        self.expr(g);
                    }
                    self.expr(&arm.body);
                    self.scopes.pop();
                }
            }
            Expr::Struct(s) => {
                self.struct_literal(s);
                for f in &s.fields {
                    self.expr(&f.expr);
                }
                if let Some(rest) = &s.rest {
                    self.expr(rest);
                }
            }
            Expr::Call(c) => {
                if let Expr::Await(a) = &*c.func {
                    // `f().await()`: rustc's parser refuses it (a syntax error, no code).
                    self.out.push(rustc_error(
                        "parse",
                        "incorrect use of `await`".into(),
                        pos_of(&a.await_token),
                        Some("`.await` is not a method: write `f().await`, without parentheses".into()),
                    ));
                }
                self.tokio_root_fn(c);
                self.call(c);
                self.std_call(c);
                if single_name(&c.func).is_none() {
                    self.expr(&c.func);
                } else if let Expr::Path(p) = strip(&c.func) {
                    let name = p.path.segments[0].ident.to_string();
                    self.check_name(&name, p.path.segments[0].ident.span());
                }
                for a in &c.args {
                    self.expr(a);
                }
            }
            Expr::MethodCall(m) => {
                self.method_call(m);
                self.std_method(m);
                self.expr(&m.receiver);
                for a in &m.args {
                    self.expr(a);
                }
            }
            Expr::Field(f) => {
                self.field(f);
                self.expr(&f.base);
            }
            Expr::Binary(b) if self.future_value(&b.left).is_some() && !self.items.future_ext => {
                let f = self.future_value(&b.left).unwrap_or_default();
                let op = crate::span::binop_text(&b.op);
                self.out.push(rustc_error(
                    "E0369",
                    format!("binary operation `{op}` cannot be applied to type `impl Future<Output = ..>`"),
                    pos_of(&b.op),
                    Some(format!("`{f}(..)` is a future: add `.await` to get its output")),
                ));
                self.expr(&b.left);
                self.expr(&b.right);
            }
            Expr::Try(t) if self.future_value(&t.expr).is_some() => {
                let f = self.future_value(&t.expr).unwrap_or_default();
                self.out.push(rustc_error(
                    "E0277",
                    "the `?` operator can only be applied to values that implement `Try`".into(),
                    pos_of(&t.question_token),
                    Some(format!("`{f}(..)` is a future: write `{f}(..).await?`")),
                ));
                self.expr(&t.expr);
            }
            Expr::Try(t) => {
                if self.returns_unit.last() == Some(&true) && self.unit_async.last() == Some(&true) {
                    self.out.push(rustc_error(
                        "E0277",
                        "the `?` operator can only be used in an async block that returns `Result` or `Option` \
                         (or another type that implements `FromResidual`)"
                            .into(),
                        pos_of(&t.question_token),
                        Some(
                            "this async block returns `()`: handle the error with `match`/`unwrap`, or end the block \
                             with `Ok::<(), Box<dyn std::error::Error + Send + Sync>>(())` so `?` has a `Result` to return"
                                .into(),
                        ),
                    ));
                } else if self.returns_unit.last() == Some(&true) {
                    self.out.push(rustc_error(
                        "E0277",
                        "the `?` operator can only be used in a function that returns `Result` or `Option` \
                         (or another type that implements `FromResidual`)"
                            .into(),
                        pos_of(&t.question_token),
                        Some(
                            "this function returns `()`: handle the error with `match`/`unwrap`, or make it return \
                             a `Result` (`fn main() -> Result<(), Box<dyn std::error::Error>>` and `Ok(())` at its end)"
                                .into(),
                        ),
                    ));
                }
                self.expr(&t.expr);
            }
            _ => syn_children(e, &mut |child| self.expr(child)),
        }
    }

    /// `match fut { Some(..) => .. }`: the patterns are of the output, the value a future.
    fn match_on_future(&mut self, m: &syn::ExprMatch) {
        let Some(f) = self.future_value(&m.expr) else { return };
        let typed = m.arms.iter().find(|a| {
            matches!(&a.pat, Pat::TupleStruct(_) | Pat::Struct(_) | Pat::Lit(_) | Pat::Tuple(_))
                || matches!(&a.pat, Pat::Path(p) if p.path.segments.len() == 1
                        && matches!(p.path.segments[0].ident.to_string().as_str(), "None"))
        });
        if let Some(arm) = typed {
            self.out.push(rustc_error(
                "E0308",
                "mismatched types (expected future, found a value of its output)".into(),
                pos_of(&arm.pat),
                Some(format!("`{f}(..)` is a future: match on `{f}(..).await`")),
            ));
        }
    }

    fn cond(&mut self, cond: &Expr) {
        // `if let P = e && ..` / `while let P = e`: the pattern's names are in scope in the body.
        match cond {
            Expr::Let(l) => {
                self.expr(&l.expr);
                self.bind_pat(&l.pat);
            }
            Expr::Binary(b) if matches!(b.op, syn::BinOp::And(_)) => {
                self.cond(&b.left);
                self.cond(&b.right);
            }
            _ => self.expr(cond),
        }
    }

    fn check_name(&mut self, name: &str, span: proc_macro2::Span) {
        if self.is_local(name) || self.items.knows_value(name) {
            return;
        }
        let start = span.start();
        let pos = Pos { line: start.line as u32, column: start.column as u32 + 1 };
        let is_fn_like = name.chars().next().is_some_and(|c| c.is_lowercase() || c == '_');
        if !is_fn_like {
            return;
        }
        self.out.push(rustc_error(
            "E0425",
            format!("cannot find value `{name}` in this scope"),
            pos,
            Some(format!("`{name}` is not a local, a parameter or a function here: check the spelling, and that it is declared before this line in a block that is still open")),
        ));
    }

    /// `tokio::sleep(..)`: the crate's root has one function, `spawn` (the rest are modules,
    /// attribute macros and `!` macros), so any other lowercase name there is `E0425`.
    fn tokio_root_fn(&mut self, c: &syn::ExprCall) {
        let Expr::Path(p) = strip(&c.func) else { return };
        let segs = &p.path.segments;
        if p.qself.is_some() || segs.len() != 2 || segs[0].ident != "tokio" || self.items.declares("tokio") {
            return;
        }
        let name = segs[1].ident.to_string();
        const ROOT: &[&str] = &[
            "spawn", "main", "test", "fs", "io", "net", "process", "runtime", "signal", "sync", "task", "time",
            "stream", "macros", "doc", "fuzz",
        ];
        if ROOT.contains(&name.as_str()) || !name.starts_with(|ch: char| ch.is_ascii_lowercase()) {
            return;
        }
        let hint = match name.as_str() {
            "sleep" | "timeout" | "interval" | "sleep_until" | "interval_at" => format!("`tokio::time::{name}`"),
            "spawn_blocking" | "spawn_local" | "yield_now" => format!("`tokio::task::{name}`"),
            _ => "the function in its module (`tokio::time::sleep`, `tokio::task::yield_now`, ..)".to_string(),
        };
        self.out.push(rustc_error(
            "E0425",
            format!("cannot find function `{name}` in crate `tokio`"),
            pos_of(&segs[1].ident),
            Some(format!("tokio's root has only `spawn`: call {hint}")),
        ));
    }

    fn call(&mut self, c: &syn::ExprCall) {
        // `f(a, b)` of the learner's own free function.
        if let Some(name) = single_name(&c.func) {
            if self.is_local(&name) {
                // `add(1)` of `let add = |a: i32, b: i32| a + b;`
                if let Some(want) = self.closure_of(&name).filter(|&n| n != c.args.len()) {
                    let mut d = arity_error("function", want, c.args.len(), pos_of(&c.func), &name);
                    d.code = "E0057".into();
                    d.help = Some(format!("the closure `{name}` takes {want} argument(s): pass exactly that many"));
                    self.out.push(d);
                }
                return;
            }
            if let Some(f) = self.items.free_fn(&name) {
                if f.arity != c.args.len() {
                    self.out.push(arity_error("function", f.arity, c.args.len(), pos_of(&c.func), &name));
                } else {
                    for (arg, ty) in c.args.iter().zip(&f.param_types) {
                        let Some(ty) = ty else { continue };
                        if let Some(fut) = self.future_value(arg) {
                            self.out.push(future_mismatch(ty, arg, &fut));
                        } else if let Some(want) = self.want_kind(ty) {
                            self.check_kind(&want, arg);
                        }
                    }
                }
            }
            return;
        }
        // `S::f(..)` of the learner's own struct.
        let Expr::Path(p) = strip(&c.func) else { return };
        if p.qself.is_some() || p.path.segments.len() != 2 {
            return;
        }
        let ty = p.path.segments[0].ident.to_string();
        let f = p.path.segments[1].ident.to_string();
        let Some(def) = self.items.plain_struct(&ty) else { return };
        if !def.methods_known {
            return;
        }
        match def.assoc.iter().find(|(n, _, _)| *n == f) {
            Some((_, arity, has_self)) => {
                let want = arity + usize::from(*has_self);
                if want != c.args.len() {
                    let what = if *has_self { "method" } else { "function" };
                    self.out.push(arity_error(what, want, c.args.len(), pos_of(&c.func), &f));
                }
            }
            None if !def.trait_methods.contains(&f) && !items::ANY_TYPE_ASSOC.contains(&f.as_str()) => {
                self.out.push(rustc_error(
                    "E0599",
                    format!("no function or associated item named `{f}` found for struct `{ty}` in the current scope"),
                    pos_of(&p.path.segments[1].ident),
                    Some(format!("`{ty}` has no `fn {f}` in its `impl` blocks: add one, or call a function it has")),
                ));
            }
            None => {}
        }
    }

    /// The future an expression certainly is: a call of the learner's `async fn`, a local
    /// bound to one, or an `async fn` method of a local of the learner's struct.
    fn future_value(&self, e: &Expr) -> Option<String> {
        if let Some(f) = self.future_call(e) {
            return Some(f);
        }
        match strip(e) {
            Expr::MethodCall(m) if !self.items.future_ext => {
                let recv = single_name(&m.receiver)?;
                let ty = self.struct_of(&recv)?;
                let def = self.items.plain_struct(ty)?;
                let method = m.method.to_string();
                (def.methods_known && def.async_methods.contains(&method)).then(|| format!("{recv}.{method}"))
            }
            _ => single_name(e).and_then(|n| self.future_of(&n).map(str::to_string)),
        }
    }

    fn method_call(&mut self, m: &syn::ExprMethodCall) {
        let method = m.method.to_string();
        if let Some(f) = self.future_value(&m.receiver) {
            if !self.items.future_ext && !FUTURE_METHODS.contains(&method.as_str()) {
                self.out.push(rustc_error(
                    "E0599",
                    format!("no method named `{method}` found for opaque type `impl Future<Output = ..>` in the current scope"),
                    pos_of(&m.method),
                    Some(format!("`{f}(..)` is a future: add `.await` to get its output, then call `.{method}()` on that")),
                ));
            }
            return;
        }
        let Some(recv) = single_name(&m.receiver) else { return };
        let Some(ty) = self.struct_of(&recv).map(str::to_string) else { return };
        let Some(def) = self.items.plain_struct(&ty) else { return };
        if !def.methods_known {
            return;
        }
        match def.assoc.iter().find(|(n, _, _)| *n == method) {
            Some((_, arity, true)) if *arity != m.args.len() => {
                self.out.push(arity_error("method", *arity, m.args.len(), pos_of(&m.method), &method));
            }
            Some(_) => {}
            None if !def.trait_methods.contains(&method) && !items::ANY_TYPE_METHODS.contains(&method.as_str()) => {
                let help = if def.fields.contains(&method) {
                    format!("`{method}` is a field of `{ty}`, not a method: write `{recv}.{method}` without `()`")
                } else {
                    format!("`{ty}` has no method `{method}`: check the name against its `impl {ty}` block")
                };
                self.out.push(rustc_error(
                    "E0599",
                    format!("no method named `{method}` found for struct `{ty}` in the current scope"),
                    pos_of(&m.method),
                    Some(help),
                ));
            }
            None => {}
        }
    }

    fn field(&mut self, f: &syn::ExprField) {
        let syn::Member::Named(field) = &f.member else { return };
        let field = field.to_string();
        if let Some(func) = self.future_value(&f.base) {
            self.out.push(rustc_error(
                "E0609",
                format!("no field `{field}` on type `impl Future<Output = ..>`"),
                pos_of(&f.member),
                Some(format!("`{func}(..)` is a future: add `.await` to get its output, then read `.{field}` on that")),
            ));
            return;
        }
        let Some(base) = single_name(&f.base) else { return };
        let Some(ty) = self.struct_of(&base).map(str::to_string) else { return };
        let Some(def) = self.items.plain_struct(&ty) else { return };
        if def.fields.contains(&field) || !def.methods_known {
            return;
        }
        self.out.push(rustc_error(
            "E0609",
            format!("no field `{field}` on type `{ty}`"),
            pos_of(&f.member),
            Some(format!("`{ty}` has the fields {}", def.fields_list())),
        ));
    }

    fn struct_literal(&mut self, s: &syn::ExprStruct) {
        if s.qself.is_some() || s.path.segments.len() != 1 {
            return;
        }
        let name = s.path.segments[0].ident.to_string();
        let Some(def) = self.items.plain_struct(&name) else { return };
        let given: Vec<String> = s
            .fields
            .iter()
            .filter_map(|f| match &f.member {
                syn::Member::Named(i) => Some(i.to_string()),
                syn::Member::Unnamed(_) => None,
            })
            .collect();
        for f in &s.fields {
            if let syn::Member::Named(i) = &f.member {
                if !def.fields.contains(&i.to_string()) {
                    self.out.push(rustc_error(
                        "E0560",
                        format!("struct `{name}` has no field named `{i}`"),
                        pos_of(i),
                        Some(format!("`{name}` has the fields {}", def.fields_list())),
                    ));
                }
            }
        }
        let types = def.field_types.clone();
        for f in &s.fields {
            let syn::Member::Named(i) = &f.member else { continue };
            let Some((_, ty)) = types.iter().find(|(n, _)| i == n) else { continue };
            if let Some(want) = self.want_kind(ty) {
                self.check_kind(&want, &f.expr);
            }
        }
        if s.rest.is_some() || s.dot2_token.is_some() {
            return;
        }
        let missing: Vec<&String> = def.fields.iter().filter(|f| !given.contains(f)).collect();
        if missing.is_empty() {
            return;
        }
        let list = missing.iter().map(|f| format!("`{f}`")).collect::<Vec<_>>().join(", ");
        let message = if missing.len() == 1 {
            format!("missing field {list} in initializer of `{name}`")
        } else {
            format!("missing fields {list} in initializer of `{name}`")
        };
        self.out.push(rustc_error(
            "E0063",
            message,
            pos_of(&s.path),
            Some(format!("every field of `{name}` needs a value: add {list}")),
        ));
    }
}

/// Methods a future has (`Future`, and futures' or tokio's extension traits when imported).
const FUTURE_METHODS: &[&str] = &["poll", "into_future", "as_mut", "await"];

/// A future where a value of `ty` is wanted: rustc's E0308.
fn future_mismatch(ty: &syn::Type, at: &Expr, f: &str) -> Diagnostic {
    let ty_text = items::type_text(ty);
    rustc_error(
        "E0308",
        format!("mismatched types: expected `{ty_text}`, found future"),
        pos_of(at),
        Some(format!("`{f}(..)` is a future: add `.await` to get its `{ty_text}`")),
    )
}

fn arity_error(what: &str, want: usize, got: usize, pos: Pos, name: &str) -> Diagnostic {
    let args = |n: usize| if n == 1 { "1 argument".to_string() } else { format!("{n} arguments") };
    let was = if got == 1 { "was" } else { "were" };
    rustc_error(
        "E0061",
        format!("this {what} takes {} but {} {was} supplied", args(want), args(got)),
        pos,
        Some(format!("`{name}` is declared with {}: pass exactly that many", args(want))),
    )
}

/// The plain name of a path expression (`x`), not `self`, `Self` or `a::b`.
fn single_name(e: &Expr) -> Option<String> {
    match strip(e) {
        Expr::Path(p) if p.qself.is_none() && p.path.segments.len() == 1 && p.path.leading_colon.is_none() => {
            let seg = &p.path.segments[0];
            if !matches!(seg.arguments, syn::PathArguments::None) {
                return None;
            }
            let name = seg.ident.to_string();
            (name != "self" && name != "Self").then_some(name)
        }
        _ => None,
    }
}

/// Call `f` on each direct sub-expression of `e` (for the expression kinds the walker does
/// not handle itself), and walk the blocks and statements they hold.
fn syn_children(e: &Expr, f: &mut dyn FnMut(&Expr)) {
    match e {
        Expr::Array(a) => a.elems.iter().for_each(f),
        Expr::Assign(a) => {
            f(&a.left);
            f(&a.right);
        }
        Expr::Await(a) => f(&a.base),
        Expr::Binary(b) => {
            f(&b.left);
            f(&b.right);
        }
        Expr::Break(b) => b.expr.iter().for_each(|e| f(e)),
        Expr::Cast(c) => f(&c.expr),
        Expr::Group(g) => f(&g.expr),
        Expr::Index(i) => {
            f(&i.expr);
            f(&i.index);
        }
        Expr::Loop(l) => f(&Expr::Block(syn::ExprBlock { attrs: Vec::new(), label: None, block: l.body.clone() })),
        Expr::Paren(p) => f(&p.expr),
        Expr::Range(r) => {
            r.start.iter().for_each(|e| f(e));
            r.end.iter().for_each(|e| f(e));
        }
        Expr::Reference(r) => f(&r.expr),
        Expr::Repeat(r) => {
            f(&r.expr);
            f(&r.len);
        }
        Expr::Return(r) => r.expr.iter().for_each(|e| f(e)),
        Expr::Tuple(t) => t.elems.iter().for_each(f),
        Expr::Unary(u) => f(&u.expr),
        Expr::Unsafe(u) => f(&Expr::Block(syn::ExprBlock { attrs: Vec::new(), label: None, block: u.block.clone() })),
        Expr::TryBlock(t) => f(&Expr::Block(syn::ExprBlock { attrs: Vec::new(), label: None, block: t.block.clone() })),
        _ => {}
    }
}
