fn main() {
    let v = [1, 2, 3];
    let n = v.len() - 3;
    println!("{:?}", v.rchunks(2).collect::<Vec<_>>());
    println!("unreachable {}", v.rchunks(n).count());
}
