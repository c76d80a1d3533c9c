//! The trace of a simulated run: typed events, and the queries over a trace that
//! more than one stage asks (who holds a lock, what each task is parked on).
//!
//! The runtime (`vm::rt`) writes the trace, the dynamic detectors (`lint::dynamic`) and the
//! runtime's own deadlock report read it; both go through the types and queries here, so
//! neither needs the other (**Boundary:** the VM never calls the lints).
//!
//! An event is `(virtual time, task, kind)`, the line it happened on, the object it is about
//! (a [`TraceObject`]: `mutex#3`, `timer#2`, task 4) and a human-readable `detail`.
//! Code matches on [`TraceKind`] and [`TraceObject`], never on the words of `detail`.
//!
//! **Invariant:** the JSON of a [`TraceEvent`] is `{time_ns, task, kind, line?, object?, detail?}`, with
//! `kind` the snake_case name of the [`TraceKind`] (`timer_set`, `lock_acquired`), `object` the
//! object's name (`mutex#3`, `task 4`), and `detail` naming the object where there is one: first (`mutex#3 (future 1)`, `timer#2 until 20 ms`), or in its sentence
//! (`by task 2`, `the JoinHandle of task 2`, `` `lock()` of mutex#3 ``).

use crate::vec_map::VecMap;
use std::fmt;

use serde::{Deserialize, Serialize};

/// What happened in one trace event.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum TraceKind {
    /// `tokio::spawn`: the event's task is the new one; the object is the task that spawned it.
    Spawned,
    /// The scheduler polls a spawned task.
    Polled,
    /// A poll returned `Pending`; `detail` says what the task waits on.
    Suspended,
    /// A task's waker was woken; the object is the waker's owner (a task, a timer), if any.
    Woken,
    /// A task (or `main`) returned.
    Completed,
    /// A task (or `main`) panicked; `detail` is the message.
    Panicked,
    /// A task was aborted.
    Cancelled,
    /// The runtime dropped a live task at shutdown (`main returned`).
    Dropped,
    /// The paused clock jumped to the next timer (or `time::advance` moved it).
    ClockAdvanced,
    /// A `sleep` registered its timer.
    TimerSet,
    /// A timer's deadline came and its task was woken.
    TimerFired,
    /// A timer was dropped before it fired.
    TimerDropped,
    /// A `timeout` registered its deadline.
    TimeoutSet,
    /// A `Mutex`/`RwLock` guard or a `Semaphore` permit was taken.
    LockAcquired,
    /// A lock or semaphore acquire had to wait.
    LockWaiting,
    /// A guard or permit was dropped.
    LockReleased,
    /// A value was sent on a channel.
    Send,
    /// A send waits for room in a full channel.
    SendWaiting,
    /// A value was received from a channel.
    Recv,
    /// A receive waits on an empty channel.
    RecvWaiting,
    /// A channel operation found the other side gone.
    ChannelClosed,
    /// A blocking call held the runtime's thread.
    Blocked,
    /// A task (or `main`) printed to stdout on the runtime (`detail` is the text, without its final newline).
    Printed,
    /// A `RefCell` borrow was still held when its task suspended.
    BorrowHeld,
    /// A `RefCell` borrow failed (the cell was already borrowed).
    BorrowFailed,
    /// A future was dropped without ever being polled.
    FutureDropped,
    /// The `JoinHandle` of a running task was dropped (the task is detached).
    HandleDropped,
    /// A task's output was taken through its `JoinHandle` or a `JoinSet`.
    Joined,
    /// A read waits on an empty I/O stream (`duplex#1`, `tcp#2`).
    IoReadWaiting,
    /// A write waits for room in a full I/O stream.
    IoWriteWaiting,
    /// A read found the end of the stream (the peer shut down its writing or was dropped).
    IoEof,
    /// `TcpStream::connect` returned a connection (the object is the client's end).
    IoConnected,
    /// `TcpListener::accept` returned a connection (the object is the server's end).
    IoAccepted,
    /// An I/O call returned an error: a connection refused, a write after `shutdown` (broken pipe).
    IoError,
}

impl TraceKind {
    /// Every kind, in declaration order.
    pub const ALL: [TraceKind; 34] = [
        TraceKind::Spawned,
        TraceKind::Polled,
        TraceKind::Suspended,
        TraceKind::Woken,
        TraceKind::Completed,
        TraceKind::Panicked,
        TraceKind::Cancelled,
        TraceKind::Dropped,
        TraceKind::ClockAdvanced,
        TraceKind::TimerSet,
        TraceKind::TimerFired,
        TraceKind::TimerDropped,
        TraceKind::TimeoutSet,
        TraceKind::LockAcquired,
        TraceKind::LockWaiting,
        TraceKind::LockReleased,
        TraceKind::Send,
        TraceKind::SendWaiting,
        TraceKind::Recv,
        TraceKind::RecvWaiting,
        TraceKind::ChannelClosed,
        TraceKind::Blocked,
        TraceKind::Printed,
        TraceKind::BorrowHeld,
        TraceKind::BorrowFailed,
        TraceKind::FutureDropped,
        TraceKind::HandleDropped,
        TraceKind::Joined,
        TraceKind::IoReadWaiting,
        TraceKind::IoWriteWaiting,
        TraceKind::IoEof,
        TraceKind::IoConnected,
        TraceKind::IoAccepted,
        TraceKind::IoError,
    ];

    /// The name in the JSON report (`timer_set`), the same as serde writes.
    pub fn as_str(self) -> &'static str {
        match self {
            TraceKind::Spawned => "spawned",
            TraceKind::Polled => "polled",
            TraceKind::Suspended => "suspended",
            TraceKind::Woken => "woken",
            TraceKind::Completed => "completed",
            TraceKind::Panicked => "panicked",
            TraceKind::Cancelled => "cancelled",
            TraceKind::Dropped => "dropped",
            TraceKind::ClockAdvanced => "clock_advanced",
            TraceKind::TimerSet => "timer_set",
            TraceKind::TimerFired => "timer_fired",
            TraceKind::TimerDropped => "timer_dropped",
            TraceKind::TimeoutSet => "timeout_set",
            TraceKind::LockAcquired => "lock_acquired",
            TraceKind::LockWaiting => "lock_waiting",
            TraceKind::LockReleased => "lock_released",
            TraceKind::Send => "send",
            TraceKind::SendWaiting => "send_waiting",
            TraceKind::Recv => "recv",
            TraceKind::RecvWaiting => "recv_waiting",
            TraceKind::ChannelClosed => "channel_closed",
            TraceKind::Blocked => "blocked",
            TraceKind::Printed => "printed",
            TraceKind::BorrowHeld => "borrow_held",
            TraceKind::BorrowFailed => "borrow_failed",
            TraceKind::FutureDropped => "future_dropped",
            TraceKind::HandleDropped => "handle_dropped",
            TraceKind::Joined => "joined",
            TraceKind::IoReadWaiting => "io_read_waiting",
            TraceKind::IoWriteWaiting => "io_write_waiting",
            TraceKind::IoEof => "io_eof",
            TraceKind::IoConnected => "io_connected",
            TraceKind::IoAccepted => "io_accepted",
            TraceKind::IoError => "io_error",
        }
    }

    /// The end of a task: it completed, panicked or was aborted (the shutdown's `dropped` is not one).
    pub fn ends_task(self) -> bool {
        matches!(self, TraceKind::Completed | TraceKind::Panicked | TraceKind::Cancelled)
    }
}

impl fmt::Display for TraceKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// `kind == "timer_set"`, for code that holds the JSON name.
impl PartialEq<&str> for TraceKind {
    fn eq(&self, other: &&str) -> bool {
        self.as_str() == *other
    }
}

/// The runtime object an event is about, by the id the trace names it with.
/// Its `Display` is that name (`mutex#3`, `timer#2`, `task 4`), as `detail` writes it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum TraceObject {
    /// A task by id (0 is `main`).
    Task(u32),
    /// A timer of a `sleep` or `timeout`, by registration number.
    Timer(u64),
    /// `tokio::sync::Mutex`.
    Mutex(u64),
    /// `tokio::sync::RwLock`.
    RwLock(u64),
    /// `tokio::sync::Semaphore`.
    Semaphore(u64),
    /// `tokio::sync::mpsc` (bounded or unbounded).
    Mpsc(u64),
    /// `std::sync::mpsc`.
    StdMpsc(u64),
    /// `tokio::sync::oneshot`.
    Oneshot(u64),
    /// `tokio::sync::broadcast`.
    Broadcast(u64),
    /// `tokio::sync::watch`.
    Watch(u64),
    /// `tokio::sync::Notify`.
    Notify(u64),
    /// tokio-util's `CancellationToken`.
    CancellationToken(u64),
    /// `tokio::sync::Barrier`.
    Barrier(u64),
    /// A `RefCell`.
    RefCell(u64),
    /// `tokio::io::duplex`: the pair of streams (both ends share the name).
    Duplex(u64),
    /// A `tokio::net` TCP connection (both ends share the name).
    Tcp(u64),
    /// A `tokio::net::TcpListener`.
    Listener(u64),
}

impl fmt::Display for TraceObject {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            TraceObject::Task(id) => write!(f, "task {id}"),
            TraceObject::Timer(id) => write!(f, "timer#{id}"),
            TraceObject::Mutex(id) => write!(f, "mutex#{id}"),
            TraceObject::RwLock(id) => write!(f, "rwlock#{id}"),
            TraceObject::Semaphore(id) => write!(f, "semaphore#{id}"),
            TraceObject::Mpsc(id) => write!(f, "mpsc#{id}"),
            TraceObject::StdMpsc(id) => write!(f, "std_mpsc#{id}"),
            TraceObject::Oneshot(id) => write!(f, "oneshot#{id}"),
            TraceObject::Broadcast(id) => write!(f, "broadcast#{id}"),
            TraceObject::Watch(id) => write!(f, "watch#{id}"),
            TraceObject::Notify(id) => write!(f, "notify#{id}"),
            TraceObject::CancellationToken(id) => write!(f, "cancellation_token#{id}"),
            TraceObject::Barrier(id) => write!(f, "barrier#{id}"),
            TraceObject::RefCell(id) => write!(f, "refcell#{id}"),
            TraceObject::Duplex(id) => write!(f, "duplex#{id}"),
            TraceObject::Tcp(id) => write!(f, "tcp#{id}"),
            TraceObject::Listener(id) => write!(f, "listener#{id}"),
        }
    }
}

impl std::str::FromStr for TraceObject {
    type Err = ();

    /// The inverse of `Display`: `mutex#3`, `task 4`.
    fn from_str(name: &str) -> Result<TraceObject, ()> {
        if let Some(id) = name.strip_prefix("task ") {
            return id.parse().map(TraceObject::Task).map_err(|_| ());
        }
        let (kind, id) = name.split_once('#').ok_or(())?;
        let id: u64 = id.parse().map_err(|_| ())?;
        Ok(match kind {
            "timer" => TraceObject::Timer(id),
            "mutex" => TraceObject::Mutex(id),
            "rwlock" => TraceObject::RwLock(id),
            "semaphore" => TraceObject::Semaphore(id),
            "mpsc" => TraceObject::Mpsc(id),
            "std_mpsc" => TraceObject::StdMpsc(id),
            "oneshot" => TraceObject::Oneshot(id),
            "broadcast" => TraceObject::Broadcast(id),
            "watch" => TraceObject::Watch(id),
            "notify" => TraceObject::Notify(id),
            "cancellation_token" => TraceObject::CancellationToken(id),
            "barrier" => TraceObject::Barrier(id),
            "refcell" => TraceObject::RefCell(id),
            "duplex" => TraceObject::Duplex(id),
            "tcp" => TraceObject::Tcp(id),
            "listener" => TraceObject::Listener(id),
            _ => return Err(()),
        })
    }
}

/// One event of the simulated run, at a virtual time.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TraceEvent {
    /// Virtual time in nanoseconds since the runtime started.
    pub time_ns: u64,
    /// The task the event belongs to (0 is `main`).
    pub task: u32,
    /// What happened.
    pub kind: TraceKind,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub line: Option<u32>,
    /// The object the event is about, if any, written as its name (`"mutex#3"`, `"task 4"`).
    #[serde(default, skip_serializing_if = "Option::is_none", with = "object_name")]
    pub object: Option<TraceObject>,
    /// The event in words, for people; it names the object where there is one.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub detail: String,
}

/// `TraceObject` in JSON: its `Display` name, read back with `FromStr`.
mod object_name {
    use super::TraceObject;
    use serde::{Deserialize, Deserializer, Serializer};

    pub fn serialize<S: Serializer>(object: &Option<TraceObject>, s: S) -> Result<S::Ok, S::Error> {
        match object {
            Some(o) => s.collect_str(o),
            None => s.serialize_none(),
        }
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Option<TraceObject>, D::Error> {
        let name = Option::<String>::deserialize(d)?;
        Ok(name.and_then(|n| n.parse().ok()))
    }
}

/// Who holds each lock at the end of the trace: object -> its `lock_acquired` events not yet
/// released, oldest first (several for a `Semaphore` or an `RwLock`'s readers).
pub fn lock_holders(trace: &[TraceEvent]) -> VecMap<TraceObject, Vec<&TraceEvent>> {
    let mut holds = Holds::default();
    for e in trace {
        holds.apply(e);
    }
    let mut holders: VecMap<TraceObject, Vec<&TraceEvent>> = VecMap::new();
    for h in holds.held() {
        if let Some(obj) = h.object {
            holders.entry(obj).or_default().push(h);
        }
    }
    holders
}

/// The guards and permits held at each point of a trace, followed event by event: the
/// `lock_acquired` events not yet matched by a `lock_released` of the same object, oldest first.
#[derive(Debug, Default)]
pub struct Holds<'a> {
    held: Vec<&'a TraceEvent>,
}

impl<'a> Holds<'a> {
    /// Take one event into account (events of other kinds change nothing).
    pub fn apply(&mut self, e: &'a TraceEvent) {
        let Some(obj) = e.object else { return };
        match e.kind {
            TraceKind::LockAcquired => self.held.push(e),
            TraceKind::LockReleased => {
                // A guard is often dropped by another task (a cancelled future): release that
                // task's hold if it has one, else the oldest.
                let of_obj = |h: &&TraceEvent| h.object == Some(obj);
                let i = self
                    .held
                    .iter()
                    .position(|h| of_obj(h) && h.task == e.task)
                    .or_else(|| self.held.iter().position(of_obj));
                if let Some(i) = i {
                    self.held.remove(i);
                }
            }
            _ => {}
        }
    }

    /// The acquire events still held, oldest first.
    pub fn held(&self) -> &[&'a TraceEvent] {
        &self.held
    }
}

/// What each task is parked on at the end of the trace: a lock or a channel (the last
/// `lock_waiting`/`send_waiting`/`recv_waiting` not followed by progress of that task).
pub fn resource_waits(trace: &[TraceEvent]) -> VecMap<u32, &TraceEvent> {
    let mut waits: VecMap<u32, &TraceEvent> = VecMap::new();
    for e in trace {
        match e.kind {
            TraceKind::LockWaiting | TraceKind::SendWaiting | TraceKind::RecvWaiting => {
                waits.insert(e.task, e);
            }
            TraceKind::LockAcquired
            | TraceKind::Send
            | TraceKind::Recv
            | TraceKind::Completed
            | TraceKind::Panicked
            | TraceKind::Cancelled
                if waits.get(&e.task).is_some_and(|w| e.kind != TraceKind::LockAcquired || w.object == e.object) =>
            {
                waits.remove(&e.task);
            }
            _ => {}
        }
    }
    waits
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ev(kind: TraceKind, object: Option<TraceObject>, detail: &str) -> TraceEvent {
        TraceEvent { time_ns: 2_000_000, task: 1, kind, line: Some(7), object, detail: detail.into() }
    }

    #[test]
    fn json_shape() {
        let e = ev(TraceKind::TimerSet, Some(TraceObject::Timer(2)), "timer#2 until 20 ms, made at line 7");
        let json = serde_json::to_string(&e).unwrap();
        assert_eq!(
            json,
            r#"{"time_ns":2000000,"task":1,"kind":"timer_set","line":7,"object":"timer#2","detail":"timer#2 until 20 ms, made at line 7"}"#
        );
        assert_eq!(serde_json::from_str::<TraceEvent>(&json).unwrap(), e);
        let e = TraceEvent { line: None, detail: String::new(), ..ev(TraceKind::Polled, None, "") };
        assert_eq!(serde_json::to_string(&e).unwrap(), r#"{"time_ns":2000000,"task":1,"kind":"polled"}"#);
        // Every kind is written as its snake_case name, and read back.
        for kind in TraceKind::ALL {
            let json = serde_json::to_string(&kind).unwrap();
            assert_eq!(json, format!("\"{}\"", kind.as_str()));
            assert_eq!(serde_json::from_str::<TraceKind>(&json).unwrap(), kind);
        }
        let back: TraceEvent =
            serde_json::from_str(r#"{"time_ns":0,"task":0,"kind":"lock_acquired","detail":"mutex#1"}"#).unwrap();
        assert_eq!((back.kind, back.object), (TraceKind::LockAcquired, None));
    }

    #[test]
    fn object_names_are_the_detail_names() {
        let names = [
            (TraceObject::Task(3), "task 3"),
            (TraceObject::Timer(2), "timer#2"),
            (TraceObject::Mutex(1), "mutex#1"),
            (TraceObject::RwLock(4), "rwlock#4"),
            (TraceObject::Semaphore(5), "semaphore#5"),
            (TraceObject::Mpsc(6), "mpsc#6"),
            (TraceObject::StdMpsc(7), "std_mpsc#7"),
            (TraceObject::Oneshot(8), "oneshot#8"),
            (TraceObject::Broadcast(9), "broadcast#9"),
            (TraceObject::Watch(10), "watch#10"),
            (TraceObject::Notify(12), "notify#12"),
            (TraceObject::CancellationToken(13), "cancellation_token#13"),
            (TraceObject::Barrier(14), "barrier#14"),
            (TraceObject::RefCell(11), "refcell#11"),
            (TraceObject::Duplex(15), "duplex#15"),
            (TraceObject::Tcp(16), "tcp#16"),
            (TraceObject::Listener(17), "listener#17"),
        ];
        for (obj, name) in names {
            assert_eq!(obj.to_string(), name);
            assert_eq!(name.parse::<TraceObject>(), Ok(obj));
        }
        assert!("yield_now".parse::<TraceObject>().is_err());
    }

    /// A run's trace, through the public entry point.
    fn trace_of(src: &str) -> Vec<TraceEvent> {
        let report = crate::run(src, &crate::Options::default());
        assert_eq!(report.outcome, crate::Outcome::Completed, "{}", report.stderr);
        report.trace
    }

    #[test]
    fn the_runtime_types_the_objects_it_names() {
        let trace = trace_of(
            r#"
use std::sync::Arc;
use tokio::sync::{mpsc, Mutex};
use tokio::time::{sleep, Duration};

#[tokio::main]
async fn main() {
    let m = Arc::new(Mutex::new(0));
    let (tx, mut rx) = mpsc::channel(1);
    let m2 = m.clone();
    let h = tokio::spawn(async move {
        *m2.lock().await += 1;
        tx.send(1).await.unwrap();
        tx.send(2).await.unwrap();
    });
    sleep(Duration::from_millis(5)).await;
    let _ = rx.recv().await;
    h.await.unwrap();
    println!("{}", *m.lock().await);
}
"#,
        );
        let object = |kind: TraceKind| trace.iter().find(|e| e.kind == kind).and_then(|e| e.object);
        assert_eq!(object(TraceKind::Spawned), Some(TraceObject::Task(0)));
        assert!(matches!(object(TraceKind::LockAcquired), Some(TraceObject::Mutex(_))));
        assert!(matches!(object(TraceKind::LockReleased), Some(TraceObject::Mutex(_))));
        assert!(matches!(object(TraceKind::Send), Some(TraceObject::Mpsc(_))));
        assert!(matches!(object(TraceKind::SendWaiting), Some(TraceObject::Mpsc(_))));
        assert!(matches!(object(TraceKind::TimerSet), Some(TraceObject::Timer(_))));
        assert_eq!(object(TraceKind::TimerFired), object(TraceKind::TimerSet));
        assert_eq!(object(TraceKind::Joined), Some(TraceObject::Task(1)));
        // `main` waits on the JoinHandle of task 1 while the task waits for room in the channel.
        let join =
            trace.iter().find(|e| e.task == 0 && e.kind == TraceKind::Suspended && e.detail.contains("JoinHandle"));
        assert_eq!(join.and_then(|e| e.object), Some(TraceObject::Task(1)));
        // The object is the one `detail` names, every time.
        for e in trace.iter() {
            if let Some(obj) = e.object {
                assert!(e.detail.contains(&obj.to_string()), "{e:?}");
            }
        }
    }

    #[test]
    fn holders_and_waits() {
        let m1 = Some(TraceObject::Mutex(1));
        let m2 = Some(TraceObject::Mutex(2));
        let mut trace = vec![
            TraceEvent { task: 1, ..ev(TraceKind::LockAcquired, m1, "mutex#1 (future 1)") },
            TraceEvent { task: 2, ..ev(TraceKind::LockAcquired, m2, "mutex#2 (future 2)") },
            TraceEvent { task: 1, ..ev(TraceKind::LockWaiting, m2, "mutex#2 (future 1)") },
            TraceEvent { task: 2, ..ev(TraceKind::LockWaiting, m1, "mutex#1 (future 2)") },
        ];
        let holders = lock_holders(&trace);
        assert_eq!(holders[&TraceObject::Mutex(1)].iter().map(|e| e.task).collect::<Vec<_>>(), vec![1]);
        let waits = resource_waits(&trace);
        assert_eq!(waits[&1].object, m2);
        assert_eq!(waits[&2].object, m1);
        // Task 2 gets mutex#1 after task 1 released it: task 2 no longer waits, nobody holds mutex#1 but task 2.
        trace.push(TraceEvent { task: 1, ..ev(TraceKind::LockReleased, m1, "mutex#1") });
        trace.push(TraceEvent { task: 2, ..ev(TraceKind::LockAcquired, m1, "mutex#1 (future 2)") });
        assert!(!resource_waits(&trace).contains_key(&2));
        assert_eq!(lock_holders(&trace)[&TraceObject::Mutex(1)][0].task, 2);
    }
}
