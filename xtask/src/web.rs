//! `cargo xtask serve`, `cargo xtask dist` and the browser tests.

pub fn serve(_args: &[String]) -> Result<(), String> {
    Err("`serve` is not implemented yet".into())
}

pub fn dist(_args: &[String]) -> Result<(), String> {
    Err("`dist` is not implemented yet".into())
}

pub fn browser_tests(_args: &[String]) -> Result<(), String> {
    Err("browser tests are not implemented yet".into())
}
