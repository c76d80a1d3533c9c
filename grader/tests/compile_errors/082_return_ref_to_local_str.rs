fn label(n: u32) -> &'static str {
    let s = format!("item-{n}");
    &s
}

fn main() {
    println!("{}", label(3));
}
