//! `bench-runner grader FILE.rs RUNS` / `bench-runner rhai FILE.rhai RUNS`:
//! runs the file RUNS times in this process and prints one JSON object:
//! `{"best_s": f64, "runs": n, "ok": bool, "stdout": "...", "error": "..."}`.
//! Timed: everything from source text to output (parse, compile, run).
//! Driven by `cargo xtask bench`, which prints the table.

use std::cell::RefCell;
use std::rc::Rc;
use std::time::Instant;

struct Measured {
    ok: bool,
    stdout: String,
    error: String,
    steps: Option<u64>,
}

fn run_grader(source: &str) -> Measured {
    let options = grader::Options {
        // A benchmark is meant to run long: lift the limits meant for exercises.
        max_steps: u64::MAX,
        max_call_depth: 100_000,
        max_memory_bytes: 4 << 30,
        ..grader::Options::default()
    };
    let report = grader::run(source, &options);
    let ok = report.outcome == grader::Outcome::Completed;
    let error = if ok {
        String::new()
    } else {
        let first = report
            .diagnostics
            .iter()
            .find(|d| d.severity == grader::Severity::Error)
            .or(report.diagnostics.first());
        match first {
            Some(d) => format!("{:?}: {} (line {})", report.outcome, d.message, d.line),
            None => format!("{:?}: {}", report.outcome, report.stderr.lines().next().unwrap_or("")),
        }
    };
    Measured { ok, stdout: report.stdout, error, steps: Some(report.steps) }
}

fn run_rhai(source: &str) -> Measured {
    let out = Rc::new(RefCell::new(String::new()));
    let mut engine = rhai::Engine::new();
    let sink = out.clone();
    engine.on_print(move |s| {
        let mut o = sink.borrow_mut();
        o.push_str(s);
        o.push('\n');
    });
    let result = engine.run(source);
    let stdout = out.borrow().clone();
    match result {
        Ok(()) => Measured { ok: true, stdout, error: String::new(), steps: None },
        Err(e) => Measured { ok: false, stdout, error: e.to_string(), steps: None },
    }
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [engine, file, runs] = args.as_slice() else {
        eprintln!("usage: bench-runner grader|rhai FILE RUNS");
        std::process::exit(2);
    };
    let runs: u32 = runs.parse().unwrap_or(3).max(1);
    let source = match std::fs::read_to_string(file) {
        Ok(s) => s,
        Err(e) => {
            eprintln!("bench-runner: cannot read {file}: {e}");
            std::process::exit(2);
        }
    };
    let run: fn(&str) -> Measured = match engine.as_str() {
        "grader" => run_grader,
        "rhai" => run_rhai,
        other => {
            eprintln!("bench-runner: unknown engine `{other}`");
            std::process::exit(2);
        }
    };
    let mut best = f64::INFINITY;
    let mut last = None;
    for _ in 0..runs {
        let start = Instant::now();
        let m = run(&source);
        best = best.min(start.elapsed().as_secs_f64());
        let failed = !m.ok;
        last = Some(m);
        if failed {
            break; // a failure is not worth timing again
        }
    }
    let m = last.expect("at least one run");
    let json = serde_json::json!({
        "best_s": best,
        "runs": runs,
        "ok": m.ok,
        "stdout": m.stdout,
        "error": m.error,
        "steps": m.steps,
    });
    println!("{json}");
}
