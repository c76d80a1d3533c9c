//! The host's settings for one run: limits a learner's program cannot observe or catch,
//! the `select!` seed and the file name panics print.

/// Host limits. A learner's program cannot catch these.
#[derive(Debug, Clone)]
pub struct Options {
    /// Maximum number of VM steps before the run stops with [`Outcome::Limit`].
    pub max_steps: u64,
    /// Maximum number of nested calls (frames) in one task.
    pub max_call_depth: usize,
    /// Approximate cap on heap values, in bytes.
    pub max_memory_bytes: usize,
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
            select_seed: 0,
            file_name: "src/main.rs".to_string(),
            pedantic: Vec::new(),
        }
    }
}
