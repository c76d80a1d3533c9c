use std::io::Write;

fn main() {
    let mut f = std::fs::File::create("out.txt").expect("create file"); //~ unsupported: std::fs|fs|File
    writeln!(f, "hello").expect("write");
    println!("written");
}
