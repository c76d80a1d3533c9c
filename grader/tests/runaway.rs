//! Runaway programs stop fast, in bounded memory: each host limit (memory, output, live tasks,
//! virtual time) ends the run as `limit`, says which limit and on which line, and keeps the
//! output printed so far. Real Rust would run these until the machine gives out, so the oracle
//! cannot show them; the limits and their model are in docs/fidelity.md and `vm/memory.rs`.

use grader::{Options, Outcome, Report};

fn run(src: &str) -> Report {
    grader::run(src, &Options::default())
}

/// The run stopped at a limit, whose message contains `says`, reported at `line`.
fn assert_limit(r: &Report, says: &str, line: u32) {
    assert_eq!(r.outcome, Outcome::Limit, "{:?}\n{}", r.diagnostics, r.stderr);
    let d = r.diagnostics.iter().find(|d| d.code == "limit").expect("a limit diagnostic");
    assert!(d.message.contains(says), "{}", d.message);
    assert!(d.message.ends_with(&format!("(line {line})")), "{}", d.message);
    assert_eq!(d.line, line, "{}", d.message);
}

const MEMORY: &str = "used more than 256 MB of memory";

#[test]
fn megabyte_buffers_pushed_in_a_loop_stop_at_the_memory_limit() {
    let src = "fn main() {\n    let mut bufs = Vec::new();\n    println!(\"start\");\n    loop {\n        bufs.push(vec![0u8; 1 << 20]);\n    }\n}\n";
    let r = run(src);
    assert_limit(&r, MEMORY, 5);
    assert_eq!(r.stdout, "start\n");
}

#[test]
fn a_string_doubled_in_a_loop_stops_at_the_memory_limit() {
    let src = "fn main() {\n    let mut s = String::from(\"ab\");\n    loop {\n        let t = s.clone();\n        s.push_str(&t);\n    }\n}\n";
    assert_limit(&run(src), MEMORY, 5);
}

#[test]
fn a_string_doubled_by_format_stops_at_the_memory_limit() {
    let src =
        "fn main() {\n    let mut s = String::from(\"ab\");\n    loop {\n        s = format!(\"{s}{s}\");\n    }\n}\n";
    assert_limit(&run(src), MEMORY, 4);
}

#[test]
fn a_vec_doubled_by_clone_stops_at_the_memory_limit() {
    let src = "fn main() {\n    let mut v = vec![1u64, 2, 3];\n    loop {\n        let copy = v.clone();\n        v.extend(copy);\n    }\n}\n";
    let r = run(src);
    assert_eq!(r.outcome, Outcome::Limit, "{:?}", r.diagnostics);
    let d = &r.diagnostics[0];
    assert!(d.message.contains(MEMORY), "{}", d.message);
    // The clone or the extend, whichever allocates past the limit.
    assert!(d.line == 4 || d.line == 5, "{}", d.message);
}

/// With the default limits this loop reaches the step limit first (2 million messages, 64 MB
/// of buffer); a lower memory limit shows that the channel's buffer counts.
#[test]
fn sending_into_an_unbounded_channel_for_ever_stops_at_the_memory_limit() {
    let src = "#[tokio::main]\nasync fn main() {\n    let (tx, _rx) = tokio::sync::mpsc::unbounded_channel();\n    let mut i: u64 = 0;\n    loop {\n        tx.send(i).unwrap();\n        i += 1;\n    }\n}\n";
    let r = grader::run(src, &Options { max_memory_bytes: 16 << 20, ..Options::default() });
    assert_limit(&r, "used more than 16 MB of memory", 6);
    let std = "fn main() {\n    let (tx, _rx) = std::sync::mpsc::channel();\n    let mut i: u64 = 0;\n    loop {\n        tx.send(i).unwrap();\n        i += 1;\n    }\n}\n";
    let r = grader::run(std, &Options { max_memory_bytes: 16 << 20, ..Options::default() });
    assert_limit(&r, "used more than 16 MB of memory", 5);
}

#[test]
fn spawning_tasks_for_ever_stops_at_the_task_limit() {
    let src = "use std::time::Duration;\n\n#[tokio::main]\nasync fn main() {\n    loop {\n        tokio::spawn(async {\n            tokio::time::sleep(Duration::from_secs(1)).await;\n        });\n    }\n}\n";
    assert_limit(&run(src), "more than 10,000 tasks alive at once", 6);
}

#[test]
fn printing_for_ever_stops_at_the_output_limit_with_the_output_kept() {
    let src =
        "fn main() {\n    let mut i = 0u64;\n    loop {\n        println!(\"line {i}\");\n        i += 1;\n    }\n}\n";
    let r = run(src);
    assert_limit(&r, "printed more than 1,048,576 bytes (the output is truncated there)", 4);
    assert_eq!(r.stdout.len(), 1 << 20);
    assert!(r.stdout.starts_with("line 0\nline 1\n"));
}

#[test]
fn sleeping_in_a_loop_for_ever_stops_at_the_virtual_time_limit() {
    let src = "use std::time::Duration;\n\n#[tokio::main]\nasync fn main() {\n    let mut ticks = 0u64;\n    loop {\n        tokio::time::sleep(Duration::from_secs(1)).await;\n        ticks += 1;\n        if ticks % 1000 == 0 {\n            println!(\"{ticks}\");\n        }\n    }\n}\n";
    let r = run(src);
    assert_limit(&r, "ran past 1 hour of virtual time (tokio's paused clock); main was waiting on", 7);
    assert_eq!(r.stdout, "1000\n2000\n3000\n");
    assert_eq!(r.virtual_time_ns, 3600 * 1_000_000_000);
}

/// A program that allocates and frees in a loop (far more than the limit in all) never stops.
#[test]
fn allocating_and_freeing_in_a_loop_stays_under_the_memory_limit() {
    let src = "fn main() {\n    let mut total = 0usize;\n    for i in 0..400 {\n        let buf = vec![i as u8; 1 << 16];\n        let s = format!(\"{:?}\", &buf[..4]).repeat(1000);\n        total += buf.len() + s.len();\n    }\n    println!(\"{total}\");\n}\n";
    let r = run(src);
    assert_eq!(r.outcome, Outcome::Completed, "{:?}", r.diagnostics);
    // The same loop, run natively.
    let mut total = 0usize;
    for i in 0..400 {
        let buf = vec![i as u8; 1 << 16];
        let s = format!("{:?}", &buf[..4]).repeat(1000);
        total += buf.len() + s.len();
    }
    assert_eq!(r.stdout, format!("{total}\n"));
}

#[test]
fn sorting_a_big_vec_for_ever_stops_at_the_step_limit() {
    // Each sort is one instruction of the learner's but n·log n comparisons of the host's:
    // they count as steps, so the loop stops in bounded time.
    let src = "fn main() {\n    let mut v: Vec<u64> = (0..100_000u64).rev().collect();\n    println!(\"start\");\n    loop {\n        v.sort();\n        v.reverse();\n    }\n}\n";
    let started = std::time::Instant::now();
    let r = run(src);
    assert_limit(&r, "steps", 5);
    assert_eq!(r.stdout, "start\n");
    assert!(started.elapsed() < std::time::Duration::from_secs(60), "{:?}", started.elapsed());
}
