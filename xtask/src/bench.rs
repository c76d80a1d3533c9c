//! `cargo xtask bench [--runs N] [--miri] [NAME...]`: the grader's speed beside native Rust and rhai.
//! `cargo xtask bench --browser`: the check latency in Chromium (`web/e2e/latency.mjs`; figures in
//! docs/performance.md).
//!
//! Each `bench/programs/NAME.rs` is one row: it runs through `grader::run`
//! (in-process, release build, via `bench/runner`), compiled with `rustc -O`
//! (a program using `tokio::` is built against real tokio instead),
//! and, when `bench/rhai/NAME.rhai` exists, in rhai.
//! Adding a row is adding those files.
//! With `--miri`, async rows also run under Miri (`cargo +nightly miri run`),
//! the reference interpreter of real Rust, when that component is installed.
//! Goal per row: faster than rhai where there is a script, otherwise (async
//! rows) under one second in the grader.
//! Times are the best of N runs (default 3), from source text to output.
//! The bench never fails on a program the grader cannot run yet: it says so.
//! See docs/performance.md.

use crate::oracle::{self, write_if_changed};
use crate::util;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Instant;

/// What one engine did with one program.
enum Cell {
    Ran { secs: f64, stdout: String },
    Failed(String),
    Absent(&'static str),
}

impl Cell {
    fn secs(&self) -> Option<f64> {
        match self {
            Cell::Ran { secs, .. } => Some(*secs),
            _ => None,
        }
    }
    fn stdout(&self) -> Option<&str> {
        match self {
            Cell::Ran { stdout, .. } => Some(stdout),
            _ => None,
        }
    }
    fn show(&self) -> String {
        match self {
            Cell::Ran { secs, .. } => duration(*secs),
            Cell::Failed(_) => "failed".into(),
            Cell::Absent(why) => (*why).into(),
        }
    }
}

struct Row {
    name: String,
    grader: Cell,
    native: Cell,
    rhai: Cell,
    /// Only with `--miri`.
    miri: Option<Cell>,
}

/// The goal for a row without a rhai script (issue 3: the async scale bench).
const ABSOLUTE_GOAL_SECS: f64 = 1.0;

pub fn main(args: &[String]) -> Result<(), String> {
    let mut runs = 3u32;
    let mut with_miri = false;
    let mut filters = Vec::new();
    let mut it = args.iter();
    while let Some(a) = it.next() {
        match a.as_str() {
            "--runs" => {
                runs = it
                    .next()
                    .and_then(|n| n.parse().ok())
                    .filter(|&n| n > 0)
                    .ok_or("--runs needs a positive number")?;
            }
            "--miri" => with_miri = true,
            "--browser" => return crate::web::latency_bench(),
            other if other.starts_with('-') => return Err(format!("bench: unknown option `{other}`")),
            name => filters.push(name.to_string()),
        }
    }

    let root = util::root();
    let target = root.join("target");
    let runner = build_runner(&root, &target)?;
    let native_dir = target.join("bench");
    std::fs::create_dir_all(&native_dir).map_err(|e| format!("cannot create {}: {e}", native_dir.display()))?;

    let mut rows = Vec::new();
    for program in programs(&root.join("bench/programs"))? {
        let name = program.file_stem().unwrap().to_string_lossy().into_owned();
        if !filters.is_empty() && !filters.contains(&name) {
            continue;
        }
        eprintln!("bench: {name}");
        let rhai_script = root.join("bench/rhai").join(format!("{name}.rhai"));
        let is_async = std::fs::read_to_string(&program).is_ok_and(|s| s.contains("tokio::"));
        let row = Row {
            miri: with_miri.then(|| if is_async { miri(&native_dir.join("tokio"), &name) } else { Cell::Absent("-") }),
            grader: in_runner(&runner, "grader", &program, runs),
            native: native(&program, &native_dir, &name, runs),
            rhai: if rhai_script.exists() {
                in_runner(&runner, "rhai", &rhai_script, runs)
            } else {
                Cell::Absent("no script")
            },
            name,
        };
        rows.push(row);
    }
    if rows.is_empty() {
        return Err("bench: no program matched".into());
    }
    print!("{}", table(&rows, runs));
    Ok(())
}

/// `bench/runner` is a workspace of its own so that rhai is built only here.
fn build_runner(root: &Path, target: &Path) -> Result<PathBuf, String> {
    let manifest = root.join("bench/runner/Cargo.toml");
    util::run(
        util::cargo()
            .args(["build", "--quiet", "--release", "--manifest-path"])
            .arg(&manifest)
            .arg("--target-dir")
            .arg(target),
    )?;
    Ok(target.join("release").join(format!("bench-runner{}", std::env::consts::EXE_SUFFIX)))
}

fn programs(dir: &Path) -> Result<Vec<PathBuf>, String> {
    let entries = std::fs::read_dir(dir).map_err(|e| format!("cannot read {}: {e}", dir.display()))?;
    let mut files: Vec<PathBuf> =
        entries.filter_map(|e| e.ok().map(|e| e.path())).filter(|p| p.extension().is_some_and(|x| x == "rs")).collect();
    files.sort();
    Ok(files)
}

/// Time the grader or rhai on one file, in the release-built runner.
fn in_runner(runner: &Path, engine: &str, file: &Path, runs: u32) -> Cell {
    let output = match Command::new(runner).arg(engine).arg(file).arg(runs.to_string()).output() {
        Ok(o) => o,
        Err(e) => return Cell::Failed(format!("cannot start {}: {e}", runner.display())),
    };
    if !output.status.success() {
        // A crash of the engine itself (the grader must never panic): report it.
        let stderr = String::from_utf8_lossy(&output.stderr);
        let line = stderr.lines().find(|l| l.contains("panicked")).or(stderr.lines().next()).unwrap_or("");
        return Cell::Failed(format!("crashed ({}): {}", output.status, line.trim()));
    }
    let json: serde_json::Value = match serde_json::from_slice(&output.stdout) {
        Ok(v) => v,
        Err(e) => return Cell::Failed(format!("unreadable runner output: {e}")),
    };
    if json["ok"].as_bool() != Some(true) {
        return Cell::Failed(json["error"].as_str().unwrap_or("unknown error").to_string());
    }
    Cell::Ran {
        secs: json["best_s"].as_f64().unwrap_or(f64::NAN),
        stdout: json["stdout"].as_str().unwrap_or("").to_string(),
    }
}

/// The scratch project that builds async rows against real tokio, release
/// mode, with the oracle's pins, so the native figure is the program the oracle checks.
fn tokio_manifest() -> String {
    oracle::manifest("bench-native", "cargo xtask bench", "[profile.release]\nopt-level = 3\n")
}

/// Compile with `rustc -O` (or, for a program using tokio, in a release-mode
/// cargo project with the oracle's `#[tokio::main]` rewrite) and time the
/// process (best of `runs`).
fn native(program: &Path, dir: &Path, name: &str, runs: u32) -> Cell {
    let source = match std::fs::read_to_string(program) {
        Ok(s) => s,
        Err(e) => return Cell::Failed(format!("cannot read {}: {e}", program.display())),
    };
    // Async rows: written into the scratch project here, which `miri` reuses.
    let exe = if source.contains("tokio::") {
        match build_with_tokio(&source, &dir.join("tokio"), name) {
            Ok(exe) => exe,
            Err(e) => return Cell::Failed(e),
        }
    } else {
        let exe = dir.join(name);
        let compiled = Command::new("rustc").args(["-O", "--edition", "2021", "-o"]).arg(&exe).arg(program).output();
        match compiled {
            Ok(o) if o.status.success() => exe,
            Ok(o) => {
                return Cell::Failed(format!(
                    "rustc: {}",
                    String::from_utf8_lossy(&o.stderr).lines().next().unwrap_or("")
                ))
            }
            Err(e) => return Cell::Failed(format!("cannot start rustc: {e}")),
        }
    };
    let mut best = f64::INFINITY;
    let mut stdout = String::new();
    for _ in 0..runs {
        let start = Instant::now();
        let out = match Command::new(&exe).output() {
            Ok(o) => o,
            Err(e) => return Cell::Failed(format!("cannot run {}: {e}", exe.display())),
        };
        best = best.min(start.elapsed().as_secs_f64());
        if !out.status.success() {
            return Cell::Failed(format!("exited with {}", out.status));
        }
        stdout = String::from_utf8_lossy(&out.stdout).into_owned();
    }
    Cell::Ran { secs: best, stdout }
}

fn build_with_tokio(source: &str, scratch: &Path, name: &str) -> Result<PathBuf, String> {
    let bin_dir = scratch.join("src/bin");
    std::fs::create_dir_all(&bin_dir).map_err(|e| format!("cannot create {}: {e}", bin_dir.display()))?;
    write_if_changed(&scratch.join("Cargo.toml"), &tokio_manifest())?;
    write_if_changed(&bin_dir.join(format!("{name}.rs")), &oracle::rewrite_tokio_attributes(source))?;
    let mut cmd = util::cargo();
    cmd.current_dir(scratch).env_remove("CARGO_TARGET_DIR").env_remove("RUSTFLAGS").env_remove("CARGO_BUILD_RUSTFLAGS");
    cmd.args(["build", "--quiet", "--release", "--target-dir", "target", "--bin", name]);
    let out = cmd.output().map_err(|e| format!("cannot start cargo: {e}"))?;
    if !out.status.success() {
        let stderr = String::from_utf8_lossy(&out.stderr);
        let first = stderr.lines().find(|l| l.starts_with("error")).unwrap_or("cargo build failed");
        return Err(format!("cargo (tokio): {first}"));
    }
    Ok(scratch.join("target/release").join(format!("{name}{}", std::env::consts::EXE_SUFFIX)))
}

/// Run an async row (already written into the scratch project by `native`)
/// under Miri, once: a warm-up `cargo miri test --no-run` builds the
/// dependencies first, so the timed `cargo miri run` is the interpretation
/// plus cargo's check and the compile of the one program (a few seconds).
fn miri(scratch: &Path, name: &str) -> Cell {
    let available = Command::new("cargo").args(["+nightly", "miri", "--version"]).output();
    if !available.is_ok_and(|o| o.status.success()) {
        return Cell::Absent("no miri");
    }
    let miri_cargo = |args: &[&str]| {
        let mut cmd = Command::new("cargo");
        cmd.current_dir(scratch)
            .env_remove("CARGO_TARGET_DIR")
            .env_remove("RUSTFLAGS")
            .env_remove("CARGO_BUILD_RUSTFLAGS");
        cmd.args(["+nightly", "miri"]).args(args).args(["--quiet", "--target-dir", "target", "--bin", name]);
        cmd
    };
    match miri_cargo(&["test", "--no-run"]).output() {
        Ok(o) if o.status.success() => {}
        Ok(o) => return Cell::Failed(format!("miri build: {}", first_error(&o.stderr))),
        Err(e) => return Cell::Failed(format!("cannot start cargo miri: {e}")),
    }
    let start = Instant::now();
    match miri_cargo(&["run"]).output() {
        Ok(o) if o.status.success() => {
            Cell::Ran { secs: start.elapsed().as_secs_f64(), stdout: String::from_utf8_lossy(&o.stdout).into_owned() }
        }
        Ok(o) => Cell::Failed(format!("miri: {}", first_error(&o.stderr))),
        Err(e) => Cell::Failed(format!("cannot start cargo miri: {e}")),
    }
}

fn first_error(stderr: &[u8]) -> String {
    let text = String::from_utf8_lossy(stderr);
    text.lines().find(|l| l.starts_with("error")).or(text.lines().next()).unwrap_or("").to_string()
}

fn duration(secs: f64) -> String {
    if secs >= 1.0 {
        format!("{secs:.2} s")
    } else if secs >= 0.001 {
        format!("{:.1} ms", secs * 1e3)
    } else {
        format!("{:.0} µs", secs * 1e6)
    }
}

/// `grader = native` when the grader printed exactly what the native program printed.
fn same_output(engine: &Cell, native: &Cell) -> &'static str {
    match (engine.stdout(), native.stdout()) {
        (Some(a), Some(b)) if a == b => "=",
        (Some(_), Some(_)) => "DIFFERS",
        _ => "-",
    }
}

/// The report: the table, one line per failure, and the goals.
fn table(rows: &[Row], runs: u32) -> String {
    use std::fmt::Write as _;
    let mut out = String::new();
    let with_miri = rows.iter().any(|r| r.miri.is_some());
    let mut header = vec!["program", "grader", "native -O", "rhai", "grader vs rhai"];
    if with_miri {
        header.push("miri");
    }
    header.push(if with_miri { "stdout grader/rhai/miri vs native" } else { "stdout grader/rhai vs native" });
    let mut lines: Vec<Vec<String>> = Vec::new();
    for r in rows {
        let versus = match (r.grader.secs(), r.rhai.secs()) {
            (Some(g), Some(h)) if g <= h => format!("{:.2}x faster", h / g),
            (Some(g), Some(h)) => format!("{:.2}x slower", g / h),
            _ => "-".into(),
        };
        let mut line = vec![r.name.clone(), r.grader.show(), r.native.show(), r.rhai.show(), versus];
        let mut outputs = vec![same_output(&r.grader, &r.native), same_output(&r.rhai, &r.native)];
        if let Some(m) = &r.miri {
            line.push(m.show());
            outputs.push(same_output(m, &r.native));
        }
        line.push(outputs.join(" / "));
        lines.push(line);
    }
    let mut widths: Vec<usize> = header.iter().map(|h| h.len()).collect();
    for l in &lines {
        for (w, c) in widths.iter_mut().zip(l) {
            *w = (*w).max(c.chars().count());
        }
    }
    let last = header.len() - 1;
    let print_line = |cells: &[String]| {
        let mut s = String::new();
        for (i, (c, &w)) in cells.iter().zip(&widths).enumerate() {
            if i > 0 {
                s.push_str("  ");
            }
            // Names left-aligned, figures right-aligned.
            if i == 0 || i == last {
                s.push_str(&format!("{c:<w$}"));
            } else {
                s.push_str(&format!("{c:>w$}"));
            }
        }
        s.trim_end().to_string()
    };
    let _ = writeln!(out, "best of {runs} run(s); grader and rhai in-process from source text, native as a process");
    let _ = writeln!(out, "{}", print_line(&header.iter().map(|h| h.to_string()).collect::<Vec<_>>()));
    for l in &lines {
        let _ = writeln!(out, "{}", print_line(l));
    }
    for r in rows {
        let cells = [
            ("grader: unsupported/failed", Some(&r.grader)),
            ("native", Some(&r.native)),
            ("rhai", Some(&r.rhai)),
            ("miri", r.miri.as_ref()),
        ];
        for (label, cell) in cells {
            if let Some(Cell::Failed(why)) = cell {
                let _ = writeln!(out, "{}: {label}: {why}", r.name);
            }
        }
        if same_output(&r.grader, &r.native) == "DIFFERS" {
            let _ = writeln!(out, "{}: grader stdout differs from native stdout", r.name);
        }
    }
    let mut met = 0;
    for r in rows {
        let (goal, ok) = match (r.grader.secs(), r.rhai.secs(), &r.rhai) {
            (g, _, Cell::Absent(_)) => {
                (format!("under {ABSOLUTE_GOAL_SECS} s in the grader"), g.is_some_and(|g| g < ABSOLUTE_GOAL_SECS))
            }
            (g, h, _) => ("faster than rhai".to_string(), matches!((g, h), (Some(g), Some(h)) if g < h)),
        };
        met += usize::from(ok);
        let _ = writeln!(out, "goal {}: {goal}: {}", r.name, if ok { "met" } else { "not met" });
    }
    let _ = writeln!(out, "goals met: {met} of {}", rows.len());
    if rows.iter().any(|r| matches!(r.miri, Some(Cell::Absent("no miri")))) {
        let _ = writeln!(out, "miri: not installed (rustup component add --toolchain nightly miri)");
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ran(secs: f64, stdout: &str) -> Cell {
        Cell::Ran { secs, stdout: stdout.into() }
    }

    #[test]
    fn table_compares_times_outputs_and_goals() {
        let rows = vec![
            Row {
                name: "fib".into(),
                grader: ran(0.5, "1\n"),
                native: ran(0.001, "1\n"),
                rhai: ran(0.75, "1\n"),
                miri: None,
            },
            Row {
                name: "sieve".into(),
                grader: ran(2.0, "2\n"),
                native: ran(0.004, "3\n"),
                rhai: ran(1.0, "3\n"),
                miri: None,
            },
            Row {
                name: "tasks".into(),
                grader: Cell::Failed("Rejected: `select!` (line 9)".into()),
                native: ran(0.02, "x\n"),
                rhai: Cell::Absent("no script"),
                miri: None,
            },
        ];
        let t = table(&rows, 3);
        let lines: Vec<&str> = t.lines().collect();
        assert!(lines[1].starts_with("program    grader  native -O"), "{t}");
        assert_eq!(
            lines[2].split_whitespace().collect::<Vec<_>>(),
            ["fib", "500.0", "ms", "1.0", "ms", "750.0", "ms", "1.50x", "faster", "=", "/", "="]
        );
        assert_eq!(
            lines[3].split_whitespace().collect::<Vec<_>>(),
            ["sieve", "2.00", "s", "4.0", "ms", "1.00", "s", "2.00x", "slower", "DIFFERS", "/", "="]
        );
        assert_eq!(
            lines[4].split_whitespace().collect::<Vec<_>>(),
            ["tasks", "failed", "20.0", "ms", "no", "script", "-", "-", "/", "-"]
        );
        assert!(t.contains("\ntasks: grader: unsupported/failed: Rejected: `select!` (line 9)\n"), "{t}");
        assert!(t.contains("\nsieve: grader stdout differs from native stdout\n"), "{t}");
        assert!(t.contains("\ngoal fib: faster than rhai: met\n"), "{t}");
        assert!(t.contains("\ngoal sieve: faster than rhai: not met\n"), "{t}");
        assert!(t.contains("\ngoal tasks: under 1 s in the grader: not met\n"), "{t}");
        assert!(t.ends_with("goals met: 1 of 3\n"), "{t}");
    }

    #[test]
    fn miri_column_appears_only_when_asked() {
        let row = |miri| Row {
            name: "tasks".into(),
            grader: ran(0.2, "x\n"),
            native: ran(0.02, "x\n"),
            rhai: Cell::Absent("no script"),
            miri,
        };
        let without = table(&[row(None)], 1);
        assert!(!without.contains("miri"), "{without}");
        assert!(without.contains("goal tasks: under 1 s in the grader: met"), "{without}");
        let with = table(&[row(Some(ran(90.0, "x\n")))], 1);
        assert!(with.lines().nth(1).unwrap().contains("miri"), "{with}");
        assert_eq!(with.lines().nth(2).unwrap().split_whitespace().last(), Some("="), "{with}");
        let absent = table(&[row(Some(Cell::Absent("no miri")))], 1);
        assert!(absent.contains("miri: not installed"), "{absent}");
    }
}
