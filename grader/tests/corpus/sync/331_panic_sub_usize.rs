fn main() {
    let v: Vec<i32> = Vec::new();
    let n = v.len();
    println!("len {}", n);
    for i in 0..n - 1 {
        println!("{}", i);
    }
}
