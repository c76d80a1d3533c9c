//! The grader as the site's Web Worker sees it: strings in, JSON out.
//!
//! `web/js/worker.js` loads this module in a Web Worker and calls [`grade`] or
//! [`run`] for each message, so a long or runaway program never freezes the page.
//! The JSON shapes are exactly the grader's serde shapes ([`grader::Graded`],
//! [`grader::Report`]); the app deserializes them with the same types.
//! The trace stays in the worker: a report carries its timeline instead
//! ([`grader::Report::with_timeline`], at most [`grader::timeline::MAX_MARKS`] events), since a
//! runaway program's full trace (100,000 events) made its answer 8 MB and most of the check latency.

use grader::{Expectations, Options};

/// Host limits for programs run in the browser.
///
/// The step budget is calibrated so that a runaway program stops within about 3 s:
/// the grader's WASM runs about 5 M VM steps/s in Chromium on the project's 2-core
/// machines, and the heaviest course program (a `yield-busy-loop` alternative) takes
/// 1.7 M steps, so 15 M leaves room for learners' own variations. The Stop button
/// ends a run sooner by terminating the worker.
pub fn options() -> Options {
    Options { max_steps: 15_000_000, progress_every: PROGRESS_EVERY, ..Options::default() }
}

/// Steps between two progress reports: about a fifth of a second in Chromium.
pub const PROGRESS_EVERY: u64 = 1_000_000;

/// What the page shows of a run's output while it is going: its end.
pub const PROGRESS_TAIL_BYTES: usize = 16 * 1024;

/// The end of `stdout`: at most [`PROGRESS_TAIL_BYTES`], starting at a whole line.
pub fn tail(stdout: &str) -> &str {
    let cut = stdout.len().saturating_sub(PROGRESS_TAIL_BYTES);
    if cut == 0 {
        return stdout;
    }
    match stdout[..].bytes().skip(cut).position(|b| b == b'\n') {
        Some(i) => &stdout[cut + i + 1..],
        None => "",
    }
}

/// Grade `source` against `checks` (the exercise's `Expectations` as JSON).
/// Returns `Graded` as JSON, or `{"error": ...}` when `checks` is malformed.
pub fn grade_json(source: &str, checks: &str) -> String {
    grade_json_with(source, checks, options())
}

/// [`grade_json`] with the given options (the worker adds its progress hook).
pub fn grade_json_with(source: &str, checks: &str, options: Options) -> String {
    match Expectations::from_json(checks) {
        Ok(expect) => {
            let mut graded = grader::grade(source, &expect, &options);
            graded.report.with_timeline(grader::timeline::MAX_MARKS);
            serde_json::to_string(&graded).expect("a Graded always serializes")
        }
        // Written by hand: `json!` would bring `serde_json::Value` (and a B-tree map) into the worker.
        Err(e) => {
            let message = serde_json::to_string(&format!("malformed checks: {e}")).expect("a string serializes");
            format!("{{\"error\":{message}}}")
        }
    }
}

/// Run `source` with the lints (a lesson's Run button). Returns `Report` as JSON.
pub fn run_json(source: &str) -> String {
    run_json_with(source, options())
}

/// [`run_json`] with the given options.
pub fn run_json_with(source: &str, options: Options) -> String {
    let mut report = grader::check(source, &options);
    report.with_timeline(grader::timeline::MAX_MARKS);
    report.to_json()
}

#[cfg(target_arch = "wasm32")]
mod bindings {
    use std::cell::RefCell;
    use std::sync::Arc;

    use wasm_bindgen::prelude::*;

    thread_local! {
        /// The running request's `on_progress` (a JS function is not `Send`, the hook must be).
        static ON_PROGRESS: RefCell<Option<js_sys::Function>> = const { RefCell::new(None) };
    }

    /// The options with a hook that calls `on_progress(stdout_tail, virtual_ms)`.
    fn with_progress(on_progress: js_sys::Function) -> grader::Options {
        ON_PROGRESS.with(|f| *f.borrow_mut() = Some(on_progress));
        let hook = |p: &grader::Progress| {
            let tail = JsValue::from_str(super::tail(&p.stdout));
            let ms = JsValue::from_f64(p.virtual_time_ns as f64 / 1e6);
            ON_PROGRESS.with(|f| {
                if let Some(f) = f.borrow().as_ref() {
                    let _ = f.call2(&JsValue::NULL, &tail, &ms);
                }
            });
        };
        grader::Options { progress: Some(grader::ProgressHook(Arc::new(hook))), ..super::options() }
    }

    #[wasm_bindgen]
    pub fn grade(source: &str, checks: &str, on_progress: js_sys::Function) -> String {
        super::grade_json_with(source, checks, with_progress(on_progress))
    }

    #[wasm_bindgen]
    pub fn run(source: &str, on_progress: js_sys::Function) -> String {
        super::run_json_with(source, with_progress(on_progress))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn grade_returns_the_graders_own_shape() {
        let json = grade_json("fn main() {}", r#"{"stdout": ""}"#);
        let graded: grader::Graded = serde_json::from_str(&json).unwrap();
        let mut direct = grader::grade(
            "fn main() {}",
            &Expectations { stdout: Some(String::new()), ..Default::default() },
            &options(),
        );
        direct.report.with_timeline(grader::timeline::MAX_MARKS);
        assert_eq!(graded, direct);
    }

    #[test]
    fn malformed_checks_are_an_error_not_a_panic() {
        let json = grade_json("fn main() {}", r#"{"stdout": 3}"#);
        let value: serde_json::Value = serde_json::from_str(&json).unwrap();
        assert!(value["error"].as_str().unwrap().starts_with("malformed checks"), "{json}");
        let json = grade_json("fn main() {}", r#"{"no_such_key": true}"#);
        assert!(json.contains("malformed checks"), "{json}");
    }

    #[test]
    fn the_progress_tail_is_the_end_of_the_output_from_a_whole_line() {
        let long: String = (0..5000).map(|i| format!("tick é {i}\n")).collect();
        let t = tail(&long);
        assert!(t.len() <= PROGRESS_TAIL_BYTES && t.len() > PROGRESS_TAIL_BYTES - 20);
        assert!(long.ends_with(t) && t.starts_with("tick é "), "{}", &t[..20]);
        assert_eq!(tail("short"), "short");
    }

    #[test]
    fn run_returns_a_report() {
        let report: grader::Report = serde_json::from_str(&run_json("fn main() {}")).unwrap();
        assert_eq!(report, grader::check("fn main() {}", &options()));
    }

    #[test]
    fn an_async_run_carries_its_timeline_not_its_trace() {
        let src =
            "#[tokio::main]\nasync fn main() {\n    tokio::spawn(async { println!(\"hi\") }).await.unwrap();\n}\n";
        let json = run_json(src);
        let report: grader::Report = serde_json::from_str(&json).unwrap();
        assert!(report.trace.is_empty() && !json.contains("\"trace\""));
        let timeline = report.timeline.expect("a timeline");
        assert_eq!(timeline.lanes.iter().map(|l| l.task).collect::<Vec<_>>(), vec![0, 1]);
        assert_eq!(timeline.events, grader::check(src, &options()).trace.len());
    }
}
