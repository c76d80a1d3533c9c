//! What the site remembers for the learner: edited code and progress.
//!
//! It is saved as JSON in `localStorage` under a versioned key ([`KEY`]).
//! **Invariant:** nothing a learner wrote is lost on a schema change:
//! - every field has a default and unknown fields are kept, so adding or
//!   dropping a field needs no migration at all;
//! - a real schema change gets a new key; the old key is listed in [`HISTORY`]
//!   with its upgrade, is only ever read, and stays in storage untouched;
//! - a value that cannot be read is copied to a backup key before anything
//!   overwrites it.

use std::collections::{BTreeMap, BTreeSet};

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

/// The key the current schema is saved under.
pub const KEY: &str = "await-lab/progress/v1";

/// An older schema: where it was saved, and how to turn it into the next one.
pub struct Schema {
    pub key: &'static str,
    pub upgrade: fn(Value) -> Value,
}

/// Older schemas, oldest first; the last one upgrades to the current schema.
/// (v1 is the first schema, so there is nothing to upgrade from yet.)
pub const HISTORY: &[Schema] = &[];

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct Progress {
    /// Per exercise id.
    pub exercises: BTreeMap<String, ExerciseProgress>,
    /// Ids of lessons the learner has opened.
    pub lessons_read: BTreeSet<String>,
    /// The route (`#/exercise/join-concurrent`) of the lesson or exercise opened last, for
    /// the map's "continue where you left off".
    #[serde(skip_serializing_if = "Option::is_none")]
    pub last_page: Option<String>,
    /// Fields this version does not know (written by a newer or older site).
    #[serde(flatten)]
    pub unknown: Map<String, Value>,
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct ExerciseProgress {
    /// The learner's code; `None` means the starter.
    pub code: Option<String>,
    /// Has a Check of this exercise ever passed?
    pub passed: bool,
    /// Number of Checks run.
    pub attempts: u32,
    /// Hints revealed so far (they are revealed in order).
    pub hints_shown: usize,
    pub solution_shown: bool,
    /// A predict exercise's typed prediction (one line per expected line).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub prediction: Option<String>,
    /// A predict exercise whose real run the learner asked to see before predicting right.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub run_revealed: bool,
    /// When `code` was last saved (ms since 1970), so an import can tell which code is newer.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub saved_ms: Option<u64>,
    /// Other versions of the code kept by an import that met different code here (newest first).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub other_code: Vec<String>,
    #[serde(flatten)]
    pub unknown: Map<String, Value>,
}

impl Progress {
    pub fn exercise(&self, id: &str) -> ExerciseProgress {
        self.exercises.get(id).cloned().unwrap_or_default()
    }

    pub fn exercise_mut(&mut self, id: &str) -> &mut ExerciseProgress {
        self.exercises.entry(id.to_string()).or_default()
    }

    pub fn to_json(&self) -> String {
        serde_json::to_string(self).expect("progress always serializes")
    }
}

/// The result of reading storage.
#[derive(Debug, PartialEq)]
pub struct Restored {
    pub progress: Progress,
    /// A value that could not be read: save it under this key before the next write.
    pub backup: Option<(String, String)>,
}

/// Read the saved progress through `get` (a `localStorage` lookup).
pub fn restore(get: impl Fn(&str) -> Option<String>) -> Restored {
    restore_with(HISTORY, get)
}

pub fn restore_with(history: &[Schema], get: impl Fn(&str) -> Option<String>) -> Restored {
    let unreadable = |key: &str, raw: String| Restored {
        progress: Progress::default(),
        backup: Some((format!("{key}/unreadable"), raw)),
    };
    if let Some(raw) = get(KEY) {
        return match serde_json::from_str::<Progress>(&raw) {
            Ok(progress) => Restored { progress, backup: None },
            Err(_) => unreadable(KEY, raw),
        };
    }
    for (idx, schema) in history.iter().enumerate().rev() {
        let Some(raw) = get(schema.key) else { continue };
        let Ok(mut value) = serde_json::from_str::<Value>(&raw) else { return unreadable(schema.key, raw) };
        for later in &history[idx..] {
            value = (later.upgrade)(value);
        }
        return match serde_json::from_value::<Progress>(value) {
            Ok(progress) => Restored { progress, backup: None },
            Err(_) => unreadable(schema.key, raw),
        };
    }
    Restored { progress: Progress::default(), backup: None }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashMap;

    fn storage(pairs: &[(&str, &str)]) -> HashMap<String, String> {
        pairs.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect()
    }

    #[test]
    fn round_trip() {
        let mut progress = Progress::default();
        progress.exercise_mut("a").code = Some("fn main() {}".into());
        progress.exercise_mut("a").passed = true;
        progress.lessons_read.insert("01".into());
        let store = storage(&[(KEY, &progress.to_json())]);
        assert_eq!(restore(|k| store.get(k).cloned()), Restored { progress, backup: None });
    }

    #[test]
    fn unknown_fields_survive_and_missing_fields_default() {
        let raw = r#"{"exercises":{"a":{"code":"x","streak":3}},"theme":"dark"}"#;
        let store = storage(&[(KEY, raw)]);
        let restored = restore(|k| store.get(k).cloned()).progress;
        assert_eq!(restored.exercise("a").code.as_deref(), Some("x"));
        assert!(!restored.exercise("a").passed);
        let again: Value = serde_json::from_str(&restored.to_json()).unwrap();
        assert_eq!(again["theme"], "dark");
        assert_eq!(again["exercises"]["a"]["streak"], 3);
    }

    #[test]
    fn unreadable_value_is_backed_up_not_dropped() {
        let store = storage(&[(KEY, "{not json")]);
        let restored = restore(|k| store.get(k).cloned());
        assert_eq!(restored.progress, Progress::default());
        assert_eq!(restored.backup, Some((format!("{KEY}/unreadable"), "{not json".to_string())));
    }

    #[test]
    fn older_schemas_are_upgraded_in_order() {
        // Two imaginary older schemas: v-a kept a bare map id -> code,
        // v-b renamed `solved` to `passed`.
        fn a_to_b(v: Value) -> Value {
            let exercises: Map<String, Value> = v
                .as_object()
                .unwrap()
                .iter()
                .map(|(id, code)| (id.clone(), serde_json::json!({ "code": code, "solved": true })))
                .collect();
            serde_json::json!({ "exercises": exercises })
        }
        fn b_to_current(mut v: Value) -> Value {
            for (_, ex) in v["exercises"].as_object_mut().unwrap() {
                let solved = ex.as_object_mut().unwrap().remove("solved").unwrap_or(Value::Bool(false));
                ex["passed"] = solved;
            }
            v
        }
        let history = [Schema { key: "old-a", upgrade: a_to_b }, Schema { key: "old-b", upgrade: b_to_current }];
        let store = storage(&[("old-a", r#"{"ex1":"fn main() {}"}"#)]);
        let restored = restore_with(&history, |k| store.get(k).cloned()).progress;
        assert_eq!(restored.exercise("ex1").code.as_deref(), Some("fn main() {}"));
        assert!(restored.exercise("ex1").passed);
        // The newest older schema wins over older ones, and the current key over all.
        let store = storage(&[("old-a", r#"{"ex1":"a"}"#), ("old-b", r#"{"exercises":{"ex1":{"code":"b"}}}"#)]);
        assert_eq!(
            restore_with(&history, |k| store.get(k).cloned()).progress.exercise("ex1").code.as_deref(),
            Some("b")
        );
        let store = storage(&[
            ("old-b", r#"{"exercises":{"ex1":{"code":"b"}}}"#),
            (KEY, r#"{"exercises":{"ex1":{"code":"c"}}}"#),
        ]);
        assert_eq!(
            restore_with(&history, |k| store.get(k).cloned()).progress.exercise("ex1").code.as_deref(),
            Some("c")
        );
    }
}
