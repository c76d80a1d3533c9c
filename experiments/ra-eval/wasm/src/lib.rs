//! The smallest browser build of rust-analyzer's diagnostics, to measure its size for
//! `wasm32-unknown-unknown` (docs/compile-engine.md). Raw exports, no wasm-bindgen:
//!
//! - `alloc(len) -> ptr`: a buffer the host fills with UTF-8 text;
//! - `load(ptr, len) -> files`: a bundle (below) of every source file and the crate graph:
//!   std/core/alloc and tokio/futures/tokio-util with their dependencies, prepared at
//!   build time as the ink! playground prepares its sources;
//! - `check(ptr, len) -> len`: the learner's `main.rs`; the errors, one a line
//!   (`code\tline\tmessage`), are at `out_ptr()`.
//!
//! The bundle (`bundle.py` writes it) is text: lines `cfg ATOM` / `cfg KEY=VALUE` (the target's
//! cfgs, for every crate), `crate KEY NAME ORIGIN ROOT DEPS FEATURES` (a unique key, the crate's
//! name, origin `lang` or `lib`, its root file; deps as `extern_name:KEY` and features separated
//! by commas, `-` for none; a `lang` crate is in the learner's prelude, as std, core and alloc
//! are, and so is every crate the learner's manifest names, marked `direct`), then
//! `file PATH BYTES` followed by that many bytes, for each file.

use std::cell::RefCell;

use ra_ap_base_db::{
    CrateDisplayName, CrateGraphBuilder, CrateName, CrateOrigin, CrateWorkspaceData, DependencyBuilder, Env,
    FileChange, FileId, FileSet, LangCrateOrigin, SourceRoot, VfsPath,
};
use ra_ap_cfg::CfgOptions;
use ra_ap_ide::{AnalysisHost, AssistResolveStrategy, DiagnosticsConfig, Severity};
use ra_ap_ide_db::ChangeWithProcMacros;
use ra_ap_intern::Symbol;
use ra_ap_span::Edition;
use triomphe::Arc;

struct State {
    host: AnalysisHost,
    main: FileId,
    out: Vec<u8>,
}

thread_local! {
    static STATE: RefCell<Option<State>> = const { RefCell::new(None) };
}

/// A buffer of `len` bytes for the host to fill (ownership passes to `load` or `check`).
#[no_mangle]
pub extern "C" fn alloc(len: usize) -> *mut u8 {
    let mut v = Vec::<u8>::with_capacity(len);
    let p = v.as_mut_ptr();
    std::mem::forget(v);
    p
}

unsafe fn take(ptr: *mut u8, len: usize) -> String {
    String::from_utf8_lossy(&Vec::from_raw_parts(ptr, len, len)).into_owned()
}

/// `AnalysisHost::apply_change` without its timing: `Instant::now()` panics on
/// `wasm32-unknown-unknown`, and with no snapshot alive there is nothing to cancel.
fn apply(host: &mut AnalysisHost, change: ChangeWithProcMacros) {
    change.apply(host.raw_database_mut());
}

/// Loads a bundle; returns the number of files.
///
/// # Safety
/// `ptr` comes from `alloc(len)` and holds `len` bytes.
#[no_mangle]
pub unsafe extern "C" fn load(ptr: *mut u8, len: usize) -> u32 {
    let bundle = take(ptr, len);
    let mut cfg = CfgOptions::default();
    // (key, name, origin, root, deps, features)
    let mut crates: Vec<(String, String, String, String, Vec<String>, Vec<String>)> = Vec::new();
    let mut files: Vec<(String, String)> = Vec::new();
    let mut rest = bundle.as_str();
    while let Some((line, after)) = rest.split_once('\n') {
        rest = after;
        let mut parts = line.split(' ');
        let list = |s: Option<&str>| -> Vec<String> {
            s.filter(|s| *s != "-").map(|s| s.split(',').map(str::to_string).collect()).unwrap_or_default()
        };
        match parts.next() {
            Some("cfg") => match parts.next().unwrap_or("").split_once('=') {
                Some((k, v)) => cfg.insert_key_value(Symbol::intern(k), Symbol::intern(v.trim_matches('"'))),
                None => cfg.insert_atom(Symbol::intern(line[4..].trim())),
            },
            Some("crate") => {
                let (key, name, origin, root) = (parts.next(), parts.next(), parts.next(), parts.next());
                let (deps, features) = (list(parts.next()), list(parts.next()));
                let owned = |s: Option<&str>| s.unwrap_or_default().to_string();
                crates.push((owned(key), owned(name), owned(origin), owned(root), deps, features));
            }
            Some("file") => {
                let path = parts.next().unwrap().to_string();
                let n: usize = parts.next().unwrap().parse().unwrap();
                files.push((path, rest[..n].to_string()));
                rest = &rest[n..];
            }
            _ => {}
        }
    }

    let mut change = FileChange::default();
    let (mut library, mut local) = (FileSet::default(), FileSet::default());
    let mut ids = std::collections::HashMap::new();
    for (i, (path, text)) in files.iter().enumerate() {
        let id = FileId::from_raw(i as u32);
        library.insert(id, VfsPath::new_virtual_path(path.clone()));
        ids.insert(path.clone(), id);
        change.change_file(id, Some(text.clone()));
    }
    let main = FileId::from_raw(files.len() as u32);
    local.insert(main, VfsPath::new_virtual_path("/main.rs".into()));
    change.change_file(main, Some("fn main() {}\n".into()));
    change.set_roots(vec![SourceRoot::new_library(library), SourceRoot::new_local(local)]);

    let ws = Arc::new(CrateWorkspaceData {
        target: Err("no target layout in the browser".to_string().into()),
        toolchain: None,
    });
    let cwd = Arc::new(ra_ap_base_db::AbsPathBuf::assert_utf8("/".into()));
    let mut graph = CrateGraphBuilder::default();
    let mut built = std::collections::HashMap::new();
    let add = |graph: &mut CrateGraphBuilder, name: &str, origin: CrateOrigin, root: FileId, features: &[String]| {
        let mut options = cfg.clone();
        for f in features {
            options.insert_key_value(Symbol::intern("feature"), Symbol::intern(f));
        }
        graph.add_crate_root(
            root,
            Edition::Edition2021,
            Some(CrateDisplayName::from_canonical_name(name)),
            None,
            options,
            None,
            Env::default(),
            origin,
            Vec::new(),
            false,
            cwd.clone(),
            ws.clone(),
        )
    };
    for (key, name, origin, root, _, features) in &crates {
        let origin = match origin.as_str() {
            "lang" => CrateOrigin::Lang(LangCrateOrigin::from(name.as_str())),
            _ => CrateOrigin::Library { repo: None, name: Symbol::intern(name) },
        };
        let id = add(&mut graph, name, origin, ids[root], features);
        built.insert(key.clone(), id);
    }
    let learner = add(&mut graph, "main", CrateOrigin::Local { repo: None, name: None }, main, &[]);
    for (key, _, _, _, deps, _) in &crates {
        for dep in deps {
            let (extern_name, dep_key) = dep.split_once(':').unwrap_or((dep, dep));
            let dep = DependencyBuilder::new(CrateName::normalize_dashes(extern_name), built[dep_key]);
            let _ = graph.add_dep(built[key.as_str()], dep);
        }
    }
    for (key, name, origin, ..) in &crates {
        if origin == "lang" || origin == "direct" {
            let dep = DependencyBuilder::with_prelude(
                CrateName::normalize_dashes(name),
                built[key.as_str()],
                name != "alloc",
                origin == "lang",
            );
            let _ = graph.add_dep(learner, dep);
        }
    }
    change.set_crate_graph(graph);

    let mut host = AnalysisHost::new(None);
    apply(&mut host, ChangeWithProcMacros { source_change: change, proc_macros: None });
    STATE.with(|s| *s.borrow_mut() = Some(State { host, main, out: Vec::new() }));
    files.len() as u32
}

/// Checks a learner's `main.rs`; returns the length of the errors written at `out_ptr()`.
///
/// # Safety
/// `ptr` comes from `alloc(len)` and holds `len` bytes; `load` ran first.
#[no_mangle]
pub unsafe extern "C" fn check(ptr: *mut u8, len: usize) -> usize {
    let source = take(ptr, len);
    STATE.with(|s| {
        let mut s = s.borrow_mut();
        let state = s.as_mut().expect("load first");
        let mut change = ChangeWithProcMacros::default();
        change.change_file(state.main, Some(source));
        apply(&mut state.host, change);
        let analysis = state.host.analysis();
        let mut config = DiagnosticsConfig::test_sample();
        config.style_lints = false;
        let diagnostics =
            analysis.full_diagnostics(&config, AssistResolveStrategy::None, state.main).unwrap_or_default();
        let lines = analysis.file_line_index(state.main).unwrap();
        state.out.clear();
        for d in diagnostics.iter().filter(|d| d.severity == Severity::Error) {
            let line = lines.line_col(d.range.range.start()).line + 1;
            state.out.extend_from_slice(format!("{}\t{line}\t{}\n", d.code.as_str(), d.message).as_bytes());
        }
        state.out.len()
    })
}

#[no_mangle]
pub extern "C" fn out_ptr() -> *const u8 {
    STATE.with(|s| s.borrow().as_ref().map_or(std::ptr::null(), |s| s.out.as_ptr()))
}
