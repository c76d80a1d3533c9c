//! Shared by the `corpus` and `unsupported` fixture harnesses: a data file of
//! cases that are known to fail, checked in both directions (a listed case
//! that starts passing must be removed from the list), and rewritten with
//! `UPDATE_KNOWN_FAILURES=1`.

use std::collections::BTreeSet;
use std::fs;
use std::path::Path;
use std::sync::mpsc;
use std::time::Duration;

pub fn read(path: &Path) -> BTreeSet<String> {
    let Ok(text) = fs::read_to_string(path) else { return BTreeSet::new() };
    text.lines().map(str::trim).filter(|l| !l.is_empty() && !l.starts_with('#')).map(str::to_string).collect()
}

pub fn write(path: &Path, header: &str, failing: &BTreeSet<String>) {
    let mut text = String::from(header);
    for case in failing {
        text.push_str(case);
        text.push('\n');
    }
    fs::write(path, text).unwrap_or_else(|e| panic!("cannot write {}: {e}", path.display()));
}

/// `CORPUS_FILTER=sync/04` runs only the cases whose name contains it (for
/// working on one feature); the known-failures list is then checked, and
/// rewritten, only for those cases.
pub fn filter() -> Option<String> {
    std::env::var("CORPUS_FILTER").ok().filter(|f| !f.is_empty())
}

/// Like the oracle's FILTER: a filter with a `/` starts at a path segment, so
/// `sync/0` does not also select `async/0..`.
pub fn selected(name: &str) -> bool {
    filter().map_or(true, |f| {
        if !f.contains('/') {
            return name.contains(&f);
        }
        name.match_indices(&f).any(|(i, _)| i == 0 || name.as_bytes()[i - 1] == b'/')
    })
}

pub fn updating() -> bool {
    std::env::var_os("UPDATE_KNOWN_FAILURES").is_some_and(|v| v != "0")
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

/// Print and fail when a case did not behave as the list says.
pub fn settle(
    list_path: &Path,
    header: &str,
    what: &str,
    results: &[(String, Result<(), String>)],
    extra_errors: &[String],
) {
    let known = read(list_path);
    let failing: BTreeSet<String> = results.iter().filter(|(_, r)| r.is_err()).map(|(n, _)| n.clone()).collect();
    let passed = results.len() - failing.len();
    let mut problems: Vec<String> = extra_errors.to_vec();

    if updating() {
        // Under a filter, entries of cases that did not run are kept.
        let mut list: BTreeSet<String> = known.iter().filter(|k| !selected(k)).cloned().collect();
        list.extend(failing.iter().cloned());
        write(list_path, header, &list);
        eprintln!("{what}: rewrote {} ({} cases)", list_path.display(), failing.len());
    } else {
        for (name, result) in results {
            match (result, known.contains(name)) {
                (Err(why), false) => problems.push(format!("FAIL {name}\n{why}")),
                (Ok(()), true) => problems.push(format!(
                    "FIXED {name}: it passes now; remove it from {} (or run with UPDATE_KNOWN_FAILURES=1)",
                    list_path.display()
                )),
                _ => {}
            }
        }
        let names: BTreeSet<&String> = results.iter().map(|(n, _)| n).collect();
        for stale in known.iter().filter(|k| selected(k) && !names.contains(k)) {
            problems.push(format!("{} lists `{stale}`, which is not a case", list_path.display()));
        }
    }

    eprintln!(
        "{what}: {} cases, {passed} passed, {} known failures{}",
        results.len(),
        failing.len(),
        if updating() { " (list updated)" } else { "" }
    );
    if !problems.is_empty() {
        let n = problems.len();
        for p in &problems {
            eprintln!("\n{p}");
        }
        panic!("{what}: {n} problem(s); see above");
    }
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
