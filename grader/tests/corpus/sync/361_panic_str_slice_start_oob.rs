fn main() {
    let s = String::from("hey");
    println!("{}", &s[3..]);
    let v = vec![1, 2, 3];
    println!("{:?}", &v[3..]);
    println!("{}", &s[4..]);
}
