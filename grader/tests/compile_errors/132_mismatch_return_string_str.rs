fn greet(name: &str) -> String {
    "hello"
}

fn main() {
    println!("{}", greet("ada"));
}
