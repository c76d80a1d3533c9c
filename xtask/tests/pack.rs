//! Course packs: a folder with its own `lessons/` and `exercises/` is checked by the same
//! content check (`check-content --content PACK`), and a broken pack is refused with its problem.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).parent().unwrap().to_path_buf()
}

fn copy_dir(from: &Path, to: &Path) {
    fs::create_dir_all(to).unwrap();
    for entry in fs::read_dir(from).unwrap().flatten() {
        let target = to.join(entry.file_name());
        if entry.path().is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            fs::copy(entry.path(), target).unwrap();
        }
    }
}

/// A pack made of lesson 1 and its three exercises (its one link to lesson 2 made external).
fn make_pack(dir: &Path) {
    let src = root();
    fs::create_dir_all(dir.join("lessons")).unwrap();
    fs::create_dir_all(dir.join("docs")).unwrap();
    fs::copy(src.join("docs/glossary.md"), dir.join("docs/glossary.md")).unwrap();
    let lesson = fs::read_to_string(src.join("lessons/01-futures-are-lazy.md")).unwrap();
    let lesson = lesson.replace("(02-async-fn-and-runtimes.md)", "(https://example.org/lesson-2)");
    fs::write(dir.join("lessons/01-futures-are-lazy.md"), lesson).unwrap();
    for ext in ["notes.md", "expected.json"] {
        let name = format!("01-futures-are-lazy.{ext}");
        fs::copy(src.join("lessons").join(&name), dir.join("lessons").join(&name)).unwrap();
    }
    for id in ["lazy-predict", "lazy-missing-await", "lazy-let-underscore"] {
        copy_dir(&src.join("exercises").join(id), &dir.join("exercises").join(id));
    }
}

fn check_content(pack: &Path) -> (bool, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_xtask"))
        .args(["check-content", "--no-oracle", "--content"])
        .arg(pack)
        .current_dir(root())
        .output()
        .unwrap();
    (out.status.success(), format!("{}{}", String::from_utf8_lossy(&out.stdout), String::from_utf8_lossy(&out.stderr)))
}

#[test]
fn a_pack_is_checked_like_the_course_and_a_broken_one_is_refused() {
    let dir = std::env::temp_dir().join(format!("await-lab-pack-{}", std::process::id()));
    let _ = fs::remove_dir_all(&dir);
    make_pack(&dir);
    let (ok, out) = check_content(&dir);
    assert!(ok, "{out}");
    assert!(out.contains("1 lessons, 3 exercises load and validate"), "{out}");
    assert!(out.contains("a course pack"), "{out}");
    // A link to a lesson the pack does not have is a content error, named with its file and line.
    let path = dir.join("lessons/01-futures-are-lazy.md");
    let text = fs::read_to_string(&path).unwrap().replace("(https://example.org/lesson-2)", "(05-timers.md)");
    fs::write(&path, text).unwrap();
    let (ok, out) = check_content(&dir);
    assert!(!ok);
    assert!(out.contains("link to `05-timers.md`: no lesson `05-timers`"), "{out}");
    let _ = fs::remove_dir_all(&dir);
}
