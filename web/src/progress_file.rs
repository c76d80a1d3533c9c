//! Progress as a file a learner carries to another browser (or to terminal mode): export,
//! and import that merges into what is here without losing any code.
//! The format is documented in `docs/progress-format.md`.
//!
//! Merge rules, per exercise: a pass, a shown solution or a revealed run stays; counts
//! (attempts, hints) take the larger; when both sides have different code, both are kept:
//! the newer (by `saved_ms`; here wins a tie or an unknown time) is the active code and the
//! other goes to `other_code`, which the exercise page offers back.

use serde::{Deserialize, Serialize};
use serde_json::Value;

use crate::progress::{ExerciseProgress, Progress};

/// The `format` field of an export.
pub const FORMAT: &str = "await-lab-progress";
/// The `version` of the format this site writes and reads.
pub const VERSION: u32 = 1;

#[derive(Serialize, Deserialize)]
struct Envelope {
    format: String,
    version: u32,
    #[serde(default)]
    exported_at_ms: u64,
    progress: Progress,
}

/// The progress as an export file's text.
pub fn export(progress: &Progress, now_ms: u64) -> String {
    let envelope =
        Envelope { format: FORMAT.into(), version: VERSION, exported_at_ms: now_ms, progress: progress.clone() };
    serde_json::to_string_pretty(&envelope).expect("progress always serializes")
}

/// What an import did.
#[derive(Debug, Clone, PartialEq)]
pub struct Merged {
    pub progress: Progress,
    /// Exercises the file knew and this browser did not.
    pub new_exercises: usize,
    /// Exercises where both had different code: both kept.
    pub both_kept: Vec<String>,
}

/// Read an export (or a bare progress object, as saved in `localStorage` or by terminal mode)
/// and merge it into `here`.
pub fn import(here: &Progress, text: &str) -> Result<Merged, String> {
    let value: Value = serde_json::from_str(text).map_err(|e| format!("this file is not JSON ({e})"))?;
    let theirs: Progress = match value.get("format") {
        Some(f) if f == FORMAT => {
            let version = value.get("version").and_then(Value::as_u64).unwrap_or(0);
            if version > u64::from(VERSION) {
                return Err(format!(
                    "this file was written by a newer Await Lab (format version {version}; this site reads {VERSION}): open it there, or update this site"
                ));
            }
            serde_json::from_value(value["progress"].clone())
                .map_err(|e| format!("the progress in this file is damaged ({e})"))?
        }
        Some(_) => return Err("this is not an Await Lab progress file".into()),
        None if value.get("exercises").is_some() => {
            serde_json::from_value(value).map_err(|e| format!("the progress in this file is damaged ({e})"))?
        }
        None => return Err("this is not an Await Lab progress file".into()),
    };
    let mut merged = here.clone();
    let mut new_exercises = 0;
    let mut both_kept = Vec::new();
    for (id, t) in theirs.exercises {
        match merged.exercises.get_mut(&id) {
            None => {
                new_exercises += 1;
                merged.exercises.insert(id, t);
            }
            Some(h) => {
                if merge_exercise(h, t) {
                    both_kept.push(id);
                }
            }
        }
    }
    merged.lessons_read.extend(theirs.lessons_read);
    if merged.last_page.is_none() {
        merged.last_page = theirs.last_page;
    }
    for (k, v) in theirs.unknown {
        merged.unknown.entry(k).or_insert(v);
    }
    Ok(Merged { progress: merged, new_exercises, both_kept })
}

/// Merge `t` into `h`; true when both had different code (both kept).
fn merge_exercise(h: &mut ExerciseProgress, t: ExerciseProgress) -> bool {
    h.passed |= t.passed;
    h.solution_shown |= t.solution_shown;
    h.run_revealed |= t.run_revealed;
    h.attempts = h.attempts.max(t.attempts);
    h.hints_shown = h.hints_shown.max(t.hints_shown);
    if h.prediction.is_none() {
        h.prediction = t.prediction;
    }
    for (k, v) in t.unknown {
        h.unknown.entry(k).or_insert(v);
    }
    let mut others: Vec<String> = std::mem::take(&mut h.other_code);
    others.extend(t.other_code);
    let conflict = match (h.code.take(), t.code) {
        (None, theirs) => {
            h.code = theirs;
            h.saved_ms = t.saved_ms.or(h.saved_ms);
            false
        }
        (mine, None) => {
            h.code = mine;
            false
        }
        (Some(mine), Some(theirs)) if mine == theirs => {
            h.code = Some(mine);
            h.saved_ms = h.saved_ms.max(t.saved_ms);
            false
        }
        (Some(mine), Some(theirs)) => {
            let theirs_newer = t.saved_ms.unwrap_or(0) > h.saved_ms.unwrap_or(0);
            let (active, other, ms) =
                if theirs_newer { (theirs, mine, t.saved_ms) } else { (mine, theirs, h.saved_ms) };
            others.insert(0, other);
            h.code = Some(active);
            h.saved_ms = ms;
            true
        }
    };
    let mut seen = std::collections::BTreeSet::new();
    others.retain(|c| Some(c) != h.code.as_ref() && seen.insert(c.clone()));
    h.other_code = others;
    conflict
}

#[cfg(test)]
mod tests {
    use super::*;

    fn with_code(id: &str, code: &str, ms: Option<u64>) -> Progress {
        let mut p = Progress::default();
        let e = p.exercise_mut(id);
        e.code = Some(code.into());
        e.saved_ms = ms;
        p
    }

    #[test]
    fn export_then_import_into_an_empty_browser_is_the_same_progress() {
        let mut p = with_code("a", "fn main() {}", Some(5));
        p.exercise_mut("a").passed = true;
        p.exercise_mut("b").hints_shown = 2;
        p.lessons_read.insert("01-futures-are-lazy".into());
        let file = export(&p, 1000);
        assert!(file.contains("\"format\": \"await-lab-progress\"") && file.contains("\"version\": 1"), "{file}");
        let m = import(&Progress::default(), &file).unwrap();
        assert_eq!(m.progress, p);
        assert_eq!((m.new_exercises, m.both_kept.len()), (2, 0));
    }

    #[test]
    fn different_code_keeps_both_and_the_newer_is_active() {
        let here = with_code("a", "mine", Some(10));
        let theirs = with_code("a", "theirs", Some(20));
        let m = import(&here, &export(&theirs, 0)).unwrap();
        let a = m.progress.exercise("a");
        assert_eq!((a.code.as_deref(), a.other_code.clone()), (Some("theirs"), vec!["mine".to_string()]));
        assert_eq!(m.both_kept, vec!["a".to_string()]);
        // Older (or undated) code from the file does not replace this browser's.
        let m = import(&with_code("a", "mine", Some(30)), &export(&theirs, 0)).unwrap();
        assert_eq!(m.progress.exercise("a").code.as_deref(), Some("mine"));
        assert_eq!(m.progress.exercise("a").other_code, vec!["theirs".to_string()]);
        // Importing the same file twice keeps one copy of each version.
        let again = import(&m.progress, &export(&theirs, 0)).unwrap();
        assert_eq!(again.progress.exercise("a").other_code, vec!["theirs".to_string()]);
    }

    #[test]
    fn passes_and_counts_are_never_lost() {
        let mut here = Progress::default();
        here.exercise_mut("a").attempts = 5;
        let mut theirs = Progress::default();
        theirs.exercise_mut("a").passed = true;
        theirs.exercise_mut("a").attempts = 2;
        theirs.exercise_mut("a").hints_shown = 1;
        let a = import(&here, &export(&theirs, 0)).unwrap().progress.exercise("a");
        assert!(a.passed);
        assert_eq!((a.attempts, a.hints_shown), (5, 1));
    }

    #[test]
    fn bare_progress_is_accepted_and_other_files_are_refused_with_a_reason() {
        let bare = with_code("a", "x", None).to_json();
        assert_eq!(import(&Progress::default(), &bare).unwrap().progress.exercise("a").code.as_deref(), Some("x"));
        assert!(import(&Progress::default(), "not json").unwrap_err().contains("not JSON"));
        assert!(import(&Progress::default(), "{\"name\": 1}").unwrap_err().contains("not an Await Lab progress file"));
        let newer = "{\"format\": \"await-lab-progress\", \"version\": 9, \"progress\": {}}";
        assert!(import(&Progress::default(), newer).unwrap_err().contains("newer Await Lab"));
    }
}
