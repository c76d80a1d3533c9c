use std::fmt::Display;
use std::collections::HashMap;

fn largest<T>(items: &[T]) -> &T
where
    T: PartialOrd,
{
    let mut best = &items[0];
    for it in items {
        if it > best {
            best = it;
        }
    }
    best
}

fn show_all(items: impl IntoIterator<Item = impl Display>) -> String {
    let parts: Vec<String> = items.into_iter().map(|x| format!("<{}>", x)).collect();
    parts.join(",")
}

fn evens(limit: u32) -> impl Iterator<Item = u32> {
    (0..limit).filter(|n| n % 2 == 0)
}

fn make_adder(k: i32) -> impl Fn(i32) -> i32 {
    move |x| x + k
}

fn make_counter() -> impl FnMut() -> u32 {
    let mut c = 0;
    move || {
        c += 1;
        c
    }
}

fn pair_up<A, B>(a: A, b: B) -> (A, B)
where
    A: Clone + Display,
    B: Display,
{
    println!("pairing {} and {}", a, b);
    (a.clone(), b)
}

fn count_words<'a>(text: &'a str) -> HashMap<&'a str, usize> {
    let mut m = HashMap::new();
    for w in text.split_whitespace() {
        *m.entry(w).or_insert(0) += 1;
    }
    m
}

fn main() {
    println!("{}", largest(&[3, 9, 2, 7]));
    println!("{}", largest(&[1.5, -2.0, 0.25]));
    println!("{}", largest(&["pear", "apple", "zebra", "mango"]));
    println!("{}", show_all(vec![1, 2, 3]));
    println!("{}", show_all(["a", "b"]));
    println!("{:?}", evens(9).collect::<Vec<_>>());
    let add5 = make_adder(5);
    println!("{}", add5(10));
    let mut c = make_counter();
    c();
    c();
    println!("counter {}", c());
    let (a, b) = pair_up("x".to_string(), 4.5);
    println!("{} {}", a, b);
    let m = count_words("a b a c b a");
    let mut keys: Vec<_> = m.iter().collect();
    keys.sort();
    println!("{:?}", keys);
}
