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
pub mod lint;
pub mod render;
pub mod report;

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
    let _ = (source, options);
    Report::rejected(vec![Diagnostic::unsupported("running programs", Pos { line: 1, column: 1 })])
}

/// Like [`run`], plus the async-mistake lints. An error-class lint (one rustc
/// would reject) stops the program before it runs, as rustc would not build it.
pub fn check(source: &str, options: &Options) -> Report {
    let lints = syn::parse_file(source).map(|file| lint::syntax_lints(&file)).unwrap_or_default();
    if lints.iter().any(|d| d.severity == Severity::Error) {
        return Report::rejected(lints);
    }
    let mut report = run(source, options);
    report.diagnostics.extend(lints);
    report
}
