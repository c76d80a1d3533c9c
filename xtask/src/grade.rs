//! `cargo xtask grade EXERCISE_ID FILE.rs [--json]`: grade any file against an
//! exercise exactly as the site does (the same `grader::grade` with the same
//! checks), and print each check with its evidence.
//!
//! Exit status: 0 when every check passes, 1 when one fails, 2 on a usage
//! error (unknown exercise, unreadable file, bad arguments).

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
    let graded = grader::grade(&source, &exercise.checks, &grader::Options::default());
    if json {
        let value = serde_json::json!({ "exercise": id, "file": file, "graded": graded });
        println!("{}", serde_json::to_string_pretty(&value).expect("serializable"));
    } else {
        print!("{}", render(id, file, &source, &graded));
    }
    Ok(graded.passed)
}

/// The human report: diagnostics in rustc's style, then one line per check, with
/// the evidence of each failed one.
fn render(id: &str, file: &str, source: &str, graded: &grader::Graded) -> String {
    let mut out = String::new();
    for diag in &graded.report.diagnostics {
        out.push_str(&grader::render::rustc_style(diag, source, file));
    }
    let failed = graded.checks.iter().filter(|c| !c.passed).count();
    out.push_str(&format!("{file} against exercise `{id}`: outcome {:?}\n", graded.report.outcome));
    for check in &graded.checks {
        if check.passed {
            out.push_str(&format!("  pass  {}\n", check.name));
            continue;
        }
        out.push_str(&format!("  FAIL  {}\n", check.name));
        if check.name == "stdout" {
            out.push_str(&line_diff(&check.expected, &check.actual));
        } else {
            out.push_str(&format!("        expected: {}\n        actual:   {}\n", check.expected, check.actual));
        }
    }
    if failed == 0 {
        out.push_str(&format!("all {} checks pass\n", graded.checks.len()));
    } else {
        out.push_str(&format!("{failed} of {} checks fail\n", graded.checks.len()));
    }
    out
}

/// Expected and actual output line by line, the first differing line marked `>`.
fn line_diff(expected: &str, actual: &str) -> String {
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
    fn a_missing_line_is_the_first_difference() {
        let diff = line_diff("a\nb\n", "a\n");
        assert!(diff.contains(">   2 | b"), "{diff}");
    }
}
