//! `KeySet`: the learner's `HashSet`/`BTreeSet`, an ordered set of [`Key`]s kept as the keys of a
//! `BTreeMap<Key, Value>` whose values are all `()`.
//!
//! Why not `BTreeSet<Key>`: each key and value type instantiates its own copy of std's B-tree
//! (node splits, merges, iterators and the set's own `Union`/`Difference`/... iterators), and the
//! learner's maps already need `BTreeMap<Key, Value>`; sharing that copy took about 4 KB gzipped
//! out of the site's worker. The methods follow `BTreeSet`'s, so output and its order are the same;
//! the set operations walk both sets in order once ([`KeySet::merge`]), as std's do.

use std::cmp::Ordering;
use std::collections::BTreeMap;
use std::iter::Peekable;

use crate::vm::value::{Key, Value};

/// An ordered set of keys (see the module docs).
#[derive(Debug, Default, Clone)]
pub struct KeySet {
    map: BTreeMap<Key, Value>,
}

impl KeySet {
    /// Like `BTreeSet::insert`: whether `key` was new (an equal key already there is kept).
    pub fn insert(&mut self, key: Key) -> bool {
        self.map.insert(key, Value::Unit).is_none()
    }

    pub fn contains(&self, key: &Key) -> bool {
        self.map.contains_key(key)
    }

    /// Like `BTreeSet::remove`: whether `key` was there.
    pub fn remove(&mut self, key: &Key) -> bool {
        self.map.remove(key).is_some()
    }

    /// Like `BTreeSet::take`: the stored key equal to `key`, removed.
    pub fn take(&mut self, key: &Key) -> Option<Key> {
        self.map.remove_entry(key).map(|(k, _)| k)
    }

    /// Like `BTreeSet::get`: the stored key equal to `key`.
    pub fn get(&self, key: &Key) -> Option<&Key> {
        self.map.get_key_value(key).map(|(k, _)| k)
    }

    pub fn pop_first(&mut self) -> Option<Key> {
        self.map.pop_first().map(|(k, _)| k)
    }

    pub fn pop_last(&mut self) -> Option<Key> {
        self.map.pop_last().map(|(k, _)| k)
    }

    pub fn len(&self) -> usize {
        self.map.len()
    }

    pub fn is_empty(&self) -> bool {
        self.map.is_empty()
    }

    pub fn clear(&mut self) {
        self.map.clear();
    }

    /// The keys in order.
    pub fn iter(&self) -> std::collections::btree_map::Keys<'_, Key, Value> {
        self.map.keys()
    }

    /// Both sets' keys in order, each once, with whether it is in `self` and in `other`.
    fn merge<'a>(&'a self, other: &'a KeySet) -> impl Iterator<Item = (&'a Key, bool, bool)> + 'a {
        Merge { a: self.iter().peekable(), b: other.iter().peekable() }
    }

    /// `BTreeSet::union`, `intersection`, `difference` and `symmetric_difference`, by name: the
    /// keys in order.
    pub fn combine<'a>(&'a self, other: &'a KeySet, op: &str) -> Vec<&'a Key> {
        let keep: fn(bool, bool) -> bool = match op {
            "union" => |_, _| true,
            "intersection" => |a, b| a && b,
            "difference" => |a, b| a && !b,
            _ => |a, b| a != b,
        };
        self.merge(other).filter(|&(_, a, b)| keep(a, b)).map(|(k, _, _)| k).collect()
    }

    pub fn is_subset(&self, other: &KeySet) -> bool {
        self.len() <= other.len() && self.iter().all(|k| other.contains(k))
    }

    pub fn is_superset(&self, other: &KeySet) -> bool {
        other.is_subset(self)
    }

    pub fn is_disjoint(&self, other: &KeySet) -> bool {
        !self.merge(other).any(|(_, a, b)| a && b)
    }
}

struct Merge<I: Iterator> {
    a: Peekable<I>,
    b: Peekable<I>,
}

impl<'a, I: Iterator<Item = &'a Key>> Iterator for Merge<I> {
    type Item = (&'a Key, bool, bool);

    fn next(&mut self) -> Option<Self::Item> {
        let order = match (self.a.peek(), self.b.peek()) {
            (None, None) => return None,
            (Some(_), None) => Ordering::Less,
            (None, Some(_)) => Ordering::Greater,
            (Some(a), Some(b)) => a.cmp(b),
        };
        Some(match order {
            Ordering::Less => (self.a.next()?, true, false),
            Ordering::Greater => (self.b.next()?, false, true),
            Ordering::Equal => {
                self.b.next();
                (self.a.next()?, true, true)
            }
        })
    }
}

impl PartialEq for KeySet {
    fn eq(&self, other: &KeySet) -> bool {
        self.len() == other.len() && self.iter().eq(other.iter())
    }
}

impl Eq for KeySet {}

impl PartialOrd for KeySet {
    fn partial_cmp(&self, other: &KeySet) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for KeySet {
    /// `BTreeSet`'s: the keys compared in order.
    fn cmp(&self, other: &KeySet) -> Ordering {
        self.iter().cmp(other.iter())
    }
}

impl IntoIterator for KeySet {
    type Item = Key;
    type IntoIter = std::collections::btree_map::IntoKeys<Key, Value>;

    fn into_iter(self) -> Self::IntoIter {
        self.map.into_keys()
    }
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeSet;

    use super::*;
    use crate::ir::IntTy;

    fn keys(values: &[i128]) -> KeySet {
        let mut set = KeySet::default();
        for v in values {
            set.insert(Key(Value::Int(*v, IntTy::I32)));
        }
        set
    }

    fn ints<'a>(keys: impl IntoIterator<Item = &'a Key>) -> Vec<i128> {
        keys.into_iter().map(|k| if let Value::Int(v, _) = k.0 { v } else { unreachable!() }).collect()
    }

    /// The set operations give std's `BTreeSet` answers, in the same order.
    #[test]
    fn behaves_like_btree_set() {
        let cases: [&[i128]; 5] = [&[], &[3, 1, 2], &[2, 5, 1, 9], &[7], &[1, 2, 3, 5, 9, 0]];
        for a in cases {
            for b in cases {
                let (ours_a, ours_b) = (keys(a), keys(b));
                let std_a: BTreeSet<i128> = a.iter().copied().collect();
                let std_b: BTreeSet<i128> = b.iter().copied().collect();
                let std_of = |op: &str| -> Vec<i128> {
                    match op {
                        "union" => std_a.union(&std_b).copied().collect(),
                        "intersection" => std_a.intersection(&std_b).copied().collect(),
                        "difference" => std_a.difference(&std_b).copied().collect(),
                        _ => std_a.symmetric_difference(&std_b).copied().collect(),
                    }
                };
                for op in ["union", "intersection", "difference", "symmetric_difference"] {
                    assert_eq!(ints(ours_a.combine(&ours_b, op)), std_of(op), "{a:?} {op} {b:?}");
                }
                assert_eq!(ours_a.is_subset(&ours_b), std_a.is_subset(&std_b));
                assert_eq!(ours_a.is_superset(&ours_b), std_a.is_superset(&std_b));
                assert_eq!(ours_a.is_disjoint(&ours_b), std_a.is_disjoint(&std_b));
                assert_eq!(ours_a.cmp(&ours_b), std_a.cmp(&std_b));
                assert_eq!(ours_a == ours_b, std_a == std_b);
            }
        }
        let mut set = keys(&[4, 2, 4]);
        assert_eq!((set.len(), ints(set.iter())), (2, vec![2, 4]));
        assert!(!set.insert(Key(Value::Int(2, IntTy::I32))) && set.remove(&Key(Value::Int(2, IntTy::I32))));
        assert_eq!(ints(set.pop_last().as_ref()), vec![4]);
        assert!(set.is_empty());
    }
}
