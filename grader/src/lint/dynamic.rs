//! Dynamic detectors: async mistakes seen in the run's trace.
//!
//! They read only the finished [`Report`] (its `trace` and `outcome`), never
//! the syntax tree, so what they say is what happened: times, tasks, lines.
//! Two kinds of finding: *standalone* ones (a deadlock's cycle, a `select!`
//! with every branch disabled, a timer re-armed again and again), and
//! *evidence* for a syntax finding of the same code (a `thread::sleep` that
//! really blocked ready tasks), which [`merge`] puts into that finding's message.
//!
//! **Invariant:** a detector fires only on a fact of the trace that cannot
//! happen in a correct program (a wait-for cycle at a deadlock, a panic of
//! the runtime, a borrow held while suspended that made another borrow
//! panic), on a pattern narrow enough to be the mistake (waits of one loop
//! that added up while nothing else ran), or on evidence for a mistake the
//! syntax rules already found (a future dropped unpolled, a detached task's
//! output). A run stopped by a limit is judged on what its trace shows happened.

use crate::vec_map::{VecMap, VecSet};

use super::catalog::{diag, DiagExt};
use crate::report::{Diagnostic, Outcome, Pos, Report};
use crate::trace::{lock_holders, resource_waits, TraceEvent, TraceKind, TraceObject};

/// A dynamic finding; `standalone: false` only adds evidence to a syntax finding of the same code.
pub struct Finding {
    pub diag: Diagnostic,
    pub standalone: bool,
}

/// Every dynamic finding of a finished run.
pub fn check(report: &Report) -> Vec<Finding> {
    // A run the grader refused shows nothing about the program.
    if report.outcome == Outcome::Rejected {
        return Vec::new();
    }
    let run = Run::new(&report.trace);
    let mut out = Vec::new();
    // A run stopped by a limit (steps, output) shows a true trace up to the stop: what happened
    // in it stands, but not what did not (yet) happen (a deadlock, `main` returning, a timer firing).
    if report.outcome == Outcome::Limit {
        timer_reset_in_loop(&run, &mut out);
        blocking(&run, &mut out);
        borrows_held(&run, &mut out);
        futures_dropped(&run, &mut out);
        detached_effects(&run, &mut out);
        eof_read_again(&run, &mut out);
        return out;
    }
    if report.outcome == Outcome::Deadlock {
        deadlock_cycle(&run, &mut out);
    }
    all_branches_disabled(report, &mut out);
    timer_reset_in_loop(&run, &mut out);
    blocking(&run, &mut out);
    alive_at_exit(&run, &mut out);
    lost_panics(&run, &mut out);
    borrows_held(&run, &mut out);
    futures_dropped(&run, &mut out);
    detached_effects(&run, &mut out);
    sequential_waits(&run, &mut out);
    eof_read_again(&run, &mut out);
    out
}

/// Add the dynamic findings to the syntax ones: evidence replaces the message of
/// the syntax finding it explains (same code, same line), a standalone finding
/// is added unless the syntax rules already reported that code on that line.
pub fn merge(diagnostics: &mut Vec<Diagnostic>, findings: Vec<Finding>) {
    for f in findings {
        let d = f.diag;
        let same = diagnostics.iter_mut().find(|s| s.code == d.code && s.line == d.line);
        match same {
            Some(s) => {
                s.message = d.message;
                for r in d.related {
                    if !s.related.contains(&r) {
                        s.related.push(r);
                    }
                }
            }
            None if f.standalone => diagnostics.push(d),
            None => {}
        }
    }
}

fn at(line: u32) -> Pos {
    Pos { line, column: 1 }
}

fn ms(ns: u64) -> String {
    let whole = ns / 1_000_000;
    let frac = ns % 1_000_000;
    if frac == 0 {
        format!("{whole} ms")
    } else {
        format!("{:.3} ms", ns as f64 / 1e6)
    }
}

/// `future N` in a detail (the future, i.e. stack, that did it), if given.
fn future_of(detail: &str) -> Option<u64> {
    let rest = detail.split("future ").nth(1)?;
    rest.trim_end_matches(')').split(|c: char| !c.is_ascii_digit()).next()?.parse().ok()
}

/// What a task is called in messages.
fn who(task: u32) -> String {
    if task == 0 {
        "main".to_string()
    } else {
        format!("task {task}")
    }
}

/// The trace, indexed.
struct Run<'a> {
    trace: &'a [TraceEvent],
    /// task -> line of `tokio::spawn`.
    spawned_at: VecMap<u32, u32>,
}

impl<'a> Run<'a> {
    fn new(trace: &'a [TraceEvent]) -> Run<'a> {
        let mut spawned_at = VecMap::new();
        for e in trace.iter().filter(|e| e.kind == TraceKind::Spawned) {
            spawned_at.insert(e.task, e.line.unwrap_or(0));
        }
        Run { trace, spawned_at }
    }

    fn events(&self, kind: TraceKind) -> impl Iterator<Item = &'a TraceEvent> + 'a {
        self.trace.iter().filter(move |e| e.kind == kind)
    }

    /// `task 2 (spawned on line 5)` / `main`.
    fn name(&self, task: u32) -> String {
        match self.spawned_at.get(&task) {
            Some(line) if task != 0 => format!("task {task} (spawned on line {line})"),
            _ => who(task),
        }
    }

    fn ended(&self, task: u32) -> bool {
        // (`dropped` is the shutdown after `main` returned or the run stopped: not an end of its own.)
        self.trace.iter().any(|e| e.task == task && e.kind.ends_task())
    }

    /// The last `suspended` event of a task (what it waits on, where).
    fn last_wait(&self, task: u32) -> Option<&'a TraceEvent> {
        self.trace.iter().rev().find(|e| e.task == task && e.kind == TraceKind::Suspended)
    }
}

/// One edge of the wait-for graph: `from` waits for `to` because of `why`.
struct Edge {
    to: u32,
    /// `lock`, `send` (full channel) or `join`.
    kind: &'static str,
    /// The lock or channel (none for `join`).
    obj: Option<TraceObject>,
    /// Where `from` waits.
    line: u32,
    /// Where `to` took the lock (for locks).
    held_line: Option<u32>,
    wait_future: Option<u64>,
    held_future: Option<u64>,
}

impl Edge {
    /// The lock's or channel's name in messages (`mutex#1`).
    fn obj_name(&self) -> String {
        self.obj.map(|o| o.to_string()).unwrap_or_default()
    }
}

/// At a deadlock: find a cycle in the wait-for graph and name it with its catalog code.
fn deadlock_cycle(run: &Run, out: &mut Vec<Finding>) {
    let holders = lock_holders(run.trace);
    let waits = resource_waits(run.trace);
    let mut edges: VecMap<u32, Vec<Edge>> = VecMap::new();
    for (&task, w) in &waits {
        let obj = w.object;
        let line = w.line.unwrap_or(0);
        match w.kind {
            TraceKind::LockWaiting => {
                for held in obj.and_then(|o| holders.get(&o)).into_iter().flatten() {
                    edges.entry(task).or_default().push(Edge {
                        to: held.task,
                        kind: "lock",
                        obj,
                        line,
                        held_line: Some(held.line.unwrap_or(0)),
                        wait_future: future_of(&w.detail),
                        held_future: future_of(&held.detail),
                    });
                }
            }
            TraceKind::SendWaiting => {
                // The channel is full: the sender waits for a receiver. Receivers are the tasks seen
                // receiving on it; with none other alive, only the sender itself could (it owns the receiver).
                let receivers: VecSet<u32> = run
                    .trace
                    .iter()
                    .filter(|e| {
                        matches!(e.kind, TraceKind::Recv | TraceKind::RecvWaiting)
                            && e.object == obj
                            && !run.ended(e.task)
                    })
                    .map(|e| e.task)
                    .collect();
                let closed = run.trace.iter().any(|e| e.kind == TraceKind::ChannelClosed && e.object == obj);
                if closed {
                    continue;
                }
                let targets: Vec<u32> = if receivers.is_empty() { vec![task] } else { receivers.into_iter().collect() };
                for to in targets {
                    edges.entry(task).or_default().push(Edge {
                        to,
                        kind: "send",
                        obj,
                        line,
                        held_line: None,
                        wait_future: None,
                        held_future: None,
                    });
                }
            }
            _ => {}
        }
    }
    // Tasks waiting on a JoinHandle wait for that task.
    for task in run.trace.iter().map(|e| e.task).collect::<VecSet<u32>>() {
        if edges.contains_key(&task) || run.ended(task) {
            continue;
        }
        if let Some(w) = run.last_wait(task) {
            // A task suspended on a `JoinHandle` names the task it waits for.
            if let Some(TraceObject::Task(n)) = w.object {
                edges.entry(task).or_default().push(Edge {
                    to: n,
                    kind: "join",
                    obj: None,
                    line: w.line.unwrap_or(0),
                    held_line: None,
                    wait_future: None,
                    held_future: None,
                });
            }
        }
    }
    // The cycle through the smallest task id that is on one (deterministic).
    for &start in edges.keys() {
        let Some(cycle) = find_cycle(&edges, start) else { continue };
        if cycle.iter().all(|e| e.kind == "join") {
            continue;
        }
        out.push(Finding { diag: describe_cycle(run, start, &cycle), standalone: true });
        return;
    }
}

/// A path of edges from `start` back to `start`, if there is one.
fn find_cycle(edges: &VecMap<u32, Vec<Edge>>, start: u32) -> Option<Vec<&Edge>> {
    fn dfs<'e>(
        edges: &'e VecMap<u32, Vec<Edge>>,
        start: u32,
        at: u32,
        path: &mut Vec<&'e Edge>,
        seen: &mut VecSet<u32>,
    ) -> bool {
        for e in edges.get(&at).into_iter().flatten() {
            path.push(e);
            if e.to == start {
                return true;
            }
            if seen.insert(e.to) && dfs(edges, start, e.to, path, seen) {
                return true;
            }
            path.pop();
        }
        false
    }
    let mut path = Vec::new();
    let mut seen = VecSet::from([start]);
    dfs(edges, start, start, &mut path, &mut seen).then_some(path)
}

fn describe_cycle(run: &Run, start: u32, cycle: &[&Edge]) -> Diagnostic {
    let first = cycle[0];
    let line = first.line;
    let mut from = start;
    let mut parts = Vec::new();
    let mut related = Vec::new();
    for e in cycle {
        let obj = e.obj_name();
        let what = match e.kind {
            "lock" => match e.held_line {
                Some(h) if e.to == from => {
                    format!("{} waits on {} (line {}), which it already holds since line {h}", who(from), obj, e.line)
                }
                Some(h) => {
                    format!("{} waits on {} (line {}), held by {} since line {h}", who(from), obj, e.line, who(e.to))
                }
                None => format!("{} waits on {} (line {})", who(from), obj, e.line),
            },
            "send" if e.to == from => format!(
                "{} waits to send on {} (line {}), which is full, and only {} itself could receive",
                who(from),
                obj,
                e.line,
                who(from)
            ),
            "send" => format!(
                "{} waits to send on {} (line {}), which is full, and its receiver {} waits too",
                who(from),
                obj,
                e.line,
                who(e.to)
            ),
            _ => format!("{} waits for {} to finish (line {})", who(from), who(e.to), e.line),
        };
        parts.push(what);
        if e.line != line || from != start {
            related.push((e.line, format!("{} waits here", who(from))));
        }
        if let Some(h) = e.held_line {
            related.push((h, format!("{} taken here by {}", obj, who(e.to))));
        }
        from = e.to;
    }
    let is_self = cycle.len() == 1 && first.to == start;
    let code = if cycle.iter().any(|e| e.kind == "lock") {
        // A lock held by the waiting task itself, but taken on another future's stack
        // (one that is no longer polled): the future holds it, not the code that waits.
        if is_self
            && first.held_future.is_some()
            && first.wait_future.is_some()
            && first.held_future != first.wait_future
        {
            "unpolled_future_holds_resource"
        } else {
            "async_lock_deadlock"
        }
    } else {
        "bounded_channel_cycle"
    };
    let cause = match code {
        "unpolled_future_holds_resource" => format!(
            "deadlock: {} waits on {} (line {}), held since line {} by a future of its own that is no longer polled",
            who(start),
            first.obj_name(),
            line,
            first.held_line.unwrap_or(0)
        ),
        _ => format!("deadlock: {}", parts.join("; ")),
    };
    let _ = run;
    let mut d = diag(code, at(line), cause);
    for (l, m) in related {
        d = d.related(at(l), m);
    }
    d
}

/// `select!` panicked because every branch was disabled and there is no `else`.
fn all_branches_disabled(report: &Report, out: &mut Vec<Finding>) {
    const MSG: &str = "all branches are disabled and there is no else branch";
    if report.outcome != Outcome::Panicked || !report.stderr.contains(MSG) {
        return;
    }
    let line = report
        .trace
        .iter()
        .rev()
        .find(|e| e.kind == TraceKind::Panicked && e.detail.contains(MSG))
        .and_then(|e| e.line)
        .or_else(|| panic_line(&report.stderr, MSG));
    let Some(line) = line else { return };
    let d = diag(
        "select_all_disabled",
        at(line),
        format!("this `select!` panicked at run time: {MSG} (every branch's pattern failed or its `if` was false)"),
    );
    out.push(Finding { diag: d, standalone: true });
}

/// The line of `panicked at FILE:LINE:COL:` just before `msg` on stderr.
fn panic_line(stderr: &str, msg: &str) -> Option<u32> {
    let lines: Vec<&str> = stderr.lines().collect();
    let i = lines.iter().position(|l| l.contains(msg))?;
    let head = lines[..i].iter().rev().find(|l| l.contains("panicked at "))?;
    let loc = head.rsplit("panicked at ").next()?.trim_end_matches(':');
    let mut parts = loc.rsplit(':');
    let _col = parts.next()?;
    parts.next()?.parse().ok()
}

/// A `sleep` at the same site armed and dropped unfired again and again, each one
/// before the previous deadline: the deadline it stands for keeps moving.
/// A site is the line where the timer was first polled (the `select!`) and its duration.
fn timer_reset_in_loop(run: &Run, out: &mut Vec<Finding>) {
    // A site: (line, duration in ns).
    type Site = (u32, u64);
    // A timer's (set at ns, deadline ns), and the ns it was dropped at.
    type Dropped = (u64, u64, u64);
    // timer -> (site, set at ns, deadline ns)
    let mut set: VecMap<TraceObject, (Site, u64, u64)> = VecMap::new();
    let mut dropped_by_line: VecMap<Site, Vec<Dropped>> = VecMap::new();
    let mut fired_by_line: VecMap<Site, u64> = VecMap::new();
    for e in run.trace {
        let Some(id) = e.object else { continue };
        match e.kind {
            // The deadline of a `timeout` or `interval`: re-created per item on purpose.
            TraceKind::TimerSet if e.detail.ends_with("(inner)") => {}
            TraceKind::TimerSet => {
                let deadline = e
                    .detail
                    .split("until ")
                    .nth(1)
                    .and_then(|s| s.split(' ').next())
                    .and_then(|s| s.parse::<u64>().ok())
                    .unwrap_or(0)
                    * 1_000_000;
                // The site is where the `sleep` was made (else where it was first polled).
                let site = (made_line(&e.detail).or(e.line).unwrap_or(0), deadline.saturating_sub(e.time_ns));
                set.insert(id, (site, e.time_ns, deadline));
            }
            TraceKind::TimerDropped => {
                if let Some((line, t0, deadline)) = set.remove(&id) {
                    dropped_by_line.entry(line).or_default().push((t0, deadline, e.time_ns));
                }
            }
            TraceKind::TimerFired => {
                if let Some((line, _, _)) = set.remove(&id) {
                    fired_by_line.entry(line).or_insert(e.time_ns);
                }
            }
            _ => {}
        }
    }
    for ((line, duration), drops) in dropped_by_line {
        // Re-armed before the previous deadline came: the deadline moved (or stayed, when the
        // other branch won at once, as an `interval`'s first tick does).
        let moved = drops.windows(2).filter(|w| w[1].0 < w[0].1 && w[1].1 >= w[0].1).count();
        let (first, last) = (drops[0], drops[drops.len() - 1]);
        if drops.len() < 3 || moved + 1 < drops.len() || last.1 <= first.1 {
            continue;
        }
        let fired = match fired_by_line.get(&(line, duration)) {
            Some(t) => format!("; it fired only at {}", ms(*t)),
            None => "; it never fired".to_string(),
        };
        let d = diag(
            "select_timer_reset_in_loop",
            at(line),
            format!(
                "the `sleep` of {} on line {line} was created {} times and dropped unfired each time: its deadline moved from {} to {}{fired}",
                ms(duration),
                drops.len(),
                ms(first.1),
                ms(last.1)
            ),
        );
        out.push(Finding { diag: d, standalone: true });
    }
}

/// `made at line N` in a `timer_set` or `future_dropped` detail.
fn made_line(detail: &str) -> Option<u32> {
    detail.split("made at line ").nth(1)?.split(|c: char| !c.is_ascii_digit()).next()?.parse().ok()
}

/// `in a call from line N` in a `timer_set` detail: the `.await` of the async fn that made the timer.
fn call_line(detail: &str) -> Option<u32> {
    detail.split("in a call from line ").nth(1)?.split(|c: char| !c.is_ascii_digit()).next()?.parse().ok()
}

/// A number after `prefix` in `detail`.
fn number_after(detail: &str, prefix: &str) -> Option<u64> {
    detail.split(prefix).nth(1)?.split(|c: char| !c.is_ascii_digit()).next()?.parse().ok()
}

/// `RefCell` borrows still held when their task suspended (`borrow_held`): evidence for
/// `refcell_borrow_across_await`; a finding of its own when a borrow of that cell then failed.
fn borrows_held(run: &Run, out: &mut Vec<Finding>) {
    // (cell's name, line of the borrow) -> index of its first `borrow_held` (by name: the order of the findings).
    let mut first: VecMap<(String, u32), usize> = VecMap::new();
    for (i, e) in run.trace.iter().enumerate().filter(|(_, e)| e.kind == TraceKind::BorrowHeld) {
        let Some(cell) = e.object else { continue };
        let taken = number_after(&e.detail, "taken at line ").unwrap_or(0) as u32;
        first.entry((cell.to_string(), taken)).or_insert(i);
    }
    for ((cell, taken), i) in first {
        let e = &run.trace[i];
        let kind = if e.detail.contains("(borrow_mut ") { "borrow_mut" } else { "borrow" };
        let what = e.detail.split("while waiting on ").nth(1).unwrap_or("");
        let at_line = e.line.map(|l| format!(" at line {l}")).unwrap_or_default();
        let mut message = format!(
            "the `{kind}()` of {cell} taken at line {taken} was still held when {} suspended{at_line} at {} (waiting on {what})",
            who(e.task),
            ms(e.time_ns)
        );
        let failed = run.trace[i..].iter().find(|f| f.kind == TraceKind::BorrowFailed && f.object == e.object);
        let mut d = match failed {
            Some(f) => {
                let (method, err) = f
                    .detail
                    .split_once('(')
                    .map(|(_, r)| r.trim_end_matches(')'))
                    .and_then(|r| r.split_once(": "))
                    .unwrap_or(("borrow_mut", "BorrowMutError"));
                let line = f.line.map(|l| format!(" at line {l}")).unwrap_or_default();
                message.push_str(&format!(
                    "; {} then panicked with {err}: its `{method}()`{line} at {} found the cell still borrowed",
                    who(f.task),
                    ms(f.time_ns)
                ));
                diag("refcell_borrow_across_await", at(taken), message)
            }
            None => {
                message
                    .push_str("; no other borrow of it came while it was held this run, but one would have panicked");
                diag("refcell_borrow_across_await", at(taken), message)
            }
        };
        if let Some(l) = failed.and_then(|f| f.line) {
            d = d.related(at(l), "this borrow panicked");
        }
        out.push(Finding { diag: d, standalone: failed.is_some() });
    }
}

/// Futures dropped before they were ever polled (`future_dropped`): evidence for
/// `missing_await` and `let_underscore_future` on the line that made them.
fn futures_dropped(run: &Run, out: &mut Vec<Finding>) {
    // line that made it -> (what, count, first event)
    let mut by_line: VecMap<u32, (String, u32, &TraceEvent)> = VecMap::new();
    for e in run.events(TraceKind::FutureDropped) {
        let Some(made) = made_line(&e.detail) else { continue };
        let what = e.detail.split(" made at line ").next().unwrap_or("").to_string();
        by_line.entry(made).or_insert((what, 0, e)).1 += 1;
    }
    for (made, (what, count, e)) in by_line {
        let dropped = match e.line {
            Some(l) => format!("was dropped at line {l}"),
            None => "was dropped".to_string(),
        };
        let times =
            if count > 1 { format!(" ({count} futures made here, each dropped unpolled)") } else { String::new() };
        let message = format!(
            "the future created at line {made} by {what} {dropped} without being polled: its body never ran{times}"
        );
        for code in ["missing_await", "let_underscore_future"] {
            out.push(Finding { diag: diag(code, at(made), message.clone()), standalone: false });
        }
    }
}

/// A task that kept producing effects (output, sends, locks) after its `JoinHandle` was
/// dropped (`handle_dropped`): evidence for `joinhandle_drop_is_not_cancel`.
fn detached_effects(run: &Run, out: &mut Vec<Finding>) {
    for (i, e) in run.trace.iter().enumerate().filter(|(_, e)| e.kind == TraceKind::HandleDropped) {
        let Some(line) = e.line else { continue };
        let Some(TraceObject::Task(task)) = e.object else { continue };
        let after = &run.trace[i + 1..];
        let effects: Vec<&TraceEvent> = after
            .iter()
            .filter(|x| {
                x.task == task && matches!(x.kind, TraceKind::Printed | TraceKind::Send | TraceKind::LockAcquired)
            })
            .collect();
        if effects.is_empty() {
            continue;
        }
        let shown: Vec<String> = effects
            .iter()
            .take(3)
            .map(|x| {
                let obj = x.object.map(|o| o.to_string()).unwrap_or_default();
                match x.kind {
                    TraceKind::Printed => format!("printed `{}` at {}", x.detail, ms(x.time_ns)),
                    TraceKind::Send => format!("sent on {obj} at {}", ms(x.time_ns)),
                    _ => format!("locked {obj} at {}", ms(x.time_ns)),
                }
            })
            .collect();
        let more = if effects.len() > 3 { format!(" ({} effects in all)", effects.len()) } else { String::new() };
        let end = match after.iter().find(|x| x.task == task && (x.kind.ends_task() || x.kind == TraceKind::Dropped)) {
            Some(x) if x.kind == TraceKind::Completed => format!("; it completed at {}", ms(x.time_ns)),
            Some(x) if x.kind == TraceKind::Panicked => format!("; it panicked at {}", ms(x.time_ns)),
            Some(x) if x.kind == TraceKind::Cancelled => format!("; it was cancelled at {}", ms(x.time_ns)),
            Some(x) => format!("; it was still running when the runtime dropped it at {}", ms(x.time_ns)),
            None => String::new(),
        };
        let message = format!(
            "the `JoinHandle` of {} was dropped at {} (line {line}), but the task kept running: afterwards it {}{more}{end}",
            run.name(task),
            ms(e.time_ns),
            shown.join(", ")
        );
        out.push(Finding { diag: diag("joinhandle_drop_is_not_cancel", at(line), message), standalone: false });
    }
}

/// Waits awaited one after another where nothing else ran: one task's `sleep`s made at one
/// site inside an async fn awaited from one line (a loop), back to back, with different
/// durations (independent items, not a pace or a backoff), and no other task polled or timer
/// set meanwhile: the elapsed time is the sum of the waits.
fn sequential_waits(run: &Run, out: &mut Vec<Finding>) {
    struct Streak {
        task: u32,
        site: (u32, u32),
        timer: Option<TraceObject>,
        fired_at: Option<u64>,
        start: u64,
        durations: Vec<u64>,
    }
    let mut streaks: Vec<Streak> = Vec::new();
    let mut cur: Option<Streak> = None;
    for e in run.trace {
        match e.kind {
            TraceKind::TimerSet => {
                let deadline = number_after(&e.detail, "until ").unwrap_or(0) * 1_000_000;
                let site = match (made_line(&e.detail), call_line(&e.detail)) {
                    (Some(m), Some(c)) if !e.detail.contains("(") => Some((m, c)),
                    _ => None,
                };
                let continues = match (&cur, site) {
                    (Some(s), Some(site)) => s.task == e.task && s.site == site && s.fired_at == Some(e.time_ns),
                    _ => false,
                };
                if !continues {
                    streaks.extend(cur.take());
                }
                if let Some(site) = site {
                    let s = cur.get_or_insert(Streak {
                        task: e.task,
                        site,
                        timer: None,
                        fired_at: None,
                        start: e.time_ns,
                        durations: Vec::new(),
                    });
                    s.timer = e.object;
                    s.fired_at = None;
                    s.durations.push(deadline.saturating_sub(e.time_ns));
                }
            }
            TraceKind::TimerFired => {
                if let Some(s) = cur.as_mut() {
                    if e.object == s.timer {
                        s.fired_at = Some(e.time_ns);
                    } else {
                        streaks.extend(cur.take());
                    }
                }
            }
            // Another task ran, or this one was woken by something else than its timer: not alone.
            // (When the guard fails the next arm does nothing either.)
            TraceKind::Polled | TraceKind::Spawned | TraceKind::TimeoutSet
                if cur.as_ref().is_some_and(|s| e.task != s.task || e.kind != TraceKind::Polled) =>
            {
                streaks.extend(cur.take());
            }
            _ => {}
        }
    }
    streaks.extend(cur.take());
    for s in streaks {
        let n = s.durations.len();
        let distinct: VecSet<u64> = s.durations.iter().copied().collect();
        let increasing = s.durations.windows(2).all(|w| w[1] > w[0]);
        if n < 3 || distinct.len() < 2 || increasing || s.fired_at.is_none() {
            continue;
        }
        let total: u64 = s.durations.iter().sum();
        let longest = s.durations.iter().copied().max().unwrap_or(0);
        let list: Vec<String> = s.durations.iter().map(|d| ms(*d)).collect();
        let end = s.fired_at.unwrap_or(0);
        let (sleep_line, call) = s.site;
        let message = format!(
            "the {n} waits awaited on line {call} ({}, the `sleep` of line {sleep_line}) ran one after another in {}, from {} to {}, and nothing else ran meanwhile: {} in all, the sum; awaited together they would take {}",
            list.join(", "),
            who(s.task),
            ms(s.start),
            ms(end),
            ms(total),
            ms(longest)
        );
        out.push(Finding { diag: diag("sequential_awaits_not_concurrent", at(call), message), standalone: true });
    }
}

/// Blocking calls that stalled the runtime: evidence for the blocking codes.
fn blocking(run: &Run, out: &mut Vec<Finding>) {
    // line -> (what, count, total ns, max ready, tasks)
    let mut by_line: VecMap<u32, (String, u32, u64, u64, VecSet<u32>)> = VecMap::new();
    // Calls that would never return (a std `recv` nobody can answer): "for ever", not "0 ms".
    let mut forever: VecSet<u32> = VecSet::new();
    for e in run.events(TraceKind::Blocked) {
        let Some(line) = e.line else { continue };
        let (what, rest) = e.detail.split_once(" for ").unwrap_or((&e.detail, ""));
        let n_ms: u64 = rest.split(' ').next().and_then(|s| s.parse().ok()).unwrap_or(0);
        if rest.starts_with("ever") {
            forever.insert(line);
        }
        let ready: u64 =
            rest.split("while ").nth(1).and_then(|s| s.split(' ').next()).and_then(|s| s.parse().ok()).unwrap_or(0);
        let entry = by_line.entry(line).or_insert_with(|| (what.to_string(), 0, 0, 0, VecSet::new()));
        entry.1 += 1;
        entry.2 += n_ms * 1_000_000;
        entry.3 = entry.3.max(ready);
        entry.4.insert(e.task);
    }
    for (line, (what, count, total, ready, tasks)) in by_line {
        let calls = if count == 1 { String::new() } else { format!(" ({count} calls)") };
        let tasks: Vec<String> = tasks.iter().map(|t| who(*t)).collect();
        let message = match ready {
            _ if forever.contains(&line) => format!(
                "`{what}` on line {line} blocked the runtime for ever, in {}, while {ready} other task{} ready: the program hangs",
                tasks.join(", "),
                if ready == 1 { " was" } else { "s were" }
            ),
            0 => format!("`{what}` on line {line} blocked the runtime for {} in all{calls}, in {}: nothing else could run meanwhile, so the waits added up", ms(total), tasks.join(", ")),
            1 => format!("`{what}` on line {line} blocked the runtime for {} in all{calls}, in {}, while 1 other task was ready", ms(total), tasks.join(", ")),
            n => format!("`{what}` on line {line} blocked the runtime for {} in all{calls}, in {}, while {n} other tasks were ready", ms(total), tasks.join(", ")),
        };
        let code = if what.contains("thread::sleep") { "thread_sleep_in_async" } else { "blocking_io_in_async" };
        let standalone = ready > 0 && what.contains("thread::sleep");
        let mut codes = vec![code, "blocking_api_in_async", "blocking_io_in_async"];
        codes.dedup();
        for code in codes {
            out.push(Finding {
                diag: diag(code, at(line), message.clone()),
                standalone: standalone && code == "thread_sleep_in_async",
            });
        }
    }
}

/// How many times one read must find the end of the same stream before it is a loop ignoring it.
const EOF_REREADS: usize = 3;

/// A read at one line of one task that found the end of the same stream again and again
/// (`io_eof`): a read loop that does not stop on `Ok(0)` (`read_loop_ignores_eof`). A correct
/// loop reads the end once and stops, so three ends at one line are the loop going round.
fn eof_read_again(run: &Run, out: &mut Vec<Finding>) {
    // (line, task, stream) -> (count, time of the first and last end)
    let mut seen: VecMap<(u32, u32, TraceObject), (usize, u64, u64)> = VecMap::new();
    for e in run.events(TraceKind::IoEof) {
        let (Some(line), Some(obj)) = (e.line, e.object) else { continue };
        let entry = seen.entry((line, e.task, obj)).or_insert((0, e.time_ns, e.time_ns));
        entry.0 += 1;
        entry.2 = e.time_ns;
    }
    let mut lines = VecSet::new();
    for ((line, task, obj), (count, first, last)) in seen {
        if count < EOF_REREADS || !lines.insert(line) {
            continue;
        }
        let span =
            if first == last { format!("at {}", ms(first)) } else { format!("from {} to {}", ms(first), ms(last)) };
        let message = format!(
            "the read on line {line} found the end of {obj} {count} times, in {}, {span}: the loop goes on reading after `Ok(0)`, when the peer has closed the stream",
            run.name(task)
        );
        out.push(Finding { diag: diag("read_loop_ignores_eof", at(line), message), standalone: true });
    }
}

/// Tasks still alive when `main` returned (the runtime dropped them).
fn alive_at_exit(run: &Run, out: &mut Vec<Finding>) {
    let dropped: Vec<&TraceEvent> = run.events(TraceKind::Dropped).filter(|e| e.detail == "main returned").collect();
    let main_returned = run.trace.iter().any(|e| e.task == 0 && e.kind == TraceKind::Completed);
    if dropped.is_empty() || !main_returned {
        return;
    }
    // Group by spawn line: one finding per `tokio::spawn` site.
    let mut by_line: VecMap<u32, Vec<&TraceEvent>> = VecMap::new();
    for e in dropped {
        by_line.entry(run.spawned_at.get(&e.task).copied().unwrap_or(0)).or_default().push(e);
    }
    for (line, events) in by_line {
        if line == 0 {
            continue;
        }
        let t = events[0].time_ns;
        let never_ran: Vec<u32> = events
            .iter()
            .map(|e| e.task)
            .filter(|t| !run.trace.iter().any(|p| p.task == *t && p.kind == TraceKind::Polled))
            .collect();
        let waits: Vec<String> = events
            .iter()
            .filter_map(|e| {
                run.last_wait(e.task)
                    .filter(|w| !w.detail.is_empty())
                    .map(|w| format!("{} was waiting on {}", who(e.task), w.detail))
            })
            .take(2)
            .collect();
        let names: Vec<String> = events.iter().map(|e| who(e.task)).collect();
        let mut message = format!(
            "`main` returned at {} while {} spawned here {} still running, so the runtime dropped {}",
            ms(t),
            names.join(", "),
            if events.len() == 1 { "was" } else { "were" },
            if events.len() == 1 { "it" } else { "them" }
        );
        if never_ran.len() == events.len() {
            message.push_str(if events.len() == 1 { " before it ever ran" } else { " before they ever ran" });
        } else if !waits.is_empty() {
            message.push_str(&format!(" ({})", waits.join(", ")));
        }
        // A task that never ran at all lost all its work: that is the mistake whatever the syntax says.
        let standalone = !never_ran.is_empty() && never_ran.len() == events.len();
        out.push(Finding { diag: diag("main_exits_before_tasks", at(line), message), standalone });
    }
}

/// Tasks that panicked: evidence for `lost_task_panic` (whose `JoinError` nobody looked at).
fn lost_panics(run: &Run, out: &mut Vec<Finding>) {
    for e in run.events(TraceKind::Panicked).filter(|e| e.task != 0) {
        let joined = |j: &&TraceEvent| j.kind == TraceKind::Joined && j.object == Some(TraceObject::Task(e.task));
        let observed = run.trace.iter().any(|j| joined(&j));
        let Some(&line) = run.spawned_at.get(&e.task) else { continue };
        let msg = if e.detail.is_empty() { String::new() } else { format!(" (`{}`)", e.detail) };
        let message = if observed {
            format!("{} panicked at {}{msg}, and its `JoinError` was thrown away", run.name(e.task), ms(e.time_ns))
        } else {
            format!("{} panicked at {}{msg}, and its `JoinError` was never observed", run.name(e.task), ms(e.time_ns))
        };
        let d = diag("lost_task_panic", at(line), message);
        // tokio's "Cannot block the current thread" panic is `blocking_api_in_async`'s story, not a lost panic of its own.
        out.push(Finding {
            diag: d,
            standalone: !observed && !e.detail.starts_with("Cannot block the current thread"),
        });
        // The syntax finding is on the line that discards the result: explain that one too.
        if let Some(j) = run.trace.iter().find(joined) {
            if let Some(jl) = j.line {
                let d = diag(
                    "lost_task_panic",
                    at(jl),
                    format!(
                        "{} panicked at {}{msg}; its `JoinError` arrives here and is discarded",
                        run.name(e.task),
                        ms(e.time_ns)
                    ),
                );
                out.push(Finding { diag: d, standalone: false });
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// An event as the runtime writes it: the kind by its JSON name, the object named where
    /// the runtime names it (first in `detail`; `the JoinHandle of task N` for a join).
    fn ev(time_ms: u64, task: u32, kind: &str, line: u32, detail: &str) -> TraceEvent {
        let kind: TraceKind = serde_json::from_str(&format!("\"{kind}\"")).unwrap();
        let named = detail.strip_prefix("the JoinHandle of ").unwrap_or(detail);
        let object = match named.split_whitespace().collect::<Vec<_>>()[..] {
            ["task", n, ..] => format!("task {n}").parse().ok(),
            [first, ..] => first.parse().ok(),
            [] => None,
        };
        TraceEvent {
            time_ns: time_ms * 1_000_000,
            task,
            kind,
            line: (line > 0).then_some(line),
            object,
            detail: detail.into(),
        }
    }

    fn report(outcome: Outcome, trace: Vec<TraceEvent>) -> Report {
        Report {
            outcome,
            stdout: String::new(),
            stderr: String::new(),
            diagnostics: Vec::new(),
            steps: 1,
            virtual_time_ns: 0,
            trace,
            exit_status: None,

            timeline: None,
        }
    }

    fn codes(r: &Report) -> Vec<(String, u32)> {
        check(r).into_iter().filter(|f| f.standalone).map(|f| (f.diag.code.clone(), f.diag.line)).collect()
    }

    #[test]
    fn lock_order_cycle() {
        let trace = vec![
            ev(0, 1, "spawned", 10, "by task 0"),
            ev(0, 2, "spawned", 17, "by task 0"),
            ev(0, 1, "lock_acquired", 11, "mutex#1"),
            ev(0, 2, "lock_acquired", 18, "mutex#2"),
            ev(10, 1, "lock_waiting", 13, "mutex#2"),
            ev(10, 2, "lock_waiting", 20, "mutex#1"),
            ev(10, 0, "suspended", 24, "the JoinHandle of task 1"),
        ];
        let r = report(Outcome::Deadlock, trace);
        assert_eq!(codes(&r), vec![("async_lock_deadlock".to_string(), 13)]);
        let f = check(&r).remove(0);
        assert!(
            f.diag.message.contains("task 1 waits on mutex#2 (line 13), held by task 2 since line 18"),
            "{}",
            f.diag.message
        );
        assert!(f.diag.related.iter().any(|r| r.line == 11 && r.message.contains("taken here")));
    }

    #[test]
    fn no_cycle_no_finding() {
        // Waiting on a lock whose holder waits on a timer-less channel: a deadlock, but no lock cycle.
        let trace = vec![
            ev(0, 1, "lock_acquired", 5, "mutex#1"),
            ev(0, 1, "recv_waiting", 6, "mpsc#2"),
            ev(0, 0, "lock_waiting", 9, "mutex#1"),
        ];
        assert!(codes(&report(Outcome::Deadlock, trace)).is_empty());
        // Same events, but the run completed: nothing.
        let trace = vec![
            ev(0, 1, "lock_acquired", 5, "mutex#1"),
            ev(0, 0, "lock_waiting", 9, "mutex#1"),
            ev(1, 1, "lock_released", 0, "mutex#1"),
            ev(1, 0, "lock_acquired", 9, "mutex#1"),
        ];
        assert!(codes(&report(Outcome::Completed, trace)).is_empty());
    }

    #[test]
    fn full_channel_only_self_receives() {
        let trace =
            vec![ev(0, 0, "send", 7, "mpsc#1"), ev(0, 0, "send", 7, "mpsc#1"), ev(0, 0, "send_waiting", 7, "mpsc#1")];
        assert_eq!(codes(&report(Outcome::Deadlock, trace)), vec![("bounded_channel_cycle".to_string(), 7)]);
    }

    #[test]
    fn unpolled_future_vs_relock() {
        let held = vec![
            ev(0, 0, "lock_acquired", 6, "mutex#1 (future 2)"),
            ev(10, 0, "lock_waiting", 19, "mutex#1 (future 1)"),
        ];
        assert_eq!(codes(&report(Outcome::Deadlock, held)), vec![("unpolled_future_holds_resource".to_string(), 19)]);
        let relock =
            vec![ev(0, 0, "lock_acquired", 6, "mutex#1 (future 1)"), ev(0, 0, "lock_waiting", 7, "mutex#1 (future 1)")];
        assert_eq!(codes(&report(Outcome::Deadlock, relock)), vec![("async_lock_deadlock".to_string(), 7)]);
    }

    #[test]
    fn borrow_held_then_failed() {
        let held =
            ev(0, 2, "borrow_held", 8, "refcell#1 (borrow_mut taken at line 6) while waiting on `sleep` until 20 ms");
        let failed = ev(10, 3, "borrow_failed", 14, "refcell#1 (borrow: BorrowError)");
        let r = report(Outcome::Panicked, vec![held.clone(), failed]);
        assert_eq!(codes(&r), vec![("refcell_borrow_across_await".to_string(), 6)]);
        let m = check(&r).remove(0).diag.message;
        assert!(
            m.contains("still held when task 2 suspended at line 8 at 0 ms")
                && m.contains("task 3 then panicked with BorrowError"),
            "{m}"
        );
        // Held but nobody else borrowed: evidence only.
        let r = report(Outcome::Completed, vec![held]);
        assert!(codes(&r).is_empty());
        assert_eq!(check(&r).len(), 1);
    }

    #[test]
    fn detached_task_effects() {
        let trace = vec![
            ev(0, 1, "spawned", 5, "by task 0"),
            ev(15, 0, "handle_dropped", 12, "task 1"),
            ev(20, 1, "printed", 8, "tick 1"),
            ev(30, 1, "completed", 0, ""),
        ];
        let f = check(&report(Outcome::Completed, trace))
            .into_iter()
            .find(|f| f.diag.code == "joinhandle_drop_is_not_cancel")
            .unwrap();
        assert!(!f.standalone && f.diag.line == 12);
        assert!(f.diag.message.contains("printed `tick 1` at 20 ms; it completed at 30 ms"), "{}", f.diag.message);
        // Dropped, but the task did nothing visible afterwards: no evidence.
        let trace = vec![
            ev(0, 1, "spawned", 5, "by task 0"),
            ev(15, 0, "handle_dropped", 12, "task 1"),
            ev(30, 1, "completed", 0, ""),
        ];
        assert!(check(&report(Outcome::Completed, trace)).is_empty());
    }

    fn sleeps(task: u32, durations: &[u64], other_task_between: bool) -> Vec<TraceEvent> {
        let mut trace = Vec::new();
        let mut t = 0;
        for (i, d) in durations.iter().enumerate() {
            trace.push(ev(
                t,
                task,
                "timer_set",
                6,
                &format!("timer#{i} until {} ms, made at line 6 in a call from line 17", t + d),
            ));
            if other_task_between {
                trace.push(ev(t, task + 1, "polled", 0, ""));
            }
            t += d;
            trace.push(ev(t, task, "timer_fired", 0, &format!("timer#{i}")));
        }
        trace
    }

    #[test]
    fn sequential_waits_alone() {
        let r = report(Outcome::Completed, sleeps(0, &[1000, 600, 800], false));
        assert_eq!(codes(&r), vec![("sequential_awaits_not_concurrent".to_string(), 17)]);
        assert!(check(&r)[0].diag.message.contains("from 0 ms to 2400 ms"));
        // Another task ran meanwhile, a pace (equal waits), a backoff (growing), two waits only: nothing.
        assert!(codes(&report(Outcome::Completed, sleeps(0, &[1000, 600, 800], true))).is_empty());
        assert!(codes(&report(Outcome::Completed, sleeps(0, &[100, 100, 100], false))).is_empty());
        assert!(codes(&report(Outcome::Completed, sleeps(0, &[100, 200, 400], false))).is_empty());
        assert!(codes(&report(Outcome::Completed, sleeps(0, &[300, 100], false))).is_empty());
    }

    #[test]
    fn limit_runs_show_what_happened() {
        let mut trace = Vec::new();
        for i in 0..5u64 {
            trace.push(ev(
                i * 300,
                0,
                "timer_set",
                22,
                &format!("timer#{i} until {} ms, made at line 24", i * 300 + 1000),
            ));
            trace.push(ev(i * 300 + 300, 0, "timer_dropped", 0, &format!("timer#{i}")));
        }
        let r = report(Outcome::Limit, trace);
        assert_eq!(codes(&r), vec![("select_timer_reset_in_loop".to_string(), 24)]);
        assert!(check(&r)[0].diag.message.contains("on line 24 was created 5 times and dropped unfired each time"));
        // Nothing about what had not happened at the stop: no deadlock cycle from a limit run.
        let trace = vec![ev(0, 0, "send", 7, "mpsc#1"), ev(0, 0, "send_waiting", 7, "mpsc#1")];
        assert!(codes(&report(Outcome::Limit, trace)).is_empty());
    }

    #[test]
    fn moving_timer() {
        let mut trace = Vec::new();
        for i in 0..5u64 {
            trace.push(ev(i * 40, 0, "timer_set", 18, &format!("timer#{i} until {} ms", i * 40 + 100)));
            trace.push(ev(i * 40 + 40, 0, "timer_dropped", 0, &format!("timer#{i}")));
        }
        assert_eq!(codes(&report(Outcome::Completed, trace)), vec![("select_timer_reset_in_loop".to_string(), 18)]);
        // A per-iteration timer that was dropped after its deadline would have passed is not a moving deadline.
        let mut trace = Vec::new();
        for i in 0..5u64 {
            trace.push(ev(i * 200, 0, "timer_set", 18, &format!("timer#{i} until {} ms", i * 200 + 100)));
            trace.push(ev(i * 200 + 100, 0, "timer_fired", 0, &format!("timer#{i}")));
        }
        assert!(codes(&report(Outcome::Completed, trace)).is_empty());
    }
}
