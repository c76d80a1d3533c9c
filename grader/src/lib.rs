//! Await Lab's grader: runs a learner's (async) Rust program exactly as
//! rustc + tokio would, in a simulated, virtual-time runtime, and names
//! common async mistakes.
//!
//! Pipeline (data flows one way, see ARCHITECTURE.md):
//! `parse` (syn) -> `lower` (names to slots, sugar removed) -> `ir`
//! -> `vm` (explicit frames; the simulated tokio runtime) -> `lint` -> [`Report`].
//!
//! **Boundary:** the grader knows nothing of the DOM, wasm-bindgen or wall-clock time.
//! The two entry points below are the whole public surface the web app and CLI use.

pub mod builtin_types;
pub mod expect;
pub mod fmt;
pub mod ir;
pub mod lint;
pub mod lower;
pub mod parse;
pub mod render;
pub mod report;
pub mod trace;
pub mod vm;

pub use expect::{grade, CheckResult, Expectations, Graded, StdoutMode};
pub use report::{Diagnostic, Outcome, Pos, Related, Report, Severity, TraceEvent};

/// Host limits. A learner's program cannot catch these.
#[derive(Debug, Clone)]
pub struct Options {
    /// Maximum number of VM steps before the run stops with [`Outcome::Limit`].
    pub max_steps: u64,
    /// Maximum number of nested calls (frames) in one task.
    pub max_call_depth: usize,
    /// Approximate cap on heap values, in bytes.
    pub max_memory_bytes: usize,
    /// Seed for the branch order of `tokio::select!` without `biased;`.
    pub select_seed: u64,
    /// File name used in panic messages (`thread 'main' panicked at FILE:L:C:`).
    pub file_name: String,
}

impl Default for Options {
    fn default() -> Options {
        Options {
            max_steps: 50_000_000,
            max_call_depth: 10_000,
            max_memory_bytes: 256 * 1024 * 1024,
            select_seed: 0,
            file_name: "src/main.rs".to_string(),
        }
    }
}

/// Parse, lower and run `source`; report its output and any
/// parse/unsupported diagnostics.
pub fn run(source: &str, options: &Options) -> Report {
    let file = match parse::parse(source) {
        Ok(file) => file,
        Err(diag) => return Report::rejected(vec![diag]),
    };
    let lowered = lower::lower(&file, &options.file_name);
    if lowered.diagnostics.iter().any(|d| d.severity == Severity::Error) {
        return Report::rejected(lowered.diagnostics);
    }
    let mut vm = vm::Vm::new(lowered.program, options);
    let result = vm.run_main();
    finish(vm, result, lowered.diagnostics, options)
}

/// Turn the end of a run into a [`Report`] (output printed so far is kept).
fn finish(
    mut vm: vm::Vm,
    result: vm::VmResult<vm::value::Value>,
    mut diagnostics: Vec<Diagnostic>,
    options: &Options,
) -> Report {
    let mut stderr = vm.stderr;
    // A process exits with the low 8 bits of the status given to `std::process::exit`.
    let exit_status = match &result {
        Err(vm::Stop::Exit { code }) if !matches!(code & 0xff, 0 | 1 | 101) => Some(code & 0xff),
        _ => None,
    };
    let outcome = match result {
        Ok(value) => match main_error(&value) {
            // `fn main() -> Result<..>` returning `Err(e)` prints `Error: {e:?}` and exits with 1.
            Some(err) => {
                let mut tmp = vm::Vm::new(ir::Program::clone(&vm.prog), options);
                let text = vm::format::to_string(&mut tmp, &err, fmt::FmtTrait::Debug).unwrap_or_default();
                stderr.push_str(&format!("Error: {text}\n"));
                Outcome::Failed
            }
            None => Outcome::Completed,
        },
        // Rust runs the destructors of the live locals while a panic unwinds; the VM does not.
        Err(vm::Stop::Panic { pos, .. })
            if vm::drop::pending() || vm.fiber.slots.iter().any(|v| vm::drop::runs_destructor(&vm.prog, v)) =>
        {
            diagnostics.push(Diagnostic::unsupported(
                "a panic while values with `impl Drop` are alive (their destructors run as it unwinds)",
                pos,
            ));
            Outcome::Rejected
        }
        Err(vm::Stop::Panic { msg, pos }) => {
            let now = vm.clock_ns;
            vm.rt.event(now, vm::rt::MAIN, trace::TraceKind::Panicked, Some(pos.line), msg.clone());
            stderr.push_str(&vm::panic_text(&options.file_name, pos, &msg, !vm.rt.panicked));
            Outcome::Panicked
        }
        Err(vm::Stop::Limit { msg, pos }) => {
            diagnostics.push(Diagnostic::error("limit", format!("{msg} (line {})", pos.line), pos));
            Outcome::Limit
        }
        Err(vm::Stop::Unsupported { what, pos }) => {
            diagnostics.push(Diagnostic::unsupported(what, pos));
            Outcome::Rejected
        }
        Err(vm::Stop::Deadlock { msg, pos }) => {
            diagnostics.push(Diagnostic::error("deadlock", msg, pos));
            Outcome::Deadlock
        }
        Err(vm::Stop::Pending) => {
            diagnostics
                .push(Diagnostic::unsupported("suspending outside the async runtime", Pos { line: 1, column: 1 }));
            Outcome::Rejected
        }
        Err(vm::Stop::Exit { code }) => match code & 0xff {
            0 => Outcome::Completed,
            101 => Outcome::Panicked,
            _ => Outcome::Failed,
        },
    };
    Report {
        outcome,
        stdout: vm.stdout,
        stderr,
        diagnostics,
        steps: vm.steps,
        virtual_time_ns: vm.clock_ns,
        trace: vm.rt.trace,
        exit_status,
    }
}

fn main_error(value: &vm::value::Value) -> Option<vm::value::Value> {
    match value {
        vm::value::Value::Obj(o) => {
            let o = o.borrow();
            if o.ty == ir::RESULT && o.variant == 1 {
                o.fields.first().cloned()
            } else {
                None
            }
        }
        _ => None,
    }
}

/// How one test function did, as `cargo test` would report it.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct TestResult {
    /// `module::name`, as `cargo test` prints it.
    pub name: String,
    /// `ok`, `FAILED` or `ignored` (cargo's words).
    pub status: String,
    /// Why it failed: the panic message, a deadlock or a limit.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub message: String,
    /// What the test printed (cargo shows it for failed tests).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub stdout: String,
}

/// Run every `#[test]` / `#[tokio::test]` function of `source`, each on a fresh
/// VM and (for async tests) its own runtime, as `cargo test` gives each test its
/// own runtime. Errors that stop the program from building come back as diagnostics.
pub fn run_tests(source: &str, options: &Options) -> (Vec<TestResult>, Vec<Diagnostic>) {
    let file = match parse::parse(source) {
        Ok(file) => file,
        Err(diag) => return (Vec::new(), vec![diag]),
    };
    let lowered = lower::lower(&file, &options.file_name);
    if lowered
        .diagnostics
        .iter()
        .any(|d| d.severity == Severity::Error && !d.message.contains("`main` function not found"))
    {
        return (Vec::new(), lowered.diagnostics);
    }
    let mut results = Vec::new();
    let mut diagnostics = Vec::new();
    let mut tests = lowered.program.tests.clone();
    // cargo test lists results by name.
    tests.sort_by(|a, b| a.name.cmp(&b.name));
    for t in tests {
        if t.ignored {
            results.push(TestResult {
                name: t.name,
                status: "ignored".into(),
                message: String::new(),
                stdout: String::new(),
            });
            continue;
        }
        let mut vm = vm::Vm::new(lowered.program.clone(), options);
        let outcome = vm.call_fn(t.func, Vec::new()).and_then(|v| match v {
            vm::value::Value::Future(_) => vm.block_on(v),
            other => Ok(other),
        });
        let (passed, message) = match (outcome, &t.should_panic) {
            (Ok(v), None) => match main_error(&v) {
                Some(err) => {
                    let mut tmp = vm::Vm::new(lowered.program.clone(), options);
                    let text = vm::format::to_string(&mut tmp, &err, fmt::FmtTrait::Debug).unwrap_or_default();
                    (false, format!("Error: {text}"))
                }
                None => (true, String::new()),
            },
            (Ok(_), Some(_)) => (false, "test did not panic as expected".into()),
            (Err(vm::Stop::Panic { msg, .. }), Some(expected)) => match expected {
                Some(e) if !msg.contains(e.as_str()) => (
                    false,
                    format!(
                        "panic did not contain expected string
      panic message: {msg:?}
 expected substring: {e:?}"
                    ),
                ),
                _ => (true, String::new()),
            },
            (Err(vm::Stop::Panic { msg, pos }), None) => (
                false,
                format!(
                    "panicked at {}:{}:{}:
{msg}",
                    options.file_name, pos.line, pos.column
                ),
            ),
            (Err(vm::Stop::Deadlock { msg, .. }), _) => (false, format!("the test never finishes: {msg}")),
            (Err(vm::Stop::Limit { msg, pos }), _) => (false, format!("{msg} (line {})", pos.line)),
            (Err(vm::Stop::Unsupported { what, pos }), _) => {
                diagnostics.push(Diagnostic::unsupported(what, pos));
                (false, "the test uses something the browser runner does not support".into())
            }
            (Err(vm::Stop::Exit { code }), _) => (code == 0, format!("the process exited with status {code}")),
            (Err(vm::Stop::Pending), _) => (false, "suspended outside the runtime".into()),
        };
        let status = if passed { "ok" } else { "FAILED" };
        results.push(TestResult { name: t.name, status: status.into(), message, stdout: vm.stdout });
    }
    (results, diagnostics)
}

/// Like [`run`], plus the async-mistake lints: syntax rules before the run, then
/// the dynamic detectors on its trace (`lint::dynamic`). An error-class lint (one rustc
/// would reject) stops the program before it runs, as rustc would not build it.
pub fn check(source: &str, options: &Options) -> Report {
    let lints = parse::parse(source).map(|file| lint::syntax_lints(&file)).unwrap_or_default();
    if lints.iter().any(|d| d.severity == Severity::Error) {
        return Report::rejected(lints);
    }
    let mut report = run(source, options);
    let mut lints = lints;
    // What the run showed: evidence for the syntax findings, and the mistakes only a run can show.
    lint::dynamic::merge(&mut lints, lint::dynamic::check(&report));
    lints.sort_by(|a, b| (a.line, a.column, &a.code).cmp(&(b.line, b.column, &b.code)));
    report.diagnostics.extend(lints);
    report
}
