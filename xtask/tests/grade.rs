//! `cargo xtask grade`: one test per exit status, on a real exercise.

use std::path::{Path, PathBuf};
use std::process::Command;

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).parent().unwrap().to_path_buf()
}

fn grade(args: &[&str]) -> (i32, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_xtask")).arg("grade").args(args).current_dir(root()).output().unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn the_solution_passes_with_status_0() {
    let (code, stdout, _) = grade(&["join-concurrent", "exercises/join-concurrent/solution.rs"]);
    assert_eq!(code, 0, "{stdout}");
    assert!(stdout.contains("all 5 checks pass"), "{stdout}");
}

#[test]
fn the_starter_fails_with_status_1_and_evidence() {
    let (code, stdout, _) = grade(&["join-concurrent", "exercises/join-concurrent/starter.rs"]);
    assert_eq!(code, 1, "{stdout}");
    assert!(stdout.contains("FAIL  virtual time"), "{stdout}");
    assert!(stdout.contains("actual:   2800 ms"), "{stdout}");
    assert!(stdout.contains("warning[sequential_awaits_not_concurrent]"), "{stdout}");
}

#[test]
fn json_output_has_every_check() {
    let (code, stdout, _) = grade(&["join-concurrent", "exercises/join-concurrent/starter.rs", "--json"]);
    assert_eq!(code, 1);
    let value: serde_json::Value = serde_json::from_str(&stdout).unwrap();
    assert_eq!(value["graded"]["passed"], false);
    assert_eq!(value["graded"]["checks"].as_array().unwrap().len(), 5);
}

#[test]
fn usage_errors_are_status_2() {
    let (code, _, stderr) = grade(&["no-such-exercise", "exercises/join-concurrent/solution.rs"]);
    assert_eq!(code, 2);
    assert!(stderr.contains("no exercise `no-such-exercise`"), "{stderr}");
    let (code, _, stderr) = grade(&["join-concurrent", "does/not/exist.rs"]);
    assert_eq!(code, 2);
    assert!(stderr.contains("cannot read"), "{stderr}");
    let (code, _, _) = grade(&["join-concurrent"]);
    assert_eq!(code, 2);
}
