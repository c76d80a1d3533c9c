//! Types the walk is sure of, and the errors between them: what kind of value an
//! expression certainly is (`Walker::value_kind`: literals, locals and parameters of a
//! declared or certain kind, casts, arithmetic, comparisons, `&`, `vec![]`, `Some(..)`,
//! `tokio::spawn(..)`, a few std methods' results), and
//! - `E0308` where a value of one kind is where another is wanted: a typed `let`, a fn's
//!   tail (a value at the end of a fn returning `()` too), an argument of the learner's fn,
//!   a field of the learner's struct, `Vec::push` and a channel's `send` of a known item type,
//!   `if`/`else`, `match` and `select!` arms of different simple kinds, `tokio::join!` of the
//!   learner's `async fn`s bound to another tuple type, an `if` without `else` whose
//!   block ends in a value, a comparison of two different number types, and a number given
//!   to `sleep` where a `Duration` is wanted;
//! - `E0599` (`E0624` for `Option`'s private `len`) a method that a `String`, `&str`,
//!   `Vec`, integer, `Option` or tokio `JoinHandle` does not have (`std_methods.rs`), unless
//!   the file imports a trait or declares a method of that name;
//! - `E0277` `.await` on what is no future: std's `Mutex::lock`, the `send` of std's or
//!   tokio's unbounded channel.
//!
//! Every kind is certain: a name shadowed by a pattern, a closure parameter or a block's own
//! `let` has no kind; a type that names one of the file's own types is not read; a value the
//! walk cannot type (a call of the learner's fn, a generic, a macro) has no kind and no rule fires.

use syn::{BinOp, Block, Expr, Lit, Pat, Stmt, Type};

use super::prim::{self, Kind};
use super::std_methods::{self, Lookup};
use super::{items, rustc_error, single_name, Scope, Walker};
use crate::lint::syntax::{pos_of, strip};
use crate::macro_body::{self, Grammar};

impl<'a> Walker<'a> {
    /// The kind of a declared type, unless a name in it is one of the file's own.
    pub(super) fn want_kind(&self, ty: &Type) -> Option<Kind> {
        let text = items::type_text(ty);
        let own = text.split(|c: char| !(c.is_alphanumeric() || c == '_')).any(|w| self.items.own_types.contains(w));
        if own {
            return None;
        }
        prim::of_type(ty)
    }

    /// A path's full name, its first segment resolved through the file's imports
    /// (`mpsc::channel` -> `tokio::sync::mpsc::channel`); `None` when it may be the file's own.
    fn full_path(&self, path: &syn::Path) -> Option<String> {
        let segs: Vec<String> = path.segments.iter().map(|s| s.ident.to_string()).collect();
        let first = segs.first()?;
        if self.is_local(first) {
            return None;
        }
        let head = match self.items.import(first) {
            Some(full) if self.items.declared_once(first) => full.to_string(),
            Some(_) => return None,
            None if matches!(first.as_str(), "std" | "tokio") && !self.items.declares(first) => first.clone(),
            None => return None,
        };
        Some(std::iter::once(head).chain(segs[1..].iter().cloned()).collect::<Vec<_>>().join("::"))
    }

    /// A std prelude name (`String`, `Vec`, `Some`) that the file does not redeclare or import.
    fn prelude(&self, name: &str) -> bool {
        !self.items.declares(name) && !self.is_local(name)
    }

    /// The kind a value certainly has.
    pub(super) fn value_kind(&self, e: &Expr) -> Option<Kind> {
        match strip(e) {
            Expr::Lit(l) => match &l.lit {
                // `2f64` is a float literal that syn reads as an integer with a suffix.
                Lit::Int(i) if matches!(i.suffix(), "f32" | "f64") => Some(Kind::Float(Some(i.suffix().to_string()))),
                Lit::Int(i) => Some(Kind::Int(Some(i.suffix().to_string()).filter(|s| !s.is_empty()))),
                Lit::Float(f) => Some(Kind::Float(Some(f.suffix().to_string()).filter(|s| !s.is_empty()))),
                Lit::Bool(_) => Some(Kind::Bool),
                Lit::Char(_) => Some(Kind::Char),
                Lit::Str(_) => Some(Kind::Str),
                _ => None,
            },
            Expr::Macro(m) if m.mac.path.is_ident("format") => Some(Kind::String),
            Expr::Macro(m) if m.mac.path.is_ident("vec") && self.prelude("Vec") => Some(Kind::Vec(None)),
            Expr::Macro(m) => self.join_kind(&m.mac),
            Expr::Path(p) if p.path.is_ident("None") && self.prelude("None") => Some(Kind::Option),
            Expr::Path(_) => single_name(e).and_then(|n| self.kind_of(&n)),
            Expr::Tuple(t) if t.elems.is_empty() => Some(Kind::Unit),
            Expr::Array(_) | Expr::Repeat(_) => Some(Kind::Array),
            Expr::Unary(u) if matches!(u.op, syn::UnOp::Neg(_)) => {
                self.value_kind(&u.expr).filter(|k| matches!(k, Kind::Int(_) | Kind::Float(_)))
            }
            Expr::Cast(c) => self.want_kind(&c.ty).filter(|k| matches!(k, Kind::Int(Some(_)) | Kind::Float(Some(_)))),
            Expr::Binary(b) => self.binary_kind(b),
            Expr::Reference(r) if r.mutability.is_none() => self.value_kind(&r.expr).map(|k| Kind::Ref(Box::new(k))),
            Expr::Call(c) => self.call_kind(c),
            Expr::MethodCall(m) => self.method_kind(m),
            Expr::Await(a) => match self.value_kind(&a.base)? {
                Kind::JoinHandle => Some(Kind::Result),
                _ => None,
            },
            _ => None,
        }
    }

    /// `tokio::join!(a(), b())` of the learner's `async fn`s: the tuple of their outputs.
    fn join_kind(&self, mac: &syn::Macro) -> Option<Kind> {
        if self.full_path(&mac.path)? != "tokio::join" {
            return None;
        }
        let parser = syn::punctuated::Punctuated::<Expr, syn::Token![,]>::parse_terminated;
        let args = mac.parse_body_with(parser).ok()?;
        let outputs = args
            .iter()
            .map(|a| {
                let f = self.items.free_fn(&self.future_call(a)?)?;
                f.output.as_ref().and_then(|t| self.want_kind(t))
            })
            .collect();
        Some(Kind::Tuple(outputs))
    }

    fn binary_kind(&self, b: &syn::ExprBinary) -> Option<Kind> {
        match b.op {
            // `==`, `<`, `&&`, ... are `bool` whatever the operands (`PartialEq::eq` returns `bool`).
            BinOp::Eq(_) | BinOp::Ne(_) | BinOp::Lt(_) | BinOp::Le(_) | BinOp::Gt(_) | BinOp::Ge(_) => Some(Kind::Bool),
            BinOp::And(_) | BinOp::Or(_) => Some(Kind::Bool),
            BinOp::Add(_) | BinOp::Sub(_) | BinOp::Mul(_) | BinOp::Div(_) | BinOp::Rem(_) => {
                let (l, r) = (self.value_kind(&b.left)?, self.value_kind(&b.right)?);
                match (&l, &r) {
                    (Kind::String, _) if matches!(b.op, BinOp::Add(_)) => Some(Kind::String),
                    (Kind::Int(a), Kind::Int(b)) => match (a, b) {
                        (Some(x), Some(y)) if x != y => None,
                        _ => Some(Kind::Int(a.clone().or(b.clone()))),
                    },
                    (Kind::Float(a), Kind::Float(b)) => match (a, b) {
                        (Some(x), Some(y)) if x != y => None,
                        _ => Some(Kind::Float(a.clone().or(b.clone()))),
                    },
                    _ => None,
                }
            }
            _ => None,
        }
    }

    fn call_kind(&self, c: &syn::ExprCall) -> Option<Kind> {
        let Expr::Path(p) = strip(&c.func) else { return None };
        if p.qself.is_some() {
            return None;
        }
        let segs: Vec<String> = p.path.segments.iter().map(|s| s.ident.to_string()).collect();
        let segs: Vec<&str> = segs.iter().map(String::as_str).collect();
        match segs[..] {
            ["String", "from" | "new" | "with_capacity"] if self.prelude("String") => return Some(Kind::String),
            ["Vec", "new" | "with_capacity"] if self.prelude("Vec") => return Some(Kind::Vec(None)),
            ["Some"] if self.prelude("Some") => return Some(Kind::Option),
            ["Ok" | "Err"] if self.prelude(segs[0]) => return Some(Kind::Result),
            _ => {}
        }
        let full = self.full_path(&p.path)?;
        match full.as_str() {
            "tokio::spawn" | "tokio::task::spawn" => Some(Kind::JoinHandle),
            "std::sync::Mutex::new" => Some(Kind::StdMutex),
            "std::sync::Arc::new" if c.args.len() == 1 => {
                self.value_kind(&c.args[0]).filter(|k| matches!(k, Kind::StdMutex))
            }
            _ => None,
        }
    }

    fn method_kind(&self, m: &syn::ExprMethodCall) -> Option<Kind> {
        let method = m.method.to_string();
        if self.items.method_names.contains(&method) {
            return None;
        }
        let recv = self.value_kind(&m.receiver)?;
        let k = recv.peel();
        let text = matches!(k, Kind::String | Kind::Str);
        let seq = matches!(k, Kind::Vec(_) | Kind::Array);
        match method.as_str() {
            "len" if (text || seq) && m.args.is_empty() => Some(Kind::Int(Some("usize".into()))),
            "is_empty" if (text || seq) && m.args.is_empty() => Some(Kind::Bool),
            "to_string" if k.is_simple() && m.args.is_empty() => Some(Kind::String),
            "to_uppercase" | "to_lowercase" if text && m.args.is_empty() => Some(Kind::String),
            "first" | "last" if seq && m.args.is_empty() => Some(Kind::Option),
            "pop" if matches!(k, Kind::Vec(_)) && m.args.is_empty() => Some(Kind::Option),
            "clone" if matches!(recv, Kind::String | Kind::Vec(_)) && m.args.is_empty() => Some(recv.clone()),
            _ => None,
        }
    }

    /// `E0308` when `e` is certainly of another kind than `want`.
    pub(super) fn check_kind(&mut self, want: &Kind, e: &Expr) {
        if let Some(value) = self.value_kind(e) {
            self.report_mismatch(want, &value, e);
        }
    }

    pub(super) fn report_mismatch(&mut self, want: &Kind, value: &Kind, e: &Expr) {
        if !prim::mismatch(want, value) {
            return;
        }
        let help = match (want, value) {
            (Kind::String, Kind::Str) => {
                "make a `String` from the text: `String::from(..)` or `\"..\".to_string()`".to_string()
            }
            (Kind::Str, Kind::String) => "borrow it as text: `&value` or `value.as_str()`".to_string(),
            (Kind::String, Kind::Ref(_)) => {
                "pass an owned `String`: `value.clone()`, or give the value itself".to_string()
            }
            (Kind::String, _) => "turn it into text with `.to_string()` or `format!`".to_string(),
            (_, Kind::Result) => "this is a `Result`: take its value with `?`, `.unwrap()` or a `match`".to_string(),
            (_, Kind::Option) => {
                "this is an `Option`: take its value with `if let Some(..)`, `match` or `.unwrap()`".to_string()
            }
            (Kind::Vec(_), Kind::Array) => "make a `Vec` with `vec![..]` instead of `[..]`".to_string(),
            (_, Kind::Ref(_)) => "this is a reference: pass the value itself, or `.clone()` it".to_string(),
            _ => format!(
                "a {} is not a {}: convert it (`as`, `.parse()`) or change the declared type",
                value.text(),
                want.text()
            ),
        };
        self.out.push(rustc_error(
            "E0308",
            format!("mismatched types: expected {}, found {}", want.text(), value.text()),
            pos_of(e),
            Some(help),
        ));
    }

    /// At the end of the fn's body (its locals still in scope): its tail against the declared
    /// return type, or a value where the fn returns `()`.
    pub(super) fn fn_tail(&mut self, b: &Block) {
        let Some((body, want)) = &self.tail else { return };
        if !std::ptr::eq(*body, b) {
            return;
        }
        let want = want.clone();
        let Some(Stmt::Expr(tail, None)) = b.stmts.last() else { return };
        match want {
            Some(want) => self.check_kind(&want, tail),
            None => {
                if let Some(value) = self.value_kind(tail).filter(|k| *k != Kind::Unit) {
                    self.out.push(rustc_error(
                        "E0308",
                        format!("mismatched types: expected `()`, found {}", value.text()),
                        pos_of(tail),
                        Some(
                            "this fn returns nothing: end the line with `;`, or declare the return type (`-> T`)"
                                .into(),
                        ),
                    ));
                }
            }
        }
    }

    /// The kind of a block that is only its tail (a block with its own `let`s is not read).
    fn lone_tail_kind(&self, b: &Block) -> Option<Kind> {
        match &b.stmts[..] {
            [Stmt::Expr(e, None)] => self.value_kind(e),
            _ => None,
        }
    }

    /// `if c { 5 }` as a statement: the block's value must be `()`.
    pub(super) fn if_without_else(&mut self, e: &Expr) {
        let Expr::If(i) = e else { return };
        if i.else_branch.is_some() || binds(&i.cond) {
            return;
        }
        let [Stmt::Expr(tail, None)] = &i.then_branch.stmts[..] else { return };
        let Some(value) = self.value_kind(tail).filter(|k| *k != Kind::Unit) else { return };
        self.out.push(rustc_error(
            "E0308",
            format!("mismatched types: expected `()`, found {}", value.text()),
            pos_of(tail),
            Some("an `if` without `else` has no value: add an `else` branch, or `return` the value".into()),
        ));
    }

    /// `if c { "big" } else { 0 }`: both branches must have one type.
    pub(super) fn if_else_arms(&mut self, i: &syn::ExprIf) {
        let Some((_, els)) = &i.else_branch else { return };
        if binds(&i.cond) {
            return;
        }
        let Expr::Block(els) = &**els else { return };
        let (Some(a), Some(b)) = (self.lone_tail_kind(&i.then_branch), self.lone_tail_kind(&els.block)) else {
            return;
        };
        if a.is_simple() && b.is_simple() && prim::mismatch(&a, &b) {
            let Some(Stmt::Expr(tail, None)) = els.block.stmts.last() else { return };
            self.out.push(rustc_error(
                "E0308",
                format!("`if` and `else` have incompatible types: expected {}, found {}", a.text(), b.text()),
                pos_of(tail),
                Some("both branches of an `if` must give a value of the same type".into()),
            ));
        }
    }

    /// The kind of a `match` arm's body, read in the arm's scope (its pattern bound).
    pub(super) fn arm_kind(&self, body: &Expr) -> Option<Kind> {
        match strip(body) {
            Expr::Block(b) if b.label.is_none() => self.lone_tail_kind(&b.block),
            _ => self.value_kind(body),
        }
        .filter(Kind::is_simple)
    }

    pub(super) fn arm_mismatch(&mut self, first: &Kind, kind: &Kind, body: &Expr) {
        if !prim::mismatch(first, kind) {
            return;
        }
        let at = match strip(body) {
            Expr::Block(b) => match b.block.stmts.last() {
                Some(Stmt::Expr(tail, None)) => pos_of(tail),
                _ => pos_of(body),
            },
            _ => pos_of(body),
        };
        self.out.push(rustc_error(
            "E0308",
            format!("`match` arms have incompatible types: expected {}, found {}", first.text(), kind.text()),
            at,
            Some("every arm of a `match` (and every handler of a `select!`) must give a value of the same type".into()),
        ));
    }

    /// `tokio::select!`'s handlers are the arms of one `match`: they must have one type.
    pub(super) fn select_arms(&mut self, mac: &syn::Macro) {
        if self.full_path(&mac.path).as_deref() != Some("tokio::select") {
            return;
        }
        let parse = |input: syn::parse::ParseStream| macro_body::parse_select(input, Grammar::Tokio);
        let Ok(select) = mac.parse_body_with(parse) else { return };
        let mut first: Option<Kind> = None;
        let handlers = select.branches.iter().map(|b| (Some(&b.pat), Some(&b.fut), &b.handler));
        for (pat, fut, handler) in handlers.chain(select.els.iter().map(|e| (None, None, e))) {
            // The handler sees the pattern's names: bound here, with the future's output
            // kind when the pattern is one name and the output is certain.
            self.scopes.push(Scope::default());
            if let Some(pat) = pat {
                self.bind_pat(pat);
                if let (Pat::Ident(i), Some(k)) = (pat, fut.and_then(|f| self.output_kind(f))) {
                    if i.by_ref.is_none() && i.subpat.is_none() {
                        self.scopes.last_mut().expect("a scope").kinds.push((i.ident.to_string(), k));
                    }
                }
            }
            let kind = self.arm_kind(handler);
            if let Some(kind) = kind {
                match &first {
                    None => first = Some(kind),
                    Some(want) => {
                        let want = want.clone();
                        self.arm_mismatch(&want, &kind, handler);
                    }
                }
            }
            self.scopes.pop();
        }
    }

    /// The output of a future: an `async` block that is only its tail, a call of the
    /// learner's `async fn`.
    fn output_kind(&self, fut: &Expr) -> Option<Kind> {
        match strip(fut) {
            Expr::Async(a) => self.lone_tail_kind(&a.block),
            _ => {
                let f = self.items.free_fn(&self.future_call(fut)?)?;
                f.output.as_ref().and_then(|t| self.want_kind(t))
            }
        }
    }

    /// `n < limit` with `n: u32` and `limit: i64`: both sides of a comparison have one type.
    pub(super) fn compare(&mut self, b: &syn::ExprBinary) {
        if !matches!(b.op, BinOp::Eq(_) | BinOp::Ne(_) | BinOp::Lt(_) | BinOp::Le(_) | BinOp::Gt(_) | BinOp::Ge(_)) {
            return;
        }
        let number = |k: &Kind| matches!(k, Kind::Int(_) | Kind::Float(_));
        let (Some(l), Some(r)) = (self.value_kind(&b.left), self.value_kind(&b.right)) else { return };
        if number(&l) && number(&r) && prim::mismatch(&l, &r) && prim::mismatch(&r, &l) {
            self.out.push(rustc_error(
                "E0308",
                format!("mismatched types: expected {}, found {}", l.text(), r.text()),
                pos_of(&b.right),
                Some(format!(
                    "Rust compares numbers of one type only: convert one side (`as`, `{}::from(..)`, `.try_into()`)",
                    l.text().trim_matches('`')
                )),
            ));
        }
    }

    /// Calls of std and tokio functions whose argument types are certain.
    pub(super) fn std_call(&mut self, c: &syn::ExprCall) {
        let Expr::Path(p) = strip(&c.func) else { return };
        if p.qself.is_some() || c.args.len() != 1 {
            return;
        }
        let Some(full) = self.full_path(&p.path) else { return };
        if !matches!(full.as_str(), "tokio::time::sleep" | "std::thread::sleep") {
            return;
        }
        let Some(value) = self.value_kind(&c.args[0]).filter(Kind::is_simple) else { return };
        self.out.push(rustc_error(
            "E0308",
            format!("mismatched types: expected `Duration`, found {}", value.text()),
            pos_of(&c.args[0]),
            Some("`sleep` takes a `Duration`: write `Duration::from_millis(..)` or `Duration::from_secs(..)`".into()),
        ));
    }

    /// Methods of std and tokio values: unknown ones (`E0599`), the item type of `push` and
    /// `send` (`E0308`).
    pub(super) fn std_method(&mut self, m: &syn::ExprMethodCall) {
        let method = m.method.to_string();
        if self.items.method_names.contains(&method) {
            return;
        }
        let Some(recv) = self.value_kind(&m.receiver) else { return };
        let k = recv.peel().clone();
        match (&k, method.as_str(), m.args.len()) {
            (Kind::Vec(Some(item)), "push", 1) | (Kind::Sender { item: Some(item), .. }, "send", 1) => {
                self.check_kind(item, &m.args[0]);
            }
            _ => {}
        }
        if self.items.trait_imports || items::ANY_TYPE_METHODS.contains(&method.as_str()) {
            return;
        }
        let ty = match &k {
            Kind::Vec(_) => "struct `Vec<_>`".to_string(),
            Kind::Option => "enum `Option<_>`".to_string(),
            Kind::JoinHandle => "struct `tokio::task::JoinHandle<_>`".to_string(),
            Kind::Str => "reference `&str`".to_string(),
            Kind::Int(Some(t)) => format!("type `{t}`"),
            k => format!("struct {}", k.text()),
        };
        match std_methods::lookup(&k, &method) {
            Some(Lookup::Missing) => {
                let help = match (&k, method.as_str()) {
                    (Kind::String | Kind::Str | Kind::Vec(_), "size" | "length" | "count") => {
                        "the length is `.len()`".to_string()
                    }
                    (Kind::Vec(_), "push_front") => {
                        "a `Vec` grows at its end: `.insert(0, x)`, or use a `VecDeque` for `push_front`".to_string()
                    }
                    (Kind::JoinHandle, "join") => {
                        "a tokio `JoinHandle` is a future: `.await` it to get the task's `Result`".to_string()
                    }
                    (Kind::Int(_), "absolute") => "the absolute value is `.abs()`".to_string(),
                    _ => format!("{} has no method `{method}`: check its name in the type's documentation", k.text()),
                };
                self.out.push(rustc_error(
                    "E0599",
                    format!("no method named `{method}` found for {ty} in the current scope"),
                    pos_of(&m.method),
                    Some(help),
                ));
            }
            Some(Lookup::Private) => self.out.push(rustc_error(
                "E0624",
                format!("method `{method}` is private"),
                pos_of(&m.method),
                Some(
                    "an `Option` has no length: take the value out first (`if let Some(v) = ..`, `.map(|v| v.len())`)"
                        .into(),
                ),
            )),
            Some(Lookup::Found) | None => {}
        }
    }

    /// `m.lock().await` on a std `Mutex`, `tx.send(..).await` on a channel whose `send` is
    /// not async: `E0277`, the value is no future.
    pub(super) fn await_non_future(&mut self, a: &syn::ExprAwait) {
        let Expr::MethodCall(m) = strip(&a.base) else { return };
        let method = m.method.to_string();
        if self.items.method_names.contains(&method) {
            return;
        }
        let Some(recv) = self.value_kind(&m.receiver) else { return };
        let (what, help) = match (recv.peel(), method.as_str()) {
            (Kind::StdMutex, "lock") => (
                "`Result<MutexGuard<'_, _>, PoisonError<..>>`",
                "std's `Mutex::lock` blocks instead of waiting: drop `.await` (`.lock().unwrap()`), or use \
                 `tokio::sync::Mutex` to hold the lock across an `.await`",
            ),
            (Kind::Sender { sync: true, .. }, "send") => {
                ("`Result<(), SendError<_>>`", "this channel's `send` never waits (it is unbounded): drop `.await`")
            }
            _ => return,
        };
        self.out.push(rustc_error(
            "E0277",
            format!("{what} is not a future"),
            pos_of(&a.await_token),
            Some(help.into()),
        ));
    }

    /// `let (tx, rx) = mpsc::channel::<u32>(8);`: the sender's kind.
    pub(super) fn channel_sender(&self, pat: &Pat, init: &Expr) -> Option<(String, Kind)> {
        let Pat::Tuple(t) = pat else { return None };
        let Some(Pat::Ident(tx)) = t.elems.first() else { return None };
        if tx.subpat.is_some() || tx.by_ref.is_some() || t.elems.len() != 2 {
            return None;
        }
        let Expr::Call(c) = strip(init) else { return None };
        let Expr::Path(p) = strip(&c.func) else { return None };
        let full = self.full_path(&p.path)?;
        let sync = match full.as_str() {
            "tokio::sync::mpsc::channel" => false,
            "tokio::sync::mpsc::unbounded_channel" | "std::sync::mpsc::channel" | "std::sync::mpsc::sync_channel" => {
                true
            }
            _ => return None,
        };
        let item = match &p.path.segments.last()?.arguments {
            syn::PathArguments::AngleBracketed(a) => match a.args.iter().collect::<Vec<_>>()[..] {
                [syn::GenericArgument::Type(t)] => self.want_kind(t).map(Box::new),
                _ => None,
            },
            _ => None,
        };
        Some((tx.ident.to_string(), Kind::Sender { item, sync }))
    }
}

/// An `if let` condition (its names are in scope in the block, where the walk has not bound them).
fn binds(cond: &Expr) -> bool {
    match cond {
        Expr::Let(_) => true,
        Expr::Binary(b) => binds(&b.left) || binds(&b.right),
        Expr::Paren(p) => binds(&p.expr),
        _ => false,
    }
}
