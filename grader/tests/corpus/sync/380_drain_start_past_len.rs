fn main() {
    let mut v = vec![1, 2, 3];
    let start = 5;
    let d: Vec<i32> = v.drain(start..).collect();
    println!("{:?}", d);
}
