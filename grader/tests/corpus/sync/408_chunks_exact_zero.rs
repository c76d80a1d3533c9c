fn main() {
    let v = [1, 2, 3];
    let n = v.len() - 3;
    println!("{}", v.chunks_exact(2).count());
    println!("unreachable {}", v.chunks_exact(n).count());
}
