//! The project's task runner (matklad's xtask pattern): `cargo xtask <task>`.
//!
//! Every task a contributor or CI needs is here, so a fresh clone needs only
//! rustup, Node.js and (for browser tests) Chromium.

mod bench;
mod content;
mod grade;
mod learn;
mod oracle;
mod reports;
mod util;
mod web;

use std::process::ExitCode;

const HELP: &str = "\
usage: cargo xtask <task> [options]

tasks:
  serve [--port N] [--content PACK]   build the site and serve it on http://127.0.0.1:8080
  dist [--base PATH] [--out DIR] [--content PACK]
                       write the static site to dist/ and print its size (PACK: a folder
                       with its own lessons/ and exercises/, a course pack)
  test                 fmt and clippy gates, then every test: cargo tests, content check, browser tests
  check-content        validate lessons/ and exercises/
  browser-tests        build the site and run only the browser tests (screenshots in test-results/)
  grade ID FILE.rs     grade a file against an exercise as the site does (exit 0 pass, 1 fail, 2 usage) [--json]
  learn [DIR]          the course in your editor: a workspace (default learn/) graded on every save [--real] [--script]
  oracle [FILTER]      regenerate expected outputs with real rustc + tokio
                       (--compile-errors: rustc's errors for grader/tests/compile_errors/)
  bench                compare the grader's speed with native Rust and rhai (--browser: check latency in Chromium)
  reports DIR          write the grader's run/check report of every program (diff two to prove a refactor)
";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let Some(task) = args.first() else {
        eprint!("{HELP}");
        return ExitCode::from(2);
    };
    let rest = &args[1..];
    if task == "grade" {
        return grade::main(rest);
    }
    let result = match task.as_str() {
        "test" => test(rest),
        "serve" => web::serve(rest),
        "dist" => web::dist(rest),
        "check-content" => content::main(rest),
        "learn" => learn::main(rest),
        "oracle" => oracle::main(rest),
        "bench" => bench::main(rest),
        "browser-tests" => web::browser_tests(rest),
        "reports" => reports::main(rest),
        "-h" | "--help" | "help" => {
            print!("{HELP}");
            Ok(())
        }
        other => Err(format!("unknown task `{other}`\n{HELP}")),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(msg) => {
            eprintln!("xtask: {msg}");
            ExitCode::FAILURE
        }
    }
}

/// `cargo xtask test`: the one command that runs every test. Formatting and
/// clippy come first and are gates, not advice: the first failing step stops
/// the run with a message that says how to fix it.
fn test(_args: &[String]) -> Result<(), String> {
    let mut times = Vec::new();
    let mut step = |name: &str, run: &dyn Fn() -> Result<(), String>| {
        let started = std::time::Instant::now();
        let result = run();
        times.push(format!("{name}: {:.1}s", started.elapsed().as_secs_f64()));
        eprintln!("xtask test: {}", times.join(", "));
        result
    };
    step("cargo fmt --check", &|| {
        util::run(util::cargo().args(["fmt", "--all", "--check"]))
            .map_err(|e| format!("{e}\nthe code is not formatted (rustfmt.toml): run `cargo fmt --all` and commit"))
    })?;
    step("cargo clippy", &|| {
        util::run(util::cargo().args(["clippy", "--workspace", "--all-targets", "--", "-D", "warnings"])).map_err(|e| {
            format!("{e}\nclippy warns (see above): fix the code, or allow the lint where it is wrong, with a reason")
        })
    })?;
    step("cargo test --workspace", &|| util::run(util::cargo().args(["test", "--workspace"])))?;
    step("check-content", &|| content::main(&[]))?;
    step("browser tests", &|| web::browser_tests(&[]))?;
    Ok(())
}
