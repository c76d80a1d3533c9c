//! One component per route.

pub mod exercise;
pub mod lesson;
pub mod map;
pub mod mistake;
pub mod not_found;
