//! The starters under real Rust: each fails the way its exercise says.

use std::path::Path;
use std::process::Stdio;
use std::time::{Duration, Instant};

use course::Course;

use super::oracle::{exercises_scratch, real_tests};
use super::{Only, TASK};
use crate::oracle::Scratch;

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
pub(super) fn verify(root: &Path, course: &Course, only: &Only) -> Result<(), String> {
    // Share the solutions' target directory, so tokio is compiled once.
    let target_dir = exercises_scratch(root)?.target_dir;
    let dir = root.join(format!("target/oracle-starters{}", only.scratch_suffix()));
    let scratch = Scratch::create(dir, "oracle-starters", TASK, false)?.with_target_dir(target_dir);
    let exercises: Vec<&course::Exercise> = course.exercises.iter().filter(|ex| only.includes(&ex.id)).collect();
    let bin = |id: &str| format!("st-{id}");
    let bins: Vec<String> = exercises.iter().map(|ex| bin(&ex.id)).collect();
    // With the exercise's hidden tests appended, as the grader grades the starter.
    let sources: Vec<String> = exercises
        .iter()
        .map(|ex| match &ex.hidden_tests {
            Some(tests) => grader::hidden_tests::append(&ex.starter, tests),
            None => ex.starter.clone(),
        })
        .collect();
    scratch.write_programs(bins.iter().zip(&sources).map(|(b, s)| (b.as_str(), s.as_str())))?;
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
    for &ex in &exercises {
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
    let test_bins: Vec<String> = exercises
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
