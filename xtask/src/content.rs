//! `cargo xtask content` (owned by its issue; see ARCHITECTURE.md).

pub fn main(_args: &[String]) -> Result<(), String> {
    Err("`content` is not implemented yet".into())
}
