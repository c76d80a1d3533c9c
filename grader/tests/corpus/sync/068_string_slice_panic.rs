fn initials(name: &str) -> String {
    let mut out = String::new();
    for part in name.split(' ') {
        out.push_str(&part[0..1]);
    }
    out
}

fn main() {
    println!("{}", initials("Grace Brewster Hopper"));
    let words = ["alpha", "beta"];
    let idx = words.len() + 1;
    let word = words[idx - 1];
    println!("{word}");
}
