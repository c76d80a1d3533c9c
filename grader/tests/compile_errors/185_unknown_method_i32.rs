fn main() {
    let n: i32 = -4;
    println!("{}", n.absolute());
}
