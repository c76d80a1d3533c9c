fn main() {
    let args: Vec<String> = std::env::args().collect(); //~ unsupported: std::env|env
    println!("{} arguments", args.len());
}
