//! Programs outside the grader's subset (`tests/unsupported/*.rs`) must be
//! refused, never run: outcome `Rejected`, and on every line marked
//! `//~ unsupported: WORD` an `error` diagnostic with code `unsupported` whose
//! message names the construct (contains WORD, case-insensitive; `A|B` accepts
//! either spelling).
//!
//! Cases listed in `tests/unsupported/known-failures.txt` must still fail;
//! `UPDATE_KNOWN_FAILURES=1 cargo test -p grader --test unsupported` rewrites it.

#[path = "corpus/known_failures.rs"]
#[allow(dead_code)] // `diff` is for the corpus test
mod known_failures;

use std::fs;
use std::path::Path;
use std::time::Duration;

const HEADER: &str = "\
# Unsupported programs the grader does not yet refuse as expected.
# One file name per line, relative to grader/tests/unsupported/. The test fails if
# a listed program passes (remove its line) or an unlisted one fails.
# Regenerate: UPDATE_KNOWN_FAILURES=1 cargo test -p grader --test unsupported
";

const MARKER: &str = "//~ unsupported:";

#[test]
fn unsupported_programs_are_refused_with_a_located_diagnostic() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/unsupported");
    let mut names: Vec<String> = fs::read_dir(&dir)
        .expect("tests/unsupported exists")
        .filter_map(|e| e.ok())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".rs"))
        .collect();
    names.sort();
    let mut errors = Vec::new();
    let mut results = Vec::new();
    known_failures::quiet_panics();
    for name in names {
        if !known_failures::selected(&name) {
            continue;
        }
        let source = fs::read_to_string(dir.join(&name)).expect("read program");
        let markers: Vec<(u32, Vec<String>)> = source
            .lines()
            .enumerate()
            .filter_map(|(i, line)| {
                let words = line.split_once(MARKER)?.1;
                Some((
                    i as u32 + 1,
                    words.split('|').map(|w| w.trim().to_lowercase()).filter(|w| !w.is_empty()).collect(),
                ))
            })
            .collect();
        if markers.is_empty() || markers.iter().any(|(_, words)| words.is_empty()) {
            errors.push(format!("{name}: needs at least one `{MARKER} WORD` marker, each naming the construct"));
            continue;
        }
        results.push((name, check(&source, &markers)));
    }
    if results.len() < 30 && known_failures::filter().is_none() {
        errors.push(format!("only {} unsupported programs; the issue asks for at least 30", results.len()));
    }
    known_failures::settle(&dir.join("known-failures.txt"), HEADER, "unsupported", &results, &errors);
}

fn check(source: &str, markers: &[(u32, Vec<String>)]) -> Result<(), String> {
    let report = known_failures::run_guarded(source, Duration::from_secs(30))?;
    let mut why = String::new();
    if report.outcome != grader::Outcome::Rejected {
        why.push_str(&format!("  outcome: expected Rejected, got {:?} (stdout {:?})\n", report.outcome, report.stdout));
    }
    for (line, words) in markers {
        let found = report.diagnostics.iter().any(|d| {
            d.code == "unsupported"
                && d.severity == grader::Severity::Error
                && d.line == *line
                && words.iter().any(|w| d.message.to_lowercase().contains(w.as_str()))
        });
        if !found {
            why.push_str(&format!("  line {line}: no `unsupported` error naming {}\n", words.join(" or ")));
        }
    }
    if !why.is_empty() {
        why.push_str("  the grader reported:\n");
        for d in &report.diagnostics {
            why.push_str(&format!("    {} {}:{} [{}] {}\n", d.severity.as_str(), d.line, d.column, d.code, d.message));
        }
        return Err(why);
    }
    Ok(())
}
