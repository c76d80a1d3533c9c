//! `cargo xtask bench [--runs N] [NAME...]`: the grader's speed beside native Rust and rhai.
//!
//! Each `bench/programs/NAME.rs` is one row: it runs through `grader::run`
//! (in-process, release build, via `bench/runner`), compiled with `rustc -O`,
//! and, when `bench/rhai/NAME.rhai` exists, in rhai.
//! Adding a row is adding those files.
//! Times are the best of N runs (default 3), from source text to output.
//! The bench never fails on a program the grader cannot run yet: it says so.
//! See docs/performance.md.

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
}

pub fn main(args: &[String]) -> Result<(), String> {
    let mut runs = 3u32;
    let mut filters = Vec::new();
    let mut it = args.iter();
    while let Some(a) = it.next() {
        match a.as_str() {
            "--runs" => {
                runs = it.next().and_then(|n| n.parse().ok()).filter(|&n| n > 0).ok_or("--runs needs a positive number")?;
            }
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
        let row = Row {
            grader: in_runner(&runner, "grader", &program, runs),
            native: native(&program, &native_dir.join(&name), runs),
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
    print_table(&rows, runs);
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
    Cell::Ran { secs: json["best_s"].as_f64().unwrap_or(f64::NAN), stdout: json["stdout"].as_str().unwrap_or("").to_string() }
}

/// Compile with `rustc -O` and time the process (best of `runs`).
fn native(program: &Path, exe: &Path, runs: u32) -> Cell {
    let source = std::fs::read_to_string(program).unwrap_or_default();
    if source.contains("tokio::") {
        // Async rows need the oracle's tokio build (issue 3); not wired yet.
        return Cell::Absent("needs tokio");
    }
    let compiled = Command::new("rustc").args(["-O", "--edition", "2021", "-o"]).arg(exe).arg(program).output();
    match compiled {
        Ok(o) if o.status.success() => {}
        Ok(o) => return Cell::Failed(format!("rustc: {}", String::from_utf8_lossy(&o.stderr).lines().next().unwrap_or(""))),
        Err(e) => return Cell::Failed(format!("cannot start rustc: {e}")),
    }
    let mut best = f64::INFINITY;
    let mut stdout = String::new();
    for _ in 0..runs {
        let start = Instant::now();
        let out = match Command::new(exe).output() {
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

fn print_table(rows: &[Row], runs: u32) {
    let header = ["program", "grader", "native -O", "rhai", "grader vs rhai", "stdout grader/rhai vs native"];
    let mut lines: Vec<[String; 6]> = Vec::new();
    for r in rows {
        let versus = match (r.grader.secs(), r.rhai.secs()) {
            (Some(g), Some(h)) if g <= h => format!("{:.2}x faster", h / g),
            (Some(g), Some(h)) => format!("{:.2}x slower", g / h),
            _ => "-".into(),
        };
        let outputs = format!("{} / {}", same_output(&r.grader, &r.native), same_output(&r.rhai, &r.native));
        lines.push([r.name.clone(), r.grader.show(), r.native.show(), r.rhai.show(), versus, outputs]);
    }
    let mut widths = header.map(str::len);
    for l in &lines {
        for (w, c) in widths.iter_mut().zip(l) {
            *w = (*w).max(c.chars().count());
        }
    }
    let print_line = |cells: [&str; 6]| {
        let mut s = String::new();
        for (i, (c, w)) in cells.iter().zip(widths).enumerate() {
            if i > 0 {
                s.push_str("  ");
            }
            // Names left-aligned, figures right-aligned.
            if i == 0 || i == 5 {
                s.push_str(&format!("{c:<w$}"));
            } else {
                s.push_str(&format!("{c:>w$}"));
            }
        }
        println!("{}", s.trim_end());
    };
    println!("best of {runs} run(s); grader and rhai in-process from source text, native as a process");
    print_line(header);
    for l in &lines {
        print_line([&l[0], &l[1], &l[2], &l[3], &l[4], &l[5]]);
    }
    let mut notes = Vec::new();
    for r in rows {
        for (engine, cell) in [("grader", &r.grader), ("native", &r.native), ("rhai", &r.rhai)] {
            if let Cell::Failed(why) = cell {
                let label = if engine == "grader" { "grader: unsupported/failed" } else { engine };
                notes.push(format!("{}: {label}: {why}", r.name));
            }
        }
        if same_output(&r.grader, &r.native) == "DIFFERS" {
            notes.push(format!("{}: grader stdout differs from native stdout", r.name));
        }
    }
    for n in &notes {
        println!("{n}");
    }
    let compared: Vec<_> = rows.iter().filter(|r| r.rhai.secs().is_some()).collect();
    let faster = compared.iter().filter(|r| matches!((r.grader.secs(), r.rhai.secs()), (Some(g), Some(h)) if g < h)).count();
    println!(
        "goal (grader faster than rhai on every program): {} ({faster} of {} faster)",
        if faster == compared.len() && !compared.is_empty() { "met" } else { "not met" },
        compared.len()
    );
}
