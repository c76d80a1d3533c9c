//! `PtrSet`: a set of allocation addresses, for the walks over a value that visit each shared
//! allocation once (`value::any_within`).
//!
//! Why not `HashSet<*const ()>`: it was the last `HashMap`/`HashSet` of the grader, and with it
//! the site's worker carried hashbrown's table and std's `RandomState` (about 1.7 KB gzipped).
//! A walk can meet any number of allocations, so a sorted `Vec` (quadratic inserts) will not do;
//! this is an open-addressing table with linear probing, grown at half full: inserts and lookups
//! stay constant time on average. It only inserts, and never iterates, so its order cannot leak.

/// A set of non-null addresses (see the module docs).
#[derive(Default)]
pub struct PtrSet {
    /// A power of two of slots (or none yet); 0 is an empty slot.
    slots: Vec<usize>,
    len: usize,
}

impl PtrSet {
    /// Whether `ptr` was new (`HashSet::insert`).
    pub fn insert(&mut self, ptr: *const ()) -> bool {
        let p = ptr as usize;
        debug_assert!(p != 0);
        if 2 * (self.len + 1) > self.slots.len() {
            let size = (2 * self.slots.len()).max(16);
            let old = std::mem::replace(&mut self.slots, vec![0; size]);
            for q in old.into_iter().filter(|&q| q != 0) {
                let i = self.slot_of(q);
                self.slots[i] = q;
            }
        }
        let i = self.slot_of(p);
        if self.slots[i] == p {
            return false;
        }
        self.slots[i] = p;
        self.len += 1;
        true
    }

    /// The slot holding `p`, or the empty slot where it goes.
    fn slot_of(&self, p: usize) -> usize {
        let mask = self.slots.len() - 1;
        // Fibonacci hashing of the address (its low bits are alignment zeros).
        let mut i = ((p as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15) >> 32) as usize & mask;
        while self.slots[i] != 0 && self.slots[i] != p {
            i = (i + 1) & mask;
        }
        i
    }
}

#[cfg(test)]
mod tests {
    use std::collections::HashSet;

    use super::*;

    #[test]
    fn behaves_like_hash_set() {
        let mut ours = PtrSet::default();
        let mut std = HashSet::new();
        let mut x: usize = 12_345;
        for _ in 0..20_000 {
            x = x.wrapping_mul(1_103_515_245).wrapping_add(12_345) % 50_000;
            let p = ((x + 1) * 8) as *const ();
            assert_eq!(ours.insert(p), std.insert(p));
        }
        assert_eq!(ours.len, std.len());
    }
}
