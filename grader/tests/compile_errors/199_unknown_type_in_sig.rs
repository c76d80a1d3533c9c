fn total(items: &[Item]) -> u32 {
    items.len() as u32
}

fn main() {
    println!("{}", total(&[]));
}
