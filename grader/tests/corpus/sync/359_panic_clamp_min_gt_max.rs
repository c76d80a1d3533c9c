fn limit(v: i32, lo: i32, hi: i32) -> i32 {
    v.clamp(lo, hi)
}

fn main() {
    println!("{}", limit(5, 1, 3));
    println!("{}", limit(-5, 1, 3));
    println!("{}", limit(5, 3, 1));
}
