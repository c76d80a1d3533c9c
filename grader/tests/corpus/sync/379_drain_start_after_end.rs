fn main() {
    let mut v = vec![1, 2, 3, 4];
    let (a, b) = (3, 1);
    println!("draining");
    let d: Vec<i32> = v.drain(a..b).collect();
    println!("{:?}", d);
}
