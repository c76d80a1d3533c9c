//! `cargo xtask oracle --compile-errors [--check] [FILTER]`: real rustc decides
//! which errors every program of `grader/tests/compile_errors/` has.
//!
//! Each `NNN_name.rs` is a program a learner might write that real rustc
//! rejects. It becomes a binary `ce_NNN_name` of one [`Scratch`] project under
//! `target/oracle-compile-errors/` (the pins and the `#[tokio::main]` rewrite
//! of the parent module; warnings allowed), every binary is built with
//! `cargo build --keep-going --message-format short`, and rustc's errors are
//! written beside the program as `NNN_name.expected.json`: for each error its
//! code (`E0308`, or none for a syntax error), primary line and column, and
//! message, in rustc's order. A program that compiles is refused: it belongs
//! in the conformance corpus, not here.
//!
//! `--check` regenerates into memory and fails if a committed expectation differs.

use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::Stdio;
use std::time::Instant;

use super::corpus::matches_filter;
use super::Scratch;
use crate::util;

pub const GENERATED_BY: &str = "cargo xtask oracle --compile-errors (real rustc); do not edit";

struct Program {
    /// `001_missing_await_display.rs`.
    name: String,
    path: PathBuf,
    /// `ce_001_missing_await_display`.
    bin: String,
}

/// One error rustc reported, at its primary span.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RustcError {
    /// `E0308`; empty for an error without a code (syntax errors).
    pub code: String,
    pub line: usize,
    pub column: usize,
    pub message: String,
}

pub fn main(args: &[String]) -> Result<(), String> {
    let mut check = false;
    let mut filter: Option<&str> = None;
    for arg in args {
        match arg.as_str() {
            "--check" => check = true,
            a if a.starts_with('-') => return Err(format!("oracle --compile-errors: unknown option `{a}`")),
            a if filter.is_none() => filter = Some(a),
            a => return Err(format!("oracle --compile-errors: more than one filter (`{a}`)")),
        }
    }
    let started = Instant::now();
    let root = util::root();
    let dir = root.join("grader/tests/compile_errors");
    let all = programs(&dir)?;
    let selected: Vec<&Program> = all.iter().filter(|p| filter.is_none_or(|f| matches_filter(&p.name, f))).collect();
    if selected.is_empty() {
        return Err(format!("no compile-error program matches `{}`", filter.unwrap_or("")));
    }
    let scratch = Scratch::create(
        root.join("target/oracle-compile-errors"),
        "oracle-compile-errors",
        "cargo xtask oracle --compile-errors",
        true,
    )?;
    let mut sources = Vec::new();
    for p in &selected {
        sources.push(fs::read_to_string(&p.path).map_err(|e| format!("cannot read {}: {e}", p.path.display()))?);
    }
    scratch.write_programs(selected.iter().zip(&sources).map(|(p, s)| (p.bin.as_str(), s.as_str())))?;
    let mut errors = build(&scratch)?;

    let mut compiles = Vec::new();
    let mut differ = Vec::new();
    let mut written = 0;
    let mut codes = BTreeMap::<String, usize>::new();
    for p in &selected {
        let Some(found) = errors.remove(&p.bin) else {
            compiles.push(p.name.clone());
            continue;
        };
        *codes.entry(if found[0].code.is_empty() { "syntax".into() } else { found[0].code.clone() }).or_default() += 1;
        let json = render_json(&found);
        let expected_path = p.path.with_extension("expected.json");
        if fs::read_to_string(&expected_path).ok().as_deref() == Some(json.as_str()) {
            continue;
        }
        if check {
            differ.push(p.name.clone());
        } else {
            fs::write(&expected_path, &json).map_err(|e| format!("cannot write {}: {e}", expected_path.display()))?;
            written += 1;
        }
    }
    let codes: Vec<String> = codes.iter().map(|(c, n)| format!("{c}: {n}")).collect();
    eprintln!(
        "oracle --compile-errors: {} program(s); first errors {}; {} {}; total {:.1}s",
        selected.len(),
        codes.join(", "),
        if check { differ.len() } else { written },
        if check { "differ" } else { "written" },
        started.elapsed().as_secs_f64(),
    );
    if !compiles.is_empty() {
        return Err(format!(
            "{} program(s) compile with real rustc (a compile-error program must be rejected):\n  {}",
            compiles.len(),
            compiles.join("\n  ")
        ));
    }
    if !differ.is_empty() {
        return Err(format!(
            "{} expectation(s) differ from real rustc (run `cargo xtask oracle --compile-errors`):\n  {}",
            differ.len(),
            differ.join("\n  ")
        ));
    }
    Ok(())
}

/// Every `NNN_name.rs` of the folder, sorted.
fn programs(dir: &Path) -> Result<Vec<Program>, String> {
    let entries = fs::read_dir(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    let mut names: Vec<String> = entries
        .filter_map(|e| e.ok())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".rs"))
        .collect();
    names.sort();
    let mut out = Vec::new();
    for name in names {
        let stem = name.trim_end_matches(".rs");
        if !stem.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_') {
            return Err(format!("compile_errors/{name}: names are [a-z0-9_] only"));
        }
        out.push(Program { path: dir.join(&name), bin: format!("ce_{stem}"), name });
    }
    Ok(out)
}

/// Build every binary of the project, going on past failures; rustc's errors per binary.
fn build(scratch: &Scratch) -> Result<BTreeMap<String, Vec<RustcError>>, String> {
    eprintln!("oracle --compile-errors: building in {}", scratch.dir.display());
    let output = scratch
        .cargo("build")
        .args(["--bins", "--keep-going", "--message-format", "short"])
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .output()
        .map_err(|e| format!("cannot start cargo: {e}"))?;
    let stderr = String::from_utf8_lossy(&output.stderr);
    let mut errors: BTreeMap<String, Vec<RustcError>> = BTreeMap::new();
    for line in stderr.lines() {
        let Some(m) = super::located(line) else { continue };
        if let Some(e) = parse_error(&m.message) {
            errors.entry(m.bin).or_default().push(RustcError { line: m.line, column: m.column, ..e });
        }
    }
    if !output.status.success() && errors.is_empty() {
        return Err(format!("cargo failed without an error in a program:\n{stderr}"));
    }
    Ok(errors)
}

/// `error[E0308]: mismatched types` -> code and message; `error: expected ..` -> no code.
/// Warnings and notes are not errors.
fn parse_error(message: &str) -> Option<RustcError> {
    let rest = message.strip_prefix("error")?;
    let (code, text) = if let Some(coded) = rest.strip_prefix('[') {
        let (code, text) = coded.split_once("]:")?;
        (code.to_string(), text)
    } else {
        (String::new(), rest.strip_prefix(':')?)
    };
    Some(RustcError { code, line: 0, column: 0, message: text.trim().to_string() })
}

fn render_json(errors: &[RustcError]) -> String {
    let errors: Vec<serde_json::Value> = errors
        .iter()
        .map(|e| serde_json::json!({ "code": e.code, "line": e.line, "column": e.column, "message": e.message }))
        .collect();
    let value = serde_json::json!({ "generated_by": GENERATED_BY, "errors": errors });
    let mut text = serde_json::to_string_pretty(&value).expect("json");
    text.push('\n');
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn errors_with_and_without_codes() {
        let e = parse_error("error[E0308]: mismatched types").unwrap();
        assert_eq!((e.code.as_str(), e.message.as_str()), ("E0308", "mismatched types"));
        let e = parse_error("error: expected one of `,`, `.`, `?`, found `;`").unwrap();
        assert_eq!(e.code, "");
        assert!(parse_error("warning: unused variable: `x`").is_none());
    }
}
