fn greet(name: &str) -> String {
    format!("hi {name}")
}

fn main() {
    let r = greet();
    println!("{}", r);
}
