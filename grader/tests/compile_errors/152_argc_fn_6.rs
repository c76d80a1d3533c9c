fn zero() -> i32 {
    0
}

fn main() {
    let r = zero(5);
    println!("{}", r);
}
