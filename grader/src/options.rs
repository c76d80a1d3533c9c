//! The host's settings for one run: limits a learner's program cannot observe or catch,
//! the `select!` seed and the file name panics print.

use std::fmt;
use std::sync::Arc;

/// How far a long run has got, for a host that shows it live (the site's worker).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Progress {
    /// Everything the program printed to stdout so far.
    pub stdout: String,
    /// The paused clock, in nanoseconds.
    pub virtual_time_ns: u64,
    pub steps: u64,
}

/// A host's callback for [`Progress`], called every [`Options::progress_every`] steps
/// (`Send + Sync` so that `Options` can go to a guard thread, as the tests do).
#[derive(Clone)]
pub struct ProgressHook(pub Arc<dyn Fn(&Progress) + Send + Sync>);

impl fmt::Debug for ProgressHook {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("ProgressHook")
    }
}

/// Host limits. A learner's program cannot catch these.
#[derive(Debug, Clone)]
pub struct Options {
    /// Maximum number of VM steps before the run stops with [`Outcome::Limit`].
    pub max_steps: u64,
    /// Maximum number of nested calls (frames) in one task.
    pub max_call_depth: usize,
    /// Cap on the program's values, in the bytes of the grader's memory account (`vm/memory.rs`).
    pub max_memory_bytes: usize,
    /// Cap on what the program prints (stdout and stderr together), in bytes.
    pub max_output_bytes: usize,
    /// Cap on the tasks alive at once (spawned and not finished).
    pub max_tasks: usize,
    /// Cap on tokio's virtual clock, in seconds: the run stops when the clock would pass it.
    pub max_virtual_time_secs: u64,
    /// Seed for the branch order of `tokio::select!` without `biased;`.
    pub select_seed: u64,
    /// File name used in panic messages (`thread 'main' panicked at FILE:L:C:`).
    pub file_name: String,
    /// Pedantic lint codes to report (`lint::catalog::Entry::pedantic`); the others stay off.
    /// [`crate::grade`] adds those an exercise's checks name.
    pub pedantic: Vec<String>,
    /// Called with the run's [`Progress`] every `progress_every` steps (never when `None`).
    pub progress: Option<ProgressHook>,
    pub progress_every: u64,
}

impl Default for Options {
    fn default() -> Options {
        Options {
            max_steps: 50_000_000,
            max_call_depth: 10_000,
            max_memory_bytes: 256 * 1024 * 1024,
            max_output_bytes: 1024 * 1024,
            max_tasks: 10_000,
            max_virtual_time_secs: 60 * 60,
            select_seed: 0,
            file_name: "src/main.rs".to_string(),
            pedantic: Vec::new(),
            progress: None,
            progress_every: 1_000_000,
        }
    }
}
