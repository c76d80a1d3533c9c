//! The grader recurses on the host stack while it parses, lowers and lints
//! (the program itself runs on explicit stacks); `grader::parse` bounds that
//! depth for stacks of 8 MiB. wasm32's default stack is 1 MiB, so give the
//! worker's module the same 8 MiB a native main thread has.

fn main() {
    println!("cargo:rerun-if-changed=build.rs");
    if std::env::var("CARGO_CFG_TARGET_ARCH").as_deref() == Ok("wasm32") {
        println!("cargo:rustc-link-arg-cdylib=-zstack-size=8388608");
    }
}
