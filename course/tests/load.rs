//! `course::load` on the real content and on broken copies of a small course.

use std::fs;
use std::path::{Path, PathBuf};

fn repo_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).parent().unwrap().to_path_buf()
}

#[test]
fn the_real_course_loads() {
    let course = course::load(&repo_root()).unwrap_or_else(|errors| panic!("{}", errors.join("\n")));
    assert!(course.lessons.len() >= 3);
    assert!(course.exercises.len() >= 6);
    for ex in &course.exercises {
        assert!(ex.checks.stdout.is_some(), "{}: stdout is filled from expected.json", ex.id);
        assert!(course.lesson(&ex.lesson).unwrap().exercises.contains(&ex.id));
        // The hidden tests reach the grader (and the site's worker) through the checks.
        assert_eq!(ex.checks.hidden_tests, ex.hidden_tests, "{}", ex.id);
        // The site's worker reads the checks the app sends with its own JSON reader.
        let json = serde_json::to_string(&ex.checks).unwrap();
        assert_eq!(course::Expectations::from_json(&json).as_ref(), Ok(&ex.checks), "{}", ex.id);
    }
    let with_tests = course.exercise("try-join-first-error").unwrap();
    assert!(with_tests.hidden_tests.as_deref().unwrap().contains("async fn returns_the_first_error"));
    assert!(course.to_json().contains("returns_the_first_error_as_soon_as_it_happens"));
    // The JSON the web app embeds round-trips; the variants are build-time only.
    let mut without_variants = course.clone();
    for ex in &mut without_variants.exercises {
        ex.variants.clear();
    }
    assert_eq!(course::Course::from_json(&course.to_json()).unwrap(), without_variants);

    // The site embeds the index and fetches each page: together they are the whole course.
    let index = course.index();
    assert!(index.to_json().len() * 5 < course.to_json().len(), "the index leaves the texts out");
    assert_eq!(index.version.len(), 16);
    let pages: std::collections::HashMap<String, String> = course.pages().into_iter().collect();
    assert_eq!(pages.len(), course.lessons.len() + course.exercises.len());
    let mut rebuilt = index.clone();
    rebuilt.version.clear();
    for lesson in &mut rebuilt.lessons {
        assert!(lesson.markdown.is_empty());
        *lesson = serde_json::from_str(&pages[&course::lesson_page(&lesson.id)]).unwrap();
    }
    for ex in &mut rebuilt.exercises {
        assert!(ex.starter.is_empty() && ex.solution.is_empty());
        *ex = serde_json::from_str(&pages[&course::exercise_page(&ex.id)]).unwrap();
    }
    assert_eq!(rebuilt, without_variants);
}

/// A scratch copy of lesson 01 and its exercises, to break on purpose.
struct Scratch(PathBuf);

impl Scratch {
    fn new(name: &str) -> Scratch {
        let dir = std::env::temp_dir().join(format!("course-load-{name}-{}", std::process::id()));
        let _ = fs::remove_dir_all(&dir);
        let root = repo_root();
        fs::create_dir_all(dir.join("lessons")).unwrap();
        fs::create_dir_all(dir.join("docs")).unwrap();
        fs::copy(root.join("docs/glossary.md"), dir.join("docs/glossary.md")).unwrap();
        let lesson = fs::read_to_string(root.join("lessons/01-futures-are-lazy.md")).unwrap();
        // Keep the scratch course self-contained: no links to other lessons.
        let lesson = lesson.replace("(02-async-fn-and-runtimes.md)", "(01-futures-are-lazy.md)");
        fs::write(dir.join("lessons/01-futures-are-lazy.md"), lesson).unwrap();
        for f in ["01-futures-are-lazy.notes.md", "01-futures-are-lazy.expected.json"] {
            fs::copy(root.join("lessons").join(f), dir.join("lessons").join(f)).unwrap();
        }
        for ex in ["lazy-predict", "lazy-missing-await", "lazy-let-underscore"] {
            fs::create_dir_all(dir.join("exercises").join(ex)).unwrap();
            for f in ["exercise.toml", "starter.rs", "solution.rs", "expected.json"] {
                fs::copy(root.join("exercises").join(ex).join(f), dir.join("exercises").join(ex).join(f)).unwrap();
            }
            // The alternatives and wrong attempts, whose oracle outputs expected.json holds.
            for folder in ["alternatives", "wrong"] {
                let from = root.join("exercises").join(ex).join(folder);
                let Ok(files) = fs::read_dir(&from) else { continue };
                fs::create_dir_all(dir.join("exercises").join(ex).join(folder)).unwrap();
                for file in files.flatten() {
                    fs::copy(file.path(), dir.join("exercises").join(ex).join(folder).join(file.file_name())).unwrap();
                }
            }
        }
        Scratch(dir)
    }

    fn edit(&self, path: &str, from: &str, to: &str) {
        let p = self.0.join(path);
        let text = fs::read_to_string(&p).unwrap();
        assert!(text.contains(from), "{path} does not contain {from:?}");
        fs::write(&p, text.replacen(from, to, 1)).unwrap();
    }

    fn errors(&self) -> Vec<String> {
        match course::load(&self.0) {
            Ok(_) => Vec::new(),
            Err(errors) => errors,
        }
    }

    fn assert_error(&self, needle: &str) {
        let errors = self.errors();
        assert!(errors.iter().any(|e| e.contains(needle)), "no error containing {needle:?} in:\n{}", errors.join("\n"));
    }
}

impl Drop for Scratch {
    fn drop(&mut self) {
        let _ = fs::remove_dir_all(&self.0);
    }
}

#[test]
fn the_scratch_course_loads() {
    let s = Scratch::new("ok");
    assert_eq!(s.errors(), Vec::<String>::new());
}

#[test]
fn missing_key_is_named() {
    let s = Scratch::new("missing-key");
    s.edit("exercises/lazy-predict/exercise.toml", "lesson = \"01-futures-are-lazy\"\n", "");
    s.assert_error("exercises/lazy-predict/exercise.toml: missing `lesson`");
}

#[test]
fn broken_lesson_link_fails() {
    let s = Scratch::new("link");
    s.edit("lessons/01-futures-are-lazy.md", "(01-futures-are-lazy.md)", "(07-nowhere.md)");
    s.assert_error("no lesson `07-nowhere`");
}

#[test]
fn orphan_and_missing_files_fail() {
    let s = Scratch::new("orphan");
    fs::write(s.0.join("exercises/lazy-predict/notes.txt"), "x").unwrap();
    fs::remove_file(s.0.join("exercises/lazy-missing-await/starter.rs")).unwrap();
    fs::create_dir_all(s.0.join("exercises/unlisted")).unwrap();
    s.assert_error("exercises/lazy-predict/notes.txt: unexpected entry");
    s.assert_error("exercises/lazy-missing-await: missing starter.rs");
    s.assert_error("exercises/unlisted: missing exercise.toml");
}

#[test]
fn variants_need_oracle_output_and_wrong_ones_a_fails_line() {
    let s = Scratch::new("variants");
    fs::create_dir_all(s.0.join("exercises/lazy-predict/alternatives")).unwrap();
    fs::create_dir_all(s.0.join("exercises/lazy-predict/wrong")).unwrap();
    fs::write(s.0.join("exercises/lazy-predict/alternatives/loop.rs"), "fn main() {}\n").unwrap();
    fs::write(s.0.join("exercises/lazy-predict/wrong/missing_await.rs"), "fn main() {}\n").unwrap();
    fs::write(s.0.join("exercises/lazy-predict/wrong/Bad Name.rs"), "fn main() {}\n").unwrap();
    fs::write(s.0.join("exercises/lazy-predict/wrong/off-by-one.rs"), "// fails: stdout\nfn main() {}\n").unwrap();
    s.assert_error("exercises/lazy-predict/expected.json: no oracle output for alternatives/loop.rs");
    s.assert_error(
        "exercises/lazy-predict/wrong/missing_await.rs: a wrong attempt starts with a `// fails: CHECK, CHECK` line",
    );
    s.assert_error("exercises/lazy-predict/wrong/Bad Name.rs: unexpected entry");
    s.assert_error("exercises/lazy-predict/wrong/off-by-one.rs: the name starts with no mistake code");
}

#[test]
fn exercise_must_point_back_to_its_lesson() {
    let s = Scratch::new("back");
    s.edit("exercises/lazy-predict/exercise.toml", "lesson = \"01-futures-are-lazy\"", "lesson = \"02-other\"");
    s.assert_error(
        "lists exercise `lazy-predict`, but exercises/lazy-predict/exercise.toml says `lesson = \"02-other\"`",
    );
}

#[test]
fn stale_oracle_output_fails() {
    let s = Scratch::new("stale");
    s.edit("exercises/lazy-missing-await/solution.rs", "order confirmed", "order placed");
    s.assert_error("exercises/lazy-missing-await/expected.json: stale");
    s.edit("lessons/01-futures-are-lazy.md", "hello from inside greet", "hi from inside greet");
    s.assert_error(
        "lessons/01-futures-are-lazy.expected.json: the output of the block at lessons/01-futures-are-lazy.md:",
    );
}

#[test]
fn hints_count_and_handwritten_stdout_fail() {
    let s = Scratch::new("hints");
    s.edit("exercises/lazy-predict/exercise.toml", "[checks]\n", "[checks]\nstdout = \"typed by hand\"\n");
    s.edit(
        "exercises/lazy-missing-await/exercise.toml",
        "    \"Add `.await` after each call whose work must happen.\",\n",
        "",
    );
    s.edit(
        "exercises/lazy-missing-await/exercise.toml",
        "    \"Which lines of `reserve` and `charge` appear in the output?\",\n",
        "",
    );
    s.assert_error("`checks.stdout` must not be written by hand");
    s.assert_error("exercises/lazy-missing-await/exercise.toml: has 1 hints");
}

#[test]
fn unknown_diagnostic_code_and_duplicate_listing_fail() {
    let s = Scratch::new("codes");
    s.edit("exercises/lazy-predict/exercise.toml", "no_warnings = true", "absent = [\"missing_awiat\"]");
    s.edit("lessons/01-futures-are-lazy.md", "exercises = [", "exercises = [\"lazy-predict\", ");
    s.assert_error("`missing_awiat` is not a diagnostic code");
    s.assert_error("exercise `lazy-predict` is also listed by");
}

#[test]
fn exercise_links_resolve() {
    let s = Scratch::new("exercise-links");
    s.edit(
        "lessons/01-futures-are-lazy.md",
        "## Recap",
        "Try [this](../exercises/lazy-predict/) and [that](../exercises/nope/starter.rs).\n\n## Recap",
    );
    let errors = s.errors();
    assert_eq!(errors.len(), 1, "{errors:?}");
    assert!(errors[0].contains("link to `../exercises/nope/starter.rs`: no exercise `nope`"), "{errors:?}");
}

#[test]
fn lessons_need_a_recap_and_a_runnable_example() {
    let s = Scratch::new("recap");
    s.edit("lessons/01-futures-are-lazy.md", "## Recap", "## Summary");
    s.assert_error("lessons/01-futures-are-lazy.md: no `## Recap` section");
    let text = std::fs::read_to_string(s.0.join("lessons/01-futures-are-lazy.md")).unwrap();
    std::fs::write(s.0.join("lessons/01-futures-are-lazy.md"), text.replace("```rust,run", "```rust")).unwrap();
    s.assert_error("lessons/01-futures-are-lazy.md: no ```rust,run example");
}

/// The site's prediction input: for every predict exercise, typing the lines the
/// program really prints (all but its closing `prediction correct`) into the
/// starter passes every check, and a wrong order fails.
#[test]
fn a_typed_prediction_grades_every_predict_exercise() {
    let course = course::load(&repo_root()).unwrap_or_else(|errors| panic!("{}", errors.join("\n")));
    let mut seen = 0;
    for ex in course.exercises.iter().filter(|e| e.kind == course::ExerciseKind::Predict) {
        seen += 1;
        let stdout = ex.checks.stdout.clone().unwrap();
        let mut lines: Vec<&str> = stdout.lines().collect();
        assert_eq!(lines.pop(), Some("prediction correct"), "{}: the program ends by saying so", ex.id);
        let filled = course::predict::fill_prediction(&ex.starter, &lines).expect("the placeholder line");
        let graded = grader::grade(&filled, &ex.checks, &grader::Options::default());
        assert!(graded.passed, "{}: {:?}", ex.id, graded.checks);
        lines.reverse();
        let wrong = course::predict::fill_prediction(&ex.starter, &lines).unwrap();
        assert!(!grader::grade(&wrong, &ex.checks, &grader::Options::default()).passed, "{}", ex.id);
    }
    assert!(seen >= 7, "{seen} predict exercises");
}

#[test]
fn glossary_links_must_name_an_entry() {
    let scratch = Scratch::new("glossary");
    scratch.edit("lessons/01-futures-are-lazy.md", "glossary.md#future", "glossary.md#futur");
    let errors = course::load(&scratch.0).unwrap_err();
    assert_eq!(
        errors,
        ["lessons/01-futures-are-lazy.md: line 5: link to `../docs/glossary.md#futur`: the glossary has no entry `futur`"]
    );
    let course = course::load(&repo_root()).unwrap();
    assert!(course::glossary_entries(&course.glossary)
        .iter()
        .any(|(anchor, term, _)| anchor == "cancellation-safety" && term == "Cancellation safety"));
}

#[test]
fn hidden_tests_need_checks_tests_and_make_the_oracle_output_stale() {
    let s = Scratch::new("hidden-tests");
    fs::write(s.0.join("exercises/lazy-predict/tests.rs"), "#[test]\nfn t() {}\n").unwrap();
    s.assert_error("exercises/lazy-predict/exercise.toml: the exercise has tests.rs, so `checks.tests` must be true");
    // The oracle ran the solution without these tests: its output is stale.
    s.assert_error("exercises/lazy-predict/expected.json: stale: solution.rs changed");
    s.edit("exercises/lazy-predict/exercise.toml", "[checks]\n", "[checks]\nhidden_tests = \"#[test] fn t() {}\"\n");
    s.assert_error("`checks.hidden_tests` must not be written by hand");
}

#[test]
fn hidden_tests_are_loaded_into_the_exercise_and_its_checks() {
    let s = Scratch::new("hidden-tests-ok");
    let tests = "#[test]\nfn t() {}\n";
    fs::write(s.0.join("exercises/lazy-predict/tests.rs"), tests).unwrap();
    s.edit("exercises/lazy-predict/exercise.toml", "[checks]\n", "[checks]\ntests = true\n");
    // Pretend the oracle ran the program with the tests appended (and found the test).
    let solution = fs::read_to_string(s.0.join("exercises/lazy-predict/solution.rs")).unwrap();
    let path = s.0.join("exercises/lazy-predict/expected.json");
    let mut expected: course::ExerciseExpected = serde_json::from_str(&fs::read_to_string(&path).unwrap()).unwrap();
    expected.solution.source_hash = course::program_hash(&solution, Some(tests));
    expected.solution.tests.insert("hidden_tests::t".into(), "ok".into());
    // Without alternatives or wrong attempts, whose outputs would be stale too.
    expected.alternatives.clear();
    expected.wrong.clear();
    fs::remove_dir_all(s.0.join("exercises/lazy-predict/alternatives")).unwrap();
    fs::remove_dir_all(s.0.join("exercises/lazy-predict/wrong")).unwrap();
    fs::write(&path, serde_json::to_string(&expected).unwrap()).unwrap();
    let course = course::load(&s.0).unwrap_or_else(|e| panic!("{}", e.join("\n")));
    let ex = course.exercise("lazy-predict").unwrap();
    assert_eq!(ex.hidden_tests.as_deref(), Some(tests));
    assert_eq!(ex.checks.hidden_tests.as_deref(), Some(tests));
}
