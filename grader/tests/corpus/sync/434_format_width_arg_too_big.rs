fn main() {
    println!("[{:>1$}]", 7, 5);
    let w = 70_000;
    println!("unreachable [{:>1$}]", 7, w);
}
