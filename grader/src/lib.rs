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

pub mod expect;
pub mod fmt;
pub mod ir;
pub mod lint;
pub mod lower;
pub mod parse;
pub mod render;
pub mod report;
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
fn finish(mut vm: vm::Vm, result: vm::VmResult<vm::value::Value>, mut diagnostics: Vec<Diagnostic>, options: &Options) -> Report {
    let mut stderr = vm.stderr;
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
        Err(vm::Stop::Panic { msg, pos }) => {
            let now = vm.clock_ns;
            vm.rt.event(now, vm::rt::MAIN, "panicked", Some(pos.line), msg.clone());
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
            diagnostics.push(Diagnostic::unsupported("suspending outside the async runtime", Pos { line: 1, column: 1 }));
            Outcome::Rejected
        }
        Err(vm::Stop::Exit { code }) => match code {
            0 => Outcome::Completed,
            101 => Outcome::Panicked,
            _ => Outcome::Failed,
        },
    };
    Report { outcome, stdout: vm.stdout, stderr, diagnostics, steps: vm.steps, virtual_time_ns: vm.clock_ns, trace: vm.rt.trace }
}

fn main_error(value: &vm::value::Value) -> Option<vm::value::Value> {
    match value {
        vm::value::Value::Obj(o) => {
            let o = o.borrow();
            if o.ty == ir::RESULT && o.variant == 1 { o.fields.first().cloned() } else { None }
        }
        _ => None,
    }
}

/// Like [`run`], plus the async-mistake lints: syntax rules before the run, then
/// the dynamic detectors on its trace (`lint::dynamic`). An error-class lint (one rustc
/// would reject) stops the program before it runs, as rustc would not build it.
pub fn check(source: &str, options: &Options) -> Report {
    let lints = syn::parse_file(source).map(|file| lint::syntax_lints(&file)).unwrap_or_default();
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
