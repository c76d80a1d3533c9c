//! Shared by the fixture-folder tests (`corpus`, `unsupported`, `lints`,
//! each a `harness = false` target built on `libtest-mimic`) and `robustness`:
//!
//! - one test per fixture, named by its path under `grader/tests/` without
//!   `.rs` (`corpus/sync/001_hello`), so a failure names its program and
//!   `cargo test -p grader -- sync/001_hello` runs that one. A filter with a
//!   `/` starts at a path segment ([`matches_filter`], the rule of
//!   `cargo xtask oracle FILTER`), so `sync/001_hello` does not also select
//!   `async/001_hello_async`; `--exact` and `--skip` work as in libtest;
//! - a data file of cases known to fail ([`KnownFailures`]), checked in both
//!   directions (a listed case that starts passing must be removed from the
//!   list) and rewritten with `UPDATE_KNOWN_FAILURES=1` (under a filter, the
//!   entries of cases that did not run are kept);
//! - running the grader on its own thread ([`guarded`]), so a panic or a hang
//!   fails one case instead of the whole test binary.

#![allow(dead_code)] // each test target uses a part

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::{Path, PathBuf};
use std::sync::{mpsc, Mutex};
use std::time::Duration;

use libtest_mimic::{Arguments, Conclusion, Failed, Trial};

/// A filter with a `/` starts at a path segment, so `sync/0` does not also
/// select `async/0..`; one without is a plain substring.
pub fn matches_filter(name: &str, filter: &str) -> bool {
    if !filter.contains('/') {
        return name.contains(filter);
    }
    name.match_indices(filter).any(|(i, _)| i == 0 || name.as_bytes()[i - 1] == b'/')
}

/// Run the trials as libtest would, with [`matches_filter`] for the filter.
pub fn run(trials: Vec<Trial>) -> Conclusion {
    let mut args = Arguments::from_args();
    if !args.exact && args.filter.is_some() {
        // libtest-mimic only knows substrings: the trials our filter (or a
        // `--skip` substring) leaves out are handed to it as exact skips, so
        // its summary still counts them as filtered out.
        let filter = args.filter.take().unwrap_or_default();
        let skip = std::mem::take(&mut args.skip);
        args.skip = trials
            .iter()
            .map(|t| t.name())
            .filter(|name| !matches_filter(name, &filter) || skip.iter().any(|s| name.contains(s.as_str())))
            .map(str::to_string)
            .collect();
        args.exact = true;
    }
    libtest_mimic::run(&args, trials)
}

/// A test that fails with `why` when it is `Err`.
pub fn trial(name: impl Into<String>, test: impl FnOnce() -> Result<(), String> + Send + 'static) -> Trial {
    Trial::test(name, move || test().map_err(Failed::from))
}

pub fn updating() -> bool {
    std::env::var_os("UPDATE_KNOWN_FAILURES").is_some_and(|v| v != "0")
}

/// `known-failures.txt` of one fixture folder, and what this run found.
pub struct KnownFailures {
    path: PathBuf,
    header: &'static str,
    known: BTreeSet<String>,
    /// Case -> passed, for every case that ran.
    ran: Mutex<BTreeMap<String, bool>>,
}

impl KnownFailures {
    pub fn open(path: PathBuf, header: &'static str) -> KnownFailures {
        let known = fs::read_to_string(&path)
            .map(|text| {
                text.lines()
                    .map(str::trim)
                    .filter(|l| !l.is_empty() && !l.starts_with('#'))
                    .map(str::to_string)
                    .collect()
            })
            .unwrap_or_default();
        KnownFailures { path, header, known, ran: Mutex::new(BTreeMap::new()) }
    }

    /// The verdict of one case: a failure is expected exactly when the case
    /// is listed. While updating, every case passes (the list is rewritten
    /// by [`KnownFailures::finish`]).
    pub fn settle(&self, case: &str, result: Result<(), String>) -> Result<(), String> {
        self.ran.lock().unwrap().insert(case.to_string(), result.is_ok());
        if updating() {
            return Ok(());
        }
        match (result, self.known.contains(case)) {
            (Err(why), false) => Err(why),
            (Ok(()), true) => Err(format!(
                "it passes now; remove `{case}` from {} (or run with UPDATE_KNOWN_FAILURES=1)",
                self.path.display()
            )),
            (Err(_), true) | (Ok(()), false) => Ok(()),
        }
    }

    /// Listed entries that are none of `cases` (checked by a test of its own).
    pub fn stale(&self, cases: &BTreeSet<String>) -> Result<(), String> {
        let stale: Vec<&String> = self.known.iter().filter(|k| !cases.contains(*k)).collect();
        if stale.is_empty() {
            Ok(())
        } else {
            Err(format!("{} lists cases that do not exist: {stale:?}", self.path.display()))
        }
    }

    /// After the run: rewrite the list when updating, and print a summary.
    pub fn finish(&self, what: &str) {
        let ran = self.ran.lock().unwrap();
        let failing: BTreeSet<&String> = ran.iter().filter(|(_, passed)| !**passed).map(|(case, _)| case).collect();
        if updating() {
            let mut list: BTreeSet<&String> = self.known.iter().filter(|k| !ran.contains_key(*k)).collect();
            list.extend(failing.iter().copied());
            let mut text = String::from(self.header);
            for case in list {
                text.push_str(case);
                text.push('\n');
            }
            fs::write(&self.path, text).unwrap_or_else(|e| panic!("cannot write {}: {e}", self.path.display()));
            eprintln!("{what}: rewrote {} ({} failing cases)", self.path.display(), failing.len());
        }
        eprintln!(
            "{what}: {} cases ran, {} passed, {} known failures{}",
            ran.len(),
            ran.len() - failing.len(),
            failing.len(),
            if updating() { " (list updated)" } else { "" }
        );
    }
}

/// Run the grader on its own thread so that a grader bug (a panic or a hang)
/// fails one case instead of the whole test binary.
pub fn run_guarded(source: &str, timeout: Duration) -> Result<grader::Report, String> {
    let source = source.to_string();
    guarded(64 * 1024 * 1024, timeout, move || grader::run(&source, &grader::Options::default()))
}

/// Run `grade` on a thread with `stack_bytes` of stack: a panic becomes
/// `Err("the grader panicked: ..")`, no answer within `timeout` an `Err` too.
pub fn guarded(
    stack_bytes: usize,
    timeout: Duration,
    grade: impl FnOnce() -> grader::Report + Send + 'static,
) -> Result<grader::Report, String> {
    let (tx, rx) = mpsc::channel();
    std::thread::Builder::new()
        .stack_size(stack_bytes)
        .spawn(move || {
            let result = std::panic::catch_unwind(std::panic::AssertUnwindSafe(grade));
            let _ = tx.send(result.map_err(|payload| {
                let message = payload
                    .downcast_ref::<&str>()
                    .map(|s| s.to_string())
                    .or_else(|| payload.downcast_ref::<String>().cloned())
                    .unwrap_or_else(|| "(non-string payload)".into());
                format!("the grader panicked: {message}")
            }));
        })
        .expect("spawn a grader thread");
    match rx.recv_timeout(timeout) {
        Ok(result) => result,
        Err(_) => Err(format!("the grader did not return within {}s (hang?)", timeout.as_secs())),
    }
}

/// Silence the default panic hook while grader runs are guarded (their panics
/// are reported as case failures); returns nothing, lasts for the process.
pub fn quiet_panics() {
    std::panic::set_hook(Box::new(|_| {}));
}

/// The `.rs` files of `dir` (not recursive), sorted by name.
pub fn rs_files(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = fs::read_dir(dir)
        .map(|rd| rd.filter_map(|e| e.ok()).map(|e| e.file_name().to_string_lossy().into_owned()).collect())
        .unwrap_or_default();
    names.retain(|n| n.ends_with(".rs"));
    names.sort();
    names
}

/// A readable line diff of two texts: the first difference with context.
pub fn diff(expected: &str, actual: &str) -> String {
    let e: Vec<&str> = expected.split_inclusive('\n').collect();
    let a: Vec<&str> = actual.split_inclusive('\n').collect();
    let first = e.iter().zip(&a).position(|(x, y)| x != y).unwrap_or(e.len().min(a.len()));
    let from = first.saturating_sub(3);
    let mut out = String::new();
    for line in &e[from..first] {
        out.push_str(&format!("      {line:?}\n"));
    }
    for line in e.iter().skip(first).take(6) {
        out.push_str(&format!("    - {line:?}\n"));
    }
    if e.len() > first + 6 {
        out.push_str(&format!("    - ... ({} more expected lines)\n", e.len() - first - 6));
    }
    for line in a.iter().skip(first).take(6) {
        out.push_str(&format!("    + {line:?}\n"));
    }
    if a.len() > first + 6 {
        out.push_str(&format!("    + ... ({} more actual lines)\n", a.len() - first - 6));
    }
    out
}
