//! The fidelity proof: every program under `tests/corpus/{sync,async}/` runs
//! through `grader::run` and must print exactly what real rustc + tokio printed
//! (`NAME.expected.json`, written by `cargo xtask oracle`): stdout and stderr
//! byte for byte, and the exit status.
//!
//! One test per program, named by its path (`corpus/sync/001_hello`), so a
//! failure names its program; `cargo test -p grader -- sync/001_hello` runs
//! that one (a filter with a `/` starts at a path segment), and
//! `cargo test -p grader --test corpus -- sync/04` the programs it selects.
//! A `harness = false` target on `libtest-mimic` (see `harness/mod.rs`); one
//! more test, `corpus/files`, checks the folder itself (an expectation
//! without its program, an unexpected file, a stale known-failures entry).
//!
//! Adding a case needs no Rust code: drop `NNN_topic.rs` in the folder and run
//! `cargo xtask oracle NNN_topic`.
//! Cases listed in `tests/corpus/known-failures.txt` must still fail (a listed
//! program that passes fails its test);
//! `UPDATE_KNOWN_FAILURES=1 cargo test -p grader --test corpus` rewrites it.
//! After the tests, a summary counts the failures by kind (refused, ran but
//! differ, crashed or hung the grader) and names the programs that ran but
//! printed something else: wrong answers, worse than refusals.

mod harness;

use std::collections::BTreeSet;
use std::fs;
use std::path::Path;
use std::process::ExitCode;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use harness::{trial, KnownFailures};

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

/// Programs that failed, by kind, for the summary.
#[derive(Default)]
struct Kinds {
    refused: usize,
    wrong: BTreeSet<String>,
    crashed: BTreeSet<String>,
}

fn main() -> ExitCode {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/corpus");
    let list = Arc::new(KnownFailures::open(dir.join("known-failures.txt"), HEADER));
    let kinds = Arc::new(Mutex::new(Kinds::default()));
    harness::quiet_panics();

    let mut trials = Vec::new();
    let mut layout_errors = Vec::new();
    let mut cases = BTreeSet::new();
    for kind in ["sync", "async"] {
        let mut names: Vec<String> = fs::read_dir(dir.join(kind))
            .map(|rd| rd.filter_map(|e| e.ok()).map(|e| e.file_name().to_string_lossy().into_owned()).collect())
            .unwrap_or_default();
        names.sort();
        for name in &names {
            if let Some(stem) = name.strip_suffix(".expected.json") {
                if !names.contains(&format!("{stem}.rs")) {
                    layout_errors.push(format!("{kind}/{name} has no program {kind}/{stem}.rs (delete it)"));
                }
                continue;
            }
            let Some(stem) = name.strip_suffix(".rs") else {
                layout_errors.push(format!("{kind}/{name}: unexpected file in the corpus"));
                continue;
            };
            let rel = format!("{kind}/{name}");
            cases.insert(rel.clone());
            let program = dir.join(kind).join(name);
            let json_path = dir.join(kind).join(format!("{stem}.expected.json"));
            let (list, kinds) = (list.clone(), kinds.clone());
            trials.push(trial(format!("corpus/{kind}/{stem}"), move || {
                // A missing or broken expectation is not a grader failure: never listable.
                let (source, expected) = load(&rel, &program, &json_path)?;
                let result = check(&source, &expected);
                if let Err(why) = &result {
                    let mut kinds = kinds.lock().unwrap();
                    if why.starts_with(REFUSED) {
                        kinds.refused += 1;
                    } else if why.starts_with("the grader") {
                        kinds.crashed.insert(rel.clone());
                    } else {
                        kinds.wrong.insert(rel.clone());
                    }
                }
                list.settle(&rel, result)
            }));
        }
    }
    if cases.is_empty() {
        layout_errors.push("the corpus is empty".into());
    }
    let files_list = list.clone();
    trials.push(trial("corpus/files", move || {
        let stale = files_list.stale(&cases).err();
        let errors: Vec<String> = layout_errors.into_iter().chain(stale).collect();
        if errors.is_empty() {
            Ok(())
        } else {
            Err(errors.join("\n"))
        }
    }));

    let conclusion = harness::run(trials);
    list.finish("corpus");
    let kinds = kinds.lock().unwrap();
    eprintln!(
        "corpus: failures by kind: {} refused, {} ran but differ, {} crashed or hung the grader",
        kinds.refused,
        kinds.wrong.len(),
        kinds.crashed.len()
    );
    // A wrong answer is worse than a refusal: name those programs.
    if !kinds.wrong.is_empty() {
        eprintln!("corpus: ran but differ: {}", kinds.wrong.iter().cloned().collect::<Vec<_>>().join(" "));
    }
    if !kinds.crashed.is_empty() {
        eprintln!(
            "corpus: crashed or hung the grader: {}",
            kinds.crashed.iter().cloned().collect::<Vec<_>>().join(" ")
        );
    }
    conclusion.exit_code()
}

/// A program and its expectation.
fn load(rel: &str, program: &Path, json_path: &Path) -> Result<(String, Expected), String> {
    let Ok(json) = fs::read_to_string(json_path) else {
        return Err(format!("{rel} has no expectation; run `cargo xtask oracle {rel}`"));
    };
    let expected: Expected = serde_json::from_str(&json).map_err(|e| format!("{}: {e}", json_path.display()))?;
    let source = fs::read_to_string(program).map_err(|e| format!("cannot read {}: {e}", program.display()))?;
    Ok((source, expected))
}

const REFUSED: &str = "  refused:";

fn check(source: &str, expected: &Expected) -> Result<(), String> {
    let report = harness::run_guarded(source, Duration::from_secs(30))?;
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
        why.push_str(&harness::diff(&expected.stdout, &report.stdout));
    }
    if report.stderr != expected.stderr {
        why.push_str("  stderr differs (- expected, + grader):\n");
        why.push_str(&harness::diff(&expected.stderr, &report.stderr));
    }
    if why.is_empty() {
        Ok(())
    } else {
        Err(why)
    }
}
