//! Groups of futures and tasks: `tokio::task::JoinSet` (`joinset.rs`),
//! `futures::future::{join_all, try_join_all, select_all, ..}` (`combinators.rs`),
//! `futures::stream::{FuturesUnordered, StreamExt}` (`stream/`).

pub mod combinators;
pub mod joinset;

use crate::vm::rt::future::future;
use crate::vm::rt::Fut;
use crate::vm::value::Value;
use crate::vm::{Vm, VmResult};
use combinators::{futures_of, AllKind, PollAll};

/// A built-in path of this family (`Ok(None)`: not one of ours).
pub fn path(vm: &mut Vm, full: &str, args: &[Value]) -> VmResult<Option<Value>> {
    let name = match full.strip_prefix("futures::future::").or_else(|| full.strip_prefix("futures::")) {
        Some(rest) if !rest.contains("::") => rest,
        _ => full,
    };
    let a0 = || args.first().cloned().unwrap_or_default();
    Ok(Some(match name {
        "tokio::task::JoinSet::new" | "tokio::task::JoinSet::default" => joinset::new(vm),
        "join_all" | "try_join_all" => {
            let (futs, small) = futures_of(vm, &a0())?;
            if !small {
                return vm.unsupported(format!(
                    "`{name}` of more than {} futures (futures-util switches to `FuturesOrdered`)",
                    combinators::SMALL
                ));
            }
            PollAll::future(futs, if name == "join_all" { AllKind::Vec } else { AllKind::TryVec })
        }
        "join" | "join3" | "join4" | "join5" | "join!" => PollAll::future(args.to_vec(), AllKind::Tuple),
        "try_join" | "try_join3" | "try_join4" | "try_join5" | "try_join!" => {
            PollAll::future(args.to_vec(), AllKind::TryTuple)
        }
        "select_all" => {
            let (futs, _) = futures_of(vm, &a0())?;
            if futs.is_empty() {
                // futures-util's `assert!` panics at a line of its own source.
                return vm.unsupported("`select_all` of an empty list");
            }
            future(Fut::Leaf(Box::new(combinators::SelectAll { futs })))
        }
        "pending" => future(Fut::Leaf(Box::new(combinators::Pending))),
        "lazy" => future(Fut::Leaf(Box::new(combinators::Lazy(Some(a0()))))),
        _ => return Ok(None),
    }))
}
