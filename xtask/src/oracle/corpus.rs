//! `cargo xtask oracle [--check] [FILTER]`: real rustc + tokio decide what every
//! corpus program prints.
//!
//! Every `grader/tests/corpus/{sync,async}/*.rs` program becomes a binary
//! `KIND_NAME` of one [`Scratch`] project under `target/oracle/` (rustc
//! warnings allowed), with the pins, the `#[tokio::main]` rewrite and the
//! stderr normalisation of the parent module.
//! Each binary runs several times (with a timeout); the runs must agree, and
//! the result is written beside the program as `NAME.expected.json`.
//!
//! `--check` regenerates into memory and fails if a committed expectation differs.

use std::fmt::Write as _;
use std::fs;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use super::Scratch;
use crate::util;

pub const GENERATED_BY: &str = "cargo xtask oracle (real rustc + tokio); do not edit";

/// How long one run of one program may take (wall clock; the tokio clock is paused).
const RUN_TIMEOUT: Duration = Duration::from_secs(20);

struct Program {
    /// `sync/001_hello.rs`, relative to the corpus folder.
    rel: String,
    /// The program file.
    path: PathBuf,
    /// The binary name in the scratch project: `sync_001_hello`.
    bin: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Expectation {
    pub exit: i32,
    pub stdout: String,
    pub stderr: String,
}

pub fn main(args: &[String]) -> Result<(), String> {
    if args.iter().any(|a| a == "--compile-errors") {
        let rest: Vec<String> = args.iter().filter(|a| *a != "--compile-errors").cloned().collect();
        return super::compile_errors::main(&rest);
    }
    let mut check = false;
    let mut runs = 3;
    let mut filter: Option<&str> = None;
    let mut args = args.iter();
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--check" => check = true,
            "--runs" => {
                runs = args
                    .next()
                    .and_then(|n| n.parse::<u32>().ok())
                    .filter(|n| *n >= 1)
                    .ok_or("oracle: --runs needs a number >= 1")?;
            }
            "-h" | "--help" => {
                println!("usage: cargo xtask oracle [--check] [--runs N] [FILTER]\n       cargo xtask oracle --compile-errors [--check] [FILTER]   (grader/tests/compile_errors/)\n\nFILTER is a substring of a program path such as `sync/012` or `async/`.\n--check fails if a committed expectation differs; --runs N runs each program N times (default 3) and fails if the runs differ.");
                return Ok(());
            }
            a if a.starts_with('-') => return Err(format!("oracle: unknown option `{a}`")),
            a if filter.is_none() => filter = Some(a),
            a => return Err(format!("oracle: more than one filter (`{a}`)")),
        }
    }
    let started = Instant::now();
    let root = util::root();
    let corpus_dir = root.join("grader/tests/corpus");
    let all = programs(&corpus_dir)?;
    let selected: Vec<&Program> = all.iter().filter(|p| filter.is_none_or(|f| matches_filter(&p.rel, f))).collect();
    if selected.is_empty() {
        return Err(format!("no corpus program matches `{}`", filter.unwrap_or("")));
    }

    let scratch = sync_scratch_project(&root.join("target/oracle"), &all)?;
    build(&scratch, &selected)?;
    let built = Instant::now();

    let mut written = 0;
    let mut unchanged = 0;
    let mut differ = Vec::new();
    let mut exits = std::collections::BTreeMap::<i32, usize>::new();
    for program in &selected {
        // All runs must agree: HashMap order and an unbiased `select!` are
        // random in real Rust, and a corpus program must not depend on them.
        let first = run_one(&scratch, program)?;
        for _ in 1..runs {
            let again = run_one(&scratch, program)?;
            if again != first {
                return Err(format!(
                    "{} is not deterministic: two runs under real tokio printed different output\nfirst:  {:?}\nlater:  {:?}",
                    program.rel, first, again
                ));
            }
        }
        *exits.entry(first.exit).or_default() += 1;
        let json = render_json(&first);
        let expected_path = program.path.with_extension("expected.json");
        let old = fs::read_to_string(&expected_path).ok();
        if old.as_deref() == Some(json.as_str()) {
            unchanged += 1;
        } else if check {
            differ.push(program.rel.clone());
        } else {
            fs::write(&expected_path, &json).map_err(|e| format!("cannot write {}: {e}", expected_path.display()))?;
            written += 1;
        }
    }

    let exits: Vec<String> = exits.iter().map(|(code, n)| format!("exit {code}: {n}")).collect();
    eprintln!(
        "oracle: {} program(s) ({}); {} unchanged, {} {}; build {:.1}s, total {:.1}s",
        selected.len(),
        exits.join(", "),
        unchanged,
        if check { differ.len() } else { written },
        if check { "differ" } else { "written" },
        (built - started).as_secs_f64(),
        started.elapsed().as_secs_f64(),
    );
    if !differ.is_empty() {
        return Err(format!(
            "{} expectation(s) differ from real rustc + tokio (run `cargo xtask oracle` to regenerate):\n  {}",
            differ.len(),
            differ.join("\n  ")
        ));
    }
    Ok(())
}

/// FILTER is a substring of `sync/001_hello.rs`; one with a `/` starts at a
/// path segment, so `sync/0` does not also select `async/0..`.
pub fn matches_filter(rel: &str, filter: &str) -> bool {
    if !filter.contains('/') {
        return rel.contains(filter);
    }
    rel.match_indices(filter).any(|(i, _)| i == 0 || rel.as_bytes()[i - 1] == b'/')
}

/// Every corpus program, in a stable order.
fn programs(corpus_dir: &Path) -> Result<Vec<Program>, String> {
    let mut out = Vec::new();
    for kind in ["sync", "async"] {
        let dir = corpus_dir.join(kind);
        let Ok(entries) = fs::read_dir(&dir) else { continue };
        let mut names: Vec<String> = entries
            .filter_map(|e| e.ok())
            .map(|e| e.file_name().to_string_lossy().into_owned())
            .filter(|n| n.ends_with(".rs"))
            .collect();
        names.sort();
        for name in names {
            let stem = name.trim_end_matches(".rs");
            if !stem.chars().all(|c| c.is_ascii_alphanumeric() || c == '_') {
                return Err(format!("corpus program {kind}/{name}: names are [a-z0-9_] only"));
            }
            out.push(Program { rel: format!("{kind}/{name}"), path: dir.join(&name), bin: format!("{kind}_{stem}") });
        }
    }
    Ok(out)
}

/// Write the scratch project: manifest, `-A warnings` config and one
/// `src/bin/KIND_NAME.rs` per program (binaries of deleted programs are
/// removed). A `select!` without `biased;` is refused first.
fn sync_scratch_project(scratch: &Path, all: &[Program]) -> Result<Scratch, String> {
    let project = Scratch::create(scratch.to_path_buf(), "oracle", "cargo xtask oracle", true)?;
    let mut sources = Vec::new();
    for program in all {
        let source =
            fs::read_to_string(&program.path).map_err(|e| format!("cannot read {}: {e}", program.path.display()))?;
        if let Some(line) = unbiased_select_line(&source) {
            return Err(format!(
                "{}:{line}: `select!` without `biased;` picks a random branch in real tokio; a corpus program must write `biased;`",
                program.rel
            ));
        }
        sources.push(source);
    }
    project.write_programs(all.iter().zip(&sources).map(|(p, s)| (p.bin.as_str(), s.as_str())))?;
    Ok(project)
}

/// The line of the first `select! {` whose first token is not `biased;`.
fn unbiased_select_line(source: &str) -> Option<usize> {
    let mut from = 0;
    while let Some(i) = source[from..].find("select! {") {
        let at = from + i;
        let body = source[at + "select! {".len()..].trim_start();
        if !body.starts_with("biased;") {
            return Some(source[..at].matches('\n').count() + 1);
        }
        from = at + 1;
    }
    None
}

fn build(scratch: &Scratch, selected: &[&Program]) -> Result<(), String> {
    let mut cmd = scratch.cargo("build");
    cmd.arg("--keep-going");
    for program in selected {
        cmd.args(["--bin", &program.bin]);
    }
    eprintln!("oracle: building {} program(s) in {}", selected.len(), scratch.dir.display());
    let status = cmd.status().map_err(|e| format!("cannot start cargo: {e}"))?;
    if !status.success() {
        return Err(format!(
            "a corpus program does not compile with real rustc (see the errors above; \
             target/oracle/src/bin/KIND_NAME.rs is grader/tests/corpus/KIND/NAME.rs with only the \
             #[tokio::main] line rewritten) ({status})"
        ));
    }
    Ok(())
}

fn run_one(scratch: &Scratch, program: &Program) -> Result<Expectation, String> {
    let Some(done) = scratch.spawn(&program.bin, &[])?.finish_within(RUN_TIMEOUT)? else {
        return Err(format!(
            "{} did not finish within {}s under real tokio (a corpus program must terminate)",
            program.rel,
            RUN_TIMEOUT.as_secs()
        ));
    };
    let Some(exit) = done.status.code() else {
        return Err(format!("{} was killed by a signal ({})", program.rel, done.status));
    };
    let text = |bytes: Vec<u8>, what: &str| -> Result<String, String> {
        String::from_utf8(bytes).map_err(|_| format!("{} wrote invalid UTF-8 to {what}", program.rel))
    };
    let stdout = text(done.stdout, "stdout")?;
    let stderr = super::normalize_stderr(&text(done.stderr, "stderr")?, &program.bin);
    Ok(Expectation { exit, stdout, stderr })
}

/// Pretty JSON with a stable key order (no serde in xtask; the format is tiny).
pub fn render_json(e: &Expectation) -> String {
    let mut s = String::new();
    let _ = writeln!(s, "{{");
    let _ = writeln!(s, "  \"generated_by\": {},", json_string(GENERATED_BY));
    let _ = writeln!(s, "  \"exit\": {},", e.exit);
    let _ = writeln!(s, "  \"stdout\": {},", json_string(&e.stdout));
    let _ = writeln!(s, "  \"stderr\": {}", json_string(&e.stderr));
    let _ = writeln!(s, "}}");
    s
}

fn json_string(text: &str) -> String {
    let mut s = String::with_capacity(text.len() + 2);
    s.push('"');
    for c in text.chars() {
        match c {
            '"' => s.push_str("\\\""),
            '\\' => s.push_str("\\\\"),
            '\n' => s.push_str("\\n"),
            '\r' => s.push_str("\\r"),
            '\t' => s.push_str("\\t"),
            c if (c as u32) < 0x20 || c == '\u{7f}' => {
                let _ = write!(s, "\\u{:04x}", c as u32);
            }
            c => s.push(c),
        }
    }
    s.push('"');
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_select_without_biased() {
        assert_eq!(unbiased_select_line("a\nlet x = tokio::select! {\n    biased;\n    _ = f() => 1,\n};\n"), None);
        assert_eq!(unbiased_select_line("a\nb\ntokio::select! {\n    _ = f() => 1,\n};\n"), Some(3));
    }

    #[test]
    fn a_filter_with_a_slash_starts_at_a_path_segment() {
        assert!(matches_filter("sync/001_hello.rs", "sync/00"));
        assert!(!matches_filter("async/001_hello.rs", "sync/00"));
        assert!(matches_filter("async/001_hello.rs", "hello"));
        assert!(matches_filter("async/001_hello.rs", "async/001_hello.rs"));
    }

    #[test]
    fn json_escapes_what_json_requires() {
        assert_eq!(json_string("a\"b\\c\n\t\u{1}é"), "\"a\\\"b\\\\c\\n\\t\\u0001é\"");
    }
}
