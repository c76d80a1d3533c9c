//! Async-mistake lints (catalog: `../shared/async-mistakes.md`).
//! Syntax lints see the syn tree (like rustc's early lint pass); dynamic
//! detectors see only the run's trace.

use crate::report::Diagnostic;

/// Lints on the syntax tree. Error-class findings stop the program from running.
pub fn syntax_lints(_file: &syn::File) -> Vec<Diagnostic> {
    Vec::new()
}
