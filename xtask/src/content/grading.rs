//! The grader against the course: solutions pass, starters fail as their
//! exercises say, lesson blocks print what real Rust prints, alternatives pass
//! every check and wrong attempts fail exactly the checks they list.

use std::collections::BTreeSet;
use std::fs;
use std::path::Path;

use course::{Course, LessonExpected};

use super::{Only, GAPS_FILE};

/// Check every exercise and lesson block with the grader; returns the gaps
/// (cases the grader gets wrong) with a one-line reason each.
fn grader_gaps(root: &Path, course: &Course, only: &Only, errors: &mut Vec<String>) -> Result<Gaps, String> {
    let options = grader::Options::default();
    let mut gaps = Vec::new();
    for ex in course.exercises.iter().filter(|ex| only.includes(&ex.id)) {
        for variant in &ex.variants {
            check_variant(ex, variant, &options, &mut gaps, errors);
        }
        let solution = grader::grade(&ex.solution, &ex.checks, &options);
        if !solution.passed {
            let failed: Vec<String> = solution.checks.iter().filter(|c| !c.passed).map(describe_check).collect();
            gaps.push((format!("exercise {} solution", ex.id), failed.join("; ")));
        }
        let starter = grader::grade(&ex.starter, &ex.checks, &options);
        let mut missing = Vec::new();
        // Failing because the grader cannot run the starter is not the intended reason.
        if let Some(d) = starter.report.diagnostics.iter().find(|d| d.code == "unsupported") {
            missing.push(format!("it is rejected as unsupported ({}:{}: {})", d.line, d.column, d.message));
        }
        for name in &ex.starter_fails {
            let failed = starter.checks.iter().any(|c| &c.name == name && !c.passed);
            if !failed {
                let actual = starter.checks.iter().find(|c| &c.name == name);
                missing.push(match actual {
                    Some(c) => format!("`{name}` passed ({})", c.actual.lines().next().unwrap_or("")),
                    None => format!("no check named `{name}` (checks: {})", names(&starter.checks)),
                });
            }
        }
        if !missing.is_empty() {
            gaps.push((
                format!("exercise {} starter", ex.id),
                format!("should fail {:?}, but {}", ex.starter_fails, missing.join(", ")),
            ));
        }
    }
    for lesson in course.lessons.iter().filter(|_| only.is_all()) {
        let blocks = course::runnable_blocks(&lesson.markdown, 1);
        if blocks.is_empty() {
            continue;
        }
        let path = root.join("lessons").join(format!("{}.expected.json", lesson.id));
        let text = fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))?;
        let expected: LessonExpected = serde_json::from_str(&text).map_err(|e| e.to_string())?;
        for (idx, (block, real)) in blocks.iter().zip(&expected.examples).enumerate() {
            let report = grader::run(&block.code, &options);
            let want = if real.exit_code == 101 { grader::Outcome::Panicked } else { grader::Outcome::Completed };
            if report.outcome != want || report.stdout != real.stdout {
                gaps.push((
                    format!("lesson {} block {}", lesson.id, idx + 1),
                    format!(
                        "outcome {:?} (real: {want:?}), stdout {} real; {}",
                        report.outcome,
                        if report.stdout == real.stdout { "equals" } else { "differs from" },
                        first_diagnostic(&report)
                    ),
                ));
            }
        }
    }
    Ok(gaps)
}

/// Cases the grader gets wrong, each with a one-line reason.
type Gaps = Vec<(String, String)>;

/// Check one alternative or wrong attempt. What the grader gets wrong (it runs the
/// program differently from real Rust, refuses it, warns on correct code or does not
/// name the mistake) is a gap; checks that judge a faithful run wrongly are content
/// errors (the exercise's checks, or the file's `// fails:` line, must change).
fn check_variant(
    ex: &course::Exercise,
    variant: &course::Variant,
    options: &grader::Options,
    gaps: &mut Gaps,
    errors: &mut Vec<String>,
) {
    use course::VariantKind;
    let case = format!(
        "exercise {} {} {}",
        ex.id,
        if variant.kind == VariantKind::Wrong { "wrong" } else { "alternative" },
        variant.name
    );
    let shown = format!("exercises/{}/{}/{}.rs", ex.id, variant.folder(), variant.name);
    let graded = grader::grade(&variant.source, &ex.checks, options);
    let report = &graded.report;
    let real = &variant.real;
    let faithful = if !real.compile_errors.is_empty() {
        report.outcome == grader::Outcome::Rejected
    } else if real.hung {
        matches!(report.outcome, grader::Outcome::Deadlock | grader::Outcome::Limit)
    } else {
        let want = match real.exit_code {
            101 => grader::Outcome::Panicked,
            1 => grader::Outcome::Failed,
            _ => grader::Outcome::Completed,
        };
        // Each test as real `cargo test` judged it (the hidden tests included).
        let tests_agree = graded.checks.iter().all(|c| {
            let Some(name) = c.name.strip_prefix("test ") else { return true };
            real.tests.is_empty()
                || real.tests.get(name).map(String::as_str) == Some(if c.passed { "ok" } else { "FAILED" })
        });
        report.outcome == want && report.stdout == real.stdout && report.stderr == real.stderr && tests_agree
    };
    if !faithful {
        let why = if real.hung {
            format!("real tokio never ends it, the grader says {:?}: {}", report.outcome, first_diagnostic(report))
        } else if real.compile_errors.is_empty() {
            format!(
                "runs differently from real Rust: outcome {:?}, stdout {}, stderr {}; {}",
                report.outcome,
                if report.stdout == real.stdout { "same" } else { "differs" },
                if report.stderr == real.stderr { "same" } else { "differs" },
                first_diagnostic(report)
            )
        } else {
            format!(
                "real rustc rejects it ({}), the grader does not: {}",
                real.compile_errors[0],
                first_diagnostic(report)
            )
        };
        gaps.push((case, why));
        return;
    }
    let failed: BTreeSet<String> = graded.checks.iter().filter(|c| !c.passed).map(|c| c.name.clone()).collect();
    match variant.kind {
        VariantKind::Alternative => {
            let noisy: Vec<String> = report
                .diagnostics
                .iter()
                .filter(|d| d.severity >= grader::Severity::Warning)
                .map(|d| format!("{} at line {}", d.code, d.line))
                .collect();
            if !noisy.is_empty() {
                gaps.push((case, format!("a correct program gets {}", noisy.join(", "))));
            } else if !failed.is_empty() {
                let why: Vec<String> = graded.checks.iter().filter(|c| !c.passed).map(describe_check).collect();
                errors.push(format!(
                    "{shown}: a correct alternative fails the exercise's checks (choose checks that judge behaviour): {}",
                    why.join("; ")
                ));
            }
        }
        VariantKind::Wrong => {
            let declared: BTreeSet<String> = variant.fails.iter().cloned().collect();
            // While the grader does not name the mistake (a gap), the `no CODE` check
            // that its `// fails:` line promises cannot fail yet.
            let unnamed = variant.mistake.as_ref().filter(|code| !report.diagnostics.iter().any(|d| &d.code == *code));
            let agrees = if unnamed.is_some() { failed.is_subset(&declared) } else { failed == declared };
            if failed.is_empty() {
                errors.push(format!("{shown}: this wrong attempt passes every check: the checks miss the mistake"));
            } else if !agrees {
                errors.push(format!(
                    "{shown}: fails {:?}, but its `// fails:` line says {:?}",
                    failed.iter().collect::<Vec<_>>(),
                    declared.iter().collect::<Vec<_>>()
                ));
            }
            if let Some(code) = unnamed {
                gaps.push((case, format!("the grader does not name `{code}`: {}", first_diagnostic(report))));
            }
        }
    }
}

fn describe_check(c: &grader::CheckResult) -> String {
    format!("{}: expected {:?}, got {:?}", c.name, short(&c.expected), short(&c.actual))
}

fn short(s: &str) -> String {
    let s = s.replace('\n', "⏎");
    if s.chars().count() > 60 {
        format!("{}…", s.chars().take(60).collect::<String>())
    } else {
        s
    }
}

fn names(checks: &[grader::CheckResult]) -> String {
    checks.iter().map(|c| c.name.as_str()).collect::<Vec<_>>().join(", ")
}

fn first_diagnostic(report: &grader::Report) -> String {
    match report.diagnostics.first() {
        Some(d) => format!("grader said {} at {}:{}: {}", d.code, d.line, d.column, d.message),
        None => "no diagnostics".into(),
    }
}

pub(super) fn check(root: &Path, course: &Course, only: &Only, update: bool, verbose: bool) -> Result<(), String> {
    let mut content_errors = Vec::new();
    let gaps = grader_gaps(root, course, only, &mut content_errors)?;
    let gaps_path = root.join(GAPS_FILE);
    // With `--only`, the cases of other exercises are neither checked nor rewritten.
    let in_scope = |case: &str| {
        only.is_all()
            || case.strip_prefix("exercise ").and_then(|r| r.split(' ').next()).is_some_and(|id| only.includes(id))
    };
    let listed_all: Vec<String> = fs::read_to_string(&gaps_path)
        .unwrap_or_default()
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(str::to_string)
        .collect();
    if update {
        let mut text = String::from(
            "# Cases the grader cannot handle yet; `cargo xtask check-content` asserts this list is exact.\n# Regenerate with `cargo xtask check-content --update-gaps`. One case per line.\n",
        );
        let mut cases: BTreeSet<String> = listed_all.iter().filter(|c| !in_scope(c)).cloned().collect();
        cases.extend(gaps.iter().map(|(c, _)| c.clone()));
        for case in &cases {
            text.push_str(case);
            text.push('\n');
        }
        fs::write(&gaps_path, text).map_err(|e| format!("{GAPS_FILE}: {e}"))?;
        eprintln!("check-content: wrote {GAPS_FILE} ({} cases)", cases.len());
    }
    let listed: BTreeSet<String> = if update {
        gaps.iter().map(|(c, _)| c.clone()).collect()
    } else {
        listed_all.into_iter().filter(|c| in_scope(c)).collect()
    };
    let actual: BTreeSet<String> = gaps.iter().map(|(c, _)| c.clone()).collect();
    let exercises: Vec<&course::Exercise> = course.exercises.iter().filter(|ex| only.includes(&ex.id)).collect();
    let n_cases = exercises.iter().map(|ex| 2 + ex.variants.len()).sum::<usize>()
        + course
            .lessons
            .iter()
            .filter(|_| only.is_all())
            .map(|l| course::runnable_blocks(&l.markdown, 1).len())
            .sum::<usize>();
    eprintln!(
        "check-content: the grader handles {} of {n_cases} cases; {} known gaps{}",
        n_cases - gaps.len(),
        gaps.len(),
        if verbose || gaps.is_empty() { ":" } else { " (--verbose lists them)" }
    );
    if verbose {
        for (case, why) in &gaps {
            eprintln!("  {case}: {why}");
        }
    }
    if !content_errors.is_empty() {
        return Err(format!(
            "alternatives and wrong attempts disagree with their exercises' checks:\n  {}",
            content_errors.join("\n  ")
        ));
    }
    let mut errors = Vec::new();
    for (case, why) in &gaps {
        if !listed.contains(case) {
            errors.push(format!("{case}: the grader fails it, and it is not a known gap: {why}"));
        }
    }
    for case in listed.difference(&actual) {
        errors.push(format!("{case}: listed in {GAPS_FILE}, but the grader handles it now: remove it from the list (or run --update-gaps)"));
    }
    if errors.is_empty() {
        Ok(())
    } else {
        Err(format!("grader checks disagree with {GAPS_FILE}:\n  {}", errors.join("\n  ")))
    }
}
