fn main() {
    let v = [1, 2, 3];
    let n = v.len() - 3;
    println!("{}", v.windows(2).count());
    println!("unreachable {}", v.windows(n).count());
}
