//! Shared machinery of the syntax lints (rustc's early lint pass), one concern a file:
//! - [`names`]: what the file defines and imports ([`Names`]);
//! - [`locals`]: what `let`-bound locals hold ([`LocalKind`]), part of [`Names`];
//! - [`walk`]: the walker that calls each lint family's [`Hooks`] with the
//!   [`Scope`] of every node (function / closure / async block, loops, spawns);
//! - [`macros`]: the expressions inside the macros that matter (`println!`,
//!   `join!`, `select!`, ...);
//! - [`query`]: small helpers on syn nodes.
//!
//! API facts (which calls are async, which block, ...) are not here but in
//! [`crate::api`]; `select!`/`join!` bodies are parsed by [`crate::macro_body`].

mod locals;
mod macros;
mod names;
mod query;
mod walk;

pub(crate) use crate::macro_body::Select;
pub(crate) use locals::{consumes_then_awaits, LocalKind};
pub(crate) use macros::{is_known_macro, macro_exprs, macro_name, parse_select};
pub(crate) use names::Names;
pub(crate) use query::{
    await_in_scope, await_while_alive, chain, contains_await, first_await, for_each_expr, ident_of, mentions,
    pat_bindings, pat_ident, pos, pos_of, simple_let, strip, VisitNode,
};
pub(crate) use walk::{has_runtime_attr, walk, FrameKind, Hooks, Scope};
