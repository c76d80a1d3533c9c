//! The second opinion of `cargo xtask learn` (key `o`, flag `--real`): the
//! learner's file built and run by real `cargo run`, exactly as the oracle runs
//! the course (`crate::oracle`: its pinned crates, `#[tokio::main]` rewritten to
//! the current-thread runtime with a paused clock, stderr normalised), and
//! shown beside the grader's run when the two differ.
//!
//! The program is compiled in a scratch project under the workspace's
//! `target/second-opinion/`, so the learner's file is never rewritten; it needs
//! the registry only the first time, to download the crates.

use std::path::Path;
use std::time::Duration;

use crate::grade::{Style, GREEN, YELLOW};
use crate::oracle::{self, Running, Scratch};

/// A real program may take wall-clock time the grader's virtual clock does not.
const LIMIT: Duration = Duration::from_secs(10);

/// What real Rust did with the program.
pub enum Real {
    /// rustc refused it: cargo's messages.
    Rejected(String),
    /// Still running after [`LIMIT`]: it was stopped.
    TimedOut,
    Ran {
        exit_code: i32,
        stdout: String,
        stderr: String,
    },
}

/// Build and run `source` in `workspace`'s scratch project.
pub fn run(workspace: &Path, source: &str) -> Result<Real, String> {
    let scratch =
        Scratch::create(workspace.join("target/second-opinion"), "second-opinion", "cargo xtask learn", false)?
            .with_target_dir(workspace.join("target"));
    scratch.write_programs([("main", source)])?;
    let build = scratch
        .cargo("build")
        .args(["--quiet", "--bin", "main"])
        .output()
        .map_err(|e| format!("cannot start cargo: {e}"))?;
    if !build.status.success() {
        let messages = String::from_utf8_lossy(&build.stderr).replace("src/bin/main.rs", "src/main.rs");
        return Ok(Real::Rejected(messages));
    }
    let out = scratch.dir.join("run/main");
    let Some(finished) = Running::start(&scratch.exe("main"), &[], &scratch.dir, &out)?.finish_within(LIMIT)? else {
        return Ok(Real::TimedOut);
    };
    Ok(Real::Ran {
        exit_code: finished.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&finished.stdout).into_owned(),
        stderr: oracle::normalize_stderr(&String::from_utf8_lossy(&finished.stderr), "main"),
    })
}

/// The verdict: agreement in one line, or both runs side by side where they differ.
pub fn compare(report: &grader::Report, real: &Real, style: Style) -> String {
    let (exit_code, stdout, stderr) = match real {
        Real::Rejected(messages) => {
            let ours = if report.outcome == grader::Outcome::Rejected { "the grader too" } else { "the grader ran it" };
            return format!("real rustc refuses the program ({ours}):\n{messages}");
        }
        Real::TimedOut => {
            return style
                .paint(YELLOW, &format!("real `cargo run` was still running after {} s: stopped", LIMIT.as_secs()))
                + "\n";
        }
        Real::Ran { exit_code, stdout, stderr } => (*exit_code, stdout, stderr),
    };
    let same = (report.exit_code(), report.stdout.as_str(), report.stderr.as_str()) == (exit_code, stdout, stderr);
    if same {
        return style
            .paint(GREEN, &format!("real `cargo run` agrees: the same stdout, stderr and exit status {exit_code}"))
            + "\n";
    }
    let mut out =
        style.paint(YELLOW, "real `cargo run` differs from the grader (lines that differ are marked >):") + "\n";
    for (name, ours, theirs) in
        [("stdout", report.stdout.as_str(), stdout.as_str()), ("stderr", &report.stderr, stderr)]
    {
        if ours != theirs {
            out.push_str(&side_by_side(name, ours, theirs));
        }
    }
    if report.exit_code() != exit_code {
        out.push_str(&format!("exit status: grader {}, real {exit_code}\n", report.exit_code()));
    }
    out
}

const COLUMN: usize = 38;

/// Two columns, the grader's on the left, a `>` before each row that differs.
pub fn side_by_side(name: &str, ours: &str, theirs: &str) -> String {
    let (left, right): (Vec<&str>, Vec<&str>) = (ours.lines().collect(), theirs.lines().collect());
    let mut out = format!("  {:<COLUMN$} | real cargo run: {name}\n", format!("grader: {name}"));
    for i in 0..left.len().max(right.len()) {
        let (l, r) = (left.get(i).copied(), right.get(i).copied());
        let mark = if l == r { ' ' } else { '>' };
        out.push_str(&format!("{mark} {:<COLUMN$} | {}\n", clip(l.unwrap_or("")), r.unwrap_or("")));
    }
    out
}

fn clip(line: &str) -> String {
    if line.chars().count() <= COLUMN {
        return line.to_string();
    }
    line.chars().take(COLUMN - 1).chain(['…']).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn side_by_side_marks_the_rows_that_differ() {
        let shown = side_by_side("stdout", "a\nb\n", "a\nc\nd\n");
        let rows: Vec<&str> = shown.lines().collect();
        assert_eq!(rows.len(), 4, "{shown}");
        assert!(rows[1].starts_with("  a ") && rows[1].ends_with("| a"), "{shown}");
        assert!(rows[2].starts_with("> b ") && rows[2].ends_with("| c"), "{shown}");
        assert!(rows[3].starts_with(">   ") && rows[3].ends_with("| d"), "{shown}");
        assert_eq!(clip(&"x".repeat(50)).chars().count(), COLUMN);
    }
}
