//! Ranges as iterators: `a..b`, `a..=b` and `a..` over integers and chars, as `Iter` sources.

use super::*;

pub(super) fn range_iter(vm: &Vm, r: &crate::vm::value::RangeValue) -> VmResult<Iter> {
    match (&r.lo, &r.hi) {
        (Value::Int(lo, t), hi) => {
            let ty = match hi {
                Value::Int(_, ht) if *t == IntTy::I32 => *ht,
                _ => *t,
            };
            let end = hi.as_int().unwrap_or(0);
            if ty == IntTy::U128 && *lo >= 0 && end < 0 && r.kind != RangeKind::From {
                // A u128 at or above 2^127 is stored negative (`ops::u128_of`): this i128 walk
                // would see `0..u128::MAX` as empty (both ends on one side of 2^127 are fine).
                return vm.unsupported("a `u128` range reaching 2^127 or above");
            }
            Ok(match r.kind {
                RangeKind::HalfOpen => Iter::Range { next: *lo, end: end.max(*lo), ty },
                RangeKind::Inclusive => match end.checked_add(1) {
                    Some(end) => Iter::Range { next: *lo, end: end.max(*lo), ty },
                    None => return vm.unsupported("a range ending at `i128::MAX` inclusive"),
                },
                _ => Iter::RangeFrom { next: *lo, ty },
            })
        }
        (Value::Char(lo), Value::Char(hi)) => {
            let end = if r.kind == RangeKind::Inclusive { *hi as u32 + 1 } else { *hi as u32 };
            Ok(Iter::Chars { next: *lo as u32, end: end.max(*lo as u32) })
        }
        _ => vm.unsupported("iterating over this range"),
    }
}
