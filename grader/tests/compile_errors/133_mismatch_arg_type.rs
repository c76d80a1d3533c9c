fn square(n: i32) -> i32 {
    n * n
}

fn main() {
    println!("{}", square("4"));
}
