fn main() {
    let v = [1, 2, 3, 4, 5];
    let n = v.len() / 10;
    for c in v.chunks(2) {
        println!("{c:?}");
    }
    for c in v.chunks(n) {
        println!("unreachable {c:?}");
    }
}
