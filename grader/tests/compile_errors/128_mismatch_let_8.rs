fn main() {
    let v: Vec<i32> = [1, 2, 3];
    println!("done");
}
