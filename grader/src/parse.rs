//! Parsing: source text → `syn::File`, or a `parse` diagnostic with its position.

use crate::report::{Diagnostic, Pos};

pub fn parse(source: &str) -> Result<syn::File, Diagnostic> {
    syn::parse_file(source).map_err(|e| {
        let start = e.span().start();
        let pos = Pos { line: start.line.max(1) as u32, column: start.column as u32 + 1 };
        Diagnostic::error("parse", e.to_string(), pos)
    })
}
