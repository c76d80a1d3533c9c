fn main() {
    let v: Vec<u32> = vec![1];
    let first = v.first()?;
    println!("{first}");
}
