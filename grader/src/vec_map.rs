//! `VecMap` and `VecSet`: ordered maps and sets kept as a sorted `Vec`, for the small maps of
//! the trace's readers (`trace.rs` queries, `lint/dynamic.rs`, `timeline.rs`), some of the
//! runtime's bookkeeping (its tasks, panic payloads, detached tasks, `std` locks held), and the
//! names, types and functions of one program in the lowering, the compile check and the lints.
//!
//! They iterate in key order like `BTreeMap`/`BTreeSet`, whose API they follow where they are
//! used, so output that depends on the order stays the same.
//! Why not `BTreeMap`: each key and value type instantiates its own copy of std's B-tree (node
//! splits, merges and iterators, about 8 KB of WASM each), and the site's worker carried more
//! than twenty of them; a sorted `Vec` is a binary search and a `Vec::insert`.
//! The same holds for `HashMap`/`HashSet` (hashbrown's table, per key and value type): the
//! lowering, the compile check and the lints had about fifty of them, and replacing them with
//! these took the worker from 788.0 to 776.6 KB gzipped (before wasm-bindgen); a sorted map also
//! makes their iteration order deterministic.
//! Inserting or removing in the middle moves the entries after it, so these are for maps of
//! tasks, lines or objects of one run, not for a learner's own collections or the runtime's queues
//! (those stay `BTreeMap`); the runtime's tasks qualify, since task ids only grow and a task is never
//! removed, so each insert is a push.
//!
//! `IdMap` is for maps keyed by ids that only grow but whose entries are removed from anywhere (the
//! runtime's sub-wakers, a `FuturesUnordered`'s children and `FuturesOrdered`'s places): a removal
//! leaves a hole, and the holes are swept out when they are half of the `Vec`, so every operation
//! stays logarithmic (amortized) with 100,000 entries. With `FuturesOrdered`'s held outputs as a
//! `VecMap` it replaced two `BTreeMap`s and two `HashMap`s of the runtime: 776.6 -> 771.9 KB gzipped.

use std::borrow::Borrow;

/// A map ordered by key, as a `Vec` of `(key, value)` sorted by key without duplicates.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct VecMap<K, V> {
    entries: Vec<(K, V)>,
}

impl<K, V> Default for VecMap<K, V> {
    fn default() -> Self {
        VecMap { entries: Vec::new() }
    }
}

impl<K: Ord, V> VecMap<K, V> {
    pub fn new() -> Self {
        Self::default()
    }

    fn find<Q: Ord + ?Sized>(&self, key: &Q) -> Result<usize, usize>
    where
        K: Borrow<Q>,
    {
        self.entries.binary_search_by(|(k, _)| k.borrow().cmp(key))
    }

    /// Like `BTreeMap::insert`: the old value if `key` was present (the old key is kept).
    pub fn insert(&mut self, key: K, value: V) -> Option<V> {
        match self.find(&key) {
            Ok(i) => Some(std::mem::replace(&mut self.entries[i].1, value)),
            Err(i) => {
                self.entries.insert(i, (key, value));
                None
            }
        }
    }

    pub fn get<Q: Ord + ?Sized>(&self, key: &Q) -> Option<&V>
    where
        K: Borrow<Q>,
    {
        self.find(key).ok().map(|i| &self.entries[i].1)
    }

    pub fn get_mut<Q: Ord + ?Sized>(&mut self, key: &Q) -> Option<&mut V>
    where
        K: Borrow<Q>,
    {
        self.find(key).ok().map(|i| &mut self.entries[i].1)
    }

    pub fn contains_key<Q: Ord + ?Sized>(&self, key: &Q) -> bool
    where
        K: Borrow<Q>,
    {
        self.find(key).is_ok()
    }

    pub fn remove<Q: Ord + ?Sized>(&mut self, key: &Q) -> Option<V>
    where
        K: Borrow<Q>,
    {
        self.find(key).ok().map(|i| self.entries.remove(i).1)
    }

    /// The value of `key`, inserted by the returned entry's `or_*` if absent.
    pub fn entry(&mut self, key: K) -> Entry<'_, K, V> {
        let slot = self.find(&key);
        Entry { map: self, slot, key }
    }

    pub fn retain(&mut self, mut keep: impl FnMut(&K, &mut V) -> bool) {
        self.entries.retain_mut(|(k, v)| keep(k, v));
    }
}

impl<K: Ord, V> Extend<(K, V)> for VecMap<K, V> {
    /// Like `BTreeMap`'s: a later value for the same key wins.
    fn extend<I: IntoIterator<Item = (K, V)>>(&mut self, iter: I) {
        for (k, v) in iter {
            self.insert(k, v);
        }
    }
}

impl<K, V> VecMap<K, V> {
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    pub fn clear(&mut self) {
        self.entries.clear();
    }

    /// The entries in key order.
    pub fn iter(&self) -> impl DoubleEndedIterator<Item = (&K, &V)> + ExactSizeIterator {
        self.entries.iter().map(|(k, v)| (k, v))
    }

    /// The smallest key.
    pub fn first_key(&self) -> Option<&K> {
        self.entries.first().map(|(k, _)| k)
    }

    pub fn keys(&self) -> impl DoubleEndedIterator<Item = &K> + ExactSizeIterator {
        self.entries.iter().map(|(k, _)| k)
    }

    pub fn values(&self) -> impl DoubleEndedIterator<Item = &V> + ExactSizeIterator {
        self.entries.iter().map(|(_, v)| v)
    }

    pub fn values_mut(&mut self) -> impl DoubleEndedIterator<Item = &mut V> + ExactSizeIterator {
        self.entries.iter_mut().map(|(_, v)| v)
    }
}

/// A place in a [`VecMap`] for one key, from [`VecMap::entry`].
pub struct Entry<'a, K, V> {
    map: &'a mut VecMap<K, V>,
    slot: Result<usize, usize>,
    key: K,
}

impl<'a, K, V> Entry<'a, K, V> {
    pub fn or_insert_with(self, make: impl FnOnce() -> V) -> &'a mut V {
        let i = match self.slot {
            Ok(i) => i,
            Err(i) => {
                self.map.entries.insert(i, (self.key, make()));
                i
            }
        };
        &mut self.map.entries[i].1
    }

    pub fn or_insert(self, value: V) -> &'a mut V {
        self.or_insert_with(|| value)
    }

    pub fn or_default(self) -> &'a mut V
    where
        V: Default,
    {
        self.or_insert_with(V::default)
    }
}

impl<K, V> IntoIterator for VecMap<K, V> {
    type Item = (K, V);
    type IntoIter = std::vec::IntoIter<(K, V)>;

    fn into_iter(self) -> Self::IntoIter {
        self.entries.into_iter()
    }
}

impl<'a, K, V> IntoIterator for &'a VecMap<K, V> {
    type Item = (&'a K, &'a V);
    type IntoIter = std::iter::Map<std::slice::Iter<'a, (K, V)>, fn(&'a (K, V)) -> (&'a K, &'a V)>;

    fn into_iter(self) -> Self::IntoIter {
        self.entries.iter().map(|(k, v)| (k, v))
    }
}

impl<K: Ord, V> FromIterator<(K, V)> for VecMap<K, V> {
    /// Like `BTreeMap`'s: a later value for the same key wins.
    fn from_iter<I: IntoIterator<Item = (K, V)>>(iter: I) -> Self {
        let mut map = VecMap::new();
        map.extend(iter);
        map
    }
}

impl<K: Ord + Borrow<Q>, Q: Ord + ?Sized, V> std::ops::Index<&Q> for VecMap<K, V> {
    type Output = V;

    fn index(&self, key: &Q) -> &V {
        self.get(key).expect("no entry found for key")
    }
}

/// A set ordered by value, as a sorted `Vec` without duplicates.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct VecSet<T> {
    items: Vec<T>,
}

impl<T> Default for VecSet<T> {
    fn default() -> Self {
        VecSet { items: Vec::new() }
    }
}

impl<T: Ord> VecSet<T> {
    pub fn new() -> Self {
        Self::default()
    }

    fn find<Q: Ord + ?Sized>(&self, value: &Q) -> Result<usize, usize>
    where
        T: Borrow<Q>,
    {
        self.items.binary_search_by(|v| v.borrow().cmp(value))
    }

    /// Like `BTreeSet::insert`: whether `value` was new.
    pub fn insert(&mut self, value: T) -> bool {
        match self.find(&value) {
            Ok(_) => false,
            Err(i) => {
                self.items.insert(i, value);
                true
            }
        }
    }

    pub fn contains<Q: Ord + ?Sized>(&self, value: &Q) -> bool
    where
        T: Borrow<Q>,
    {
        self.find(value).is_ok()
    }

    /// Like `BTreeSet::remove`: whether `value` was there.
    pub fn remove<Q: Ord + ?Sized>(&mut self, value: &Q) -> bool
    where
        T: Borrow<Q>,
    {
        match self.find(value) {
            Ok(i) => {
                self.items.remove(i);
                true
            }
            Err(_) => false,
        }
    }

    /// The values of `self` not in `other`, in order.
    pub fn difference<'a>(&'a self, other: &'a VecSet<T>) -> impl Iterator<Item = &'a T> + 'a {
        self.items.iter().filter(move |v| !other.contains(*v))
    }

    pub fn retain(&mut self, keep: impl FnMut(&T) -> bool) {
        self.items.retain(keep);
    }
}

impl<T: Ord> Extend<T> for VecSet<T> {
    fn extend<I: IntoIterator<Item = T>>(&mut self, iter: I) {
        for value in iter {
            self.insert(value);
        }
    }
}

impl<T> VecSet<T> {
    pub fn len(&self) -> usize {
        self.items.len()
    }

    pub fn is_empty(&self) -> bool {
        self.items.is_empty()
    }

    pub fn clear(&mut self) {
        self.items.clear();
    }

    /// The values in order.
    pub fn iter(&self) -> std::slice::Iter<'_, T> {
        self.items.iter()
    }
}

impl<T> IntoIterator for VecSet<T> {
    type Item = T;
    type IntoIter = std::vec::IntoIter<T>;

    fn into_iter(self) -> Self::IntoIter {
        self.items.into_iter()
    }
}

impl<T: Ord> FromIterator<T> for VecSet<T> {
    fn from_iter<I: IntoIterator<Item = T>>(iter: I) -> Self {
        // Insert one by one rather than sort: a sort is a large instantiation of its own.
        let mut set = VecSet::new();
        set.extend(iter);
        set
    }
}

impl<T: Ord, const N: usize> From<[T; N]> for VecSet<T> {
    fn from(values: [T; N]) -> Self {
        values.into_iter().collect()
    }
}

/// A map keyed by ids that only grow: a `Vec` of `(id, value)` sorted by id, where a removed entry
/// is a hole (`None`) until the holes are half of the entries.
#[derive(Debug)]
pub struct IdMap<V> {
    entries: Vec<(u64, Option<V>)>,
    len: usize,
}

impl<V> Default for IdMap<V> {
    fn default() -> Self {
        IdMap { entries: Vec::new(), len: 0 }
    }
}

impl<V> IdMap<V> {
    pub fn new() -> Self {
        Self::default()
    }

    fn find(&self, id: u64) -> Result<usize, usize> {
        self.entries.binary_search_by(|(k, _)| k.cmp(&id))
    }

    /// Like `BTreeMap::insert`. An id larger than every id before is a push; another is put in its
    /// place (moving the entries after it).
    pub fn insert(&mut self, id: u64, value: V) -> Option<V> {
        let i = match self.entries.last() {
            Some((last, _)) if *last >= id => self.find(id),
            _ => Err(self.entries.len()),
        };
        match i {
            Ok(i) => {
                let old = self.entries[i].1.replace(value);
                if old.is_none() {
                    self.len += 1;
                }
                old
            }
            Err(i) => {
                self.entries.insert(i, (id, Some(value)));
                self.len += 1;
                None
            }
        }
    }

    pub fn get(&self, id: u64) -> Option<&V> {
        self.find(id).ok().and_then(|i| self.entries[i].1.as_ref())
    }

    pub fn get_mut(&mut self, id: u64) -> Option<&mut V> {
        self.find(id).ok().and_then(|i| self.entries[i].1.as_mut())
    }

    pub fn remove(&mut self, id: u64) -> Option<V> {
        let i = self.find(id).ok()?;
        let value = self.entries[i].1.take()?;
        self.len -= 1;
        if self.len < self.entries.len() / 2 {
            self.entries.retain(|(_, v)| v.is_some());
        }
        Some(value)
    }

    pub fn len(&self) -> usize {
        self.len
    }

    pub fn is_empty(&self) -> bool {
        self.len == 0
    }
}

#[cfg(test)]
mod tests {
    use std::collections::{BTreeMap, BTreeSet};

    use super::*;

    /// The same operations on a `VecMap` and a `BTreeMap` leave the same entries in the same order.
    #[test]
    fn behaves_like_btree_map() {
        let mut ours = VecMap::new();
        let mut std = BTreeMap::new();
        let mut x: u32 = 7;
        for step in 0..2000u32 {
            x = x.wrapping_mul(1_103_515_245).wrapping_add(12_345) % 97;
            match step % 5 {
                0 | 1 => assert_eq!(ours.insert(x, step), std.insert(x, step)),
                2 => assert_eq!(ours.remove(&x), std.remove(&x)),
                3 => *ours.entry(x).or_insert(0) += 1,
                _ => assert_eq!(ours.get(&x), std.get(&x)),
            }
            if step % 5 == 3 {
                *std.entry(x).or_insert(0) += 1;
            }
            assert_eq!(ours.len(), std.len());
        }
        assert!(ours.iter().eq(std.iter()));
        ours.retain(|k, _| k % 2 == 0);
        std.retain(|k, _| k % 2 == 0);
        assert!(ours.into_iter().eq(std));
        let collected: VecMap<u32, u32> = [(3, 1), (1, 2), (3, 3)].into_iter().collect();
        assert!(collected.iter().eq(BTreeMap::from([(3, 1), (1, 2), (3, 3)]).iter()));
        assert_eq!(collected[&3], 3);
    }

    /// Growing ids, removals from anywhere, and an id out of order now and then: like a `BTreeMap`.
    #[test]
    fn id_map_behaves_like_btree_map() {
        let mut ours = IdMap::new();
        let mut std = BTreeMap::new();
        let mut x: u64 = 7;
        let mut next = 0;
        for step in 0..5000u64 {
            x = x.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1_442_695_040_888_963_407);
            let old = (x >> 33) % (next + 1);
            match step % 7 {
                0..=2 => {
                    next += 1;
                    assert_eq!(ours.insert(next, step), std.insert(next, step));
                }
                3 | 4 => assert_eq!(ours.remove(old), std.remove(&old)),
                5 => assert_eq!(ours.insert(old, step), std.insert(old, step)),
                _ => {
                    if let (Some(a), Some(b)) = (ours.get_mut(old), std.get_mut(&old)) {
                        *a += 1;
                        *b += 1;
                    }
                }
            }
            assert_eq!(ours.len(), std.len());
            assert_eq!(ours.get(old), std.get(&old));
        }
        for id in 0..=next {
            assert_eq!(ours.get(id), std.get(&id));
        }
        assert!(ours.entries.len() <= 2 * ours.len() + 1);
    }

    #[test]
    fn behaves_like_btree_set() {
        let values = [5, 1, 5, 9, 0, 1, 7];
        let ours: VecSet<i32> = values.into_iter().collect();
        let std: BTreeSet<i32> = values.into_iter().collect();
        assert!(ours.iter().eq(std.iter()));
        let mut ours = VecSet::from([4]);
        assert!(ours.insert(2) && !ours.insert(4) && ours.contains(&2) && !ours.contains(&3));
        assert!(ours.insert(9) && ours.remove(&9) && !ours.remove(&9));
        assert_eq!(ours.into_iter().collect::<Vec<_>>(), vec![2, 4]);
    }
}
