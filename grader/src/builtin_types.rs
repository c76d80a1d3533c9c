//! The library types every program gets after the prelude ones (`Option`, `Result`, ... in
//! `lower`): tokio's matchable error types (`mpsc::error::TrySendError`, `TryAcquireError`, ...)
//! and futures-util's `Either`, `FuturesUnordered` and `FuturesOrdered`.
//!
//! These tables are on the IR side: the lowering registers the types in the [`Program`] and
//! resolves the paths that name them ([`qualify`]); the VM builds and prints their values by
//! name (`vm::rt::chan`, `vm::rt::stream`). Both read this module, so neither calls the other.
//!
//! **Boundary:** this module knows only `ir`; nothing here runs or lowers anything.

use crate::vec_map::VecMap;

use crate::ir::{Derives, Program, TypeDef, TypeId, TypeKind, Variant};

/// tokio's error types, by qualified name: (name, variants (name, fields)) or a tuple struct (no variants).
const TOKIO_ERRORS: &[(&str, &[(&str, usize)])] = &[
    ("mpsc::SendError", &[]),
    ("mpsc::TrySendError", &[("Full", 1), ("Closed", 1)]),
    ("mpsc::SendTimeoutError", &[("Timeout", 1), ("Closed", 1)]),
    ("mpsc::TryRecvError", &[("Empty", 0), ("Disconnected", 0)]),
    ("oneshot::TryRecvError", &[("Empty", 0), ("Closed", 0)]),
    ("broadcast::SendError", &[]),
    ("broadcast::RecvError", &[("Closed", 0), ("Lagged", 1)]),
    ("broadcast::TryRecvError", &[("Empty", 0), ("Closed", 0), ("Lagged", 1)]),
    ("watch::SendError", &[]),
    // Not a channel's, but the same kind of matchable tokio error (`tokio::sync::TryAcquireError`).
    ("sync::TryAcquireError", &[("Closed", 0), ("NoPermits", 0)]),
];

/// Add the library types to a program being lowered (after the prelude types), in a fixed order.
pub fn register(prog: &mut Program, by_name: &mut VecMap<String, TypeId>) {
    register_tokio_errors(prog, by_name);
    register_futures_types(prog, by_name);
}

/// Whether `name` (a type's name in the program) is one of tokio's error types (`mpsc::TrySendError`).
pub fn is_tokio_error(name: &str) -> bool {
    TOKIO_ERRORS.iter().any(|(n, _)| *n == name)
}

/// The qualified name of a tokio error type named by a path such as
/// `tokio::sync::broadcast::error::RecvError::Lagged` (`broadcast::RecvError`).
pub fn qualify(segs: &[String]) -> Option<String> {
    if segs.len() < 3 || segs[0] != "tokio" {
        return None;
    }
    let ty = &segs[segs.len() - 2];
    // The innermost module names the family: `tokio::sync::mpsc::error::TryRecvError` is mpsc's,
    // `tokio::sync::TryAcquireError` is sync's.
    let family = segs[..segs.len() - 2]
        .iter()
        .rev()
        .find(|s| matches!(s.as_str(), "mpsc" | "oneshot" | "broadcast" | "watch" | "sync"))?;
    let name = format!("{family}::{ty}");
    is_tokio_error(&name).then_some(name)
}

/// The tokio error types (see [`TOKIO_ERRORS`]).
fn register_tokio_errors(prog: &mut Program, by_name: &mut VecMap<String, TypeId>) {
    for (name, variants) in TOKIO_ERRORS {
        let kind = if variants.is_empty() {
            TypeKind::Struct { fields: vec!["0".into()], tuple_like: true }
        } else {
            TypeKind::Enum {
                variants: variants
                    .iter()
                    .enumerate()
                    .map(|(i, (v, n))| Variant {
                        name: v.to_string(),
                        fields: (0..*n).map(|i| i.to_string()).collect(),
                        tuple_like: true,
                        discriminant: i as i128,
                    })
                    .collect(),
            }
        };
        by_name.insert(name.to_string(), prog.types.len() as TypeId);
        prog.types.push(TypeDef {
            name: name.to_string(),
            kind,
            derives: Derives {
                debug: true,
                clone: true,
                copy: false,
                partial_eq: true,
                partial_ord: false,
                default: false,
                hash: false,
            },
            field_hints: Vec::new(),
            default_variant: None,
        });
    }
}

/// `futures::future::Either`, for the output of `futures::future::select`, and the stream collections.
fn register_futures_types(prog: &mut Program, by_name: &mut VecMap<String, TypeId>) {
    let variants = ["Left", "Right"]
        .iter()
        .enumerate()
        .map(|(i, v)| Variant {
            name: v.to_string(),
            fields: vec!["0".into()],
            tuple_like: true,
            discriminant: i as i128,
        })
        .collect();
    by_name.insert("Either".to_string(), prog.types.len() as TypeId);
    prog.types.push(TypeDef {
        name: "Either".to_string(),
        kind: TypeKind::Enum { variants },
        derives: Derives {
            debug: true,
            clone: true,
            copy: false,
            partial_eq: true,
            partial_ord: true,
            default: false,
            hash: true,
        },
        field_hints: Vec::new(),
        default_variant: None,
    });
    // Named so that `collect::<FuturesUnordered<_>>()` and `let s: FuturesUnordered<_> = ..collect()` show their target
    // (tokio's `JoinSet` too: collecting futures into one spawns them).
    for name in ["FuturesUnordered", "FuturesOrdered", "JoinSet"] {
        by_name.insert(name.to_string(), prog.types.len() as TypeId);
        prog.types.push(TypeDef {
            name: name.to_string(),
            kind: TypeKind::Struct { fields: Vec::new(), tuple_like: false },
            derives: Derives::default(),
            field_hints: Vec::new(),
            default_variant: None,
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn path(p: &str) -> Vec<String> {
        p.split("::").map(String::from).collect()
    }

    #[test]
    fn qualify_names_the_family() {
        assert_eq!(
            qualify(&path("tokio::sync::broadcast::error::RecvError::Lagged")).as_deref(),
            Some("broadcast::RecvError")
        );
        assert_eq!(qualify(&path("tokio::sync::TryAcquireError::Closed")).as_deref(), Some("sync::TryAcquireError"));
        assert_eq!(qualify(&path("tokio::sync::mpsc::error::Nope::X")), None);
        assert_eq!(qualify(&path("std::sync::mpsc::TryRecvError::Empty")), None);
    }
}
