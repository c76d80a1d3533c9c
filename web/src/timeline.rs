//! Where everything of a run's timeline goes on the picture: pure geometry from a
//! [`grader::timeline::Timeline`], so it builds and is tested natively; the component
//! (`components/timeline_view.rs`) only turns a [`Layout`] into SVG.
//!
//! - Two axes: virtual **time** (x proportional to ns) and **step** order (one slot per
//!   poll; the events of a slot spread evenly across it, in trace order).
//! - **Aggregation** keeps big runs responsive: bars under a pixel wide merge into the bar they
//!   start in, and glyphs of one kind closer than `MERGE_PX` on a lane merge into one that counts
//!   its events, so the number of SVG elements is bounded by lanes × width, whatever the number
//!   of events (the step axis is at most `MAX_STEP_W` wide).
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
const MAX_STEP_W: f64 = 6_000.0;
/// Glyphs of one kind on one lane closer than this merge into one that counts them.
const MERGE_PX: f64 = 4.0;
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
    /// How many later segments (too narrow to draw) it stands for.
    pub merged: usize,
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
    /// A connection made (`connect`) or taken (`accept`).
    Connect,
    /// An I/O call failed (connection refused, broken pipe).
    Failed,
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
            TraceKind::ChannelClosed | TraceKind::IoEof => GlyphKind::Closed,
            TraceKind::IoConnected | TraceKind::IoAccepted => GlyphKind::Connect,
            TraceKind::IoError => GlyphKind::Failed,
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
            | TraceKind::IoReadWaiting
            | TraceKind::IoWriteWaiting
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
            GlyphKind::Connect => "connect",
            GlyphKind::Failed => "io-error",
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
            let bar = Bar {
                task: lane.task,
                x: x1,
                w,
                y: y_of(li),
                state: s.state,
                title,
                line: s.line,
                mark: s.from as usize,
                merged: 0,
            };
            // A bar under two pixels wide that starts inside (or right after) the previous one of
            // its lane joins it, which keeps its colour and counts it: a thousand polls at one
            // instant are one bar, not a thousand. A blocking call always shows.
            if let Some(prev) = bars[first..].last_mut() {
                let end = prev.x + prev.w;
                let inside = x1 < end + 0.5 && (prev.merged > 0 || prev.w <= MIN_BAR + 0.5 || x1 + MIN_BAR <= end);
                if x2 - x1 < 2.0 && inside && s.state != State::Blocked && prev.state != State::Blocked {
                    prev.w = prev.w.max(x1 + MIN_BAR - prev.x);
                    prev.merged += 1;
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
            if (prev.x - x).abs() < MERGE_PX {
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
        Axis::Time => LABEL_W + PLOT_W + 36.0,
        Axis::Steps => xs.of(t.marks.len()) + 36.0,
    };
    let ticks = ticks(t, axis, scale_ns, &xs);
    Layout {
        width,
        height: AXIS_H + t.lanes.len().max(1) as f64 * LANE_H + 4.0,
        lanes,
        bars,
        glyphs,
        arrows,
        bands,
        ticks,
    }
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
        TraceKind::IoConnected | TraceKind::IoAccepted => m.text.clone(),
        TraceKind::IoError => format!("I/O error: {}", m.text),
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

/// The picture's own style: every colour through a variable the page sets per colour scheme,
/// with a light-theme fallback, so an exported SVG stands alone.
pub const SVG_STYLE: &str = "\
.tl-axis{stroke:var(--tl-grid,#d0d7de);stroke-width:1}\
.tl-tick{font:10px system-ui,sans-serif;fill:var(--tl-text,#57606a)}\
.tl-lane-bg{fill:var(--tl-lane,#f6f8fa)}\
.tl-lane-label{font:600 12px system-ui,sans-serif;fill:var(--tl-fg,#1f2328)}\
.tl-lane-sub{font:10px system-ui,sans-serif;fill:var(--tl-text,#57606a)}\
.st-running{fill:var(--tl-running,#2f81f7)}\
.st-ready{fill:var(--tl-ready,#d4a72c);opacity:.55}\
.st-waiting{fill:var(--tl-waiting,#8c959f);opacity:.35}\
.st-blocked{fill:var(--tl-blocked,#cf222e)}\
.tl-bar-text{font:10px system-ui,sans-serif;fill:var(--tl-fg,#1f2328);pointer-events:none}\
.tl-band{fill:var(--tl-blocked,#cf222e);opacity:.25}\
.tl-arrow{stroke:var(--tl-arrow,#8250df);stroke-width:1.2;fill:none;marker-end:url(#tl-head);pointer-events:none}\
.tl-arrow.timer{stroke-dasharray:3 2;stroke:var(--tl-timer,#57606a)}\
.tl-head{fill:var(--tl-arrow,#8250df)}\
.g-output{fill:var(--tl-fg,#1f2328)}.g-spawn{fill:var(--tl-spawn,#1a7f37)}.g-wake{fill:var(--tl-arrow,#8250df)}\
.g-lock{fill:var(--tl-lock,#bc4c00)}.g-unlock{fill:none;stroke:var(--tl-lock,#bc4c00);stroke-width:1.5}\
.g-send,.g-recv{fill:var(--tl-chan,#0969da)}.g-panic{stroke:var(--tl-blocked,#cf222e);stroke-width:2.5}\
.g-cancel,.g-dropped{fill:none;stroke:var(--tl-text,#57606a);stroke-width:1.5}.g-done{fill:var(--tl-fg,#1f2328)}\
.g-closed{fill:none;stroke:var(--tl-chan,#0969da);stroke-width:1.5}.g-connect{fill:var(--tl-spawn,#1a7f37)}\
.g-io-error{fill:none;stroke:var(--tl-blocked,#cf222e);stroke-width:2}.g-other{fill:var(--tl-text,#57606a)}\
.tl-count{font:9px system-ui,sans-serif;fill:var(--tl-text,#57606a)}\
[data-mark]{cursor:pointer}\
";

/// XML text or attribute value.
fn esc(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            c => out.push(c),
        }
    }
    out
}

/// `line="5"`-style attributes of something that has a source line.
fn line_attr(line: Option<u32>) -> String {
    line.map(|l| format!(" data-line=\"{l}\"")).unwrap_or_default()
}

/// The shape of a glyph centred on `(x, y)`.
fn glyph_shape(kind: GlyphKind, x: f64, y: f64) -> String {
    let c = format!("g-{}", kind.as_str());
    match kind {
        GlyphKind::Output => format!("<circle class=\"{c}\" cx=\"{x:.1}\" cy=\"{y:.1}\" r=\"3.5\"/>"),
        GlyphKind::Spawn => format!("<path class=\"{c}\" d=\"M{:.1} {y:.1}l5 -5l5 5l-5 5z\"/>", x - 5.0),
        GlyphKind::Wake => format!("<path class=\"{c}\" d=\"M{:.1} {:.1}l4 7h-8z\"/>", x, y - 11.0),
        GlyphKind::Lock => {
            format!("<rect class=\"{c}\" x=\"{:.1}\" y=\"{:.1}\" width=\"7\" height=\"7\"/>", x - 3.5, y + 4.0)
        }
        GlyphKind::Unlock => {
            format!("<rect class=\"{c}\" x=\"{:.1}\" y=\"{:.1}\" width=\"7\" height=\"7\"/>", x - 3.5, y + 4.0)
        }
        GlyphKind::Send => format!("<path class=\"{c}\" d=\"M{:.1} {:.1}l7 4l-7 4z\"/>", x - 3.5, y + 3.0),
        GlyphKind::Recv => format!("<path class=\"{c}\" d=\"M{:.1} {:.1}l-7 4l7 4z\"/>", x + 3.5, y + 3.0),
        GlyphKind::Panic => format!("<path class=\"{c}\" d=\"M{:.1} {:.1}l10 10m0 -10l-10 10\"/>", x - 5.0, y - 5.0),
        GlyphKind::Cancel | GlyphKind::Dropped => format!(
            "<circle class=\"{c}\" cx=\"{x:.1}\" cy=\"{y:.1}\" r=\"5\"/><path class=\"{c}\" d=\"M{:.1} {:.1}l7 -7\"/>",
            x - 3.5,
            y + 3.5
        ),
        GlyphKind::Done => {
            format!("<rect class=\"{c}\" x=\"{:.1}\" y=\"{:.1}\" width=\"2\" height=\"16\"/>", x - 1.0, y - 8.0)
        }
        GlyphKind::Closed => format!("<circle class=\"{c}\" cx=\"{x:.1}\" cy=\"{y:.1}\" r=\"4\"/>"),
        // Two arrowheads meeting: a connection between two ends.
        GlyphKind::Connect => {
            format!(
                "<path class=\"{c}\" d=\"M{:.1} {:.1}l5 4l-5 4zM{:.1} {:.1}l-5 4l5 4z\"/>",
                x - 6.0,
                y - 4.0,
                x + 6.0,
                y - 4.0
            )
        }
        GlyphKind::Failed => format!(
            "<circle class=\"{c}\" cx=\"{x:.1}\" cy=\"{y:.1}\" r=\"5\"/><path class=\"{c}\" d=\"M{x:.1} {:.1}v5\"/>",
            y - 3.0
        ),
        GlyphKind::Other => format!("<circle class=\"{c}\" cx=\"{x:.1}\" cy=\"{y:.1}\" r=\"2.5\"/>"),
    }
}

/// The layout as an SVG document (the page inserts it; Download saves it as is).
/// Contract for tests and tools: each lane is a `<g class="lane" data-task="ID">` (0 is `main`)
/// holding its bars and marks; everything with a source line carries `data-line="L"`; everything
/// the stepper can select carries `data-mark="I"` (the mark's index in the timeline).
pub fn svg(l: &Layout, title: &str) -> String {
    use std::fmt::Write;
    let (w, h) = (l.width.ceil(), l.height.ceil());
    let mut s = String::with_capacity(256 + 160 * (l.bars.len() + l.glyphs.len()));
    let _ = write!(
        s,
        "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"timeline-svg\" viewBox=\"0 0 {w} {h}\" width=\"{w}\" height=\"{h}\" role=\"group\" aria-label=\"{}\">",
        esc(title)
    );
    let _ = write!(
        s,
        "<style>{SVG_STYLE}</style><defs><marker id=\"tl-head\" viewBox=\"0 0 6 6\" refX=\"5\" refY=\"3\" markerWidth=\"6\" markerHeight=\"6\" orient=\"auto\"><path class=\"tl-head\" d=\"M0 0L6 3L0 6z\"/></marker></defs>"
    );
    for t in &l.ticks {
        let _ = write!(
            s,
            "<line class=\"tl-axis\" x1=\"{x:.1}\" x2=\"{x:.1}\" y1=\"{}\" y2=\"{h}\"/><text class=\"tl-tick\" x=\"{:.1}\" y=\"14\">{}</text>",
            AXIS_H - 6.0,
            t.x + 2.0,
            esc(&t.label),
            x = t.x
        );
    }
    for b in &l.bands {
        let _ = write!(
            s,
            "<rect class=\"tl-band\" data-mark=\"{}\"{} x=\"{:.1}\" y=\"{AXIS_H}\" width=\"{:.1}\" height=\"{:.1}\"><title>{}</title></rect>",
            b.mark,
            line_attr(b.line),
            b.x,
            b.w.max(6.0),
            h - AXIS_H,
            esc(&b.title)
        );
    }
    for lane in &l.lanes {
        let _ = write!(s, "<g class=\"lane\" data-task=\"{}\">", lane.task);
        let _ = write!(
            s,
            "<rect class=\"tl-lane-bg\" x=\"0\" y=\"{:.1}\" width=\"{w}\" height=\"{:.1}\"/>",
            lane.y + 1.0,
            LANE_H - 2.0
        );
        let _ = write!(
            s,
            "<g class=\"lane-name\"{}><text class=\"tl-lane-label\" x=\"6\" y=\"{:.1}\">{}</text>",
            line_attr(lane.line),
            lane.y + 14.0,
            esc(&lane.label)
        );
        if let Some(line) = lane.line {
            let _ = write!(
                s,
                "<text class=\"tl-lane-sub\" x=\"6\" y=\"{:.1}\">spawned at line {line}</text>",
                lane.y + 25.0
            );
        }
        s.push_str("</g>");
        for b in l.bars.iter().filter(|b| b.task == lane.task) {
            let (y, bh) = match b.state {
                State::Running | State::Blocked => (b.y + 8.0, LANE_H - 16.0),
                State::Ready => (b.y + 11.0, LANE_H - 22.0),
                State::Waiting => (b.y + 12.0, LANE_H - 24.0),
            };
            let more = if b.merged > 0 {
                format!(" (and {} more states too short to draw apart; the stepper shows each)", b.merged)
            } else {
                String::new()
            };
            let _ = write!(
                s,
                "<rect class=\"bar st-{}\" data-mark=\"{}\"{} x=\"{:.1}\" y=\"{y:.1}\" width=\"{:.1}\" height=\"{bh:.1}\"><title>{}{}</title></rect>",
                b.state.as_str(),
                b.mark,
                line_attr(b.line),
                b.x,
                b.w,
                esc(&b.title),
                esc(&more)
            );
            // A waiting bar wide enough says on what.
            if b.state == State::Waiting && b.w > 70.0 {
                let what = b.title.split_once(": ").map_or("", |(_, w)| w);
                let what = what.rsplit_once(", ").map_or(what, |(w, _)| w);
                let max = ((b.w - 6.0) / 5.5) as usize;
                let shown: String = if what.chars().count() > max {
                    what.chars().take(max.saturating_sub(1)).chain(std::iter::once('…')).collect()
                } else {
                    what.to_string()
                };
                let _ = write!(
                    s,
                    "<text class=\"tl-bar-text\" x=\"{:.1}\" y=\"{:.1}\">{}</text>",
                    b.x + 3.0,
                    b.y + 9.0,
                    esc(&shown)
                );
            }
        }
        // Ends and minor events underneath, so the marks people look for stay on top and clickable.
        let mut glyphs: Vec<&Glyph> = l.glyphs.iter().filter(|g| g.task == lane.task).collect();
        glyphs.sort_by_key(|g| !matches!(g.kind, GlyphKind::Done | GlyphKind::Other | GlyphKind::Dropped));
        for g in glyphs {
            let label = if g.count > 1 { format!("{} ({} events)", g.title, g.count) } else { g.title.clone() };
            let first_line = label.lines().next().unwrap_or_default().to_string();
            let _ = write!(
                s,
                "<g class=\"mark {}\" data-mark=\"{}\"{} tabindex=\"0\" role=\"button\" aria-label=\"{}\"><title>{}</title>{}",
                g.kind.as_str(),
                g.mark,
                line_attr(g.line),
                esc(&first_line),
                esc(&label),
                glyph_shape(g.kind, g.x, g.y)
            );
            if g.count > 1 {
                let _ = write!(
                    s,
                    "<text class=\"tl-count\" x=\"{:.1}\" y=\"{:.1}\">×{}</text>",
                    g.x + 4.0,
                    g.y - 5.0,
                    g.count
                );
            }
            s.push_str("</g>");
        }
        s.push_str("</g>");
    }
    for a in &l.arrows {
        let class = if a.from_timer { "tl-arrow timer" } else { "tl-arrow" };
        let dy = if a.y2 > a.y1 { -7.0 } else { 7.0 };
        let _ = write!(
            s,
            "<path class=\"{class}\" data-arrow=\"{}\" d=\"M{:.1} {:.1}L{:.1} {:.1}\"/>",
            a.mark,
            a.x1,
            a.y1,
            a.x2,
            a.y2 + dy
        );
    }
    s.push_str("</svg>");
    s
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
            // Per lane at most a bar per pixel and a glyph per MERGE_PX per kind (two kinds here).
            assert!(
                elements <= 2 * (columns + 2 * columns / MERGE_PX as usize),
                "{axis:?}: {elements} elements for {columns} columns"
            );
            let tags = svg(&l, "big").matches('<').count();
            assert!(tags < 30_000, "{axis:?}: {tags} tags in the SVG");
            assert!(l.width <= LABEL_W + MAX_STEP_W + 36.0);
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
    fn the_svg_keeps_the_contract() {
        let t = timeline(DOWNLOADS);
        let svg = svg(&layout(&t, Axis::Time, 0), "Timeline");
        assert!(svg.starts_with("<svg xmlns=\"http://www.w3.org/2000/svg\""));
        for task in 0..4 {
            assert!(svg.contains(&format!("<g class=\"lane\" data-task=\"{task}\">")), "lane {task}");
        }
        // The printed lines are marks on line 5, focusable, with their text.
        assert_eq!(svg.matches("class=\"mark output\"").count(), 3);
        assert!(svg.contains("data-line=\"5\" tabindex=\"0\" role=\"button\" aria-label=\"task 3, 100 ms, line 5: printed &quot;100&quot;\""));
        // A wide waiting bar names what it waits on.
        assert!(svg.contains(">`sleep` until 400 ms (line 4)</text>"), "{svg}");
        // Balanced tags (a cheap well-formedness check).
        assert_eq!(svg.matches("<g").count(), svg.matches("</g>").count());
        assert_eq!(esc("a<b & \"c\">"), "a&lt;b &amp; &quot;c&quot;&gt;");
    }

    #[test]
    fn ms_reads_well() {
        assert_eq!(ms(0), "0 ms");
        assert_eq!(ms(300_000_000), "300 ms");
        assert_eq!(ms(1_500_000), "1.5 ms");
    }
}
