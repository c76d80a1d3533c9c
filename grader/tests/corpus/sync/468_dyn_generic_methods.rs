use std::fmt::Debug;

trait Storage {
    fn put(&mut self, key: &str, val: i32);
    fn get(&self, key: &str) -> Option<i32>;
    fn keys(&self) -> Vec<String>;
    fn dump<W: Debug>(&self, tag: W) -> String
    where
        Self: Sized,
    {
        format!("{:?}: {:?}", tag, self.keys())
    }
}

#[derive(Default)]
struct VecStore {
    data: Vec<(String, i32)>,
}

impl Storage for VecStore {
    fn put(&mut self, key: &str, val: i32) {
        if let Some(e) = self.data.iter_mut().find(|(k, _)| k == key) {
            e.1 = val;
        } else {
            self.data.push((key.to_string(), val));
        }
    }
    fn get(&self, key: &str) -> Option<i32> {
        self.data.iter().find(|(k, _)| k == key).map(|(_, v)| *v)
    }
    fn keys(&self) -> Vec<String> {
        self.data.iter().map(|(k, _)| k.clone()).collect()
    }
}

struct Doubling<S: Storage> {
    inner: S,
}

impl<S: Storage> Storage for Doubling<S> {
    fn put(&mut self, key: &str, val: i32) {
        self.inner.put(key, val * 2);
    }
    fn get(&self, key: &str) -> Option<i32> {
        self.inner.get(key)
    }
    fn keys(&self) -> Vec<String> {
        let mut k = self.inner.keys();
        k.sort();
        k
    }
}

fn fill(s: &mut dyn Storage, n: i32) {
    for i in 0..n {
        s.put(&format!("k{}", i % 3), i);
    }
}

fn report(s: &dyn Storage) {
    println!("{:?} {:?} {:?}", s.keys(), s.get("k1"), s.get("zz"));
}

fn main() {
    let mut a = VecStore::default();
    let mut b = Doubling { inner: VecStore::default() };
    fill(&mut a, 5);
    fill(&mut b, 5);
    report(&a);
    report(&b);
    println!("{}", a.dump("A"));
    println!("{}", b.dump(2));
    let mut all: Vec<Box<dyn Storage>> = vec![Box::new(a), Box::new(b)];
    for s in all.iter_mut() {
        s.put("new", 100);
    }
    for s in &all {
        report(s.as_ref());
    }
}
