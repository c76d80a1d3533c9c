//! Parsing: source text → `syn::File`, or a `parse` diagnostic with its position.

use crate::report::{Diagnostic, Pos};

pub fn parse(source: &str) -> Result<syn::File, Diagnostic> {
    syn::parse_file(source).map_err(|e| {
        let start = e.span().start();
        let pos = Pos { line: start.line.max(1) as u32, column: start.column as u32 + 1 };
        let msg = e.to_string();
        // syn's lexer error says nothing useful; rustc's wording is clearer.
        let msg = if msg == "cannot parse string into token stream" { "this file contains an unclosed delimiter or an invalid token".to_string() } else { msg };
        Diagnostic::error("parse", msg, pos)
    })
}
