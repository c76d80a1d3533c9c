fn load(path: &str) {
    let text = std::fs::read_to_string(path)?;
    println!("{}", text.len());
}

fn main() {
    load("a.txt");
}
