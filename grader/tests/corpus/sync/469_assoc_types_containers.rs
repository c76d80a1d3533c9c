use std::collections::HashMap;
use std::fmt::Debug;

trait Container {
    type Item;
    fn get(&self, i: usize) -> Option<&Self::Item>;
    fn first(&self) -> Option<&Self::Item> {
        self.get(0)
    }
    fn put(&mut self, item: Self::Item);
    fn size(&self) -> usize;
}

struct Shelf {
    books: Vec<String>,
}

impl Container for Shelf {
    type Item = String;
    fn get(&self, i: usize) -> Option<&String> {
        self.books.get(i)
    }
    fn put(&mut self, item: String) {
        self.books.push(item);
    }
    fn size(&self) -> usize {
        self.books.len()
    }
}

struct Counts {
    map: HashMap<u32, u32>,
    keys: Vec<u32>,
}

impl Container for Counts {
    type Item = u32;
    fn get(&self, i: usize) -> Option<&u32> {
        self.keys.get(i).and_then(|k| self.map.get(k))
    }
    fn put(&mut self, item: u32) {
        let e = self.map.entry(item).or_insert(0);
        *e += 1;
        if !self.keys.contains(&item) {
            self.keys.push(item);
        }
    }
    fn size(&self) -> usize {
        self.keys.len()
    }
}

fn fill<C: Container>(c: &mut C, items: Vec<C::Item>) -> usize {
    for it in items {
        c.put(it);
    }
    c.size()
}

fn show_first<C>(c: &C) -> String
where
    C: Container,
    C::Item: Debug,
{
    format!("{:?}", c.first())
}

fn main() {
    let mut s = Shelf { books: vec![] };
    println!("{}", fill(&mut s, vec!["Dune".to_string(), "Emma".to_string()]));
    println!("{} {:?}", show_first(&s), s.get(1));
    let mut c = Counts { map: HashMap::new(), keys: vec![] };
    println!("{}", fill(&mut c, vec![7, 3, 7, 7, 3, 9]));
    println!("{} {:?} {:?} {:?}", show_first(&c), c.get(1), c.get(2), c.get(3));
}
