//! rust-analyzer as a compile checker: one scratch cargo project (a binary depending on
//! the oracle's tokio/futures/tokio-util pins, std from the sysroot's `rust-src`) loaded
//! once with `ra_ap_load_cargo`; each check replaces `src/main.rs`'s text in the VFS and
//! asks `Analysis::full_diagnostics` for that file. Proc macros are off, as they would be
//! in a browser worker (no proc-macro server there): `#[tokio::main]` and `#[tokio::test]`
//! stay unexpanded attributes, which rust-analyzer then ignores.

use std::fs;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use ra_ap_ide::{AnalysisHost, AssistResolveStrategy, DiagnosticCode, DiagnosticsConfig, FileId, Severity};
use ra_ap_ide_db::ChangeWithProcMacros;
use ra_ap_load_cargo::{load_workspace_at, LoadCargoConfig, ProcMacroServerChoice};
use ra_ap_paths::AbsPathBuf;
use ra_ap_project_model::{CargoConfig, RustLibSource};
use ra_ap_vfs::VfsPath;

/// One diagnostic of rust-analyzer on the checked file, as a rustc error.
#[derive(Clone, Debug)]
pub struct RaError {
    /// rustc's code (`E0308`, `parse` for a syntax error), or rust-analyzer's name for an
    /// error rustc reports without a code (`unresolved-macro-call`).
    pub code: String,
    /// rust-analyzer's own code as it printed it (`E0559`, `syntax-error`, ...).
    pub ra_code: String,
    pub line: u32,
    pub message: String,
    /// rust-analyzer marks this diagnostic experimental (it may be wrong).
    pub experimental: bool,
}

pub struct Engine {
    host: AnalysisHost,
    file: FileId,
    config: DiagnosticsConfig,
    /// Load time: `cargo metadata`, sysroot discovery, reading every source into the VFS.
    pub load: Duration,
    /// Every source file loaded (the project, std/core/alloc/..., tokio, futures and their
    /// dependencies): count and bytes, and their concatenation gzipped.
    pub files: usize,
    pub bytes: usize,
    pub gzipped: usize,
}

/// The `[dependencies]` the oracle builds with (`xtask/src/oracle/mod.rs`'s `DEPENDENCIES`),
/// read from its source so the two never drift apart.
fn oracle_dependencies(repo: &Path) -> String {
    let text = fs::read_to_string(repo.join("xtask/src/oracle/mod.rs")).expect("xtask/src/oracle/mod.rs");
    let marker = "pub const DEPENDENCIES: &str = r#\"";
    let start = text.find(marker).expect("DEPENDENCIES in the oracle") + marker.len();
    let end = start + text[start..].find("\"#").unwrap();
    text[start..end].to_string()
}

impl Engine {
    pub fn load(repo: &Path, scratch: &Path) -> Engine {
        fs::create_dir_all(scratch.join("src")).unwrap();
        let manifest = format!(
            "[package]\nname = \"ra_eval_fixture\"\nversion = \"0.0.0\"\nedition = \"2021\"\npublish = false\n\n[dependencies]\n{}\n[workspace]\n",
            oracle_dependencies(repo)
        );
        fs::write(scratch.join("Cargo.toml"), manifest).unwrap();
        fs::write(scratch.join("src/main.rs"), "fn main() {}\n").unwrap();

        let started = Instant::now();
        let cargo = CargoConfig { sysroot: Some(RustLibSource::Discover), all_targets: false, ..Default::default() };
        let load = LoadCargoConfig {
            load_out_dirs_from_check: false,
            with_proc_macro_server: ProcMacroServerChoice::None,
            prefill_caches: false,
            num_worker_threads: 1,
            proc_macro_processes: 1,
        };
        let (db, vfs, _) =
            load_workspace_at(scratch, &cargo, &load, &|_| {}).expect("rust-analyzer loads the scratch project");
        let load_time = started.elapsed();
        let main = AbsPathBuf::assert_utf8(fs::canonicalize(scratch.join("src/main.rs")).unwrap());
        let (file, _) = vfs.file_id(&VfsPath::from(main)).expect("src/main.rs in the VFS");

        let (mut files, mut bytes) = (0, 0);
        let mut all = Vec::new();
        for (_, path) in vfs.iter() {
            // The VFS keeps no text (the database does): read what it loaded from disk.
            if let Some(text) = path.as_path().and_then(|p| fs::read(p).ok()) {
                files += 1;
                bytes += text.len();
                all.extend_from_slice(&text);
            }
        }
        let gzipped = gzip_len(&all);

        let mut config = DiagnosticsConfig::test_sample();
        config.style_lints = false;
        config.disable_experimental = false;
        config.proc_macros_enabled = false;
        config.proc_attr_macros_enabled = false;
        Engine { host: AnalysisHost::with_database(db), file, config, load: load_time, files, bytes, gzipped }
    }

    /// rust-analyzer's errors on `source` (warnings and style lints are not errors), or
    /// `Err` when the analysis panicked.
    pub fn check(&mut self, source: &str) -> Result<Vec<RaError>, String> {
        let mut change = ChangeWithProcMacros::default();
        change.change_file(self.file, Some(source.to_string()));
        self.host.apply_change(change);
        let analysis = self.host.analysis();
        let (file, config) = (self.file, &self.config);
        let run = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
            let diagnostics = analysis.full_diagnostics(config, AssistResolveStrategy::None, file).ok()?;
            let lines = analysis.file_line_index(file).ok()?;
            Some((diagnostics, lines))
        }));
        let (diagnostics, lines) = match run {
            Ok(Some(it)) => it,
            Ok(None) => return Err("cancelled".into()),
            Err(_) => return Err("rust-analyzer panicked".into()),
        };
        Ok(diagnostics
            .into_iter()
            .filter(|d| d.severity == Severity::Error && d.range.file_id == file)
            .map(|d| {
                let ra_code = d.code.as_str().to_string();
                let code = match d.code {
                    // rust-analyzer reports a missing field on a struct value as E0559
                    // ("variant has no field"); rustc's code for `value.field` is E0609.
                    DiagnosticCode::RustcHardError("E0559") if d.message.starts_with("no field") => "E0609".into(),
                    DiagnosticCode::RustcHardError(c) => c.to_string(),
                    DiagnosticCode::SyntaxError => "parse".into(),
                    _ => ra_code.clone(),
                };
                let line = lines.line_col(d.range.range.start()).line + 1;
                RaError { code, ra_code, line, message: d.message, experimental: d.experimental }
            })
            .collect())
    }
}

fn gzip_len(bytes: &[u8]) -> usize {
    use std::io::Write;
    let mut e = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
    e.write_all(bytes).unwrap();
    e.finish().unwrap().len()
}

pub fn scratch_dir() -> PathBuf {
    let target = std::env::var_os("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("../target"));
    target.join("ra-eval-fixture")
}
