//! Focused behaviour tests of the language core, through the public entry point.
//! The conformance corpus (tests/corpus) checks breadth against real rustc;
//! these pin down the engine's own contracts: panics, limits, diagnostics.

use grader::{Options, Outcome, Report};

fn run(src: &str) -> Report {
    grader::run(src, &Options::default())
}

fn stdout_of(src: &str) -> String {
    let r = run(src);
    assert_eq!(r.outcome, Outcome::Completed, "diagnostics: {:?}\nstderr: {}", r.diagnostics, r.stderr);
    r.stdout
}

#[test]
fn arithmetic_shadowing_and_control_flow() {
    let out = stdout_of(
        "fn main() {
            let x = 5;
            let x = x * 2;
            let mut total = 0;
            for i in 1..=x { if i % 2 == 0 { continue; } total += i; }
            let mut n = 0;
            while n < 3 { n += 1; }
            let found = loop { n += 1; if n == 7 { break n * 10; } };
            println!(\"{x} {total} {n} {found}\");
        }",
    );
    assert_eq!(out, "10 25 7 70\n");
}

#[test]
fn overflow_panics_like_a_debug_build() {
    let r = run("fn main() {\n    let x: u8 = 200;\n    let y = x + 100;\n    println!(\"{y}\");\n}\n");
    assert_eq!(r.outcome, Outcome::Panicked);
    assert_eq!(
        r.stderr,
        "\nthread 'main' panicked at src/main.rs:3:13:\nattempt to add with overflow\nnote: run with `RUST_BACKTRACE=1` environment variable to display a backtrace\n"
    );
}

#[test]
fn output_before_a_panic_is_kept() {
    let r = run("fn main() { println!(\"before\"); let v: Vec<i32> = Vec::new(); let _ = v[2]; }");
    assert_eq!(r.outcome, Outcome::Panicked);
    assert_eq!(r.stdout, "before\n");
    assert!(r.stderr.contains("index out of bounds: the len is 0 but the index is 2"), "{}", r.stderr);
}

#[test]
fn unwrap_on_none_points_at_the_method() {
    let r = run("fn main() {\n    let o: Option<i32> = None;\n    o.unwrap();\n}\n");
    assert!(
        r.stderr
            .starts_with("\nthread 'main' panicked at src/main.rs:3:7:\ncalled `Option::unwrap()` on a `None` value\n"),
        "{}",
        r.stderr
    );
}

#[test]
fn structs_enums_methods_and_traits() {
    let out = stdout_of(
        "#[derive(Debug, Clone, Copy, PartialEq)]
        struct P { x: i32, y: i32 }
        enum Shape { Circle(f64), Square { side: f64 } }
        trait Area { fn area(&self) -> f64; fn describe(&self) -> String { format!(\"area {:.1}\", self.area()) } }
        impl Area for Shape {
            fn area(&self) -> f64 { match self { Shape::Circle(r) => 3.0 * r * r, Shape::Square { side } => side * side } }
        }
        impl P { fn shift(&mut self, d: i32) { self.x += d; } }
        fn main() {
            let mut a = P { x: 1, y: 2 };
            let b = a;
            a.shift(10);
            let shapes: Vec<Box<dyn Area>> = vec![Box::new(Shape::Circle(1.0)), Box::new(Shape::Square { side: 2.0 })];
            for s in &shapes { println!(\"{}\", s.describe()); }
            println!(\"{:?} {:?} {}\", a, b, a == b);
        }",
    );
    assert_eq!(out, "area 3.0\narea 4.0\nP { x: 11, y: 2 } P { x: 1, y: 2 } false\n");
}

#[test]
fn closures_capture_by_reference_and_by_move() {
    let out = stdout_of(
        "fn main() {
            let mut count = 0;
            let mut inc = || count += 1;
            inc(); inc();
            let base = 10;
            let add = move |x: i32| x + base;
            let v: Vec<i32> = (1..4).map(add).collect();
            println!(\"{count} {:?}\", v);
        }",
    );
    assert_eq!(out, "2 [11, 12, 13]\n");
}

#[test]
fn mutable_references_write_through() {
    let out = stdout_of(
        "fn bump(x: &mut i32) { *x += 1; }
        fn main() {
            let mut n = 1;
            bump(&mut n);
            let mut v = vec![1, 2, 3];
            for x in v.iter_mut() { *x *= 10; }
            if let Some(last) = v.last_mut() { *last = 0; }
            println!(\"{n} {:?}\", v);
        }",
    );
    assert_eq!(out, "2 [10, 20, 0]\n");
}

#[test]
fn question_mark_returns_the_error() {
    let out = stdout_of(
        "fn parse(s: &str) -> Result<i32, std::num::ParseIntError> { let n: i32 = s.parse()?; Ok(n * 2) }
        fn main() { println!(\"{:?} {:?}\", parse(\"21\"), parse(\"x\")); }",
    );
    assert_eq!(out, "Ok(42) Err(ParseIntError { kind: InvalidDigit })\n");
}

#[test]
fn endless_loop_stops_at_the_step_limit_naming_the_line() {
    let options = Options { max_steps: 10_000, ..Options::default() };
    let r = grader::run("fn main() {\n    let mut i = 0u64;\n    loop {\n        i += 1;\n    }\n}\n", &options);
    assert_eq!(r.outcome, Outcome::Limit);
    let d = &r.diagnostics[0];
    assert!(d.message.starts_with("stopped after 10,000 steps"), "{}", d.message);
    assert!((3..=4).contains(&d.line), "line {}", d.line);
}

#[test]
fn runaway_recursion_stops_at_the_depth_limit() {
    let r = run("fn f(n: u64) -> u64 { f(n + 1) + 1 }\nfn main() { f(0); }\n");
    assert_eq!(r.outcome, Outcome::Limit);
    assert!(r.diagnostics[0].message.contains("nested calls"), "{:?}", r.diagnostics);
}

#[test]
fn unsupported_constructs_are_diagnostics_with_positions() {
    let r = run("macro_rules! m { () => {} }\nfn main() {\n    unsafe { }\n}\n");
    assert_eq!(r.outcome, Outcome::Rejected);
    let found: Vec<(u32, u32)> =
        r.diagnostics.iter().filter(|d| d.code == "unsupported").map(|d| (d.line, d.column)).collect();
    assert_eq!(found, vec![(1, 1), (3, 5)]);
}

#[test]
fn parse_errors_are_rejected_with_a_position() {
    let r = run("fn main() { let x = ; }");
    assert_eq!(r.outcome, Outcome::Rejected);
    assert_eq!(r.diagnostics[0].code, "parse");
    assert_eq!((r.diagnostics[0].line, r.diagnostics[0].column), (1, 21));
}

#[test]
fn collections_and_iterators() {
    let out = stdout_of(
        "use std::collections::HashMap;
        fn main() {
            let mut m: HashMap<&str, i32> = HashMap::new();
            for w in \"a b a c a\".split_whitespace() { *m.entry(w).or_insert(0) += 1; }
            let mut pairs: Vec<(&str, i32)> = m.into_iter().collect();
            pairs.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
            let evens: Vec<u32> = (1..=10).filter(|n| n % 2 == 0).rev().collect();
            let s: String = vec![\"x\", \"y\"].join(\"-\");
            println!(\"{:?} {:?} {s}\", pairs, evens);
        }",
    );
    assert_eq!(out, "[(\"a\", 3), (\"b\", 1), (\"c\", 1)] [10, 8, 6, 4, 2] x-y\n");
}

#[test]
fn refcell_guard_held_in_a_local_blocks_a_second_borrow() {
    let src = "use std::cell::RefCell;\nfn main() {\n    let c = RefCell::new(vec![1]);\n    {\n        let mut w = c.borrow_mut();\n        w.push(2);\n    }\n    c.borrow_mut().push(3);\n    let r = c.borrow();\n    println!(\"{:?}\", *r);\n    c.borrow_mut().push(4);\n}\n";
    let r = run(src);
    assert_eq!(r.outcome, Outcome::Panicked);
    assert_eq!(r.stdout, "[1, 2, 3]\n");
    assert!(r.stderr.contains("src/main.rs:11:7:\nRefCell already borrowed\n"), "{}", r.stderr);
}

#[test]
fn a_later_use_fixes_the_type_of_an_unannotated_literal() {
    // `level` is a u8 because `store` takes one: wrapping_add must wrap at 256.
    let out = stdout_of(
        "fn store(v: u8) -> u8 { v }
        fn main() {
            let mut level = 250;
            for _ in 0..3 { store(level); level = level.wrapping_add(3); }
            let shift = 1 << 40;
            let wide: u64 = shift;
            println!(\"{level} {wide}\");
        }",
    );
    assert_eq!(out, "3 1099511627776\n");
}

#[test]
fn assignment_evaluates_the_value_before_the_place() {
    let out = stdout_of(
        "fn i(n: usize) -> usize { println!(\"place\"); n }
        fn v(n: i32) -> i32 { println!(\"value\"); n }
        fn main() { let mut a = vec![0; 2]; a[i(1)] = v(5); println!(\"{:?}\", a); }",
    );
    assert_eq!(out, "value\nplace\n[0, 5]\n");
}

#[test]
fn a_long_linked_list_is_dropped_without_exhausting_the_host_stack() {
    // Test threads have small stacks (as a wasm worker has): a recursive drop would abort.
    let out = stdout_of(
        "struct Node { val: i64, next: Option<Box<Node>> }
        fn main() {
            let mut head: Option<Box<Node>> = None;
            for i in 0..100000 { head = Some(Box::new(Node { val: i, next: head })); }
            let mut sum = 0; let mut cur = &head;
            while let Some(n) = cur { sum += n.val; cur = &n.next; }
            println!(\"{sum}\");
        }",
    );
    assert_eq!(out, "4999950000\n");
}

#[test]
fn option_of_copy_values_is_copied_on_read() {
    let out = stdout_of(
        "fn main() { let a = Some(5); let mut b = a; let t = b.take(); println!(\"{:?} {:?} {:?}\", a, b, t); }",
    );
    assert_eq!(out, "Some(5) None Some(5)\n");
}

#[test]
fn tests_run_like_cargo_test_each_on_its_own_runtime() {
    let source = r#"
use tokio::time::{sleep, Duration, Instant};
fn main() {}
#[tokio::test]
async fn waits_on_the_paused_clock() {
    let start = Instant::now();
    sleep(Duration::from_secs(30)).await;
    assert_eq!(start.elapsed(), Duration::from_secs(30));
}
mod tests {
    #[test]
    fn fails() { assert_eq!(1 + 1, 3, "math"); }
    #[test]
    #[should_panic(expected = "boom")]
    fn panics_as_expected() { panic!("boom!"); }
    #[test]
    #[should_panic(expected = "boom")]
    fn panics_with_another_message() { panic!("bang"); }
    #[test]
    #[ignore]
    fn slow() { loop {} }
}
"#;
    let (results, diagnostics) = grader::run_tests(source, &grader::Options::default());
    assert!(diagnostics.is_empty(), "{diagnostics:?}");
    let got: Vec<(&str, &str)> = results.iter().map(|t| (t.name.as_str(), t.status.as_str())).collect();
    assert_eq!(
        got,
        [
            ("tests::fails", "FAILED"),
            ("tests::panics_as_expected", "ok"),
            ("tests::panics_with_another_message", "FAILED"),
            ("tests::slow", "ignored"),
            ("waits_on_the_paused_clock", "ok"),
        ]
    );
    assert!(results[0].message.contains("assertion `left == right` failed: math"), "{}", results[0].message);
    assert!(results[2].message.contains("expected substring: \"boom\""), "{}", results[2].message);
}

/// tokio starts a non-biased `select!` at a random branch; the grader derives the
/// start from `Options::select_seed` (rt/select.rs): the same seed gives the same
/// order, other seeds other orders, and `biased;` ignores the seed.
#[test]
fn select_seed_changes_the_order_of_a_non_biased_select_deterministically() {
    let src = "#[tokio::main]
        async fn main() {
            let mut picks = String::new();
            for _ in 0..6 {
                let w = tokio::select! {
                    a = async { 'a' } => a,
                    b = async { 'b' } => b,
                    c = async { 'c' } => c,
                };
                picks.push(w);
            }
            let w = tokio::select! { biased; a = async { 'a' } => a, b = async { 'b' } => b };
            println!(\"{picks} {w}\");
        }";
    let with_seed = |seed: u64| {
        let r = grader::run(src, &Options { select_seed: seed, ..Options::default() });
        assert_eq!(r.outcome, Outcome::Completed, "diagnostics: {:?}\nstderr: {}", r.diagnostics, r.stderr);
        r.stdout
    };
    let outs: Vec<String> = (0..8).map(with_seed).collect();
    for (seed, out) in outs.iter().enumerate() {
        assert_eq!(*out, with_seed(seed as u64), "seed {seed} is not deterministic");
        assert!(out.ends_with(" a\n"), "biased select must take the first branch: {out}");
    }
    let distinct: std::collections::HashSet<&String> = outs.iter().collect();
    assert!(distinct.len() > 1, "select_seed does not change the order: {outs:?}");
    let firsts: std::collections::HashSet<char> = outs.iter().flat_map(|o| o.chars().take(6)).collect();
    assert_eq!(firsts.len(), 3, "every branch should win for some seed: {outs:?}");
}

/// The run's trace (docs/fidelity.md, "The trace"): every event of a small
/// program with a spawned task, a timer and a join, in order.
#[test]
fn trace_of_spawn_sleep_join() {
    let src = "use std::time::Duration;

#[tokio::main]
async fn main() {
    let h = tokio::spawn(async {
        tokio::time::sleep(Duration::from_millis(5)).await;
        7
    });
    let v = h.await.unwrap();
    println!(\"{v}\");
}
";
    let r = run(src);
    assert_eq!(r.outcome, Outcome::Completed, "{:?}", r.diagnostics);
    let got: Vec<(u64, u32, &str, Option<u32>, &str)> =
        r.trace.iter().map(|e| (e.time_ns / 1_000_000, e.task, e.kind.as_str(), e.line, e.detail.as_str())).collect();
    let expected: Vec<(u64, u32, &str, Option<u32>, &str)> = vec![
        (0, 0, "polled", None, ""),
        (0, 1, "spawned", Some(5), "by task 0"),
        (0, 0, "suspended", Some(9), "the JoinHandle of task 1"),
        (0, 1, "polled", None, ""),
        (0, 1, "timer_set", Some(6), "timer#1 until 5 ms, made at line 6"),
        (0, 1, "suspended", Some(6), "`sleep` until 5 ms"),
        (0, 0, "clock_advanced", None, "to 5 ms"),
        (5, 1, "timer_fired", None, "timer#1"),
        (5, 1, "woken", None, "by timer#1"),
        (5, 1, "polled", None, ""),
        (5, 1, "completed", None, ""),
        (5, 0, "woken", None, "by task 1"),
        (5, 0, "polled", None, ""),
        (5, 0, "joined", Some(9), "task 1"),
        (5, 0, "printed", Some(10), "7"),
        (5, 0, "completed", None, ""),
    ];
    assert_eq!(got, expected);
    assert!(r.to_json().contains("\"trace\":[{\"time_ns\":0,\"task\":0,\"kind\":\"polled\"}"));
}

/// `run` and `check` give one verdict: a program rustc would not build (an error-class lint,
/// here E0373) is rejected by both, with the same diagnostic, and never runs.
#[test]
fn run_rejects_what_check_rejects() {
    let src = "#[tokio::main]
async fn main() {
    let names = vec![\"ada\".to_string()];
    let handle = tokio::spawn(async {
        println!(\"{}\", names.len());
    });
    handle.await.unwrap();
}
";
    let ran = run(src);
    let checked = grader::check(src, &Options::default());
    assert_eq!(ran.outcome, Outcome::Rejected);
    assert_eq!(ran.steps, 0, "the program must not run");
    assert_eq!(ran.stdout, "");
    assert_eq!(checked.outcome, Outcome::Rejected);
    let codes = |r: &Report| r.diagnostics.iter().map(|d| (d.code.clone(), d.line)).collect::<Vec<_>>();
    assert_eq!(codes(&ran), vec![("spawn_borrows_local".to_string(), 4)]);
    assert_eq!(codes(&ran), codes(&checked));
}

/// Pedantic lints (`needless_async`, as clippy's `unused_async`) stay off on ordinary code,
/// and come on through `Options::pedantic` or an exercise's checks that name them.
#[test]
fn pedantic_lints_are_off_unless_asked_for() {
    let src = "async fn double(n: u32) -> u32 { n * 2 }
#[tokio::main]
async fn main() {
    println!(\"{}\", double(21).await);
}
";
    let has = |r: &Report| r.diagnostics.iter().any(|d| d.code == "needless_async");
    assert!(!has(&grader::check(src, &Options::default())));
    let on = Options { pedantic: vec!["needless_async".into()], ..Options::default() };
    assert!(has(&grader::check(src, &on)));
    let plain = grader::Expectations::default();
    assert!(!has(&grader::grade(src, &plain, &Options::default()).report));
    let asked = grader::Expectations { absent: vec!["needless_async".into()], ..Default::default() };
    let graded = grader::grade(src, &asked, &Options::default());
    assert!(has(&graded.report));
    assert!(!graded.passed, "the check that names it fails");
}

/// A host sees a long run's output and clock as it goes (the site shows them live).
#[test]
fn a_long_run_reports_its_progress_to_the_host() {
    use std::sync::{Arc, Mutex};
    let seen: Arc<Mutex<Vec<grader::Progress>>> = Arc::default();
    let sink = Arc::clone(&seen);
    let options = grader::Options {
        progress: Some(grader::ProgressHook(Arc::new(move |p: &grader::Progress| {
            sink.lock().unwrap().push(p.clone())
        }))),
        progress_every: 10_000,
        ..grader::Options::default()
    };
    let src = "#[tokio::main]\nasync fn main() {\n    for i in 0..2000 {\n        tokio::time::sleep(std::time::Duration::from_millis(1)).await;\n        println!(\"tick {i}\");\n    }\n}\n";
    let report = grader::check(src, &options);
    assert_eq!(report.outcome, grader::Outcome::Completed);
    let seen = seen.lock().unwrap();
    assert!(seen.len() >= 3, "{} progress calls", seen.len());
    for pair in seen.windows(2) {
        assert!(pair[1].steps > pair[0].steps && pair[1].virtual_time_ns >= pair[0].virtual_time_ns);
        assert!(pair[1].stdout.starts_with(&pair[0].stdout));
    }
    let last = seen.last().unwrap();
    assert!(report.stdout.starts_with(&last.stdout) && last.stdout.starts_with("tick 0\n"));
    assert!(last.virtual_time_ns > 0);
    // No hook, no calls: the default costs nothing.
    assert_eq!(grader::check(src, &grader::Options::default()).stdout, report.stdout);
}
