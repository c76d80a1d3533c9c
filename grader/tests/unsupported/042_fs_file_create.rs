use std::fs::File; //~ unsupported: std::fs|fs
use std::io::Write;

fn main() {
    let mut f = File::create("out.txt").expect("create file");
    writeln!(f, "hello").expect("write");
    println!("written");
}
