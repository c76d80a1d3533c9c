fn main() {
    let top = u128::MAX;
    let v: Vec<u128> = ((top - 3)..top).collect();
    println!("{v:?}");
    println!("{:?}", ((top - 10)..top).step_by(4).collect::<Vec<_>>());
    println!("{:?}", ((top - 2)..).take(2).collect::<Vec<_>>());
}
