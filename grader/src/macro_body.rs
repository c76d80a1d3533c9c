//! The bodies of tokio's `select!` and `join!`/`try_join!`, parsed once for
//! both readers: the lowering (`lower/select.rs`, `lower/macros.rs`,
//! `lower/scan.rs`) and the syntax lints (`lint/syntax/`).
//!
//! **Boundary:** this is syn-level code, like `parse` and `lower`; nothing
//! after lowering sees these types.
//!
//! `select!` has two grammars, [`Grammar::Tokio`] and [`Grammar::Lints`]. The
//! lowering reads tokio's: what `tokio::select!` accepts, and nothing else, with
//! syn's errors as the learner's diagnostics. The lints have always read a
//! looser, older approximation (`biased` must be followed by `;`, the `else`
//! branch may come anywhere, futures and preconditions are parsed without
//! struct literals, handlers and `else` end where a `match` arm's expression
//! would); it is kept as it was so that no lint finding changes. Every place the
//! grammars differ is a `match grammar` below: moving the lints to
//! [`Grammar::Tokio`] is a one-word change, and a behaviour change for inputs
//! tokio rejects or that use struct literals in a future.

use syn::parse::ParseStream;
use syn::punctuated::Punctuated;
use syn::{Expr, Pat, Token};

/// A parsed `select!` body.
pub(crate) struct Select {
    /// `biased;` came first.
    pub biased: bool,
    pub branches: Vec<Branch>,
    /// The `else => ..` branch.
    pub els: Option<Expr>,
}

/// `pat = fut, if cond => handler`.
pub(crate) struct Branch {
    pub pat: Pat,
    /// The future expression.
    pub fut: Expr,
    /// The precondition (`, if cond`).
    pub cond: Option<Expr>,
    pub handler: Expr,
}

/// Which `select!` grammar to read (see the module docs).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Grammar {
    /// What `tokio::select!` accepts: the lowering's.
    Tokio,
    /// The lints' looser approximation.
    Lints,
}

/// Parse a `select!` body (`mac.parse_body_with(|i| parse_select(i, grammar))`).
pub(crate) fn parse_select(input: ParseStream, grammar: Grammar) -> syn::Result<Select> {
    let biased = match grammar {
        // `biased = fut => ..` is a branch binding `biased`.
        Grammar::Tokio => {
            input.peek(syn::Ident) && input.peek2(Token![;]) && input.fork().parse::<syn::Ident>()? == "biased"
        }
        Grammar::Lints => input.peek(syn::Ident) && input.fork().parse::<syn::Ident>()? == "biased",
    };
    if biased {
        input.parse::<syn::Ident>()?;
        input.parse::<Token![;]>()?;
    }
    let mut branches = Vec::new();
    let mut els = None;
    while !input.is_empty() {
        if input.peek(Token![else]) {
            input.parse::<Token![else]>()?;
            input.parse::<Token![=>]>()?;
            els = Some(handler(input, grammar)?);
            match grammar {
                Grammar::Tokio if !input.is_empty() => return Err(input.error("the `else` branch must come last")),
                Grammar::Tokio => break,
                Grammar::Lints => continue,
            }
        }
        let pat = Pat::parse_multi_with_leading_vert(input)?;
        input.parse::<Token![=]>()?;
        let fut = expr(input, grammar)?;
        let cond = if input.peek(Token![,]) && input.peek2(Token![if]) {
            input.parse::<Token![,]>()?;
            input.parse::<Token![if]>()?;
            Some(expr(input, grammar)?)
        } else {
            None
        };
        input.parse::<Token![=>]>()?;
        let handler = handler(input, grammar)?;
        branches.push(Branch { pat, fut, cond, handler });
    }
    Ok(Select { biased, branches, els })
}

/// A future or a precondition.
fn expr(input: ParseStream, grammar: Grammar) -> syn::Result<Expr> {
    match grammar {
        Grammar::Tokio => input.parse(),
        Grammar::Lints => Expr::parse_without_eager_brace(input),
    }
}

/// A handler (or the `else` branch) and the comma after it.
fn handler(input: ParseStream, grammar: Grammar) -> syn::Result<Expr> {
    match grammar {
        Grammar::Tokio => {
            if input.peek(syn::token::Brace) {
                // A block handler: the comma after it is optional.
                let block: syn::Block = input.parse()?;
                input.parse::<Option<Token![,]>>()?;
                return Ok(Expr::Block(syn::ExprBlock { attrs: Vec::new(), label: None, block }));
            }
            let e: Expr = input.parse()?;
            if !input.is_empty() {
                input.parse::<Token![,]>()?;
            }
            Ok(e)
        }
        Grammar::Lints => {
            let e = Expr::parse_with_earlier_boundary_rule(input)?;
            input.parse::<Option<Token![,]>>()?;
            Ok(e)
        }
    }
}

/// A parsed `join!`/`try_join!` body: `biased;` (tokio's `join!` only) and the futures.
pub(crate) struct Join {
    pub biased: bool,
    pub futures: Punctuated<Expr, Token![,]>,
}

/// Parse a `join!`/`try_join!` body (`mac.parse_body_with(parse_join)`).
pub(crate) fn parse_join(input: ParseStream) -> syn::Result<Join> {
    let biased = input.peek(syn::Ident)
        && input.peek2(Token![;])
        && input.fork().parse::<syn::Ident>().map(|i| i == "biased").unwrap_or(false);
    if biased {
        input.parse::<syn::Ident>()?;
        input.parse::<Token![;]>()?;
    }
    Ok(Join { biased, futures: Punctuated::parse_terminated(input)? })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn select(body: &str, grammar: Grammar) -> syn::Result<Select> {
        let mac: syn::Macro = syn::parse_str(&format!("tokio::select! {{ {body} }}")).unwrap();
        mac.parse_body_with(|i: ParseStream| parse_select(i, grammar))
    }

    #[test]
    fn both_grammars_read_the_usual_forms_alike() {
        let body = "biased; Some(v) = rx.recv(), if open => { println!(\"{v}\") } _ = sleep(d) => break, else => ()";
        for grammar in [Grammar::Tokio, Grammar::Lints] {
            let sel = select(body, grammar).unwrap();
            assert!(sel.biased);
            assert_eq!(sel.branches.len(), 2);
            assert!(sel.branches[0].cond.is_some() && sel.els.is_some());
        }
    }

    #[test]
    fn where_the_grammars_differ() {
        // tokio wants `else` last; the lints read on.
        let body = "else => (), v = f() => v,";
        assert!(select(body, Grammar::Tokio).is_err());
        assert_eq!(select(body, Grammar::Lints).unwrap().branches.len(), 1);
        // `biased` without `;` is a branch's binding for tokio.
        let body = "biased = f() => ()";
        assert_eq!(select(body, Grammar::Tokio).unwrap().branches.len(), 1);
        assert!(select(body, Grammar::Lints).is_err());
    }

    #[test]
    fn join() {
        let mac: syn::Macro = syn::parse_str("tokio::join!(biased; a, b)").unwrap();
        let join = mac.parse_body_with(parse_join).unwrap();
        assert!(join.biased);
        assert_eq!(join.futures.len(), 2);
    }
}
