fn main() {
    let data = [1, 2, 3, 4, 5];
    let window = 3;
    for start in 0..4 {
        let part = &data[start..start + window];
        println!("{part:?}");
    }
}
