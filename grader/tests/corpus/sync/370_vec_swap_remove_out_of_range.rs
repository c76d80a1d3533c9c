fn main() {
    let mut v = vec![1, 2, 3];
    println!("{}", v.swap_remove(0));
    println!("{}", v.swap_remove(7));
}
