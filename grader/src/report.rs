//! The plain, serializable result of grading one program.
//!
//! **Boundary:** this is the only shape the web app and the CLI see; nothing
//! from `syn`, the IR or the VM leaks through it.

use serde::{Deserialize, Serialize};

pub use crate::trace::{TraceEvent, TraceKind, TraceObject};

/// How a run ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Outcome {
    /// `main` returned normally.
    Completed,
    /// The program panicked (exit status 101 for a real program).
    Panicked,
    /// An `error` diagnostic stopped the program before it ran.
    Rejected,
    /// Nothing was runnable, no timer was pending and `main` had not returned.
    Deadlock,
    /// A host limit (steps, call depth, memory) stopped the run.
    Limit,
    /// `main` returned `Err(e)`: Rust printed `Error: {e:?}` and exited with status 1.
    Failed,
}

impl Outcome {
    /// The name the JSON uses (serde's `snake_case`), without going through a JSON value.
    pub fn as_str(self) -> &'static str {
        match self {
            Outcome::Completed => "completed",
            Outcome::Panicked => "panicked",
            Outcome::Rejected => "rejected",
            Outcome::Deadlock => "deadlock",
            Outcome::Limit => "limit",
            Outcome::Failed => "failed",
        }
    }

    /// The exit status `grader run` uses for this outcome.
    pub fn exit_code(self) -> i32 {
        match self {
            Outcome::Completed => 0,
            Outcome::Rejected | Outcome::Failed => 1,
            Outcome::Deadlock => 3,
            Outcome::Limit => 4,
            Outcome::Panicked => 101,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Severity {
    Note,
    Warning,
    Error,
}

impl Severity {
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Note => "note",
            Severity::Warning => "warning",
            Severity::Error => "error",
        }
    }
}

/// A position in the learner's source: 1-based line, 1-based column (in chars).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default, Serialize, Deserialize)]
pub struct Pos {
    pub line: u32,
    pub column: u32,
}

/// A secondary location attached to a diagnostic ("lock taken here").
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Related {
    pub line: u32,
    pub column: u32,
    pub message: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Diagnostic {
    /// `unsupported`, `parse`, `type`, or a catalog id such as `missing_await`.
    pub code: String,
    pub severity: Severity,
    /// One line saying what is wrong, in this program.
    pub message: String,
    pub line: u32,
    pub column: u32,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub end_line: Option<u32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub end_column: Option<u32>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub related: Vec<Related>,
    /// Why it matters.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub why: Option<String>,
    /// How to fix it, possibly with a short corrected snippet.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub help: Option<String>,
    /// The lesson that teaches this (a lesson id such as `04-tasks`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lesson: Option<String>,
}

impl Diagnostic {
    /// Sort by place (line, column, then code), keeping the order of equal ones: the order every
    /// list of diagnostics is shown in. One function, so the sort is compiled once.
    pub fn sort_by_place(diagnostics: &mut [Diagnostic]) {
        diagnostics.sort_by(|a, b| (a.line, a.column, &a.code).cmp(&(b.line, b.column, &b.code)));
    }

    pub fn new(code: impl Into<String>, severity: Severity, message: impl Into<String>, pos: Pos) -> Diagnostic {
        Diagnostic {
            code: code.into(),
            severity,
            message: message.into(),
            line: pos.line,
            column: pos.column,
            end_line: None,
            end_column: None,
            related: Vec::new(),
            why: None,
            help: None,
            lesson: None,
        }
    }

    pub fn error(code: impl Into<String>, message: impl Into<String>, pos: Pos) -> Diagnostic {
        Diagnostic::new(code, Severity::Error, message, pos)
    }

    pub fn unsupported(what: impl std::fmt::Display, pos: Pos) -> Diagnostic {
        Diagnostic::error("unsupported", format!("{what} is not supported in the browser runner"), pos)
    }

    pub fn with_help(mut self, help: impl Into<String>) -> Diagnostic {
        self.help = Some(help.into());
        self
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Report {
    pub outcome: Outcome,
    pub stdout: String,
    pub stderr: String,
    pub diagnostics: Vec<Diagnostic>,
    /// VM steps executed (a step is one IR instruction).
    pub steps: u64,
    /// Virtual time at the end of the run, in nanoseconds.
    #[serde(default)]
    pub virtual_time_ns: u64,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub trace: Vec<TraceEvent>,
    /// The status passed to `std::process::exit`, when the program called it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub exit_status: Option<i32>,
    /// The run as a picture ([`crate::timeline`]), for a host that sends it instead of the
    /// trace (the site's worker: [`Report::with_timeline`]); `run` and `check` leave it empty.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub timeline: Option<Box<crate::timeline::Timeline>>,
}

impl Report {
    pub fn rejected(diagnostics: Vec<Diagnostic>) -> Report {
        Report {
            outcome: Outcome::Rejected,
            stdout: String::new(),
            stderr: String::new(),
            diagnostics,
            steps: 0,
            virtual_time_ns: 0,
            trace: Vec::new(),
            exit_status: None,
            timeline: None,
        }
    }

    /// Replace the trace by its timeline (at most `max_marks` events of it): what a host that
    /// draws the run needs, in a fraction of the trace's size.
    pub fn with_timeline(&mut self, max_marks: usize) {
        let trace = std::mem::take(&mut self.trace);
        if !trace.is_empty() {
            let t = crate::timeline::build(&trace, self.outcome, self.virtual_time_ns, max_marks);
            self.timeline = Some(Box::new(t));
        }
    }

    /// The exit status a real build of the program ends with.
    pub fn exit_code(&self) -> i32 {
        self.exit_status.unwrap_or(self.outcome.exit_code())
    }

    pub fn has_errors(&self) -> bool {
        self.diagnostics.iter().any(|d| d.severity == Severity::Error)
    }

    pub fn to_json(&self) -> String {
        serde_json::to_string(self).expect("a Report always serializes")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn outcome_names_are_the_json_names() {
        use Outcome::*;
        for outcome in [Completed, Panicked, Rejected, Deadlock, Limit, Failed] {
            assert_eq!(serde_json::to_string(&outcome).unwrap(), format!("\"{}\"", outcome.as_str()));
        }
    }
}
