fn main() {
    let mut v = vec![1, 2, 3];
    let d: Vec<i32> = v.drain(1..2).collect();
    println!("{:?} {:?}", d, v);
    let e: Vec<i32> = v.drain(1..5).collect();
    println!("{:?}", e);
}
