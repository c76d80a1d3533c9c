//! `cargo xtask check-content`: the course is checked like code.
//!
//! 1. `course::load` validates lessons/ and exercises/ (links, files, ids,
//!    front matter, hints, and that every cached oracle output is for the
//!    current source).
//! 2. The oracle: every exercise solution and every ```` ```rust,run ```` lesson
//!    block is compiled and run with real rustc + tokio in a scratch cargo
//!    project (`target/oracle-exercises/`); the output must equal the cached
//!    `expected.json` files (`--regenerate` writes them instead).
//!    Exercise solutions must compile without rustc warnings, and every program
//!    runs several times: its output must be deterministic.
//! 3. The starters under real Rust: each fails the way its exercise says
//!    (rejected by rustc with the named mistake's error, panics or hangs,
//!    or prints something else than the solution).
//! 4. The grader: each solution passes all its checks, each starter fails the
//!    checks named in `starter_fails`, each lesson block prints what real
//!    Rust prints, each alternative (`alternatives/*.rs`) runs as real Rust runs
//!    it, gets no warning and passes every check, and each wrong attempt
//!    (`wrong/*.rs`) fails exactly the checks its `// fails:` line lists and is
//!    named by the mistake code its file name starts with. Cases the grader cannot handle yet are listed in
//!    `exercises/known-grader-gaps.txt`; the check asserts the list is exact
//!    (a listed case that now works is an error too, so progress is noticed).
//!    `--update-gaps` rewrites the list.

mod grading;
mod oracle;
mod starters;
mod visible;

use std::collections::BTreeSet;
use std::fs;
use std::path::Path;
use std::time::Instant;

use course::Course;

use crate::util;

const USAGE: &str = "\
usage: cargo xtask check-content [--content PACK] [--only ID,ID..] [--regenerate] [--no-oracle] [--update-gaps] [--verbose]
  --content PACK check a course pack (a folder with lessons/ and exercises/) instead of this course
  --only IDS     check (and regenerate) only these exercises, not the lessons; several may run at once
  --regenerate   run the oracle (real rustc + tokio) and rewrite every expected.json
  --no-oracle    skip compiling with real rustc (the cached outputs are still checked for staleness)
  --update-gaps  rewrite exercises/known-grader-gaps.txt from what the grader does now
  --verbose      list every known grader gap with the reason";

const GAPS_FILE: &str = "exercises/known-grader-gaps.txt";

pub fn main(args: &[String]) -> Result<(), String> {
    let mut regenerate = false;
    let mut oracle = true;
    let mut update_gaps = false;
    let mut verbose = false;
    let mut only = Only::default();
    let mut pack: Option<std::path::PathBuf> = None;
    let mut args = args.iter();
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--only" => {
                let ids = args.next().ok_or_else(|| format!("check-content: --only needs exercise ids\n{USAGE}"))?;
                only =
                    Only(Some(ids.split(',').map(str::trim).filter(|s| !s.is_empty()).map(str::to_string).collect()));
            }
            "--content" => {
                let dir = args.next().ok_or_else(|| format!("check-content: --content needs a folder\n{USAGE}"))?;
                let dir = std::env::current_dir().map(|cwd| cwd.join(dir)).unwrap_or_else(|_| dir.into());
                if !dir.join("lessons").is_dir() || !dir.join("exercises").is_dir() {
                    return Err(format!(
                        "check-content: {} is not a course pack (no lessons/ and exercises/)",
                        dir.display()
                    ));
                }
                pack = Some(dir);
            }
            "--regenerate" => regenerate = true,
            "--no-oracle" => oracle = false,
            "--update-gaps" => update_gaps = true,
            "--verbose" => verbose = true,
            "-h" | "--help" => {
                println!("{USAGE}");
                return Ok(());
            }
            other => return Err(format!("check-content: unknown option `{other}`\n{USAGE}")),
        }
    }
    let is_pack = pack.is_some();
    let root = pack.unwrap_or_else(util::root);
    let started = Instant::now();

    if let Some(ids) = &only.0 {
        let known = sorted_names(&root.join("exercises"))?;
        let unknown: Vec<&String> = ids.iter().filter(|id| !known.contains(id)).collect();
        if !unknown.is_empty() {
            return Err(format!("check-content: no such exercise: {unknown:?}"));
        }
    }
    if regenerate {
        oracle::regenerate(&root, &only)?;
    }
    let (course, mut errors) = course::load_with_errors(&root);
    // A run limited to some exercises ignores the problems of the others (other
    // authors may be editing them).
    errors.retain(|e| !e.starts_with("exercises/") || only.mentions(e));
    if !errors.is_empty() {
        return Err(format!("the course does not load ({} problems):\n  {}", errors.len(), errors.join("\n  ")));
    }
    eprintln!(
        "check-content: {} lessons, {} exercises load and validate ({:.1?})",
        course.lessons.len(),
        course.exercises.len(),
        started.elapsed()
    );

    let hidden: Vec<String> =
        course.exercises.iter().filter(|ex| only.includes(&ex.id)).flat_map(visible::check).collect();
    if !hidden.is_empty() {
        return Err(format!("checked output that the learner cannot see before starting:\n  {}", hidden.join("\n  ")));
    }
    check_corpus_size(&course, &only)?;
    if is_pack {
        eprintln!("check-content: a course pack: the catalog's coverage checks are for this repository's course only");
    } else {
        check_catalog_coverage(&course)?;
        check_taught_in(&course)?;
    }

    if oracle && !regenerate {
        let t = Instant::now();
        oracle::verify(&root, &only)?;
        eprintln!("check-content: real rustc + tokio agree with every cached output ({:.1?})", t.elapsed());
    }
    if oracle {
        let t = Instant::now();
        starters::verify(&root, &course, &only)?;
        eprintln!(
            "check-content: every starter fails with real rustc + tokio as its exercise says ({:.1?})",
            t.elapsed()
        );
    }

    let t = Instant::now();
    grading::check(&root, &course, &only, update_gaps, verbose)?;
    eprintln!("check-content: grader checks done ({:.1?}); total {:.1?}", t.elapsed(), started.elapsed());
    Ok(())
}

/// Issue 6: every mistake of the catalog (`grader::lint::CODES`) is the point
/// of at least one exercise, i.e. its starter must fail the check `no ID`
/// (or `reports ID`).
fn check_catalog_coverage(course: &Course) -> Result<(), String> {
    let missing: Vec<&str> = grader::lint::CODES
        .iter()
        .filter(|id| {
            !course
                .exercises
                .iter()
                .any(|ex| ex.starter_fails.iter().any(|f| f == &format!("no {id}") || f == &format!("reports {id}")))
        })
        .copied()
        .collect();
    if missing.is_empty() {
        Ok(())
    } else {
        Err(format!(
            "no exercise's starter shows these catalog mistakes (name them in `absent` and `starter_fails`): {}",
            missing.join(", ")
        ))
    }
}

/// Every catalog mistake is taught in a lesson that exists: the lesson its
/// entry in the grader's catalog names (`grader/src/lint/catalog.rs`, the
/// one table; diagnostics link there).
fn check_taught_in(course: &Course) -> Result<(), String> {
    let errors: Vec<String> = grader::lint::ENTRIES
        .iter()
        .filter(|entry| course.lesson(entry.lesson).is_none())
        .map(|entry| format!("`{}` is taught in `{}`, which does not exist", entry.code, entry.lesson))
        .collect();
    if errors.is_empty() {
        Ok(())
    } else {
        Err(format!("grader/src/lint/catalog.rs:\n  {}", errors.join("\n  ")))
    }
}

/// Every exercise proves its checks on at least this many correct alternatives
/// and wrong attempts (issue 14).
const MIN_ALTERNATIVES: usize = 3;
const MIN_WRONG: usize = 1;

fn check_corpus_size(course: &Course, only: &Only) -> Result<(), String> {
    let mut problems = Vec::new();
    let (mut alternatives, mut wrong) = (0, 0);
    for ex in course.exercises.iter().filter(|ex| only.includes(&ex.id)) {
        let count = |kind| ex.variants.iter().filter(|v| v.kind == kind).count();
        let (a, w) = (count(course::VariantKind::Alternative), count(course::VariantKind::Wrong));
        alternatives += a;
        wrong += w;
        if a < MIN_ALTERNATIVES || w < MIN_WRONG {
            problems.push(format!(
                "exercises/{}: {a} alternatives and {w} wrong attempts; at least {MIN_ALTERNATIVES} and {MIN_WRONG} are needed",
                ex.id
            ));
        }
    }
    eprintln!("check-content: {alternatives} correct alternatives and {wrong} wrong attempts");
    if problems.is_empty() {
        Ok(())
    } else {
        Err(problems.join("\n"))
    }
}

/// What the scratch projects' manifests say generated them.
const TASK: &str = "cargo xtask check-content";

/// The exercises a run is limited to (`--only`), or all of the course.
#[derive(Debug, Default)]
pub(crate) struct Only(Option<BTreeSet<String>>);

impl Only {
    fn is_all(&self) -> bool {
        self.0.is_none()
    }

    /// Whether a problem message is about one of the included exercises.
    fn mentions(&self, message: &str) -> bool {
        let id = message.strip_prefix("exercises/").and_then(|r| r.split(['/', ':']).next()).unwrap_or("");
        self.includes(id)
    }

    fn includes(&self, id: &str) -> bool {
        self.0.as_ref().is_none_or(|ids| ids.contains(id))
    }

    /// Scratch projects of a limited run get their own folders, so runs for
    /// different exercises can go on at once (they share the target directory;
    /// cargo's lock serialises the builds).
    fn scratch_suffix(&self) -> String {
        match &self.0 {
            None => String::new(),
            Some(ids) => format!("-only-{}", course::source_hash(&ids.iter().cloned().collect::<Vec<_>>().join(","))),
        }
    }
}

/// The lesson id of a file in `lessons/` (`01-futures-are-lazy.md`), or `None` for
/// its other files (speaker notes, cached outputs).
pub(crate) fn lesson_id(file_name: &str) -> Option<&str> {
    file_name.strip_suffix(".md").filter(|s| !s.contains('.'))
}

/// The entries of `dir`, by name, sorted.
pub(crate) fn sorted_names(dir: &Path) -> Result<Vec<String>, String> {
    let mut names: Vec<String> = fs::read_dir(dir)
        .map_err(|e| format!("{}: {e}", dir.display()))?
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    Ok(names)
}
