fn main() {
    let v = vec![1, 2, 3];
    println!("{:?}", &v[..=2]);
    println!("{:?}", v.get(..=usize::MAX));
    println!("unreachable {:?}", &v[..=usize::MAX]);
}
