//! A small Rust highlighter for lesson code blocks: HTML spans with classes.
//!
//! Lessons are read, not edited, so a lexer good enough for colours is enough;
//! the editor (CodeMirror) has its own full Rust grammar.

const KEYWORDS: &[&str] = &[
    "as", "async", "await", "break", "const", "continue", "crate", "dyn", "else", "enum", "extern", "false", "fn",
    "for", "if", "impl", "in", "let", "loop", "match", "mod", "move", "mut", "pub", "ref", "return", "self", "Self",
    "static", "struct", "super", "trait", "true", "type", "unsafe", "use", "where", "while",
];

/// Escape text for HTML element content and double-quoted attribute values.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            c => out.push(c),
        }
    }
    out
}

/// Highlight Rust source as HTML (no surrounding `<pre>`).
pub fn rust(source: &str) -> String {
    let chars: Vec<char> = source.chars().collect();
    let mut out = String::with_capacity(source.len() * 2);
    let mut i = 0;
    let span = |out: &mut String, class: &str, text: &str| {
        out.push_str("<span class=\"hl-");
        out.push_str(class);
        out.push_str("\">");
        out.push_str(&escape(text));
        out.push_str("</span>");
    };
    while i < chars.len() {
        let c = chars[i];
        let start = i;
        if c == '/' && chars.get(i + 1) == Some(&'/') {
            while i < chars.len() && chars[i] != '\n' {
                i += 1;
            }
            span(&mut out, "comment", &collect(&chars[start..i]));
        } else if c == '/' && chars.get(i + 1) == Some(&'*') {
            i += 2;
            while i < chars.len() && !(chars[i] == '*' && chars.get(i + 1) == Some(&'/')) {
                i += 1;
            }
            i = (i + 2).min(chars.len());
            span(&mut out, "comment", &collect(&chars[start..i]));
        } else if c == '"' {
            i += 1;
            while i < chars.len() && chars[i] != '"' {
                if chars[i] == '\\' {
                    i += 1;
                }
                i += 1;
            }
            i = (i + 1).min(chars.len());
            span(&mut out, "string", &collect(&chars[start..i]));
        } else if c == '\'' {
            // A char literal ('a', '\n') or a lifetime ('a, 'static).
            let is_char = matches!((chars.get(i + 1), chars.get(i + 2)), (Some('\\'), _) | (Some(_), Some('\'')));
            if is_char {
                i += 1;
                while i < chars.len() && chars[i] != '\'' {
                    if chars[i] == '\\' {
                        i += 1;
                    }
                    i += 1;
                }
                i = (i + 1).min(chars.len());
                span(&mut out, "string", &collect(&chars[start..i]));
            } else {
                i += 1;
                while i < chars.len() && is_ident(chars[i]) {
                    i += 1;
                }
                span(&mut out, "lifetime", &collect(&chars[start..i]));
            }
        } else if c.is_ascii_digit() {
            while i < chars.len() && (chars[i].is_ascii_alphanumeric() || chars[i] == '_' || chars[i] == '.') {
                if chars[i] == '.' && !chars.get(i + 1).is_some_and(|d| d.is_ascii_digit()) {
                    break;
                }
                i += 1;
            }
            span(&mut out, "number", &collect(&chars[start..i]));
        } else if is_ident_start(c) {
            while i < chars.len() && is_ident(chars[i]) {
                i += 1;
            }
            let word = collect(&chars[start..i]);
            if chars.get(i) == Some(&'!') && chars.get(i + 1) != Some(&'=') {
                i += 1;
                span(&mut out, "macro", &format!("{word}!"));
            } else if KEYWORDS.contains(&word.as_str()) {
                span(&mut out, "keyword", &word);
            } else if word.starts_with(|c: char| c.is_ascii_uppercase()) {
                span(&mut out, "type", &word);
            } else {
                out.push_str(&escape(&word));
            }
        } else if c == '#' && matches!(chars.get(i + 1), Some('[') | Some('!')) {
            let mut depth = 0;
            while i < chars.len() {
                match chars[i] {
                    '[' => depth += 1,
                    ']' => {
                        depth -= 1;
                        if depth == 0 {
                            i += 1;
                            break;
                        }
                    }
                    _ => {}
                }
                i += 1;
            }
            span(&mut out, "attribute", &collect(&chars[start..i]));
        } else {
            i += 1;
            out.push_str(&escape(&c.to_string()));
        }
    }
    out
}

fn collect(chars: &[char]) -> String {
    chars.iter().collect()
}

fn is_ident_start(c: char) -> bool {
    c.is_alphabetic() || c == '_'
}

fn is_ident(c: char) -> bool {
    c.is_alphanumeric() || c == '_'
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Removing the tags gives back the escaped source: highlighting never changes code.
    fn text_of(html: &str) -> String {
        let mut out = String::new();
        let mut in_tag = false;
        for c in html.chars() {
            match c {
                '<' => in_tag = true,
                '>' => in_tag = false,
                c if !in_tag => out.push(c),
                _ => {}
            }
        }
        out
    }

    #[test]
    fn classes() {
        let html = rust("async fn f<'a>(x: &'a str) -> Vec<u8> { println!(\"hi {}\", 1); /* c */ }");
        for expected in [
            r#"<span class="hl-keyword">async</span>"#,
            r#"<span class="hl-lifetime">'a</span>"#,
            r#"<span class="hl-type">Vec</span>"#,
            r#"<span class="hl-macro">println!</span>"#,
            r#"<span class="hl-string">&quot;hi {}&quot;</span>"#,
            r#"<span class="hl-number">1</span>"#,
            r#"<span class="hl-comment">/* c */</span>"#,
        ] {
            assert!(html.contains(expected), "{expected} missing in {html}");
        }
    }

    #[test]
    fn text_is_preserved_for_awkward_input() {
        for src in [
            "#[tokio::main]\nasync fn main() { let c = '\\''; let s = \"a\\\"b<c>\"; x.0.await; 1.5e3 }",
            "\"unterminated",
            "/* unterminated",
            "'",
            "#[",
            "a != b && c",
        ] {
            assert_eq!(text_of(&rust(src)), escape(src), "{src}");
        }
    }
}
