//! `cargo xtask oracle` (owned by its issue; see ARCHITECTURE.md).

pub fn main(_args: &[String]) -> Result<(), String> {
    Err("`oracle` is not implemented yet".into())
}
