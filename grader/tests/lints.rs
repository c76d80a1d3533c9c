//! Fixture tests of the async-mistake lints.
//!
//! `tests/lints/<code>/wrong*.rs` must produce exactly `<code>`, on the lines
//! marked `//~ <code>` and nowhere else; `right*.rs` must produce no catalog
//! diagnostic at all. Cases listed in `tests/lints/pending-dynamic.txt` need
//! the runtime's dynamic detectors: they are asserted to be *not yet*
//! detected, so landing a detector makes this test say "remove it from the list".
//! Adding a case needs no Rust code: drop a file into the folder.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use grader::lint::{self, catalog::Class, CODES, ENTRIES, LESSONS};
use grader::{Options, Severity};

fn cases_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/lints")
}

fn options() -> Options {
    Options { max_steps: 2_000_000, ..Options::default() }
}

fn pending() -> BTreeSet<String> {
    std::fs::read_to_string(cases_dir().join("pending-dynamic.txt"))
        .expect("pending-dynamic.txt exists")
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(String::from)
        .collect()
}

/// `(line, code)` of every `//~ code` marker.
fn markers(source: &str) -> BTreeSet<(u32, String)> {
    let mut out = BTreeSet::new();
    for (i, line) in source.lines().enumerate() {
        if let Some(idx) = line.find("//~ ") {
            let code = line[idx + 4..].split_whitespace().next().unwrap_or("").to_string();
            out.insert((i as u32 + 1, code));
        }
    }
    out
}

fn fixtures() -> Vec<(String, PathBuf)> {
    let mut out = Vec::new();
    let mut dirs: Vec<_> = std::fs::read_dir(cases_dir()).unwrap().map(|e| e.unwrap().path()).filter(|p| p.is_dir()).collect();
    dirs.sort();
    for dir in dirs {
        let code = dir.file_name().unwrap().to_string_lossy().to_string();
        let mut files: Vec<_> = std::fs::read_dir(&dir).unwrap().map(|e| e.unwrap().path()).filter(|p| p.extension().is_some_and(|e| e == "rs")).collect();
        files.sort();
        for f in files {
            out.push((code.clone(), f));
        }
    }
    out
}

#[test]
fn lint_fixtures() {
    let pending = pending();
    let mut failures = Vec::new();
    let mut n_checked = 0;
    for (code, path) in fixtures() {
        let file = path.file_name().unwrap().to_string_lossy().to_string();
        let case = format!("{code}/{file}");
        let source = std::fs::read_to_string(&path).unwrap();
        let report = grader::check(&source, &options());
        let found: BTreeSet<(u32, String)> = report.diagnostics.iter().filter(|d| CODES.contains(&d.code.as_str())).map(|d| (d.line, d.code.clone())).collect();
        let expected = markers(&source);
        n_checked += 1;
        if !CODES.contains(&code.as_str()) {
            failures.push(format!("{case}: folder is not a catalog code"));
            continue;
        }
        if file.starts_with("wrong") {
            if expected.is_empty() || expected.iter().any(|(_, c)| c != &code) {
                failures.push(format!("{case}: a wrong fixture needs `//~ {code}` markers (and only for its own code)"));
                continue;
            }
            if pending.contains(&case) {
                if !found.is_empty() {
                    failures.push(format!("{case}: now detected ({found:?}): remove it from pending-dynamic.txt"));
                }
            } else if found != expected {
                failures.push(format!("{case}: expected {expected:?}, found {found:?}"));
            }
        } else if file.starts_with("right") {
            if !found.is_empty() {
                let detail: Vec<String> = report.diagnostics.iter().filter(|d| CODES.contains(&d.code.as_str())).map(|d| format!("{}:{} {}: {}", d.line, d.column, d.code, d.message)).collect();
                failures.push(format!("{case}: false positive: {detail:?}"));
            }
        } else {
            failures.push(format!("{case}: fixture names start with `wrong` or `right`"));
        }
    }
    for case in &pending {
        if !cases_dir().join(case).exists() {
            failures.push(format!("pending-dynamic.txt lists `{case}`, which does not exist"));
        }
    }
    assert!(n_checked > 0, "no fixtures found");
    assert!(failures.is_empty(), "{} fixture failure(s):\n{}", failures.len(), failures.join("\n"));
}

#[test]
fn every_code_has_wrong_and_right_fixtures() {
    let all = fixtures();
    let pending = pending();
    for entry in ENTRIES {
        let names: Vec<String> = all.iter().filter(|(c, _)| c == entry.code).map(|(_, p)| p.file_name().unwrap().to_string_lossy().to_string()).collect();
        assert!(names.iter().any(|n| n.starts_with("wrong")), "{}: no wrong*.rs fixture", entry.code);
        assert!(names.iter().any(|n| n.starts_with("right")), "{}: no right*.rs fixture", entry.code);
        if !entry.syntax {
            for n in names.iter().filter(|n| n.starts_with("wrong")) {
                assert!(pending.contains(&format!("{}/{n}", entry.code)), "{}/{n}: dynamic-only code, list it in pending-dynamic.txt", entry.code);
            }
        }
    }
}

#[test]
fn diagnostics_are_complete() {
    let lesson_ids: Vec<&str> = LESSONS.iter().map(|(id, _)| *id).collect();
    for (code, path) in fixtures() {
        let source = std::fs::read_to_string(&path).unwrap();
        let file = syn::parse_file(&source).unwrap_or_else(|e| panic!("{}: does not parse: {e}", path.display()));
        for d in lint::syntax_lints(&file) {
            let entry = lint::catalog::entry(&d.code).unwrap();
            let case = format!("{code}/{}: {}", path.file_name().unwrap().to_string_lossy(), d.code);
            assert!(d.line >= 1 && d.column >= 1, "{case}: position {}:{}", d.line, d.column);
            assert!(!d.message.is_empty() && !d.message.contains('\n'), "{case}: one-line message");
            assert!(d.why.as_deref().is_some_and(|w| !w.is_empty()), "{case}: no why");
            assert!(d.help.as_deref().is_some_and(|h| !h.is_empty()), "{case}: no help");
            assert!(d.lesson.as_deref().is_some_and(|l| lesson_ids.contains(&l)), "{case}: lesson {:?} not in LESSONS", d.lesson);
            let expected = entry.class.severity();
            if entry.class == Class::Error {
                assert_eq!(d.severity, Severity::Error, "{case}");
                assert!(d.message.contains(entry.rustc.unwrap()), "{case}: message must name {}", entry.rustc.unwrap());
            } else if d.severity == Severity::Error {
                // Only std_mutex_guard_across_await inside tokio::spawn is escalated (E0277).
                assert_eq!(d.code, "std_mutex_guard_across_await", "{case}");
                assert!(d.message.contains("E0277"), "{case}");
            } else {
                assert_eq!(d.severity, expected, "{case}");
            }
        }
    }
}

#[test]
fn error_lints_stop_the_run() {
    for (code, path) in fixtures() {
        let source = std::fs::read_to_string(&path).unwrap();
        let file = syn::parse_file(&source).unwrap();
        if lint::syntax_lints(&file).iter().any(|d| d.severity == Severity::Error) {
            let report = grader::check(&source, &options());
            assert_eq!(report.outcome, grader::Outcome::Rejected, "{code}: {}", path.display());
            assert_eq!(report.steps, 0, "{code}: the program must not run");
        }
    }
}

#[test]
fn docs_pages_have_clippy_shape() {
    assert_eq!(CODES.len(), 35);
    for code in CODES {
        let page = lint::docs(code).unwrap_or_else(|| panic!("{code}: no docs"));
        assert!(page.starts_with(&format!("# {code}\n")), "{code}: page starts with `# {code}`");
        for heading in ["### What it does", "### Why is this bad", "### Example"] {
            assert!(page.contains(heading), "{code}: docs lack `{heading}`");
        }
        assert!(page.matches("```rust").count() >= 2, "{code}: docs need a wrong and a corrected example");
    }
    assert!(lint::docs("not_a_code").is_none());
}
