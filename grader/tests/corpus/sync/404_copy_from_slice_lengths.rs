fn main() {
    let mut dst = [0u8; 3];
    dst.copy_from_slice(&[7, 8, 9]);
    println!("{dst:?}");
    let src = vec![1u8, 2];
    dst.copy_from_slice(&src);
    println!("unreachable {dst:?}");
}
