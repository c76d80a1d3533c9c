//! Contracts of the simulated tokio sync primitives that the corpus cannot pin down:
//! deadlocks (real Rust hangs, so the oracle has no output) and the lock trace events.

use grader::{Options, Outcome, Report};

fn run(src: &str) -> Report {
    grader::run(src, &Options::default())
}

#[test]
fn std_mutex_guard_held_across_await_deadlocks_the_thread() {
    let r = run("use std::sync::Mutex;
use tokio::time::{sleep, Duration};
#[tokio::main]
async fn main() {
    let m = Mutex::new(0);
    let a = async {
        let mut g = m.lock().unwrap();
        *g += 1;
        sleep(Duration::from_millis(10)).await;
    };
    let b = async {
        println!(\"try_lock fails: {}\", m.try_lock().is_err());
        let g = m.lock().unwrap();
        println!(\"never {}\", *g);
    };
    tokio::join!(a, b);
}
");
    assert_eq!(r.outcome, Outcome::Deadlock, "{:?}", r.diagnostics);
    assert_eq!(r.stdout, "try_lock fails: true\n");
    let d = &r.diagnostics[0];
    assert!(d.message.contains("std::sync::Mutex"), "{}", d.message);
    assert_eq!(d.line, 13);
}

#[test]
fn std_mutex_guards_released_in_time_do_not_deadlock() {
    let r = run("use std::sync::{Arc, Mutex};
#[tokio::main]
async fn main() {
    let m = Arc::new(Mutex::new(Vec::new()));
    for i in 0..3 {
        let g = m.lock().unwrap();
        if i == 1 { continue; }
        drop(g);
        m.lock().unwrap().push(i);
    }
    let h = { let m = m.clone(); tokio::spawn(async move { m.lock().unwrap().push(9); }) };
    h.await.unwrap();
    println!(\"{:?}\", m.lock().unwrap());
}
");
    assert_eq!(r.outcome, Outcome::Completed, "{:?}", r.diagnostics);
    assert_eq!(r.stdout, "[0, 2, 9]\n");
}

#[test]
fn tokio_mutex_locked_twice_by_one_task_is_a_deadlock_naming_the_lock() {
    let r = run("use tokio::sync::Mutex;
#[tokio::main]
async fn main() {
    let m = Mutex::new(1);
    let g = m.lock().await;
    let again = m.lock().await;
    println!(\"{} {}\", *g, *again);
}
");
    assert_eq!(r.outcome, Outcome::Deadlock);
    assert!(r.diagnostics[0].message.contains("`lock()` of mutex#"), "{}", r.diagnostics[0].message);
}

#[test]
fn lock_events_name_the_lock_and_follow_the_handoff() {
    let r = run("use std::sync::Arc;
use tokio::sync::Mutex;
#[tokio::main]
async fn main() {
    let m = Arc::new(Mutex::new(0));
    let g = m.lock().await;
    let h = {
        let m = m.clone();
        tokio::spawn(async move {
            *m.lock().await += 1;
        })
    };
    tokio::task::yield_now().await;
    drop(g);
    h.await.unwrap();
}
");
    assert_eq!(r.outcome, Outcome::Completed, "{:?}", r.diagnostics);
    let locks: Vec<(u32, &str, &str)> = r
        .trace
        .iter()
        .filter(|e| e.kind.as_str().starts_with("lock_"))
        .map(|e| (e.task, e.kind.as_str(), e.detail.split(" (future").next().unwrap_or("")))
        .collect();
    let name = locks[0].2;
    assert!(name.starts_with("mutex#"), "{name}");
    assert_eq!(
        locks,
        vec![
            (0, "lock_acquired", name),
            (1, "lock_waiting", name),
            (0, "lock_released", name),
            (1, "lock_acquired", name),
            (1, "lock_released", name)
        ]
    );
    assert_eq!(r.trace.iter().find(|e| e.kind == "lock_waiting").and_then(|e| e.line), Some(10));
}
