//! tokio's time utilities beyond `sleep`: `timeout`, `interval`, `interval_at`, `MissedTickBehavior`.

use crate::vm::value::Value;
use crate::vm::{Vm, VmResult};

/// A built-in path of this family (`Ok(None)`: not one of ours).
pub fn path(_vm: &mut Vm, _full: &str, _args: &[Value]) -> VmResult<Option<Value>> {
    Ok(None)
}
