//! One component per route.

pub mod exercise;
pub mod glossary;
pub mod lesson;
pub mod map;
pub mod mistake;
pub mod mistakes;
pub mod not_found;
pub mod play;
