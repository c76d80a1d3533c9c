//! Small helpers shared by the tasks.

use std::path::PathBuf;
use std::process::Command;

/// The workspace root: the parent of `xtask/`, or `AWAIT_LAB_ROOT` when set, so one built
/// xtask can check the content of another worktree (`AWAIT_LAB_ROOT=../wt cargo xtask check-content`)
/// without building the grader again there.
pub fn root() -> PathBuf {
    match std::env::var_os("AWAIT_LAB_ROOT") {
        Some(dir) if !dir.is_empty() => PathBuf::from(dir),
        _ => PathBuf::from(env!("CARGO_MANIFEST_DIR")).parent().expect("xtask lives in the workspace").to_path_buf(),
    }
}

/// `cargo`, as the one that runs this xtask, started in the workspace root.
pub fn cargo() -> Command {
    let mut cmd = Command::new(std::env::var("CARGO").unwrap_or_else(|_| "cargo".into()));
    cmd.current_dir(root());
    cmd
}

/// Run a command, echoing it; an error says which command failed.
pub fn run(cmd: &mut Command) -> Result<(), String> {
    eprintln!("$ {}", describe(cmd));
    let status = cmd.status().map_err(|e| format!("cannot start `{}`: {e}", describe(cmd)))?;
    if status.success() {
        Ok(())
    } else {
        Err(format!("`{}` failed ({status})", describe(cmd)))
    }
}

pub fn describe(cmd: &Command) -> String {
    let mut s = cmd.get_program().to_string_lossy().into_owned();
    for arg in cmd.get_args() {
        s.push(' ');
        s.push_str(&arg.to_string_lossy());
    }
    s
}
