//! Reject what rustc rejects: every program under `tests/compile_errors/` is one
//! real rustc rejects (`NNN_name.expected.json`, written by
//! `cargo xtask oracle --compile-errors`: rustc's error codes and primary lines).
//! A case passes when `grader::check` rejects it (`Outcome::Rejected`) with one of
//! rustc's codes on that error's primary line (a syntax error, which has no code,
//! as a `parse` diagnostic on its line).
//!
//! One error of rustc's without a code is not a syntax error: "future cannot be sent between
//! threads safely" (a spawned future that is not `Send`). It is the trait-bound error E0277
//! (`F: Send` on `tokio::spawn`), reported through rustc's special note for futures, which
//! drops the code; the same bound on a closure (`std::thread::spawn`) is reported as
//! `error[E0277]: `Rc<i32>` cannot be sent between threads safely`. So [`rustc_code_of`]
//! counts a code-less error with that message as E0277 (the expected files stay as rustc wrote them).
//!
//! `known-misses.txt` lists exactly the programs not caught yet, checked in both
//! directions (`UPDATE_KNOWN_FAILURES=1 cargo test -p grader --test compile_errors`
//! rewrites it); after the run, the recall (caught / all) is printed per class and
//! overall, and must not fall below [`RECALL_FLOOR`] (raise it as recall improves).
//!
//! The control group, `compile_errors/control`: every program of the repository that
//! compiles (the conformance corpus, exercise solutions and alternatives with their
//! hidden tests, runnable lesson blocks) must not get a compile error from
//! `grader::compile_check`: a false rejection fails the test, whatever the recall.

mod harness;

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use grader::{Diagnostic, Options, Outcome, Severity};
use harness::{trial, KnownFailures};

/// Overall recall (in %, to one decimal) measured when the floor was last raised: the test fails below it.
const RECALL_FLOOR: f64 = 98.8;

const HEADER: &str = "\
# Compile-error programs that grader::check does not yet reject with rustc's code on
# rustc's primary line. One file name per line. The test fails if a listed program is
# caught (remove its line) or an unlisted one is missed.
# Regenerate: UPDATE_KNOWN_FAILURES=1 cargo test -p grader --test compile_errors
";

#[derive(serde::Deserialize)]
struct Expected {
    errors: Vec<RustcError>,
}

#[derive(serde::Deserialize, Clone)]
struct RustcError {
    code: String,
    line: u32,
    message: String,
}

/// The classes of the issue, by the program's name (after `NNN_`).
const CLASSES: &[(&str, &str)] = &[
    ("await_", "forgotten .await (E0308/E0599/E0277/E0609)"),
    ("outside_async_", ".await outside async (E0728)"),
    ("spawn_", "borrowed locals in spawn/async blocks (E0373/E0597/E0521)"),
    ("return_", "borrowed locals in spawn/async blocks (E0373/E0597/E0521)"),
    ("thread_spawn_", "borrowed locals in spawn/async blocks (E0373/E0597/E0521)"),
    ("joinset_", "borrowed locals in spawn/async blocks (E0373/E0597/E0521)"),
    ("future_outlives_", "borrowed locals in spawn/async blocks (E0373/E0597/E0521)"),
    ("ref_outlives_", "borrowed locals in spawn/async blocks (E0373/E0597/E0521)"),
    ("moved_", "use after move (E0382)"),
    ("non_send_", "non-Send across .await (E0277)"),
    ("question_", "`?` where it cannot be (E0277)"),
    ("mismatch_", "mismatched types and arms (E0308)"),
    ("argc_", "wrong argument counts (E0061)"),
    ("missing_field_", "missing or unknown fields (E0063/E0560/E0609)"),
    ("unknown_field_", "missing or unknown fields (E0063/E0560/E0609)"),
    ("unknown_method_", "unknown methods (E0599)"),
    ("unknown_assoc_", "unknown methods (E0599)"),
    ("unknown_", "unknown names (E0425/E0433/E0412)"),
    ("dyn_", "dyn with async trait methods (E0038)"),
    ("arc_", "mutation without mut or a lock (E0596/E0594)"),
    ("rc_", "mutation without mut or a lock (E0596/E0594)"),
    ("immutable_", "mutation without mut or a lock (E0596/E0594)"),
    ("borrow_", "borrow conflicts (E0499/E0502/E0505/E0506)"),
    ("syntax_", "syntax errors"),
];

fn class_of(file: &str) -> &'static str {
    let name = file.split_once('_').map_or(file, |(_, rest)| rest);
    CLASSES.iter().find(|(prefix, _)| name.starts_with(prefix)).map_or("other", |(_, class)| class)
}

/// The rustc code a grader diagnostic carries: its code (`E0425`), or `(E0373)` at the end of
/// a lint's message; `parse` for a syntax error.
fn rustc_code(d: &Diagnostic) -> Option<String> {
    let is_code = |s: &str| s.len() == 5 && s.starts_with('E') && s[1..].chars().all(|c| c.is_ascii_digit());
    if is_code(&d.code) || d.code == "parse" {
        return Some(d.code.clone());
    }
    let inner = d.message.strip_suffix(')')?;
    let code = &inner[inner.rfind('(')? + 1..];
    is_code(code).then(|| code.to_string())
}

/// The code a rustc error counts as: its own, E0277 for a code-less "cannot be sent between
/// threads safely" (the `Send` bound of a spawned future, see the module docs), else `parse`.
fn rustc_code_of(e: &RustcError) -> &str {
    if !e.code.is_empty() {
        &e.code
    } else if e.message.contains("cannot be sent between threads safely") {
        "E0277"
    } else {
        "parse"
    }
}

/// Whether the report rejects the program with one of rustc's errors (code and primary line).
fn caught(report: &grader::Report, rustc: &[RustcError]) -> Result<(), String> {
    let ours: Vec<(String, u32)> = report
        .diagnostics
        .iter()
        .filter(|d| d.severity == Severity::Error)
        .filter_map(|d| Some((rustc_code(d)?, d.line)))
        .collect();
    let hit = rustc.iter().any(|e| {
        let code = rustc_code_of(e);
        ours.iter().any(|(c, line)| c == code && *line == e.line)
    });
    if report.outcome == Outcome::Rejected && hit {
        return Ok(());
    }
    let want: Vec<String> = rustc.iter().map(|e| format!("{}:{} {}", rustc_code_of(e), e.line, e.message)).collect();
    let got: Vec<String> =
        report.diagnostics.iter().map(|d| format!("{}:{} [{}] {}", d.line, d.column, d.code, d.message)).collect();
    Err(format!(
        "outcome {:?}\n  rustc:  {}\n  grader: {}",
        report.outcome,
        want.join("\n          "),
        got.join("\n          ")
    ))
}

#[derive(Default)]
struct Tally {
    /// class -> (caught, all)
    by_class: BTreeMap<&'static str, (usize, usize)>,
}

fn main() -> ExitCode {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let dir = root.join("tests/compile_errors");
    let list = Arc::new(KnownFailures::open(dir.join("known-misses.txt"), HEADER));
    let tally = Arc::new(Mutex::new(Tally::default()));
    harness::quiet_panics();

    let mut trials = Vec::new();
    let mut cases = BTreeSet::new();
    let mut layout = Vec::new();
    for file in harness::rs_files(&dir) {
        let stem = file.trim_end_matches(".rs").to_string();
        let expected_path = dir.join(format!("{stem}.expected.json"));
        cases.insert(file.clone());
        let (list, tally) = (list.clone(), tally.clone());
        let path = dir.join(&file);
        let name = format!("compile_errors/{stem}");
        if !expected_path.is_file() {
            layout.push(format!("{file} has no expectation: run `cargo xtask oracle --compile-errors {stem}`"));
            continue;
        }
        trials.push(trial(name, move || {
            let source = fs::read_to_string(&path).map_err(|e| e.to_string())?;
            let expected: Expected = serde_json::from_str(&fs::read_to_string(&expected_path).unwrap())
                .map_err(|e| format!("{}: {e}", expected_path.display()))?;
            let report = harness::guarded(64 * 1024 * 1024, Duration::from_secs(20), move || {
                grader::check(&source, &Options::default())
            })?;
            let result = caught(&report, &expected.errors);
            let class = class_of(&file);
            let mut t = tally.lock().unwrap();
            let entry = t.by_class.entry(class).or_default();
            entry.1 += 1;
            entry.0 += result.is_ok() as usize;
            drop(t);
            list.settle(&file, result)
        }));
    }
    {
        let list = list.clone();
        let cases = cases.clone();
        trials.push(trial("compile_errors/files", move || {
            if !layout.is_empty() {
                return Err(layout.join("\n"));
            }
            list.stale(&cases)
        }));
    }
    trials.push(trial("compile_errors/control", move || control_group(root.parent().unwrap())));

    let conclusion = harness::run(trials);
    list.finish("compile_errors");
    let t = tally.lock().unwrap();
    let (caught, all) = t.by_class.values().fold((0, 0), |(c, a), (x, y)| (c + x, a + y));
    if all > 0 {
        eprintln!("compile_errors: recall by class (caught / programs):");
        for (class, (c, a)) in &t.by_class {
            eprintln!("  {:>5.1}%  {c:>3} / {a:<3}  {class}", 100.0 * *c as f64 / *a as f64);
        }
        let recall = 100.0 * caught as f64 / all as f64;
        eprintln!("compile_errors: overall recall {recall:.1}% ({caught} / {all})");
        // The floor holds for the whole corpus only (a filtered run sees a part of it).
        if all == cases.len() && (recall * 10.0).round() / 10.0 < RECALL_FLOOR {
            eprintln!("compile_errors: recall {recall:.1}% is below the floor {RECALL_FLOOR}%");
            return ExitCode::FAILURE;
        }
    }
    conclusion.exit_code()
}

/// Every compiling program of the repository: no compile error from the grader.
fn control_group(repo: &Path) -> Result<(), String> {
    let started = Instant::now();
    let mut programs: Vec<(String, String)> = Vec::new();
    let read = |p: &Path| fs::read_to_string(p).map_err(|e| format!("{}: {e}", p.display()));
    for kind in ["sync", "async"] {
        let dir = repo.join("grader/tests/corpus").join(kind);
        for file in harness::rs_files(&dir) {
            programs.push((format!("corpus/{kind}/{file}"), read(&dir.join(&file))?));
        }
    }
    let exercises = repo.join("exercises");
    let mut ids: Vec<PathBuf> =
        fs::read_dir(&exercises).map_err(|e| e.to_string())?.filter_map(|e| Some(e.ok()?.path())).collect();
    ids.sort();
    for dir in ids.iter().filter(|d| d.join("solution.rs").is_file()) {
        let tests = fs::read_to_string(dir.join("tests.rs")).ok();
        let with_tests = |src: String| match &tests {
            Some(t) => grader::hidden_tests::append(&src, t),
            None => src,
        };
        let id = dir.file_name().unwrap().to_string_lossy().into_owned();
        programs.push((format!("exercises/{id}/solution.rs"), with_tests(read(&dir.join("solution.rs"))?)));
        for file in harness::rs_files(&dir.join("alternatives")) {
            let src = read(&dir.join("alternatives").join(&file))?;
            programs.push((format!("exercises/{id}/alternatives/{file}"), with_tests(src)));
        }
    }
    let lessons = repo.join("lessons");
    let mut names: Vec<String> = fs::read_dir(&lessons)
        .map_err(|e| e.to_string())?
        .filter_map(|e| Some(e.ok()?.file_name().to_string_lossy().into_owned()))
        .filter(|n| n.ends_with(".md") && !n.ends_with(".notes.md"))
        .collect();
    names.sort();
    for name in names {
        for (i, block) in runnable_blocks(&read(&lessons.join(&name))?).into_iter().enumerate() {
            programs.push((format!("lessons/{name} block {}", i + 1), block));
        }
    }
    let mut false_rejections = Vec::new();
    for (origin, source) in &programs {
        let source = source.clone();
        let errors = harness::guarded(64 * 1024 * 1024, Duration::from_secs(20), move || {
            grader::Report::rejected(grader::compile_check(&source))
        })?
        .diagnostics;
        let coded: Vec<String> = errors
            .iter()
            .filter(|d| rustc_code(d).is_some())
            .map(|d| format!("{}:{} [{}] {}", d.line, d.column, d.code, d.message))
            .collect();
        if !coded.is_empty() {
            false_rejections.push(format!("{origin}: {}", coded.join("; ")));
        }
    }
    eprintln!(
        "compile_errors: control group of {} compiling programs, {} false rejections ({:.1}s)",
        programs.len(),
        false_rejections.len(),
        started.elapsed().as_secs_f64()
    );
    if false_rejections.is_empty() {
        Ok(())
    } else {
        Err(format!("the grader rejects programs that compile:\n  {}", false_rejections.join("\n  ")))
    }
}

/// The ```` ```rust,run ```` blocks of a lesson (as `course::runnable_blocks` finds them).
fn runnable_blocks(markdown: &str) -> Vec<String> {
    let mut blocks = Vec::new();
    let mut open: Option<(String, bool, String)> = None;
    for line in markdown.lines() {
        let trimmed = line.trim_start();
        match &mut open {
            None => {
                let fence: String = trimmed.chars().take_while(|&c| c == '`' || c == '~').collect();
                if fence.len() >= 3 && fence.chars().all(|c| c == fence.chars().next().unwrap()) {
                    let info = &trimmed[fence.len()..];
                    let mut parts =
                        info.trim().split(|c: char| c == ',' || c.is_whitespace()).filter(|p| !p.is_empty());
                    let runnable = parts.next() == Some("rust") && parts.any(|p| p == "run");
                    open = Some((fence, runnable, String::new()));
                }
            }
            Some((fence, runnable, code)) => {
                if trimmed.starts_with(fence.as_str())
                    && trimmed.trim_end().chars().all(|c| c == fence.chars().next().unwrap())
                {
                    if *runnable {
                        blocks.push(std::mem::take(code));
                    }
                    open = None;
                } else {
                    code.push_str(line);
                    code.push('\n');
                }
            }
        }
    }
    blocks
}
