//! `cargo xtask learn` driven without a human, in its line mode (stdin and
//! stdout are pipes): the test saves the learner's file and types keys, and
//! reads what the terminal shows.
//!
//! No test here needs the network. The second opinion (real `cargo run`, which
//! downloads tokio the first time) runs only when `AWAIT_LAB_REAL_CARGO=1` is
//! set; otherwise `the_second_opinion_agrees_with_the_grader` says it skipped.

use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::process::{Child, ChildStdin, Command, Stdio};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use web::progress::Progress;

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).parent().unwrap().to_path_buf()
}

fn exercise_file(id: &str, name: &str) -> String {
    std::fs::read_to_string(root().join("exercises").join(id).join(name)).unwrap()
}

/// A fresh workspace folder for one test.
fn workspace(name: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("learn-tests").join(name);
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// `cargo xtask learn DIR --script` with piped stdin and stdout.
struct Learner {
    child: Child,
    stdin: Option<ChildStdin>,
    output: Arc<Mutex<String>>,
    /// Where the next `expect` starts looking.
    read_to: usize,
    dir: PathBuf,
}

impl Learner {
    fn start(dir: &Path) -> Learner {
        let mut child = Command::new(env!("CARGO_BIN_EXE_xtask"))
            .args(["learn", dir.to_str().unwrap(), "--script"])
            .current_dir(root())
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .spawn()
            .unwrap();
        let output = Arc::new(Mutex::new(String::new()));
        let mut stdout = child.stdout.take().unwrap();
        let sink = Arc::clone(&output);
        std::thread::spawn(move || {
            let mut buf = [0u8; 4096];
            while let Ok(n) = stdout.read(&mut buf) {
                if n == 0 {
                    break;
                }
                sink.lock().unwrap().push_str(&String::from_utf8_lossy(&buf[..n]));
            }
        });
        let stdin = child.stdin.take();
        Learner { child, stdin, output, read_to: 0, dir: dir.to_path_buf() }
    }

    fn key(&mut self, line: &str) {
        writeln!(self.stdin.as_mut().unwrap(), "{line}").unwrap();
    }

    /// Save `src/main.rs` as many editors do: a whole new file renamed over
    /// the old one, so the watcher never sees half a file.
    fn save(&self, code: &str) {
        let tmp = self.dir.join("src/.main.rs.tmp");
        std::fs::write(&tmp, code).unwrap();
        std::fs::rename(&tmp, self.dir.join("src/main.rs")).unwrap();
    }

    /// Wait until `text` appears after what earlier calls read; return the output up to it.
    fn expect(&mut self, text: &str) -> String {
        self.expect_within(text, Duration::from_secs(120))
    }

    fn expect_within(&mut self, text: &str, limit: Duration) -> String {
        let deadline = Instant::now() + limit;
        loop {
            {
                let out = self.output.lock().unwrap();
                if let Some(at) = out[self.read_to..].find(text) {
                    let seen = out[self.read_to..self.read_to + at + text.len()].to_string();
                    self.read_to += at + text.len();
                    return seen;
                }
                assert!(
                    Instant::now() < deadline,
                    "`{text}` never came; the output after the last match:\n{}",
                    &out[self.read_to..]
                );
            }
            std::thread::sleep(Duration::from_millis(20));
        }
    }

    /// `q`, and the process ends with status 0.
    fn quit(mut self) -> String {
        self.key("q");
        drop(self.stdin.take());
        let status = self.child.wait().unwrap();
        std::thread::sleep(Duration::from_millis(50));
        let out = self.output.lock().unwrap().clone();
        assert!(status.success(), "{status}\n{out}");
        out
    }

    fn progress(&self) -> Progress {
        learner_progress(&self.dir)
    }
}

/// Progress as the site would export it: the first exercise passed.
fn after_the_first_exercise(dir: &Path) {
    std::fs::write(dir.join("progress.json"), r#"{"exercises":{"lazy-predict":{"passed":true,"attempts":2}}}"#)
        .unwrap();
}

#[test]
fn a_short_run_fail_hint_pass_next_reset_and_a_syntax_error() {
    let dir = workspace("short-run");
    after_the_first_exercise(&dir);
    let mut learner = Learner::start(&dir);

    // Start: the workspace is a Cargo project, and the starter of the first exercise not passed is graded.
    let intro = learner.expect("checks fail");
    assert!(intro.contains("The order that was never placed (lazy-missing-await)"), "{intro}");
    assert!(intro.contains("This shop is supposed to reserve the stock"), "{intro}");
    assert!(intro.contains("✗  stdout") && intro.contains("progress 1/"), "{intro}");
    assert!(!intro.contains('\x1b'), "no colours on a pipe: {intro}");
    let manifest = std::fs::read_to_string(dir.join("Cargo.toml")).unwrap();
    assert!(manifest.contains("tokio = { version = \"=1.54.1\"") && manifest.contains("tokio-util"), "{manifest}");
    assert!(dir.join("README.md").is_file());
    assert_eq!(
        std::fs::read_to_string(dir.join("src/main.rs")).unwrap(),
        exercise_file("lazy-missing-await", "starter.rs")
    );

    // `s` before any attempt: not yet. `h`: the first hint.
    learner.key("s");
    learner.expect("Try it yourself first");
    learner.key("h");
    let hint = learner.expect("appear in the output?");
    assert!(hint.contains("hint 1/3: Which lines of `reserve` and `charge` appear in the output?"), "{hint}");

    // `n` before a pass asks first; anything but `y` stays.
    learner.key("n");
    learner.expect("has not passed yet. Skip it anyway? (y/N)");
    learner.key("no");
    learner.expect("staying on `lazy-missing-await`");

    // Saving the solution: graded, passes.
    learner.save(&exercise_file("lazy-missing-await", "solution.rs"));
    learner.key("");
    let passed = learner.expect("`n` goes to the next exercise");
    assert!(passed.contains("checks pass") && passed.contains("Passed."), "{passed}");
    assert!(passed.contains("progress 2/"), "{passed}");

    // `n`: the next exercise's starter is written and graded.
    learner.key("n");
    let next = learner.expect("checks fail");
    assert!(next.contains("(lazy-let-underscore)"), "{next}");
    assert_eq!(
        std::fs::read_to_string(dir.join("src/main.rs")).unwrap(),
        exercise_file("lazy-let-underscore", "starter.rs")
    );

    // A syntax error: a parse diagnostic in rustc's style, and the session goes on.
    let broken = "#[tokio::main]\nasync fn main() {\n    let x = ;\n}\n";
    learner.save(broken);
    learner.key("");
    let diag = learner.expect("checks fail");
    assert!(diag.contains("error[parse]:") && diag.contains("--> src/main.rs:3:"), "{diag}");
    assert!(diag.contains("3 |     let x = ;"), "{diag}");

    // `r`: the starter again, the broken file kept as a backup.
    learner.key("r");
    learner.expect("is the starter again; your version is in src/main.rs.bak-1");
    assert_eq!(
        std::fs::read_to_string(dir.join("src/main.rs")).unwrap(),
        exercise_file("lazy-let-underscore", "starter.rs")
    );
    assert_eq!(std::fs::read_to_string(dir.join("src/main.rs.bak-1")).unwrap(), broken);

    // `s` after an attempt shows the solution.
    learner.key("s");
    learner.expect("solution:");

    // `l`: the list, with the passed exercises marked.
    learner.key("l");
    let list = learner.expect("`g ID` or `g N` opens one");
    assert!(list.contains("✓  1. lazy-predict") && list.contains("✓  2. lazy-missing-await"), "{list}");
    assert!(list.contains(">    3. lazy-let-underscore"), "{list}");

    let progress = learner.progress();
    let out = learner.quit();
    assert!(out.contains("bye"), "{out}");
    // The site's format: what the site had is kept, and what happened here is added.
    let done = progress.exercise("lazy-missing-await");
    assert!(done.passed && done.attempts == 1 && done.hints_shown == 1, "{done:?}");
    assert_eq!(done.code.as_deref(), Some(exercise_file("lazy-missing-await", "solution.rs").as_str()));
    assert_eq!(progress.exercise("lazy-predict").attempts, 2);
    let open = progress.exercise("lazy-let-underscore");
    assert!(open.code.is_none() && open.solution_shown && !open.passed, "{open:?}");
    assert_eq!(progress.unknown["terminal_exercise"], "lazy-let-underscore");
}

#[test]
fn a_predict_exercise_runs_only_after_a_prediction_and_hides_the_run_until_right() {
    let dir = workspace("predict");
    let mut learner = Learner::start(&dir);
    let intro = learner.expect("Nothing runs before you predict.");
    assert!(intro.contains("(lazy-predict)"), "{intro}");
    let starter = exercise_file("lazy-predict", "starter.rs");
    learner.save(&starter.replace(r#"let predicted = vec!["?"];"#, r#"let predicted = vec!["future A runs"];"#));
    learner.key("");
    let wrong = learner.expect("Not yet: the program printed something else than your prediction");
    assert!(wrong.contains("(the output stays hidden until your prediction is right)"), "{wrong}");
    assert!(!wrong.contains("future C runs") && !wrong.contains("stdout:"), "the run is hidden: {wrong}");
    learner.save(&exercise_file("lazy-predict", "solution.rs"));
    learner.key("");
    let right = learner.expect("Passed.");
    assert!(right.contains("future C runs"), "{right}");
    learner.quit();
    assert!(learner_progress(&dir).exercise("lazy-predict").passed);
}

fn learner_progress(dir: &Path) -> Progress {
    serde_json::from_str(&std::fs::read_to_string(dir.join("progress.json")).unwrap()).unwrap()
}

#[test]
fn a_restart_resumes_the_same_exercise_and_file() {
    let dir = workspace("restart");
    after_the_first_exercise(&dir);
    let mut learner = Learner::start(&dir);
    learner.expect("checks fail");
    learner.key("g lazy-let-underscore");
    learner.expect("(lazy-let-underscore)");
    learner.expect("checks fail");
    let mine = exercise_file("lazy-let-underscore", "starter.rs") + "// mine\n";
    learner.save(&mine);
    learner.key("");
    learner.expect("checks fail");
    learner.quit();

    let mut learner = Learner::start(&dir);
    learner.expect("(lazy-let-underscore)");
    learner.expect("checks fail");
    assert_eq!(std::fs::read_to_string(dir.join("src/main.rs")).unwrap(), mine);
    learner.quit();
}

#[test]
fn the_second_opinion_agrees_with_the_grader() {
    if std::env::var_os("AWAIT_LAB_REAL_CARGO").is_none() {
        eprintln!(
            "skipped: real `cargo run` needs the crates registry the first time; set AWAIT_LAB_REAL_CARGO=1 to run it"
        );
        return;
    }
    let dir = workspace("second-opinion");
    after_the_first_exercise(&dir);
    let mut learner = Learner::start(&dir);
    learner.expect("checks fail");
    learner.save(&exercise_file("lazy-missing-await", "solution.rs"));
    learner.key("");
    learner.expect("Passed.");
    learner.key("o");
    // The first real run downloads and builds tokio, futures and tokio-util.
    learner.expect_within("real `cargo run` agrees", Duration::from_secs(1200));
    learner.quit();
}
