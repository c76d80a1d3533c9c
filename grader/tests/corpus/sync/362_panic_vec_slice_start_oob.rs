fn main() {
    let v = vec![1, 2, 3];
    println!("{:?}", &v[..=2]);
    println!("{:?}", &v[4..]);
}
