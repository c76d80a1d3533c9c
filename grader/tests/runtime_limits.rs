//! Contracts of the simulated runtime that the oracle corpus cannot show:
//! programs that hang or overflow under real rustc + tokio.

use grader::{Options, Outcome, Report};

fn run(src: &str) -> Report {
    grader::run(src, &Options::default())
}

/// `recv()` of `std::sync::mpsc` on the runtime thread, with the sender in a task:
/// real tokio hangs for ever; the grader ends the run as a deadlock naming the call.
#[test]
fn blocking_std_recv_in_async_is_a_deadlock_with_a_blocked_event() {
    let src = r#"use std::sync::mpsc;

#[tokio::main]
async fn main() {
    let (tx, rx) = mpsc::channel();
    tokio::spawn(async move {
        tx.send(1).unwrap();
    });
    println!("waiting");
    let v = rx.recv().unwrap();
    println!("got {v}");
}
"#;
    let r = run(src);
    assert_eq!(r.outcome, Outcome::Deadlock, "{:?}", r.diagnostics);
    assert_eq!(r.stdout, "waiting\n");
    let d = r.diagnostics.iter().find(|d| d.code == "deadlock").expect("a deadlock diagnostic");
    assert!(
        d.message.contains("main blocks the runtime thread in `std::sync::mpsc::Receiver::recv` (line 10)"),
        "{}",
        d.message
    );
    assert!(d.message.contains("task 1 (spawned at line 6) can never run"), "{}", d.message);
    assert_eq!(d.line, 10);
    let blocked: Vec<_> = r.trace.iter().filter(|e| e.kind == "blocked").collect();
    assert_eq!(blocked.len(), 1);
    assert_eq!(blocked[0].line, Some(10));
    assert!(
        blocked[0].detail.starts_with("std::sync::mpsc::Receiver::recv for ever while 1 other task(s) were ready"),
        "{}",
        blocked[0].detail
    );
}

/// Without a runtime a full `sync_channel` send blocks the only thread for ever too.
#[test]
fn full_sync_channel_send_without_runtime_is_a_deadlock() {
    let src = "use std::sync::mpsc;\n\nfn main() {\n    let (tx, _rx) = mpsc::sync_channel(1);\n    tx.send(1).unwrap();\n    println!(\"one\");\n    tx.send(2).unwrap();\n    println!(\"two\");\n}\n";
    let r = run(src);
    assert_eq!(r.outcome, Outcome::Deadlock, "{:?}", r.diagnostics);
    assert_eq!(r.stdout, "one\n");
    let d = r.diagnostics.iter().find(|d| d.code == "deadlock").expect("a deadlock diagnostic");
    assert!(
        d.message.contains("main blocks the thread in `std::sync::mpsc::SyncSender::send` (line 7)"),
        "{}",
        d.message
    );
}

/// Real Rust overflows its stack on async recursion this deep (a boxed future per level,
/// each poll nested in the previous one: SIGSEGV/abort, not a panic). The grader runs
/// `.await` on a fresh future as a call on its own frame stack, so it stops at the
/// call-depth limit with the limit's message, never crashing the host.
#[test]
fn deep_boxed_async_recursion_stops_at_the_call_depth_limit() {
    let src = r#"use std::future::Future;
use std::pin::Pin;

fn depth(n: u64) -> Pin<Box<dyn Future<Output = u64>>> {
    Box::pin(async move {
        if n == 0 { 0 } else { depth(n - 1).await + 1 }
    })
}

#[tokio::main]
async fn main() {
    println!("start");
    println!("{}", depth(100_000).await);
}
"#;
    let r = run(src);
    assert_eq!(r.outcome, Outcome::Limit, "diagnostics: {:?}\nstderr: {}", r.diagnostics, r.stderr);
    assert_eq!(r.stdout, "start\n");
    let d = &r.diagnostics[0];
    assert!(
        d.message.contains("deep") || d.message.contains("depth") || d.message.contains("recursion"),
        "{}",
        d.message
    );
}

/// An `async fn` that awaits itself through a boxed future (E0733's fix) recursing without end.
#[test]
fn unbounded_async_fn_self_recursion_stops_at_the_limit() {
    let src = r#"async fn forever(n: u64) -> u64 {
    Box::pin(forever(n + 1)).await
}

#[tokio::main]
async fn main() {
    println!("{}", forever(0).await);
}
"#;
    let r = run(src);
    assert_eq!(r.outcome, Outcome::Limit, "diagnostics: {:?}\nstderr: {}", r.diagnostics, r.stderr);
}
