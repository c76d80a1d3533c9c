struct Stack {
    items: Vec<u32>,
}

fn main() {
    let s = Stack::new();
    println!("{}", s.items.len());
}
