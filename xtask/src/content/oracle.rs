//! The oracle for the course: real rustc + tokio run every solution, alternative,
//! wrong attempt and lesson block; the outputs are cached in `expected.json` files.
//! An exercise's hidden tests (`tests.rs`) are appended to its programs first
//! (`grader::hidden_tests::append`), so their `source_hash` is `course::program_hash`.

use std::collections::{BTreeMap, HashMap};
use std::fs;
use std::path::Path;
use std::process::Stdio;
use std::time::Duration;

use course::{ExerciseExpected, LessonExpected, OracleRun, REGENERATE};

use super::{lesson_id, sorted_names, Only, TASK};
use crate::oracle::{self, Running, Scratch};

/// How many times the oracle runs each program to catch nondeterminism.
const ORACLE_RUNS: usize = 5;

/// What a program is, which decides where its output is cached.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Role {
    Solution(String),
    /// `(exercise id, name)` of `alternatives/NAME.rs`.
    Alternative(String, String),
    /// `(exercise id, name)` of `wrong/NAME.rs`: may be rejected by rustc, may warn.
    Wrong(String, String),
    /// `(lesson id, 1-based block number)`.
    LessonBlock(String, usize),
}

/// One program for the oracle to compile and run.
struct Program {
    role: Role,
    /// Binary name in the scratch project.
    bin: String,
    /// Where it comes from, for messages.
    origin: String,
    source: String,
}

/// The programs of the course: exercise solutions, their alternatives and wrong
/// attempts, and runnable lesson blocks (all of them, or only the exercises in
/// `only`). Read straight from disk (not through `load`), so `--regenerate` works
/// even when the cached outputs are stale or missing.
fn programs(root: &Path, only: &Only) -> Result<Vec<Program>, String> {
    let mut programs = Vec::new();
    for id in sorted_names(&root.join("exercises"))? {
        let dir = root.join("exercises").join(&id);
        let path = dir.join("solution.rs");
        if !path.is_file() || !only.includes(&id) {
            continue;
        }
        // The exercise's hidden tests are appended to every program of the exercise, exactly
        // as the grader appends them, so real `cargo test` runs them too.
        let tests_path = dir.join("tests.rs");
        let hidden_tests = if tests_path.is_file() {
            Some(fs::read_to_string(&tests_path).map_err(|e| format!("{}: {e}", tests_path.display()))?)
        } else {
            None
        };
        let with_tests = |source: String| match &hidden_tests {
            Some(tests) => grader::hidden_tests::append(&source, tests),
            None => source,
        };
        let source = with_tests(fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))?);
        programs.push(Program {
            role: Role::Solution(id.clone()),
            bin: format!("ex-{id}"),
            origin: format!("exercises/{id}/solution.rs"),
            source,
        });
        for folder in ["alternatives", "wrong"] {
            let sub = dir.join(folder);
            if !sub.is_dir() {
                continue;
            }
            for file in sorted_names(&sub)? {
                let Some(name) = file.strip_suffix(".rs") else { continue };
                let source =
                    with_tests(fs::read_to_string(sub.join(&file)).map_err(|e| format!("{}: {e}", sub.display()))?);
                let (role, prefix) = match folder {
                    "alternatives" => (Role::Alternative(id.clone(), name.to_string()), "alt"),
                    _ => (Role::Wrong(id.clone(), name.to_string()), "wrong"),
                };
                programs.push(Program {
                    role,
                    bin: format!("{prefix}-{id}--{}", name.replace('_', "-")),
                    origin: format!("exercises/{id}/{folder}/{file}"),
                    source,
                });
            }
        }
    }
    if only.is_all() {
        for name in sorted_names(&root.join("lessons"))? {
            let Some(id) = lesson_id(&name) else { continue };
            let text =
                fs::read_to_string(root.join("lessons").join(&name)).map_err(|e| format!("lessons/{name}: {e}"))?;
            for (idx, block) in course::runnable_blocks(&text, 1).iter().enumerate() {
                programs.push(Program {
                    role: Role::LessonBlock(id.to_string(), idx + 1),
                    bin: format!("lesson-{id}-{}", idx + 1),
                    origin: format!("lessons/{name}:{} (block {})", block.line, idx + 1),
                    source: block.code.clone(),
                });
            }
        }
    }
    Ok(programs)
}

/// The scratch projects: `clean` for the programs that must compile without
/// rustc warnings (solutions, alternatives, lesson blocks), `wrong` (warnings
/// allowed, compile errors recorded) for wrong attempts. They share one target
/// directory, so tokio compiles once. A run limited to some exercises (`--only`)
/// uses its own projects, so several can run at once.
fn scratches(root: &Path, only: &Only) -> Result<(Scratch, Scratch), String> {
    let suffix = only.scratch_suffix();
    let clean =
        Scratch::create(root.join(format!("target/oracle-exercises{suffix}")), "oracle-exercises", TASK, false)?
            .with_target_dir(root.join("target/oracle-exercises/target"));
    let wrong = Scratch::create(root.join(format!("target/oracle-wrong{suffix}")), "oracle-wrong", TASK, true)?
        .with_target_dir(clean.target_dir.clone());
    Ok((clean, wrong))
}

/// The scratch project of the solutions, which the starters share a target directory with.
pub(super) fn exercises_scratch(root: &Path) -> Result<Scratch, String> {
    Ok(scratches(root, &Only::default())?.0)
}

/// Compile every program with real rustc + tokio (the pins and the
/// `#[tokio::main]` rewrite of `crate::oracle`) and run each binary.
fn run_oracle(root: &Path, programs: &[Program], only: &Only) -> Result<Vec<OracleRun>, String> {
    let (clean, wrong) = scratches(root, only)?;
    let is_wrong = |p: &&Program| matches!(p.role, Role::Wrong(..));
    let clean_programs: Vec<&Program> = programs.iter().filter(|p| !is_wrong(p)).collect();
    let wrong_programs: Vec<&Program> = programs.iter().filter(is_wrong).collect();
    eprintln!(
        "check-content: compiling {} programs with real rustc + tokio in {}",
        programs.len(),
        clean.dir.display()
    );
    let mut compile_errors = build(&clean, &clean_programs, false)?;
    compile_errors.extend(build(&wrong, &wrong_programs, true)?);

    // Each program runs several times: its output must not depend on chance
    // (for example two `select!` branches ready at the same virtual instant,
    // where tokio picks one at random).
    let mut runs = Vec::new();
    let mut flaky = Vec::new();
    for p in programs {
        let scratch = if matches!(p.role, Role::Wrong(..)) { &wrong } else { &clean };
        if let Some(errors) = compile_errors.remove(&p.bin) {
            runs.push(OracleRun { compile_errors: errors, ..not_run(p) });
            continue;
        }
        let first = run_binary(scratch, p)?;
        // A hang is a hang: no need to wait for it five times.
        let repeat = if first.hung { 1 } else { ORACLE_RUNS };
        for _ in 1..repeat {
            let again = run_binary(scratch, p)?;
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
    for (scratch, group) in [(&clean, &clean_programs), (&wrong, &wrong_programs)] {
        let with_tests: Vec<String> = group
            .iter()
            .filter(|p| {
                has_tests(&p.source) && runs_of(programs, &runs, &p.bin).is_some_and(|r| r.compile_errors.is_empty())
            })
            .map(|p| p.bin.clone())
            .collect();
        if with_tests.is_empty() {
            continue;
        }
        let mut results = real_tests(scratch, &with_tests)?;
        for (p, run) in programs.iter().zip(runs.iter_mut()) {
            if let Some(tests) = results.remove(&p.bin) {
                run.tests = tests;
            }
        }
    }
    Ok(runs)
}

fn runs_of<'a>(programs: &[Program], runs: &'a [OracleRun], bin: &str) -> Option<&'a OracleRun> {
    programs.iter().position(|p| p.bin == bin).map(|i| &runs[i])
}

/// Build `programs` in `scratch`. Clean programs must compile without errors or
/// warnings; for wrong attempts (`keep_going`) rustc's errors are returned per
/// binary as `LINE: error[CODE]: message`.
fn build(scratch: &Scratch, programs: &[&Program], keep_going: bool) -> Result<HashMap<String, Vec<String>>, String> {
    scratch.write_programs(programs.iter().map(|p| (p.bin.as_str(), p.source.as_str())))?;
    if programs.is_empty() {
        return Ok(HashMap::new());
    }
    let mut cmd = scratch.cargo("build");
    cmd.args(["--bins", "--message-format", "short"]);
    if keep_going {
        cmd.arg("--keep-going");
    }
    let output =
        cmd.stdout(Stdio::null()).stderr(Stdio::piped()).output().map_err(|e| format!("cannot start cargo: {e}"))?;
    let stderr = String::from_utf8_lossy(&output.stderr);
    let origin_of = |bin: &str| programs.iter().find(|p| p.bin == bin).map(|p| p.origin.as_str());
    let located = |line: &str| oracle::located(line).map(|m| (m.bin, m.line, m.message));
    if keep_going {
        let mut errors: HashMap<String, Vec<String>> = HashMap::new();
        for (bin, line_no, message) in stderr.lines().filter_map(located) {
            if message.starts_with("error") {
                errors.entry(bin).or_default().push(format!("{line_no}: {message}"));
            }
        }
        let unexplained = !output.status.success() && errors.is_empty();
        if unexplained {
            return Err(format!("cargo failed without an error in a program:\n{stderr}"));
        }
        return Ok(errors);
    }
    let problems: Vec<String> = stderr
        .lines()
        .filter_map(|l| {
            let (bin, line_no, message) = located(l)?;
            Some(format!("{}:{line_no}: {message}", origin_of(&bin).unwrap_or(&bin)))
        })
        .collect();
    if !output.status.success() {
        return Err(format!("real rustc rejects course programs:\n  {}\n{stderr}", problems.join("\n  ")));
    }
    let warnings: Vec<&String> = problems.iter().filter(|l| l.starts_with("exercises/")).collect();
    if !warnings.is_empty() {
        let problems = warnings.iter().map(|s| s.as_str()).collect::<Vec<_>>();
        return Err(format!(
            "real rustc warns about course programs (they must compile cleanly):\n  {}",
            problems.join("\n  ")
        ));
    }
    Ok(HashMap::new())
}

/// Whether a program has `#[test]` / `#[tokio::test]` functions.
fn has_tests(source: &str) -> bool {
    source.contains("#[test]") || source.contains("#[tokio::test")
}

/// Build the test harness of each binary in `bins` and run it with real `cargo test`'s
/// harness (one thread): test name -> `ok` / `FAILED` / `ignored`, per binary.
pub(super) fn real_tests(
    scratch: &Scratch,
    bins: &[String],
) -> Result<HashMap<String, BTreeMap<String, String>>, String> {
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

/// Wall-clock time a wrong attempt may run before it counts as hanging (a deadlock on
/// tokio's paused clock never ends; the grader must then report a deadlock or a limit).
const WRONG_WALL_LIMIT: Duration = Duration::from_secs(5);

fn run_binary(scratch: &Scratch, program: &Program) -> Result<OracleRun, String> {
    let wrong = matches!(program.role, Role::Wrong(..));
    let running = scratch.spawn(&program.bin, &[]).map_err(|e| format!("{}: {e}", program.origin))?;
    let limit = if wrong { WRONG_WALL_LIMIT } else { Duration::from_secs(20) };
    let Some(done) = running.finish_within(limit)? else {
        if wrong {
            return Ok(OracleRun { hung: true, ..not_run(program) });
        }
        return Err(format!(
            "{}: real program still running after {} s of wall time (it hangs with tokio's paused clock)",
            program.origin,
            limit.as_secs()
        ));
    };
    let exit_code = done.status.code().unwrap_or(-1);
    // 1 is `main` returning `Err` (the grader's outcome `failed`).
    if ![0, 1, 101].contains(&exit_code) {
        return Err(format!("{}: real program exited with status {exit_code}", program.origin));
    }
    Ok(OracleRun {
        exit_code,
        stdout: String::from_utf8_lossy(&done.stdout).into_owned(),
        stderr: oracle::normalize_stderr(&String::from_utf8_lossy(&done.stderr), &program.bin),
        ..not_run(program)
    })
}

/// The record of `program` with no output yet (each case sets what it knows).
fn not_run(program: &Program) -> OracleRun {
    OracleRun {
        source_hash: course::source_hash(&program.source),
        exit_code: 0,
        stdout: String::new(),
        stderr: String::new(),
        tests: BTreeMap::new(),
        compile_errors: Vec::new(),
        hung: false,
    }
}

/// Run the oracle and write every `expected.json` (of the exercises in `only`).
pub(super) fn regenerate(root: &Path, only: &Only) -> Result<(), String> {
    let programs = programs(root, only)?;
    let runs = run_oracle(root, &programs, only)?;
    let mut exercises: BTreeMap<String, ExerciseExpected> = BTreeMap::new();
    let mut lessons: BTreeMap<String, Vec<OracleRun>> = BTreeMap::new();
    for (program, run) in programs.iter().zip(runs) {
        match &program.role {
            // Each exercise's solution comes before its alternatives and wrong attempts.
            Role::Solution(id) => {
                exercises.insert(
                    id.clone(),
                    ExerciseExpected {
                        regenerate: REGENERATE.to_string(),
                        solution: run,
                        alternatives: BTreeMap::new(),
                        wrong: BTreeMap::new(),
                    },
                );
            }
            Role::Alternative(id, name) => {
                exercises.get_mut(id).expect("solution first").alternatives.insert(name.clone(), run);
            }
            Role::Wrong(id, name) => {
                exercises.get_mut(id).expect("solution first").wrong.insert(name.clone(), run);
            }
            Role::LessonBlock(id, _) => lessons.entry(id.clone()).or_default().push(run),
        }
    }
    let written = exercises.len() + lessons.len();
    for (id, expected) in exercises {
        write_json(&root.join("exercises").join(id).join("expected.json"), &expected)?;
    }
    for (id, examples) in lessons {
        write_json(
            &root.join("lessons").join(format!("{id}.expected.json")),
            &LessonExpected { regenerate: REGENERATE.to_string(), examples },
        )?;
    }
    // A lesson whose runnable blocks were all removed keeps no output file.
    if only.is_all() {
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
pub(super) fn verify(root: &Path, only: &Only) -> Result<(), String> {
    let programs = programs(root, only)?;
    let runs = run_oracle(root, &programs, only)?;
    let mut errors = Vec::new();
    let mut exercises: HashMap<String, ExerciseExpected> = HashMap::new();
    for (program, run) in programs.iter().zip(&runs) {
        let cached = match &program.role {
            Role::LessonBlock(id, n) => {
                let path = root.join("lessons").join(format!("{id}.expected.json"));
                let text = fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))?;
                let lesson: LessonExpected = serde_json::from_str(&text).map_err(|e| e.to_string())?;
                lesson.examples.get(n - 1).cloned()
            }
            Role::Solution(id) | Role::Alternative(id, _) | Role::Wrong(id, _) => {
                if !exercises.contains_key(id) {
                    exercises.insert(id.clone(), read_expected_exercise(root, id)?);
                }
                let e = &exercises[id];
                match &program.role {
                    Role::Solution(_) => Some(e.solution.clone()),
                    Role::Alternative(_, name) => e.alternatives.get(name).cloned(),
                    Role::Wrong(_, name) => e.wrong.get(name).cloned(),
                    Role::LessonBlock(..) => unreachable!(),
                }
            }
        };
        if cached.as_ref() != Some(run) {
            errors.push(format!(
                "{}: real rustc + tokio now print something else than the cached output (run `cargo xtask check-content --regenerate`):\n    cached: {:?}\n    real:   {:?}",
                program.origin, cached, run
            ));
        }
    }
    if errors.is_empty() {
        Ok(())
    } else {
        Err(errors.join("\n"))
    }
}

fn read_expected_exercise(root: &Path, id: &str) -> Result<ExerciseExpected, String> {
    let path = root.join("exercises").join(id).join("expected.json");
    let text = fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))?;
    serde_json::from_str(&text).map_err(|e| format!("{}: {e}", path.display()))
}
