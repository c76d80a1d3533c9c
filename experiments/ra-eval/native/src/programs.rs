//! The programs measured, exactly as `grader/tests/compile_errors.rs` reads them: the
//! compile-error corpus (with rustc's codes and primary lines from the oracle) and the
//! control group (every compiling program of the repository).

use std::fs;
use std::path::{Path, PathBuf};

#[derive(serde::Deserialize)]
struct Expected {
    errors: Vec<RustcError>,
}

/// One error rustc reported (`code` is empty for a syntax error).
#[derive(serde::Deserialize, Clone)]
pub struct RustcError {
    pub code: String,
    pub line: u32,
}

impl RustcError {
    /// The code a checker must report on `line`: rustc's, or `parse` for a syntax error.
    pub fn want(&self) -> &str {
        if self.code.is_empty() {
            "parse"
        } else {
            &self.code
        }
    }
}

pub struct Case {
    pub file: String,
    pub class: &'static str,
    pub source: String,
    pub rustc: Vec<RustcError>,
}

/// The classes of the corpus test, by the program's name (after `NNN_`).
const CLASSES: &[(&str, &str)] = &[
    ("await_", "forgotten .await (E0308/E0599/E0277/E0609)"),
    ("outside_async_", ".await outside async (E0728)"),
    ("spawn_", "borrowed locals in spawn/async blocks (E0373/E0597/E0521)"),
    ("return_", "borrowed locals in spawn/async blocks (E0373/E0597/E0521)"),
    ("thread_spawn_", "borrowed locals in spawn/async blocks (E0373/E0597/E0521)"),
    ("joinset_", "borrowed locals in spawn/async blocks (E0373/E0597/E0521)"),
    ("future_outlives_", "borrowed locals in spawn/async blocks (E0373/E0597/E0521)"),
    ("ref_outlives_", "borrowed locals in spawn/async blocks (E0373/E0597/E0521)"),
    ("moved_", "use after move (E0382)"),
    ("non_send_", "non-Send across .await (E0277)"),
    ("question_", "`?` where it cannot be (E0277)"),
    ("mismatch_", "mismatched types and arms (E0308)"),
    ("argc_", "wrong argument counts (E0061)"),
    ("missing_field_", "missing or unknown fields (E0063/E0560/E0609)"),
    ("unknown_field_", "missing or unknown fields (E0063/E0560/E0609)"),
    ("unknown_method_", "unknown methods (E0599)"),
    ("unknown_assoc_", "unknown methods (E0599)"),
    ("unknown_", "unknown names (E0425/E0433/E0412)"),
    ("dyn_", "dyn with async trait methods (E0038)"),
    ("arc_", "mutation without mut or a lock (E0596/E0594)"),
    ("rc_", "mutation without mut or a lock (E0596/E0594)"),
    ("immutable_", "mutation without mut or a lock (E0596/E0594)"),
    ("borrow_", "borrow conflicts (E0499/E0502/E0505/E0506)"),
    ("syntax_", "syntax errors"),
];

fn class_of(file: &str) -> &'static str {
    let name = file.split_once('_').map_or(file, |(_, rest)| rest);
    CLASSES.iter().find(|(prefix, _)| name.starts_with(prefix)).map_or("other", |(_, class)| class)
}

fn rs_files(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = fs::read_dir(dir)
        .map(|rd| rd.filter_map(|e| e.ok()).map(|e| e.file_name().to_string_lossy().into_owned()).collect())
        .unwrap_or_default();
    names.retain(|n| n.ends_with(".rs"));
    names.sort();
    names
}

fn read(p: &Path) -> String {
    fs::read_to_string(p).unwrap_or_else(|e| panic!("{}: {e}", p.display()))
}

/// `grader/tests/compile_errors/*.rs` with their `.expected.json`.
pub fn corpus(repo: &Path) -> Vec<Case> {
    let dir = repo.join("grader/tests/compile_errors");
    rs_files(&dir)
        .into_iter()
        .map(|file| {
            let stem = file.trim_end_matches(".rs");
            let expected: Expected = serde_json::from_str(&read(&dir.join(format!("{stem}.expected.json")))).unwrap();
            Case { class: class_of(&file), source: read(&dir.join(&file)), rustc: expected.errors, file }
        })
        .collect()
}

/// Every compiling program of the repository, as the corpus test's control group: the
/// conformance corpus, exercise solutions and alternatives with their hidden tests, and
/// the runnable lesson blocks. `(origin, source)`.
pub fn control(repo: &Path) -> Vec<(String, String)> {
    let mut programs = Vec::new();
    for kind in ["sync", "async"] {
        let dir = repo.join("grader/tests/corpus").join(kind);
        for file in rs_files(&dir) {
            programs.push((format!("corpus/{kind}/{file}"), read(&dir.join(&file))));
        }
    }
    let exercises = repo.join("exercises");
    let mut ids: Vec<PathBuf> = fs::read_dir(&exercises).unwrap().filter_map(|e| Some(e.ok()?.path())).collect();
    ids.sort();
    for dir in ids.iter().filter(|d| d.join("solution.rs").is_file()) {
        let tests = fs::read_to_string(dir.join("tests.rs")).ok();
        let with_tests = |src: String| match &tests {
            Some(t) => grader::hidden_tests::append(&src, t),
            None => src,
        };
        let id = dir.file_name().unwrap().to_string_lossy().into_owned();
        programs.push((format!("exercises/{id}/solution.rs"), with_tests(read(&dir.join("solution.rs")))));
        for file in rs_files(&dir.join("alternatives")) {
            let src = read(&dir.join("alternatives").join(&file));
            programs.push((format!("exercises/{id}/alternatives/{file}"), with_tests(src)));
        }
    }
    let lessons = repo.join("lessons");
    let mut names: Vec<String> = fs::read_dir(&lessons)
        .unwrap()
        .filter_map(|e| Some(e.ok()?.file_name().to_string_lossy().into_owned()))
        .filter(|n| n.ends_with(".md") && !n.ends_with(".notes.md"))
        .collect();
    names.sort();
    for name in names {
        for (i, block) in runnable_blocks(&read(&lessons.join(&name))).into_iter().enumerate() {
            programs.push((format!("lessons/{name} block {}", i + 1), block));
        }
    }
    programs
}

/// The ```` ```rust,run ```` blocks of a lesson (as `course::runnable_blocks` finds them).
fn runnable_blocks(markdown: &str) -> Vec<String> {
    let mut blocks = Vec::new();
    let mut open: Option<(String, bool, String)> = None;
    for line in markdown.lines() {
        let trimmed = line.trim_start();
        match &mut open {
            None => {
                let fence: String = trimmed.chars().take_while(|&c| c == '`' || c == '~').collect();
                if fence.len() >= 3 && fence.chars().all(|c| c == fence.chars().next().unwrap()) {
                    let info = &trimmed[fence.len()..];
                    let mut parts =
                        info.trim().split(|c: char| c == ',' || c.is_whitespace()).filter(|p| !p.is_empty());
                    let runnable = parts.next() == Some("rust") && parts.any(|p| p == "run");
                    open = Some((fence, runnable, String::new()));
                }
            }
            Some((fence, runnable, code)) => {
                if trimmed.starts_with(fence.as_str())
                    && trimmed.trim_end().chars().all(|c| c == fence.chars().next().unwrap())
                {
                    if *runnable {
                        blocks.push(std::mem::take(code));
                    }
                    open = None;
                } else {
                    code.push_str(line);
                    code.push('\n');
                }
            }
        }
    }
    blocks
}

/// The rustc code a grader diagnostic carries (as the corpus test reads it): its code, or
/// `(E0373)` at the end of a lint's message; `parse` for a syntax error.
pub fn grader_code(d: &grader::Diagnostic) -> Option<String> {
    let is_code = |s: &str| s.len() == 5 && s.starts_with('E') && s[1..].chars().all(|c| c.is_ascii_digit());
    if is_code(&d.code) || d.code == "parse" {
        return Some(d.code.clone());
    }
    let inner = d.message.strip_suffix(')')?;
    let code = &inner[inner.rfind('(')? + 1..];
    is_code(code).then(|| code.to_string())
}
