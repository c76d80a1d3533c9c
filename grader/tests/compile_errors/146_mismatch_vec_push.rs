fn main() {
    let mut names: Vec<String> = Vec::new();
    names.push("ada");
    println!("{:?}", names);
}
