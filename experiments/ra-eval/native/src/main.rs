//! `cargo run --release -p ra-eval` (in `experiments/ra-eval/`): measures rust-analyzer's
//! diagnostics as the grader's compile check is measured (`grader/tests/compile_errors.rs`),
//! for the engine decision of issue 21 (`docs/compile-engine.md`).
//!
//! - Recall: a corpus program is caught when an error has one of rustc's codes on that
//!   error's primary line (`parse` for a syntax error), per class and overall, for the grader's
//!   own check (`grader::check`), rust-analyzer under three filters (every error; the ones
//!   it does not mark experimental; the trusted ones, [`Filter::Trusted`]), and the union of
//!   the grader and the trusted rust-analyzer errors.
//! - False rejections: a control-group program (every compiling program of the repository)
//!   on which rust-analyzer reports an error that passes the filter; listed by code.
//! - Time: loading (cargo metadata, sysroot, every source), the first check (std, tokio and
//!   futures analysed as far as the file needs), and each further check (new file text).
//!
//! `--verbose` prints every corpus program's outcome and every false rejection.

mod programs;
mod ra;

use std::collections::BTreeMap;
use std::path::Path;
use std::time::{Duration, Instant};

use grader::{Options, Outcome, Severity};
use ra::RaError;

/// rust-analyzer's own signs that it did not understand part of a file: a type it could not
/// infer (`E0282`, or `{unknown}` in a message), or a macro it expanded into something it
/// cannot parse (`Syntax Error in Expansion`: `tokio::select!` with `biased;` or a pattern).
/// Every false rejection of the control group came with one of these in the same file, before
/// the error (docs/compile-engine.md).
fn uncertain(e: &RaError) -> bool {
    e.ra_code == "E0282" || e.message.contains("{unknown}") || expansion_failed(e)
}

fn expansion_failed(e: &RaError) -> bool {
    e.message.starts_with("Syntax Error in Expansion")
        || matches!(e.ra_code.as_str(), "unresolved-macro-call" | "macro-error")
}

#[derive(Clone, Copy, PartialEq)]
enum Filter {
    All,
    Stable,
    Trusted,
}

impl Filter {
    const EVERY: [Filter; 3] = [Filter::All, Filter::Stable, Filter::Trusted];
    fn name(self) -> &'static str {
        match self {
            Filter::All => "ra (all errors)",
            Filter::Stable => "ra (not experimental)",
            Filter::Trusted => "ra (trusted)",
        }
    }
    /// Whether the filter keeps `e`, one of `file`'s errors.
    fn keeps(self, e: &RaError, file: &[RaError]) -> bool {
        match self {
            Filter::All => true,
            Filter::Stable => !e.experimental,
            // Not a sign of doubt itself, no macro of the file misunderstood, and no doubt on
            // an earlier line (an error after an unknown type may be its echo).
            Filter::Trusted => {
                !uncertain(e)
                    && !file.iter().any(expansion_failed)
                    && !file.iter().any(|d| uncertain(d) && d.line < e.line)
            }
        }
    }
}

fn main() {
    let verbose = std::env::args().any(|a| a == "--verbose");
    let repo = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../..").canonicalize().unwrap();
    let corpus = programs::corpus(&repo);
    let control = programs::control(&repo);

    let mut engine = ra::Engine::load(&repo, &ra::scratch_dir());
    eprintln!(
        "ra-eval: loaded {} source files ({:.1} MB, {:.1} MB gzipped) in {:.2}s",
        engine.files,
        engine.bytes as f64 / 1e6,
        engine.gzipped as f64 / 1e6,
        engine.load.as_secs_f64()
    );
    let mut times: Vec<Duration> = Vec::new();
    let mut check = |source: &str| {
        let started = Instant::now();
        let out = engine.check(source);
        times.push(started.elapsed());
        out
    };

    // class -> [grader, ra per filter..., union with trusted], and the count.
    let mut by_class: BTreeMap<&str, ([usize; 5], usize)> = BTreeMap::new();
    let mut panics = Vec::new();
    for case in &corpus {
        let errors = check(&case.source).unwrap_or_else(|e| {
            panics.push(format!("{}: {e}", case.file));
            Vec::new()
        });
        let report = grader::check(&case.source, &Options::default());
        let ours: Vec<(String, u32)> = report
            .diagnostics
            .iter()
            .filter(|d| d.severity == Severity::Error)
            .filter_map(|d| Some((programs::grader_code(d)?, d.line)))
            .collect();
        let grader_hit = report.outcome == Outcome::Rejected
            && case.rustc.iter().any(|r| ours.iter().any(|(c, l)| c == r.want() && *l == r.line));
        let ra_hit = |f: Filter| {
            case.rustc
                .iter()
                .any(|r| errors.iter().any(|e| f.keeps(e, &errors) && e.code == r.want() && e.line == r.line))
        };
        let hits = [
            grader_hit,
            ra_hit(Filter::All),
            ra_hit(Filter::Stable),
            ra_hit(Filter::Trusted),
            grader_hit || ra_hit(Filter::Trusted),
        ];
        let entry = by_class.entry(case.class).or_default();
        for (n, hit) in entry.0.iter_mut().zip(hits) {
            *n += hit as usize;
        }
        entry.1 += 1;
        if verbose {
            let rustc: Vec<String> = case.rustc.iter().map(|r| format!("{}:{}", r.want(), r.line)).collect();
            let ra: Vec<String> = errors
                .iter()
                .map(|e| format!("{}:{}{} {}", e.code, e.line, if e.experimental { "(exp)" } else { "" }, e.message))
                .collect();
            println!(
                "{} grader={} ra={}\n  rustc: {}\n  ra:    {}",
                case.file,
                grader_hit as u8,
                hits[3] as u8,
                rustc.join(", "),
                ra.join("\n         ")
            );
        }
    }

    // Control group: any error that passes the filter is a false rejection.
    let mut false_rejections = [0usize; 3];
    let mut by_code: BTreeMap<(String, bool), Vec<String>> = BTreeMap::new();
    for (origin, source) in &control {
        let errors = check(source).unwrap_or_else(|e| {
            panics.push(format!("{origin}: {e}"));
            Vec::new()
        });
        for (i, f) in Filter::EVERY.iter().enumerate() {
            false_rejections[i] += errors.iter().any(|e| f.keeps(e, &errors)) as usize;
        }
        for e in &errors {
            let trusted = Filter::Trusted.keeps(e, &errors);
            by_code
                .entry((
                    format!("{}{}", e.ra_code, if trusted { " (kept by the trusted filter)" } else { "" }),
                    e.experimental,
                ))
                .or_default()
                .push(format!("{origin}:{} {}", e.line, e.message));
        }
    }

    println!(
        "\n| class | programs | grader | {} | {} | {} | grader ∪ ra (trusted) |",
        Filter::All.name(),
        Filter::Stable.name(),
        Filter::Trusted.name()
    );
    println!("| --- | --- | --- | --- | --- | --- | --- |");
    let mut total = ([0usize; 5], 0usize);
    let pct = |c: usize, n: usize| format!("{c} ({:.1} %)", 100.0 * c as f64 / n.max(1) as f64);
    for (class, (hits, n)) in &by_class {
        let cells: Vec<String> = hits.iter().map(|&c| pct(c, *n)).collect();
        println!("| {class} | {n} | {} |", cells.join(" | "));
        for (t, h) in total.0.iter_mut().zip(hits) {
            *t += h;
        }
        total.1 += n;
    }
    let cells: Vec<String> = total.0.iter().map(|&c| pct(c, total.1)).collect();
    println!("| **overall** | {} | {} |", total.1, cells.join(" | "));
    println!(
        "\nfalse rejections over {} compiling programs: grader 0 (its own test), {}",
        control.len(),
        Filter::EVERY
            .iter()
            .zip(false_rejections)
            .map(|(f, n)| format!("{} {n}", f.name()))
            .collect::<Vec<_>>()
            .join(", ")
    );
    println!("\nrust-analyzer errors on the control group, by code (programs; first example):");
    for ((code, experimental), hits) in &by_code {
        let mut programs: Vec<&str> = hits.iter().map(|h| h.split(':').next().unwrap()).collect();
        programs.dedup();
        println!(
            "  {code}{} x{} in {} programs: {}",
            if *experimental { " (experimental)" } else { "" },
            hits.len(),
            programs.len(),
            hits[0]
        );
        if verbose {
            for h in hits.iter().skip(1) {
                println!("      {h}");
            }
        }
    }
    if !panics.is_empty() {
        println!("\nanalysis failures: {}", panics.join("; "));
    }

    let first = times[0];
    let mut warm: Vec<Duration> = times[1..].to_vec();
    warm.sort();
    let mean = warm.iter().sum::<Duration>() / warm.len().max(1) as u32;
    let ms = |d: Duration| format!("{:.1} ms", d.as_secs_f64() * 1000.0);
    println!(
        "\ntime: load {:.2} s, first check {} (cold: {:.2} s), then {} checks: median {}, mean {}, p95 {}, max {}",
        engine.load.as_secs_f64(),
        ms(first),
        (engine.load + first).as_secs_f64(),
        warm.len(),
        ms(warm[warm.len() / 2]),
        ms(mean),
        ms(warm[warm.len() * 95 / 100]),
        ms(*warm.last().unwrap())
    );
    println!(
        "sources loaded: {} files, {:.1} MB, {:.1} MB gzipped",
        engine.files,
        engine.bytes as f64 / 1e6,
        engine.gzipped as f64 / 1e6
    );
}
