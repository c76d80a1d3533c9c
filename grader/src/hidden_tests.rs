//! An exercise's hidden tests: `#[test]` / `#[tokio::test]` functions (the exercise's
//! `tests.rs`) that grading adds to the learner's program, as Exercism does, so an
//! exercise can judge an API (the learner's functions and their results) rather than
//! print formatting.
//!
//! [`append`] puts them after the learner's last line, as
//! `#[cfg(test)] mod hidden_tests { use super::*; ... }`, so every learner line keeps its
//! number and each test is named `hidden_tests::NAME`, as real `cargo test` names it;
//! the oracle (`cargo xtask check-content`) appends the same text with the same function,
//! so the expected results come from real Rust. [`Appended`] maps what the run says about
//! the appended text back to the exercise's tests: a diagnostic there says it is in the
//! exercise's tests (with the line of `tests.rs`) and points at the learner's last line,
//! and a test that cannot build because the learner's file lacks an item the tests use
//! names that item.

use crate::report::{Diagnostic, Severity};

/// The module the hidden tests are appended in; each test is the check `test hidden_tests::NAME`.
pub const MODULE: &str = "hidden_tests";

/// How the message of a build error that is a missing item of the learner's file starts.
const MISSING: &str = "the exercise's tests use ";

/// Whether a diagnostic is a missing item of the learner's file that the hidden tests use
/// (then real rustc would build none of the tests).
pub fn is_missing_item(d: &Diagnostic) -> bool {
    d.severity == Severity::Error && d.message.starts_with(MISSING)
}

/// The learner's source with the exercise's tests appended after its last line.
pub fn append(source: &str, tests: &str) -> String {
    Appended::new(source, tests).text
}

/// A learner's source with the hidden tests appended, and where the tests start.
pub(crate) struct Appended<'a> {
    /// The program to build and test.
    pub text: String,
    /// The learner's own source.
    learner: &'a str,
    /// The tests as the exercise wrote them.
    tests: &'a str,
    /// Lines of the learner's source (at least 1).
    learner_lines: u32,
    /// The line of `text` just before the tests' first line.
    offset: u32,
}

impl<'a> Appended<'a> {
    pub fn new(learner: &'a str, tests: &'a str) -> Appended<'a> {
        let mut text = learner.to_string();
        if !text.is_empty() && !text.ends_with('\n') {
            text.push('\n');
        }
        let learner_lines = (text.matches('\n').count() as u32).max(1);
        text.push_str(&format!("\n#[cfg(test)]\nmod {MODULE} {{\n    use super::*;\n\n"));
        let offset = text.matches('\n').count() as u32;
        text.push_str(tests);
        if !tests.ends_with('\n') {
            text.push('\n');
        }
        text.push_str("}\n");
        Appended { text, learner, tests, learner_lines, offset }
    }

    /// The line of `tests.rs` that line `line` of the appended text is, when it is in the tests.
    fn tests_line(&self, line: u32) -> Option<u32> {
        (line > self.learner_lines).then(|| line.saturating_sub(self.offset).max(1))
    }

    /// A diagnostic of the appended program, as the learner should read it: one inside
    /// the exercise's tests says so, with the line of `tests.rs`, and points at the
    /// learner's last line (the tests come after it); a build error there that is a
    /// missing item of the learner's file names that item.
    pub fn map_diagnostic(&self, mut d: Diagnostic) -> Diagnostic {
        let Some(line) = self.tests_line(d.line) else { return d };
        let missing = (d.severity == Severity::Error).then(|| self.missing_item(&d)).flatten();
        d.message = match missing {
            Some(name) => format!(
                "{MISSING}`{name}` (tests.rs line {line}), but your program defines no `{name}`: cannot find `{name}` in this scope"
            ),
            None => format!("in the exercise's tests (tests.rs line {line}): {}", d.message),
        };
        d.line = self.learner_lines;
        d.column = 1;
        d.end_line = None;
        d.end_column = None;
        d.related.retain(|r| r.line <= self.learner_lines);
        d
    }

    /// A test's failure message with the places inside the tests (`FILE:LINE:COL`, as a
    /// panic prints them) given as places of `tests.rs`.
    pub fn map_message(&self, message: &str, file_name: &str) -> String {
        let needle = format!("{file_name}:");
        let mut out = String::new();
        let mut rest = message;
        while let Some(at) = rest.find(&needle) {
            out.push_str(&rest[..at]);
            let after = &rest[at + needle.len()..];
            let digits = after.chars().take_while(char::is_ascii_digit).count();
            match after[..digits].parse::<u32>().ok().and_then(|l| self.tests_line(l)) {
                Some(line) => {
                    out.push_str(&format!("the exercise's tests.rs:{line}"));
                    rest = &after[digits..];
                }
                None => {
                    out.push_str(&needle);
                    rest = after;
                }
            }
        }
        out.push_str(rest);
        out
    }

    /// The item a build error inside the tests is about, when the learner's file does not
    /// define it (and the tests do not either): the name at the error's place, or one the
    /// message quotes.
    fn missing_item(&self, d: &Diagnostic) -> Option<String> {
        let at = self
            .text
            .lines()
            .nth(d.line.checked_sub(1)? as usize)
            .map(|l| {
                l.chars()
                    .skip(d.column.saturating_sub(1) as usize)
                    .take_while(|c| c.is_alphanumeric() || *c == '_')
                    .collect::<String>()
            })
            .into_iter();
        let quoted = d.message.split('`').skip(1).step_by(2).map(str::to_string);
        let defined = |src: &str| item_names(src);
        let (learner, tests) = (defined(self.learner), defined(self.tests));
        at.chain(quoted).find(|name| {
            is_ident(name)
                && !learner.contains(name)
                && !tests.contains(name)
                && self.tests.split(|c: char| !(c.is_alphanumeric() || c == '_')).any(|w| w == name)
        })
    }
}

fn is_ident(name: &str) -> bool {
    name.chars().next().is_some_and(|c| c.is_alphabetic() || c == '_') && syn::parse_str::<syn::Ident>(name).is_ok()
}

/// The names a file defines or imports at its top level.
fn item_names(source: &str) -> Vec<String> {
    let Ok(file) = syn::parse_file(source) else { return Vec::new() };
    let mut names = Vec::new();
    for item in &file.items {
        let ident = match item {
            syn::Item::Fn(f) => Some(&f.sig.ident),
            syn::Item::Struct(s) => Some(&s.ident),
            syn::Item::Enum(e) => Some(&e.ident),
            syn::Item::Type(t) => Some(&t.ident),
            syn::Item::Const(c) => Some(&c.ident),
            syn::Item::Static(s) => Some(&s.ident),
            syn::Item::Trait(t) => Some(&t.ident),
            syn::Item::Mod(m) => Some(&m.ident),
            syn::Item::Union(u) => Some(&u.ident),
            syn::Item::Use(u) => {
                use_names(&u.tree, &mut names);
                None
            }
            _ => None,
        };
        names.extend(ident.map(ToString::to_string));
    }
    names
}

fn use_names(tree: &syn::UseTree, names: &mut Vec<String>) {
    match tree {
        syn::UseTree::Path(p) => use_names(&p.tree, names),
        syn::UseTree::Name(n) => names.push(n.ident.to_string()),
        syn::UseTree::Rename(r) => names.push(r.rename.to_string()),
        syn::UseTree::Group(g) => g.items.iter().for_each(|t| use_names(t, names)),
        syn::UseTree::Glob(_) => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_tests_come_after_the_learners_last_line() {
        let appended = Appended::new("fn main() {}", "#[test]\nfn t() {}\n");
        assert_eq!(
            appended.text,
            "fn main() {}\n\n#[cfg(test)]\nmod hidden_tests {\n    use super::*;\n\n#[test]\nfn t() {}\n}\n"
        );
        assert_eq!(appended.learner_lines, 1);
        // `#[test]` is line 7 of the text, line 1 of tests.rs.
        assert_eq!(appended.tests_line(7), Some(1));
        assert_eq!(appended.tests_line(1), None);
        assert_eq!(append("fn main() {}\n", "#[test]\nfn t() {}"), appended.text);
    }

    #[test]
    fn panic_places_inside_the_tests_are_places_of_tests_rs() {
        let appended = Appended::new("fn main() {}\n", "#[test]\nfn t() {\n    assert!(false);\n}\n");
        let message = "panicked at src/main.rs:9:5:\nassertion failed: false";
        assert_eq!(
            appended.map_message(message, "src/main.rs"),
            "panicked at the exercise's tests.rs:3:5:\nassertion failed: false"
        );
        assert_eq!(
            appended.map_message("panicked at src/main.rs:1:13:\nx", "src/main.rs"),
            "panicked at src/main.rs:1:13:\nx"
        );
    }

    const LEARNER: &str = "async fn add(a: u32, b: u32) -> u32 {\n    if a == 7 {\n        panic!(\"seven\");\n    }\n    a + b\n}\n\n#[tokio::main]\nasync fn main() {\n    println!(\"{}\", add(1, 2).await);\n}\n";

    fn graded(source: &str, tests: &str) -> crate::Graded {
        let expect = crate::Expectations { tests: true, hidden_tests: Some(tests.into()), ..Default::default() };
        crate::grade(source, &expect, &crate::Options::default())
    }

    fn check<'a>(graded: &'a crate::Graded, name: &str) -> &'a crate::CheckResult {
        graded.checks.iter().find(|c| c.name == name).unwrap_or_else(|| panic!("no check {name}: {graded:?}"))
    }

    #[test]
    fn each_hidden_test_is_a_check_and_failures_point_at_the_right_file() {
        let tests = "#[tokio::test]\nasync fn adds() {\n    assert_eq!(add(2, 2).await, 4);\n}\n\n#[tokio::test]\nasync fn adds_wrongly() {\n    assert_eq!(add(2, 2).await, 5);\n}\n\n#[tokio::test]\nasync fn seven() {\n    add(7, 0).await;\n}\n";
        let g = graded(LEARNER, tests);
        assert!(check(&g, "test hidden_tests::adds").passed);
        // A failing assertion in the tests names the line of tests.rs.
        let wrong = check(&g, "test hidden_tests::adds_wrongly");
        assert!(!wrong.passed);
        assert!(wrong.actual.starts_with("panicked at the exercise's tests.rs:8:5:"), "{}", wrong.actual);
        // A panic in the learner's code keeps the learner's line.
        let seven = check(&g, "test hidden_tests::seven");
        assert!(seven.actual.starts_with("panicked at src/main.rs:3:9:"), "{}", seven.actual);
    }

    #[test]
    fn a_missing_item_the_tests_use_is_named() {
        let tests = "#[tokio::test]\nasync fn multiplies() {\n    assert_eq!(multiply(2, 3).await, 6);\n}\n";
        let g = graded(LEARNER, tests);
        assert!(!g.passed);
        let build = check(&g, "tests");
        assert!(
            build.actual.contains("defines no `multiply`") && build.actual.contains("tests.rs line 3"),
            "{}",
            build.actual
        );
        let d = g.report.diagnostics.iter().find(|d| d.message.contains("multiply")).expect("a diagnostic");
        // The learner's file has 11 lines; the tests come after the last one.
        assert_eq!((d.line, d.column), (11, 1));
    }
}
