//! The course content model.
//!
//! `load` reads `lessons/` and `exercises/` from disk at build time (xtask, web's
//! build step) and validates them; the web app receives the same [`Course`] as
//! embedded JSON, so the browser never touches the file system.
//!
//! **Boundary:** `course` depends on `grader`, never the reverse. An
//! exercise's checks *are* the grader's types ([`Expectations`],
//! `grader::Outcome`), and the diagnostic codes and the lessons that teach
//! them are read from the grader's catalog (`grader::lint`), the one table
//! of codes: the course keeps no copy. This costs the web build nothing: the
//! web crate (and its worker) link the grader anyway, and the codes are
//! `&'static str` constants.

use serde::{Deserialize, Serialize};

pub use grader::Expectations;

mod load;
pub mod predict;

pub use load::{
    is_diagnostic_code, is_runnable_info, load, load_with_errors, parse_variant_header, program_hash, runnable_blocks,
    source_hash, CodeBlock, ExerciseExpected, LessonExpected, OracleRun, VariantHeader, REGENERATE,
};

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Course {
    /// Lessons in teaching order.
    pub lessons: Vec<Lesson>,
    /// Exercises in the order their lessons list them.
    pub exercises: Vec<Exercise>,
    /// `docs/glossary.md` (markdown: one `## Term` heading per entry), empty when absent.
    #[serde(default)]
    pub glossary: String,
    /// Set in the site's index only (see [`Course::index`]): a hash of the whole course, which
    /// the app adds to the page files' URLs so it never reads a page of another deploy.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub version: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Lesson {
    /// Stable id used in URLs and progress keys, e.g. `01-futures-are-lazy`.
    pub id: String,
    pub title: String,
    /// Estimated time in minutes.
    pub minutes: u32,
    /// One sentence: what the learner can do afterwards.
    pub goal: String,
    /// The lesson body (markdown, without front matter).
    pub markdown: String,
    /// Ids of this lesson's exercises, in order.
    pub exercises: Vec<String>,
    /// Instructor notes (markdown), shown behind a toggle.
    pub speaker_notes: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ExerciseKind {
    /// Write the function.
    Write,
    /// Fix the bug.
    Fix,
    /// Make it concurrent (usually with a virtual-time bound).
    Concurrent,
    /// Find the deadlock.
    Deadlock,
    /// Predict the output, then run it.
    Predict,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Exercise {
    /// Stable id, e.g. `lazy-futures-1`; the folder name under `exercises/`.
    pub id: String,
    pub title: String,
    /// Id of the lesson that teaches it.
    pub lesson: String,
    pub kind: ExerciseKind,
    /// What to do (markdown).
    pub prompt: String,
    pub starter: String,
    pub solution: String,
    /// Progressive hints, revealed one at a time.
    pub hints: Vec<String>,
    /// Shown after the exercise passes (markdown).
    pub explanation: String,
    /// What the program must do; `stdout` is filled from the oracle's output.
    pub checks: Expectations,
    /// Names of the checks (`CheckResult::name`) the starter must fail: the
    /// reason the exercise exists. Used by `cargo xtask check-content`.
    #[serde(default)]
    pub starter_fails: Vec<String>,
    /// The exercise's hidden tests (`tests.rs`), appended to the learner's program at grading
    /// time as `mod hidden_tests` (see `grader::hidden_tests`); the same text is in
    /// `checks.hidden_tests`, which is what the grader (and the site's worker) read.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hidden_tests: Option<String>,
    /// The learner-style programs that prove the checks (`alternatives/`, `wrong/`).
    /// Build-time only: never embedded in the site.
    #[serde(skip)]
    pub variants: Vec<Variant>,
}

/// Which folder of an exercise a [`Variant`] comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum VariantKind {
    /// `alternatives/NAME.rs`: a correct solution in another style; it must pass every check.
    Alternative,
    /// `wrong/NAME.rs`: a plausible wrong attempt; it must fail exactly the checks its
    /// `// fails:` line lists.
    Wrong,
}

/// A learner-style program kept beside an exercise (see `exercises/README.md`).
#[derive(Debug, Clone, PartialEq)]
pub struct Variant {
    pub kind: VariantKind,
    /// The file stem, e.g. `join-macro` or `sequential_awaits_not_concurrent-two-lets`.
    pub name: String,
    pub source: String,
    /// For a wrong attempt: the checks it fails (its `// fails: a, b` line).
    pub fails: Vec<String>,
    /// For a wrong attempt: the catalog code its name starts with (`CODE` or `CODE-detail`),
    /// which the grader must report; `None` when the name is no code and the file says
    /// `// checks only: REASON` instead.
    pub mistake: Option<String>,
    /// The oracle's output for this file (real rustc + tokio), from `expected.json`.
    pub real: OracleRun,
}

impl Variant {
    /// The folder under `exercises/<id>/`.
    pub fn folder(&self) -> &'static str {
        match self.kind {
            VariantKind::Alternative => "alternatives",
            VariantKind::Wrong => "wrong",
        }
    }
}

/// Where the site keeps a lesson's whole JSON (see [`Course::index`]).
pub fn lesson_page(id: &str) -> String {
    format!("content/lesson-{id}.json")
}

/// Where the site keeps an exercise's whole JSON (see [`Course::index`]).
pub fn exercise_page(id: &str) -> String {
    format!("content/exercise-{id}.json")
}

fn to_json(value: &impl Serialize) -> String {
    serde_json::to_string(value).expect("course types always serialize")
}

/// The anchor of a glossary heading, as links write it: `Cancellation safety` ->
/// `cancellation-safety` (lowercase, spaces as hyphens, other punctuation dropped).
pub fn glossary_anchor(term: &str) -> String {
    term.trim()
        .to_lowercase()
        .chars()
        .filter_map(|c| match c {
            ' ' | '-' | '_' => Some('-'),
            c if c.is_alphanumeric() => Some(c),
            _ => None,
        })
        .collect()
}

/// The glossary's entries: `(anchor, term, markdown body)`, in file order.
pub fn glossary_entries(glossary: &str) -> Vec<(String, String, String)> {
    let mut out: Vec<(String, String, String)> = Vec::new();
    for line in glossary.lines() {
        if let Some(term) = line.strip_prefix("## ") {
            out.push((glossary_anchor(term), term.trim().to_string(), String::new()));
        } else if let Some((_, _, body)) = out.last_mut() {
            body.push_str(line);
            body.push('\n');
        }
    }
    out
}

impl Course {
    pub fn lesson(&self, id: &str) -> Option<&Lesson> {
        self.lessons.iter().find(|l| l.id == id)
    }

    pub fn exercise(&self, id: &str) -> Option<&Exercise> {
        self.exercises.iter().find(|e| e.id == id)
    }

    /// What the site embeds in its app: everything the map, the header and the links need
    /// (ids, titles, goals, kinds, order, the glossary), without the texts of lessons and
    /// exercises, which the app fetches from [`lesson_page`] and [`exercise_page`] when a page
    /// opens. The first visit then downloads a few kilobytes of course instead of half a megabyte.
    pub fn index(&self) -> Course {
        let lessons =
            self.lessons.iter().map(|l| Lesson { markdown: String::new(), speaker_notes: None, ..l.clone() }).collect();
        let exercises = self
            .exercises
            .iter()
            .map(|e| Exercise {
                prompt: String::new(),
                starter: String::new(),
                solution: String::new(),
                hints: Vec::new(),
                explanation: String::new(),
                checks: Expectations::default(),
                starter_fails: Vec::new(),
                hidden_tests: None,
                variants: Vec::new(),
                ..e.clone()
            })
            .collect();
        Course { lessons, exercises, glossary: self.glossary.clone(), version: source_hash(&self.to_json()) }
    }

    /// The site's files besides the index: `(path under the site, JSON)` for every lesson
    /// and exercise, each the whole [`Lesson`] or [`Exercise`].
    pub fn pages(&self) -> Vec<(String, String)> {
        let lessons = self.lessons.iter().map(|l| (lesson_page(&l.id), to_json(l)));
        let exercises = self.exercises.iter().map(|e| (exercise_page(&e.id), to_json(e)));
        lessons.chain(exercises).collect()
    }

    pub fn to_json(&self) -> String {
        serde_json::to_string(self).expect("a Course always serializes")
    }

    pub fn from_json(json: &str) -> Result<Course, String> {
        serde_json::from_str(json).map_err(|e| format!("malformed course data: {e}"))
    }
}
