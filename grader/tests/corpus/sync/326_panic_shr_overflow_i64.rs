fn main() {
    let v: Vec<u32> = vec![1, 63, 64];
    let mut acc = -1i64;
    for s in v {
        acc >>= s;
        println!("{}", acc);
    }
}
