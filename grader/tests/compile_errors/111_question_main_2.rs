fn main() {
    let text = std::fs::read_to_string("notes.txt")?;
    println!("{text}");
}
