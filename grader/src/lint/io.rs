//! Mistakes with tokio's I/O and network streams, seen on the syntax tree:
//! `bufwriter_never_flushed` (a `BufWriter` written and dropped without `flush`),
//! `read_as_message` (the bytes of one `read` used as one whole message) and
//! `connection_not_spawned` (an accept loop that awaits each connection's handling inline).
//! `read_loop_ignores_eof` is seen in the run (`dynamic.rs`).
//!
//! Each rule fires only on a pattern that is the mistake whatever the rest of the program does:
//! the `BufWriter` is never used for anything but writes after it is made (so nothing can
//! flush it), the text of one read is trimmed, parsed, split or compared as a whole, and the
//! accepted stream is passed to a call or read from by an `.await` of the accept loop's own body.

use syn::{Block, Expr, Pat, Stmt};

use super::catalog::{diag, DiagExt};
use super::syntax::{for_each_expr, ident_of, macro_exprs, pat_ident, pos_of, strip, Names};
use crate::report::Diagnostic;
use crate::visit::{self, Visit};

pub(super) fn check(file: &syn::File, names: &Names, out: &mut Vec<Diagnostic>) {
    let mut v = Blocks { names, out };
    v.visit_file(file);
}

struct Blocks<'a> {
    names: &'a Names,
    out: &'a mut Vec<Diagnostic>,
}

impl<'ast> Visit<'ast> for Blocks<'_> {
    crate::visit::overrides!('ast: visit_block, visit_expr);

    fn visit_block(&mut self, b: &'ast Block) {
        for (i, stmt) in b.stmts.iter().enumerate() {
            let Stmt::Local(local) = stmt else { continue };
            let Some(init) = &local.init else { continue };
            let rest = &b.stmts[i + 1..];
            if let Some((name, _)) = pat_ident(&local.pat) {
                if self.is_bufwriter(&init.expr) {
                    bufwriter(&name, rest, b, self.out);
                }
                if let Some(buf) = read_into(&init.expr) {
                    read_as_message(&name, &buf, &init.expr, rest, self.out);
                }
            }
        }
        visit::visit_block(self, b);
    }

    fn visit_expr(&mut self, e: &'ast Expr) {
        match e {
            Expr::Loop(l) => accept_loop(None, &l.body, self.out),
            Expr::While(w) => accept_loop(Some(&w.cond), &w.body, self.out),
            _ => {}
        }
        visit::visit_expr(self, e);
    }
}

impl Blocks<'_> {
    /// `BufWriter::new(..)` / `BufWriter::with_capacity(..)` of tokio (through `use`s).
    fn is_bufwriter(&self, e: &Expr) -> bool {
        let Expr::Call(c) = strip(e) else { return false };
        let callee = self.names.callee(c).unwrap_or_default();
        callee == "tokio::io::BufWriter::new" || callee == "tokio::io::BufWriter::with_capacity"
    }
}

/// The methods that put bytes into a writer (`AsyncWriteExt`).
fn is_write_method(m: &str) -> bool {
    m == "write" || m == "write_all" || (m.starts_with("write_") && int_suffix(&m[6..]))
}

fn int_suffix(s: &str) -> bool {
    let s = s.strip_suffix("_le").unwrap_or(s);
    matches!(s, "u8" | "i8" | "u16" | "i16" | "u32" | "i32" | "u64" | "i64" | "u128" | "i128" | "f32" | "f64")
}

/// How a name is used in some statements: as the receiver of a write or of a flush, dropped, or otherwise.
#[derive(Default)]
struct Uses {
    writes: Vec<u32>,
    flushes: Vec<u32>,
    drop: Option<u32>,
    other: bool,
}

fn uses_of(name: &str, stmts: &[Stmt]) -> Uses {
    struct V<'n> {
        name: &'n str,
        uses: Uses,
    }
    impl<'ast> Visit<'ast> for V<'_> {
        crate::visit::overrides!('ast: visit_expr_method_call, visit_expr_call, visit_path, visit_pat_ident, visit_macro);

        fn visit_expr_method_call(&mut self, m: &'ast syn::ExprMethodCall) {
            if ident_of(&m.receiver).as_deref() == Some(self.name) {
                let method = m.method.to_string();
                let line = pos_of(&m.method).line;
                if is_write_method(&method) {
                    self.uses.writes.push(line);
                } else if method == "flush" || method == "shutdown" {
                    self.uses.flushes.push(line);
                } else {
                    self.uses.other = true;
                }
                for a in &m.args {
                    self.visit_expr(a);
                }
                return;
            }
            visit::visit_expr_method_call(self, m);
        }
        fn visit_expr_call(&mut self, c: &'ast syn::ExprCall) {
            let is_drop = matches!(strip(&c.func), Expr::Path(p) if p.path.is_ident("drop"));
            if is_drop && c.args.len() == 1 && ident_of(&c.args[0]).as_deref() == Some(self.name) {
                self.uses.drop = Some(pos_of(c).line);
                return;
            }
            visit::visit_expr_call(self, c);
        }
        fn visit_path(&mut self, p: &'ast syn::Path) {
            if p.segments.len() == 1 && p.segments[0].ident == self.name {
                self.uses.other = true;
            }
            visit::visit_path(self, p);
        }
        fn visit_pat_ident(&mut self, i: &'ast syn::PatIdent) {
            // Shadowed: what follows may be another value.
            if i.ident == self.name {
                self.uses.other = true;
            }
            visit::visit_pat_ident(self, i);
        }
        fn visit_macro(&mut self, mac: &'ast syn::Macro) {
            match macro_exprs(mac) {
                Some(exprs) => {
                    for e in &exprs {
                        self.visit_expr(e);
                    }
                }
                None => {
                    if mac
                        .tokens
                        .clone()
                        .into_iter()
                        .any(|t| matches!(&t, proc_macro2::TokenTree::Ident(i) if i == self.name))
                    {
                        self.uses.other = true;
                    }
                }
            }
        }
    }
    let mut v = V { name, uses: Uses::default() };
    for s in stmts {
        v.visit_stmt(s);
    }
    v.uses
}

/// Does the statement hold a loop, a closure or an async block (code that may run again, or later)?
fn has_loop(stmt: &Stmt) -> bool {
    let mut found = false;
    for_each_expr(stmt, &mut |e| {
        found |= matches!(e, Expr::Loop(_) | Expr::While(_) | Expr::ForLoop(_) | Expr::Closure(_) | Expr::Async(_));
    });
    found
}

/// `let w = BufWriter::new(..)` followed only by writes to `w` (and its drop), or by a last
/// write after its last flush, where both are straight-line statements of the block: nothing
/// flushes that write.
fn bufwriter(name: &str, rest: &[Stmt], block: &Block, out: &mut Vec<Diagnostic>) {
    let uses = uses_of(name, rest);
    if uses.other || uses.writes.is_empty() {
        return;
    }
    let unflushed: Vec<u32> = match uses.flushes.last() {
        None => uses.writes.clone(),
        Some(_) => {
            // The statements that flush must be straight-line, and the unflushed writes after the last of them.
            let flushing: Vec<usize> =
                (0..rest.len()).filter(|&j| !uses_of(name, &rest[j..=j]).flushes.is_empty()).collect();
            let Some(&last) = flushing.last() else { return };
            if flushing.iter().any(|&j| has_loop(&rest[j])) {
                return;
            }
            let after = uses_of(name, &rest[last + 1..]);
            let same = uses_of(name, &rest[last..=last]);
            if !same.writes.is_empty() {
                return;
            }
            after.writes
        }
    };
    let Some(&first) = unflushed.first() else { return };
    let last = *unflushed.last().unwrap_or(&first);
    let lines = if first == last { format!("line {first}") } else { format!("lines {first}-{last}") };
    let dropped = match uses.drop {
        Some(d) => format!("dropped on line {d}"),
        None => format!("dropped at the end of its block (line {})", block.brace_token.span.close().start().line),
    };
    let after_flush = match uses.flushes.last() {
        None => "never flushed".to_string(),
        Some(f) => format!("not flushed after its last flush (line {f})"),
    };
    let pos = rest
        .iter()
        .find_map(|s| {
            let mut p = None;
            for_each_expr(s, &mut |e| {
                if let Expr::MethodCall(m) = e {
                    if p.is_none() && ident_of(&m.receiver).as_deref() == Some(name) && pos_of(&m.method).line == first
                    {
                        p = Some(pos_of(&m.method));
                    }
                }
            });
            p
        })
        .unwrap_or_default();
    out.push(
        diag(
            "bufwriter_never_flushed",
            pos,
            format!(
                "`{name}` is a `BufWriter` written on {lines} and {after_flush}: it is {dropped} with those bytes still in its buffer, so they never reach the stream"
            ),
        )
        .help(format!("`{name}.flush().await?;` after the last write (or `{name}.shutdown().await?;` to close it)")),
    );
}

/// `X.read(&mut buf).await?` (through `?`, `.unwrap()`, `.expect(..)`): the buffer's name.
fn read_into(e: &Expr) -> Option<String> {
    match strip(e) {
        Expr::Try(t) => read_into(&t.expr),
        Expr::MethodCall(m) if m.method == "unwrap" || m.method == "expect" => read_into(&m.receiver),
        Expr::Await(a) => match strip(&a.base) {
            Expr::MethodCall(m) if m.method == "read" && m.args.len() == 1 => match strip(&m.args[0]) {
                Expr::Reference(r) if r.mutability.is_some() => ident_of(&r.expr),
                _ => None,
            },
            _ => None,
        },
        _ => None,
    }
}

/// `&buf[..n]` (or `buf[..n]`, `buf[0..n]`).
fn is_read_slice(e: &Expr, buf: &str, n: &str) -> bool {
    let e = match strip(e) {
        Expr::Reference(r) => strip(&r.expr),
        other => other,
    };
    let Expr::Index(ix) = e else { return false };
    if ident_of(&ix.expr).as_deref() != Some(buf) {
        return false;
    }
    let Expr::Range(r) = strip(&ix.index) else { return false };
    let start_ok = r.start.as_deref().is_none_or(
        |s| matches!(strip(s), Expr::Lit(l) if matches!(&l.lit, syn::Lit::Int(i) if i.base10_digits() == "0")),
    );
    start_ok
        && matches!(r.limits, syn::RangeLimits::HalfOpen(_))
        && r.end.as_deref().and_then(ident_of).as_deref() == Some(n)
}

/// Text made from the read's bytes: `String::from_utf8_lossy(&buf[..n])`, `std::str::from_utf8(&buf[..n])`,
/// `String::from_utf8(buf[..n].to_vec())`, with `.unwrap()`, `.to_string()` and kin after it.
fn is_read_text(e: &Expr, buf: &str, n: &str) -> bool {
    match strip(e) {
        Expr::MethodCall(m)
            if matches!(
                m.method.to_string().as_str(),
                "unwrap" | "expect" | "to_string" | "into_owned" | "to_owned" | "as_ref" | "as_str"
            ) =>
        {
            is_read_text(&m.receiver, buf, n)
        }
        Expr::Try(t) => is_read_text(&t.expr, buf, n),
        Expr::Call(c) => {
            let Expr::Path(p) = strip(&c.func) else { return false };
            let last = p.path.segments.last().map(|s| s.ident.to_string()).unwrap_or_default();
            if !matches!(last.as_str(), "from_utf8_lossy" | "from_utf8") || c.args.len() != 1 {
                return false;
            }
            let arg = match strip(&c.args[0]) {
                Expr::MethodCall(m) if m.method == "to_vec" => &*m.receiver,
                other => other,
            };
            is_read_slice(arg, buf, n)
        }
        _ => false,
    }
}

/// What treats a text as one whole message: the method, or `==`.
fn whole_message_use(e: &Expr, is_text: &dyn Fn(&Expr) -> bool) -> Option<String> {
    match strip(e) {
        Expr::MethodCall(m)
            if matches!(
                m.method.to_string().as_str(),
                "trim" | "trim_end" | "parse" | "split_whitespace" | "split_once" | "strip_suffix"
            ) && is_text(&m.receiver) =>
        {
            Some(format!("`.{}()`", m.method))
        }
        Expr::Binary(b)
            if matches!(b.op, syn::BinOp::Eq(_) | syn::BinOp::Ne(_))
                && ((is_text(&b.left) && matches!(strip(&b.right), Expr::Lit(_)))
                    || (is_text(&b.right) && matches!(strip(&b.left), Expr::Lit(_)))) =>
        {
            Some("a comparison with a string".to_string())
        }
        _ => None,
    }
}

/// `let n = s.read(&mut buf).await?;` then the text of `&buf[..n]` trimmed, parsed, split or compared.
fn read_as_message(n: &str, buf: &str, read: &Expr, rest: &[Stmt], out: &mut Vec<Diagnostic>) {
    // The locals that hold the read's text (`let text = String::from_utf8_lossy(&buf[..n]);`).
    let mut texts: Vec<String> = Vec::new();
    let mut found: Option<(u32, String)> = None;
    for s in rest {
        if let Stmt::Local(l) = s {
            if let (Some((name, _)), Some(init)) = (pat_ident(&l.pat), &l.init) {
                if is_read_text(&init.expr, buf, n) {
                    texts.push(name);
                }
            }
        }
        let is_text = |e: &Expr| is_read_text(e, buf, n) || ident_of(e).is_some_and(|x| texts.contains(&x));
        for_each_expr(s, &mut |e| {
            if found.is_none() {
                if let Some(what) = whole_message_use(e, &is_text) {
                    found = Some((pos_of(e).line, what));
                }
            }
        });
        if found.is_some() {
            break;
        }
    }
    let Some((line, what)) = found else { return };
    let pos = pos_of(read);
    out.push(diag(
        "read_as_message",
        pos,
        format!(
            "the bytes of one `read` into `{buf}` (line {}) are used as one whole message on line {line} ({what}): a read returns whatever has arrived, part of a message or several",
            pos.line
        ),
    ));
}

/// The stream a pattern binds from `accept()`'s output: `(s, _)`, `Ok((s, _))`, or the whole tuple.
fn stream_name(p: &Pat) -> Option<String> {
    match p {
        Pat::Ident(i) => Some(i.ident.to_string()),
        Pat::Tuple(t) => t.elems.first().and_then(stream_name),
        Pat::TupleStruct(t) => t.elems.first().and_then(stream_name),
        Pat::Type(t) => stream_name(&t.pat),
        _ => None,
    }
}

/// Does the expression await `X.accept()`?
fn awaits_accept(e: &Expr) -> bool {
    let mut found = false;
    for_each_expr(e, &mut |x| {
        if let Expr::Await(a) = x {
            if matches!(strip(&a.base), Expr::MethodCall(m) if m.method == "accept" && m.args.is_empty()) {
                found = true;
            }
        }
    });
    found
}

/// The reads that wait for the peer.
fn is_read_method(m: &str) -> bool {
    matches!(m, "read" | "read_exact" | "read_to_end" | "read_to_string" | "read_line" | "next_line" | "next")
        || (m.starts_with("read_") && int_suffix(&m[5..]))
}

/// The first `.await` in the statements (not in closures or async blocks) of a call that takes
/// `stream`, or of a read of it: the connection handled inline.
fn inline_handling(stream: &str, stmts: &[Stmt]) -> Option<syn::ExprAwait> {
    struct V<'n> {
        stream: &'n str,
        found: Option<syn::ExprAwait>,
    }
    fn takes(stream: &str, e: &Expr) -> bool {
        match strip(e) {
            Expr::Call(c) => c.args.iter().any(|a| {
                let a = match strip(a) {
                    Expr::Reference(r) => &*r.expr,
                    other => other,
                };
                ident_of(a).as_deref() == Some(stream)
            }),
            Expr::MethodCall(m) => is_read_method(&m.method.to_string()) && root_is(&m.receiver, stream),
            _ => false,
        }
    }
    fn root_is(e: &Expr, stream: &str) -> bool {
        match strip(e) {
            Expr::Reference(r) => root_is(&r.expr, stream),
            Expr::Field(f) => root_is(&f.base, stream),
            other => ident_of(other).as_deref() == Some(stream),
        }
    }
    impl<'ast> Visit<'ast> for V<'_> {
        crate::visit::overrides!('ast: visit_expr_await, visit_expr_closure, visit_expr_async, visit_item);

        fn visit_expr_await(&mut self, a: &'ast syn::ExprAwait) {
            if self.found.is_none() && takes(self.stream, &a.base) {
                self.found = Some(a.clone());
            }
            visit::visit_expr_await(self, a);
        }
        fn visit_expr_closure(&mut self, _: &'ast syn::ExprClosure) {}
        fn visit_expr_async(&mut self, _: &'ast syn::ExprAsync) {}
        fn visit_item(&mut self, _: &'ast syn::Item) {}
    }
    let mut v = V { stream, found: None };
    for s in stmts {
        v.visit_stmt(s);
    }
    v.found
}

/// `loop { let (s, _) = l.accept().await?; handle(s).await; }` (or `while let Ok((s, _)) = ..`).
fn accept_loop(cond: Option<&Expr>, body: &Block, out: &mut Vec<Diagnostic>) {
    let mut accepted: Option<(String, u32, usize)> = None;
    if let Some(Expr::Let(l)) = cond.map(strip) {
        if awaits_accept(&l.expr) {
            accepted = stream_name(&l.pat).map(|s| (s, pos_of(&*l.expr).line, 0));
        }
    }
    if accepted.is_none() {
        accepted = body.stmts.iter().enumerate().find_map(|(i, s)| {
            let Stmt::Local(l) = s else { return None };
            let init = l.init.as_ref()?;
            if !awaits_accept(&init.expr) {
                return None;
            }
            Some((stream_name(&l.pat)?, pos_of(&*init.expr).line, i + 1))
        });
    }
    let Some((stream, accept_line, from)) = accepted else { return };
    if stream == "_" {
        return;
    }
    let Some(a) = inline_handling(&stream, &body.stmts[from..]) else { return };
    let pos = pos_of(&*a.base);
    out.push(
        diag(
            "connection_not_spawned",
            pos,
            format!(
                "the connection `{stream}` accepted on line {accept_line} is handled inline on line {}: the loop awaits it before it accepts again, so the next client waits until this one is done",
                pos.line
            ),
        )
        .help(format!("spawn a task per connection: `tokio::spawn(async move {{ .. {stream} .. }});`")),
    );
}
