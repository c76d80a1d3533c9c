//! "Say what is checked": every output line an exercise's checks require must be
//! visible before the learner starts.
//!
//! A `print!`/`println!` in `solution.rs` whose output the stdout check requires
//! must show in `starter.rs` (printed already, or in a `// TODO` comment) or in the
//! prompt: each literal piece of its format string (the text between `{..}`
//! placeholders) occurs there. A format with no literal text (`println!("{line}")`)
//! says nothing a learner could miss and is not checked.

use course::Exercise;
use grader::StdoutMode;

/// Problems of one exercise, as `exercises/ID/solution.rs:LINE: ...` lines.
pub(super) fn check(ex: &Exercise) -> Vec<String> {
    let Some(stdout) = &ex.checks.stdout else { return Vec::new() };
    let required: Vec<&str> = match ex.checks.stdout_mode {
        StdoutMode::OrderedSubset if !ex.checks.stdout_lines.is_empty() => {
            ex.checks.stdout_lines.iter().map(String::as_str).collect()
        }
        _ => stdout.lines().collect(),
    };
    let shown = format!("{}\n{}", ex.starter, ex.prompt);
    let mut problems = Vec::new();
    for (line, format) in print_formats(&ex.solution) {
        let pieces = literal_pieces(&format);
        if pieces.iter().all(|p| p.trim().is_empty()) {
            continue;
        }
        if !required.iter().any(|out| matches_in_order(out, &pieces)) {
            continue; // its output is not checked
        }
        let hidden: Vec<&String> =
            pieces.iter().filter(|p| !p.trim().is_empty() && !shown.contains(p.trim())).collect();
        if !hidden.is_empty() {
            problems.push(format!(
                "exercises/{}/solution.rs:{line}: the checks require the output of `{format}`, but {:?} appears neither in starter.rs nor in the prompt: quote the line in the prompt or a `// TODO` comment, or relax the check",
                ex.id,
                hidden.iter().map(|p| p.trim()).collect::<Vec<_>>()
            ));
        }
    }
    problems
}

/// The format string of every `print!`/`println!` call, with its 1-based line
/// (escapes resolved; `{{`/`}}` kept as written).
fn print_formats(source: &str) -> Vec<(usize, String)> {
    let mut out = Vec::new();
    for (idx, text) in source.lines().enumerate() {
        let mut rest = text;
        while let Some(at) = rest.find("print") {
            let after = &rest[at + "print".len()..];
            let after = after.strip_prefix("ln").unwrap_or(after);
            rest = after;
            let Some(args) = after.strip_prefix("!(").map(str::trim_start) else { continue };
            if let Some(literal) = args.strip_prefix('"').and_then(string_body) {
                out.push((idx + 1, literal));
            }
        }
    }
    out
}

/// The body of a string literal whose opening quote was just consumed.
fn string_body(s: &str) -> Option<String> {
    let mut body = String::new();
    let mut chars = s.chars();
    while let Some(c) = chars.next() {
        match c {
            '"' => return Some(body),
            '\\' => match chars.next()? {
                'n' => body.push('\n'),
                't' => body.push('\t'),
                other => body.push(other),
            },
            c => body.push(c),
        }
    }
    None
}

/// The literal text between placeholders: `"got {n} of {}: done"` -> `["got ", " of ", ": done"]`.
fn literal_pieces(format: &str) -> Vec<String> {
    let mut pieces = vec![String::new()];
    let mut chars = format.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '{' if chars.peek() == Some(&'{') => {
                chars.next();
                pieces.last_mut().unwrap().push('{');
            }
            '}' if chars.peek() == Some(&'}') => {
                chars.next();
                pieces.last_mut().unwrap().push('}');
            }
            '{' => {
                for c in chars.by_ref() {
                    if c == '}' {
                        break;
                    }
                }
                pieces.push(String::new());
            }
            c => pieces.last_mut().unwrap().push(c),
        }
    }
    pieces.retain(|p| !p.is_empty());
    pieces
}

/// Whether the pieces occur in `line` in order (so the format can have printed it).
fn matches_in_order(line: &str, pieces: &[String]) -> bool {
    let mut rest = line;
    for piece in pieces.iter().flat_map(|p| p.split('\n')).filter(|p| !p.is_empty()) {
        match rest.find(piece) {
            Some(at) => rest = &rest[at + piece.len()..],
            None => return false,
        }
    }
    true
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats_and_their_pieces() {
        let src = "fn main() {\n    println!(\"all downloads finished: {total} KB\");\n    print!(\"{}\\n\", x); eprintln!(\"err {e}\");\n}\n";
        let formats = print_formats(src);
        assert_eq!(formats[0], (2, "all downloads finished: {total} KB".to_string()));
        assert_eq!(formats[1], (3, "{}\n".to_string()));
        assert_eq!(literal_pieces(&formats[0].1), ["all downloads finished: ", " KB"]);
        assert_eq!(literal_pieces("{{literal}} {:>3}"), ["{literal} "]);
    }

    #[test]
    fn a_format_matches_the_lines_it_can_print() {
        let pieces = literal_pieces("all downloads finished: {total} KB");
        assert!(matches_in_order("all downloads finished: 408 KB", &pieces));
        assert!(!matches_in_order("all downloads finished", &pieces));
    }
}
