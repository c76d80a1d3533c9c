//! `cargo xtask serve`, `cargo xtask dist` and the browser tests.
//!
//! Building the site: check the course (`course::load`, which fails on broken
//! content) and write it as JSON for the app to embed; build the app (`web`)
//! and the grader's worker (`web/worker`) to wasm32; generate their JS bindings
//! with `wasm-bindgen-cli-support` (a library dependency pinned to the exact
//! `wasm-bindgen` in Cargo.lock); run `wasm-opt` when installed; bundle the
//! editor's JavaScript with esbuild from `web/node_modules` (`npm ci`); copy the
//! static files. Nothing is installed globally and nothing is downloaded but
//! the `wasm32-unknown-unknown` target and the `rust-src` component (by rustup; the worker is
//! built with its own std, see [`WORKER_RUSTFLAGS`]) and the locked npm packages.

use std::fs;
use std::io::{BufRead, BufReader, Read, Write};
use std::net::{TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Instant;

use crate::util;

/// The `wasm-bindgen-cli-support` version xtask/Cargo.toml pins; it must equal
/// the `wasm-bindgen` version in Cargo.lock (checked before every build).
const WASM_BINDGEN_VERSION: &str = "0.2.130";

/// First-visit budget (the course map), gzipped.
const BUDGET_GZIP_BYTES: u64 = 500 * 1000;

/// Budget of the grader's worker, gzipped: what the first page that runs code adds (issue 18's
/// goal, under 700 KB; the worker is 675 KB). docs/performance.md says what is in it and how to
/// measure a change.
const GRADER_BUDGET_GZIP_BYTES: u64 = 700 * 1000;

/// The worker is built with its own copy of std (`-Zbuild-std`), compiled like the rest of the
/// worker for size (`opt-level = "z"`, std's `optimize_for_size` algorithms), with panics that
/// abort at once (`immediate-abort`: no panic message is formatted) and without the file, line
/// and column of every possible panic (`location-detail=none`). Together 46 KB gzipped of 834.
///
/// The worker loses nothing a learner sees: on wasm32 a panic already ended in a trap, and std's
/// default hook, which printed the message, writes to a stderr that does not exist there; the page
/// reports a trapped worker the same way either way. The app keeps std's usual build, since its
/// panic hook prints messages to the console (`console_error_panic_hook`).
///
/// These flags are unstable: the stable toolchain takes them with `RUSTC_BOOTSTRAP=1`, on the
/// std sources of the same toolchain (the `rust-src` component, added by rustup if missing), so
/// the build needs no nightly toolchain. A toolchain that drops one of them fails this build
/// loudly; then update the flags here (docs/performance.md has the measurements).
const WORKER_BUILD_STD: &[&str] = &["-Zbuild-std=std,panic_abort", "-Zbuild-std-features=optimize_for_size"];
const WORKER_RUSTFLAGS: &[&str] = &["-Zunstable-options", "-Cpanic=immediate-abort", "-Zlocation-detail=none"];

const TARGET: &str = "wasm32-unknown-unknown";
const PROFILE: &str = "wasm-release";

/// What a first visit (the course map) downloads, in load order; the budget is for these.
/// (The service worker then caches the rest of the site in the background, for offline use.)
const FIRST_VISIT: &[&str] = &["index.html", "style.css", "site.js", "app.js", "app_bg.wasm"];

/// What the first page that runs code adds: the grader's worker.
const GRADER: &[&str] = &["worker.js", "grader.js", "grader_bg.wasm"];

/// What the first exercise page adds besides the grader: the editor (and its own JSON, a few KB).
const EDITOR: &[&str] = &["codemirror.js"];

struct Args {
    port: u16,
    base: String,
    out: Option<PathBuf>,
    /// A course pack: a folder with `lessons/` and `exercises/` (and optionally
    /// `docs/glossary.md`) to build the site from instead of this repository's course.
    content: Option<PathBuf>,
}

fn parse_args(args: &[String]) -> Result<Args, String> {
    let mut parsed = Args { port: 8080, base: "./".into(), out: None, content: None };
    let mut it = args.iter();
    while let Some(arg) = it.next() {
        let mut value = |name: &str| it.next().cloned().ok_or_else(|| format!("`{name}` needs a value"));
        match arg.as_str() {
            "--port" => parsed.port = value("--port")?.parse().map_err(|e| format!("--port: {e}"))?,
            "--base" => parsed.base = value("--base")?,
            "--out" => parsed.out = Some(PathBuf::from(value("--out")?)),
            "--content" => {
                let dir = PathBuf::from(value("--content")?);
                let dir = std::env::current_dir().map(|cwd| cwd.join(&dir)).unwrap_or(dir);
                if !dir.join("lessons").is_dir() || !dir.join("exercises").is_dir() {
                    return Err(format!(
                        "--content {}: a course pack holds `lessons/` and `exercises/`",
                        dir.display()
                    ));
                }
                parsed.content = Some(dir);
            }
            other => return Err(format!("unknown option `{other}`")),
        }
    }
    if parsed.base != "./" && !(parsed.base.starts_with('/') && parsed.base.ends_with('/')) {
        return Err(format!("--base must start and end with `/` (like `/course/`), not `{}`", parsed.base));
    }
    Ok(parsed)
}

/// `cargo xtask serve [--port N] [--content DIR]`: build the site and serve it on 127.0.0.1.
pub fn serve(args: &[String]) -> Result<(), String> {
    let args = parse_args(args)?;
    let out = args.out.unwrap_or_else(|| util::root().join("target/web/site"));
    let content = args.content.unwrap_or_else(util::root);
    build(&out, &args.base, &content)?;
    let listener = TcpListener::bind(("127.0.0.1", args.port))
        .map_err(|e| format!("cannot listen on 127.0.0.1:{}: {e} (try --port)", args.port))?;
    println!("Await Lab is served on http://127.0.0.1:{}/ (Ctrl-C stops; edits rebuild it)", args.port);
    let watched = out.clone();
    std::thread::spawn(move || rebuild_on_change(&watched, &args.base, &content));
    serve_dir(listener, out)
}

/// Sources whose change rebuilds the site.
const WATCHED: &[&str] = &[
    "index.html",
    "web/src",
    "web/js",
    "web/style.css",
    "web/worker/src",
    "grader/src",
    "course/src",
    "lessons",
    "exercises",
];

/// Poll the sources once a second; on a change, build into a fresh folder and
/// swap it in, so the server never serves a half-built site.
fn rebuild_on_change(out: &Path, base: &str, content: &Path) {
    let root = util::root();
    let newest = || {
        let code = WATCHED.iter().map(|p| newest_mtime(&root.join(p)));
        let pack = ["lessons", "exercises", "docs"].iter().map(|p| newest_mtime(&content.join(p)));
        code.chain(pack).max().flatten()
    };
    let mut seen = newest();
    loop {
        std::thread::sleep(std::time::Duration::from_secs(1));
        let now = newest();
        if now == seen {
            continue;
        }
        seen = now;
        eprintln!("a source changed: rebuilding");
        let next = out.with_extension("next");
        match build(&next, base, content) {
            Ok(()) => {
                let old = out.with_extension("old");
                let _ = fs::remove_dir_all(&old);
                let swapped = fs::rename(out, &old).and_then(|()| fs::rename(&next, out));
                let _ = fs::remove_dir_all(&old);
                match swapped {
                    Ok(()) => eprintln!("rebuilt: reload the page"),
                    Err(e) => eprintln!("cannot swap in the new build: {e}"),
                }
            }
            Err(e) => eprintln!("the rebuild failed (still serving the last good build):\n{e}"),
        }
    }
}

fn newest_mtime(path: &Path) -> Option<std::time::SystemTime> {
    let meta = fs::metadata(path).ok()?;
    if !meta.is_dir() {
        return meta.modified().ok();
    }
    fs::read_dir(path).ok()?.flatten().map(|entry| newest_mtime(&entry.path())).max().flatten()
}

/// `cargo xtask dist [--base /course/] [--out DIR] [--content PACK]`: write the static site to
/// dist/ and print its size; `--content` builds it from a course pack (its own `lessons/` and
/// `exercises/`, checked by `course::load` like the course here; `check-content --content PACK`
/// runs the full content check on it).
pub fn dist(args: &[String]) -> Result<(), String> {
    let args = parse_args(args)?;
    let out = args.out.unwrap_or_else(|| util::root().join("dist"));
    let content = args.content.unwrap_or_else(util::root);
    build(&out, &args.base, &content)?;
    check_sizes(&out)?;
    println!("dist/ is ready: copy it to any static host (see README.md)");
    Ok(())
}

/// The browser tests: build the site into target/web/e2e, then run
/// `web/e2e/site.test.mjs` and `timeline.test.mjs` with Node's test runner and playwright-core, driving
/// Debian's Chromium (`/usr/bin/chromium`, or `CHROMIUM` if set).
pub fn browser_tests(_args: &[String]) -> Result<(), String> {
    let root = util::root();
    let out = root.join("target/web/e2e-site");
    build(&out, "./", &root)?;
    check_sizes(&out)?;
    let mut node = node_on_site(&out)?;
    // One file at a time: each starts its own Chromium, and the machines have two cores.
    node.args(["--test", "--test-concurrency=1", "e2e/site.test.mjs", "e2e/timeline.test.mjs"])
        .env("AWAIT_LAB_SCREENSHOTS", root.join("test-results"));
    let started = Instant::now();
    let result = util::run(&mut node);
    eprintln!("browser tests took {:.1}s", started.elapsed().as_secs_f64());
    result
}

/// `cargo xtask bench --browser`: build the site and measure the check latency in
/// Chromium over every exercise's starter and solution (`web/e2e/latency.mjs`).
pub fn latency_bench() -> Result<(), String> {
    let out = util::root().join("target/web/e2e-site");
    build(&out, "./", &util::root())?;
    util::run(node_on_site(&out)?.arg("e2e/latency.mjs"))
}

/// `node` in `web/`, set up to drive Chromium against the site built in `out`
/// (the environment `web/e2e/site.mjs` reads).
fn node_on_site(out: &Path) -> Result<Command, String> {
    let root = util::root();
    let chromium = std::env::var("CHROMIUM").unwrap_or_else(|_| "/usr/bin/chromium".into());
    if !Path::new(&chromium).exists() {
        return Err(format!(
            "browser tests need Chromium at {chromium} (`apt-get install -y chromium`, or set CHROMIUM)"
        ));
    }
    let mut node = Command::new("node");
    node.current_dir(root.join("web"))
        .env("AWAIT_LAB_SITE", out)
        .env("AWAIT_LAB_COURSE_JSON", root.join("target/web/course.json"))
        .env("CHROMIUM", &chromium);
    Ok(node)
}

/// Build the whole site into `out`, with `<base href>` set to `base`.
fn build(out: &Path, base: &str, content: &Path) -> Result<(), String> {
    let root = util::root();
    let cwd = std::env::current_dir().map_err(|e| format!("no current directory: {e}"))?;
    let out = &cwd.join(out);
    let started = Instant::now();
    let work = root.join("target/web");
    fs::create_dir_all(&work).map_err(|e| format!("cannot create {}: {e}", work.display()))?;

    // 1. The course: checked; its index (ids, titles, order) is embedded by the app through
    // AWAIT_LAB_COURSE, each lesson and exercise is a file the app fetches when it opens
    // (written in step 4). course.json, the whole course, is for the browser tests.
    let course = course::load(content).map_err(|errors| {
        format!("the course in {} has {} problem(s):\n  {}", content.display(), errors.len(), errors.join("\n  "))
    })?;
    write_if_changed(&work.join("course.json"), course.to_json().as_bytes())?;
    let index_json = work.join("course-index.json");
    write_if_changed(&index_json, course.index().to_json().as_bytes())?;

    // 2. The WASM: the app and the grader's worker.
    check_bindgen_version(&root)?;
    ensure_wasm_target()?;
    // Two cargo runs, so features do not unify between the two: built together, the app's
    // dependencies turned on proc-macro2's `proc-macro` feature for the grader, which put
    // rustc's proc-macro bridge (never used in a browser) in the worker, 14 KB gzipped.
    util::run(
        util::cargo()
            .args(["build", "--target", TARGET, "--profile", PROFILE, "-p", "web", "--bin", "web"])
            .env("AWAIT_LAB_COURSE", &index_json),
    )?;
    ensure_rust_src()?;
    util::run(
        util::cargo()
            .args(["build", "--target", TARGET, "--profile", PROFILE, "-p", "worker", "--lib"])
            .args(WORKER_BUILD_STD)
            .env("RUSTC_BOOTSTRAP", "1")
            .env("CARGO_ENCODED_RUSTFLAGS", WORKER_RUSTFLAGS.join("\x1f")),
    )?;
    let wasm_dir = target_dir(&root).join(TARGET).join(PROFILE);
    let _ = fs::remove_dir_all(out);
    fs::create_dir_all(out).map_err(|e| format!("cannot create {}: {e}", out.display()))?;
    bindgen(&wasm_dir.join("web.wasm"), "app", out)?;
    bindgen(&wasm_dir.join("worker.wasm"), "grader", out)?;
    wasm_opt(&[out.join("app_bg.wasm"), out.join("grader_bg.wasm")]);

    // 3. The JavaScript: site.js (the page's one script: glue, grader client, app start) and
    // codemirror.js (the editor, imported by site.js when a page first shows an editor).
    npm_ci(&root.join("web"))?;
    util::run(Command::new(root.join("web/node_modules/.bin/esbuild")).current_dir(root.join("web")).args([
        "site=js/main.js",
        "codemirror=js/codemirror.js",
        "--bundle",
        "--minify",
        "--format=esm",
        "--target=es2020",
        "--log-level=warning",
        &format!("--outdir={}", out.display()),
    ]))?;

    // 4. Static files.
    let index = fs::read_to_string(root.join("index.html")).map_err(|e| format!("cannot read index.html: {e}"))?;
    if !index.contains("<base href=\"./\">") {
        return Err("index.html must contain `<base href=\"./\">` (xtask sets the base there)".into());
    }
    let index = index.replace("<base href=\"./\">", &format!("<base href=\"{base}\">"));
    write(&out.join("index.html"), index.as_bytes())?;
    copy(&root.join("web/style.css"), &out.join("style.css"))?;
    copy(&root.join("web/js/worker.js"), &out.join("worker.js"))?;
    copy(&root.join("web/favicon.svg"), &out.join("favicon.svg"))?;
    copy(&root.join("web/manifest.webmanifest"), &out.join("manifest.webmanifest"))?;
    for (path, json) in course.pages() {
        let file = out.join(&path);
        fs::create_dir_all(file.parent().expect("pages live in content/"))
            .map_err(|e| format!("cannot create {}: {e}", file.display()))?;
        write(&file, json.as_bytes())?;
    }
    write_service_worker(&root, out)?;
    eprintln!("built the site in {} ({:.1}s)", out.display(), started.elapsed().as_secs_f64());
    Ok(())
}

/// Every file under `dir`, as paths relative to the site (`content/lesson-01.json`).
fn site_files(dir: &Path, prefix: &str) -> Result<Vec<String>, String> {
    let mut names = Vec::new();
    for entry in fs::read_dir(dir).map_err(|e| format!("cannot list {}: {e}", dir.display()))?.flatten() {
        let name = format!("{prefix}{}", entry.file_name().to_string_lossy());
        if entry.path().is_dir() {
            names.extend(site_files(&entry.path(), &format!("{name}/"))?);
        } else {
            names.push(name);
        }
    }
    Ok(names)
}

/// `sw.js` from `web/js/sw.js`: FILES is every file of the site (`./` for the page itself) and
/// VERSION a hash of their contents, so each deploy with any change gets a cache of its own.
fn write_service_worker(root: &Path, out: &Path) -> Result<(), String> {
    let template =
        fs::read_to_string(root.join("web/js/sw.js")).map_err(|e| format!("cannot read web/js/sw.js: {e}"))?;
    let mut names = site_files(out, "")?;
    names.retain(|n| n != "sw.js" && n != "index.html");
    names.sort();
    // FNV-1a over names and contents: stable across Rust versions, unlike DefaultHasher.
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for name in names.iter().chain(std::iter::once(&"index.html".to_string())) {
        let bytes = fs::read(out.join(name)).map_err(|e| format!("cannot read {name}: {e}"))?;
        for b in name.as_bytes().iter().chain(&bytes) {
            hash = (hash ^ u64::from(*b)).wrapping_mul(0x0100_0000_01b3);
        }
    }
    let mut files = vec!["./".to_string()];
    files.extend(names);
    let list = serde_json::to_string(&files).map_err(|e| e.to_string())?;
    let sw = template.replace("__VERSION__", &format!("{hash:016x}")).replace("__FILES__", &list);
    write(&out.join("sw.js"), sw.as_bytes())
}

/// Cargo's target directory (`CARGO_TARGET_DIR` when set).
fn target_dir(root: &Path) -> PathBuf {
    match std::env::var_os("CARGO_TARGET_DIR") {
        Some(dir) => root.join(dir),
        None => root.join("target"),
    }
}

fn check_bindgen_version(root: &Path) -> Result<(), String> {
    let lock = fs::read_to_string(root.join("Cargo.lock")).map_err(|e| format!("cannot read Cargo.lock: {e}"))?;
    let locked = lock
        .split("[[package]]")
        .find(|p| p.contains("\nname = \"wasm-bindgen\"\n"))
        .and_then(|p| p.lines().find_map(|l| l.strip_prefix("version = \"")?.strip_suffix('"').map(str::to_string)))
        .ok_or("Cargo.lock has no wasm-bindgen package")?;
    if locked != WASM_BINDGEN_VERSION {
        return Err(format!(
            "Cargo.lock has wasm-bindgen {locked} but xtask's wasm-bindgen-cli-support is {WASM_BINDGEN_VERSION}: \
             pin both to the same version (xtask/Cargo.toml and WASM_BINDGEN_VERSION in xtask/src/web.rs)"
        ));
    }
    Ok(())
}

/// `rustup target add wasm32-unknown-unknown` when the toolchain lacks it.
fn ensure_wasm_target() -> Result<(), String> {
    let sysroot =
        Command::new("rustc").args(["--print", "sysroot"]).output().map_err(|e| format!("cannot run rustc: {e}"))?;
    let sysroot = PathBuf::from(String::from_utf8_lossy(&sysroot.stdout).trim());
    if sysroot.join("lib/rustlib").join(TARGET).exists() {
        return Ok(());
    }
    util::run(Command::new("rustup").args(["target", "add", TARGET]))
        .map_err(|e| format!("{e}\nthe site needs the {TARGET} target; install rustup or add the target by hand"))
}

/// The std sources `-Zbuild-std` compiles (see [`WORKER_BUILD_STD`]).
fn ensure_rust_src() -> Result<(), String> {
    let sysroot =
        Command::new("rustc").args(["--print", "sysroot"]).output().map_err(|e| format!("cannot run rustc: {e}"))?;
    let sysroot = PathBuf::from(String::from_utf8_lossy(&sysroot.stdout).trim());
    if sysroot.join("lib/rustlib/src/rust/library/std/Cargo.toml").exists() {
        return Ok(());
    }
    util::run(Command::new("rustup").args(["component", "add", "rust-src"])).map_err(|e| {
        format!("{e}\nthe grader's worker is built with std's sources; install rustup or add the rust-src component")
    })
}

fn bindgen(wasm: &Path, name: &str, out: &Path) -> Result<(), String> {
    wasm_bindgen_cli_support::Bindgen::new()
        .input_path(wasm)
        .out_name(name)
        .web(true)
        .map_err(|e| format!("wasm-bindgen: {e:#}"))?
        .typescript(false)
        .remove_producers_section(true)
        .remove_name_section(true)
        .generate(out)
        .map_err(|e| format!("wasm-bindgen on {}: {e:#}", wasm.display()))
}

/// Shrink the `.wasm` files with binaryen's `wasm-opt` if it is on PATH; an
/// output is kept only if it is smaller gzipped (what a visitor downloads).
fn wasm_opt(files: &[PathBuf]) {
    if Command::new("wasm-opt").arg("--version").output().is_err() {
        eprintln!("wasm-opt not found on PATH: skipping it (install binaryen to try making the .wasm files smaller)");
        return;
    }
    for file in files {
        let optimized = file.with_extension("opt.wasm");
        let result =
            util::run(Command::new("wasm-opt").args(["-Oz", "--all-features", "-o"]).arg(&optimized).arg(file));
        let size = |path: &Path| fs::read(path).map(|b| gzip_len(&b)).unwrap_or(u64::MAX);
        match result {
            Ok(()) if size(&optimized) < size(file) => {
                eprintln!("wasm-opt: {} -> {} gzipped", kb(size(file)), kb(size(&optimized)));
                let _ = fs::rename(&optimized, file);
            }
            Ok(()) => eprintln!("wasm-opt did not make {} smaller gzipped: keeping the original", file.display()),
            Err(e) => eprintln!("wasm-opt failed, keeping the original: {e}"),
        }
        let _ = fs::remove_file(&optimized);
    }
}

/// `npm ci` in `web/` unless node_modules already matches package-lock.json.
fn npm_ci(web: &Path) -> Result<(), String> {
    let lock =
        fs::read(web.join("package-lock.json")).map_err(|e| format!("cannot read web/package-lock.json: {e}"))?;
    let stamp = web.join("node_modules/.await-lab-lock");
    if fs::read(&stamp).ok().as_deref() == Some(&lock[..]) && web.join("node_modules/.bin/esbuild").exists() {
        return Ok(());
    }
    util::run(Command::new("npm").current_dir(web).args(["ci", "--no-audit", "--no-fund"]))
        .map_err(|e| format!("{e}\nthe site needs Node.js 20+ and npm"))?;
    write(&stamp, &lock)
}

/// Print what a visit downloads, raw and gzipped; returns the first visit's gzipped bytes.
/// Print what each stage of a visit downloads, and fail when the first visit or the grader's
/// worker is over its budget.
fn check_sizes(out: &Path) -> Result<(), String> {
    let table = |title: &str, names: &[&str]| -> Result<(u64, u64), String> {
        println!("{title}");
        let (mut raw_total, mut gzip_total) = (0, 0);
        for name in names {
            let bytes = fs::read(out.join(name)).map_err(|e| format!("cannot read {name}: {e}"))?;
            let gz = gzip_len(&bytes);
            raw_total += bytes.len() as u64;
            gzip_total += gz;
            println!("  {name:<16} {:>10} raw {:>10} gzipped", kb(bytes.len() as u64), kb(gz));
        }
        println!("  {:<16} {:>10} raw {:>10} gzipped", "total", kb(raw_total), kb(gzip_total));
        Ok((raw_total, gzip_total))
    };
    let (_, first_gz) = table("first visit (the course map) downloads:", FIRST_VISIT)?;
    let (_, grader_gz) = table("the first page that runs code adds the grader's worker:", GRADER)?;
    let (_, editor_gz) = table("the first exercise adds the editor:", EDITOR)?;
    println!(
        "first visit: {} gzipped (budget {}); the grader's worker: {} (budget {}); all three: {}",
        kb(first_gz),
        kb(BUDGET_GZIP_BYTES),
        kb(grader_gz),
        kb(GRADER_BUDGET_GZIP_BYTES),
        kb(first_gz + grader_gz + editor_gz)
    );
    let over = |what: &str, size: u64, budget: u64| {
        format!("{what} downloads {} gzipped, over its budget of {}", kb(size), kb(budget))
    };
    if first_gz > BUDGET_GZIP_BYTES {
        return Err(over("the first visit", first_gz, BUDGET_GZIP_BYTES));
    }
    if grader_gz > GRADER_BUDGET_GZIP_BYTES {
        return Err(over("the grader's worker", grader_gz, GRADER_BUDGET_GZIP_BYTES));
    }
    Ok(())
}

fn gzip_len(bytes: &[u8]) -> u64 {
    let mut encoder = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
    encoder.write_all(bytes).expect("writing to memory");
    encoder.finish().expect("writing to memory").len() as u64
}

fn kb(bytes: u64) -> String {
    format!("{:.1} KB", bytes as f64 / 1000.0)
}

fn write(path: &Path, bytes: &[u8]) -> Result<(), String> {
    fs::write(path, bytes).map_err(|e| format!("cannot write {}: {e}", path.display()))
}

/// Keep the mtime when nothing changed, so cargo does not rebuild the app.
fn write_if_changed(path: &Path, bytes: &[u8]) -> Result<(), String> {
    if fs::read(path).ok().as_deref() == Some(bytes) {
        return Ok(());
    }
    write(path, bytes)
}

fn copy(from: &Path, to: &Path) -> Result<(), String> {
    fs::copy(from, to).map(|_| ()).map_err(|e| format!("cannot copy {} to {}: {e}", from.display(), to.display()))
}

// ---- a small static file server (std only) ----

fn serve_dir(listener: TcpListener, dir: PathBuf) -> Result<(), String> {
    for stream in listener.incoming() {
        let Ok(stream) = stream else { continue };
        let dir = dir.clone();
        std::thread::spawn(move || {
            let _ = handle(stream, &dir);
        });
    }
    Ok(())
}

fn handle(mut stream: TcpStream, dir: &Path) -> std::io::Result<()> {
    let mut reader = BufReader::new(stream.try_clone()?);
    let mut request_line = String::new();
    reader.read_line(&mut request_line)?;
    // Read (and ignore) the headers.
    let mut line = String::new();
    while reader.read_line(&mut line)? > 2 {
        line.clear();
    }
    let mut parts = request_line.split_whitespace();
    let (method, target) = (parts.next().unwrap_or(""), parts.next().unwrap_or("/"));
    let response = match method {
        "GET" | "HEAD" => respond(dir, target),
        _ => Response { status: "405 Method Not Allowed", mime: "text/plain", body: b"method not allowed\n".to_vec() },
    };
    let head = format!(
        "HTTP/1.1 {}\r\nContent-Type: {}\r\nContent-Length: {}\r\nCache-Control: no-cache\r\nConnection: close\r\n\r\n",
        response.status,
        response.mime,
        response.body.len()
    );
    stream.write_all(head.as_bytes())?;
    if method != "HEAD" {
        stream.write_all(&response.body)?;
    }
    eprintln!("{} {} {}", method, target, response.status);
    stream.flush()
}

struct Response {
    status: &'static str,
    mime: &'static str,
    body: Vec<u8>,
}

fn respond(dir: &Path, target: &str) -> Response {
    let not_found =
        || Response { status: "404 Not Found", mime: "text/plain; charset=utf-8", body: b"not found\n".to_vec() };
    let path = target.split(['?', '#']).next().unwrap_or("/");
    let Some(path) = percent_decode(path) else { return not_found() };
    let mut file = dir.to_path_buf();
    for segment in path.split('/').filter(|s| !s.is_empty()) {
        if segment == ".." || segment == "." || segment.contains('\\') {
            return not_found();
        }
        file.push(segment);
    }
    if file.is_dir() {
        file.push("index.html");
    }
    let mut body = Vec::new();
    match fs::File::open(&file).and_then(|mut f| f.read_to_end(&mut body)) {
        Ok(_) => Response { status: "200 OK", mime: mime_type(&file), body },
        Err(_) => not_found(),
    }
}

fn percent_decode(path: &str) -> Option<String> {
    let bytes = path.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' {
            let hex = std::str::from_utf8(bytes.get(i + 1..i + 3)?).ok()?;
            out.push(u8::from_str_radix(hex, 16).ok()?);
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8(out).ok()
}

fn mime_type(path: &Path) -> &'static str {
    match path.extension().and_then(|e| e.to_str()).unwrap_or("") {
        "html" => "text/html; charset=utf-8",
        "js" | "mjs" => "text/javascript; charset=utf-8",
        "wasm" => "application/wasm",
        "css" => "text/css; charset=utf-8",
        "json" => "application/json",
        "webmanifest" => "application/manifest+json",
        "svg" => "image/svg+xml",
        "png" => "image/png",
        "ico" => "image/x-icon",
        "txt" | "md" => "text/plain; charset=utf-8",
        _ => "application/octet-stream",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn server_maps_paths_safely_and_with_mime_types() {
        let dir = std::env::temp_dir().join(format!("xtask-serve-test-{}", std::process::id()));
        fs::create_dir_all(dir.join("sub")).unwrap();
        fs::write(dir.join("index.html"), "<p>hi</p>").unwrap();
        fs::write(dir.join("app_bg.wasm"), b"\0asm").unwrap();
        fs::write(dir.join("sub/a b.js"), "x").unwrap();
        let ok = |t: &str| {
            let r = respond(&dir, t);
            (r.status, r.mime, r.body)
        };
        assert_eq!(ok("/"), ("200 OK", "text/html; charset=utf-8", b"<p>hi</p>".to_vec()));
        assert_eq!(ok("/?x=1#/lesson/a").0, "200 OK");
        assert_eq!(ok("/app_bg.wasm").1, "application/wasm");
        assert_eq!(ok("/sub/a%20b.js").1, "text/javascript; charset=utf-8");
        assert_eq!(ok("/../Cargo.toml").0, "404 Not Found");
        assert_eq!(ok("/sub/../../x").0, "404 Not Found");
        assert_eq!(ok("/missing.js").0, "404 Not Found");
        assert_eq!(ok("/%zz").0, "404 Not Found");
        fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn base_must_be_a_directory_path() {
        assert_eq!(parse_args(&["--base".into(), "/course/".into()]).unwrap().base, "/course/");
        assert!(parse_args(&["--base".into(), "course".into()]).is_err());
        assert_eq!(parse_args(&["--port".into(), "9000".into()]).unwrap().port, 9000);
        assert!(parse_args(&["--port".into()]).is_err());
    }

    #[test]
    fn pinned_bindgen_matches_the_lock_file() {
        check_bindgen_version(&util::root()).unwrap();
    }
}
