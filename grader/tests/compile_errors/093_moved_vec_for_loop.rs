fn main() {
    let items = vec![1, 2, 3];
    for item in items {
        println!("{item}");
    }
    println!("{}", items.len());
}
