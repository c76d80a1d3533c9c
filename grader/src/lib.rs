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

pub mod api;
pub mod builtin_types;
pub mod compile;
pub mod delimiters;
pub mod expect;
pub mod fmt;
pub mod hidden_tests;
pub mod ir;
pub mod lint;
pub mod lower;
mod macro_body;
pub mod options;
pub mod parse;
pub mod render;
pub mod report;
pub mod span;
pub mod timeline;
pub mod trace;
pub mod vec_map;
pub mod visit;
pub mod vm;

pub use expect::{first_different_line, grade, CheckResult, Expectations, Graded, StdoutMode};
pub use options::{Options, Progress, ProgressHook};
pub use report::{Diagnostic, Outcome, Pos, Related, Report, Severity, TraceEvent};

/// Parse, lower and run `source`; report its output and any
/// parse/unsupported diagnostics.
///
/// A program that [`check`] rejects before running (an error-class lint: rustc would not
/// build it) is rejected here too, with the same diagnostics, so no entry point runs code
/// that rustc rejects.
pub fn run(source: &str, options: &Options) -> Report {
    let file = match parse::parse(source) {
        Ok(file) => file,
        Err(diag) => return Report::rejected(vec![diag]),
    };
    let errors = static_errors(&file, lint::syntax_lints(&file));
    if !errors.is_empty() {
        return Report::rejected(errors);
    }
    run_file(&file, options)
}

/// The compile check alone: the errors that stop `source` before it runs because rustc
/// would not build it (a syntax error, an error-class lint, a compile error the grader is
/// sure of: [`compile`]), empty when the grader finds none. [`run`] and [`check`] reject
/// exactly when this is not empty (or the lowering refuses the program as unsupported).
pub fn compile_check(source: &str) -> Vec<Diagnostic> {
    match parse::parse(source) {
        Ok(file) => static_errors(&file, lint::syntax_lints(&file)),
        Err(diag) => vec![diag],
    }
}

/// The error-class findings among `lints`, and the compile errors of [`compile::check`].
fn static_errors(file: &syn::File, lints: Vec<Diagnostic>) -> Vec<Diagnostic> {
    let mut errors: Vec<Diagnostic> = lints.into_iter().filter(|d| d.severity == Severity::Error).collect();
    compile::check(file, &mut errors);
    Diagnostic::sort_by_place(&mut errors);
    errors
}

/// Lower and run a parsed program.
fn run_file(file: &syn::File, options: &Options) -> Report {
    let lowered = lower::lower(file, &options.file_name);
    if lowered.diagnostics.iter().any(|d| d.severity == Severity::Error) {
        return Report::rejected(lowered.diagnostics);
    }
    let mut vm = vm::Vm::new(lowered.program, options);
    let result = vm.run_main();
    let mut report = vm.into_report(result, lowered.diagnostics, options);
    for d in &mut report.diagnostics {
        if let Some(error) = compile::runtime_refusal(d) {
            *d = error;
        }
    }
    report
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
        let vm = vm::Vm::new(lowered.program.clone(), options);
        let (passed, message, stdout) = vm.run_test(t.func, &t.should_panic, options, &mut diagnostics);
        let status = if passed { "ok" } else { "FAILED" };
        results.push(TestResult { name: t.name, status: status.into(), message, stdout });
    }
    (results, diagnostics)
}

/// Like [`run`], plus the async-mistake lints: syntax rules before the run, then
/// the dynamic detectors on its trace (`lint::dynamic`). An error-class lint (one rustc
/// would reject) stops the program before it runs, as rustc would not build it.
pub fn check(source: &str, options: &Options) -> Report {
    let file = match parse::parse(source) {
        Ok(file) => file,
        Err(diag) => return Report::rejected(vec![diag]),
    };
    let wanted = |d: &Diagnostic| !lint::is_pedantic(&d.code) || options.pedantic.contains(&d.code);
    let mut lints = lint::syntax_lints(&file);
    lints.retain(wanted);
    let mut compile_errors = Vec::new();
    compile::check(&file, &mut compile_errors);
    if !compile_errors.is_empty() || lints.iter().any(|d| d.severity == Severity::Error) {
        lints.extend(compile_errors);
        Diagnostic::sort_by_place(&mut lints);
        return Report::rejected(lints);
    }
    let mut report = run_file(&file, options);
    // What the run showed: evidence for the syntax findings, and the mistakes only a run can show.
    lint::dynamic::merge(&mut lints, lint::dynamic_lints(&file, &report));
    lints.retain(wanted);
    Diagnostic::sort_by_place(&mut lints);
    report.diagnostics.extend(lints);
    report
}
