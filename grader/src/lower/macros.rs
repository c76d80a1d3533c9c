//! Macros of std: `println!` & co. become `Format`/`Print` instructions with
//! a pre-parsed format string; `assert!`, `vec!`, `matches!`... become plain code.

use std::rc::Rc;

use syn::punctuated::Punctuated;
use syn::Token;

use super::expr::FnBuilder;
use super::pos_of;
use super::ty::Ty;
use crate::fmt::{ArgRef, Piece};
use crate::ir::{Const, FormatSpec, Instr, IntTy, Slot, Stream};

type Args = Punctuated<syn::Expr, Token![,]>;

impl FnBuilder<'_, '_> {
    pub fn macro_call(&mut self, mac: &syn::Macro, dst: Slot, hint: &Ty) -> Ty {
        let name = mac.path.segments.last().map(|s| s.ident.to_string()).unwrap_or_default();
        self.pos = pos_of(mac);
        let args = match name.as_str() {
            "matches" => return self.matches_macro(mac, dst),
            "vec" => return self.vec_macro(mac, dst, hint),
            "join" | "try_join" => return self.join_macro(mac, &name, dst),
            "select" | "pin" | "pin_mut" => return self.select_family_macro(mac, &name, dst, hint),
            _ => match mac.parse_body_with(Args::parse_terminated) {
                Ok(a) => a,
                Err(e) => {
                    let span = e.span().start();
                    self.cx.diags.push(crate::report::Diagnostic::error(
                        "parse",
                        format!("in `{name}!`: {e}"),
                        crate::report::Pos { line: span.line as u32, column: span.column as u32 + 1 },
                    ));
                    return Ty::Unknown;
                }
            },
        };
        let args: Vec<&syn::Expr> = args.iter().collect();
        match name.as_str() {
            "println" | "print" | "eprintln" | "eprint" => {
                let newline = name.ends_with("ln");
                let stream = if name.starts_with('e') { Stream::Stderr } else { Stream::Stdout };
                let Some((fmt, start, n)) = self.format_args(mac, &args, newline) else { return Ty::Unit };
                self.pos = pos_of(mac);
                self.emit(Instr::Print { fmt, args: start, n, stream });
                self.load_const(dst, Const::Unit);
                Ty::Unit
            }
            "format" | "format_args" => {
                let Some((fmt, start, n)) = self.format_args(mac, &args, false) else { return Ty::String };
                self.pos = pos_of(mac);
                self.emit(Instr::Format { dst, fmt, args: start, n });
                Ty::String
            }
            "write" | "writeln" => {
                let Some((target, rest)) = args.split_first() else {
                    self.unsupported("`write!` without arguments", mac);
                    return Ty::Unknown;
                };
                let recv = self.alloc_pair();
                let (t, _) = self.operand(target, &Ty::Unknown);
                self.emit(Instr::Move { dst: recv, src: t });
                let text = recv + 1;
                if rest.is_empty() {
                    self.load_const(text, Const::Str(Rc::from("\n")));
                } else {
                    let Some((fmt, start, n)) = self.format_args(mac, rest, name == "writeln") else {
                        return Ty::Unknown;
                    };
                    self.pos = pos_of(mac);
                    self.emit(Instr::Format { dst: text, fmt, args: start, n });
                }
                let sym = self.cx.sym("write_str");
                self.pos = pos_of(mac);
                self.emit(Instr::CallMethod { dst, name: sym, args: recv, n: 2 });
                Ty::Result(Box::new(Ty::Unit), Box::new(Ty::Unknown))
            }
            "panic" | "todo" | "unimplemented" | "unreachable" => {
                let msg = self.alloc();
                let prefix = match name.as_str() {
                    "todo" => "not yet implemented",
                    "unimplemented" => "not implemented",
                    "unreachable" => "internal error: entered unreachable code",
                    _ => "explicit panic",
                };
                // `panic!("literal")`, `panic!("n = {}", 5)`: the payload is a `&'static str`.
                let literal = static_panic_text(&args, name == "panic").map(|t| {
                    if name == "panic" {
                        t
                    } else {
                        format!("{prefix}: {t}")
                    }
                });
                if args.is_empty() {
                    self.load_const(msg, Const::Str(Rc::from(prefix)));
                } else if let Some(text) = literal {
                    self.load_const(msg, Const::Str(Rc::from(text.as_str())));
                } else {
                    let Some((fmt, start, n)) = self.format_args(mac, &args, false) else { return Ty::Unknown };
                    self.pos = pos_of(mac);
                    self.emit(Instr::Format { dst: msg, fmt, args: start, n });
                    if name != "panic" {
                        let p = self.const_slot(Const::Str(Rc::from(format!("{prefix}: ").as_str())));
                        self.emit(Instr::Binary { op: crate::ir::BinOp::Add, dst: msg, a: p, b: msg });
                    }
                }
                self.pos = pos_of(mac);
                self.emit(Instr::Panic { msg });
                Ty::Unknown
            }
            "assert" | "debug_assert" => {
                let Some(cond) = args.first() else {
                    self.unsupported("`assert!` without arguments", mac);
                    return Ty::Unit;
                };
                let (c, _) = self.operand(cond, &Ty::Bool);
                self.pos = pos_of(mac);
                let ok = self.emit(Instr::JumpIf { cond: c, target: 0 });
                let msg = self.alloc();
                if let Some(text) = args.get(1..).and_then(|a| static_panic_text(a, true)) {
                    self.load_const(msg, Const::Str(Rc::from(text.as_str())));
                } else if args.len() > 1 {
                    let Some((fmt, start, n)) = self.format_args(mac, &args[1..], false) else { return Ty::Unit };
                    self.pos = pos_of(mac);
                    self.emit(Instr::Format { dst: msg, fmt, args: start, n });
                } else {
                    let text = format!("assertion failed: {}", source_text(cond));
                    self.load_const(msg, Const::Str(Rc::from(text.as_str())));
                }
                self.emit(Instr::Panic { msg });
                let here = self.f.code.len() as u32;
                self.patch_jump(ok, here);
                self.load_const(dst, Const::Unit);
                Ty::Unit
            }
            "assert_eq" | "assert_ne" | "debug_assert_eq" | "debug_assert_ne" => {
                if args.len() < 2 {
                    self.unsupported(format_args!("`{name}!` with fewer than two arguments"), mac);
                    return Ty::Unit;
                }
                let eq = name.ends_with("eq");
                let pair = self.alloc_pair();
                let lty = self.eval_to(args[0], pair, &Ty::Unknown);
                self.eval_to(args[1], pair + 1, &lty);
                self.pos = pos_of(mac);
                let t = self.alloc();
                let op = if eq { crate::ir::BinOp::Eq } else { crate::ir::BinOp::Ne };
                self.emit(Instr::Binary { op, dst: t, a: pair, b: pair + 1 });
                let ok = self.emit(Instr::JumpIf { cond: t, target: 0 });
                // "assertion `left == right` failed[: msg]\n  left: {:?}\n right: {:?}"
                let op_text = if eq { "==" } else { "!=" };
                let mut pieces = vec![Piece::Literal(format!("assertion `left {op_text} right` failed"))];
                let mut extra: Vec<&syn::Expr> = Vec::new();
                let msg_args = &args[2..];
                let mut n_args = 2;
                let user_msg = if !msg_args.is_empty() {
                    let m = self.alloc();
                    let Some((fmt, start, n)) = self.format_args(mac, msg_args, false) else { return Ty::Unit };
                    self.emit(Instr::Format { dst: m, fmt, args: start, n });
                    Some(m)
                } else {
                    None
                };
                let _ = &mut extra;
                if user_msg.is_some() {
                    pieces.push(Piece::Literal(": ".into()));
                    pieces.push(arg_piece(2, crate::fmt::FmtTrait::Display));
                    n_args = 3;
                }
                pieces.push(Piece::Literal("\n  left: ".into()));
                pieces.push(arg_piece(0, crate::fmt::FmtTrait::Debug));
                pieces.push(Piece::Literal("\n right: ".into()));
                pieces.push(arg_piece(1, crate::fmt::FmtTrait::Debug));
                let fmt = self.add_format(pieces);
                let start = self.alloc_n_pub(n_args);
                self.emit(Instr::Move { dst: start, src: pair });
                self.emit(Instr::Move { dst: start + 1, src: pair + 1 });
                if let Some(m) = user_msg {
                    self.emit(Instr::Move { dst: start + 2, src: m });
                }
                let msg = self.alloc();
                self.pos = pos_of(mac);
                self.emit(Instr::Format { dst: msg, fmt, args: start, n: n_args as u32 });
                self.emit(Instr::Panic { msg });
                let here = self.f.code.len() as u32;
                self.patch_jump(ok, here);
                self.load_const(dst, Const::Unit);
                Ty::Unit
            }
            "concat" | "stringify" => {
                let text = if name == "stringify" {
                    mac.tokens.to_string()
                } else {
                    let mut out = String::new();
                    for a in &args {
                        match a {
                            syn::Expr::Lit(l) => match &l.lit {
                                syn::Lit::Str(s) => out.push_str(&s.value()),
                                syn::Lit::Char(c) => out.push(c.value()),
                                syn::Lit::Int(i) => out.push_str(i.base10_digits()),
                                syn::Lit::Float(f) => out.push_str(f.base10_digits()),
                                syn::Lit::Bool(b) => out.push_str(if b.value { "true" } else { "false" }),
                                other => {
                                    self.unsupported("this `concat!` argument", other);
                                    return Ty::Str;
                                }
                            },
                            other => {
                                self.unsupported("a `concat!` argument that is not a literal", other);
                                return Ty::Str;
                            }
                        }
                    }
                    out
                };
                self.load_const(dst, Const::Str(Rc::from(text.as_str())));
                Ty::Str
            }
            "dbg" => {
                let Some(e) = args.first() else {
                    let text = format!("[{}:{}:{}]\n", self.cx.file_name, self.pos.line, self.pos.column);
                    let fmt = self.add_format(vec![Piece::Literal(text)]);
                    self.emit(Instr::Print { fmt, args: 0, n: 0, stream: Stream::Stderr });
                    self.load_const(dst, Const::Unit);
                    return Ty::Unit;
                };
                let _ = e;
                // Each argument is printed on its own; several make a tuple.
                let start = self.alloc_n_pub(args.len());
                let mut ty = Ty::Unknown;
                let pos = self.pos;
                for (i, e) in args.iter().enumerate() {
                    let slot = if args.len() == 1 { dst } else { start + i as u32 };
                    ty = self.eval_to(e, slot, hint);
                    let text = format!("[{}:{}:{}] {} = ", self.cx.file_name, pos.line, pos.column, source_text(e));
                    let pieces = vec![
                        Piece::Literal(text),
                        Piece::Arg(crate::fmt::Placeholder {
                            arg: ArgRef::Index(0),
                            spec: debug_alt_spec(),
                            width_arg: None,
                            precision_arg: None,
                        }),
                        Piece::Literal("\n".into()),
                    ];
                    let fmt = self.add_format(pieces);
                    self.pos = pos;
                    self.emit(Instr::Print { fmt, args: slot, n: 1, stream: Stream::Stderr });
                }
                if args.len() > 1 {
                    self.emit(Instr::MakeObj {
                        dst,
                        ty: crate::ir::TUPLE,
                        variant: 0,
                        args: start,
                        n: args.len() as u32,
                    });
                    ty = Ty::Unknown;
                }
                ty
            }
            other => {
                self.unsupported(format_args!("macro `{other}!`"), mac);
                Ty::Unknown
            }
        }
    }

    /// `tokio::join!(a, b)` / `tokio::try_join!(..)`: one future polling every branch, awaited here.
    fn join_macro(&mut self, mac: &syn::Macro, name: &str, dst: Slot) -> Ty {
        let parsed = mac.parse_body_with(crate::macro_body::parse_join).map(|j| (j.biased, j.futures));
        let (biased, args) = match parsed {
            Ok(p) => p,
            Err(e) => {
                self.unsupported(format_args!("this `{name}!` ({e})"), mac);
                return Ty::Unknown;
            }
        };
        if biased {
            self.unsupported(format_args!("`{name}!` with `biased;`"), mac);
            return Ty::Unknown;
        }
        let start = self.alloc_n(args.len());
        for (i, a) in args.iter().enumerate() {
            self.eval_to(a, start + i as u32, &Ty::Unknown);
        }
        // futures' `join!` polls its branches in order every time; tokio's rotates the first.
        let first = mac.path.segments.first().map(|s| s.ident.to_string()).unwrap_or_default();
        let futures = first == "futures"
            || (mac.path.segments.len() == 1
                && self.cx.imports.get(&first).is_some_and(|p| p.first().is_some_and(|c| c == "futures")));
        let path = self.cx.sym(match (futures, name == "join") {
            (false, true) => "tokio::join!",
            (false, false) => "tokio::try_join!",
            (true, true) => "futures::join!",
            (true, false) => "futures::try_join!",
        });
        self.pos = pos_of(mac);
        let fut = self.alloc();
        self.emit(Instr::CallPath { dst: fut, path, args: start, n: args.len() as u32 });
        self.emit(Instr::Await { dst, src: fut });
        Ty::Unknown
    }

    fn alloc_pair(&mut self) -> Slot {
        let s = self.alloc();
        self.alloc();
        s
    }

    pub fn alloc_n_pub(&mut self, n: usize) -> Slot {
        let s = self.alloc();
        for _ in 1..n {
            self.alloc();
        }
        s
    }

    pub fn add_format(&mut self, pieces: Vec<Piece>) -> u32 {
        self.cx.prog.formats.push(FormatSpec { pieces, named: Vec::new() });
        (self.cx.prog.formats.len() - 1) as u32
    }

    /// Parse the format string and lower its arguments into consecutive slots.
    /// Named (`name = e`) and inline (`{name}`) arguments are resolved to indices here.
    fn format_args(&mut self, mac: &syn::Macro, args: &[&syn::Expr], newline: bool) -> Option<(u32, Slot, u32)> {
        let Some(first) = args.first() else {
            // `println!()`
            let pieces = if newline { vec![Piece::Literal("\n".into())] } else { Vec::new() };
            return Some((self.add_format(pieces), 0, 0));
        };
        let fmt_str = match first {
            syn::Expr::Lit(syn::ExprLit { lit: syn::Lit::Str(s), .. }) => s.value(),
            other => {
                self.unsupported("a format string that is not a string literal", other);
                return None;
            }
        };
        let mut pieces = match crate::fmt::parse(&fmt_str) {
            Ok(p) => p,
            Err(e) => {
                self.cx.diags.push(crate::report::Diagnostic::error(
                    "parse",
                    format!("invalid format string: {e}"),
                    pos_of(first),
                ));
                return None;
            }
        };
        let mut positional: Vec<&syn::Expr> = Vec::new();
        let mut named: Vec<(String, &syn::Expr)> = Vec::new();
        for a in &args[1..] {
            match a {
                syn::Expr::Assign(asg) => match &*asg.left {
                    syn::Expr::Path(p) if p.path.segments.len() == 1 => {
                        named.push((p.path.segments[0].ident.to_string(), &asg.right))
                    }
                    _ => positional.push(a),
                },
                _ => positional.push(a),
            }
        }
        // Inline captures: names used in the string but not given as `name = e`.
        let mut inline: Vec<String> = Vec::new();
        let resolve = |r: &mut ArgRef, inline: &mut Vec<String>| {
            if let ArgRef::Name(n) = r {
                let idx = if let Some(i) = named.iter().position(|(k, _)| k == n) {
                    positional.len() + i
                } else {
                    let i = match inline.iter().position(|k| k == n) {
                        Some(i) => i,
                        None => {
                            inline.push(n.clone());
                            inline.len() - 1
                        }
                    };
                    positional.len() + named.len() + i
                };
                *r = ArgRef::Index(idx);
            }
        };
        for p in pieces.iter_mut() {
            if let Piece::Arg(ph) = p {
                resolve(&mut ph.arg, &mut inline);
                if let Some(w) = &mut ph.width_arg {
                    resolve(w, &mut inline);
                }
                if let Some(pr) = &mut ph.precision_arg {
                    resolve(pr, &mut inline);
                }
            }
        }
        if newline {
            pieces.push(Piece::Literal("\n".into()));
        }
        let n = positional.len() + named.len() + inline.len();
        let start = self.alloc_n_pub(n.max(1));
        for (i, e) in positional.iter().enumerate() {
            let (s, _) = self.operand(e, &Ty::Unknown);
            self.emit(Instr::Move { dst: start + i as u32, src: s });
        }
        for (i, (_, e)) in named.iter().enumerate() {
            let (s, _) = self.operand(e, &Ty::Unknown);
            self.emit(Instr::Move { dst: start + (positional.len() + i) as u32, src: s });
        }
        for (i, name) in inline.iter().enumerate() {
            let path: syn::Expr = match syn::parse_str(name) {
                Ok(p) => p,
                Err(_) => {
                    self.unsupported(format_args!("format argument `{name}`"), mac);
                    return None;
                }
            };
            let slot = start + (positional.len() + named.len() + i) as u32;
            if self.lookup(name).is_none() && !self.cx.globals_by_name.contains_key(name.as_str()) {
                self.unsupported(format_args!("format argument `{name}` (not a local variable)"), mac);
                return None;
            }
            let (s, _) = self.operand(&path, &Ty::Unknown);
            self.emit(Instr::Move { dst: slot, src: s });
        }
        Some((self.add_format(pieces), start, n as u32))
    }

    fn matches_macro(&mut self, mac: &syn::Macro, dst: Slot) -> Ty {
        let parsed = mac.parse_body_with(|input: syn::parse::ParseStream| {
            let e: syn::Expr = input.parse()?;
            input.parse::<Token![,]>()?;
            let pat = syn::Pat::parse_multi_with_leading_vert(input)?;
            let guard = if input.peek(Token![if]) {
                input.parse::<Token![if]>()?;
                Some(input.parse::<syn::Expr>()?)
            } else {
                None
            };
            let _ = input.parse::<Option<Token![,]>>()?;
            Ok((e, pat, guard))
        });
        let Ok((e, pat, guard)) = parsed else {
            self.unsupported("this `matches!` form", mac);
            return Ty::Bool;
        };
        let (s, ty) = self.operand(&e, &Ty::Unknown);
        self.push_scope_pub();
        let mut fails = Vec::new();
        self.declare_pattern(&pat, &ty);
        self.test_pattern(&pat, s, &mut fails, false, &ty);
        if let Some(g) = &guard {
            let (c, _) = self.operand(g, &Ty::Bool);
            fails.push(self.emit(Instr::JumpIfNot { cond: c, target: 0 }));
        }
        self.load_const(dst, Const::Bool(true));
        let j = self.emit(Instr::Jump { target: 0 });
        let here = self.f.code.len() as u32;
        for f in fails {
            self.patch_jump(f, here);
        }
        self.load_const(dst, Const::Bool(false));
        let here = self.f.code.len() as u32;
        self.patch_jump(j, here);
        self.pop_scope_pub();
        Ty::Bool
    }

    fn vec_macro(&mut self, mac: &syn::Macro, dst: Slot, hint: &Ty) -> Ty {
        // vec![x; n]
        let repeat = mac.parse_body_with(|input: syn::parse::ParseStream| {
            let e: syn::Expr = input.parse()?;
            input.parse::<Token![;]>()?;
            let n: syn::Expr = input.parse()?;
            Ok((e, n))
        });
        if let Ok((e, n)) = repeat {
            let v = self.alloc();
            let ety = self.eval_to(&e, v, &hint.elem());
            let c = self.alloc();
            self.eval_to(&n, c, &Ty::Int(IntTy::Usize));
            self.pos = pos_of(mac);
            self.emit(Instr::VecRepeat { dst, value: v, count: c });
            return Ty::Vec(Box::new(ety));
        }
        match mac.parse_body_with(Args::parse_terminated) {
            Ok(items) => {
                let start = self.alloc_n_pub(items.len().max(1));
                let mut ety = hint.elem();
                for (i, e) in items.iter().enumerate() {
                    let t = self.eval_to(e, start + i as u32, &ety);
                    self.move_out(e);
                    if !ety.is_known() {
                        ety = t;
                    }
                }
                self.pos = pos_of(mac);
                self.emit(Instr::MakeVec { dst, args: start, n: items.len() as u32 });
                Ty::Vec(Box::new(ety))
            }
            Err(_) => {
                self.unsupported("this `vec!` form", mac);
                Ty::Unknown
            }
        }
    }
}

/// The text of a panic message that real rustc makes a `&'static str` payload, or `None`
/// when the payload is a formatted `String`. rustc inlines literal arguments (string
/// literals, and integer literals that fit their type, unsuffixed ones in `i32`) into a
/// plain `{}` placeholder; when nothing is left to format, `fmt::Arguments::as_str()` is
/// `Some` and std's panic handler keeps the `&str` (async/350). `panic!("{}", x)` alone
/// goes through `panic_display` and is always a `String` (`special_arm`).
fn static_panic_text(args: &[&syn::Expr], special_arm: bool) -> Option<String> {
    let syn::Expr::Lit(syn::ExprLit { lit: syn::Lit::Str(fmt), .. }) = args.first()? else { return None };
    if special_arm && args.len() == 2 && fmt.token().to_string() == "\"{}\"" {
        return None;
    }
    let pieces = crate::fmt::parse(&fmt.value()).ok()?;
    let mut positional: Vec<&syn::Expr> = Vec::new();
    let mut named: Vec<(String, &syn::Expr)> = Vec::new();
    for a in &args[1..] {
        match a {
            syn::Expr::Assign(asg) => match &*asg.left {
                syn::Expr::Path(p) if p.path.segments.len() == 1 => {
                    named.push((p.path.segments[0].ident.to_string(), &asg.right))
                }
                _ => return None,
            },
            _ => positional.push(a),
        }
    }
    let mut text = String::new();
    for piece in &pieces {
        match piece {
            Piece::Literal(l) => text.push_str(l),
            Piece::Arg(ph) => {
                if ph.spec != crate::fmt::Spec::default() || ph.width_arg.is_some() || ph.precision_arg.is_some() {
                    return None;
                }
                let e = match &ph.arg {
                    ArgRef::Index(i) => *positional.get(*i)?,
                    ArgRef::Name(n) => named.iter().find(|(k, _)| k == n).map(|(_, e)| *e)?,
                };
                text.push_str(&inlined_literal(e)?);
            }
        }
    }
    Some(text)
}

/// A literal argument rustc inlines into the format string, as it prints.
fn inlined_literal(mut e: &syn::Expr) -> Option<String> {
    loop {
        match e {
            syn::Expr::Paren(p) => e = &p.expr,
            syn::Expr::Reference(r) => e = &r.expr,
            syn::Expr::Group(g) => e = &g.expr,
            _ => break,
        }
    }
    match e {
        syn::Expr::Lit(syn::ExprLit { lit: syn::Lit::Str(s), .. }) => Some(s.value()),
        syn::Expr::Lit(syn::ExprLit { lit: syn::Lit::Int(i), .. }) => {
            let n: u128 = i.base10_parse().ok()?;
            let max: u128 = match i.suffix() {
                "" | "i32" => i32::MAX as u128,
                "i8" => i8::MAX as u128,
                "i16" => i16::MAX as u128,
                "i64" | "isize" => i64::MAX as u128,
                "i128" => i128::MAX as u128,
                "u8" => u8::MAX as u128,
                "u16" => u16::MAX as u128,
                "u32" => u32::MAX as u128,
                "u64" | "usize" => u64::MAX as u128,
                "u128" => u128::MAX,
                _ => return None,
            };
            (n <= max).then(|| n.to_string())
        }
        _ => None,
    }
}

fn arg_piece(i: usize, trait_: crate::fmt::FmtTrait) -> Piece {
    let spec = crate::fmt::Spec { trait_, ..plain_spec() };
    Piece::Arg(crate::fmt::Placeholder { arg: ArgRef::Index(i), spec, width_arg: None, precision_arg: None })
}

fn plain_spec() -> crate::fmt::Spec {
    crate::fmt::Spec {
        fill: ' ',
        align: None,
        sign_plus: false,
        sign_minus: false,
        alternate: false,
        zero_pad: false,
        width: None,
        precision: None,
        trait_: crate::fmt::FmtTrait::Display,
    }
}

fn debug_alt_spec() -> crate::fmt::Spec {
    crate::fmt::Spec { alternate: true, trait_: crate::fmt::FmtTrait::Debug, ..plain_spec() }
}

/// The expression as written (what `assert!` and `dbg!` print).
fn source_text(e: &syn::Expr) -> String {
    crate::span::source_text(e).unwrap_or_default()
}

impl FnBuilder<'_, '_> {
    /// `tokio::pin! { let a = fut_a; let b = fut_b; }`: each `let` declares its local in the
    /// enclosing block (pinning is the identity). `false` when `mac` is not this form.
    pub fn pin_block(&mut self, mac: &syn::Macro) -> bool {
        let name = mac.path.segments.last().map(|s| s.ident.to_string()).unwrap_or_default();
        if name != "pin" {
            return false;
        }
        let first = if mac.path.segments.len() > 1 {
            mac.path.segments[0].ident.to_string()
        } else {
            self.cx.imports.get(&name).and_then(|p| p.first().cloned()).unwrap_or_default()
        };
        if first != "tokio" {
            return false;
        }
        let Ok(stmts) = mac.parse_body_with(syn::Block::parse_within) else { return false };
        if stmts.is_empty() || !stmts.iter().all(|s| matches!(s, syn::Stmt::Local(_))) {
            return false;
        }
        for s in &stmts {
            if let syn::Stmt::Local(local) = s {
                if !matches!(&local.pat, syn::Pat::Ident(_)) || local.init.is_none() {
                    self.unsupported("this `tokio::pin!` form (each `let` must bind one name to a value)", local);
                    continue;
                }
                self.let_stmt(local);
            }
        }
        true
    }
}
