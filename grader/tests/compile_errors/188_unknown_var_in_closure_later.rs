fn main() {
    let nums = vec![1, 2, 3];
    let doubled: Vec<i32> = nums.iter().map(|n| n * factor).collect();
    println!("{:?}", doubled);
}
