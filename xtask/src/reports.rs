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
        rs_files(&root.join(dir), 1, &mut files);
    }
    rs_files(&root.join("grader/tests/lints"), 2, &mut files);
    rs_files(&root.join("exercises"), 3, &mut files);
    files.sort();
    let mut programs = Vec::new();
    for path in files {
        let source = fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))?;
        let name = path.strip_prefix(root).unwrap_or(&path).to_string_lossy().into_owned();
        programs.push((name, source));
    }
    let mut lessons: Vec<PathBuf> = read_dir(&root.join("lessons"))
        .into_iter()
        .filter(|p| p.extension().is_some_and(|e| e == "md") && !p.to_string_lossy().ends_with(".notes.md"))
        .collect();
    lessons.sort();
    for path in lessons {
        let text = fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))?;
        let name = path.strip_prefix(root).unwrap_or(&path).to_string_lossy().into_owned();
        for block in course::runnable_blocks(&text, 1) {
            programs.push((format!("{name}:{}", block.line), block.code));
        }
    }
    Ok(programs)
}

/// The `.rs` files at most `depth` folders below `dir`.
fn rs_files(dir: &Path, depth: u32, out: &mut Vec<PathBuf>) {
    for path in read_dir(dir) {
        if path.is_dir() && depth > 1 {
            rs_files(&path, depth - 1, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

fn read_dir(dir: &Path) -> Vec<PathBuf> {
    fs::read_dir(dir).map(|rd| rd.filter_map(|e| e.ok()).map(|e| e.path()).collect()).unwrap_or_default()
}
