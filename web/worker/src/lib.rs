//! The grader as the site's Web Worker sees it: strings in, JSON out.
//!
//! `web/js/worker.js` loads this module in a Web Worker and calls [`grade`] or
//! [`run`] for each message, so a long or runaway program never freezes the page.
//! The JSON shapes are exactly the grader's serde shapes ([`grader::Graded`],
//! [`grader::Report`]); the app deserializes them with the same types.

use grader::{Expectations, Options};

/// Host limits for programs run in the browser.
/// A learner's endless loop meets the step limit after some seconds; the Stop
/// button ends it sooner by terminating the worker.
pub fn options() -> Options {
    Options { max_steps: 200_000_000, ..Options::default() }
}

/// Grade `source` against `checks` (the exercise's `Expectations` as JSON).
/// Returns `Graded` as JSON, or `{"error": ...}` when `checks` is malformed.
pub fn grade_json(source: &str, checks: &str) -> String {
    match serde_json::from_str::<Expectations>(checks) {
        Ok(expect) => {
            serde_json::to_string(&grader::grade(source, &expect, &options())).expect("a Graded always serializes")
        }
        Err(e) => serde_json::json!({ "error": format!("malformed checks: {e}") }).to_string(),
    }
}

/// Run `source` with the lints (a lesson's Run button). Returns `Report` as JSON.
pub fn run_json(source: &str) -> String {
    grader::check(source, &options()).to_json()
}

#[cfg(target_arch = "wasm32")]
mod bindings {
    use wasm_bindgen::prelude::*;

    #[wasm_bindgen]
    pub fn grade(source: &str, checks: &str) -> String {
        super::grade_json(source, checks)
    }

    #[wasm_bindgen]
    pub fn run(source: &str) -> String {
        super::run_json(source)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn grade_returns_the_graders_own_shape() {
        let json = grade_json("fn main() {}", r#"{"stdout": ""}"#);
        let graded: grader::Graded = serde_json::from_str(&json).unwrap();
        let direct = grader::grade(
            "fn main() {}",
            &Expectations { stdout: Some(String::new()), ..Default::default() },
            &options(),
        );
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
    fn run_returns_a_report() {
        let report: grader::Report = serde_json::from_str(&run_json("fn main() {}")).unwrap();
        assert_eq!(report, grader::check("fn main() {}", &options()));
    }
}
