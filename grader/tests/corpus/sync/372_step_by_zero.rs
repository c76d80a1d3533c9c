fn main() {
    let v: Vec<i32> = (0..10).step_by(3).collect();
    println!("{:?}", v);
    let n = v.len() - 4;
    let w: Vec<i32> = (0..10).step_by(n).collect();
    println!("{:?}", w);
}
