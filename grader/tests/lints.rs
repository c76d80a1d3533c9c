//! Fixture tests of the async-mistake lints.
//!
//! `tests/lints/<code>/wrong*.rs` must produce exactly `<code>`, on the lines
//! marked `//~ <code>` and nowhere else; `right*.rs` must produce no catalog
//! diagnostic at all. Cases listed in `tests/lints/pending-dynamic.txt` need
//! the runtime's dynamic detectors: they are asserted to be *not yet*
//! detected, so landing a detector makes this test say "remove it from the list".
//! Adding a case needs no Rust code: drop a file into the folder.
//!
//! A `harness = false` target on `libtest-mimic` (see `harness/mod.rs`): one
//! test per fixture, named by its path (`lints/missing_await/wrong_bound`),
//! so `cargo test -p grader -- missing_await/` runs one code's fixtures;
//! the whole-catalog checks below are one test each, by their function name.

mod harness;

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::Arc;

use harness::trial;

use grader::lint::{self, catalog::Class, CODES, ENTRIES, LESSONS};
use grader::{Options, Severity};

fn cases_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/lints")
}

fn options() -> Options {
    // Every lint on, the pedantic ones too: the fixtures show each code.
    Options { max_steps: 2_000_000, pedantic: grader::lint::pedantic_codes(), ..Options::default() }
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
    let mut dirs: Vec<_> =
        std::fs::read_dir(cases_dir()).unwrap().map(|e| e.unwrap().path()).filter(|p| p.is_dir()).collect();
    dirs.sort();
    for dir in dirs {
        let code = dir.file_name().unwrap().to_string_lossy().to_string();
        let mut files: Vec<_> = std::fs::read_dir(&dir)
            .unwrap()
            .map(|e| e.unwrap().path())
            .filter(|p| p.extension().is_some_and(|e| e == "rs"))
            .collect();
        files.sort();
        for f in files {
            out.push((code.clone(), f));
        }
    }
    out
}

fn main() -> ExitCode {
    let pending = Arc::new(pending());
    let mut trials = Vec::new();
    let fixtures = fixtures();
    let n_fixtures = fixtures.len();
    for (code, path) in fixtures {
        let file = path.file_name().unwrap().to_string_lossy().to_string();
        let name = format!("lints/{code}/{}", file.trim_end_matches(".rs"));
        let pending = pending.clone();
        trials.push(trial(name, move || lint_fixture(&code, &file, &path, &pending)));
    }
    trials.push(trial("lints/pending-dynamic.txt", move || {
        let missing: Vec<String> = pending
            .iter()
            .filter(|c| !c.starts_with("exercises/") && !cases_dir().join(c).exists())
            .map(|c| format!("pending-dynamic.txt lists `{c}`, which does not exist"))
            .collect();
        if n_fixtures == 0 {
            return Err("no fixtures found".into());
        }
        if missing.is_empty() {
            Ok(())
        } else {
            Err(missing.join("\n"))
        }
    }));
    let whole_catalog: [(&str, fn()); 10] = [
        ("dynamic_findings_carry_evidence", dynamic_findings_carry_evidence),
        ("every_code_has_wrong_and_right_fixtures", every_code_has_wrong_and_right_fixtures),
        ("diagnostics_are_complete", diagnostics_are_complete),
        ("error_lints_stop_the_run", error_lints_stop_the_run),
        ("docs_pages_have_clippy_shape", docs_pages_have_clippy_shape),
        ("lessons_linked_from_diagnostics_exist", lessons_linked_from_diagnostics_exist),
        ("agrees_with_real_rustc", agrees_with_real_rustc),
        ("repository_programs_get_only_expected_findings", repository_programs_get_only_expected_findings),
        ("exercise_starters_show_their_mistake", exercise_starters_show_their_mistake),
        ("never_panics_on_workspace_sources", never_panics_on_workspace_sources),
    ];
    for (name, test) in whole_catalog {
        trials.push(trial(name, move || {
            test();
            Ok(())
        }));
    }
    harness::run(trials).exit_code()
}

/// `<code>/wrong*.rs` gets exactly its `//~ <code>` markers (or, when listed
/// in `pending-dynamic.txt`, nothing yet); `right*.rs` no catalog finding.
fn lint_fixture(code: &str, file: &str, path: &Path, pending: &BTreeSet<String>) -> Result<(), String> {
    let case = format!("{code}/{file}");
    if !CODES.contains(&code) {
        return Err(format!("{case}: folder is not a catalog code"));
    }
    let source = std::fs::read_to_string(path).map_err(|e| format!("{case}: {e}"))?;
    let report = grader::check(&source, &options());
    let found: BTreeSet<(u32, String)> = report
        .diagnostics
        .iter()
        .filter(|d| CODES.contains(&d.code.as_str()))
        .map(|d| (d.line, d.code.clone()))
        .collect();
    let expected = markers(&source);
    if file.starts_with("wrong") {
        if expected.is_empty() || expected.iter().any(|(_, c)| c != code) {
            return Err(format!("{case}: a wrong fixture needs `//~ {code}` markers (and only for its own code)"));
        }
        if pending.contains(&case) {
            if !found.is_empty() {
                return Err(format!("{case}: now detected ({found:?}): remove it from pending-dynamic.txt"));
            }
        } else if found != expected {
            return Err(format!("{case}: expected {expected:?}, found {found:?}"));
        }
    } else if file.starts_with("right") {
        if !found.is_empty() {
            let detail: Vec<String> = report
                .diagnostics
                .iter()
                .filter(|d| CODES.contains(&d.code.as_str()))
                .map(|d| format!("{}:{} {}: {}", d.line, d.column, d.code, d.message))
                .collect();
            return Err(format!("{case}: false positive: {detail:?}"));
        }
    } else {
        return Err(format!("{case}: fixture names start with `wrong` or `right`"));
    }
    Ok(())
}

/// The evidence of the run in the messages (`tests/lints/evidence.txt`): times, tasks, lines.
fn dynamic_findings_carry_evidence() {
    let listed = std::fs::read_to_string(cases_dir().join("evidence.txt")).expect("evidence.txt exists");
    let mut failures = Vec::new();
    for line in listed.lines().filter(|l| !l.starts_with('#') && !l.trim().is_empty()) {
        let parts: Vec<&str> = line.splitn(3, " | ").collect();
        let [case, code, text] = parts[..] else { panic!("evidence.txt: `{line}` is not `case | code | text`") };
        let source =
            std::fs::read_to_string(cases_dir().join(case)).unwrap_or_else(|e| panic!("evidence.txt: {case}: {e}"));
        let report = grader::check(&source, &options());
        let messages: Vec<&str> =
            report.diagnostics.iter().filter(|d| d.code == code).map(|d| d.message.as_str()).collect();
        if !messages.iter().any(|m| m.contains(text)) {
            failures.push(format!("{case}: no `{code}` message contains `{text}`; messages: {messages:?}"));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

fn every_code_has_wrong_and_right_fixtures() {
    let all = fixtures();
    for entry in ENTRIES {
        let names: Vec<String> = all
            .iter()
            .filter(|(c, _)| c == entry.code)
            .map(|(_, p)| p.file_name().unwrap().to_string_lossy().to_string())
            .collect();
        assert!(names.iter().any(|n| n.starts_with("wrong")), "{}: no wrong*.rs fixture", entry.code);
        assert!(names.iter().any(|n| n.starts_with("right")), "{}: no right*.rs fixture", entry.code);
        if !entry.syntax {
            // Only the run shows these: the syntax pass alone must not report them
            // (whether the run does is `lint_fixtures`' job, with `pending-dynamic.txt`).
            for (_, path) in all
                .iter()
                .filter(|(c, p)| c == entry.code && p.file_name().unwrap().to_string_lossy().starts_with("wrong"))
            {
                let source = std::fs::read_to_string(path).unwrap();
                let syntax = lint::syntax_lints(&syn::parse_file(&source).unwrap());
                assert!(
                    !syntax.iter().any(|d| d.code == entry.code),
                    "{}: a dynamic-only code found by the syntax pass",
                    path.display()
                );
            }
        }
    }
}

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
            assert!(
                d.lesson.as_deref().is_some_and(|l| lesson_ids.contains(&l)),
                "{case}: lesson {:?} not in LESSONS",
                d.lesson
            );
            let expected = entry.class.severity();
            if entry.class == Class::Error {
                assert_eq!(d.severity, Severity::Error, "{case}");
                assert!(d.message.contains(entry.rustc.unwrap()), "{case}: message must name {}", entry.rustc.unwrap());
            } else if d.severity == Severity::Error {
                // Escalated where rustc rejects the program: a std guard across an await
                // inside tokio::spawn (E0277), `let _ = std_lock.lock()` (deny-by-default lint).
                match d.code.as_str() {
                    "std_mutex_guard_across_await" => assert!(d.message.contains("E0277"), "{case}"),
                    "let_underscore_guard" => assert!(d.message.contains("let_underscore_lock"), "{case}"),
                    // A future used as its output (`.unwrap()` E0599, `{}` E0277, `Some(x) =` E0308).
                    "missing_await" => assert!(
                        d.message.contains("E0599") || d.message.contains("E0277") || d.message.contains("E0308"),
                        "{case}"
                    ),
                    other => panic!("{case}: {other} is not an error-class code"),
                }
            } else {
                assert_eq!(d.severity, expected, "{case}");
            }
        }
    }
}

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

fn docs_pages_have_clippy_shape() {
    assert_eq!(CODES.len(), 39);
    for code in CODES {
        let page = lint::docs(code).unwrap_or_else(|| panic!("{code}: no docs"));
        assert!(page.starts_with(&format!("# {code}\n")), "{code}: page starts with `# {code}`");
        for heading in ["### What it does", "### Why is this bad", "### Example"] {
            assert!(page.contains(heading), "{code}: docs lack `{heading}`");
        }
        assert!(page.matches("```rust").count() >= 2, "{code}: docs need a wrong and a corrected example");
    }
    assert!(lint::docs("not_a_code").is_none());
    // `docs` lists the pages apart from the catalog's entries: no page for a code that is not one.
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/lint/docs");
    for file in std::fs::read_dir(&dir).unwrap() {
        let name = file.unwrap().file_name().into_string().unwrap();
        let code = name.strip_suffix(".md").unwrap_or_else(|| panic!("{name}: not a page"));
        assert!(CODES.contains(&code), "docs/{name} is not a catalog code");
    }
}

fn lessons_linked_from_diagnostics_exist() {
    let lessons = Path::new(env!("CARGO_MANIFEST_DIR")).parent().unwrap().join("lessons");
    for entry in ENTRIES {
        assert!(
            LESSONS.iter().any(|(id, _)| *id == entry.lesson),
            "{}: lesson {} not in LESSONS",
            entry.code,
            entry.lesson
        );
    }
    for (id, _) in LESSONS {
        assert!(
            lessons.join(format!("{id}.md")).exists(),
            "lesson `{id}` (linked from lint diagnostics) is not lessons/{id}.md"
        );
    }
}

/// A catalog code, and the severity it must have when it matters.
type CodeWithSeverity = (&'static str, Option<Severity>);

/// What real rustc/clippy report (`real-rustc.txt`, generated by
/// `tests/lints/real-rustc.sh`) -> the catalog codes (and severities) for the same mistake.
const REAL_EQUIVALENTS: &[(&[&str], &[CodeWithSeverity])] = &[
    (&["E0728"], &[("await_outside_async", None)]),
    (&["E0752"], &[("async_main_without_runtime", None)]),
    (&["E0373"], &[("spawn_borrows_local", None)]),
    (&["E0733"], &[("async_recursion_unboxed", None)]),
    (
        &["E0277"],
        &[
            ("non_send_across_await", None),
            ("select_unpinned_ref", None),
            ("std_mutex_guard_across_await", Some(Severity::Error)),
            ("missing_await", Some(Severity::Error)),
        ],
    ),
    (&["await_holding_lock"], &[("std_mutex_guard_across_await", Some(Severity::Warning))]),
    (&["await_holding_refcell_ref"], &[("refcell_borrow_across_await", None)]),
    (&["let_underscore_future"], &[("let_underscore_future", None)]),
    (&["async_yields_async"], &[("async_block_yields_future", None)]),
    (&["unused_must_use"], &[("missing_await", Some(Severity::Warning))]),
    (&["let_underscore_lock"], &[("let_underscore_guard", Some(Severity::Error))]),
    (&["large_futures"], &[("large_future_on_stack", None)]),
    (&["unused_async", "redundant_async_block"], &[("needless_async", None)]),
];

/// Where the grader and rustc/clippy knowingly differ, and why.
const KNOWN_DIFFERENCES: &[(&str, &str, &str)] = &[
    ("missing_await/wrong_bound.rs", "missing_await", "rustc only says `unused_variables` for a future bound to a name and never used"),
    ("missing_await/wrong_underscore_name.rs", "missing_await", "rustc says nothing for `let _name = future;`: the leading `_` silences `unused_variables`, not the mistake"),
    ("missing_await/wrong_unwrapped.rs", "missing_await", "rustc rejects a value method on a future with E0599 (no method `unwrap`), not E0277; both are the grader's missing_await error"),
    ("let_underscore_guard/wrong_statement.rs", "missing_await", "rustc's unused_must_use here is about the unused `MutexGuard` (released at the `;`): the grader's let_underscore_guard, not a missing `.await`"),
    ("missing_await/wrong_changed.rs", "missing_await", "rustc rejects a value method on a future with E0599 (no method `is_ok`), not E0277; both are the grader's missing_await error"),
    ("missing_await/wrong_pattern.rs", "missing_await", "rustc rejects a future matched against `Some(..)` with E0308 (mismatched types), not E0277; both are the grader's missing_await error"),
    ("missing_await/wrong_dropped.rs", "missing_await", "rustc says nothing for `drop(future)`: dropping a value is not `unused_must_use`"),
    ("std_mutex_guard_across_await/right_dropped.rs", "std_mutex_guard_across_await", "clippy's await_holding_lock is scope-based; `drop(guard)` really releases the lock before the await, and nothing needs `Send` outside spawn"),
    ("thread_sleep_in_async/wrong.rs", "needless_async", "clippy says unused_async; the grader reports the blocking call, the actual lesson, instead"),
    ("needless_async/right_stub.rs", "needless_async", "clippy says unused_async on a `todo!()` body; the grader leaves stubs (exercise starters) alone"),
    ("loop_without_yield/wrong_heavy_batches.rs", "needless_async", "clippy says unused_async; the grader reports the loop that never yields, the actual lesson, instead"),
];

fn agrees_with_real_rustc() {
    let recorded = std::fs::read_to_string(cases_dir().join("real-rustc.txt"))
        .expect("real-rustc.txt (run tests/lints/real-rustc.sh)");
    let mut real = std::collections::BTreeMap::new();
    for line in recorded.lines().filter(|l| !l.starts_with('#')) {
        let (case, codes) = line.split_once(':').unwrap();
        real.insert(case.to_string(), codes.split_whitespace().map(String::from).collect::<BTreeSet<String>>());
    }
    let mut failures = Vec::new();
    for (code, path) in fixtures() {
        let case = format!("{code}/{}", path.file_name().unwrap().to_string_lossy());
        let Some(real_codes) = real.get(&case) else {
            failures.push(format!("{case}: not in real-rustc.txt; re-run grader/tests/lints/real-rustc.sh"));
            continue;
        };
        let source = std::fs::read_to_string(&path).unwrap();
        let ours = lint::syntax_lints(&syn::parse_file(&source).unwrap());
        // rustc rejects the program exactly when the grader reports an error.
        let real_rejects = real_codes.iter().any(|c| c.starts_with('E') || c == "error" || c == "let_underscore_lock");
        let we_reject = ours.iter().any(|d| d.severity == Severity::Error);
        if real_rejects != we_reject {
            failures
                .push(format!("{case}: rustc rejects = {real_rejects} ({real_codes:?}), grader error = {we_reject}"));
        }
        for (equivalents, our_codes) in REAL_EQUIVALENTS {
            let ours_has = ours
                .iter()
                .any(|d| our_codes.iter().any(|(c, sev)| d.code == *c && sev.is_none_or(|s| d.severity == s)));
            let real_has = equivalents.iter().any(|e| real_codes.contains(*e));
            let known = KNOWN_DIFFERENCES.iter().any(|(c, k, _)| *c == case && our_codes.iter().any(|(o, _)| o == k));
            if ours_has != real_has && !known {
                failures.push(format!(
                    "{case}: grader {our_codes:?} = {ours_has}, rustc/clippy {equivalents:?} = {real_has}"
                ));
            }
        }
    }
    for (case, code, _) in KNOWN_DIFFERENCES {
        assert!(real.contains_key(*case), "known difference for missing fixture {case} ({code})");
    }
    assert!(failures.is_empty(), "{} disagreement(s) with real rustc/clippy:\n{}", failures.len(), failures.join("\n"));
}

/// The programs of the rest of the repository: lesson `rust,run` blocks,
/// exercise solutions and the conformance corpus, as `(name, source)`.
fn repository_programs() -> Vec<(String, String)> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).parent().unwrap();
    let mut out = Vec::new();
    let mut lessons: Vec<PathBuf> =
        std::fs::read_dir(root.join("lessons")).map(|rd| rd.map(|e| e.unwrap().path()).collect()).unwrap_or_default();
    lessons.sort();
    for path in lessons {
        let name = path.file_name().unwrap().to_string_lossy().to_string();
        if !name.ends_with(".md") || name.ends_with(".notes.md") {
            continue;
        }
        let text = std::fs::read_to_string(&path).unwrap();
        let mut block: Option<String> = None;
        let mut n_blocks = 0;
        for line in text.lines() {
            if let Some(buf) = block.as_mut() {
                if line.trim_start().starts_with("```") {
                    n_blocks += 1;
                    out.push((format!("lessons/{name}[{n_blocks}]"), block.take().unwrap()));
                } else {
                    buf.push_str(line);
                    buf.push('\n');
                }
            } else if line.trim_start().starts_with("```rust,run") {
                block = Some(String::new());
            }
        }
    }
    let mut files: Vec<PathBuf> = Vec::new();
    if let Ok(rd) = std::fs::read_dir(root.join("exercises")) {
        for e in rd {
            let solution = e.unwrap().path().join("solution.rs");
            if solution.exists() {
                files.push(solution);
            }
        }
    }
    for kind in ["sync", "async"] {
        if let Ok(rd) = std::fs::read_dir(root.join("grader/tests/corpus").join(kind)) {
            files.extend(rd.map(|e| e.unwrap().path()).filter(|p| p.extension().is_some_and(|x| x == "rs")));
        }
    }
    files.sort();
    for f in files {
        out.push((f.strip_prefix(root).unwrap().display().to_string(), std::fs::read_to_string(&f).unwrap()));
    }
    out
}

/// Precision on real programs: every lint warning or error on the lessons' programs,
/// the exercise solutions and the conformance corpus must be listed in
/// `tests/lints/corpus-expected.txt` (programs that show a mistake on purpose),
/// and every listed finding must still be there. Advice notes are allowed anywhere.
/// `UPDATE_LINT_CORPUS=1 cargo test -p grader --test lints` rewrites the file; review the diff.
fn repository_programs_get_only_expected_findings() {
    let path = cases_dir().join("corpus-expected.txt");
    let mut found = BTreeSet::new();
    for (name, source) in repository_programs() {
        if syn::parse_file(&source).is_err() {
            continue;
        }
        // Syntax rules and the dynamic detectors on the run. Advice notes are allowed
        // anywhere; warnings and errors must be on purpose.
        let report = grader::check(&source, &options());
        for d in report
            .diagnostics
            .into_iter()
            .filter(|d| CODES.contains(&d.code.as_str()) && d.severity >= Severity::Warning)
        {
            found.insert(format!("{name}: {} {}", d.severity.as_str(), d.code));
        }
    }
    let header = "# Lint warnings and errors on the repository's own programs (lesson `rust,run` blocks, exercise\n\
                  # solutions, grader/tests/corpus): each shows a mistake on purpose. (Advice notes are not listed.)\n\
                  # Checked exactly by grader/tests/lints.rs; regenerate with UPDATE_LINT_CORPUS=1 and review the diff.\n";
    if std::env::var_os("UPDATE_LINT_CORPUS").is_some() {
        let body: Vec<String> = found.iter().cloned().collect();
        std::fs::write(&path, format!("{header}{}\n", body.join("\n"))).unwrap();
        return;
    }
    let listed: BTreeSet<String> = std::fs::read_to_string(&path)
        .expect("corpus-expected.txt")
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .map(String::from)
        .collect();
    let unexpected: Vec<_> = found.difference(&listed).collect();
    let missing: Vec<_> = listed.difference(&found).collect();
    assert!(
        unexpected.is_empty() && missing.is_empty(),
        "lint findings on repository programs changed (UPDATE_LINT_CORPUS=1 to accept after review)\nnew: {unexpected:#?}\ngone: {missing:#?}"
    );
}

/// Recall on the exercises: a starter whose `starter_fails` says `no CODE`
/// (it must fail because CODE is present) gets CODE from the syntax lints,
/// or from the run when CODE is one only the run can show (or the starter is listed in
/// `pending-dynamic.txt` as `exercises/ID/starter.rs CODE`), and its solution does not. (Other
/// findings on solutions are covered by `repository_programs_get_only_expected_findings`.)
fn exercise_starters_show_their_mistake() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).parent().unwrap();
    let Ok(rd) = std::fs::read_dir(root.join("exercises")) else { return };
    let pending = pending();
    let mut failures = Vec::new();
    let mut n_checked = 0;
    for e in rd {
        let dir = e.unwrap().path();
        let Ok(toml) = std::fs::read_to_string(dir.join("exercise.toml")) else { continue };
        let Some(line) = toml.lines().find(|l| l.trim_start().starts_with("starter_fails")) else { continue };
        let codes: Vec<&str> = line.split('"').filter_map(|s| s.strip_prefix("no ")).collect();
        for code in codes {
            let Some(entry) = lint::catalog::entry(code) else {
                failures.push(format!("{}: starter_fails names unknown code `{code}`", dir.display()));
                continue;
            };
            n_checked += 1;
            let exercise = dir.file_name().unwrap().to_string_lossy().to_string();
            let is_pending = pending.contains(&format!("exercises/{exercise}/starter.rs {code}"));
            // Left to the run (a dynamic-only code, or listed): the starter's run shows it, the solution's does not.
            let by_run = !entry.syntax || is_pending;
            for (file, want) in [("starter.rs", true), ("solution.rs", false)] {
                let source = std::fs::read_to_string(dir.join(file)).unwrap();
                let Ok(parsed) = syn::parse_file(&source) else { continue };
                let has = if by_run {
                    grader::check(&source, &options()).diagnostics.iter().any(|d| d.code == code)
                } else {
                    lint::syntax_lints(&parsed).iter().any(|d| d.code == code)
                };
                if has != want {
                    failures.push(format!(
                        "{exercise}/{file}: {code} expected {want}, got {has}{}",
                        if by_run { " (from the run)" } else { "" }
                    ));
                }
            }
            if is_pending
                && lint::syntax_lints(
                    &syn::parse_file(&std::fs::read_to_string(dir.join("starter.rs")).unwrap()).unwrap(),
                )
                .iter()
                .any(|d| d.code == code)
            {
                failures.push(format!(
                    "{exercise}/starter.rs: the syntax rules now find {code}: remove it from pending-dynamic.txt"
                ));
            }
        }
    }
    let _ = n_checked;
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// Robustness: the syntax lints run on every Rust file of the workspace
/// (real, varied code) without panicking. (Also run once on 6000 files of the
/// cargo registry, tokio's test suite included: no panic.)
fn never_panics_on_workspace_sources() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).parent().unwrap();
    let mut stack = vec![root.to_path_buf()];
    let mut n_files = 0;
    while let Some(dir) = stack.pop() {
        let Ok(rd) = std::fs::read_dir(&dir) else { continue };
        for e in rd.flatten() {
            let path = e.path();
            let name = e.file_name().to_string_lossy().to_string();
            if path.is_dir() {
                if !name.starts_with('.') && name != "target" && name != "node_modules" {
                    stack.push(path);
                }
            } else if name.ends_with(".rs") {
                let Ok(source) = std::fs::read_to_string(&path) else { continue };
                let Ok(file) = syn::parse_file(&source) else { continue };
                let _ = lint::syntax_lints(&file);
                n_files += 1;
            }
        }
    }
    assert!(n_files > 100, "only {n_files} files linted");
}
