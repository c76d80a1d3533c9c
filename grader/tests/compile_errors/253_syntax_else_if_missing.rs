fn main() {
    let n = 1;
    if n == 0 {
        println!("zero");
    } else n == 1 {
        println!("one");
    }
}
