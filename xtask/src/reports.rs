//! `cargo xtask reports DIR`: the grader's `run` and `check` reports of every
//! program in the repository, one JSON file each, so a refactor can prove it
//! changes no behaviour:
//!
//! ```text
//! git checkout OLD && cargo xtask reports /tmp/before
//! git checkout NEW && cargo xtask reports /tmp/after
//! diff -r /tmp/before /tmp/after     # prints nothing when nothing changed
//! ```
//!
//! The programs: the corpus, the refusal and lint fixtures, every `.rs` under
//! `exercises/`, and the `rust,run` blocks of the lessons (`lessons/NAME.md:LINE`).
//! A file is named after the program's path, `/` written as `__`.

use std::fs;
use std::path::{Path, PathBuf};

use crate::content::{lesson_id, sorted_names};

use grader::Options;

pub fn main(args: &[String]) -> Result<(), String> {
    let [out] = args else { return Err("usage: cargo xtask reports DIR".into()) };
    let out = PathBuf::from(out);
    fs::create_dir_all(&out).map_err(|e| format!("{}: {e}", out.display()))?;
    let root = crate::util::root();
    let programs = programs(&root)?;
    for (name, source) in &programs {
        let options = Options { file_name: name.clone(), ..Options::default() };
        let key = name.replace('/', "__");
        for (kind, report) in [("run", grader::run(source, &options)), ("check", grader::check(source, &options))] {
            let path = out.join(format!("{key}.{kind}.json"));
            fs::write(&path, report.to_json() + "\n").map_err(|e| format!("{}: {e}", path.display()))?;
        }
    }
    eprintln!("reports: {} programs, {} reports in {}", programs.len(), 2 * programs.len(), out.display());
    Ok(())
}

/// Every program, by repository-relative name, in a stable order.
fn programs(root: &Path) -> Result<Vec<(String, String)>, String> {
    let mut files = Vec::new();
    for dir in ["grader/tests/corpus/sync", "grader/tests/corpus/async", "grader/tests/unsupported"] {
        rs_files(root, dir, 1, &mut files)?;
    }
    rs_files(root, "grader/tests/lints", 2, &mut files)?;
    rs_files(root, "exercises", 3, &mut files)?;
    files.sort();
    let mut programs = Vec::new();
    for name in files {
        let source = fs::read_to_string(root.join(&name)).map_err(|e| format!("{name}: {e}"))?;
        programs.push((name, source));
    }
    for name in sorted_names(&root.join("lessons"))? {
        if lesson_id(&name).is_none() {
            continue;
        }
        let text = fs::read_to_string(root.join("lessons").join(&name)).map_err(|e| format!("lessons/{name}: {e}"))?;
        for block in course::runnable_blocks(&text, 1) {
            programs.push((format!("lessons/{name}:{}", block.line), block.code));
        }
    }
    Ok(programs)
}

/// The `.rs` files at most `depth` folders below `dir` (relative to `root`), by relative path.
fn rs_files(root: &Path, dir: &str, depth: u32, out: &mut Vec<String>) -> Result<(), String> {
    for name in sorted_names(&root.join(dir))? {
        let rel = format!("{dir}/{name}");
        if root.join(&rel).is_dir() {
            if depth > 1 {
                rs_files(root, &rel, depth - 1, out)?;
            }
        } else if name.ends_with(".rs") {
            out.push(rel);
        }
    }
    Ok(())
}
