//! "The grader never panics or hangs on any source text": every program of
//! the repository (corpus, lint fixtures, exercises), cut and mutated in
//! deterministic ways, goes through `grader::check` with small limits. Each
//! run must return a report; a panic or a run that does not return is a bug.
//!
//! The mutations are what a learner's editor holds between keystrokes: the
//! file cut short, a line deleted, a line doubled, a bracket or `;` removed, a
//! number changed (loops that never end, divisions by zero, overflow), an
//! `.await` dropped or added, two operators swapped.
//! `ROBUSTNESS_SEED=n` picks another deterministic sample of mutations.

mod harness;

use std::fs;
use std::path::{Path, PathBuf};
use std::time::Duration;

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).parent().unwrap().to_path_buf()
}

/// Every `.rs` program the repository holds for the grader, sorted.
fn programs() -> Vec<(String, String)> {
    let root = root();
    let mut files = Vec::new();
    for dir in ["grader/tests/corpus", "grader/tests/lints", "grader/tests/unsupported", "exercises"] {
        collect(&root.join(dir), &mut files);
    }
    files.sort();
    files
        .into_iter()
        .filter_map(|p| {
            let text = fs::read_to_string(&p).ok()?;
            Some((p.strip_prefix(&root).unwrap_or(&p).display().to_string(), text))
        })
        .collect()
}

fn collect(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = fs::read_dir(dir) else { return };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            collect(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// splitmix64: a small deterministic generator, so a failure names a case that can be re-run.
struct Rng(u64);
impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
    fn below(&mut self, n: usize) -> usize {
        if n == 0 {
            0
        } else {
            (self.next() % n as u64) as usize
        }
    }
}

fn char_boundary(text: &str, mut at: usize) -> usize {
    at = at.min(text.len());
    while !text.is_char_boundary(at) {
        at -= 1;
    }
    at
}

/// One mutation of `text`, described for the failure message.
fn mutate(text: &str, rng: &mut Rng) -> (String, String) {
    let lines: Vec<&str> = text.lines().collect();
    let line = rng.below(lines.len());
    match rng.below(9) {
        0 => {
            let at = char_boundary(text, rng.below(text.len()));
            (format!("cut at byte {at}"), text[..at].to_string())
        }
        1 => {
            let mut out = lines.clone();
            if line < out.len() {
                out.remove(line);
            }
            (format!("line {} deleted", line + 1), out.join("\n"))
        }
        2 => {
            let mut out = lines.clone();
            if let Some(l) = lines.get(line) {
                out.insert(line, l);
            }
            (format!("line {} doubled", line + 1), out.join("\n"))
        }
        3 => {
            // Remove the n-th occurrence of one of the structural characters.
            let targets = ['{', '}', '(', ')', ';', '[', ']', '<', '>', '"', '\'', '|'];
            let c = targets[rng.below(targets.len())];
            let hits: Vec<usize> = text.match_indices(c).map(|(i, _)| i).collect();
            if hits.is_empty() {
                return ("unchanged".into(), text.to_string());
            }
            let at = hits[rng.below(hits.len())];
            (format!("`{c}` at byte {at} removed"), format!("{}{}", &text[..at], &text[at + 1..]))
        }
        4 => {
            // Change a number: 0, 1, a big one, or a negative one.
            let digits: Vec<usize> = text.char_indices().filter(|(_, c)| c.is_ascii_digit()).map(|(i, _)| i).collect();
            if digits.is_empty() {
                return ("unchanged".into(), text.to_string());
            }
            let at = digits[rng.below(digits.len())];
            let with = ["0", "1", "4294967296", "-1", "99999999999999999999999999999999999999999"][rng.below(5)];
            (format!("digit at byte {at} replaced by {with}"), format!("{}{}{}", &text[..at], with, &text[at + 1..]))
        }
        5 => swap_word(text, rng, &[(".await", ""), ("async ", ""), ("move ", ""), ("&mut ", "&"), ("mut ", "")]),
        6 => swap_word(
            text,
            rng,
            &[(" < ", " <= "), (" + ", " - "), (" - ", " * "), ("..", "..="), ("==", "!="), ("+=", "*=")],
        ),
        7 => swap_word(
            text,
            rng,
            &[("break", "continue"), ("return", ""), ("Some(", "None("), ("Ok(", "Err("), ("drop(", "(")],
        ),
        _ => {
            // Two lines swapped: a use before its definition, an await before its spawn.
            let mut out = lines.clone();
            let other = rng.below(lines.len());
            if !out.is_empty() {
                let last = out.len() - 1;
                out.swap(line.min(last), other.min(last));
            }
            (format!("lines {} and {} swapped", line + 1, other + 1), out.join("\n"))
        }
    }
}

fn swap_word(text: &str, rng: &mut Rng, pairs: &[(&str, &str)]) -> (String, String) {
    let (from, to) = pairs[rng.below(pairs.len())];
    let hits: Vec<usize> = text.match_indices(from).map(|(i, _)| i).collect();
    if hits.is_empty() {
        return ("unchanged".into(), text.to_string());
    }
    let at = hits[rng.below(hits.len())];
    (format!("`{from}` at byte {at} replaced by `{to}`"), format!("{}{}{}", &text[..at], to, &text[at + from.len()..]))
}

/// Run `grader::check` on its own thread (a panic or a hang fails one case, not the binary)
/// with 8 MiB of stack, what the browser worker and a CLI main thread have.
/// Not a speed goal: a run bounded by 2,000,000 steps returns in well under a second;
/// a minute without an answer is a grader loop that ignores its step budget.
fn check_guarded(source: String, options: grader::Options) -> Result<grader::Report, String> {
    harness::guarded(8 * 1024 * 1024, Duration::from_secs(60), move || grader::check(&source, &options))
}

#[test]
fn mutated_programs_never_crash_or_hang_the_grader() {
    harness::quiet_panics();
    let seed: u64 = std::env::var("ROBUSTNESS_SEED").ok().and_then(|s| s.parse().ok()).unwrap_or(2026);
    let per_program: usize = std::env::var("ROBUSTNESS_MUTATIONS").ok().and_then(|s| s.parse().ok()).unwrap_or(6);
    let options = grader::Options { max_steps: 2_000_000, max_memory_bytes: 64 * 1024 * 1024, ..Default::default() };
    let programs = programs();
    assert!(programs.len() > 300, "expected the whole corpus, found {} programs", programs.len());
    let mut failures = Vec::new();
    let mut outcomes = std::collections::BTreeMap::<String, usize>::new();
    for (index, (name, text)) in programs.iter().enumerate() {
        let mut rng = Rng(seed ^ (index as u64).wrapping_mul(0x2545_F491_4F6C_DD1D));
        for _ in 0..per_program {
            let (what, source) = mutate(text, &mut rng);
            match check_guarded(source, options.clone()) {
                Ok(report) => *outcomes.entry(format!("{:?}", report.outcome)).or_default() += 1,
                Err(why) => failures.push(format!("{name} ({what}; ROBUSTNESS_SEED={seed}): {why}")),
            }
        }
    }
    eprintln!("robustness: {} programs x {per_program} mutations: {outcomes:?}", programs.len());
    assert!(failures.is_empty(), "{} mutated programs broke the grader:\n{}", failures.len(), failures.join("\n"));
}

/// Texts built to break recursive parsers and evaluators: each must get a report.
#[test]
fn pathological_texts_get_a_report() {
    harness::quiet_panics();
    let n = 50_000;
    let cases = [
        format!("fn main() {{ let x = {}1{}; }}", "(".repeat(n), ")".repeat(n)),
        format!("fn main() {{ let x = {}1; }}", "-".repeat(n)),
        format!("fn main() {{ let x = {}1; }}", "!".repeat(n)),
        format!("fn main() {{ let x = {}1; }}", "&".repeat(n)),
        format!("fn main() {{ let x = 0{}; }}", " + 1".repeat(n)),
        format!("fn main() {{ let x = vec![1]{}; }}", ".clone()".repeat(n)),
        format!("fn main() {{ {} }}", "if true { ".repeat(n)),
        format!("fn main() {{ {}{} }}", "if true { ".repeat(n), "}".repeat(n)),
        format!("fn main() {{ let x = {}; }}", "[".repeat(n)),
        format!("fn main() {{ let x = {}1{}; }}", "[".repeat(n), "]".repeat(n)),
        format!("fn main() {{ let x: {}u8{} = 1; }}", "Vec<".repeat(n), ">".repeat(n)),
        format!("fn main() {{ let x = {}; }}", "{ ".repeat(n) + "1" + &" }".repeat(n)),
        format!("fn main() {{ let _ = {}; }}", "|| ".repeat(n) + "1"),
        format!("fn main() {{ let x = {}{}; }}", "Some(".repeat(n), "1".to_string() + &")".repeat(n)),
        format!("fn main() {{ println!(\"{{}}\", {}1{}); }}", "(".repeat(n), ")".repeat(n)),
        format!("fn main() {{ {} }}", "loop { break ".repeat(200) + "1" + &" }".repeat(200)),
        format!("mod a {{ {} }}", "mod b { ".repeat(n)),
        format!("#[tokio::main] async fn main() {{ let x = async {{ 1 }}{}; }}", ".await".repeat(n)),
        "\u{feff}fn main() { println!(\"\u{0}\"); }".to_string(),
        "fn main() { let s = \"unterminated; }".to_string(),
        "fn main() { let c = '\\u{110000}'; }".to_string(),
        "fn main() { 'a: loop { 'b: loop { break 'c; } } }".to_string(),
        String::from_utf8_lossy(&[0xff, 0xfe, b'f', b'n']).into_owned(),
        String::new(),
    ];
    let options = grader::Options { max_steps: 2_000_000, ..Default::default() };
    let mut failures = Vec::new();
    for (i, source) in cases.iter().enumerate() {
        let head: String = source.chars().take(40).collect();
        if let Err(why) = check_guarded(source.clone(), options.clone()) {
            failures.push(format!("case {i} ({head}...): {why}"));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// The nesting bound refuses nothing a person writes: every program of the
/// repository stays well under it.
#[test]
fn the_nesting_bound_leaves_real_programs_alone() {
    let mut deepest = (0, String::new());
    for (name, text) in programs() {
        if let Ok(tokens) = text.parse::<proc_macro2::TokenStream>() {
            let (depth, line) = grader::parse::nesting(tokens);
            if depth > deepest.0 {
                deepest = (depth, format!("{name}:{line}"));
            }
        }
    }
    eprintln!("deepest program: {} levels at {}", deepest.0, deepest.1);
    assert!(deepest.0 > 5, "the estimate counts nothing: {deepest:?}");
    assert!(
        deepest.0 * 2 <= grader::parse::MAX_NESTING,
        "{} is close to the bound: {deepest:?}",
        grader::parse::MAX_NESTING
    );
}
