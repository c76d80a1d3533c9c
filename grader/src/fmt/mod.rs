//! Rust's format-spec language (`{:>8.2}`), rendered byte-identically to std.
