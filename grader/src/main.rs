//! `grader` command-line interface.
//!
//! ```text
//! grader run [--json] FILE.rs     run a program; stdout is the program's stdout
//! grader check [--json] FILE.rs   run it and report async-mistake diagnostics
//!                                 (--pedantic: also the lints that are off by default)
//! grader test [--json] FILE.rs    run its #[test] / #[tokio::test] functions, as cargo test
//! ```
//! Exit status: 0 completed, 101 panicked, 1 rejected, 2 usage error,
//! 3 deadlock, 4 limit.

use std::io::Write;
use std::process::ExitCode;

use grader::{Options, Report};

const USAGE: &str = "usage: grader (run|check|test) [--json] [--pedantic] [--max-steps N] [--seed N] FILE.rs";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match parse_args(&args) {
        Ok(cli) => ExitCode::from(execute(&cli) as u8),
        Err(msg) => {
            eprintln!("grader: {msg}\n{USAGE}");
            ExitCode::from(2)
        }
    }
}

struct Cli {
    command: Command,
    json: bool,
    path: String,
    options: Options,
}

#[derive(Clone, Copy, PartialEq)]
enum Command {
    Run,
    Check,
    Test,
}

fn parse_args(args: &[String]) -> Result<Cli, String> {
    let mut iter = args.iter();
    let command = match iter.next().map(String::as_str) {
        Some("run") => Command::Run,
        Some("check") => Command::Check,
        Some("test") => Command::Test,
        Some("-h" | "--help") | None => return Err("a command is required".into()),
        Some(other) => return Err(format!("unknown command `{other}`")),
    };
    let mut json = false;
    let mut path = None;
    let mut options = Options::default();
    while let Some(arg) = iter.next() {
        match arg.as_str() {
            "--json" => json = true,
            "--max-steps" => options.max_steps = number(iter.next(), "--max-steps")?,
            "--seed" => options.select_seed = number(iter.next(), "--seed")?,
            "--pedantic" => options.pedantic = grader::lint::pedantic_codes(),
            flag if flag.starts_with("--") => return Err(format!("unknown option `{flag}`")),
            file if path.is_none() => path = Some(file.to_string()),
            extra => return Err(format!("unexpected argument `{extra}`")),
        }
    }
    let path = path.ok_or("a FILE.rs is required")?;
    options.file_name = path.clone();
    Ok(Cli { command, json, path, options })
}

fn number(value: Option<&String>, flag: &str) -> Result<u64, String> {
    value.and_then(|v| v.replace('_', "").parse().ok()).ok_or_else(|| format!("{flag} needs a number"))
}

fn execute(cli: &Cli) -> i32 {
    let source = match std::fs::read_to_string(&cli.path) {
        Ok(source) => source,
        Err(err) => {
            eprintln!("grader: cannot read {}: {err}", cli.path);
            return 2;
        }
    };
    let report = match cli.command {
        Command::Run => grader::run(&source, &cli.options),
        Command::Check => grader::check(&source, &cli.options),
        Command::Test => return execute_tests(cli, &source),
    };
    if cli.json {
        println!("{}", report.to_json());
    } else {
        print_human(&report, &source, &cli.path);
    }
    report.exit_code()
}

/// `cargo test`'s summary lines (without timings); exit status 101 when a test failed, as cargo's harness.
fn execute_tests(cli: &Cli, source: &str) -> i32 {
    let (results, diagnostics) = grader::run_tests(source, &cli.options);
    if cli.json {
        println!("{}", serde_json::json!({ "tests": results, "diagnostics": diagnostics }));
    } else {
        println!("\nrunning {} test{}", results.len(), if results.len() == 1 { "" } else { "s" });
        for t in &results {
            println!("test {} ... {}", t.name, t.status);
        }
        let failed: Vec<&grader::TestResult> = results.iter().filter(|t| t.status == "FAILED").collect();
        if !failed.is_empty() {
            println!("\nfailures:\n");
            for t in &failed {
                println!("---- {} stdout ----\n{}{}\n", t.name, t.stdout, t.message);
            }
        }
        let passed = results.iter().filter(|t| t.status == "ok").count();
        let ignored = results.iter().filter(|t| t.status == "ignored").count();
        let verdict = if failed.is_empty() { "ok" } else { "FAILED" };
        println!("\ntest result: {verdict}. {passed} passed; {} failed; {ignored} ignored", failed.len());
        for diag in &diagnostics {
            eprint!("{}", grader::render::rustc_style(diag, source, &cli.path));
        }
    }
    if !diagnostics.is_empty() {
        1
    } else if results.iter().any(|t| t.status == "FAILED") {
        101
    } else {
        0
    }
}

/// Program output as the program wrote it, then diagnostics in rustc's style.
fn print_human(report: &Report, source: &str, path: &str) {
    let mut out = std::io::stdout().lock();
    let _ = out.write_all(report.stdout.as_bytes());
    let _ = out.flush();
    let mut err = std::io::stderr().lock();
    let _ = err.write_all(report.stderr.as_bytes());
    for diag in &report.diagnostics {
        let _ = write!(err, "{}", grader::render::rustc_style(diag, source, path));
    }
}
