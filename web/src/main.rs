//! The site's entry point: mount the app. Everything else lives in the library.

#[cfg(target_arch = "wasm32")]
fn main() {
    web::mount();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("the site runs in a browser: build it with `cargo xtask serve` or `cargo xtask dist`");
    std::process::exit(2);
}
