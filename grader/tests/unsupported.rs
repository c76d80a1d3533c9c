//! Programs outside the grader's subset (`tests/unsupported/*.rs`) must be
//! refused, never run: outcome `Rejected`, and on every line marked
//! `//~ unsupported: WORD` an `error` diagnostic with code `unsupported` whose
//! message names the construct (contains WORD, case-insensitive; `A|B` accepts
//! either spelling).
//!
//! One test per program (`unsupported/001_unsafe_block`), a `harness = false`
//! target on `libtest-mimic` (see `harness/mod.rs`); `unsupported/files`
//! checks the folder (at least 30 programs, no stale known-failures entry).
//! Cases listed in `tests/unsupported/known-failures.txt` must still fail;
//! `UPDATE_KNOWN_FAILURES=1 cargo test -p grader --test unsupported` rewrites it.

mod harness;

use std::collections::BTreeSet;
use std::fs;
use std::path::Path;
use std::process::ExitCode;
use std::sync::Arc;
use std::time::Duration;

use harness::{trial, KnownFailures};

const HEADER: &str = "\
# Unsupported programs the grader does not yet refuse as expected.
# One file name per line, relative to grader/tests/unsupported/. The test fails if
# a listed program passes (remove its line) or an unlisted one fails.
# Regenerate: UPDATE_KNOWN_FAILURES=1 cargo test -p grader --test unsupported
";

const MARKER: &str = "//~ unsupported:";

fn main() -> ExitCode {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/unsupported");
    let list = Arc::new(KnownFailures::open(dir.join("known-failures.txt"), HEADER));
    harness::quiet_panics();
    let names = harness::rs_files(&dir);
    let cases: BTreeSet<String> = names.iter().cloned().collect();
    let mut trials = Vec::new();
    for name in names {
        let path = dir.join(&name);
        let list = list.clone();
        let test_name = format!("unsupported/{}", name.trim_end_matches(".rs"));
        trials.push(trial(test_name, move || {
            let source = fs::read_to_string(&path).map_err(|e| format!("cannot read {}: {e}", path.display()))?;
            let markers = markers(&source);
            // A fixture without markers is a broken fixture, never a listable failure.
            if markers.is_empty() || markers.iter().any(|(_, words)| words.is_empty()) {
                return Err(format!("{name}: needs at least one `{MARKER} WORD` marker, each naming the construct"));
            }
            list.settle(&name, check(&source, &markers))
        }));
    }
    let files_list = list.clone();
    trials.push(trial("unsupported/files", move || {
        let mut errors: Vec<String> = files_list.stale(&cases).err().into_iter().collect();
        if cases.len() < 30 {
            errors.push(format!("only {} unsupported programs; the issue asks for at least 30", cases.len()));
        }
        if errors.is_empty() {
            Ok(())
        } else {
            Err(errors.join("\n"))
        }
    }));
    let conclusion = harness::run(trials);
    list.finish("unsupported");
    conclusion.exit_code()
}

/// `(line, words)` of every `//~ unsupported: WORD|WORD` marker.
fn markers(source: &str) -> Vec<(u32, Vec<String>)> {
    source
        .lines()
        .enumerate()
        .filter_map(|(i, line)| {
            let words = line.split_once(MARKER)?.1;
            Some((i as u32 + 1, words.split('|').map(|w| w.trim().to_lowercase()).filter(|w| !w.is_empty()).collect()))
        })
        .collect()
}

fn check(source: &str, markers: &[(u32, Vec<String>)]) -> Result<(), String> {
    let report = harness::run_guarded(source, Duration::from_secs(30))?;
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
