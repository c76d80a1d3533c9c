fn main() {
    let m: HashMap<String, u32> = HashMap::new();
    println!("{}", m.len());
}
