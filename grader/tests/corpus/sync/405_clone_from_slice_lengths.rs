fn main() {
    let mut dst = vec![String::new(); 2];
    let src = vec!["a".to_string(), "b".to_string(), "c".to_string()];
    dst.clone_from_slice(&src[..2]);
    println!("{dst:?}");
    dst.clone_from_slice(&src);
    println!("unreachable {dst:?}");
}
