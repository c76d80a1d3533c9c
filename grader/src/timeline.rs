//! The picture of a run, as data: one lane per task with its states over time, the events
//! as marks, a second axis where every poll has its own slot, and the wait-for cycle of a
//! deadlock. The site draws it (web/src/timeline/); this module only reads the trace.
//!
//! A lane's states follow the trace's events of that task:
//! - **running** from `polled` to `suspended`, `completed`, `panicked` or `cancelled`;
//! - **waiting** from `suspended` until it is woken (on what: the `suspended` event's detail);
//! - **ready** from `spawned` or `woken` until the scheduler polls it (it sits in the run queue);
//! - **blocked** from a `blocked` event to the task's next event: a blocking call held the
//!   runtime's one thread, so no lane moved. The paused clock does not move during a blocking
//!   call (tokio's paused clock only jumps when the runtime is idle), so on the time axis it has
//!   no width; on the step axis it has.
//!
//! **Step order.** On a paused clock most events happen at the same instant, so each event also
//! gets a *step*: the number of polls before it (`main`'s first poll is step 0). Events of one
//! poll share its step; the shutdown (`dropped` events) takes the step after the last poll.
//!
//! **Size.** A run's trace holds up to 100,000 events; [`build`] keeps the first `max_marks`
//! and says so (`truncated`), so a host can bound what it sends and draws.

use crate::vec_map::{VecMap, VecSet};

use serde::{Deserialize, Serialize};

use crate::report::Outcome;
use crate::trace::{lock_holders, TraceEvent, TraceKind, TraceObject};

/// What the site's worker keeps of a trace: enough for a 10,000-event run, about 2 MB of JSON.
pub const MAX_MARKS: usize = 20_000;

/// A run as lanes and marks.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct Timeline {
    /// Virtual time at the end of the run, in nanoseconds.
    pub end_ns: u64,
    /// Slots on the step axis (the last mark's step + 1).
    pub steps: u32,
    /// `main` first, then the spawned tasks in the order they were spawned.
    pub lanes: Vec<Lane>,
    /// Every event kept, in trace order; segments and the stepper refer to them by index.
    pub marks: Vec<Mark>,
    /// The trace's length (more than `marks.len()` when `truncated`).
    pub events: usize,
    /// The marks stop before the end of the trace.
    pub truncated: bool,
    /// On a deadlock: who waits on what, and who holds it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub deadlock: Option<Deadlock>,
}

/// One task's row.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Lane {
    /// 0 is `main`.
    pub task: u32,
    /// `main`, or `task 3` (the line is separate).
    pub label: String,
    /// The line of the `spawn` call that made the task.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub line: Option<u32>,
    pub segments: Vec<Segment>,
}

/// A stretch of one state on a lane, from one mark to another.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Segment {
    pub state: State,
    /// Index of the mark where it starts.
    pub from: u32,
    /// Index of the mark where it ends; `marks.len()` means the end of the run.
    pub to: u32,
    /// What the task waits on or what blocked it, in words (`` `sleep` until 300 ms ``).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub what: String,
    /// The line it waits or blocks on.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub line: Option<u32>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum State {
    Running,
    Ready,
    Waiting,
    Blocked,
}

impl State {
    pub fn as_str(self) -> &'static str {
        match self {
            State::Running => "running",
            State::Ready => "ready",
            State::Waiting => "waiting",
            State::Blocked => "blocked",
        }
    }
}

/// One event of the run, placed on both axes.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Mark {
    pub task: u32,
    pub kind: TraceKind,
    pub ns: u64,
    pub step: u32,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub line: Option<u32>,
    /// The object's name (`mutex#1`, `task 3`, `timer#2`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub object: Option<String>,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub text: String,
}

/// The tasks that wait for each other when nothing can run any more.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct Deadlock {
    /// The waits that close a cycle (task → resource → its holder → ...), in order; when there
    /// is no cycle (a receive nobody will answer), every stuck task's wait.
    pub waits: Vec<Wait>,
    /// `waits` is a cycle: the last holder is the first waiter.
    pub cycle: bool,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Wait {
    pub task: u32,
    /// What it waits on, in words (`` `lock()` of mutex#2 ``).
    pub on: String,
    /// The object's name, when the trace names one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub object: Option<String>,
    /// The line where it waits.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub line: Option<u32>,
    /// The task that holds the resource (a lock's holder, the task behind a `JoinHandle`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub holder: Option<u32>,
    /// The line where the holder took it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub taken_line: Option<u32>,
}

/// The timeline of a run from its trace, keeping at most `max_marks` events.
pub fn build(trace: &[TraceEvent], outcome: Outcome, end_ns: u64, max_marks: usize) -> Timeline {
    let kept = &trace[..trace.len().min(max_marks)];
    let mut marks = Vec::with_capacity(kept.len());
    let mut polls = 0u32;
    let mut shutdown = false;
    for e in kept {
        if e.kind == TraceKind::Polled {
            polls += 1;
        }
        let mut step = polls.saturating_sub(1);
        if e.kind == TraceKind::Dropped && !shutdown {
            shutdown = true;
            polls += 1;
        }
        if shutdown {
            step = polls.saturating_sub(1);
        }
        marks.push(Mark {
            task: e.task,
            kind: e.kind,
            ns: e.time_ns,
            step,
            line: e.line,
            object: e.object.map(|o| o.to_string()),
            text: e.detail.clone(),
        });
    }
    let steps = marks.last().map_or(1, |m| m.step + 1);
    let lanes = lanes(&marks);
    let deadlock = (outcome == Outcome::Deadlock).then(|| deadlock(trace));
    Timeline {
        end_ns: end_ns.max(marks.last().map_or(0, |m| m.ns)),
        steps,
        lanes,
        marks,
        events: trace.len(),
        truncated: trace.len() > kept.len(),
        deadlock,
    }
}

/// Each task's segments, from its events.
fn lanes(marks: &[Mark]) -> Vec<Lane> {
    // task -> (lane, the open segment)
    let mut open: VecMap<u32, (Lane, Option<Segment>)> = VecMap::new();
    let mut order: Vec<u32> = Vec::new();
    let new_lane = |task: u32, line: Option<u32>| Lane {
        task,
        label: if task == 0 { "main".into() } else { format!("task {task}") },
        line,
        segments: Vec::new(),
    };
    for (i, m) in marks.iter().enumerate() {
        let i = i as u32;
        if !open.contains_key(&m.task) {
            let line = (m.kind == TraceKind::Spawned).then_some(m.line).flatten();
            open.insert(m.task, (new_lane(m.task, line), None));
            order.push(m.task);
        }
        let (lane, seg) = open.get_mut(&m.task).expect("inserted above");
        let start = |lane: &mut Lane, seg: &mut Option<Segment>, state: State, what: String, line: Option<u32>| {
            if let Some(mut s) = seg.take() {
                s.to = i;
                lane.segments.push(s);
            }
            *seg = Some(Segment { state, from: i, to: i, what, line });
        };
        let state = seg.as_ref().map(|s| s.state);
        match m.kind {
            TraceKind::Spawned => start(lane, seg, State::Ready, "spawned, in the run queue".into(), m.line),
            TraceKind::Polled => start(lane, seg, State::Running, String::new(), None),
            TraceKind::Suspended => start(lane, seg, State::Waiting, m.text.clone(), m.line),
            TraceKind::Woken if state == Some(State::Waiting) => {
                let by = m.object.as_deref().map_or_else(|| m.text.clone(), |o| format!("by {o}"));
                start(lane, seg, State::Ready, format!("woken {by}, in the run queue"), None)
            }
            TraceKind::Blocked => start(lane, seg, State::Blocked, m.text.clone(), m.line),
            TraceKind::Completed | TraceKind::Panicked | TraceKind::Cancelled | TraceKind::Dropped => {
                if let Some(mut s) = seg.take() {
                    s.to = i;
                    lane.segments.push(s);
                }
            }
            // A blocking call ends at the task's next event: it runs on.
            _ if state == Some(State::Blocked) => start(lane, seg, State::Running, String::new(), None),
            _ => {}
        }
    }
    let end = marks.len() as u32;
    order
        .into_iter()
        .map(|task| {
            let (mut lane, seg) = open.remove(&task).expect("every task in order has a lane");
            if let Some(mut s) = seg {
                s.to = end;
                lane.segments.push(s);
            }
            lane
        })
        .collect()
}

/// Who waits on whom at the end of a deadlocked run: a cycle when there is one.
fn deadlock(trace: &[TraceEvent]) -> Deadlock {
    // (A task dropped at shutdown was stuck: it counts.)
    let ended: VecSet<u32> = trace.iter().filter(|e| e.kind.ends_task()).map(|e| e.task).collect();
    // Each stuck task's last suspension.
    let mut last: VecMap<u32, &TraceEvent> = VecMap::new();
    for e in trace {
        match e.kind {
            TraceKind::Suspended => {
                last.insert(e.task, e);
            }
            TraceKind::Polled => {
                last.remove(&e.task);
            }
            _ => {}
        }
    }
    last.retain(|task, _| !ended.contains(task));
    let holders = lock_holders(trace);
    let wait_of = |task: u32, e: &TraceEvent| {
        let (holder, taken_line) = match e.object {
            Some(TraceObject::Task(t)) => (Some(t), None),
            Some(obj) => match holders.get(&obj).and_then(|h| h.iter().find(|h| h.task != task).or(h.first())) {
                Some(h) => (Some(h.task), h.line),
                None => (None, None),
            },
            None => (None, None),
        };
        Wait { task, on: e.detail.clone(), object: e.object.map(|o| o.to_string()), line: e.line, holder, taken_line }
    };
    // Follow task -> holder from each stuck task until a task repeats.
    for &start in last.keys() {
        let mut path: Vec<Wait> = Vec::new();
        let mut seen: Vec<u32> = Vec::new();
        let mut task = start;
        while let Some(e) = last.get(&task) {
            if let Some(at) = seen.iter().position(|&t| t == task) {
                return Deadlock { waits: path.split_off(at), cycle: true };
            }
            seen.push(task);
            let w = wait_of(task, e);
            let Some(next) = w.holder else { break };
            path.push(w);
            task = next;
        }
    }
    Deadlock { waits: last.iter().map(|(&t, e)| wait_of(t, e)).collect(), cycle: false }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn timeline_of(src: &str) -> (crate::Report, Timeline) {
        let report = crate::run(src, &crate::Options::default());
        let t = build(&report.trace, report.outcome, report.virtual_time_ns, MAX_MARKS);
        (report, t)
    }

    const DOWNLOADS: &str = r#"
use std::time::Duration;
async fn download(ms: u64) -> u64 {
    tokio::time::sleep(Duration::from_millis(ms)).await;
    println!("{ms}");
    ms
}
#[tokio::main]
async fn main() {
    let mut handles = Vec::new();
    for ms in [300, 400, 100] {
        handles.push(tokio::spawn(download(ms)));
    }
    for h in handles {
        h.await.unwrap();
    }
}
"#;

    #[test]
    fn one_lane_per_task_with_its_spawn_line() {
        let (report, t) = timeline_of(DOWNLOADS);
        assert_eq!(report.outcome, Outcome::Completed);
        let lanes: Vec<(u32, &str, Option<u32>)> = t.lanes.iter().map(|l| (l.task, l.label.as_str(), l.line)).collect();
        assert_eq!(
            lanes,
            vec![(0, "main", None), (1, "task 1", Some(12)), (2, "task 2", Some(12)), (3, "task 3", Some(12))]
        );
        assert_eq!(t.end_ns, 400_000_000);
        assert!(!t.truncated);
        assert_eq!(t.events, report.trace.len());
        assert_eq!(t.marks.len(), report.trace.len());
    }

    #[test]
    fn a_sleeping_task_waits_on_its_timer_then_runs() {
        let (_, t) = timeline_of(DOWNLOADS);
        let lane = &t.lanes[1];
        let states: Vec<State> = lane.segments.iter().map(|s| s.state).collect();
        assert_eq!(states, vec![State::Ready, State::Running, State::Waiting, State::Ready, State::Running]);
        let wait = &lane.segments[2];
        assert_eq!((wait.what.as_str(), wait.line), ("`sleep` until 300 ms", Some(4)));
        // The wait lasts from 0 to 300 ms; the wake-up says who woke it.
        assert_eq!((t.marks[wait.from as usize].ns, t.marks[wait.to as usize].ns), (0, 300_000_000));
        assert_eq!(lane.segments[3].what, "woken by timer#1, in the run queue");
        // Every segment ends where the next one starts, and none ends before it starts.
        for lane in &t.lanes {
            for s in &lane.segments {
                assert!(s.from <= s.to, "{s:?}");
            }
            for w in lane.segments.windows(2) {
                assert_eq!(w[0].to, w[1].from);
            }
        }
        // The printed line is a mark of task 1 with its text and line.
        let printed = t.marks.iter().find(|m| m.kind == TraceKind::Printed && m.task == 1).unwrap();
        assert_eq!((printed.text.as_str(), printed.line, printed.ns), ("300", Some(5), 300_000_000));
    }

    #[test]
    fn every_poll_has_its_own_step() {
        let (_, t) = timeline_of(DOWNLOADS);
        let polls: Vec<u32> = t.marks.iter().filter(|m| m.kind == TraceKind::Polled).map(|m| m.step).collect();
        assert_eq!(polls, (0..polls.len() as u32).collect::<Vec<_>>());
        assert_eq!(t.steps as usize, polls.len());
        // Steps never go back, and events of one poll share it.
        assert!(t.marks.windows(2).all(|w| w[0].step <= w[1].step));
        let spawned: Vec<u32> = t.marks.iter().filter(|m| m.kind == TraceKind::Spawned).map(|m| m.step).collect();
        assert_eq!(spawned, vec![0, 0, 0], "main spawns all three in its first poll");
    }

    #[test]
    fn a_blocking_call_is_a_blocked_segment() {
        let (_, t) = timeline_of(
            r#"
#[tokio::main]
async fn main() {
    let h = tokio::spawn(async { println!("ran") });
    std::thread::sleep(std::time::Duration::from_millis(50));
    h.await.unwrap();
}
"#,
        );
        let blocked: Vec<&Segment> = t.lanes[0].segments.iter().filter(|s| s.state == State::Blocked).collect();
        assert_eq!(blocked.len(), 1);
        assert_eq!(blocked[0].line, Some(5));
        assert!(blocked[0].what.starts_with("std::thread::sleep for 50 ms"), "{}", blocked[0].what);
        // The task was spawned but could not run while main blocked.
        assert_eq!(t.lanes[1].segments[0].state, State::Ready);
    }

    #[test]
    fn a_lock_order_deadlock_is_a_cycle() {
        let (report, t) = timeline_of(
            r#"
use std::sync::Arc;
use tokio::sync::Mutex;
use tokio::time::{sleep, Duration};
#[tokio::main]
async fn main() {
    let a = Arc::new(Mutex::new(0));
    let b = Arc::new(Mutex::new(0));
    let (a2, b2) = (a.clone(), b.clone());
    let t = tokio::spawn(async move {
        let _x = b2.lock().await;
        sleep(Duration::from_millis(10)).await;
        let _y = a2.lock().await;
    });
    let _x = a.lock().await;
    sleep(Duration::from_millis(10)).await;
    let _y = b.lock().await;
    t.await.unwrap();
}
"#,
        );
        assert_eq!(report.outcome, Outcome::Deadlock);
        let d = t.deadlock.expect("a deadlock picture");
        assert!(d.cycle, "{d:?}");
        // (task, what it waits on, where, its holder, where the holder took it)
        let waits: Vec<String> = d
            .waits
            .iter()
            .map(|w| format!("{} {:?} {:?} {:?} {:?}", w.task, w.object, w.line, w.holder, w.taken_line))
            .collect();
        assert_eq!(
            waits,
            [r#"0 Some("mutex#2") Some(17) Some(1) Some(11)"#, r#"1 Some("mutex#1") Some(13) Some(0) Some(15)"#]
        );
    }

    #[test]
    fn a_wait_nobody_answers_is_listed_without_a_cycle() {
        let (report, t) = timeline_of(
            r#"
#[tokio::main]
async fn main() {
    let (tx, mut rx) = tokio::sync::mpsc::channel::<u32>(1);
    let _keep = tx.clone();
    drop(tx);
    rx.recv().await;
}
"#,
        );
        assert_eq!(report.outcome, Outcome::Deadlock);
        let d = t.deadlock.unwrap();
        assert!(!d.cycle);
        assert_eq!(d.waits.len(), 1);
        assert_eq!((d.waits[0].task, d.waits[0].line, d.waits[0].holder), (0, Some(7), None));
    }

    #[test]
    fn a_long_trace_is_cut_and_says_so() {
        let (report, t) = {
            let report = crate::run(
                "#[tokio::main]\nasync fn main() { for _ in 0..3000 { tokio::task::yield_now().await; } }\n",
                &crate::Options::default(),
            );
            let t = build(&report.trace, report.outcome, report.virtual_time_ns, 1000);
            (report, t)
        };
        assert!(report.trace.len() > 1000);
        assert_eq!((t.marks.len(), t.events, t.truncated), (1000, report.trace.len(), true));
        // The last segment runs to the end of what is kept.
        assert_eq!(t.lanes[0].segments.last().unwrap().to, 1000);
    }

    #[test]
    fn json_round_trips() {
        let (_, t) = timeline_of(DOWNLOADS);
        let json = serde_json::to_string(&t).unwrap();
        assert_eq!(serde_json::from_str::<Timeline>(&json).unwrap(), t);
        assert!(json.contains(r#""state":"waiting""#) && json.contains(r#""kind":"printed""#), "{json}");
    }

    /// A server's tasks and its clients: connects, accepts, reads that wait, EOF and a refused
    /// connection are marks with their lines, on the lane of the task that made the call.
    #[test]
    fn a_server_and_its_clients() {
        let src = r#"
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};
#[tokio::main]
async fn main() {
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    let server = tokio::spawn(async move {
        let (mut conn, _) = listener.accept().await.unwrap();
        let mut buf = [0u8; 16];
        let n = conn.read(&mut buf).await.unwrap();
        conn.write_all(&buf[..n]).await.unwrap();
        let eof = conn.read(&mut buf).await.unwrap();
        println!("server: echoed {n} bytes, then read {eof}");
    });
    let mut client = TcpStream::connect(addr).await.unwrap();
    client.write_all(b"ping").await.unwrap();
    let mut back = [0u8; 4];
    client.read_exact(&mut back).await.unwrap();
    drop(client);
    server.await.unwrap();
    let refused = TcpStream::connect(addr).await;
    println!("second connect refused: {}", refused.is_err());
}
"#;
        let (report, t) = timeline_of(src);
        assert_eq!(report.stdout, "server: echoed 4 bytes, then read 0\nsecond connect refused: true\n", "{report:?}");
        let at = |kind: TraceKind| -> Vec<(u32, Option<u32>)> {
            t.marks.iter().filter(|m| m.kind == kind).map(|m| (m.task, m.line)).collect()
        };
        assert_eq!(at(TraceKind::IoConnected), vec![(0, Some(16))]);
        assert_eq!(at(TraceKind::IoAccepted), vec![(1, Some(9))]);
        assert_eq!(at(TraceKind::IoError), vec![(0, Some(22))]);
        // The accept waits for the client, the client for the echo, the server for the end.
        assert_eq!(at(TraceKind::IoReadWaiting), vec![(1, Some(9)), (0, Some(19)), (1, Some(13))]);
        assert_eq!(at(TraceKind::IoEof), vec![(1, Some(13))]);
        let accepted = t.marks.iter().find(|m| m.kind == TraceKind::IoAccepted).map(|m| m.text.clone());
        assert!(accepted.is_some_and(|a| a.contains("from 127.0.0.1:") && a.contains("accepted on listener#")));
    }
}
