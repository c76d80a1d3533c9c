//! Where a bracket went wrong, as rustc's lexer says it: syn only reports that
//! the token stream did not parse, at the end of the file, while rustc points
//! at the delimiter that was never closed (and at the closing one that did not
//! match it).
//!
//! [`check`] matches `(` `[` `{` with their closers over the raw text, skipping
//! what is not code: line and block comments (nested), string and byte-string
//! literals (with escapes), raw strings (`r#".."#`), character literals, and
//! lifetimes (`'a`, which are not the start of a char literal). It runs only
//! when syn failed (see `parse::parse`), so a file it finds balanced keeps
//! syn's diagnostic.

use crate::report::{Diagnostic, Pos, Related};

/// The first delimiter problem of `source`, as rustc reports it:
/// - a closer that does not match the innermost open delimiter:
///   `mismatched closing delimiter: `)``, at the open delimiter that was not
///   closed, with the closer as a second label;
/// - a closer with nothing open: `unexpected closing delimiter: `}``, at it;
/// - an open delimiter still open at the end: `this file contains an unclosed
///   delimiter`, at the end of the file, with the open delimiter as a label
///   (the diagnostic's `related`).
pub fn check(source: &str) -> Option<Diagnostic> {
    let chars: Vec<char> = source.chars().collect();
    let mut stack: Vec<(char, Pos)> = Vec::new();
    // The first closer that did not match: (open, where, closer, where).
    let mut mismatch: Option<(char, Pos, char, Pos)> = None;
    let mut line = 1u32;
    let mut col = 1u32;
    let mut i = 0usize;
    // Advance over `n` chars, keeping line and column.
    macro_rules! bump {
        ($n:expr) => {
            for _ in 0..$n {
                if i < chars.len() {
                    if chars[i] == '\n' {
                        line += 1;
                        col = 1;
                    } else {
                        col += 1;
                    }
                    i += 1;
                }
            }
        };
    }
    let at = |k: usize| chars.get(k).copied().unwrap_or('\0');
    let ident_char = |c: char| c.is_alphanumeric() || c == '_';
    while i < chars.len() {
        let c = chars[i];
        let prev_ident = i > 0 && ident_char(chars[i - 1]);
        match c {
            '/' if at(i + 1) == '/' => {
                while i < chars.len() && chars[i] != '\n' {
                    bump!(1);
                }
            }
            '/' if at(i + 1) == '*' => {
                bump!(2);
                let mut depth = 1;
                while i < chars.len() && depth > 0 {
                    if chars[i] == '/' && at(i + 1) == '*' {
                        depth += 1;
                        bump!(2);
                    } else if chars[i] == '*' && at(i + 1) == '/' {
                        depth -= 1;
                        bump!(2);
                    } else {
                        bump!(1);
                    }
                }
            }
            '"' => {
                let open = Pos { line, column: col };
                bump!(1);
                if !skip_string(&chars, &mut i, &mut line, &mut col) {
                    return Some(unterminated(open));
                }
            }
            'r' | 'b' | 'c' if !prev_ident => {
                // `r"..."`, `r#"..."#`, `br".."`, `cr".."`; `b".."` and `c".."` are plain strings.
                let mut k = i + 1;
                if c != 'r' && at(k) == 'r' {
                    k += 1;
                }
                let raw = c == 'r' || at(i + 1) == 'r';
                let hashes = if raw { chars[k..].iter().take_while(|&&h| h == '#').count() } else { 0 };
                if raw && at(k + hashes) == '"' {
                    bump!(k + hashes + 1 - i);
                    loop {
                        if i >= chars.len() {
                            break;
                        }
                        if chars[i] == '"' && (0..hashes).all(|h| at(i + 1 + h) == '#') {
                            bump!(1 + hashes);
                            break;
                        }
                        bump!(1);
                    }
                } else if !raw && at(i + 1) == '"' {
                    let open = Pos { line, column: col };
                    bump!(2);
                    if !skip_string(&chars, &mut i, &mut line, &mut col) {
                        return Some(unterminated(open));
                    }
                } else if c == 'b' && at(i + 1) == '\'' {
                    bump!(1);
                } else {
                    // An identifier: skip it whole, so its letters start nothing.
                    while i < chars.len() && ident_char(chars[i]) {
                        bump!(1);
                    }
                }
            }
            '\'' => {
                if at(i + 1) == '\\' {
                    // `'\n'`, `'\''`, `'\u{1F600}'`.
                    bump!(2);
                    bump!(1);
                    while i < chars.len() && chars[i] != '\'' && chars[i] != '\n' {
                        bump!(1);
                    }
                    bump!(1);
                } else if at(i + 2) == '\'' {
                    bump!(3);
                } else {
                    // A lifetime or a label: `'a`, `'static`.
                    bump!(1);
                    while i < chars.len() && ident_char(chars[i]) {
                        bump!(1);
                    }
                }
            }
            '(' | '[' | '{' => {
                stack.push((c, Pos { line, column: col }));
                bump!(1);
            }
            ')' | ']' | '}' => {
                let here = Pos { line, column: col };
                match stack.last() {
                    Some(&(open, _)) if closer(open) == c => {
                        stack.pop();
                    }
                    Some(&(open, open_pos)) => {
                        // As rustc recovers: the closer closes the delimiter it matches further
                        // out (the ones inside it stay unclosed), or else the innermost one.
                        match stack.iter().rposition(|(o, _)| closer(*o) == c) {
                            Some(k) => stack.truncate(k),
                            None => {
                                stack.pop();
                            }
                        }
                        if mismatch.is_none() {
                            mismatch = Some((open, open_pos, c, here));
                        }
                    }
                    None => {
                        return Some(
                            Diagnostic::error("parse", format!("unexpected closing delimiter: `{c}`"), here)
                                .with_help("remove it, or open the matching delimiter earlier"),
                        );
                    }
                }
                bump!(1);
            }
            _ if ident_char(c) => {
                while i < chars.len() && ident_char(chars[i]) {
                    bump!(1);
                }
            }
            _ => bump!(1),
        }
    }
    if let Some((open, open_pos, c, here)) = mismatch {
        let mut d = Diagnostic::error("parse", format!("mismatched closing delimiter: `{c}`"), open_pos);
        d.related.push(Related {
            line: here.line,
            column: here.column,
            message: format!("mismatched closing delimiter: `{c}` does not close `{open}`"),
        });
        return Some(d.with_help(format!("close the `{open}` with `{}` before this `{c}`", closer(open))));
    }
    let (open, open_pos) = *stack.last()?;
    // rustc puts the end of a file that ends with a line break on its last line, past the break.
    let end = if chars.last() == Some(&'\n') {
        let last_line: usize = chars[..chars.len() - 1].iter().rev().take_while(|&&c| c != '\n').count();
        Pos { line: line - 1, column: last_line as u32 + 2 }
    } else {
        Pos { line, column: col }
    };
    let mut d = Diagnostic::error("parse", "this file contains an unclosed delimiter", end);
    d.related.push(Related {
        line: open_pos.line,
        column: open_pos.column,
        message: format!("unclosed delimiter: this `{open}` is never closed"),
    });
    Some(d.with_help(format!(
        "add the missing `{}` where the `{open}` on line {} should end",
        closer(open),
        open_pos.line
    )))
}

fn closer(open: char) -> char {
    match open {
        '(' => ')',
        '[' => ']',
        _ => '}',
    }
}

/// rustc's E0765, at the opening quote.
fn unterminated(open: Pos) -> Diagnostic {
    Diagnostic::error("E0765", "unterminated double quote string", open)
        .with_help("close the string with `\"` (a `\"` inside it is written `\\\"`)")
}

/// Skip to just after the closing `"` of a string whose opening quote was consumed;
/// false when the file ends first.
fn skip_string(chars: &[char], i: &mut usize, line: &mut u32, col: &mut u32) -> bool {
    while *i < chars.len() {
        let c = chars[*i];
        let step = if c == '\\' { 2 } else { 1 };
        for _ in 0..step {
            if *i < chars.len() {
                if chars[*i] == '\n' {
                    *line += 1;
                    *col = 1;
                } else {
                    *col += 1;
                }
                *i += 1;
            }
        }
        if c == '"' {
            return true;
        }
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    type Found = (String, u32, u32, Vec<(u32, u32)>);

    fn found(src: &str) -> Option<Found> {
        check(src).map(|d| (d.message, d.line, d.column, d.related.iter().map(|r| (r.line, r.column)).collect()))
    }

    #[test]
    fn balanced_code_with_tricky_literals_is_fine() {
        let src = "fn main() {\n    let s = \"(\";\n    let r = r#\"{\"#;\n    let c = '{';\n    let d = '\\'';\n    let b = b'[';\n    // )\n    /* ( /* ) */ */\n    fn f<'a>(x: &'a str) -> &'a str { x }\n    let e = '\\u{7b}';\n}\n";
        assert_eq!(check(src), None);
    }

    #[test]
    fn a_mismatched_closer_points_at_the_open_delimiter() {
        let (msg, line, col, related) = found("fn main() {\n    let total = (1 + 2;\n}\n").unwrap();
        assert!(msg.starts_with("mismatched closing delimiter: `}`"), "{msg}");
        assert_eq!((line, col), (2, 17));
        assert_eq!(related, vec![(3, 1)]);
    }

    #[test]
    fn an_extra_closer_and_an_unclosed_one() {
        let (msg, line, _, _) = found("fn main() {\n}}\n").unwrap();
        assert_eq!((msg.as_str(), line), ("unexpected closing delimiter: `}`", 2));
        let (msg, line, col, related) = found("fn main() {\n    if x {\n}\n").unwrap();
        assert_eq!((msg.as_str(), line, col), ("this file contains an unclosed delimiter", 3, 3));
        assert_eq!(related, vec![(1, 11)]);
        // `(1 + 2))`: the extra `)` closes the fn's `{` as rustc recovers, so its `}` is the extra one.
        let (msg, line, _, _) = found("fn main() {\n    let n = (1 + 2));\n}\n").unwrap();
        assert_eq!((msg.as_str(), line), ("unexpected closing delimiter: `}`", 3));
        let (msg, line, col, _) = found("fn main() {\n    println!(\"hi);\n}\n").unwrap();
        assert_eq!((msg.as_str(), line, col), ("unterminated double quote string", 2, 14));
    }
}
