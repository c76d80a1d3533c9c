//! `cargo xtask grade EXERCISE_ID FILE.rs [--json]`: grade any file against an
//! exercise exactly as the site does (the same `grader::grade` with the same
//! checks), and print each check with its evidence.
//!
//! Exit status: 0 when every check passes, 1 when one fails, 2 on a usage
//! error (unknown exercise, unreadable file, bad arguments).
//!
//! [`grade_source`] and [`render`] are also what `cargo xtask learn` uses on
//! every save (with [`Style::terminal`]), so the two commands cannot disagree.

use std::process::ExitCode;

use crate::util;

const USAGE: &str = "usage: cargo xtask grade EXERCISE_ID FILE.rs [--json]";

pub fn main(args: &[String]) -> ExitCode {
    match grade(args) {
        Ok(true) => ExitCode::SUCCESS,
        Ok(false) => ExitCode::from(1),
        Err(msg) => {
            eprintln!("xtask grade: {msg}");
            ExitCode::from(2)
        }
    }
}

/// Whether every check passed; `Err` is a usage error.
fn grade(args: &[String]) -> Result<bool, String> {
    let json = args.iter().any(|a| a == "--json");
    let positional: Vec<&String> = args.iter().filter(|a| *a != "--json").collect();
    if positional.iter().any(|a| a.starts_with('-')) || positional.len() != 2 {
        return Err(format!("expected an exercise id and a file\n{USAGE}"));
    }
    let (id, file) = (positional[0].as_str(), positional[1].as_str());
    let source = std::fs::read_to_string(file).map_err(|e| format!("cannot read {file}: {e}"))?;
    // Problems of other exercises do not matter here (someone may be editing them).
    let (course, errors) = course::load_with_errors(&util::root());
    let own: Vec<&String> = errors.iter().filter(|e| e.starts_with(&format!("exercises/{id}/"))).collect();
    if !own.is_empty() {
        return Err(format!(
            "exercise `{id}` does not load:\n  {}",
            own.iter().map(|s| s.as_str()).collect::<Vec<_>>().join("\n  ")
        ));
    }
    let Some(exercise) = course.exercise(id) else {
        let ids: Vec<&str> = course.exercises.iter().map(|e| e.id.as_str()).collect();
        return Err(format!("no exercise `{id}`; the exercises are: {}", ids.join(", ")));
    };
    let graded = grade_source(exercise, &source);
    if json {
        let value = serde_json::json!({ "exercise": id, "file": file, "graded": graded });
        println!("{}", serde_json::to_string_pretty(&value).expect("serializable"));
    } else {
        print!("{}", render(id, file, &source, &graded, Style::PLAIN));
    }
    Ok(graded.passed)
}

/// The one grading call: `source` against `exercise`'s checks, as the site's worker does.
pub fn grade_source(exercise: &course::Exercise, source: &str) -> grader::Graded {
    grader::grade(source, &exercise.checks, &grader::Options::default())
}

/// How a report is printed: words or marks for the checks, with or without ANSI colours.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Style {
    pub colour: bool,
    /// `✓`/`✗` instead of `pass`/`FAIL`.
    pub marks: bool,
    /// A failed stdout check without its evidence: a predict exercise keeps the
    /// real output hidden until the prediction is right, as the site does.
    pub hide_output: bool,
}

impl Style {
    /// `cargo xtask grade`: plain words, no colour.
    pub const PLAIN: Style = Style { colour: false, marks: false, hide_output: false };

    /// `cargo xtask learn`: marks, colours when asked for.
    pub fn terminal(colour: bool) -> Style {
        Style { colour, marks: true, hide_output: false }
    }

    /// `text` in the ANSI style `sgr` (e.g. `1;31`), or as it is without colours.
    pub fn paint(self, sgr: &str, text: &str) -> String {
        if self.colour {
            format!("\x1b[{sgr}m{text}\x1b[0m")
        } else {
            text.to_string()
        }
    }

    fn check_mark(self, passed: bool) -> String {
        match (self.marks, passed) {
            (false, true) => "pass".into(),
            (false, false) => "FAIL".into(),
            (true, true) => self.paint(GREEN, "✓"),
            (true, false) => self.paint(RED, "✗"),
        }
    }
}

pub const RED: &str = "1;31";
pub const GREEN: &str = "1;32";
pub const YELLOW: &str = "1;33";
pub const BLUE: &str = "1;34";
pub const BOLD: &str = "1";

/// The human report: diagnostics in rustc's style, then one line per check, with
/// the evidence of each failed one.
pub fn render(id: &str, file: &str, source: &str, graded: &grader::Graded, style: Style) -> String {
    let mut out = String::new();
    for diag in &graded.report.diagnostics {
        out.push_str(&colour_diagnostic(&grader::render::rustc_style(diag, source, file), style));
    }
    let failed = graded.checks.iter().filter(|c| !c.passed).count();
    out.push_str(&format!("{file} against exercise `{id}`: outcome {:?}\n", graded.report.outcome));
    for check in &graded.checks {
        out.push_str(&format!("  {}  {}\n", style.check_mark(check.passed), check.name));
        if check.passed {
            continue;
        }
        if check.name == "stdout" && style.hide_output {
            out.push_str("        (the output stays hidden until your prediction is right)\n");
        } else if check.name == "stdout" {
            out.push_str(&line_diff(&check.expected, &check.actual));
        } else {
            out.push_str(&format!("        expected: {}\n        actual:   {}\n", check.expected, check.actual));
        }
    }
    if failed == 0 {
        out.push_str(&style.paint(GREEN, &format!("all {} checks pass", graded.checks.len())));
    } else {
        out.push_str(&style.paint(RED, &format!("{failed} of {} checks fail", graded.checks.len())));
    }
    out.push('\n');
    out
}

/// rustc's colours on a diagnostic that `grader::render::rustc_style` wrote:
/// the severity in red (error) or yellow, the message bold, the gutter,
/// arrow and `=` in blue, the caret in the severity's colour.
pub fn colour_diagnostic(rendered: &str, style: Style) -> String {
    if !style.colour {
        return rendered.to_string();
    }
    let blank_before = |line: &str, at: usize| line[..at].trim().is_empty();
    let mut severity_colour = BOLD;
    let mut out = String::new();
    for (i, line) in rendered.lines().enumerate() {
        let painted = if i == 0 {
            let (head, message) = line.split_once(": ").unwrap_or((line, ""));
            severity_colour = match head.split('[').next() {
                Some("error") => RED,
                Some("warning") => YELLOW,
                _ => BOLD,
            };
            format!("{}: {}", style.paint(severity_colour, head), style.paint(BOLD, message))
        } else if let Some(at) = line.find("--> ").filter(|&at| blank_before(line, at)) {
            format!("{}{}", style.paint(BLUE, &line[..at + 3]), &line[at + 3..])
        } else if let Some(at) = line.find(" = ").filter(|&at| blank_before(line, at)) {
            format!("{}{}", style.paint(BLUE, &line[..at + 2]), &line[at + 2..])
        } else if let Some(at) = line.find(" |").filter(|&at| line[..at].trim().chars().all(|c| c.is_ascii_digit())) {
            let (gutter, body) = line.split_at(at + 2);
            let body = if body.trim() == "^" { style.paint(severity_colour, body) } else { body.to_string() };
            format!("{}{body}", style.paint(BLUE, gutter))
        } else {
            line.to_string()
        };
        out.push_str(&painted);
        out.push('\n');
    }
    out
}

/// Expected and actual output line by line, the first differing line marked `>`.
pub fn line_diff(expected: &str, actual: &str) -> String {
    let (want, got): (Vec<&str>, Vec<&str>) = (expected.lines().collect(), actual.lines().collect());
    let first = grader::first_different_line(expected, actual);
    let mut out = String::new();
    for (label, lines) in [("expected", &want), ("actual", &got)] {
        out.push_str(&format!("        {label}:\n"));
        for (i, line) in lines.iter().enumerate() {
            let mark = if Some(i) == first { '>' } else { ' ' };
            out.push_str(&format!("        {mark} {:>3} | {line}\n", i + 1));
        }
        if lines.is_empty() {
            out.push_str("            (nothing)\n");
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_first_differing_line_is_marked_in_both() {
        let diff = line_diff("a\nb\nc\n", "a\nx\n");
        assert!(diff.contains(">   2 | b"), "{diff}");
        assert!(diff.contains(">   2 | x"), "{diff}");
        assert!(diff.contains("    1 | a"), "{diff}");
    }

    #[test]
    fn colours_follow_rustc_and_are_off_without_colour() {
        let rendered =
            "error[parse]: expected `;`\n --> src/main.rs:2:5\n  |\n2 |     x\n  |     ^\n  = help: add it\n\n";
        assert_eq!(colour_diagnostic(rendered, Style::PLAIN), rendered);
        let coloured = colour_diagnostic(rendered, Style::terminal(true));
        assert!(coloured.starts_with("\x1b[1;31merror[parse]\x1b[0m: \x1b[1mexpected `;`\x1b[0m\n"), "{coloured}");
        assert!(coloured.contains("\x1b[1;34m -->\x1b[0m src/main.rs:2:5\n"), "{coloured}");
        assert!(coloured.contains("\x1b[1;34m2 |\x1b[0m     x\n"), "{coloured}");
        assert!(coloured.contains("\x1b[1;31m     ^\x1b[0m"), "{coloured}");
        let plain: String = strip_ansi(&coloured);
        assert_eq!(plain, rendered);
    }

    fn strip_ansi(s: &str) -> String {
        let mut out = String::new();
        let mut chars = s.chars();
        while let Some(c) = chars.next() {
            if c == '\x1b' {
                for c in chars.by_ref() {
                    if c == 'm' {
                        break;
                    }
                }
            } else {
                out.push(c);
            }
        }
        out
    }

    #[test]
    fn a_missing_line_is_the_first_difference() {
        let diff = line_diff("a\nb\n", "a\n");
        assert!(diff.contains(">   2 | b"), "{diff}");
    }
}
