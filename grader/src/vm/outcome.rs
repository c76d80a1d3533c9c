//! The end of a run: the VM's stop (a value, a panic, a limit, a deadlock...) becomes the
//! [`Report`] of a program, or the verdict of one `#[test]` function as `cargo test` gives it.

use super::value::Value;
use super::{drop, format, panic_text, rt, Stop, Vm, VmResult};
use crate::ir::{self, FnId, Program};
use crate::report::{Diagnostic, Outcome, Pos, Report};
use crate::Options;

impl Vm {
    /// Turns the end of a run into a [`Report`] (output printed so far is kept).
    pub fn into_report(self, result: VmResult<Value>, mut diagnostics: Vec<Diagnostic>, options: &Options) -> Report {
        let mut vm = self;
        let mut stderr = std::mem::take(&mut vm.stderr);
        // A process exits with the low 8 bits of the status given to `std::process::exit`.
        let exit_status = match &result {
            Err(Stop::Exit { code }) if !matches!(code & 0xff, 0 | 1 | 101) => Some(code & 0xff),
            _ => None,
        };
        let outcome = match result {
            Ok(value) => match main_error(&value) {
                // `fn main() -> Result<..>` returning `Err(e)` prints `Error: {e:?}` and exits with 1.
                Some(err) => {
                    let mut tmp = Vm::new(Program::clone(&vm.prog), options);
                    let text = format::to_string(&mut tmp, &err, crate::fmt::FmtTrait::Debug).unwrap_or_default();
                    stderr.push_str(&format!("Error: {text}\n"));
                    Outcome::Failed
                }
                None => Outcome::Completed,
            },
            // Rust runs the destructors of the live locals while a panic unwinds; the VM does not.
            Err(Stop::Panic { pos, .. })
                if drop::pending() || vm.fiber.slots.iter().any(|v| drop::runs_destructor(&vm.prog, v)) =>
            {
                diagnostics.push(Diagnostic::unsupported(
                    "a panic while values with `impl Drop` are alive (their destructors run as it unwinds)",
                    pos,
                ));
                Outcome::Rejected
            }
            Err(Stop::Panic { msg, pos }) => {
                let now = vm.clock_ns;
                vm.rt.event(now, rt::MAIN, crate::trace::TraceKind::Panicked, Some(pos.line), msg.clone());
                stderr.push_str(&panic_text(&options.file_name, pos, &msg, !vm.rt.panicked));
                Outcome::Panicked
            }
            Err(Stop::Limit { msg, pos }) => {
                diagnostics.push(Diagnostic::error("limit", format!("{msg} (line {})", pos.line), pos));
                Outcome::Limit
            }
            Err(Stop::Unsupported { what, pos }) => {
                diagnostics.push(Diagnostic::unsupported(what, pos));
                Outcome::Rejected
            }
            Err(Stop::Deadlock { msg, pos }) => {
                diagnostics.push(Diagnostic::error("deadlock", msg, pos));
                Outcome::Deadlock
            }
            Err(Stop::Pending) => {
                diagnostics
                    .push(Diagnostic::unsupported("suspending outside the async runtime", Pos { line: 1, column: 1 }));
                Outcome::Rejected
            }
            Err(Stop::Exit { code }) => match code & 0xff {
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

            timeline: None,
        }
    }

    /// Runs one test function (`#[test]` or `#[tokio::test]`) to its end: whether it passed as
    /// `cargo test` judges it (`should_panic` is `#[should_panic(expected = ..)]`), the message
    /// cargo prints for a failure, and what the test printed. A construct the VM cannot run is
    /// pushed to `diagnostics`.
    pub fn run_test(
        mut self,
        func: FnId,
        should_panic: &Option<Option<String>>,
        options: &Options,
        diagnostics: &mut Vec<Diagnostic>,
    ) -> (bool, String, String) {
        let vm = &mut self;
        let outcome = vm.call_fn(func, Vec::new()).and_then(|v| match v {
            Value::Future(_) => vm.block_on(v),
            other => Ok(other),
        });
        let (passed, message) = match (outcome, should_panic) {
            (Ok(v), None) => match main_error(&v) {
                Some(err) => {
                    let mut tmp = Vm::new(Program::clone(&vm.prog), options);
                    let text = format::to_string(&mut tmp, &err, crate::fmt::FmtTrait::Debug).unwrap_or_default();
                    (false, format!("Error: {text}"))
                }
                None => (true, String::new()),
            },
            (Ok(_), Some(_)) => (false, "test did not panic as expected".into()),
            (Err(Stop::Panic { msg, .. }), Some(expected)) => match expected {
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
            (Err(Stop::Panic { msg, pos }), None) => (
                false,
                format!(
                    "panicked at {}:{}:{}:
{msg}",
                    options.file_name, pos.line, pos.column
                ),
            ),
            (Err(Stop::Deadlock { msg, .. }), _) => (false, format!("the test never finishes: {msg}")),
            (Err(Stop::Limit { msg, pos }), _) => (false, format!("{msg} (line {})", pos.line)),
            (Err(Stop::Unsupported { what, pos }), _) => {
                diagnostics.push(Diagnostic::unsupported(what, pos));
                (false, "the test uses something the browser runner does not support".into())
            }
            (Err(Stop::Exit { code }), _) => (code == 0, format!("the process exited with status {code}")),
            (Err(Stop::Pending), _) => (false, "suspended outside the runtime".into()),
        };
        (passed, message, self.stdout)
    }
}

/// The error of `fn main() -> Result<..>` (or of a test) that returned `Err(e)`.
fn main_error(value: &Value) -> Option<Value> {
    match value {
        Value::Obj(o) => {
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
