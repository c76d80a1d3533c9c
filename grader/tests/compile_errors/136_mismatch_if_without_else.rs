fn sign(n: i32) -> i32 {
    if n < 0 {
        -1
    }
    1
}

fn main() {
    println!("{}", sign(-3));
}
