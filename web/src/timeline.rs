//! Where everything of a run's timeline goes on the picture: pure geometry from a
//! [`grader::timeline::Timeline`], so it builds and is tested natively; the component
//! (`components/timeline_view.rs`) only turns a [`Layout`] into SVG.
//!
//! - Two axes: virtual **time** (x proportional to ns) and **step** order (one slot per
//!   poll; the events of a slot spread evenly across it, in trace order).
//! - **Aggregation** keeps big runs responsive: bars and glyphs that fall in the same pixel
//!   column of a lane merge into one (a glyph then counts its events), so the number of SVG
//!   elements is bounded by lanes × width, whatever the number of events.
//! - Several timelines can share one time axis (`scale_ns`), for "yours against the reference".

use grader::timeline::{State, Timeline};
use grader::trace::TraceKind;

/// Width of the lane labels on the left.
pub const LABEL_W: f64 = 132.0;
/// Height of one lane.
pub const LANE_H: f64 = 30.0;
/// Height of the axis at the top.
pub const AXIS_H: f64 = 26.0;
/// Width of the plot on the time axis (the picture scales to its box; this sets proportions).
pub const PLOT_W: f64 = 720.0;
/// The narrowest and widest slot on the step axis, and the widest step picture.
const MIN_SLOT: f64 = 14.0;
const MAX_SLOT: f64 = 44.0;
const MAX_STEP_W: f64 = 12_000.0;
/// The narrowest bar drawn (an instant on the time axis still shows).
const MIN_BAR: f64 = 3.0;
/// Beyond this many arrows, wake-up and spawn arrows are left out (the marks stay).
const MAX_ARROWS: usize = 400;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Axis {
    Time,
    Steps,
}

/// The picture, in SVG user units.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Layout {
    pub width: f64,
    pub height: f64,
    pub lanes: Vec<LaneBox>,
    pub bars: Vec<Bar>,
    pub glyphs: Vec<Glyph>,
    pub arrows: Vec<Arrow>,
    /// Blocking calls: a band across every lane (the runtime's one thread was held).
    pub bands: Vec<Band>,
    pub ticks: Vec<Tick>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct LaneBox {
    pub task: u32,
    pub y: f64,
    pub label: String,
    /// The line that spawned it.
    pub line: Option<u32>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Bar {
    pub task: u32,
    pub x: f64,
    pub w: f64,
    pub y: f64,
    pub state: State,
    /// For people: `waiting: `sleep` until 300 ms (line 5), 0–300 ms`.
    pub title: String,
    pub line: Option<u32>,
    /// Index of the segment's first mark (the stepper's position when clicked).
    pub mark: usize,
}

/// What a glyph shows; the component picks a shape and a colour per kind.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum GlyphKind {
    Spawn,
    Wake,
    Lock,
    Unlock,
    Send,
    Recv,
    Output,
    Panic,
    Cancel,
    Dropped,
    Done,
    Closed,
    Other,
}

impl GlyphKind {
    /// The glyph of an event, or `None` for events the bars already show (polls, suspensions,
    /// waits) or that belong to no lane (the clock).
    pub fn of(kind: TraceKind) -> Option<GlyphKind> {
        Some(match kind {
            TraceKind::Spawned => GlyphKind::Spawn,
            TraceKind::Woken => GlyphKind::Wake,
            TraceKind::LockAcquired => GlyphKind::Lock,
            TraceKind::LockReleased => GlyphKind::Unlock,
            TraceKind::Send => GlyphKind::Send,
            TraceKind::Recv => GlyphKind::Recv,
            TraceKind::Printed => GlyphKind::Output,
            TraceKind::Panicked => GlyphKind::Panic,
            TraceKind::Cancelled => GlyphKind::Cancel,
            TraceKind::Dropped => GlyphKind::Dropped,
            TraceKind::Completed => GlyphKind::Done,
            TraceKind::ChannelClosed => GlyphKind::Closed,
            TraceKind::BorrowHeld | TraceKind::BorrowFailed | TraceKind::FutureDropped | TraceKind::HandleDropped => {
                GlyphKind::Other
            }
            TraceKind::Polled
            | TraceKind::Suspended
            | TraceKind::ClockAdvanced
            | TraceKind::TimerSet
            | TraceKind::TimerFired
            | TraceKind::TimerDropped
            | TraceKind::TimeoutSet
            | TraceKind::LockWaiting
            | TraceKind::SendWaiting
            | TraceKind::RecvWaiting
            | TraceKind::Blocked
            | TraceKind::Joined => return None,
        })
    }

    pub fn as_str(self) -> &'static str {
        match self {
            GlyphKind::Spawn => "spawn",
            GlyphKind::Wake => "wake",
            GlyphKind::Lock => "lock",
            GlyphKind::Unlock => "unlock",
            GlyphKind::Send => "send",
            GlyphKind::Recv => "recv",
            GlyphKind::Output => "output",
            GlyphKind::Panic => "panic",
            GlyphKind::Cancel => "cancel",
            GlyphKind::Dropped => "dropped",
            GlyphKind::Done => "done",
            GlyphKind::Closed => "closed",
            GlyphKind::Other => "other",
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Glyph {
    pub task: u32,
    pub kind: GlyphKind,
    pub x: f64,
    pub y: f64,
    /// The first mark it stands for, and how many merged into it.
    pub mark: usize,
    pub count: usize,
    pub line: Option<u32>,
    pub title: String,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Arrow {
    pub x1: f64,
    pub y1: f64,
    pub x2: f64,
    pub y2: f64,
    /// A timer woke the task (the arrow comes down from the axis).
    pub from_timer: bool,
    pub mark: usize,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Band {
    pub x: f64,
    pub w: f64,
    pub title: String,
    pub line: Option<u32>,
    pub mark: usize,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Tick {
    pub x: f64,
    pub label: String,
}

/// The x of every mark, and of the run's end (index `marks.len()`), on one axis.
pub struct Xs {
    xs: Vec<f64>,
}

impl Xs {
    pub fn new(t: &Timeline, axis: Axis, scale_ns: u64) -> Xs {
        let n = t.marks.len();
        let mut xs = Vec::with_capacity(n + 1);
        match axis {
            Axis::Time => {
                let scale = scale_ns.max(t.end_ns).max(1) as f64;
                xs.extend(t.marks.iter().map(|m| LABEL_W + m.ns as f64 / scale * PLOT_W));
                xs.push(LABEL_W + t.end_ns as f64 / scale * PLOT_W);
            }
            Axis::Steps => {
                let slot = step_slot(t);
                let mut i = 0;
                while i < n {
                    let step = t.marks[i].step;
                    let j = i + t.marks[i..].iter().take_while(|m| m.step == step).count();
                    let k = (j - i) as f64;
                    for (off, _) in (i..j).enumerate() {
                        xs.push(LABEL_W + slot * (step as f64 + (off as f64 + 0.5) / k));
                    }
                    i = j;
                }
                xs.push(LABEL_W + slot * t.steps as f64);
            }
        }
        Xs { xs }
    }

    pub fn of(&self, mark: usize) -> f64 {
        self.xs[mark.min(self.xs.len() - 1)]
    }
}

/// The width of one poll's slot on the step axis.
fn step_slot(t: &Timeline) -> f64 {
    let steps = t.steps.max(1) as f64;
    (PLOT_W / steps).clamp(MIN_SLOT, MAX_SLOT).min(MAX_STEP_W / steps)
}

/// Milliseconds for people: `300 ms`, `1.5 ms`, `0 ms`.
pub fn ms(ns: u64) -> String {
    let ms = ns as f64 / 1e6;
    if ms == ms.trunc() {
        format!("{ms} ms")
    } else {
        format!("{} ms", (ms * 1000.0).round() / 1000.0)
    }
}

/// Lay `t` out on `axis`; on the time axis, `scale_ns` (at least the run's end) is the
/// width's worth of time, so two timelines can share one axis.
pub fn layout(t: &Timeline, axis: Axis, scale_ns: u64) -> Layout {
    let xs = Xs::new(t, axis, scale_ns);
    let lane_of = |task: u32| t.lanes.iter().position(|l| l.task == task);
    let y_of = |lane: usize| AXIS_H + lane as f64 * LANE_H;
    let lanes: Vec<LaneBox> = t
        .lanes
        .iter()
        .enumerate()
        .map(|(i, l)| LaneBox { task: l.task, y: y_of(i), label: l.label.clone(), line: l.line })
        .collect();

    // Bars, merged per pixel column.
    let mut bars: Vec<Bar> = Vec::new();
    for (li, lane) in t.lanes.iter().enumerate() {
        let first = bars.len();
        for s in &lane.segments {
            let (x1, x2) = (xs.of(s.from as usize), xs.of(s.to as usize));
            let (from_ns, to_ns) = (ns_at(t, s.from as usize), ns_at(t, s.to as usize));
            let what = if s.what.is_empty() { String::new() } else { format!(": {}", s.what) };
            let at = s.line.map(|l| format!(" (line {l})")).unwrap_or_default();
            let when = if from_ns == to_ns { ms(from_ns) } else { format!("{}–{}", ms(from_ns), ms(to_ns)) };
            let title = format!("{} {}{what}{at}, {when}", lane.label, s.state.as_str());
            let w = (x2 - x1).max(MIN_BAR);
            let bar = Bar { task: lane.task, x: x1, w, y: y_of(li), state: s.state, title, line: s.line, mark: s.from as usize };
            // A bar that starts in the pixel column where the previous one ends, both under a
            // pixel wide, joins it (the longer state wins the colour).
            if let Some(prev) = bars[first..].last_mut() {
                if x2 - x1 < 1.0 && prev.w <= MIN_BAR && (x1 - (prev.x + prev.w)).abs() < 1.0 && prev.state != State::Blocked {
                    prev.w = (x1 + w - prev.x).max(prev.w);
                    continue;
                }
            }
            bars.push(bar);
        }
    }

    // Glyphs, merged per lane and pixel column.
    let mut glyphs: Vec<Glyph> = Vec::new();
    let mut last_at: std::collections::HashMap<(u32, GlyphKind), usize> = std::collections::HashMap::new();
    let mut arrows = Vec::new();
    let mut bands = Vec::new();
    let mut n_arrows = 0usize;
    for (i, m) in t.marks.iter().enumerate() {
        let x = xs.of(i);
        if m.kind == TraceKind::Blocked {
            let end = next_of_task(t, i);
            let w = (xs.of(end) - x).max(MIN_BAR);
            bands.push(Band { x, w, title: format!("blocked the runtime: {}", m.text), line: m.line, mark: i });
        }
        let Some(kind) = GlyphKind::of(m.kind) else { continue };
        let Some(li) = lane_of(m.task) else { continue };
        let y = y_of(li) + LANE_H / 2.0;
        if matches!(m.kind, TraceKind::Woken | TraceKind::Spawned) {
            n_arrows += 1;
            let from = match m.object.as_deref().and_then(|o| o.strip_prefix("task ")).and_then(|t| t.parse().ok()) {
                Some(task) => lane_of(task).map(|l| (y_of(l) + LANE_H / 2.0, false)),
                None if m.object.as_deref().is_some_and(|o| o.starts_with("timer#")) => Some((AXIS_H - 4.0, true)),
                None => None,
            };
            if let Some((y1, from_timer)) = from.filter(|(y1, _)| (*y1 - y).abs() > 0.5) {
                arrows.push(Arrow { x1: x, y1, x2: x, y2: y, from_timer, mark: i });
            }
        }
        let title = glyph_title(t, i);
        if let Some(&g) = last_at.get(&(m.task, kind)) {
            let prev = &mut glyphs[g];
            if (prev.x - x).abs() < 1.0 {
                prev.count += 1;
                if prev.count <= 5 {
                    prev.title.push('\n');
                    prev.title.push_str(&title);
                } else if prev.count == 6 {
                    prev.title.push_str("\n…");
                }
                continue;
            }
        }
        last_at.insert((m.task, kind), glyphs.len());
        glyphs.push(Glyph { task: m.task, kind, x, y, mark: i, count: 1, line: m.line, title });
    }
    if n_arrows > MAX_ARROWS {
        arrows.clear();
    }

    let width = match axis {
        Axis::Time => LABEL_W + PLOT_W + 16.0,
        Axis::Steps => xs.of(t.marks.len()) + 16.0,
    };
    let ticks = ticks(t, axis, scale_ns, &xs);
    Layout { width, height: AXIS_H + t.lanes.len().max(1) as f64 * LANE_H + 4.0, lanes, bars, glyphs, arrows, bands, ticks }
}

fn ns_at(t: &Timeline, mark: usize) -> u64 {
    t.marks.get(mark).map_or(t.end_ns, |m| m.ns)
}

/// The index of the task's next mark after `i` (or the end).
fn next_of_task(t: &Timeline, i: usize) -> usize {
    let task = t.marks[i].task;
    t.marks[i + 1..].iter().position(|m| m.task == task).map_or(t.marks.len(), |p| i + 1 + p)
}

/// What a mark says to people: `task 1, 300 ms, line 5: printed "300"`.
pub fn glyph_title(t: &Timeline, i: usize) -> String {
    let m = &t.marks[i];
    let who = if m.task == 0 { "main".to_string() } else { format!("task {}", m.task) };
    let line = m.line.map(|l| format!(", line {l}")).unwrap_or_default();
    format!("{who}, {}{line}: {}", ms(m.ns), describe(t, i))
}

/// One event in words.
pub fn describe(t: &Timeline, i: usize) -> String {
    let m = &t.marks[i];
    let obj = m.object.clone().unwrap_or_default();
    match m.kind {
        TraceKind::Spawned => format!("spawned by {}", if obj == "task 0" { "main" } else { &obj }),
        TraceKind::Polled => "polled: runs".into(),
        TraceKind::Suspended => format!("waits on {}", m.text),
        TraceKind::Woken => format!("woken {}", if obj.is_empty() { m.text.clone() } else { format!("by {obj}") }),
        TraceKind::Completed => "completed".into(),
        TraceKind::Panicked => format!("panicked: {}", m.text),
        TraceKind::Cancelled => "aborted".into(),
        TraceKind::Dropped => "dropped at shutdown (main returned)".into(),
        TraceKind::ClockAdvanced => format!("the paused clock jumps {}", m.text),
        TraceKind::Printed => format!("printed \"{}\"", m.text),
        TraceKind::LockAcquired => format!("took {}", m.text),
        TraceKind::LockReleased => format!("released {}", m.text),
        TraceKind::Send => format!("sent on {}", m.text),
        TraceKind::Recv => format!("received from {}", m.text),
        _ => {
            let kind = m.kind.as_str().replace('_', " ");
            if m.text.is_empty() {
                kind
            } else {
                format!("{kind}: {}", m.text)
            }
        }
    }
}

/// About six ticks on the time axis at round values; on the step axis, every so many steps.
fn ticks(t: &Timeline, axis: Axis, scale_ns: u64, xs: &Xs) -> Vec<Tick> {
    match axis {
        Axis::Time => {
            let scale = scale_ns.max(t.end_ns);
            if scale == 0 {
                return vec![Tick { x: LABEL_W, label: "0 ms".into() }];
            }
            let raw = scale as f64 / 6.0;
            let pow = 10f64.powf(raw.log10().floor());
            let step = [1.0, 2.0, 5.0, 10.0].iter().map(|m| m * pow).find(|s| *s >= raw).unwrap_or(10.0 * pow);
            let mut out = Vec::new();
            let mut v = 0.0;
            while v <= scale as f64 + 0.5 {
                out.push(Tick { x: LABEL_W + v / scale as f64 * PLOT_W, label: ms(v as u64) });
                v += step;
            }
            out
        }
        Axis::Steps => {
            let slot = step_slot(t);
            let every = (60.0 / slot).ceil().max(1.0) as u32;
            let _ = xs;
            (0..t.steps)
                .step_by(every as usize)
                .map(|s| Tick { x: LABEL_W + slot * s as f64, label: format!("poll {}", s + 1) })
                .collect()
        }
    }
}

/// Each lane's state at mark `i` (the stepper's view): `(task, state, what, line)`, or no
/// state when the task is not spawned yet or has ended.
pub fn states_at(t: &Timeline, i: usize) -> Vec<(u32, Option<State>, String, Option<u32>)> {
    let i = i as u32;
    t.lanes
        .iter()
        .map(|l| {
            let seg = l.segments.iter().find(|s| s.from <= i && (i < s.to || (s.from == s.to && s.from == i)));
            match seg {
                Some(s) => (l.task, Some(s.state), s.what.clone(), s.line),
                None => (l.task, None, String::new(), None),
            }
        })
        .collect()
}

/// The marks on `line`, for highlighting the picture from the editor's cursor.
pub fn marks_on_line(t: &Timeline, line: u32) -> Vec<usize> {
    t.marks.iter().enumerate().filter(|(_, m)| m.line == Some(line)).map(|(i, _)| i).collect()
}

/// The axis a timeline opens on: step order when everything happened at one instant.
pub fn default_axis(t: &Timeline) -> Axis {
    if t.end_ns == 0 {
        Axis::Steps
    } else {
        Axis::Time
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn timeline(src: &str) -> Timeline {
        let mut report = grader::check(src, &grader::Options::default());
        report.with_timeline(grader::timeline::MAX_MARKS);
        *report.timeline.expect("an async run has a timeline")
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
    fn time_axis_places_by_virtual_time() {
        let t = timeline(DOWNLOADS);
        let l = layout(&t, Axis::Time, 0);
        assert_eq!(l.lanes.len(), 4);
        // The 300 ms wait of task 1 spans three quarters of the plot.
        let wait = l.bars.iter().find(|b| b.task == 1 && b.state == State::Waiting).unwrap();
        assert!((wait.x - LABEL_W).abs() < 0.01 && (wait.w - 0.75 * PLOT_W).abs() < 0.01, "{wait:?}");
        assert!(wait.title.contains("`sleep` until 300 ms (line 4), 0 ms–300 ms"), "{}", wait.title);
        // Output glyphs sit at their time, with their text and line.
        let out = l.glyphs.iter().find(|g| g.kind == GlyphKind::Output && g.task == 3).unwrap();
        assert!((out.x - (LABEL_W + 0.25 * PLOT_W)).abs() < 0.01);
        assert_eq!(out.line, Some(5));
        assert!(out.title.contains("printed \"100\""), "{}", out.title);
        // Timer wake-ups come down from the axis; main is woken by each task.
        assert!(l.arrows.iter().filter(|a| a.from_timer).count() == 3);
        assert!(l.arrows.iter().any(|a| !a.from_timer && (a.y2 - (AXIS_H + LANE_H / 2.0)).abs() < 0.01));
        assert_eq!(l.ticks.first().map(|t| t.label.as_str()), Some("0 ms"));
        assert!(l.ticks.iter().any(|t| t.label == "400 ms"));
    }

    #[test]
    fn a_shared_scale_makes_a_shorter_run_narrower() {
        let t = timeline(DOWNLOADS);
        let alone = Xs::new(&t, Axis::Time, 0).of(t.marks.len());
        let shared = Xs::new(&t, Axis::Time, 800_000_000).of(t.marks.len());
        assert!((alone - (LABEL_W + PLOT_W)).abs() < 0.01);
        assert!((shared - (LABEL_W + PLOT_W / 2.0)).abs() < 0.01);
    }

    #[test]
    fn step_axis_gives_each_poll_a_slot_in_trace_order() {
        let t = timeline(DOWNLOADS);
        let xs = Xs::new(&t, Axis::Steps, 0);
        for w in (0..t.marks.len()).collect::<Vec<_>>().windows(2) {
            assert!(xs.of(w[0]) < xs.of(w[1]), "marks {} and {} are not in order", w[0], w[1]);
        }
        let slot = step_slot(&t);
        for (i, m) in t.marks.iter().enumerate() {
            let x = xs.of(i) - LABEL_W;
            assert!(x > slot * m.step as f64 && x < slot * (m.step + 1) as f64);
        }
        assert!(default_axis(&t) == Axis::Time);
    }

    #[test]
    fn everything_at_zero_opens_in_step_order() {
        let t = timeline("#[tokio::main]\nasync fn main() {\n    tokio::spawn(async {}).await.unwrap();\n}\n");
        assert_eq!(t.end_ns, 0);
        assert_eq!(default_axis(&t), Axis::Steps);
    }

    #[test]
    fn a_blocking_call_is_a_band_across_every_lane() {
        let t = timeline(
            "#[tokio::main]\nasync fn main() {\n    let h = tokio::spawn(async {});\n    std::thread::sleep(std::time::Duration::from_millis(5));\n    h.await.unwrap();\n}\n",
        );
        let l = layout(&t, Axis::Steps, 0);
        assert_eq!(l.bands.len(), 1);
        assert_eq!(l.bands[0].line, Some(4));
        assert!(l.bands[0].title.contains("std::thread::sleep for 5 ms"), "{}", l.bands[0].title);
        assert!(l.bars.iter().any(|b| b.state == State::Blocked && b.task == 0));
    }

    #[test]
    fn ten_thousand_events_stay_a_bounded_picture() {
        let t = timeline(
            "#[tokio::main]\nasync fn main() {\n    let h = tokio::spawn(async { for i in 0..3000 { if i % 100 == 0 { println!(\"{i}\"); } tokio::task::yield_now().await; } });\n    for _ in 0..3000 { tokio::task::yield_now().await; }\n    h.await.unwrap();\n}\n",
        );
        assert!(t.marks.len() > 10_000, "{}", t.marks.len());
        for axis in [Axis::Time, Axis::Steps] {
            let l = layout(&t, axis, 0);
            let elements = l.bars.len() + l.glyphs.len() + l.arrows.len() + l.bands.len();
            let columns = (l.width - LABEL_W) as usize + 1;
            assert!(elements <= 2 * 3 * columns, "{axis:?}: {elements} elements for {columns} columns");
            assert!(l.width <= LABEL_W + MAX_STEP_W + 16.0);
            // Merged glyphs still count every event they stand for.
            let woken = t.marks.iter().filter(|m| m.kind == TraceKind::Woken).count();
            let counted: usize = l.glyphs.iter().filter(|g| g.kind == GlyphKind::Wake).map(|g| g.count).sum();
            assert_eq!(counted, woken);
        }
    }

    #[test]
    fn the_stepper_knows_each_tasks_state() {
        let t = timeline(DOWNLOADS);
        // When task 3's timer fires at 100 ms, tasks 1 and 2 still wait on theirs and main on a JoinHandle.
        let i = t.marks.iter().position(|m| m.kind == TraceKind::Woken && m.task == 3).unwrap();
        let states = states_at(&t, i);
        let of = |task: u32| states.iter().find(|s| s.0 == task).unwrap();
        assert_eq!(of(1).1, Some(State::Waiting));
        assert_eq!(of(1).2, "`sleep` until 300 ms");
        assert_eq!(of(0).1, Some(State::Waiting));
        assert_eq!(of(0).2, "the JoinHandle of task 1");
        assert_eq!(of(3).1, Some(State::Ready));
        // Before it is spawned a task has no state.
        assert_eq!(states_at(&t, 0).iter().find(|s| s.0 == 2).unwrap().1, None);
        assert_eq!(marks_on_line(&t, 5).len(), 3, "the three printed lines");
    }

    #[test]
    fn ms_reads_well() {
        assert_eq!(ms(0), "0 ms");
        assert_eq!(ms(300_000_000), "300 ms");
        assert_eq!(ms(1_500_000), "1.5 ms");
    }
}
