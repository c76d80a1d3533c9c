//! Deep values never crash the grader: a 100,000-link `Option<Box<Node>>`
//! list built in a loop is cloned, compared and dropped without growing the
//! host stack, and formatting it stops with the limit diagnostic (real Rust
//! overflows its own stack somewhere along the way; the grader must either
//! print what rustc prints or stop with a limit, never abort the process).
//! Each program runs on a thread with a 2 MiB stack (Rust's default for
//! spawned threads, below the 8 MiB of the CLI and the web worker).

use grader::report::Outcome;

const LIST: &str = r#"
#[derive(Debug, Clone, PartialEq, PartialOrd)]
struct Node {
    v: u32,
    next: Option<Box<Node>>,
}

fn build(n: u32) -> Option<Box<Node>> {
    let mut head: Option<Box<Node>> = None;
    for i in 0..n {
        head = Some(Box::new(Node { v: i, next: head }));
    }
    head
}
"#;

fn run_small_stack(main: &str) -> grader::report::Report {
    let source = format!("{LIST}\nfn main() {{\n{main}\n}}\n");
    std::thread::Builder::new()
        .stack_size(2 << 20)
        .spawn(move || grader::run(&source, &grader::Options::default()))
        .expect("spawn")
        .join()
        .expect("the grader must not panic")
}

#[test]
fn deep_clone_and_eq_complete() {
    let r = run_small_stack("let a = build(100000);\nlet b = a.clone();\nprintln!(\"{} {}\", a == b, a < b);\nlet c = build(99999);\nprintln!(\"{}\", c < a);");
    assert_eq!(r.outcome, Outcome::Completed, "{:?}", r.diagnostics);
    assert_eq!(r.stdout, "true false\ntrue\n");
}

#[test]
fn deep_debug_stops_with_a_limit() {
    let r = run_small_stack(
        "let a = build(100000);\nprintln!(\"built\");\nlet s = format!(\"{:?}\", a);\nprintln!(\"{}\", s.len());",
    );
    assert_eq!(r.outcome, Outcome::Limit, "{:?}", r.diagnostics);
    assert_eq!(r.stdout, "built\n");
    assert!(r.diagnostics.iter().any(|d| d.message.contains("levels deep")), "{:?}", r.diagnostics);
}

#[test]
fn deep_drop_completes() {
    let r = run_small_stack("let a = build(100000);\ndrop(a);\nprintln!(\"dropped\");");
    assert_eq!(r.outcome, Outcome::Completed, "{:?}", r.diagnostics);
    assert_eq!(r.stdout, "dropped\n");
}
