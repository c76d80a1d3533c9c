use std::collections::HashMap;
use std::rc::Rc;
struct Noisy(String);
impl Drop for Noisy {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}
struct Holder {
    items: Vec<Noisy>,
}
impl Holder {
    fn boom(self, i: usize) -> usize {
        let n: Vec<usize> = self.items.iter().map(|x| x.0.len()).collect();
        let idx: Vec<usize> = (0..3).map(|k| n[k + i]).collect();
        idx.len()
    }
}
fn main() {
    let mut m = HashMap::new();
    m.insert(1, Noisy("in map".into()));
    let shared = Rc::new(Noisy("rc".into()));
    let _s2 = Rc::clone(&shared);
    let b = Box::new(Noisy("boxed".into()));
    let h = Holder { items: vec![Noisy("h1".into()), Noisy("h2".into())] };
    println!("{}", b.0);
    let r = h.boom(1);
    println!("{r}");
}
