//! `cargo xtask learn [DIR] [--script] [--real]`: the course in the learner's
//! own editor and terminal (issue 19).
//!
//! It makes a workspace folder ([`workspace`], default `learn/` at the
//! repository root) whose `src/main.rs` is the current exercise, then watches
//! that file: every save is graded with the site's grader and checks
//! (`crate::grade::grade_source`) and shown with the same report as
//! `cargo xtask grade`, diagnostics in rustc's style. Keys are read as lines
//! from stdin on a thread, so the same loop serves a person at a terminal and a
//! test writing lines to a pipe ("line mode": no screen clearing, no colours;
//! it is on when stdin or stdout is not a terminal, or with `--script`).
//! [`real`] is the second opinion with real `cargo run`.
//!
//! The main loop is one thread: a key is handled only after the file was
//! polled, so a save followed by a key is always graded before the key acts.

mod real;
mod workspace;

use std::io::{BufRead, IsTerminal, Write};
use std::path::PathBuf;
use std::sync::mpsc::{self, RecvTimeoutError};
use std::time::Duration;

use course::{Course, Exercise, ExerciseKind};
use web::progress::Progress;

use crate::grade::{self, Style, BOLD, GREEN, RED};
use crate::util;
use workspace::{Workspace, CURRENT_FIELD, MAIN};

const USAGE: &str = "usage: cargo xtask learn [DIR] [--script] [--real]";

const KEYS: &str =
    "keys: h hint · n next · l list · g ID go to · r reset · s solution · o real cargo run · c check · q quit";

/// How often the file is polled for a save.
const POLL: Duration = Duration::from_millis(300);

pub fn main(args: &[String]) -> Result<(), String> {
    let mut dir = None;
    let (mut script, mut real_each_save) = (false, false);
    for arg in args {
        match arg.as_str() {
            "--script" => script = true,
            "--real" => real_each_save = true,
            "-h" | "--help" => {
                println!("{USAGE}\n{KEYS}");
                return Ok(());
            }
            flag if flag.starts_with('-') => return Err(format!("unknown option `{flag}`\n{USAGE}")),
            path if dir.is_none() => dir = Some(PathBuf::from(path)),
            _ => return Err(format!("one folder only\n{USAGE}")),
        }
    }
    let interactive = !script && std::io::stdin().is_terminal() && std::io::stdout().is_terminal();
    let colour = std::io::stdout().is_terminal() && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty());
    let course =
        course::load(&util::root()).map_err(|errors| format!("the course does not load:\n{}", errors.join("\n")))?;
    let ws = Workspace::create(&dir.unwrap_or_else(|| util::root().join("learn")))?;
    let mut session = Session::open(course, ws, Style::terminal(colour && !script), interactive, real_each_save)?;

    let (tx, rx) = mpsc::channel();
    std::thread::spawn(move || {
        for line in std::io::stdin().lock().lines() {
            let Ok(line) = line else { break };
            if tx.send(line).is_err() {
                return;
            }
        }
    });
    session.start()?;
    loop {
        let key = match rx.recv_timeout(POLL) {
            Ok(line) => Some(line),
            Err(RecvTimeoutError::Timeout) => None,
            Err(RecvTimeoutError::Disconnected) => break,
        };
        session.poll()?;
        if let Some(line) = key {
            if !session.key(line.trim())? {
                break;
            }
        }
    }
    session.poll()?;
    session.save_code()?;
    println!("bye: your work is in {}, your progress in progress.json", session.ws.main_rs().display());
    Ok(())
}

/// What the next line answers, when it is not a key.
enum Pending {
    None,
    /// `n` on an exercise that has not passed: `y` skips it.
    ConfirmNext,
}

struct Session {
    course: Course,
    ws: Workspace,
    progress: Progress,
    /// Index into `course.exercises`.
    current: usize,
    style: Style,
    interactive: bool,
    real_each_save: bool,
    /// The file's content when it was last graded or written here.
    last_seen: Option<String>,
    pending: Pending,
}

impl Session {
    fn open(course: Course, ws: Workspace, style: Style, interactive: bool, real: bool) -> Result<Session, String> {
        let progress = ws.load_progress()?;
        let saved = progress.unknown.get(CURRENT_FIELD).and_then(|v| v.as_str());
        // The exercise open last time here, else the first one not passed (e.g. after the site).
        let current = saved
            .and_then(|id| course.exercises.iter().position(|e| e.id == id))
            .or_else(|| course.exercises.iter().position(|e| !progress.exercise(&e.id).passed))
            .unwrap_or(0);
        Ok(Session {
            course,
            ws,
            progress,
            current,
            style,
            interactive,
            real_each_save: real,
            last_seen: None,
            pending: Pending::None,
        })
    }

    fn exercise(&self) -> &Exercise {
        &self.course.exercises[self.current]
    }

    /// Show the exercise; keep a `src/main.rs` that is already there (it is the
    /// learner's work on it), else write their saved code or the starter; grade it.
    fn start(&mut self) -> Result<(), String> {
        if self.ws.read_code().is_none() {
            self.ws.write_code(&self.code_to_resume())?;
        }
        self.enter()
    }

    /// The learner's saved code of the current exercise, or its starter; a
    /// predict exercise gets the prediction typed on the site written in.
    fn code_to_resume(&self) -> String {
        let ex = self.exercise();
        let saved = self.progress.exercise(&ex.id);
        let code = saved.code.unwrap_or_else(|| ex.starter.clone());
        match saved.prediction.filter(|_| course::predict::is_unpredicted(&code)) {
            Some(typed) => {
                course::predict::fill_prediction(&code, &course::predict::prediction_lines(&typed)).unwrap_or(code)
            }
            None => code,
        }
    }

    /// Print the exercise's title and prompt, remember it as current, and grade its file.
    fn enter(&mut self) -> Result<(), String> {
        let id = self.exercise().id.clone();
        self.progress.unknown.insert(CURRENT_FIELD.into(), id.into());
        self.save_progress()?;
        let ex = self.exercise();
        let lesson = self.course.lesson(&ex.lesson).map_or(ex.lesson.as_str(), |l| l.title.as_str());
        let mut out = self.clear_screen();
        out.push_str(&self.style.paint(BOLD, &format!("{} ({})", ex.title, ex.id)));
        out.push_str(&format!(
            "\nexercise {}/{} · lesson: {lesson}\n\n",
            self.current + 1,
            self.course.exercises.len()
        ));
        out.push_str(ex.prompt.trim_end());
        out.push_str(&format!(
            "\n\nEdit {} and save: it is graded on every save.\n{KEYS}\n\n",
            self.ws.main_rs().display()
        ));
        print!("{out}");
        let source = self.ws.read_code().unwrap_or_default();
        self.last_seen = Some(source.clone());
        self.check(&source, false)
    }

    fn clear_screen(&self) -> String {
        if self.interactive {
            "\x1b[2J\x1b[H".into()
        } else {
            String::new()
        }
    }

    /// Grade the file if it changed since it was last seen.
    fn poll(&mut self) -> Result<(), String> {
        let Some(source) = self.ws.read_code() else { return Ok(()) };
        if self.last_seen.as_deref() == Some(source.as_str()) {
            return Ok(());
        }
        self.last_seen = Some(source.clone());
        self.check(&source, true)
    }

    /// Grade `source` and show the result; `attempt` counts it as the learner's
    /// Check (a save or `c`, not the automatic check when an exercise opens).
    fn check(&mut self, source: &str, attempt: bool) -> Result<(), String> {
        let ex = self.exercise().clone();
        // A cleared screen at a terminal; a blank line between reports in line mode.
        let mut out = if attempt && self.interactive { self.clear_screen() } else { "\n".into() };
        if ex.kind == ExerciseKind::Predict && course::predict::is_unpredicted(source) {
            out.push_str("Write your prediction first: replace `vec![\"?\"]` in `let predicted = vec![\"?\"];` with the lines you expect, in order. Nothing runs before you predict.\n");
            print!("{out}");
            return flush();
        }
        let graded = grade::grade_source(&ex, source);
        {
            let saved = self.progress.exercise_mut(&ex.id);
            saved.code = (source != ex.starter).then(|| source.to_string());
            saved.attempts += u32::from(attempt);
            saved.passed |= graded.passed;
        }
        self.save_progress()?;
        let header = format!(
            "{} · exercise {}/{} · progress {}/{}",
            ex.title,
            self.current + 1,
            self.course.exercises.len(),
            self.passed_count(),
            self.course.exercises.len()
        );
        out.push_str(&self.style.paint(BOLD, &header));
        out.push('\n');
        // A predict exercise keeps the run hidden until the prediction is right (as the site does).
        let hide_run = ex.kind == ExerciseKind::Predict && !graded.passed;
        if !hide_run {
            out.push_str(&program_output(&graded.report));
        }
        let style = Style { hide_output: hide_run, ..self.style };
        out.push_str(&grade::render(&ex.id, MAIN, source, &graded, style));
        if graded.passed {
            out.push_str(&format!("\n{}\n{}\n", self.style.paint(GREEN, "Passed."), ex.explanation.trim_end()));
            out.push_str("`n` goes to the next exercise.\n");
        } else {
            if hide_run {
                out.push_str("Not yet: the program printed something else than your prediction. Think about when each line can run, and change it.\n");
            }
            let saved = self.progress.exercise(&ex.id);
            out.push_str(&format!("`h` shows a hint ({} of {} shown).\n", saved.hints_shown, ex.hints.len()));
        }
        print!("{out}");
        if self.real_each_save {
            self.second_opinion(source, &graded.report)?;
        }
        flush()
    }

    fn passed_count(&self) -> usize {
        self.course.exercises.iter().filter(|e| self.progress.exercise(&e.id).passed).count()
    }

    /// Handle one line; `false` quits.
    fn key(&mut self, line: &str) -> Result<bool, String> {
        if let Pending::ConfirmNext = std::mem::replace(&mut self.pending, Pending::None) {
            if line == "y" || line == "yes" {
                self.go(self.current + 1)?;
            } else {
                println!("staying on `{}`", self.exercise().id);
            }
            return flush().map(|()| true);
        }
        let (key, arg) = line.split_once(' ').map_or((line, ""), |(k, a)| (k, a.trim()));
        match key {
            "" => {}
            "q" => return Ok(false),
            "h" => self.hint()?,
            "n" => self.next()?,
            "l" => self.list(),
            "g" => self.go_to(arg)?,
            "r" => self.reset()?,
            "s" => self.solution()?,
            "o" => {
                let source = self.ws.read_code().unwrap_or_default();
                let ex = self.exercise().clone();
                self.second_opinion(&source, &grade::grade_source(&ex, &source).report)?;
            }
            "c" => {
                let source = self.ws.read_code().unwrap_or_default();
                self.check(&source, true)?;
            }
            "?" | "help" => println!("{KEYS}"),
            other => println!("unknown key `{other}`\n{KEYS}"),
        }
        flush().map(|()| true)
    }

    fn hint(&mut self) -> Result<(), String> {
        let ex = self.exercise().clone();
        let shown = self.progress.exercise(&ex.id).hints_shown;
        let Some(hint) = ex.hints.get(shown) else {
            println!("No more hints ({} shown). `s` shows the solution.", ex.hints.len());
            return Ok(());
        };
        self.progress.exercise_mut(&ex.id).hints_shown = shown + 1;
        self.save_progress()?;
        println!("{} {}", self.style.paint(BOLD, &format!("hint {}/{}:", shown + 1, ex.hints.len())), hint.trim_end());
        Ok(())
    }

    fn next(&mut self) -> Result<(), String> {
        if self.current + 1 >= self.course.exercises.len() {
            println!("`{}` is the last exercise of the course.", self.exercise().id);
        } else if self.progress.exercise(&self.exercise().id).passed {
            self.go(self.current + 1)?;
        } else {
            println!("`{}` has not passed yet. Skip it anyway? (y/N)", self.exercise().id);
            self.pending = Pending::ConfirmNext;
        }
        Ok(())
    }

    fn go_to(&mut self, target: &str) -> Result<(), String> {
        let by_number = target.parse::<usize>().ok().filter(|n| (1..=self.course.exercises.len()).contains(n));
        match by_number.map(|n| n - 1).or_else(|| self.course.exercises.iter().position(|e| e.id == target)) {
            Some(index) => self.go(index),
            None => {
                println!("no exercise `{target}`: `l` lists them (go to one by id or number)");
                Ok(())
            }
        }
    }

    /// Save the file into the progress, then open exercise `index` with the learner's saved code or its starter.
    fn go(&mut self, index: usize) -> Result<(), String> {
        self.save_code()?;
        self.current = index;
        self.ws.write_code(&self.code_to_resume())?;
        self.enter()
    }

    /// Keep the file's content in the progress (it is about to be replaced, or we quit).
    fn save_code(&mut self) -> Result<(), String> {
        let Some(source) = self.ws.read_code() else { return Ok(()) };
        let ex = self.exercise();
        let code = (source != ex.starter).then_some(source);
        let id = ex.id.clone();
        self.progress.exercise_mut(&id).code = code;
        self.save_progress()
    }

    fn list(&self) {
        let mut out = String::new();
        let mut number = 0;
        for lesson in &self.course.lessons {
            out.push_str(&self.style.paint(BOLD, &lesson.title));
            out.push('\n');
            for id in &lesson.exercises {
                number += 1;
                let Some(ex) = self.course.exercise(id) else { continue };
                let mark = if self.progress.exercise(id).passed { self.style.paint(GREEN, "✓") } else { " ".into() };
                let here = if self.course.exercises[self.current].id == *id { '>' } else { ' ' };
                out.push_str(&format!("{here} {mark} {number:>2}. {id}: {}\n", ex.title));
            }
        }
        out.push_str(&format!(
            "progress {}/{}; `g ID` or `g N` opens one\n",
            self.passed_count(),
            self.course.exercises.len()
        ));
        print!("{out}");
    }

    fn reset(&mut self) -> Result<(), String> {
        let ex = self.exercise().clone();
        let current = self.ws.read_code();
        let kept = match current {
            Some(code) if code != ex.starter => format!("; your version is in {}", self.ws.backup()?),
            _ => String::new(),
        };
        self.ws.write_code(&ex.starter)?;
        self.last_seen = Some(ex.starter.clone());
        self.progress.exercise_mut(&ex.id).code = None;
        self.save_progress()?;
        println!("{MAIN} is the starter again{kept}");
        Ok(())
    }

    fn solution(&mut self) -> Result<(), String> {
        let ex = self.exercise().clone();
        if self.progress.exercise(&ex.id).attempts == 0 {
            println!("Try it yourself first: after your first saved attempt, `s` shows the solution.");
            return Ok(());
        }
        self.progress.exercise_mut(&ex.id).solution_shown = true;
        self.save_progress()?;
        println!("{}\n{}", self.style.paint(BOLD, "solution:"), ex.solution.trim_end());
        Ok(())
    }

    fn second_opinion(&self, source: &str, report: &grader::Report) -> Result<(), String> {
        println!("second opinion: real `cargo run` (current-thread runtime, paused clock; the first run downloads and builds the crates)...");
        flush()?;
        match real::run(&self.ws.dir, source) {
            Ok(run) => print!("{}", real::compare(report, &run, self.style)),
            Err(e) => println!("{}", self.style.paint(RED, &format!("the real run failed: {e}"))),
        }
        Ok(())
    }

    fn save_progress(&self) -> Result<(), String> {
        self.ws.save_progress(&self.progress)
    }
}

/// What the program printed, at most a screenful of each stream.
fn program_output(report: &grader::Report) -> String {
    const MAX_LINES: usize = 30;
    let mut out = String::new();
    for (name, text) in [("stdout", &report.stdout), ("stderr", &report.stderr)] {
        if text.is_empty() {
            continue;
        }
        out.push_str(&format!("{name}:\n"));
        for line in text.lines().take(MAX_LINES) {
            out.push_str(&format!("  | {line}\n"));
        }
        let more = text.lines().count().saturating_sub(MAX_LINES);
        if more > 0 {
            out.push_str(&format!("  ({more} more lines)\n"));
        }
    }
    out
}

fn flush() -> Result<(), String> {
    std::io::stdout().flush().map_err(|e| format!("cannot write to the terminal: {e}"))
}
