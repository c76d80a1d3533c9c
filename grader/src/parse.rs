//! Parsing: source text → `syn::File`, or a `parse` diagnostic with its position.
//!
//! Before syn sees the text, [`nesting`] bounds how deep its syntax tree can
//! get: syn, the lowering and the lints recurse on the host stack (the browser
//! worker's is 8 MiB, see `web/worker/build.rs`), so a file nested thousands of
//! levels deep (`((((..))))`, `- - - - 1`, a chain of a thousand `+`) would
//! overflow it and kill the worker. Such a file is refused with a line instead.

use crate::report::{Diagnostic, Pos};
use proc_macro2::{Delimiter, Spacing, TokenStream, TokenTree};

/// The deepest syntax the grader accepts, in the units of [`nesting`]: far
/// above anything a person writes (the course and the corpus stay under 60),
/// far below what overflows 1 MiB of stack in a debug build.
pub const MAX_NESTING: u32 = 200;

// One diagnostic per parse, on a path that is never hot: boxing it would buy nothing.
#[allow(clippy::result_large_err)]
pub fn parse(source: &str) -> Result<syn::File, Diagnostic> {
    // proc-macro2 lexes (and drops) token trees without recursion, so this is safe on any text;
    // a lexing error is left to syn, which reports it with its position.
    if let Ok(tokens) = source.parse::<TokenStream>() {
        let (depth, line) = nesting(tokens);
        if depth > MAX_NESTING {
            return Err(Diagnostic::unsupported(
                format!(
                    "code nested about {depth} levels deep (brackets and chained operators; at most {MAX_NESTING})"
                ),
                Pos { line, column: 1 },
            ));
        }
    }
    syn::parse_file(source).map_err(|e| {
        // syn reports a bracket problem at the end; rustc at the bracket.
        if let Some(diag) = crate::delimiters::check(source) {
            return diag;
        }
        let start = e.span().start();
        let pos = Pos { line: start.line.max(1) as u32, column: start.column as u32 + 1 };
        let msg = e.to_string();
        // syn's lexer error says nothing useful; rustc's wording is clearer.
        let msg = if msg == "cannot parse string into token stream" {
            "this file contains an unclosed delimiter or an invalid token".to_string()
        } else {
            msg
        };
        // A missing `;` or `,` is missing after the previous token, where rustc points.
        let pos = if msg.starts_with("expected `;`") || msg.starts_with("expected `,`") {
            after_previous_token(source, pos).unwrap_or(pos)
        } else {
            pos
        };
        Diagnostic::error("parse", msg, pos)
    })
}

/// Just after the last non-blank character before `pos`.
fn after_previous_token(source: &str, pos: Pos) -> Option<Pos> {
    let lines: Vec<&str> = source.lines().collect();
    let mut line = pos.line as usize;
    let mut upto = pos.column.saturating_sub(1) as usize;
    while line >= 1 {
        let text: Vec<char> = lines.get(line - 1)?.chars().collect();
        let before = &text[..upto.min(text.len())];
        if let Some(k) = before.iter().rposition(|c| !c.is_whitespace()) {
            return Some(Pos { line: line as u32, column: k as u32 + 2 });
        }
        line -= 1;
        upto = usize::MAX;
    }
    None
}

/// An upper estimate of the depth of the syntax tree syn would build, and the
/// line where it is reached; computed on tokens, with an explicit stack.
///
/// Every bracket opens a level; inside one, every operator or control keyword
/// since the last `;`, `,` or `=>` adds one (a chain `a + b + c` or `-(-(-x))`
/// nests one level per operator; `a.b().c()` one per call). A `{ }` block
/// followed by a new statement or item starts the count again.
pub fn nesting(tokens: TokenStream) -> (u32, u32) {
    struct Level {
        tokens: proc_macro2::token_stream::IntoIter,
        base: u32,
        count: u32,
        after_block: bool,
        prev_joint_eq: bool,
    }
    let mut max = (0, 1);
    let mut stack =
        vec![Level { tokens: tokens.into_iter(), base: 0, count: 0, after_block: false, prev_joint_eq: false }];
    while let Some(level) = stack.last_mut() {
        let Some(token) = level.tokens.next() else {
            stack.pop();
            continue;
        };
        let after_block = std::mem::replace(&mut level.after_block, false);
        let prev_joint_eq = std::mem::replace(&mut level.prev_joint_eq, false);
        match &token {
            TokenTree::Punct(p) => match p.as_char() {
                ';' | ',' => level.count = 0,
                '>' if prev_joint_eq => level.count = 0,
                // An attribute after a block starts a new item or statement.
                '#' if after_block => level.count = 1,
                c => {
                    level.count += 1;
                    level.prev_joint_eq = c == '=' && p.spacing() == Spacing::Joint;
                }
            },
            TokenTree::Ident(ident) => {
                let word = ident.to_string();
                let continues = matches!(word.as_str(), "else" | "as");
                if after_block && !continues {
                    level.count = 0;
                }
                if continues
                    || matches!(
                        word.as_str(),
                        "if" | "match"
                            | "while"
                            | "for"
                            | "loop"
                            | "return"
                            | "break"
                            | "let"
                            | "move"
                            | "async"
                            | "unsafe"
                            | "await"
                    )
                {
                    level.count += 1;
                }
            }
            TokenTree::Literal(_) => {}
            TokenTree::Group(group) => {
                let depth = level.base + level.count + 1;
                let line = group.span_open().start().line as u32;
                if depth > max.0 {
                    max = (depth, line.max(1));
                }
                level.after_block = group.delimiter() == Delimiter::Brace;
                let inner = Level {
                    tokens: group.stream().into_iter(),
                    base: depth,
                    count: 0,
                    after_block: false,
                    prev_joint_eq: false,
                };
                stack.push(inner);
                continue;
            }
        }
        let depth = level.base + level.count;
        if depth > max.0 {
            let line = token.span().start().line as u32;
            max = (depth, line.max(1));
        }
    }
    max
}

#[cfg(test)]
mod tests {
    use super::*;

    fn depth(src: &str) -> u32 {
        nesting(src.parse().unwrap()).0
    }

    #[test]
    fn chains_and_brackets_add_up_and_statements_start_again() {
        assert_eq!(depth("((1))"), 2);
        assert_eq!(depth("- - - 1"), 3);
        assert!(depth("fn main() { let x = 1 + 2 + 3 + 4; }") >= 6);
        let flat = "fn main() { if a { x(); } if b { y(); } if c { z(); } }";
        let one = "fn main() { if a { x(); } }";
        assert_eq!(depth(flat), depth(one), "statements after a block do not deepen the count");
        assert!(depth("let x = {1} + {1} + {1} + {1};") >= 4, "a chain through blocks still counts");
    }

    #[test]
    fn very_deep_text_is_refused_with_its_line_not_a_crash() {
        let deep = format!("fn main() {{\n    let x = {}1{};\n}}\n", "(".repeat(100_000), ")".repeat(100_000));
        let Err(err) = parse(&deep) else { panic!("deep nesting must be refused") };
        assert_eq!(err.code, "unsupported");
        assert_eq!(err.line, 2);
        let chain = format!("fn main() {{ let x = 0{}; }}", " + 1".repeat(100_000));
        let Err(err) = parse(&chain) else { panic!("a long chain must be refused") };
        assert_eq!(err.code, "unsupported");
    }
}
