//! The host's settings for one run: limits a learner's program cannot observe or catch,
//! the `select!` seed and the file name panics print.

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
        }
    }
}
