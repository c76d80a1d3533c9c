use std::io;

fn main() {
    let mut name = String::new();
    io::stdin().read_line(&mut name).expect("read a line"); //~ unsupported: stdin
    println!("Hello, {}!", name.trim());
}
