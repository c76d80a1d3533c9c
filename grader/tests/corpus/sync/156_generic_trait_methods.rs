use std::collections::BTreeMap;
use std::fmt::Debug;

trait Summary {
    fn author(&self) -> String;
    fn summarize(&self) -> String {
        format!("(Read more from {}...)", self.author())
    }
}

#[derive(Debug)]
struct Tweet {
    user: String,
    text: String,
}

#[derive(Debug)]
struct Article {
    title: String,
    by: String,
}

impl Summary for Tweet {
    fn author(&self) -> String {
        format!("@{}", self.user)
    }
    fn summarize(&self) -> String {
        format!("{}: {}", self.author(), self.text)
    }
}

impl Summary for Article {
    fn author(&self) -> String {
        self.by.clone()
    }
}

fn notify(item: &impl Summary) -> String {
    format!("Breaking! {}", item.summarize())
}

fn group_by<T, K: Ord, F: Fn(&T) -> K>(items: Vec<T>, key: F) -> BTreeMap<K, Vec<T>> {
    let mut map = BTreeMap::new();
    for item in items {
        map.entry(key(&item)).or_insert_with(Vec::new).push(item);
    }
    map
}

fn debug_all<T: Debug + ?Sized>(x: &T) -> String {
    format!("{x:?}")
}

fn main() {
    let t = Tweet { user: "rustlang".into(), text: "1.0 is out".into() };
    let a = Article { title: "Fearless concurrency".into(), by: "Ann".into() };
    println!("{}", notify(&t));
    println!("{}", notify(&a));
    println!("{}", a.title);
    let groups = group_by(vec!["apple", "avocado", "banana", "blueberry", "cherry"], |s| s.chars().next().unwrap());
    println!("{groups:?}");
    let by_len = group_by(vec![1, 22, 333, 4, 55], |n| n.to_string().len());
    println!("{by_len:?}");
    println!("{}", debug_all("str slice"));
    println!("{}", debug_all(&[1, 2][..]));
}
