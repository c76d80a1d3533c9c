fn main() {
    let mut f: u64 = 1;
    for i in 1..30u64 {
        f *= i;
        if i > 18 {
            println!("{}! = {}", i, f);
        }
    }
}
