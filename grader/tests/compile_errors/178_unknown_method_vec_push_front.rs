fn main() {
    let mut v = vec![1, 2, 3];
    v.push_front(0);
    println!("{:?}", v);
}
