use std::fmt::Display;

fn describe(item: impl Display) -> String {
    format!("<{item}>")
}

fn evens(limit: u32) -> impl Iterator<Item = u32> {
    (0..limit).filter(|n| n % 2 == 0)
}

fn make_greeter(greeting: &str) -> impl Fn(&str) -> String + '_ {
    move |name| format!("{greeting}, {name}!")
}

fn total_len(words: impl IntoIterator<Item = &'static str>) -> usize {
    words.into_iter().map(|w| w.len()).sum()
}

fn main() {
    println!("{}", describe(5));
    println!("{}", describe("five"));
    println!("{}", describe(5.5));
    let v: Vec<u32> = evens(10).collect();
    println!("{v:?}");
    let hello = make_greeter("Hello");
    println!("{}", hello("Ferris"));
    println!("{}", total_len(vec!["ab", "cde"]));
    println!("{}", total_len(["x"; 4]));
}
