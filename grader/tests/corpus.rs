//! The fidelity proof: every program under `tests/corpus/{sync,async}/` runs
//! through `grader::run` and must print exactly what real rustc + tokio printed
//! (`NAME.expected.json`, written by `cargo xtask oracle`): stdout and stderr
//! byte for byte, and the exit status.
//!
//! Adding a case needs no Rust code: drop `NNN_topic.rs` in the folder and run
//! `cargo xtask oracle NNN_topic`.
//! Cases listed in `tests/corpus/known-failures.txt` must still fail;
//! `UPDATE_KNOWN_FAILURES=1 cargo test -p grader --test corpus` rewrites it.
//! `CORPUS_FILTER=sync/04 cargo test -p grader --test corpus -- --nocapture`
//! runs only the matching programs and prints their diffs.

#[path = "corpus/known_failures.rs"]
mod known_failures;

use std::fs;
use std::path::{Path, PathBuf};
use std::time::Duration;

const HEADER: &str = "\
# Corpus programs the grader does not yet run exactly like real rustc + tokio.
# One path per line, relative to grader/tests/corpus/. The corpus test fails if
# a listed program passes (remove its line) or an unlisted one fails.
# Regenerate: UPDATE_KNOWN_FAILURES=1 cargo test -p grader --test corpus
";

#[derive(serde::Deserialize)]
struct Expected {
    exit: i32,
    stdout: String,
    stderr: String,
}

fn corpus_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/corpus")
}

#[test]
fn corpus_matches_real_rustc_and_tokio() {
    let dir = corpus_dir();
    let mut errors = Vec::new();
    let mut results = Vec::new();
    let (mut refused, mut wrong, mut crashed) = (0, Vec::new(), Vec::new());
    known_failures::quiet_panics();
    for kind in ["sync", "async"] {
        let mut names: Vec<String> = fs::read_dir(dir.join(kind))
            .map(|rd| rd.filter_map(|e| e.ok()).map(|e| e.file_name().to_string_lossy().into_owned()).collect())
            .unwrap_or_default();
        names.sort();
        for name in &names {
            if let Some(stem) = name.strip_suffix(".expected.json") {
                if !names.contains(&format!("{stem}.rs")) {
                    errors.push(format!("{kind}/{name} has no program {kind}/{stem}.rs (delete it)"));
                }
                continue;
            }
            let Some(stem) = name.strip_suffix(".rs") else {
                errors.push(format!("{kind}/{name}: unexpected file in the corpus"));
                continue;
            };
            let rel = format!("{kind}/{name}");
            if !known_failures::selected(&rel) {
                continue;
            }
            let program = dir.join(kind).join(name);
            let json_path = dir.join(kind).join(format!("{stem}.expected.json"));
            let Ok(json) = fs::read_to_string(&json_path) else {
                errors.push(format!("{rel} has no expectation; run `cargo xtask oracle {rel}`"));
                continue;
            };
            let expected: Expected = match serde_json::from_str(&json) {
                Ok(e) => e,
                Err(e) => {
                    errors.push(format!("{}: {e}", json_path.display()));
                    continue;
                }
            };
            let source = fs::read_to_string(&program).expect("read program");
            let result = check(&source, &expected);
            if let Err(why) = &result {
                if why.starts_with(REFUSED) {
                    refused += 1;
                } else if why.starts_with("the grader") {
                    crashed.push(rel.clone());
                } else {
                    wrong.push(rel.clone());
                }
            }
            results.push((rel, result));
        }
    }
    if results.is_empty() && known_failures::filter().is_none() {
        errors.push("the corpus is empty".into());
    }
    // A wrong answer is worse than a refusal: name those programs.
    eprintln!(
        "corpus: failures by kind: {refused} refused, {} ran but differ, {} crashed or hung the grader",
        wrong.len(),
        crashed.len()
    );
    if !wrong.is_empty() {
        eprintln!("corpus: ran but differ: {}", wrong.join(" "));
    }
    if !crashed.is_empty() {
        eprintln!("corpus: crashed or hung the grader: {}", crashed.join(" "));
    }
    known_failures::settle(&dir.join("known-failures.txt"), HEADER, "corpus", &results, &errors);
}

const REFUSED: &str = "  refused:";

fn check(source: &str, expected: &Expected) -> Result<(), String> {
    let report = known_failures::run_guarded(source, Duration::from_secs(30))?;
    let mut why = String::new();
    let exit = report.exit_code();
    // Exit status 1 is also what a real program gives when `main` returns
    // `Err`, so a refusal must never pass for it: real rustc ran every program.
    if report.outcome == grader::Outcome::Rejected {
        why.push_str(&format!(
            "{REFUSED} the grader rejected a program real rustc ran (expected exit {})\n",
            expected.exit
        ));
    } else if exit != expected.exit {
        why.push_str(&format!("  exit status: expected {}, got {exit} ({:?})\n", expected.exit, report.outcome));
    }
    if !why.is_empty() {
        for d in report.diagnostics.iter().take(3) {
            why.push_str(&format!("    {} {}:{} [{}] {}\n", d.severity.as_str(), d.line, d.column, d.code, d.message));
        }
    }
    if report.stdout != expected.stdout {
        why.push_str("  stdout differs (- expected, + grader):\n");
        why.push_str(&known_failures::diff(&expected.stdout, &report.stdout));
    }
    if report.stderr != expected.stderr {
        why.push_str("  stderr differs (- expected, + grader):\n");
        why.push_str(&known_failures::diff(&expected.stderr, &report.stderr));
    }
    if why.is_empty() {
        Ok(())
    } else {
        Err(why)
    }
}
