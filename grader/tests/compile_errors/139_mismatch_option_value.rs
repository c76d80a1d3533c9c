fn main() {
    let v = vec![1, 2, 3];
    let first: i32 = v.first();
    println!("{first}");
}
