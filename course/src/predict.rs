//! Predict exercises: the learner types the lines they expect in an input area
//! (one per line), and the site writes them into the program's
//! `let predicted = vec![...];` line before running it, so the program's own
//! assertion grades the prediction against the real run.

/// The lines of a prediction as typed: trailing whitespace and empty lines at
/// the end are dropped (a trailing newline is not a prediction of an empty line).
pub fn prediction_lines(text: &str) -> Vec<&str> {
    let mut lines: Vec<&str> = text.lines().map(str::trim_end).collect();
    while lines.last().is_some_and(|l| l.is_empty()) {
        lines.pop();
    }
    lines
}

/// `source` with its first `let predicted = vec![...];` line replaced by one holding
/// `lines` as string literals, or `None` when the program has no such line (the
/// learner rewrote it; then the program runs as written).
pub fn fill_prediction(source: &str, lines: &[&str]) -> Option<String> {
    let start = source.find("let predicted = vec![")?;
    let end = start + source[start..].find("];")? + 2;
    // Only a one-line declaration is replaced: a multi-line one was written by hand.
    if source[start..end].contains('\n') {
        return None;
    }
    let literals: Vec<String> = lines.iter().map(|l| format!("{l:?}")).collect();
    Some(format!("{}let predicted: Vec<&str> = vec![{}];{}", &source[..start], literals.join(", "), &source[end..]))
}

/// Whether the program still has the starter's placeholder prediction (`vec!["?"]`):
/// then nothing has been predicted, neither in the input area nor in the code.
pub fn is_unpredicted(source: &str) -> bool {
    source.contains("let predicted = vec![\"?\"];")
}

/// How many predicted lines are where the program printed them (same index).
pub fn lines_in_place(predicted: &[&str], printed: &str) -> usize {
    predicted.iter().zip(printed.lines()).filter(|(p, q)| *p == q).count()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_prediction_replaces_the_placeholder_on_its_line() {
        let src = "fn main() {\n    // TODO\n    let predicted = vec![\"?\"];\n    check(predicted);\n}\n";
        let filled = fill_prediction(src, &["a: \"hi\"", "b"]).unwrap();
        assert_eq!(
            filled,
            "fn main() {\n    // TODO\n    let predicted: Vec<&str> = vec![\"a: \\\"hi\\\"\", \"b\"];\n    check(predicted);\n}\n"
        );
        assert_eq!(fill_prediction("fn main() {}\n", &["a"]), None);
        assert!(is_unpredicted(src));
        assert!(!is_unpredicted(&filled));
        assert_eq!(fill_prediction("let predicted = vec![\n  \"a\",\n];\n", &["b"]), None);
    }

    #[test]
    fn typed_lines_drop_trailing_blanks() {
        assert_eq!(prediction_lines("a\nb  \n\n\n"), ["a", "b"]);
        assert_eq!(prediction_lines(""), Vec::<&str>::new());
        assert_eq!(lines_in_place(&["a", "x", "c"], "a\nb\nc\nprediction correct\n"), 2);
    }
}
