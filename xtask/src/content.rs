//! `cargo xtask check-content`: the course is checked like code.
//!
//! 1. `course::load` validates lessons/ and exercises/ (links, files, ids,
//!    front matter, hints, and that every cached oracle output is for the
//!    current source).
//! 2. The oracle: every exercise solution and every ```` ```rust,run ```` lesson
//!    block is compiled and run with real rustc + tokio in a scratch cargo
//!    project (`target/oracle-exercises/`); the output must equal the cached
//!    `expected.json` files (`--regenerate` writes them instead).
//!    Exercise solutions must compile without rustc warnings, and every program
//!    runs several times: its output must be deterministic.
//! 3. The starters under real Rust: each fails the way its exercise says
//!    (rejected by rustc with the named mistake's error, panics or hangs,
//!    or prints something else than the solution).
//! 4. The grader: each solution passes all its checks, each starter fails the
//!    checks named in `starter_fails`, and each lesson block prints what real
//!    Rust prints. Cases the grader cannot handle yet are listed in
//!    `exercises/known-grader-gaps.txt`; the check asserts the list is exact
//!    (a listed case that now works is an error too, so progress is noticed).
//!    `--update-gaps` rewrites the list.

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::fs;
use std::path::Path;
use std::process::Stdio;
use std::time::{Duration, Instant};

use course::{Course, ExerciseExpected, LessonExpected, OracleRun, REGENERATE};

use crate::oracle::{self, Running, Scratch};
use crate::util;

const USAGE: &str = "\
usage: cargo xtask check-content [--regenerate] [--no-oracle] [--update-gaps] [--verbose]
  --regenerate   run the oracle (real rustc + tokio) and rewrite every expected.json
  --no-oracle    skip compiling with real rustc (the cached outputs are still checked for staleness)
  --update-gaps  rewrite exercises/known-grader-gaps.txt from what the grader does now
  --verbose      list every known grader gap with the reason";

/// How many times the oracle runs each program to catch nondeterminism.
const ORACLE_RUNS: usize = 5;

const GAPS_FILE: &str = "exercises/known-grader-gaps.txt";

pub fn main(args: &[String]) -> Result<(), String> {
    let mut regenerate = false;
    let mut oracle = true;
    let mut update_gaps = false;
    let mut verbose = false;
    for arg in args {
        match arg.as_str() {
            "--regenerate" => regenerate = true,
            "--no-oracle" => oracle = false,
            "--update-gaps" => update_gaps = true,
            "--verbose" => verbose = true,
            "-h" | "--help" => {
                println!("{USAGE}");
                return Ok(());
            }
            other => return Err(format!("check-content: unknown option `{other}`\n{USAGE}")),
        }
    }
    let root = util::root();
    let started = Instant::now();

    if regenerate {
        regenerate_all(&root)?;
    }
    let course = course::load(&root).map_err(|errors| {
        format!("the course does not load ({} problems):\n  {}", errors.len(), errors.join("\n  "))
    })?;
    eprintln!(
        "check-content: {} lessons, {} exercises load and validate ({:.1?})",
        course.lessons.len(),
        course.exercises.len(),
        started.elapsed()
    );

    check_catalog_coverage(&course)?;
    check_taught_in(&course)?;

    if oracle && !regenerate {
        let t = Instant::now();
        verify_oracle(&root, &course)?;
        eprintln!("check-content: real rustc + tokio agree with every cached output ({:.1?})", t.elapsed());
    }
    if oracle {
        let t = Instant::now();
        verify_starters(&root, &course)?;
        eprintln!(
            "check-content: every starter fails with real rustc + tokio as its exercise says ({:.1?})",
            t.elapsed()
        );
    }

    let t = Instant::now();
    check_grader(&root, &course, update_gaps, verbose)?;
    eprintln!("check-content: grader checks done ({:.1?}); total {:.1?}", t.elapsed(), started.elapsed());
    Ok(())
}

/// Issue 6: every mistake of the catalog (`grader::lint::CODES`) is the point
/// of at least one exercise, i.e. its starter must fail the check `no ID`
/// (or `reports ID`).
fn check_catalog_coverage(course: &Course) -> Result<(), String> {
    let missing: Vec<&str> = grader::lint::CODES
        .iter()
        .filter(|id| {
            !course
                .exercises
                .iter()
                .any(|ex| ex.starter_fails.iter().any(|f| f == &format!("no {id}") || f == &format!("reports {id}")))
        })
        .copied()
        .collect();
    if missing.is_empty() {
        Ok(())
    } else {
        Err(format!(
            "no exercise's starter shows these catalog mistakes (name them in `absent` and `starter_fails`): {}",
            missing.join(", ")
        ))
    }
}

/// Every catalog mistake is taught in a lesson that exists: the lesson its
/// entry in the grader's catalog names (`grader/src/lint/catalog.rs`, the
/// one table; diagnostics link there).
fn check_taught_in(course: &Course) -> Result<(), String> {
    let errors: Vec<String> = grader::lint::ENTRIES
        .iter()
        .filter(|entry| course.lesson(entry.lesson).is_none())
        .map(|entry| format!("`{}` is taught in `{}`, which does not exist", entry.code, entry.lesson))
        .collect();
    if errors.is_empty() {
        Ok(())
    } else {
        Err(format!("grader/src/lint/catalog.rs:\n  {}", errors.join("\n  ")))
    }
}

// ---------------------------------------------------------------- the oracle

/// One program for the oracle to compile and run.
struct Program {
    /// Binary name in the scratch project.
    bin: String,
    /// Where it comes from, for messages.
    origin: String,
    source: String,
}

/// `(lesson id, number of runnable blocks)` of each lesson that has some.
type LessonBlocks = Vec<(String, usize)>;

/// The programs of the course: exercise solutions and runnable lesson blocks.
/// Read straight from disk (not through `load`), so `--regenerate` works even
/// when the cached outputs are stale or missing.
fn programs(root: &Path) -> Result<(Vec<Program>, LessonBlocks), String> {
    let mut programs = Vec::new();
    let mut lesson_blocks = Vec::new();
    for name in sorted_names(&root.join("exercises"))? {
        let path = root.join("exercises").join(&name).join("solution.rs");
        if path.is_file() {
            let source = fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))?;
            programs.push(Program {
                bin: format!("ex-{name}"),
                origin: format!("exercises/{name}/solution.rs"),
                source,
            });
        }
    }
    for name in sorted_names(&root.join("lessons"))? {
        let Some(id) = lesson_id(&name) else { continue };
        let text = fs::read_to_string(root.join("lessons").join(&name)).map_err(|e| format!("lessons/{name}: {e}"))?;
        let blocks = course::runnable_blocks(&text, 1);
        for (idx, block) in blocks.iter().enumerate() {
            programs.push(Program {
                bin: format!("lesson-{id}-{}", idx + 1),
                origin: format!("lessons/{name}:{} (block {})", block.line, idx + 1),
                source: block.code.clone(),
            });
        }
        if !blocks.is_empty() {
            lesson_blocks.push((id.to_string(), blocks.len()));
        }
    }
    Ok((programs, lesson_blocks))
}

/// The lesson id of a file in `lessons/` (`01-futures-are-lazy.md`), or `None` for
/// its other files (speaker notes, cached outputs).
pub(crate) fn lesson_id(file_name: &str) -> Option<&str> {
    file_name.strip_suffix(".md").filter(|s| !s.contains('.'))
}

/// The entries of `dir`, by name, sorted.
pub(crate) fn sorted_names(dir: &Path) -> Result<Vec<String>, String> {
    let mut names: Vec<String> = fs::read_dir(dir)
        .map_err(|e| format!("{}: {e}", dir.display()))?
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    Ok(names)
}

/// What the scratch projects' manifests say generated them.
const TASK: &str = "cargo xtask check-content";

/// The scratch project of the solutions and lesson blocks; rustc warnings
/// stay on (a course program must compile cleanly).
fn exercises_scratch(root: &Path) -> Result<Scratch, String> {
    Scratch::create(root.join("target/oracle-exercises"), "oracle-exercises", TASK, false)
}

/// Compile every program in one scratch project (the pins and the
/// `#[tokio::main]` rewrite of `crate::oracle`) and run each binary.
fn run_oracle(root: &Path, programs: &[Program]) -> Result<Vec<OracleRun>, String> {
    let scratch = exercises_scratch(root)?;
    scratch.write_programs(programs.iter().map(|p| (p.bin.as_str(), p.source.as_str())))?;

    eprintln!(
        "check-content: compiling {} programs with real rustc + tokio in {}",
        programs.len(),
        scratch.dir.display()
    );
    let output = scratch
        .cargo("build")
        .args(["--bins", "--message-format", "short"])
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .output()
        .map_err(|e| format!("cannot start cargo: {e}"))?;
    let stderr = String::from_utf8_lossy(&output.stderr);
    let name_of = |line: &str| -> String {
        // `src/bin/ex-foo.rs:3:5: warning: ...` -> `exercises/foo/solution.rs:3:5: warning: ...`
        let mut line = line.to_string();
        for p in programs {
            line = line.replace(&format!("src/bin/{}.rs", p.bin), &p.origin);
        }
        line
    };
    let problems: Vec<String> = stderr
        .lines()
        .filter(|l| l.starts_with("src/bin/") || l.starts_with("error"))
        .filter(|l| !l.starts_with("error: could not compile") && !l.starts_with("error: aborting"))
        .map(name_of)
        .collect();
    if !output.status.success() {
        return Err(format!("real rustc rejects course programs:\n  {}", problems.join("\n  ")));
    }
    let warnings: Vec<&String> = problems.iter().filter(|l| l.starts_with("exercises/")).collect();
    if !warnings.is_empty() {
        let problems = warnings.iter().map(|s| s.as_str()).collect::<Vec<_>>();
        return Err(format!(
            "real rustc warns about course programs (they must compile cleanly):\n  {}",
            problems.join("\n  ")
        ));
    }

    // Each program runs several times: its output must not depend on chance
    // (for example two `select!` branches ready at the same virtual instant,
    // where tokio picks one at random).
    let mut runs = Vec::new();
    let mut flaky = Vec::new();
    for p in programs {
        let first = run_binary(&scratch, p)?;
        for _ in 1..ORACLE_RUNS {
            let again = run_binary(&scratch, p)?;
            if again != first {
                flaky.push(format!(
                    "{}: real output differs between runs:\n    {:?}\n    {:?}",
                    p.origin, first.stdout, again.stdout
                ));
                break;
            }
        }
        runs.push(first);
    }
    if !flaky.is_empty() {
        return Err(format!("nondeterministic course programs (avoid ties such as two select! branches ready at the same instant):\n  {}", flaky.join("\n  ")));
    }
    // Programs with test functions: what real `cargo test` says of each test.
    let with_tests: Vec<String> = programs.iter().filter(|p| has_tests(&p.source)).map(|p| p.bin.clone()).collect();
    if !with_tests.is_empty() {
        let mut results = real_tests(&scratch, &with_tests)?;
        for (p, run) in programs.iter().zip(runs.iter_mut()) {
            if let Some(tests) = results.remove(&p.bin) {
                run.tests = tests;
            }
        }
    }
    Ok(runs)
}

/// Whether a program has `#[test]` / `#[tokio::test]` functions.
fn has_tests(source: &str) -> bool {
    source.contains("#[test]") || source.contains("#[tokio::test")
}

/// Build the test harness of each binary in `bins` and run it with real `cargo test`'s
/// harness (one thread): test name -> `ok` / `FAILED` / `ignored`, per binary.
fn real_tests(scratch: &Scratch, bins: &[String]) -> Result<HashMap<String, BTreeMap<String, String>>, String> {
    let mut cmd = scratch.cargo("test");
    cmd.args(["--no-run", "--message-format", "json"]);
    for b in bins {
        cmd.args(["--bin", b]);
    }
    let output =
        cmd.stderr(Stdio::piped()).stdout(Stdio::piped()).output().map_err(|e| format!("cannot start cargo: {e}"))?;
    if !output.status.success() {
        return Err(format!(
            "real `cargo test` cannot build the tests of {}:\n{}",
            bins.join(", "),
            String::from_utf8_lossy(&output.stderr)
        ));
    }
    let mut results = HashMap::new();
    for line in String::from_utf8_lossy(&output.stdout).lines() {
        let Ok(msg) = serde_json::from_str::<serde_json::Value>(line) else { continue };
        if msg["reason"] != "compiler-artifact" || msg["profile"]["test"] != true {
            continue;
        }
        let (Some(name), Some(exe)) = (msg["target"]["name"].as_str(), msg["executable"].as_str()) else { continue };
        if !bins.iter().any(|b| b == name) {
            continue;
        }
        let out = scratch.dir.join("out").join(format!("{name}-tests"));
        let running = Running::start(Path::new(exe), &["--test-threads=1"], &scratch.dir, &out)?;
        let Some(done) = running.finish_within(Duration::from_secs(20))? else {
            return Err(format!(
                "{name}: real tests still running after 20 s of wall time (a test hangs with tokio's paused clock)"
            ));
        };
        let mut tests = BTreeMap::new();
        for l in String::from_utf8_lossy(&done.stdout).lines() {
            let Some(rest) = l.strip_prefix("test ") else { continue };
            if let Some((test, status)) = rest.rsplit_once(" ... ") {
                tests.insert(test.to_string(), status.to_string());
            }
        }
        results.insert(name.to_string(), tests);
    }
    Ok(results)
}

fn run_binary(scratch: &Scratch, program: &Program) -> Result<OracleRun, String> {
    let running = scratch.spawn(&program.bin, &[]).map_err(|e| format!("{}: {e}", program.origin))?;
    let Some(done) = running.finish_within(Duration::from_secs(20))? else {
        return Err(format!(
            "{}: real program still running after 20 s of wall time (it hangs with tokio's paused clock)",
            program.origin
        ));
    };
    let exit_code = done.status.code().unwrap_or(-1);
    if exit_code != 0 && exit_code != 101 {
        return Err(format!("{}: real program exited with status {exit_code}", program.origin));
    }
    Ok(OracleRun {
        source_hash: course::source_hash(&program.source),
        exit_code,
        stdout: String::from_utf8_lossy(&done.stdout).into_owned(),
        stderr: oracle::normalize_stderr(&String::from_utf8_lossy(&done.stderr), &program.bin),
        tests: BTreeMap::new(),
    })
}

fn regenerate_all(root: &Path) -> Result<(), String> {
    let (programs, lesson_blocks) = programs(root)?;
    let runs = run_oracle(root, &programs)?;
    let mut written = 0;
    let mut runs = programs.iter().zip(runs);
    // Exercises come first in `programs`, then lesson blocks in lesson order.
    let mut lesson_runs: Vec<(String, OracleRun)> = Vec::new();
    for (program, run) in runs.by_ref() {
        if let Some(id) = program.bin.strip_prefix("ex-") {
            let expected = ExerciseExpected { regenerate: REGENERATE.to_string(), solution: run };
            write_json(&root.join("exercises").join(id).join("expected.json"), &expected)?;
            written += 1;
        } else {
            lesson_runs.push((program.bin.clone(), run));
        }
    }
    let mut lesson_runs = lesson_runs.into_iter();
    for (id, n) in lesson_blocks {
        let examples: Vec<OracleRun> = lesson_runs.by_ref().take(n).map(|(_, r)| r).collect();
        write_json(
            &root.join("lessons").join(format!("{id}.expected.json")),
            &LessonExpected { regenerate: REGENERATE.to_string(), examples },
        )?;
        written += 1;
    }
    // A lesson whose runnable blocks were all removed keeps no output file.
    for name in sorted_names(&root.join("lessons"))? {
        if let Some(id) = name.strip_suffix(".expected.json") {
            let md = root.join("lessons").join(format!("{id}.md"));
            let has_blocks =
                fs::read_to_string(&md).map(|t| !course::runnable_blocks(&t, 1).is_empty()).unwrap_or(false);
            if !has_blocks {
                fs::remove_file(root.join("lessons").join(&name)).map_err(|e| e.to_string())?;
            }
        }
    }
    eprintln!("check-content: wrote {written} oracle output files");
    Ok(())
}

fn write_json<T: serde::Serialize>(path: &Path, value: &T) -> Result<(), String> {
    let mut text = serde_json::to_string_pretty(value).map_err(|e| e.to_string())?;
    text.push('\n');
    fs::write(path, text).map_err(|e| format!("{}: {e}", path.display()))
}

/// Re-run the oracle and compare with the cached outputs.
fn verify_oracle(root: &Path, course: &Course) -> Result<(), String> {
    let (programs, _) = programs(root)?;
    let runs = run_oracle(root, &programs)?;
    let mut errors = Vec::new();
    for (program, run) in programs.iter().zip(&runs) {
        let cached = if let Some(id) = program.bin.strip_prefix("ex-") {
            read_expected_exercise(root, id)?
        } else {
            let rest = program.bin.strip_prefix("lesson-").expect("lesson binary");
            let (id, n) = rest.rsplit_once('-').expect("lesson-ID-N");
            let n: usize = n.parse().expect("block number");
            let path = root.join("lessons").join(format!("{id}.expected.json"));
            let text = fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))?;
            let lesson: LessonExpected = serde_json::from_str(&text).map_err(|e| e.to_string())?;
            lesson.examples[n - 1].clone()
        };
        if &cached != run {
            errors.push(format!(
                "{}: real rustc + tokio now print something else than the cached output (run `cargo xtask check-content --regenerate`):\n    cached: {:?}\n    real:   {:?}",
                program.origin, cached, run
            ));
        }
    }
    let _ = course;
    if errors.is_empty() {
        Ok(())
    } else {
        Err(errors.join("\n"))
    }
}

fn read_expected_exercise(root: &Path, id: &str) -> Result<OracleRun, String> {
    let path = root.join("exercises").join(id).join("expected.json");
    let text = fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))?;
    let expected: ExerciseExpected = serde_json::from_str(&text).map_err(|e| format!("{}: {e}", path.display()))?;
    Ok(expected.solution)
}

// ---------------------------------------------------------------- starters under real Rust

/// How real rustc reports each compile-time mistake of the catalog (a text
/// its error line contains). rustc prints the `Send` errors of futures
/// without an error code.
const COMPILE_ERRORS: &[(&str, &str)] = &[
    ("await_outside_async", "error[E0728]"),
    ("async_main_without_runtime", "error[E0752]"),
    ("spawn_borrows_local", "error[E0373]"),
    ("std_mutex_guard_across_await", "future cannot be sent between threads safely"),
    ("non_send_across_await", "future cannot be sent between threads safely"),
    ("select_unpinned_ref", "error[E0277]"),
    ("async_recursion_unboxed", "error[E0733]"),
];

/// Wall-clock time a starter may run before it counts as hanging.
const STARTER_WALL_LIMIT: Duration = Duration::from_secs(5);

/// What a starter does under real rustc + tokio.
#[derive(Debug)]
enum RealRun {
    Rejected(Vec<String>),
    Exited { code: i32, stdout: String },
    Hung,
}

/// Compile and run every starter with real rustc + tokio and check that it
/// fails the way its exercise says: a compile-time mistake named in `absent`
/// and `starter_fails` must be rejected by rustc with that error code, no
/// other starter may be rejected, a starter that must fail `outcome` must
/// panic or hang, and one that must fail `stdout` must print something else
/// than the solution (or not finish).
fn verify_starters(root: &Path, course: &Course) -> Result<(), String> {
    // Share the solutions' target directory, so tokio is compiled once.
    let target_dir = exercises_scratch(root)?.target_dir;
    let scratch = Scratch::create(root.join("target/oracle-starters"), "oracle-starters", TASK, false)?
        .with_target_dir(target_dir);
    let bin = |id: &str| format!("st-{id}");
    let bins: Vec<String> = course.exercises.iter().map(|ex| bin(&ex.id)).collect();
    scratch.write_programs(bins.iter().zip(&course.exercises).map(|(b, ex)| (b.as_str(), ex.starter.as_str())))?;
    let output = scratch
        .cargo("build")
        .args(["--bins", "--keep-going", "--message-format", "short"])
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .output()
        .map_err(|e| format!("cannot start cargo: {e}"))?;
    let stderr = String::from_utf8_lossy(&output.stderr);

    // Run the starters that compiled, all at once, each with a wall-clock limit.
    let mut results: Vec<(&course::Exercise, RealRun)> = Vec::new();
    let mut children = Vec::new();
    for ex in &course.exercises {
        let prefix = format!("src/bin/{}.rs:", bin(&ex.id));
        let errors: Vec<String> =
            stderr.lines().filter(|l| l.starts_with(&prefix) && l.contains(": error")).map(str::to_string).collect();
        if !errors.is_empty() {
            results.push((ex, RealRun::Rejected(errors)));
            continue;
        }
        let running = scratch.spawn(&bin(&ex.id), &[]).map_err(|e| format!("exercises/{}/starter.rs: {e}", ex.id))?;
        children.push((ex, running));
    }
    let deadline = Instant::now() + STARTER_WALL_LIMIT;
    for (ex, running) in children {
        let run = match running.finish_by(deadline)? {
            Some(done) => RealRun::Exited {
                code: done.status.code().unwrap_or(-1),
                stdout: String::from_utf8_lossy(&done.stdout).into_owned(),
            },
            None => RealRun::Hung,
        };
        results.push((ex, run));
    }

    let mut errors = Vec::new();
    for (ex, run) in &results {
        let shown = format!("exercises/{}/starter.rs", ex.id);
        let intended_codes: Vec<&str> = COMPILE_ERRORS
            .iter()
            .filter(|(id, _)| {
                ex.checks.absent.iter().any(|a| a == id) && ex.starter_fails.iter().any(|f| f == &format!("no {id}"))
            })
            .map(|(_, code)| *code)
            .collect();
        let solution_stdout = ex.checks.stdout.as_deref().unwrap_or("");
        match run {
            RealRun::Rejected(lines) => {
                if intended_codes.is_empty() {
                    errors.push(format!(
                        "{shown}: real rustc rejects it, but the exercise names no compile-time mistake:\n      {}",
                        lines.join("\n      ")
                    ));
                } else if !intended_codes.iter().any(|marker| lines.iter().any(|l| l.contains(marker))) {
                    errors.push(format!(
                        "{shown}: real rustc rejects it, but not with `{}`:\n      {}",
                        intended_codes.join("` or `"),
                        lines.join("\n      ")
                    ));
                }
            }
            _ if !intended_codes.is_empty() => {
                errors.push(format!(
                    "{shown}: the exercise says rustc rejects it ({}), but real rustc compiles it",
                    intended_codes.join(" or ")
                ));
            }
            RealRun::Exited { code, stdout } => {
                if ex.starter_fails.iter().any(|f| f == "outcome") && *code == 0 {
                    errors.push(format!("{shown}: must fail `outcome`, but the real program completes normally"));
                }
                if ex.starter_fails.iter().any(|f| f == "stdout") && *code == 0 && stdout == solution_stdout {
                    errors.push(format!(
                        "{shown}: must fail `stdout`, but the real program prints exactly the solution's output"
                    ));
                }
            }
            RealRun::Hung => {
                if !ex.starter_fails.iter().any(|f| f == "outcome") {
                    errors.push(format!(
                        "{shown}: the real program hangs, but the exercise does not list `outcome` in `starter_fails`"
                    ));
                }
            }
        }
    }
    // Starters that must fail a test: real `cargo test` must fail it too.
    let test_bins: Vec<String> = course
        .exercises
        .iter()
        .filter(|ex| {
            ex.starter_fails.iter().any(|f| f.starts_with("test "))
                && results.iter().any(|(e, r)| e.id == ex.id && !matches!(r, RealRun::Rejected(_)))
        })
        .map(|ex| bin(&ex.id))
        .collect();
    if !test_bins.is_empty() {
        let real = real_tests(&scratch, &test_bins)?;
        for ex in &course.exercises {
            let Some(tests) = real.get(&bin(&ex.id)) else { continue };
            for name in ex.starter_fails.iter().filter_map(|f| f.strip_prefix("test ")) {
                match tests.get(name).map(String::as_str) {
                    Some("FAILED") => {}
                    Some(other) => errors.push(format!(
                        "exercises/{}/starter.rs: must fail `test {name}`, but under real `cargo test` it is {other}",
                        ex.id
                    )),
                    None => errors.push(format!(
                        "exercises/{}/starter.rs: must fail `test {name}`, but real `cargo test` has no such test",
                        ex.id
                    )),
                }
            }
        }
    }
    if errors.is_empty() {
        Ok(())
    } else {
        Err(format!(
            "starters do not fail as their exercises say (under real rustc + tokio):\n  {}",
            errors.join("\n  ")
        ))
    }
}

// ---------------------------------------------------------------- the grader

/// Check every exercise and lesson block with the grader; returns the gaps
/// (cases the grader gets wrong) with a one-line reason each.
fn grader_gaps(root: &Path, course: &Course) -> Result<Vec<(String, String)>, String> {
    let options = grader::Options::default();
    let mut gaps = Vec::new();
    for ex in &course.exercises {
        let solution = grader::grade(&ex.solution, &ex.checks, &options);
        if !solution.passed {
            let failed: Vec<String> = solution.checks.iter().filter(|c| !c.passed).map(describe_check).collect();
            gaps.push((format!("exercise {} solution", ex.id), failed.join("; ")));
        }
        let starter = grader::grade(&ex.starter, &ex.checks, &options);
        let mut missing = Vec::new();
        // Failing because the grader cannot run the starter is not the intended reason.
        if let Some(d) = starter.report.diagnostics.iter().find(|d| d.code == "unsupported") {
            missing.push(format!("it is rejected as unsupported ({}:{}: {})", d.line, d.column, d.message));
        }
        for name in &ex.starter_fails {
            let failed = starter.checks.iter().any(|c| &c.name == name && !c.passed);
            if !failed {
                let actual = starter.checks.iter().find(|c| &c.name == name);
                missing.push(match actual {
                    Some(c) => format!("`{name}` passed ({})", c.actual.lines().next().unwrap_or("")),
                    None => format!("no check named `{name}` (checks: {})", names(&starter.checks)),
                });
            }
        }
        if !missing.is_empty() {
            gaps.push((
                format!("exercise {} starter", ex.id),
                format!("should fail {:?}, but {}", ex.starter_fails, missing.join(", ")),
            ));
        }
    }
    for lesson in &course.lessons {
        let blocks = course::runnable_blocks(&lesson.markdown, 1);
        if blocks.is_empty() {
            continue;
        }
        let path = root.join("lessons").join(format!("{}.expected.json", lesson.id));
        let text = fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))?;
        let expected: LessonExpected = serde_json::from_str(&text).map_err(|e| e.to_string())?;
        for (idx, (block, real)) in blocks.iter().zip(&expected.examples).enumerate() {
            let report = grader::run(&block.code, &options);
            let want = if real.exit_code == 101 { grader::Outcome::Panicked } else { grader::Outcome::Completed };
            if report.outcome != want || report.stdout != real.stdout {
                gaps.push((
                    format!("lesson {} block {}", lesson.id, idx + 1),
                    format!(
                        "outcome {:?} (real: {want:?}), stdout {} real; {}",
                        report.outcome,
                        if report.stdout == real.stdout { "equals" } else { "differs from" },
                        first_diagnostic(&report)
                    ),
                ));
            }
        }
    }
    Ok(gaps)
}

fn describe_check(c: &grader::CheckResult) -> String {
    format!("{}: expected {:?}, got {:?}", c.name, short(&c.expected), short(&c.actual))
}

fn short(s: &str) -> String {
    let s = s.replace('\n', "⏎");
    if s.chars().count() > 60 {
        format!("{}…", s.chars().take(60).collect::<String>())
    } else {
        s
    }
}

fn names(checks: &[grader::CheckResult]) -> String {
    checks.iter().map(|c| c.name.as_str()).collect::<Vec<_>>().join(", ")
}

fn first_diagnostic(report: &grader::Report) -> String {
    match report.diagnostics.first() {
        Some(d) => format!("grader said {} at {}:{}: {}", d.code, d.line, d.column, d.message),
        None => "no diagnostics".into(),
    }
}

fn check_grader(root: &Path, course: &Course, update: bool, verbose: bool) -> Result<(), String> {
    let gaps = grader_gaps(root, course)?;
    let gaps_path = root.join(GAPS_FILE);
    if update {
        let mut text = String::from(
            "# Cases the grader cannot handle yet; `cargo xtask check-content` asserts this list is exact.\n# Regenerate with `cargo xtask check-content --update-gaps`. One case per line.\n",
        );
        for (case, _) in &gaps {
            text.push_str(case);
            text.push('\n');
        }
        fs::write(&gaps_path, text).map_err(|e| format!("{GAPS_FILE}: {e}"))?;
        eprintln!("check-content: wrote {GAPS_FILE} ({} cases)", gaps.len());
    }
    let listed: BTreeSet<String> = fs::read_to_string(&gaps_path)
        .unwrap_or_default()
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(str::to_string)
        .collect();
    let actual: BTreeSet<String> = gaps.iter().map(|(c, _)| c.clone()).collect();
    let n_cases = course.exercises.len() * 2
        + course.lessons.iter().map(|l| course::runnable_blocks(&l.markdown, 1).len()).sum::<usize>();
    eprintln!(
        "check-content: the grader handles {} of {n_cases} cases; {} known gaps{}",
        n_cases - gaps.len(),
        gaps.len(),
        if verbose || gaps.is_empty() { ":" } else { " (--verbose lists them)" }
    );
    if verbose {
        for (case, why) in &gaps {
            eprintln!("  {case}: {why}");
        }
    }
    let mut errors = Vec::new();
    for (case, why) in &gaps {
        if !listed.contains(case) {
            errors.push(format!("{case}: the grader fails it, and it is not a known gap: {why}"));
        }
    }
    for case in listed.difference(&actual) {
        errors.push(format!("{case}: listed in {GAPS_FILE}, but the grader handles it now: remove it from the list (or run --update-gaps)"));
    }
    if errors.is_empty() {
        Ok(())
    } else {
        Err(format!("grader checks disagree with {GAPS_FILE}:\n  {}", errors.join("\n  ")))
    }
}
