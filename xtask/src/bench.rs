//! `cargo xtask bench` (owned by its issue; see ARCHITECTURE.md).

pub fn main(_args: &[String]) -> Result<(), String> {
    Err("`bench` is not implemented yet".into())
}
