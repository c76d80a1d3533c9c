//! Reusable parts of pages, one component per file.

pub mod code_block;
pub mod editor;
pub mod header;
pub mod hints;
pub mod live;
pub mod loader;
pub mod markdown_view;
pub mod results;
pub mod run_buttons;
pub mod share;
pub mod solution;
pub mod timeline_view;
