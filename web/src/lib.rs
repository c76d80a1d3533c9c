//! Await Lab's site: a Leptos app, client-side rendered.
//!
//! The pure parts ([`markdown`], [`highlight`], [`route`], [`progress`]) build
//! and test natively; the UI (`app`, `state`, `pages/`, `components/`, and the
//! bindings to the JavaScript glue in `js/`) builds only for wasm32.
//!
//! **Boundary:** the app never runs the grader itself: it sends source code to
//! the Web Worker (`js/worker.js` + the `worker` crate) and reads back the
//! grader's own `Graded`/`Report` JSON.

pub mod highlight;
pub mod markdown;
pub mod panic;
pub mod progress;
pub mod progress_file;
pub mod route;
pub mod timeline;

#[cfg(target_arch = "wasm32")]
mod app;
#[cfg(target_arch = "wasm32")]
mod components;
#[cfg(target_arch = "wasm32")]
mod js;
#[cfg(target_arch = "wasm32")]
mod pages;
#[cfg(target_arch = "wasm32")]
mod state;

#[cfg(target_arch = "wasm32")]
pub use app::mount;
